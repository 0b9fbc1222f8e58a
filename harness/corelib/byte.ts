// Package @byte: Byte's limits.

import { defineModule, constant } from './define.ts';

export default defineModule('byte', {
  fns: {
    MAX_VALUE: constant('const MAX_VALUE : Byte = 255', 0xff),
    MIN_VALUE: constant('const MIN_VALUE : Byte = 0', 0),
    max_value: constant('let max_value : Byte', 0xff),
    min_value: constant('let min_value : Byte', 0),
  },
});
