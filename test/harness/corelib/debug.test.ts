// @debug: Repr, the pretty printer, Debug for core types, debug_inspect and
// @debug.assert_eq. Every expected string was printed by the real MoonBit
// compiler (/tmp/moonbit-oracle); fixtures/debug-layout.json holds 81
// generated Repr trees, wide and deep, with the compiler's `@debug.render`
// of each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { desc, type Desc } from '../../../harness/runtime/desc.ts';
import { ArrayView, BytesView, Iter, SourceLoc, StringBuilder, StringView } from '../../../harness/runtime/core-values.ts';
import { Some, None, AssertionFailed } from '../../../harness/runtime/values.ts';
import { Ok, Err, Failure } from '../../../binding/moonbit.ts';
import { takeOutput } from '../../../harness/runtime/output.ts';
import { InspectError } from '../../../harness/runtime/inspect.ts';
import * as R from '../../../harness/corelib/support/repr.ts';
import { render } from '../../../harness/corelib/support/pretty.ts';
import debugModule from '../../../harness/corelib/debug.ts';
import builtinJson from '../../../harness/corelib/builtin/json.ts';
import * as J from '../../../harness/corelib/support/json.ts';
import { installStubs, registerModule, stringMap } from './stubs.ts';

installStubs();
registerModule(debugModule);
registerModule(builtinJson);

const fns = debugModule.fns;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const call = (name: string, ...args: unknown[]): any => (fns[name]!.impl as (...a: unknown[]) => unknown)(...args);
const show = (d: Desc, x: unknown): string => render((d['Debug.to_repr'] as (x: unknown) => R.Repr)(x));

const Int = desc('Int');
const Str = desc('String');

type Spec = [string, ...unknown[]];

function build(s: Spec): R.Repr {
  const [k, a, b] = s;
  switch (k) {
    case 'int':
      return R.integer(a as string);
    case 'str':
      return R.string(a as string);
    case 'lit':
      return R.literal(a as string);
    case 'dbl':
      return R.double(a as number);
    case 'bool':
      return R.bool(a as boolean);
    case 'unit':
      return R.UNIT;
    case 'omit':
      return R.OMITTED;
    case 'arr':
      return R.array((a as Spec[]).map(build));
    case 'tup':
      return R.tuple((a as Spec[]).map(build));
    case 'rec':
      return R.record((a as [string, Spec][]).map(([n, v]) => R.field(n, build(v))));
    case 'map':
      return R.map((a as [Spec, Spec][]).map(([x, y]) => R.mapEntry(build(x), build(y))));
    case 'ctor':
      return R.ctor(a as string, (b as [string | null, Spec][]).map(([l, v]) => [l ?? undefined, build(v)] as const));
    case 'opq':
      return R.opaque(a as string, build(b as Spec));
  }
  throw new Error(`bad spec ${k}`);
}

test('render lays out generated trees exactly as the compiler', () => {
  const cases = JSON.parse(readFileSync(new URL('./fixtures/debug-layout.json', import.meta.url), 'utf8')) as {
    spec: Spec;
    depth: number | null;
    expected: string;
  }[];
  for (const c of cases) {
    const maxDepth = c.depth === null ? None : new Some(c.depth);
    assert.equal(call('@debug.render', build(c.spec), maxDepth), c.expected, JSON.stringify(c.spec));
  }
});

test('render: edge layouts', () => {
  assert.equal(render(R.tuple([R.literal('a\nb'), R.literal('c')])), '(a\nb, c)');
  assert.equal(render(R.opaque('X', R.literal(''))), '<X:>');
  assert.equal(render(R.record([R.field('f', R.literal('  a  '))])), '{ f:   a }');
  assert.equal(render(R.array([R.literal('  a  ')])), '[  a  ]');
  assert.equal(render(R.array([R.literal(''), R.literal('')])), '[]');
  assert.equal(render(R.map([R.mapEntry(R.literal(''), R.literal(''))])), '{ : }');
  assert.equal(render(R.ctor('E', [['lbl', R.literal('')]])), 'E(lbl=)');
  assert.equal(render(R.ctor('E', [[undefined, R.literal('')]])), 'E()');
  assert.equal(render(R.ctor('Tuple', [[undefined, R.integer('1')], [undefined, R.integer('2')]])), '(1, 2)');
  assert.equal(render(R.record([R.field('a b', R.integer('1')), R.field('Cap', R.integer('2'))])), '{ "a b": 1, "Cap": 2 }');
  assert.equal(render(R.record([R.field('', R.integer('1')), R.field('_a', R.integer('2'))])), '{ "": 1, _a: 2 }');
  assert.equal(render(R.map([R.mapEntry(R.array([R.integer('1'), R.integer('2')]), R.integer('3'))])), '{ [1, 2]: 3 }');
  assert.equal(render(R.opaque('X', R.UNIT)), '<X: ()>');
  assert.equal(render(R.tuple([])), '()');
  assert.equal(render(R.record([])), '{}');
  assert.equal(render(R.map([])), '{}');
  assert.equal(render(R.ctor('E')), 'E');
  assert.equal(render(R.OMITTED), '...');
});

test('Debug for numbers, text, bytes and unit', () => {
  assert.equal(show(Int, -1), '-1');
  assert.equal(show(desc('Int64'), 1n), '1');
  assert.equal(show(desc('UInt64'), 18446744073709551615n), '18446744073709551615');
  assert.equal(show(desc('Double'), -1.5), '-1.5');
  assert.equal(show(desc('Double'), 1), '1');
  assert.equal(show(desc('Float'), 1.5), '1.5');
  assert.equal(show(desc('Bool'), true), 'true');
  assert.equal(show(desc('Byte'), 0xab), '0xab');
  assert.equal(show(desc('Char'), 0x27), "'\\''");
  assert.equal(show(Str, 'a"b\n\u0001'), '"a\\"b\\n\\u{01}"');
  assert.equal(show(desc('StringView'), new StringView('abc', 1, 3)), '<StringView: "bc">');
  assert.equal(show(desc('Bytes'), new Uint8Array([0x61, 0x62, 0x63])), '<Bytes: [0x61, 0x62, 0x63]>');
  assert.equal(show(desc('BytesView'), new BytesView(new Uint8Array([1, 2, 3]), 1, 2)), '<BytesView: [0x02]>');
  assert.equal(show(desc('Unit'), undefined), '()');
  const sb = new StringBuilder();
  sb.write_string('x');
  assert.equal(show(desc('StringBuilder'), sb), '"x"');
  assert.equal(show(desc('SourceLoc'), new SourceLoc('a.md', 1, 2, 1, 9)), '<SourceLoc: "a.md:1:2-1:9@doctest">');
});

test('Debug for containers', () => {
  const ints = desc('Array', [Int]);
  assert.equal(show(ints, [1, 2, 3]), '[1, 2, 3]');
  assert.equal(show(ints, []), '[]');
  assert.equal(show(desc('FixedArray', [Int]), [1, 2]), '<FixedArray: [1, 2]>');
  assert.equal(show(desc('ReadOnlyArray', [Int]), [1, 2, 3]), '<ReadOnlyArray: [1, 2, 3]>');
  assert.equal(show(desc('ArrayView', [Int]), new ArrayView([1, 2, 3], 1, 3)), '<ArrayView: [2, 3]>');
  assert.equal(show(desc('MutArrayView', [Int]), new ArrayView([1, 2, 3], 1, 3)), '<MutArrayView: [2, 3]>');
  const optInt = desc('Option', [desc('Option', [Int])]);
  assert.equal(show(optInt, new Some(new Some(1))), 'Some(Some(1))');
  assert.equal(show(optInt, None), 'None');
  const res = desc('Result', [Int, Str]);
  assert.equal(show(res, new Ok(1)), 'Ok(1)');
  assert.equal(show(res, new Err('e')), 'Err("e")');
  assert.equal(show(desc('Iter', [Int]), new Iter(() => Iter.DONE)), '<Iter: ...>');
  assert.equal(show(desc('Tuple2', [Int, Str]), [1, 'a']), '(1, "a")');
  const m = stringMap([['a', 1], ['b', 2]]);
  assert.equal(show(desc('Map', [Str, Int]), m), '{ "a": 1, "b": 2 }');
  assert.equal(show(desc('Map', [Int, Str]), new Map()), '{}');
  assert.equal(show(desc('@hashmap.HashMap', [Int, Str]), new Map([[1, 'a'], [2, 'b']])), '<HashMap: { 1: "a", 2: "b" }>');
  assert.equal(show(desc('@hashset.HashSet', [Int]), new Set([1, 2])), '<HashSet: [1, 2]>');
  assert.equal(show(desc('@set.Set', [Int]), new Set([3, 1])), '<Set: [3, 1]>');
  assert.equal(show(desc('@ref.Ref', [Int]), { val: 1 }), '<Ref: 1>');
});

test('Debug for Json and builtin errors', () => {
  const obj = stringMap<J.Json>([
    ['a', J.array([J.number(1), J.number(2), J.NULL])],
    ['b', J.object(stringMap([['c', J.TRUE], ['d', J.string('x')]]))],
    ['e', J.number(1.5)],
  ]);
  assert.equal(
    show(desc('Json'), J.object(obj)),
    'Object(\n  {\n    "a": Array([Number(1), Number(2), Null]),\n    "b": Object({ "c": True, "d": String("x") }),\n    "e": Number(1.5),\n  },\n)',
  );
  assert.equal(show(desc('Json'), J.number(1, new Some('1.0'))), 'Number(1, repr=Some("1.0"))');
  assert.equal(show(desc('Failure'), new Failure('failure msg')), 'Failure("failure msg")');
});

test('Repr constructors, traverse, to_string and debug', () => {
  const fields = stringMap<R.Repr>([['a b', R.integer('1')], ['Cap', R.integer('2')]]);
  assert.equal(render(call('@debug.Repr::record', fields)), '{ "a b": 1, "Cap": 2 }');
  assert.equal(render(call('@debug.Repr::ctor', 'E', [[new Some('x'), call('@debug.Repr::unit')], [None, R.bool(false)]])), 'E(x=(), false)');
  assert.equal(render(call('@debug.Repr::map', [[R.string('k'), R.char(0x61)]])), `{ "k": 'a' }`);
  const doubled = call('@debug.Repr::traverse', R.array([R.integer('1'), R.integer('2')]), (r: R.Repr) =>
    r.$c === 'Integer' ? R.integer(r._0 + r._0) : r,
  );
  assert.equal(render(doubled), '[11, 22]');
  assert.equal(call('@debug.to_string', desc('Array', [Str]), ['a', 'b']), '["a", "b"]');
  takeOutput();
  call('@debug.debug', Int, 42);
  assert.equal(takeOutput(), '42\n');
});

const loc = new SourceLoc('doc.md', 3, 5, 3, 40);

test('debug_inspect compares the rendering with content', () => {
  const dyn = { d: Str, v: 'a' };
  call('@debug.debug_inspect', dyn, new Some('"a"'), loc);
  assert.throws(() => call('@debug.debug_inspect', dyn, new Some('a'), loc), InspectError);
  assert.throws(() => call('@debug.debug_inspect', { d: Int, v: 1 }, None, loc), InspectError);
});

test('@debug.assert_eq shows both sides and their diff', () => {
  const ints = desc('Array', [Int]);
  call('@debug.assert_eq', ints, [1], [1], None, loc);
  const failure = (a: unknown, b: unknown, d: Desc, msg: unknown = None) => {
    try {
      call('@debug.assert_eq', d, a, b, msg, loc);
    } catch (e) {
      assert.ok(e instanceof AssertionFailed);
      return e.message;
    }
    assert.fail('no failure');
  };
  assert.equal(failure([1, 2, 3], [1, 2], ints), 'doc.md:3:5-3:40@doctest FAILED: `[1, 2, 3] != [1, 2]`\ndiff:\n[1, 2, -3]');
  assert.equal(failure('a', 'b', Str), 'doc.md:3:5-3:40@doctest FAILED: `"a" != "b"`\ndiff:\n-"a" +"b"');
  const opt = desc('Option', [Int]);
  assert.equal(failure(new Some(1), None, opt), 'doc.md:3:5-3:40@doctest FAILED: `Some(1) != None`\ndiff:\n-Some(1) +None');
  assert.equal(failure(1, 2, Int, new Some('mm')), 'doc.md:3:5-3:40@doctest FAILED: mm');
});
