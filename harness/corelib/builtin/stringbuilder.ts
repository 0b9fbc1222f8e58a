// `StringBuilder` and the `Logger` protocol that `Show::output` writes to.
// A `&Logger` is any object with the four write methods (core-values.ts);
// StringBuilder is the runtime's own. `StringBuilder::StringBuilder` is the
// constructor newer cores call as `StringBuilder()`; the core the oracle
// runs spells it `StringBuilder::new`, so both are here.

import { Iter, StringBuilder, StringView, type Logger } from '../../runtime/core-values.ts';
import type { Desc } from '../../runtime/desc.ts';
import { defineModule, fn, impl } from '../define.ts';
import { charToString, type Str } from '../support/strings.ts';

type Output = (x: unknown, logger: Logger) => void;

/** JS strings grow by themselves: like core on JS, the size hint is unused. */
function create(_sizeHint: number | undefined): StringBuilder {
  return new StringBuilder();
}

function writeObject(T: Desc, self: Logger, obj: unknown): void {
  (T['Show.output'] as Output)(obj, self);
}

function writeView(self: Logger, view: Str): void {
  if (typeof view === 'string') self.write_string(view);
  else self.write_substring(view.str, view.start, view.end - view.start);
}

/**
 * `&Logger::write_iter`: `prefix`, the elements' Show separated by `sep`
 * (after each one when `trailing`), `suffix`.
 */
function writeIter(
  T: Desc,
  self: Logger,
  iter: Iter<unknown>,
  prefix: string | undefined,
  suffix: string | undefined,
  sep: string | undefined,
  trailing: boolean | undefined,
): void {
  const out = T['Show.output'] as Output;
  const separator = sep ?? ', ';
  self.write_string(prefix ?? '[');
  let first = true;
  for (let x = iter.next(); x !== Iter.DONE; x = iter.next()) {
    if (trailing) {
      out(x, self);
      self.write_string(separator);
    } else {
      if (!first) self.write_string(separator);
      out(x, self);
      first = false;
    }
  }
  self.write_string(suffix ?? ']');
}

/**
 * Logger's default methods, for a type that implements only some of them:
 * each is built from the descriptor's others, as core's defaults are.
 */
export const LOGGER_DEFAULTS: Record<string, (d: Desc) => (...args: never[]) => void> = {
  write_string: (d) => (self: unknown, s: string) => call(d, 'write_view', self, new StringView(s, 0, s.length)),
  write_substring: (d) => (self: unknown, s: string, start: number, len: number) =>
    call(d, 'write_view', self, new StringView(s, start, start + len)),
  write_view: (d) => (self: unknown, v: StringView) => call(d, 'write_substring', self, v.str, v.start, v.end - v.start),
  write_char: (d) => (self: unknown, c: number) => call(d, 'write_string', self, charToString(c)),
};

function call(d: Desc, method: string, ...args: unknown[]): void {
  (d[`Logger.${method}`] as (...a: unknown[]) => void)(...args);
}

export default defineModule('', {
  decls: `
    type StringBuilder
    pub(open) trait Logger {
      write_string(Self, String) -> Unit = _
      write_substring(Self, String, Int, Int) -> Unit = _
      write_view(Self, StringView) -> Unit = _
      write_char(Self, Char) -> Unit = _
    }
  `,
  fns: {
    'StringBuilder::new': fn('fn StringBuilder::new(size_hint? : Int = ..) -> StringBuilder', create),
    'StringBuilder::StringBuilder': fn('fn StringBuilder::StringBuilder(size_hint? : Int = ..) -> StringBuilder', create),
    'StringBuilder::is_empty': fn('fn StringBuilder::is_empty(self : StringBuilder) -> Bool', (self: StringBuilder) =>
      self.toString() === '',
    ),
    'StringBuilder::to_string': fn('fn StringBuilder::to_string(self : StringBuilder) -> String', (self: StringBuilder) =>
      self.toString(),
    ),
    'StringBuilder::reset': fn('fn StringBuilder::reset(self : StringBuilder) -> Unit', (self: StringBuilder) => self.reset()),
    'StringBuilder::write_object': fn(
      'fn[T : Show] StringBuilder::write_object(self : StringBuilder, obj : T) -> Unit',
      writeObject,
    ),
    'StringBuilder::write_iter': fn(
      'fn StringBuilder::write_iter(self : StringBuilder, iter : Iter[Char]) -> Unit',
      (self: StringBuilder, iter: Iter<number>) => {
        for (let c = iter.next(); c !== Iter.DONE; c = iter.next()) self.write_char(c);
      },
    ),
    'StringBuilder::write_stringview': fn(
      'fn StringBuilder::write_stringview(self : StringBuilder, view : StringView) -> Unit',
      writeView,
    ),
    '&Logger::write_object': fn('fn[Obj : Show] &Logger::write_object(self : &Logger, obj : Obj) -> Unit', writeObject),
    '&Logger::write_iter': fn(
      'fn[T : Show] &Logger::write_iter(self : &Logger, iter : Iter[T], prefix? : String = .., suffix? : String = .., sep? : String = .., trailing? : Bool = ..) -> Unit',
      writeIter,
    ),
  },
  impls: {
    'Logger for StringBuilder': impl('impl Logger for StringBuilder', {
      write_string: (self: StringBuilder, s: string) => self.write_string(s),
      write_substring: (self: StringBuilder, s: string, start: number, len: number) => self.write_substring(s, start, len),
      write_view: writeView,
      write_char: (self: StringBuilder, c: number) => self.write_char(c),
    }),
    'Show for StringBuilder': impl('impl Show for StringBuilder', {
      output: (self: StringBuilder, logger: Logger) => logger.write_string(self.toString()),
    }),
  },
});
