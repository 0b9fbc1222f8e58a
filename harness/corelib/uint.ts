// Package @uint: UInt's limits and `default`.

import { defineModule, constant, fn } from './define.ts';
import { UInt } from '../runtime/ints.ts';

export default defineModule('uint', {
  fns: {
    MAX_VALUE: constant('const MAX_VALUE : UInt = 4294967295', UInt.max_value),
    MIN_VALUE: constant('const MIN_VALUE : UInt = 0', UInt.min_value),
    max_value: constant('let max_value : UInt', UInt.max_value),
    min_value: constant('let min_value : UInt', UInt.min_value),
    default: fn('fn default() -> UInt', () => 0),
  },
});
