import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseExpression, parseProgram, parseStatements, parseType } from '../../../harness/syntax/index.ts';
import { group, strip, syntaxError } from './helpers.ts';

const stmts = (src: string) => parseStatements(src).stmts as any[];
const expr = (src: string) => parseExpression(src) as any;
const g = (src: string) => group(expr(src));

test('let, let mut, annotations, tuple destructuring, shadowing', () => {
  const s = stmts('let x = 1\nlet mut y : Int = 2\nlet params : Bytes = []\nlet (a, b, c) = f()\nlet x = x + 1');
  assert.equal(s.length, 5);
  assert.deepEqual(strip(s[1]), {
    kind: 'Let',
    pattern: { kind: 'VarPat', name: 'y' },
    mutable: true,
    type: { kind: 'NamedType', name: 'Int', args: [] },
    value: { kind: 'IntLit', raw: '2', value: 2n, suffix: '' },
  });
  assert.equal(s[2].type.name, 'Bytes');
  assert.equal(s[2].value.kind, 'ArrayLit');
  assert.equal(s[3].pattern.kind, 'TuplePat');
  assert.deepEqual(s[3].pattern.elements.map((p: any) => p.name), ['a', 'b', 'c']);
  assert.equal(s[4].pattern.name, 'x');
  // spans
  assert.deepEqual(s[1].span.start, { line: 2, column: 1, offset: 10 });
  assert.deepEqual(s[1].span.end, { line: 2, column: 20, offset: 29 });
});

test('assignment and compound assignment to variables, fields and indexes', () => {
  const s = stmts('x = 1\nx += 2\np.f -= 3\na[i] *= 4\na[0].g <<= 1\nt.0 = 5');
  assert.deepEqual(s.map((a) => [a.kind, a.op, a.target.kind]), [
    ['Assign', '=', 'Ident'],
    ['Assign', '+=', 'Ident'],
    ['Assign', '-=', 'Field'],
    ['Assign', '*=', 'Index'],
    ['Assign', '<<=', 'Field'],
    ['Assign', '=', 'Field'],
  ]);
  assert.equal(s[0].span.end.offset, 5);
});

test('fn items and local fns with labeled, optional and default params', () => {
  const p = parseProgram('pub fn f(a : Int, b~ : String, c? : Int, d~ : Int = 3, e? : Int = 4) -> Int raise Failure { a }') as any;
  const fn = p.items[0];
  assert.equal(fn.kind, 'FnItem');
  assert.equal(fn.isPub, true);
  assert.equal(fn.name, 'f');
  assert.deepEqual(fn.nameSpan.start, { line: 1, column: 8, offset: 7 });
  assert.deepEqual(fn.nameSpan.end, { line: 1, column: 9, offset: 8 });
  assert.deepEqual(fn.params.map((x: any) => [x.name, x.label, x.default?.raw]), [
    ['a', 'positional', undefined],
    ['b', 'labeled', undefined],
    ['c', 'optional', undefined],
    ['d', 'optional', '3'],
    ['e', 'optional', '4'],
  ]);
  assert.equal(fn.returnType.name, 'Int');
  assert.equal(fn.raises.name, 'Failure');
  const q = parseProgram('fn g() -> Unit raise { }\nfn h() raise { }\nfn k() noraise { }\nfn main { }') as any;
  assert.equal(q.items[0].raises, 'any');
  assert.equal(q.items[1].raises, 'any');
  assert.equal(q.items[1].returnType, undefined);
  assert.equal(q.items[2].raises, undefined);
  assert.deepEqual(q.items[3].params, []);
  const local = stmts('fn helper(x : Int) -> Int { x * 2 }\nhelper(1)');
  assert.equal(local[0].kind, 'LetFn');
  assert.equal(local[0].fn.name, 'helper');
  assert.equal(local[0].fn.isPub, false);
});

test('top-level items: test forms, let, const, ///| separators', () => {
  const p = parseProgram('///|\ntest {\n}\n\n///|\ntest "adds" { assert_eq(1, 1) }\n///|\ntest (t : @test.T) { }\nlet x : Int = 1\npub const MAX : Int = 10\npub let y = 2') as any;
  assert.deepEqual(p.items.map((i: any) => i.kind), ['TestItem', 'TestItem', 'TestItem', 'LetItem', 'ConstItem', 'LetItem']);
  assert.equal(p.items[0].name, undefined);
  assert.equal(p.items[1].name, 'adds');
  assert.deepEqual(strip(p.items[2].param), { name: 't', type: { kind: 'NamedType', name: 'T', pkg: 'test', args: [] } });
  assert.equal(p.items[4].name, 'MAX');
  assert.equal(p.items[4].isPub, true);
  assert.equal(p.items[5].isPub, true);
  assert.equal(p.items[0].span.start.line, 2);
  assert.deepEqual(parseProgram('').items, []);
});

test('closures: fn, typed fn, arrow forms', () => {
  const s = stmts('let a = fn(x) { x }\nlet b = fn(x : Int) -> Int { x }\nlet c = (x) => x + 1\nlet d = x => x\nlet e = (x, y) => { x + y }\nlet f = () => 1\nlet h = (x : Int, _) => x');
  const v = s.map((x) => x.value);
  assert.ok(v.every((c) => c.kind === 'Closure'));
  assert.deepEqual(v.map((c) => c.arrow), [false, false, true, true, true, true, true]);
  assert.equal(v[1].returnType.name, 'Int');
  assert.equal(v[1].params[0].type.name, 'Int');
  assert.equal(v[2].body.kind, 'Binary');
  assert.equal(v[4].body.kind, 'Block');
  assert.deepEqual(v[5].params, []);
  assert.deepEqual(v[6].params.map((p: any) => p.name), ['x', '_']);
  assert.equal(v[6].params[0].type.name, 'Int');
  // closure as argument
  const call = expr('xs.map(x => x * 2)');
  assert.equal(call.args[0].value.kind, 'Closure');
});

test('if / else if / else as expressions', () => {
  const s = stmts('let v = if a { 1 } else if b { 2 } else { 3 }\nif c { f() }');
  const v = s[0].value;
  assert.equal(v.kind, 'If');
  assert.equal(v.else.kind, 'If');
  assert.equal(v.else.else.kind, 'Block');
  assert.equal(s[1].expr.else, undefined);
  // `else` on the next line still belongs to the if
  const t = stmts('if a {\n  1\n}\nelse {\n  2\n}');
  assert.equal(t.length, 1);
  assert.equal(t[0].expr.else.kind, 'Block');
});

test('loops: while/else, C-style for, for-in, loop, break/continue/return', () => {
  const s = stmts(
    'while i < n { i += 1 } else { 0 }\n' +
      'for i = 0; i < n; i = i + 1 { continue }\n' +
      'for i = 0, j = 10; i < j; i = i + 1, j = j - 1 { }\n' +
      'for ;; { break }\n' +
      'for { break 1 }\n' +
      'for x in xs { }\n' +
      'for i, x in xs { }\n' +
      'for i in 0..<n { }\n' +
      'loop 0, xs { acc, [] => break acc\n acc, [x, ..rest] => continue acc + x, rest }\n' +
      'return\n',
  );
  const e = s.map((x) => x.expr);
  assert.equal(e[0].kind, 'While');
  assert.equal(e[0].else.kind, 'Block');
  assert.equal(e[1].kind, 'For');
  assert.equal(e[1].init[0].name, 'i');
  assert.equal(e[1].cond.op, '<');
  assert.equal(e[1].update[0].kind, 'Assign');
  assert.equal(e[2].init.length, 2);
  assert.equal(e[2].update.length, 2);
  assert.deepEqual([e[3].init, e[3].cond, e[3].update], [[], undefined, []]);
  assert.equal(e[4].body.stmts[0].expr.value.raw, '1');
  assert.deepEqual(e[5].binders, ['x']);
  assert.deepEqual(e[6].binders, ['i', 'x']);
  assert.equal(e[7].iterable.kind, 'Range');
  assert.equal(e[8].kind, 'Loop');
  assert.equal(e[8].args.length, 2);
  assert.equal(e[8].arms[1].patterns[1].kind, 'ArrayPat');
  assert.equal(e[8].arms[0].body.kind, 'Break');
  assert.equal(e[8].arms[1].body.kind, 'Continue');
  assert.equal(e[8].arms[1].body.args.length, 2);
  assert.equal(e[9].kind, 'Return');
  assert.equal(e[9].value, undefined);
  // `return` followed by a value on the same line
  assert.equal(stmts('return x + 1')[0].expr.value.kind, 'Binary');
  // break without value, then a new statement on the next line
  const b = stmts('while true {\n  break\n  f()\n}')[0].expr.body.stmts;
  assert.equal(b.length, 2);
  assert.equal(b[0].expr.value, undefined);
});

test('match: literals, constructors, tuples, arrays, or, as, ranges, guards', () => {
  const m = expr(
    'match v {\n' +
      '  0 => a\n' +
      '  -1 => b\n' +
      '  "s" => c\n' +
      "  'a'..='z' => d\n" +
      '  _..<0 => e\n' +
      '  Some(x) if x > 1 => f\n' +
      '  Ok(()) => g\n' +
      '  Err(_) => h\n' +
      '  None => i\n' +
      '  Foo(x=p, ..) => j\n' +
      '  Bar(_, ..) => k\n' +
      '  (a, b) => l\n' +
      '  [a, b, ..rest] => m\n' +
      '  [.., last] => n\n' +
      '  [] => o\n' +
      '  A | B as both => p\n' +
      '  Err(err) => raise err\n' +
      '  _ => {\n    // nothing to do\n  }\n' +
      '}',
  );
  assert.equal(m.kind, 'Match');
  const pats = m.arms.map((a: any) => a.pattern);
  assert.deepEqual(strip(pats[0]), { kind: 'LitPat', value: { kind: 'IntLit', raw: '0', value: 0n, suffix: '' }, negative: false });
  assert.equal(pats[1].negative, true);
  assert.equal(pats[1].value.value, 1n);
  assert.equal(pats[2].value.kind, 'StringLit');
  assert.deepEqual([pats[3].kind, pats[3].inclusive, pats[3].from.value.value, pats[3].to.value.value], ['RangePat', true, 'a', 'z']);
  assert.equal(pats[4].from, undefined);
  assert.equal(pats[4].inclusive, false);
  assert.equal(m.arms[5].guard.op, '>');
  assert.deepEqual(strip(pats[6]), {
    kind: 'ConstructorPat',
    name: 'Ok',
    args: [{ pattern: { kind: 'LitPat', value: { kind: 'UnitLit' }, negative: false } }],
    open: false,
  });
  assert.equal(pats[7].args[0].pattern.kind, 'WildcardPat');
  assert.deepEqual(pats[8].args, []);
  assert.deepEqual([pats[9].args[0].label, pats[9].open], ['x', true]);
  assert.deepEqual([pats[10].args.length, pats[10].open], [1, true]);
  assert.equal(pats[11].kind, 'TuplePat');
  assert.deepEqual([pats[12].before.length, pats[12].rest.name, pats[12].after.length], [2, 'rest', 0]);
  assert.deepEqual([pats[13].before.length, pats[13].rest.name, pats[13].after[0].name], [0, undefined, 'last']);
  assert.equal(pats[14].rest, undefined);
  assert.equal(pats[15].kind, 'AsPat');
  assert.equal(pats[15].pattern.kind, 'OrPat');
  assert.equal(pats[15].name, 'both');
  assert.equal(m.arms[16].body.kind, 'Raise');
  // `{ }` holding only a comment is an empty map, as the compiler reads it
  assert.deepEqual(strip(m.arms[17].body), { kind: 'MapLit', entries: [] });
  // arms separated by ';' on one line
  assert.equal(expr('match x { 1 => a; _ => b }').arms.length, 2);
});

test('raise, try/catch/noraise, catch!, try?, bare catch', () => {
  const s = stmts(
    'raise Failure("x")\n' +
      'try { f() } catch { Failure(m) => m; _ => "" }\n' +
      'let r = try f() catch { _ => 0 } noraise { v => v + 1 }\n' +
      'try g() catch! { E => () }\n' +
      'let q = try? h(1)\n' +
      'let z = f() catch { _ => 1 }',
  );
  assert.equal(s[0].expr.kind, 'Raise');
  assert.equal(s[0].expr.value.kind, 'Call');
  const t = s[1].expr;
  assert.deepEqual([t.kind, t.body.kind, t.catchArms.length, t.rethrow, t.noraiseArms], ['Try', 'Block', 2, false, undefined]);
  assert.equal(s[2].value.noraiseArms.length, 1);
  assert.equal(s[2].value.body.kind, 'Call');
  assert.equal(s[3].expr.rethrow, true);
  assert.deepEqual([s[4].value.kind, s[4].value.expr.kind], ['TryQuestion', 'Call']);
  assert.equal(s[5].value.kind, 'Try');
});

test('calls: method calls, Type::f, @pkg.f, labeled arguments', () => {
  const c = expr('f(1, label=2, pun~, opt?=x, opt2?)');
  assert.deepEqual(
    c.args.map((a: any) => [a.kind, a.label, a.punned, a.optional]),
    [
      ['PositionalArg', undefined, undefined, undefined],
      ['LabeledArg', 'label', false, false],
      ['LabeledArg', 'pun', true, false],
      ['LabeledArg', 'opt', false, true],
      ['LabeledArg', 'opt2', true, true],
    ],
  );
  assert.deepEqual(c.args[1].labelSpan.start, { line: 1, column: 6, offset: 5 });
  assert.deepEqual(c.args[1].labelSpan.end, { line: 1, column: 11, offset: 10 });
  assert.equal(c.args[2].value.name, 'pun');
  const m = expr('engine.store_new(x)');
  assert.deepEqual([m.kind, m.method, m.methodSpan.start.column, m.methodSpan.end.column], ['MethodCall', 'store_new', 8, 17]);
  assert.deepEqual(strip(expr('Array::make(1)').callee), { kind: 'Constructor', name: 'make', typeName: 'Array' });
  assert.deepEqual(strip(expr('@json.parse(s)').callee), { kind: 'Ident', name: 'parse', pkg: 'json' });
  assert.deepEqual(strip(expr('@pkg.Kind::A')), { kind: 'Constructor', name: 'A', typeName: 'Kind', pkg: 'pkg' });
  assert.deepEqual(strip(expr('VALKIND_I32')), { kind: 'Constructor', name: 'VALKIND_I32' });
  assert.equal(expr('Some(1)').callee.name, 'Some');
  // trailing commas and line breaks inside argument lists
  const multi = expr('f(\n  a,\n  b,\n)');
  assert.equal(multi.args.length, 2);
});

test('tuples, unit, grouping, constraint, arrays, spread, field, index', () => {
  assert.equal(expr('()').kind, 'UnitLit');
  assert.equal(expr('(1, 2, 3)').elements.length, 3);
  assert.equal(g('(1 + 2) * 3'), '((1 + 2) * 3)');
  const c = expr('(x : Int64)');
  assert.deepEqual([c.kind, c.type.name], ['Constraint', 'Int64']);
  const a = expr('[..xs, y, ..zs]');
  assert.deepEqual(a.elements.map((e: any) => e.kind), ['Spread', 'Ident', 'Spread']);
  assert.equal(g('a.b.c[0].d'), 'a.b.c[0].d');
  assert.equal(g('t.0'), 't.0');
  assert.deepEqual(expr('[]').elements, []);
  const blk = stmts('let v = {\n  let t = 1\n  t + 1\n}')[0].value;
  assert.equal(blk.kind, 'Block');
  assert.equal(blk.stmts.length, 2);
});

test('precedence follows MoonBit parser.mly', () => {
  const cases: [string, string][] = [
    ['a + b * c', '(a + (b * c))'],
    ['a * b + c', '((a * b) + c)'],
    ['a - b - c', '((a - b) - c)'],
    ['a / b % c', '((a / b) % c)'],
    ['a << 1 + 2', '(a << (1 + 2))'],
    ['a + 1 << 2', '((a + 1) << 2)'],
    ['a < b + c', '(a < (b + c))'],
    ['a << b < c', '((a << b) < c)'],
    // bitwise operators are looser than comparison in MoonBit
    ['a & b == c', '(a & (b == c))'],
    ['a == b | c', '((a == b) | c)'],
    ['a | b ^ c & d', '(a | (b ^ (c & d)))'],
    ['a | b && c', '((a | b) && c)'],
    ['a && b || c && d', '((a && b) || (c && d))'],
    ['a || b || c', '(a || (b || c))'],
    ['a == b && c != d', '((a == b) && (c != d))'],
    ['x |> f |> g', '((x |> f) |> g)'],
    ['a + b |> f', '((a + b) |> f)'],
    ['a || b |> f', '((a || b) |> f)'],
    ['-a * b', '((-a) * b)'],
    ['!a && b', '((!a) && b)'],
    ['-x.f()', '(-x.f())'],
    ['!f(x)', '(!f(x))'],
    ['- -a', '(-(-a))'],
    ['a..<b + 1', '((a..<b) + 1)'],
    ['0..=n', '(0..=n)'],
    ['-1..<1', '((-1)..<1)'],
    ['a.b(c)[d].e', 'a.b(c)[d].e'],
  ];
  for (const [src, want] of cases) assert.equal(g(src), want, src);
});

test('newline rule: statement separation and continuation', () => {
  // a method chain on the next line continues
  const chain = stmts('let v = xs\n  .map(f)\n  .length()\nv');
  assert.equal(chain.length, 2);
  assert.equal(chain[0].value.method, 'length');
  // |>, |, ranges, `is` and `as` at the start of a line continue; other binary
  // operators start a new statement there (as in the real compiler)
  assert.equal(stmts('x\n  |> f\n  |> g').length, 1);
  assert.equal(stmts('let ok = a\n  | b')[0].value.op, '|');
  assert.equal(stmts('let r = a\n  ..<b')[0].value.kind, 'Range');
  assert.equal(stmts('let t = a\n  is Some(_)')[0].value.kind, 'Is');
  assert.equal(stmts('let p = a *\n  b').length, 1);
  assert.match(syntaxError(() => stmts('let ok = a\n  && b')).reason, /expected an expression, found '&&'/);
  assert.match(syntaxError(() => stmts('let ok = a\n  == b')).reason, /expected an expression, found '=='/);
  // an operator at the end of a line continues
  assert.equal(stmts('let s = a +\n  b')[0].value.op, '+');
  // ( [ + - at the start of a line begin a new statement
  assert.equal(stmts('f\n(1)').length, 2);
  assert.equal(stmts('a\n[1]').length, 2);
  assert.equal(stmts('a\n-1').length, 2);
  // ';' separates statements on one line
  assert.equal(stmts('let a = 1; let b = 2; a + b').length, 3);
  // line breaks inside parentheses and brackets are insignificant
  assert.equal(stmts('let t = (\n  1,\n  2\n)\nlet a = [\n  1\n  , 2]').length, 2);
  // the value of a let may start on the next line
  assert.equal(stmts('let v =\n  f(1)')[0].value.kind, 'Call');
});

test('parseType: named, generic, tuple, function, option, unit', () => {
  assert.deepEqual(strip(parseType('UInt64')), { kind: 'NamedType', name: 'UInt64', args: [] });
  assert.deepEqual(strip(parseType('Array[(String, String)]')), {
    kind: 'NamedType',
    name: 'Array',
    args: [{ kind: 'TupleType', elements: [{ kind: 'NamedType', name: 'String', args: [] }, { kind: 'NamedType', name: 'String', args: [] }] }],
  });
  const r = parseType('Result[Unit, Error]') as any;
  assert.deepEqual(r.args.map((a: any) => a.name), ['Unit', 'Error']);
  const t = parseType('(Engine, WasmtimeStore, Context)') as any;
  assert.equal(t.kind, 'TupleType');
  assert.equal(t.elements.length, 3);
  assert.deepEqual(t.span.end, { line: 1, column: 33, offset: 32 });
  const f = parseType('(Int, String) -> Bool raise Failure') as any;
  assert.deepEqual([f.kind, f.params.length, f.result.name, f.raises.name], ['FnType', 2, 'Bool', 'Failure']);
  assert.equal((parseType('() -> Unit raise') as any).raises, 'any');
  assert.deepEqual(strip(parseType('Int?')), { kind: 'OptionType', inner: { kind: 'NamedType', name: 'Int', args: [] } });
  assert.deepEqual(strip(parseType('()')), { kind: 'NamedType', name: 'Unit', args: [] });
  assert.deepEqual(strip(parseType('@test.T')), { kind: 'NamedType', name: 'T', pkg: 'test', args: [] });
  const nested = parseType('Map[String, Array[Int?]]') as any;
  assert.equal(nested.args[1].args[0].kind, 'OptionType');
});

test('spans cover exact source text', () => {
  const src = 'let x = foo(a, b=1)\ninspect(x.y, content="7")';
  const s = stmts(src);
  const slice = (n: any) => src.slice(n.span.start.offset, n.span.end.offset);
  assert.equal(slice(s[0]), 'let x = foo(a, b=1)');
  assert.equal(slice(s[0].value), 'foo(a, b=1)');
  assert.equal(slice(s[0].value.args[1]), 'b=1');
  assert.equal(slice(s[1].expr.args[0].value), 'x.y');
  assert.equal(slice(s[1].expr.args[1].value), '"7"');
  assert.deepEqual(s[1].expr.span.start, { line: 2, column: 1, offset: 20 });
  const block = parseStatements(src);
  assert.deepEqual(block.span.end, { line: 2, column: 26, offset: src.length });
  // UTF-16 columns
  const u = stmts('let s = "😀"; let t = 1');
  assert.deepEqual(u[1].span.start, { line: 1, column: 15, offset: 14 });
});
