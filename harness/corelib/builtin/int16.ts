// `Int16`: its methods (builtin and @int16) and trait implementations. Every
// operation is done on Int and narrowed back (int16/int16.mbt), so shifts
// take their count modulo 32 and division by zero panics like Int's.

import { defineModule, fn } from '../define.ts';
import { Int16 as I16 } from '../../runtime/ints.ts';
import { radixString } from '../support/numeric.ts';
import { showImpl, eqImpl, compareImpl, hashImpl, defaultImpl, operatorImpls } from '../support/numeric-impls.ts';

const narrow = (x: number): number => (x << 16) >> 16;

export default defineModule('', {
  fns: {
    'Int16::Int16': fn('fn Int16::Int16(self : Int16) -> Int16', (self: number) => self),
    'Int16::abs': fn('fn Int16::abs(self : Int16) -> Int16', I16.abs),
    'Int16::lnot': fn('fn Int16::lnot(self : Int16) -> Int16', I16.lnot),
    'Int16::from_int': fn('fn Int16::from_int(self : Int) -> Int16', narrow),
    'Int16::from_byte': fn('fn Int16::from_byte(self : Byte) -> Int16', (self: number) => self),
    'Int16::from_int64': fn('fn Int16::from_int64(self : Int64) -> Int16', (self: bigint) => Number(BigInt.asIntN(16, self))),
    'Int16::reinterpret_as_uint16': fn('fn Int16::reinterpret_as_uint16(self : Int16) -> UInt16', (self: number) => self & 0xffff),
    'Int16::reinterpret_from_uint16': fn('fn Int16::reinterpret_from_uint16(self : UInt16) -> Int16', narrow),
    'Int16::to_int': fn('fn Int16::to_int(self : Int16) -> Int', I16.to_int),
    'Int16::to_int64': fn('fn Int16::to_int64(self : Int16) -> Int64', I16.to_int64),
    'Int16::to_byte': fn('fn Int16::to_byte(self : Int16) -> Byte', (self: number) => self & 0xff),
    'Int16::to_string': fn('fn Int16::to_string(self : Int16, radix? : Int = ..) -> String', radixString),
  },
  impls: {
    ...showImpl('Int16', String),
    ...eqImpl('Int16'),
    ...compareImpl('Int16'),
    ...hashImpl('Int16', (h, x: number) => h.combine_int(x)),
    ...defaultImpl('Int16', 0),
    ...operatorImpls('Int16', {
      Add: I16.add,
      Sub: I16.sub,
      Mul: I16.mul,
      Div: I16.div,
      Mod: I16.mod,
      Neg: I16.neg,
      BitAnd: I16.and,
      BitOr: I16.or,
      BitXOr: I16.xor,
      Shl: I16.shl,
      Shr: I16.shr,
    }),
  },
});
