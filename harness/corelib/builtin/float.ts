// `Float`: its methods (defined in @float) and trait implementations. A Float
// is a number already rounded with Math.fround; every operation rounds again.
// It renders as its value widened to Double (float/methods.mbt).

import { defineModule, fn } from '../define.ts';
import { Float as F32, int64ToFloat } from '../../runtime/ints.ts';
import { fr, floatBits, floatFromBits, panic, bigEndianBytes, littleEndianBytes, until } from '../support/numeric.ts';
import { showImpl, eqImpl, compareImpl, hashImpl, defaultImpl, operatorImpls } from '../support/numeric-impls.ts';

const min = (a: number, b: number): number => (a !== a ? b : b !== b ? a : a < b ? a : b);
const max = (a: number, b: number): number => (a !== a ? b : b !== b ? a : a > b ? a : b);
const isInf = (x: number): boolean => x === Infinity || x === -Infinity;

function clamp(self: number, lo: number, hi: number): number {
  if (!(lo <= hi)) panic('Float::clamp: min > max');
  return self < lo ? lo : self > hi ? hi : self;
}

const DEFAULT_RELATIVE_TOLERANCE = fr(1e-9);
/** As Double::is_close, in Float arithmetic. */
function isClose(self: number, other: number, relative?: number, absolute?: number): boolean {
  const rel = relative ?? DEFAULT_RELATIVE_TOLERANCE;
  const abs = absolute ?? 0;
  if (rel < 0 || abs < 0) panic('Tolerances must be non-negative');
  if (self === other) return true;
  if (isInf(self) || isInf(other)) return false;
  const diff = Math.abs(fr(other - self));
  return diff <= Math.abs(fr(rel * other)) || diff <= Math.abs(fr(rel * self)) || diff <= abs;
}

/** wasm's Float `round` is `floor(x + 0.5)` in Float arithmetic (so 0.49999997 rounds to 1, unlike Math.round). */
export const round = (x: number): number => Math.floor(fr(x + 0.5));
/** Deprecated: through Double. */
export const pow = (self: number, other: number): number => fr(Math.pow(self, other));

export default defineModule('', {
  fns: {
    'Float::Float': fn('fn Float::Float(self : Float) -> Float', (self: number) => self),
    'Float::from_int': fn('fn Float::from_int(self : Int) -> Float', fr),
    'Float::from_uint': fn('fn Float::from_uint(self : UInt) -> Float', fr),
    'Float::from_byte': fn('fn Float::from_byte(self : Byte) -> Float', (self: number) => self),
    'Float::from_double': fn('fn Float::from_double(self : Double) -> Float', fr),
    'Float::from_int64': fn('fn Float::from_int64(self : Int64) -> Float', int64ToFloat),
    'Float::from_uint64': fn('fn Float::from_uint64(self : UInt64) -> Float', int64ToFloat),
    'Float::reinterpret_from_int': fn('fn Float::reinterpret_from_int(self : Int) -> Float', floatFromBits),
    'Float::reinterpret_from_uint': fn('fn Float::reinterpret_from_uint(self : UInt) -> Float', floatFromBits),
    'Float::reinterpret_as_int': fn('fn Float::reinterpret_as_int(self : Float) -> Int', F32.reinterpret_as_int),
    'Float::reinterpret_as_uint': fn('fn Float::reinterpret_as_uint(self : Float) -> UInt', F32.reinterpret_as_uint),
    'Float::to_double': fn('fn Float::to_double(self : Float) -> Double', F32.to_double),
    'Float::to_int': fn('fn Float::to_int(self : Float) -> Int', F32.to_int),
    'Float::to_be_bytes': fn('fn Float::to_be_bytes(self : Float) -> Bytes', (self: number) => bigEndianBytes(BigInt(floatBits(self)), 4)),
    'Float::to_le_bytes': fn('fn Float::to_le_bytes(self : Float) -> Bytes', (self: number) => littleEndianBytes(BigInt(floatBits(self)), 4)),
    'Float::is_nan': fn('fn Float::is_nan(self : Float) -> Bool', Number.isNaN),
    'Float::is_inf': fn('fn Float::is_inf(self : Float) -> Bool', isInf),
    'Float::is_pos_inf': fn('fn Float::is_pos_inf(self : Float) -> Bool', (x: number) => x === Infinity),
    'Float::is_neg_inf': fn('fn Float::is_neg_inf(self : Float) -> Bool', (x: number) => x === -Infinity),
    'Float::min': fn('fn Float::min(self : Float, other : Float) -> Float', min),
    'Float::max': fn('fn Float::max(self : Float, other : Float) -> Float', max),
    'Float::clamp': fn('fn Float::clamp(self : Float, min~ : Float, max~ : Float) -> Float', clamp),
    'Float::lerp': fn('fn Float::lerp(self : Float, target~ : Float, t~ : Float) -> Float', (self: number, target: number, t: number) => fr(self + fr(fr(target - self) * t))),
    'Float::signum': fn('fn Float::signum(self : Float) -> Float', (x: number) => (x < 0 ? -1 : x > 0 ? 1 : x)),
    'Float::is_close': fn(
      'fn Float::is_close(self : Float, other : Float, relative_tolerance? : Float = .., absolute_tolerance? : Float = ..) -> Bool',
      isClose,
    ),
    'Float::abs': fn('fn Float::abs(self : Float) -> Float', Math.abs),
    'Float::sqrt': fn('fn Float::sqrt(self : Float) -> Float', F32.sqrt),
    'Float::pow': fn('fn Float::pow(self : Float, other : Float) -> Float', pow),
    'Float::trunc': fn('fn Float::trunc(self : Float) -> Float', Math.trunc),
    'Float::ceil': fn('fn Float::ceil(self : Float) -> Float', Math.ceil),
    'Float::floor': fn('fn Float::floor(self : Float) -> Float', Math.floor),
    'Float::round': fn('fn Float::round(self : Float) -> Float', round),
    'Float::op_neq': fn('fn Float::op_neq(self : Float, other : Float) -> Bool', (a: number, b: number) => a !== b),
    'Float::until': fn(
      'fn Float::until(self : Float, end : Float, step? : Float = .., inclusive? : Bool = ..) -> Iter[Float]',
      (self: number, end: number, step?: number, inclusive?: boolean) =>
        until(self, end, step ?? 1, inclusive ?? false, 0, F32.add),
    ),
  },
  impls: {
    ...showImpl('Float', String),
    ...eqImpl('Float'),
    ...compareImpl('Float'),
    ...hashImpl('Float', (h, x: number) => h.combine_uint(floatBits(x))),
    ...defaultImpl('Float', 0),
    ...operatorImpls('Float', {
      Add: F32.add,
      Sub: F32.sub,
      Mul: F32.mul,
      Div: F32.div,
      Mod: F32.mod,
      Neg: F32.neg,
    }),
  },
});
