// MoonBit's `Show` as the doc tests see it: `show(v, ty)` is `v.to_string()`,
// which is what `inspect` compares against `content`.
//
// Rules, and where they come from (moonbitlang/core, read through the search
// index; several versions of the files are stored and they differ, the
// newest evidence wins and the older alternative is noted):
//
// - `Show` has two faces: `to_string` (top level, what `inspect` and
//   `println` use) and `output` (what containers use for their elements via
//   `write_object`). They differ only for String and Char:
//   * String: `to_string` is the string itself; `output` quotes it and
//     escapes `"` `\` as `\"` `\\`, newline/CR/backspace/tab as `\n` `\r`
//     `\b` `\t`, other code units below 0x20 as an escape (builtin/show.mbt).
//   * Char: `to_string` is the char itself (builtin/show_test.mbt,
//     char_test.mbt: `inspect('中', content="中")`); `output` is `'c'` with
//     `'` and `\` backslashed and the same control escapes as String.
//   * Control characters other than \n \r \b \t: builtin/char_test.mbt
//     (derive(Show) of `A('\u0000')` gives `A('\u{00}')`) shows `\u{XX}`; an
//     older builtin/show.mbt wrote `\xXX`. `\u{XX}` (two lowercase hex
//     digits) is used here, for String too.
// - Int, Int16, UInt16, UInt, Int64, UInt64, BigInt: decimal, `-` sign
//   (builtin/console.mbt `to_string`, show_test.mbt).
// - Double: shortest round-trip digits in ECMAScript `Number#toString` form
//   (double/internal/ryu is "adapted to comply with the ECMAScript
//   number-to-string algorithm"; ryu_test.mbt: `1.0`→`1`, `-0.0`→`0`,
//   `1.8531501765868567e21`→`1.8531501765868567e+21`, `1e-7`→`1e-7`,
//   NaN→`NaN`, ±∞→`Infinity`/`-Infinity`). So `String(n)` exactly.
// - Float: shown as its value widened to Double (per the brief; not checked
//   against core's Float::to_string, which may print fewer digits).
// - Bool: `true`/`false`. Unit: `()` (builtin/show.mbt).
// - Byte: `b'\xHH'` with two UPPERCASE hex digits, always escaped
//   (builtin/byte.mbt `to_string`; bytes_test.mbt `b'\\x4E'`).
// - Bytes: `b"..."`. builtin/bytes_test.mbt (2026) shows printable ASCII raw
//   (`b"A\x00\x00\x00"`, `b"<\xd8Q\xde"`, `b"abcd"`) and other bytes as
//   `\xhh` lowercase; older show.mbt escaped every byte. Used here: bytes
//   0x20..0x7E raw except `"` and `\` (backslashed), everything else `\xhh`.
// - Array / FixedArray / ArrayView: `[a, b, c]`, elements by `output`
//   (`["a", "b"]`); empty `[]` (builtin/show.mbt, show_test.mbt).
// - Tuples: `(a, b)`, elements by `output`.
// - Option: `Some(x)` / `None`; Result: `Ok(x)` / `Err(e)`, payload by
//   `output` (`Ok("abc")`) (builtin/show.mbt, show_test.mbt).
// - Ref: `{val: x}` (builtin/show.mbt).
// - Failure: builtin/failure.mbt (2026) is `suberror Failure { Failure(String) }
//   derive(Show)`, so `Failure("msg")` with the message escaped as a String;
//   older core printed `"Failure(msg)"`. `fail(msg)` raises
//   `Failure("<loc> FAILED: <msg>")` (failure.mbt).
// - Other errors (no Show of their own): `Name("message")`, or `Name` when
//   the message is empty — a runtime convention, not from core.
// - Records (plain objects) render like derive(Show) of a struct:
//   `{a: 1, b: "x"}`. Objects may define `[SHOW](): string` to supply their
//   own rendering; opaque objects without it show as `<ClassName>`.
//
// Without a type descriptor the JS representation decides: number → Double
// form (which is also Int form for integers), bigint → decimal, string →
// String, Uint8Array → Bytes, array → Array, Some/None/Ok/Err/errors as
// above. Char, Byte, Float and tuples can only be told apart with `ty`.

import { Ok, Err, Failure, Some, isNone } from './values.ts';

/** Static type descriptor emitted by the translator. */
export type Ty = { name: string; args?: Ty[] } | { tuple: Ty[] };

/** Objects can implement this to control how they are shown. */
export const SHOW: unique symbol = Symbol.for('moonbit.show');

export function show(value: unknown, ty?: Ty): string {
  const name = ty !== undefined && 'name' in ty ? ty.name : undefined;
  if (name === 'String' && typeof value === 'string') return value;
  if (name === 'Char' && typeof value === 'number') return String.fromCodePoint(value);
  if (ty === undefined && typeof value === 'string') return value;
  return output(value, ty);
}

/** MoonBit `Show::output`: the form values take inside containers. */
export function output(value: unknown, ty?: Ty): string {
  if (ty !== undefined) {
    if ('tuple' in ty) {
      if (Array.isArray(value)) return showTuple(value, ty.tuple);
    } else {
      const r = typed(value, ty);
      if (r !== undefined) return r;
    }
  }
  return dynamic(value);
}

function typed(value: unknown, ty: { name: string; args?: Ty[] }): string | undefined {
  const arg = (i: number): Ty | undefined => ty.args?.[i];
  switch (ty.name) {
    case 'Int':
    case 'Int16':
    case 'UInt16':
    case 'UInt':
    case 'Double':
    case 'Float':
      return typeof value === 'number' ? showDouble(value) : undefined;
    case 'Int64':
    case 'UInt64':
    case 'BigInt':
      return typeof value === 'bigint' || typeof value === 'number' ? String(value) : undefined;
    case 'Byte':
      return typeof value === 'number' ? showByte(value) : undefined;
    case 'Bool':
      return typeof value === 'boolean' ? String(value) : undefined;
    case 'Unit':
      return '()';
    case 'Char':
      return typeof value === 'number' ? escapeChar(value) : undefined;
    case 'String':
      return typeof value === 'string' ? escapeString(value) : undefined;
    case 'Bytes':
    case 'BytesView':
      return value instanceof Uint8Array ? showBytes(value) : undefined;
    case 'Array':
    case 'FixedArray':
    case 'ArrayView':
      return Array.isArray(value) ? showArray(value, arg(0)) : undefined;
    case 'Option':
      if (value instanceof Some) return `Some(${output(value.value, arg(0))})`;
      if (isNone(value)) return 'None';
      return undefined;
    case 'Result':
      if (value instanceof Ok) return `Ok(${output(value.value, arg(0))})`;
      if (value instanceof Err) return `Err(${output(value.error, arg(1))})`;
      return undefined;
    case 'Ref':
      if (typeof value === 'object' && value !== null && 'val' in value)
        return `{val: ${output((value as { val: unknown }).val, arg(0))}}`;
      return undefined;
    default:
      return undefined; // Error, Failure, opaque and unknown names: by representation
  }
}

function dynamic(value: unknown): string {
  switch (typeof value) {
    case 'undefined':
      return '()';
    case 'boolean':
      return String(value);
    case 'number':
      return showDouble(value);
    case 'bigint':
      return value.toString();
    case 'string':
      return escapeString(value);
    case 'function':
      return `<function>`;
    case 'symbol':
      return value.toString();
  }
  if (value === null) return '()';
  const obj = value as object;
  const custom = (obj as { [SHOW]?: unknown })[SHOW];
  if (typeof custom === 'function') return String(custom.call(obj));
  if (Array.isArray(obj)) return showArray(obj, undefined);
  if (obj instanceof Uint8Array) return showBytes(obj);
  if (obj instanceof Some) return `Some(${output(obj.value)})`;
  if (isNone(obj)) return 'None';
  if (obj instanceof Ok) return `Ok(${output(obj.value)})`;
  if (obj instanceof Err) return `Err(${output(obj.error)})`;
  if (obj instanceof Error) return showError(obj);
  const proto = Object.getPrototypeOf(obj);
  if (proto === Object.prototype || proto === null) {
    const fields = Object.entries(obj).map(([k, v]) => `${k}: ${output(v)}`);
    return `{${fields.join(', ')}}`;
  }
  const ctor = (proto as { constructor?: { name?: string } }).constructor?.name;
  return `<${ctor || 'object'}>`;
}

/** A caught error as MoonBit shows it. */
export function showError(e: Error): string {
  if (e instanceof Failure) return `Failure(${escapeString(e.message)})`;
  const name = e.name || e.constructor?.name || 'Error';
  return e.message === '' ? name : `${name}(${escapeString(e.message)})`;
}

export function showDouble(n: number): string {
  return String(n);
}

export function showByte(n: number): string {
  return `b'\\x${(n & 0xff).toString(16).toUpperCase().padStart(2, '0')}'`;
}

export function showBytes(b: Uint8Array): string {
  let s = 'b"';
  for (const byte of b) {
    if (byte === 0x22) s += '\\"';
    else if (byte === 0x5c) s += '\\\\';
    else if (byte >= 0x20 && byte < 0x7f) s += String.fromCharCode(byte);
    else s += `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return s + '"';
}

function showArray(xs: readonly unknown[], elem: Ty | undefined): string {
  return `[${xs.map((x) => output(x, elem)).join(', ')}]`;
}

function showTuple(xs: readonly unknown[], tys: readonly Ty[]): string {
  return `(${xs.map((x, i) => output(x, tys[i])).join(', ')})`;
}

function controlEscape(code: number): string | undefined {
  switch (code) {
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    case 0x08:
      return '\\b';
    case 0x09:
      return '\\t';
  }
  if (code < 0x20) return `\\u{${code.toString(16).padStart(2, '0')}}`;
  return undefined;
}

/** MoonBit `String::escape`: the quoted, escaped form (Show::output for String). */
export function escapeString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else out += controlEscape(c) ?? s[i];
  }
  return out + '"';
}

/** Show::output for Char: `'c'` with escapes. */
export function escapeChar(code: number): string {
  if (code === 0x27) return "'\\''";
  if (code === 0x5c) return "'\\\\'";
  return `'${controlEscape(code) ?? String.fromCodePoint(code)}'`;
}
