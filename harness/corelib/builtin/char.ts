// `Char`: a Unicode scalar value, a JS number. (The conversions into Char
// that core defines on the integer types, `Int::to_char` and the like, are
// the numbers area's.)

import type { Logger } from '../../runtime/core-values.ts';
import type { Hasher } from '../../runtime/hasher.ts';
import { defineModule, fn, impl } from '../define.ts';
import { charToString, hex2, panic } from '../support/strings.ts';

type Pred = (c: number) => boolean;

/** Sorted, disjoint `[first, last]` ranges; `inRanges` is a binary search over them. */
type Ranges = readonly number[];

function inRanges(ranges: Ranges, c: number): boolean {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (c < ranges[2 * mid]!) hi = mid - 1;
    else if (c > ranges[2 * mid + 1]!) lo = mid + 1;
    else return true;
  }
  return false;
}

// Core's `is_whitespace` set: Unicode White_Space.
const WHITESPACE: Ranges = [
  0x09, 0x0d, 0x20, 0x20, 0x85, 0x85, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f,
  0x205f, 0x205f, 0x3000, 0x3000,
];

// Core's `is_numeric` set (decimal digits, letter-like and other numbers), as its pattern lists them.
const NUMERIC: Ranges = [
  0x30, 0x39, 0xb2, 0xb3, 0xb9, 0xb9, 0xbc, 0xbe, 0x660, 0x669, 0x6f0, 0x6f9, 0x7c0, 0x7f9, 0x966, 0x96f, 0x9e6, 0x9ef,
  0x9f4, 0x9f9, 0xa66, 0xa6f, 0xae6, 0xaef, 0xb66, 0xb6f, 0xb72, 0xb77, 0xbe6, 0xbf2, 0xc66, 0xc6f, 0xc78, 0xc7e, 0xce6,
  0xcef, 0xd58, 0xd5e, 0xd66, 0xd78, 0xde6, 0xdef, 0xe50, 0xe59, 0xed0, 0xed9, 0xf20, 0xf33, 0x1040, 0x1049, 0x1090,
  0x1099, 0x1369, 0x137c, 0x16ee, 0x16f0, 0x17e0, 0x17e9, 0x17f0, 0x17f9, 0x1810, 0x1819, 0x1946, 0x194f, 0x19d0,
  0x19da, 0x1a80, 0x1a89, 0x1a90, 0x1a99, 0x1b50, 0x1b59, 0x1bb0, 0x1bb9, 0x1c40, 0x1c49, 0x1c50, 0x1c59, 0x2070,
  0x2070, 0x2074, 0x2079, 0x2080, 0x2089, 0x2150, 0x2189, 0x2460, 0x249b, 0x24ea, 0x24ff, 0x2776, 0x2793, 0x2cfd,
  0x2cfd, 0x3007, 0x3007, 0x3021, 0x3029, 0x3038, 0x303a, 0x3192, 0x3195, 0x3220, 0x3229, 0x3248, 0x324f, 0x3251,
  0x325f, 0x3280, 0x3289, 0x32b1, 0x32bf, 0xa620, 0xa629, 0xa6e6, 0xa6ef, 0xa830, 0xa835, 0xa8d0, 0xa8d9, 0xa900,
  0xa909, 0xa9d0, 0xa9d9, 0xa9f0, 0xa9f9, 0xaa50, 0xaa59, 0xabf0, 0xabf9, 0xff10, 0xff19, 0x10107, 0x10133, 0x10140,
  0x10178, 0x1018a, 0x1018b, 0x102e1, 0x102fb, 0x10320, 0x10323, 0x10341, 0x10341, 0x1034a, 0x1034a, 0x103d1, 0x103d5,
  0x104a0, 0x104a9, 0x10858, 0x1085f, 0x10879, 0x1087f, 0x108a7, 0x108af, 0x108fb, 0x108ff, 0x10916, 0x1091b, 0x109bc,
  0x109bd, 0x109c0, 0x109cf, 0x10a40, 0x10a48, 0x10a7d, 0x10a7e, 0x10a9d, 0x10a9f, 0x10aeb, 0x10aef, 0x10b58, 0x10b5f,
  0x10b78, 0x10b7f, 0x10ba9, 0x10baf, 0x10cfa, 0x10cff, 0x10d30, 0x10d39, 0x10d40, 0x10d49, 0x10e60, 0x10e7e, 0x10f1d,
  0x10f26, 0x10f51, 0x10f54, 0x10fc5, 0x10fcb, 0x11052, 0x1106f, 0x110f0, 0x110f9, 0x11136, 0x1113f, 0x111d0, 0x111d9,
  0x111e1, 0x111f4, 0x112f0, 0x112f9, 0x11450, 0x11459, 0x114d0, 0x114d9, 0x11650, 0x11659, 0x116c0, 0x116c9, 0x116d0,
  0x116e3, 0x11730, 0x1173b, 0x118e0, 0x118f2, 0x11950, 0x11959, 0x11bf0, 0x11bf9, 0x11c50, 0x11c6c, 0x11d50, 0x11d59,
  0x11da0, 0x11da9, 0x11f50, 0x11f59, 0x11fc0, 0x11fd4, 0x12400, 0x1246e, 0x16130, 0x16139, 0x16a60, 0x16a69, 0x16ac0,
  0x16ac9, 0x16b50, 0x16b59, 0x16b5b, 0x16b61, 0x16d70, 0x16d79, 0x16d80, 0x16e96, 0x1ccf0, 0x1ccf9, 0x1d2c0, 0x1d2f3,
  0x1d360, 0x1d378, 0x1d7ce, 0x1d7ff, 0x1e140, 0x1e149, 0x1e2f0, 0x1e2f9, 0x1e4f0, 0x1e4f9, 0x1e5f1, 0x1e5fa, 0x1e8c7,
  0x1e8cf, 0x1e950, 0x1e959, 0x1ec71, 0x1ecb4, 0x1ed01, 0x1ed3d, 0x1f100, 0x1f10c, 0x1fbf0, 0x1fbf9,
];

// What core's `is_printable` rules out besides controls: private use,
// format characters, surrogates, line/paragraph separators, noncharacters.
const UNPRINTABLE: Ranges = [
  0xad, 0xad, 0x600, 0x605, 0x61c, 0x61c, 0x6dd, 0x6dd, 0x70f, 0x70f, 0x890, 0x891, 0x8e2, 0x8e2, 0x180e, 0x180e,
  0x200b, 0x200f, 0x2028, 0x202e, 0x2060, 0x2064, 0x2066, 0x206f, 0xd800, 0xf8ff, 0xfdd0, 0xfdef, 0xfeff, 0xfeff,
  0xfff9, 0xfffb, 0xfffe, 0xffff, 0x110bd, 0x110bd, 0x110cd, 0x110cd, 0x13430, 0x1343f, 0x1bca0, 0x1bca3, 0x1d173,
  0x1d17a, 0xe0001, 0xe0001, 0xe0020, 0xe007f,
];

function isControl(c: number): boolean {
  return c <= 0x1f || (c >= 0x7f && c <= 0x9f);
}

function isPrintable(c: number): boolean {
  if (isControl(c) || inRanges(UNPRINTABLE, c)) return false;
  // Planes 15 and 16 are private use up to their two noncharacters.
  if (c >= 0xf0000 && c <= 0x10ffff) return false;
  // The noncharacters U+nFFFE and U+nFFFF of the other planes.
  return c < 0x1fffe || (c & 0xfffe) !== 0xfffe;
}

function isDigit(c: number, radix: number): boolean {
  if (radix >= 2 && radix <= 10) return c >= 48 && c <= radix + 47;
  if (radix >= 11 && radix <= 36) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= radix + 54) || (c >= 97 && c <= radix + 86);
  }
  return panic('invalid radix');
}

/** The hex digits of `\u{..}`: one, two or three bytes, each as two digits. */
function hexOf(c: number): string {
  if (c <= 0xff) return hex2(c);
  if (c <= 0xffff) return hex2(c >> 8) + hex2(c & 0xff);
  return hex2((c >> 16) & 0xff) + hex2((c >> 8) & 0xff) + hex2(c & 0xff);
}

/** Show for Char: quoted, with escapes for `'`, `\`, the named controls and anything not printable. */
function escapeChar(c: number, quote: boolean): string {
  let body: string;
  if (c === 0x27 || c === 0x5c) body = '\\' + String.fromCharCode(c);
  else if (c === 0x0a) body = '\\n';
  else if (c === 0x0d) body = '\\r';
  else if (c === 0x08) body = '\\b';
  else if (c === 0x09) body = '\\t';
  else if ((c >= 0x20 && c <= 0x7e) || isPrintable(c)) body = charToString(c);
  else body = `\\u{${hexOf(c)}}`;
  return quote ? `'${body}'` : body;
}

const identity = (c: number) => c;

const pred = (name: string, f: Pred) => fn(`fn Char::${name}(self : Char) -> Bool`, f);

export default defineModule('', {
  fns: {
    'Char::to_int': fn('fn Char::to_int(self : Char) -> Int', identity),
    'Char::to_uint': fn('fn Char::to_uint(self : Char) -> UInt', identity),
    'Char::from_int': fn('fn Char::from_int(val : Int) -> Char', identity),
    'Char::is_ascii': pred('is_ascii', (c) => c <= 0x7f),
    'Char::is_ascii_alphabetic': pred('is_ascii_alphabetic', (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)),
    'Char::is_ascii_control': pred('is_ascii_control', (c) => c <= 0x1f || c === 0x7f),
    'Char::is_ascii_digit': pred('is_ascii_digit', (c) => c >= 48 && c <= 57),
    'Char::is_ascii_graphic': pred('is_ascii_graphic', (c) => c >= 0x21 && c <= 0x7e),
    'Char::is_ascii_hexdigit': pred(
      'is_ascii_hexdigit',
      (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102),
    ),
    'Char::is_ascii_lowercase': pred('is_ascii_lowercase', (c) => c >= 97 && c <= 122),
    'Char::is_ascii_uppercase': pred('is_ascii_uppercase', (c) => c >= 65 && c <= 90),
    'Char::is_ascii_octdigit': pred('is_ascii_octdigit', (c) => c >= 48 && c <= 55),
    'Char::is_ascii_punctuation': pred(
      'is_ascii_punctuation',
      (c) => (c >= 0x21 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e),
    ),
    'Char::is_ascii_whitespace': pred('is_ascii_whitespace', (c) => (c >= 0x09 && c <= 0x0d) || c === 0x20),
    'Char::is_control': pred('is_control', isControl),
    'Char::is_whitespace': pred('is_whitespace', (c) => inRanges(WHITESPACE, c)),
    'Char::is_numeric': pred('is_numeric', (c) => inRanges(NUMERIC, c)),
    'Char::is_printable': pred('is_printable', isPrintable),
    'Char::is_bmp': pred('is_bmp', (c) => c <= 0xffff),
    'Char::is_digit': fn('fn Char::is_digit(self : Char, radix : UInt) -> Bool', isDigit),
    'Char::to_ascii_lowercase': fn('fn Char::to_ascii_lowercase(self : Char) -> Char', (c: number) =>
      c >= 65 && c <= 90 ? c + 32 : c,
    ),
    'Char::to_ascii_uppercase': fn('fn Char::to_ascii_uppercase(self : Char) -> Char', (c: number) =>
      c >= 97 && c <= 122 ? c - 32 : c,
    ),
    'Char::utf16_len': fn('fn Char::utf16_len(self : Char) -> Int', (c: number) => (c > 0xffff ? 2 : 1)),
    'Char::escape': fn('fn Char::escape(self : Char, quote? : Bool = ..) -> String', (c: number, quote: boolean | undefined) =>
      escapeChar(c, quote ?? true),
    ),
  },
  impls: {
    'Show for Char': impl('impl Show for Char', {
      output: (self: number, logger: Logger) => logger.write_string(escapeChar(self, true)),
      to_string: charToString,
    }),
    'Eq for Char': impl('impl Eq for Char', { equal: (a: number, b: number) => a === b }),
    'Compare for Char': impl('impl Compare for Char', { compare: (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0) }),
    'Hash for Char': impl('impl Hash for Char', {
      hash_combine: (self: number, hasher: Hasher) => hasher.combine_char(self),
    }),
    'Default for Char': impl('impl Default for Char', { default: () => 0 }),
  },
});
