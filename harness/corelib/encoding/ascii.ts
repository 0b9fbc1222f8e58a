// `@encoding/ascii`: Strings of code units below 0x80 to Bytes and back.
// `encode` aborts on any other code unit; `decode` raises `Malformed` with
// the bytes from the first one above 0x7F on, and `decode_lossy` turns each
// such byte into one U+FFFD.

import { BytesView, MoonBitError } from '../../runtime/core-values.ts';
import { desc } from '../../runtime/desc.ts';
import { deriveImpls } from '../../runtime/derive.ts';
import { defineModule, fn, impl } from '../define.ts';
import * as B from '../support/bytes.ts';
import type { Bin } from '../support/bytes.ts';
import { dataOf, endOf, panic, startOf, type Str } from '../support/strings.ts';

function encode(str: Str): Uint8Array {
  const s = dataOf(str);
  const start = startOf(str);
  const out = new Uint8Array(endOf(str) - start);
  for (let i = 0; i < out.length; i++) {
    const unit = s.charCodeAt(start + i);
    if (unit > 0x7f) panic('@encoding/ascii.encode: not ASCII');
    out[i] = unit;
  }
  return out;
}

function decodeWith(bytes: Bin, other: (b: Uint8Array, at: number, end: number) => string): string {
  const b = B.bytesOf(bytes);
  const end = B.endOf(bytes);
  let out = '';
  for (let i = B.startOf(bytes); i < end; i++) out += b[i]! <= 0x7f ? String.fromCharCode(b[i]!) : other(b, i, end);
  return out;
}

const decode = (bytes: Bin): string =>
  decodeWith(bytes, (b, at, end) => {
    throw new MoonBitError('@encoding/ascii.Malformed', 'Malformed', [new BytesView(b, at, end)]);
  });

const decodeLossy = (bytes: Bin): string => decodeWith(bytes, () => '\ufffd');

const malformedImpls = deriveImpls(
  {
    kind: 'enum',
    name: 'Malformed',
    ctors: () => [{ name: 'Malformed', fields: [{ desc: desc('BytesView') }] }],
    make: (_index, [bytes]) => new MoonBitError('@encoding/ascii.Malformed', 'Malformed', [bytes]),
  },
  ['Debug'],
);

export default defineModule('encoding/ascii', {
  decls: `
    pub suberror Malformed {
      Malformed(BytesView)
    }
  `,
  fns: {
    encode: fn('fn encode(str : StringView) -> Bytes', encode),
    decode: fn('fn decode(bytes : BytesView) -> String raise Malformed', decode),
    decode_lossy: fn('fn decode_lossy(bytes : BytesView) -> String', decodeLossy),
  },
  impls: {
    'Debug for @encoding/ascii.Malformed': impl('impl Debug for Malformed', malformedImpls.Debug!),
  },
});
