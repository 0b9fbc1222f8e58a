// The text algorithms shared by the String and StringView entries. Each
// works on the code units `start..end` of a JS string, so a String and a
// view of one run the same code without copying. Offsets in and out are
// relative to `start`, as MoonBit's view methods report them.
//
// MoonBit decodes UTF-16 leniently: a leading surrogate followed (inside
// the range) by a trailing one is one Char; any other surrogate is a Char
// of its own code unit. Iterating backwards looks for the leading half
// before the range's start too (core checks `index - 1 >= 0`, not
// `>= start`), which the reverse helpers reproduce.

import { Iter, StringBuilder, StringView, type Logger } from '../../runtime/core-values.ts';
import { None, Panic, Some, type Option } from '../../runtime/values.ts';

/** A `StringView` parameter: MoonBit converts a String implicitly, so either may arrive. */
export type Str = string | StringView;

export function dataOf(x: Str): string {
  return typeof x === 'string' ? x : x.str;
}
export function startOf(x: Str): number {
  return typeof x === 'string' ? 0 : x.start;
}
export function endOf(x: Str): number {
  return typeof x === 'string' ? x.length : x.end;
}
/** The code units of a String or view, as one JS string. */
export function textOf(x: Str): string {
  return typeof x === 'string' ? x : x.str.slice(x.start, x.end);
}
export function asView(x: Str): StringView {
  return typeof x === 'string' ? new StringView(x, 0, x.length) : x;
}

export function isLeading(unit: number): boolean {
  return (unit & 0xfc00) === 0xd800;
}
export function isTrailing(unit: number): boolean {
  return (unit & 0xfc00) === 0xdc00;
}

/** The Char starting at code unit `i`, a pair only when its second half lies before `end`. */
export function charAt(s: string, i: number, end: number): number {
  const c = s.charCodeAt(i);
  if (isLeading(c) && i + 1 < end) {
    const d = s.charCodeAt(i + 1);
    if (isTrailing(d)) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The Char ending just before code unit `i`; its leading half may lie anywhere from index 0. */
function charBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (isTrailing(c) && i - 2 >= 0) {
    const l = s.charCodeAt(i - 2);
    if (isLeading(l)) return ((l - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** How many code units a Char takes. */
export function width(c: number): number {
  return c > 0xffff ? 2 : 1;
}

export function charToString(c: number): string {
  return c <= 0xffff ? String.fromCharCode(c) : String.fromCodePoint(c);
}

export function panic(message: string): never {
  throw new Panic(message);
}

/** `Some(offset)` for a JS search result (-1 for none), relative to `start`. */
export function found(i: number, start: number): Option<number> {
  return i < 0 ? None : new Some(i - start);
}

export function chars(s: string, start: number, end: number): Iter<number> {
  let i = start;
  return new Iter(() => {
    if (i >= end) return Iter.DONE;
    const c = charAt(s, i, end);
    i += width(c);
    return c;
  });
}

export function revChars(s: string, start: number, end: number): Iter<number> {
  let i = end;
  return new Iter(() => {
    if (i <= start) return Iter.DONE;
    const c = charBefore(s, i);
    i -= width(c);
    return c;
  });
}

/** `Iter2[Int, Char]`: chars numbered from 0. */
export function indexedChars(s: string, start: number, end: number): { _0: Iter<[number, number]> } {
  let i = start;
  let n = 0;
  return {
    _0: new Iter(() => {
      if (i >= end) return Iter.DONE;
      const c = charAt(s, i, end);
      i += width(c);
      return [n++, c];
    }),
  };
}

export function toArray(s: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; ) {
    const c = charAt(s, i, end);
    out.push(c);
    i += width(c);
  }
  return out;
}

/** Char count of `start..end`; a leading surrogate followed by anything but a trailing one aborts, as in core. */
export function charLength(s: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++, n++) {
    if (isLeading(s.charCodeAt(i)) && i + 1 < end) {
      if (!isTrailing(s.charCodeAt(i + 1))) panic('invalid surrogate pair');
      i++;
    }
  }
  return n;
}

/** Whether `start..end` holds exactly (`exact`) or at least `len` chars, counting no further than needed. */
export function charLengthAtLeast(s: string, len: number, start: number, end: number, exact: boolean): boolean {
  let i = start;
  let n = 0;
  for (; i < end && n < len; i++, n++) {
    if (isLeading(s.charCodeAt(i)) && i + 1 < end) {
      if (!isTrailing(s.charCodeAt(i + 1))) panic('invalid surrogate pair');
      i++;
    }
  }
  return exact ? n === len && i === end : n >= len;
}

/**
 * The offset of the n-th char of `start..end` (from the end for a negative
 * n, where -1 is the last char), or None past either end. Core steps over a
 * pair on its leading half alone here, without looking at the next unit.
 */
export function offsetOfNthChar(s: string, n: number, start: number, end: number): Option<number> {
  if (n >= 0) {
    if (start < 0 || start > end) panic('Invalid start index');
    let i = start;
    let count = 0;
    while (i < end && count < n) {
      i += isLeading(s.charCodeAt(i)) ? 2 : 1;
      count++;
    }
    return count < n || i >= end ? None : new Some(i);
  }
  let i = end;
  let count = 0;
  while (i - 1 >= start && count < -n) {
    i -= isTrailing(s.charCodeAt(i - 1)) ? 2 : 1;
    count++;
  }
  return count < -n || i < start ? None : new Some(i);
}

/** The first occurrence of `needle` inside `start..end`, as an absolute index, or -1. */
export function indexIn(s: string, start: number, end: number, needle: string): number {
  const i = s.indexOf(needle, start);
  return i >= 0 && i + needle.length <= end ? i : -1;
}

/** The last occurrence of `needle` inside `start..end`, as an absolute index, or -1. */
export function lastIndexIn(s: string, start: number, end: number, needle: string): number {
  const from = end - needle.length;
  if (from < start) return -1;
  const i = s.lastIndexOf(needle, from);
  return i >= start ? i : -1;
}

/** Whether the code units of `start..end` include those of `c` (a pair only as a pair). */
export function containsChar(s: string, start: number, end: number, c: number): boolean {
  if (c <= 0xffff) {
    for (let i = start; i < end; i++) if (s.charCodeAt(i) === c) return true;
    return false;
  }
  const high = 0xd800 + ((c - 0x10000) >> 10);
  const low = 0xdc00 + ((c - 0x10000) & 0x3ff);
  for (let i = start; i < end - 1; ) {
    if (s.charCodeAt(i) === high) {
      if (s.charCodeAt(i + 1) === low) return true;
      i += 2;
    } else i++;
  }
  return false;
}

export const WHITESPACE = '\t\n\r ';

/** The start of `start..end` after dropping leading chars found in `set`. */
export function trimStartIndex(s: string, start: number, end: number, set: Str): number {
  const d = dataOf(set);
  const ds = startOf(set);
  const de = endOf(set);
  let i = start;
  while (i < end) {
    const c = charAt(s, i, end);
    if (!containsChar(d, ds, de, c)) break;
    i += width(c);
  }
  return i;
}

/** The end of `start..end` after dropping trailing chars found in `set`. */
export function trimEndIndex(s: string, start: number, end: number, set: Str): number {
  const d = dataOf(set);
  const ds = startOf(set);
  const de = endOf(set);
  let i = end;
  while (i > start) {
    const c = charBeforeIn(s, start, i);
    if (!containsChar(d, ds, de, c)) break;
    i -= width(c);
  }
  return i;
}

/** The char ending before `i`, a pair only when both halves lie inside `start..i` (view patterns' rule). */
function charBeforeIn(s: string, start: number, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (isTrailing(c) && i - 2 >= start) {
    const l = s.charCodeAt(i - 2);
    if (isLeading(l)) return ((l - 0xd800) << 10) + (c - 0xdc00) + 0x10000;
  }
  return c;
}

/** `(c) -> Bool` applied to each char; the offset of the first that holds. */
export function findBy(s: string, start: number, end: number, pred: (c: number) => boolean): Option<number> {
  for (let i = start; i < end; ) {
    const c = charAt(s, i, end);
    if (pred(c)) return new Some(i - start);
    i += width(c);
  }
  return None;
}

export function fold<A>(s: string, start: number, end: number, init: A, f: (acc: A, c: number) => A): A {
  let acc = init;
  for (let i = start; i < end; ) {
    const c = charAt(s, i, end);
    acc = f(acc, c);
    i += width(c);
  }
  return acc;
}

export function revFold<A>(s: string, start: number, end: number, init: A, f: (acc: A, c: number) => A): A {
  let acc = init;
  for (let i = end; i > start; ) {
    const c = charBefore(s, i);
    acc = f(acc, c);
    i -= width(c);
  }
  return acc;
}

export function reversed(s: string, start: number, end: number): string {
  let out = '';
  for (let i = end; i > start; ) {
    const c = charBefore(s, i);
    out += charToString(c);
    i -= width(c);
  }
  return out;
}

/** `String::make`: `length` copies of a char; a negative length aborts. */
export function makeString(length: number, c: number): string {
  if (length < 0) panic('invalid length');
  return charToString(c).repeat(length);
}

export function repeatText(text: string, n: number): string {
  return n <= 0 ? '' : text.repeat(n);
}

/** Whole-range `replace_all`: an empty `old` puts `new` around every char, as core does. */
export function replaceAll(text: string, old: string, by: string): string {
  if (old !== '') return text.split(old).join(by);
  let out = by;
  for (let i = 0; i < text.length; ) {
    const c = charAt(text, i, text.length);
    out += charToString(c) + by;
    i += width(c);
  }
  return out;
}

/** ASCII-only case mapping, as core's `to_upper`/`to_lower` (other letters stay). */
export function asciiUpper(text: string): string {
  return /[a-z]/.test(text) ? text.replace(/[a-z]+/g, (m) => m.toUpperCase()) : text;
}
export function asciiLower(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : text;
}

function foldAscii(u: number): number {
  return u >= 0x41 && u <= 0x5a ? u + 32 : u;
}

/** Code-unit order up to the shorter length, then the shorter first (`lexical_compare`). */
export function lexicalCompare(a: Str, b: Str, ignoreCase: boolean): number {
  const as = dataOf(a);
  const bs = dataOf(b);
  const a0 = startOf(a);
  const b0 = startOf(b);
  const la = endOf(a) - a0;
  const lb = endOf(b) - b0;
  const n = la < lb ? la : lb;
  for (let i = 0; i < n; i++) {
    let x = as.charCodeAt(a0 + i);
    let y = bs.charCodeAt(b0 + i);
    if (ignoreCase) {
      x = foldAscii(x);
      y = foldAscii(y);
    }
    if (x !== y) return x < y ? -1 : 1;
  }
  return la === lb ? 0 : la < lb ? -1 : 1;
}

export function equalIgnoreAsciiCase(a: Str, b: Str): boolean {
  return endOf(a) - startOf(a) === endOf(b) - startOf(b) && lexicalCompare(a, b, true) === 0;
}

/** Core's `Compare` for strings and views: shortlex by code units. */
export function shortlex(a: string, b: string): number {
  if (a.length !== b.length) return a.length < b.length ? -1 : 1;
  return a === b ? 0 : a < b ? -1 : 1;
}

/** `s[start:end]` on the range `lo..hi` of `s`: negative bounds count from `hi`; a bound inside a pair panics. */
export function subView(s: string, lo: number, hi: number, start: number | undefined, end: Option<number>): StringView {
  const v = getSubView(s, lo, hi, start, end);
  if (v === undefined) panic('Invalid index for View');
  return v;
}

/** `get_view`: like `sub`, but None instead of a panic. */
export function getSubView(
  s: string,
  lo: number,
  hi: number,
  start: number | undefined,
  end: Option<number>,
): StringView | undefined {
  const e = end instanceof Some ? (end.value < 0 ? hi + end.value : lo + end.value) : hi;
  const st = start === undefined ? lo : start < 0 ? hi + start : lo + start;
  if (!(st >= lo && st <= e && e <= hi)) return undefined;
  if (st < s.length && isTrailing(s.charCodeAt(st))) return undefined;
  if (e < s.length && isTrailing(s.charCodeAt(e))) return undefined;
  return new StringView(s, st, e);
}

/** `view(start_offset?, end_offset?)`: plain bounds, no surrogate check. */
export function offsetView(s: string, lo: number, hi: number, start: number | undefined, end: Option<number>): StringView {
  const st = start ?? 0;
  const e = end instanceof Some ? end.value : hi - lo;
  if (!(st >= 0 && st <= e && e <= hi - lo)) panic('Invalid index for View');
  return new StringView(s, lo + st, lo + e);
}

/** `suffixes`: views from each char's start to the end, and the empty one when asked. */
export function suffixes(s: string, start: number, end: number, includeEmpty: boolean): Iter<StringView> {
  let next = start;
  let finished = false;
  return new Iter(() => {
    if (finished) return Iter.DONE;
    if (next === end) {
      finished = true;
      return includeEmpty ? new StringView(s, next, end) : Iter.DONE;
    }
    const v = new StringView(s, next, end);
    next += isLeading(s.charCodeAt(next)) && next + 1 < end && isTrailing(s.charCodeAt(next + 1)) ? 2 : 1;
    return v;
  });
}

/** `split`: the pieces between separators; an empty separator gives each char as a view of its own. */
export function split(s: string, start: number, end: number, sep: string): Iter<StringView> {
  if (sep === '') {
    const it = chars(s, start, end);
    return new Iter(() => {
      const c = it.next();
      if (c === Iter.DONE) return Iter.DONE;
      const t = charToString(c);
      return new StringView(t, 0, t.length);
    });
  }
  let from = start;
  let done = false;
  return new Iter(() => {
    if (done) return Iter.DONE;
    const i = indexIn(s, from, end, sep);
    if (i < 0) {
      done = true;
      return new StringView(s, from, end);
    }
    const piece = new StringView(s, from, i);
    from = i + sep.length;
    return piece;
  });
}

/**
 * Show for strings: `"`, `\`, newline, carriage return, backspace and tab
 * get their escapes, other code units below a space `\u{hh}`, the rest
 * (DEL, non-ASCII, lone surrogates) stays. Unescaped runs are written as
 * views `s[seg:i]`, so, as in core, a run starting at a trailing surrogate
 * or ending just before one panics.
 */
export function escapeTo(logger: Logger, s: string, start: number, end: number, quote: boolean): void {
  if (quote) logger.write_char(0x22);
  if (start === 0 && end === s.length && !NEEDS_ESCAPE.test(s)) {
    // The common case: one unescaped run, the whole string.
    flush(logger, s, 0, end);
    if (quote) logger.write_char(0x22);
    return;
  }
  let seg = start;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    let esc: string | undefined;
    if (c === 0x22) esc = '\\"';
    else if (c === 0x5c) esc = '\\\\';
    else if (c === 0x0a) esc = '\\n';
    else if (c === 0x0d) esc = '\\r';
    else if (c === 0x08) esc = '\\b';
    else if (c === 0x09) esc = '\\t';
    else if (c < 0x20) esc = `\\u{${hex2(c)}}`;
    else continue;
    flush(logger, s, seg, i);
    logger.write_string(esc);
    seg = i + 1;
  }
  flush(logger, s, seg, end);
  if (quote) logger.write_char(0x22);
}

const NEEDS_ESCAPE = /["\\\u0000-\u001f]/;

function flush(logger: Logger, s: string, seg: number, i: number): void {
  if (i <= seg) return;
  if (isTrailing(s.charCodeAt(seg)) || (i < s.length && isTrailing(s.charCodeAt(i)))) {
    panic('Invalid index for View');
  }
  logger.write_substring(s, seg, i - seg);
}

/** Two lowercase hex digits of a byte (`Byte::to_hex`). */
export function hex2(b: number): string {
  return (b < 16 ? '0' : '') + b.toString(16);
}

export function escapeString(s: string, start: number, end: number, quote: boolean): string {
  const out = new StringBuilder();
  escapeTo(out, s, start, end, quote);
  return out.toString();
}

/** Whether the range's position `i` (relative) falls between the halves of a pair. */
function insidePair(s: string, lo: number, hi: number, i: number): boolean {
  return i > 0 && i < hi - lo && isTrailing(s.charCodeAt(lo + i)) && isLeading(s.charCodeAt(lo + i - 1));
}

function clamp(x: number, len: number): number {
  return x < 0 ? 0 : x > len ? len : x;
}

/** `clamped_view` (newer cores): bounds clamped into range and moved off a pair's middle, never panicking. */
export function clampedView(s: string, lo: number, hi: number, start: number | undefined, end: Option<number>): StringView {
  const len = hi - lo;
  let a = clamp(start ?? 0, len);
  let b = end instanceof Some ? clamp(end.value, len) : len;
  if (insidePair(s, lo, hi, a)) a++;
  if (insidePair(s, lo, hi, b)) b--;
  return new StringView(s, lo + a, lo + (a >= b ? a : b));
}

/** `split_at` (newer cores): the two views around a clamped cut, moved before a pair it would split. */
export function splitAt(s: string, lo: number, hi: number, at: number): [StringView, StringView] {
  let cut = clamp(at, hi - lo);
  if (insidePair(s, lo, hi, cut)) cut--;
  return [new StringView(s, lo, lo + cut), new StringView(s, lo + cut, hi)];
}

/** `all` over the chars of a range (`f` may raise). */
export function all(s: string, start: number, end: number, f: (c: number) => boolean): boolean {
  for (let i = start; i < end; ) {
    const c = charAt(s, i, end);
    if (!f(c)) return false;
    i += width(c);
  }
  return true;
}

/** `any` over the chars of a range (`f` may raise). */
export function any(s: string, start: number, end: number, f: (c: number) => boolean): boolean {
  return !all(s, start, end, (c) => !f(c));
}

export function containsCodeUnit(s: string, start: number, end: number, unit: number): boolean {
  const i = s.indexOf(String.fromCharCode(unit), start);
  return i >= 0 && i < end;
}
