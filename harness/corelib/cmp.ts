// Package @cmp: generic maximum/minimum and the `Reverse` wrapper, whose
// order is its content's reversed. `Reverse(x)` is a tuple struct, so its
// value is `{ _0: x }`; its Eq and Hash are the derived ones (the content's,
// with nothing added).

import { defineModule, fn, impl } from './define.ts';
import { compare, equal, hash_combine, output, type Desc } from '../runtime/desc.ts';
import { Hasher } from '../runtime/hasher.ts';
import type { Logger } from '../runtime/core-values.ts';
import * as R from './support/repr.ts';

interface Reverse {
  _0: unknown;
}

/** Core's `x > y`: ties go to `y` for the maximum and to `x` for the minimum. */
const greater = (K: Desc, a: unknown, b: unknown): boolean => compare(K, a, b) > 0;

export default defineModule('cmp', {
  decls: `
    pub(all) struct Reverse[T](T)
  `,
  fns: {
    maximum: fn('fn[T : Compare] maximum(x : T, y : T) -> T', (T: Desc, x: unknown, y: unknown) => (greater(T, x, y) ? x : y)),
    minimum: fn('fn[T : Compare] minimum(x : T, y : T) -> T', (T: Desc, x: unknown, y: unknown) => (greater(T, x, y) ? y : x)),
    minmax: fn('fn[T : Compare] minmax(x : T, y : T) -> (T, T)', (T: Desc, x: unknown, y: unknown) => (greater(T, x, y) ? [y, x] : [x, y])),
    maximum_by_key: fn(
      'fn[T, K : Compare] maximum_by_key(x : T, y : T, f : (T) -> K) -> T',
      (K: Desc, x: unknown, y: unknown, f: (v: unknown) => unknown) => (greater(K, f(x), f(y)) ? x : y),
    ),
    minimum_by_key: fn(
      'fn[T, K : Compare] minimum_by_key(x : T, y : T, f : (T) -> K) -> T',
      (K: Desc, x: unknown, y: unknown, f: (v: unknown) => unknown) => (greater(K, f(x), f(y)) ? y : x),
    ),
    minmax_by_key: fn(
      'fn[T, K : Compare] minmax_by_key(x : T, y : T, f : (T) -> K) -> (T, T)',
      (K: Desc, x: unknown, y: unknown, f: (v: unknown) => unknown) => (greater(K, f(x), f(y)) ? [y, x] : [x, y]),
    ),
  },
  impls: {
    'Compare for @cmp.Reverse': impl('impl[T : Compare] Compare for Reverse[T]', (T: Desc) => ({
      compare: (a: Reverse, b: Reverse) => -compare(T, a._0, b._0) | 0,
    })),
    'Eq for @cmp.Reverse': impl('impl[T : Eq] Eq for Reverse[T]', (T: Desc) => ({
      equal: (a: Reverse, b: Reverse) => equal(T, a._0, b._0),
    })),
    'Hash for @cmp.Reverse': impl('impl[T : Hash] Hash for Reverse[T]', (T: Desc) => ({
      hash_combine: (self: Reverse, hasher: Hasher) => hash_combine(T, self._0, hasher),
      hash: (self: Reverse) => {
        const hasher = new Hasher();
        hash_combine(T, self._0, hasher);
        return hasher.finalize();
      },
    })),
    'Debug for @cmp.Reverse': impl('impl[T : Debug] Debug for Reverse[T]', (T: Desc) => ({
      to_repr: (self: Reverse) => R.ctor('Reverse', [[undefined, (T['Debug.to_repr'] as (x: unknown) => R.Repr)(self._0)]]),
    })),
    'Show for @cmp.Reverse': impl('impl[T : Show] Show for Reverse[T]', (T: Desc) => ({
      output: (self: Reverse, logger: Logger) => {
        logger.write_string('Reverse(');
        output(T, self._0, logger);
        logger.write_string(')');
      },
    })),
  },
});
