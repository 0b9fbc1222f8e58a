// `@encoding/utf8`: Strings to UTF-8 Bytes and back. Conversion is the
// platform's TextEncoder/TextDecoder; core's rules are checked around
// them: a lone surrogate aborts `encode` (TextEncoder would replace it),
// `decode` raises `Malformed` with the bytes from the first bad sequence
// on, and a BOM stays unless `ignore_bom` (TextDecoder would drop it).
// `decode_lossy` replaces each maximal bad subsequence with U+FFFD, as
// both core and TextDecoder do.

import { BytesView, MoonBitError } from '../../runtime/core-values.ts';
import { defineModule, fn } from '../define.ts';
import * as B from '../support/bytes.ts';
import type { Bin } from '../support/bytes.ts';
import { dataOf, endOf, panic, startOf, type Str } from '../support/strings.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function encode(str: Str, bom: boolean | undefined): Uint8Array {
  const text = dataOf(str).slice(startOf(str), endOf(str));
  if (LONE_SURROGATE.test(text)) panic('invalid surrogate pair');
  const body = encoder.encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

/** Where `bytes` should start: past a BOM when asked to drop it. */
function afterBom(b: Uint8Array, start: number, end: number, ignoreBom: boolean | undefined): number {
  return ignoreBom && end - start >= 3 && b[start] === 0xef && b[start + 1] === 0xbb && b[start + 2] === 0xbf ? start + 3 : start;
}

/** The length of the well-formed UTF-8 sequence at `i`, or 0. */
function sequenceAt(b: Uint8Array, i: number, end: number): number {
  const b0 = b[i]!;
  if (b0 < 0x80) return 1;
  const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < end && b[i + k]! >= lo && b[i + k]! <= hi;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 >= 0xe0 && b0 <= 0xef) {
    const ok1 = b0 === 0xe0 ? cont(1, 0xa0) : b0 === 0xed ? cont(1, 0x80, 0x9f) : cont(1);
    return ok1 && cont(2) ? 3 : 0;
  }
  if (b0 >= 0xf0 && b0 <= 0xf4) {
    const ok1 = b0 === 0xf0 ? cont(1, 0x90) : b0 === 0xf4 ? cont(1, 0x80, 0x8f) : cont(1);
    return ok1 && cont(2) && cont(3) ? 4 : 0;
  }
  return 0;
}

function decode(bytes: Bin, ignoreBom: boolean | undefined): string {
  const b = B.bytesOf(bytes);
  const end = B.endOf(bytes);
  const start = afterBom(b, B.startOf(bytes), end, ignoreBom);
  for (let i = start; i < end; ) {
    const n = sequenceAt(b, i, end);
    if (n === 0) throw new MoonBitError('@encoding/utf8.Malformed', 'Malformed', [new BytesView(b, i, end)]);
    i += n;
  }
  return decoder.decode(b.subarray(start, end));
}

function decodeLossy(bytes: Bin, ignoreBom: boolean | undefined): string {
  const b = B.bytesOf(bytes);
  const end = B.endOf(bytes);
  return decoder.decode(b.subarray(afterBom(b, B.startOf(bytes), end, ignoreBom), end));
}

export default defineModule('encoding/utf8', {
  decls: `
    pub suberror Malformed {
      Malformed(BytesView)
    }
  `,
  fns: {
    encode: fn('fn encode(str : StringView, bom? : Bool = ..) -> Bytes', encode),
    decode: fn('fn decode(bytes : BytesView, ignore_bom? : Bool = ..) -> String raise Malformed', decode),
    decode_lossy: fn('fn decode_lossy(bytes : BytesView, ignore_bom? : Bool = ..) -> String', decodeLossy),
  },
});
