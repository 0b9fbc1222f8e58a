// `Double`: its methods (builtin and @double) and trait implementations.
// Rendering is ECMAScript's Number#toString on every backend (core's ryu is
// adapted to it); rounding functions are wasm's instructions, which
// JavaScript's Math functions match exactly (Math.round included: core's
// wasm `round` is round-half-up with the sign of zero kept).

import { defineModule, fn } from '../define.ts';
import { Double as F64 } from '../../runtime/ints.ts';
import { doubleBits, panic, bigEndianBytes, littleEndianBytes, until } from '../support/numeric.ts';
import { showImpl, eqImpl, compareImpl, hashImpl, defaultImpl, operatorImpls } from '../support/numeric-impls.ts';

/** min/max ignore a NaN operand; on a tie the second operand wins (so min(0, -0) is -0). */
const min = (a: number, b: number): number => (a !== a ? b : b !== b ? a : a < b ? a : b);
const max = (a: number, b: number): number => (a !== a ? b : b !== b ? a : a > b ? a : b);

function clamp(self: number, lo: number, hi: number): number {
  if (!(lo <= hi)) panic('Double::clamp: min > max');
  return self < lo ? lo : self > hi ? hi : self;
}

const signum = (x: number): number => (x < 0 ? -1 : x > 0 ? 1 : x);
const isInf = (x: number): boolean => x === Infinity || x === -Infinity;

export function isClose(self: number, other: number, relative?: number, absolute?: number): boolean {
  const rel = relative ?? 1e-9;
  const abs = absolute ?? 0;
  if (rel < 0 || abs < 0) panic('Tolerances must be non-negative');
  if (self === other) return true;
  if (isInf(self) || isInf(other)) return false;
  const diff = Math.abs(other - self);
  return diff <= Math.abs(rel * other) || diff <= Math.abs(rel * self) || diff <= abs;
}


export default defineModule('', {
  fns: {
    'Double::Double': fn('fn Double::Double(self : Double) -> Double', (self: number) => self),
    'Double::from_int': fn('fn Double::from_int(i : Int) -> Double', (i: number) => i),
    'Double::convert_uint': fn('fn Double::convert_uint(val : UInt) -> Double', (val: number) => val),
    'Double::convert_uint64': fn('fn Double::convert_uint64(val : UInt64) -> Double', Number),
    'Double::abs': fn('fn Double::abs(self : Double) -> Double', Math.abs),
    'Double::min': fn('fn Double::min(self : Double, other : Double) -> Double', min),
    'Double::max': fn('fn Double::max(self : Double, other : Double) -> Double', max),
    'Double::clamp': fn('fn Double::clamp(self : Double, min~ : Double, max~ : Double) -> Double', clamp),
    'Double::lerp': fn('fn Double::lerp(self : Double, target~ : Double, t~ : Double) -> Double', (self: number, target: number, t: number) => self + (target - self) * t),
    'Double::signum': fn('fn Double::signum(self : Double) -> Double', signum),
    'Double::is_nan': fn('fn Double::is_nan(self : Double) -> Bool', Number.isNaN),
    'Double::is_inf': fn('fn Double::is_inf(self : Double) -> Bool', isInf),
    'Double::is_pos_inf': fn('fn Double::is_pos_inf(self : Double) -> Bool', (x: number) => x === Infinity),
    'Double::is_neg_inf': fn('fn Double::is_neg_inf(self : Double) -> Bool', (x: number) => x === -Infinity),
    'Double::is_close': fn(
      'fn Double::is_close(self : Double, other : Double, relative_tolerance? : Double = .., absolute_tolerance? : Double = ..) -> Bool',
      isClose,
    ),
    'Double::to_string': fn('fn Double::to_string(self : Double) -> String', String),
    'Double::sqrt': fn('fn Double::sqrt(self : Double) -> Double', Math.sqrt),
    'Double::pow': fn('fn Double::pow(self : Double, other : Double) -> Double', Math.pow),
    'Double::trunc': fn('fn Double::trunc(self : Double) -> Double', Math.trunc),
    'Double::ceil': fn('fn Double::ceil(self : Double) -> Double', Math.ceil),
    'Double::floor': fn('fn Double::floor(self : Double) -> Double', Math.floor),
    'Double::round': fn('fn Double::round(self : Double) -> Double', Math.round),
    'Double::to_int': fn('fn Double::to_int(self : Double) -> Int', F64.to_int),
    'Double::to_uint': fn('fn Double::to_uint(self : Double) -> UInt', F64.to_uint),
    'Double::to_int64': fn('fn Double::to_int64(self : Double) -> Int64', F64.to_int64),
    'Double::to_uint64': fn('fn Double::to_uint64(self : Double) -> UInt64', F64.to_uint64),
    'Double::to_float': fn('fn Double::to_float(self : Double) -> Float', Math.fround),
    'Double::reinterpret_as_int64': fn('fn Double::reinterpret_as_int64(self : Double) -> Int64', F64.reinterpret_as_int64),
    'Double::reinterpret_as_i64': fn('fn Double::reinterpret_as_i64(self : Double) -> Int64', F64.reinterpret_as_int64),
    'Double::reinterpret_as_uint64': fn('fn Double::reinterpret_as_uint64(self : Double) -> UInt64', F64.reinterpret_as_uint64),
    'Double::reinterpret_as_u64': fn('fn Double::reinterpret_as_u64(self : Double) -> UInt64', F64.reinterpret_as_uint64),
    'Double::op_neq': fn('fn Double::op_neq(self : Double, other : Double) -> Bool', (a: number, b: number) => a !== b),
    'Double::to_be_bytes': fn('fn Double::to_be_bytes(self : Double) -> Bytes', (self: number) => bigEndianBytes(doubleBits(self), 8)),
    'Double::to_le_bytes': fn('fn Double::to_le_bytes(self : Double) -> Bytes', (self: number) => littleEndianBytes(doubleBits(self), 8)),
    'Double::until': fn(
      'fn Double::until(self : Double, end : Double, step? : Double = .., inclusive? : Bool = ..) -> Iter[Double]',
      (self: number, end: number, step?: number, inclusive?: boolean) =>
        until(self, end, step ?? 1, inclusive ?? false, 0, F64.add),
    ),
    // @double's deprecated constructors of special values.
    'Double::nan': fn('fn Double::nan() -> Double', () => NaN),
    'Double::inf': fn('fn Double::inf(sign : Int) -> Double', (sign: number) => (sign >= 0 ? Infinity : -Infinity)),
    'Double::min_normal': fn('fn Double::min_normal() -> Double', () => 2.2250738585072014e-308),
  },
  impls: {
    ...showImpl('Double', String),
    ...eqImpl('Double'),
    ...compareImpl('Double'),
    ...hashImpl('Double', (h, x: number) => h.combine_double(x)),
    ...defaultImpl('Double', 0),
    ...operatorImpls('Double', {
      Add: F64.add,
      Sub: F64.sub,
      Mul: F64.mul,
      Div: F64.div,
      Mod: F64.mod,
      Neg: F64.neg,
    }),
  },
});
