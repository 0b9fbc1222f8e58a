// `Int64`: its methods (builtin and @int64) and trait implementations.
// Values are bigints normalised to the signed 64-bit range.

import { defineModule, fn } from '../define.ts';
import { Int64 as I64 } from '../../runtime/ints.ts';
import { clz64, ctz64, popcnt64, panic, radixString, bigEndianBytes, littleEndianBytes, until } from '../support/numeric.ts';
import { showImpl, eqImpl, compareImpl, hashImpl, defaultImpl, operatorImpls } from '../support/numeric-impls.ts';

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b);
const max = (a: bigint, b: bigint): bigint => (a > b ? a : b);
/** The deprecated logical shift: on the 64 bits, then back to signed. */
const lsr = (a: bigint, n: number): bigint => BigInt.asIntN(64, BigInt.asUintN(64, a) >> BigInt(n & 63));

export default defineModule('', {
  fns: {
    'Int64::Int64': fn('fn Int64::Int64(self : Int64) -> Int64', (self: bigint) => self),
    'Int64::from_int': fn('fn Int64::from_int(i : Int) -> Int64', BigInt),
    'Int64::abs': fn('fn Int64::abs(self : Int64) -> Int64', I64.abs),
    'Int64::min': fn('fn Int64::min(self : Int64, other : Int64) -> Int64', min),
    'Int64::max': fn('fn Int64::max(self : Int64, other : Int64) -> Int64', max),
    'Int64::clamp': fn('fn Int64::clamp(self : Int64, min~ : Int64, max~ : Int64) -> Int64', (self: bigint, lo: bigint, hi: bigint) => {
      if (lo > hi) panic('Int64::clamp: min > max');
      return self < lo ? lo : self > hi ? hi : self;
    }),
    'Int64::lnot': fn('fn Int64::lnot(self : Int64) -> Int64', I64.lnot),
    'Int64::lsl': fn('fn Int64::lsl(self : Int64, other : Int) -> Int64', I64.shl),
    'Int64::shl': fn('fn Int64::shl(self : Int64, other : Int) -> Int64', I64.shl),
    'Int64::lsr': fn('fn Int64::lsr(self : Int64, other : Int) -> Int64', lsr),
    'Int64::asr': fn('fn Int64::asr(self : Int64, other : Int) -> Int64', I64.shr),
    'Int64::shr': fn('fn Int64::shr(self : Int64, other : Int) -> Int64', I64.shr),
    'Int64::clz': fn('fn Int64::clz(self : Int64) -> Int', clz64),
    'Int64::ctz': fn('fn Int64::ctz(self : Int64) -> Int', ctz64),
    'Int64::popcnt': fn('fn Int64::popcnt(self : Int64) -> Int', popcnt64),
    'Int64::to_string': fn('fn Int64::to_string(self : Int64, radix? : Int = ..) -> String', radixString),
    'Int64::to_int': fn('fn Int64::to_int(self : Int64) -> Int', I64.to_int),
    'Int64::to_byte': fn('fn Int64::to_byte(self : Int64) -> Byte', I64.to_byte),
    'Int64::to_int16': fn('fn Int64::to_int16(self : Int64) -> Int16', (self: bigint) => Number(BigInt.asIntN(16, self))),
    'Int64::to_uint16': fn('fn Int64::to_uint16(self : Int64) -> UInt16', (self: bigint) => Number(BigInt.asUintN(16, self))),
    'Int64::to_double': fn('fn Int64::to_double(self : Int64) -> Double', I64.to_double),
    'Int64::to_float': fn('fn Int64::to_float(self : Int64) -> Float', I64.to_float),
    'Int64::reinterpret_as_double': fn('fn Int64::reinterpret_as_double(self : Int64) -> Double', I64.reinterpret_as_double),
    'Int64::reinterpret_as_uint64': fn('fn Int64::reinterpret_as_uint64(self : Int64) -> UInt64', I64.reinterpret_as_uint64),
    'Int64::to_uint64': fn('fn Int64::to_uint64(self : Int64) -> UInt64', I64.to_uint64),
    'Int64::to_be_bytes': fn('fn Int64::to_be_bytes(self : Int64) -> Bytes', (self: bigint) => bigEndianBytes(self, 8)),
    'Int64::to_le_bytes': fn('fn Int64::to_le_bytes(self : Int64) -> Bytes', (self: bigint) => littleEndianBytes(self, 8)),
    'Int64::until': fn(
      'fn Int64::until(self : Int64, end : Int64, step? : Int64 = .., inclusive? : Bool = ..) -> Iter[Int64]',
      (self: bigint, end: bigint, step?: bigint, inclusive?: boolean) =>
        until(self, end, step ?? 1n, inclusive ?? false, 0n, I64.add),
    ),
  },
  impls: {
    ...showImpl('Int64', String),
    ...eqImpl('Int64'),
    ...compareImpl('Int64'),
    ...hashImpl('Int64', (h, x: bigint) => h.combine_int64(x)),
    ...defaultImpl('Int64', 0n),
    ...operatorImpls('Int64', {
      Add: I64.add,
      Sub: I64.sub,
      Mul: I64.mul,
      Div: I64.div,
      Mod: I64.mod,
      Neg: I64.neg,
      BitAnd: I64.and,
      BitOr: I64.or,
      BitXOr: I64.xor,
      Shl: I64.shl,
      Shr: I64.shr,
    }),
  },
});
