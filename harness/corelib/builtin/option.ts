// `T?` (`Option[T]`): `Some` / `None` of runtime/values.ts.

import { defineModule, fn, impl } from '../define.ts';
import { Iter, type Logger } from '../../runtime/core-values.ts';
import type { Desc } from '../../runtime/desc.ts';
import { Hasher } from '../../runtime/hasher.ts';
import { Some, None, Panic, type Option } from '../../runtime/values.ts';

type Opt = Option<unknown>;
type F1 = (x: unknown) => unknown;

function unwrapOr(self: Opt, dflt: unknown): unknown {
  return self instanceof Some ? self.value : dflt;
}

function unwrapOrElse(self: Opt, dflt: () => unknown): unknown {
  return self instanceof Some ? self.value : dflt();
}

function equal(X: Desc, a: Opt, b: Opt): boolean {
  if (!(a instanceof Some)) return !(b instanceof Some);
  return b instanceof Some && (X['Eq.equal'] as (x: unknown, y: unknown) => boolean)(a.value, b.value);
}

/** `None` is less than any `Some`. */
function compare(X: Desc, a: Opt, b: Opt): number {
  if (a instanceof Some) return b instanceof Some ? (X['Compare.compare'] as (x: unknown, y: unknown) => number)(a.value, b.value) : 1;
  return b instanceof Some ? -1 : 0;
}

/** `None` combines 0; `Some(x)` combines 1, then `x`. */
function hashCombine(X: Desc, self: Opt, hasher: Hasher): void {
  if (!(self instanceof Some)) return hasher.combine_int(0);
  hasher.combine_int(1);
  (X['Hash.hash_combine'] as (x: unknown, h: Hasher) => void)(self.value, hasher);
}

export default defineModule('', {
  fns: {
    'Option::unwrap': fn('fn[X] Option::unwrap(self : X?) -> X', (self: Opt) => {
      if (self instanceof Some) return self.value;
      throw new Panic('called `Option::unwrap()` on a `None` value');
    }),
    'Option::unwrap_or': fn('fn[T] Option::unwrap_or(self : T?, default : T) -> T', unwrapOr),
    'Option::unwrap_or_else': fn('fn[T] Option::unwrap_or_else(self : T?, default : () -> T raise?) -> T raise?', unwrapOrElse),
    'Option::unwrap_or_default': fn('fn[T : Default] Option::unwrap_or_default(self : T?) -> T', (T: Desc, self: Opt) =>
      self instanceof Some ? self.value : (T['Default.default'] as () => unknown)(),
    ),
    'Option::unwrap_or_error': fn('#alias(or_error, deprecated)\nfn[T, Err : Error] Option::unwrap_or_error(self : T?, err : Err) -> T raise Err', (_Err: Desc, self: Opt, err: unknown) => {
      if (self instanceof Some) return self.value;
      throw err;
    }),
    'Option::map': fn('fn[T, U] Option::map(self : T?, f : (T) -> U raise?) -> U? raise?', (self: Opt, f: F1) =>
      self instanceof Some ? new Some(f(self.value)) : None,
    ),
    'Option::map_or': fn('fn[T, U] Option::map_or(self : T?, default : U, f : (T) -> U raise?) -> U raise?', (self: Opt, dflt: unknown, f: F1) =>
      self instanceof Some ? f(self.value) : dflt,
    ),
    'Option::map_or_else': fn('fn[T, U] Option::map_or_else(self : T?, default : () -> U raise?, f : (T) -> U raise?) -> U raise?', (self: Opt, dflt: () => unknown, f: F1) =>
      self instanceof Some ? f(self.value) : dflt(),
    ),
    'Option::bind': fn('fn[T, U] Option::bind(self : T?, f : (T) -> U? raise?) -> U? raise?', (self: Opt, f: F1) =>
      self instanceof Some ? f(self.value) : None,
    ),
    'Option::flatten': fn('fn[T] Option::flatten(self : T??) -> T?', (self: Opt) => (self instanceof Some ? self.value : None)),
    'Option::filter': fn('fn[T] Option::filter(self : T?, f : (T) -> Bool raise?) -> T? raise?', (self: Opt, f: F1) =>
      self instanceof Some && f(self.value) ? self : None,
    ),
    'Option::is_some': fn('fn[T] Option::is_some(self : T?) -> Bool', (self: Opt) => self instanceof Some),
    'Option::is_none': fn('fn[T] Option::is_none(self : T?) -> Bool', (self: Opt) => !(self instanceof Some)),
    'Option::is_empty': fn('fn[T] Option::is_empty(self : T?) -> Bool', (self: Opt) => !(self instanceof Some)),
    'Option::iter': fn('fn[T] Option::iter(self : T?) -> Iter[T]', (self: Opt) => {
      let done = !(self instanceof Some);
      return new Iter(() => (done ? Iter.DONE : ((done = true), (self as Some<unknown>).value)));
    }),
    'Option::equal': fn('fn[X : Eq] Option::equal(self : X?, other : X?) -> Bool', equal),
    'Option::compare': fn('fn[X : Compare] Option::compare(self : X?, other : X?) -> Int', compare),
    'Option::hash': fn('fn[X : Hash] Option::hash(self : X?) -> Int', (X: Desc, self: Opt) => {
      const h = new Hasher();
      hashCombine(X, self, h);
      return h.finalize();
    }),
    'Option::to_string': fn('fn[X : Show] Option::to_string(self : X?) -> String', (X: Desc, self: Opt) =>
      self instanceof Some ? `Some(${(X['Show.to_string'] as (x: unknown) => string)(self.value)})` : 'None',
    ),
  },
  impls: {
    'Show for Option': impl('impl[X : Show] Show for X?', (X: Desc) => ({
      output: (self: Opt, logger: Logger) => {
        if (!(self instanceof Some)) return logger.write_string('None');
        logger.write_string('Some(');
        (X['Show.output'] as (x: unknown, l: Logger) => void)(self.value, logger);
        logger.write_string(')');
      },
    })),
    'Eq for Option': impl('impl[X : Eq] Eq for X?', (X: Desc) => ({ equal: (a: Opt, b: Opt) => equal(X, a, b) })),
    'Compare for Option': impl('impl[X : Compare] Compare for X?', (X: Desc) => ({ compare: (a: Opt, b: Opt) => compare(X, a, b) })),
    'Hash for Option': impl('impl[X : Hash] Hash for X?', (X: Desc) => ({ hash_combine: (self: Opt, h: Hasher) => hashCombine(X, self, h) })),
    'Default for Option': impl('impl[X] Default for X?', { default: () => None }),
  },
});
