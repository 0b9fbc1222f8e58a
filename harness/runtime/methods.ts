// Everyday methods of the built-in types, called by generated code as
// `$rt.method.<Type>.<name>(receiver, ...args)`. Names follow moonbitlang/core.
// Labelled arguments are passed positionally in MoonBit's declaration order
// (e.g. `fold(arr, init, f)`). Out-of-range indexing and unwrapping nothing
// panic, as in MoonBit.

import { Some, None, Ok, Err, Panic, isNone, type Option } from './values.ts';
import { show, showByte, showError, type Ty } from './show.ts';
import { eq } from './builtins.ts';
import * as num from './ints.ts';

function checkIndex(i: number, len: number): void {
  if (!Number.isInteger(i) || i < 0 || i >= len) throw new Panic(`index out of bounds: the len is ${len} but the index is ${i}`);
}
const opt = <T>(x: T | undefined): Option<T> => (x === undefined ? None : new Some(x));

const StringMethods = {
  length: (s: string): number => s.length,
  to_string: (s: string): string => s,
  is_empty: (s: string): boolean => s.length === 0,
  contains: (s: string, sub: string): boolean => s.includes(sub),
  contains_char: (s: string, c: number): boolean => s.includes(String.fromCodePoint(c)),
  starts_with: (s: string, prefix: string): boolean => s.startsWith(prefix),
  ends_with: (s: string, suffix: string): boolean => s.endsWith(suffix),
  /** Core returns an iterator of views; here an Array of strings. */
  split: (s: string, sep: string): string[] => s.split(sep),
  trim: (s: string, chars = ' \t\n\r'): string => {
    let a = 0;
    let b = s.length;
    while (a < b && chars.includes(s[a]!)) a++;
    while (b > a && chars.includes(s[b - 1]!)) b--;
    return s.slice(a, b);
  },
  trim_space: (s: string): string => StringMethods.trim(s),
  to_upper: (s: string): string => s.toUpperCase(),
  to_lower: (s: string): string => s.toLowerCase(),
  repeat: (s: string, n: number): string => (n <= 0 ? '' : s.repeat(n)),
  find: (s: string, sub: string): Option<number> => {
    const i = s.indexOf(sub);
    return i < 0 ? None : new Some(i);
  },
  /** `s[i]`: the UTF-16 code unit at `i` (an Int). */
  op_get: (s: string, i: number): number => {
    checkIndex(i, s.length);
    return s.charCodeAt(i);
  },
  /** Chars (code points) of the string. */
  to_array: (s: string): number[] => Array.from(s, (c) => c.codePointAt(0)!),
  char_length: (s: string): number => Array.from(s).length,
  to_bytes: (s: string): Uint8Array => {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[2 * i] = c & 0xff;
      out[2 * i + 1] = c >> 8;
    }
    return out;
  },
  compare: (a: string, b: string): number => (a.length !== b.length ? Math.sign(a.length - b.length) : a < b ? -1 : a > b ? 1 : 0),
};

const ArrayMethods = {
  make: <T>(n: number, v: T): T[] => (n <= 0 ? [] : new Array<T>(n).fill(v)),
  makei: <T>(n: number, f: (i: number) => T): T[] => Array.from({ length: Math.max(0, n) }, (_, i) => f(i)),
  new: <T>(): T[] => [],
  length: (xs: unknown[]): number => xs.length,
  is_empty: (xs: unknown[]): boolean => xs.length === 0,
  push: <T>(xs: T[], x: T): void => {
    xs.push(x);
  },
  pop: <T>(xs: T[]): Option<T> => (xs.length === 0 ? None : new Some(xs.pop() as T)),
  get: <T>(xs: T[], i: number): Option<T> => (Number.isInteger(i) && i >= 0 && i < xs.length ? new Some(xs[i] as T) : None),
  op_get: <T>(xs: T[], i: number): T => {
    checkIndex(i, xs.length);
    return xs[i] as T;
  },
  set: <T>(xs: T[], i: number, v: T): void => {
    checkIndex(i, xs.length);
    xs[i] = v;
  },
  op_set: <T>(xs: T[], i: number, v: T): void => ArrayMethods.set(xs, i, v),
  contains: <T>(xs: T[], x: T): boolean => xs.some((y) => eq(y, x)),
  map: <T, U>(xs: T[], f: (x: T) => U): U[] => xs.map((x) => f(x)),
  mapi: <T, U>(xs: T[], f: (i: number, x: T) => U): U[] => xs.map((x, i) => f(i, x)),
  filter: <T>(xs: T[], f: (x: T) => boolean): T[] => xs.filter((x) => f(x)),
  fold: <T, A>(xs: T[], init: A, f: (acc: A, x: T) => A): A => xs.reduce((acc, x) => f(acc, x), init),
  each: <T>(xs: T[], f: (x: T) => void): void => xs.forEach((x) => f(x)),
  eachi: <T>(xs: T[], f: (i: number, x: T) => void): void => xs.forEach((x, i) => f(i, x)),
  join: (xs: string[], sep: string): string => xs.join(sep),
  rev: <T>(xs: T[]): T[] => [...xs].reverse(),
  rev_inplace: <T>(xs: T[]): void => {
    xs.reverse();
  },
  clear: (xs: unknown[]): void => {
    xs.length = 0;
  },
  copy: <T>(xs: T[]): T[] => [...xs],
  append: <T>(xs: T[], ys: T[]): void => {
    xs.push(...ys);
  },
  last: <T>(xs: T[]): Option<T> => opt(xs.length === 0 ? undefined : xs[xs.length - 1]),
  insert: <T>(xs: T[], i: number, v: T): void => {
    if (i < 0 || i > xs.length) checkIndex(i, xs.length);
    xs.splice(i, 0, v);
  },
  remove: <T>(xs: T[], i: number): T => {
    checkIndex(i, xs.length);
    return xs.splice(i, 1)[0] as T;
  },
  to_string: (xs: unknown[], ty?: Ty): string => show(xs, ty),
};

const BytesMethods = {
  length: (b: Uint8Array): number => b.length,
  is_empty: (b: Uint8Array): boolean => b.length === 0,
  op_get: (b: Uint8Array, i: number): number => {
    checkIndex(i, b.length);
    return b[i]!;
  },
  to_array: (b: Uint8Array): number[] => Array.from(b),
  to_fixedarray: (b: Uint8Array): number[] => Array.from(b),
  from_array: (xs: readonly number[]): Uint8Array => Uint8Array.from(xs, (x) => x & 0xff),
  make: (n: number, v: number): Uint8Array => new Uint8Array(Math.max(0, n)).fill(v),
  to_string: (b: Uint8Array): string => show(b, { name: 'Bytes' }),
};

const numToString = (x: number): string => show(x);

const OptionMethods = {
  unwrap: <T>(o: Option<T>): T => {
    if (o instanceof Some) return o.value;
    throw new Panic('called `Option::unwrap()` on a `None` value');
  },
  unwrap_or: <T>(o: Option<T>, d: T): T => (o instanceof Some ? o.value : d),
  unwrap_or_else: <T>(o: Option<T>, f: () => T): T => (o instanceof Some ? o.value : f()),
  is_some: (o: Option<unknown>): boolean => o instanceof Some,
  is_none: (o: Option<unknown>): boolean => isNone(o),
  is_empty: (o: Option<unknown>): boolean => isNone(o),
  map: <T, U>(o: Option<T>, f: (x: T) => U): Option<U> => (o instanceof Some ? new Some(f(o.value)) : None),
  bind: <T, U>(o: Option<T>, f: (x: T) => Option<U>): Option<U> => (o instanceof Some ? f(o.value) : None),
  filter: <T>(o: Option<T>, f: (x: T) => boolean): Option<T> => (o instanceof Some && f(o.value) ? o : None),
  or: <T>(o: Option<T>, d: T): T => OptionMethods.unwrap_or(o, d),
  to_string: (o: Option<unknown>, ty?: Ty): string => show(o, ty),
};

type Res<T, E> = Ok<T> | Err<E>;
const ResultMethods = {
  unwrap: <T, E>(r: Res<T, E>): T => {
    if (r instanceof Ok) return r.value;
    throw new Panic(`called \`Result::unwrap()\` on an \`Err\` value: ${show(r.error)}`);
  },
  unwrap_err: <T, E>(r: Res<T, E>): E => {
    if (r instanceof Err) return r.error;
    throw new Panic('called `Result::unwrap_err()` on an `Ok` value');
  },
  unwrap_or: <T, E>(r: Res<T, E>, d: T): T => (r instanceof Ok ? r.value : d),
  is_ok: (r: Res<unknown, unknown>): boolean => r instanceof Ok,
  is_err: (r: Res<unknown, unknown>): boolean => r instanceof Err,
  map: <T, E, U>(r: Res<T, E>, f: (x: T) => U): Res<U, E> => (r instanceof Ok ? new Ok(f(r.value)) : r),
  map_err: <T, E, F>(r: Res<T, E>, f: (e: E) => F): Res<T, F> => (r instanceof Err ? new Err(f(r.error)) : r),
  to_option: <T, E>(r: Res<T, E>): Option<T> => (r instanceof Ok ? new Some(r.value) : None),
  to_string: (r: Res<unknown, unknown>, ty?: Ty): string => show(r, ty),
};

export const method = {
  Error: { to_string: (e: Error): string => showError(e) },
  String: StringMethods,
  Array: ArrayMethods,
  FixedArray: ArrayMethods,
  Bytes: BytesMethods,
  Option: OptionMethods,
  Result: ResultMethods,
  Int: { ...num.Int, to_string: numToString },
  UInt: { ...num.UInt, to_string: numToString },
  Int16: { ...num.Int16, to_string: numToString },
  UInt16: { ...num.UInt16, to_string: numToString },
  Int64: { ...num.Int64, to_string: (x: bigint): string => x.toString() },
  UInt64: { ...num.UInt64, to_string: (x: bigint): string => x.toString() },
  Byte: { ...num.Byte, to_string: showByte },
  Double: { ...num.Double, to_string: numToString },
  Float: { ...num.Float, to_string: numToString },
  Char: {
    to_int: (c: number): number => c,
    to_uint: (c: number): number => c,
    to_string: (c: number): string => String.fromCodePoint(c),
    from_int: (c: number): number => c,
    is_ascii: (c: number): boolean => c < 0x80,
    is_digit: (c: number): boolean => c >= 0x30 && c <= 0x39,
    is_whitespace: (c: number): boolean => /\s/u.test(String.fromCodePoint(c)),
    compare: (a: number, b: number): number => Math.sign(a - b),
  },
  Bool: {
    to_string: (b: boolean): string => String(b),
    to_int: (b: boolean): number => (b ? 1 : 0),
    to_int64: (b: boolean): bigint => (b ? 1n : 0n),
  },
};
