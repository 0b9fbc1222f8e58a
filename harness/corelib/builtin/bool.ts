// `Bool`: its conversions and trait implementations (false < true).

import { defineModule, fn, impl } from '../define.ts';
import { showImpl, eqImpl, hashImpl, defaultImpl } from '../support/numeric-impls.ts';

const bit = (b: boolean): number => (b ? 1 : 0);
const compare = (a: boolean, b: boolean): number => bit(a) - bit(b);

export default defineModule('', {
  fns: {
    not: fn('fn not(x : Bool) -> Bool', (x: boolean) => !x),
    'Bool::to_int': fn('fn Bool::to_int(self : Bool) -> Int', bit),
    'Bool::to_uint': fn('fn Bool::to_uint(self : Bool) -> UInt', bit),
    'Bool::to_int16': fn('fn Bool::to_int16(self : Bool) -> Int16', bit),
    'Bool::to_uint16': fn('fn Bool::to_uint16(self : Bool) -> UInt16', bit),
    'Bool::to_int64': fn('fn Bool::to_int64(self : Bool) -> Int64', (b: boolean) => (b ? 1n : 0n)),
    'Bool::to_uint64': fn('fn Bool::to_uint64(self : Bool) -> UInt64', (b: boolean) => (b ? 1n : 0n)),
    'Bool::op_compare': fn('fn Bool::op_compare(self : Bool, other : Bool) -> Int', compare),
  },
  impls: {
    ...showImpl('Bool', String),
    ...eqImpl('Bool'),
    'Compare for Bool': impl('impl Compare for Bool', { compare }),
    ...hashImpl('Bool', (h, x: boolean) => h.combine_bool(x)),
    ...defaultImpl('Bool', false),
  },
});
