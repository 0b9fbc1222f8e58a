// `@immut/internal/sparse_array`: `SparseArray[X]`, at most 32 slots stored
// densely: the struct `{ elem_info, data }`, whose `elem_info` is the tuple
// struct `Bitset(UInt)` (`{ _0 }`) of the slots present and whose `data` holds
// their elements in ascending slot order (a bitset is one object per bit
// pattern: MoonBit stores it unboxed). A slot is taken modulo 32, as
// MoonBit's shifts take it.
//
// Core trusts its callers (`add` wants an absent slot, `remove` and `replace`
// a present one, `from_sorted_fixed_array` matching sorted indices) and
// checks nothing; what it then does follows from the slot's rank (the number
// of lower slots present), and is reproduced here: `add` of a present slot
// inserts a second element, `remove` of an absent one adds the slot and drops
// the element at its rank, and reading past `data` panics. `union`,
// `difference` and `filter` read the receiver's first element before
// anything else, so they panic on an empty receiver.

import { defineModule, fn, impl } from '../../define.ts';
import { equal, type Desc } from '../../../runtime/desc.ts';
import { None, Panic, Some, type Option } from '../../../runtime/values.ts';
import { unboxedUInt } from '../../support/immut-internal.ts';

interface Bitset {
  readonly _0: number;
}

interface SparseArray {
  readonly elem_info: Bitset;
  readonly data: unknown[];
}

type Merge = (a: unknown, b: unknown) => unknown;
type MaybeMerge = (a: unknown, b: unknown) => Option<unknown>;

const bit = (slot: number): number => (1 << slot) >>> 0;
const has = (bits: number, slot: number): boolean => ((bits >>> slot) & 1) === 1;
const lowestSlot = (bits: number): number => (bits === 0 ? 32 : 31 - Math.clz32(bits & -bits));

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v !== 0; v &= v - 1) n++;
  return n;
}

/** Where `slot`'s element is (or would go) in `data`: the number of lower slots present. */
const rankOf = (bits: number, slot: number): number => popcount(bits & ((1 << slot) - 1));

/** The present slots, ascending. */
function* slotsOf(bits: number): Generator<number> {
  for (let rest = bits >>> 0; rest !== 0; rest = (rest & (rest - 1)) >>> 0) yield lowestSlot(rest);
}

/** Unboxed in MoonBit: bitsets with the same bits are one value. */
const bitset: (bits: number) => Bitset = unboxedUInt();
const sparse = (bits: number, data: unknown[]): SparseArray => ({ elem_info: bitset(bits), data });

/** Core's bounds-checked `data[i]`. */
function checkIndex(data: readonly unknown[], i: number): void {
  if (i >= data.length) throw new Panic(`index out of bounds: the len is ${data.length} but the index is ${i}`);
}

function elementAt(data: readonly unknown[], i: number): unknown {
  checkIndex(data, i);
  return data[i];
}

const at = (sa: SparseArray, slot: number): unknown => elementAt(sa.data, rankOf(sa.elem_info._0, slot));

/** Core fills its result with the receiver's first element before anything else, so an empty receiver panics. */
const checkNotEmpty = (sa: SparseArray): void => checkIndex(sa.data, 0);

/** The slots of `bits` for which `pick` gives an element, or `None` when it gives none. */
function keepSome(bits: number, pick: (slot: number) => Option<unknown>): Option<SparseArray> {
  let kept = bits;
  const data: unknown[] = [];
  for (const slot of slotsOf(bits)) {
    const r = pick(slot);
    if (r instanceof Some) data.push(r.value);
    else kept ^= bit(slot);
  }
  return kept === 0 ? None : new Some(sparse(kept, data));
}

const empty = (): SparseArray => sparse(0, []);
const singleton = (slot: number, value: unknown): SparseArray => sparse(bit(slot), [value]);

const doubleton = (slot1: number, value1: unknown, slot2: number, value2: unknown): SparseArray =>
  sparse(bit(slot1) | bit(slot2), slot1 < slot2 ? [value1, value2] : [value2, value1]);

/** Keeps `data` itself: later writes to it show through. */
const fromSorted = (indices: readonly number[], data: unknown[]): SparseArray =>
  sparse(indices.reduce((bits, slot) => bits | bit(slot), 0), data);

const get = (sa: SparseArray, slot: number): Option<unknown> => (has(sa.elem_info._0, slot) ? new Some(at(sa, slot)) : None);

function add(sa: SparseArray, slot: number, value: unknown): SparseArray {
  const pos = rankOf(sa.elem_info._0, slot);
  if (pos > sa.data.length) throw new Panic('bounds check failed');
  return sparse(sa.elem_info._0 | bit(slot), [...sa.data.slice(0, pos), value, ...sa.data.slice(pos)]);
}

function remove(sa: SparseArray, slot: number): SparseArray {
  const pos = rankOf(sa.elem_info._0, slot);
  if (pos >= sa.data.length) throw new Panic('bounds check failed');
  return sparse(sa.elem_info._0 ^ bit(slot), [...sa.data.slice(0, pos), ...sa.data.slice(pos + 1)]);
}

function replace(sa: SparseArray, slot: number, value: unknown): SparseArray {
  const pos = rankOf(sa.elem_info._0, slot);
  checkIndex(sa.data, pos);
  const data = sa.data.slice();
  data[pos] = value;
  return sparse(sa.elem_info._0, data);
}

function union(a: SparseArray, b: SparseArray, f: Merge): SparseArray {
  const bits = (a.elem_info._0 | b.elem_info._0) >>> 0;
  checkNotEmpty(a);
  const data: unknown[] = [];
  for (const slot of slotsOf(bits)) {
    if (!has(a.elem_info._0, slot)) data.push(at(b, slot));
    else {
      const left = at(a, slot);
      data.push(has(b.elem_info._0, slot) ? f(left, at(b, slot)) : left);
    }
  }
  return sparse(bits, data);
}

function intersection(a: SparseArray, b: SparseArray, f: MaybeMerge): Option<SparseArray> {
  const bits = (a.elem_info._0 & b.elem_info._0) >>> 0;
  if (bits === 0) return None;
  checkNotEmpty(a);
  return keepSome(bits, (slot) => f(at(a, slot), at(b, slot)));
}

function difference(a: SparseArray, b: SparseArray, f: MaybeMerge): Option<SparseArray> {
  checkNotEmpty(a);
  return keepSome(a.elem_info._0, (slot) => {
    if (!has(b.elem_info._0, slot)) return new Some(at(a, slot));
    const right = at(b, slot);
    return f(at(a, slot), right);
  });
}

function filter(sa: SparseArray, pred: (x: unknown) => Option<unknown>): Option<SparseArray> {
  checkNotEmpty(sa);
  return keepSome(sa.elem_info._0, (slot) => pred(at(sa, slot)));
}

/** Visits as many elements as slots are present, reading `data` from the start. */
function each(sa: SparseArray, f: (x: unknown) => void): void {
  const n = popcount(sa.elem_info._0);
  for (let i = 0; i < n; i++) f(elementAt(sa.data, i));
}

const length = (sa: SparseArray): number => sa.data.length;

const bitsEqual = (a: Bitset, b: Bitset): boolean => a._0 === b._0;

/** The derived equality: the bitsets, then the arrays element by element. */
function sparseEqual(X: Desc, a: SparseArray, b: SparseArray): boolean {
  if (!bitsEqual(a.elem_info, b.elem_info) || a.data.length !== b.data.length) return false;
  return a.data.every((x, i) => equal(X, x, b.data[i]));
}

const SA = 'SparseArray[X]';
const sigLength = (name: string) => `fn[X] ${name}(self : ${SA}) -> Int`;

export default defineModule('immut/internal/sparse_array', {
  decls: `
    pub struct Bitset(UInt)
    pub struct SparseArray[X] {
      elem_info : Bitset
      data : FixedArray[X]
    }
  `,
  fns: {
    'Bitset::first_idx': fn('fn Bitset::first_idx(self : Bitset) -> Int', (self: Bitset) => lowestSlot(self._0)),
    'Bitset::equal': fn('fn Bitset::equal(self : Bitset, other : Bitset) -> Bool', bitsEqual),
    empty: fn(`fn[X] empty() -> ${SA}`, empty),
    singleton: fn(`fn[X] singleton(idx : Int, value : X) -> ${SA}`, singleton),
    doubleton: fn(`fn[X] doubleton(idx1 : Int, value1 : X, idx2 : Int, value2 : X) -> ${SA}`, doubleton),
    from_sorted_fixed_array: fn(`fn[X] from_sorted_fixed_array(indices : FixedArray[Int], data : FixedArray[X]) -> ${SA}`, fromSorted),
    'SparseArray::get': fn(`fn[X] SparseArray::get(self : ${SA}, idx : Int) -> X?`, get),
    'SparseArray::add': fn(`fn[X] SparseArray::add(self : ${SA}, idx : Int, value : X) -> ${SA}`, add),
    'SparseArray::remove': fn(`fn[X] SparseArray::remove(self : ${SA}, idx : Int) -> ${SA}`, remove),
    'SparseArray::replace': fn(`fn[X] SparseArray::replace(self : ${SA}, idx : Int, value : X) -> ${SA}`, replace),
    'SparseArray::union': fn(`fn[X] SparseArray::union(self : ${SA}, other : ${SA}, f : (X, X) -> X raise?) -> ${SA} raise?`, union),
    'SparseArray::intersection': fn(
      `fn[X] SparseArray::intersection(self : ${SA}, other : ${SA}, f : (X, X) -> X? raise?) -> ${SA}? raise?`,
      intersection,
    ),
    'SparseArray::difference': fn(`fn[X] SparseArray::difference(self : ${SA}, other : ${SA}, f : (X, X) -> X?) -> ${SA}?`, difference),
    'SparseArray::map': fn(`fn[X, Y] SparseArray::map(self : ${SA}, f : (X) -> Y raise?) -> SparseArray[Y] raise?`, (sa: SparseArray, f: (x: unknown) => unknown) =>
      sparse(sa.elem_info._0, sa.data.map((x) => f(x))),
    ),
    'SparseArray::filter': fn(`fn[X] SparseArray::filter(self : ${SA}, pred : (X) -> X? raise?) -> ${SA}? raise?`, filter),
    'SparseArray::each': fn(`fn[X] SparseArray::each(self : ${SA}, f : (X) -> Unit raise?) -> Unit raise?`, each),
    'SparseArray::length': fn(sigLength('SparseArray::length'), length),
    'SparseArray::size': fn(sigLength('SparseArray::size'), length),
    'SparseArray::equal': fn(`fn[X : Eq] SparseArray::equal(self : ${SA}, other : ${SA}) -> Bool`, sparseEqual),
  },
  impls: {
    'Eq for @immut/internal/sparse_array.Bitset': impl('impl Eq for Bitset', { equal: bitsEqual }),
    'Eq for @immut/internal/sparse_array.SparseArray': impl(`impl[X : Eq] Eq for ${SA}`, (X: Desc) => ({
      equal: (a: SparseArray, b: SparseArray) => sparseEqual(X, a, b),
    })),
  },
});
