// Core's integer syntax for `Int64::from_json` and `UInt64::from_json`
// (its internal strconv `parse_int64` / `parse_uint64` with base 0): an
// optional sign (Int64 only), an optional `0x` / `0o` / `0b` prefix, digits
// of that base with single `_` between digits (or right after the prefix).
// Digits are consumed left to right and the first problem wins: a value
// leaving the type's range is `value out of range`, anything else
// `invalid syntax` (the messages of the Failure core raises).

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

export const SYNTAX = 'invalid syntax';
export const RANGE = 'value out of range';

/** The integer, or the failure message. */
export function parseInteger(text: string, signed: boolean): bigint | typeof SYNTAX | typeof RANGE {
  if (text === '') return SYNTAX;
  let i = 0;
  let negative = false;
  const sign = text[0];
  if (sign === '+' || sign === '-') {
    if (!signed) return SYNTAX;
    negative = sign === '-';
    i = 1;
  }
  let base = 10n;
  let underscoreOk = false;
  const prefix = /^0([xXoObB])/.exec(text.slice(i));
  if (prefix) {
    base = { x: 16n, o: 8n, b: 2n }[prefix[1]!.toLowerCase() as 'x' | 'o' | 'b'];
    i += 2;
    underscoreOk = true;
  }
  if (!/^_?[0-9a-zA-Z]/.test(text.slice(i))) return SYNTAX;
  const [min, max] = signed ? [INT64_MIN, INT64_MAX] : [0n, UINT64_MAX];
  let acc = 0n;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5f /* _ */) {
      if (i === text.length - 1 || !underscoreOk) return SYNTAX;
      underscoreOk = false;
      continue;
    }
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x7a ? c - 0x61 + 10 : c >= 0x41 && c <= 0x5a ? c - 0x41 + 10 : -1;
    if (digit < 0 || BigInt(digit) >= base) return SYNTAX;
    acc = negative ? acc * base - BigInt(digit) : acc * base + BigInt(digit);
    if (acc < min || acc > max) return RANGE;
    underscoreOk = true;
  }
  return acc;
}
