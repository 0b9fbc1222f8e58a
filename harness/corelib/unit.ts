// Package @unit: a deprecated `default`.

import { defineModule, fn } from './define.ts';

export default defineModule('unit', {
  fns: {
    default: fn('fn default() -> Unit', () => undefined),
  },
});
