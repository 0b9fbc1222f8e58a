// Patterns beyond the everyday ones (parser.test.ts has those), and
// lexmatch. Every example was checked with the real MoonBit compiler.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseExpression, parseStatements } from '../../../harness/syntax/index.ts';
import { strip } from './helpers.ts';

/** The patterns of a match's arms. */
const pats = (arms: string) => (parseExpression(`match v {\n${arms}\n}`) as any).arms.map((a: any) => a.pattern);

test('record patterns: punned, nested, open', () => {
  const [a, b] = pats('{ x: 0, y } => y\n{ x, .. } => x');
  assert.deepEqual(strip(a), {
    kind: 'RecordPat',
    fields: [
      { name: 'x', pattern: { kind: 'LitPat', value: { kind: 'IntLit', raw: '0', value: 0n, suffix: '' }, negative: false }, punned: false },
      { name: 'y', pattern: { kind: 'VarPat', name: 'y' }, punned: true },
    ],
    open: false,
  });
  assert.deepEqual([b.open, b.fields[0].name], [true, 'x']);
  assert.deepEqual(a.fields[1].nameSpan.start, { line: 2, column: 9, offset: 18 });
});

test('map patterns: required and optional keys, open; {} is an empty map pattern', () => {
  const [a, b, c] = pats('{ "a": 1, "b"? : Some(n), .. } => n\n{ "a": n, .. } => n\n{} => 0');
  assert.equal(a.kind, 'MapPat');
  assert.deepEqual(a.entries.map((e: any) => [e.key.value.value, e.optional, e.pattern.kind]), [['a', false, 'LitPat'], ['b', true, 'ConstructorPat']]);
  assert.deepEqual([a.open, b.open], [true, true]);
  assert.deepEqual(strip(c), { kind: 'MapPat', entries: [], open: false });
});

test('typed patterns, constant range bounds, guards on typed patterns', () => {
  const [a, b, c] = pats('MIN..=0 => "low"\n1..<10 => "mid"\n(k : Int) if k > 100 => "big"');
  assert.deepEqual([a.kind, a.from.kind, a.from.name, a.to.value.raw, a.inclusive], ['RangePat', 'ConstructorPat', 'MIN', '0', true]);
  assert.deepEqual([b.inclusive, b.from.value.raw], [false, '1']);
  assert.deepEqual([c.kind, c.pattern.name, c.type.name], ['ConstraintPat', 'k', 'Int']);
  const [w] = pats('(_ : Int) => 0');
  assert.deepEqual(strip(w), { kind: 'ConstraintPat', pattern: { kind: 'WildcardPat' }, type: { kind: 'NamedType', name: 'Int', args: [] } });
});

test('array patterns: literal runs, constants, rest binders, bit fields', () => {
  const [a, b, c, d] = pats('[.."he", ..rest] => 1\n[.. HELLO] => 2\n[first, .. as middle, last] => 3\n[u16be(v), u8(0 | 1 as tag), ..] => 4');
  assert.deepEqual([a.before[0].kind, a.before[0].value.value, a.rest.name], ['SplicePat', 'he', 'rest']);
  assert.deepEqual([b.before[0].value.kind, b.before[0].value.name, b.rest], ['ConstructorPat', 'HELLO', undefined]);
  assert.deepEqual([c.before[0].name, c.rest.name, c.after[0].name], ['first', 'middle', 'last']);
  assert.deepEqual(d.before.map((p: any) => [p.kind, p.format, p.pattern.kind]), [['BitsPat', 'u16be', 'VarPat'], ['BitsPat', 'u8', 'AsPat']]);
  assert.deepEqual(d.before[0].span.end, { line: 5, column: 10, offset: 90 });
  const bytes = pats('[..b"\\x00\\x01", ..] => 0')[0];
  assert.deepEqual([...bytes.before[0].value.value], [0, 1]);
});

test('byte literal patterns and or-patterns in parentheses', () => {
  const [a, b] = pats("b'a' => 1\n(Some(1) | Some(2)) as both => 2");
  assert.deepEqual(strip(a.value), { kind: 'ByteLit', value: 97 });
  assert.deepEqual([b.kind, b.pattern.kind, b.pattern.alternatives.length], ['AsPat', 'OrPat', 2]);
});

test('lexmatch: strategy, regex sequences, binders, rest binders', () => {
  const s = parseStatements(
    'lexmatch s with longest {\n' +
      '  ("[a-z]+" as w, rest) => (w, rest)\n' +
      '  ("[0-9]" ("[0-9]*" as more), _) => (more, "")\n' +
      '  ("\\[" re"x+", _) => ("", "")\n' +
      '  _ => ("", "")\n' +
      '}',
  ).stmts[0] as any;
  const m = s.expr;
  assert.deepEqual([m.kind, m.strategy, m.subject.name, m.arms.length], ['Lexmatch', 'longest', 's', 4]);
  const [a, b, c] = m.arms.map((x: any) => x.pattern);
  assert.deepEqual(strip(a), {
    kind: 'TuplePat',
    elements: [
      { kind: 'AsPat', pattern: { kind: 'RegexPat', source: '[a-z]+' }, name: 'w' },
      { kind: 'VarPat', name: 'rest' },
    ],
  });
  assert.deepEqual([b.elements[0].kind, b.elements[0].items.map((p: any) => p.kind)], ['SeqPat', ['RegexPat', 'AsPat']]);
  // regex escapes such as \[ are kept as written
  assert.deepEqual(c.elements[0].items.map((p: any) => p.source), ['\\[', 'x+']);
  const seq = parseStatements('lexmatch s {\n  (\n    ("[a-z]+" as k)\n    "="\n    ("[0-9]+" as v)\n  ) => 1\n  _ => 0\n}').stmts[0] as any;
  assert.deepEqual(seq.expr.arms[0].pattern.items.length, 3);
});
