// `ArrayView[T]` and `MutArrayView[T]`: windows `start..end` onto the
// storage of an Array or FixedArray (one runtime class, `ArrayView`).
// Slicing never copies, so writes through a `MutArrayView` are seen by the
// owner and by every other view of it.

import { defineModule, fn, impl } from '../define.ts';
import { ArrayView, type Logger } from '../../runtime/core-values.ts';
import type { Desc } from '../../runtime/desc.ts';
import type { Hasher } from '../../runtime/hasher.ts';
import {
  compareElems, equalElems, getView, hashElems, hashOfElems, iter2Of, iterOf, joinElems, lexicalCompare, outOfBounds,
  outputElems, revIterOf, seq, span, view,
} from '../support/seq.ts';
import { quickSort, stableSort } from '../support/sort.ts';

type V = ArrayView;
type F1 = (x: unknown) => unknown;
type Cmp = (a: unknown, b: unknown) => number;
type Fi = (i: number, x: unknown) => unknown;
type Acc = (acc: unknown, x: unknown) => unknown;
type Acci = (i: number, acc: unknown, x: unknown) => unknown;
type AV = ArrayView | unknown[];

const len = (v: V): number => v.end - v.start;

function at(v: V, index: number): unknown {
  if (index < 0 || index >= v.end - v.start) outOfBounds(v.end - v.start, index);
  return v.arr[v.start + index];
}

function add(a: V, b: V): V {
  const out = a.arr.slice(a.start, a.end);
  for (let i = b.start; i < b.end; i++) out.push(b.arr[i]);
  return new ArrayView(out, 0, out.length);
}

/** The trait impls both view types share. */
function viewImpls(type: string): Record<string, ReturnType<typeof impl>> {
  return {
    [`Show for ${type}`]: impl(`impl[X : Show] Show for ${type}[X]`, (X: Desc) => ({
      output: (self: V, logger: Logger) => outputElems(X, self.arr, self.start, self.end, logger),
    })),
    [`Eq for ${type}`]: impl(`impl[T : Eq] Eq for ${type}[T]`, (T: Desc) => ({
      equal: (a: V, b: V) => equalElems(T, a.arr, a.start, a.end, b.arr, b.start, b.end),
    })),
    [`Compare for ${type}`]: impl(`impl[T : Compare] Compare for ${type}[T]`, (T: Desc) => ({
      compare: (a: V, b: V) => compareElems(T, a.arr, a.start, a.end, b.arr, b.start, b.end),
    })),
    [`Hash for ${type}`]: impl(`impl[A : Hash] Hash for ${type}[A]`, (A: Desc) => ({
      hash_combine: (self: V, hasher: Hasher) => hashElems(A, self.arr, self.start, self.end, hasher),
    })),
  };
}

export default defineModule('', {
  decls: `
    type ArrayView[T]
    type MutArrayView[T]
  `,
  fns: {
    'ArrayView::length': fn('fn[T] ArrayView::length(self : ArrayView[T]) -> Int', len),
    'ArrayView::is_empty': fn('fn[T] ArrayView::is_empty(self : ArrayView[T]) -> Bool', (v: V) => v.end === v.start),
    'ArrayView::start_offset': fn('fn[T] ArrayView::start_offset(self : ArrayView[T]) -> Int', (v: V) => v.start),
    'ArrayView::at': fn('#alias("_[_]")\nfn[T] ArrayView::at(self : ArrayView[T], index : Int) -> T', at),
    'ArrayView::get': fn('fn[T] ArrayView::get(self : ArrayView[T], index : Int) -> T?', (v: V, i: number) => seq.get(v.arr, v.start, v.end, i)),
    'ArrayView::last': fn('fn[T] ArrayView::last(self : ArrayView[T]) -> T?', (v: V) => seq.last(v.arr, v.start, v.end)),
    'ArrayView::view': fn('#alias("_[_:_]")\nfn[T] ArrayView::view(self : ArrayView[T], start? : Int = .., end? : Int) -> ArrayView[T]', (v: V, start: number | undefined, end: unknown) =>
      view(v.arr, v.start, len(v), start, end),
    ),
    'ArrayView::get_view': fn('fn[T] ArrayView::get_view(self : ArrayView[T], start? : Int = .., end? : Int) -> ArrayView[T]?', (v: V, start: number | undefined, end: unknown) =>
      getView(v.arr, v.start, len(v), start, end),
    ),
    'ArrayView::to_owned': fn('fn[T] ArrayView::to_owned(self : ArrayView[T]) -> Array[T]', (v: V) => v.arr.slice(v.start, v.end)),
    'ArrayView::blit_to': fn('fn[A] ArrayView::blit_to(self : ArrayView[A], dst : Array[A], dst_offset? : Int = ..) -> Unit', (v: V, dst: unknown[], dstOffset: number | undefined) => {
      const d = dstOffset ?? 0;
      if (d < 0 || d > dst.length) outOfBounds(dst.length, d);
      const chunk = v.arr.slice(v.start, v.end);
      for (let i = 0; i < chunk.length; i++) dst[d + i] = chunk[i];
    }),
    'ArrayView::iter': fn('fn[X] ArrayView::iter(self : ArrayView[X]) -> Iter[X]', (v: V) => iterOf(v.arr, v.start, v.end)),
    'ArrayView::rev_iter': fn('fn[X] ArrayView::rev_iter(self : ArrayView[X]) -> Iter[X]', (v: V) => revIterOf(v.arr, v.start, v.end)),
    'ArrayView::iter2': fn('fn[X] ArrayView::iter2(self : ArrayView[X]) -> Iter2[Int, X]', (v: V) => iter2Of(v.arr, v.start, v.end)),
    'ArrayView::each': fn('fn[T] ArrayView::each(self : ArrayView[T], f : (T) -> Unit raise?) -> Unit raise?', (v: V, f: F1) => seq.each(v.arr, v.start, v.end, f)),
    'ArrayView::eachi': fn('fn[T] ArrayView::eachi(self : ArrayView[T], f : (Int, T) -> Unit raise?) -> Unit raise?', (v: V, f: Fi) => seq.eachi(v.arr, v.start, v.end, f)),
    'ArrayView::rev_each': fn('fn[T] ArrayView::rev_each(self : ArrayView[T], f : (T) -> Unit raise?) -> Unit raise?', (v: V, f: F1) => seq.rev_each(v.arr, v.start, v.end, f)),
    'ArrayView::rev_eachi': fn('fn[T] ArrayView::rev_eachi(self : ArrayView[T], f : (Int, T) -> Unit raise?) -> Unit raise?', (v: V, f: Fi) => seq.rev_eachi(v.arr, v.start, v.end, f)),
    'ArrayView::all': fn('fn[T] ArrayView::all(self : ArrayView[T], f : (T) -> Bool raise?) -> Bool raise?', (v: V, f: F1) => seq.all(v.arr, v.start, v.end, f)),
    'ArrayView::every': fn('fn[T] ArrayView::every(self : ArrayView[T], f : (T) -> Bool raise?) -> Bool raise?', (v: V, f: F1) => seq.all(v.arr, v.start, v.end, f)),
    'ArrayView::any': fn('fn[T] ArrayView::any(self : ArrayView[T], f : (T) -> Bool raise?) -> Bool raise?', (v: V, f: F1) => seq.any(v.arr, v.start, v.end, f)),
    'ArrayView::exists': fn('fn[T] ArrayView::exists(self : ArrayView[T], f : (T) -> Bool raise?) -> Bool raise?', (v: V, f: F1) => seq.any(v.arr, v.start, v.end, f)),
    'ArrayView::contains': fn('fn[T : Eq] ArrayView::contains(self : ArrayView[T], value : T) -> Bool', (T: Desc, v: V, x: unknown) =>
      seq.count(T, v.arr, v.start, v.end, x) > 0,
    ),
    'ArrayView::count': fn('fn[T : Eq] ArrayView::count(self : ArrayView[T], value : T) -> Int', (T: Desc, v: V, x: unknown) => seq.count(T, v.arr, v.start, v.end, x)),
    'ArrayView::count_if': fn('fn[T] ArrayView::count_if(self : ArrayView[T], f : (T) -> Bool raise?) -> Int raise?', (v: V, f: F1) => seq.count_if(v.arr, v.start, v.end, f)),
    'ArrayView::search': fn('fn[T : Eq] ArrayView::search(self : ArrayView[T], value : T) -> Int?', (T: Desc, v: V, x: unknown) => seq.search(T, v.arr, v.start, v.end, x)),
    'ArrayView::search_by': fn('fn[T] ArrayView::search_by(self : ArrayView[T], f : (T) -> Bool raise?) -> Int? raise?', (v: V, f: F1) => seq.search_by(v.arr, v.start, v.end, f)),
    'ArrayView::starts_with': fn('fn[T : Eq] ArrayView::starts_with(self : ArrayView[T], prefix : ArrayView[T]) -> Bool', (T: Desc, v: V, p: AV) =>
      seq.starts_with(T, v.arr, v.start, v.end, p),
    ),
    'ArrayView::ends_with': fn('fn[T : Eq] ArrayView::ends_with(self : ArrayView[T], suffix : ArrayView[T]) -> Bool', (T: Desc, v: V, p: AV) =>
      seq.ends_with(T, v.arr, v.start, v.end, p),
    ),
    'ArrayView::strip_prefix': fn('fn[T : Eq] ArrayView::strip_prefix(self : ArrayView[T], prefix : ArrayView[T]) -> ArrayView[T]?', (T: Desc, v: V, p: AV) =>
      seq.strip_prefix(T, v.arr, v.start, v.end, p),
    ),
    'ArrayView::strip_suffix': fn('fn[T : Eq] ArrayView::strip_suffix(self : ArrayView[T], suffix : ArrayView[T]) -> ArrayView[T]?', (T: Desc, v: V, p: AV) =>
      seq.strip_suffix(T, v.arr, v.start, v.end, p),
    ),
    'ArrayView::binary_search': fn('fn[T : Compare] ArrayView::binary_search(self : ArrayView[T], value : T) -> Result[Int, Int]', (T: Desc, v: V, x: unknown) =>
      seq.binary_search(T, v.arr, v.start, v.end, x),
    ),
    'ArrayView::binary_search_by': fn('fn[T] ArrayView::binary_search_by(self : ArrayView[T], cmp : (T) -> Int raise?) -> Result[Int, Int] raise?', (v: V, cmp: (x: unknown) => number) =>
      seq.binary_search_by(v.arr, v.start, v.end, cmp),
    ),
    'ArrayView::fold': fn('fn[A, B] ArrayView::fold(self : ArrayView[A], init~ : B, f : (B, A) -> B raise?) -> B raise?', (v: V, init: unknown, f: Acc) =>
      seq.fold(v.arr, v.start, v.end, init, f),
    ),
    'ArrayView::rev_fold': fn('fn[A, B] ArrayView::rev_fold(self : ArrayView[A], init~ : B, f : (B, A) -> B raise?) -> B raise?', (v: V, init: unknown, f: Acc) =>
      seq.rev_fold(v.arr, v.start, v.end, init, f),
    ),
    'ArrayView::foldi': fn('fn[A, B] ArrayView::foldi(self : ArrayView[A], init~ : B, f : (Int, B, A) -> B raise?) -> B raise?', (v: V, init: unknown, f: Acci) =>
      seq.foldi(v.arr, v.start, v.end, init, f),
    ),
    'ArrayView::rev_foldi': fn('fn[A, B] ArrayView::rev_foldi(self : ArrayView[A], init~ : B, f : (Int, B, A) -> B raise?) -> B raise?', (v: V, init: unknown, f: Acci) =>
      seq.rev_foldi(v.arr, v.start, v.end, init, f),
    ),
    'ArrayView::map': fn('fn[T, U] ArrayView::map(self : ArrayView[T], f : (T) -> U raise?) -> Array[U] raise?', (v: V, f: F1) => seq.map(v.arr, v.start, v.end, f)),
    'ArrayView::mapi': fn('fn[T, U] ArrayView::mapi(self : ArrayView[T], f : (Int, T) -> U raise?) -> Array[U] raise?', (v: V, f: Fi) => seq.mapi(v.arr, v.start, v.end, f)),
    'ArrayView::filter': fn('fn[T] ArrayView::filter(self : ArrayView[T], f : (T) -> Bool raise?) -> Array[T] raise?', (v: V, f: F1) => seq.filter(v.arr, v.start, v.end, f)),
    'ArrayView::filter_map': fn('fn[A, B] ArrayView::filter_map(self : ArrayView[A], f : (A) -> B? raise?) -> Array[B] raise?', (v: V, f: F1) =>
      seq.filter_map(v.arr, v.start, v.end, f),
    ),
    'ArrayView::rev': fn('fn[T] ArrayView::rev(self : ArrayView[T]) -> Array[T]', (v: V) => seq.rev(v.arr, v.start, v.end)),
    'ArrayView::join': fn('fn[A : ToStringView] ArrayView::join(self : ArrayView[A], separator : StringView) -> String', (A: Desc, v: V, sep: unknown) =>
      joinElems(A, v.arr, v.start, v.end, sep),
    ),
    'ArrayView::lexical_compare': fn('fn[T : Compare] ArrayView::lexical_compare(self : ArrayView[T], other : ArrayView[T]) -> Int', (T: Desc, v: V, o: AV) => {
      const [b, bs, be] = span(o);
      return lexicalCompare(T, v.arr, v.start, v.end, b, bs, be);
    }),
    'ArrayView::is_sorted': fn('fn[T : Compare] ArrayView::is_sorted(self : ArrayView[T]) -> Bool', (T: Desc, v: V) => seq.is_sorted(T, v.arr, v.start, v.end)),
    'ArrayView::chunks': fn('fn[T] ArrayView::chunks(self : ArrayView[T], size : Int) -> Array[ArrayView[T]]', (v: V, size: number) =>
      seq.chunks(v.arr, v.start, v.end, size),
    ),
    'ArrayView::chunk_by': fn('fn[T] ArrayView::chunk_by(self : ArrayView[T], pred : (T, T) -> Bool raise?) -> Array[ArrayView[T]] raise?', (v: V, pred: (a: unknown, b: unknown) => unknown) =>
      seq.chunk_by(v.arr, v.start, v.end, pred),
    ),
    'ArrayView::windows': fn('fn[T] ArrayView::windows(self : ArrayView[T], size : Int) -> Array[ArrayView[T]]', (v: V, size: number) =>
      seq.windows(v.arr, v.start, v.end, size),
    ),
    'ArrayView::suffixes': fn('fn[T] ArrayView::suffixes(self : ArrayView[T], include_empty? : Bool = ..) -> Iter[ArrayView[T]]', (v: V, includeEmpty: boolean | undefined) =>
      seq.suffixes(v.arr, v.start, v.end, includeEmpty),
    ),

    'ArrayView::equal': fn('fn[T : Eq] ArrayView::equal(self : ArrayView[T], other : ArrayView[T]) -> Bool', (T: Desc, a: V, b: V) =>
      equalElems(T, a.arr, a.start, a.end, b.arr, b.start, b.end),
    ),
    'ArrayView::compare': fn('fn[T : Compare] ArrayView::compare(self : ArrayView[T], other : ArrayView[T]) -> Int', (T: Desc, a: V, b: V) =>
      compareElems(T, a.arr, a.start, a.end, b.arr, b.start, b.end),
    ),
    'ArrayView::hash': fn('fn[A : Hash] ArrayView::hash(self : ArrayView[A]) -> Int', (A: Desc, v: V) => hashOfElems(A, v.arr, v.start, v.end)),
    'ArrayView::add': fn('fn[T] ArrayView::add(self : ArrayView[T], other : ArrayView[T]) -> ArrayView[T]', add),

    'MutArrayView::length': fn('fn[T] MutArrayView::length(self : MutArrayView[T]) -> Int', len),
    'MutArrayView::is_empty': fn('fn[T] MutArrayView::is_empty(self : MutArrayView[T]) -> Bool', (v: V) => v.end === v.start),
    'MutArrayView::start_offset': fn('fn[T] MutArrayView::start_offset(self : MutArrayView[T]) -> Int', (v: V) => v.start),
    'MutArrayView::at': fn('#alias("_[_]")\nfn[T] MutArrayView::at(self : MutArrayView[T], index : Int) -> T', at),
    'MutArrayView::set': fn('#alias("_[_]=_")\nfn[T] MutArrayView::set(self : MutArrayView[T], index : Int, value : T) -> Unit', (v: V, index: number, value: unknown) => {
      if (index < 0 || index >= len(v)) outOfBounds(len(v), index);
      v.arr[v.start + index] = value;
    }),
    'MutArrayView::view': fn('#alias("_[_:_]")\nfn[T] MutArrayView::view(self : MutArrayView[T], start? : Int = .., end? : Int) -> ArrayView[T]', (v: V, start: number | undefined, end: unknown) =>
      view(v.arr, v.start, len(v), start, end),
    ),
    'MutArrayView::mut_view': fn('fn[T] MutArrayView::mut_view(self : MutArrayView[T], start? : Int = .., end? : Int) -> MutArrayView[T]', (v: V, start: number | undefined, end: unknown) =>
      view(v.arr, v.start, len(v), start, end),
    ),
    'MutArrayView::to_owned': fn('fn[T] MutArrayView::to_owned(self : MutArrayView[T]) -> Array[T]', (v: V) => v.arr.slice(v.start, v.end)),
    'MutArrayView::iter': fn('fn[X] MutArrayView::iter(self : MutArrayView[X]) -> Iter[X]', (v: V) => iterOf(v.arr, v.start, v.end)),
    'MutArrayView::rev_iter': fn('fn[X] MutArrayView::rev_iter(self : MutArrayView[X]) -> Iter[X]', (v: V) => revIterOf(v.arr, v.start, v.end)),
    'MutArrayView::iter2': fn('fn[X] MutArrayView::iter2(self : MutArrayView[X]) -> Iter2[Int, X]', (v: V) => iter2Of(v.arr, v.start, v.end)),
    'MutArrayView::equal': fn('fn[T : Eq] MutArrayView::equal(self : MutArrayView[T], other : MutArrayView[T]) -> Bool', (T: Desc, a: V, b: V) =>
      equalElems(T, a.arr, a.start, a.end, b.arr, b.start, b.end),
    ),
    'MutArrayView::compare': fn('fn[T : Compare] MutArrayView::compare(self : MutArrayView[T], other : MutArrayView[T]) -> Int', (T: Desc, a: V, b: V) =>
      compareElems(T, a.arr, a.start, a.end, b.arr, b.start, b.end),
    ),
    'MutArrayView::hash': fn('fn[A : Hash] MutArrayView::hash(self : MutArrayView[A]) -> Int', (A: Desc, v: V) => hashOfElems(A, v.arr, v.start, v.end)),
    'MutArrayView::sort': fn('fn[T : Compare] MutArrayView::sort(self : MutArrayView[T]) -> Unit', (T: Desc, v: V) => {
      const eq = T['Eq.equal'] as (a: unknown, b: unknown) => boolean;
      quickSort(v.arr, v.start, v.end, T['Compare.compare'] as Cmp, (a, b) => (eq(a, b) ? 0 : 1));
    }),
    'MutArrayView::sort_by': fn('fn[T] MutArrayView::sort_by(self : MutArrayView[T], cmp : (T, T) -> Int) -> Unit', (v: V, cmp: Cmp) =>
      quickSort(v.arr, v.start, v.end, cmp, undefined),
    ),
    'MutArrayView::sort_by_key': fn('fn[T, K : Compare] MutArrayView::sort_by_key(self : MutArrayView[T], map : (T) -> K) -> Unit', (K: Desc, v: V, map: F1) => {
      const cmp = K['Compare.compare'] as Cmp;
      quickSort(v.arr, v.start, v.end, (a, b) => cmp(map(a), map(b)), undefined);
    }),
    'MutArrayView::stable_sort': fn('fn[T : Compare] MutArrayView::stable_sort(self : MutArrayView[T]) -> Unit', (T: Desc, v: V) =>
      stableSort(v.arr, v.start, v.end, T['Compare.compare'] as Cmp),
    ),
  },
  impls: {
    ...viewImpls('ArrayView'),
    ...viewImpls('MutArrayView'),
    'Add for ArrayView': impl('impl[T] Add for ArrayView[T]', { add }),
  },
});
