// `@array`: the package functions over arrays (the methods are builtin's).

import { defineModule, fn } from './define.ts';

export default defineModule('array', {
  fns: {
    zip_with: fn('fn[A, B, C] zip_with(l : Array[A], r : Array[B], merge : (A, B) -> C raise?) -> Array[C] raise?', (l: unknown[], r: unknown[], merge: (a: unknown, b: unknown) => unknown) => {
      const n = Math.min(l.length, r.length);
      const out = [];
      for (let i = 0; i < n; i++) out.push(merge(l[i], r[i]));
      return out;
    }),
  },
});
