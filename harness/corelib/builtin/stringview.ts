// `StringView`: code units `start..end` of a String, shared with it. Its
// methods mirror String's; those that transform text return a view of a
// new String, those that cut return views of the same one. A String may
// arrive wherever a view is expected (MoonBit converts it implicitly).
// `v[i]` is `StringView::at`, `v[i:j]` is `StringView::sub`.

import { ArrayView, Iter, StringView, type Logger } from '../../runtime/core-values.ts';
import type { Hasher } from '../../runtime/hasher.ts';
import { None, Some, type Option } from '../../runtime/values.ts';
import { defineModule, fn, impl } from '../define.ts';
import * as S from '../support/strings.ts';
import type { Str } from '../support/strings.ts';
import { codeUnits, containsAny, getChar, trim } from './string.ts';

type CharPred = (c: number) => boolean;
type Folder = (acc: unknown, c: number) => unknown;

function whole(text: string): StringView {
  return new StringView(text, 0, text.length);
}

/** Applies `f` to the parts of a view (or of a String standing for one). */
function parts<R>(f: (s: string, start: number, end: number) => R): (self: Str) => R {
  return (self) => (typeof self === 'string' ? f(self, 0, self.length) : f(self.str, self.start, self.end));
}

function at(self: Str, index: number): number {
  const len = S.endOf(self) - S.startOf(self);
  if (index < 0 || index >= len) S.panic('Index out of bounds');
  return S.dataOf(self).charCodeAt(S.startOf(self) + index);
}

function lexical(a: Str, b: Str): number {
  return S.lexicalCompare(a, b, false);
}

function padding(self: Str, width: number, pad: number, front: boolean): string {
  const text = S.textOf(self);
  if (text.length >= width) return text;
  const fill = S.makeString(width - text.length, pad);
  return front ? fill + text : text + fill;
}

/** A view of `text`, or the view itself when `text` is its own content unchanged. */
function sameOr(self: Str, before: string, after: string): StringView {
  return after === before ? S.asView(self) : whole(after);
}

function stripPrefix(self: Str, prefix: Str): Option<StringView> {
  const s = S.dataOf(self);
  const a = S.startOf(self);
  const p = S.textOf(prefix);
  return S.endOf(self) - a >= p.length && s.startsWith(p, a) ? new Some(new StringView(s, a + p.length, S.endOf(self))) : None;
}

function stripSuffix(self: Str, suffix: Str): Option<StringView> {
  const s = S.dataOf(self);
  const b = S.endOf(self);
  const p = S.textOf(suffix);
  return b - S.startOf(self) >= p.length && s.endsWith(p, b) ? new Some(new StringView(s, S.startOf(self), b - p.length)) : None;
}

function search(self: Str, needle: Str, last: boolean): number {
  const s = S.dataOf(self);
  const a = S.startOf(self);
  const b = S.endOf(self);
  const n = S.textOf(needle);
  return last ? S.lastIndexIn(s, a, b, n) : S.indexIn(s, a, b, n);
}

function cut(self: Str, needle: Str, last: boolean, keep: 'before' | 'after'): Option<StringView> {
  const i = search(self, needle, last);
  if (i < 0) return None;
  const s = S.dataOf(self);
  return new Some(
    keep === 'before' ? new StringView(s, S.startOf(self), i) : new StringView(s, i + (S.endOf(needle) - S.startOf(needle)), S.endOf(self)),
  );
}

function splitOnce(self: Str, needle: Str, last: boolean): Option<[StringView, StringView]> {
  const i = search(self, needle, last);
  if (i < 0) return None;
  const s = S.dataOf(self);
  const n = S.endOf(needle) - S.startOf(needle);
  return new Some([new StringView(s, S.startOf(self), i), new StringView(s, i + n, S.endOf(self))]);
}

const sig = (rest: string) => `fn StringView::${rest}`;

export default defineModule('', {
  fns: {
    'StringView::length': fn(sig('length(self : StringView) -> Int'), (self: Str) => S.endOf(self) - S.startOf(self)),
    'StringView::at': fn(sig('at(self : StringView, index : Int) -> UInt16'), at),
    'StringView::code_unit_at': fn(sig('code_unit_at(self : StringView, index : Int) -> UInt16'), at),
    'StringView::get': fn(sig('get(self : StringView, idx : Int) -> Int?'), (self: Str, idx: number) => {
      const len = S.endOf(self) - S.startOf(self);
      return idx >= 0 && idx < len ? new Some(S.dataOf(self).charCodeAt(S.startOf(self) + idx)) : None;
    }),
    'StringView::get_char': fn(sig('get_char(self : StringView, idx : Int) -> Char?'), (self: Str, idx: number) =>
      getChar(S.dataOf(self), S.startOf(self), S.endOf(self), idx),
    ),
    'StringView::data': fn(sig('data(self : StringView) -> String'), S.dataOf),
    'StringView::start_offset': fn(sig('start_offset(self : StringView) -> Int'), S.startOf),
    'StringView::to_owned': fn(sig('to_owned(self : StringView) -> String'), S.textOf),
    'StringView::make': fn(sig('make(length : Int, value : Char) -> StringView'), (length: number, value: number) =>
      whole(S.makeString(length, value)),
    ),
    'StringView::from_array': fn(sig('from_array(chars : ArrayView[Char]) -> StringView'), (chars: ArrayView<number> | number[]) => {
      const [arr, start, end] = chars instanceof ArrayView ? [chars.arr, chars.start, chars.end] : [chars, 0, chars.length];
      let out = '';
      for (let i = start; i < end; i++) out += S.charToString(arr[i]!);
      return whole(out);
    }),
    'StringView::from_iter': fn(sig('from_iter(iter : Iter[Char]) -> StringView'), (iter: Iter<number>) => {
      let out = '';
      for (let c = iter.next(); c !== Iter.DONE; c = iter.next()) out += S.charToString(c);
      return whole(out);
    }),
    'StringView::view': fn(
      sig('view(self : StringView, start_offset? : Int = .., end_offset? : Int) -> StringView'),
      (self: Str, start: number | undefined, end: Option<number>) =>
        S.offsetView(S.dataOf(self), S.startOf(self), S.endOf(self), start, end),
    ),
    'StringView::sub': fn(
      sig('sub(self : StringView, start? : Int = .., end? : Int) -> StringView'),
      (self: Str, start: number | undefined, end: Option<number>) =>
        S.subView(S.dataOf(self), S.startOf(self), S.endOf(self), start, end),
    ),
    'StringView::get_view': fn(
      sig('get_view(self : StringView, start? : Int = .., end? : Int) -> StringView?'),
      (self: Str, start: number | undefined, end: Option<number>) => {
        const v = S.getSubView(S.dataOf(self), S.startOf(self), S.endOf(self), start, end);
        return v === undefined ? None : new Some(v);
      },
    ),
    'StringView::suffixes': fn(
      sig('suffixes(self : StringView, include_empty? : Bool = ..) -> Iter[StringView]'),
      (self: Str, includeEmpty: boolean | undefined) =>
        S.suffixes(S.dataOf(self), S.startOf(self), S.endOf(self), includeEmpty ?? false),
    ),
    'StringView::iter': fn(sig('iter(self : StringView) -> Iter[Char]'), parts(S.chars)),
    'StringView::iter2': fn(sig('iter2(self : StringView) -> Iter2[Int, Char]'), parts(S.indexedChars)),
    'StringView::rev_iter': fn(sig('rev_iter(self : StringView) -> Iter[Char]'), parts(S.revChars)),
    'StringView::to_array': fn(sig('to_array(self : StringView) -> Array[Char]'), parts(S.toArray)),
    'StringView::char_length': fn(sig('char_length(self : StringView) -> Int'), parts(S.charLength)),
    'StringView::char_length_eq': fn(sig('char_length_eq(self : StringView, len : Int) -> Bool'), (self: Str, len: number) =>
      S.charLengthAtLeast(S.dataOf(self), len, S.startOf(self), S.endOf(self), true),
    ),
    'StringView::char_length_ge': fn(sig('char_length_ge(self : StringView, len : Int) -> Bool'), (self: Str, len: number) =>
      S.charLengthAtLeast(S.dataOf(self), len, S.startOf(self), S.endOf(self), false),
    ),
    'StringView::offset_of_nth_char': fn(sig('offset_of_nth_char(self : StringView, i : Int) -> Int?'), (self: Str, i: number) => {
      const r = S.offsetOfNthChar(S.dataOf(self), i, S.startOf(self), S.endOf(self));
      return r instanceof Some ? new Some(r.value - S.startOf(self)) : None;
    }),
    'StringView::find': fn(sig('find(self : StringView, str : StringView) -> Int?'), (self: Str, str: Str) =>
      S.found(search(self, str, false), S.startOf(self)),
    ),
    'StringView::rev_find': fn(sig('rev_find(self : StringView, str : StringView) -> Int?'), (self: Str, str: Str) =>
      S.found(search(self, str, true), S.startOf(self)),
    ),
    'StringView::find_by': fn(sig('find_by(self : StringView, pred : (Char) -> Bool) -> Int?'), (self: Str, pred: CharPred) =>
      S.findBy(S.dataOf(self), S.startOf(self), S.endOf(self), pred),
    ),
    'StringView::contains': fn(sig('contains(self : StringView, str : StringView) -> Bool'), (self: Str, str: Str) =>
      search(self, str, false) >= 0,
    ),
    'StringView::contains_char': fn(sig('contains_char(self : StringView, c : Char) -> Bool'), (self: Str, c: number) =>
      S.containsChar(S.dataOf(self), S.startOf(self), S.endOf(self), c),
    ),
    'StringView::contains_any': fn(sig('contains_any(self : StringView, chars~ : StringView) -> Bool'), (self: Str, chars: Str) =>
      containsAny(S.dataOf(self), S.startOf(self), S.endOf(self), chars),
    ),
    'StringView::has_prefix': fn(sig('has_prefix(self : StringView, str : StringView) -> Bool'), (self: Str, str: Str) =>
      stripPrefix(self, str) !== None,
    ),
    'StringView::has_suffix': fn(sig('has_suffix(self : StringView, str : StringView) -> Bool'), (self: Str, str: Str) =>
      stripSuffix(self, str) !== None,
    ),
    // Deprecated aliases of has_prefix / has_suffix.
    'StringView::starts_with': fn(sig('starts_with(self : StringView, str : StringView) -> Bool'), (self: Str, str: Str) =>
      stripPrefix(self, str) !== None,
    ),
    'StringView::ends_with': fn(sig('ends_with(self : StringView, str : StringView) -> Bool'), (self: Str, str: Str) =>
      stripSuffix(self, str) !== None,
    ),
    'StringView::strip_prefix': fn(sig('strip_prefix(self : StringView, prefix : StringView) -> StringView?'), stripPrefix),
    'StringView::chop_prefix': fn(sig('chop_prefix(self : StringView, prefix : StringView) -> StringView?'), stripPrefix),
    'StringView::strip_suffix': fn(sig('strip_suffix(self : StringView, suffix : StringView) -> StringView?'), stripSuffix),
    'StringView::chop_suffix': fn(sig('chop_suffix(self : StringView, suffix : StringView) -> StringView?'), stripSuffix),
    'StringView::before': fn(sig('before(self : StringView, needle : StringView) -> StringView?'), (self: Str, needle: Str) =>
      cut(self, needle, false, 'before'),
    ),
    'StringView::after': fn(sig('after(self : StringView, needle : StringView) -> StringView?'), (self: Str, needle: Str) =>
      cut(self, needle, false, 'after'),
    ),
    'StringView::rev_before': fn(sig('rev_before(self : StringView, needle : StringView) -> StringView?'), (self: Str, needle: Str) =>
      cut(self, needle, true, 'before'),
    ),
    'StringView::rev_after': fn(sig('rev_after(self : StringView, needle : StringView) -> StringView?'), (self: Str, needle: Str) =>
      cut(self, needle, true, 'after'),
    ),
    'StringView::split_once': fn(
      sig('split_once(self : StringView, needle : StringView) -> (StringView, StringView)?'),
      (self: Str, needle: Str) => splitOnce(self, needle, false),
    ),
    'StringView::rev_split_once': fn(
      sig('rev_split_once(self : StringView, needle : StringView) -> (StringView, StringView)?'),
      (self: Str, needle: Str) => splitOnce(self, needle, true),
    ),
    'StringView::split': fn(sig('split(self : StringView, sep : StringView) -> Iter[StringView]'), (self: Str, sep: Str) =>
      S.split(S.dataOf(self), S.startOf(self), S.endOf(self), S.textOf(sep)),
    ),
    'StringView::replace': fn(
      sig('replace(self : StringView, old~ : StringView, new~ : StringView) -> StringView'),
      (self: Str, old: Str, by: Str) => {
        const i = search(self, old, false);
        if (i < 0) return S.asView(self);
        const s = S.dataOf(self);
        return whole(s.slice(S.startOf(self), i) + S.textOf(by) + s.slice(i + S.endOf(old) - S.startOf(old), S.endOf(self)));
      },
    ),
    'StringView::replace_all': fn(
      sig('replace_all(self : StringView, old~ : StringView, new~ : StringView) -> StringView'),
      (self: Str, old: Str, by: Str) => {
        const o = S.textOf(old);
        if (o !== '' && search(self, old, false) < 0) return S.asView(self);
        return whole(S.replaceAll(S.textOf(self), o, S.textOf(by)));
      },
    ),
    'StringView::trim': fn(sig('trim(self : StringView, chars? : StringView = ..) -> StringView'), (self: Str, chars: Str | undefined) =>
      trim(S.dataOf(self), S.startOf(self), S.endOf(self), chars ?? S.WHITESPACE, true, true),
    ),
    'StringView::trim_start': fn(
      sig('trim_start(self : StringView, chars? : StringView = ..) -> StringView'),
      (self: Str, chars: Str | undefined) => trim(S.dataOf(self), S.startOf(self), S.endOf(self), chars ?? S.WHITESPACE, true, false),
    ),
    'StringView::trim_end': fn(
      sig('trim_end(self : StringView, chars? : StringView = ..) -> StringView'),
      (self: Str, chars: Str | undefined) => trim(S.dataOf(self), S.startOf(self), S.endOf(self), chars ?? S.WHITESPACE, false, true),
    ),
    'StringView::is_empty': fn(sig('is_empty(self : StringView) -> Bool'), (self: Str) => S.endOf(self) === S.startOf(self)),
    'StringView::is_blank': fn(sig('is_blank(self : StringView) -> Bool'), (self: Str) =>
      S.trimStartIndex(S.dataOf(self), S.startOf(self), S.endOf(self), S.WHITESPACE) === S.endOf(self),
    ),
    'StringView::pad_start': fn(
      sig('pad_start(self : StringView, total_width : Int, padding_char : Char) -> String'),
      (self: Str, width: number, pad: number) => padding(self, width, pad, true),
    ),
    'StringView::pad_end': fn(
      sig('pad_end(self : StringView, total_width : Int, padding_char : Char) -> String'),
      (self: Str, width: number, pad: number) => padding(self, width, pad, false),
    ),
    'StringView::repeat': fn(sig('repeat(self : StringView, n : Int) -> StringView'), (self: Str, n: number) =>
      n === 1 ? S.asView(self) : whole(S.repeatText(S.textOf(self), n)),
    ),
    'StringView::rev': fn(sig('rev(self : StringView) -> String'), parts(S.reversed)),
    'StringView::to_upper': fn(sig('to_upper(self : StringView) -> StringView'), (self: Str) => {
      const text = S.textOf(self);
      return sameOr(self, text, S.asciiUpper(text));
    }),
    'StringView::to_lower': fn(sig('to_lower(self : StringView) -> StringView'), (self: Str) => {
      const text = S.textOf(self);
      return sameOr(self, text, S.asciiLower(text));
    }),
    'StringView::fold': fn(
      'fn[A] StringView::fold(self : StringView, init~ : A, f : (A, Char) -> A raise?) -> A raise?',
      (self: Str, init: unknown, f: Folder) => S.fold(S.dataOf(self), S.startOf(self), S.endOf(self), init, f),
    ),
    'StringView::rev_fold': fn(
      'fn[A] StringView::rev_fold(self : StringView, init~ : A, f : (A, Char) -> A raise?) -> A raise?',
      (self: Str, init: unknown, f: Folder) => S.revFold(S.dataOf(self), S.startOf(self), S.endOf(self), init, f),
    ),
    'StringView::lexical_compare': fn(sig('lexical_compare(self : StringView, other : StringView) -> Int'), lexical),
    'StringView::compare_ignore_ascii_case': fn(
      sig('compare_ignore_ascii_case(self : StringView, other : StringView) -> Int'),
      (self: Str, other: Str) => S.lexicalCompare(self, other, true),
    ),
    'StringView::equal_ignore_ascii_case': fn(
      sig('equal_ignore_ascii_case(self : StringView, other : StringView) -> Bool'),
      S.equalIgnoreAsciiCase,
    ),
    // Newer cores (the corpus's) add these; the oracle's core lacks them.
    'StringView::all': fn(sig('all(self : StringView, f : (Char) -> Bool raise?) -> Bool raise?'), (self: Str, f: CharPred) =>
      S.all(S.dataOf(self), S.startOf(self), S.endOf(self), f),
    ),
    'StringView::every': fn(sig('every(self : StringView, f : (Char) -> Bool raise?) -> Bool raise?'), (self: Str, f: CharPred) =>
      S.all(S.dataOf(self), S.startOf(self), S.endOf(self), f),
    ),
    'StringView::any': fn(sig('any(self : StringView, f : (Char) -> Bool raise?) -> Bool raise?'), (self: Str, f: CharPred) =>
      S.any(S.dataOf(self), S.startOf(self), S.endOf(self), f),
    ),
    'StringView::exists': fn(sig('exists(self : StringView, f : (Char) -> Bool raise?) -> Bool raise?'), (self: Str, f: CharPred) =>
      S.any(S.dataOf(self), S.startOf(self), S.endOf(self), f),
    ),
    'StringView::clamped_view': fn(
      sig('clamped_view(self : StringView, start? : Int = .., end? : Int) -> StringView'),
      (self: Str, start: number | undefined, end: Option<number>) =>
        S.clampedView(S.dataOf(self), S.startOf(self), S.endOf(self), start, end),
    ),
    'StringView::split_at': fn(sig('split_at(self : StringView, at : Int) -> (StringView, StringView)'), (self: Str, at: number) =>
      S.splitAt(S.dataOf(self), S.startOf(self), S.endOf(self), at),
    ),
    'StringView::contains_code_unit': fn(
      sig('contains_code_unit(self : StringView, code : UInt16) -> Bool'),
      (self: Str, code: number) => S.containsCodeUnit(S.dataOf(self), S.startOf(self), S.endOf(self), code),
    ),
    'StringView::code_units': fn(sig('code_units(self : StringView) -> ArrayView[UInt16]'), (self: Str) =>
      new ArrayView(codeUnits(S.dataOf(self)), S.startOf(self), S.endOf(self)),
    ),
    'StringView::equal_to_string': fn(sig('equal_to_string(self : StringView, other : String) -> Bool'), (self: Str, other: string) =>
      S.textOf(self) === other,
    ),
    'StringView::escape': fn(sig('escape(self : StringView, quote? : Bool = ..) -> StringView'), (self: Str, quote: boolean | undefined) =>
      whole(S.escapeString(S.dataOf(self), S.startOf(self), S.endOf(self), quote ?? true)),
    ),
  },
  impls: {
    'Show for StringView': impl('impl Show for StringView', {
      output: (self: Str, logger: Logger) => S.escapeTo(logger, S.dataOf(self), S.startOf(self), S.endOf(self), true),
      to_string: S.textOf,
    }),
    'Eq for StringView': impl('impl Eq for StringView', { equal: (a: Str, b: Str) => S.textOf(a) === S.textOf(b) }),
    'Compare for StringView': impl('impl Compare for StringView', {
      compare: (a: Str, b: Str) => S.shortlex(S.textOf(a), S.textOf(b)),
    }),
    'Hash for StringView': impl('impl Hash for StringView', {
      hash_combine: (self: Str, hasher: Hasher) => hasher.combine_string(S.dataOf(self), S.startOf(self), S.endOf(self)),
    }),
    'Default for StringView': impl('impl Default for StringView', { default: () => whole('') }),
    'Add for StringView': impl('impl Add for StringView', { add: (a: Str, b: Str) => whole(S.textOf(a) + S.textOf(b)) }),
    'ToStringView for StringView': impl('impl ToStringView for StringView', { to_string_view: S.asView }),
  },
});
