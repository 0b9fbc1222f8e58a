// Package @float: Float's special values and limits, and the Float methods
// core also exports as free functions (`#as_free_fn`: `@float.ceil(x)`).

import { defineModule, constant, fn } from './define.ts';
import { round, pow } from './builtin/float.ts';
import { floatFromBits } from './support/numeric.ts';

export default defineModule('float', {
  fns: {
    not_a_number: constant('let not_a_number : Float', floatFromBits(0x7fc00000)),
    infinity: constant('let infinity : Float', Infinity),
    neg_infinity: constant('let neg_infinity : Float', -Infinity),
    max_value: constant('let max_value : Float', floatFromBits(0x7f7fffff)),
    min_value: constant('let min_value : Float', floatFromBits(0xff7fffff)),
    min_positive: constant('let min_positive : Float', floatFromBits(0x00800000)),
    default: fn('fn default() -> Float', () => 0),
    abs: fn('fn abs(self : Float) -> Float', Math.abs),
    pow: fn('fn pow(self : Float, other : Float) -> Float', pow),
    trunc: fn('fn trunc(self : Float) -> Float', Math.trunc),
    ceil: fn('fn ceil(self : Float) -> Float', Math.ceil),
    floor: fn('fn floor(self : Float) -> Float', Math.floor),
    round: fn('fn round(self : Float) -> Float', round),
  },
});
