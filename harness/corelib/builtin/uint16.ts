// `UInt16`: its methods and trait implementations. As for Int16, every
// operation is done on Int and narrowed back (builtin/uint16_char.mbt).

import { defineModule, fn } from '../define.ts';
import { UInt16 as U16 } from '../../runtime/ints.ts';
import { radixString } from '../support/numeric.ts';
import { showImpl, eqImpl, compareImpl, hashImpl, defaultImpl, operatorImpls } from '../support/numeric-impls.ts';
import { Some, None } from '../../runtime/values.ts';

const isSurrogate = (x: number): boolean => x >= 0xd800 && x <= 0xdfff;

export default defineModule('', {
  fns: {
    'UInt16::UInt16': fn('fn UInt16::UInt16(self : UInt16) -> UInt16', (self: number) => self),
    'UInt16::is_leading_surrogate': fn('fn UInt16::is_leading_surrogate(self : UInt16) -> Bool', (x: number) => x >= 0xd800 && x <= 0xdbff),
    'UInt16::is_trailing_surrogate': fn('fn UInt16::is_trailing_surrogate(self : UInt16) -> Bool', (x: number) => x >= 0xdc00 && x <= 0xdfff),
    'UInt16::is_surrogate': fn('fn UInt16::is_surrogate(self : UInt16) -> Bool', isSurrogate),
    'UInt16::to_char': fn('fn UInt16::to_char(self : UInt16) -> Char?', (self: number) => (isSurrogate(self) ? None : new Some(self))),
    'UInt16::unsafe_to_char': fn('fn UInt16::unsafe_to_char(self : UInt16) -> Char', (self: number) => self),
    'UInt16::lnot': fn('fn UInt16::lnot(self : UInt16) -> UInt16', U16.lnot),
    'UInt16::to_int': fn('fn UInt16::to_int(self : UInt16) -> Int', U16.to_int),
    'UInt16::to_uint': fn('fn UInt16::to_uint(self : UInt16) -> UInt', (self: number) => self),
    'UInt16::to_int64': fn('fn UInt16::to_int64(self : UInt16) -> Int64', U16.to_int64),
    'UInt16::to_uint64': fn('fn UInt16::to_uint64(self : UInt16) -> UInt64', BigInt),
    'UInt16::to_byte': fn('fn UInt16::to_byte(self : UInt16) -> Byte', (self: number) => self & 0xff),
    'UInt16::reinterpret_as_int16': fn('fn UInt16::reinterpret_as_int16(self : UInt16) -> Int16', (self: number) => (self << 16) >> 16),
    'UInt16::to_string': fn('fn UInt16::to_string(self : UInt16, radix? : Int = ..) -> String', radixString),
  },
  impls: {
    ...showImpl('UInt16', String),
    ...eqImpl('UInt16'),
    ...compareImpl('UInt16'),
    ...hashImpl('UInt16', (h, x: number) => h.combine_int(x)),
    ...defaultImpl('UInt16', 0),
    ...operatorImpls('UInt16', {
      Add: U16.add,
      Sub: U16.sub,
      Mul: U16.mul,
      Div: U16.div,
      Mod: U16.mod,
      BitAnd: U16.and,
      BitOr: U16.or,
      BitXOr: U16.xor,
      Shl: U16.shl,
      Shr: U16.shr,
    }),
  },
});
