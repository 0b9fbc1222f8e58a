// MoonBit's prelude functions as generated tests call them.

import { Ok, Err, Failure, Some, None, isNone, Panic, AssertionFailed, formatLoc, type Loc } from './values.ts';
import { show, output, type Ty } from './show.ts';

/** Structural equality (MoonBit `==` for the built-in types). */
export function eq(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!eq(a[i], b[i])) return false;
    return true;
  }
  if (a instanceof Uint8Array) {
    if (!(b instanceof Uint8Array) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  if (a instanceof Some) return b instanceof Some && eq(a.value, b.value);
  if (isNone(a)) return isNone(b);
  if (a instanceof Ok) return b instanceof Ok && eq(a.value, b.value);
  if (a instanceof Err) return b instanceof Err && eq(a.error, b.error);
  if (a instanceof Error) return b instanceof Error && a.constructor === b.constructor && a.message === b.message;
  const pa = Object.getPrototypeOf(a);
  if ((pa === Object.prototype || pa === null) && Object.getPrototypeOf(b) === pa) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && eq((a as never)[k], (b as never)[k]));
  }
  return false;
}

const sign = (x: number): number => (x < 0 ? -1 : x > 0 ? 1 : 0);

/**
 * Structural ordering, -1/0/1 (MoonBit `compare`). Numbers, bigints and
 * booleans by value; strings, arrays and Bytes by length first, then element
 * by element (core's `Compare for Bytes` does this; String and Array are
 * taken to do the same); None < Some; Ok < Err.
 */
export function compare(a: unknown, b: unknown): number {
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint'))
    return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return sign(Number(a) - Number(b));
  if (typeof a === 'string' && typeof b === 'string') {
    if (a.length !== b.length) return sign(a.length - b.length);
    for (let i = 0; i < a.length; i++) {
      const d = a.charCodeAt(i) - b.charCodeAt(i);
      if (d !== 0) return sign(d);
    }
    return 0;
  }
  if ((Array.isArray(a) && Array.isArray(b)) || (a instanceof Uint8Array && b instanceof Uint8Array)) {
    const xs = a as ArrayLike<unknown>;
    const ys = b as ArrayLike<unknown>;
    if (xs.length !== ys.length) return sign(xs.length - ys.length);
    for (let i = 0; i < xs.length; i++) {
      const c = compare(xs[i], ys[i]);
      if (c !== 0) return c;
    }
    return 0;
  }
  if ((a instanceof Some || isNone(a)) && (b instanceof Some || isNone(b))) {
    if (isNone(a)) return isNone(b) ? 0 : -1;
    if (isNone(b)) return 1;
    return compare((a as Some<unknown>).value, (b as Some<unknown>).value);
  }
  if ((a instanceof Ok || a instanceof Err) && (b instanceof Ok || b instanceof Err)) {
    if (a instanceof Ok && b instanceof Ok) return compare(a.value, b.value);
    if (a instanceof Err && b instanceof Err) return compare(a.error, b.error);
    return a instanceof Ok ? -1 : 1;
  }
  if (a === undefined && b === undefined) return 0;
  throw new TypeError(`compare: values are not comparable: ${output(a)} and ${output(b)}`);
}

export function not(x: boolean): boolean {
  return !x;
}

export function ignore(_x: unknown): void {}

// ---- output ---------------------------------------------------------------

let outputBuffer: string[] = [];
let outputSink: ((text: string) => void) | undefined;

/** MoonBit `println`: captured, not written; `takeOutput()` returns it, or the sink takes each line. */
export function println(value: unknown, ty?: Ty): void {
  const text = show(value, ty) + '\n';
  if (outputSink) outputSink(text);
  else outputBuffer.push(text);
}

/** Sends what `println` prints to `sink` as it is printed (the harness shows it under its block). */
export function setOutputSink(sink: ((text: string) => void) | undefined): void {
  outputSink = sink;
}

/** Everything `println` wrote since the last call, and clears it. */
export function takeOutput(): string {
  const s = outputBuffer.join('');
  outputBuffer = [];
  return s;
}

// ---- failing ----------------------------------------------------------------

/** MoonBit `fail(msg)`: raises `Failure("<loc> FAILED: <msg>")`. */
export function fail(msg: string, loc?: Loc): never {
  throw new Failure(loc === undefined ? `FAILED: ${msg}` : `${formatLoc(loc)} FAILED: ${msg}`);
}

export function panic(): never {
  throw new Panic('panic');
}

export function abort(msg: string): never {
  throw new Panic(msg);
}

function assertionFailed(msg: string, loc: Loc | undefined): never {
  throw new AssertionFailed(loc === undefined ? `FAILED: ${msg}` : `${formatLoc(loc)} FAILED: ${msg}`, loc);
}

/** MoonBit `assert_eq(a, b)`: message `` `a != b` `` with both sides shown by `Show::output`. */
export function assert_eq(a: unknown, b: unknown, ty?: Ty, loc?: Loc): void {
  if (!eq(a, b)) assertionFailed(`\`${output(a, ty)} != ${output(b, ty)}\``, loc);
}

export function assert_not_eq(a: unknown, b: unknown, ty?: Ty, loc?: Loc): void {
  if (eq(a, b)) assertionFailed(`\`${output(a, ty)} == ${output(b, ty)}\``, loc);
}

export function assert_true(x: boolean, loc?: Loc): void {
  if (x !== true) assertionFailed(`\`${x}\` is not true`, loc);
}

export function assert_false(x: boolean, loc?: Loc): void {
  if (x !== false) assertionFailed(`\`${x}\` is not false`, loc);
}

export { Some, None };
