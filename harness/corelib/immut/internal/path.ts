// `@immut/internal/path`: `Path`, the tuple struct `Path(UInt)` that
// `@immut/hashmap`'s trie walks with: `{ _0 }`, one object per bit pattern,
// since MoonBit stores it unboxed and `physical_equal` compares the bits.
// A path is a key's hash under a head tag of two set bits; each level reads
// its lowest five bits. Shift amounts are five times a depth, taken modulo
// 32 as MoonBit's `UInt` shifts take them (so `advance(7)` shifts by 3), and
// `push` ORs the raw index in, whatever its range.

import { constant, defineModule, fn, impl } from '../../define.ts';
import type { Desc } from '../../../runtime/desc.ts';
import { pathOf } from '../../support/immut-hamt.ts';
import { unboxedUInt } from '../../support/immut-internal.ts';

interface Path {
  readonly _0: number;
}

const SEGMENT = 5;
const INDEX_MASK = 31;
/** The largest path with one segment left: the head tag and five index bits. */
const MAX_TAIL = 127;

/** Unboxed in MoonBit: paths with the same bits are one value. */
const path: (bits: number) => Path = unboxedUInt();
const shiftBy = (depth: number): number => Math.imul(SEGMENT, depth);

const of = (A: Desc, key: unknown): Path => path(pathOf((A['Hash.hash'] as (x: unknown) => number)(key)));
const equal = (a: Path, b: Path): boolean => a._0 === b._0;

export default defineModule('immut/internal/path', {
  decls: 'pub struct Path(UInt)',
  fns: {
    exhausted: constant('let exhausted : Path', path(3)),
    of: fn('fn[A : Hash] of(key : A) -> Path', of),
    'Path::is_last': fn('fn Path::is_last(self : Path) -> Bool', (self: Path) => self._0 <= MAX_TAIL),
    'Path::push': fn('fn Path::push(self : Path, idx : Int) -> Path', (self: Path, idx: number) => path((self._0 << SEGMENT) | idx)),
    'Path::idx': fn('fn Path::idx(self : Path) -> Int', (self: Path) => self._0 & INDEX_MASK),
    'Path::idx_at': fn('fn Path::idx_at(self : Path, depth : Int) -> Int', (self: Path, depth: number) =>
      (self._0 >>> shiftBy(depth)) & INDEX_MASK,
    ),
    'Path::next': fn('fn Path::next(self : Path) -> Path', (self: Path) => path(self._0 >>> SEGMENT)),
    'Path::advance': fn('fn Path::advance(self : Path, depth : Int) -> Path', (self: Path, depth: number) =>
      path(self._0 >>> shiftBy(depth)),
    ),
    'Path::equal': fn('fn Path::equal(self : Path, other : Path) -> Bool', equal),
  },
  impls: {
    'Eq for @immut/internal/path.Path': impl('impl Eq for Path', { equal }),
  },
});
