// Package @byte: Byte's limits.

import { defineModule, constant } from './define.ts';

export default defineModule('byte', {
  fns: {
    MAX_VALUE: constant('let MAX_VALUE : Byte', 0xff),
    MIN_VALUE: constant('let MIN_VALUE : Byte', 0),
    max_value: constant('let max_value : Byte', 0xff),
    min_value: constant('let min_value : Byte', 0),
  },
});
