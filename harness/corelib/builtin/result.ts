// `Result[T, E]`: `Ok` / `Err` of binding/moonbit.ts.

import { defineModule, fn, impl } from '../define.ts';
import type { Logger } from '../../runtime/core-values.ts';
import type { Desc } from '../../runtime/desc.ts';
import { Hasher } from '../../runtime/hasher.ts';
import { Ok, Err, Some, None, Panic, type Result } from '../../runtime/values.ts';

type Res = Result<unknown, unknown>;
type F1 = (x: unknown) => unknown;

function unwrapOr(self: Res, dflt: unknown): unknown {
  return self instanceof Ok ? self.value : dflt;
}

function unwrapOrElse(self: Res, dflt: () => unknown): unknown {
  return self instanceof Ok ? self.value : dflt();
}

type Eq2 = (a: unknown, b: unknown) => boolean;
type Cmp2 = (a: unknown, b: unknown) => number;

function equal(T: Desc, E: Desc, a: Res, b: Res): boolean {
  if (a instanceof Ok) return b instanceof Ok && (T['Eq.equal'] as Eq2)(a.value, b.value);
  return b instanceof Err && (E['Eq.equal'] as Eq2)(a.error, b.error);
}

/** Any `Ok` is less than any `Err`. */
function compare(T: Desc, E: Desc, a: Res, b: Res): number {
  if (a instanceof Ok) return b instanceof Ok ? (T['Compare.compare'] as Cmp2)(a.value, b.value) : -1;
  return b instanceof Err ? (E['Compare.compare'] as Cmp2)(a.error, b.error) : 1;
}

/** `Ok(x)` combines 0 then `x`; `Err(e)` combines 1 then `e`. */
function hashCombine(T: Desc, E: Desc, self: Res, hasher: Hasher): void {
  const ok = self instanceof Ok;
  hasher.combine_int(ok ? 0 : 1);
  ((ok ? T : E)['Hash.hash_combine'] as (x: unknown, h: Hasher) => void)(ok ? self.value : (self as Err<unknown>).error, hasher);
}

export default defineModule('', {
  fns: {
    'Result::unwrap': fn('fn[T, E] Result::unwrap(self : Result[T, E]) -> T', (self: Res) => {
      if (self instanceof Ok) return self.value;
      throw new Panic('called `Result::unwrap()` on an `Err` value');
    }),
    'Result::unwrap_err': fn('fn[T, E] Result::unwrap_err(self : Result[T, E]) -> E', (self: Res) => {
      if (self instanceof Err) return self.error;
      throw new Panic('called `Result::unwrap_err()` on an `Ok` value');
    }),
    'Result::unwrap_or': fn('fn[T, E] Result::unwrap_or(self : Result[T, E], default : T) -> T', unwrapOr),
    'Result::or': fn('fn[T, E] Result::or(self : Result[T, E], default : T) -> T', unwrapOr),
    'Result::unwrap_or_else': fn('fn[T, E] Result::unwrap_or_else(self : Result[T, E], default : () -> T raise?) -> T raise?', unwrapOrElse),
    'Result::or_else': fn('fn[T, E] Result::or_else(self : Result[T, E], default : () -> T raise?) -> T raise?', unwrapOrElse),
    'Result::unwrap_or_default': fn('fn[T : Default, E] Result::unwrap_or_default(self : Result[T, E]) -> T', (T: Desc, self: Res) =>
      self instanceof Ok ? self.value : (T['Default.default'] as () => unknown)(),
    ),
    'Result::unwrap_or_error': fn('fn[T, E : Error] Result::unwrap_or_error(self : Result[T, E]) -> T raise E', (_E: Desc, self: Res) => {
      if (self instanceof Ok) return self.value;
      throw self.error;
    }),
    'Result::map': fn('fn[T, E, U] Result::map(self : Result[T, E], f : (T) -> U) -> Result[U, E]', (self: Res, f: F1) =>
      self instanceof Ok ? new Ok(f(self.value)) : self,
    ),
    'Result::map_err': fn('fn[T, E, F] Result::map_err(self : Result[T, E], f : (E) -> F) -> Result[T, F]', (self: Res, f: F1) =>
      self instanceof Err ? new Err(f(self.error)) : self,
    ),
    'Result::bind': fn('fn[T, E, U] Result::bind(self : Result[T, E], g : (T) -> Result[U, E]) -> Result[U, E]', (self: Res, g: F1) =>
      self instanceof Ok ? g(self.value) : self,
    ),
    'Result::flatten': fn('fn[T, E] Result::flatten(self : Result[Result[T, E], E]) -> Result[T, E]', (self: Res) =>
      self instanceof Ok ? self.value : self,
    ),
    'Result::equal': fn('fn[T : Eq, E : Eq] Result::equal(self : Result[T, E], other : Result[T, E]) -> Bool', equal),
    'Result::compare': fn('fn[T : Compare, E : Compare] Result::compare(self : Result[T, E], other : Result[T, E]) -> Int', compare),
    'Result::hash': fn('fn[T : Hash, E : Hash] Result::hash(self : Result[T, E]) -> Int', (T: Desc, E: Desc, self: Res) => {
      const h = new Hasher();
      hashCombine(T, E, self, h);
      return h.finalize();
    }),
    'Result::to_option': fn('fn[T, E] Result::to_option(self : Result[T, E]) -> T?', (self: Res) =>
      self instanceof Ok ? new Some(self.value) : None,
    ),
  },
  impls: {
    'Show for Result': impl('impl[T : Show, E : Show] Show for Result[T, E]', (T: Desc, E: Desc) => ({
      output: (self: Res, logger: Logger) => {
        const ok = self instanceof Ok;
        logger.write_string(ok ? 'Ok(' : 'Err(');
        ((ok ? T : E)['Show.output'] as (x: unknown, l: Logger) => void)(ok ? self.value : (self as Err<unknown>).error, logger);
        logger.write_string(')');
      },
    })),
    'Eq for Result': impl('impl[T : Eq, E : Eq] Eq for Result[T, E]', (T: Desc, E: Desc) => ({ equal: (a: Res, b: Res) => equal(T, E, a, b) })),
    'Compare for Result': impl('impl[T : Compare, E : Compare] Compare for Result[T, E]', (T: Desc, E: Desc) => ({
      compare: (a: Res, b: Res) => compare(T, E, a, b),
    })),
    'Hash for Result': impl('impl[T : Hash, E : Hash] Hash for Result[T, E]', (T: Desc, E: Desc) => ({
      hash_combine: (self: Res, h: Hasher) => hashCombine(T, E, self, h),
    })),
  },
});
