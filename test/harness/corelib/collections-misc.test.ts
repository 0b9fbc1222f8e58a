// Option, Result, tuples, Ref and the small packages (@array, @option,
// @result, @tuple). Expected strings are the oracle's `println` of the
// MoonBit expression (see collections-array.test.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { desc, type Desc } from '../../../harness/runtime/desc.ts';
import { Some, None, Ok, Err, Panic, type Option } from '../../../harness/runtime/values.ts';
import { MoonBitError } from '../../../harness/runtime/core-values.ts';
import arrayMod from '../../../harness/corelib/builtin/array.ts';
import viewMod from '../../../harness/corelib/builtin/arrayview.ts';
import fixedMod from '../../../harness/corelib/builtin/fixedarray.ts';
import mapMod from '../../../harness/corelib/builtin/map.ts';
import iterMod from '../../../harness/corelib/builtin/iter.ts';
import optionMod from '../../../harness/corelib/builtin/option.ts';
import resultMod from '../../../harness/corelib/builtin/result.ts';
import tupleMod from '../../../harness/corelib/builtin/tuple.ts';
import pkgArray from '../../../harness/corelib/array.ts';
import pkgOption from '../../../harness/corelib/option.ts';
import pkgResult from '../../../harness/corelib/result.ts';
import pkgRef from '../../../harness/corelib/ref.ts';
import pkgTuple from '../../../harness/corelib/tuple.ts';
import { Int, Str, Bool, Double, Char, registerModule, show, fnOf } from './collections-helpers.ts';

for (const m of [arrayMod, viewMod, fixedMod, mapMod, iterMod, optionMod, resultMod, tupleMod, pkgRef, pkgTuple]) registerModule(m);

const o = (name: string) => fnOf(optionMod, `Option::${name}`);
const r = (name: string) => fnOf(resultMod, `Result::${name}`);
const A = (d: Desc) => desc('Array', [d]);
const O = (d: Desc) => desc('Option', [d]);
const R = (a: Desc, b: Desc) => desc('Result', [a, b]);
const T = (...ds: Desc[]) => desc(`Tuple${ds.length}`, ds);
const I = (d: Desc) => desc('Iter', [d]);
const REF = (d: Desc) => desc('@ref.Ref', [d]);
const m = (d: Desc, method: string, ...args: unknown[]) => (d[method] as (...a: unknown[]) => unknown)(...args);
const inc = (x: number) => x + 1;
const mapOf = (...kvs: [unknown, unknown][]) => fnOf(mapMod, 'Map::from_array')(Str, kvs, None);

type Case = [mbt: string, expected: string, actual: () => string];
const cases: Case[] = [];
const c = (mbt: string, expected: string, actual: () => string) => cases.push([mbt, expected, actual]);

// ---- Option ----------------------------------------------------------------
c(`(Some(1), (None : Int?), Some("a"), (Some(Some(2)) : Int??), (Some(None) : Int??))`, '(Some(1), None, Some("a"), Some(Some(2)), Some(None))', () =>
  show(T(O(Int), O(Int), O(Str), O(O(Int)), O(O(Int))), [new Some(1), None, new Some('a'), new Some(new Some(2)), new Some(None)]),
);
c(`(Some(42).unwrap(), (None : Int?).unwrap_or(0), (None : Int?).unwrap_or_else(() => 7), Some(3).unwrap_or(0))`, '(42, 0, 7, 3)', () =>
  show(T(Int, Int, Int, Int), [o('unwrap')(new Some(42)), o('unwrap_or')(None, 0), o('unwrap_or_else')(None, () => 7), o('unwrap_or')(new Some(3), 0)]),
);
c(`((None : Int?).unwrap_or_default(), (None : String?).unwrap_or_default(), Some(5).unwrap_or_default())`, '(0, "", 5)', () =>
  show(T(Int, Str, Int), [o('unwrap_or_default')(Int, None), o('unwrap_or_default')(Str, None), o('unwrap_or_default')(Int, new Some(5))]),
);
c(`(Some(1).map(x => x + 1), (None : Int?).map(x => x + 1), Some(1).map_or(0, x => x * 5), (None : Int?).map_or(0, x => x * 5))`, '(Some(2), None, 5, 0)', () =>
  show(T(O(Int), O(Int), Int, Int), [o('map')(new Some(1), inc), o('map')(None, inc), o('map_or')(new Some(1), 0, (x: number) => x * 5), o('map_or')(None, 0, (x: number) => x * 5)]),
);
c(`(Some(2).map_or_else(() => -1, x => x * 3), (None : Int?).map_or_else(() => -1, x => x * 3)) ||| (Some(2).map_or(-1, x => x * 3), (None : Int?).map_or(-1, x => x * 3))`, '(6, -1)', () =>
  show(T(Int, Int), [o('map_or_else')(new Some(2), () => -1, (x: number) => x * 3), o('map_or_else')(None, () => -1, (x: number) => x * 3)]),
);
c(`(Some(42).bind(x => Some(x + 1)), Some(42).bind(_ => (None : Int?)), (Some(Some(1)) : Int??).flatten(), (Some(None) : Int??).flatten())`, '(Some(43), None, Some(1), None)', () =>
  show(T(O(Int), O(Int), O(Int), O(Int)), [o('bind')(new Some(42), (x: number) => new Some(x + 1)), o('bind')(new Some(42), () => None), o('flatten')(new Some(new Some(1))), o('flatten')(new Some(None))]),
);
c(`(Some(42).filter(x => x > 40), Some(42).filter(x => x > 50), (None : Int?).filter(x => x > 0))`, '(Some(42), None, None)', () =>
  show(T(O(Int), O(Int), O(Int)), [o('filter')(new Some(42), (x: number) => x > 40), o('filter')(new Some(42), (x: number) => x > 50), o('filter')(None, () => true)]),
);
c(`(Some(1).is_some(), Some(1).is_none(), (None : Int?).is_empty(), Some(3).iter(), (None : Int?).iter())`, '(true, false, true, [3], [])', () =>
  show(T(Bool, Bool, Bool, I(Int), I(Int)), [o('is_some')(new Some(1)), o('is_none')(new Some(1)), o('is_empty')(None), o('iter')(new Some(3)), o('iter')(None)]),
);
c(`(Some(1) == Some(1), Some(1) == Some(2), Some(1) == None, (None : Int?) == None)`, '(true, false, false, true)', () =>
  show(T(Bool, Bool, Bool, Bool), [m(O(Int), 'Eq.equal', new Some(1), new Some(1)), m(O(Int), 'Eq.equal', new Some(1), new Some(2)), m(O(Int), 'Eq.equal', new Some(1), None), m(O(Int), 'Eq.equal', None, None)]),
);
c(`(Some(1).compare(Some(2)), Some(1).compare(None), (None : Int?).compare(Some(0)), (None : Int?).compare(None))`, '(-1, 1, -1, 0)', () =>
  show(T(Int, Int, Int, Int), [m(O(Int), 'Compare.compare', new Some(1), new Some(2)), m(O(Int), 'Compare.compare', new Some(1), None), m(O(Int), 'Compare.compare', None, new Some(0)), m(O(Int), 'Compare.compare', None, None)]),
);
c(`(Some(1).hash(), (None : Int?).hash(), Some("a").hash())`, '(530203256, 148298089, 560469204)', () =>
  show(T(Int, Int, Int), [m(O(Int), 'Hash.hash', new Some(1)), m(O(Int), 'Hash.hash', None), m(O(Str), 'Hash.hash', new Some('a'))]),
);
c(`(Default::default() : Int?)`, 'None', () => show(O(Int), m(O(Int), 'Default.default')));
c(`(Some(1).to_string(), (None : Int?).to_string())`, '("Some(1)", "None")', () => show(T(Str, Str), [o('to_string')(Int, new Some(1)), o('to_string')(Int, None)]));

// ---- Result ----------------------------------------------------------------
const ok = (x: unknown) => new Ok(x);
const err = (e: unknown) => new Err(e);
c(`((Ok(1) : Result[Int, String]), (Err("e") : Result[Int, String]), (Ok(Err(2)) : Result[Result[Int, Int], Int]))`, '(Ok(1), Err("e"), Ok(Err(2)))', () =>
  show(T(R(Int, Str), R(Int, Str), R(R(Int, Int), Int)), [ok(1), err('e'), ok(err(2))]),
);
c(`((Ok(42) : Result[Int, String]).unwrap(), (Err("e") : Result[Int, String]).unwrap_or(0), (Err("e") : Result[Int, String]).or(1), (Err("e") : Result[Int, String]).or_else(() => 2), (Err("e") : Result[Int, String]).unwrap_or_else(() => 3))`,
  '(42, 0, 1, 2, 3)', () =>
    show(T(Int, Int, Int, Int, Int), [r('unwrap')(ok(42)), r('unwrap_or')(err('e'), 0), r('or')(err('e'), 1), r('or_else')(err('e'), () => 2), r('unwrap_or_else')(err('e'), () => 3)]),
);
c(`((Err("e") : Result[Int, String]).unwrap_err(), (Err("e") : Result[Int, String]).unwrap_or_default())`, '("e", 0)', () =>
  show(T(Str, Int), [r('unwrap_err')(err('e')), r('unwrap_or_default')(Int, err('e'))]),
);
c(`((Ok(42) : Result[Int, String]).map(x => x + 1), (Err("e") : Result[Int, String]).map(x => x + 1), (Err("error") : Result[Int, String]).map_err(x => x + "!"), (Ok(1) : Result[Int, String]).map_err(x => x + "!"))`,
  '(Ok(43), Err("e"), Err("error!"), Ok(1))', () =>
    show(T(R(Int, Str), R(Int, Str), R(Int, Str), R(Int, Str)), [r('map')(ok(42), inc), r('map')(err('e'), inc), r('map_err')(err('error'), (x: string) => `${x}!`), r('map_err')(ok(1), (x: string) => `${x}!`)]),
);
c(`((Ok(42) : Result[Int, String]).bind(x => Ok(x + 1)), (Ok(42) : Result[Int, String]).bind(_ => Err("no")), (Ok(Ok(42)) : Result[Result[Int, String], String]).flatten(), (Ok(Err("in")) : Result[Result[Int, String], String]).flatten())`,
  '(Ok(43), Err("no"), Ok(42), Err("in"))', () =>
    show(T(R(Int, Str), R(Int, Str), R(Int, Str), R(Int, Str)), [r('bind')(ok(42), (x: number) => ok(x + 1)), r('bind')(ok(42), () => err('no')), r('flatten')(ok(ok(42))), r('flatten')(ok(err('in')))]),
);
c(`((Ok(42) : Result[Int, String]).to_option(), (Err("e") : Result[Int, String]).to_option())`, '(Some(42), None)', () =>
  show(T(O(Int), O(Int)), [r('to_option')(ok(42)), r('to_option')(err('e'))]),
);
c(`((Ok(1) : Result[Int, Int]) == Ok(1), (Ok(1) : Result[Int, Int]) == Err(1), (Ok(9) : Result[Int, Int]).compare(Err(0)), (Err(2) : Result[Int, Int]).compare(Err(1)))`, '(true, false, -1, 1)', () => {
  const RI = R(Int, Int);
  return show(T(Bool, Bool, Int, Int), [m(RI, 'Eq.equal', ok(1), ok(1)), m(RI, 'Eq.equal', ok(1), err(1)), m(RI, 'Compare.compare', ok(9), err(0)), m(RI, 'Compare.compare', err(2), err(1))]);
});
c(`((Ok(42) : Result[Int, String]).hash(), (Err("error") : Result[Int, String]).hash())`, '(-1948635851, 1953766574)', () =>
  show(T(Int, Int), [m(R(Int, Str), 'Hash.hash', ok(42)), m(R(Int, Str), 'Hash.hash', err('error'))]),
);
c(`((Ok(1) : Result[Int, String]).is_ok(), (Ok(1) : Result[Int, String]).is_err(), (Err("x") : Result[Int, String]).fold(x => x, s => s.length())) ||| ((Ok(1) : Result[Int, String]) is Ok(_), (Ok(1) : Result[Int, String]) is Err(_), match (Err("x") : Result[Int, String]) { Ok(x) => x; Err(s) => s.length() })`,
  '(true, false, 1)', () => {
    const p = (name: string) => fnOf(pkgResult, `@result.Result::${name}`);
    return show(T(Bool, Bool, Int), [p('is_ok')(ok(1)), p('is_err')(ok(1)), p('fold')(err('x'), (x: number) => x, (s: string) => s.length)]);
  });

// ---- tuples ----------------------------------------------------------------
c(`((1, "a"), (1, 2.5, true), (1, 'c', "s", (2, 3)))`, '((1, "a"), (1, 2.5, true), (1, \'c\', "s", (2, 3)))', () =>
  show(T(T(Int, Str), T(Int, Double, Bool), T(Int, Char, Str, T(Int, Int))), [[1, 'a'], [1, 2.5, true], [1, 99, 's', [2, 3]]]),
);
c(`((1, "b") == (1, "b"), (1, "b") == (1, "c"), (1, "b").compare((1, "a")), (0, "z").compare((1, "a")), (1, 1).compare((1, 1)))`, '(true, false, 1, -1, 0)', () => {
  const TS = T(Int, Str);
  return show(T(Bool, Bool, Int, Int, Int), [m(TS, 'Eq.equal', [1, 'b'], [1, 'b']), m(TS, 'Eq.equal', [1, 'b'], [1, 'c']), m(TS, 'Compare.compare', [1, 'b'], [1, 'a']), m(TS, 'Compare.compare', [0, 'z'], [1, 'a']), m(T(Int, Int), 'Compare.compare', [1, 1], [1, 1])]);
});
c(`((1, 2).hash(), (1, "a", 3).hash())`, '(851499103, -1249334535)', () => show(T(Int, Int), [m(T(Int, Int), 'Hash.hash', [1, 2]), m(T(Int, Str, Int), 'Hash.hash', [1, 'a', 3])]));
c(`((Default::default() : (Int, String)), (Default::default() : (Int, Bool, Int?)))`, '((0, ""), (0, false, None))', () =>
  show(T(T(Int, Str), T(Int, Bool, O(Int))), [m(T(Int, Str), 'Default.default'), m(T(Int, Bool, O(Int)), 'Default.default')]),
);
c(`(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)`, '(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16)', () =>
  show(T(...Array.from({ length: 16 }, () => Int)), Array.from({ length: 16 }, (_, i) => i + 1)),
);

// ---- Ref and the small packages ---------------------------------------------
const rf = (name: string) => fnOf(pkgRef, `@ref.${name}`);
c(`(@ref.new(42), @ref.new("s"), Ref([1])) ||| (@ref.new(42), @ref.new("s"), Ref::new([1]))`, '({val: 42}, {val: "s"}, {val: [1]})', () =>
  show(T(REF(Int), REF(Str), REF(A(Int))), [rf('new')(42), rf('new')('s'), rf('Ref::Ref')([1])]),
);
c(`{ let r = @ref.new(1); r.update(x => x + 1); r.update(x => x * 10); let d = r.map(x => x.to_string()); (r, d) }`, '({val: 20}, {val: "20"})', () => {
  const x = rf('new')(1);
  rf('Ref::update')(x, inc);
  rf('Ref::update')(x, (v: number) => v * 10);
  return show(T(REF(Int), REF(Str)), [x, rf('Ref::map')(x, String)]);
});
c(`{ let a = @ref.new("first"); let b = @ref.new("second"); @ref.swap(a, b); a.swap(b); b.swap(a); (a, b) }`, '({val: "second"}, {val: "first"})', () => {
  const a = rf('new')('first');
  const b = rf('new')('second');
  rf('swap')(a, b);
  rf('Ref::swap')(a, b);
  rf('Ref::swap')(b, a);
  return show(T(REF(Str), REF(Str)), [a, b]);
});
c(`{ let s = @ref.new(100); let mut mid = 0; let r = s.protect(50, () => { mid = s.val; 42 }); (mid, r, s.val) }`, '(50, 42, 100)', () => {
  const s = rf('new')(100) as { val: number };
  let mid = 0;
  const res = rf('Ref::protect')(s, 50, () => ((mid = s.val), 42));
  return show(T(Int, Int, Int), [mid, res, s.val]);
});
c(`(@array.zip_with([1, 2, 3], [10, 20], (a, b) => a + b), @option.some(1), (@option.empty() : Int?), @option.when(true, () => 2), @option.unless(true, () => 2))`,
  '([11, 22], Some(1), None, Some(2), None)', () => {
    const p = (name: string) => fnOf(pkgOption, `@option.${name}`);
    return show(T(A(Int), O(Int), O(Int), O(Int), O(Int)), [
      fnOf(pkgArray, '@array.zip_with')([1, 2, 3], [10, 20], (a: number, b: number) => a + b), p('some')(1), p('empty')(), p('when')(true, () => 2), p('unless')(true, () => 2),
    ]);
  });
c(`((@result.ok(1) : Result[Int, String]), (@result.err("e") : Result[Int, String]))`, '(Ok(1), Err("e"))', () =>
  show(T(R(Int, Str), R(Int, Str)), [fnOf(pkgResult, '@result.ok')(1), fnOf(pkgResult, '@result.err')('e')]),
);

// The trait impls' methods called as methods.
c(`([1, 2].equal([1, 2]), [1].compare([0, 0]), [1, 2].hash(), [1, 2] + [3], [1, 2][:].hash(), [1, 2][:].compare([1, 3][:]))`, '(true, -1, 851499103, [1, 2, 3], 851499103, -1)', () => {
  const f = (name: string) => fnOf(arrayMod, name);
  const v = (name: string) => fnOf(viewMod, name);
  const av = (a: number[]) => f('Array::view')(a, undefined, None);
  return show(T(Bool, Int, Int, A(Int), Int, Int), [
    f('Array::equal')(Int, [1, 2], [1, 2]), f('Array::compare')(Int, [1], [0, 0]), f('Array::hash')(Int, [1, 2]), f('Array::add')([1, 2], [3]),
    v('ArrayView::hash')(Int, av([1, 2])), v('ArrayView::compare')(Int, av([1, 2]), av([1, 3])),
  ]);
});
c(`{ let f : FixedArray[Int] = [1, 2]; let g : FixedArray[Int] = [1, 2]; (f.equal(g), f.compare(g), f.hash(), f + g) }`, '(true, 0, 851499103, [1, 2, 1, 2])', () => {
  const f = (name: string) => fnOf(fixedMod, name);
  return show(T(Bool, Int, Int, desc('FixedArray', [Int])), [f('FixedArray::equal')(Int, [1, 2], [1, 2]), f('FixedArray::compare')(Int, [1, 2], [1, 2]), f('FixedArray::hash')(Int, [1, 2]), f('FixedArray::add')([1, 2], [1, 2])]);
});
c(`(Some(1).equal(Some(1)), Some(1).compare(None), Some(1).hash(), (Ok(1) : Result[Int, Int]).equal(Err(1)), (Err(1) : Result[Int, Int]).compare(Ok(2)), (Err(3) : Result[Int, Int]).hash())`, '(true, 1, 530203256, false, 1, 2082500082)', () =>
  show(T(Bool, Int, Int, Bool, Int, Int), [
    o('equal')(Int, new Some(1), new Some(1)), o('compare')(Int, new Some(1), None), o('hash')(Int, new Some(1)),
    r('equal')(Int, Int, ok(1), err(1)), r('compare')(Int, Int, err(1), ok(2)), r('hash')(Int, Int, err(3)),
  ]),
);
c(`([1].iter().add([2].iter()), { "a": 1 }.equal({ "a": 1 }))`, '([1, 2], true)', () =>
  show(T(I(Int), Bool), [fnOf(iterMod, 'Iter::add')(fnOf(arrayMod, 'Array::iter')([1]), fnOf(arrayMod, 'Array::iter')([2])), fnOf(mapMod, 'Map::equal')(Str, Int, mapOf(['a', 1]), mapOf(['a', 1]))]),
);

for (const [mbt, expected, actual] of cases) {
  test(`misc: ${mbt.split(' ||| ')[0]}`, () => assert.equal(actual(), expected));
}

// Each is a `test "panic ..."` that passes in the oracle.
test('misc: unwrap of None, of Err, and unwrap_err of Ok panic', () => {
  assert.throws(() => o('unwrap')(None), Panic);
  assert.throws(() => r('unwrap')(err('e')), Panic);
  assert.throws(() => r('unwrap_err')(ok(1)), Panic);
});

test('misc: unwrap_or_error raises the given error (a catchable MoonBit error, not a panic)', () => {
  const e = new MoonBitError('MyErr', 'Bad', []);
  assert.throws(() => o('unwrap_or_error')(desc('MyErr'), None as Option<number>, e), (x) => x === e);
  assert.equal(o('unwrap_or_error')(desc('MyErr'), new Some(1), e), 1);
  assert.throws(() => r('unwrap_or_error')(desc('MyErr'), err(e)), (x) => x === e);
});

test('misc: protect restores the value when the callback raises', () => {
  const s = rf('new')(1) as { val: number };
  const boom = new Error('raised');
  assert.throws(() => rf('Ref::protect')(s, 5, () => {
    throw boom;
  }), (x) => x === boom);
  assert.equal(s.val, 1);
});
