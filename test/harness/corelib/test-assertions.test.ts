// Errors and assertions: what raised values show as (with and without
// derived impls), fail / assert_* / inspect / println / abort, the @test
// package, SourceLoc. Expected strings come from the real MoonBit compiler
// (/tmp/moonbit-oracle), with its package `moonpad/lib` written as the
// harness's `doctest` and its file names as ours.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { desc, Dyn, type Desc } from '../../../harness/runtime/desc.ts';
import { MoonBitError, SourceLoc, StringView } from '../../../harness/runtime/core-values.ts';
import { AssertionFailed, None, Panic, Some } from '../../../harness/runtime/values.ts';
import { Failure } from '../../../binding/moonbit.ts';
import { takeOutput } from '../../../harness/runtime/output.ts';
import { InspectError } from '../../../harness/runtime/inspect.ts';
import { registerDerived } from '../../../harness/runtime/derive.ts';
import type { Json } from '../../../harness/corelib/support/json.ts';
import { stringify } from '../../../harness/corelib/support/json.ts';
import type { Repr } from '../../../harness/corelib/support/repr.ts';
import { render } from '../../../harness/corelib/support/pretty.ts';
import { CORE_MODULES } from '../../../harness/corelib/index.ts';
import testModule, { setSnapshotDoc } from '../../../harness/corelib/test.ts';
import { installStubs, registerModule } from './stubs.ts';

installStubs();
for (const m of CORE_MODULES) registerModule(m);

const fns = Object.assign({}, ...CORE_MODULES.map((m) => m.fns)) as Record<string, { impl: unknown }>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const call = (name: string, ...args: unknown[]): any => (fns[name]!.impl as (...a: unknown[]) => unknown)(...args);
const loc = new SourceLoc('doc.md', 2, 13, 2, 28);
const Int = desc('Int');
const Str = desc('String');

/** The message of the Failure `f` raises (an assertion's is an AssertionFailed, `fail`'s a plain Failure). */
function failure(f: () => void): string {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof Failure, String(e));
    return e.message;
  }
  return assert.fail('no failure');
}

test('fail and the builtin assertions', () => {
  const at = 'doc.md:2:13-2:28@doctest FAILED: ';
  assert.equal(failure(() => call('fail', 'boom', loc)), `${at}boom`);
  assert.equal(failure(() => call('fail', new StringView('xboomx', 1, 5), loc)), `${at}boom`);
  assert.equal(failure(() => call('assert_eq', Int, 1, 2, None, loc)), `${at}\`1 != 2\``);
  assert.equal(failure(() => call('assert_eq', Str, 'a', 'b', None, loc)), `${at}\`"a" != "b"\``);
  assert.equal(failure(() => call('assert_eq', Int, 1, 2, new Some('m'), loc)), `${at}m`);
  assert.equal(failure(() => call('assert_not_eq', desc('Array', [Int]), [1], [1], None, loc)), `${at}\`[1] == [1]\``);
  assert.equal(failure(() => call('assert_true', false, None, loc)), `${at}\`false\` is not true`);
  assert.equal(failure(() => call('assert_true', false, new Some('custom'), loc)), `${at}custom`);
  assert.equal(failure(() => call('assert_false', true, None, loc)), `${at}\`true\` is not false`);
  call('assert_eq', Int, 1, 1, None, loc);
  call('assert_not_eq', Int, 1, 2, None, loc);
  call('assert_true', true, None, loc);
  call('assert_false', false, None, loc);
});

test('@test assertions use Debug', () => {
  const at = 'doc.md:2:13-2:28@doctest FAILED: ';
  assert.equal(failure(() => call('@test.assert_eq', Str, 'a', 'b', None, loc)), `${at}\`"a" != "b"\``);
  assert.equal(failure(() => call('@test.assert_not_eq', desc('Array', [Int]), [1], [1], None, loc)), `${at}\`[1] == [1]\``);
  assert.equal(failure(() => call('@test.assert_eq', Int, 1, 2, new Some('m'), loc)), `${at}m`);
  assert.equal(failure(() => call('@test.assert_same_object', desc('Array', [Int]), [1], [1], loc)), `${at}\`[1] is [1]\``);
  const a = [1];
  assert.equal(failure(() => call('@test.assert_not_same_object', desc('Array', [Int]), a, a, loc)), `${at}\`!([1] is [1])\``);
  call('@test.assert_same_object', desc('Array', [Int]), a, a, loc);
  assert.equal(failure(() => call('@test.fail', 'boom', loc)), `${at}boom`);
});

test('inspect renders with to_string and compares with content', () => {
  call('inspect', new Dyn(Str, 'a\nb'), 'a\nb', loc);
  call('inspect', new Dyn(Str, ''), undefined, loc);
  assert.throws(() => call('inspect', new Dyn(Str, 'a\nb'), 'a', loc), (e: InspectError) => e.actual === 'a\nb' && e.expected === 'a');
  assert.throws(() => call('inspect', new Dyn(Int, 42), undefined, loc), (e: InspectError) => e.actual === '42' && e.expected === '');
});

test('println, abort, panic, ignore, physical_equal, debug_assert', () => {
  takeOutput();
  call('println', Str, 'a"b');
  call('println', desc('Array', [Str]), ['a"b', 'c']);
  assert.equal(takeOutput(), 'a"b\n["a\\"b", "c"]\n');
  assert.throws(() => call('abort', 'something went wrong'), (e: Panic) => e instanceof Panic && e.message === 'something went wrong');
  assert.throws(() => call('@abort.abort', 'x'), Panic);
  assert.throws(() => call('panic'), Panic);
  assert.equal(call('ignore', 1), undefined);
  const xs = [1];
  assert.equal(call('physical_equal', xs, xs), true);
  assert.equal(call('physical_equal', xs, [1]), false);
  call('debug_assert', () => true);
  assert.throws(() => call('debug_assert', () => false), Panic);
});

test('SourceLoc and ArgsLoc', () => {
  const show = (d: Desc, x: unknown) => (d['Show.to_string'] as (x: unknown) => string)(x);
  assert.equal(show(desc('SourceLoc'), loc), 'doc.md:2:13-2:28@doctest');
  assert.equal(call('SourceLoc::to_json_string', loc), '{"filename":"doc.md","start_line":2,"start_column":13,"end_line":2,"end_column":28}');
  const args = { _0: [new Some(new SourceLoc('a.md', 1, 2, 1, 3)), None] };
  assert.equal(
    call('ArgsLoc::to_json', args),
    '[{"filename":"a.md","start_line":1,"start_column":2,"end_line":1,"end_column":3}, null]',
  );
});

// Error types of a doc: `suberror E1 { A(Int); B }`, `suberror E2 { C(Int, String); D } derive(Show)`,
// `suberror E4 { F(x~ : Int, String) } derive(Debug)`, `suberror E5 { G(Int) } derive(ToJson)`.
const errorShape = (type: string, ctors: { name: string; fields: { label?: string; desc: Desc }[] }[]) => ({
  kind: 'enum' as const,
  name: type,
  ctors: () => ctors,
  make: (i: number, values: unknown[]) => new MoonBitError(type, ctors[i]!.name, values),
});
registerDerived('E2', errorShape('E2', [{ name: 'C', fields: [{ desc: Int }, { desc: Str }] }, { name: 'D', fields: [] }]), ['Show']);
registerDerived('E4', errorShape('E4', [{ name: 'F', fields: [{ label: 'x', desc: Int }, { desc: Str }] }]), ['@debug.Debug']);
registerDerived('E5', errorShape('E5', [{ name: 'G', fields: [{ desc: Int }] }]), ['ToJson']);

test('Error shows through the raised type, else as its constructor path', () => {
  const E = desc('Error');
  const asString = (e: unknown) => (E['Show.to_string'] as (x: unknown) => string)(e);
  const asRepr = (e: unknown) => render((E['Debug.to_repr'] as (x: unknown) => Repr)(e));
  const asJson = (e: unknown) => stringify((E['ToJson.to_json'] as (x: unknown) => Json)(e), false, 0, undefined);
  const rows: [unknown, string, string, string][] = [
    [new MoonBitError('E1', 'A', [1]), 'doctest.E1.A', '<doctest.E1.A: ...>', '"doctest.E1.A"'],
    [new MoonBitError('E1', 'B', []), 'doctest.E1.B', '<doctest.E1.B: ...>', '"doctest.E1.B"'],
    [new MoonBitError('E2', 'C', [2, 's']), 'C(2, "s")', '<doctest.E2.C: ...>', '"doctest.E2.C"'],
    [new MoonBitError('E2', 'D', []), 'D', '<doctest.E2.D: ...>', '"doctest.E2.D"'],
    [new MoonBitError('E4', 'F', [1, 'q']), 'doctest.E4.F', 'F(x=1, "q")', '"doctest.E4.F"'],
    [new MoonBitError('E5', 'G', [3]), 'doctest.E5.G', '<doctest.E5.G: ...>', '["G",3]'],
    [new Failure('boom'), 'Failure("boom")', 'Failure("boom")', '["Failure","boom"]'],
    [
      new MoonBitError('InspectError', 'InspectError', ['i']),
      'moonbitlang/core/builtin.InspectError.InspectError',
      'InspectError("i")',
      '"moonbitlang/core/builtin.InspectError.InspectError"',
    ],
    [
      new MoonBitError('SnapshotError', 'SnapshotError', ['s']),
      'moonbitlang/core/builtin.SnapshotError.SnapshotError',
      'SnapshotError("s")',
      '"moonbitlang/core/builtin.SnapshotError.SnapshotError"',
    ],
    [
      new MoonBitError('@json.ParseError', 'InvalidChar', [{ line: 1, column: 2 }, 0x78]),
      "Invalid character 'x' at line 1, column 2",
      '<moonbitlang/core/json.ParseError.InvalidChar: ...>',
      '["InvalidChar",{"line":1,"column":2},"x"]',
    ],
  ];
  for (const [e, s, r, j] of rows) {
    assert.equal(asString(e), s);
    assert.equal(asRepr(e), r);
    assert.equal(asJson(e), j);
  }
});

test('@test.Test writes what it is given and snapshots it', () => {
  // A doc outside the project keeps its file snapshots in __snapshot__/ in its folder, as moon does a package's.
  const dir = mkdtempSync(join(tmpdir(), 'corelib-test-'));
  const saved = process.env.DOCTEST_UPDATE;
  try {
    delete process.env.DOCTEST_UPDATE;
    const docPath = join(dir, 'x.md');
    mkdirSync(join(dir, '__snapshot__'), { recursive: true });
    writeFileSync(join(dir, '__snapshot__', 'out.txt'), 'Testing: PASS\n[1, 2]\n');
    setSnapshotDoc(docPath);
    const t = call('@test.new', 'Example Test');
    assert.equal(call('@test.Test::name', t), 'Example Test');
    call('@test.Test::write', t, new Dyn(Str, 'Testing: '));
    call('@test.Test::writeln', t, new Dyn(Str, 'PASS'));
    call('@test.Test::writeln', t, new Dyn(desc('Array', [Int]), [1, 2]));
    call('@test.Test::snapshot', t, 'out.txt', loc);
    const other = call('@test.Test::new', 'other');
    call('@test.Test::write', other, new Dyn(Str, 'different'));
    assert.throws(() => call('@test.Test::snapshot', other, 'out.txt', loc), InspectError);
  } finally {
    if (saved === undefined) delete process.env.DOCTEST_UPDATE;
    else process.env.DOCTEST_UPDATE = saved;
    rmSync(dir, { recursive: true, force: true });
  }
  assert.ok(testModule.decls.includes('pub type T = Test'));
});
