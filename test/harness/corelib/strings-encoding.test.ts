// @encoding/utf8 and @encoding/utf16 entries of the core library table.
// Every expected value below was printed by the real MoonBit compiler and
// core (/tmp/moonbit-oracle) for the same call, then copied here; none is
// typed from memory.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import utf8 from '../../../harness/corelib/encoding/utf8.ts';
import utf16 from '../../../harness/corelib/encoding/utf16.ts';
import { MoonBitError, StringView } from '../../../harness/runtime/core-values.ts';
import { b, bytes, caller, panics } from './strings-helpers.ts';

const u8 = caller(utf8);
const u16 = caller(utf16);
const BIG = Object.freeze({ $c: 'Big' });
const LITTLE = Object.freeze({ $c: 'Little' });
const lone = (u: number) => String.fromCharCode(u);

/** The bytes a `Malformed` error carries. */
function malformed(f: () => unknown): number[] {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof MoonBitError && e.$c === 'Malformed', String(e));
    return bytes(e._0);
  }
  assert.fail('no Malformed raised');
}

test('UTF-8 encode', () => {
  assert.deepEqual(bytes(u8('@encoding/utf8.encode', 'hé😀', undefined)), [...b('h\xc3\xa9\xf0\x9f\x98\x80')]);
  assert.deepEqual(bytes(u8('@encoding/utf8.encode', 'hi', true)), [...b('\xef\xbb\xbfhi')]);
  assert.deepEqual(bytes(u8('@encoding/utf8.encode', new StringView('hello', 1, 3), undefined)), [...b('el')]);
  panics(() => u8('@encoding/utf8.encode', 'a' + lone(0xd800), undefined));
  panics(() => u8('@encoding/utf8.encode', lone(0xdc00) + 'a', undefined));
});

test('UTF-8 decode: strict, with the bad tail in Malformed', () => {
  assert.equal(u8('@encoding/utf8.decode', b('h\xc3\xa9\xf0\x9f\x98\x80'), undefined), 'hé😀');
  assert.equal(u8('@encoding/utf8.decode', b('\xef\xbb\xbfhi'), undefined), '\ufeffhi');
  assert.equal(u8('@encoding/utf8.decode', b('\xef\xbb\xbfhi'), true), 'hi');
  assert.deepEqual(malformed(() => u8('@encoding/utf8.decode', b('ab\xe0\x80cd'), undefined)), [...b('\xe0\x80cd')]);
  assert.deepEqual(malformed(() => u8('@encoding/utf8.decode', b('ab\xed\xa0\x80'), undefined)), [...b('\xed\xa0\x80')]);
  assert.deepEqual(malformed(() => u8('@encoding/utf8.decode', b('ab\xf4\x90\x80\x80'), undefined)), [...b('\xf4\x90\x80\x80')]);
  assert.deepEqual(malformed(() => u8('@encoding/utf8.decode', b('\xc3'), undefined)), [0xc3]);
});

test('UTF-8 decode_lossy: one U+FFFD per maximal bad subsequence', () => {
  assert.equal(u8('@encoding/utf8.decode_lossy', b('h\x80i'), undefined), 'h\ufffdi');
  const mixed = b('\xe0\xa0x\xf0\x90\x80y\xf0\x90z\xc0\xc1\xf5\xff\xe0\x80\xed\xa0\x80');
  const F = 65533;
  assert.deepEqual(
    [...(u8('@encoding/utf8.decode_lossy', mixed, undefined) as string)].map((c) => c.codePointAt(0)),
    [F, 120, F, 121, F, 122, F, F, F, F, F, F, F, F, F],
  );
  assert.equal((u8('@encoding/utf8.decode_lossy', b('\xef\xbb\xbfhi'), true) as string).length, 2);
});

test('UTF-16 encode', () => {
  assert.deepEqual(bytes(u16('@encoding/utf16.encode', 'hi', undefined, undefined)), [...b('h\x00i\x00')]);
  assert.deepEqual(bytes(u16('@encoding/utf16.encode', 'hi', true, BIG)), [...b('\xfe\xff\x00h\x00i')]);
  assert.deepEqual(bytes(u16('@encoding/utf16.encode', 'a😀', true, undefined)), [...b('\xff\xfea\x00=\xd8\x00\xde')]);
  assert.deepEqual(bytes(u16('@encoding/utf16.encode', 'a😀', undefined, BIG)), [...b('\x00a\xd8=\xde\x00')]);
});

test('UTF-16 decode and decode_lossy', () => {
  assert.equal(u16('@encoding/utf16.decode', b('h\x00i\x00'), undefined, undefined), 'hi');
  assert.equal(u16('@encoding/utf16.decode', b('\x00h\x00i'), undefined, BIG), 'hi');
  assert.equal(u16('@encoding/utf16.decode', b('\xff\xfeh\x00'), true, LITTLE), 'h');
  assert.equal((u16('@encoding/utf16.decode', b('\xff\xfeh\x00'), undefined, undefined) as string).length, 2);
  assert.equal(u16('@encoding/utf16.decode', b('\xfe\xff\x00h'), true, BIG), 'h');
  assert.deepEqual(malformed(() => u16('@encoding/utf16.decode', b('a\x00\x00\xd8b\x00'), undefined, undefined)), [...b('\x00\xd8b\x00')]);
  assert.deepEqual(malformed(() => u16('@encoding/utf16.decode', b('a\x00b'), undefined, undefined)), [...b('b')]);
  assert.deepEqual(malformed(() => u16('@encoding/utf16.decode', b('\x00a\xdc\x00'), undefined, BIG)), [...b('\xdc\x00')]);
  assert.equal(u16('@encoding/utf16.decode_lossy', b('\x00\xd8h\x00'), undefined, undefined), '\ufffdh');
  assert.equal(u16('@encoding/utf16.decode_lossy', b('h\x00i'), undefined, undefined), 'h\ufffd');
  assert.equal(u16('@encoding/utf16.decode_lossy', b('\x00h\xd8\x3d\xde\x00'), undefined, BIG), 'h😀');
  assert.equal((u16('@encoding/utf16.decode_lossy', b('\xff\xfeh\x00'), true, undefined) as string).length, 1);
});
