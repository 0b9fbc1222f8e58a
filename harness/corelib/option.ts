// `@option`: its package functions (all deprecated in core, kept because
// docs may still call them); the methods of `T?` are builtin's.

import { defineModule, fn } from './define.ts';
import { Some, None } from '../runtime/values.ts';

export default defineModule('option', {
  fns: {
    empty: fn('fn[T] empty() -> T?', () => None),
    some: fn('fn[T] some(value : T) -> T?', (value: unknown) => new Some(value)),
    when: fn('fn[T] when(condition : Bool, value : () -> T) -> T?', (condition: boolean, value: () => unknown) =>
      condition ? new Some(value()) : None,
    ),
    unless: fn('fn[T] unless(condition : Bool, value : () -> T) -> T?', (condition: boolean, value: () => unknown) =>
      condition ? None : new Some(value()),
    ),
  },
});
