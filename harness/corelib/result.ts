// `@result`: its package functions and the methods core keeps there (all
// deprecated, kept because docs may still call them); the rest of
// `Result`'s methods are builtin's.

import { defineModule, fn } from './define.ts';
import { Ok, Err, type Result } from '../runtime/values.ts';

export default defineModule('result', {
  fns: {
    ok: fn('fn[T, E] ok(value : T) -> Result[T, E]', (value: unknown) => new Ok(value)),
    err: fn('fn[T, E] err(value : E) -> Result[T, E]', (value: unknown) => new Err(value)),
    'Result::is_ok': fn('fn[T, E] Result::is_ok(self : Result[T, E]) -> Bool', (self: Result<unknown, unknown>) => self instanceof Ok),
    'Result::is_err': fn('fn[T, E] Result::is_err(self : Result[T, E]) -> Bool', (self: Result<unknown, unknown>) => self instanceof Err),
    'Result::fold': fn('fn[T, E, V] Result::fold(self : Result[T, E], ok : (T) -> V, err : (E) -> V) -> V', (self: Result<unknown, unknown>, ok: (x: unknown) => unknown, err: (e: unknown) => unknown) =>
      self instanceof Ok ? ok(self.value) : err((self as Err<unknown>).error),
    ),
  },
});
