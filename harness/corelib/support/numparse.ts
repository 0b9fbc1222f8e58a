// Core's number parsing (strconv), shared by @strconv (which raises
// StrConvError) and @string (which raises Failure): each parser takes the
// function that raises. The messages are core's.
//
// Integers: optional sign (not for unsigned types), then an optional base
// prefix `0x` `0o` `0b` (only when the base is 0, meaning "from the prefix,
// else 10", or when it matches the given base), then digits of the base;
// underscores may separate digits, and follow a prefix, but may not lead or
// trail. Errors are found left to right, so an overflow before a bad digit
// reports the overflow.
// Doubles: decimal syntax `[+-]digits[.digits][e[+-]digits]` with the same
// underscore rule, or `inf`, `infinity`, `nan` in any case with an optional
// sign; the value is correctly rounded, a finite number too large for a
// Double is out of range and a too small one is zero.

import { StringView } from '../../runtime/core-values.ts';

export type Fail = (message: string) => never;

const SYNTAX = 'invalid syntax';
const RANGE = 'value out of range';
const BASE = 'invalid base';

/** The text of a StringView argument (a String literal may arrive as a plain string). */
export function viewText(s: StringView | string): string {
  return typeof s === 'string' ? s : s.str.slice(s.start, s.end);
}

const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;
const U64_MAX = (1n << 64n) - 1n;

/** A digit's value in bases up to 36, or 99 for anything else. */
function digitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 87;
  if (code >= 65 && code <= 90) return code - 55;
  return 99;
}

const PREFIX_BASE: Record<string, number> = { x: 16, X: 16, o: 8, O: 8, b: 2, B: 2 };

/** The digits' base and where they start; a prefix also allows a leading underscore. */
function consumeBase(s: string, at: number, base: number, fail: Fail): { base: number; at: number; prefixed: boolean } {
  const prefix = s[at] === '0' ? PREFIX_BASE[s[at + 1] ?? ''] : undefined;
  if (prefix !== undefined && (base === 0 || base === prefix)) return { base: prefix, at: at + 2, prefixed: true };
  if (base === 0) return { base: 10, at, prefixed: false };
  if (base < 2 || base > 36) fail(BASE);
  return { base, at, prefixed: false };
}

/** The digits from `at` on, in `base`, negated when `negative`, kept within [min, max]. */
function digits(s: string, at: number, base: number, prefixed: boolean, negative: boolean, min: bigint, max: bigint, fail: Fail): bigint {
  const first = digitValue(s.charCodeAt(at));
  const afterUnderscore = s[at] === '_' && digitValue(s.charCodeAt(at + 1)) < 36;
  if (!(first < 36 || afterUnderscore)) fail(SYNTAX);
  const b = BigInt(base);
  let acc = 0n;
  let underscoreAllowed = prefixed;
  for (let i = at; i < s.length; i++) {
    if (s[i] === '_') {
      if (i === s.length - 1 || !underscoreAllowed) fail(SYNTAX);
      underscoreAllowed = false;
      continue;
    }
    const d = digitValue(s.charCodeAt(i));
    if (d >= base) fail(SYNTAX);
    acc = negative ? acc * b - BigInt(d) : acc * b + BigInt(d);
    if (acc < min || acc > max) fail(RANGE);
    underscoreAllowed = true;
  }
  return acc;
}

export function parseInt64(text: string, base: number, fail: Fail): bigint {
  if (text === '') fail(SYNTAX);
  const negative = text[0] === '-';
  const start = text[0] === '-' || text[0] === '+' ? 1 : 0;
  const b = consumeBase(text, start, base, fail);
  return digits(text, b.at, b.base, b.prefixed, negative, I64_MIN, I64_MAX, fail);
}

export function parseInt(text: string, base: number, fail: Fail): number {
  const n = parseInt64(text, base, fail);
  if (n < -0x80000000n || n > 0x7fffffffn) fail(RANGE);
  return Number(n);
}

export function parseUInt64(text: string, base: number, fail: Fail): bigint {
  if (text === '') fail(SYNTAX);
  if (text[0] === '+' || text[0] === '-') fail(SYNTAX);
  const b = consumeBase(text, 0, base, fail);
  return digits(text, b.at, b.base, b.prefixed, false, 0n, U64_MAX, fail);
}

export function parseUInt(text: string, base: number, fail: Fail): number {
  const n = parseUInt64(text, base, fail);
  if (n > 0xffffffffn) fail(RANGE);
  return Number(n);
}

const TRUE = new Set(['true', 'TRUE', 'True', 't', 'T', '1']);
const FALSE = new Set(['false', 'FALSE', 'False', 'f', 'F', '0']);

export function parseBool(text: string, fail: Fail): boolean {
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  return fail(SYNTAX);
}

/**
 * Core's underscore rule for number literals: an underscore must follow a
 * digit (or a base prefix) and be followed by one; `e` is a digit only
 * after a hexadecimal prefix.
 */
function underscoresValid(s: string): boolean {
  let i = s[0] === '+' || s[0] === '-' ? 1 : 0;
  const prefix = s[i] === '0' ? PREFIX_BASE[s[i + 1] ?? ''] : undefined;
  const hex = prefix === 16;
  let allowed = false;
  if (prefix !== undefined) {
    i += 2;
    allowed = true;
  }
  let afterUnderscore = false;
  for (; i < s.length; i++) {
    const c = s[i]!;
    if (c === '_') {
      if (i === s.length - 1 || !allowed) return false;
      allowed = false;
      afterUnderscore = true;
      continue;
    }
    const isDigit = (c >= '0' && c <= '9') || (hex && /[a-fA-F]/.test(c));
    if (!isDigit && afterUnderscore) return false;
    allowed = isDigit;
    afterUnderscore = false;
  }
  return true;
}

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL = /^([+-]?)(?:(nan)|inf(?:inity)?)$/i;

export function parseDouble(text: string, fail: Fail): number {
  if (text === '' || !underscoresValid(text)) fail(SYNTAX);
  const plain = text.includes('_') ? text.replaceAll('_', '') : text;
  if (DECIMAL.test(plain)) {
    const value = Number(plain);
    if (!Number.isFinite(value)) fail(RANGE);
    return value;
  }
  const special = SPECIAL.exec(plain);
  if (!special) fail(SYNTAX);
  if (special[2] !== undefined) return NaN;
  return special[1] === '-' ? -Infinity : Infinity;
}

type View = StringView | string;

/**
 * The parsers of a package, on views, raising through `fail` (@strconv
 * raises StrConvError, @string Failure); `base` 0 reads a prefix.
 */
export function viewParsers(fail: Fail) {
  return {
    parseInt64: (s: View, base?: number): bigint => parseInt64(viewText(s), base ?? 0, fail),
    parseInt: (s: View, base?: number): number => parseInt(viewText(s), base ?? 0, fail),
    parseUInt64: (s: View, base?: number): bigint => parseUInt64(viewText(s), base ?? 0, fail),
    parseUInt: (s: View, base?: number): number => parseUInt(viewText(s), base ?? 0, fail),
    parseBool: (s: View): boolean => parseBool(viewText(s), fail),
    parseDouble: (s: View): number => parseDouble(viewText(s), fail),
  };
}
