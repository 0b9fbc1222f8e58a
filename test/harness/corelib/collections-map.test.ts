// Map[K, V] (builtin, insertion-ordered). Expected strings are the oracle's
// `println` of the MoonBit expression (see collections-array.test.ts).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { desc, type Desc } from '../../../harness/runtime/desc.ts';
import { Panic, Some, None, type Option } from '../../../harness/runtime/values.ts';
import { StringView } from '../../../harness/runtime/core-values.ts';
import arrayMod from '../../../harness/corelib/builtin/array.ts';
import iterMod from '../../../harness/corelib/builtin/iter.ts';
import mapMod from '../../../harness/corelib/builtin/map.ts';
import optionMod from '../../../harness/corelib/builtin/option.ts';
import tupleMod from '../../../harness/corelib/builtin/tuple.ts';
import { MoonMap } from '../../../harness/corelib/support/linked-table.ts';
import { Int, Str, Bool, registerModule, show, fnOf } from './collections-helpers.ts';

for (const m of [arrayMod, iterMod, mapMod, optionMod, tupleMod]) registerModule(m);

const f = (name: string) => fnOf(mapMod, `Map::${name}`);
const A = (d: Desc) => desc('Array', [d]);
const M = (k: Desc, v: Desc) => desc('Map', [k, v]);
const O = (d: Desc) => desc('Option', [d]);
const T = (...ds: Desc[]) => desc(`Tuple${ds.length}`, ds);
const I = (d: Desc) => desc('Iter', [d]);
const SI = M(Str, Int);
const II = M(Int, Int);

/** `{ "a": 1, ... }`: a map literal, which the compiler lowers to `Map::from_array`. */
const lit = (K: Desc, ...kvs: [unknown, unknown][]) => f('from_array')(K, kvs, None) as MoonMap;

type Case = [mbt: string, expected: string, actual: () => string];
const cases: Case[] = [];
const c = (mbt: string, expected: string, actual: () => string) => cases.push([mbt, expected, actual]);

c(`{ "a": 1, "b": 2 }`, '{"a": 1, "b": 2}', () => show(SI, lit(Str, ['a', 1], ['b', 2])));
c(`({} : Map[String, Int])`, '{}', () => show(SI, lit(Str)));
c(`{ let m = { "a": 1, "b": 2, "c": 3 }; (m.length(), m.capacity(), m.is_empty()) }`, '(3, 4, false)', () => {
  const m = lit(Str, ['a', 1], ['b', 2], ['c', 3]);
  return show(T(Int, Int, Bool), [f('length')(m), f('capacity')(m), f('is_empty')(m)]);
});
// The docs' core gives an empty literal the default capacity 8 (`Map::new()`); the oracle's older one gave 1.
c(`({} : Map[String, Int]).capacity() ||| (Map::new() : Map[String, Int]).capacity()`, '8', () => String(f('capacity')(lit(Str))));
c(`Map::new(capacity=5).capacity() ||| (Map::new(capacity=5) : Map[Int, Int]).capacity()`, '8', () => String(f('capacity')(f('new')(5))));
c(`Map([], capacity=20).capacity() ||| (Map::new(capacity=20) : Map[Int, Int]).capacity()`, '32', () => String(f('capacity')(f('Map')(Int, [], new Some(20)))));
c(`Map([(1, 1), (2, 2)], capacity=1).capacity() ||| Map::from_array([(1, 1), (2, 2)]).capacity()`, '4', () =>
  String(f('capacity')(f('Map')(Int, [[1, 1], [2, 2]], new Some(1)))),
);
// Growth: capacity after each insertion of 0..29, and the order kept.
c(`{ let m : Map[Int, Int] = {}; let caps = []; for i in 0..<30 { m[i] = i; caps.push(m.capacity()) }; caps } ||| { let m : Map[Int, Int] = Map::new(); let caps = []; for i in 0..<30 { m[i] = i; caps.push(m.capacity()) }; caps }`,
  '[8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 32, 64, 64, 64, 64]', () => {
    const m = lit(Int);
    const caps = [];
    for (let i = 0; i < 30; i++) {
      f('set')(Int, m, i, i);
      caps.push(f('capacity')(m));
    }
    return show(A(Int), caps);
  });
c(`{ let m = { "a": 1 }; m.set("b", 2); m["c"] = 3; m["a"] = 9; m }`, '{"a": 9, "b": 2, "c": 3}', () => {
  const m = lit(Str, ['a', 1]);
  f('set')(Str, m, 'b', 2);
  f('set')(Str, m, 'c', 3);
  f('set')(Str, m, 'a', 9);
  return show(SI, m);
});
c(`{ let m = { "a": 1 }; (m.get("a"), m.get("z"), m["a"], m.get_or_default("z", 0), m.contains("a"), m.contains("z")) }`,
  '(Some(1), None, 1, 0, true, false)', () => {
    const m = lit(Str, ['a', 1]);
    return show(T(O(Int), O(Int), Int, Int, Bool, Bool), [
      f('get')(Str, m, 'a'), f('get')(Str, m, 'z'), f('at')(Str, m, 'a'), f('get_or_default')(Str, m, 'z', 0), f('contains')(Str, m, 'a'), f('contains')(Str, m, 'z'),
    ]);
  });
c(`{ let m = { "a": 1 }; (m.contains_kv("a", 1), m.contains_kv("a", 2)) }`, '(true, false)', () => {
  const m = lit(Str, ['a', 1]);
  return show(T(Bool, Bool), [f('contains_kv')(Str, Int, m, 'a', 1), f('contains_kv')(Str, Int, m, 'a', 2)]);
});
c(`{ let m : Map[String, Int] = {}; let a = m.get_or_init("k", () => 42); let b = m.get_or_init("k", () => 7); (a, b, m) }`, '(42, 42, {"k": 42})', () => {
  const m = lit(Str);
  const a = f('get_or_init')(Str, m, 'k', () => 42);
  const b = f('get_or_init')(Str, m, 'k', () => 7);
  return show(T(Int, Int, SI), [a, b, m]);
});
c(`{ let m = { "a": 1, "b": 2, "c": 3 }; m.remove("a"); m.remove("zz"); m.set("a", 4); m }`, '{"b": 2, "c": 3, "a": 4}', () => {
  const m = lit(Str, ['a', 1], ['b', 2], ['c', 3]);
  f('remove')(Str, m, 'a');
  f('remove')(Str, m, 'zz');
  f('set')(Str, m, 'a', 4);
  return show(SI, m);
});
c(`{ let m = { "a": 1, "b": 2 }; m.update("a", v => v.map(x => x + 10)); m.update("b", _ => None); m.update("c", _ => Some(3)); m.update("d", _ => None); m }`,
  '{"a": 11, "c": 3}', () => {
    const m = lit(Str, ['a', 1], ['b', 2]);
    f('update')(Str, m, 'a', (v: Option<number>) => (v instanceof Some ? new Some(v.value + 10) : None));
    f('update')(Str, m, 'b', () => None);
    f('update')(Str, m, 'c', () => new Some(3));
    f('update')(Str, m, 'd', () => None);
    return show(SI, m);
  });
c(`{ let m = { "a": 1 }; m.update_or_default("a", 0, x => x + 1); m.update_or_default("b", 5, x => x + 1); m } ||| { let m = { "a": 1 }; m.update("a", v => Some(v.unwrap() + 1)); m.update("b", _ => Some(5)); m }`,
  '{"a": 2, "b": 5}', () => {
    const m = lit(Str, ['a', 1]);
    f('update_or_default')(Str, m, 'a', 0, (x: number) => x + 1);
    f('update_or_default')(Str, m, 'b', 5, (x: number) => x + 1);
    return show(SI, m);
  });
c(`{ let m = { "a": 1, "b": 2 }; m.clear(); (m, m.capacity(), m.length()) }`, '({}, 4, 0)', () => {
  const m = lit(Str, ['a', 1], ['b', 2]);
  f('clear')(m);
  return show(T(SI, Int, Int), [m, f('capacity')(m), f('length')(m)]);
});
c(`{ let m = { "a": 1, "b": 2 }; let out = []; m.each((k, v) => out.push((k, v))); m.eachi((i, k, _) => out.push((k, i))); out }`,
  '[("a", 1), ("b", 2), ("a", 0), ("b", 1)]', () => {
    const m = lit(Str, ['a', 1], ['b', 2]);
    const out: unknown[] = [];
    f('each')(m, (k: string, v: number) => out.push([k, v]));
    f('eachi')(m, (i: number, k: string) => out.push([k, i]));
    return show(A(T(Str, Int)), out);
  });
c(`{ let m = { "x": 1, "y": 2 }; (m.iter(), m.keys(), m.values(), m.to_array(), m.iter2().to_array()) }`,
  '([("x", 1), ("y", 2)], ["x", "y"], [1, 2], [("x", 1), ("y", 2)], [("x", 1), ("y", 2)])', () => {
    const m = lit(Str, ['x', 1], ['y', 2]);
    return show(T(I(T(Str, Int)), I(Str), I(Int), A(T(Str, Int)), A(T(Str, Int))), [
      f('iter')(m), f('keys')(m), f('values')(m), f('to_array')(m), fnOf(iterMod, 'Iter2::to_array')(f('iter2')(m)),
    ]);
  });
c(`{ let m = { 1: 10, 2: 20, 3: 30 }; let out = []; let d = m.map((k, v) => { out.push(k); v + k }); (d, out, d.capacity()) }`,
  '({1: 11, 2: 22, 3: 33}, [3, 2, 1], 4)', () => {
    const m = lit(Int, [1, 10], [2, 20], [3, 30]);
    const out: number[] = [];
    const d = f('map')(m, (k: number, v: number) => (out.push(k), v + k));
    return show(T(II, A(Int), Int), [d, out, f('capacity')(d)]);
  });
c(`{ let m = { 1: 10, 2: 20 }; let d = m.copy(); d[3] = 30; m[1] = 0; (m, d) }`, '({1: 0, 2: 20}, {1: 10, 2: 20, 3: 30})', () => {
  const m = lit(Int, [1, 10], [2, 20]);
  const d = f('copy')(m);
  f('set')(Int, d, 3, 30);
  f('set')(Int, m, 1, 0);
  return show(T(II, II), [m, d]);
});
c(`{ let a = { 1: 1, 2: 2 }; let b = { 2: 20, 3: 30 }; let c = a.merge(b); a.merge_in_place({ 9: 9 }); (a, c) }`, '({1: 1, 2: 2, 9: 9}, {1: 1, 2: 20, 3: 30})', () => {
  const a = lit(Int, [1, 1], [2, 2]);
  const cm = f('merge')(Int, a, lit(Int, [2, 20], [3, 30]));
  f('merge_in_place')(Int, a, lit(Int, [9, 9]));
  return show(T(II, II), [a, cm]);
});
c(`{ let m : Map[Int, Int] = {}; for i in 0..<12 { m[i] = i }; m.retain((k, _) => k % 3 != 0); m.retain((_, v) => v < 10); (m, m.get(4), m.get(3)) }`,
  '({1: 1, 2: 2, 4: 4, 5: 5, 7: 7, 8: 8}, Some(4), None)', () => {
    const m = lit(Int);
    for (let i = 0; i < 12; i++) f('set')(Int, m, i, i);
    f('retain')(m, (k: number) => k % 3 !== 0);
    f('retain')(m, (_k: number, v: number) => v < 10);
    return show(T(II, O(Int), O(Int)), [m, f('get')(Int, m, 4), f('get')(Int, m, 3)]);
  });
c(`Map::from_iter([(1, "a"), (1, "b"), (2, "c")].iter())`, '{1: "b", 2: "c"}', () =>
  show(M(Int, Str), f('from_iter')(Int, fnOf(arrayMod, 'Array::iter')([[1, 'a'], [1, 'b'], [2, 'c']]))),
);
c(`Map::of([(2, "x"), (1, "y")])`, '{2: "x", 1: "y"}', () => show(M(Int, Str), f('of')(Int, [[2, 'x'], [1, 'y']])));
c(`({ "a": 1, "b": 2 } == { "b": 2, "a": 1 }, { "a": 1 } == { "a": 2 }, { "a": 1 } == { "a": 1, "b": 1 })`, '(true, false, false)', () => {
  const eq = SI['Eq.equal'] as (a: unknown, b: unknown) => boolean;
  return show(T(Bool, Bool, Bool), [
    eq(lit(Str, ['a', 1], ['b', 2]), lit(Str, ['b', 2], ['a', 1])),
    eq(lit(Str, ['a', 1]), lit(Str, ['a', 2])),
    eq(lit(Str, ['a', 1]), lit(Str, ['a', 1], ['b', 1])),
  ]);
});
c(`{ let m = { "hello": 1, "world": 2 }; let s = "say hello"; (m.get_from_string(s.view(start_offset=4)), m.get_from_string(s.view(start_offset=3))) } ||| { let m = { "hello": 1, "world": 2 }; let s = "say hello"; (m.get_from_string(s.view(start_offset=4)), m.get_from_string(s.view(start_offset=3))) }`,
  '(Some(1), None)', () => {
    const m = lit(Str, ['hello', 1], ['world', 2]);
    return show(T(O(Int), O(Int)), [f('get_from_string')(m, new StringView('say hello', 4, 9)), f('get_from_string')(m, new StringView('say hello', 3, 9))]);
  });
c(`(Default::default() : Map[Int, Int]).capacity()`, '8', () => String(f('capacity')((II['Default.default'] as () => unknown)())));

for (const [mbt, expected, actual] of cases) {
  test(`Map: ${mbt.split(' ||| ')[0]}`, () => assert.equal(actual(), expected));
}

test('Map: `m[k]` of a missing key panics', () => {
  assert.throws(() => f('at')(Str, lit(Str, ['a', 1]), 'b'), Panic);
});

// The probing, eviction and back-shifting must never lose a key: a long
// random run of sets, updates and removes agrees with a plain JS Map on
// every lookup, size and order.
test('Map: a random run agrees with a reference map', () => {
  let seed = 12345;
  const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const m = lit(Int);
  const ref = new Map<number, number>();
  for (let step = 0; step < 3000; step++) {
    const k = rand(200);
    switch (rand(4)) {
      case 0:
      case 1:
        f('set')(Int, m, k, step);
        ref.set(k, step);
        break;
      case 2:
        f('remove')(Int, m, k);
        ref.delete(k);
        break;
      default:
        f('retain')(m, (key: number) => key !== k);
        ref.delete(k);
    }
    const got = f('get')(Int, m, k);
    assert.deepEqual(got, ref.has(k) ? new Some(ref.get(k)) : None);
  }
  assert.equal(f('length')(m), ref.size);
  assert.deepEqual(f('to_array')(m), [...ref.entries()]);
  for (let k = 0; k < 200; k++) assert.equal(f('contains')(Int, m, k), ref.has(k));
});
