// Loops shared by the sequence types (Array, FixedArray, ReadOnlyArray and
// their views): each works on the elements `start..end` of a JS array, so
// an owner and a view of it run the same code without copying. Trait
// methods are fetched from the element descriptor once per call, not once
// per element.

import { ArrayView, Iter, type Logger } from '../../runtime/core-values.ts';
import type { Desc } from '../../runtime/desc.ts';
import { Hasher } from '../../runtime/hasher.ts';
import { Ok, Err, Some, None, Panic, type Option, type Result } from '../../runtime/values.ts';

type Output = (x: unknown, logger: Logger) => void;
type Equal = (a: unknown, b: unknown) => boolean;
type CompareFn = (a: unknown, b: unknown) => number;
type Combine = (x: unknown, hasher: Hasher) => void;

/** The panic of an index outside a sequence (core's `guard!` and `abort`). */
export function outOfBounds(len: number, index: number): never {
  throw new Panic(`index out of bounds: the len is ${len} but the index is ${index}`);
}

/**
 * A view parameter as `[array, start, end]`. MoonBit converts an owning
 * array to a view implicitly where a view is expected, so either may arrive.
 */
export function span<T>(x: ArrayView<T> | T[]): [T[], number, number] {
  return x instanceof ArrayView ? [x.arr, x.start, x.end] : [x, 0, x.length];
}

/** `@pkg.from_array([a, b, c])`: how core's collections show, their elements in order. */
export function outputFromArray(name: string, X: Desc, arr: readonly unknown[], logger: Logger): void {
  logger.write_string(`${name}(`);
  outputElems(X, arr, 0, arr.length, logger);
  logger.write_string(')');
}

/** `[a, b, c]`: each element's Show, comma-separated. */
export function outputElems(X: Desc, arr: readonly unknown[], start: number, end: number, logger: Logger): void {
  const out = X['Show.output'] as Output;
  logger.write_string('[');
  for (let i = start; i < end; i++) {
    if (i > start) logger.write_string(', ');
    out(arr[i], logger);
  }
  logger.write_string(']');
}

export function equalElems(
  X: Desc,
  a: readonly unknown[], as: number, ae: number,
  b: readonly unknown[], bs: number, be: number,
): boolean {
  if (ae - as !== be - bs) return false;
  const eq = X['Eq.equal'] as Equal;
  for (let i = 0; i < ae - as; i++) if (!eq(a[as + i], b[bs + i])) return false;
  return true;
}

/** Core's `Compare` for sequences: the shorter is smaller; equal lengths compare element by element. */
export function compareElems(
  X: Desc,
  a: readonly unknown[], as: number, ae: number,
  b: readonly unknown[], bs: number, be: number,
): number {
  const la = ae - as;
  const lb = be - bs;
  if (la !== lb) return la < lb ? -1 : 1;
  const cmp = X['Compare.compare'] as CompareFn;
  for (let i = 0; i < la; i++) {
    const c = cmp(a[as + i], b[bs + i]);
    if (c !== 0) return c;
  }
  return 0;
}

/** Dictionary order: the first differing element decides, then the length. */
export function lexicalCompare(
  X: Desc,
  a: readonly unknown[], as: number, ae: number,
  b: readonly unknown[], bs: number, be: number,
): number {
  const la = ae - as;
  const lb = be - bs;
  const cmp = X['Compare.compare'] as CompareFn;
  for (let i = 0; i < Math.min(la, lb); i++) {
    const c = cmp(a[as + i], b[bs + i]);
    if (c !== 0) return c;
  }
  return la === lb ? 0 : la < lb ? -1 : 1;
}

/** Each element's `hash_combine`, in order (no length is mixed in). */
export function hashElems(X: Desc, arr: readonly unknown[], start: number, end: number, hasher: Hasher): void {
  const combine = X['Hash.hash_combine'] as Combine;
  for (let i = start; i < end; i++) combine(arr[i], hasher);
}

/** `Hash::hash` of a sequence: a fresh Hasher, every element combined, finalized. */
export function hashOfElems(X: Desc, arr: readonly unknown[], start: number, end: number): number {
  const h = new Hasher();
  hashElems(X, arr, start, end, h);
  return h.finalize();
}

/** The index of the first element equal to `value`, or -1. */
export function indexOfElem(X: Desc, arr: readonly unknown[], start: number, end: number, value: unknown): number {
  const eq = X['Eq.equal'] as Equal;
  for (let i = start; i < end; i++) if (eq(arr[i], value)) return i - start;
  return -1;
}

/**
 * Core's binary search: the leftmost position whose element is not less
 * than the target (by `cmp`, which compares an element with the target);
 * `Ok` of it when the element there equals the target, else `Err`.
 */
function binarySearch(
  arr: readonly unknown[], start: number, end: number,
  less: (x: unknown) => boolean, same: (x: unknown) => boolean,
): { found: boolean; index: number } {
  const len = end - start;
  let i = 0;
  let j = len;
  while (i < j) {
    const h = i + ((j - i) >> 1);
    if (less(arr[start + h])) i = h + 1;
    else j = h;
  }
  return { found: i < len && same(arr[start + i]), index: i };
}

/** `join` for elements that are Strings or StringViews (the `ToStringView` types). */
export function joinElems(A: Desc, arr: readonly unknown[], start: number, end: number, sep: unknown): string {
  const s = text(sep);
  let out = '';
  for (let i = start; i < end; i++) {
    if (i > start) out += s;
    out += text(arr[i], A);
  }
  return out;
}

/** A String or StringView argument (or a `ToStringView` value) as a JS string. */
export function text(x: unknown, d?: Desc): string {
  if (typeof x === 'string') return x;
  if (d !== undefined && typeof d['ToStringView.to_string_view'] === 'function') {
    return String((d['ToStringView.to_string_view'] as (v: unknown) => unknown)(x));
  }
  return String(x);
}

// ---- operations shared by the fixed-length sequences and the views ------
// (Array's own loops re-read its length on every step, as `for v in self`
// does in core, so a callback that pushes is seen; it has its own versions.)

type F1 = (x: unknown) => unknown;

/** `Some(v)` of an `x? : T` argument, or `dflt`. */
export function optArg<T>(o: unknown, dflt: T): T {
  return o instanceof Some ? (o.value as T) : dflt;
}

/** The bounds of `view(start?, end?)`, or undefined when they do not fit `len`. */
function viewBounds(len: number, start: number | undefined, end: unknown): [number, number] | undefined {
  const s = start ?? 0;
  const e = optArg(end, len);
  return s >= 0 && s <= e && e <= len ? [s, e] : undefined;
}

export function view<T>(arr: T[], base: number, len: number, start: number | undefined, end: unknown): ArrayView<T> {
  const b = viewBounds(len, start, end);
  if (b === undefined) throw new Panic('View index out of bounds');
  return new ArrayView(arr, base + b[0], base + b[1]);
}

export function getView<T>(arr: T[], base: number, len: number, start: number | undefined, end: unknown): Option<ArrayView<T>> {
  const b = viewBounds(len, start, end);
  return b === undefined ? None : new Some(new ArrayView(arr, base + b[0], base + b[1]));
}

export function iterOf<T>(arr: readonly T[], start: number, end: number): Iter<T> {
  let i = start;
  return new Iter(() => (i < end ? arr[i++]! : Iter.DONE));
}

export function revIterOf<T>(arr: readonly T[], start: number, end: number): Iter<T> {
  let i = end;
  return new Iter(() => (i > start ? arr[--i]! : Iter.DONE));
}

/** `Iter2[Int, T]`: the struct wrapping an iterator of `(index, element)`. */
export function iter2Of<T>(arr: readonly T[], start: number, end: number): { _0: Iter<[number, T]> } {
  let i = start;
  return { _0: new Iter(() => (i < end ? [i - start, arr[i++]!] : Iter.DONE)) };
}

export const seq = {
  each(a: unknown[], s: number, e: number, f: F1): void {
    for (let i = s; i < e; i++) f(a[i]);
  },
  eachi(a: unknown[], s: number, e: number, f: (i: number, x: unknown) => unknown): void {
    for (let i = s; i < e; i++) f(i - s, a[i]);
  },
  rev_each(a: unknown[], s: number, e: number, f: F1): void {
    for (let i = e - 1; i >= s; i--) f(a[i]);
  },
  rev_eachi(a: unknown[], s: number, e: number, f: (i: number, x: unknown) => unknown): void {
    for (let i = e - 1; i >= s; i--) f(e - 1 - i, a[i]);
  },
  all(a: unknown[], s: number, e: number, f: F1): boolean {
    for (let i = s; i < e; i++) if (!f(a[i])) return false;
    return true;
  },
  any(a: unknown[], s: number, e: number, f: F1): boolean {
    for (let i = s; i < e; i++) if (f(a[i])) return true;
    return false;
  },
  count(X: Desc, a: unknown[], s: number, e: number, value: unknown): number {
    const eq = X['Eq.equal'] as Equal;
    let n = 0;
    for (let i = s; i < e; i++) if (eq(a[i], value)) n++;
    return n;
  },
  count_if(a: unknown[], s: number, e: number, f: F1): number {
    let n = 0;
    for (let i = s; i < e; i++) if (f(a[i])) n++;
    return n;
  },
  search(X: Desc, a: unknown[], s: number, e: number, value: unknown): Option<number> {
    const i = indexOfElem(X, a, s, e, value);
    return i < 0 ? None : new Some(i);
  },
  search_by(a: unknown[], s: number, e: number, f: F1): Option<number> {
    for (let i = s; i < e; i++) if (f(a[i])) return new Some(i - s);
    return None;
  },
  starts_with(X: Desc, a: unknown[], s: number, e: number, prefix: ArrayView | unknown[]): boolean {
    const [p, ps, pe] = span(prefix);
    return pe - ps <= e - s && equalElems(X, a, s, s + (pe - ps), p, ps, pe);
  },
  ends_with(X: Desc, a: unknown[], s: number, e: number, suffix: ArrayView | unknown[]): boolean {
    const [p, ps, pe] = span(suffix);
    return pe - ps <= e - s && equalElems(X, a, e - (pe - ps), e, p, ps, pe);
  },
  strip_prefix(X: Desc, a: unknown[], s: number, e: number, prefix: ArrayView | unknown[]): Option<ArrayView> {
    if (!seq.starts_with(X, a, s, e, prefix)) return None;
    const [, ps, pe] = span(prefix);
    return new Some(new ArrayView(a, s + (pe - ps), e));
  },
  strip_suffix(X: Desc, a: unknown[], s: number, e: number, suffix: ArrayView | unknown[]): Option<ArrayView> {
    if (!seq.ends_with(X, a, s, e, suffix)) return None;
    const [, ps, pe] = span(suffix);
    return new Some(new ArrayView(a, s, e - (pe - ps)));
  },
  binary_search(X: Desc, a: unknown[], s: number, e: number, value: unknown): Result<number, number> {
    const cmp = X['Compare.compare'] as CompareFn;
    const eq = X['Eq.equal'] as Equal;
    const r = binarySearch(a, s, e, (x) => cmp(x, value) < 0, (x) => eq(x, value));
    return r.found ? new Ok(r.index) : new Err(r.index);
  },
  binary_search_by(a: unknown[], s: number, e: number, cmp: (x: unknown) => number): Result<number, number> {
    const r = binarySearch(a, s, e, (x) => cmp(x) < 0, (x) => cmp(x) === 0);
    return r.found ? new Ok(r.index) : new Err(r.index);
  },
  fold(a: unknown[], s: number, e: number, init: unknown, f: (acc: unknown, x: unknown) => unknown): unknown {
    let acc = init;
    for (let i = s; i < e; i++) acc = f(acc, a[i]);
    return acc;
  },
  rev_fold(a: unknown[], s: number, e: number, init: unknown, f: (acc: unknown, x: unknown) => unknown): unknown {
    let acc = init;
    for (let i = e - 1; i >= s; i--) acc = f(acc, a[i]);
    return acc;
  },
  foldi(a: unknown[], s: number, e: number, init: unknown, f: (i: number, acc: unknown, x: unknown) => unknown): unknown {
    let acc = init;
    for (let i = s; i < e; i++) acc = f(i - s, acc, a[i]);
    return acc;
  },
  rev_foldi(a: unknown[], s: number, e: number, init: unknown, f: (i: number, acc: unknown, x: unknown) => unknown): unknown {
    let acc = init;
    for (let i = e - 1; i >= s; i--) acc = f(e - 1 - i, acc, a[i]);
    return acc;
  },
  map(a: unknown[], s: number, e: number, f: F1): unknown[] {
    const out = [];
    for (let i = s; i < e; i++) out.push(f(a[i]));
    return out;
  },
  mapi(a: unknown[], s: number, e: number, f: (i: number, x: unknown) => unknown): unknown[] {
    const out = [];
    for (let i = s; i < e; i++) out.push(f(i - s, a[i]));
    return out;
  },
  filter(a: unknown[], s: number, e: number, f: F1): unknown[] {
    const out = [];
    for (let i = s; i < e; i++) if (f(a[i])) out.push(a[i]);
    return out;
  },
  filter_map(a: unknown[], s: number, e: number, f: F1): unknown[] {
    const out = [];
    for (let i = s; i < e; i++) {
      const r = f(a[i]);
      if (r instanceof Some) out.push(r.value);
    }
    return out;
  },
  rev(a: unknown[], s: number, e: number): unknown[] {
    const out = [];
    for (let i = e - 1; i >= s; i--) out.push(a[i]);
    return out;
  },
  last(a: unknown[], s: number, e: number): Option<unknown> {
    return e > s ? new Some(a[e - 1]) : None;
  },
  get(a: unknown[], s: number, e: number, index: number): Option<unknown> {
    return index >= 0 && index < e - s ? new Some(a[s + index]) : None;
  },
  at(a: unknown[], s: number, e: number, index: number): unknown {
    if (index < 0 || index >= e - s) outOfBounds(e - s, index);
    return a[s + index];
  },
  is_sorted(X: Desc, a: unknown[], s: number, e: number): boolean {
    const cmp = X['Compare.compare'] as CompareFn;
    for (let i = s + 1; i < e; i++) if (cmp(a[i - 1], a[i]) > 0) return false;
    return true;
  },
  chunks(a: unknown[], s: number, e: number, size: number): ArrayView[] {
    if (size <= 0) throw new Panic('chunks: size must be positive');
    const out = [];
    for (let i = s; i < e; i += size) out.push(new ArrayView(a, i, Math.min(i + size, e)));
    return out;
  },
  chunk_by(a: unknown[], s: number, e: number, pred: (x: unknown, y: unknown) => unknown): ArrayView[] {
    const out: ArrayView[] = [];
    if (e === s) return out;
    let start = s;
    for (let i = s + 1; i < e; i++) {
      if (!pred(a[i - 1], a[i])) {
        out.push(new ArrayView(a, start, i));
        start = i;
      }
    }
    out.push(new ArrayView(a, start, e));
    return out;
  },
  windows(a: unknown[], s: number, e: number, size: number): ArrayView[] {
    if (size <= 0) throw new Panic('windows: size must be positive');
    const out = [];
    for (let i = s; i + size <= e; i++) out.push(new ArrayView(a, i, i + size));
    return out;
  },
  suffixes(a: unknown[], s: number, e: number, includeEmpty: boolean | undefined): Iter<ArrayView> {
    let i = s;
    const last = includeEmpty ? e : e - 1;
    return new Iter(() => (i <= last ? new ArrayView(a, i++, e) : Iter.DONE));
  },
  is_empty(_a: unknown[], s: number, e: number): boolean {
    return e === s;
  },
};

/** Two iterators walked in step: the first nonzero `compare` of their elements, or 0 once either ends. */
export function compareInStep(x: Iter, y: Iter, compare: (a: unknown, b: unknown) => number): number {
  for (;;) {
    const p = x.next();
    if (p === Iter.DONE) return 0;
    const q = y.next();
    if (q === Iter.DONE) return 0;
    const c = compare(p, q);
    if (c !== 0) return c;
  }
}
