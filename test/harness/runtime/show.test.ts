import { test } from 'node:test';
import assert from 'node:assert/strict';
import { show, Some, None, Ok, Err, Failure, SHOW, type Ty } from '../../../harness/runtime/index.ts';

const t = (name: string, ...args: Ty[]): Ty => ({ name, args });
const tup = (...tuple: Ty[]): Ty => ({ tuple });

// [description, value, type (or undefined for dynamic), expected show, reference]
const cases: Array<[string, unknown, Ty | undefined, string, string]> = [
  // integers
  ['Int', 42, t('Int'), '42', 'show_test.mbt "Show for Int"'],
  ['Int min', -2147483648, t('Int'), '-2147483648', 'show_test.mbt'],
  ['UInt max', 4294967295, t('UInt'), '4294967295', 'show_test.mbt'],
  ['Int16 negative', -32766, t('Int16'), '-32766', 'show_test.mbt'],
  ['Int64 min', -(1n << 63n), t('Int64'), '-9223372036854775808', 'show_test.mbt'],
  ['UInt64 max', (1n << 64n) - 1n, t('UInt64'), '18446744073709551615', 'show_test.mbt'],
  ['BigInt', 10n ** 30n, t('BigInt'), '1000000000000000000000000000000', 'decimal'],
  ['dynamic bigint', -5n, undefined, '-5', 'decimal'],
  // doubles (ryu_test.mbt, ECMAScript form)
  ['Double integral', 42.0, t('Double'), '42', 'ryu_test 1.0 -> "1"'],
  ['Double -0', -0, t('Double'), '0', 'ryu_test -0.0 -> "0"'],
  ['Double fraction', 3.1415926, t('Double'), '3.1415926', 'ryu_test'],
  ['Double 1e21', 1e21, t('Double'), '1e+21', 'ECMAScript form, ryu_test 1.85e21'],
  ['Double big', 1.8531501765868567e21, t('Double'), '1.8531501765868567e+21', 'ryu_test'],
  ['Double 1e20', 1e20, t('Double'), '100000000000000000000', 'ECMAScript form'],
  ['Double 1e-7', 1e-7, t('Double'), '1e-7', 'ryu_test'],
  ['Double 1e-6', 1e-6, t('Double'), '0.000001', 'ryu_test'],
  ['Double min subnormal', 5e-324, t('Double'), '5e-324', 'ryu_test'],
  ['Double max', 1.7976931348623157e308, t('Double'), '1.7976931348623157e+308', 'double README'],
  ['Double 0.1+0.2', 0.1 + 0.2, t('Double'), '0.30000000000000004', 'shortest round trip'],
  ['NaN', NaN, t('Double'), 'NaN', 'ryu_test'],
  ['Infinity', Infinity, t('Double'), 'Infinity', 'ryu_test'],
  ['-Infinity', -Infinity, t('Double'), '-Infinity', 'ryu_test'],
  ['Float widened', Math.fround(0.1), t('Float'), '0.10000000149011612', 'brief: Float as widened Double'],
  ['Float exact', Math.fround(1.5), t('Float'), '1.5', 'brief'],
  // Bool, Unit
  ['true', true, t('Bool'), 'true', 'show.mbt'],
  ['false dynamic', false, undefined, 'false', 'show.mbt'],
  ['Unit', undefined, t('Unit'), '()', 'show.mbt'],
  ['Unit dynamic', undefined, undefined, '()', 'show.mbt'],
  // Byte
  ['Byte', 0x4e, t('Byte'), "b'\\x4E'", 'bytes_test.mbt b\'\\\\x4E\''],
  ['Byte 0', 0, t('Byte'), "b'\\x00'", 'byte.mbt'],
  ['Byte ff', 255, t('Byte'), "b'\\xFF'", 'byte README'],
  ['Array[Byte]', [0x48, 0x65], t('Array', t('Byte')), "[b'\\x48', b'\\x65']", 'bytes_test.mbt'],
  // Char
  ['Char top level', 0x61, t('Char'), 'a', 'show_test.mbt Show::to_string(\'a\')'],
  ['Char CJK top level', 0x4e2d, t('Char'), '中', 'char_test.mbt'],
  ['Char newline top level', 10, t('Char'), '\n', 'show_test.mbt'],
  ['Char astral top level', 0x1f680, t('Char'), '🚀', 'char_test.mbt'],
  ['Char nested', new Some(0x4e2d), t('Option', t('Char')), "Some('中')", 'char_test.mbt A(\'中\')'],
  ['Char nested quote', [0x27], t('Array', t('Char')), "['\\'']", 'show_test.mbt output'],
  ['Char nested backslash', [0x5c], t('Array', t('Char')), "['\\\\']", 'show_test.mbt output'],
  ['Char nested \\n', [10], t('Array', t('Char')), "['\\n']", 'char_test.mbt'],
  ['Char nested \\t \\r \\b', [9, 13, 8], t('Array', t('Char')), "['\\t', '\\r', '\\b']", 'char_test.mbt'],
  ['Char nested control', new Some(1), t('Option', t('Char')), "Some('\\u{01}')", 'char_test.mbt A(\'\\u{01}\')'],
  ['Char nested double quote', new Some(0x22), t('Option', t('Char')), `Some('"')`, 'show.mbt'],
  ['Char without ty is a number', 97, undefined, '97', 'representation'],
  // String
  ['String top level is itself', 'a "b"\n\\', t('String'), 'a "b"\n\\', 'show.mbt to_string(self) = self'],
  ['String dynamic top level', 'hi', undefined, 'hi', 'show.mbt'],
  ['String nested', ['a', 'b', 'c'], t('Array', t('String')), '["a", "b", "c"]', 'show_test.mbt'],
  ['String nested dynamic', ['a'], undefined, '["a"]', 'show_test.mbt'],
  [
    'String escapes',
    ['---"---\'---\\---\n---\t---g---'],
    t('Array', t('String')),
    '["---\\"---\'---\\\\---\\n---\\t---g---"]',
    'show_test.mbt',
  ],
  ['String control escape', ['\x01\r\b'], undefined, '["\\u{01}\\r\\b"]', 'show.mbt / char_test.mbt'],
  ['String non-ASCII raw', ['中文'], undefined, '["中文"]', 'show_test.mbt'],
  // Bytes
  ['Bytes printable', new Uint8Array([0x61, 0x62, 0x63, 0x64]), t('Bytes'), 'b"abcd"', 'bytes_test.mbt'],
  ['Bytes mixed', new Uint8Array([0x41, 0, 0, 0]), t('Bytes'), 'b"A\\x00\\x00\\x00"', 'bytes_test.mbt'],
  ['Bytes high', new Uint8Array([0x3c, 0xd8, 0x51, 0xde]), undefined, 'b"<\\xd8Q\\xde"', 'bytes_test.mbt'],
  ['Bytes empty', new Uint8Array([]), t('Bytes'), 'b""', 'bytes_test.mbt'],
  ['Bytes quote and backslash', new Uint8Array([0x22, 0x5c, 0x0a]), t('Bytes'), 'b"\\"\\\\\\x0a"', 'convention'],
  // Arrays, tuples
  ['empty Array', [], t('Array', t('String')), '[]', 'show_test.mbt'],
  ['nested arrays', [[1, 2], [3]], t('Array', t('Array', t('Int'))), '[[1, 2], [3]]', 'show.mbt write_iter'],
  ['FixedArray', ['a'], t('FixedArray', t('String')), '["a"]', 'show_test.mbt'],
  ['tuple', [1, 'a'], tup(t('Int'), t('String')), '(1, "a")', 'tuple Show'],
  ['tuple with char', [1, 0x61], tup(t('Int'), t('Char')), "(1, 'a')", 'tuple Show'],
  ['tuple inside Array', [[0, 0x61]], t('Array', tup(t('Int'), t('Byte'))), "[(0, b'\\x61')]", 'bytes_test.mbt iter2'],
  ['array without ty is an Array', [1, 'a'], undefined, '[1, "a"]', 'representation'],
  // Option / Result
  ['Some Int', new Some(1), t('Option', t('Int')), 'Some(1)', 'show.mbt'],
  ['Some String', new Some('x'), t('Option', t('String')), 'Some("x")', 'show.mbt write_object'],
  ['None', None, t('Option', t('Int')), 'None', 'show.mbt'],
  ['None dynamic', None, undefined, 'None', 'show.mbt'],
  ['nested Option', new Some(new Some(None)), undefined, 'Some(Some(None))', 'show.mbt'],
  ['Ok Unit', new Ok(undefined), t('Result', t('Unit'), t('Error')), 'Ok(())', 'show.mbt'],
  ['Ok String', new Ok('abc'), t('Result', t('String'), t('String')), 'Ok("abc")', 'show_test.mbt'],
  ['Err String', new Err('def'), t('Result', t('String'), t('String')), 'Err("def")', 'show_test.mbt'],
  ['Err Failure', new Err(new Failure('boom')), t('Result', t('Int'), t('Error')), 'Err(Failure("boom"))', 'failure.mbt derive(Show)'],
  // errors
  ['Failure', new Failure('a "b"'), t('Error'), 'Failure("a \\"b\\"")', 'failure.mbt derive(Show)'],
  ['Failure dynamic', new Failure('x'), undefined, 'Failure("x")', 'failure.mbt'],
  ['other Error', new RangeError('bad'), undefined, 'RangeError("bad")', 'runtime convention'],
  ['Ref', { val: 'x' }, t('Ref', t('String')), '{val: "x"}', 'show.mbt Ref'],
  ['record dynamic', { a: 1, b: 'x' }, undefined, '{a: 1, b: "x"}', 'derive(Show) struct'],
  ['opaque with SHOW', { [SHOW]: () => 'Engine(1)' }, t('Engine'), 'Engine(1)', 'runtime convention'],
  ['opaque without SHOW', new (class Engine {})(), t('Engine'), '<Engine>', 'runtime convention'],
  ['unknown ty name falls back to dynamic', [1, 2], t('Whatever'), '[1, 2]', 'brief'],
];

for (const [name, value, ty, expected, ref] of cases) {
  test(`show: ${name} (${ref})`, () => {
    assert.equal(show(value, ty), expected);
  });
}

test('show: Int-typed values never print a fraction or exponent for integers', () => {
  for (const n of [0, 1, -1, 2147483647, -2147483648, 1000000]) assert.equal(show(n, t('Int')), String(n));
});
