// `Int`: its methods (builtin and @int) and trait implementations.
// Arithmetic is runtime/ints.ts's (wrapping, truncating division, division
// by zero panics as on core's wasm backends).

import { defineModule, fn } from '../define.ts';
import { Int as I32 } from '../../runtime/ints.ts';
import { ctz32, popcnt32, panic, radixString, bigEndianBytes, littleEndianBytes, until } from '../support/numeric.ts';
import { showImpl, eqImpl, compareImpl, hashImpl, defaultImpl, operatorImpls } from '../support/numeric-impls.ts';

const isLeading = (x: number): boolean => x >= 0xd800 && x <= 0xdbff;
const isTrailing = (x: number): boolean => x >= 0xdc00 && x <= 0xdfff;
const lsr = (a: number, n: number): number => (a >>> n) | 0;

export default defineModule('', {
  fns: {
    'Int::Int': fn('fn Int::Int(self : Int) -> Int', (self: number) => self),
    'Int::abs': fn('fn Int::abs(self : Int) -> Int', I32.abs),
    'Int::min': fn('fn Int::min(self : Int, other : Int) -> Int', Math.min),
    'Int::max': fn('fn Int::max(self : Int, other : Int) -> Int', Math.max),
    'Int::clamp': fn('fn Int::clamp(self : Int, min~ : Int, max~ : Int) -> Int', (self: number, min: number, max: number) => {
      if (min > max) panic('Int::clamp: min > max');
      return self < min ? min : self > max ? max : self;
    }),
    'Int::next_power_of_two': fn('fn Int::next_power_of_two(self : Int) -> Int', (self: number) => {
      if (self < 0) panic('Int::next_power_of_two: negative');
      // Core caps the result at 2^30, the largest power of two an Int holds below 2^31.
      if (self <= 1) return 1;
      if (self > 0x40000000) return 0x40000000;
      return (0x7fffffff >> (Math.clz32(self - 1) - 1)) + 1;
    }),
    'Int::is_leading_surrogate': fn('fn Int::is_leading_surrogate(self : Int) -> Bool', isLeading),
    'Int::is_trailing_surrogate': fn('fn Int::is_trailing_surrogate(self : Int) -> Bool', isTrailing),
    'Int::is_surrogate': fn('fn Int::is_surrogate(self : Int) -> Bool', (x: number) => x >= 0xd800 && x <= 0xdfff),
    'Int::is_pos': fn('fn Int::is_pos(self : Int) -> Bool', (x: number) => x > 0),
    'Int::is_neg': fn('fn Int::is_neg(self : Int) -> Bool', (x: number) => x < 0),
    'Int::is_non_pos': fn('fn Int::is_non_pos(self : Int) -> Bool', (x: number) => x <= 0),
    'Int::is_non_neg': fn('fn Int::is_non_neg(self : Int) -> Bool', (x: number) => x >= 0),
    'Int::lnot': fn('fn Int::lnot(self : Int) -> Int', I32.lnot),
    'Int::lsl': fn('fn Int::lsl(self : Int, other : Int) -> Int', I32.shl),
    'Int::shl': fn('fn Int::shl(self : Int, other : Int) -> Int', I32.shl),
    'Int::lsr': fn('fn Int::lsr(self : Int, other : Int) -> Int', lsr),
    'Int::asr': fn('fn Int::asr(self : Int, other : Int) -> Int', I32.shr),
    'Int::shr': fn('fn Int::shr(self : Int, other : Int) -> Int', I32.shr),
    'Int::clz': fn('fn Int::clz(self : Int) -> Int', Math.clz32),
    'Int::ctz': fn('fn Int::ctz(self : Int) -> Int', ctz32),
    'Int::popcnt': fn('fn Int::popcnt(self : Int) -> Int', popcnt32),
    'Int::to_string': fn('fn Int::to_string(self : Int, radix? : Int = ..) -> String', radixString),
    'Int::to_double': fn('fn Int::to_double(self : Int) -> Double', I32.to_double),
    'Int::to_float': fn('fn Int::to_float(self : Int) -> Float', I32.to_float),
    'Int::to_int64': fn('fn Int::to_int64(self : Int) -> Int64', I32.to_int64),
    'Int::to_uint64': fn('fn Int::to_uint64(self : Int) -> UInt64', I32.to_uint64),
    'Int::reinterpret_as_uint': fn('fn Int::reinterpret_as_uint(self : Int) -> UInt', I32.reinterpret_as_uint),
    'Int::to_uint': fn('fn Int::to_uint(self : Int) -> UInt', I32.to_uint),
    'Int::reinterpret_as_float': fn('fn Int::reinterpret_as_float(self : Int) -> Float', I32.reinterpret_as_float),
    'Int::to_byte': fn('fn Int::to_byte(self : Int) -> Byte', I32.to_byte),
    'Int::to_int16': fn('fn Int::to_int16(self : Int) -> Int16', I32.to_int16),
    'Int::to_uint16': fn('fn Int::to_uint16(self : Int) -> UInt16', I32.to_uint16),
    'Int::to_char': fn('fn Int::to_char(self : Int) -> Char?', I32.to_char),
    'Int::unsafe_to_char': fn('fn Int::unsafe_to_char(self : Int) -> Char', I32.unsafe_to_char),
    'Int::to_be_bytes': fn('fn Int::to_be_bytes(self : Int) -> Bytes', (self: number) => bigEndianBytes(BigInt(self), 4)),
    'Int::to_le_bytes': fn('fn Int::to_le_bytes(self : Int) -> Bytes', (self: number) => littleEndianBytes(BigInt(self), 4)),
    'Int::until': fn(
      'fn Int::until(self : Int, end : Int, step? : Int = .., inclusive? : Bool = ..) -> Iter[Int]',
      (self: number, end: number, step?: number, inclusive?: boolean) =>
        until(self, end, step ?? 1, inclusive ?? false, 0, I32.add),
    ),
  },
  impls: {
    ...showImpl('Int', String),
    ...eqImpl('Int'),
    ...compareImpl('Int'),
    ...hashImpl('Int', (h, x: number) => h.combine_int(x)),
    ...defaultImpl('Int', 0),
    ...operatorImpls('Int', {
      Add: I32.add,
      Sub: I32.sub,
      Mul: I32.mul,
      Div: I32.div,
      Mod: I32.mod,
      Neg: I32.neg,
      BitAnd: I32.and,
      BitOr: I32.or,
      BitXOr: I32.xor,
      Shl: I32.shl,
      Shr: I32.shr,
    }),
  },
});
