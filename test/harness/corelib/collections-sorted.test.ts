// @sorted_map.SortedMap and @sorted_set.SortedSet, through the whole table
// (the real impls of Int, String, tuples, Json, ...). Each case names the
// MoonBit the oracle ran; where the docs' newer core spells it differently
// (`SortedMap([])` for `new()`, `keys()` for `keys_as_iter()`), the newer
// form comes first and the oracle's after `|||`. An iterator made before a
// mutation walks the live nodes, so those cases check the tree's exact
// shape after each insertion, removal and rotation.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { desc, registerImpl, type Desc } from '../../../harness/runtime/desc.ts';
import { Iter, type Logger } from '../../../harness/runtime/core-values.ts';
import { Some, None, Panic, Err } from '../../../harness/runtime/values.ts';
import { coreTable } from '../../../harness/corelib/runtime.ts';
import { render } from '../../../harness/corelib/support/pretty.ts';
import * as R from '../../../harness/corelib/support/repr.ts';
import * as J from '../../../harness/corelib/support/json.ts';
import { ROOT } from '../../../harness/corelib/support/json-path.ts';
import { newStringMap, setKey } from '../../../harness/corelib/support/maps.ts';
import type { SortedTree, TreeNode } from '../../../harness/corelib/support/sorted-tree.ts';
import { CORE_MODULES } from '../../../harness/corelib/index.ts';
import { buildCoreEnv } from '../../../harness/typing/core-env.ts';
import { signatures } from '../../../binding/signatures.ts';

const table = coreTable();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const f = (name: string) => table[name] as (...args: any[]) => any;
const sm = (name: string) => f(`@sorted_map.${name}`);
const M = (name: string) => f(`@sorted_map.SortedMap::${name}`);

const Int = desc('Int');
const Str = desc('String');
const Bool = desc('Bool');
const Char = desc('Char');
const A = (d: Desc) => desc('Array', [d]);
const O = (d: Desc) => desc('Option', [d]);
const T = (...ds: Desc[]) => desc(`Tuple${ds.length}`, ds);
const SM = (k: Desc, v: Desc) => desc('@sorted_map.SortedMap', [k, v]);
const show = (d: Desc, x: unknown): string => (d['Show.to_string'] as (x: unknown) => string)(x);
const debug = (d: Desc, x: unknown): string => render((d['Debug.to_repr'] as (x: unknown) => R.Repr)(x));
const method = (d: Desc, m: string) => d[m] as (...args: unknown[]) => unknown;
const opt = (x: unknown) => (x === Iter.DONE ? None : new Some(x));
const collect = (it: Iter) => f('Iter::collect')(it);
const pairs = (it: { _0: Iter }) => f('Iter2::to_array')(it);

const smap = (K: Desc, kvs: [unknown, unknown][]) => sm('from_array')(K, kvs);

// Test keys: `Key(n, tag)` compares and equals by `n` and shows `K<n><tag>`;
// `Rev(n)` keeps Int's `compare` but overrides `op_lt` to mean `>`;
// `Opaque(n)` shows every key as `k`.
registerImpl('Key', 'Eq', { equal: (a: [number, string], b: [number, string]) => a[0] === b[0] });
registerImpl('Key', 'Compare', { compare: (a: [number, string], b: [number, string]) => Math.sign(a[0] - b[0]) });
registerImpl('Key', 'Show', { output: (x: [number, string], l: Logger) => l.write_string(`K${x[0]}${x[1]}`) });
registerImpl('Rev', 'Eq', { equal: (a: number, b: number) => a === b });
registerImpl('Rev', 'Compare', { compare: (a: number, b: number) => Math.sign(a - b), op_lt: (a: number, b: number) => a > b });
registerImpl('Rev', 'Show', { output: (x: number, l: Logger) => l.write_string(`L(${x})`) });
registerImpl('Opaque', 'Eq', { equal: (a: number, b: number) => a === b });
registerImpl('Opaque', 'Compare', { compare: (a: number, b: number) => Math.sign(a - b) });
registerImpl('Opaque', 'Show', { output: (_x: number, l: Logger) => l.write_string('k') });
const Key = desc('Key');
const Rev = desc('Rev');
const Opaque = desc('Opaque');

type Case = [mbt: string, expected: string, actual: () => string];
const cases: Case[] = [];
const c = (mbt: string, expected: string, actual: () => string) => cases.push([mbt, expected, actual]);

// ---- @sorted_map: building, lookups, updates ----------------------------------
c('@sorted_map.from_array([(3, "c"), (1, "a"), (3, "C"), (2, "b")])', '@sorted_map.from_array([(1, "a"), (2, "b"), (3, "C")])', () =>
  show(SM(Int, Str), smap(Int, [[3, 'c'], [1, 'a'], [3, 'C'], [2, 'b']])),
);
c('{ let e : @sorted_map.SortedMap[Int, String] = SortedMap([]); (e, e.length(), e.is_empty(), e.to_array(), e.keys().collect(), e.iter().collect(), e.get(1), e.contains(1)) } ||| { let e : @sorted_map.SortedMap[Int, String] = @sorted_map.new(); (e, e.length(), e.is_empty(), e.to_array(), e.keys_as_iter().collect(), e.iter().collect(), e.get(1), e.contains(1)) }',
  '(@sorted_map.from_array([]), 0, true, [], [], [], None, false)', () => {
    const e = M('SortedMap')(Int, []);
    return show(T(SM(Int, Str), Int, Bool, A(T(Int, Str)), A(Int), A(T(Int, Str)), O(Str), Bool), [
      e, M('length')(e), M('is_empty')(e), M('to_array')(e), collect(M('keys')(e)), collect(M('iter')(e)), M('get')(Int, e, 1), M('contains')(Int, e, 1),
    ]);
  });
c('{ let one = @sorted_map.from_array([(5, "x")]); (one, one.length(), one.is_empty(), one.get(5), one.get(4), one.at(5)) }', '(@sorted_map.from_array([(5, "x")]), 1, false, Some("x"), None, "x")', () => {
  const one = smap(Int, [[5, 'x']]);
  return show(T(SM(Int, Str), Int, Bool, O(Str), O(Str), Str), [one, M('length')(one), M('is_empty')(one), M('get')(Int, one, 5), M('get')(Int, one, 4), M('at')(Int, one, 5)]);
});
// String keys order shortest first, as String's `compare` does.
c('{ let m = SortedMap([]); m.set("b", 2); m["a"] = 1; m.add("ab", 3); m["b"] = 20; m.set("B", 0); (m, m.length(), m.keys().collect(), m.values().collect()) } ||| { let m = @sorted_map.new(); m.set("b", 2); m["a"] = 1; m.add("ab", 3); m["b"] = 20; m.set("B", 0); (m, m.length(), m.keys_as_iter().collect(), m.values_as_iter().collect()) }',
  '(@sorted_map.from_array([("B", 0), ("a", 1), ("b", 20), ("ab", 3)]), 4, ["B", "a", "b", "ab"], [0, 1, 20, 3])', () => {
    const m = M('new')();
    M('set')(Str, m, 'b', 2);
    M('set')(Str, m, 'a', 1);
    M('add')(Str, m, 'ab', 3);
    M('set')(Str, m, 'b', 20);
    M('set')(Str, m, 'B', 0);
    return show(T(SM(Str, Int), Int, A(Str), A(Int)), [m, M('length')(m), collect(M('keys_as_iter')(m)), collect(M('values_as_iter')(m))]);
  });
c('{ let m = @sorted_map.from_array([("B", 0), ("a", 1), ("b", 20), ("ab", 3)]); m.remove("zz"); m.remove("ab"); (m, m.length(), m.contains("ab"), m.contains("a"), m["b"]) }',
  '(@sorted_map.from_array([("B", 0), ("a", 1), ("b", 20)]), 3, false, true, 20)', () => {
    const m = smap(Str, [['B', 0], ['a', 1], ['b', 20], ['ab', 3]]);
    M('remove')(Str, m, 'zz');
    M('remove')(Str, m, 'ab');
    return show(T(SM(Str, Int), Int, Bool, Bool, Int), [m, M('size')(m), M('contains')(Str, m, 'ab'), M('contains')(Str, m, 'a'), M('at')(Str, m, 'b')]);
  });
c('{ let big = SortedMap([]); for i in 0..<100 { big[(i * 37) % 100] = i }; for i in 0..<100 { if i % 3 == 0 { big.remove(i) } }; (big.length(), big.keys().take(8).collect(), big.get(50), big.get(51), big.range(40, 50).to_array()) } ||| (same with @sorted_map.new() and keys_as_iter())',
  '(66, [1, 2, 4, 5, 7, 8, 10, 11], Some(50), None, [(40, 20), (41, 93), (43, 39), (44, 12), (46, 58), (47, 31), (49, 77), (50, 50)])', () => {
    const big = M('new')();
    for (let i = 0; i < 100; i++) M('set')(Int, big, (i * 37) % 100, i);
    for (let i = 0; i < 100; i += 3) M('remove')(Int, big, i);
    return show(T(Int, A(Int), O(Int), O(Int), A(T(Int, Int))), [
      M('length')(big), collect(f('Iter::take')(M('keys')(big), 8)), M('get')(Int, big, 50), M('get')(Int, big, 51), pairs(M('range')(Int, big, 40, 50)),
    ]);
  });
// `range` is inclusive at both ends; bounds outside the keys or crossed give what lies between.
c('{ let r = @sorted_map.from_array([(1, "a"), (3, "c"), (5, "e"), (7, "g"), (9, "i")]); (r.range(3, 7).to_array(), r.range(2, 8).to_array(), r.range(0, 100).to_array(), r.range(7, 3).to_array(), r.range(5, 5).to_array(), r.range(6, 6).to_array(), r.range(10, 20).to_array(), SortedMap([]).range(0, 1).to_array()) }',
  '([(3, "c"), (5, "e"), (7, "g")], [(3, "c"), (5, "e"), (7, "g")], [(1, "a"), (3, "c"), (5, "e"), (7, "g"), (9, "i")], [], [(5, "e")], [], [], [])', () => {
    const r = smap(Int, [[1, 'a'], [3, 'c'], [5, 'e'], [7, 'g'], [9, 'i']]);
    const rg = (m: unknown, lo: number, hi: number) => pairs(M('range')(Int, m, lo, hi));
    const P = A(T(Int, Str));
    return show(T(P, P, P, P, P, P, P, P), [rg(r, 3, 7), rg(r, 2, 8), rg(r, 0, 100), rg(r, 7, 3), rg(r, 5, 5), rg(r, 6, 6), rg(r, 10, 20), rg(M('new')(), 0, 1)]);
  });
c('{ let r = @sorted_map.from_array([(1, "a"), (3, "c"), (5, "e"), (7, "g"), (9, "i")]); let out = []; r.eachi((i, k, v) => out.push((i, k, v))); let out2 = []; r.each((k, v) => out2.push("\\{k}\\{v}")); (out, out2, r.iter2().to_array()) }',
  '([(0, 1, "a"), (1, 3, "c"), (2, 5, "e"), (3, 7, "g"), (4, 9, "i")], ["1a", "3c", "5e", "7g", "9i"], [(1, "a"), (3, "c"), (5, "e"), (7, "g"), (9, "i")])', () => {
    const r = smap(Int, [[1, 'a'], [3, 'c'], [5, 'e'], [7, 'g'], [9, 'i']]);
    const out: unknown[] = [];
    M('eachi')(r, (i: number, k: number, v: string) => out.push([i, k, v]));
    const out2: string[] = [];
    M('each')(r, (k: number, v: string) => out2.push(`${k}${v}`));
    return show(T(A(T(Int, Int, Str)), A(Str), A(T(Int, Str))), [out, out2, pairs(M('iter2')(r))]);
  });
c('{ let g = @sorted_map.from_array([(1, "a")]); (g.get_or_default(1, "z"), g.get_or_default(2, "z"), g.length(), g.get_or_init(3, () => "c"), g.get_or_init(3, () => "d"), g.length(), g) }',
  '("a", "z", 1, "c", "c", 2, @sorted_map.from_array([(1, "a"), (3, "c")]))', () => {
    const g = smap(Int, [[1, 'a']]);
    return show(T(Str, Str, Int, Str, Str, Int, SM(Int, Str)), [
      M('get_or_default')(Int, g, 1, 'z'), M('get_or_default')(Int, g, 2, 'z'), M('length')(g),
      M('get_or_init')(Int, g, 3, () => 'c'), M('get_or_init')(Int, g, 3, () => 'd'), M('length')(g), g,
    ]);
  });
// `update_or_default` is the newer core's; the oracle's equivalent is spelled out.
c('{ let u : @sorted_map.SortedMap[String, Int] = SortedMap([]); for w in ["b", "a", "b", "c", "b"] { u.update_or_default(w, 1, x => x + 1) }; u } ||| { let u : @sorted_map.SortedMap[String, Int] = @sorted_map.new(); for w in ["b", "a", "b", "c", "b"] { match u.get(w) { Some(x) => u.set(w, x + 1); None => u.set(w, 1) } }; u }',
  '@sorted_map.from_array([("a", 1), ("b", 3), ("c", 1)])', () => {
    const u = M('SortedMap')(Str, []);
    for (const w of ['b', 'a', 'b', 'c', 'b']) M('update_or_default')(Str, u, w, 1, (x: number) => x + 1);
    return show(SM(Str, Int), u);
  });
c('{ let r = @sorted_map.from_array([(1, "a"), (3, "c"), (5, "e"), (7, "g"), (9, "i")]); let cp = r.copy(); cp.set(4, "d"); r.remove(1); (r, cp, r.length(), cp.length()) }',
  '(@sorted_map.from_array([(3, "c"), (5, "e"), (7, "g"), (9, "i")]), @sorted_map.from_array([(1, "a"), (3, "c"), (4, "d"), (5, "e"), (7, "g"), (9, "i")]), 4, 6)', () => {
    const r = smap(Int, [[1, 'a'], [3, 'c'], [5, 'e'], [7, 'g'], [9, 'i']]);
    const cp = M('copy')(r);
    M('set')(Int, cp, 4, 'd');
    M('remove')(Int, r, 1);
    return show(T(SM(Int, Str), SM(Int, Str), Int, Int), [r, cp, M('length')(r), M('length')(cp)]);
  });
c('{ let m1 = @sorted_map.from_array([(1, "a"), (2, "b")]); let m2 = @sorted_map.from_array([(2, "B"), (3, "c")]); let x = (m1.merge(m2), m1.copy(), m2.merge(m1)); m1.merge_in_place(m2); m2.merge_in_place(m2); (x, m1, m2) }',
  '((@sorted_map.from_array([(1, "a"), (2, "B"), (3, "c")]), @sorted_map.from_array([(1, "a"), (2, "b")]), @sorted_map.from_array([(1, "a"), (2, "b"), (3, "c")])), @sorted_map.from_array([(1, "a"), (2, "B"), (3, "c")]), @sorted_map.from_array([(2, "B"), (3, "c")]))', () => {
    const m1 = smap(Int, [[1, 'a'], [2, 'b']]);
    const m2 = smap(Int, [[2, 'B'], [3, 'c']]);
    const x = [M('merge')(Int, m1, m2), M('clone')(m1), M('merge')(Int, m2, m1)];
    M('merge_in_place')(Int, m1, m2);
    M('merge_in_place')(Int, m2, m2);
    const S = SM(Int, Str);
    return show(T(T(S, S, S), S, S), [x, m1, m2]);
  });
c('{ let m1 = @sorted_map.from_array([(1, "a"), (2, "B"), (3, "c")]); let m2 = @sorted_map.from_array([(2, "B"), (3, "c")]); (m1 == @sorted_map.from_array([(3, "c"), (2, "B"), (1, "a")]), m1 == m2, m2 == @sorted_map.from_array([(2, "B"), (3, "x")]), SortedMap([]) == SortedMap([]), m1 != m2, m1.equal(m1.copy())) }',
  '(true, false, false, true, true, true)', () => {
    const m1 = smap(Int, [[1, 'a'], [2, 'B'], [3, 'c']]);
    const m2 = smap(Int, [[2, 'B'], [3, 'c']]);
    const S = SM(Int, Str);
    const eq = method(S, 'Eq.equal');
    return show(T(Bool, Bool, Bool, Bool, Bool, Bool), [
      eq(m1, smap(Int, [[3, 'c'], [2, 'B'], [1, 'a']])), eq(m1, m2), eq(m2, smap(Int, [[2, 'B'], [3, 'x']])), eq(M('new')(), M('new')()),
      method(S, 'Eq.not_equal')(m1, m2), M('equal')(Int, Str, m1, M('copy')(m1)),
    ]);
  });
// `set` on a key `==` to a stored one replaces the value and keeps the stored key.
c('{ let ks = SortedMap([]); ks.set(K(1, "first"), 1); ks.set(K(2, "x"), 2); ks.set(K(1, "second"), 3); let a = ks.to_string(); ks.remove(K(1, "third")); (a, ks) } (K compares and equals by .0, shows "K\\{.0}\\{.1}")',
  '("@sorted_map.from_array([(K1first, 3), (K2x, 2)])", @sorted_map.from_array([(K2x, 2)]))', () => {
    const ks = M('new')();
    M('set')(Key, ks, [1, 'first'], 1);
    M('set')(Key, ks, [2, 'x'], 2);
    M('set')(Key, ks, [1, 'second'], 3);
    const a = show(SM(Key, Int), ks);
    M('remove')(Key, ks, [1, 'third']);
    return show(T(Str, SM(Key, Int)), [a, ks]);
  });
// `set` and `remove` place keys with `<` (here overridden to mean `>`); `get`, `contains` and `range` search with `compare`.
c('{ let ls = SortedMap([]); for i in [3, 1, 4, 5, 9, 2, 6] { ls.set(L(i), i) }; let a = (ls.to_string(), ls.get(L(4)), ls.contains(L(9)), ls.range(L(2), L(5)).to_array()); ls.remove(L(5)); ls.remove(L(9)); (a, ls, ls.length()) } (L: Int\'s compare, op_lt(a, b) = a.0 > b.0)',
  '(("@sorted_map.from_array([(L(9), 9), (L(6), 6), (L(5), 5), (L(4), 4), (L(3), 3), (L(2), 2), (L(1), 1)])", None, false, [(L(5), 5), (L(4), 4), (L(3), 3)]), @sorted_map.from_array([(L(6), 6), (L(4), 4), (L(3), 3), (L(2), 2), (L(1), 1)]), 5)', () => {
    const ls = M('new')();
    for (const i of [3, 1, 4, 5, 9, 2, 6]) M('set')(Rev, ls, i, i);
    const a = [show(SM(Rev, Int), ls), M('get')(Rev, ls, 4), M('contains')(Rev, ls, 9), pairs(M('range')(Rev, ls, 2, 5))];
    M('remove')(Rev, ls, 5);
    M('remove')(Rev, ls, 9);
    return show(T(T(Str, O(Int), Bool, A(T(Rev, Int))), SM(Rev, Int), Int), [a, ls, M('length')(ls)]);
  });
c('@sorted_map.from_iter([|(2, "b"), (1, "a"), (2, "B")|]) ||| @sorted_map.from_iter([(2, "b"), (1, "a"), (2, "B")].iter())', '@sorted_map.from_array([(1, "a"), (2, "B")])', () =>
  show(SM(Int, Str), sm('from_iter')(Int, f('Array::iter')([[2, 'b'], [1, 'a'], [2, 'B']]))),
);
c('(@sorted_map.of([(2, 1)]), @sorted_map.SortedMap::from_iterator([(1, 1)].iter()), (Default::default() : @sorted_map.SortedMap[Int, Int]))', '(@sorted_map.from_array([(2, 1)]), @sorted_map.from_array([(1, 1)]), @sorted_map.from_array([]))', () => {
  const S = SM(Int, Int);
  return show(T(S, S, S), [sm('of')(Int, [[2, 1]]), M('from_iterator')(Int, f('Array::iter')([[1, 1]])), method(S, 'Default.default')()]);
});
c('{ let m = @sorted_map.from_array([(1, "a")]); m.clear(); m.set(2, "b"); (m, m.length(), m.iterator().collect(), m.iterator2().to_array()) }', '(@sorted_map.from_array([(2, "b")]), 1, [(2, "b")], [(2, "b")])', () => {
  const m = smap(Int, [[1, 'a']]);
  M('clear')(m);
  M('set')(Int, m, 2, 'b');
  return show(T(SM(Int, Str), Int, A(T(Int, Str)), A(T(Int, Str))), [m, M('length')(m), collect(M('iterator')(m)), pairs(M('iterator2')(m))]);
});

// ---- @sorted_map: iterators across mutations (the tree's shape) -------------------
c('{ let m = @sorted_map.from_array([(1, "a"), (2, "b"), (3, "c"), (4, "d"), (5, "e"), (6, "f"), (7, "g"), (8, "h")]); let it = m.iter(); let first = it.next(); m.remove(4); m.remove(6); m.set(9, "i"); m.set(2, "B"); (first, it.collect()) }',
  '(Some((1, "a")), [(2, "b"), (3, "c"), (4, "d"), (6, "f")])', () => {
    const m = smap(Int, [[1, 'a'], [2, 'b'], [3, 'c'], [4, 'd'], [5, 'e'], [6, 'f'], [7, 'g'], [8, 'h']]);
    const it = M('iter')(m);
    const first = opt(it.next());
    M('remove')(Int, m, 4);
    M('remove')(Int, m, 6);
    M('set')(Int, m, 9, 'i');
    M('set')(Int, m, 2, 'B');
    return show(T(O(T(Int, Str)), A(T(Int, Str))), [first, collect(it)]);
  });
c('{ let m = @sorted_map.from_array([(1, "a"), (2, "b"), (3, "c")]); let it = m.iter(); for i in 4..<12 { m.set(i, i.to_string()) }; let a = it.collect(); let ks = m.keys(); let vs = m.values(); let b = (ks.next(), vs.next()); m.remove(1); m.remove(2); m.remove(8); m.set(3, "C"); (a, b, ks.collect(), vs.collect()) } ||| (keys_as_iter, values_as_iter)',
  '([(1, "a"), (2, "b"), (3, "c")], (Some(1), Some("a")), [2, 3, 4, 3, 4, 5, 6, 7, 9, 10, 11], ["b", "C", "4", "C", "4", "5", "6", "7", "9", "10", "11"])', () => {
    const m = smap(Int, [[1, 'a'], [2, 'b'], [3, 'c']]);
    const it = M('iter')(m);
    for (let i = 4; i < 12; i++) M('set')(Int, m, i, String(i));
    const a = collect(it);
    const ks = M('keys')(m);
    const vs = M('values')(m);
    const b = [opt(ks.next()), opt(vs.next())];
    M('remove')(Int, m, 1);
    M('remove')(Int, m, 2);
    M('remove')(Int, m, 8);
    M('set')(Int, m, 3, 'C');
    return show(T(A(T(Int, Str)), T(O(Int), O(Str)), A(Int), A(Str)), [a, b, collect(ks), collect(vs)]);
  });
c('{ let m = @sorted_map.from_array([(6, "a"), (5, "b"), (4, "c"), (3, "d"), (2, "e"), (1, "f")]); let r = m.range(2, 5); let first = r.iter().next(); m.remove(3); m.set(0, "z"); m.remove(5); (first, r.to_array()) }',
  '(Some((2, "e")), [(3, "d"), (5, "b")])', () => {
    const m = smap(Int, [[6, 'a'], [5, 'b'], [4, 'c'], [3, 'd'], [2, 'e'], [1, 'f']]);
    const r = M('range')(Int, m, 2, 5);
    const first = opt(r._0.next());
    M('remove')(Int, m, 3);
    M('set')(Int, m, 0, 'z');
    M('remove')(Int, m, 5);
    return show(T(O(T(Int, Str)), A(T(Int, Str))), [first, pairs(r)]);
  });
c('{ let m = SortedMap([]); for i in [50, 20, 80, 10, 30, 70, 90, 25, 35, 5] { m[i] = i }; let it = m.iter(); let a = (it.next(), it.next()); for i in [50, 20, 30] { m.remove(i) }; for i in [21, 22, 23] { m[i] = i }; (a, it.collect()) }',
  '((Some((5, 5)), Some((10, 10))), [(20, 20), (30, 30), (35, 35), (50, 50), (80, 80), (90, 90)])', () => {
    const m = M('new')();
    for (const i of [50, 20, 80, 10, 30, 70, 90, 25, 35, 5]) M('set')(Int, m, i, i);
    const it = M('iter')(m);
    const a = [opt(it.next()), opt(it.next())];
    for (const i of [50, 20, 30]) M('remove')(Int, m, i);
    for (const i of [21, 22, 23]) M('set')(Int, m, i, i);
    return show(T(T(O(T(Int, Int)), O(T(Int, Int))), A(T(Int, Int))), [a, collect(it)]);
  });
c('{ let m = @sorted_map.from_array([(1, 1), (2, 2), (3, 3)]); let seen = []; m.each((k, _v) => { seen.push(k); if k == 2 { m.set(10, 10); m.set(11, 11) } }); (seen, m) }',
  '([1, 2, 3, 10, 11], @sorted_map.from_array([(1, 1), (2, 2), (3, 3), (10, 10), (11, 11)]))', () => {
    const m = smap(Int, [[1, 1], [2, 2], [3, 3]]);
    const seen: number[] = [];
    M('each')(m, (k: number) => {
      seen.push(k);
      if (k === 2) {
        M('set')(Int, m, 10, 10);
        M('set')(Int, m, 11, 11);
      }
    });
    return show(T(A(Int), SM(Int, Int)), [seen, m]);
  });
c('{ let c = @sorted_map.from_array([(4, "d"), (2, "b"), (6, "f"), (1, "a"), (3, "c"), (5, "e"), (7, "g")]); let d = c.copy(); let it = d.iter(); let first = it.next(); d.remove(4); d.remove(1); (first, it.collect(), c) }',
  '(Some((1, "a")), [(2, "b"), (3, "c"), (4, "d"), (6, "f"), (7, "g")], @sorted_map.from_array([(1, "a"), (2, "b"), (3, "c"), (4, "d"), (5, "e"), (6, "f"), (7, "g")]))', () => {
    const cm = smap(Int, [[4, 'd'], [2, 'b'], [6, 'f'], [1, 'a'], [3, 'c'], [5, 'e'], [7, 'g']]);
    const d = M('copy')(cm);
    const it = M('iter')(d);
    const first = opt(it.next());
    M('remove')(Int, d, 4);
    M('remove')(Int, d, 1);
    return show(T(O(T(Int, Str)), A(T(Int, Str)), SM(Int, Str)), [first, collect(it), cm]);
  });

// ---- @sorted_map: Debug, ToJson, FromJson --------------------------------------
c('@debug.render(@debug.to_repr(@sorted_map.from_array([(2, "b"), (1, "a")])))', '<SortedMap: { 1: "a", 2: "b" }>', () => debug(SM(Int, Str), smap(Int, [[2, 'b'], [1, 'a']])));
c('@debug.render(@debug.to_repr((SortedMap([]) : @sorted_map.SortedMap[Int, String])))', '<SortedMap: {}>', () => debug(SM(Int, Str), M('new')()));
c('@debug.render(@debug.to_repr(@sorted_map.from_array([("x", [1, 2]), ("y", [])])))', '<SortedMap: { "x": [1, 2], "y": [] }>', () => debug(SM(Str, A(Int)), smap(Str, [['x', [1, 2]], ['y', []]])));
c('@debug.render(@debug.to_repr(Some(@sorted_map.from_array([(1, @sorted_map.from_array([(true, \'c\')]))]))))', 'Some(<SortedMap: { 1: <SortedMap: { true: \'c\' }> }>)', () =>
  debug(O(SM(Int, SM(Bool, Char))), new Some(smap(Int, [[1, smap(Bool, [[true, 0x63]])]]))),
);
const toJson = (d: Desc, x: unknown) => method(d, 'ToJson.to_json')(x) as J.Json;
const Json = desc('Json');
c('@sorted_map.from_array([(2, "b"), (1, "a")]).to_json()', 'Object({"1": String("a"), "2": String("b")})', () => show(Json, toJson(SM(Int, Str), smap(Int, [[2, 'b'], [1, 'a']]))));
c('(SortedMap([]) : @sorted_map.SortedMap[Int, String]).to_json().stringify()', '{}', () => J.stringify(toJson(SM(Int, Str), M('new')()), false, 0, undefined));
// Keys are shown with `to_string`; two keys that show alike make one field, the last value winning.
c('@sorted_map.from_array([(P(1), 1), (P(2), 2)]).to_json() (P shows as "k")', 'Object({"k": Number(2)})', () => show(Json, toJson(SM(Opaque, Int), smap(Opaque, [[1, 1], [2, 2]]))));
c('@sorted_map.from_array([("b", Some(1)), ("a", None)]).to_json().stringify()', '{"a":null,"b":[1]}', () =>
  J.stringify(toJson(SM(Str, O(Int)), smap(Str, [['b', new Some(1)], ['a', None]])), false, 0, undefined),
);
const jsonObject = (fields: [string, J.Json][]) => {
  const m = newStringMap<J.Json>();
  for (const [k, v] of fields) setKey(m, k, v);
  return J.object(m);
};
const decode = (d: Desc, json: J.Json): unknown => method(d, 'FromJson.from_json')(json, ROOT);
const decodeErr = (d: Desc, json: J.Json): unknown => {
  try {
    return decode(d, json);
  } catch (e) {
    return new Err(e);
  }
};
const DecodeError = desc('@json.JsonDecodeError');
c('(@json.from_json({ "b": 2, "a": 1, "ab": 3 }) : @sorted_map.SortedMap[String, Int])', '@sorted_map.from_array([("a", 1), ("b", 2), ("ab", 3)])', () =>
  show(SM(Str, Int), decode(SM(Str, Int), jsonObject([['b', J.number(2)], ['a', J.number(1)], ['ab', J.number(3)]]))),
);
c('(try? @json.from_json([1, 2]) : Result[@sorted_map.SortedMap[String, Int], _])', 'Err(JsonDecodeError((, "@sorted_map.from_json: expected object")))', () =>
  show(desc('Result', [SM(Str, Int), DecodeError]), decodeErr(SM(Str, Int), J.array([J.number(1), J.number(2)]))),
);
c('(try? @json.from_json({ "a": 1, "b": "x" }) : Result[@sorted_map.SortedMap[String, Int], _])', 'Err(JsonDecodeError((/b, "Int::from_json: expected number")))', () =>
  show(desc('Result', [SM(Str, Int), DecodeError]), decodeErr(SM(Str, Int), jsonObject([['a', J.number(1)], ['b', J.string('x')]]))),
);
c('(try? @json.from_json({ "a": { "c": true } }) : Result[@sorted_map.SortedMap[String, @sorted_map.SortedMap[String, Int]], _])', 'Err(JsonDecodeError((/a/c, "Int::from_json: expected number")))', () => {
  const D = SM(Str, SM(Str, Int));
  return show(desc('Result', [D, DecodeError]), decodeErr(D, jsonObject([['a', jsonObject([['c', J.TRUE]])]])));
});
c('@sorted_map.from_array([("a\\"", \'x\')])', '@sorted_map.from_array([("a\\"", \'x\')])', () => show(SM(Str, Char), smap(Str, [['a"', 0x78]])));

// ---- @sorted_set: building, lookups, updates ----------------------------------
const ss = (name: string) => f(`@sorted_set.${name}`);
const S = (name: string) => f(`@sorted_set.SortedSet::${name}`);
const SS = (d: Desc) => desc('@sorted_set.SortedSet', [d]);
const sset = (V: Desc, xs: unknown[]) => ss('from_array')(V, xs);
const ints = (from: number, to: number, keep: (i: number) => boolean = () => true) => Array.from({ length: to - from }, (_, i) => from + i).filter(keep);
registerImpl('Key', 'Debug', { to_repr: (x: [number, string]) => R.tuple([R.integer(String(x[0])), R.string(x[1])]) });

c('@sorted_set.from_array([3, 1, 4, 1, 5, 9, 2, 6, 5])', '@sorted_set.from_array([1, 2, 3, 4, 5, 6, 9])', () => show(SS(Int), sset(Int, [3, 1, 4, 1, 5, 9, 2, 6, 5])));
c('{ let e : @sorted_set.SortedSet[Int] = SortedSet([]); (e, e.length(), e.is_empty(), e.to_array(), e.iter().collect(), e.contains(0), e.range(0, 10).collect()) } ||| (with @sorted_set.new())',
  '(@sorted_set.from_array([]), 0, true, [], [], false, [])', () => {
    const e = S('SortedSet')(Int, []);
    return show(T(SS(Int), Int, Bool, A(Int), A(Int), Bool, A(Int)), [e, S('length')(e), S('is_empty')(e), S('to_array')(e), collect(S('iter')(e)), S('contains')(Int, e, 0), collect(S('range')(Int, e, 0, 10))]);
  });
c('{ let s = @sorted_set.singleton("x"); (s, s.length(), s.is_empty(), s.contains("x"), s.contains("y"), s.to_array()) }', '(@sorted_set.from_array(["x"]), 1, false, true, false, ["x"])', () => {
  const s = ss('singleton')('x');
  return show(T(SS(Str), Int, Bool, Bool, Bool, A(Str)), [s, S('length')(s), S('is_empty')(s), S('contains')(Str, s, 'x'), S('contains')(Str, s, 'y'), S('to_array')(s)]);
});
c('{ let s = @sorted_set.from_array(["b", "a", "ab", "B"]); s.add("c"); s.add("a"); s.remove("zz"); s.remove("ab"); (s, s.size(), s.contains("ab"), s.contains("c")) }', '(@sorted_set.from_array(["B", "a", "b", "c"]), 4, false, true)', () => {
  const s = sset(Str, ['b', 'a', 'ab', 'B']);
  S('add')(Str, s, 'c');
  S('add')(Str, s, 'a');
  S('remove')(Str, s, 'zz');
  S('remove')(Str, s, 'ab');
  return show(T(SS(Str), Int, Bool, Bool), [s, S('size')(s), S('contains')(Str, s, 'ab'), S('contains')(Str, s, 'c')]);
});
c('{ let e : @sorted_set.SortedSet[Int] = SortedSet([]); e.remove(1); let s = @sorted_set.singleton(1); s.remove(1); (e, s, s.is_empty(), s.length()) } ||| (with @sorted_set.new())', '(@sorted_set.from_array([]), @sorted_set.from_array([]), true, 0)', () => {
  const e = S('new')();
  S('remove')(Int, e, 1);
  const s = S('singleton')(1);
  S('remove')(Int, s, 1);
  return show(T(SS(Int), SS(Int), Bool, Int), [e, s, S('is_empty')(s), S('length')(s)]);
});
// Adding an element that compares equal to a stored one replaces it.
c('{ let s = SortedSet([]); s.add(K(1, "a")); s.add(K(2, "a")); s.add(K(1, "b")); let t = s.to_string(); s.remove(K(2, "z")); (t, s) } ||| (with @sorted_set.new())', '("@sorted_set.from_array([K1b, K2a])", @sorted_set.from_array([K1b]))', () => {
  const s = S('new')();
  S('add')(Key, s, [1, 'a']);
  S('add')(Key, s, [2, 'a']);
  S('add')(Key, s, [1, 'b']);
  const t = show(SS(Key), s);
  S('remove')(Key, s, [2, 'z']);
  return show(T(Str, SS(Key)), [t, s]);
});

// ---- @sorted_set: set operations ----------------------------------------------
c('{ let a = @sorted_set.from_array([1, 2, 3, 4]); let b = @sorted_set.from_array([3, 4, 5, 6]); (a.union(b), a.difference(b), a.intersection(b), a.symmetric_difference(b), b.difference(a)) }',
  '(@sorted_set.from_array([1, 2, 3, 4, 5, 6]), @sorted_set.from_array([1, 2]), @sorted_set.from_array([3, 4]), @sorted_set.from_array([1, 2, 5, 6]), @sorted_set.from_array([5, 6]))', () => {
    const a = sset(Int, [1, 2, 3, 4]);
    const b = sset(Int, [3, 4, 5, 6]);
    const X = SS(Int);
    return show(T(X, X, X, X, X), [S('union')(Int, a, b), S('difference')(Int, a, b), S('intersection')(Int, a, b), S('symmetric_difference')(Int, a, b), S('difference')(Int, b, a)]);
  });
c('{ let a = @sorted_set.from_array([1, 2, 3, 4]); let e = SortedSet([]); (a.union(e), e.union(a), e.union(e), a.difference(e), e.difference(a), a.intersection(e), e.intersection(a), a.symmetric_difference(e), e.symmetric_difference(a), e.symmetric_difference(e)) } ||| (with @sorted_set.new())',
  '(@sorted_set.from_array([1, 2, 3, 4]), @sorted_set.from_array([1, 2, 3, 4]), @sorted_set.from_array([]), @sorted_set.from_array([1, 2, 3, 4]), @sorted_set.from_array([]), @sorted_set.from_array([]), @sorted_set.from_array([]), @sorted_set.from_array([1, 2, 3, 4]), @sorted_set.from_array([1, 2, 3, 4]), @sorted_set.from_array([]))', () => {
    const a = sset(Int, [1, 2, 3, 4]);
    const e = S('new')();
    const ops = [['union', a, e], ['union', e, a], ['union', e, e], ['difference', a, e], ['difference', e, a], ['intersection', a, e], ['intersection', e, a], ['symmetric_difference', a, e], ['symmetric_difference', e, a], ['symmetric_difference', e, e]] as const;
    const X = SS(Int);
    return show(T(...ops.map(() => X)), ops.map(([op, x, y]) => S(op)(Int, x, y)));
  });
// Which side's element a result keeps (K compares by .0, shows its tag).
c('{ let a = @sorted_set.from_array([K(1, "a"), K(2, "a")]); let b = @sorted_set.from_array([K(2, "b"), K(3, "b")]); (a.union(b), b.union(a), a.intersection(b), b.intersection(a), a.difference(b), a.symmetric_difference(b)) }',
  '(@sorted_set.from_array([K1a, K2a, K3b]), @sorted_set.from_array([K1a, K2b, K3b]), @sorted_set.from_array([K2a]), @sorted_set.from_array([K2b]), @sorted_set.from_array([K1a]), @sorted_set.from_array([K1a, K3b]))', () => {
    const a = sset(Key, [[1, 'a'], [2, 'a']]);
    const b = sset(Key, [[2, 'b'], [3, 'b']]);
    const X = SS(Key);
    return show(T(X, X, X, X, X, X), [S('union')(Key, a, b), S('union')(Key, b, a), S('intersection')(Key, a, b), S('intersection')(Key, b, a), S('difference')(Key, a, b), S('symmetric_difference')(Key, a, b)]);
  });
// A side 16 times smaller is probed element by element (the newer core), with the same result.
c('{ let big = @sorted_set.from_iter((0).until(100).map(i => K(i, "big"))); let small = @sorted_set.from_array([K(3, "s"), K(150, "s"), K(7, "s")]); (small.intersection(big), big.intersection(small), small.difference(big), big.difference(small).length(), small.union(big).length(), small.symmetric_difference(big).length()) }',
  '(@sorted_set.from_array([K3s, K7s]), @sorted_set.from_array([K3big, K7big]), @sorted_set.from_array([K150s]), 98, 101, 99)', () => {
    const big = ss('from_iter')(Key, f('Array::iter')(ints(0, 100).map((i) => [i, 'big'])));
    const small = sset(Key, [[3, 's'], [150, 's'], [7, 's']]);
    const X = SS(Key);
    return show(T(X, X, X, Int, Int, Int), [
      S('intersection')(Key, small, big), S('intersection')(Key, big, small), S('difference')(Key, small, big),
      S('length')(S('difference')(Key, big, small)), S('length')(S('union')(Key, small, big)), S('length')(S('symmetric_difference')(Key, small, big)),
    ]);
  });
c('{ let a = @sorted_set.from_iter((0).until(200).filter(i => i % 2 == 0)); let b = @sorted_set.from_iter((0).until(200).filter(i => i % 3 == 0)); let u = a.union(b); let d = a.difference(b); let n = a.intersection(b); let x = a.symmetric_difference(b); (u.length(), d.length(), n.length(), x.length(), u.iter().take(10).collect(), d.iter().take(10).collect(), n.iter().take(10).collect(), x.iter().take(10).collect(), x.contains(6), x.contains(9), n.to_array().length()) }',
  '(133, 66, 34, 99, [0, 2, 3, 4, 6, 8, 9, 10, 12, 14], [2, 4, 8, 10, 14, 16, 20, 22, 26, 28], [0, 6, 12, 18, 24, 30, 36, 42, 48, 54], [2, 3, 4, 8, 9, 10, 14, 15, 16, 20], false, true, 34)', () => {
    const a = ss('from_iter')(Int, f('Array::iter')(ints(0, 200, (i) => i % 2 === 0)));
    const b = ss('from_iter')(Int, f('Array::iter')(ints(0, 200, (i) => i % 3 === 0)));
    const [u, d, n, x] = ['union', 'difference', 'intersection', 'symmetric_difference'].map((op) => S(op)(Int, a, b));
    const first10 = (s: unknown) => collect(f('Iter::take')(S('iter')(s), 10));
    return show(T(Int, Int, Int, Int, A(Int), A(Int), A(Int), A(Int), Bool, Bool, Int), [
      S('length')(u), S('length')(d), S('length')(n), S('length')(x), first10(u), first10(d), first10(n), first10(x), S('contains')(Int, x, 6), S('contains')(Int, x, 9), S('to_array')(n).length,
    ]);
  });
c('{ let a = @sorted_set.from_array([1, 2, 3]); let b = @sorted_set.from_array([7, 2, 9, 4, 5, 6, 3, 8, 1]); let e : @sorted_set.SortedSet[Int] = SortedSet([]); (a.subset(b), b.subset(a), e.subset(a), a.subset(e), a.disjoint(@sorted_set.from_array([4, 5])), a.disjoint(b), e.disjoint(e), a.subset(a)) } ||| (with @sorted_set.new())',
  '(true, false, true, false, true, false, true, true)', () => {
    const a = sset(Int, [1, 2, 3]);
    const b = sset(Int, [7, 2, 9, 4, 5, 6, 3, 8, 1]);
    const e = S('new')();
    return show(T(Bool, Bool, Bool, Bool, Bool, Bool, Bool, Bool), [
      S('subset')(Int, a, b), S('subset')(Int, b, a), S('subset')(Int, e, a), S('subset')(Int, a, e), S('disjoint')(Int, a, sset(Int, [4, 5])), S('disjoint')(Int, a, b), S('disjoint')(Int, e, e), S('subset')(Int, a, a),
    ]);
  });

// ---- @sorted_set: traversal, equality, Debug ------------------------------------
c('{ let s = @sorted_set.from_array([10, 20, 30]); let out = []; s.eachi((i, v) => out.push((i, v))); let out2 = []; s.each(v => out2.push(v * 2)); (out, out2, s.iter().to_array(), s.iterator().collect()) }',
  '([(0, 10), (1, 20), (2, 30)], [20, 40, 60], [10, 20, 30], [10, 20, 30])', () => {
    const s = sset(Int, [10, 20, 30]);
    const out: unknown[] = [];
    S('eachi')(s, (i: number, v: number) => out.push([i, v]));
    const out2: number[] = [];
    S('each')(s, (v: number) => out2.push(v * 2));
    return show(T(A(T(Int, Int)), A(Int), A(Int), A(Int)), [out, out2, collect(S('iter')(s)), collect(S('iterator')(s))]);
  });
c('{ let s = @sorted_set.from_array([1, 3, 5, 7, 9, 11]); (s.range(3, 9).collect(), s.range(4, 8).collect(), s.range(0, 100).collect(), s.range(9, 3).collect(), s.range(5, 5).collect(), s.range(6, 6).collect(), s.range(12, 20).collect()) }',
  '([3, 5, 7, 9], [5, 7], [1, 3, 5, 7, 9, 11], [], [5], [], [])', () => {
    const s = sset(Int, [1, 3, 5, 7, 9, 11]);
    const bounds = [[3, 9], [4, 8], [0, 100], [9, 3], [5, 5], [6, 6], [12, 20]];
    return show(T(...bounds.map(() => A(Int))), bounds.map(([lo, hi]) => collect(S('range')(Int, s, lo, hi))));
  });
c('{ let a = @sorted_set.from_array([1, 2, 3]); (a == @sorted_set.from_array([3, 2, 1]), a == @sorted_set.from_array([1, 2]), a == @sorted_set.from_array([1, 2, 4]), a != @sorted_set.from_array([1]), a.equal(a.copy()), SortedSet([]) == SortedSet([])) } ||| (a == a.copy(), @sorted_set.new())',
  '(true, false, false, true, true, true)', () => {
    const a = sset(Int, [1, 2, 3]);
    const eq = method(SS(Int), 'Eq.equal');
    return show(T(Bool, Bool, Bool, Bool, Bool, Bool), [
      eq(a, sset(Int, [3, 2, 1])), eq(a, sset(Int, [1, 2])), eq(a, sset(Int, [1, 2, 4])), method(SS(Int), 'Eq.not_equal')(a, sset(Int, [1])), S('equal')(Int, a, S('copy')(a)), eq(S('new')(), S('new')()),
    ]);
  });
c('@debug.render(@debug.to_repr(@sorted_set.from_array([3, 1, 2])))', '<SortedSet: [1, 2, 3]>', () => debug(SS(Int), sset(Int, [3, 1, 2])));
c('@debug.render(@debug.to_repr((SortedSet([]) : @sorted_set.SortedSet[String]))) ||| (with @sorted_set.new())', '<SortedSet: []>', () => debug(SS(Str), S('new')()));
c('@debug.render(@debug.to_repr(@sorted_set.from_array([K(2, "x"), K(1, "y")]))) (K\'s Debug: (.0, .1))', '<SortedSet: [(1, "y"), (2, "x")]>', () => debug(SS(Key), sset(Key, [[2, 'x'], [1, 'y']])));
c('@debug.render(@debug.to_repr(Some([@sorted_set.from_array(["a"])])))', 'Some([<SortedSet: ["a"]>])', () => debug(O(A(SS(Str))), new Some([sset(Str, ['a'])])));
c('{ let d : @sorted_set.SortedSet[Int] = Default::default(); (d, d.length()) }', '(@sorted_set.from_array([]), 0)', () => {
  const d = method(SS(Int), 'Default.default')();
  return show(T(SS(Int), Int), [d, S('length')(d)]);
});
c('(@sorted_set.of([2, 1]), @sorted_set.from_iter([|3, 1, 3|]), @sorted_set.SortedSet::from_iterator([5].iter()), @sorted_set.from_array([1, 2]).clone(), @sorted_set.from_array([1, 2]).deep_clone(), @sorted_set.from_array([1, 2]).diff(@sorted_set.from_array([2])), @sorted_set.from_array([1, 2]).intersect(@sorted_set.from_array([2]))) ||| (from_iter([3, 1, 3].iter()))',
  '(@sorted_set.from_array([1, 2]), @sorted_set.from_array([1, 3]), @sorted_set.from_array([5]), @sorted_set.from_array([1, 2]), @sorted_set.from_array([1, 2]), @sorted_set.from_array([1]), @sorted_set.from_array([2]))', () => {
    const X = SS(Int);
    return show(T(X, X, X, X, X, X, X), [
      ss('of')(Int, [2, 1]), ss('from_iter')(Int, f('Array::iter')([3, 1, 3])), S('from_iterator')(Int, f('Array::iter')([5])), S('clone')(sset(Int, [1, 2])), S('deep_clone')(sset(Int, [1, 2])),
      S('diff')(Int, sset(Int, [1, 2]), sset(Int, [2])), S('intersect')(Int, sset(Int, [1, 2]), sset(Int, [2])),
    ]);
  });
c('{ let s = @sorted_set.from_array([1, 2, 3]); let c = s.copy(); c.add(4); s.remove(1); (s, c) }', '(@sorted_set.from_array([2, 3]), @sorted_set.from_array([1, 2, 3, 4]))', () => {
  const s = sset(Int, [1, 2, 3]);
  const cp = S('copy')(s);
  S('add')(Int, cp, 4);
  S('remove')(Int, s, 1);
  return show(T(SS(Int), SS(Int)), [s, cp]);
});
c('@sorted_set.from_array(["a\\"", "b"]).to_string()', '@sorted_set.from_array(["b", "a\\""])', () => show(SS(Str), sset(Str, ['a"', 'b'])));

// ---- @sorted_set: iterators across mutations (the tree's shape) -------------------
c('{ let s = @sorted_set.from_array([1, 2, 3, 4, 5, 6, 7, 8]); let it = s.iter(); let first = it.next(); s.remove(4); s.remove(6); s.add(9); s.add(0); (first, it.collect()) }', '(Some(1), [2, 3, 4, 6])', () => {
  const s = sset(Int, [1, 2, 3, 4, 5, 6, 7, 8]);
  const it = S('iter')(s);
  const first = opt(it.next());
  S('remove')(Int, s, 4);
  S('remove')(Int, s, 6);
  S('add')(Int, s, 9);
  S('add')(Int, s, 0);
  return show(T(O(Int), A(Int)), [first, collect(it)]);
});
c('{ let s = @sorted_set.from_array([1, 2, 3]); let it = s.iter(); for i in 4..<12 { s.add(i) }; let a = it.collect(); let it2 = s.iter(); let b = (it2.next(), it2.next()); s.remove(1); s.remove(2); s.remove(8); s.remove(4); (a, b, it2.collect()) }',
  '([1, 2, 3], (Some(1), Some(2)), [3, 4, 3, 5, 6, 7, 9, 10, 11])', () => {
    const s = sset(Int, [1, 2, 3]);
    const it = S('iter')(s);
    for (let i = 4; i < 12; i++) S('add')(Int, s, i);
    const a = collect(it);
    const it2 = S('iter')(s);
    const b = [opt(it2.next()), opt(it2.next())];
    for (const x of [1, 2, 8, 4]) S('remove')(Int, s, x);
    return show(T(A(Int), T(O(Int), O(Int)), A(Int)), [a, b, collect(it2)]);
  });
c('{ let s = @sorted_set.from_array([6, 5, 4, 3, 2, 1]); let r = s.range(2, 5); let first = r.next(); s.remove(3); s.add(0); s.remove(5); (first, r.collect()) }', '(Some(2), [3, 5])', () => {
  const s = sset(Int, [6, 5, 4, 3, 2, 1]);
  const r = S('range')(Int, s, 2, 5);
  const first = opt(r.next());
  S('remove')(Int, s, 3);
  S('add')(Int, s, 0);
  S('remove')(Int, s, 5);
  return show(T(O(Int), A(Int)), [first, collect(r)]);
});
c('{ let s = SortedSet([]); for i in [50, 20, 80, 10, 30, 70, 90, 25, 35, 5] { s.add(i) }; let it = s.iter(); let a = (it.next(), it.next()); for i in [50, 20, 30] { s.remove(i) }; for i in [21, 22, 23] { s.add(i) }; (a, it.collect()) } ||| (with @sorted_set.new())',
  '((Some(5), Some(10)), [20, 30, 35, 50, 80, 90])', () => {
    const s = S('new')();
    for (const i of [50, 20, 80, 10, 30, 70, 90, 25, 35, 5]) S('add')(Int, s, i);
    const it = S('iter')(s);
    const a = [opt(it.next()), opt(it.next())];
    for (const i of [50, 20, 30]) S('remove')(Int, s, i);
    for (const i of [21, 22, 23]) S('add')(Int, s, i);
    return show(T(T(O(Int), O(Int)), A(Int)), [a, collect(it)]);
  });
c('{ let s = @sorted_set.from_array([1, 2, 3]); let seen = []; s.each(v => { seen.push(v); if v == 2 { s.add(10); s.add(11) } }); (seen, s) }', '([1, 2, 3, 10, 11], @sorted_set.from_array([1, 2, 3, 10, 11]))', () => {
  const s = sset(Int, [1, 2, 3]);
  const seen: number[] = [];
  S('each')(s, (v: number) => {
    seen.push(v);
    if (v === 2) {
      S('add')(Int, s, 10);
      S('add')(Int, s, 11);
    }
  });
  return show(T(A(Int), SS(Int)), [seen, s]);
});
// The trees `union` builds by splitting and joining.
const unionWalk = (xs: number[], ys: number[], reads: number, after: (u: unknown) => void) => {
  const u = S('union')(Int, sset(Int, xs), sset(Int, ys));
  const it = S('iter')(u);
  const first = Array.from({ length: reads }, () => opt(it.next()));
  after(u);
  return [first, collect(it), u];
};
c('{ let u = @sorted_set.from_array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).union(@sorted_set.from_array([11, 12, 13, 14, 15, 16, 17, 18, 19, 20])); let it = u.iter(); let first = it.next(); u.remove(14); u.remove(8); u.remove(1); (first, it.collect(), u.length()) }',
  '(Some(1), [2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 14, 16, 17, 18, 19, 20], 17)', () => {
    const [first, rest, u] = unionWalk(ints(1, 11), ints(11, 21), 1, (x) => [14, 8, 1].forEach((i) => S('remove')(Int, x, i)));
    return show(T(O(Int), A(Int), Int), [(first as unknown[])[0], rest, S('length')(u)]);
  });
c('{ let u = @sorted_set.from_array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]).union(@sorted_set.from_array([6, 7, 8, 9, 10, 11, 12, 13, 14, 15])); let it = u.iter(); let first = (it.next(), it.next()); u.remove(11); u.remove(4); u.add(16); (first, it.collect(), u.length()) }',
  '((Some(1), Some(2)), [3, 4, 1, 2, 3, 5, 6, 7, 8, 9, 10, 12, 13, 14, 15, 16, 11, 13], 14)', () => {
    const [first, rest, u] = unionWalk(ints(1, 11), ints(6, 16), 2, (x) => {
      S('remove')(Int, x, 11);
      S('remove')(Int, x, 4);
      S('add')(Int, x, 16);
    });
    return show(T(T(O(Int), O(Int)), A(Int), Int), [first, rest, S('length')(u)]);
  });
c('{ let u = @sorted_set.from_array([2, 7, 3, 8, 6, 4]).union(@sorted_set.from_array([5, 1, 9])); let it = u.iter(); let first = it.next(); u.remove(5); u.remove(4); u.remove(6); (first, it.collect(), u) }',
  '(Some(1), [2, 3, 4, 6, 8, 9], @sorted_set.from_array([1, 2, 3, 7, 8, 9]))', () => {
    const [first, rest, u] = unionWalk([2, 7, 3, 8, 6, 4], [5, 1, 9], 1, (x) => [5, 4, 6].forEach((i) => S('remove')(Int, x, i)));
    return show(T(O(Int), A(Int), SS(Int)), [(first as unknown[])[0], rest, u]);
  });

for (const [mbt, expected, actual] of cases) {
  test(`sorted collections: ${mbt.split(' ||| ')[0]}`, () => assert.equal(actual(), expected));
}

// `m[k]` of a missing key panics (the oracle: `test "panic at" { ignore(@sorted_map.from_array([(1, "a")])[2]) }` passes).
test('sorted collections: SortedMap::at panics on a missing key', () => {
  const m = smap(Int, [[1, 'a']]);
  assert.throws(() => M('at')(Int, m, 2), Panic);
  assert.throws(() => M('at')(Int, M('new')(), 0), Panic);
});

// Random runs: contents and sizes always agree with plain JS collections,
// and every tree stays an AVL tree (ordered, balanced, heights exact),
// whatever the rotations, splits and joins did.
function checkAvl(n: TreeNode | undefined, lo: number, hi: number): number {
  if (n === undefined) return 0;
  const k = n.key as number;
  assert.ok(k > lo && k < hi, 'ordered');
  const hl = checkAvl(n.left, lo, k);
  const hr = checkAvl(n.right, k, hi);
  assert.ok(Math.abs(hl - hr) <= 1, 'balanced');
  assert.equal(n.height, Math.max(hl, hr) + 1, 'height');
  return n.height;
}

test('sorted collections: random runs agree with reference collections and keep the AVL shape', () => {
  let seed = 2024;
  const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const byNumber = (p: number, q: number) => p - q;
  for (let run = 0; run < 300; run++) {
    const m = M('new')();
    const ref = new Map<number, number>();
    for (let i = 0; i < 80; i++) {
      const k = rand(60);
      if (rand(3) === 0) {
        M('remove')(Int, m, k);
        ref.delete(k);
      } else {
        M('set')(Int, m, k, i);
        ref.set(k, i);
      }
    }
    checkAvl((m as SortedTree).root, -Infinity, Infinity);
    assert.deepEqual(M('to_array')(m), [...ref.entries()].sort((p, q) => p[0] - q[0]));
    assert.equal(M('length')(m), ref.size);

    // Sizes up to 16 times apart, so that the probing paths of `difference` and `intersection` run too.
    const xs = Array.from({ length: rand(run % 4 === 0 ? 400 : 40) }, () => rand(300));
    const ys = Array.from({ length: rand(run % 5 === 0 ? 400 : 40) }, () => rand(300));
    const a = sset(Int, xs);
    const b = sset(Int, ys);
    const inA = new Set(xs);
    const inB = new Set(ys);
    const onlyA = [...inA].filter((x) => !inB.has(x));
    const onlyB = [...inB].filter((x) => !inA.has(x));
    const expected: Record<string, number[]> = {
      union: [...new Set([...xs, ...ys])],
      difference: onlyA,
      intersection: [...inA].filter((x) => inB.has(x)),
      symmetric_difference: [...onlyA, ...onlyB],
    };
    for (const [op, want] of Object.entries(expected)) {
      const s = S(op)(Int, a, b) as SortedTree;
      checkAvl(s.root, -Infinity, Infinity);
      assert.deepEqual(S('to_array')(s), want.sort(byNumber), op);
      assert.equal(S('length')(s), want.length, op);
    }
    assert.deepEqual(S('to_array')(a), [...inA].sort(byNumber), 'operands unchanged');
  }
});

// A nested package is also reached by its last segment (`@utf8`); these two
// names must stay the top-level packages', as they are in MoonBit (and the
// oracle), should `@immut/sorted_map` or `@immut/sorted_set` be added.
test('sorted collections: @sorted_map and @sorted_set name the top-level packages', () => {
  const env = buildCoreEnv(CORE_MODULES, { table: signatures });
  for (const [pkg, type] of [['sorted_map', 'SortedMap'], ['sorted_set', 'SortedSet']]) {
    assert.equal(env.types.get(`@${pkg}.${type}`)?.runtime, `@${pkg}.${type}`);
    const value = env.values.get(`@${pkg}.from_array`) as { origin?: { key?: string } } | undefined;
    assert.equal(value?.origin?.key, `@${pkg}.from_array`);
  }
});

// Core's aliases and free functions (`#alias`, `#as_free_fn`) are the same functions.
test('sorted collections: aliases and free functions share their implementations', () => {
  const same = (pkg: string, names: string[]) => {
    const impls = names.map((n) => table[`@${pkg}.${n}`]);
    assert.ok(impls.every((x) => typeof x === 'function' && x === impls[0]), names.join(' = '));
  };
  same('sorted_map', ['SortedMap::SortedMap', 'SortedMap::from_array', 'from_array', 'SortedMap::of', 'of']);
  same('sorted_map', ['SortedMap::new', 'new']);
  same('sorted_map', ['SortedMap::from_iter', 'from_iter', 'SortedMap::from_iterator', 'from_iterator']);
  same('sorted_map', ['SortedMap::set', 'SortedMap::add']);
  same('sorted_map', ['SortedMap::length', 'SortedMap::size']);
  same('sorted_map', ['SortedMap::keys', 'SortedMap::keys_as_iter']);
  same('sorted_map', ['SortedMap::values', 'SortedMap::values_as_iter']);
  same('sorted_map', ['SortedMap::iter', 'SortedMap::iterator']);
  same('sorted_map', ['SortedMap::iter2', 'SortedMap::iterator2']);
  same('sorted_map', ['SortedMap::copy', 'SortedMap::clone']);
  same('sorted_set', ['SortedSet::SortedSet', 'SortedSet::from_array', 'from_array', 'SortedSet::of', 'of']);
  same('sorted_set', ['SortedSet::new', 'new']);
  same('sorted_set', ['SortedSet::singleton', 'singleton']);
  same('sorted_set', ['SortedSet::from_iter', 'from_iter', 'SortedSet::from_iterator', 'from_iterator']);
  same('sorted_set', ['SortedSet::copy', 'SortedSet::clone', 'SortedSet::deep_clone']);
  same('sorted_set', ['SortedSet::difference', 'SortedSet::diff']);
  same('sorted_set', ['SortedSet::intersection', 'SortedSet::intersect']);
  same('sorted_set', ['SortedSet::length', 'SortedSet::size']);
  same('sorted_set', ['SortedSet::iter', 'SortedSet::iterator']);
});
