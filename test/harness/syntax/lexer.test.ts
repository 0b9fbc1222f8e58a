import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseExpression, parseStatements, tokenize } from '../../../harness/syntax/index.ts';
import { strip } from './helpers.ts';

const lit = (src: string) => parseExpression(src) as any;

test('integer literals: bases, underscores, suffixes', () => {
  const cases: [string, bigint, string][] = [
    ['42', 42n, ''],
    ['1_000_000', 1000000n, ''],
    ['0xFF', 255n, ''],
    ['0xff_ffUL', 65535n, 'UL'],
    ['0o17', 15n, ''],
    ['0b1010', 10n, ''],
    ['5L', 5n, 'L'],
    ['7U', 7n, 'U'],
    ['18446744073709551615UL', 18446744073709551615n, 'UL'],
    ['123456789012345678901234567890N', 123456789012345678901234567890n, 'N'],
  ];
  for (const [src, value, suffix] of cases) {
    const e = lit(src);
    assert.equal(e.kind, 'IntLit', src);
    assert.equal(e.value, value, src);
    assert.equal(e.suffix, suffix, src);
    assert.equal(e.raw, src);
  }
});

test('double literals, F suffix, and dots that are not fractions', () => {
  const cases: [string, number, string][] = [
    ['1.5', 1.5, ''],
    ['1.0e21', 1e21, ''],
    ['1.e-3', 0.001, ''],
    ['2.5E+2', 250, ''],
    ['1.', 1, ''],
    ['3.25F', 3.25, 'F'],
    ['1_0.2_5', 10.25, ''],
    ['0x1.8p1', 3, ''],
    ['0x1.8', 1.5, ''],
    ['0xA.8p-1F', 5.25, 'F'],
  ];
  for (const [src, value, suffix] of cases) {
    const e = lit(src);
    assert.equal(e.kind, 'DoubleLit', src);
    assert.equal(e.value, value, src);
    assert.equal(e.suffix, suffix, src);
  }
  assert.equal(lit('(1).to_string()').kind, 'MethodCall');
  assert.equal(lit('1.0.to_string()').receiver.kind, 'DoubleLit');
  assert.equal(lit('0..<3').kind, 'Range');
  const t = lit('t.0.1');
  assert.deepEqual(strip(t), {
    kind: 'Field',
    object: { kind: 'Field', object: { kind: 'Ident', name: 't' }, name: 0 },
    name: 1,
  });
});

test('char literals and escapes', () => {
  assert.equal(lit("'a'").value, 'a');
  assert.equal(lit("'\\n'").value, '\n');
  assert.equal(lit("'\\''").value, "'");
  assert.equal(lit("'\\u{1F600}'").value, '😀');
  assert.equal(lit("'😀'").value, '😀');
  assert.equal(lit("'\\u0041'").value, 'A');
});

test('string escapes per the MoonBit lexical reference', () => {
  const e = lit('"\\n\\t\\r\\b\\f\\\\\\"\\\'\\/\\u0041\\u{42}"');
  assert.equal(e.kind, 'StringLit');
  assert.equal(e.value, '\n\t\r\b\f\\"\'/AB');
  assert.equal(e.multiline, false);
  // \x and \o escapes, as the compiler decodes them (a string's \o of 128 or more is U+FFFD)
  assert.equal(lit('"\\x41\\o102\\xff"').value, 'AB\u00ff');
  assert.equal(lit('"\\o377"').value, '\ufffd');
  assert.equal(lit("'\\x41'").value, 'A');
  assert.equal(lit("'\\o377'").value, '\u00ff');
  assert.equal(lit('"\\u{1F600}"').value, '😀');
});

test('byte literals and regex literals', () => {
  assert.deepEqual(strip(lit("b'a'")), { kind: 'ByteLit', value: 97 });
  assert.equal(lit("b'\\x41'").value, 0x41);
  assert.equal(lit("b'\\o101'").value, 0o101);
  assert.equal(lit("b'\\n'").value, 10);
  const r = lit('re"[a-z]+\\"x\\[y"');
  assert.deepEqual(strip(r), { kind: 'RegexLit', source: '[a-z]+\\"x\\[y' });
  assert.deepEqual(r.span.end, { line: 1, column: 17, offset: 16 });
  // `re` alone is a name
  assert.equal(lit('re').kind, 'Ident');
});

test('string interpolation with nested expressions and strings', () => {
  const e = lit('"a\\{x + 1}b\\{f("s\\{y}")}"');
  assert.equal(e.kind, 'InterpString');
  assert.equal(e.parts.length, 4);
  assert.equal(e.parts[0], 'a');
  assert.equal(e.parts[1].kind, 'Binary');
  assert.equal(e.parts[2], 'b');
  const call = e.parts[3];
  assert.equal(call.kind, 'Call');
  assert.equal(call.args[0].value.kind, 'InterpString');
  assert.equal(call.args[0].value.parts[1].name, 'y');
  // spans of interpolated expressions point into the original text
  assert.equal(e.parts[1].span.start.offset, 4);
  assert.equal(e.parts[1].span.end.offset, 9);
});

test('multi-line strings: #| raw, $| with escapes and interpolation', () => {
  const raw = parseStatements('let s =\n  #|a\\n\n  #|  b\\{x}\ns') as any;
  const v = raw.stmts[0].value;
  assert.deepEqual(strip(v), { kind: 'StringLit', value: 'a\\n\n  b\\{x}', multiline: true });
  assert.equal(v.span.start.line, 2);
  assert.equal(v.span.end.line, 3);
  assert.equal(raw.stmts.length, 2);
  const mixed = parseStatements('let s =\n  #|x\n  $|y\\t\\{n}!\n') as any;
  assert.deepEqual(strip(mixed.stmts[0].value.parts), ['x\ny\t', { kind: 'Ident', name: 'n' }, '!']);
  assert.equal(mixed.stmts[0].value.kind, 'InterpString');
  assert.equal(mixed.stmts[0].value.multiline, true);
});

test('bytes literals decode \\x, \\o and UTF-8 text', () => {
  const e = lit('b"A\\x00\\xff\\o101\\né"');
  assert.equal(e.kind, 'BytesLit');
  assert.deepEqual([...e.value], [65, 0, 255, 65, 10, 0xc3, 0xa9]);
});

test('booleans, comments and ///| separators', () => {
  assert.equal(lit('true').value, true);
  assert.equal(lit('false').value, false);
  const b = parseStatements('///|\n// comment\nlet x = 1 // trailing\n/// doc\nx') as any;
  assert.equal(b.stmts.length, 2);
});

test('tokens record line breaks before them', () => {
  const toks = tokenize('a\n  b c');
  assert.deepEqual(toks.map((t) => [t.value, t.nl]), [['a', false], ['b', true], ['c', false], ['', false]]);
});
