// `Byte`: its methods and trait implementations. Arithmetic goes through
// Int and is narrowed back to 8 bits (builtin/byte.mbt); `>>` is logical.

import { defineModule, fn } from '../define.ts';
import { Byte as U8 } from '../../runtime/ints.ts';
import { popcnt32 } from '../support/numeric.ts';
import { showImpl, eqImpl, compareImpl, hashImpl, defaultImpl, operatorImpls } from '../support/numeric-impls.ts';

const HEX = '0123456789ABCDEF';
/** `b'\xHH'`, always escaped, uppercase digits. */
const byteToString = (b: number): string => `b'\\x${HEX[b >> 4]}${HEX[b & 15]}'`;

export default defineModule('', {
  fns: {
    'Byte::Byte': fn('fn Byte::Byte(self : Byte) -> Byte', (self: number) => self),
    'Byte::to_string': fn('fn Byte::to_string(self : Byte) -> String', byteToString),
    'Byte::to_hex': fn('fn Byte::to_hex(b : Byte) -> String', (b: number) => b.toString(16).padStart(2, '0')),
    'Byte::lnot': fn('fn Byte::lnot(self : Byte) -> Byte', U8.lnot),
    'Byte::lsl': fn('fn Byte::lsl(self : Byte, count : Int) -> Byte', U8.shl),
    'Byte::lsr': fn('fn Byte::lsr(self : Byte, count : Int) -> Byte', U8.shr),
    'Byte::popcnt': fn('fn Byte::popcnt(self : Byte) -> Int', popcnt32),
    'Byte::to_int': fn('fn Byte::to_int(self : Byte) -> Int', U8.to_int),
    'Byte::to_uint': fn('fn Byte::to_uint(self : Byte) -> UInt', U8.to_uint),
    'Byte::to_int16': fn('fn Byte::to_int16(self : Byte) -> Int16', (self: number) => self),
    'Byte::to_uint16': fn('fn Byte::to_uint16(self : Byte) -> UInt16', (self: number) => self),
    'Byte::to_int64': fn('fn Byte::to_int64(self : Byte) -> Int64', U8.to_int64),
    'Byte::to_uint64': fn('fn Byte::to_uint64(self : Byte) -> UInt64', U8.to_uint64),
    'Byte::to_char': fn('fn Byte::to_char(self : Byte) -> Char', U8.to_char),
    'Byte::to_double': fn('fn Byte::to_double(self : Byte) -> Double', U8.to_double),
    'Byte::to_float': fn('fn Byte::to_float(self : Byte) -> Float', U8.to_float),
  },
  impls: {
    ...showImpl('Byte', byteToString),
    ...eqImpl('Byte'),
    ...compareImpl('Byte'),
    ...hashImpl('Byte', (h, x: number) => h.combine_byte(x)),
    ...defaultImpl('Byte', 0),
    ...operatorImpls('Byte', {
      Add: U8.add,
      Sub: U8.sub,
      Mul: U8.mul,
      Div: U8.div,
      Mod: U8.mod,
      BitAnd: U8.and,
      BitOr: U8.or,
      BitXOr: U8.xor,
      Shl: U8.shl,
      Shr: U8.shr,
    }),
  },
});
