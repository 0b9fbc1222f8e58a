// @encoding/base64, @encoding/hex and @encoding/ascii entries of the core
// library table. Every expected string was printed by the real MoonBit
// compiler and core (/tmp/moonbit-oracle) for the MoonBit expression named
// beside it, except where a comment says why not.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import ascii from '../../../harness/corelib/encoding/ascii.ts';
import base64 from '../../../harness/corelib/encoding/base64.ts';
import hex from '../../../harness/corelib/encoding/hex.ts';
import builtinBytes from '../../../harness/corelib/builtin/bytes.ts';
import builtinString from '../../../harness/corelib/builtin/string.ts';
import debugModule from '../../../harness/corelib/debug.ts';
import { desc } from '../../../harness/runtime/desc.ts';
import { BytesView, MoonBitError, StringView } from '../../../harness/runtime/core-values.ts';
import * as R from '../../../harness/corelib/support/repr.ts';
import { render } from '../../../harness/corelib/support/pretty.ts';
import { caller, methods, panics, shown, sv } from './strings-helpers.ts';
import { installStubs, registerModule } from './stubs.ts';

installStubs();
for (const m of [ascii, base64, hex, debugModule]) registerModule(m);

const asc = caller(ascii);
const b64 = caller(base64);
const hexm = caller(hex);
const escape = (s: string): string => caller(builtinString)('String::escape', s, undefined) as string;
const showBytes = (x: unknown): string => shown(methods(builtinBytes, 'Show for Bytes').output!, x);
const b = (...xs: number[]): Uint8Array => new Uint8Array(xs);
const text = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));

/** `e`, which must be a raised `Malformed`. */
function asMalformed(e: unknown): MoonBitError {
  assert.ok(e instanceof MoonBitError && e.$c === 'Malformed', String(e));
  return e;
}

/** The error `f` raises, which must be a `Malformed`. */
function malformed(f: () => unknown): MoonBitError {
  try {
    f();
  } catch (e) {
    return asMalformed(e);
  }
  assert.fail('no Malformed raised');
}

/** The result as the oracle's helper printed it: the Bytes, or `Malformed(<payload escaped>)`. */
function decoded(f: () => unknown): string {
  try {
    return showBytes(f());
  } catch (e) {
    const payload = asMalformed(e)._0;
    assert.ok(payload instanceof StringView);
    return `Malformed(${escape(payload.toString())})`;
  }
}

/** `@debug.debug(try? f())` of a call that raises. */
function debugErr(f: () => unknown): string {
  const e = malformed(f);
  const repr = (desc(e.type)['Debug.to_repr'] as (x: unknown) => R.Repr)(e);
  return render(R.ctor('Err', [[undefined, repr]]));
}

/** Bytes whose Base64 text uses each of the 64 digits once, in order. */
const ALL_DIGITS = b(
  0x00, 0x10, 0x83, 0x10, 0x51, 0x87, 0x20, 0x92, 0x8b, 0x30, 0xd3, 0x8f, 0x41, 0x14, 0x93, 0x51,
  0x55, 0x97, 0x61, 0x96, 0x9b, 0x71, 0xd7, 0x9f, 0x82, 0x18, 0xa3, 0x92, 0x59, 0xa7, 0xa2, 0x9a,
  0xab, 0xb2, 0xdb, 0xaf, 0xc3, 0x1c, 0xb3, 0xd3, 0x5d, 0xb7, 0xe3, 0x9e, 0xbb, 0xf3, 0xdf, 0xbf,
);

test('@encoding/base64 decode and decode_lossy', () => {
  // d(text, ws) in the oracle: `try @base64.decode(text, ignore_whitespace=ws)`, printing
  // the Bytes, or `Malformed(` + the payload's `to_string().escape()` + `)`.
  const cases: [string, boolean, string][] = [
    ["", false, "b\"\""],
    ["", true, "b\"\""],
    ["A", false, "Malformed(\"A\")"],
    ["A", true, "Malformed(\"A\")"],
    ["AA", false, "b\"\\x00\""],
    ["AA", true, "b\"\\x00\""],
    ["AA==", false, "b\"\\x00\""],
    ["AA==", true, "b\"\\x00\""],
    ["AB==", false, "Malformed(\"AB==\")"],
    ["AB==", true, "Malformed(\"AB==\")"],
    ["AAA", false, "b\"\\x00\\x00\""],
    ["AAA", true, "b\"\\x00\\x00\""],
    ["AAA=", false, "b\"\\x00\\x00\""],
    ["AAA=", true, "b\"\\x00\\x00\""],
    ["AAB=", false, "Malformed(\"AAB=\")"],
    ["AAB=", true, "Malformed(\"AAB=\")"],
    ["AAAA", false, "b\"\\x00\\x00\\x00\""],
    ["AAAA", true, "b\"\\x00\\x00\\x00\""],
    ["A===", false, "Malformed(\"A===\")"],
    ["A===", true, "Malformed(\"A===\")"],
    ["AA=", false, "Malformed(\"AA=\")"],
    ["AA=", true, "Malformed(\"AA=\")"],
    ["AA=A", false, "Malformed(\"AA=A\")"],
    ["AA=A", true, "Malformed(\"AA=A\")"],
    ["AA==A", false, "Malformed(\"AA==A\")"],
    ["AA==A", true, "Malformed(\"AA==A\")"],
    ["AA== ", false, "Malformed(\"AA== \")"],
    ["AA== ", true, "b\"\\x00\""],
    ["AA==\n\t", false, "Malformed(\"AA==\\n\\t\")"],
    ["AA==\n\t", true, "b\"\\x00\""],
    [" AA==", false, "Malformed(\" AA==\")"],
    [" AA==", true, "b\"\\x00\""],
    ["AA ==", false, "Malformed(\"AA ==\")"],
    ["AA ==", true, "b\"\\x00\""],
    ["AA\n==", false, "Malformed(\"AA\\n==\")"],
    ["AA\n==", true, "b\"\\x00\""],
    ["AA= =", false, "Malformed(\"AA= =\")"],
    ["AA= =", true, "b\"\\x00\""],
    ["SGVsbG8=", false, "b\"Hello\""],
    ["SGVsbG8=", true, "b\"Hello\""],
    ["SGVsbG8", false, "b\"Hello\""],
    ["SGVsbG8", true, "b\"Hello\""],
    ["SGVsbG8=\n", false, "Malformed(\"SGVsbG8=\\n\")"],
    ["SGVsbG8=\n", true, "b\"Hello\""],
    ["SG=Vs", false, "Malformed(\"SG=Vs\")"],
    ["SG=Vs", true, "Malformed(\"SG=Vs\")"],
    ["S*GV", false, "Malformed(\"S*GV\")"],
    ["S*GV", true, "Malformed(\"S*GV\")"],
    ["SGVs\tbG8", false, "Malformed(\"SGVs\\tbG8\")"],
    ["SGVs\tbG8", true, "b\"Hello\""],
    ["====", false, "Malformed(\"====\")"],
    ["====", true, "Malformed(\"====\")"],
    ["AAAA====", false, "Malformed(\"AAAA====\")"],
    ["AAAA====", true, "Malformed(\"AAAA====\")"],
    ["/+/+", false, "b\"\\xff\\xef\\xfe\""],
    ["/+/+", true, "b\"\\xff\\xef\\xfe\""],
    ["-_", false, "Malformed(\"-_\")"],
    ["-_", true, "Malformed(\"-_\")"],
    ["AA==AA==", false, "Malformed(\"AA==AA==\")"],
    ["AA==AA==", true, "Malformed(\"AA==AA==\")"],
    ["QUJD", false, "b\"ABC\""],
    ["QUJD", true, "b\"ABC\""],
    ["QUJDRA", false, "b\"ABCD\""],
    ["QUJDRA", true, "b\"ABCD\""],
    ["QUJDRA==", false, "b\"ABCD\""],
    ["QUJDRA==", true, "b\"ABCD\""],
    ["QUJDRA=", false, "Malformed(\"QUJDRA=\")"],
    ["QUJDRA=", true, "Malformed(\"QUJDRA=\")"],
    ["QUJDRB==", false, "Malformed(\"QUJDRB==\")"],
    ["QUJDRB==", true, "Malformed(\"QUJDRB==\")"],
    ["QUJDRE=", false, "Malformed(\"QUJDRE=\")"],
    ["QUJDRE=", true, "Malformed(\"QUJDRE=\")"],
    ["QUJDRE", false, "Malformed(\"QUJDRE\")"],
    ["QUJDRE", true, "Malformed(\"QUJDRE\")"],
    ["QUJDREU", false, "b\"ABCDE\""],
    ["QUJDREU", true, "b\"ABCDE\""],
    ["QUJDREV=", false, "Malformed(\"QUJDREV=\")"],
    ["QUJDREV=", true, "Malformed(\"QUJDREV=\")"],
    ["QUJDREU=", false, "b\"ABCDE\""],
    ["QUJDREU=", true, "b\"ABCDE\""],
    ["QQ", false, "b\"A\""],
    ["QQ", true, "b\"A\""],
    ["QR", false, "Malformed(\"QR\")"],
    ["QR", true, "Malformed(\"QR\")"],
    ["Q", false, "Malformed(\"Q\")"],
    ["Q", true, "Malformed(\"Q\")"],
    ["\r\n", false, "Malformed(\"\\r\\n\")"],
    ["\r\n", true, "b\"\""],
    ["SGVs bG8=", false, "Malformed(\"SGVs bG8=\")"],
    ["SGVs bG8=", true, "b\"Hello\""],
    ["  ", false, "Malformed(\"  \")"],
    ["  ", true, "b\"\""],
    ["Zm9v\r\nYmFy", false, "Malformed(\"Zm9v\\r\\nYmFy\")"],
    ["Zm9v\r\nYmFy", true, "b\"foobar\""],
    ["Zm9vYmFy!", false, "Malformed(\"Zm9vYmFy!\")"],
    ["Zm9vYmFy!", true, "Malformed(\"Zm9vYmFy!\")"],
    ["ä", false, "Malformed(\"ä\")"],
    ["ä", true, "Malformed(\"ä\")"],
  ];
  for (const [text, ws, expected] of cases) assert.equal(decoded(() => b64('@encoding/base64.decode', text, ws)), expected, `d(${JSON.stringify(text)}, ${ws})`);
  // Views: only the view is decoded, and `Malformed` carries the view.
  assert.equal(decoded(() => b64('@encoding/base64.decode', sv('xxSGVsbG8=yy', 2, 10), undefined)), "b\"Hello\""); // d("xxSGVsbG8=yy"[2:10], false)
  assert.equal(decoded(() => b64('@encoding/base64.decode', sv('xxSGVsbG8yy', 2, 9), undefined)), "b\"Hello\""); // d("xxSGVsbG8yy"[2:9], false)
  assert.equal(decoded(() => b64('@encoding/base64.decode', sv('xxSGVsbG8yy', 2, 11), undefined)), "Malformed(\"SGVsbG8yy\")"); // d("xxSGVsbG8yy"[2:11], false)
  // `@base64.decode_lossy(text)` and `@base64.decode_lossy(text, ignore_whitespace=true)`.
  const lossy: [string, boolean, string][] = [
    ["", false, "b\"\""],
    ["", true, "b\"\""],
    ["A", false, "b\"\""],
    ["A", true, "b\"\""],
    ["AA", false, "b\"\\x00\""],
    ["AA", true, "b\"\\x00\""],
    ["AA==", false, "b\"\\x00\""],
    ["AA==", true, "b\"\\x00\""],
    ["AB==", false, "b\"\\x00\""],
    ["AB==", true, "b\"\\x00\""],
    ["AAA", false, "b\"\\x00\\x00\""],
    ["AAA", true, "b\"\\x00\\x00\""],
    ["AAA=", false, "b\"\\x00\\x00\""],
    ["AAA=", true, "b\"\\x00\\x00\""],
    ["AAB=", false, "b\"\\x00\\x00\""],
    ["AAB=", true, "b\"\\x00\\x00\""],
    ["AAAA", false, "b\"\\x00\\x00\\x00\""],
    ["AAAA", true, "b\"\\x00\\x00\\x00\""],
    ["A===", false, "b\"\""],
    ["A===", true, "b\"\""],
    ["AA=", false, "b\"\\x00\""],
    ["AA=", true, "b\"\\x00\""],
    ["AA=A", false, "b\"\\x00\""],
    ["AA=A", true, "b\"\\x00\""],
    ["AA==A", false, "b\"\\x00\""],
    ["AA==A", true, "b\"\\x00\""],
    ["AA== ", false, "b\"\\x00\""],
    ["AA== ", true, "b\"\\x00\""],
    ["AA==\n\t", false, "b\"\\x00\""],
    ["AA==\n\t", true, "b\"\\x00\""],
    [" AA==", false, "b\"\""],
    [" AA==", true, "b\"\\x00\""],
    ["AA ==", false, "b\"\\x00\""],
    ["AA ==", true, "b\"\\x00\""],
    ["AA\n==", false, "b\"\\x00\""],
    ["AA\n==", true, "b\"\\x00\""],
    ["AA= =", false, "b\"\\x00\""],
    ["AA= =", true, "b\"\\x00\""],
    ["SGVsbG8=", false, "b\"Hello\""],
    ["SGVsbG8=", true, "b\"Hello\""],
    ["SGVsbG8", false, "b\"Hello\""],
    ["SGVsbG8", true, "b\"Hello\""],
    ["SGVsbG8=\n", false, "b\"Hello\""],
    ["SGVsbG8=\n", true, "b\"Hello\""],
    ["SG=Vs", false, "b\"H\""],
    ["SG=Vs", true, "b\"H\""],
    ["S*GV", false, "b\"He\""],
    ["S*GV", true, "b\"He\""],
    ["SGVs\tbG8", false, "b\"Hel\""],
    ["SGVs\tbG8", true, "b\"Hello\""],
    ["====", false, "b\"\""],
    ["====", true, "b\"\""],
    ["AAAA====", false, "b\"\\x00\\x00\\x00\""],
    ["AAAA====", true, "b\"\\x00\\x00\\x00\""],
    ["/+/+", false, "b\"\\xff\\xef\\xfe\""],
    ["/+/+", true, "b\"\\xff\\xef\\xfe\""],
    ["-_", false, "b\"\""],
    ["-_", true, "b\"\""],
    ["AA==AA==", false, "b\"\\x00\""],
    ["AA==AA==", true, "b\"\\x00\""],
    ["QUJD", false, "b\"ABC\""],
    ["QUJD", true, "b\"ABC\""],
    ["QUJDRA", false, "b\"ABCD\""],
    ["QUJDRA", true, "b\"ABCD\""],
    ["QUJDRA==", false, "b\"ABCD\""],
    ["QUJDRA==", true, "b\"ABCD\""],
    ["QUJDRA=", false, "b\"ABCD\""],
    ["QUJDRA=", true, "b\"ABCD\""],
    ["QUJDRB==", false, "b\"ABCD\""],
    ["QUJDRB==", true, "b\"ABCD\""],
    ["QUJDRE=", false, "b\"ABCD\""],
    ["QUJDRE=", true, "b\"ABCD\""],
    ["QUJDRE", false, "b\"ABCD\""],
    ["QUJDRE", true, "b\"ABCD\""],
    ["QUJDREU", false, "b\"ABCDE\""],
    ["QUJDREU", true, "b\"ABCDE\""],
    ["QUJDREV=", false, "b\"ABCDE\""],
    ["QUJDREV=", true, "b\"ABCDE\""],
    ["QUJDREU=", false, "b\"ABCDE\""],
    ["QUJDREU=", true, "b\"ABCDE\""],
    ["QQ", false, "b\"A\""],
    ["QQ", true, "b\"A\""],
    ["QR", false, "b\"A\""],
    ["QR", true, "b\"A\""],
    ["Q", false, "b\"\""],
    ["Q", true, "b\"\""],
    ["\r\n", false, "b\"\""],
    ["\r\n", true, "b\"\""],
    ["SGVs bG8=", false, "b\"Hel\""],
    ["SGVs bG8=", true, "b\"Hello\""],
    ["  ", false, "b\"\""],
    ["  ", true, "b\"\""],
    ["Zm9v\r\nYmFy", false, "b\"foo\""],
    ["Zm9v\r\nYmFy", true, "b\"foobar\""],
    ["Zm9vYmFy!", false, "b\"foobar\""],
    ["Zm9vYmFy!", true, "b\"foobar\""],
    ["ä", false, "b\"\""],
    ["ä", true, "b\"\""],
  ];
  for (const [text, ws, expected] of lossy) assert.equal(showBytes(b64('@encoding/base64.decode_lossy', text, ws ? true : undefined)), expected, JSON.stringify(text));
  // `@debug.debug(try? @base64.decode("A"))` and the same for `"xxAyy"[2:3]`.
  assert.equal(debugErr(() => b64('@encoding/base64.decode', 'A', undefined)), "Err(Malformed(<StringView: \"A\">))");
  assert.equal(debugErr(() => b64('@encoding/base64.decode', sv('xxAyy', 2, 3), undefined)), "Err(Malformed(<StringView: \"A\">))");
});

test('@encoding/base64 encode', () => {
  const cases: [string, Uint8Array | BytesView, boolean | undefined, string][] = [
    ["@base64.encode(b\"\")", b(), undefined, ""],
    ["@base64.encode(b\"\", padding=false)", b(), false, ""],
    ["@base64.encode(b\"\\x00\")", b(0), undefined, "AA=="],
    ["@base64.encode(b\"\\x00\", padding=false)", b(0), false, "AA"],
    ["@base64.encode(b\"\\xff\\xfe\")", b(0xff, 0xfe), undefined, "//4="],
    ["@base64.encode(b\"\\xff\\xfe\", padding=false)", b(0xff, 0xfe), false, "//4"],
    ["@base64.encode(b\"Hello\")", text('Hello'), undefined, "SGVsbG8="],
    ["@base64.encode(b\"Hello\", padding=false)", text('Hello'), false, "SGVsbG8"],
    ["@base64.encode(b\"Hello!\")", text('Hello!'), undefined, "SGVsbG8h"],
    ["@base64.encode(b\"Hello!\", padding=false)", text('Hello!'), false, "SGVsbG8h"],
    ["@base64.encode(b\"\\xfb\\xff\\xbf\")", b(0xfb, 0xff, 0xbf), undefined, "+/+/"],
    ["@base64.encode(b\"\\xfb\\xff\\xbf\", padding=false)", b(0xfb, 0xff, 0xbf), false, "+/+/"],
    ["@base64.encode(<the 48 bytes 0x00 0x10 0x83 ... 0xbf, every digit once>)", ALL_DIGITS, undefined, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"],
    ["@base64.encode(<the 48 bytes 0x00 0x10 0x83 ... 0xbf, every digit once>, padding=false)", ALL_DIGITS, false, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"],
    ["@base64.encode(b\"xHelloy\"[1:6])", new BytesView(text('xHelloy'), 1, 6), undefined, "SGVsbG8="],
    ["@base64.encode(b\"xHelloy\"[1:5], padding=false)", new BytesView(text('xHelloy'), 1, 5), false, "SGVsbA"],
  ];
  for (const [mbt, bytes, padding, expected] of cases) assert.equal(b64('@encoding/base64.encode', bytes, padding), expected, mbt);
});

// @encoding/hex is newer than the oracle's core: the expected strings are
// what the oracle printed running the docs' core source of the package
// (moonbitlang/core encoding/hex, its scalar decoder and encoder, with the
// oracle's older names `@buffer.new` and `StringBuilder::new`) on the same input.
test('@encoding/hex decode', () => {
  const cases: [string, string][] = [
    ["", "b\"\""],
    ["0", "Malformed(\"0\")"],
    ["00", "b\"\\x00\""],
    ["0g", "Malformed(\"0g\")"],
    ["g0", "Malformed(\"g0\")"],
    ["48656c6c6f20476f7068657221", "b\"Hello Gopher!\""],
    ["48656C6C6F", "b\"Hello\""],
    ["aBcDeF", "b\"\\xab\\xcd\\xef\""],
    ["abc", "Malformed(\"abc\")"],
    ["0x00", "Malformed(\"0x00\")"],
    ["ff", "b\"\\xff\""],
    ["FF", "b\"\\xff\""],
    ["fG", "Malformed(\"fG\")"],
    ["  ", "Malformed(\"  \")"],
    ["0 ", "Malformed(\"0 \")"],
    ["é0", "Malformed(\"é0\")"],
    ["00ff7f80", "b\"\\x00\\xff\\x7f\\x80\""],
    ["123", "Malformed(\"123\")"],
    ["ÿÿ", "Malformed(\"ÿÿ\")"],
    ["٠١", "Malformed(\"٠١\")"],
  ];
  for (const [input, expected] of cases) assert.equal(decoded(() => hexm('@encoding/hex.decode', input)), expected, `d(${JSON.stringify(input)})`);
  assert.equal(decoded(() => hexm('@encoding/hex.decode', sv('xx0g12yy', 2, 6))), "Malformed(\"0g12\")"); // d("xx0g12yy"[2:6])
  assert.equal(decoded(() => hexm('@encoding/hex.decode', sv('xxff00yy', 2, 6))), "b\"\\xff\\x00\""); // d("xxff00yy"[2:6])
  assert.equal(hexm('@encoding/hex.encode', b()), ""); // encode(b"")
  assert.equal(hexm('@encoding/hex.encode', b(0)), "00"); // encode(b"\x00")
  assert.equal(hexm('@encoding/hex.encode', text('Hello Gopher!')), "48656c6c6f20476f7068657221"); // encode(b"Hello Gopher!")
  assert.equal(hexm('@encoding/hex.encode', b(0xff, 0x0f, 0xf0, 0x80, 0x7f, 0x01)), "ff0ff0807f01"); // encode(b"\xff\x0f\xf0\x80\x7f\x01")
  assert.equal(hexm('@encoding/hex.encode', new BytesView(text('xHiy'), 1, 3)), "4869"); // encode(b"xHiy"[1:3])
  assert.equal(debugErr(() => hexm('@encoding/hex.decode', '0g')), "Err(Malformed(<StringView: \"0g\">))"); // @debug.debug(try? decode("0g"))
  assert.equal(debugErr(() => hexm('@encoding/hex.decode', 'abc')), "Err(Malformed(<StringView: \"abc\">))"); // @debug.debug(try? decode("abc"))
});

test('@encoding/ascii', () => {
  // d(bytes) in the oracle: `try @ascii.decode(bytes)`, printing the String's `escape()`,
  // or `Malformed(` + the payload's `to_bytes()` + `)`.
  const d = (bytes: Uint8Array | BytesView): string => {
    try {
      return escape(asc('@encoding/ascii.decode', bytes) as string);
    } catch (e) {
      const payload = asMalformed(e)._0;
      assert.ok(payload instanceof BytesView);
      return `Malformed(${showBytes(payload.bytes.slice(payload.start, payload.end))})`;
    }
  };
  assert.equal(d(b()), "\"\""); // d(b"")
  assert.equal(d(text('hello')), "\"hello\""); // d(b"hello")
  assert.equal(d(b(0x00, 0x7f, 0x1b)), "\"\\u{00}\u007f\\u{1b}\""); // d(b"\x00\x7f\x1b")
  assert.equal(d(b(0x61, 0x62, 0x80, 0x63, 0x64)), "Malformed(b\"\\x80cd\")"); // d(b"ab\x80cd")
  assert.equal(d(b(0xff, 0x61, 0x62)), "Malformed(b\"\\xffab\")"); // d(b"\xffab")
  assert.equal(d(b(0x61, 0x62, 0x63, 0xc3, 0xa9)), "Malformed(b\"\\xc3\\xa9\")"); // d(b"abc\xc3\xa9")
  assert.equal(d(new BytesView(b(0x78, 0x79, 0x61, 0x62, 0x80, 0x63, 0x64, 0x7a, 0x7a), 2, 6)), "Malformed(b\"\\x80c\")"); // d(b"xyab\x80cdzz"[2:6])
  assert.equal(escape(asc('@encoding/ascii.decode_lossy', b()) as string), "\"\""); // @ascii.decode_lossy(b"").escape()
  assert.equal(escape(asc('@encoding/ascii.decode_lossy', b(0x68, 0x80, 0x6f)) as string), "\"h�o\""); // @ascii.decode_lossy(b"h\x80o").escape()
  assert.equal(escape(asc('@encoding/ascii.decode_lossy', b(0xc3, 0xa9, 0x21)) as string), "\"��!\""); // @ascii.decode_lossy(b"\xc3\xa9!").escape()
  assert.equal(escape(asc('@encoding/ascii.decode_lossy', b(0x7f, 0x80, 0xff)) as string), "\"\u007f��\""); // @ascii.decode_lossy(b"\x7f\x80\xff").escape()
  assert.equal(escape(asc('@encoding/ascii.decode_lossy', new BytesView(b(0x78, 0x78, 0x80, 0x79, 0x79), 1, 4)) as string), "\"x�y\""); // @ascii.decode_lossy(b"xx\x80yy"[1:4]).escape()
  assert.equal(showBytes(asc('@encoding/ascii.encode', '')), "b\"\""); // @ascii.encode("")
  assert.equal(showBytes(asc('@encoding/ascii.encode', 'hello')), "b\"hello\""); // @ascii.encode("hello")
  assert.equal(showBytes(asc('@encoding/ascii.encode', '\x00\x7f~')), "b\"\\x00\\x7f~\""); // @ascii.encode("\u{0}\u{7f}~")
  assert.equal(showBytes(asc('@encoding/ascii.encode', sv('xxhiyy', 2, 4))), "b\"hi\""); // @ascii.encode("xxhiyy"[2:4])
  assert.equal(debugErr(() => asc('@encoding/ascii.decode', b(0x61, 0x62, 0x80, 0x63, 0x64))), "Err(Malformed(<BytesView: [0x80, 0x63, 0x64]>))"); // @debug.debug(try? @ascii.decode(b"ab\x80cd"))
  assert.equal(debugErr(() => asc('@encoding/ascii.decode', new BytesView(b(0x78, 0x79, 0x61, 0x62, 0x80, 0x63, 0x64, 0x7a, 0x7a), 2, 6))), "Err(Malformed(<BytesView: [0x80, 0x63]>))"); // the same of b"xyab\x80cdzz"[2:6]
  assert.equal(showBytes(asc('@encoding/ascii.encode', sv('aé', 0, 1))), "b\"a\""); // @ascii.encode("aé"[0:1])
  // `test "panic ..."` blocks the oracle passed:
  panics(() => asc('@encoding/ascii.encode', 'é'));
  panics(() => asc('@encoding/ascii.encode', 'a\u{1F600}'));
  panics(() => asc('@encoding/ascii.encode', sv('aé', 0, 2)));
});
