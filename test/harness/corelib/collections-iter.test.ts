// Iter[X], Iter2[X, Y] and the `until` ranges. Expected strings are the
// oracle's `println` of the MoonBit expression (see collections-array.test.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { desc, type Desc } from '../../../harness/runtime/desc.ts';
import { Some, None } from '../../../harness/runtime/values.ts';
import { Iter } from '../../../harness/runtime/core-values.ts';
import arrayMod from '../../../harness/corelib/builtin/array.ts';
import iterMod from '../../../harness/corelib/builtin/iter.ts';
import optionMod from '../../../harness/corelib/builtin/option.ts';
import tupleMod from '../../../harness/corelib/builtin/tuple.ts';
import intMod from '../../../harness/corelib/builtin/int.ts';
import int64Mod from '../../../harness/corelib/builtin/int64.ts';
import doubleMod from '../../../harness/corelib/builtin/double.ts';
import { Int, Str, Bool, Double, registerModule, show, fnOf } from './collections-helpers.ts';

for (const m of [arrayMod, iterMod, optionMod, tupleMod]) registerModule(m);

const it = (name: string) => fnOf(iterMod, name);
/** `[..].iter()` */
const of = (...xs: unknown[]) => fnOf(arrayMod, 'Array::iter')(xs) as Iter;
const A = (d: Desc) => desc('Array', [d]);
const O = (d: Desc) => desc('Option', [d]);
const T = (...ds: Desc[]) => desc(`Tuple${ds.length}`, ds);
const I = (d: Desc) => desc('Iter', [d]);
const I2 = (a: Desc, b: Desc) => desc('Iter2', [a, b]);
const call = (name: string, ...args: unknown[]) => it(name)(...args);
// The ranges are the numeric types' own methods.
const UNTIL: Record<string, typeof intMod> = { 'Int::until': intMod, 'Int64::until': int64Mod, 'Double::until': doubleMod };
const until = (name: string, ...args: unknown[]) => fnOf(UNTIL[name]!, name)(...args);
/** A counter of how often an iterator's `next` ran, to check laziness. */
function counted(xs: unknown[]): [Iter, () => number] {
  let n = 0;
  const src = of(...xs);
  return [new Iter(() => (n++, src.next())), () => n];
}

type Case = [mbt: string, expected: string, actual: () => string];
const cases: Case[] = [];
const c = (mbt: string, expected: string, actual: () => string) => cases.push([mbt, expected, actual]);

c(`[1, 2, 3].iter()`, '[1, 2, 3]', () => show(I(Int), of(1, 2, 3)));
c(`(Iter::empty() : Iter[Int])`, '[]', () => show(I(Int), call('Iter::empty')));
c(`Iter::singleton(5)`, '[5]', () => show(I(Int), call('Iter::singleton', 5)));
c(`Iter::repeat("a").take(3)`, '["a", "a", "a"]', () => show(I(Str), call('Iter::take', call('Iter::repeat', 'a'), 3)));
c(`{ let mut i = 0; Iter::new(() => { i += 1; if i <= 3 { Some(i * 10) } else { None } }) }`, '[10, 20, 30]', () => {
  let i = 0;
  return show(I(Int), call('Iter::new', () => (++i <= 3 ? new Some(i * 10) : None), None));
});
c(`{ let it = [1, 2].iter(); (it.next(), it.next(), it.next(), it.next()) }`, '(Some(1), Some(2), None, None)', () => {
  const i = of(1, 2);
  return show(T(O(Int), O(Int), O(Int), O(Int)), [call('Iter::next', i), call('Iter::next', i), call('Iter::next', i), call('Iter::next', i)]);
});
c(`([1, 2].iter().head(), ([] : Array[Int]).iter().head())`, '(Some(1), None)', () =>
  show(T(O(Int), O(Int)), [call('Iter::head', of(1, 2)), call('Iter::head', of())]),
);
c(`[1, 2, 3, 4].iter().map(x => x * x).filter(x => x % 2 == 0)`, '[4, 16]', () =>
  show(I(Int), call('Iter::filter', call('Iter::map', of(1, 2, 3, 4), (x: number) => x * x), (x: number) => x % 2 === 0)),
);
c(`[5, 6].iter().mapi((i, x) => i * 100 + x)`, '[5, 106]', () => show(I(Int), call('Iter::mapi', of(5, 6), (i: number, x: number) => i * 100 + x)));
c(`[1, 2, 3, 4].iter().filter_map(x => if x > 2 { Some(x * 10) } else { None })`, '[30, 40]', () =>
  show(I(Int), call('Iter::filter_map', of(1, 2, 3, 4), (x: number) => (x > 2 ? new Some(x * 10) : None))),
);
c(`[1, 2, 3].iter().flat_map(x => Iter::repeat(x).take(x))`, '[1, 2, 2, 3, 3, 3]', () =>
  show(I(Int), call('Iter::flat_map', of(1, 2, 3), (x: number) => call('Iter::take', call('Iter::repeat', x), x))),
);
c(`[[1].iter(), ([] : Array[Int]).iter(), [2, 3].iter()].iter().flatten()`, '[1, 2, 3]', () =>
  show(I(Int), call('Iter::flatten', of(of(1), of(), of(2, 3)))),
);
c(`(["a", "b", "c"].iter().join("-"), ([] : Array[String]).iter().join("-"))`, '("a-b-c", "")', () =>
  show(T(Str, Str), [call('Iter::join', Str, of('a', 'b', 'c'), '-'), call('Iter::join', Str, of(), '-')]),
);
c(`{ let seen = []; let r = [1, 2, 3].iter().tap(x => seen.push(x)).take(2).to_array(); (r, seen) }`, '([1, 2], [1, 2])', () => {
  const seen: number[] = [];
  const r = call('Iter::to_array', call('Iter::take', call('Iter::tap', of(1, 2, 3), (x: number) => seen.push(x)), 2));
  return show(T(A(Int), A(Int)), [r, seen]);
});
c(`([1, 2, 3].iter().take(0), [1, 2, 3].iter().take(5), [1, 2, 3].iter().take(-1))`, '([], [1, 2, 3], [])', () =>
  show(T(I(Int), I(Int), I(Int)), [call('Iter::take', of(1, 2, 3), 0), call('Iter::take', of(1, 2, 3), 5), call('Iter::take', of(1, 2, 3), -1)]),
);
c(`([1, 2, 3].iter().drop(1), [1, 2, 3].iter().drop(5), [1, 2, 3].iter().drop(-2))`, '([2, 3], [], [1, 2, 3])', () =>
  show(T(I(Int), I(Int), I(Int)), [call('Iter::drop', of(1, 2, 3), 1), call('Iter::drop', of(1, 2, 3), 5), call('Iter::drop', of(1, 2, 3), -2)]),
);
c(`([1, 2, 5, 1].iter().take_while(x => x < 3), [1, 2, 5, 1].iter().drop_while(x => x < 3))`, '([1, 2], [5, 1])', () =>
  show(T(I(Int), I(Int)), [call('Iter::take_while', of(1, 2, 5, 1), (x: number) => x < 3), call('Iter::drop_while', of(1, 2, 5, 1), (x: number) => x < 3)]),
);
c(`[1, 2, 5, 1].iter().map_while(x => if x < 3 { Some(x * 2) } else { None })`, '[2, 4]', () =>
  show(I(Int), call('Iter::map_while', of(1, 2, 5, 1), (x: number) => (x < 3 ? new Some(x * 2) : None))),
);
c(`([1, 2, 3].iter().find_first(x => x > 1), [1].iter().find_first(x => x > 1))`, '(Some(2), None)', () =>
  show(T(O(Int), O(Int)), [call('Iter::find_first', of(1, 2, 3), (x: number) => x > 1), call('Iter::find_first', of(1), (x: number) => x > 1)]),
);
c(`([1, 2].iter().concat([3].iter()), [1, 2].iter() + [3].iter())`, '([1, 2, 3], [1, 2, 3])', () =>
  show(T(I(Int), I(Int)), [call('Iter::concat', of(1, 2), of(3)), (I(Int)['Add.add'] as (a: unknown, b: unknown) => unknown)(of(1, 2), of(3))]),
);
c(`([1, 2, 3].iter().zip(["a", "b"].iter()), [1].iter().combine(["a", "b"].iter()))`, '([(1, "a"), (2, "b")], [(1, "a")])', () =>
  show(T(I(T(Int, Str)), I(T(Int, Str))), [call('Iter::zip', of(1, 2, 3), of('a', 'b')), call('Iter::combine', of(1), of('a', 'b'))]),
);
c(`([1, 2].iter().to_array(), [1, 2].iter().collect(), [3].iter().iter())`, '([1, 2], [1, 2], [3])', () =>
  show(T(A(Int), A(Int), I(Int)), [call('Iter::to_array', of(1, 2)), call('Iter::collect', of(1, 2)), call('Iter::iter', of(3))]),
);
c(`(["a", "b"].iter().iter2(), ["a", "b"].iter().iter2().to_array())`, '([(0, "a"), (1, "b")], [(0, "a"), (1, "b")])', () =>
  show(T(I2(Int, Str), A(T(Int, Str))), [call('Iter::iter2', of('a', 'b')), call('Iter2::to_array', call('Iter::iter2', of('a', 'b')))]),
);
c(`([1, 2, 3].iter().last(), ([] : Array[Int]).iter().last())`, '(Some(3), None)', () =>
  show(T(O(Int), O(Int)), [call('Iter::last', of(1, 2, 3)), call('Iter::last', of())]),
);
c(`([1, 2, 3].iter().intersperse(0), ([] : Array[Int]).iter().intersperse(0), [1].iter().intersperse(0))`, '([1, 0, 2, 0, 3], [], [1])', () =>
  show(T(I(Int), I(Int), I(Int)), [call('Iter::intersperse', of(1, 2, 3), 0), call('Iter::intersperse', of(), 0), call('Iter::intersperse', of(1), 0)]),
);
c(`{ let it = [1, 2, 3, 4, 5].iter(); (it[1:3], [1, 2, 3].iter()[:2], [1, 2, 3].iter()[1:], [1, 2, 3].iter()[2:1]) }`, '([2, 3], [1, 2], [2, 3], [])', () =>
  show(T(I(Int), I(Int), I(Int), I(Int)), [
    call('Iter::view', of(1, 2, 3, 4, 5), 1, new Some(3)), call('Iter::view', of(1, 2, 3), undefined, new Some(2)),
    call('Iter::view', of(1, 2, 3), 1, None), call('Iter::view', of(1, 2, 3), 2, new Some(1)),
  ]),
);
c(`([1, 2].iter().contains(2), [1, 2].iter().contains(3))`, '(true, false)', () =>
  show(T(Bool, Bool), [call('Iter::contains', Int, of(1, 2), 2), call('Iter::contains', Int, of(1, 2), 3)]),
);
c(`([1, 2, 3].iter().nth(1), [1, 2, 3].iter().nth(3), [1, 2, 3].iter().nth(-1))`, '(Some(2), None, None)', () =>
  show(T(O(Int), O(Int), O(Int)), [call('Iter::nth', of(1, 2, 3), 1), call('Iter::nth', of(1, 2, 3), 3), call('Iter::nth', of(1, 2, 3), -1)]),
);
c(`([3, 1, 4, 1, 5].iter().maximum(), [3, 1, 4, 1, 5].iter().minimum(), ([] : Array[Int]).iter().maximum())`, '(Some(5), Some(1), None)', () =>
  show(T(O(Int), O(Int), O(Int)), [call('Iter::maximum', Int, of(3, 1, 4, 1, 5)), call('Iter::minimum', Int, of(3, 1, 4, 1, 5)), call('Iter::maximum', Int, of())]),
);
c(`([1, 2, 3].iter().count(), [1, 2, 3].iter().length(), [1, 2, 3].iter().count_if(x => x != 2)) ||| ([1, 2, 3].iter().count(), [1, 2, 3].iter().count(), [1, 2, 3].iter().filter(x => x != 2).count())`,
  '(3, 3, 2)', () =>
    show(T(Int, Int, Int), [call('Iter::count', of(1, 2, 3)), call('Iter::length', of(1, 2, 3)), call('Iter::count_if', of(1, 2, 3), (x: number) => x !== 2)]),
);
c(`([1, 2].iter().any(x => x > 1), [1, 2].iter().all(x => x > 1), ([] : Array[Int]).iter().all(x => x > 1))`, '(true, false, true)', () =>
  show(T(Bool, Bool, Bool), [call('Iter::any', of(1, 2), (x: number) => x > 1), call('Iter::all', of(1, 2), (x: number) => x > 1), call('Iter::all', of(), () => false)]),
);
c(`{ let out = []; [1, 2].iter().each(x => out.push(x)); [3, 4].iter().eachi((i, x) => out.push(i * 10 + x)); out }`, '[1, 2, 3, 14]', () => {
  const out: number[] = [];
  call('Iter::each', of(1, 2), (x: number) => out.push(x));
  call('Iter::eachi', of(3, 4), (i: number, x: number) => out.push(i * 10 + x));
  return show(A(Int), out);
});
c(`[1, 2, 3].iter().fold(init=10, (acc, x) => acc * 2 + x)`, '91', () => String(call('Iter::fold', of(1, 2, 3), 10, (acc: number, x: number) => acc * 2 + x)));
c(`([1].iter().iterator(), [2].iter().iterator2(), [3].iter2().iterator(), [4].iter2().iterator2())`, '([1], [(0, 2)], [(0, 3)], [(0, 4)])', () =>
  show(T(I(Int), I2(Int, Int), I(T(Int, Int)), I2(Int, Int)), [
    call('Iter::iterator', of(1)), call('Iter::iterator2', of(2)), call('Iter2::iterator', fnOf(arrayMod, 'Array::iter2')([3])), call('Iter2::iterator2', fnOf(arrayMod, 'Array::iter2')([4])),
  ]),
);
// Iter2
c(`{ let it = [7, 8].iter2(); (it.next(), it.iter().to_array()) }`, '(Some((0, 7)), [(1, 8)])', () => {
  const i2 = fnOf(arrayMod, 'Array::iter2')([7, 8]);
  return show(T(O(T(Int, Int)), A(T(Int, Int))), [call('Iter2::next', i2), call('Iter::to_array', call('Iter2::iter', i2))]);
});
c(`{ let out = []; [7, 8].iter2().each((i, x) => out.push(i + x)); ([1].iter2().concat([2].iter2()).to_array(), out) }`, '([(0, 1), (0, 2)], [7, 9])', () => {
  const out: number[] = [];
  call('Iter2::each', fnOf(arrayMod, 'Array::iter2')([7, 8]), (i: number, x: number) => out.push(i + x));
  const cat = call('Iter2::concat', fnOf(arrayMod, 'Array::iter2')([1]), fnOf(arrayMod, 'Array::iter2')([2]));
  return show(T(A(T(Int, Int)), A(Int)), [call('Iter2::to_array', cat), out]);
});
c(`{ let mut n = 0; Iter2::new(() => { n += 1; if n < 3 { Some((n, n * n)) } else { None } }) }`, '[(1, 1), (2, 4)]', () => {
  let n = 0;
  return show(I2(Int, Int), call('Iter2::new', () => (++n < 3 ? new Some([n, n * n]) : None), None));
});
// until
c(`((0).until(4), (0).until(10, step=3), (5).until(0, step=-2), (0).until(3, inclusive=true), (0).until(3, step=0), (3).until(0))`,
  '([0, 1, 2, 3], [0, 3, 6, 9], [5, 3, 1], [0, 1, 2, 3], [], [])', () =>
    show(T(I(Int), I(Int), I(Int), I(Int), I(Int), I(Int)), [
      until('Int::until', 0, 4, undefined, undefined), until('Int::until', 0, 10, 3, undefined), until('Int::until', 5, 0, -2, undefined),
      until('Int::until', 0, 3, undefined, true), until('Int::until', 0, 3, 0, undefined), until('Int::until', 3, 0, undefined, undefined),
    ]),
);
c(`((2147483645).until(2147483647, inclusive=true), (-2147483647).until(-2147483648, step=-1, inclusive=true))`,
  '([2147483645, 2147483646, 2147483647], [-2147483647, -2147483648])', () =>
    show(T(I(Int), I(Int)), [until('Int::until', 2147483645, 2147483647, undefined, true), until('Int::until', -2147483647, -2147483648, -1, true)]),
);
// A step past the end of Int's range stops rather than wrapping around.
c(`(2147483600).until(2147483647, step=30, inclusive=true)`, '[2147483600, 2147483630]', () =>
  show(I(Int), until('Int::until', 2147483600, 2147483647, 30, true)),
);
c(`((0L).until(3L), (9223372036854775806L).until(9223372036854775807L, inclusive=true))`, '([0, 1, 2], [9223372036854775806, 9223372036854775807])', () => {
  const a = call('Iter::to_array', until('Int64::until', 0n, 3n, undefined, undefined)) as bigint[];
  const b = call('Iter::to_array', until('Int64::until', 9223372036854775806n, 9223372036854775807n, undefined, true)) as bigint[];
  return `([${a.join(', ')}], [${b.join(', ')}])`;
});
c(`((0.0).until(1.0, step=0.25), (0.0).until(1.0, step=0.5, inclusive=true))`, '([0, 0.25, 0.5, 0.75], [0, 0.5, 1])', () =>
  show(T(I(Double), I(Double)), [until('Double::until', 0, 1, 0.25, undefined), until('Double::until', 0, 1, 0.5, true)]),
);

for (const [mbt, expected, actual] of cases) {
  test(`Iter: ${mbt.split(' ||| ')[0]}`, () => assert.equal(actual(), expected));
}

test('Iter: combinators are lazy and pull no more than they yield', () => {
  const [src, pulls] = counted([1, 2, 3, 4, 5, 6]);
  const lazy = call('Iter::take', call('Iter::map', call('Iter::filter', src, (x: number) => x % 2 === 0), (x: number) => x * 10), 2) as Iter;
  assert.equal(pulls(), 0);
  assert.deepEqual(call('Iter::to_array', lazy), [20, 40]);
  assert.equal(pulls(), 4);
  const [src2, pulls2] = counted([1, 2, 3]);
  assert.deepEqual(call('Iter::find_first', src2, (x: number) => x === 2), new Some(2));
  assert.equal(pulls2(), 2);
});

test('Iter: a callback that raises stops the loop and the error propagates', () => {
  const boom = new Error('raised');
  let calls = 0;
  assert.throws(() => call('Iter::each', of(1, 2, 3), () => {
    calls++;
    throw boom;
  }), (e) => e === boom);
  assert.equal(calls, 1);
});
