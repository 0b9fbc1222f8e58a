// `@encoding/base64`: Bytes to standard Base64 text (RFC 4648, `+` `/`)
// and back. `decode` follows core's state machine, so that the same texts
// are refused: whitespace only when asked to ignore it, padding only after
// two digits of a quartet and nothing but whitespace after it, and no
// leftover bits in the last quartet. `Malformed` carries the whole text.
// `decode_lossy` skips invalid characters and stops at the first padding
// (or whitespace, unless ignored), dropping the bits left over.

import { MoonBitError } from '../../runtime/core-values.ts';
import { desc } from '../../runtime/desc.ts';
import { deriveImpls } from '../../runtime/derive.ts';
import { defineModule, fn, impl } from '../define.ts';
import * as B from '../support/bytes.ts';
import type { Bin } from '../support/bytes.ts';
import { asView, dataOf, endOf, startOf, type Str } from '../support/strings.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const WHITESPACE = -3;
const PADDING = -2;
const INVALID = -1;

function digitOf(unit: number): number {
  if (unit >= 0x41 && unit <= 0x5a) return unit - 0x41;
  if (unit >= 0x61 && unit <= 0x7a) return unit - 0x61 + 26;
  if (unit >= 0x30 && unit <= 0x39) return unit - 0x30 + 52;
  if (unit === 0x2b) return 62;
  if (unit === 0x2f) return 63;
  if (unit === 0x20 || unit === 0x0a || unit === 0x0d || unit === 0x09) return WHITESPACE;
  if (unit === 0x3d) return PADDING;
  return INVALID;
}

function encode(bytes: Bin, padding: boolean | undefined): string {
  const b = B.bytesOf(bytes);
  const end = B.endOf(bytes);
  let out = '';
  let i = B.startOf(bytes);
  for (; i + 3 <= end; i += 3) {
    const n = (b[i]! << 16) | (b[i + 1]! << 8) | b[i + 2]!;
    out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]! + ALPHABET[(n >> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = end - i;
  if (rest === 0) return out;
  const n = (b[i]! << 16) | (rest === 2 ? b[i + 1]! << 8 : 0);
  out += ALPHABET[n >> 18]! + ALPHABET[(n >> 12) & 63]!;
  if (rest === 2) out += ALPHABET[(n >> 6) & 63]!;
  return (padding ?? true) ? out + (rest === 2 ? '=' : '==') : out;
}

/** The bytes of a quartet's first `count` digits (2 → one byte, 3 → two, 4 → three). */
function emit(out: number[], q: number[], count: number): void {
  out.push(((q[0]! << 2) | (q[1]! >> 4)) & 0xff);
  if (count >= 3) out.push((((q[1]! & 0x0f) << 4) | (q[2]! >> 2)) & 0xff);
  if (count === 4) out.push((((q[2]! & 0x03) << 6) | q[3]!) & 0xff);
}

function decode(text: Str, ignoreWhitespace: boolean | undefined): Uint8Array {
  const s = dataOf(text);
  const start = startOf(text);
  const end = endOf(text);
  const malformed = (): never => {
    throw new MoonBitError('@encoding/base64.Malformed', 'Malformed', [asView(text)]);
  };
  const out: number[] = [];
  const q = [0, 0, 0, 0];
  let count = 0;
  for (let i = start; i < end; i++) {
    const d = digitOf(s.charCodeAt(i));
    if (d === WHITESPACE) {
      if (!ignoreWhitespace) malformed();
    } else if (d === INVALID) {
      malformed();
    } else if (d === PADDING) {
      if (count < 2) malformed();
      q[count++] = PADDING;
      if (count < 4) continue;
      // `xx==` carries one byte, `xxx=` two; their unused low bits must be zero.
      if (q[2] === PADDING ? (q[1]! & 0x0f) !== 0 : (q[2]! & 0x03) !== 0) malformed();
      emit(out, q, q[2] === PADDING ? 2 : 3);
      for (let j = i + 1; j < end; j++) if (!ignoreWhitespace || digitOf(s.charCodeAt(j)) !== WHITESPACE) malformed();
      return new Uint8Array(out);
    } else {
      q[count++] = d;
      if (count < 4) continue;
      count = 0;
      if (q[2] === PADDING) malformed();
      emit(out, q, 4);
    }
  }
  if (count === 1) malformed();
  if (count === 2 && (q[1]! & 0x0f) !== 0) malformed();
  if (count === 3 && (q[2] === PADDING || (q[2]! & 0x03) !== 0)) malformed();
  if (count >= 2) emit(out, q, count);
  return new Uint8Array(out);
}

function decodeLossy(text: Str, ignoreWhitespace: boolean | undefined): Uint8Array {
  const s = dataOf(text);
  const out: number[] = [];
  const q = [0, 0, 0, 0];
  let count = 0;
  for (let i = startOf(text); i < endOf(text); i++) {
    const d = digitOf(s.charCodeAt(i));
    if (d === PADDING || (d === WHITESPACE && !ignoreWhitespace)) break;
    if (d < 0) continue;
    q[count++] = d;
    if (count === 4) {
      count = 0;
      emit(out, q, 4);
    }
  }
  if (count >= 2) emit(out, q, count);
  return new Uint8Array(out);
}

const malformedImpls = deriveImpls(
  {
    kind: 'enum',
    name: 'Malformed',
    ctors: () => [{ name: 'Malformed', fields: [{ desc: desc('StringView') }] }],
    make: (_index, [text]) => new MoonBitError('@encoding/base64.Malformed', 'Malformed', [text]),
  },
  ['Debug'],
);

export default defineModule('encoding/base64', {
  decls: `
    pub suberror Malformed {
      Malformed(StringView)
    }
  `,
  fns: {
    encode: fn('fn encode(bytes : BytesView, padding? : Bool = ..) -> String', encode),
    decode: fn('fn decode(text : StringView, ignore_whitespace? : Bool = ..) -> Bytes raise Malformed', decode),
    decode_lossy: fn('fn decode_lossy(text : StringView, ignore_whitespace? : Bool = ..) -> Bytes', decodeLossy),
  },
  impls: {
    'Debug for @encoding/base64.Malformed': impl('impl Debug for Malformed', malformedImpls.Debug!),
  },
});
