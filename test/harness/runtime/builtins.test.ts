import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as $rt from '../../../harness/runtime/index.ts';
import { Failure } from '../../../binding/moonbit.ts';

const loc = { file: 'guide.md', line: 7, column: 3 };

test('eq is structural', () => {
  assert.ok($rt.eq([1, [2, 'a']], [1, [2, 'a']]));
  assert.ok(!$rt.eq([1, 2], [1, 2, 3]));
  assert.ok($rt.eq(new Uint8Array([1, 2]), new Uint8Array([1, 2])));
  assert.ok(!$rt.eq(new Uint8Array([1, 2]), new Uint8Array([1, 3])));
  assert.ok($rt.eq(new $rt.Some([1n]), new $rt.Some([1n])));
  assert.ok(!$rt.eq(new $rt.Some(1), $rt.None));
  assert.ok($rt.eq($rt.None, $rt.None));
  assert.ok($rt.eq(new $rt.Ok(undefined), new $rt.Ok(undefined)));
  assert.ok(!$rt.eq(new $rt.Ok(1), new $rt.Err(1)));
  assert.ok($rt.eq(new Failure('x'), new Failure('x')));
  assert.ok(!$rt.eq(new Failure('x'), new Failure('y')));
  assert.ok($rt.eq({ a: 1, b: [2] }, { a: 1, b: [2] }));
  assert.ok(!$rt.eq(NaN, NaN));
  assert.ok($rt.eq(0, -0));
});

test('compare orders structurally, length first for strings/arrays/bytes', () => {
  assert.equal($rt.compare(1, 2), -1);
  assert.equal($rt.compare(3n, 2n), 1);
  assert.equal($rt.compare('b', 'a'), 1);
  assert.equal($rt.compare('b', 'aa'), -1);
  assert.equal($rt.compare([1, 2], [1, 3]), -1);
  assert.equal($rt.compare([9], [1, 1]), -1);
  assert.equal($rt.compare(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3])), -1);
  assert.equal($rt.compare(new Uint8Array([1, 4]), new Uint8Array([1, 3])), 1);
  assert.equal($rt.compare($rt.None, new $rt.Some(0)), -1);
  assert.equal($rt.compare(new $rt.Some(2), new $rt.Some(1)), 1);
  assert.equal($rt.compare(false, true), -1);
  assert.equal($rt.compare([1, 'a'], [1, 'a']), 0);
});

test('not / ignore', () => {
  assert.equal($rt.not(true), false);
  assert.equal($rt.ignore(5), undefined);
});

test('println captures into a buffer that takeOutput drains', () => {
  $rt.takeOutput();
  $rt.println('hello');
  $rt.println(42);
  $rt.println(0x61, { name: 'Char' });
  $rt.println(['a'], { name: 'Array', args: [{ name: 'String' }] });
  assert.equal($rt.takeOutput(), 'hello\n42\na\n["a"]\n');
  assert.equal($rt.takeOutput(), '');
});

test('assert_eq failure: AssertionFailed (a Failure) with loc and both sides shown', () => {
  assert.throws(
    () => $rt.assert_eq('a', 'b', { name: 'String' }, loc),
    (e: unknown) => {
      assert.ok(e instanceof $rt.AssertionFailed);
      assert.ok(e instanceof Failure);
      assert.deepEqual(e.loc, loc);
      assert.equal(e.message, 'guide.md:7:3 FAILED: `"a" != "b"`');
      return true;
    },
  );
  $rt.assert_eq([1, 2], [1, 2], undefined, loc);
  assert.throws(() => $rt.assert_eq(1, 2, { name: 'Int' }, loc), /guide\.md:7:3 FAILED: `1 != 2`/);
});

test('assert_not_eq, assert_true, assert_false', () => {
  $rt.assert_not_eq(1, 2, undefined, loc);
  assert.throws(() => $rt.assert_not_eq(new $rt.Some(1), new $rt.Some(1), undefined, loc), /FAILED: `Some\(1\) == Some\(1\)`/);
  $rt.assert_true(true, loc);
  assert.throws(() => $rt.assert_true(false, loc), (e: unknown) => e instanceof $rt.AssertionFailed && e.message === 'guide.md:7:3 FAILED: `false` is not true');
  $rt.assert_false(false, loc);
  assert.throws(() => $rt.assert_false(true, loc), /`true` is not false/);
});

test('fail raises Failure with loc; panic/abort raise Panic', () => {
  assert.throws(() => $rt.fail('boom', loc), (e: unknown) => e instanceof Failure && e.message === 'guide.md:7:3 FAILED: boom');
  assert.throws(() => $rt.panic(), $rt.Panic);
  assert.throws(() => $rt.abort('no'), (e: unknown) => e instanceof $rt.Panic && e.message === 'no');
  assert.ok(!(new $rt.Panic() instanceof Failure));
});

test('a caught error renders as MoonBit shows it (inspect of try? results)', () => {
  let caught: unknown;
  try {
    $rt.fail('boom', loc);
  } catch (e) {
    caught = e;
  }
  assert.equal($rt.show(caught, { name: 'Error' }), 'Failure("guide.md:7:3 FAILED: boom")');
  assert.equal(
    $rt.show(new $rt.Err(caught), { name: 'Result', args: [{ name: 'Int' }, { name: 'Error' }] }),
    'Err(Failure("guide.md:7:3 FAILED: boom"))',
  );
  $rt.inspect(new Failure('x'), { name: 'Failure' }, 'Failure("x")', loc);
});

test('methods: String', () => {
  const S = $rt.method.String;
  assert.equal(S.length('héllo'), 5);
  assert.ok(S.contains('hello', 'ell'));
  assert.ok(S.starts_with('hello', 'he') && S.ends_with('hello', 'lo'));
  assert.deepEqual(S.split('a,b,,c', ','), ['a', 'b', '', 'c']);
  assert.equal(S.trim('  x \n'), 'x');
  assert.equal(S.to_upper('abc'), 'ABC');
  assert.equal(S.op_get('abc', 1), 98);
  assert.throws(() => S.op_get('abc', 3), $rt.Panic);
  assert.deepEqual(S.find('abc', 'c'), new $rt.Some(2));
  assert.equal(S.find('abc', 'z'), $rt.None);
  assert.deepEqual(S.to_array('a🚀'), [0x61, 0x1f680]);
});

test('methods: Array', () => {
  const A = $rt.method.Array;
  const xs = [1, 2, 3];
  A.push(xs, 4);
  assert.deepEqual(xs, [1, 2, 3, 4]);
  assert.deepEqual(A.pop(xs), new $rt.Some(4));
  assert.equal(A.pop([]), $rt.None);
  assert.deepEqual(A.get(xs, 0), new $rt.Some(1));
  assert.equal(A.get(xs, 9), $rt.None);
  assert.throws(() => A.op_get(xs, 9), $rt.Panic);
  assert.ok(A.contains([[1], [2]], [2]));
  assert.deepEqual(A.map(xs, (x: number) => x * 2), [2, 4, 6]);
  assert.deepEqual(A.filter(xs, (x: number) => x > 1), [2, 3]);
  assert.equal(A.fold(xs, 0, (a: number, x: number) => a + x), 6);
  assert.equal(A.join(['a', 'b'], '-'), 'a-b');
  assert.deepEqual(A.rev(xs), [3, 2, 1]);
  assert.deepEqual(xs, [1, 2, 3]);
  assert.ok(!A.is_empty(xs));
  A.set(xs, 0, 9);
  assert.equal(xs[0], 9);
  assert.throws(() => A.set(xs, 3, 0), $rt.Panic);
  A.clear(xs);
  assert.ok(A.is_empty(xs));
  const seen: number[] = [];
  A.each([1, 2], (x: number) => seen.push(x));
  assert.deepEqual(seen, [1, 2]);
});

test('methods: Option, Result, Bytes, numbers', () => {
  const O = $rt.method.Option;
  assert.equal(O.unwrap(new $rt.Some(1)), 1);
  assert.throws(() => O.unwrap($rt.None), $rt.Panic);
  assert.equal(O.unwrap_or($rt.None, 5), 5);
  assert.ok(O.is_some(new $rt.Some(0)) && O.is_none($rt.None));
  assert.deepEqual(O.map(new $rt.Some(2), (x: number) => x + 1), new $rt.Some(3));
  const R = $rt.method.Result;
  assert.equal(R.unwrap(new $rt.Ok(1)), 1);
  assert.throws(() => R.unwrap(new $rt.Err(new Failure('e'))), (e: unknown) => e instanceof $rt.Panic && /Failure\("e"\)/.test(e.message));
  assert.ok(R.is_ok(new $rt.Ok(1)) && R.is_err(new $rt.Err(1)));
  assert.equal(R.unwrap_err(new $rt.Err('x')), 'x');
  const B = $rt.method.Bytes;
  assert.equal(B.length(new Uint8Array(3)), 3);
  assert.deepEqual(B.to_array(new Uint8Array([1, 2])), [1, 2]);
  assert.equal($rt.method.Int.to_string(-3), '-3');
  assert.equal($rt.method.Int64.to_string(-3n), '-3');
  assert.equal($rt.method.Double.to_string(1e21), '1e+21');
  assert.equal($rt.method.Byte.to_string(10), "b'\\x0A'");
  assert.equal($rt.method.Char.to_string(0x4e2d), '中');
  assert.equal($rt.method.Bool.to_string(true), 'true');
  assert.equal($rt.method.Int.to_int64(5), 5n);
});
