// `@encoding/utf16`: Strings to UTF-16 Bytes and back, little-endian unless
// `endianness=Big`. `decode` raises `Malformed` with the bytes from the
// first lone surrogate (or odd last byte) on; `decode_lossy` writes U+FFFD
// for each lone surrogate and for an odd last byte, where it stops.

import { BytesView, MoonBitError } from '../../runtime/core-values.ts';
import { defineModule, fn } from '../define.ts';
import * as B from '../support/bytes.ts';
import type { Bin } from '../support/bytes.ts';
import { dataOf, endOf, isLeading, isTrailing, startOf, type Str } from '../support/strings.ts';

/** An `Endian` value: `{ $c: 'Little' }` or `{ $c: 'Big' }` (omitted: Little). */
type Endian = { readonly $c: string } | undefined;

const isBig = (e: Endian) => e !== undefined && e.$c === 'Big';

function encode(str: Str, bom: boolean | undefined, endianness: Endian): Uint8Array {
  const s = dataOf(str);
  const start = startOf(str);
  const end = endOf(str);
  const big = isBig(endianness);
  const offset = bom ? 2 : 0;
  const out = new Uint8Array(offset + 2 * (end - start));
  if (bom) out.set(big ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = start, j = offset; i < end; i++, j += 2) {
    const u = s.charCodeAt(i);
    out[j + (big ? 1 : 0)] = u & 0xff;
    out[j + (big ? 0 : 1)] = u >> 8;
  }
  return out;
}

/** Code units of the bytes (after a BOM dropped when asked), or where they stop being valid. */
function decodeUnits(bytes: Bin, ignoreBom: boolean | undefined, endianness: Endian, lossy: boolean): string {
  const b = B.bytesOf(bytes);
  const end = B.endOf(bytes);
  const big = isBig(endianness);
  let i = B.startOf(bytes);
  if (ignoreBom && end - i >= 2 && b[i] === (big ? 0xfe : 0xff) && b[i + 1] === (big ? 0xff : 0xfe)) i += 2;
  const unit = (k: number) => (big ? (b[k]! << 8) | b[k + 1]! : b[k]! | (b[k + 1]! << 8));
  let out = '';
  while (i < end) {
    if (end - i < 2) {
      if (!lossy) malformed(b, i, end);
      return out + '\ufffd';
    }
    const u = unit(i);
    if (isLeading(u) && end - i >= 4 && isTrailing(unit(i + 2))) {
      out += String.fromCharCode(u, unit(i + 2));
      i += 4;
    } else if (isLeading(u) || isTrailing(u)) {
      if (!lossy) malformed(b, i, end);
      out += '\ufffd';
      i += 2;
    } else {
      out += String.fromCharCode(u);
      i += 2;
    }
  }
  return out;
}

function malformed(b: Uint8Array, start: number, end: number): never {
  throw new MoonBitError('@encoding/utf16.Malformed', 'Malformed', [new BytesView(b, start, end)]);
}

export default defineModule('encoding/utf16', {
  decls: `
    pub suberror Malformed {
      Malformed(BytesView)
    }
    pub(all) enum Endian {
      Little
      Big
    }
  `,
  fns: {
    encode: fn('fn encode(str : StringView, bom? : Bool = .., endianness? : Endian = ..) -> Bytes', encode),
    decode: fn(
      'fn decode(bytes : BytesView, ignore_bom? : Bool = .., endianness? : Endian = ..) -> String raise Malformed',
      (bytes: Bin, ignoreBom: boolean | undefined, endianness: Endian) => decodeUnits(bytes, ignoreBom, endianness, false),
    ),
    decode_lossy: fn(
      'fn decode_lossy(bytes : BytesView, ignore_bom? : Bool = .., endianness? : Endian = ..) -> String',
      (bytes: Bin, ignoreBom: boolean | undefined, endianness: Endian) => decodeUnits(bytes, ignoreBom, endianness, true),
    ),
  },
});
