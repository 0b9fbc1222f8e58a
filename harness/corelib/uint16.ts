// Package @uint16: UInt16's limits.

import { defineModule, constant } from './define.ts';
import { UInt16 } from '../runtime/ints.ts';

export default defineModule('uint16', {
  fns: {
    MAX_VALUE: constant('const MAX_VALUE : UInt16 = 65535', UInt16.max_value),
    MIN_VALUE: constant('const MIN_VALUE : UInt16 = 0', UInt16.min_value),
    max_value: constant('let max_value : UInt16', UInt16.max_value),
    min_value: constant('let min_value : UInt16', UInt16.min_value),
  },
});
