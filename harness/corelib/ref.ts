// `@ref`: `Ref[T]`, the struct `{ mut val : T }` (a plain object `{ val }`),
// which the prelude re-exports as `Ref`.

import { defineModule, fn, impl } from './define.ts';
import type { Logger } from '../runtime/core-values.ts';
import type { Desc } from '../runtime/desc.ts';

type R = { val: unknown };

const make = (x: unknown): R => ({ val: x });

function swap(self: R, that: R): void {
  const t = self.val;
  self.val = that.val;
  that.val = t;
}

export default defineModule('ref', {
  decls: `
    pub(all) struct Ref[T] {
      mut val : T
    }
  `,
  fns: {
    'Ref::Ref': fn('fn[T] Ref::Ref(x : T) -> Ref[T]', make),
    'Ref::new': fn('fn[T] Ref::new(x : T) -> Ref[T]', make),
    new: fn('fn[T] new(x : T) -> Ref[T]', make),
    'Ref::map': fn('fn[T, R] Ref::map(self : Ref[T], f : (T) -> R raise?) -> Ref[R] raise?', (self: R, f: (x: unknown) => unknown) => make(f(self.val))),
    'Ref::update': fn('fn[T] Ref::update(self : Ref[T], f : (T) -> T raise?) -> Unit raise?', (self: R, f: (x: unknown) => unknown) => {
      self.val = f(self.val);
    }),
    'Ref::protect': fn('fn[T, R] Ref::protect(self : Ref[T], a : T, f : () -> R raise?) -> R raise?', (self: R, a: unknown, f: () => unknown) => {
      const old = self.val;
      self.val = a;
      try {
        return f();
      } finally {
        self.val = old;
      }
    }),
    'Ref::swap': fn('fn[T] Ref::swap(self : Ref[T], that : Ref[T]) -> Unit', swap),
    swap: fn('fn[T] swap(self : Ref[T], that : Ref[T]) -> Unit', swap),
  },
  impls: {
    'Show for @ref.Ref': impl('impl[X : Show] Show for Ref[X]', (X: Desc) => ({
      output: (self: R, logger: Logger) => {
        logger.write_string('{val: ');
        (X['Show.output'] as (x: unknown, l: Logger) => void)(self.val, logger);
        logger.write_string('}');
      },
    })),
  },
});
