// Package @int: Int's limits.

import { defineModule, constant, fn } from './define.ts';
import { Int } from '../runtime/ints.ts';

export default defineModule('int', {
  fns: {
    MAX_VALUE: constant('const MAX_VALUE : Int = 2147483647', Int.max_value),
    MIN_VALUE: constant('const MIN_VALUE : Int = -2147483648', Int.min_value),
    max_value: constant('let max_value : Int', Int.max_value),
    min_value: constant('let min_value : Int', Int.min_value),
    abs: fn('fn abs(x : Int) -> Int', Int.abs),
  },
});
