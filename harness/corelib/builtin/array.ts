// `Array[T]`: MoonBit's growable array, a JS array. Loops that call back
// into MoonBit code fix the length when they start, as core's `for v in
// self` does (the compiler reads `length()` once), so a callback that
// pushes onto the array does not see the new elements, though it sees
// changed ones; iterators and views fix their bounds when they are made.
//
// On the JS backend an Array's capacity is its length (core has no spare
// storage there): `capacity()` says so, and capacity hints are ignored.

import { defineModule, fn, impl } from '../define.ts';
import { ArrayView, Iter, type Logger } from '../../runtime/core-values.ts';
import type { Desc } from '../../runtime/desc.ts';
import type { Hasher } from '../../runtime/hasher.ts';
import { Some, None, Panic } from '../../runtime/values.ts';
import {
  compareElems, equalElems, getView, hashElems, hashOfElems, indexOfElem, iter2Of, iterOf, joinElems, lexicalCompare,
  outOfBounds, outputElems, revIterOf, seq, span, view,
} from '../support/seq.ts';
import { quickSort } from '../support/sort.ts';
import { filled } from '../support/linked-table.ts';

type Arr = unknown[];
type F1 = (x: unknown) => unknown;
type Cmp = (a: unknown, b: unknown) => number;
type AV = ArrayView | Arr;

function swap(self: Arr, i: number, j: number): void {
  const len = self.length;
  if (i < 0 || i >= len || j < 0 || j >= len) {
    throw new Panic(`index out of bounds: the len is ${len} but the index is (${i}, ${j})`);
  }
  const t = self[i];
  self[i] = self[j];
  self[j] = t;
}

function sortBy(self: Arr, cmp: Cmp, X?: Desc): void {
  const eq = X?.['Eq.equal'] as ((a: unknown, b: unknown) => boolean) | undefined;
  quickSort(self, 0, self.length, cmp, eq && ((a, b) => (eq(a, b) ? 0 : 1)));
}

function append(self: Arr, other: AV): void {
  const [a, s, e] = span(other);
  for (let i = s; i < e; i++) self.push(a[i]);
}

export default defineModule('', {
  decls: 'type Array[T]',
  fns: {
    'Array::new': fn('fn[T] Array::new(capacity? : Int = ..) -> Array[T]', (_capacity?: number) => []),
    'Array::make': fn('fn[T] Array::make(len : Int, elem : T) -> Array[T]', (len: number, elem: unknown) => {
      if (len < 0) throw new Panic('negative array length');
      return filled(len, elem);
    }),
    'Array::makei': fn('fn[T] Array::makei(length : Int, f : (Int) -> T raise?) -> Array[T] raise?', (length: number, f: F1) => {
      const out = [];
      for (let i = 0; i < length; i++) out.push(f(i));
      return out;
    }),
    'Array::from_fixed_array': fn('fn[T] Array::from_fixed_array(arr : FixedArray[T]) -> Array[T]', (arr: Arr) => arr.slice()),
    'Array::from_iter': fn('fn[T] Array::from_iter(iter : Iter[T]) -> Array[T]', (iter: Iter) => {
      const out = [];
      for (let x = iter.next(); x !== Iter.DONE; x = iter.next()) out.push(x);
      return out;
    }),
    'Array::length': fn('fn[T] Array::length(self : Array[T]) -> Int', (self: Arr) => self.length),
    'Array::is_empty': fn('fn[T] Array::is_empty(self : Array[T]) -> Bool', (self: Arr) => self.length === 0),
    'Array::capacity': fn('fn[T] Array::capacity(self : Array[T]) -> Int', (self: Arr) => self.length),
    'Array::reserve_capacity': fn('fn[T] Array::reserve_capacity(self : Array[T], capacity : Int) -> Unit', (_self: Arr, _capacity: number) => undefined),
    'Array::shrink_to_fit': fn('fn[T] Array::shrink_to_fit(self : Array[T]) -> Unit', (_self: Arr) => undefined),
    'Array::at': fn('#alias("_[_]")\nfn[T] Array::at(self : Array[T], index : Int) -> T', (self: Arr, index: number) => {
      if (index < 0 || index >= self.length) outOfBounds(self.length, index);
      return self[index];
    }),
    'Array::get': fn('fn[T] Array::get(self : Array[T], index : Int) -> T?', (self: Arr, index: number) =>
      index >= 0 && index < self.length ? new Some(self[index]) : None,
    ),
    'Array::set': fn('#alias("_[_]=_")\nfn[T] Array::set(self : Array[T], index : Int, value : T) -> Unit', (self: Arr, index: number, value: unknown) => {
      if (index < 0 || index >= self.length) outOfBounds(self.length, index);
      self[index] = value;
    }),
    'Array::push': fn('fn[T] Array::push(self : Array[T], value : T) -> Unit', (self: Arr, value: unknown) => {
      self.push(value);
    }),
    'Array::pop': fn('fn[T] Array::pop(self : Array[T]) -> T?', (self: Arr) => (self.length === 0 ? None : new Some(self.pop()))),
    'Array::append': fn('fn[T] Array::append(self : Array[T], other : ArrayView[T]) -> Unit', append),
    'Array::push_iter': fn('fn[T] Array::push_iter(self : Array[T], iter : Iter[T]) -> Unit', (self: Arr, iter: Iter) => {
      for (let x = iter.next(); x !== Iter.DONE; x = iter.next()) self.push(x);
    }),
    'Array::insert': fn('fn[T] Array::insert(self : Array[T], index : Int, value : T) -> Unit', (self: Arr, index: number, value: unknown) => {
      if (index < 0 || index > self.length) outOfBounds(self.length, index);
      self.splice(index, 0, value);
    }),
    'Array::remove': fn('fn[T] Array::remove(self : Array[T], index : Int) -> T', (self: Arr, index: number) => {
      if (index < 0 || index >= self.length) outOfBounds(self.length, index);
      return self.splice(index, 1)[0];
    }),
    'Array::drain': fn('fn[T] Array::drain(self : Array[T], begin : Int, end : Int) -> Array[T]', (self: Arr, begin: number, end: number) => {
      if (begin < 0 || end > self.length || begin > end) {
        throw new Panic(`index out of bounds: the len is ${self.length} but the index is (${begin}, ${end})`);
      }
      return self.splice(begin, end - begin);
    }),
    'Array::clear': fn('fn[T] Array::clear(self : Array[T]) -> Unit', (self: Arr) => {
      self.length = 0;
    }),
    'Array::truncate': fn('fn[A] Array::truncate(self : Array[A], len : Int) -> Unit', (self: Arr, len: number) => {
      if (len >= 0 && len < self.length) self.length = len;
    }),
    'Array::resize': fn('fn[T] Array::resize(self : Array[T], new_len : Int, f : T) -> Unit', (self: Arr, newLen: number, f: unknown) => {
      if (newLen < 0) throw new Panic('negative new length');
      if (newLen < self.length) self.length = newLen;
      else while (self.length < newLen) self.push(f);
    }),
    'Array::fill': fn('fn[A] Array::fill(self : Array[A], value : A, start? : Int = .., end? : Int) -> Unit', (self: Arr, value: unknown, start: number | undefined, end: unknown) => {
      const len = self.length;
      if (len === 0) return;
      const s = start ?? 0;
      if (s < 0 || s >= len) throw new Panic('fill: start out of bounds');
      const e = end instanceof Some ? (end.value as number) : len;
      if (e < 0 || e > len) throw new Panic('fill: end out of bounds');
      self.fill(value, s, e);
    }),
    'Array::copy': fn('fn[T] Array::copy(self : Array[T]) -> Array[T]', (self: Arr) => self.slice()),
    'Array::swap': fn('fn[T] Array::swap(self : Array[T], i : Int, j : Int) -> Unit', swap),
    'Array::blit_to': fn(
      'fn[A] Array::blit_to(self : Array[A], dst : Array[A], len? : Int = .., src_offset? : Int = .., dst_offset? : Int = ..) -> Unit',
      (self: Arr, dst: Arr, len: number | undefined, srcOffset: number | undefined, dstOffset: number | undefined) => {
        const n = len ?? self.length;
        const so = srcOffset ?? 0;
        const d = dstOffset ?? 0;
        if (n < 0 || d < 0 || so < 0 || d > dst.length || n > self.length - so) throw new Panic('blit_to: index out of bounds');
        // Overlapping copies within one array behave as a memmove.
        const chunk = self.slice(so, so + n);
        for (let i = 0; i < n; i++) dst[d + i] = chunk[i];
      },
    ),
    'Array::view': fn('#alias("_[_:_]")\nfn[T] Array::view(self : Array[T], start? : Int = .., end? : Int) -> ArrayView[T]', (self: Arr, start: number | undefined, end: unknown) =>
      view(self, 0, self.length, start, end),
    ),
    'Array::get_view': fn('fn[T] Array::get_view(self : Array[T], start? : Int = .., end? : Int) -> ArrayView[T]?', (self: Arr, start: number | undefined, end: unknown) =>
      getView(self, 0, self.length, start, end),
    ),
    'Array::mut_view': fn('fn[T] Array::mut_view(self : Array[T], start? : Int = .., end? : Int) -> MutArrayView[T]', (self: Arr, start: number | undefined, end: unknown) =>
      view(self, 0, self.length, start, end),
    ),
    'Array::iter': fn('fn[T] Array::iter(self : Array[T]) -> Iter[T]', (self: Arr) => iterOf(self, 0, self.length)),
    'Array::rev_iter': fn('fn[T] Array::rev_iter(self : Array[T]) -> Iter[T]', (self: Arr) => revIterOf(self, 0, self.length)),
    'Array::iter2': fn('fn[A] Array::iter2(self : Array[A]) -> Iter2[Int, A]', (self: Arr) => iter2Of(self, 0, self.length)),
    'Array::each': fn('fn[T] Array::each(self : Array[T], f : (T) -> Unit raise?) -> Unit raise?', (self: Arr, f: F1) => {
      for (let i = 0, n = self.length; i < n; i++) f(self[i]);
    }),
    'Array::eachi': fn('fn[T] Array::eachi(self : Array[T], f : (Int, T) -> Unit raise?) -> Unit raise?', (self: Arr, f: (i: number, x: unknown) => unknown) => {
      for (let i = 0, n = self.length; i < n; i++) f(i, self[i]);
    }),
    'Array::rev_each': fn('fn[T] Array::rev_each(self : Array[T], f : (T) -> Unit raise?) -> Unit raise?', (self: Arr, f: F1) =>
      seq.rev_each(self, 0, self.length, f),
    ),
    'Array::rev_eachi': fn('fn[T] Array::rev_eachi(self : Array[T], f : (Int, T) -> Unit raise?) -> Unit raise?', (self: Arr, f: (i: number, x: unknown) => unknown) =>
      seq.rev_eachi(self, 0, self.length, f),
    ),
    'Array::all': fn('fn[T] Array::all(self : Array[T], f : (T) -> Bool raise?) -> Bool raise?', arrayAll),
    'Array::every': fn('fn[T] Array::every(self : Array[T], f : (T) -> Bool raise?) -> Bool raise?', arrayAll),
    'Array::any': fn('fn[T] Array::any(self : Array[T], f : (T) -> Bool raise?) -> Bool raise?', arrayAny),
    'Array::exists': fn('fn[T] Array::exists(self : Array[T], f : (T) -> Bool raise?) -> Bool raise?', arrayAny),
    'Array::contains': fn('fn[T : Eq] Array::contains(self : Array[T], value : T) -> Bool', (T: Desc, self: Arr, value: unknown) => {
      const eq = T['Eq.equal'] as (a: unknown, b: unknown) => boolean;
      for (let i = 0; i < self.length; i++) if (eq(self[i], value)) return true;
      return false;
    }),
    'Array::count': fn('fn[T : Eq] Array::count(self : Array[T], value : T) -> Int', (T: Desc, self: Arr, value: unknown) =>
      seq.count(T, self, 0, self.length, value),
    ),
    'Array::count_if': fn('fn[T] Array::count_if(self : Array[T], f : (T) -> Bool raise?) -> Int raise?', (self: Arr, f: F1) => {
      let count = 0;
      for (let i = 0, n = self.length; i < n; i++) if (f(self[i])) count++;
      return count;
    }),
    'Array::search': fn('fn[T : Eq] Array::search(self : Array[T], value : T) -> Int?', (T: Desc, self: Arr, value: unknown) => {
      const i = indexOfElem(T, self, 0, self.length, value);
      return i < 0 ? None : new Some(i);
    }),
    'Array::search_by': fn('#alias(find_index, deprecated)\nfn[T] Array::search_by(self : Array[T], f : (T) -> Bool raise?) -> Int? raise?', (self: Arr, f: F1) => {
      for (let i = 0, n = self.length; i < n; i++) if (f(self[i])) return new Some(i);
      return None;
    }),
    'Array::starts_with': fn('fn[T : Eq] Array::starts_with(self : Array[T], prefix : ArrayView[T]) -> Bool', (T: Desc, self: Arr, prefix: AV) =>
      seq.starts_with(T, self, 0, self.length, prefix),
    ),
    'Array::ends_with': fn('fn[T : Eq] Array::ends_with(self : Array[T], suffix : ArrayView[T]) -> Bool', (T: Desc, self: Arr, suffix: AV) =>
      seq.ends_with(T, self, 0, self.length, suffix),
    ),
    'Array::strip_prefix': fn('fn[T : Eq] Array::strip_prefix(self : Array[T], prefix : ArrayView[T]) -> ArrayView[T]?', (T: Desc, self: Arr, prefix: AV) =>
      seq.strip_prefix(T, self, 0, self.length, prefix),
    ),
    'Array::strip_suffix': fn('fn[T : Eq] Array::strip_suffix(self : Array[T], suffix : ArrayView[T]) -> ArrayView[T]?', (T: Desc, self: Arr, suffix: AV) =>
      seq.strip_suffix(T, self, 0, self.length, suffix),
    ),
    'Array::binary_search': fn('fn[T : Compare] Array::binary_search(self : Array[T], value : T) -> Result[Int, Int]', (T: Desc, self: Arr, value: unknown) =>
      seq.binary_search(T, self, 0, self.length, value),
    ),
    'Array::binary_search_by': fn('fn[T] Array::binary_search_by(self : Array[T], cmp : (T) -> Int raise?) -> Result[Int, Int] raise?', (self: Arr, cmp: (x: unknown) => number) =>
      seq.binary_search_by(self, 0, self.length, cmp),
    ),
    'Array::map': fn('fn[T, U] Array::map(self : Array[T], f : (T) -> U raise?) -> Array[U] raise?', (self: Arr, f: F1) => {
      const out = [];
      for (let i = 0, n = self.length; i < n; i++) out.push(f(self[i]));
      return out;
    }),
    'Array::mapi': fn('fn[T, U] Array::mapi(self : Array[T], f : (Int, T) -> U raise?) -> Array[U] raise?', (self: Arr, f: (i: number, x: unknown) => unknown) => {
      const out = [];
      for (let i = 0, n = self.length; i < n; i++) out.push(f(i, self[i]));
      return out;
    }),
    'Array::map_in_place': fn('#alias(map_inplace, deprecated)\nfn[T] Array::map_in_place(self : Array[T], f : (T) -> T raise?) -> Unit raise?', (self: Arr, f: F1) => {
      for (let i = 0, n = self.length; i < n; i++) self[i] = f(self[i]);
    }),
    'Array::mapi_in_place': fn('fn[T] Array::mapi_in_place(self : Array[T], f : (Int, T) -> T raise?) -> Unit raise?', (self: Arr, f: (i: number, x: unknown) => unknown) => {
      for (let i = 0, n = self.length; i < n; i++) self[i] = f(i, self[i]);
    }),
    'Array::filter': fn('fn[T] Array::filter(self : Array[T], f : (T) -> Bool raise?) -> Array[T] raise?', (self: Arr, f: F1) => {
      const out = [];
      for (let i = 0, n = self.length; i < n; i++) if (f(self[i])) out.push(self[i]);
      return out;
    }),
    'Array::filter_map': fn('fn[A, B] Array::filter_map(self : Array[A], f : (A) -> B? raise?) -> Array[B] raise?', (self: Arr, f: F1) => {
      const out = [];
      for (let i = 0, n = self.length; i < n; i++) {
        const r = f(self[i]);
        if (r instanceof Some) out.push(r.value);
      }
      return out;
    }),
    'Array::fold': fn('fn[A, B] Array::fold(self : Array[A], init~ : B, f : (B, A) -> B raise?) -> B raise?', (self: Arr, init: unknown, f: (acc: unknown, x: unknown) => unknown) => {
      let acc = init;
      for (let i = 0, n = self.length; i < n; i++) acc = f(acc, self[i]);
      return acc;
    }),
    'Array::foldi': fn('fn[A, B] Array::foldi(self : Array[A], init~ : B, f : (Int, B, A) -> B raise?) -> B raise?', (self: Arr, init: unknown, f: (i: number, acc: unknown, x: unknown) => unknown) => {
      let acc = init;
      for (let i = 0, n = self.length; i < n; i++) acc = f(i, acc, self[i]);
      return acc;
    }),
    'Array::rev_fold': fn('fn[A, B] Array::rev_fold(self : Array[A], init~ : B, f : (B, A) -> B raise?) -> B raise?', (self: Arr, init: unknown, f: (acc: unknown, x: unknown) => unknown) =>
      seq.rev_fold(self, 0, self.length, init, f),
    ),
    'Array::rev_foldi': fn('fn[A, B] Array::rev_foldi(self : Array[A], init~ : B, f : (Int, B, A) -> B raise?) -> B raise?', (self: Arr, init: unknown, f: (i: number, acc: unknown, x: unknown) => unknown) =>
      seq.rev_foldi(self, 0, self.length, init, f),
    ),
    'Array::retain': fn('fn[T] Array::retain(self : Array[T], f : (T) -> Bool raise?) -> Unit raise?', (self: Arr, f: F1) => {
      let write = 0;
      for (let read = 0; read < self.length; read++) {
        const v = self[read];
        if (f(v)) self[write++] = v;
      }
      self.length = write;
    }),
    'Array::retain_map': fn('fn[A] Array::retain_map(self : Array[A], f : (A) -> A? raise?) -> Unit raise?', (self: Arr, f: F1) => {
      const len = self.length;
      let write = 0;
      for (let read = 0; read < len; read++) {
        const r = f(self[read]);
        if (r instanceof Some) self[write++] = r.value;
      }
      self.length = write;
    }),
    'Array::extract_if': fn('fn[T] Array::extract_if(self : Array[T], f : (T) -> Bool raise?) -> Array[T] raise?', (self: Arr, f: F1) => {
      const removed = [];
      const len = self.length;
      let write = 0;
      for (let read = 0; read < len; read++) {
        const v = self[read];
        if (f(v)) removed.push(v);
        else self[write++] = v;
      }
      if (write < self.length) self.length = write;
      return removed;
    }),
    'Array::dedup': fn('fn[T : Eq] Array::dedup(self : Array[T]) -> Unit', (T: Desc, self: Arr) => {
      if (self.length === 0) return;
      const eq = T['Eq.equal'] as (a: unknown, b: unknown) => boolean;
      let w = 1;
      for (let i = 1; i < self.length; i++) if (!eq(self[i], self[w - 1])) self[w++] = self[i];
      self.length = w;
    }),
    'Array::rev': fn('fn[T] Array::rev(self : Array[T]) -> Array[T]', (self: Arr) => self.slice().reverse()),
    'Array::rev_in_place': fn('fn[T] Array::rev_in_place(self : Array[T]) -> Unit', (self: Arr) => {
      self.reverse();
    }),
    // Its deprecated alias.
    'Array::rev_inplace': fn('fn[T] Array::rev_inplace(self : Array[T]) -> Unit', (self: Arr) => {
      self.reverse();
    }),
    'Array::flatten': fn('fn[T] Array::flatten(self : Array[Array[T]]) -> Array[T]', (self: Arr[]) => {
      const out = [];
      for (const xs of self) for (const x of xs) out.push(x);
      return out;
    }),
    'Array::repeat': fn('fn[T] Array::repeat(self : Array[T], times : Int) -> Array[T]', (self: Arr, times: number) => {
      if (times < 0) throw new Panic('negative repeat count');
      const out = [];
      for (let t = 0; t < times; t++) for (const x of self) out.push(x);
      return out;
    }),
    'Array::last': fn('fn[A] Array::last(self : Array[A]) -> A?', (self: Arr) => seq.last(self, 0, self.length)),
    'Array::zip': fn('fn[A, B] Array::zip(self : Array[A], other : Array[B]) -> Array[(A, B)]', (self: Arr, other: Arr) => {
      const n = Math.min(self.length, other.length);
      const out = [];
      for (let i = 0; i < n; i++) out.push([self[i], other[i]]);
      return out;
    }),
    'Array::unzip': fn('fn[T1, T2] Array::unzip(self : Array[(T1, T2)]) -> (Array[T1], Array[T2])', (self: [unknown, unknown][]) => [
      self.map((p) => p[0]),
      self.map((p) => p[1]),
    ]),
    'Array::zip_to_iter2': fn('fn[A, B] Array::zip_to_iter2(self : Array[A], other : Array[B]) -> Iter2[A, B]', (self: Arr, other: Arr) => {
      const n = Math.min(self.length, other.length);
      let i = 0;
      return { _0: new Iter(() => (i < n ? [self[i], other[i++]] : Iter.DONE)) };
    }),
    'Array::join': fn('fn[A : ToStringView] Array::join(self : Array[A], separator : StringView) -> String', (A: Desc, self: Arr, separator: unknown) =>
      joinElems(A, self, 0, self.length, separator),
    ),
    'Array::lexical_compare': fn('fn[T : Compare] Array::lexical_compare(self : Array[T], other : Array[T]) -> Int', (T: Desc, self: Arr, other: Arr) =>
      lexicalCompare(T, self, 0, self.length, other, 0, other.length),
    ),
    'Array::chunks': fn('fn[T] Array::chunks(self : Array[T], size : Int) -> Array[ArrayView[T]]', (self: Arr, size: number) =>
      seq.chunks(self, 0, self.length, size),
    ),
    'Array::chunk_by': fn('fn[T] Array::chunk_by(self : Array[T], pred : (T, T) -> Bool raise?) -> Array[ArrayView[T]] raise?', (self: Arr, pred: (a: unknown, b: unknown) => unknown) =>
      seq.chunk_by(self, 0, self.length, pred),
    ),
    'Array::windows': fn('fn[T] Array::windows(self : Array[T], size : Int) -> Array[ArrayView[T]]', (self: Arr, size: number) =>
      seq.windows(self, 0, self.length, size),
    ),
    'Array::suffixes': fn('fn[T] Array::suffixes(self : Array[T], include_empty? : Bool = ..) -> Iter[ArrayView[T]]', (self: Arr, includeEmpty: boolean | undefined) =>
      seq.suffixes(self, 0, self.length, includeEmpty),
    ),
    'Array::split': fn('fn[T] Array::split(self : Array[T], pred : (T) -> Bool raise?) -> Array[Array[T]] raise?', (self: Arr, pred: F1) => {
      const chunks = [];
      for (let i = 0; i < self.length; i++) {
        const chunk = [];
        for (; i < self.length && !pred(self[i]); i++) chunk.push(self[i]);
        chunks.push(chunk);
      }
      return chunks;
    }),
    'Array::is_sorted': fn('fn[T : Compare] Array::is_sorted(self : Array[T]) -> Bool', (T: Desc, self: Arr) => seq.is_sorted(T, self, 0, self.length)),
    'Array::sort': fn('fn[T : Compare] Array::sort(self : Array[T]) -> Unit', (T: Desc, self: Arr) =>
      sortBy(self, T['Compare.compare'] as Cmp, T),
    ),
    'Array::sort_by': fn('fn[T] Array::sort_by(self : Array[T], cmp : (T, T) -> Int) -> Unit', (self: Arr, cmp: Cmp) => sortBy(self, cmp)),
    'Array::sort_by_key': fn('fn[T, K : Compare] Array::sort_by_key(self : Array[T], map : (T) -> K) -> Unit', (K: Desc, self: Arr, map: F1) => {
      const cmp = K['Compare.compare'] as Cmp;
      sortBy(self, (a, b) => cmp(map(a), map(b)));
    }),
    // The trait impls' methods, callable as methods too (`a.compare(b)`, `a.hash()`).
    'Array::equal': fn('fn[T : Eq] Array::equal(self : Array[T], other : Array[T]) -> Bool', (T: Desc, a: Arr, b: Arr) =>
      equalElems(T, a, 0, a.length, b, 0, b.length),
    ),
    'Array::compare': fn('fn[T : Compare] Array::compare(self : Array[T], other : Array[T]) -> Int', (T: Desc, a: Arr, b: Arr) =>
      compareElems(T, a, 0, a.length, b, 0, b.length),
    ),
    'Array::hash': fn('fn[T : Hash] Array::hash(self : Array[T]) -> Int', (T: Desc, a: Arr) => hashOfElems(T, a, 0, a.length)),
    'Array::add': fn('fn[T] Array::add(self : Array[T], other : Array[T]) -> Array[T]', (a: Arr, b: Arr) => a.concat(b)),
    'Array::shuffle_in_place': fn('fn[T] Array::shuffle_in_place(self : Array[T], rand~ : (Int) -> Int) -> Unit', shuffleInPlace),
    'Array::shuffle': fn('fn[T] Array::shuffle(self : Array[T], rand~ : (Int) -> Int) -> Array[T]', (self: Arr, rand: (n: number) => number) => {
      const out = self.slice();
      shuffleInPlace(out, rand);
      return out;
    }),
  },
  impls: {
    'Show for Array': impl('impl[X : Show] Show for Array[X]', (X: Desc) => ({
      output: (self: Arr, logger: Logger) => outputElems(X, self, 0, self.length, logger),
    })),
    'Eq for Array': impl('impl[T : Eq] Eq for Array[T]', (T: Desc) => ({
      equal: (a: Arr, b: Arr) => equalElems(T, a, 0, a.length, b, 0, b.length),
    })),
    'Compare for Array': impl('impl[T : Compare] Compare for Array[T]', (T: Desc) => ({
      compare: (a: Arr, b: Arr) => compareElems(T, a, 0, a.length, b, 0, b.length),
    })),
    'Hash for Array': impl('impl[T : Hash] Hash for Array[T]', (T: Desc) => ({
      hash_combine: (self: Arr, hasher: Hasher) => hashElems(T, self, 0, self.length, hasher),
    })),
    'Add for Array': impl('impl[T] Add for Array[T]', { add: (a: Arr, b: Arr) => a.concat(b) }),
    'Default for Array': impl('impl[T] Default for Array[T]', { default: () => [] }),
  },
});

function arrayAll(self: Arr, f: F1): boolean {
  for (let i = 0, n = self.length; i < n; i++) if (!f(self[i])) return false;
  return true;
}

function arrayAny(self: Arr, f: F1): boolean {
  for (let i = 0, n = self.length; i < n; i++) if (f(self[i])) return true;
  return false;
}

function shuffleInPlace(self: Arr, rand: (n: number) => number): void {
  for (let i = self.length - 1; i >= 1; i--) swap(self, i, (rand(i + 1) % (i + 1)) | 0);
}

