// StringBuilder, Logger and @buffer entries of the core library table.
// Every expected value below was printed by the real MoonBit compiler and
// core (/tmp/moonbit-oracle) for the same calls, then copied here; none is
// typed from memory. `Buffer::Buffer` and `write_utf8` exist only in newer
// cores (the corpus docs use them): their expectations come from the
// corpus's recorded `content=`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import builderMod, { LOGGER_DEFAULTS } from '../../../harness/corelib/builtin/stringbuilder.ts';
import stringMod from '../../../harness/corelib/builtin/string.ts';
import bufferMod, { Buffer } from '../../../harness/corelib/buffer.ts';
import { BytesView, Iter, StringBuilder, StringView, type Logger } from '../../../harness/runtime/core-values.ts';
import { Dyn, desc, registerDefaults, registerImpl, type Desc } from '../../../harness/runtime/desc.ts';
import { b, bytes, caller, cps, methods, shown } from './strings-helpers.ts';

const call = caller(builderMod);
const bcall = caller(bufferMod);

// Descriptors for the element types: Int's Show is another area's, so a
// stub stands in for it; String's is this area's own.
registerImpl('Int', 'Show', { output: (x: number, l: Logger) => l.write_string(String(x)) });
registerImpl('String', 'Show', stringMod.impls['Show for String']!.impl as Record<string, never>);
registerDefaults('Show', {
  to_string: (d: Desc) => (x: unknown) => {
    const sb = new StringBuilder();
    (d['Show.output'] as (x: unknown, l: Logger) => void)(x, sb);
    return sb.toString();
  },
});
for (const [type, key] of [['Int', 'Leb128 for Int'], ['Int64', 'Leb128 for Int64'], ['UInt', 'Leb128 for UInt'], ['UInt64', 'Leb128 for UInt64']] as const) {
  registerImpl(type, 'Leb128', bufferMod.impls[key]!.impl as Record<string, never>);
}
const Int = desc('Int');
const Str = desc('String');

const iterOf = <T>(xs: T[]) => {
  let i = 0;
  return new Iter<T>(() => (i < xs.length ? xs[i++]! : Iter.DONE));
};

test('StringBuilder writes, to_string, is_empty, reset', () => {
  const sb = call('StringBuilder::new', 10) as StringBuilder;
  assert.equal(call('StringBuilder::is_empty', sb), true);
  const logger = methods(builderMod, 'Logger for StringBuilder');
  logger.write_string!(sb, 'ab');
  logger.write_char!(sb, 0x1f600);
  logger.write_view!(sb, new StringView('hello', 1, 3));
  logger.write_substring!(sb, 'hello', 1, 2);
  call('StringBuilder::write_object', Str, sb, 'q');
  call('StringBuilder::write_object', Int, sb, 1);
  call('StringBuilder::write_iter', sb, iterOf(cps('xy')));
  call('StringBuilder::write_stringview', sb, new StringView('zz', 0, 2));
  assert.equal(call('StringBuilder::to_string', sb), 'ab😀elel"q"1xyzz');
  assert.equal(call('StringBuilder::is_empty', sb), false);
  assert.equal(shown(methods(builderMod, 'Show for StringBuilder').output!, sb), 'ab😀elel"q"1xyzz');
  call('StringBuilder::reset', sb);
  assert.equal(call('StringBuilder::to_string', sb), '');
  assert.ok(call('StringBuilder::StringBuilder', undefined) instanceof StringBuilder);
});

test('&Logger::write_iter and write_object', () => {
  const sb = new StringBuilder();
  call('&Logger::write_iter', Int, sb, iterOf([1, 2, 3]), undefined, undefined, undefined, undefined);
  call('&Logger::write_iter', Int, sb, iterOf([1, 2, 3]), '<', '>', '|', undefined);
  call('&Logger::write_iter', Int, sb, iterOf([1, 2]), undefined, undefined, undefined, true);
  call('&Logger::write_iter', Int, sb, iterOf([]), undefined, undefined, undefined, true);
  call('&Logger::write_iter', Str, sb, iterOf(['a']), '', '', undefined, undefined);
  call('&Logger::write_object', Str, sb, 's');
  assert.equal(sb.toString(), '[1, 2, 3]<1|2|3>[1, 2, ][]"a""s"');
});

test("Logger's default methods follow core's rules", () => {
  // A logger that implements only write_view: the others go through it.
  const seen: string[] = [];
  registerImpl('ViewOnly', 'Logger', { write_view: (_self: unknown, v: StringView) => seen.push(v.str.slice(v.start, v.end)) });
  registerDefaults('Logger', LOGGER_DEFAULTS);
  const d = desc('ViewOnly');
  (d['Logger.write_string'] as (s: unknown, x: string) => void)(null, 'ab');
  (d['Logger.write_substring'] as (s: unknown, x: string, i: number, n: number) => void)(null, 'hello', 1, 3);
  (d['Logger.write_char'] as (s: unknown, c: number) => void)(null, 0x1f600);
  assert.deepEqual(seen, ['ab', 'ell', '😀']);
});

test('Buffer: Logger writes UTF-16LE, explicit writers', () => {
  const buf = bcall('@buffer.new', undefined) as Buffer;
  const logger = methods(bufferMod, 'Logger for @buffer.Buffer');
  logger.write_string!(buf, 'hé😀');
  assert.deepEqual(bytes(bcall('@buffer.Buffer::to_bytes', buf)), [...b('h\x00\xe9\x00=\xd8\x00\xde')]);
  assert.equal(shown(methods(bufferMod, 'Show for @buffer.Buffer').output!, buf), 'hé😀');
  assert.equal(bcall('@buffer.Buffer::length', buf), 8);
  bcall('@buffer.Buffer::reset', buf);
  logger.write_char!(buf, 0x1f600);
  bcall('@buffer.Buffer::write_object', buf, new Dyn(Int, 12));
  assert.deepEqual(bytes(bcall('@buffer.Buffer::to_bytes', buf)), [...b('=\xd8\x00\xde1\x002\x00')]);

  const fresh = () => bcall('@buffer.new', undefined) as Buffer;
  const out = (f: (buf: Buffer) => void) => {
    const x = fresh();
    f(x);
    return bytes(bcall('@buffer.Buffer::contents', x));
  };
  const w = (key: string, ...args: unknown[]) => (x: Buffer) => bcall(`@buffer.Buffer::${key}`, x, ...args);
  assert.deepEqual(out(w('write_string_utf8', 'hé😀')), [...b('h\xc3\xa9\xf0\x9f\x98\x80')]);
  assert.deepEqual(out(w('write_string_utf16be', 'a😀')), [...b('\x00a\xd8=\xde\x00')]);
  assert.deepEqual(out(w('write_string_utf16le', new StringView('a😀', 1, 3))), [...b('=\xd8\x00\xde')]);
  assert.deepEqual(
    out((x) => {
      w('write_char_utf16be', 0x1f600)(x);
      w('write_char_utf16le', 0x1f600)(x);
      w('write_char_utf8', 0xe9)(x);
    }),
    [...b('\xd8=\xde\x00=\xd8\x00\xde\xc3\xa9')],
  );
  assert.deepEqual(
    out((x) => {
      w('write_float_le', 1.5)(x);
      w('write_double_be', -2.0)(x);
      w('write_int16_le', -2)(x);
      w('write_uint16_be', 0xabcd)(x);
      w('write_int64_le', -2n)(x);
      w('write_uint64_be', 0x0102030405060708n)(x);
      w('write_uint_le', 0xdeadbeef)(x);
      w('write_int_be', -1)(x);
    }),
    [
      ...b('\x00\x00\xc0?\xc0\x00\x00\x00\x00\x00\x00\x00\xfe\xff\xab\xcd\xfe\xff\xff\xff\xff\xff\xff\xff'),
      ...b('\x01\x02\x03\x04\x05\x06\x07\x08\xef\xbe\xad\xde\xff\xff\xff\xff'),
    ],
  );
  const leb = fresh();
  for (const [d, v] of [[Int, -1], [Int, -129], [Int, 63], [Int, 64], [desc('UInt'), 0xffffffff], [desc('Int64'), -(2n ** 63n)], [desc('UInt64'), 0n]] as const) {
    bcall('@buffer.Buffer::write_leb128', d, leb, v);
  }
  assert.deepEqual(bytes(bcall('@buffer.Buffer::to_bytes', leb)), [
    ...b('\x7f\xff~?\xc0\x00\xff\xff\xff\xff\x0f\x80\x80\x80\x80\x80\x80\x80\x80\x80\x7f\x00'),
  ]);
  assert.equal(bcall('@buffer.Buffer::is_empty', leb), false);
  const view = bcall('@buffer.Buffer::view', leb) as { arr: number[]; start: number; end: number };
  assert.deepEqual(view.arr.slice(view.start, view.end).slice(0, 3), [0x7f, 0xff, 0x7e]);
});

test('Buffer: made from bytes, arrays and iterators; bytes writers', () => {
  const b2 = bcall('@buffer.from_bytes', new BytesView(b('xyz'), 1, 3)) as Buffer;
  bcall('@buffer.Buffer::write_bytes', b2, b('!!'));
  bcall('@buffer.Buffer::write_bytesview', b2, new BytesView(b('abc'), 2, 3));
  bcall('@buffer.Buffer::write_iter', b2, iterOf([...b('ij')]));
  assert.deepEqual(bytes(bcall('@buffer.Buffer::contents', b2)), [...b('yz!!cij')]);
  assert.deepEqual(bytes(bcall('@buffer.Buffer::to_bytes', bcall('@buffer.from_array', [0x61]))), [0x61]);
  assert.deepEqual(bytes(bcall('@buffer.Buffer::to_bytes', bcall('@buffer.from_iter', iterOf([...b('abc')])))), [...b('abc')]);
  const b3 = bcall('@buffer.new', undefined) as Buffer;
  bcall('@buffer.Buffer::write_byte', b3, 0x68);
  bcall('@buffer.Buffer::write_byte', b3, 0x00);
  assert.equal(shown(methods(bufferMod, 'Show for @buffer.Buffer').output!, b3), 'h');
});

test('Buffer() and write_utf8, as the corpus docs record them', () => {
  const buf = bcall('@buffer.Buffer::Buffer', 1024) as Buffer;
  assert.equal(bcall('@buffer.Buffer::length', buf), 0);
  bcall('@buffer.Buffer::write_utf8', Int, buf, 42);
  assert.deepEqual(bytes(bcall('@buffer.Buffer::to_bytes', buf)), [...b('42')]);
});
