// `String`: MoonBit's UTF-16 string, a JS string. Offsets are code units;
// iteration is by Char (see support/strings.ts for the decoding rule).
// `s[i]` is `String::at` (a UInt16) and `s[i:j]` is `String::sub` (a
// StringView); core declares both as the `_[_]` and `_[_:_]` aliases.

import { ArrayView, Iter, StringView, type Logger } from '../../runtime/core-values.ts';
import type { Hasher } from '../../runtime/hasher.ts';
import { None, Some, type Option } from '../../runtime/values.ts';
import { defineModule, fn, impl } from '../define.ts';
import * as S from '../support/strings.ts';
import type { Str } from '../support/strings.ts';

type CharPred = (c: number) => boolean;
type Folder = (acc: unknown, c: number) => unknown;

function endOr(end: Option<number>, len: number): number {
  return end instanceof Some ? end.value : len;
}

/** The prefix/suffix pair around the match at absolute `i` of `needle`, or None. */
function splitAround(s: string, lo: number, hi: number, i: number, needle: number): Option<[StringView, StringView]> {
  return i < 0 ? None : new Some([new StringView(s, lo, i), new StringView(s, i + needle, hi)]);
}

function charsOf(view: ArrayView<number> | number[]): string {
  const [arr, start, end] = view instanceof ArrayView ? [view.arr, view.start, view.end] : [view, 0, view.length];
  let out = '';
  for (let i = start; i < end; i++) out += S.charToString(arr[i]!);
  return out;
}

function charsFromIter(iter: Iter<number>): string {
  let out = '';
  for (let c = iter.next(); c !== Iter.DONE; c = iter.next()) out += S.charToString(c);
  return out;
}

function stripPrefix(self: string, prefix: Str): Option<StringView> {
  const p = S.textOf(prefix);
  return self.startsWith(p) ? new Some(new StringView(self, p.length, self.length)) : None;
}

function stripSuffix(self: string, suffix: Str): Option<StringView> {
  const p = S.textOf(suffix);
  return self.endsWith(p) ? new Some(new StringView(self, 0, self.length - p.length)) : None;
}

const stripPrefixSig = (name: string) => `fn String::${name}(self : String, prefix : StringView) -> StringView?`;
const stripSuffixSig = (name: string) => `fn String::${name}(self : String, suffix : StringView) -> StringView?`;

export default defineModule('', {
  decls: `
    pub trait ToStringView {
      to_string_view(Self) -> StringView
    }
  `,
  fns: {
    'String::length': fn('fn String::length(self : String) -> Int', (self: string) => self.length),
    'String::at': fn('fn String::at(self : String, idx : Int) -> UInt16', (self: string, idx: number) => {
      if (idx < 0 || idx >= self.length) S.panic(`index out of bounds: the len is ${self.length} but the index is ${idx}`);
      return self.charCodeAt(idx);
    }),
    'String::code_unit_at': fn('fn String::code_unit_at(self : String, idx : Int) -> UInt16', (self: string, idx: number) => {
      if (idx < 0 || idx >= self.length) S.panic(`index out of bounds: the len is ${self.length} but the index is ${idx}`);
      return self.charCodeAt(idx);
    }),
    'String::get': fn('fn String::get(self : String, idx : Int) -> Int?', (self: string, idx: number) =>
      idx >= 0 && idx < self.length ? new Some(self.charCodeAt(idx)) : None,
    ),
    'String::get_char': fn('fn String::get_char(self : String, idx : Int) -> Char?', (self: string, idx: number) =>
      getChar(self, 0, self.length, idx),
    ),
    'String::make': fn('fn String::make(length : Int, value : Char) -> String', S.makeString),
    'String::from_array': fn('fn String::from_array(chars : ArrayView[Char]) -> String', charsOf),
    'String::from_iter': fn('fn String::from_iter(iter : Iter[Char]) -> String', charsFromIter),
    'String::to_array': fn('fn String::to_array(self : String) -> Array[Char]', (self: string) =>
      S.toArray(self, 0, self.length),
    ),
    'String::iter': fn('fn String::iter(self : String) -> Iter[Char]', (self: string) => S.chars(self, 0, self.length)),
    'String::iter2': fn('fn String::iter2(self : String) -> Iter2[Int, Char]', (self: string) =>
      S.indexedChars(self, 0, self.length),
    ),
    'String::rev_iter': fn('fn String::rev_iter(self : String) -> Iter[Char]', (self: string) =>
      S.revChars(self, 0, self.length),
    ),
    'String::char_length': fn(
      'fn String::char_length(self : String, start_offset? : Int = .., end_offset? : Int) -> Int',
      (self: string, start: number | undefined, end: Option<number>) => {
        const s = start ?? 0;
        const e = endOr(end, self.length);
        if (!(s >= 0 && s <= e && e <= self.length)) S.panic('invalid start or end index for String::codepoint_length');
        return S.charLength(self, s, e);
      },
    ),
    'String::char_length_eq': fn(
      'fn String::char_length_eq(self : String, len : Int, start_offset? : Int = .., end_offset? : Int) -> Bool',
      (self: string, len: number, start: number | undefined, end: Option<number>) =>
        S.charLengthAtLeast(self, len, start ?? 0, endOr(end, self.length), true),
    ),
    'String::char_length_ge': fn(
      'fn String::char_length_ge(self : String, len : Int, start_offset? : Int = .., end_offset? : Int) -> Bool',
      (self: string, len: number, start: number | undefined, end: Option<number>) =>
        S.charLengthAtLeast(self, len, start ?? 0, endOr(end, self.length), false),
    ),
    'String::offset_of_nth_char': fn(
      'fn String::offset_of_nth_char(self : String, i : Int, start_offset? : Int = .., end_offset? : Int) -> Int?',
      (self: string, i: number, start: number | undefined, end: Option<number>) =>
        S.offsetOfNthChar(self, i, start ?? 0, endOr(end, self.length)),
    ),
    'String::view': fn(
      'fn String::view(self : String, start_offset? : Int = .., end_offset? : Int) -> StringView',
      (self: string, start: number | undefined, end: Option<number>) => S.offsetView(self, 0, self.length, start, end),
    ),
    'String::sub': fn(
      'fn String::sub(self : String, start? : Int = .., end? : Int) -> StringView',
      (self: string, start: number | undefined, end: Option<number>) => S.subView(self, 0, self.length, start, end),
    ),
    'String::get_view': fn(
      'fn String::get_view(self : String, start? : Int = .., end? : Int) -> StringView?',
      (self: string, start: number | undefined, end: Option<number>) => {
        const v = S.getSubView(self, 0, self.length, start, end);
        return v === undefined ? None : new Some(v);
      },
    ),
    'String::suffixes': fn(
      'fn String::suffixes(self : String, include_empty? : Bool = ..) -> Iter[StringView]',
      (self: string, includeEmpty: boolean | undefined) => S.suffixes(self, 0, self.length, includeEmpty ?? false),
    ),
    'String::find': fn('fn String::find(self : String, str : StringView) -> Int?', (self: string, str: Str) =>
      S.found(self.indexOf(S.textOf(str)), 0),
    ),
    'String::rev_find': fn('fn String::rev_find(self : String, str : StringView) -> Int?', (self: string, str: Str) =>
      S.found(S.lastIndexIn(self, 0, self.length, S.textOf(str)), 0),
    ),
    'String::find_by': fn('fn String::find_by(self : String, pred : (Char) -> Bool) -> Int?', (self: string, pred: CharPred) =>
      S.findBy(self, 0, self.length, pred),
    ),
    'String::contains': fn('fn String::contains(self : String, str : StringView) -> Bool', (self: string, str: Str) =>
      self.includes(S.textOf(str)),
    ),
    'String::contains_char': fn('fn String::contains_char(self : String, c : Char) -> Bool', (self: string, c: number) =>
      S.containsChar(self, 0, self.length, c),
    ),
    'String::contains_any': fn(
      'fn String::contains_any(self : String, chars~ : StringView) -> Bool',
      (self: string, chars: Str) => containsAny(self, 0, self.length, chars),
    ),
    'String::has_prefix': fn('fn String::has_prefix(self : String, str : StringView) -> Bool', (self: string, str: Str) =>
      self.startsWith(S.textOf(str)),
    ),
    'String::has_suffix': fn('fn String::has_suffix(self : String, str : StringView) -> Bool', (self: string, str: Str) =>
      self.endsWith(S.textOf(str)),
    ),
    // Deprecated aliases of has_prefix / has_suffix.
    'String::starts_with': fn('fn String::starts_with(self : String, str : StringView) -> Bool', (self: string, str: Str) =>
      self.startsWith(S.textOf(str)),
    ),
    'String::ends_with': fn('fn String::ends_with(self : String, str : StringView) -> Bool', (self: string, str: Str) =>
      self.endsWith(S.textOf(str)),
    ),
    'String::strip_prefix': fn(stripPrefixSig('strip_prefix'), stripPrefix),
    'String::chop_prefix': fn(stripPrefixSig('chop_prefix'), stripPrefix),
    'String::strip_suffix': fn(stripSuffixSig('strip_suffix'), stripSuffix),
    'String::chop_suffix': fn(stripSuffixSig('chop_suffix'), stripSuffix),
    'String::before': fn('fn String::before(self : String, needle : StringView) -> StringView?', (self: string, needle: Str) => {
      const i = self.indexOf(S.textOf(needle));
      return i < 0 ? None : new Some(new StringView(self, 0, i));
    }),
    'String::after': fn('fn String::after(self : String, needle : StringView) -> StringView?', (self: string, needle: Str) => {
      const n = S.textOf(needle);
      const i = self.indexOf(n);
      return i < 0 ? None : new Some(new StringView(self, i + n.length, self.length));
    }),
    'String::rev_before': fn(
      'fn String::rev_before(self : String, needle : StringView) -> StringView?',
      (self: string, needle: Str) => {
        const i = S.lastIndexIn(self, 0, self.length, S.textOf(needle));
        return i < 0 ? None : new Some(new StringView(self, 0, i));
      },
    ),
    'String::rev_after': fn('fn String::rev_after(self : String, needle : StringView) -> StringView?', (self: string, needle: Str) => {
      const n = S.textOf(needle);
      const i = S.lastIndexIn(self, 0, self.length, n);
      return i < 0 ? None : new Some(new StringView(self, i + n.length, self.length));
    }),
    'String::split_once': fn(
      'fn String::split_once(self : String, needle : StringView) -> (StringView, StringView)?',
      (self: string, needle: Str) => {
        const n = S.textOf(needle);
        return splitAround(self, 0, self.length, self.indexOf(n), n.length);
      },
    ),
    'String::rev_split_once': fn(
      'fn String::rev_split_once(self : String, needle : StringView) -> (StringView, StringView)?',
      (self: string, needle: Str) => {
        const n = S.textOf(needle);
        return splitAround(self, 0, self.length, S.lastIndexIn(self, 0, self.length, n), n.length);
      },
    ),
    'String::split': fn('fn String::split(self : String, sep : StringView) -> Iter[StringView]', (self: string, sep: Str) =>
      S.split(self, 0, self.length, S.textOf(sep)),
    ),
    'String::replace': fn(
      'fn String::replace(self : String, old~ : StringView, new~ : StringView) -> String',
      (self: string, old: Str, by: Str) => {
        const o = S.textOf(old);
        const i = self.indexOf(o);
        return i < 0 ? self : self.slice(0, i) + S.textOf(by) + self.slice(i + o.length);
      },
    ),
    'String::replace_all': fn(
      'fn String::replace_all(self : String, old~ : StringView, new~ : StringView) -> String',
      (self: string, old: Str, by: Str) => S.replaceAll(self, S.textOf(old), S.textOf(by)),
    ),
    'String::trim': fn(
      'fn String::trim(self : String, chars? : StringView = ..) -> StringView',
      (self: string, chars: Str | undefined) => trim(self, 0, self.length, chars ?? S.WHITESPACE, true, true),
    ),
    // Deprecated: `trim` with the default whitespace.
    'String::trim_space': fn('fn String::trim_space(self : String) -> StringView', (self: string) =>
      trim(self, 0, self.length, S.WHITESPACE, true, true),
    ),
    // Deprecated: the code units from `start` to `end`, which must lie within the string in order (a failed guard, else).
    'String::substring': fn('fn String::substring(self : String, start? : Int = .., end? : Int) -> String', (self: string, start: number | undefined, end: Option<number>) => {
      const from = start ?? 0;
      const to = end instanceof Some ? end.value : self.length;
      if (!(from >= 0 && from <= to && to <= self.length)) S.panic('guard failed');
      return self.slice(from, to);
    }),
    'String::trim_start': fn(
      'fn String::trim_start(self : String, chars? : StringView = ..) -> StringView',
      (self: string, chars: Str | undefined) => trim(self, 0, self.length, chars ?? S.WHITESPACE, true, false),
    ),
    'String::trim_end': fn(
      'fn String::trim_end(self : String, chars? : StringView = ..) -> StringView',
      (self: string, chars: Str | undefined) => trim(self, 0, self.length, chars ?? S.WHITESPACE, false, true),
    ),
    'String::is_empty': fn('fn String::is_empty(self : String) -> Bool', (self: string) => self.length === 0),
    'String::is_blank': fn('fn String::is_blank(self : String) -> Bool', (self: string) =>
      S.trimStartIndex(self, 0, self.length, S.WHITESPACE) === self.length,
    ),
    'String::pad_start': fn(
      'fn String::pad_start(self : String, total_width : Int, padding_char : Char) -> String',
      (self: string, width: number, pad: number) =>
        self.length < width ? S.makeString(width - self.length, pad) + self : self,
    ),
    'String::pad_end': fn(
      'fn String::pad_end(self : String, total_width : Int, padding_char : Char) -> String',
      (self: string, width: number, pad: number) =>
        self.length < width ? self + S.makeString(width - self.length, pad) : self,
    ),
    // A count below 1 gives "" here; newer cores abort on a negative one.
    'String::repeat': fn('fn String::repeat(self : String, n : Int) -> String', S.repeatText),
    'String::rev': fn('fn String::rev(self : String) -> String', (self: string) => S.reversed(self, 0, self.length)),
    'String::to_upper': fn('fn String::to_upper(self : String) -> String', S.asciiUpper),
    'String::to_lower': fn('fn String::to_lower(self : String) -> String', S.asciiLower),
    'String::fold': fn(
      'fn[A] String::fold(self : String, init~ : A, f : (A, Char) -> A raise?) -> A raise?',
      (self: string, init: unknown, f: Folder) => S.fold(self, 0, self.length, init, f),
    ),
    'String::rev_fold': fn(
      'fn[A] String::rev_fold(self : String, init~ : A, f : (A, Char) -> A raise?) -> A raise?',
      (self: string, init: unknown, f: Folder) => S.revFold(self, 0, self.length, init, f),
    ),
    'String::lexical_compare': fn(
      'fn String::lexical_compare(self : String, other : String) -> Int',
      (self: string, other: string) => S.lexicalCompare(self, other, false),
    ),
    'String::compare_ignore_ascii_case': fn(
      'fn String::compare_ignore_ascii_case(self : String, other : String) -> Int',
      (self: string, other: string) => S.lexicalCompare(self, other, true),
    ),
    'String::equal_ignore_ascii_case': fn(
      'fn String::equal_ignore_ascii_case(self : String, other : String) -> Bool',
      S.equalIgnoreAsciiCase,
    ),
    // Newer cores (the corpus's) add these; the oracle's core lacks them.
    'String::all': fn('fn String::all(self : String, f : (Char) -> Bool raise?) -> Bool raise?', (self: string, f: CharPred) =>
      S.all(self, 0, self.length, f),
    ),
    'String::every': fn('fn String::every(self : String, f : (Char) -> Bool raise?) -> Bool raise?', (self: string, f: CharPred) =>
      S.all(self, 0, self.length, f),
    ),
    'String::any': fn('fn String::any(self : String, f : (Char) -> Bool raise?) -> Bool raise?', (self: string, f: CharPred) =>
      S.any(self, 0, self.length, f),
    ),
    'String::exists': fn('fn String::exists(self : String, f : (Char) -> Bool raise?) -> Bool raise?', (self: string, f: CharPred) =>
      S.any(self, 0, self.length, f),
    ),
    'String::clamped_view': fn(
      'fn String::clamped_view(self : String, start? : Int = .., end? : Int) -> StringView',
      (self: string, start: number | undefined, end: Option<number>) => S.clampedView(self, 0, self.length, start, end),
    ),
    'String::split_at': fn('fn String::split_at(self : String, at : Int) -> (StringView, StringView)', (self: string, at: number) =>
      S.splitAt(self, 0, self.length, at),
    ),
    'String::contains_code_unit': fn(
      'fn String::contains_code_unit(self : String, code : UInt16) -> Bool',
      (self: string, code: number) => S.containsCodeUnit(self, 0, self.length, code),
    ),
    'String::code_units': fn('fn String::code_units(self : String) -> ArrayView[UInt16]', (self: string) =>
      new ArrayView(codeUnits(self), 0, self.length),
    ),
    'String::escape': fn('fn String::escape(self : String, quote? : Bool = ..) -> String', (self: string, quote: boolean | undefined) =>
      S.escapeString(self, 0, self.length, quote ?? true),
    ),
  },
  impls: {
    // Quoted and escaped, as in the core the oracle runs (and docs/API.md
    // records). Cores from May 2026 on write Strings and Chars raw here.
    'Show for String': impl('impl Show for String', {
      output: (self: string, logger: Logger) => S.escapeTo(logger, self, 0, self.length, true),
      to_string: (self: string) => self,
    }),
    'Eq for String': impl('impl Eq for String', { equal: (a: string, b: string) => a === b }),
    'Compare for String': impl('impl Compare for String', { compare: S.shortlex }),
    'Hash for String': impl('impl Hash for String', {
      hash_combine: (self: string, hasher: Hasher) => hasher.combine_string(self),
    }),
    'Default for String': impl('impl Default for String', { default: () => '' }),
    'Add for String': impl('impl Add for String', { add: (a: string, b: string) => a + b }),
    'ToStringView for String': impl('impl ToStringView for String', {
      to_string_view: (self: string) => new StringView(self, 0, self.length),
    }),
  },
});

/** `get_char`: the Char at code unit `idx` of `start..end`; None out of range or on half a pair. */
export function getChar(s: string, start: number, end: number, idx: number): Option<number> {
  if (idx < 0 || idx >= end - start) return None;
  const c = s.charCodeAt(start + idx);
  if (S.isLeading(c)) {
    if (start + idx + 1 >= end) return None;
    const d = s.charCodeAt(start + idx + 1);
    return S.isTrailing(d) ? new Some(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) : None;
  }
  return S.isTrailing(c) ? None : new Some(c);
}

/** Every code unit of `s`, as the FixedArray[UInt16] that `code_units` views. */
export function codeUnits(s: string): number[] {
  const out = new Array<number>(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** `contains_any`: whether some char of the range is one of `chars`. */
export function containsAny(s: string, start: number, end: number, chars: Str): boolean {
  const d = S.dataOf(chars);
  const ds = S.startOf(chars);
  const de = S.endOf(chars);
  for (let i = start; i < end; ) {
    const c = S.charAt(s, i, end);
    if (S.containsChar(d, ds, de, c)) return true;
    i += S.width(c);
  }
  return false;
}

/** `trim`, `trim_start`, `trim_end` of `start..end` as a view. */
export function trim(s: string, start: number, end: number, chars: Str, front: boolean, back: boolean): StringView {
  const a = front ? S.trimStartIndex(s, start, end, chars) : start;
  const b = back ? S.trimEndIndex(s, a, end, chars) : end;
  return new StringView(s, a, b);
}
