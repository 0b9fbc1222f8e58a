// Top-level declarations. Every example was checked with the real MoonBit
// compiler (moonc check) unless a comment says otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProgram, parseStatements } from '../../../harness/syntax/index.ts';
import { strip } from './helpers.ts';

const items = (src: string) => parseProgram(src).items as any[];
const item = (src: string) => items(src)[0];
const names = (ts: any[]) => ts.map((t) => t.name);

test('struct: fields with mut and visibility, derive with spans', () => {
  const s = item('pub(all) struct Point {\n  x : Int\n  priv mut y : Int\n} derive(Show, Eq)');
  assert.equal(s.kind, 'StructItem');
  assert.equal(s.vis, 'pub(all)');
  assert.equal(s.name, 'Point');
  assert.deepEqual(s.fields.map((f: any) => [f.name, f.mutable, f.vis, f.type.name]), [
    ['x', false, 'none', 'Int'],
    ['y', true, 'priv', 'Int'],
  ]);
  assert.deepEqual(names(s.derive.map((d: any) => d.trait)), ['Show', 'Eq']);
  assert.deepEqual(s.derive[1].span.start, { line: 4, column: 16, offset: 68 });
  assert.deepEqual(s.span.end, { line: 4, column: 19, offset: 71 });
  assert.equal(s.tupleFields, undefined);
});

test('tuple structs, generic structs, constructor declarations, derive arguments', () => {
  const t = item('priv struct Pair[A, B](A, B) derive(@debug.Debug, ToJson(style="flat"))');
  assert.deepEqual([t.vis, names(t.typeParams), names(t.tupleFields)], ['priv', ['A', 'B'], ['A', 'B']]);
  assert.deepEqual(strip(t.derive[0].trait), { kind: 'NamedType', name: 'Debug', pkg: 'debug', args: [] });
  assert.deepEqual([t.derive[1].args[0].label, t.derive[1].args[0].value.value], ['style', 'flat']);
  const c = item('struct Counter {\n  count : Int\n  fn new(start~ : Int) -> Counter\n}');
  assert.deepEqual([c.fields.length, c.ctorSig.kind, c.ctorSig.name, c.ctorSig.params[0].label], [1, 'SigDecl', 'new', 'labeled']);
  // `fn Type::Type` implements the constructor a struct declares
  const f = item('fn Counter::Counter(start~ : Int) -> Counter {\n  { count: start }\n}');
  assert.deepEqual([f.selfType.name, f.name], ['Counter', 'Counter']);
});

test('enum: constructors with positional, labeled and mut labeled fields, discriminants', () => {
  const e = item('pub(all) enum Shape[T] {\n  Dot\n  Circle(T, radius~ : Double)\n  Box(mut w~ : Int, Int)\n} derive(Debug)');
  assert.equal(e.kind, 'EnumItem');
  assert.deepEqual(names(e.typeParams), ['T']);
  const [dot, circle, box] = e.ctors;
  assert.equal(dot.params, undefined);
  assert.deepEqual(circle.params.map((p: any) => [p.label, p.mutable, p.type.name]), [
    [undefined, false, 'T'],
    ['radius', false, 'Double'],
  ]);
  assert.deepEqual(box.params.map((p: any) => [p.label, p.mutable]), [['w', true], [undefined, false]]);
  assert.deepEqual(box.nameSpan.start, { line: 4, column: 3, offset: 63 });
  const l = item('enum Level { Low = 1; High = 10 }');
  assert.deepEqual(l.ctors.map((c: any) => c.discriminant.value), [1n, 10n]);
});

test('suberror: bare, with a payload type, with constructors', () => {
  const [a, b, c] = items('suberror Plain\npub(all) suberror ParseFailure String derive(Show)\nsuberror Oops {\n  Bad(Int)\n  Worse\n}');
  assert.deepEqual([a.kind, a.payload, a.ctors], ['SuberrorItem', undefined, undefined]);
  assert.deepEqual([b.vis, b.payload.name, b.derive[0].trait.name], ['pub(all)', 'String', 'Show']);
  assert.deepEqual(names(c.ctors), ['Bad', 'Worse']);
});

test('type: abstract, extern, and aliases with type parameters', () => {
  const [a, b, c] = items('type Handle\nextern type Raw\npub type View[T] = ArrayView[T]');
  assert.deepEqual([a.kind, a.alias, a.isExtern], ['TypeItem', undefined, false]);
  assert.equal(b.isExtern, true);
  assert.deepEqual([c.vis, names(c.typeParams), c.alias.name, c.alias.args[0].name], ['pub', ['T'], 'ArrayView', 'T']);
  assert.deepEqual(names(item('priv type Slot[_]').typeParams), ['_']);
});

test('typealias and traitalias forms', () => {
  const [a, b, c] = items('typealias Int as Score\npub typealias Box[X] = Array[X]\ntypealias @pkg.(Alpha, Beta as B)');
  assert.deepEqual([a.trait, a.aliases[0].name, a.aliases[0].target.name], [false, 'Score', 'Int']);
  assert.deepEqual([b.aliases[0].name, names(b.aliases[0].typeParams), b.aliases[0].target.args[0].name], ['Box', ['X'], 'X']);
  assert.deepEqual(c.aliases.map((t: any) => [t.name, t.target.pkg, t.target.name]), [
    ['Alpha', 'pkg', 'Alpha'],
    ['B', 'pkg', 'Beta'],
  ]);
  const t = item('traitalias @pkg.Show');
  assert.deepEqual([t.trait, t.aliases[0].name], [true, 'Show']);
});

// `fn` before a trait method and after `impl ... with` is newer syntax than the
// offline compiler knows; moonbitlang/core and its docs use it.
test('trait: supertraits, methods with anonymous and labeled parameters, default marker', () => {
  const t = item('pub(open) trait Area : Show + @cmp.Eq {\n  area(Self) -> Double\n  label(Self, prefix~ : String) -> String = _\n  fn reset(Self) -> Unit raise\n}');
  assert.equal(t.kind, 'TraitItem');
  assert.equal(t.vis, 'pub(open)');
  assert.deepEqual(t.supertraits.map((s: any) => [s.pkg, s.name]), [[undefined, 'Show'], ['cmp', 'Eq']]);
  const [area, label, reset] = t.methods;
  assert.deepEqual([area.kind, area.name, area.hasDefault, area.returnType.name], ['SigDecl', 'area', false, 'Double']);
  assert.deepEqual(strip(area.params[0]), { kind: 'SigParam', label: 'positional', hasDefault: false, type: { kind: 'NamedType', name: 'Self', args: [] } });
  assert.deepEqual([label.params[1].name, label.params[1].label, label.hasDefault], ['prefix', 'labeled', true]);
  assert.equal(reset.raises, 'any');
});

test('impl: with a method, default implementations, bodiless, generic', () => {
  const [a, b, c, d] = items(
    'impl Area for Point with area(self) { 0.0 }\n' +
      'impl Area with label(self, prefix~) { prefix }\n' +
      'pub impl Default for Point\n' +
      'impl[T : Show] Show for Pair[T, T] with fn output(self, logger) { }',
  );
  assert.deepEqual([a.kind, a.trait.name, a.forType.name, a.method.kind, a.method.name, a.method.params[0].name], ['ImplItem', 'Area', 'Point', 'FnItem', 'area', 'self']);
  assert.deepEqual([b.forType, b.method.params[1].label], [undefined, 'labeled']);
  assert.deepEqual([c.vis, c.method], ['pub', undefined]);
  assert.deepEqual([names(d.typeParams), d.typeParams[0].bounds[0].name, d.forType.args.length, d.method.name], [['T'], 'Show', 2, 'output']);
  assert.deepEqual(a.method.nameSpan.start, { line: 1, column: 26, offset: 25 });
});

test('functions: generics with bounds, methods, effects, labeled and optional parameters', () => {
  const f = item('pub fn[T : Show + Eq] first(xs : Array[T], default~ : T = xs[0], limit? : Int) -> T raise Oops { xs[0] }');
  assert.deepEqual(f.typeParams.map((p: any) => [p.name, names(p.bounds)]), [['T', ['Show', 'Eq']]]);
  assert.deepEqual(f.params.map((p: any) => [p.name, p.label]), [['xs', 'positional'], ['default', 'optional'], ['limit', 'optional']]);
  assert.deepEqual([f.isPub, f.vis, f.raises.name, f.isAsync], [true, 'pub', 'Oops', false]);
  const m = item('fn Point::norm(self : Point) -> Int noraise { 0 }');
  assert.deepEqual(strip(m.selfType), { kind: 'TypeName', name: 'Point', traitObject: false });
  assert.deepEqual([m.name, m.noraise, m.raises], ['norm', true, undefined]);
  const p = item('fn apply(f : (Int) -> Int raise?, x : Int) -> Int raise? { f(x) }');
  assert.deepEqual([p.raises, p.params[0].type.raises], ['poly', 'poly']);
  const q = item('fn[T] @pkg.Box::get(self : Self[T]) -> T { self.0 }');
  assert.deepEqual([q.selfType.pkg, q.selfType.name, names(q.typeParams)], ['pkg', 'Box', ['T']]);
});

test('attributes: names, dotted names, arguments (raw text and parsed), several per item', () => {
  const f = item('#deprecated("use norm", skip_current_package=true)\n#coverage.skip\n#cfg(not(target="js"))\nfn size() -> Int { 0 }');
  assert.deepEqual(f.attrs.map((a: any) => a.name), ['deprecated', 'coverage.skip', 'cfg']);
  const [dep, cov, cfg] = f.attrs;
  assert.equal(dep.raw, '"use norm", skip_current_package=true');
  assert.deepEqual(strip(dep.args), [
    { kind: 'AttrArg', value: { kind: 'AttrString', value: 'use norm' } },
    { kind: 'AttrArg', label: 'skip_current_package', value: { kind: 'AttrName', name: 'true' } },
  ]);
  assert.deepEqual([cov.raw, cov.args], [undefined, undefined]);
  assert.deepEqual(strip(cfg.args[0].value), {
    kind: 'AttrCall',
    name: 'not',
    args: [{ kind: 'AttrArg', label: 'target', value: { kind: 'AttrString', value: 'js' } }],
  });
  assert.deepEqual([dep.span.start.line, dep.nameSpan.start.column, dep.nameSpan.end.column], [1, 2, 12]);
  // the item's span starts at its first attribute
  assert.equal(f.span.start.offset, 0);
  const t = item('#skip("slow")\ntest { }');
  assert.deepEqual([t.kind, t.attrs[0].name, t.attrs[0].args[0].value.value], ['TestItem', 'skip', 'slow']);
});

test('extern functions, intrinsics and multi-line external code', () => {
  const [a, b, c] = items(
    'extern "js" fn now() -> Double = "() => Date.now()"\n' +
      'fn add(a : Int, b : Int) -> Int = "%i32_add"\n' +
      'pub extern "wasm" fn log(x : Int) = "console" "log"',
  );
  assert.deepEqual([a.kind, a.linkage, a.source], ['ExternFnItem', 'js', ['() => Date.now()']]);
  assert.deepEqual([b.linkage, b.source, b.params.length], [undefined, ['%i32_add'], 2]);
  assert.deepEqual([c.vis, c.source], ['pub', ['console', 'log']]);
  const d = item('extern "js" fn f(x : Int) -> Int =\n  #|(x) =>\n  #|  x + 1');
  assert.deepEqual(d.source, ['(x) =>\n  x + 1']);
});

test('fnalias and using', () => {
  const [a, b, c] = items('fnalias Point::(norm as point_norm, size)\nfnalias @math.sqrt\npub using @string {type StringView as View, trait Show, length}');
  assert.deepEqual([a.kind, a.typeName.name, a.names.map((n: any) => [n.name, n.alias])], ['FnAliasItem', 'Point', [['norm', 'point_norm'], ['size', undefined]]]);
  assert.deepEqual([b.pkg, b.names[0].name], ['math', 'sqrt']);
  assert.deepEqual([c.kind, c.vis, c.pkg], ['UsingItem', 'pub', 'string']);
  assert.deepEqual(c.names.map((n: any) => [n.kind, n.name, n.alias]), [['type', 'StringView', 'View'], ['trait', 'Show', undefined], ['value', 'length', undefined]]);
});

test('declare fn, const, top-level let, tests with a parameter; async forms', () => {
  const [d, k, l, t] = items('declare pub fn later(x : Int) -> Int\nconst LIMIT : Int = 3\npub let origin : Int = 0\ntest "points" (t : @test.T) { }');
  assert.deepEqual([d.kind, d.vis, d.sig.name, d.sig.params[0].name], ['FnDecl', 'pub', 'later', 'x']);
  assert.deepEqual([k.kind, k.name, k.value.value], ['ConstItem', 'LIMIT', 3n]);
  assert.deepEqual([l.vis, l.isPub], ['pub', true]);
  assert.deepEqual([t.name, t.param.name, t.param.type.pkg], ['points', 't', 'test']);
  // async is not compiled by the offline compiler used to check these examples
  const [af, at] = items('async fn fetch() -> Int { 0 }\nasync test { }');
  assert.deepEqual([af.isAsync, at.isAsync], [true, true]);
  const local = parseStatements('async fn helper() -> Unit { }').stmts[0] as any;
  assert.deepEqual([local.kind, local.fn.isAsync], ['LetFn', true]);
});

test('local types in a function body', () => {
  const s = parseStatements('struct P { x : Int } derive(Show)\nenum E { A; B }\nlet p = P::{ x: 1 }') .stmts as any[];
  assert.deepEqual(s.map((x) => [x.kind, x.item?.kind]), [['LocalType', 'StructItem'], ['LocalType', 'EnumItem'], ['Let', undefined]]);
  assert.equal(s[0].item.derive[0].trait.name, 'Show');
});
