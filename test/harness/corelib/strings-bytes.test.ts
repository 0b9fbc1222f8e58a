// Bytes and BytesView entries of the core library table. Every expected
// value below was printed by the real MoonBit compiler and core
// (/tmp/moonbit-oracle) for the same call, then copied here; none is typed
// from memory.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import bytesMod from '../../../harness/corelib/builtin/bytes.ts';
import viewMod from '../../../harness/corelib/builtin/bytesview.ts';
import { BytesView } from '../../../harness/runtime/core-values.ts';
import { Hasher } from '../../../harness/runtime/hasher.ts';
import { None, Some } from '../../../harness/runtime/values.ts';
import { b, bytes, caller, collect, methods, opt, panics, shown } from './strings-helpers.ts';

const call = caller(bytesMod);
const vcall = caller(viewMod);
const none = None;
const some = <T>(x: T) => new Some(x);
const hello = () => b('hello');
/** `b[start:end]` through `Bytes::view`. */
const slice = (x: Uint8Array, start: number | undefined, end?: number) =>
  call('Bytes::view', x, start, end === undefined ? none : some(end)) as BytesView;

test('Show: printable ASCII stays, the rest is \\xhh', () => {
  const show = methods(bytesMod, 'Show for Bytes').output!;
  const x = Uint8Array.from([0x61, 0x00, 0x22, 0x5c, 0x7f, 0x80, 0xff, 0x20, 0x7e, 0x0a]);
  assert.equal(shown(show, x), 'b"a\\x00\\x22\\x5c\\x7f\\x80\\xff ~\\x0a"');
  assert.equal(shown(methods(viewMod, 'Show for BytesView').output!, slice(x, 1, 4)), 'b"\\x00\\x22\\x5c"');
  assert.equal(shown(show, new Uint8Array(0)), 'b""');
});

test('indexing and slicing', () => {
  assert.equal(call('Bytes::length', hello()), 5);
  assert.equal(call('Bytes::at', hello(), 1), 0x65);
  panics(() => call('Bytes::at', b('abc'), 3));
  panics(() => call('Bytes::at', b('abc'), -1));
  assert.equal(opt(call('Bytes::get', hello(), 0)), 0x68);
  assert.deepEqual(bytes(slice(hello(), -3)), [...b('llo')]);
  assert.deepEqual(bytes(slice(hello(), 1, -1)), [...b('ell')]);
  panics(() => slice(b('abc'), 2, 1));
  panics(() => slice(b('abc'), 0, 4));
  panics(() => slice(b('abc'), -4));
  assert.equal(opt(call('Bytes::get_view', hello(), -10, none)), undefined);
  assert.deepEqual(bytes(opt(call('Bytes::get_view', hello(), 1, some(3)))), [...b('el')]);
  const v = slice(hello(), 1, 4); // "ell"
  assert.deepEqual(bytes(opt(vcall('BytesView::get_view', v, 1, none))), [...b('ll')]);
  assert.deepEqual(bytes(vcall('BytesView::view', v, 1, none)), [...b('ll')]);
  assert.equal(vcall('BytesView::length', v), 3);
  assert.equal(vcall('BytesView::at', v, 0), 0x65);
  panics(() => vcall('BytesView::at', slice(b('abcdef'), 1, 3), 2));
  assert.equal(opt(vcall('BytesView::get', v, 5)), undefined);
  assert.deepEqual(bytes(vcall('BytesView::data', v)), [...hello()]);
  assert.equal(vcall('BytesView::start_offset', slice(hello(), 2)), 2);
  assert.deepEqual(bytes(vcall('BytesView::to_owned', slice(hello(), 1, 3))), [...b('el')]);
  assert.deepEqual(vcall('BytesView::to_array', slice(hello(), 1, 3)), [0x65, 0x6c]);
  assert.deepEqual(collect(vcall('BytesView::iter', slice(hello(), 1, 3))), [0x65, 0x6c]);
});

test('making and converting', () => {
  assert.deepEqual(bytes(call('Bytes::make', 3, 0x78)), [...b('xxx')]);
  assert.deepEqual(bytes(call('Bytes::make', -1, 0x78)), []);
  assert.deepEqual(bytes(call('Bytes::new', 2)), [0, 0]);
  assert.deepEqual(bytes(call('Bytes::makei', 3, (i: number) => i + 65)), [...b('ABC')]);
  assert.deepEqual(bytes(call('Bytes::from_array', [0x61, 0x62])), [...b('ab')]);
  assert.deepEqual(bytes(call('Bytes::from_iter', call('Bytes::iter', b('ab')))), [...b('ab')]);
  assert.deepEqual(call('Bytes::to_array', b('ab')), [0x61, 0x62]);
  assert.deepEqual(call('Bytes::to_fixedarray', b('ab'), none), [0x61, 0x62]);
  assert.deepEqual(call('Bytes::to_fixedarray', hello(), some(2)), [0x68, 0x65]);
  const pairs = call('Bytes::iter2', b('ab')) as { _0: unknown };
  assert.deepEqual(collect(pairs._0), [[0, 0x61], [1, 0x62]]);
  assert.deepEqual(bytes(call('Bytes::repeat', b('ab'), 3)), [...b('ababab')]);
  assert.deepEqual(bytes(call('Bytes::repeat', b('ab'), 0)), []);
  assert.deepEqual(bytes(call('Bytes::repeat', b(''), 3)), []);
  assert.equal(call('Bytes::is_empty', hello()), false);
  assert.equal(call('Bytes::to_unchecked_string', b('h\x00i\x00'), undefined, none), 'hi');
  assert.equal(call('Bytes::to_unchecked_string', b('h\x00i\x00'), 2, none), 'i');
  assert.deepEqual([...(call('Bytes::to_unchecked_string', b('h\x00i'), undefined, none) as string)].map((c) => c.charCodeAt(0)), [104, 105]);
  assert.equal(call('Bytes::to_unchecked_string', b('abc'), 3, none), '');
  panics(() => call('Bytes::to_unchecked_string', b('abc'), 2, some(2)));
});

test('searching', () => {
  assert.equal(opt(call('Bytes::find', hello(), b('l'))), 2);
  assert.equal(opt(call('Bytes::rev_find', hello(), b('l'))), 3);
  assert.equal(opt(call('Bytes::find', hello(), b(''))), 0);
  assert.equal(opt(call('Bytes::rev_find', hello(), b(''))), 5);
  assert.equal(opt(call('Bytes::find', hello(), b('hello!'))), undefined);
  assert.equal(opt(vcall('BytesView::find', slice(hello(), 1), b('l'))), 1);
  assert.equal(call('Bytes::has_prefix', hello(), b('he')), true);
  assert.equal(call('Bytes::has_suffix', hello(), b('lo')), true);
  assert.deepEqual(bytes(opt(call('Bytes::chop_prefix', hello(), b('he')))), [...b('llo')]);
  assert.deepEqual(bytes(opt(call('Bytes::chop_suffix', hello(), b('lo')))), [...b('hel')]);
  assert.equal(opt(call('Bytes::chop_suffix', hello(), b('x'))), undefined);
  assert.equal(opt(call('Bytes::chop_prefix', hello(), b('zz'))), undefined);
  assert.equal(vcall('BytesView::has_prefix', slice(hello(), 1), b('el')), true);
  // Newer cores only (not in the oracle's): true exactly when the bytes are the same.
  assert.equal(vcall('BytesView::equal_to_bytes', slice(hello(), 1, 3), b('el')), true);
  assert.equal(vcall('BytesView::equal_to_bytes', slice(hello(), 1, 3), b('e')), false);
});

test('Eq, Compare, Hash, Default, Add', () => {
  const eq = methods(bytesMod, 'Eq for Bytes').equal!;
  assert.equal(eq(b('ab'), b('ab')), true);
  assert.equal(methods(viewMod, 'Eq for BytesView').equal!(slice(b('ab'), 0), slice(b('xab'), 1)), true);
  const cmp = methods(bytesMod, 'Compare for Bytes').compare!;
  assert.equal(cmp(b('ab'), b('b')), 1); // shortlex
  assert.equal(cmp(b('az'), b('ab')), 1);
  assert.equal(cmp(hello(), b('help')), 1);
  assert.equal(methods(viewMod, 'Compare for BytesView').compare!(slice(hello(), 0), slice(b('help'), 0)), 1);
  assert.equal(call('Bytes::lexical_compare', b('az'), b('b')), -1);
  assert.equal(call('Bytes::lexical_compare', b('ab'), b('abc')), -1);
  const hash = (key: string, mod: typeof bytesMod, x: unknown) => {
    const h = new Hasher();
    methods(mod, key).hash_combine!(x, h);
    return h.finalize();
  };
  // Values of `Hasher::new(seed=0)` after `combine(x)`, from the oracle.
  assert.equal(hash('Hash for Bytes', bytesMod, hello()), 655458443);
  assert.equal(hash('Hash for BytesView', viewMod, slice(b('xhello'), 1)), 655458443);
  assert.equal(hash('Hash for Bytes', bytesMod, b('')), 46947589);
  assert.equal(hash('Hash for Bytes', bytesMod, b('abcdefghi')), -638283552);
  assert.equal(hash('Hash for Bytes', bytesMod, Uint8Array.from([0xff, 0xfe, 0xfd, 0xfc, 0x80])), -1806862397);
  assert.deepEqual(bytes(methods(bytesMod, 'Default for Bytes').default!()), []);
  assert.deepEqual(bytes(methods(bytesMod, 'Add for Bytes').add!(b('ab'), b('cd'))), [...b('abcd')]);
});
