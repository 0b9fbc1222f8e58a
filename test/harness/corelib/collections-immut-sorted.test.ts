// @immut/sorted_map.SortedMap and @immut/sorted_set.SortedSet, through the
// whole table (the real impls of Int, String, tuples, Json, ...). Each case
// names the MoonBit the oracle ran; where the docs' newer core spells it
// differently (`SortedMap([..])` for `from_array([..])`, `map` for
// `map_with_key`), the newer form comes first and the oracle's after `|||`.
// The newer core builds from a monotonic or long array in bulk, which the
// oracle's core does not: those cases (marked "newer source") ran core's
// newer sources compiled by the oracle as a local package. The order in
// which `map`, `filter`, `all` and `any` call their function shows the
// tree's shape, so those cases check it after builds, updates and merges.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { desc, registerImpl, type Desc } from '../../../harness/runtime/desc.ts';
import { Iter, MoonBitError, type Logger } from '../../../harness/runtime/core-values.ts';
import { Panic } from '../../../harness/runtime/values.ts';
import { coreTable } from '../../../harness/corelib/runtime.ts';
import { render } from '../../../harness/corelib/support/pretty.ts';
import * as R from '../../../harness/corelib/support/repr.ts';
import * as J from '../../../harness/corelib/support/json.ts';
import { ROOT } from '../../../harness/corelib/support/json-path.ts';
import { Hasher } from '../../../harness/runtime/hasher.ts';
import { newStringMap, setKey } from '../../../harness/corelib/support/maps.ts';
import { CORE_MODULES } from '../../../harness/corelib/index.ts';
import { buildCoreEnv } from '../../../harness/typing/core-env.ts';
import { scanBlocks } from '../../../harness/markdown/index.ts';
import { translateDoc } from '../../../harness/translate/document.ts';
import { signatures } from '../../../binding/signatures.ts';

const table = coreTable();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const f = (name: string) => table[name] as (...args: any[]) => any;
const im = (name: string) => f(`@immut/sorted_map.${name}`);
const M = (name: string) => f(`@immut/sorted_map.SortedMap::${name}`);

const Int = desc('Int');
const Str = desc('String');
const Bool = desc('Bool');
const Dbl = desc('Double');
const A = (d: Desc) => desc('Array', [d]);
const O = (d: Desc) => desc('Option', [d]);
const T = (...ds: Desc[]) => desc(`Tuple${ds.length}`, ds);
const SM = (k: Desc, v: Desc) => desc('@immut/sorted_map.SortedMap', [k, v]);
const show = (d: Desc, x: unknown): string => (d['Show.to_string'] as (x: unknown) => string)(x);
const debug = (d: Desc, x: unknown): string => render((d['Debug.to_repr'] as (x: unknown) => R.Repr)(x));
const method = (d: Desc, m: string) => d[m] as (...args: unknown[]) => unknown;
const collect = (it: Iter) => f('Iter::collect')(it);
const pairs = (it: { _0: Iter }) => f('Iter2::to_array')(it);
const stringify = (j: J.Json) => J.stringify(j, false, 0, undefined);
const makei = <X>(n: number, g: (i: number) => X): X[] => Array.from({ length: n }, (_, i) => g(i));

const smap = (K: Desc, kvs: [unknown, unknown][]) => M('SortedMap')(K, kvs);

// `IKey(n, tag)` compares and equals by `n` and shows `K<n><tag>`.
registerImpl('IKey', 'Eq', { equal: (a: [number, string], b: [number, string]) => a[0] === b[0] });
registerImpl('IKey', 'Compare', { compare: (a: [number, string], b: [number, string]) => Math.sign(a[0] - b[0]) });
registerImpl('IKey', 'Show', { output: (x: [number, string], l: Logger) => l.write_string(`K${x[0]}${x[1]}`) });
const Key = desc('IKey');
const k = (n: number, tag: string): [number, string] => [n, tag];
// `W(n)` compares by `n` but is never `==` to anything, itself included (values are its `n`).
registerImpl('NoEq', 'Eq', { equal: () => false });
registerImpl('NoEq', 'Compare', { compare: (a: number, b: number) => Math.sign(a - b) });
const NoEq = desc('NoEq');

type Case = [mbt: string, expected: string, actual: () => string];
const cases: Case[] = [];
const c = (mbt: string, expected: string, actual: () => string) => cases.push([mbt, expected, actual]);

// The keys in the order `map` (root first) and `filter` (root first, keeping keys not divisible by 3) see them.
const mapOrder = (m: unknown): number[] => {
  const seen: number[] = [];
  M('map')(m, (key: number, v: unknown) => (seen.push(key), v));
  return seen;
};
const filterOrder = (m: unknown): number[] => {
  const seen: number[] = [];
  M('filter')(m, (key: number) => (seen.push(key), key % 3 !== 0));
  return seen;
};
const orders = (ms: unknown[]) => ms.map(mapOrder);

// ---- @immut/sorted_map: building, lookups, updates --------------------------
c('{ let e : @immut/sorted_map.SortedMap[Int, String] = @immut/sorted_map.new(); (e, e.length(), e.is_empty(), e.to_array(), e.keys_as_iter().collect(), e.get(1), e.contains(1)) }',
  '(@immut/sorted_map.from_array([]), 0, true, [], [], None, false)', () => {
    const e = im('new')();
    return show(T(SM(Int, Str), Int, Bool, A(T(Int, Str)), A(Int), O(Str), Bool), [
      e, M('length')(e), M('is_empty')(e), M('to_array')(e), collect(M('keys_as_iter')(e)), M('get')(Int, e, 1), M('contains')(Int, e, 1),
    ]);
  });
c('{ let m = @immut/sorted_map.SortedMap([(3, "c"), (1, "a"), (3, "C"), (2, "b")]); (m, m.to_string()) } ||| (with from_array)',
  '(@immut/sorted_map.from_array([(1, "a"), (2, "b"), (3, "C")]), "@immut/sorted_map.from_array([(1, \\"a\\"), (2, \\"b\\"), (3, \\"C\\")])")', () => {
    const m = smap(Int, [[3, 'c'], [1, 'a'], [3, 'C'], [2, 'b']]);
    return show(T(SM(Int, Str), Str), [m, show(SM(Int, Str), m)]);
  });
c('{ let one = @immut/sorted_map.singleton(5, "x"); (one, one.length(), one.get(5), one.get(4), one[5], one.at(5)) }',
  '(@immut/sorted_map.from_array([(5, "x")]), 1, Some("x"), None, "x", "x")', () => {
    const one = im('singleton')(5, 'x');
    return show(T(SM(Int, Str), Int, O(Str), O(Str), Str, Str), [one, M('size')(one), M('get')(Int, one, 5), M('lookup')(Int, one, 4), M('at')(Int, one, 5), M('at')(Int, one, 5)]);
  });
// Persistence: `add` and `remove` leave the map they were called on as it was.
c('{ let m = @immut/sorted_map.SortedMap([(3, "c"), (1, "a"), (3, "C"), (2, "b")]); let m2 = m.add(0, "z").add(2, "B"); (m, m2, m2.remove(1), m2.remove(9), m2.length()) } ||| (with from_array)',
  '(@immut/sorted_map.from_array([(1, "a"), (2, "b"), (3, "C")]), @immut/sorted_map.from_array([(0, "z"), (1, "a"), (2, "B"), (3, "C")]), @immut/sorted_map.from_array([(0, "z"), (2, "B"), (3, "C")]), @immut/sorted_map.from_array([(0, "z"), (1, "a"), (2, "B"), (3, "C")]), 4)', () => {
    const m = smap(Int, [[3, 'c'], [1, 'a'], [3, 'C'], [2, 'b']]);
    const m2 = M('insert')(Int, M('add')(Int, m, 0, 'z'), 2, 'B');
    const S = SM(Int, Str);
    return show(T(S, S, S, S, Int), [m, m2, M('remove')(Int, m2, 1), M('remove')(Int, m2, 9), M('length')(m2)]);
  });
c('{ let m2 = @immut/sorted_map.SortedMap([(0, "z"), (1, "a"), (2, "B"), (3, "C")]); (m2.keys(), m2.elems(), m2.values().collect(), m2.rev_keys().collect(), m2.rev_values().collect()) } ||| (m2 built with add)',
  '([0, 1, 2, 3], ["z", "a", "B", "C"], ["z", "a", "B", "C"], [3, 2, 1, 0], ["C", "B", "a", "z"])', () => {
    const m2 = smap(Int, [[0, 'z'], [1, 'a'], [2, 'B'], [3, 'C']]);
    return show(T(A(Int), A(Str), A(Str), A(Int), A(Str)), [
      M('keys')(m2), M('elems')(m2), collect(M('values')(m2)), collect(M('rev_keys')(m2)), collect(M('rev_values')(m2)),
    ]);
  });
// `range` is inclusive at both ends; bounds outside the keys or crossed give what lies between.
c('{ let r = @immut/sorted_map.SortedMap([(1, "a"), (3, "c"), (5, "e"), (7, "g"), (9, "i")]); (r.range(low=3, high=7).to_array(), r.range(low=2, high=8).to_array(), r.range(low=0, high=100).to_array(), r.range(low=7, high=3).to_array(), r.range(low=5, high=5).to_array(), r.range(low=6, high=6).to_array(), r.range(low=10, high=20).to_array(), e.range(low=0, high=1).to_array()) } ||| (with from_array)',
  '([(3, "c"), (5, "e"), (7, "g")], [(3, "c"), (5, "e"), (7, "g")], [(1, "a"), (3, "c"), (5, "e"), (7, "g"), (9, "i")], [], [(5, "e")], [], [], [])', () => {
    const r = smap(Int, [[1, 'a'], [3, 'c'], [5, 'e'], [7, 'g'], [9, 'i']]);
    const rg = (m: unknown, lo: number, hi: number) => pairs(M('range')(Int, m, lo, hi));
    const P = A(T(Int, Str));
    return show(T(P, P, P, P, P, P, P, P), [rg(r, 3, 7), rg(r, 2, 8), rg(r, 0, 100), rg(r, 7, 3), rg(r, 5, 5), rg(r, 6, 6), rg(r, 10, 20), rg(im('new')(), 0, 1)]);
  });
c('{ let r = @immut/sorted_map.SortedMap([(1, "a"), (3, "c"), (5, "e"), (7, "g"), (9, "i")]); let out = []; r.eachi((i, k, v) => out.push((i, k, v))); let out2 = []; r.each((k, v) => out2.push("\\{k}\\{v}")); (out, out2, r.iter2().to_array(), r.iter().collect()) } ||| (with from_array)',
  '([(0, 1, "a"), (1, 3, "c"), (2, 5, "e"), (3, 7, "g"), (4, 9, "i")], ["1a", "3c", "5e", "7g", "9i"], [(1, "a"), (3, "c"), (5, "e"), (7, "g"), (9, "i")], [(1, "a"), (3, "c"), (5, "e"), (7, "g"), (9, "i")])', () => {
    const r = smap(Int, [[1, 'a'], [3, 'c'], [5, 'e'], [7, 'g'], [9, 'i']]);
    const out: unknown[] = [];
    M('eachi')(r, (i: number, key: number, v: string) => out.push([i, key, v]));
    const out2: string[] = [];
    M('each')(r, (key: number, v: string) => out2.push(`${key}${v}`));
    return show(T(A(T(Int, Int, Str)), A(Str), A(T(Int, Str)), A(T(Int, Str))), [out, out2, pairs(M('iterator2')(r)), collect(M('iterator')(r))]);
  });
c('{ let r = (the same); (r.fold((acc, k, v) => acc + k.to_string() + v, init=""), r.rev_fold((acc, k, v) => acc + k.to_string() + v, init=""), r.foldr_with_key((acc, k, v) => acc + k.to_string() + v, init="!")) } ||| (foldl_with_key for fold)',
  '("1a3c5e7g9i", "9i7g5e3c1a", "!9i7g5e3c1a")', () => {
    const r = smap(Int, [[1, 'a'], [3, 'c'], [5, 'e'], [7, 'g'], [9, 'i']]);
    const step = (acc: string, key: number, v: string) => acc + String(key) + v;
    return show(T(Str, Str, Str), [M('fold')(r, step, ''), M('rev_fold')(r, step, ''), M('foldr_with_key')(r, step, '!')]);
  });
c('{ let r = (the same); (r.map((k, v) => v + k.to_string()), r.filter((k, _v) => k > 3), r.filter((_k, _v) => false)) } ||| (map_with_key, filter_with_key)',
  '(@immut/sorted_map.from_array([(1, "a1"), (3, "c3"), (5, "e5"), (7, "g7"), (9, "i9")]), @immut/sorted_map.from_array([(5, "e"), (7, "g"), (9, "i")]), @immut/sorted_map.from_array([]))', () => {
    const r = smap(Int, [[1, 'a'], [3, 'c'], [5, 'e'], [7, 'g'], [9, 'i']]);
    const S = SM(Int, Str);
    return show(T(S, S, S), [
      M('map_with_key')(r, (key: number, v: string) => v + String(key)), M('filter_with_key')(r, (key: number) => key > 3), M('filter')(r, () => false),
    ]);
  });
// `merge`: `other`'s entries win, its keys included.
c('{ let m1 = @immut/sorted_map.SortedMap([(1, "a"), (2, "b")]); let m3 = @immut/sorted_map.SortedMap([(2, "B"), (3, "c")]); (m1.merge(m3), m3.merge(m1), m1.merge(e), e.merge(m1), m1) } ||| (with from_array)',
  '(@immut/sorted_map.from_array([(1, "a"), (2, "B"), (3, "c")]), @immut/sorted_map.from_array([(1, "a"), (2, "b"), (3, "c")]), @immut/sorted_map.from_array([(1, "a"), (2, "b")]), @immut/sorted_map.from_array([(1, "a"), (2, "b")]), @immut/sorted_map.from_array([(1, "a"), (2, "b")]))', () => {
    const m1 = smap(Int, [[1, 'a'], [2, 'b']]);
    const m3 = smap(Int, [[2, 'B'], [3, 'c']]);
    const e = im('new')();
    const S = SM(Int, Str);
    return show(T(S, S, S, S, S), [M('merge')(Int, m1, m3), M('merge')(Int, m3, m1), M('merge')(Int, m1, e), M('merge')(Int, e, m1), m1]);
  });
c('(@immut/sorted_map.from_iter([(2, 1), (1, 2), (2, 3)].iter()), @immut/sorted_map.from_iterator([(2, 1), (1, 2)].iter()), @immut/sorted_map.of([(2, 1), (1, 2)]), (Default::default() : @immut/sorted_map.SortedMap[Int, Int]))',
  '(@immut/sorted_map.from_array([(1, 2), (2, 3)]), @immut/sorted_map.from_array([(1, 2), (2, 1)]), @immut/sorted_map.from_array([(1, 2), (2, 1)]), @immut/sorted_map.from_array([]))', () => {
    const S = SM(Int, Int);
    return show(T(S, S, S, S), [
      im('from_iter')(Int, f('Array::iter')([[2, 1], [1, 2], [2, 3]])), im('from_iterator')(Int, f('Array::iter')([[2, 1], [1, 2]])), im('of')(Int, [[2, 1], [1, 2]]),
      method(S, 'Default.default')(),
    ]);
  });
// Which of two equal keys stays: the first key with the last value, whichever way the array is built (newer source for the monotonic and long arrays).
c('(SortedMap([(K(1, "a"), 1), (K(1, "b"), 2), (K(2, "a"), 3)]).to_array(), SortedMap([(K(3, "a"), 1), (K(2, "a"), 2), (K(2, "b"), 3), (K(2, "c"), 4), (K(1, "a"), 5)]).to_array(), SortedMap(Array::makei(70, i => (K((i * 7) % 30, i.to_string()), i))).to_array()[:4], SortedMap([(K(2, "a"), 1), (K(1, "a"), 2), (K(2, "b"), 3), (K(3, "a"), 4), (K(1, "b"), 5)]).to_array()) (newer source; K compares and equals by .0, shows "K\\{.0}\\{.1}")',
  '([(K1a, 2), (K2a, 3)], [(K1a, 5), (K2a, 4), (K3a, 1)], [(K00, 60), (K113, 43), (K226, 56), (K39, 69)], [(K1a, 5), (K2a, 3), (K3a, 4)])', () => {
    const P = A(T(Key, Int));
    const arr = (kvs: [unknown, unknown][]) => M('to_array')(smap(Key, kvs));
    return show(T(P, P, P, P), [
      arr([[k(1, 'a'), 1], [k(1, 'b'), 2], [k(2, 'a'), 3]]),
      arr([[k(3, 'a'), 1], [k(2, 'a'), 2], [k(2, 'b'), 3], [k(2, 'c'), 4], [k(1, 'a'), 5]]),
      arr(makei(70, (i) => [k((i * 7) % 30, String(i)), i])).slice(0, 4),
      arr([[k(2, 'a'), 1], [k(1, 'a'), 2], [k(2, 'b'), 3], [k(3, 'a'), 4], [k(1, 'b'), 5]]),
    ]);
  });
c('{ let u = @immut/sorted_map.SortedMap([(K(2, "a"), 1), (K(1, "a"), 2), (K(2, "b"), 3), (K(3, "a"), 4), (K(1, "b"), 5)]); let other = @immut/sorted_map.SortedMap([(K(2, "o"), 7), (K(4, "o"), 8)]); (u.add(K(3, "z"), 9), u.merge(other), other.merge(u), u.remove(K(2, "q"))) } ||| (with from_array)',
  '(@immut/sorted_map.from_array([(K1a, 5), (K2a, 3), (K3a, 9)]), @immut/sorted_map.from_array([(K1a, 5), (K2o, 7), (K3a, 4), (K4o, 8)]), @immut/sorted_map.from_array([(K1a, 5), (K2a, 3), (K3a, 4), (K4o, 8)]), @immut/sorted_map.from_array([(K1a, 5), (K3a, 4)]))', () => {
    const u = smap(Key, [[k(2, 'a'), 1], [k(1, 'a'), 2], [k(2, 'b'), 3], [k(3, 'a'), 4], [k(1, 'b'), 5]]);
    const other = smap(Key, [[k(2, 'o'), 7], [k(4, 'o'), 8]]);
    const S = SM(Key, Int);
    return show(T(S, S, S, S), [M('add')(Key, u, k(3, 'z'), 9), M('merge')(Key, u, other), M('merge')(Key, other, u), M('remove')(Key, u, k(2, 'q'))]);
  });

// ---- @immut/sorted_map: the tree's shape, seen through `map` and `filter` ---
c('{ let asc = SortedMap(Array::makei(10, i => (i, i))); (order(asc), forder(asc)) } (newer source: the bulk build)', '([5, 2, 1, 0, 4, 3, 8, 7, 6, 9], [5, 2, 1, 0, 4, 3, 8, 7, 6, 9])', () => {
  const asc = smap(Int, makei(10, (i) => [i, i]));
  return show(T(A(Int), A(Int)), [mapOrder(asc), filterOrder(asc)]);
});
c('{ let desc = SortedMap(Array::makei(10, i => (9 - i, i))); (order(desc), forder(desc), desc.to_array()) } (newer source)',
  '([4, 1, 0, 2, 3, 7, 5, 6, 8, 9], [4, 1, 0, 2, 3, 7, 5, 6, 8, 9], [(0, 9), (1, 8), (2, 7), (3, 6), (4, 5), (5, 4), (6, 3), (7, 2), (8, 1), (9, 0)])', () => {
    const dsc = smap(Int, makei(10, (i) => [9 - i, i]));
    return show(T(A(Int), A(Int), A(T(Int, Int))), [mapOrder(dsc), filterOrder(dsc), M('to_array')(dsc)]);
  });
c('{ let dup = SortedMap([(1, 1), (1, 2), (2, 3), (3, 4), (3, 5), (3, 6), (4, 7)]); let dupd = SortedMap([(5, 1), (4, 2), (4, 3), (2, 4), (1, 5), (1, 6)]); let same = SortedMap([(1, 1), (1, 2), (1, 3)]); (order(dup), dup.to_array(), order(dupd), dupd.to_array(), order(same), same.to_array()) } (newer source)',
  '([3, 2, 1, 4], [(1, 2), (2, 3), (3, 6), (4, 7)], [4, 2, 1, 5], [(1, 6), (2, 4), (4, 3), (5, 1)], [1], [(1, 3)])', () => {
    const dup = smap(Int, [[1, 1], [1, 2], [2, 3], [3, 4], [3, 5], [3, 6], [4, 7]]);
    const dupd = smap(Int, [[5, 1], [4, 2], [4, 3], [2, 4], [1, 5], [1, 6]]);
    const same = smap(Int, [[1, 1], [1, 2], [1, 3]]);
    const P = A(T(Int, Int));
    return show(T(A(Int), P, A(Int), P, A(Int), P), [mapOrder(dup), M('to_array')(dup), mapOrder(dupd), M('to_array')(dupd), mapOrder(same), M('to_array')(same)]);
  });
const big70 = () => smap(Int, makei(70, (i) => [(i * 37) % 50, i]));
const small20 = () => smap(Int, makei(20, (i) => [(i * 7) % 13, i]));
c('{ let big = SortedMap(Array::makei(70, i => ((i * 37) % 50, i))); (order(big), big.to_array()) } (newer source: sorted, then split at the middles)',
  '([25, 12, 6, 3, 1, 0, 2, 5, 4, 9, 8, 7, 11, 10, 19, 16, 14, 13, 15, 18, 17, 22, 21, 20, 24, 23, 38, 32, 29, 27, 26, 28, 31, 30, 35, 34, 33, 37, 36, 44, 41, 40, 39, 43, 42, 47, 46, 45, 49, 48], [(0, 50), (1, 23), (2, 46), (3, 69), (4, 42), (5, 65), (6, 38), (7, 61), (8, 34), (9, 57), (10, 30), (11, 53), (12, 26), (13, 49), (14, 22), (15, 45), (16, 68), (17, 41), (18, 64), (19, 37), (20, 60), (21, 33), (22, 56), (23, 29), (24, 52), (25, 25), (26, 48), (27, 21), (28, 44), (29, 67), (30, 40), (31, 63), (32, 36), (33, 59), (34, 32), (35, 55), (36, 28), (37, 51), (38, 24), (39, 47), (40, 20), (41, 43), (42, 66), (43, 39), (44, 62), (45, 35), (46, 58), (47, 31), (48, 54), (49, 27)])', () => {
    const big = big70();
    return show(T(A(Int), A(T(Int, Int))), [mapOrder(big), M('to_array')(big)]);
  });
c('{ let small = SortedMap(Array::makei(20, i => ((i * 7) % 13, i))); (order(small), small.to_array(), order(small.filter((k, _) => k % 2 == 0)), order(small.remove(5).remove(0).remove(12).add(100, 1).add(50, 2))) } (newer source: added one by one)',
  '([7, 1, 0, 3, 2, 5, 4, 6, 9, 8, 11, 10, 12], [(0, 13), (1, 15), (2, 17), (3, 19), (4, 8), (5, 10), (6, 12), (7, 14), (8, 16), (9, 18), (10, 7), (11, 9), (12, 11)], [6, 2, 0, 4, 10, 8, 12], [7, 3, 1, 2, 6, 4, 9, 8, 11, 10, 100, 50])', () => {
    const small = small20();
    const removed = [5, 0, 12].reduce((m, key) => M('remove')(Int, m, key), small);
    const added = M('add')(Int, M('add')(Int, removed, 100, 1), 50, 2);
    return show(T(A(Int), A(T(Int, Int)), A(Int), A(Int)), [
      mapOrder(small), M('to_array')(small), mapOrder(M('filter')(small, (key: number) => key % 2 === 0)), mapOrder(added),
    ]);
  });
c('{ let mg = asc.merge(small); (order(mg), mg.to_array(), order(small.merge(big))) } (newer source)',
  '([7, 1, 0, 3, 2, 5, 4, 6, 9, 8, 11, 10, 12], [(0, 13), (1, 15), (2, 17), (3, 19), (4, 8), (5, 10), (6, 12), (7, 14), (8, 16), (9, 18), (10, 7), (11, 9), (12, 11)], [25, 12, 6, 3, 1, 0, 2, 5, 4, 9, 8, 7, 11, 10, 19, 16, 14, 13, 15, 18, 17, 22, 21, 20, 24, 23, 38, 32, 29, 27, 26, 28, 31, 30, 35, 34, 33, 37, 36, 44, 41, 40, 39, 43, 42, 47, 46, 45, 49, 48])', () => {
    const mg = M('merge')(Int, smap(Int, makei(10, (i) => [i, i])), small20());
    return show(T(A(Int), A(T(Int, Int)), A(Int)), [mapOrder(mg), M('to_array')(mg), mapOrder(M('merge')(Int, small20(), big70()))]);
  });
c('{ let mut acc = SortedMap::new(); for i in 0..<40 { acc = acc.add((i * 17) % 41, i) }; let a = order(acc); for i in 0..<20 { acc = acc.remove((i * 5) % 41) }; (a, order(acc), forder(acc), order(acc.filter((k, _) => k % 3 != 0)), order(SortedMap::new())) } (newer source)',
  '([17, 3, 1, 0, 2, 10, 6, 5, 4, 8, 7, 9, 13, 12, 11, 15, 14, 16, 27, 23, 20, 19, 18, 22, 21, 26, 25, 34, 30, 29, 28, 32, 31, 33, 37, 36, 35, 39, 38, 40], [17, 6, 2, 1, 11, 7, 16, 12, 27, 23, 21, 18, 22, 26, 36, 31, 28, 32, 33, 38, 37], [17, 6, 2, 1, 11, 7, 16, 12, 27, 23, 21, 18, 22, 26, 36, 31, 28, 32, 33, 38, 37], [17, 7, 2, 1, 11, 16, 28, 23, 22, 26, 32, 31, 38, 37], [])', () => {
    let acc = im('new')();
    for (let i = 0; i < 40; i++) acc = M('add')(Int, acc, (i * 17) % 41, i);
    const a = mapOrder(acc);
    for (let i = 0; i < 20; i++) acc = M('remove')(Int, acc, (i * 5) % 41);
    return show(T(A(Int), A(Int), A(Int), A(Int), A(Int)), [
      a, mapOrder(acc), filterOrder(acc), mapOrder(M('filter')(acc, (key: number) => key % 3 !== 0)), ...orders([im('new')()]),
    ]);
  });

// ---- @immut/sorted_map: traits ----------------------------------------------
// A map is equal to itself without comparing its values (core checks `physical_equal` first).
c('{ let nan = @immut/sorted_map.SortedMap([(1, 0.0 / 0.0)]); (nan == nan, nan.remove(5) == nan, nan.add(1, 0.0 / 0.0) == nan) } ||| (with from_array)', '(true, false, false)', () => {
  const nan = smap(Int, [[1, NaN]]);
  const eq = method(SM(Int, Dbl), 'Eq.equal');
  return show(T(Bool, Bool, Bool), [eq(nan, nan), eq(M('remove')(Int, nan, 5), nan), eq(M('add')(Int, nan, 1, NaN), nan)]);
});
const m1 = () => smap(Int, [[1, 'a'], [2, 'b']]);
const m2 = () => smap(Int, [[2, 'b'], [1, 'a']]);
const m3 = () => smap(Int, [[1, 'a'], [2, 'c']]);
const m4 = () => smap(Int, [[1, 'a']]);
c('(m1 == m2, m1 == m3, m1 == m4, m1.equal(m2), m1 != m3) where m1 = SortedMap([(1, "a"), (2, "b")]), m2 = SortedMap([(2, "b"), (1, "a")]), m3 = SortedMap([(1, "a"), (2, "c")]), m4 = SortedMap([(1, "a")]) ||| (with from_array)',
  '(true, false, false, true, true)', () => {
    const S = SM(Int, Str);
    const eq = method(S, 'Eq.equal');
    return show(T(Bool, Bool, Bool, Bool, Bool), [eq(m1(), m2()), eq(m1(), m3()), eq(m1(), m4()), M('equal')(Int, Str, m1(), m2()), method(S, 'Eq.not_equal')(m1(), m3())]);
  });
c('(m1.compare(m2), m1.compare(m3), m3.compare(m1), m1.compare(m4), m4.compare(m1), SortedMap([(0, "z")]).compare(m4), m1 < m3, m1 > m4) (the same maps)',
  '(0, -1, 1, 1, -1, -1, true, true)', () => {
    const S = SM(Int, Str);
    const cmp = method(S, 'Compare.compare');
    return show(T(Int, Int, Int, Int, Int, Int, Bool, Bool), [
      M('compare')(Int, Str, m1(), m2()), cmp(m1(), m3()), cmp(m3(), m1()), cmp(m1(), m4()), cmp(m4(), m1()), cmp(smap(Int, [[0, 'z']]), m4()),
      method(S, 'Compare.op_lt')(m1(), m3()), method(S, 'Compare.op_gt')(m1(), m4()),
    ]);
  });
// The oracle seeds `hash()`'s Hasher at random; the values are `hash_combine` into `Hasher::new(seed=0)`, which `hash` uses here.
c('(m1.hash() == m2.hash(), m1.hash() == m3.hash(), { let h = Hasher::new(seed=0); m1.hash_combine(h); h.finalize() }, (the same for m4), (the same for @immut/sorted_map.new() : @immut/sorted_map.SortedMap[Int, String])) (the same maps)',
  '(true, false, 1679966166, 560469204, 46947589)', () => {
    const S = SM(Int, Str);
    const hash = (m: unknown) => M('hash')(Int, Str, m);
    const seeded = (m: unknown) => {
      const h = new Hasher(0);
      method(S, 'Hash.hash_combine')(m, h);
      return h.finalize();
    };
    assert.equal(method(S, 'Hash.hash')(m4()), seeded(m4()));
    return show(T(Bool, Bool, Int, Int, Int), [hash(m1()) === hash(m2()), hash(m1()) === hash(m3()), hash(m1()), seeded(m4()), seeded(im('new')())]);
  });
c('(@debug.to_repr(SortedMap([(1, "a"), (3, "c")])), SortedMap([(1, SortedMap([("a", [1])]))])) with Debug ||| (with from_array)',
  '<SortedMap: { 1: "a", 3: "c" }> <SortedMap: { 1: <SortedMap: { "a": [1] }> }>', () => {
    const inner = SM(Str, A(Int));
    return `${debug(SM(Int, Str), smap(Int, [[1, 'a'], [3, 'c']]))} ${debug(SM(Int, inner), smap(Int, [[1, smap(Str, [['a', [1]]])]]))}`;
  });
c('(SortedMap([(1, "a"), (3, "c")]).to_json().stringify(), (@immut/sorted_map.new() : SortedMap[Int, Int]).to_json().stringify(), SortedMap([("x", [1, 2]), ("a", [])]).to_json().stringify(), SortedMap([(K(1, "t"), true)]).to_json().stringify()) ||| (with from_array)',
  '{"1":"a","3":"c"} {} {"a":[],"x":[1,2]} {"K1t":true}', () => {
    const viaImpl = (K: Desc, V: Desc, m: unknown) => stringify(method(SM(K, V), 'ToJson.to_json')(m) as J.Json);
    return [
      stringify(M('to_json')(Int, Str, smap(Int, [[1, 'a'], [3, 'c']]))), viaImpl(Int, Int, im('new')()),
      viaImpl(Str, A(Int), smap(Str, [['x', [1, 2]], ['a', []]])), viaImpl(Key, Bool, smap(Key, [[k(1, 't'), true]])),
    ].join(' ');
  });
const jsonObject = (fields: [string, J.Json][]) => {
  const obj = newStringMap<J.Json>();
  for (const [key, v] of fields) setKey(obj, key, v);
  return J.object(obj);
};
const decodeResult = (run: () => unknown, d: Desc) => {
  try {
    return `Ok(${show(d, run())})`;
  } catch (e) {
    if (!(e instanceof MoonBitError)) throw e;
    return `Err(${show(desc('@json.JsonDecodeError'), e)})`;
  }
};
c('((try? @json.from_json({ "b": 1, "a": 2, "c": 3 })), (try? @json.from_json([1, 2])), (try? @json.from_json({ "a": "x" })), (try? @immut/sorted_map.SortedMap::from_json({ "z": 1, "y": 2 }))) : Result[@immut/sorted_map.SortedMap[String, Int], _] each',
  'Ok(@immut/sorted_map.from_array([("a", 2), ("b", 1), ("c", 3)])) Err(JsonDecodeError((, "@immut/sorted_map.from_json: expected object"))) Err(JsonDecodeError((/a, "Int::from_json: expected number"))) Ok(@immut/sorted_map.from_array([("y", 2), ("z", 1)]))', () => {
    const S = SM(Str, Int);
    const viaImpl = (j: J.Json) => () => method(S, 'FromJson.from_json')(j, ROOT);
    return [
      decodeResult(viaImpl(jsonObject([['b', J.number(1)], ['a', J.number(2)], ['c', J.number(3)]])), S),
      decodeResult(viaImpl(J.array([J.number(1), J.number(2)])), S),
      decodeResult(viaImpl(jsonObject([['a', J.string('x')]])), S),
      decodeResult(() => M('from_json')(Int, jsonObject([['z', J.number(1)], ['y', J.number(2)]])), S),
    ].join(' ');
  });

// ---- @immut/sorted_set: building, lookups, updates --------------------------
const S = (name: string) => f(`@immut/sorted_set.SortedSet::${name}`);
const is = (name: string) => f(`@immut/sorted_set.${name}`);
const SS = (a: Desc) => desc('@immut/sorted_set.SortedSet', [a]);
const sset = (a: Desc, xs: unknown[]) => S('SortedSet')(a, xs);
const ints = (xs: number[]) => sset(Int, xs);
const emptySet = () => is('new')();
// The elements in the order `all` (root first) sees them.
const pre = (s: unknown): number[] => {
  const seen: number[] = [];
  S('all')(s, (x: number) => (seen.push(x), true));
  return seen;
};
const keysOf = (s: unknown) => show(A(Key), S('to_array')(s));

c('{ let e : @immut/sorted_set.SortedSet[Int] = @immut/sorted_set.new(); (e, e.length(), e.is_empty(), e.to_array(), e.iter().collect(), e.rev_iter().collect(), e.contains(1), e.min_option(), e.max_option()) }',
  '(@immut/sorted_set.from_array([]), 0, true, [], [], [], false, None, None)', () => {
    const e = emptySet();
    return show(T(SS(Int), Int, Bool, A(Int), A(Int), A(Int), Bool, O(Int), O(Int)), [
      e, S('length')(e), S('is_empty')(e), S('to_array')(e), collect(S('iter')(e)), collect(S('rev_iter')(e)), S('contains')(Int, e, 1), S('min_option')(e), S('max_option')(e),
    ]);
  });
c('{ let s = @immut/sorted_set.SortedSet([5, 3, 9, 1, 3, 7]); (s, s.to_string(), s.length(), s.size(), s.min(), s.max(), s.min_option(), s.max_option(), s.contains(3), s.contains(4)) } ||| (with from_array)',
  '(@immut/sorted_set.from_array([1, 3, 5, 7, 9]), "@immut/sorted_set.from_array([1, 3, 5, 7, 9])", 5, 5, 1, 9, Some(1), Some(9), true, false)', () => {
    const s = ints([5, 3, 9, 1, 3, 7]);
    return show(T(SS(Int), Str, Int, Int, Int, Int, O(Int), O(Int), Bool, Bool), [
      s, show(SS(Int), s), S('length')(s), S('size')(s), S('min')(s), S('max')(s), S('min_option')(s), S('max_option')(s), S('contains')(Int, s, 3), S('contains')(Int, s, 4),
    ]);
  });
// Persistence: `add` and `remove` leave the set they were called on as it was.
c('(s.add(4), s.add(3), s.remove(3), s.remove(4), s, @immut/sorted_set.singleton(2)) (the same s)',
  '(@immut/sorted_set.from_array([1, 3, 4, 5, 7, 9]), @immut/sorted_set.from_array([1, 3, 5, 7, 9]), @immut/sorted_set.from_array([1, 5, 7, 9]), @immut/sorted_set.from_array([1, 3, 5, 7, 9]), @immut/sorted_set.from_array([1, 3, 5, 7, 9]), @immut/sorted_set.from_array([2]))', () => {
    const s = ints([5, 3, 9, 1, 3, 7]);
    const X = SS(Int);
    return show(T(X, X, X, X, X, X), [S('add')(Int, s, 4), S('add')(Int, s, 3), S('remove')(Int, s, 3), S('remove')(Int, s, 4), s, is('singleton')(2)]);
  });
c('(s.iter().collect(), s.iterator().collect(), s.rev_iter().collect(), s.rev_iterator().collect(), s.range(low=3, high=7).collect(), s.range(low=4, high=8).collect(), s.range(low=8, high=2).collect(), s.range(low=0, high=100).collect(), e.range(low=0, high=1).collect()) (the same s)',
  '([1, 3, 5, 7, 9], [1, 3, 5, 7, 9], [9, 7, 5, 3, 1], [9, 7, 5, 3, 1], [3, 5, 7], [5, 7], [], [1, 3, 5, 7, 9], [])', () => {
    const s = ints([5, 3, 9, 1, 3, 7]);
    const rg = (x: unknown, lo: number, hi: number) => collect(S('range')(Int, x, lo, hi));
    const X = A(Int);
    return show(T(X, X, X, X, X, X, X, X, X), [
      collect(S('iter')(s)), collect(S('iterator')(s)), collect(S('rev_iter')(s)), collect(S('rev_iterator')(s)),
      rg(s, 3, 7), rg(s, 4, 8), rg(s, 8, 2), rg(s, 0, 100), rg(emptySet(), 0, 1),
    ]);
  });
c('{ let out = []; s.each(x => out.push(x)); (out, s.fold(init="", (acc, x) => acc + x.to_string()), s.map(x => x.to_string()), s.filter(x => x > 3)) } (the same s)',
  '([1, 3, 5, 7, 9], "13579", @immut/sorted_set.from_array(["1", "3", "5", "7", "9"]), @immut/sorted_set.from_array([5, 7, 9]))', () => {
    const s = ints([5, 3, 9, 1, 3, 7]);
    const out: number[] = [];
    S('each')(s, (x: number) => out.push(x));
    return show(T(A(Int), Str, SS(Str), SS(Int)), [
      out, S('fold')(s, '', (acc: string, x: number) => acc + String(x)), S('map')(Str, s, (x: number) => String(x)), S('filter')(s, (x: number) => x > 3),
    ]);
  });
c('(s.split(5), s.split(4), e.split(1)) (the same s)',
  '((@immut/sorted_set.from_array([1, 3]), true, @immut/sorted_set.from_array([7, 9])), (@immut/sorted_set.from_array([1, 3]), false, @immut/sorted_set.from_array([5, 7, 9])), (@immut/sorted_set.from_array([]), false, @immut/sorted_set.from_array([])))', () => {
    const s = ints([5, 3, 9, 1, 3, 7]);
    const P = T(SS(Int), Bool, SS(Int));
    return show(T(P, P, P), [S('split')(Int, s, 5), S('split')(Int, s, 4), S('split')(Int, emptySet(), 1)]);
  });
c('{ let a = SortedSet([1, 2, 3]); let b = SortedSet([2, 3, 4]); (a + b, a - b, b - a, a.sub(b), a.union(b), a.inter(b), a.diff(b), a.intersection(b), a.difference(b), a.symmetric_difference(b), a.union(e), e.union(a), a.intersection(e), e.difference(a), a.difference(e), e.symmetric_difference(a)) } ||| (from_array; difference for -, sub, which the oracle\'s core lacks)',
  '(@immut/sorted_set.from_array([1, 2, 3, 4]), @immut/sorted_set.from_array([1]), @immut/sorted_set.from_array([4]), @immut/sorted_set.from_array([1]), @immut/sorted_set.from_array([1, 2, 3, 4]), @immut/sorted_set.from_array([2, 3]), @immut/sorted_set.from_array([1]), @immut/sorted_set.from_array([2, 3]), @immut/sorted_set.from_array([1]), @immut/sorted_set.from_array([1, 4]), @immut/sorted_set.from_array([1, 2, 3]), @immut/sorted_set.from_array([1, 2, 3]), @immut/sorted_set.from_array([]), @immut/sorted_set.from_array([]), @immut/sorted_set.from_array([1, 2, 3]), @immut/sorted_set.from_array([1, 2, 3]))', () => {
    const a = ints([1, 2, 3]);
    const b = ints([2, 3, 4]);
    const e = emptySet();
    const X = SS(Int);
    return show(T(X, X, X, X, X, X, X, X, X, X, X, X, X, X, X, X), [
      method(X, 'Add.add')(a, b), method(X, 'Sub.sub')(a, b), method(X, 'Sub.sub')(b, a), S('sub')(Int, a, b), S('union')(Int, a, b), S('inter')(Int, a, b),
      S('diff')(Int, a, b), S('intersection')(Int, a, b), S('difference')(Int, a, b), S('symmetric_difference')(Int, a, b), S('union')(Int, a, e), S('union')(Int, e, a),
      S('intersection')(Int, a, e), S('difference')(Int, e, a), S('difference')(Int, a, e), S('symmetric_difference')(Int, e, a),
    ]);
  });
c('(a.subset(b), a.subset(a.union(b)), a.disjoint(b), a.disjoint(SortedSet([7])), e.disjoint(a), a.all(x => x > 0), a.any(x => x > 2), e.all(_ => false), e.any(_ => true)) (the same a, b)',
  '(false, true, false, true, true, true, true, true, false)', () => {
    const a = ints([1, 2, 3]);
    const b = ints([2, 3, 4]);
    return show(T(Bool, Bool, Bool, Bool, Bool, Bool, Bool, Bool, Bool), [
      S('subset')(Int, a, b), S('subset')(Int, a, S('union')(Int, a, b)), S('disjoint')(Int, a, b), S('disjoint')(Int, a, ints([7])), S('disjoint')(Int, emptySet(), a),
      S('all')(a, (x: number) => x > 0), S('any')(a, (x: number) => x > 2), S('all')(emptySet(), () => false), S('any')(emptySet(), () => true),
    ]);
  });
c('(a == b, a == SortedSet([3, 2, 1]), a != b, a.equal(a), a.compare(b), b.compare(a), a.compare(SortedSet([1, 2])), SortedSet([0]).compare(SortedSet([1, 2])), a < b, e.compare(e)) (the same a, b)',
  '(false, true, true, true, -1, 1, 1, -1, true, 0)', () => {
    const a = ints([1, 2, 3]);
    const b = ints([2, 3, 4]);
    const X = SS(Int);
    const cmp = method(X, 'Compare.compare');
    return show(T(Bool, Bool, Bool, Bool, Int, Int, Int, Int, Bool, Int), [
      method(X, 'Eq.equal')(a, b), method(X, 'Eq.equal')(a, ints([3, 2, 1])), method(X, 'Eq.not_equal')(a, b), S('equal')(Int, a, a), S('compare')(Int, a, b), cmp(b, a),
      cmp(a, ints([1, 2])), cmp(ints([0]), ints([1, 2])), method(X, 'Compare.op_lt')(a, b), cmp(emptySet(), emptySet()),
    ]);
  });
// The oracle seeds `hash()`'s Hasher at random; the values are `hash_combine` into `Hasher::new(seed=0)`, which `hash` uses here.
c('({ let h = Hasher::new(seed=0); a.hash_combine(h); h.finalize() }, (the same for e), a.hash() == SortedSet([3, 1, 2]).hash(), a.hash() == b.hash())',
  '(888129982, 46947589, true, false)', () => {
    const X = SS(Int);
    const seeded = (s: unknown) => {
      const h = new Hasher(0);
      method(X, 'Hash.hash_combine')(s, h);
      return h.finalize();
    };
    const a = ints([1, 2, 3]);
    assert.equal(method(X, 'Hash.hash')(a), seeded(a));
    return show(T(Int, Int, Bool, Bool), [seeded(a), seeded(emptySet()), S('hash')(Int, a) === S('hash')(Int, ints([3, 1, 2])), S('hash')(Int, a) === S('hash')(Int, ints([2, 3, 4]))]);
  });
c('(@debug.to_repr(a), a.to_json().stringify(), e.to_json().stringify(), SortedSet(["b", "a"]).to_json().stringify()), and SortedSet([SortedSet(["x"])]) with Debug',
  '<SortedSet: [1, 2, 3]> [1,2,3] [] ["a","b"] <SortedSet: [<SortedSet: ["x"]>]>', () => [
    debug(SS(Int), ints([1, 2, 3])), stringify(S('to_json')(Int, ints([1, 2, 3]))), stringify(method(SS(Int), 'ToJson.to_json')(emptySet()) as J.Json),
    stringify(method(SS(Str), 'ToJson.to_json')(sset(Str, ['b', 'a'])) as J.Json), debug(SS(SS(Str)), sset(SS(Str), [sset(Str, ['x'])])),
  ].join(' '));
c('((try? @json.from_json([3, 1, 2, 1])), (try? @json.from_json({ "a": 1 })), (try? @json.from_json([1, "x"])), (try? @immut/sorted_set.SortedSet::from_json([2, 1]))) : Result[@immut/sorted_set.SortedSet[Int], _] each',
  'Ok(@immut/sorted_set.from_array([1, 2, 3])) Err(JsonDecodeError((, "@immut/sorted_set.from_json: expected array"))) Err(JsonDecodeError((/1, "Int::from_json: expected number"))) Ok(@immut/sorted_set.from_array([1, 2]))', () => {
    const X = SS(Int);
    const viaImpl = (j: J.Json) => () => method(X, 'FromJson.from_json')(j, ROOT);
    return [
      decodeResult(viaImpl(J.array([3, 1, 2, 1].map((n) => J.number(n)))), X),
      decodeResult(viaImpl(jsonObject([['a', J.number(1)]])), X),
      decodeResult(viaImpl(J.array([J.number(1), J.string('x')])), X),
      decodeResult(() => S('from_json')(Int, J.array([J.number(2), J.number(1)])), X),
    ].join(' ');
  });
c('(@immut/sorted_set.from_iter([3, 1, 3].iter()), @immut/sorted_set.from_iterator([2].iter()), @immut/sorted_set.of([2, 1]), (Default::default() : @immut/sorted_set.SortedSet[Int]))',
  '(@immut/sorted_set.from_array([1, 3]), @immut/sorted_set.from_array([2]), @immut/sorted_set.from_array([1, 2]), @immut/sorted_set.from_array([]))', () => {
    const X = SS(Int);
    return show(T(X, X, X, X), [is('from_iter')(Int, f('Array::iter')([3, 1, 3])), is('from_iterator')(Int, f('Array::iter')([2])), is('of')(Int, [2, 1]), method(X, 'Default.default')()]);
  });
// An update that changes nothing returns the set itself, which `==` takes as equal without comparing elements (W's `==` is always false).
c('{ let w = SortedSet([W(1), W(2), W(3)]); (w == w, w.remove(W(9)) == w, w.add(W(2)) == w, w.filter(_ => true) == w, w.filter(x => x.n != 2) == w, w.union(new()) == w, w.difference(new()) == w) } ||| (from_array), and for @immut/sorted_map: (m == m, m.remove(W(9)) == m) is (true, false)',
  '(true, true, true, true, false, true, true) (true, false)', () => {
    const w = sset(NoEq, [1, 2, 3]);
    const eq = method(SS(NoEq), 'Eq.equal');
    const m = smap(NoEq, [[1, 1]]);
    const meq = method(SM(NoEq, Int), 'Eq.equal');
    return `${show(T(Bool, Bool, Bool, Bool, Bool, Bool, Bool), [
      eq(w, w), eq(S('remove')(NoEq, w, 9), w), eq(S('add')(NoEq, w, 2), w), eq(S('filter')(w, () => true), w), eq(S('filter')(w, (x: number) => x !== 2), w),
      eq(S('union')(NoEq, w, emptySet()), w), eq(S('difference')(NoEq, w, emptySet()), w),
    ])} ${show(T(Bool, Bool), [meq(m, m), meq(M('remove')(NoEq, m, 9), m)])}`;
  });

// ---- @immut/sorted_set: the tree's shape, seen through `all`, and which equal element stays ---
const asc10 = () => ints(makei(10, (i) => i));
const big50 = () => ints(makei(70, (i) => (i * 37) % 50));
const small13 = () => ints(makei(20, (i) => (i * 7) % 13));
const additions = () => {
  let acc = emptySet();
  for (let i = 0; i < 40; i++) acc = S('add')(Int, acc, (i * 17) % 41);
  return acc;
};
const removals = () => {
  let acc = additions();
  for (let i = 0; i < 20; i++) acc = S('remove')(Int, acc, (i * 5) % 41);
  return acc;
};
c('(pre(SortedSet(Array::makei(10, i => i))), { let dsc = SortedSet(Array::makei(10, i => 9 - i)); (pre(dsc), dsc.to_array()) }) (newer source; pre(s) lists what s.all sees)',
  '([5, 2, 1, 0, 4, 3, 8, 7, 6, 9], ([4, 1, 0, 2, 3, 7, 5, 6, 8, 9], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]))', () => {
    const dsc = ints(makei(10, (i) => 9 - i));
    return show(T(A(Int), T(A(Int), A(Int))), [pre(asc10()), [pre(dsc), S('to_array')(dsc)]]);
  });
c('(SortedSet([K(1, "a"), K(1, "b"), K(2, "a"), K(3, "a"), K(3, "b")]), SortedSet([K(3, "a"), K(2, "a"), K(2, "b"), K(1, "a")]), SortedSet([K(2, "a"), K(1, "a"), K(2, "b"), K(3, "a"), K(1, "b")]), SortedSet(Array::makei(70, i => K((i * 7) % 30, i.to_string()))))).map(to_array) (newer source)',
  '([K1b, K2a, K3b], [K1a, K2b, K3a], [K1b, K2b, K3a], [K060, K143, K256, K369, K452, K565, K648, K761, K844, K957, K1040, K1153, K1266, K1349, K1462, K1545, K1658, K1741, K1854, K1967, K2050, K2163, K2246, K2359, K2442, K2555, K2668, K2751, K2864, K2947])', () => {
    const X = A(Key);
    const arr = (xs: unknown[]) => S('to_array')(sset(Key, xs));
    return show(T(X, X, X, X), [
      arr([k(1, 'a'), k(1, 'b'), k(2, 'a'), k(3, 'a'), k(3, 'b')]), arr([k(3, 'a'), k(2, 'a'), k(2, 'b'), k(1, 'a')]),
      arr([k(2, 'a'), k(1, 'a'), k(2, 'b'), k(3, 'a'), k(1, 'b')]), arr(makei(70, (i) => k((i * 7) % 30, String(i)))),
    ]);
  });
c('(pre(SortedSet(Array::makei(70, i => (i * 37) % 50))), { let small = SortedSet(Array::makei(20, i => (i * 7) % 13)); (pre(small), small.to_array()) }) (newer source)',
  '([25, 12, 6, 3, 1, 0, 2, 5, 4, 9, 8, 7, 11, 10, 19, 16, 14, 13, 15, 18, 17, 22, 21, 20, 24, 23, 38, 32, 29, 27, 26, 28, 31, 30, 35, 34, 33, 37, 36, 44, 41, 40, 39, 43, 42, 47, 46, 45, 49, 48], ([3, 1, 0, 2, 8, 6, 5, 4, 7, 11, 9, 10, 12], [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))', () => {
    const small = small13();
    return show(T(A(Int), T(A(Int), A(Int))), [pre(big50()), [pre(small), S('to_array')(small)]]);
  });
c('{ let mut acc = SortedSet::new(); for i in 0..<40 { acc = acc.add((i * 17) % 41) }; let a = pre(acc); for i in 0..<20 { acc = acc.remove((i * 5) % 41) }; (a, pre(acc), pre(acc.remove_min()), pre(small.remove_min().remove_min())) } (newer source)',
  '([17, 3, 1, 0, 2, 10, 6, 5, 4, 8, 7, 9, 13, 12, 11, 15, 14, 16, 27, 23, 20, 19, 18, 22, 21, 26, 25, 34, 30, 29, 28, 32, 31, 33, 37, 36, 35, 39, 38, 40], [17, 11, 6, 1, 2, 7, 16, 12, 27, 23, 21, 18, 22, 26, 36, 31, 28, 32, 33, 38, 37], [17, 11, 6, 2, 7, 16, 12, 27, 23, 21, 18, 22, 26, 36, 31, 28, 32, 33, 38, 37], [8, 3, 2, 6, 5, 4, 7, 11, 9, 10, 12])', () => {
    const acc = removals();
    return show(T(A(Int), A(Int), A(Int), A(Int)), [pre(additions()), pre(acc), pre(S('remove_min')(acc)), pre(S('remove_min')(S('remove_min')(small13())))]);
  });
c('(pre(small.union(big)), pre(big.union(small)), pre(asc.union(SortedSet([100]))), pre(SortedSet([4]).union(asc)), pre(acc.union(big))) (newer source; the sets above)',
  '([25, 12, 3, 1, 0, 2, 8, 6, 4, 5, 7, 10, 9, 11, 19, 16, 14, 13, 15, 18, 17, 22, 21, 20, 24, 23, 38, 32, 29, 27, 26, 28, 31, 30, 35, 34, 33, 37, 36, 44, 41, 40, 39, 43, 42, 47, 46, 45, 49, 48], [25, 12, 6, 3, 1, 0, 2, 4, 5, 9, 7, 8, 10, 11, 19, 16, 14, 13, 15, 18, 17, 22, 21, 20, 24, 23, 38, 32, 29, 27, 26, 28, 31, 30, 35, 34, 33, 37, 36, 44, 41, 40, 39, 43, 42, 47, 46, 45, 49, 48], [5, 2, 1, 0, 4, 3, 8, 7, 6, 9, 100], [5, 2, 1, 0, 4, 3, 8, 7, 6, 9], [25, 12, 6, 3, 1, 0, 2, 5, 4, 9, 8, 7, 11, 10, 19, 16, 14, 13, 15, 17, 18, 22, 21, 20, 24, 23, 38, 32, 29, 27, 26, 28, 31, 30, 35, 34, 33, 36, 37, 44, 41, 40, 39, 43, 42, 47, 46, 45, 49, 48])', () => {
    const u = (a: unknown, b: unknown) => pre(S('union')(Int, a, b));
    return show(T(A(Int), A(Int), A(Int), A(Int), A(Int)), [u(small13(), big50()), u(big50(), small13()), u(asc10(), ints([100])), u(ints([4]), asc10()), u(removals(), big50())]);
  });
const ka = () => sset(Key, [k(1, 'a'), k(2, 'a'), k(3, 'a'), k(4, 'a'), k(5, 'a')]);
const kb = () => sset(Key, [k(2, 'b'), k(4, 'b'), k(6, 'b')]);
c('{ let ka = SortedSet([K(1, "a"), K(2, "a"), K(3, "a"), K(4, "a"), K(5, "a")]); let kb = SortedSet([K(2, "b"), K(4, "b"), K(6, "b")]); (ka.union(kb), kb.union(ka), ka.union(SortedSet([K(3, "c")])), SortedSet([K(3, "c")]).union(ka), ka.intersection(kb), kb.intersection(ka), ka.difference(kb), kb.difference(ka), ka.symmetric_difference(kb), ka.map(x => K(x.n / 2, x.tag + "m"))).map(to_array) } (newer source)',
  '[K1a, K2a, K3a, K4a, K5a, K6b] [K1a, K2a, K3a, K4a, K5a, K6b] [K1a, K2a, K3a, K4a, K5a] [K1a, K2a, K3a, K4a, K5a] [K2a, K4a] [K2b, K4b] [K1a, K3a, K5a] [K6b] [K1a, K3a, K5a, K6b] [K0am, K1am, K2am]', () => [
    S('union')(Key, ka(), kb()), S('union')(Key, kb(), ka()), S('union')(Key, ka(), sset(Key, [k(3, 'c')])), S('union')(Key, sset(Key, [k(3, 'c')]), ka()),
    S('intersection')(Key, ka(), kb()), S('intersection')(Key, kb(), ka()), S('difference')(Key, ka(), kb()), S('difference')(Key, kb(), ka()),
    S('symmetric_difference')(Key, ka(), kb()), S('map')(Key, ka(), (x: [number, string]) => k(Math.trunc(x[0] / 2), `${x[1]}m`)),
  ].map(keysOf).join(' '));
c('(pre(big.intersection(acc)), pre(acc.intersection(big)), pre(big.difference(acc)), pre(acc.difference(small)), pre(big.symmetric_difference(acc)), pre(small.symmetric_difference(asc))) (newer source)',
  '([26, 12, 6, 2, 1, 7, 11, 21, 17, 16, 18, 22, 23, 32, 28, 27, 31, 36, 33, 37, 38], [17, 11, 6, 2, 1, 7, 12, 16, 27, 23, 21, 18, 22, 26, 36, 31, 28, 33, 32, 37, 38], [25, 13, 8, 3, 0, 5, 4, 9, 10, 19, 14, 15, 20, 24, 39, 34, 30, 29, 35, 44, 41, 40, 43, 42, 47, 46, 45, 49, 48], [27, 17, 16, 23, 21, 18, 22, 26, 36, 31, 28, 32, 33, 38, 37], [25, 13, 8, 3, 0, 5, 4, 9, 10, 19, 14, 15, 20, 24, 39, 34, 30, 29, 35, 44, 41, 40, 43, 42, 47, 46, 45, 49, 48], [11, 10, 12])', () => {
    const op = (name: string, a: unknown, b: unknown) => pre(S(name)(Int, a, b));
    return show(T(A(Int), A(Int), A(Int), A(Int), A(Int), A(Int)), [
      op('intersection', big50(), removals()), op('intersection', removals(), big50()), op('difference', big50(), removals()), op('difference', removals(), small13()),
      op('symmetric_difference', big50(), removals()), op('symmetric_difference', small13(), asc10()),
    ]);
  });
c('{ let ft = []; let fl = big.filter(x => { ft.push(x); x % 3 != 0 }); (ft, pre(fl), pre(big.filter(_ => true)), pre(acc.filter(x => x > 20))) } (newer source)',
  '([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49], [25, 13, 7, 4, 2, 1, 5, 10, 8, 11, 19, 16, 14, 17, 22, 20, 23, 38, 32, 29, 26, 28, 31, 35, 34, 37, 44, 41, 40, 43, 47, 46, 49], [25, 12, 6, 3, 1, 0, 2, 5, 4, 9, 8, 7, 11, 10, 19, 16, 14, 13, 15, 18, 17, 22, 21, 20, 24, 23, 38, 32, 29, 27, 26, 28, 31, 30, 35, 34, 33, 37, 36, 44, 41, 40, 39, 43, 42, 47, 46, 45, 49, 48], [27, 23, 22, 21, 26, 36, 31, 28, 32, 33, 38, 37])', () => {
    const ft: number[] = [];
    const fl = S('filter')(big50(), (x: number) => (ft.push(x), x % 3 !== 0));
    return show(T(A(Int), A(Int), A(Int), A(Int)), [ft, pre(fl), pre(S('filter')(big50(), () => true)), pre(S('filter')(removals(), (x: number) => x > 20))]);
  });
c('{ let mt = []; let mp = small.map(x => { mt.push(x); x % 5 }); (mt, pre(mp), mp.to_array(), pre(big.map(x => x * 2)), pre(big.map(x => 100 - x)), pre(acc.map(x => x / 3))) } (newer source)',
  '([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [2, 1, 0, 4, 3], [0, 1, 2, 3, 4], [50, 24, 12, 6, 2, 0, 4, 8, 10, 18, 14, 16, 20, 22, 38, 32, 28, 26, 30, 34, 36, 44, 40, 42, 46, 48, 76, 64, 58, 54, 52, 56, 60, 62, 70, 66, 68, 72, 74, 88, 82, 78, 80, 84, 86, 94, 90, 92, 96, 98], [83, 70, 58, 52, 51, 54, 53, 56, 55, 57, 64, 60, 59, 62, 61, 63, 66, 65, 68, 67, 69, 77, 73, 71, 72, 75, 74, 76, 79, 78, 81, 80, 82, 96, 90, 86, 84, 85, 88, 87, 89, 92, 91, 94, 93, 95, 99, 97, 98, 100], [10, 3, 0, 2, 7, 5, 4, 6, 8, 9, 11, 12])', () => {
    const mt: number[] = [];
    const mp = S('map')(Int, small13(), (x: number) => (mt.push(x), x % 5));
    const mapped = (s: unknown, g: (x: number) => number) => pre(S('map')(Int, s, g));
    return show(T(A(Int), A(Int), A(Int), A(Int), A(Int), A(Int)), [
      mt, pre(mp), S('to_array')(mp), mapped(big50(), (x) => x * 2), mapped(big50(), (x) => 100 - x), mapped(removals(), (x) => Math.trunc(x / 3)),
    ]);
  });
c('{ let (l, p, r) = big.split(25); let (l2, p2, r2) = big.split(100); (pre(l), p, pre(r), pre(l2), p2, pre(r2)) } (newer source)',
  '([12, 6, 3, 1, 0, 2, 5, 4, 9, 8, 7, 11, 10, 19, 16, 14, 13, 15, 18, 17, 22, 21, 20, 24, 23], true, [38, 32, 29, 27, 26, 28, 31, 30, 35, 34, 33, 37, 36, 44, 41, 40, 39, 43, 42, 47, 46, 45, 49, 48], [25, 12, 6, 3, 1, 0, 2, 5, 4, 9, 8, 7, 11, 10, 19, 16, 14, 13, 15, 18, 17, 22, 21, 20, 24, 23, 38, 32, 29, 27, 26, 28, 31, 30, 35, 34, 33, 37, 36, 44, 41, 40, 39, 43, 42, 47, 46, 45, 48, 49], false, [])', () => {
    const [l, p, r] = S('split')(Int, big50(), 25);
    const [l2, p2, r2] = S('split')(Int, big50(), 100);
    return show(T(A(Int), Bool, A(Int), A(Int), Bool, A(Int)), [pre(l), p, pre(r), pre(l2), p2, pre(r2)]);
  });
c('{ let at = []; let an = big.any(x => { at.push(x); x == 40 }); let al = []; let all = big.all(x => { al.push(x); x < 40 }); (an, at, all, al) } (newer source)',
  '(true, [25, 12, 6, 3, 1, 0, 2, 5, 4, 9, 8, 7, 11, 10, 19, 16, 14, 13, 15, 18, 17, 22, 21, 20, 24, 23, 38, 32, 29, 27, 26, 28, 31, 30, 35, 34, 33, 37, 36, 44, 41, 40], false, [25, 12, 6, 3, 1, 0, 2, 5, 4, 9, 8, 7, 11, 10, 19, 16, 14, 13, 15, 18, 17, 22, 21, 20, 24, 23, 38, 32, 29, 27, 26, 28, 31, 30, 35, 34, 33, 37, 36, 44])', () => {
    const at: number[] = [];
    const an = S('any')(big50(), (x: number) => (at.push(x), x === 40));
    const al: number[] = [];
    const every = S('all')(big50(), (x: number) => (al.push(x), x < 40));
    return show(T(Bool, A(Int), Bool, A(Int)), [an, at, every, al]);
  });
c('((asc.subset(big), small.subset(big), acc.subset(big), SortedSet([1, 2, 40]).subset(big), SortedSet::new().subset(asc), asc.subset(SortedSet::new())), (asc.disjoint(SortedSet([10, 11])), asc.disjoint(SortedSet([9, 11])), asc.disjoint(asc), big.disjoint(acc))) (newer source)',
  '((true, true, true, true, true, false), (true, false, false, false))', () => {
    const sub = (a: unknown, b: unknown) => S('subset')(Int, a, b);
    const dis = (a: unknown, b: unknown) => S('disjoint')(Int, a, b);
    const asc = asc10();
    return show(T(T(Bool, Bool, Bool, Bool, Bool, Bool), T(Bool, Bool, Bool, Bool)), [
      [sub(asc, big50()), sub(small13(), big50()), sub(removals(), big50()), sub(ints([1, 2, 40]), big50()), sub(emptySet(), asc), sub(asc, emptySet())],
      [dis(asc, ints([10, 11])), dis(asc, ints([9, 11])), dis(asc, asc), dis(big50(), removals())],
    ]);
  });

for (const [mbt, expected, actual] of cases) {
  test(`immutable sorted collections: ${mbt.split(' ||| ')[0]}`, () => assert.equal(actual(), expected));
}

// The oracle: `test "panic at" { ignore(@immut/sorted_map.from_array([(1, 2)]).at(3)) }` and the same with `[3]` pass.
test('immutable sorted collections: SortedMap::at panics on a missing key', () => {
  assert.throws(() => M('at')(Int, smap(Int, [[1, 2]]), 3), Panic);
  assert.throws(() => M('at')(Int, im('new')(), 0), Panic);
});

// The oracle: `try? @immut/sorted_map.from_array([(1, "a")]).filter_with_key((k, _) => if k == 1 { raise Stop(k) } else { true })` is `Err(Stop(1))`.
test('immutable sorted collections: an error raised by filter propagates', () => {
  const stop = new Error('Stop(1)');
  assert.throws(() => M('filter')(smap(Int, [[1, 'a']]), () => {
    throw stop;
  }), (e) => e === stop);
});

// Random runs: contents and sizes always agree with a plain JS map, every
// tree stays ordered with exact sizes (and within core's weight ratio after
// builds, additions and removals: `merge` and `filter` rebalance only
// locally, as core's do), and the maps an update started from are unchanged.
interface Shape {
  key: number;
  size: number;
  left: Shape | { size: 0 };
  right: Shape | { size: 0 };
}
function checkTree(t: Shape | { size: 0 }, lo: number, hi: number, balanced: boolean): number {
  if (t.size === 0) return 0;
  const n = t as Shape;
  assert.ok(n.key > lo && n.key < hi, 'ordered');
  const l = checkTree(n.left, lo, n.key, balanced);
  const r = checkTree(n.right, n.key, hi, balanced);
  assert.equal(n.size, l + r + 1, 'size');
  if (balanced && l + r >= 2) assert.ok(l <= 5 * r && r <= 5 * l, 'weight balanced');
  return n.size;
}

test('immutable sorted collections: random runs agree with a reference map, keep the weight balance and persist', () => {
  let seed = 7;
  const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  for (let run = 0; run < 200; run++) {
    const ref = new Map<number, number>();
    let m = run % 2 === 0 ? im('new')() : smap(Int, makei(rand(100), (i) => [rand(200), i]));
    for (const [key, v] of M('to_array')(m) as [number, number][]) ref.set(key, v);
    for (let i = 0; i < 60; i++) {
      const before = M('to_array')(m);
      const key = rand(80);
      let next;
      if (rand(3) === 0) {
        next = M('remove')(Int, m, key);
        ref.delete(key);
      } else {
        next = M('add')(Int, m, key, i);
        ref.set(key, i);
      }
      assert.deepEqual(M('to_array')(m), before, 'persistent');
      m = next;
    }
    checkTree(m, -Infinity, Infinity, true);
    assert.deepEqual(M('to_array')(m), [...ref.entries()].sort((p, q) => p[0] - q[0]));
    const other = smap(Int, makei(rand(60), (i) => [rand(120), -i]));
    const merged = M('merge')(Int, m, other);
    checkTree(merged, -Infinity, Infinity, false);
    const want = new Map(ref);
    for (const [key, v] of M('to_array')(other) as [number, number][]) want.set(key, v);
    assert.deepEqual(M('to_array')(merged), [...want.entries()].sort((p, q) => p[0] - q[0]));
    const kept = M('filter')(merged, (key: number) => key % 4 !== 1);
    checkTree(kept, -Infinity, Infinity, false);
    assert.deepEqual(M('keys')(kept), [...want.keys()].filter((key) => key % 4 !== 1).sort((p, q) => p - q));
    assert.equal(M('length')(merged), want.size);
  }
});

// `@sorted_map` is the mutable top-level package everywhere but in
// `@immut/sorted_map`'s own docs, where it is that package (as its
// blackbox tests say it); the full path names the immutable one anywhere.
test('immutable sorted collections: @sorted_map means @immut/sorted_map only in its own docs', () => {
  const env = buildCoreEnv(CORE_MODULES, { table: signatures });
  assert.equal(env.types.get('@sorted_map.SortedMap')?.runtime, '@sorted_map.SortedMap');
  assert.equal(env.types.get('@immut/sorted_map.SortedMap')?.runtime, '@immut/sorted_map.SortedMap');
  const doc = (pkg: string) => '```mbt check\ntest {\n  let m = @' + pkg + '.SortedMap([(1, "a")])\n  let n = m.add(2, "b")\n  inspect(n.length(), content="2")\n}\n```\n';
  const translate = (source: string, docPackage?: string) => {
    const { blocks } = scanBlocks(source, 'doc.mbt.md');
    return translateDoc({
      file: 'doc.mbt.md', sourcePath: '/abs/doc.mbt.md', source, blocks, includeNocheck: false,
      binding: { table: signatures, exported: new Set() }, imports: { runtime: 'RT', moonbit: 'MB', binding: 'B' }, docPackage,
    });
  };
  const own = translate(doc('sorted_map'), 'immut/sorted_map');
  assert.deepEqual(own.diagnostics, []);
  assert.match(own.text, /\$core\["@immut\/sorted_map\.SortedMap::add"\]/);
  // Elsewhere `add` is the mutable map's, which returns Unit.
  for (const docPackage of [undefined, 'sorted_map', 'immut/sorted_set']) {
    const there = translate(doc('sorted_map'), docPackage);
    assert.deepEqual(there.diagnostics.map((d) => [d.line, d.column, d.message]), [[5, 13, 'type Unit has no method `length`']], String(docPackage));
  }
  const full = translate(doc('immut/sorted_map'));
  assert.deepEqual(full.diagnostics, []);
  assert.match(full.text, /\$core\["@immut\/sorted_map\.SortedMap::add"\]/);
});

// Core's aliases and free functions (`#alias`, `#as_free_fn`) are the same functions.
test('immutable sorted collections: aliases and free functions share their implementations', () => {
  const same = (pkg: string, names: string[]) => {
    const impls = names.map((n) => table[`@${pkg}.${n}`]);
    assert.ok(impls.every((x) => typeof x === 'function' && x === impls[0]), names.join(' = '));
  };
  const map = 'immut/sorted_map';
  same(map, ['SortedMap::SortedMap', 'SortedMap::from_array', 'from_array', 'SortedMap::of', 'of']);
  same(map, ['SortedMap::new', 'new', 'SortedMap::empty']);
  same(map, ['SortedMap::singleton', 'singleton']);
  same(map, ['SortedMap::from_iter', 'from_iter', 'SortedMap::from_iterator', 'from_iterator']);
  same(map, ['SortedMap::add', 'SortedMap::insert']);
  same(map, ['SortedMap::get', 'SortedMap::lookup']);
  same(map, ['SortedMap::length', 'SortedMap::size']);
  same(map, ['SortedMap::filter', 'SortedMap::filter_with_key']);
  same(map, ['SortedMap::map', 'SortedMap::map_with_key']);
  same(map, ['SortedMap::fold', 'SortedMap::foldl_with_key']);
  same(map, ['SortedMap::rev_fold', 'SortedMap::foldr_with_key']);
  same(map, ['SortedMap::iter', 'SortedMap::iterator']);
  same(map, ['SortedMap::iter2', 'SortedMap::iterator2']);
});

// The oracle: `test "panic min" { ignore((@immut/sorted_set.new() : @immut/sorted_set.SortedSet[Int]).min()) }` passes, and so do `max` and `remove_min`.
test('immutable sorted collections: min, max and remove_min panic on an empty set', () => {
  for (const name of ['min', 'max', 'remove_min']) assert.throws(() => S(name)(emptySet()), Panic, name);
});

// Random runs: the set operations agree with JS sets, every result is
// ordered with exact sizes, and the operands are unchanged.
test('immutable sorted collections: random set runs agree with reference sets and persist', () => {
  let seed = 11;
  const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const byNumber = (p: number, q: number) => p - q;
  for (let run = 0; run < 200; run++) {
    const xs = makei(rand(run % 4 === 0 ? 150 : 40), () => rand(200));
    const ys = makei(rand(run % 5 === 0 ? 150 : 40), () => rand(200));
    let a = ints(xs);
    const b = ints(ys);
    const inA = new Set(xs);
    for (let i = 0; i < 20; i++) {
      const x = rand(200);
      if (rand(2) === 0) {
        a = S('add')(Int, a, x);
        inA.add(x);
      } else {
        a = S('remove')(Int, a, x);
        inA.delete(x);
      }
    }
    const inB = new Set(ys);
    const before = [S('to_array')(a), S('to_array')(b)];
    const onlyA = [...inA].filter((x) => !inB.has(x));
    const onlyB = [...inB].filter((x) => !inA.has(x));
    const expected: Record<string, number[]> = {
      union: [...new Set([...inA, ...inB])],
      difference: onlyA,
      intersection: [...inA].filter((x) => inB.has(x)),
      symmetric_difference: [...onlyA, ...onlyB],
    };
    for (const [op, want] of Object.entries(expected)) {
      const s = S(op)(Int, a, b);
      checkTree(s, -Infinity, Infinity, false);
      assert.deepEqual(S('to_array')(s), want.sort(byNumber), op);
      assert.equal(S('length')(s), want.length, op);
    }
    assert.equal(S('subset')(Int, a, b), [...inA].every((x) => inB.has(x)));
    assert.equal(S('disjoint')(Int, a, b), expected.intersection!.length === 0);
    assert.deepEqual([S('to_array')(a), S('to_array')(b)], before, 'operands unchanged');
  }
});

test('immutable sorted collections: @sorted_set means @immut/sorted_set only in its own docs', () => {
  const env = buildCoreEnv(CORE_MODULES, { table: signatures });
  assert.equal(env.types.get('@sorted_set.SortedSet')?.runtime, '@sorted_set.SortedSet');
  assert.equal(env.types.get('@immut/sorted_set.SortedSet')?.runtime, '@immut/sorted_set.SortedSet');
  const doc = (pkg: string) => '```mbt check\ntest {\n  let s = @' + pkg + '.SortedSet([1])\n  let t = s.add(2)\n  inspect(t.length(), content="2")\n}\n```\n';
  const translate = (source: string, docPackage?: string) => {
    const { blocks } = scanBlocks(source, 'doc.mbt.md');
    return translateDoc({
      file: 'doc.mbt.md', sourcePath: '/abs/doc.mbt.md', source, blocks, includeNocheck: false,
      binding: { table: signatures, exported: new Set() }, imports: { runtime: 'RT', moonbit: 'MB', binding: 'B' }, docPackage,
    });
  };
  const own = translate(doc('sorted_set'), 'immut/sorted_set');
  assert.deepEqual(own.diagnostics, []);
  assert.match(own.text, /\$core\["@immut\/sorted_set\.SortedSet::add"\]/);
  for (const docPackage of [undefined, 'sorted_set', 'immut/sorted_map']) {
    const there = translate(doc('sorted_set'), docPackage);
    assert.deepEqual(there.diagnostics.map((d) => [d.line, d.column, d.message]), [[5, 13, 'type Unit has no method `length`']], String(docPackage));
  }
  assert.deepEqual(translate(doc('immut/sorted_set')).diagnostics, []);
});

test('immutable sorted collections: the set\'s aliases and free functions share their implementations', () => {
  const same = (names: string[]) => {
    const impls = names.map((n) => table[`@immut/sorted_set.${n}`]);
    assert.ok(impls.every((x) => typeof x === 'function' && x === impls[0]), names.join(' = '));
  };
  same(['SortedSet::SortedSet', 'SortedSet::from_array', 'from_array', 'SortedSet::of', 'of']);
  same(['SortedSet::new', 'new']);
  same(['SortedSet::singleton', 'singleton']);
  same(['SortedSet::from_iter', 'from_iter', 'SortedSet::from_iterator', 'from_iterator']);
  same(['SortedSet::intersection', 'SortedSet::inter']);
  same(['SortedSet::difference', 'SortedSet::diff', 'SortedSet::sub']);
  same(['SortedSet::length', 'SortedSet::size']);
  same(['SortedSet::iter', 'SortedSet::iterator']);
  same(['SortedSet::rev_iter', 'SortedSet::rev_iterator']);
});
