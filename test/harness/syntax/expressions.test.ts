// Expressions and statements beyond the everyday ones (parser.test.ts has
// those). Every example was checked with the real MoonBit compiler unless a
// comment says otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseExpression, parseStatements } from '../../../harness/syntax/index.ts';
import { group, strip, syntaxError } from './helpers.ts';

const expr = (src: string) => parseExpression(src) as any;
const stmts = (src: string) => parseStatements(src).stmts as any[];

test('record literals: plain, punned, typed, with an update base', () => {
  const r = expr('{ x: 3, y }');
  assert.deepEqual(strip(r), {
    kind: 'RecordLit',
    fields: [
      { kind: 'RecordField', name: 'x', value: { kind: 'IntLit', raw: '3', value: 3n, suffix: '' }, punned: false },
      { kind: 'RecordField', name: 'y', value: { kind: 'Ident', name: 'y' }, punned: true },
    ],
  });
  const t = expr('P::{ x: 1, y: 2 }');
  assert.deepEqual([t.typeName.name, t.fields.length, t.span.end.offset], ['P', 2, 17]);
  assert.equal(expr('@geo.P::{ x: 1 }').typeName.pkg, 'geo');
  const u = expr('{ ..p, x, }');
  assert.deepEqual([u.spread.name, u.fields[0].punned], ['p', true]);
  // `{ x }` is a block holding x, `{ x, }` a record
  assert.equal(expr('{ x }').kind, 'Block');
  assert.equal(expr('{ x, }').kind, 'RecordLit');
});

test('map and Json literals; {} is an empty map', () => {
  const m = expr('{ "a": 1, "b": [true, -2.5] }');
  assert.equal(m.kind, 'MapLit');
  assert.deepEqual(m.entries.map((e: any) => [e.key.value, e.value.kind]), [['a', 'IntLit'], ['b', 'ArrayLit']]);
  assert.equal(m.entries[1].value.elements[1].kind, 'Unary');
  assert.deepEqual(strip(expr('{}')), { kind: 'MapLit', entries: [] });
  assert.deepEqual(expr('{ 1: "one", -2: "minus" }').entries.map((e: any) => e.key.kind), ['IntLit', 'Unary']);
  assert.equal(expr('{ "n": { "z": "s" } }').entries[0].value.kind, 'MapLit');
});

test('slices with either bound, and cascades', () => {
  const s = (src: string) => strip(expr(src)) as any;
  assert.deepEqual([s('a[1:3]').start.raw, s('a[1:3]').end.raw], ['1', '3']);
  assert.deepEqual([s('a[:2]').start, s('a[:2]').end.raw], [undefined, '2']);
  assert.deepEqual([s('a[2:]').start.raw, s('a[2:]').end], ['2', undefined]);
  assert.deepEqual(s('a[:]'), { kind: 'Slice', object: { kind: 'Ident', name: 'a' } });
  const c = expr('[0]..push(1)..push(2)');
  assert.deepEqual([c.kind, c.method, c.receiver.kind, c.receiver.receiver.kind], ['Cascade', 'push', 'Cascade', 'ArrayLit']);
  assert.deepEqual(c.methodSpan.start.offset, 14);
  // a cascade on the next line continues the expression
  assert.equal(stmts('let b = buf\n  ..write(1)\n  ..write(2)').length, 1);
});

test('is and as bind tighter than binary operators; =~ likewise', () => {
  assert.equal(group(expr('1 + 2 is 3')), '(1 + <Is>)');
  const i = expr('o is Some(x) && x > 1');
  assert.deepEqual([i.op, i.left.kind, i.left.pattern.kind], ['&&', 'Is', 'ConstructorPat']);
  assert.equal(expr('n is 1..<5').pattern.kind, 'RangePat');
  assert.equal(expr('p is { x: 1, .. }').pattern.kind, 'RecordPat');
  const a = expr('-1 as &Show');
  assert.deepEqual([a.kind, a.expr.kind, a.type.kind, a.type.name], ['As', 'Unary', 'TraitObjectType', 'Show']);
  const r = expr('s =~ (re"b" as mid, before~, after=rest) && ok');
  assert.equal(r.op, '&&');
  assert.deepEqual(strip(r.left), {
    kind: 'RegexMatch',
    expr: { kind: 'Ident', name: 's' },
    regex: { kind: 'RegexAs', regex: { kind: 'RegexLit', source: 'b' }, name: 'mid' },
    before: 'before',
    after: 'rest',
  });
  const nested = expr('t =~ (re"a" + (re"b*" as b) + R, before~)');
  assert.deepEqual([nested.regex.op, nested.regex.left.right.kind, nested.regex.left.right.name], ['+', 'RegexAs', 'b']);
  assert.equal(expr('"zabc" =~ re"abc"').regex.kind, 'RegexLit');
});

test('partial application with _, labeled, punned and optional arguments in calls and method calls', () => {
  const k = expr('add3(_, 10, 100)');
  assert.deepEqual(k.args.map((x: any) => x.value.kind), ['Placeholder', 'IntLit', 'IntLit']);
  const m = expr('p.greet(name~, punct?=o, sep="-", opt?)');
  assert.equal(m.kind, 'MethodCall');
  assert.deepEqual(m.args.map((x: any) => [x.label, x.punned, x.optional]), [['name', true, false], ['punct', false, true], ['sep', false, false], ['opt', true, true]]);
});

test('qualified names: T::Ctor, T::method, @pkg.Ctor, @pkg.T::method, &Trait::method', () => {
  const q = (src: string) => strip(expr(src));
  assert.deepEqual(q('Shape::Dot'), { kind: 'Constructor', name: 'Dot', typeName: 'Shape' });
  assert.deepEqual(q('@geo.Circle'), { kind: 'Constructor', name: 'Circle', pkg: 'geo' });
  assert.deepEqual(q('@geo.Point::new'), { kind: 'Constructor', name: 'new', typeName: 'Point', pkg: 'geo' });
  assert.deepEqual(q('&Show::to_string'), { kind: 'Constructor', name: 'to_string', typeName: 'Show', traitObject: true });
  assert.equal(expr('Shape::Circle(1, radius=2.0)').callee.typeName, 'Shape');
});

test('byte, regex and numeric literals', () => {
  assert.deepEqual(strip(expr("b'a'")), { kind: 'ByteLit', value: 97 });
  assert.deepEqual(strip(expr('re"[a-z]+"')), { kind: 'RegexLit', source: '[a-z]+' });
  assert.deepEqual(['0x1.8p1', '1_000L', '1U', '1UL', '1N', '1.5F', '0b1010', '0o17'].map((n) => expr(n).kind), [
    'DoubleLit', 'IntLit', 'IntLit', 'IntLit', 'IntLit', 'DoubleLit', 'IntLit', 'IntLit',
  ]);
});

test('pipes: |> into an arrow function with a block, the reverse pipe <|', () => {
  const p = expr('3 |> v => { v * 2 }');
  assert.deepEqual([p.op, p.right.kind, p.right.arrow, p.right.body.kind], ['|>', 'Closure', true, 'Block']);
  const r = expr('add3(1, 2) <| 3');
  assert.deepEqual([r.op, r.left.kind, r.right.raw], ['<|', 'Call', '3']);
  assert.match(syntaxError(() => expr('f <| g <| 1')).reason, /'<\|' cannot be chained/);
  assert.match(syntaxError(() => expr('x |> f <| 1')).reason, /cannot be mixed/);
  // after |>, an arrow function needs a block body
  assert.match(syntaxError(() => expr('1 |> y => y + 1')).reason, /expected '\{'/);
});

test('comprehensions and iterator literals', () => {
  const c = expr('[ for i in 1..<=3 if i != 2 => i * i ]');
  assert.deepEqual([c.kind, c.binders, c.iterable.op, c.guard.op, c.body.op], ['Comprehension', ['i'], '..<=', '!=', '*']);
  assert.deepEqual(expr('[for k, v in m => (k, v)]').binders, ['k', 'v']);
  // `[| ... |]` is newer than the offline compiler; moonbitlang/core uses it
  const it = expr('[|1, ..rest, 3|]');
  assert.deepEqual([it.kind, it.elements.map((e: any) => e.kind)], ['IterLit', ['IntLit', 'Spread', 'IntLit']]);
  assert.deepEqual(strip(expr('[||]')), { kind: 'IterLit', elements: [] });
});

test('ranges: ascending and descending forms', () => {
  assert.deepEqual(['0..<3', '0..=3', '0..<=3', '3>..0', '3>=..0'].map((r) => [expr(r).op, expr(r).inclusive]), [
    ['..<', false], ['..=', true], ['..<=', true], ['>..', false], ['>=..', true],
  ]);
});

test('loops: labels, break and continue with labels, nobreak, for-in state, line breaks in headers', () => {
  const s = stmts('outer~: for i in 0..<3 {\n  for j in 0..<3 {\n    if j == 2 { continue outer~ }\n    break outer~\n  }\n}');
  const outer = s[0].expr;
  assert.deepEqual([outer.kind, outer.label], ['ForIn', 'outer']);
  const inner = outer.body.stmts[0].expr.body.stmts;
  assert.deepEqual([inner[0].expr.then.stmts[0].expr.label, inner[1].expr.kind, inner[1].expr.label], ['outer', 'Break', 'outer']);
  const nb = stmts('let found = for i in 0..<3 {\n  if i == 5 { break true }\n} nobreak {\n  false\n}')[0].value;
  assert.equal(nb.else.stmts[0].expr.value, false);
  const st = stmts('let sum = for v in xs; acc = 0 {\n  continue acc + v\n} nobreak {\n  acc\n}')[0].value;
  assert.deepEqual([st.state[0].name, st.state[0].value.raw], ['acc', '0']);
  // the parts of a loop header may be separated by line breaks instead of `;`
  const nl = stmts('let n = for\n  i in 0..<3\n  acc = 0,\n  k = 1 {\n  continue acc + i + k\n}')[0].value;
  assert.deepEqual([nl.kind, nl.binders, nl.state.map((b: any) => b.name)], ['ForIn', ['i'], ['acc', 'k']]);
  const cf = stmts('for i = 0, j = 0\n    i < 3\n    i = i + 1, j = j + 2 {\n}')[0].expr;
  assert.deepEqual([cf.kind, cf.init.length, cf.cond.op, cf.update.length], ['For', 2, '<', 2]);
  const w = stmts('lbl~: while x { break lbl~ }')[0].expr;
  assert.deepEqual([w.kind, w.label], ['While', 'lbl']);
});

test('try!, todo ..., guard, defer, letrec / and', () => {
  const t = expr('try! f(1)');
  assert.deepEqual([t.kind, t.expr.kind], ['TryBang', 'Call']);
  const body = stmts('guard p is { x, y } else { fail("no") }\ndefer println("done")\nletrec even = fn(n : Int) -> Bool { odd(n) }\nand odd = fn(n : Int) -> Bool { even(n) }\n...');
  assert.deepEqual(body.map((s) => s.kind), ['Guard', 'Defer', 'LetRec', 'ExprStmt']);
  assert.deepEqual([body[0].cond.kind, body[0].else.stmts.length], ['Is', 1]);
  assert.deepEqual(body[2].bindings.map((b: any) => b.pattern.name), ['even', 'odd']);
  assert.equal(body[3].expr.kind, 'Todo');
  const g = stmts('guard x > 0')[0];
  assert.deepEqual([g.kind, g.else], ['Guard', undefined]);
});

test('matching functions fn { ... } and ... as a match arm', () => {
  // both are newer than the offline compiler; MoonBit's documentation uses them
  const f = expr('fn { 0 => "zero"; n if n < 0 => "neg"; _ => "pos" }');
  assert.deepEqual([f.kind, f.arms.length, f.arms[1].guard.op], ['MatchFn', 3, '<']);
  assert.equal(expr('fn { a, b => a + b }').arms[0].patterns.length, 2);
  const m = expr('match e {\n  Lit(n) => n\n  ...\n}');
  assert.deepEqual([m.arms[1].pattern.kind, m.arms[1].body.kind, m.arms[1].span.start.line], ['WildcardPat', 'Todo', 3]);
});

test('string escapes: \\u{...}, \\x, \\o, and interpolation with nested strings in $| lines', () => {
  assert.equal(expr('"x\\u{1F600}\\x41\\o102"').value, 'x😀AB');
  const s = stmts('let t =\n  $|a\\{f("b")}.')[0].value;
  assert.deepEqual([s.kind, s.parts[0], s.parts[1].args[0].value.value, s.parts[2]], ['InterpString', 'a', 'b', '.']);
});

test('match with guards nested in match, constructors with labeled payloads', () => {
  const m = expr('match a {\n  Some(Box(w=1, ..)) if ok => match b { _ if c => 1; _ => 2 }\n  _ => 0\n}');
  assert.deepEqual([m.arms[0].pattern.args[0].pattern.args[0].label, m.arms[0].pattern.args[0].pattern.open], ['w', true]);
  assert.deepEqual([m.arms[0].body.kind, m.arms[0].body.arms[0].guard.name], ['Match', 'c']);
});
