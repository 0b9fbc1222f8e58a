// MoonBit values as the generated tests represent them, and the error
// classes the runtime throws. `Ok`, `Err` and `Failure` are the shared
// boundary classes of binding/moonbit.ts; they are re-exported, not redefined.

import { Ok, Err, Failure } from '../../binding/moonbit.ts';

export { Ok, Err, Failure };
export type { Result, MoonBitError } from '../../binding/moonbit.ts';

/** MoonBit's `Some(value)`. */
export class Some<T> {
  readonly tag = 'Some' as const;
  constructor(readonly value: T) {}
}

/** MoonBit's `None`: one shared value, compared by identity or by `tag`. */
export const None: { readonly tag: 'None' } = Object.freeze({ tag: 'None' as const });
export type None = typeof None;

/** MoonBit's `Option[T]` (`T?`). */
export type Option<T> = Some<T> | None;

export function isSome(x: unknown): x is Some<unknown> {
  return x instanceof Some;
}
export function isNone(x: unknown): x is None {
  return x === None || (typeof x === 'object' && x !== null && !(x instanceof Some) && (x as { tag?: unknown }).tag === 'None');
}

/** Where a call stands in the Markdown document. */
export interface Loc {
  file: string;
  line: number;
  column: number;
}

export function formatLoc(loc: Loc): string {
  return `${loc.file}:${loc.line}:${loc.column}`;
}

/**
 * A MoonBit panic (`panic()`, `abort(msg)`, division by zero, index out of
 * bounds, `unwrap` of `None`, …). Not a MoonBit `Error`: MoonBit code cannot
 * catch it, so generated code must let it propagate.
 */
export class Panic extends Error {
  override readonly name = 'Panic';
  constructor(message = 'panic') {
    super(message);
  }
}

/**
 * A failed `assert_*`. In MoonBit these raise `Failure`, so this is a
 * `Failure` (a MoonBit `try` catches it), carrying where it happened.
 */
export class AssertionFailed extends Failure {
  constructor(
    message: string,
    readonly loc: Loc | undefined,
  ) {
    super(message);
  }
}
