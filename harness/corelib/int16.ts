// Package @int16: Int16's limits.

import { defineModule, constant } from './define.ts';
import { Int16 } from '../runtime/ints.ts';

export default defineModule('int16', {
  fns: {
    MAX_VALUE: constant('const MAX_VALUE : Int16 = 32767', Int16.max_value),
    MIN_VALUE: constant('const MIN_VALUE : Int16 = -32768', Int16.min_value),
    max_value: constant('let max_value : Int16', Int16.max_value),
    min_value: constant('let min_value : Int16', Int16.min_value),
  },
});
