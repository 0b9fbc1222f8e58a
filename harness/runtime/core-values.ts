// Runtime representations of core types that have no JavaScript
// counterpart. These classes hold data only; what MoonBit can do with the
// values is in the core library table (harness/corelib/), which is the one
// place that defines methods.

/** `StringView`: code units `start..end` of `str`. */
export class StringView {
  constructor(
    readonly str: string,
    readonly start: number,
    readonly end: number,
  ) {}
  toString(): string {
    return this.str.slice(this.start, this.end);
  }
}

/** `BytesView`: bytes `start..end` of `bytes`. */
export class BytesView {
  constructor(
    readonly bytes: Uint8Array,
    readonly start: number,
    readonly end: number,
  ) {}
}

/** `ArrayView[T]` and `MutArrayView[T]`: elements `start..end` of `arr`, shared with it. */
export class ArrayView<T = unknown> {
  constructor(
    readonly arr: T[],
    readonly start: number,
    readonly end: number,
  ) {}
}

/** `Iter[T]`: MoonBit's external iterator; `next` returns an element or `Iter.DONE`. */
export class Iter<T = unknown> {
  static readonly DONE: unique symbol = Symbol('Iter.DONE');
  constructor(readonly next: () => T | typeof Iter.DONE) {}
}

/** What `Show::output` writes to (`&Logger`). */
export interface Logger {
  write_string(s: string): void;
  write_char(c: number): void;
  write_view(v: StringView): void;
  write_substring(s: string, start: number, len: number): void;
}

/** `StringBuilder`, also the Logger every `to_string` uses. */
export class StringBuilder implements Logger {
  private parts = '';
  write_string(s: string): void {
    this.parts += s;
  }
  write_char(c: number): void {
    this.parts += String.fromCodePoint(c);
  }
  write_view(v: StringView): void {
    this.parts += v.str.slice(v.start, v.end);
  }
  write_substring(s: string, start: number, len: number): void {
    this.parts += s.slice(start, start + len);
  }
  reset(): void {
    this.parts = '';
  }
  toString(): string {
    return this.parts;
  }
}

/**
 * A value of an error type (`suberror E { A(Int) }`, core's `ParseError`):
 * thrown when raised. `type` is the error type's runtime name; constructor
 * and fields follow the enum representation (`$c`, `_0`, ...).
 */
/** A type's name as MoonBit writes it: a doc's types carry a `$` suffix that keeps docs apart at run time. */
export function displayName(runtime: string): string {
  const i = runtime.indexOf('$');
  return i < 0 ? runtime : runtime.slice(0, i);
}

export class MoonBitError extends Error {
  [field: `_${number}`]: unknown;
  constructor(
    readonly type: string,
    readonly $c: string,
    fields: readonly unknown[],
  ) {
    super(`${displayName(type)}.${$c}`);
    this.name = displayName(type);
    fields.forEach((f, i) => {
      this[`_${i}`] = f;
    });
  }
}

/** `SourceLoc`: where a call stands, as MoonBit prints it (`file:line:col-line:col`). */
export class SourceLoc {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly endLine: number,
    readonly endColumn: number,
  ) {}
  toString(): string {
    return `${this.file}:${this.line}:${this.column}-${this.endLine}:${this.endColumn}`;
  }
}
