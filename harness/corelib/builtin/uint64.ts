// `UInt64`: its methods and trait implementations. Values are bigints in
// [0, 2^64).

import { defineModule, fn } from '../define.ts';
import { UInt64 as U64 } from '../../runtime/ints.ts';
import { clz64, ctz64, popcnt64, panic, radixString, bigEndianBytes, littleEndianBytes } from '../support/numeric.ts';
import { showImpl, eqImpl, compareImpl, hashImpl, defaultImpl, operatorImpls } from '../support/numeric-impls.ts';

/** A raw `f64 → u64` truncation: wasm traps outside the range (core's JS backend throws too). */
function truncDouble(value: number): bigint {
  const t = Math.trunc(value);
  if (!(t >= 0 && t < 2 ** 64)) panic('UInt64::trunc_double: value out of range');
  return BigInt(t);
}

export default defineModule('', {
  fns: {
    'UInt64::UInt64': fn('fn UInt64::UInt64(self : UInt64) -> UInt64', (self: bigint) => self),
    'UInt64::trunc_double': fn('fn UInt64::trunc_double(val : Double) -> UInt64', truncDouble),
    'UInt64::extend_uint': fn('fn UInt64::extend_uint(val : UInt) -> UInt64', BigInt),
    'UInt64::reinterpret_as_int64': fn('fn UInt64::reinterpret_as_int64(self : UInt64) -> Int64', U64.reinterpret_as_int64),
    'UInt64::to_int64': fn('fn UInt64::to_int64(self : UInt64) -> Int64', U64.to_int64),
    'UInt64::reinterpret_as_double': fn('fn UInt64::reinterpret_as_double(self : UInt64) -> Double', U64.reinterpret_as_double),
    'UInt64::to_int': fn('fn UInt64::to_int(self : UInt64) -> Int', U64.to_int),
    'UInt64::to_uint': fn('fn UInt64::to_uint(self : UInt64) -> UInt', U64.to_uint),
    'UInt64::to_uint16': fn('fn UInt64::to_uint16(self : UInt64) -> UInt16', (self: bigint) => Number(self & 0xffffn)),
    'UInt64::to_byte': fn('fn UInt64::to_byte(self : UInt64) -> Byte', U64.to_byte),
    'UInt64::to_double': fn('fn UInt64::to_double(self : UInt64) -> Double', U64.to_double),
    'UInt64::to_float': fn('fn UInt64::to_float(self : UInt64) -> Float', U64.to_float),
    'UInt64::lnot': fn('fn UInt64::lnot(self : UInt64) -> UInt64', U64.lnot),
    'UInt64::lsl': fn('fn UInt64::lsl(self : UInt64, shift : Int) -> UInt64', U64.shl),
    'UInt64::shl': fn('fn UInt64::shl(self : UInt64, shift : Int) -> UInt64', U64.shl),
    'UInt64::lsr': fn('fn UInt64::lsr(self : UInt64, shift : Int) -> UInt64', U64.shr),
    'UInt64::shr': fn('fn UInt64::shr(self : UInt64, shift : Int) -> UInt64', U64.shr),
    'UInt64::clz': fn('fn UInt64::clz(self : UInt64) -> Int', clz64),
    'UInt64::ctz': fn('fn UInt64::ctz(self : UInt64) -> Int', ctz64),
    'UInt64::popcnt': fn('fn UInt64::popcnt(self : UInt64) -> Int', popcnt64),
    'UInt64::to_string': fn('fn UInt64::to_string(self : UInt64, radix? : Int = ..) -> String', radixString),
    'UInt64::to_be_bytes': fn('fn UInt64::to_be_bytes(self : UInt64) -> Bytes', (self: bigint) => bigEndianBytes(self, 8)),
    'UInt64::to_le_bytes': fn('fn UInt64::to_le_bytes(self : UInt64) -> Bytes', (self: bigint) => littleEndianBytes(self, 8)),
  },
  impls: {
    ...showImpl('UInt64', String),
    ...eqImpl('UInt64'),
    ...compareImpl('UInt64'),
    ...hashImpl('UInt64', (h, x: bigint) => h.combine_int64(x)),
    ...defaultImpl('UInt64', 0n),
    ...operatorImpls('UInt64', {
      Add: U64.add,
      Sub: U64.sub,
      Mul: U64.mul,
      Div: U64.div,
      Mod: U64.mod,
      BitAnd: U64.and,
      BitOr: U64.or,
      BitXOr: U64.xor,
      Shl: U64.shl,
      Shr: U64.shr,
    }),
  },
});
