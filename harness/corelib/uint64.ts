// Package @uint64: UInt64's limits.

import { defineModule, constant } from './define.ts';
import { UInt64 } from '../runtime/ints.ts';

export default defineModule('uint64', {
  fns: {
    MAX_VALUE: constant('const MAX_VALUE : UInt64 = 18446744073709551615', UInt64.max_value),
    MIN_VALUE: constant('const MIN_VALUE : UInt64 = 0', UInt64.min_value),
    max_value: constant('let max_value : UInt64', UInt64.max_value),
    min_value: constant('let min_value : UInt64', UInt64.min_value),
  },
});
