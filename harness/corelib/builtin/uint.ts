// `UInt`: its methods (builtin and @uint) and trait implementations.

import { defineModule, fn } from '../define.ts';
import { UInt as U32 } from '../../runtime/ints.ts';
import { ctz32, popcnt32, panic, radixString, bigEndianBytes, littleEndianBytes } from '../support/numeric.ts';
import { showImpl, eqImpl, compareImpl, hashImpl, defaultImpl, operatorImpls } from '../support/numeric-impls.ts';

/**
 * `UInt::trunc_double` is a raw `f64 → u32` truncation: wasm traps outside
 * the range (core's JS backend wraps instead); a trap is a panic here.
 */
function truncDouble(value: number): number {
  const t = Math.trunc(value);
  if (!(t >= 0 && t <= 0xffffffff)) panic('UInt::trunc_double: value out of range');
  return t;
}

export default defineModule('', {
  fns: {
    'UInt::UInt': fn('fn UInt::UInt(self : UInt) -> UInt', (self: number) => self),
    'UInt::min': fn('fn UInt::min(self : UInt, other : UInt) -> UInt', Math.min),
    'UInt::max': fn('fn UInt::max(self : UInt, other : UInt) -> UInt', Math.max),
    'UInt::clamp': fn('fn UInt::clamp(self : UInt, min~ : UInt, max~ : UInt) -> UInt', (self: number, min: number, max: number) => {
      if (min > max) panic('UInt::clamp: min > max');
      return self < min ? min : self > max ? max : self;
    }),
    'UInt::trunc_double': fn('fn UInt::trunc_double(val : Double) -> UInt', truncDouble),
    'UInt::reinterpret_as_int': fn('fn UInt::reinterpret_as_int(self : UInt) -> Int', U32.reinterpret_as_int),
    'UInt::to_int': fn('fn UInt::to_int(self : UInt) -> Int', U32.to_int),
    'UInt::op_neq': fn('fn UInt::op_neq(self : UInt, other : UInt) -> Bool', (a: number, b: number) => a !== b),
    'UInt::lnot': fn('fn UInt::lnot(self : UInt) -> UInt', U32.lnot),
    'UInt::lsl': fn('fn UInt::lsl(self : UInt, shift : Int) -> UInt', U32.shl),
    'UInt::shl': fn('fn UInt::shl(self : UInt, shift : Int) -> UInt', U32.shl),
    'UInt::lsr': fn('fn UInt::lsr(self : UInt, shift : Int) -> UInt', U32.shr),
    'UInt::shr': fn('fn UInt::shr(self : UInt, shift : Int) -> UInt', U32.shr),
    'UInt::clz': fn('fn UInt::clz(self : UInt) -> Int', Math.clz32),
    'UInt::ctz': fn('fn UInt::ctz(self : UInt) -> Int', ctz32),
    'UInt::popcnt': fn('fn UInt::popcnt(self : UInt) -> Int', popcnt32),
    'UInt::to_string': fn('fn UInt::to_string(self : UInt, radix? : Int = ..) -> String', radixString),
    'UInt::to_uint64': fn('fn UInt::to_uint64(self : UInt) -> UInt64', U32.to_uint64),
    'UInt::to_int64': fn('fn UInt::to_int64(self : UInt) -> Int64', U32.to_int64),
    'UInt::to_byte': fn('fn UInt::to_byte(self : UInt) -> Byte', U32.to_byte),
    'UInt::to_uint16': fn('fn UInt::to_uint16(self : UInt) -> UInt16', (self: number) => self & 0xffff),
    'UInt::to_double': fn('fn UInt::to_double(self : UInt) -> Double', U32.to_double),
    'UInt::to_float': fn('fn UInt::to_float(self : UInt) -> Float', U32.to_float),
    'UInt::reinterpret_as_float': fn('fn UInt::reinterpret_as_float(self : UInt) -> Float', U32.reinterpret_as_float),
    'UInt::to_be_bytes': fn('fn UInt::to_be_bytes(self : UInt) -> Bytes', (self: number) => bigEndianBytes(BigInt(self), 4)),
    'UInt::to_le_bytes': fn('fn UInt::to_le_bytes(self : UInt) -> Bytes', (self: number) => littleEndianBytes(BigInt(self), 4)),
  },
  impls: {
    ...showImpl('UInt', String),
    ...eqImpl('UInt'),
    ...compareImpl('UInt'),
    ...hashImpl('UInt', (h, x: number) => h.combine_uint(x)),
    ...defaultImpl('UInt', 0),
    ...operatorImpls('UInt', {
      Add: U32.add,
      Sub: U32.sub,
      Mul: U32.mul,
      Div: U32.div,
      Mod: U32.mod,
      BitAnd: U32.and,
      BitOr: U32.or,
      BitXOr: U32.xor,
      Shl: U32.shl,
      Shr: U32.shr,
    }),
  },
});
