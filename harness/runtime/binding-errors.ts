// The binding's own errors as MoonBit errors. A binding function reports
// misuse (a deleted handle, a bad buffer) by throwing a JavaScript error;
// doc blocks check those with `try?` and `catch`, as the spec does, so an
// error the binding threw is a MoonBit error a `catch` may take. Every other
// JavaScript exception (a bug, a stack overflow) stays a panic. Generated
// code calls the binding through `wrapBinding`, which marks what it throws.

import { Failure } from '../../binding/moonbit.ts';

const thrown = new WeakSet<object>();

function mark(e: unknown): void {
  if (typeof e === 'object' && e !== null && !(e instanceof Failure)) thrown.add(e);
}

/** Whether `e` was thrown by a binding function. */
export function isBindingError(e: unknown): e is Error {
  return typeof e === 'object' && e !== null && thrown.has(e);
}

function isClass(f: unknown): boolean {
  return typeof f === 'function' && /^class\b/.test(Function.prototype.toString.call(f));
}

/** The binding's exports, each function marking the errors it throws (or its Promise rejects with). */
export function wrapBinding<T extends object>(binding: T): T {
  const out: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(binding)) {
    if (typeof f !== 'function' || isClass(f)) {
      out[name] = f;
      continue;
    }
    out[name] = (...args: unknown[]): unknown => {
      let result: unknown;
      try {
        result = (f as (...a: unknown[]) => unknown)(...args);
      } catch (e) {
        mark(e);
        throw e;
      }
      if (result instanceof Promise) {
        return result.then(undefined, (e: unknown) => {
          mark(e);
          throw e;
        });
      }
      return result;
    };
  }
  return out as T;
}
