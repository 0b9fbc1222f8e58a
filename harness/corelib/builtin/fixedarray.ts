// `FixedArray[T]` and `ReadOnlyArray[T]`: JS arrays whose length never
// changes. Most of their methods are the same operation with the type's own
// name in the signature; those come from one template table below, and each
// type takes the ones core gives it.

import { defineModule, fn, impl, type FnEntry, type ImplEntry } from '../define.ts';
import { ArrayView, Iter, type Logger } from '../../runtime/core-values.ts';
import type { Desc } from '../../runtime/desc.ts';
import type { Hasher } from '../../runtime/hasher.ts';
import { Panic } from '../../runtime/values.ts';
import {
  compareElems, equalElems, getView, hashElems, hashOfElems, iter2Of, iterOf, joinElems, lexicalCompare, optArg, outOfBounds,
  outputElems, revIterOf, seq, view,
} from '../support/seq.ts';
import { quickSort, stableSort } from '../support/sort.ts';
import { filled } from '../support/linked-table.ts';

type Arr = unknown[];
type F1 = (x: unknown) => unknown;
type Fi = (i: number, x: unknown) => unknown;
type Acc = (acc: unknown, x: unknown) => unknown;
type Acci = (i: number, acc: unknown, x: unknown) => unknown;
type Cmp = (a: unknown, b: unknown) => number;
type AV = ArrayView | Arr;

/** Operations shared by both types: `S` stands for the type's name in the signature. */
const shared: Record<string, [sig: string, impl: (...args: never[]) => unknown]> = {
  length: ['fn[T] S::length(self : S[T]) -> Int', (a: Arr) => a.length],
  is_empty: ['fn[T] S::is_empty(self : S[T]) -> Bool', (a: Arr) => a.length === 0],
  at: ['#alias("_[_]")\nfn[T] S::at(self : S[T], index : Int) -> T', (a: Arr, i: number) => seq.at(a, 0, a.length, i)],
  get: ['fn[T] S::get(self : S[T], index : Int) -> T?', (a: Arr, i: number) => seq.get(a, 0, a.length, i)],
  last: ['fn[A] S::last(self : S[A]) -> A?', (a: Arr) => seq.last(a, 0, a.length)],
  from_array: ['fn[T] S::from_array(array : ArrayView[T]) -> S[T]', (v: AV) => (v instanceof ArrayView ? v.arr.slice(v.start, v.end) : v.slice())],
  from_iter: ['fn[T] S::from_iter(iter : Iter[T]) -> S[T]', (it: Iter) => {
    const out = [];
    for (let x = it.next(); x !== Iter.DONE; x = it.next()) out.push(x);
    return out;
  }],
  makei: ['fn[T] S::makei(length : Int, value : (Int) -> T raise?) -> S[T] raise?', (n: number, f: F1) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(f(i));
    return out;
  }],
  view: ['#alias("_[_:_]")\nfn[T] S::view(self : S[T], start? : Int = .., end? : Int) -> ArrayView[T]', (a: Arr, s: number | undefined, e: unknown) =>
    view(a, 0, a.length, s, e)],
  get_view: ['fn[T] S::get_view(self : S[T], start? : Int = .., end? : Int) -> ArrayView[T]?', (a: Arr, s: number | undefined, e: unknown) =>
    getView(a, 0, a.length, s, e)],
  iter: ['fn[T] S::iter(self : S[T]) -> Iter[T]', (a: Arr) => iterOf(a, 0, a.length)],
  iter2: ['fn[T] S::iter2(self : S[T]) -> Iter2[Int, T]', (a: Arr) => iter2Of(a, 0, a.length)],
  rev_iter: ['fn[T] S::rev_iter(self : S[T]) -> Iter[T]', (a: Arr) => revIterOf(a, 0, a.length)],
  each: ['fn[T] S::each(self : S[T], f : (T) -> Unit raise?) -> Unit raise?', (a: Arr, f: F1) => seq.each(a, 0, a.length, f)],
  eachi: ['fn[T] S::eachi(self : S[T], f : (Int, T) -> Unit raise?) -> Unit raise?', (a: Arr, f: Fi) => seq.eachi(a, 0, a.length, f)],
  rev_each: ['fn[T] S::rev_each(self : S[T], f : (T) -> Unit raise?) -> Unit raise?', (a: Arr, f: F1) => seq.rev_each(a, 0, a.length, f)],
  rev_eachi: ['fn[T] S::rev_eachi(self : S[T], f : (Int, T) -> Unit raise?) -> Unit raise?', (a: Arr, f: Fi) => seq.rev_eachi(a, 0, a.length, f)],
  all: ['fn[T] S::all(self : S[T], f : (T) -> Bool raise?) -> Bool raise?', (a: Arr, f: F1) => seq.all(a, 0, a.length, f)],
  every: ['fn[T] S::every(self : S[T], f : (T) -> Bool raise?) -> Bool raise?', (a: Arr, f: F1) => seq.all(a, 0, a.length, f)],
  any: ['fn[T] S::any(self : S[T], f : (T) -> Bool raise?) -> Bool raise?', (a: Arr, f: F1) => seq.any(a, 0, a.length, f)],
  exists: ['fn[T] S::exists(self : S[T], f : (T) -> Bool raise?) -> Bool raise?', (a: Arr, f: F1) => seq.any(a, 0, a.length, f)],
  contains: ['fn[T : Eq] S::contains(self : S[T], value : T) -> Bool', (T: Desc, a: Arr, x: unknown) => seq.count(T, a, 0, a.length, x) > 0],
  search: ['fn[T : Eq] S::search(self : S[T], value : T) -> Int?', (T: Desc, a: Arr, x: unknown) => seq.search(T, a, 0, a.length, x)],
  search_by: ['fn[T] S::search_by(self : S[T], f : (T) -> Bool raise?) -> Int? raise?', (a: Arr, f: F1) => seq.search_by(a, 0, a.length, f)],
  starts_with: ['fn[T : Eq] S::starts_with(self : S[T], prefix : ArrayView[T]) -> Bool', (T: Desc, a: Arr, p: AV) => seq.starts_with(T, a, 0, a.length, p)],
  ends_with: ['fn[T : Eq] S::ends_with(self : S[T], suffix : ArrayView[T]) -> Bool', (T: Desc, a: Arr, p: AV) => seq.ends_with(T, a, 0, a.length, p)],
  strip_prefix: ['fn[T : Eq] S::strip_prefix(self : S[T], prefix : ArrayView[T]) -> ArrayView[T]?', (T: Desc, a: Arr, p: AV) =>
    seq.strip_prefix(T, a, 0, a.length, p)],
  strip_suffix: ['fn[T : Eq] S::strip_suffix(self : S[T], suffix : ArrayView[T]) -> ArrayView[T]?', (T: Desc, a: Arr, p: AV) =>
    seq.strip_suffix(T, a, 0, a.length, p)],
  binary_search: ['fn[T : Compare] S::binary_search(self : S[T], value : T) -> Result[Int, Int]', (T: Desc, a: Arr, x: unknown) =>
    seq.binary_search(T, a, 0, a.length, x)],
  binary_search_by: ['fn[T] S::binary_search_by(self : S[T], cmp : (T) -> Int raise?) -> Result[Int, Int] raise?', (a: Arr, c: (x: unknown) => number) =>
    seq.binary_search_by(a, 0, a.length, c)],
  fold: ['fn[A, B] S::fold(self : S[A], init~ : B, f : (B, A) -> B raise?) -> B raise?', (a: Arr, init: unknown, f: Acc) => seq.fold(a, 0, a.length, init, f)],
  rev_fold: ['fn[A, B] S::rev_fold(self : S[A], init~ : B, f : (B, A) -> B raise?) -> B raise?', (a: Arr, init: unknown, f: Acc) =>
    seq.rev_fold(a, 0, a.length, init, f)],
  foldi: ['fn[A, B] S::foldi(self : S[A], init~ : B, f : (Int, B, A) -> B raise?) -> B raise?', (a: Arr, init: unknown, f: Acci) =>
    seq.foldi(a, 0, a.length, init, f)],
  rev_foldi: ['fn[A, B] S::rev_foldi(self : S[A], init~ : B, f : (Int, B, A) -> B raise?) -> B raise?', (a: Arr, init: unknown, f: Acci) =>
    seq.rev_foldi(a, 0, a.length, init, f)],
  map: ['fn[T, U] S::map(self : S[T], f : (T) -> U raise?) -> S[U] raise?', (a: Arr, f: F1) => seq.map(a, 0, a.length, f)],
  mapi: ['fn[T, U] S::mapi(self : S[T], f : (Int, T) -> U raise?) -> S[U] raise?', (a: Arr, f: Fi) => seq.mapi(a, 0, a.length, f)],
  filter: ['fn[T] S::filter(self : S[T], f : (T) -> Bool raise?) -> S[T] raise?', (a: Arr, f: F1) => seq.filter(a, 0, a.length, f)],
  filter_map: ['fn[A, B] S::filter_map(self : S[A], f : (A) -> B? raise?) -> S[B] raise?', (a: Arr, f: F1) => seq.filter_map(a, 0, a.length, f)],
  rev: ['fn[T] S::rev(self : S[T]) -> S[T]', (a: Arr) => seq.rev(a, 0, a.length)],
  join: ['fn[A : ToStringView] S::join(self : S[A], separator : StringView) -> String', (A: Desc, a: Arr, sep: unknown) => joinElems(A, a, 0, a.length, sep)],
  lexical_compare: ['fn[T : Compare] S::lexical_compare(self : S[T], other : S[T]) -> Int', (T: Desc, a: Arr, b: Arr) =>
    lexicalCompare(T, a, 0, a.length, b, 0, b.length)],
  is_sorted: ['fn[T : Compare] S::is_sorted(self : S[T]) -> Bool', (T: Desc, a: Arr) => seq.is_sorted(T, a, 0, a.length)],
  chunks: ['fn[T] S::chunks(self : S[T], size : Int) -> Array[ArrayView[T]]', (a: Arr, n: number) => seq.chunks(a, 0, a.length, n)],
  chunk_by: ['fn[T] S::chunk_by(self : S[T], pred : (T, T) -> Bool raise?) -> Array[ArrayView[T]] raise?', (a: Arr, p: (x: unknown, y: unknown) => unknown) =>
    seq.chunk_by(a, 0, a.length, p)],
  windows: ['fn[T] S::windows(self : S[T], size : Int) -> Array[ArrayView[T]]', (a: Arr, n: number) => seq.windows(a, 0, a.length, n)],
  equal: ['fn[T : Eq] S::equal(self : S[T], other : S[T]) -> Bool', (T: Desc, a: Arr, b: Arr) => equalElems(T, a, 0, a.length, b, 0, b.length)],
  compare: ['fn[T : Compare] S::compare(self : S[T], other : S[T]) -> Int', (T: Desc, a: Arr, b: Arr) => compareElems(T, a, 0, a.length, b, 0, b.length)],
  hash: ['fn[T : Hash] S::hash(self : S[T]) -> Int', (T: Desc, a: Arr) => hashOfElems(T, a, 0, a.length)],
  suffixes: ['fn[T] S::suffixes(self : S[T], include_empty? : Bool = ..) -> Iter[ArrayView[T]]', (a: Arr, inc: boolean | undefined) =>
    seq.suffixes(a, 0, a.length, inc)],
};

function entries(type: string, names: readonly string[]): Record<string, FnEntry> {
  const out: Record<string, FnEntry> = {};
  for (const name of names) {
    const [sig, run] = shared[name]!;
    out[`${type}::${name}`] = fn(sig.replace(/\bS\b/g, type), run);
  }
  return out;
}

function traitImpls(type: string): Record<string, ImplEntry> {
  return {
    [`Show for ${type}`]: impl(`impl[X : Show] Show for ${type}[X]`, (X: Desc) => ({
      output: (a: Arr, logger: Logger) => outputElems(X, a, 0, a.length, logger),
    })),
    [`Eq for ${type}`]: impl(`impl[T : Eq] Eq for ${type}[T]`, (T: Desc) => ({
      equal: (a: Arr, b: Arr) => equalElems(T, a, 0, a.length, b, 0, b.length),
    })),
    [`Compare for ${type}`]: impl(`impl[T : Compare] Compare for ${type}[T]`, (T: Desc) => ({
      compare: (a: Arr, b: Arr) => compareElems(T, a, 0, a.length, b, 0, b.length),
    })),
    [`Hash for ${type}`]: impl(`impl[T : Hash] Hash for ${type}[T]`, (T: Desc) => ({
      hash_combine: (a: Arr, hasher: Hasher) => hashElems(T, a, 0, a.length, hasher),
    })),
    [`Default for ${type}`]: impl(`impl[T] Default for ${type}[T]`, { default: () => [] }),
  };
}

function blitBounds(ok: boolean): void {
  if (!ok) throw new Panic('bounds check failed');
}

export default defineModule('', {
  decls: `
    type FixedArray[T]
    type ReadOnlyArray[T]
  `,
  fns: {
    ...entries('FixedArray', [
      'length', 'is_empty', 'at', 'get', 'last', 'from_array', 'from_iter', 'makei', 'view', 'get_view', 'iter', 'iter2',
      'each', 'eachi', 'rev_each', 'rev_eachi', 'all', 'every', 'any', 'exists', 'contains', 'search', 'starts_with',
      'ends_with', 'binary_search', 'binary_search_by', 'fold', 'rev_fold', 'foldi', 'rev_foldi', 'map', 'mapi', 'rev',
      'join', 'lexical_compare', 'is_sorted', 'equal', 'compare', 'hash',
    ]),
    'FixedArray::add': fn('fn[T] FixedArray::add(self : FixedArray[T], other : FixedArray[T]) -> FixedArray[T]', (a: Arr, b: Arr) => a.concat(b)),
    'FixedArray::make': fn('fn[T] FixedArray::make(len : Int, init : T) -> FixedArray[T]', (len: number, init: unknown) => {
      if (len < 0) throw new Panic('negative array length');
      return filled(len, init);
    }),
    'FixedArray::set': fn('#alias("_[_]=_")\nfn[T] FixedArray::set(self : FixedArray[T], idx : Int, val : T) -> Unit', (a: Arr, i: number, v: unknown) => {
      if (i < 0 || i >= a.length) outOfBounds(a.length, i);
      a[i] = v;
    }),
    'FixedArray::swap': fn('fn[T] FixedArray::swap(self : FixedArray[T], i : Int, j : Int) -> Unit', (a: Arr, i: number, j: number) => {
      if (i < 0 || i >= a.length) outOfBounds(a.length, i);
      if (j < 0 || j >= a.length) outOfBounds(a.length, j);
      const t = a[i];
      a[i] = a[j];
      a[j] = t;
    }),
    'FixedArray::fill': fn('fn[T] FixedArray::fill(self : FixedArray[T], value : T, start? : Int = .., end? : Int) -> Unit', (a: Arr, value: unknown, start: number | undefined, end: unknown) => {
      if (a.length === 0) return;
      const s = start ?? 0;
      if (s < 0 || s >= a.length) throw new Panic('fill: start out of bounds');
      const e = optArg(end, a.length);
      if (e < s || e > a.length) throw new Panic('fill: end out of bounds');
      a.fill(value, s, e);
    }),
    'FixedArray::copy': fn('fn[T] FixedArray::copy(self : FixedArray[T]) -> FixedArray[T]', (a: Arr) => a.slice()),
    'FixedArray::rev_in_place': fn('fn[T] FixedArray::rev_in_place(self : FixedArray[T]) -> Unit', (a: Arr) => {
      a.reverse();
    }),
    'FixedArray::mut_view': fn('fn[T] FixedArray::mut_view(self : FixedArray[T], start? : Int = .., end? : Int) -> MutArrayView[T]', (a: Arr, s: number | undefined, e: unknown) =>
      view(a, 0, a.length, s, e),
    ),
    'FixedArray::blit_to': fn(
      'fn[A] FixedArray::blit_to(self : FixedArray[A], dst : FixedArray[A], len~ : Int, src_offset? : Int = .., dst_offset? : Int = ..) -> Unit',
      (a: Arr, dst: Arr, len: number, srcOffset: number | undefined, dstOffset: number | undefined) => {
        const so = srcOffset ?? 0;
        const d = dstOffset ?? 0;
        blitBounds(d >= 0 && so >= 0 && d + len <= dst.length && so + len <= a.length);
        const chunk = a.slice(so, so + Math.max(len, 0));
        for (let i = 0; i < chunk.length; i++) dst[d + i] = chunk[i];
      },
    ),
    'FixedArray::make_and_blit': fn(
      'fn[T] FixedArray::make_and_blit(src : FixedArray[T], allocate_len~ : Int, init~ : T, len~ : Int, src_offset? : Int = .., dst_offset? : Int = ..) -> FixedArray[T]',
      (src: Arr, allocateLen: number, init: unknown, len: number, srcOffset: number | undefined, dstOffset: number | undefined) => {
        const so = srcOffset ?? 0;
        const d = dstOffset ?? 0;
        blitBounds(allocateLen >= 0 && len >= 0 && so >= 0 && d >= 0 && so + len <= src.length && d + len <= allocateLen);
        const out = filled(allocateLen, init);
        for (let i = 0; i < len; i++) out[d + i] = src[so + i];
        return out;
      },
    ),
    'FixedArray::sort': fn('fn[T : Compare] FixedArray::sort(self : FixedArray[T]) -> Unit', (T: Desc, a: Arr) => {
      const eq = T['Eq.equal'] as (x: unknown, y: unknown) => boolean;
      quickSort(a, 0, a.length, T['Compare.compare'] as Cmp, (x, y) => (eq(x, y) ? 0 : 1));
    }),
    'FixedArray::sort_by': fn('fn[T] FixedArray::sort_by(self : FixedArray[T], cmp : (T, T) -> Int) -> Unit', (a: Arr, cmp: Cmp) =>
      quickSort(a, 0, a.length, cmp, undefined),
    ),
    'FixedArray::sort_by_key': fn('fn[T, K : Compare] FixedArray::sort_by_key(self : FixedArray[T], map : (T) -> K) -> Unit', (K: Desc, a: Arr, map: F1) => {
      const cmp = K['Compare.compare'] as Cmp;
      quickSort(a, 0, a.length, (x, y) => cmp(map(x), map(y)), undefined);
    }),
    'FixedArray::stable_sort': fn('fn[T : Compare] FixedArray::stable_sort(self : FixedArray[T]) -> Unit', (T: Desc, a: Arr) =>
      stableSort(a, 0, a.length, T['Compare.compare'] as Cmp),
    ),

    ...entries('ReadOnlyArray', [
      'length', 'is_empty', 'at', 'get', 'last', 'from_array', 'from_iter', 'makei', 'view', 'get_view', 'iter', 'iter2',
      'rev_iter', 'each', 'eachi', 'rev_each', 'rev_eachi', 'all', 'every', 'any', 'exists', 'contains', 'search',
      'search_by', 'starts_with', 'ends_with', 'strip_prefix', 'strip_suffix', 'binary_search', 'binary_search_by',
      'fold', 'rev_fold', 'foldi', 'rev_foldi', 'map', 'mapi', 'filter', 'filter_map', 'rev', 'join', 'lexical_compare',
      'is_sorted', 'chunks', 'chunk_by', 'windows', 'suffixes', 'equal', 'compare', 'hash',
    ]),
  },
  impls: {
    ...traitImpls('FixedArray'),
    ...traitImpls('ReadOnlyArray'),
    'Add for FixedArray': impl('impl[T] Add for FixedArray[T]', { add: (a: Arr, b: Arr) => a.concat(b) }),
  },
});
