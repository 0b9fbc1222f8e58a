// Package @int: Int's limits.

import { defineModule, constant, fn } from './define.ts';
import { Int } from '../runtime/ints.ts';

export default defineModule('int', {
  fns: {
    MAX_VALUE: constant('let MAX_VALUE : Int', Int.max_value),
    MIN_VALUE: constant('let MIN_VALUE : Int', Int.min_value),
    max_value: constant('let max_value : Int', Int.max_value),
    min_value: constant('let min_value : Int', Int.min_value),
    abs: fn('fn abs(x : Int) -> Int', Int.abs),
  },
});
