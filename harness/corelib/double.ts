// Package @double: Double's special values and limits, the rounding
// functions as free functions, and deprecated aliases of Double methods.

import { defineModule, constant, fn } from './define.ts';
import { isClose } from './builtin/double.ts';
import { doubleFromBits } from './support/numeric.ts';

export default defineModule('double', {
  fns: {
    not_a_number: constant('let not_a_number : Double', doubleFromBits(0x7ff8000000000001n)),
    infinity: constant('let infinity : Double', Infinity),
    neg_infinity: constant('let neg_infinity : Double', -Infinity),
    max_value: constant('let max_value : Double', Number.MAX_VALUE),
    min_value: constant('let min_value : Double', -Number.MAX_VALUE),
    min_positive: constant('let min_positive : Double', 2.2250738585072014e-308),
    round: fn('fn round(d : Double) -> Double', Math.round),
    ceil: fn('fn ceil(d : Double) -> Double', Math.ceil),
    floor: fn('fn floor(d : Double) -> Double', Math.floor),
    trunc: fn('fn trunc(d : Double) -> Double', Math.trunc),
    abs: fn('fn abs(x : Double) -> Double', Math.abs),
    from_int: fn('fn from_int(i : Int) -> Double', (i: number) => i),
    pow: fn('fn pow(m : Double, n : Double) -> Double', Math.pow),
    is_close: fn(
      'fn is_close(d : Double, other : Double, relative_tolerance? : Double = .., absolute_tolerance? : Double = ..) -> Bool',
      isClose,
    ),
  },
});
