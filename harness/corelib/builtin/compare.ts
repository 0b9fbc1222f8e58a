// The free function `compare`: `Compare::compare` for any comparable type.

import { defineModule, fn } from '../define.ts';
import { compare, type Desc } from '../../runtime/desc.ts';

export default defineModule('', {
  fns: {
    compare: fn('fn[A : Compare] compare(x : A, y : A) -> Int', (A: Desc, x: unknown, y: unknown) => compare(A, x, y)),
  },
});
