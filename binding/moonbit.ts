// MoonBit values that cross the JavaScript boundary in both directions: the
// binding returns them and the doc-test runtime matches and shows them.
// Kept tiny and dependency-free so that both halves share one definition.

/** MoonBit's `Result[T, E]`. */
export type Result<T, E = MoonBitError> = Ok<T> | Err<E>;

export class Ok<T> {
  readonly tag = 'Ok' as const;
  constructor(readonly value: T) {}
}

export class Err<E> {
  readonly tag = 'Err' as const;
  constructor(readonly error: E) {}
}

/** Any MoonBit error value (`Error` in MoonBit). */
export type MoonBitError = Failure | Error;

/**
 * MoonBit's built-in `Failure(String)` error, raised by `fail(msg)` and by
 * every `_or_raise` function of the binding. `message` is the payload.
 */
export class Failure extends Error {
  override readonly name = 'Failure';
  constructor(message: string) {
    super(message);
  }
  // The shape every MoonBit error value has at run time (type, constructor, fields).
  get type(): string {
    return 'Failure';
  }
  get $c(): string {
    return 'Failure';
  }
  get _0(): string {
    return this.message;
  }
}
