// Package @int64: Int64's limits and two deprecated functions.

import { defineModule, constant, fn } from './define.ts';
import { Int64 } from '../runtime/ints.ts';

export default defineModule('int64', {
  fns: {
    MAX_VALUE: constant('const MAX_VALUE : Int64 = 9223372036854775807', Int64.max_value),
    MIN_VALUE: constant('const MIN_VALUE : Int64 = -9223372036854775808', Int64.min_value),
    max_value: constant('let max_value : Int64', Int64.max_value),
    min_value: constant('let min_value : Int64', Int64.min_value),
    from_int: fn('fn from_int(i : Int) -> Int64', BigInt),
    abs: fn('fn abs(x : Int64) -> Int64', Int64.abs),
  },
});
