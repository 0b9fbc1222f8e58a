// Helpers for the strings-area tests: call a table entry by its key and
// read back the runtime values (views, options, iterators) as plain JS.

import assert from 'node:assert/strict';
import { BytesView, Iter, StringBuilder, StringView, type Logger } from '../../../harness/runtime/core-values.ts';
import { None, Panic, Some } from '../../../harness/runtime/values.ts';
import type { CoreModule } from '../../../harness/corelib/define.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (...args: any[]) => any;

/** `call(key, ...args)` runs the implementation of the module's entry `key`. */
export function caller(mod: CoreModule): (key: string, ...args: unknown[]) => unknown {
  return (key, ...args) => {
    const entry = mod.fns[key];
    assert.ok(entry, `no entry ${key}`);
    return (entry.impl as AnyFn)(...args);
  };
}

/** The methods of the module's impl `key` (non-generic impls). */
export function methods(mod: CoreModule, key: string): Record<string, AnyFn> {
  const entry = mod.impls[key];
  assert.ok(entry, `no impl ${key}`);
  return entry.impl as Record<string, AnyFn>;
}

/** What a `Show::output` writes. */
export function shown(output: (x: unknown, logger: Logger) => void, x: unknown): string {
  const sb = new StringBuilder();
  output(x, sb);
  return sb.toString();
}

export function text(v: unknown): string {
  assert.ok(v instanceof StringView, `not a StringView: ${String(v)}`);
  return v.str.slice(v.start, v.end);
}

export function bytes(v: unknown): number[] {
  if (v instanceof Uint8Array) return [...v];
  assert.ok(v instanceof BytesView, 'not Bytes or a BytesView');
  return [...v.bytes.subarray(v.start, v.end)];
}

/** An Option as `undefined` (None) or its payload. */
export function opt(x: unknown): unknown {
  if (x === None) return undefined;
  assert.ok(x instanceof Some, `not an Option: ${String(x)}`);
  return x.value;
}

export function collect(it: unknown): unknown[] {
  assert.ok(it instanceof Iter, 'not an Iter');
  const out: unknown[] = [];
  for (let x = it.next(); x !== Iter.DONE; x = it.next()) out.push(x);
  return out;
}

export function panics(f: () => unknown): void {
  assert.throws(f, Panic);
}

export const cp = (s: string): number => s.codePointAt(0)!;
export const cps = (s: string): number[] => [...s].map(cp);
export const b = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
export const sv = (s: string, start: number, end: number): StringView => new StringView(s, start, end);
