// `@encoding/hex`: Bytes to lowercase hexadecimal text and back (digits of
// either case). The package is newer than the oracle's core; its code was
// checked by running the docs' core source for it in the oracle. `decode`
// raises `Malformed`, with the whole text, on an odd length or any code unit
// that is not an ASCII hex digit.

import { MoonBitError } from '../../runtime/core-values.ts';
import { desc } from '../../runtime/desc.ts';
import { deriveImpls } from '../../runtime/derive.ts';
import { defineModule, fn, impl } from '../define.ts';
import * as B from '../support/bytes.ts';
import type { Bin } from '../support/bytes.ts';
import { asView, dataOf, endOf, startOf, type Str } from '../support/strings.ts';

const DIGITS = '0123456789abcdef';

function hexValue(unit: number): number {
  if (unit >= 0x30 && unit <= 0x39) return unit - 0x30;
  if (unit >= 0x61 && unit <= 0x66) return unit - 0x61 + 10;
  if (unit >= 0x41 && unit <= 0x46) return unit - 0x41 + 10;
  return -1;
}

function encode(bytes: Bin): string {
  const b = B.bytesOf(bytes);
  let out = '';
  for (let i = B.startOf(bytes); i < B.endOf(bytes); i++) out += DIGITS[b[i]! >> 4]! + DIGITS[b[i]! & 15]!;
  return out;
}

function decode(text: Str): Uint8Array {
  const s = dataOf(text);
  const start = startOf(text);
  const n = endOf(text) - start;
  const malformed = (): never => {
    throw new MoonBitError('@encoding/hex.Malformed', 'Malformed', [asView(text)]);
  };
  if (n % 2 !== 0) malformed();
  const out = new Uint8Array(n / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexValue(s.charCodeAt(start + 2 * i));
    const lo = hexValue(s.charCodeAt(start + 2 * i + 1));
    if (hi < 0 || lo < 0) malformed();
    out[i] = (hi << 4) | lo;
  }
  return out;
}

const malformedImpls = deriveImpls(
  {
    kind: 'enum',
    name: 'Malformed',
    ctors: () => [{ name: 'Malformed', fields: [{ desc: desc('StringView') }] }],
    make: (_index, [text]) => new MoonBitError('@encoding/hex.Malformed', 'Malformed', [text]),
  },
  ['Debug'],
);

export default defineModule('encoding/hex', {
  decls: `
    pub suberror Malformed {
      Malformed(StringView)
    }
  `,
  fns: {
    encode: fn('fn encode(bytes : BytesView) -> String', encode),
    decode: fn('fn decode(text : StringView) -> Bytes raise Malformed', decode),
  },
  impls: {
    'Debug for @encoding/hex.Malformed': impl('impl Debug for Malformed', malformedImpls.Debug!),
  },
});
