// Package @int16: Int16's limits.

import { defineModule, constant } from './define.ts';
import { Int16 } from '../runtime/ints.ts';

export default defineModule('int16', {
  fns: {
    MAX_VALUE: constant('let MAX_VALUE : Int16', Int16.max_value),
    MIN_VALUE: constant('let MIN_VALUE : Int16', Int16.min_value),
    max_value: constant('let max_value : Int16', Int16.max_value),
    min_value: constant('let min_value : Int16', Int16.min_value),
  },
});
