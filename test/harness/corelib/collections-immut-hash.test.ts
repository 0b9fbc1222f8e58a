// @immut/hashmap.HashMap and @immut/hashset.HashSet, through the whole
// table. Each case names the MoonBit whose `println` the oracle printed
// (JS backend with the Hasher seed 0 of the other backends), and that output
// as the expected string. `C(h, n)` is a key whose hash is `h`, so its
// place in the trie is chosen; the oracle's file defined it as
//   struct C(Int, Int) derive(Eq, Show, Debug)
//   impl Hash for C with hash(self) { self.0 }
//   impl Hash for C with hash_combine(self, h) { h.combine_int(self.0) }
// (here under a runtime name no other test file in this process uses).
// Iteration, `Show` and `Debug` follow the
// trie, so these renderings check the layout: hash segments, slot order,
// collision buckets, collapsing after removals. Where the docs' newer core
// spells a call differently, the newer form comes first and the oracle's
// after `|||`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { desc, registerImpl, type Desc } from '../../../harness/runtime/desc.ts';
import { Iter, type Logger } from '../../../harness/runtime/core-values.ts';
import { Hasher } from '../../../harness/runtime/hasher.ts';
import { Panic, Some } from '../../../harness/runtime/values.ts';
import { coreTable } from '../../../harness/corelib/runtime.ts';
import { render } from '../../../harness/corelib/support/pretty.ts';
import * as R from '../../../harness/corelib/support/repr.ts';
import { CORE_MODULES } from '../../../harness/corelib/index.ts';
import { buildCoreEnv } from '../../../harness/typing/core-env.ts';
import { scanBlocks } from '../../../harness/markdown/index.ts';
import { translateDoc } from '../../../harness/translate/document.ts';
import { parseSurface, signatures } from '../../../binding/signatures.ts';

const table = coreTable();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const f = (name: string) => table[name] as (...args: any[]) => any;
const hm = (name: string) => f(`@immut/hashmap.HashMap::${name}`);

const Int = desc('Int');
const Str = desc('String');
const Bool = desc('Bool');
const A = (d: Desc) => desc('Array', [d]);
const O = (d: Desc) => desc('Option', [d]);
const T = (...ds: Desc[]) => desc(`Tuple${ds.length}`, ds);
const HM = (k: Desc, v: Desc) => desc('@immut/hashmap.HashMap', [k, v]);
const show = (d: Desc, x: unknown): string => (d['Show.to_string'] as (x: unknown) => string)(x);
const debug = (d: Desc, x: unknown): string => render((d['Debug.to_repr'] as (x: unknown) => R.Repr)(x));
const eq = (d: Desc, a: unknown, b: unknown): boolean => (d['Eq.equal'] as (a: unknown, b: unknown) => boolean)(a, b);
const hashOf = (d: Desc, x: unknown): number => (d['Hash.hash'] as (x: unknown) => number)(x);
const collect = (it: Iter) => f('Iter::collect')(it);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

// A doc translated with no binding functions.
const BINDING = { table: parseSurface(''), exported: new Set<string>() };
const IMPORTS = { runtime: 'RT', moonbit: 'MB', binding: 'B' };

type Key = { _0: number; _1: number };
registerImpl('ImmutHashTestC', 'Eq', { equal: (a: Key, b: Key) => a._0 === b._0 && a._1 === b._1 });
registerImpl('ImmutHashTestC', 'Hash', { hash: (x: Key) => x._0, hash_combine: (x: Key, h: Hasher) => h.combine_int(x._0) });
registerImpl('ImmutHashTestC', 'Show', { output: (x: Key, l: Logger) => l.write_string(`C(${x._0}, ${x._1})`) });
registerImpl('ImmutHashTestC', 'Debug', { to_repr: (x: Key) => R.ctor('C', [[undefined, R.integer(String(x._0))], [undefined, R.integer(String(x._1))]]) });
const Ck = desc('ImmutHashTestC');
const C = (h: number, n: number): Key => ({ _0: h | 0, _1: n });

type Case = [mbt: string, expected: string, actual: () => string];
const cases: Case[] = [];
const c = (mbt: string, expected: string, actual: () => string) => cases.push([mbt, expected, actual]);

// ---- @immut/hashmap ---------------------------------------------------------
const hmap = (K: Desc, kvs: [unknown, unknown][]) => f('@immut/hashmap.HashMap::HashMap')(K, kvs);
const pairs = (K: Desc, n: number, key: (i: number) => unknown, value: (i: number) => unknown = (i) => i) =>
  hmap(K, range(n).map((i): [unknown, unknown] => [key(i), value(i)]));

c('@immut/hashmap.HashMap([("a", 1), ("b", 2), ("c", 3), ("d", 4)]) ||| @immut/hashmap.from_array([("a", 1), ("b", 2), ("c", 3), ("d", 4)])', '@immut/hashmap.from_array([("b", 2), ("a", 1), ("c", 3), ("d", 4)])', () =>
  show(HM(Str, Int), hmap(Str, [['a', 1], ['b', 2], ['c', 3], ['d', 4]])),
);
c('@immut/hashmap.from_array([(1, "x"), (2, "y"), (3, "z"), (10, "w"), (-5, "v")])', '@immut/hashmap.from_array([(10, "w"), (1, "x"), (2, "y"), (3, "z"), (-5, "v")])', () =>
  show(HM(Int, Str), f('@immut/hashmap.from_array')(Int, [[1, 'x'], [2, 'y'], [3, 'z'], [10, 'w'], [-5, 'v']])),
);
c('{ let e : @immut/hashmap.HashMap[Int, String] = @immut/hashmap.new(); (e, e.length(), e.get(1), e.contains(1), e.to_array(), e.keys().to_array(), e.remove(1), e.filter((_, _) => true), e.map((_, v) => v), e.fold(init=5, (a, _, _) => a + 1)) }', '(@immut/hashmap.from_array([]), 0, None, false, [], [], @immut/hashmap.from_array([]), @immut/hashmap.from_array([]), @immut/hashmap.from_array([]), 5)', () => {
  const e = f('@immut/hashmap.new')();
  const H = HM(Int, Str);
  return show(T(H, Int, O(Str), Bool, A(T(Int, Str)), A(Int), H, H, H, Int), [
    e, hm('length')(e), hm('get')(Int, e, 1), hm('contains')(Int, e, 1), hm('to_array')(e), collect(hm('keys')(e)), hm('remove')(Int, e, 1),
    hm('filter')(e, () => true), hm('map')(e, (_k: unknown, v: unknown) => v), hm('fold')(e, 5, (a: number) => a + 1),
  ]);
});
c('{ let s = @immut/hashmap.singleton("k", 1); (s, s.length(), s.get("k"), s["k"], s.remove("k"), s.remove("z"), s == @immut/hashmap.from_array([("k", 1)]), s == @immut/hashmap.singleton("k", 2)) }', '(@immut/hashmap.from_array([("k", 1)]), 1, Some(1), 1, @immut/hashmap.from_array([]), @immut/hashmap.from_array([("k", 1)]), true, false)', () => {
  const s = f('@immut/hashmap.singleton')(Str, 'k', 1);
  const H = HM(Str, Int);
  return show(T(H, Int, O(Int), Int, H, H, Bool, Bool), [
    s, hm('length')(s), hm('get')(Str, s, 'k'), hm('at')(Str, s, 'k'), hm('remove')(Str, s, 'k'), hm('remove')(Str, s, 'z'),
    eq(H, s, hmap(Str, [['k', 1]])), eq(H, s, hm('singleton')(Str, 'k', 2)),
  ]);
});
// `HashMap(arr)` adds from the last pair to the first, `from_iter` in order: the first and the last duplicate win.
c('{ let m = @immut/hashmap.from_array([(1, "a"), (2, "b"), (1, "c")]); (m, m.get(1), m.length()) }', '(@immut/hashmap.from_array([(1, "a"), (2, "b")]), Some("a"), 2)', () => {
  const m = hmap(Int, [[1, 'a'], [2, 'b'], [1, 'c']]);
  return show(T(HM(Int, Str), O(Str), Int), [m, hm('get')(Int, m, 1), hm('length')(m)]);
});
c('{ let m = @immut/hashmap.from_iter([(1, "a"), (2, "b"), (1, "c")].iter()); (m, m.get(1), m.length()) }', '(@immut/hashmap.from_array([(1, "c"), (2, "b")]), Some("c"), 2)', () => {
  const m = f('@immut/hashmap.from_iter')(Int, f('Array::iter')([[1, 'a'], [2, 'b'], [1, 'c']]));
  return show(T(HM(Int, Str), O(Str), Int), [m, hm('get')(Int, m, 1), hm('length')(m)]);
});
c('{ let a = @immut/hashmap.from_array([(1, 1), (2, 2)]); let b = a.add(3, 3); let c = a.add(1, 10); let d = a.remove(2); (a, b, c, d, a.get(3), c.get(1), a.get(1)) }', '(@immut/hashmap.from_array([(1, 1), (2, 2)]), @immut/hashmap.from_array([(1, 1), (2, 2), (3, 3)]), @immut/hashmap.from_array([(1, 10), (2, 2)]), @immut/hashmap.from_array([(1, 1)]), None, Some(10), Some(1))', () => {
  const a = hmap(Int, [[1, 1], [2, 2]]);
  const H = HM(Int, Int);
  const b = hm('add')(Int, a, 3, 3);
  const cc = hm('add')(Int, a, 1, 10);
  const d = hm('remove')(Int, a, 2);
  return show(T(H, H, H, H, O(Int), O(Int), O(Int)), [a, b, cc, d, hm('get')(Int, a, 3), hm('get')(Int, cc, 1), hm('get')(Int, a, 1)]);
});
c('{ let m = @immut/hashmap.from_iter((0).until(300).map(i => (i, i * i))); (m.length(), m.get(299), m.get(300), m.keys().to_array()) }', '(300, Some(89401), None, [45, 275, 268, 249, 23, 290, 141, 6, 101, 273, 156, 12, 282, 165, 155, 246, 134, 72, 299, 43, 199, 283, 257, 41, 4, 154, 168, 286, 34, 266, 102, 196, 188, 228, 130, 200, 119, 117, 219, 8, 223, 108, 181, 44, 190, 58, 209, 239, 122, 263, 55, 220, 202, 128, 171, 195, 114, 98, 17, 244, 293, 170, 83, 9, 68, 147, 85, 245, 28, 289, 127, 288, 89, 285, 162, 164, 284, 217, 16, 60, 226, 71, 125, 132, 252, 19, 267, 0, 292, 13, 248, 276, 185, 279, 69, 179, 186, 26, 94, 46, 111, 136, 61, 243, 32, 177, 216, 35, 115, 193, 235, 236, 208, 182, 277, 53, 270, 269, 109, 110, 238, 52, 142, 31, 153, 87, 39, 64, 37, 59, 205, 40, 189, 221, 201, 230, 67, 38, 92, 152, 66, 15, 151, 212, 207, 62, 234, 191, 96, 197, 175, 73, 76, 265, 222, 233, 146, 95, 160, 145, 258, 120, 42, 241, 294, 298, 237, 57, 65, 295, 158, 150, 250, 253, 149, 296, 169, 56, 278, 84, 80, 10, 261, 1, 25, 75, 129, 11, 255, 183, 126, 51, 203, 148, 159, 180, 48, 86, 50, 97, 5, 99, 118, 74, 174, 232, 198, 133, 54, 184, 135, 225, 166, 29, 121, 47, 167, 2, 297, 36, 33, 18, 240, 144, 229, 280, 3, 14, 112, 104, 163, 247, 272, 24, 274, 271, 172, 215, 103, 137, 187, 7, 88, 231, 106, 218, 227, 194, 140, 224, 49, 124, 93, 259, 138, 91, 242, 214, 81, 254, 176, 173, 100, 79, 192, 21, 22, 105, 161, 281, 90, 213, 82, 78, 116, 211, 178, 77, 291, 70, 113, 143, 264, 251, 30, 139, 256, 157, 206, 262, 123, 107, 210, 287, 204, 63, 131, 260, 20, 27])', () => {
  const m = f('@immut/hashmap.from_iter')(Int, f('Array::iter')(range(300).map((i) => [i, i * i])));
  return show(T(Int, O(Int), O(Int), A(Int)), [hm('length')(m), hm('get')(Int, m, 299), hm('get')(Int, m, 300), collect(hm('keys')(m))]);
});
c('{ let m = @immut/hashmap.from_array((0).until(300).map(i => (i.to_string(), i)).to_array()); (m.length(), m.get("123"), m.values().to_array()) }', '(300, Some(123), [269, 276, 181, 86, 72, 200, 127, 59, 87, 219, 77, 197, 272, 36, 63, 31, 133, 160, 278, 40, 170, 187, 292, 192, 83, 100, 91, 279, 182, 237, 111, 194, 90, 88, 47, 136, 66, 102, 85, 24, 98, 229, 57, 213, 176, 152, 178, 218, 7, 275, 225, 298, 19, 186, 293, 75, 243, 20, 154, 32, 227, 118, 93, 73, 271, 114, 217, 80, 241, 56, 119, 107, 236, 208, 131, 255, 69, 201, 287, 165, 253, 16, 267, 289, 128, 171, 113, 78, 239, 51, 164, 145, 67, 299, 234, 156, 149, 38, 125, 140, 108, 12, 29, 84, 268, 174, 281, 203, 22, 263, 261, 166, 109, 284, 97, 129, 28, 5, 52, 205, 65, 123, 179, 288, 4, 180, 95, 163, 33, 116, 240, 228, 147, 270, 112, 189, 296, 185, 264, 265, 139, 68, 209, 158, 188, 41, 141, 204, 25, 30, 60, 224, 167, 134, 282, 70, 96, 14, 132, 142, 177, 46, 110, 105, 157, 183, 53, 150, 81, 245, 89, 9, 17, 195, 191, 260, 8, 206, 246, 216, 244, 226, 155, 222, 175, 71, 3, 190, 148, 214, 92, 13, 0, 210, 2, 280, 103, 283, 233, 74, 223, 49, 168, 6, 138, 211, 43, 115, 130, 248, 42, 193, 146, 126, 295, 61, 35, 153, 266, 230, 254, 169, 220, 62, 273, 232, 117, 18, 274, 162, 10, 11, 257, 215, 137, 172, 101, 94, 297, 249, 173, 235, 23, 122, 159, 1, 277, 48, 27, 39, 238, 256, 64, 258, 231, 285, 294, 26, 161, 121, 104, 21, 54, 55, 247, 144, 37, 44, 242, 196, 15, 184, 291, 135, 286, 202, 106, 221, 45, 199, 250, 120, 82, 252, 34, 207, 143, 151, 99, 212, 262, 50, 79, 198, 259, 76, 290, 58, 124, 251])', () => {
  const m = pairs(Str, 300, String);
  return show(T(Int, O(Int), A(Int)), [hm('length')(m), hm('get')(Str, m, '123'), collect(hm('values')(m))]);
});
c('{ let m = @immut/hashmap.from_array((0).until(200).map(i => (i, i)).to_array()); let n = (0).until(200).fold(init=m, (acc, i) => if i % 2 == 0 { acc.remove(i) } else { acc }); (n == @immut/hashmap.from_array((0).until(200).filter(i => i % 2 == 1).map(i => (i, i)).to_array()), n.length(), n.keys().take(12).to_array(), m.length()) }', '(true, 100, [45, 23, 141, 101, 165, 155, 43, 199, 41, 119, 117, 181], 200)', () => {
  const m = pairs(Int, 200, (i) => i);
  let n = m;
  for (let i = 0; i < 200; i += 2) n = hm('remove')(Int, n, i);
  const odd = hmap(Int, range(200).filter((i) => i % 2 === 1).map((i): [number, number] => [i, i]));
  return show(T(Bool, Int, A(Int), Int), [eq(HM(Int, Int), n, odd), hm('length')(n), collect(f('Iter::take')(hm('keys')(n), 12)), hm('length')(m)]);
});
c('{ let mut m = @immut/hashmap.from_array((0).until(100).map(i => (i.to_string(), i)).to_array()); for i in 0..<96 { m = m.remove((i * 37 % 100).to_string()) }; m }', '@immut/hashmap.from_array([("63", 63), ("52", 52), ("89", 89), ("26", 26)])', () => {
  let m = pairs(Str, 100, String);
  for (let i = 0; i < 96; i++) m = hm('remove')(Str, m, String((i * 37) % 100));
  return show(HM(Str, Int), m);
});
c('{ let mut m = @immut/hashmap.from_array((0).until(100).map(i => (i.to_string(), i)).to_array()); let sizes = []; for i in 0..<100 { m = m.remove((i * 37 % 100).to_string()); if i % 10 == 0 { sizes.push(m.length()) } }; (sizes, m, m == @immut/hashmap.new(), m.length()) }', '([99, 89, 79, 69, 59, 49, 39, 29, 19, 9], @immut/hashmap.from_array([]), true, 0)', () => {
  let m = pairs(Str, 100, String);
  const sizes: number[] = [];
  for (let i = 0; i < 100; i++) {
    m = hm('remove')(Str, m, String((i * 37) % 100));
    if (i % 10 === 0) sizes.push(hm('length')(m));
  }
  return show(T(A(Int), HM(Str, Int), Bool, Int), [sizes, m, eq(HM(Str, Int), m, hm('new')()), hm('length')(m)]);
});
c('{ let m = @immut/hashmap.from_array([("x", 1), ("y", 2), ("z", 3), ("w", 4)]); let out = []; m.each((k, v) => out.push((k, v))); let out2 = []; for k, v in m { out2.push((v, k)) }; (out, out2, m.iter().to_array(), m.keys().to_array(), m.values().to_array(), m.to_array(), m.fold(init="", (acc, k, v) => acc + k + v.to_string())) }', '([("w", 4), ("z", 3), ("x", 1), ("y", 2)], [(4, "w"), (3, "z"), (1, "x"), (2, "y")], [("w", 4), ("z", 3), ("x", 1), ("y", 2)], ["w", "z", "x", "y"], [4, 3, 1, 2], [("w", 4), ("z", 3), ("x", 1), ("y", 2)], "w4z3x1y2")', () => {
  const m = hmap(Str, [['x', 1], ['y', 2], ['z', 3], ['w', 4]]);
  const out: unknown[] = [];
  hm('each')(m, (k: string, v: number) => out.push([k, v]));
  const out2 = (f('Iter2::to_array')(hm('iter2')(m)) as [string, number][]).map(([k, v]) => [v, k]);
  return show(T(A(T(Str, Int)), A(T(Int, Str)), A(T(Str, Int)), A(Str), A(Int), A(T(Str, Int)), Str), [
    out, out2, collect(hm('iter')(m)), collect(hm('keys')(m)), collect(hm('values')(m)), hm('to_array')(m), hm('fold')(m, '', (acc: string, k: string, v: number) => acc + k + String(v)),
  ]);
});
c('{ let m = @immut/hashmap.from_array((0).until(10).map(i => (i, i)).to_array()); let seen = []; let all = m.filter((k, _) => { seen.push(k); true }); (m.map((k, v) => k + v * 10), m.filter((k, _) => k % 3 == 0), m.filter((_, _) => false), m.filter((_, _) => false) == @immut/hashmap.new(), seen, all == m) }', '(@immut/hashmap.from_array([(6, 66), (4, 44), (8, 88), (9, 99), (0, 0), (1, 11), (5, 55), (2, 22), (3, 33), (7, 77)]), @immut/hashmap.from_array([(6, 6), (9, 9), (0, 0), (3, 3)]), @immut/hashmap.from_array([]), true, [6, 4, 8, 9, 0, 1, 5, 2, 3, 7], true)', () => {
  const m = pairs(Int, 10, (i) => i);
  const seen: number[] = [];
  const all = hm('filter')(m, (k: number) => (seen.push(k), true));
  const H = HM(Int, Int);
  const none = hm('filter')(m, () => false);
  return show(T(H, H, H, Bool, A(Int), Bool), [hm('map')(m, (k: number, v: number) => k + v * 10), hm('filter')(m, (k: number) => k % 3 === 0), none, eq(H, none, hm('new')()), seen, eq(H, all, m)]);
});
c('{ let a = @immut/hashmap.from_array([(1, "a1"), (2, "a2"), (3, "a3"), (40, "a40")]); let b = @immut/hashmap.from_array([(3, "b3"), (4, "b4"), (40, "b40"), (72, "b72")]); (a.union(b), b.union(a), a.intersection(b), b.intersection(a), a.difference(b), b.difference(a), a.union_with(b, (k, x, y) => x + y + k.to_string()), a.intersection_with(b, (_k, x, y) => x + y), a.merge(b)) }', '(@immut/hashmap.from_array([(72, "b72"), (4, "b4"), (40, "b40"), (1, "a1"), (2, "a2"), (3, "b3")]), @immut/hashmap.from_array([(72, "b72"), (4, "b4"), (40, "a40"), (1, "a1"), (2, "a2"), (3, "a3")]), @immut/hashmap.from_array([(40, "b40"), (3, "b3")]), @immut/hashmap.from_array([(40, "a40"), (3, "a3")]), @immut/hashmap.from_array([(1, "a1"), (2, "a2")]), @immut/hashmap.from_array([(72, "b72"), (4, "b4")]), @immut/hashmap.from_array([(72, "b72"), (4, "b4"), (40, "a40b4040"), (1, "a1"), (2, "a2"), (3, "a3b33")]), @immut/hashmap.from_array([(40, "a40b40"), (3, "a3b3")]), @immut/hashmap.from_array([(72, "b72"), (4, "b4"), (40, "b40"), (1, "a1"), (2, "a2"), (3, "b3")]))', () => {
  const a = hmap(Int, [[1, 'a1'], [2, 'a2'], [3, 'a3'], [40, 'a40']]);
  const b = hmap(Int, [[3, 'b3'], [4, 'b4'], [40, 'b40'], [72, 'b72']]);
  const H = HM(Int, Str);
  return show(T(H, H, H, H, H, H, H, H, H), [
    hm('union')(Int, a, b), hm('union')(Int, b, a), hm('intersection')(Int, a, b), hm('intersection')(Int, b, a), hm('difference')(Int, a, b), hm('difference')(Int, b, a),
    hm('union_with')(Int, a, b, (k: number, x: string, y: string) => x + y + String(k)), hm('intersection_with')(Int, a, b, (_k: number, x: string, y: string) => x + y), hm('merge')(Int, a, b),
  ]);
});
c('{ let a = @immut/hashmap.from_array([(1, "a1"), (2, "a2")]); let e : @immut/hashmap.HashMap[Int, String] = @immut/hashmap.new(); (a.union(e), e.union(a), a.intersection(e), e.intersection(a), a.difference(e), e.difference(a), a.union_with(e, (_, x, _) => x), a.intersection_with(e, (_, x, _) => x), a.difference(a), a.intersection(a) == a) }', '(@immut/hashmap.from_array([(1, "a1"), (2, "a2")]), @immut/hashmap.from_array([(1, "a1"), (2, "a2")]), @immut/hashmap.from_array([]), @immut/hashmap.from_array([]), @immut/hashmap.from_array([(1, "a1"), (2, "a2")]), @immut/hashmap.from_array([]), @immut/hashmap.from_array([(1, "a1"), (2, "a2")]), @immut/hashmap.from_array([]), @immut/hashmap.from_array([]), true)', () => {
  const a = hmap(Int, [[1, 'a1'], [2, 'a2']]);
  const e = hm('new')();
  const H = HM(Int, Str);
  const first = (_k: unknown, x: unknown) => x;
  return show(T(H, H, H, H, H, H, H, H, H, Bool), [
    hm('union')(Int, a, e), hm('union')(Int, e, a), hm('intersection')(Int, a, e), hm('intersection')(Int, e, a), hm('difference')(Int, a, e), hm('difference')(Int, e, a),
    hm('union_with')(Int, a, e, first), hm('intersection_with')(Int, a, e, first), hm('difference')(Int, a, a), eq(H, hm('intersection')(Int, a, a), a),
  ]);
});

// Collisions: `C(7, n)` all hash to 7 and share one bucket at depth 6.
const H_CI = HM(Ck, Int);
const H_CS = HM(Ck, Str);
c('{ let m = @immut/hashmap.from_array([(C(7, 1), "a"), (C(7, 2), "b"), (C(7, 3), "c")]); (m, m.length(), m.get(C(7, 2)), m.get(C(7, 4)), m.contains(C(7, 3))) }', '(@immut/hashmap.from_array([(C(7, 1), "a"), (C(7, 2), "b"), (C(7, 3), "c")]), 3, Some("b"), None, true)', () => {
  const m = hmap(Ck, [[C(7, 1), 'a'], [C(7, 2), 'b'], [C(7, 3), 'c']]);
  return show(T(H_CS, Int, O(Str), O(Str), Bool), [m, hm('length')(m), hm('get')(Ck, m, C(7, 2)), hm('get')(Ck, m, C(7, 4)), hm('contains')(Ck, m, C(7, 3))]);
});
c('{ let m = @immut/hashmap.new().add(C(7, 1), 1).add(C(7, 2), 2).add(C(7, 3), 3); (m, m.add(C(7, 1), 10), m.add(C(7, 3), 30), m.add(C(7, 2), 20), m.add(C(7, 4), 40), m.remove(C(7, 2)), m.remove(C(7, 3)), m.remove(C(7, 3)).remove(C(7, 1)), m.remove(C(7, 9)), m.length()) }', '(@immut/hashmap.from_array([(C(7, 3), 3), (C(7, 2), 2), (C(7, 1), 1)]), @immut/hashmap.from_array([(C(7, 1), 10), (C(7, 3), 3), (C(7, 2), 2)]), @immut/hashmap.from_array([(C(7, 3), 30), (C(7, 2), 2), (C(7, 1), 1)]), @immut/hashmap.from_array([(C(7, 2), 20), (C(7, 3), 3), (C(7, 1), 1)]), @immut/hashmap.from_array([(C(7, 4), 40), (C(7, 3), 3), (C(7, 2), 2), (C(7, 1), 1)]), @immut/hashmap.from_array([(C(7, 3), 3), (C(7, 1), 1)]), @immut/hashmap.from_array([(C(7, 2), 2), (C(7, 1), 1)]), @immut/hashmap.from_array([(C(7, 2), 2)]), @immut/hashmap.from_array([(C(7, 3), 3), (C(7, 2), 2), (C(7, 1), 1)]), 3)', () => {
  const add = (m: unknown, h: number, n: number, v: number) => hm('add')(Ck, m, C(h, n), v);
  const rm = (m: unknown, h: number, n: number) => hm('remove')(Ck, m, C(h, n));
  const m = add(add(add(hm('new')(), 7, 1, 1), 7, 2, 2), 7, 3, 3);
  return show(T(H_CI, H_CI, H_CI, H_CI, H_CI, H_CI, H_CI, H_CI, H_CI, Int), [
    m, add(m, 7, 1, 10), add(m, 7, 3, 30), add(m, 7, 2, 20), add(m, 7, 4, 40), rm(m, 7, 2), rm(m, 7, 3), rm(rm(m, 7, 3), 7, 1), rm(m, 7, 9), hm('length')(m),
  ]);
});
// Hashes equal in their low 30 bits share a bucket (the top two bits become the path's tag).
c('{ let m = @immut/hashmap.from_array([(C(7, 1), 1), (C(39, 1), 2), (C(7 + (1 << 30), 2), 3), (C(7, 3), 4), (C(-1, 0), 5), (C(0x3fffffff, 1), 6), (C(0, 0), 7), (C(1 << 25, 0), 8), (C(1 << 29, 0), 9)]); (m, m.length(), m.get(C(7 + (1 << 30), 2)), m.get(C(0x3fffffff, 1)), m.remove(C(7, 1)).remove(C(7, 3)), m.remove(C(-1, 0)).remove(C(1 << 29, 0))) }', '(@immut/hashmap.from_array([(C(0, 0), 7), (C(33554432, 0), 8), (C(536870912, 0), 9), (C(7, 1), 1), (C(1073741831, 2), 3), (C(7, 3), 4), (C(39, 1), 2), (C(-1, 0), 5), (C(1073741823, 1), 6)]), 9, Some(3), Some(6), @immut/hashmap.from_array([(C(0, 0), 7), (C(33554432, 0), 8), (C(536870912, 0), 9), (C(1073741831, 2), 3), (C(39, 1), 2), (C(-1, 0), 5), (C(1073741823, 1), 6)]), @immut/hashmap.from_array([(C(0, 0), 7), (C(33554432, 0), 8), (C(7, 1), 1), (C(1073741831, 2), 3), (C(7, 3), 4), (C(39, 1), 2), (C(1073741823, 1), 6)]))', () => {
  const m = hmap(Ck, [[C(7, 1), 1], [C(39, 1), 2], [C(7 + 2 ** 30, 2), 3], [C(7, 3), 4], [C(-1, 0), 5], [C(0x3fffffff, 1), 6], [C(0, 0), 7], [C(2 ** 25, 0), 8], [C(2 ** 29, 0), 9]]);
  const rm = (x: unknown, h: number, n: number) => hm('remove')(Ck, x, C(h, n));
  return show(T(H_CI, Int, O(Int), O(Int), H_CI, H_CI), [
    m, hm('length')(m), hm('get')(Ck, m, C(7 + 2 ** 30, 2)), hm('get')(Ck, m, C(0x3fffffff, 1)), rm(rm(m, 7, 1), 7, 3), rm(rm(m, -1, 0), 2 ** 29, 0),
  ]);
});
const setOps = (a: unknown, b: unknown, plus: (k: unknown, x: string, y: string) => string) => [
  hm('union')(Ck, a, b), hm('union')(Ck, b, a), hm('intersection')(Ck, a, b), hm('intersection')(Ck, b, a), hm('difference')(Ck, a, b), hm('difference')(Ck, b, a),
  hm('union_with')(Ck, a, b, plus), hm('union_with')(Ck, b, a, plus), hm('intersection_with')(Ck, a, b, plus),
];
c('{ let a = @immut/hashmap.from_array([(C(7, 1), "a1"), (C(7, 2), "a2"), (C(5, 0), "a5")]); let b = @immut/hashmap.from_array([(C(7, 2), "b2"), (C(7, 3), "b3"), (C(7, 4), "b4")]); (a.union(b), b.union(a), a.intersection(b), b.intersection(a), a.difference(b), b.difference(a), a.union_with(b, (_, x, y) => x + y), b.union_with(a, (_, x, y) => x + y), a.intersection_with(b, (_, x, y) => x + y)) }', '(@immut/hashmap.from_array([(C(5, 0), "a5"), (C(7, 2), "b2"), (C(7, 3), "b3"), (C(7, 4), "b4"), (C(7, 1), "a1")]), @immut/hashmap.from_array([(C(5, 0), "a5"), (C(7, 1), "a1"), (C(7, 2), "a2"), (C(7, 3), "b3"), (C(7, 4), "b4")]), @immut/hashmap.from_array([(C(7, 2), "b2")]), @immut/hashmap.from_array([(C(7, 2), "a2")]), @immut/hashmap.from_array([(C(5, 0), "a5"), (C(7, 1), "a1")]), @immut/hashmap.from_array([(C(7, 3), "b3"), (C(7, 4), "b4")]), @immut/hashmap.from_array([(C(5, 0), "a5"), (C(7, 1), "a1"), (C(7, 2), "a2b2"), (C(7, 3), "b3"), (C(7, 4), "b4")]), @immut/hashmap.from_array([(C(5, 0), "a5"), (C(7, 2), "b2a2"), (C(7, 3), "b3"), (C(7, 4), "b4"), (C(7, 1), "a1")]), @immut/hashmap.from_array([(C(7, 2), "a2b2")]))', () => {
  const a = hmap(Ck, [[C(7, 1), 'a1'], [C(7, 2), 'a2'], [C(5, 0), 'a5']]);
  const b = hmap(Ck, [[C(7, 2), 'b2'], [C(7, 3), 'b3'], [C(7, 4), 'b4']]);
  return show(T(H_CS, H_CS, H_CS, H_CS, H_CS, H_CS, H_CS, H_CS, H_CS), setOps(a, b, (_k, x, y) => x + y));
});
c('{ let a = @immut/hashmap.from_array([(C(7, 1), "a1"), (C(7, 2), "a2"), (C(7, 3), "a3")]); let b = @immut/hashmap.from_array([(C(7, 3), "b3"), (C(7, 1), "b1")]); let f = b.add(C(7, 5), "b5"); (a.intersection(b), b.intersection(a), a.intersection_with(b, (_, x, y) => x + y), b.intersection_with(a, (_, x, y) => x + y), a.difference(b), f.difference(a), a.union(b), b.union(a), f.union_with(a, (_, x, y) => x + y)) }', '(@immut/hashmap.from_array([(C(7, 3), "b3"), (C(7, 1), "b1")]), @immut/hashmap.from_array([(C(7, 1), "a1"), (C(7, 3), "a3")]), @immut/hashmap.from_array([(C(7, 1), "a1b1"), (C(7, 3), "a3b3")]), @immut/hashmap.from_array([(C(7, 3), "b3a3"), (C(7, 1), "b1a1")]), @immut/hashmap.from_array([(C(7, 2), "a2")]), @immut/hashmap.from_array([(C(7, 5), "b5")]), @immut/hashmap.from_array([(C(7, 3), "b3"), (C(7, 1), "b1"), (C(7, 2), "a2")]), @immut/hashmap.from_array([(C(7, 1), "a1"), (C(7, 2), "a2"), (C(7, 3), "a3")]), @immut/hashmap.from_array([(C(7, 5), "b5"), (C(7, 3), "b3a3"), (C(7, 1), "b1a1"), (C(7, 2), "a2")]))', () => {
  const a = hmap(Ck, [[C(7, 1), 'a1'], [C(7, 2), 'a2'], [C(7, 3), 'a3']]);
  const b = hmap(Ck, [[C(7, 3), 'b3'], [C(7, 1), 'b1']]);
  const fb = hm('add')(Ck, b, C(7, 5), 'b5');
  const plus = (_k: unknown, x: string, y: string) => x + y;
  return show(T(H_CS, H_CS, H_CS, H_CS, H_CS, H_CS, H_CS, H_CS, H_CS), [
    hm('intersection')(Ck, a, b), hm('intersection')(Ck, b, a), hm('intersection_with')(Ck, a, b, plus), hm('intersection_with')(Ck, b, a, plus),
    hm('difference')(Ck, a, b), hm('difference')(Ck, fb, a), hm('union')(Ck, a, b), hm('union')(Ck, b, a), hm('union_with')(Ck, fb, a, plus),
  ]);
});
c('{ let a = @immut/hashmap.from_array([(C(7, 1), 1), (C(7, 2), 2)]); (a == @immut/hashmap.from_array([(C(7, 2), 2), (C(7, 1), 1)]), a == @immut/hashmap.from_array([(C(7, 2), 2), (C(7, 1), 3)]), a == @immut/hashmap.from_array([(C(7, 2), 2), (C(7, 3), 1)]), a == a.add(C(7, 3), 3), a.hash() == @immut/hashmap.new().add(C(7, 2), 2).add(C(7, 1), 1).hash(), a.hash()) } ||| { let a = @immut/hashmap.from_array([(C(7, 1), 1), (C(7, 2), 2)]); (a == @immut/hashmap.from_array([(C(7, 2), 2), (C(7, 1), 1)]), a == @immut/hashmap.from_array([(C(7, 2), 2), (C(7, 1), 3)]), a == @immut/hashmap.from_array([(C(7, 2), 2), (C(7, 3), 1)]), a == a.add(C(7, 3), 3), Hash::hash(a) == Hash::hash(@immut/hashmap.new().add(C(7, 2), 2).add(C(7, 1), 1)), Hash::hash(a)) }', '(true, false, false, false, true, -1915492713)', () => {
  const a = hmap(Ck, [[C(7, 1), 1], [C(7, 2), 2]]);
  const b = hm('add')(Ck, hm('add')(Ck, hm('new')(), C(7, 2), 2), C(7, 1), 1);
  return show(T(Bool, Bool, Bool, Bool, Bool, Int), [
    eq(H_CI, a, hmap(Ck, [[C(7, 2), 2], [C(7, 1), 1]])), eq(H_CI, a, hmap(Ck, [[C(7, 2), 2], [C(7, 1), 3]])), eq(H_CI, a, hmap(Ck, [[C(7, 2), 2], [C(7, 3), 1]])),
    eq(H_CI, a, hm('add')(Ck, a, C(7, 3), 3)), hm('hash')(Ck, Int, a) === hm('hash')(Ck, Int, b), hm('hash')(Ck, Int, a),
  ]);
});
c('{ let a = @immut/hashmap.from_array([(C(7, 1), 1), (C(7, 2), 2), (C(8, 0), 0)]); let seen = []; let f = a.filter((k, _) => { seen.push(k); k.1 != 1 }); let g = a.map((k, v) => { seen.push(k); v * 100 }); let acc = a.fold(init=[], (acc, k, v) => { acc.push((k, v)); acc }); (f, g, seen, acc) }', '(@immut/hashmap.from_array([(C(7, 2), 2), (C(8, 0), 0)]), @immut/hashmap.from_array([(C(7, 1), 100), (C(7, 2), 200), (C(8, 0), 0)]), [C(7, 2), C(7, 1), C(8, 0), C(7, 1), C(7, 2), C(8, 0)], [(C(7, 1), 1), (C(7, 2), 2), (C(8, 0), 0)])', () => {
  const a = hmap(Ck, [[C(7, 1), 1], [C(7, 2), 2], [C(8, 0), 0]]);
  const seen: Key[] = [];
  const fl = hm('filter')(a, (k: Key) => (seen.push(k), k._1 !== 1));
  const g = hm('map')(a, (k: Key, v: number) => (seen.push(k), v * 100));
  const acc = hm('fold')(a, [], (xs: unknown[], k: Key, v: number) => (xs.push([k, v]), xs));
  return show(T(H_CI, H_CI, A(Ck), A(T(Ck, Int))), [fl, g, seen, acc]);
});
c('{ let m = @immut/hashmap.new().add(C(7, 1), 1).add(C(7, 2), 2).add(C(7, 3), 3).add(C(7, 4), 4); (m.filter((k, _) => k.1 == 3), m.filter((k, _) => k.1 == 1), m.filter((k, _) => k.1 >= 3), m.filter((k, _) => k.1 < 3), m.filter((k, _) => k.1 % 2 == 0)) }', '(@immut/hashmap.from_array([(C(7, 3), 3)]), @immut/hashmap.from_array([(C(7, 1), 1)]), @immut/hashmap.from_array([(C(7, 4), 4), (C(7, 3), 3)]), @immut/hashmap.from_array([(C(7, 2), 2), (C(7, 1), 1)]), @immut/hashmap.from_array([(C(7, 4), 4), (C(7, 2), 2)]))', () => {
  let m = hm('new')();
  for (let n = 1; n <= 4; n++) m = hm('add')(Ck, m, C(7, n), n);
  const keep = (p: (n: number) => boolean) => hm('filter')(m, (k: Key) => p(k._1));
  return show(T(H_CI, H_CI, H_CI, H_CI, H_CI), [keep((n) => n === 3), keep((n) => n === 1), keep((n) => n >= 3), keep((n) => n < 3), keep((n) => n % 2 === 0)]);
});

// Show, Debug and Hash of the map itself.
c('@immut/hashmap.from_array([("a\\"b", [1, 2]), ("", [])])', '@immut/hashmap.from_array([("", []), ("a\\"b", [1, 2])])', () => show(HM(Str, A(Int)), hmap(Str, [['a"b', [1, 2]], ['', []]])));
c('@immut/hashmap.from_array([((1, "x"), @immut/hashmap.singleton(true, \'c\')), ((0, ""), @immut/hashmap.new())])', '@immut/hashmap.from_array([((1, "x"), @immut/hashmap.from_array([(true, \'c\')])), ((0, ""), @immut/hashmap.from_array([]))])', () =>
  show(HM(T(Int, Str), HM(Bool, desc('Char'))), hmap(T(Int, Str), [[[1, 'x'], hm('singleton')(Bool, true, 0x63)], [[0, ''], hm('new')()]])),
);
c('{ let m = @immut/hashmap.from_array([(3, "c"), (1, "a"), (2, "b")]); (m.to_string(), @debug.render(@debug.to_repr(m)), @debug.render(@debug.to_repr((@immut/hashmap.new() : @immut/hashmap.HashMap[Int, Int]))), @debug.render(@debug.to_repr(Some(@immut/hashmap.singleton(C(7, 1), [1]))))) }', '("@immut/hashmap.from_array([(1, \\"a\\"), (2, \\"b\\"), (3, \\"c\\")])", "<HashMap: { 1: \\"a\\", 2: \\"b\\", 3: \\"c\\" }>", "<HashMap: {}>", "Some(<HashMap: { C(7, 1): [1] }>)")', () => {
  const m = hmap(Int, [[3, 'c'], [1, 'a'], [2, 'b']]);
  return show(T(Str, Str, Str, Str), [hm('to_string')(Int, Str, m), debug(HM(Int, Str), m), debug(HM(Int, Int), hm('new')()), debug(O(HM(Ck, A(Int))), new Some(hm('singleton')(Ck, C(7, 1), [1])))]);
});
c('{ let a = @immut/hashmap.from_array([("x", 1), ("y", 2)]); let h = Hasher::new(); h.combine(a); (a.hash(), h.finalize(), (@immut/hashmap.new() : @immut/hashmap.HashMap[Int, Int]).hash(), @immut/hashmap.singleton(1, 2).hash(), @immut/hashmap.singleton(2, 1).hash()) } ||| { let a = @immut/hashmap.from_array([("x", 1), ("y", 2)]); let h = Hasher::new(); h.combine(a); (Hash::hash(a), h.finalize(), Hash::hash((@immut/hashmap.new() : @immut/hashmap.HashMap[Int, Int])), Hash::hash(@immut/hashmap.singleton(1, 2)), Hash::hash(@immut/hashmap.singleton(2, 1))) }', '(-438730164, -438730164, 148298089, 1330154320, -1033464623)', () => {
  const a = hmap(Str, [['x', 1], ['y', 2]]);
  const h = new Hasher();
  (HM(Str, Int)['Hash.hash_combine'] as (x: unknown, h: Hasher) => void)(a, h);
  return show(T(Int, Int, Int, Int, Int), [hashOf(HM(Str, Int), a), h.finalize(), hashOf(HM(Int, Int), hm('new')()), hm('hash')(Int, Int, hm('singleton')(Int, 1, 2)), hm('hash')(Int, Int, hm('singleton')(Int, 2, 1))]);
});
c('{ let a = @immut/hashmap.from_array((0).until(50).map(i => (i, i)).to_array()); let b = @immut/hashmap.from_iter((0).until(50).map(i => (49 - i, 49 - i))); (a == b, a.hash() == b.hash(), a != b.add(7, 8), a == b.add(7, 8).add(7, 7)) } ||| { let a = @immut/hashmap.from_array((0).until(50).map(i => (i, i)).to_array()); let b = @immut/hashmap.from_iter((0).until(50).map(i => (49 - i, 49 - i))); (a == b, Hash::hash(a) == Hash::hash(b), a != b.add(7, 8), a == b.add(7, 8).add(7, 7)) }', '(true, true, true, true)', () => {
  const a = pairs(Int, 50, (i) => i);
  const b = f('@immut/hashmap.from_iter')(Int, f('Array::iter')(range(50).reverse().map((i) => [i, i])));
  const H = HM(Int, Int);
  const b78 = hm('add')(Int, b, 7, 8);
  return show(T(Bool, Bool, Bool, Bool), [eq(H, a, b), hashOf(H, a) === hashOf(H, b), hm('not_equal')(Int, Int, a, b78), hm('equal')(Int, Int, a, hm('add')(Int, b78, 7, 7))]);
});
// Deprecated names are the same functions.
c('{ let m = @immut/hashmap.of([(1, "a"), (2, "b")]); (m.find(2), m.size(), m.elems().to_array(), m.iterator().to_array(), m.filter_with_key((k, _) => k > 1), m.fold_with_key(init=0, (a, k, _) => a + k), m.map_with_key((k, v) => v + k.to_string()), @immut/hashmap.from_iterator(m.iterator()) == m) }', '(Some("b"), 2, ["a", "b"], [(1, "a"), (2, "b")], @immut/hashmap.from_array([(2, "b")]), 3, @immut/hashmap.from_array([(1, "a1"), (2, "b2")]), true)', () => {
  const m = f('@immut/hashmap.of')(Int, [[1, 'a'], [2, 'b']]);
  return show(T(O(Str), Int, A(Str), A(T(Int, Str)), HM(Int, Str), Int, HM(Int, Str), Bool), [
    hm('find')(Int, m, 2), hm('size')(m), collect(hm('elems')(m)), collect(hm('iterator')(m)), hm('filter_with_key')(m, (k: number) => k > 1),
    hm('fold_with_key')(m, 0, (a: number, k: number) => a + k), hm('map_with_key')(m, (k: number, v: string) => v + String(k)),
    eq(HM(Int, Str), f('@immut/hashmap.from_iterator')(Int, hm('iterator')(m)), m),
  ]);
});
// Persistence in a deep trie: every version keeps its own content.
c('{ let m = @immut/hashmap.from_array((0).until(500).map(i => (i, i)).to_array()); let a = m.add(250, -1); let b = m.remove(250); let c = b.add(250, 250); (m.get(250), a.get(250), b.get(250), c == m, a == m, m.length(), a.length(), b.length(), b.keys().take(8).to_array()) }', '(Some(250), Some(-1), None, true, false, 500, 500, 499, [45, 275, 268, 414, 336, 451, 249, 23])', () => {
  const m = pairs(Int, 500, (i) => i);
  const a = hm('add')(Int, m, 250, -1);
  const b = hm('remove')(Int, m, 250);
  const cc = hm('add')(Int, b, 250, 250);
  const H = HM(Int, Int);
  return show(T(O(Int), O(Int), O(Int), Bool, Bool, Int, Int, Int, A(Int)), [
    hm('get')(Int, m, 250), hm('get')(Int, a, 250), hm('get')(Int, b, 250), eq(H, cc, m), eq(H, a, m), hm('length')(m), hm('length')(a), hm('length')(b), collect(f('Iter::take')(hm('keys')(b), 8)),
  ]);
});
// Hundreds of keys in few buckets: `C(h % 16, n)` puts about 19 keys in each of 16 buckets.
c('{ let m = @immut/hashmap.from_array((0).until(300).map(i => (C(i % 16, i), i)).to_array()); let n = (0).until(300).fold(init=m, (acc, i) => if i % 3 != 0 { acc.remove(C(i % 16, i)) } else { acc }); (m.length(), n.length(), m.get(C(5, 293)), n.get(C(5, 293)), n.keys().take(10).to_array(), n.values().to_array()) }', '(300, 100, Some(293), None, [C(0, 0), C(0, 48), C(0, 96), C(0, 144), C(0, 192), C(0, 240), C(0, 288), C(1, 33), C(1, 81), C(1, 129)], [0, 48, 96, 144, 192, 240, 288, 33, 81, 129, 177, 225, 273, 18, 66, 114, 162, 210, 258, 3, 51, 99, 147, 195, 243, 291, 36, 84, 132, 180, 228, 276, 21, 69, 117, 165, 213, 261, 6, 54, 102, 150, 198, 246, 294, 39, 87, 135, 183, 231, 279, 24, 72, 120, 168, 216, 264, 9, 57, 105, 153, 201, 249, 297, 42, 90, 138, 186, 234, 282, 27, 75, 123, 171, 219, 267, 12, 60, 108, 156, 204, 252, 45, 93, 141, 189, 237, 285, 30, 78, 126, 174, 222, 270, 15, 63, 111, 159, 207, 255])', () => {
  const m = hmap(Ck, range(300).map((i): [Key, number] => [C(i % 16, i), i]));
  let n = m;
  for (let i = 0; i < 300; i++) if (i % 3 !== 0) n = hm('remove')(Ck, n, C(i % 16, i));
  return show(T(Int, Int, O(Int), O(Int), A(Ck), A(Int)), [hm('length')(m), hm('length')(n), hm('get')(Ck, m, C(5, 293)), hm('get')(Ck, n, C(5, 293)), collect(f('Iter::take')(hm('keys')(n), 10)), collect(hm('values')(n))]);
});
c('{ let a = @immut/hashmap.from_array((0).until(120).map(i => (C(i % 8, i), "a" + i.to_string())).to_array()); let b = @immut/hashmap.from_array((60).until(200).map(i => (C(i % 8, i), "b" + i.to_string())).to_array()); (a.union(b).length(), a.intersection(b).values().take(6).to_array(), a.difference(b).keys().take(6).to_array(), a.union(b).values().take(6).to_array(), a.intersection_with(b, (_, x, y) => x + y).values().take(4).to_array(), a.union_with(b, (_, x, y) => x + y).values().take(4).to_array()) }', '(200, ["b64", "b72", "b80", "b88", "b96", "b104"], [C(0, 0), C(0, 8), C(0, 16), C(0, 24), C(0, 32), C(0, 40)], ["b64", "b72", "b80", "b88", "b96", "b104"], ["a64b64", "a72b72", "a80b80", "a88b88"], ["a0", "a8", "a16", "a24"])', () => {
  const a = hmap(Ck, range(120).map((i): [Key, string] => [C(i % 8, i), `a${i}`]));
  const b = hmap(Ck, range(140).map((j): [Key, string] => [C((j + 60) % 8, j + 60), `b${j + 60}`]));
  const take = (it: Iter, n: number) => collect(f('Iter::take')(it, n));
  const plus = (_k: unknown, x: string, y: string) => x + y;
  return show(T(Int, A(Str), A(Ck), A(Str), A(Str), A(Str)), [
    hm('length')(hm('union')(Ck, a, b)), take(hm('values')(hm('intersection')(Ck, a, b)), 6), take(hm('keys')(hm('difference')(Ck, a, b)), 6),
    take(hm('values')(hm('union')(Ck, a, b)), 6), take(hm('values')(hm('intersection_with')(Ck, a, b, plus)), 4), take(hm('values')(hm('union_with')(Ck, a, b, plus)), 4),
  ]);
});

// ---- @immut/hashset ---------------------------------------------------------
const hs = (name: string) => f(`@immut/hashset.HashSet::${name}`);
const HS = (d: Desc) => desc('@immut/hashset.HashSet', [d]);
const hset = (V: Desc, xs: unknown[]) => f('@immut/hashset.HashSet::HashSet')(V, xs);
const elems = (s: unknown) => collect(hs('iter')(s));

c('@immut/hashset.HashSet([1, 2, 3, 4, 5]) ||| @immut/hashset.from_array([1, 2, 3, 4, 5])', '@immut/hashset.from_array([4, 1, 5, 2, 3])', () => show(HS(Int), hset(Int, [1, 2, 3, 4, 5])));
c('@immut/hashset.from_array(["apple", "banana", "cherry", "date", "a\\"b"])', '@immut/hashset.from_array(["date", "a\\"b", "cherry", "apple", "banana"])', () =>
  show(HS(Str), f('@immut/hashset.from_array')(Str, ['apple', 'banana', 'cherry', 'date', 'a"b'])),
);
c('{ let e : @immut/hashset.HashSet[Int] = @immut/hashset.new(); (e, e.length(), e.is_empty(), e.contains(1), e.iter().to_array(), e.remove(1), e.union(e), e.intersection(e), e.difference(e), e == @immut/hashset.from_array([])) }', '(@immut/hashset.from_array([]), 0, true, false, [], @immut/hashset.from_array([]), @immut/hashset.from_array([]), @immut/hashset.from_array([]), @immut/hashset.from_array([]), true)', () => {
  const e = f('@immut/hashset.new')();
  const S = HS(Int);
  return show(T(S, Int, Bool, Bool, A(Int), S, S, S, S, Bool), [
    e, hs('length')(e), hs('is_empty')(e), hs('contains')(Int, e, 1), elems(e), hs('remove')(Int, e, 1), hs('union')(Int, e, e), hs('intersection')(Int, e, e), hs('difference')(Int, e, e), eq(S, e, hset(Int, [])),
  ]);
});
c('{ let s = @immut/hashset.new().add("x"); (s, s.length(), s.is_empty(), s.contains("x"), s.remove("x"), s.remove("x").is_empty(), s.remove("y"), s.add("x") == s) }', '(@immut/hashset.from_array(["x"]), 1, false, true, @immut/hashset.from_array([]), true, @immut/hashset.from_array(["x"]), true)', () => {
  const s = hs('add')(Str, hs('new')(), 'x');
  const S = HS(Str);
  return show(T(S, Int, Bool, Bool, S, Bool, S, Bool), [
    s, hs('length')(s), hs('is_empty')(s), hs('contains')(Str, s, 'x'), hs('remove')(Str, s, 'x'), hs('is_empty')(hs('remove')(Str, s, 'x')), hs('remove')(Str, s, 'y'), eq(S, hs('add')(Str, s, 'x'), s),
  ]);
});
c('{ let a = @immut/hashset.from_array([1, 2, 3]); let b = a.add(4); let c = a.remove(2); (a, b, c, a.contains(4), b.contains(4), a.contains(2), c.contains(2), a.length(), b.length(), c.length()) }', '(@immut/hashset.from_array([1, 2, 3]), @immut/hashset.from_array([4, 1, 2, 3]), @immut/hashset.from_array([1, 3]), false, true, true, false, 3, 4, 2)', () => {
  const a = hset(Int, [1, 2, 3]);
  const b = hs('add')(Int, a, 4);
  const cc = hs('remove')(Int, a, 2);
  const S = HS(Int);
  return show(T(S, S, S, Bool, Bool, Bool, Bool, Int, Int, Int), [
    a, b, cc, hs('contains')(Int, a, 4), hs('contains')(Int, b, 4), hs('contains')(Int, a, 2), hs('contains')(Int, cc, 2), hs('length')(a), hs('length')(b), hs('length')(cc),
  ]);
});
c('{ let s = @immut/hashset.from_iter((0).until(300).map(i => i * 7)); (s.length(), s.contains(2093), s.contains(2094), s.iter().to_array()) }', '(300, true, false, [1554, 882, 1106, 1470, 336, 1624, 1981, 273, 588, 672, 1911, 441, 1813, 1050, 630, 1729, 322, 1477, 1904, 154, 1491, 2023, 1659, 168, 728, 1596, 756, 266, 1925, 196, 1078, 1799, 1218, 1841, 119, 2037, 1113, 1568, 889, 1295, 1036, 1064, 875, 1302, 1960, 987, 1946, 1876, 434, 1589, 1148, 1764, 721, 371, 749, 504, 490, 819, 1666, 98, 1176, 2016, 1288, 147, 1575, 245, 1393, 28, 1869, 1792, 315, 1652, 469, 945, 1771, 217, 805, 1442, 1498, 1449, 770, 2072, 252, 1309, 980, 0, 574, 497, 1848, 1316, 1736, 1939, 1008, 546, 1057, 1722, 1631, 1750, 1253, 707, 35, 1414, 2002, 182, 560, 644, 1708, 343, 1099, 1183, 1141, 1246, 238, 1953, 1533, 994, 847, 966, 189, 567, 595, 861, 1239, 455, 1512, 1890, 329, 896, 1995, 1827, 1379, 1806, 1421, 301, 931, 1932, 2086, 1155, 833, 952, 1225, 175, 2051, 1505, 1855, 1232, 406, 1435, 1974, 553, 378, 42, 294, 385, 581, 1603, 1029, 518, 448, 308, 56, 84, 1463, 1582, 126, 1757, 1645, 203, 1988, 637, 742, 1162, 1561, 714, 1085, 686, 420, 826, 1519, 903, 133, 2030, 1337, 791, 476, 679, 1001, 532, 658, 1862, 364, 1351, 1127, 1715, 1484, 280, 14, 1330, 112, 1820, 602, 2079, 1386, 959, 1190, 1274, 623, 7, 910, 231, 700, 350, 1267, 1526, 1547, 1092, 665, 798, 427, 1743, 140, 1204, 224, 1778, 49, 1071, 462, 1260, 2065, 1400, 1169, 1211, 1617, 784, 1638, 651, 259, 2044, 1897, 413, 1834, 1358, 91, 735, 1883, 777, 854, 1197, 1323, 525, 392, 1967, 21, 1428, 868, 105, 483, 2058, 1680, 938, 616, 1120, 1022, 161, 917, 609, 763, 2093, 1610, 511, 77, 70, 357, 1673, 2009, 1918, 1540, 1407, 812, 399, 1701, 1785, 1694, 840, 1043, 973, 539, 924, 1687, 693, 1134, 210, 1344, 287, 63, 1365, 1281, 1372, 1015, 1456])', () => {
  const s = f('@immut/hashset.from_iter')(Int, f('Array::iter')(range(300).map((i) => i * 7)));
  return show(T(Int, Bool, Bool, A(Int)), [hs('length')(s), hs('contains')(Int, s, 2093), hs('contains')(Int, s, 2094), elems(s)]);
});
c('{ let mut s = @immut/hashset.from_array((0).until(100).map(i => i.to_string()).to_array()); let sizes = []; for i in 0..<100 { s = s.remove((i * 37 % 100).to_string()); if i % 25 == 0 || i >= 97 { sizes.push((s.length(), s.is_empty())) } }; (sizes, s) }', '([(99, false), (74, false), (49, false), (24, false), (2, false), (1, false), (0, true)], @immut/hashset.from_array([]))', () => {
  let s = hset(Str, range(100).map(String));
  const sizes: [number, boolean][] = [];
  for (let i = 0; i < 100; i++) {
    s = hs('remove')(Str, s, String((i * 37) % 100));
    if (i % 25 === 0 || i >= 97) sizes.push([hs('length')(s), hs('is_empty')(s)]);
  }
  return show(T(A(T(Int, Bool)), HS(Str)), [sizes, s]);
});
c('{ let a = @immut/hashset.from_array([1, 2, 3, 4, 40, 72]); let b = @immut/hashset.from_array([3, 4, 5, 6, 40, 8]); let out = []; a.each(x => out.push(x)); (a.union(b), b.union(a), a.intersection(b), b.intersection(a), a.difference(b), b.difference(a), out, a.union(b) == b.union(a)) }', '(@immut/hashset.from_array([6, 72, 4, 8, 40, 1, 5, 2, 3]), @immut/hashset.from_array([6, 72, 4, 8, 40, 1, 5, 2, 3]), @immut/hashset.from_array([4, 40, 3]), @immut/hashset.from_array([4, 40, 3]), @immut/hashset.from_array([72, 1, 2]), @immut/hashset.from_array([6, 8, 5]), [72, 4, 40, 1, 2, 3], true)', () => {
  const a = hset(Int, [1, 2, 3, 4, 40, 72]);
  const b = hset(Int, [3, 4, 5, 6, 40, 8]);
  const out: number[] = [];
  hs('each')(a, (x: number) => out.push(x));
  const S = HS(Int);
  return show(T(S, S, S, S, S, S, A(Int), Bool), [
    hs('union')(Int, a, b), hs('union')(Int, b, a), hs('intersection')(Int, a, b), hs('intersection')(Int, b, a), hs('difference')(Int, a, b), hs('difference')(Int, b, a), out, eq(S, hs('union')(Int, a, b), hs('union')(Int, b, a)),
  ]);
});
const HC = HS(Ck);
c('{ let s = @immut/hashset.new().add(C(7, 1)).add(C(7, 2)).add(C(7, 3)); (s, s.add(C(7, 1)), s.add(C(7, 2)), s.add(C(7, 4)), s.remove(C(7, 2)), s.remove(C(7, 3)).remove(C(7, 1)), s.remove(C(7, 9)), s.contains(C(7, 2)), s.contains(C(7, 5)), s.length()) }', '(@immut/hashset.from_array([C(7, 3), C(7, 2), C(7, 1)]), @immut/hashset.from_array([C(7, 3), C(7, 2), C(7, 1)]), @immut/hashset.from_array([C(7, 3), C(7, 2), C(7, 1)]), @immut/hashset.from_array([C(7, 4), C(7, 3), C(7, 2), C(7, 1)]), @immut/hashset.from_array([C(7, 3), C(7, 1)]), @immut/hashset.from_array([C(7, 2)]), @immut/hashset.from_array([C(7, 3), C(7, 2), C(7, 1)]), true, false, 3)', () => {
  const add = (s: unknown, n: number) => hs('add')(Ck, s, C(7, n));
  const rm = (s: unknown, n: number) => hs('remove')(Ck, s, C(7, n));
  const s = add(add(add(hs('new')(), 1), 2), 3);
  return show(T(HC, HC, HC, HC, HC, HC, HC, Bool, Bool, Int), [
    s, add(s, 1), add(s, 2), add(s, 4), rm(s, 2), rm(rm(s, 3), 1), rm(s, 9), hs('contains')(Ck, s, C(7, 2)), hs('contains')(Ck, s, C(7, 5)), hs('length')(s),
  ]);
});
c('{ let a = @immut/hashset.from_array([C(7, 1), C(7, 2), C(7, 3), C(5, 0), C(7 + (1 << 30), 4)]); let b = @immut/hashset.from_array([C(7, 3), C(7, 1), C(7, 5), C(-1, 0)]); (a, a.union(b), b.union(a), a.intersection(b), b.intersection(a), a.difference(b), b.difference(a), a.intersection(b) == b.intersection(a), Hash::hash(a.intersection(b)) == Hash::hash(b.intersection(a))) }', '(@immut/hashset.from_array([C(5, 0), C(7, 1), C(7, 2), C(7, 3), C(1073741831, 4)]), @immut/hashset.from_array([C(5, 0), C(7, 3), C(7, 1), C(7, 5), C(7, 2), C(1073741831, 4), C(-1, 0)]), @immut/hashset.from_array([C(5, 0), C(7, 1), C(7, 2), C(7, 3), C(1073741831, 4), C(7, 5), C(-1, 0)]), @immut/hashset.from_array([C(7, 1), C(7, 3)]), @immut/hashset.from_array([C(7, 3), C(7, 1)]), @immut/hashset.from_array([C(5, 0), C(7, 2), C(1073741831, 4)]), @immut/hashset.from_array([C(7, 5), C(-1, 0)]), true, true)', () => {
  const a = hset(Ck, [C(7, 1), C(7, 2), C(7, 3), C(5, 0), C(7 + 2 ** 30, 4)]);
  const b = hset(Ck, [C(7, 3), C(7, 1), C(7, 5), C(-1, 0)]);
  return show(T(HC, HC, HC, HC, HC, HC, HC, Bool, Bool), [
    a, hs('union')(Ck, a, b), hs('union')(Ck, b, a), hs('intersection')(Ck, a, b), hs('intersection')(Ck, b, a), hs('difference')(Ck, a, b), hs('difference')(Ck, b, a),
    eq(HC, hs('intersection')(Ck, a, b), hs('intersection')(Ck, b, a)), hashOf(HC, hs('intersection')(Ck, a, b)) === hashOf(HC, hs('intersection')(Ck, b, a)),
  ]);
});
c('{ let a = @immut/hashset.from_array((0).until(200).map(i => C(i % 8, i)).to_array()); let b = @immut/hashset.from_array((100).until(260).map(i => C(i % 8, i)).to_array()); (a.union(b).length(), a.intersection(b).iter().take(6).to_array(), b.intersection(a).iter().take(6).to_array(), a.difference(b).iter().take(6).to_array(), a.union(b).iter().take(6).to_array()) }', '(260, [C(0, 104), C(0, 112), C(0, 120), C(0, 128), C(0, 136), C(0, 144)], [C(0, 104), C(0, 112), C(0, 120), C(0, 128), C(0, 136), C(0, 144)], [C(0, 0), C(0, 8), C(0, 16), C(0, 24), C(0, 32), C(0, 40)], [C(0, 104), C(0, 112), C(0, 120), C(0, 128), C(0, 136), C(0, 144)])', () => {
  const a = hset(Ck, range(200).map((i) => C(i % 8, i)));
  const b = hset(Ck, range(160).map((j) => C((j + 100) % 8, j + 100)));
  const take = (s: unknown) => collect(f('Iter::take')(hs('iter')(s), 6));
  return show(T(Int, A(Ck), A(Ck), A(Ck), A(Ck)), [hs('length')(hs('union')(Ck, a, b)), take(hs('intersection')(Ck, a, b)), take(hs('intersection')(Ck, b, a)), take(hs('difference')(Ck, a, b)), take(hs('union')(Ck, a, b))]);
});
c('{ let a = @immut/hashset.from_array(["x", "y", "z"]); let b = @immut/hashset.new().add("z").add("y").add("x"); let h = Hasher::new(); h.combine(a); (a == b, a.hash() == b.hash(), a.hash(), h.finalize(), (@immut/hashset.new() : @immut/hashset.HashSet[Int]).hash(), a != b.add("w"), a == b.add("w").remove("w")) } ||| { let a = @immut/hashset.from_array(["x", "y", "z"]); let b = @immut/hashset.new().add("z").add("y").add("x"); let h = Hasher::new(); h.combine(a); (a == b, Hash::hash(a) == Hash::hash(b), Hash::hash(a), h.finalize(), Hash::hash((@immut/hashset.new() : @immut/hashset.HashSet[Int])), a != b.add("w"), a == b.add("w").remove("w")) }', '(true, true, -1940180149, -1940180149, 148298089, true, true)', () => {
  const a = hset(Str, ['x', 'y', 'z']);
  const b = hs('add')(Str, hs('add')(Str, hs('add')(Str, hs('new')(), 'z'), 'y'), 'x');
  const h = new Hasher();
  hs('hash_combine')(Str, a, h);
  return show(T(Bool, Bool, Int, Int, Int, Bool, Bool), [
    hs('equal')(Str, a, b), hs('hash')(Str, a) === hs('hash')(Str, b), hashOf(HS(Str), a), h.finalize(), hs('hash')(Int, hs('new')()), hs('not_equal')(Str, a, hs('add')(Str, b, 'w')), eq(HS(Str), a, hs('remove')(Str, hs('add')(Str, b, 'w'), 'w')),
  ]);
});
c('{ let s = @immut/hashset.of([3, 1, 2]); (s.to_string(), s.size(), s.iterator().to_array(), @immut/hashset.from_iterator(s.iterator()) == s, @debug.render(@debug.to_repr(s)), @debug.render(@debug.to_repr((@immut/hashset.new() : @immut/hashset.HashSet[String]))), @debug.render(@debug.to_repr(@immut/hashset.from_array([C(7, 1), C(7, 2)])))) }', '("@immut/hashset.from_array([1, 2, 3])", 3, [1, 2, 3], true, "<HashSet: [1, 2, 3]>", "<HashSet: []>", "<HashSet: [C(7, 1), C(7, 2)]>")', () => {
  const s = f('@immut/hashset.of')(Int, [3, 1, 2]);
  return show(T(Str, Int, A(Int), Bool, Str, Str, Str), [
    hs('to_string')(Int, s), hs('size')(s), collect(hs('iterator')(s)), eq(HS(Int), f('@immut/hashset.from_iterator')(Int, hs('iterator')(s)), s),
    debug(HS(Int), s), debug(HS(Str), hs('new')()), debug(HC, hset(Ck, [C(7, 1), C(7, 2)])),
  ]);
});
c('@immut/hashset.from_array([@immut/hashset.from_array([1, 2]), @immut/hashset.from_array([2, 1]), @immut/hashset.new(), @immut/hashset.from_array([3])])', '@immut/hashset.from_array([@immut/hashset.from_array([]), @immut/hashset.from_array([3]), @immut/hashset.from_array([1, 2])])', () =>
  show(HS(HS(Int)), hset(HS(Int), [hset(Int, [1, 2]), hset(Int, [2, 1]), hs('new')(), hset(Int, [3])])),
);

for (const [mbt, expected, actual] of cases) {
  test(`immutable hash collections: ${mbt.split(' ||| ')[0]}`, () => assert.equal(actual(), expected));
}

// The oracle: `test "panic ..." { ignore(m[2]) }` passes for a missing key and for an empty map.
test('immutable hash collections: `m[key]` panics on a missing key', () => {
  assert.throws(() => hm('at')(Int, hm('singleton')(Int, 1, 1), 2), Panic);
  assert.throws(() => hm('at')(Int, hm('new')(), 2), Panic);
  assert.equal(hm('at')(Int, hmap(Int, [[1, 10], [2, 20]]), 2), 20);
});

// The deprecated `to_repr` methods are `Debug::to_repr`.
test('immutable hash collections: `to_repr` methods give the Debug repr', () => {
  const m = hmap(Ck, [[C(7, 1), 1], [C(7, 2), 2], [C(3, 0), 0]]);
  assert.equal(render(hm('to_repr')(Ck, Int, m)), debug(HM(Ck, Int), m));
  const s = f('@immut/hashset.HashSet::HashSet')(Ck, [C(7, 1), C(7, 2), C(3, 0)]);
  assert.equal(render(f('@immut/hashset.HashSet::to_repr')(Ck, s)), debug(desc('@immut/hashset.HashSet', [Ck]), s));
});

// The newer core's invariant (its docs: "after every operation, a map must
// be `==` to a fresh construction of its content"), which the oracle's
// older core breaks after `filter` and after removals from a bucket: one
// content, one trie. Checked on random runs, with and without collisions,
// against a plain JS Map for the content.
test('immutable hash collections: every operation leaves the trie a fresh construction would build', () => {
  let seed = 4242;
  const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const H = HM(Ck, Int);
  const fresh = (m: unknown) => hmap(Ck, hm('to_array')(m));
  const content = (m: unknown) => new Map((hm('to_array')(m) as [Key, number][]).map(([k, v]) => [`${k._0}/${k._1}`, v]));
  for (const spread of [1 << 20, 16, 1]) {
    const key = () => {
      const n = rand(60);
      return C(((n % spread) * 0x9e3779b1) | 0, n);
    };
    let m = hm('new')();
    const ref = new Map<string, number>();
    for (let step = 0; step < 600; step++) {
      const k = key();
      const id = `${k._0}/${k._1}`;
      if (rand(3) === 0) {
        m = hm('remove')(Ck, m, k);
        ref.delete(id);
      } else {
        m = hm('add')(Ck, m, k, step);
        ref.set(id, step);
      }
      assert.ok(eq(H, m, fresh(m)), `after step ${step}`);
      assert.deepEqual(content(m), ref);
    }
    const other = hmap(Ck, range(30).map((): [Key, number] => [key(), rand(100)]));
    for (const [name, r] of [
      ['filter', hm('filter')(m, (k: Key) => k._1 % 3 === 0)],
      ['intersection', hm('intersection')(Ck, m, other)],
      ['intersection_with', hm('intersection_with')(Ck, m, other, (_k: unknown, x: number, y: number) => x + y)],
      ['difference', hm('difference')(Ck, m, other)],
      ['union', hm('union')(Ck, m, other)],
      ['union_with', hm('union_with')(Ck, other, m, (_k: unknown, x: number, y: number) => x - y)],
    ] as const) {
      assert.ok(eq(H, r, fresh(r)), `${name} (spread ${spread})`);
      assert.equal(hashOf(H, r), hashOf(H, fresh(r)), `${name} hash (spread ${spread})`);
    }
  }
});

// The recorded assertion of core's collision example: a bucket shrunk back to one entry is the singleton's shape.
test('immutable hash collections: a bucket shrunk to one entry equals the singleton map', () => {
  const H = HM(Ck, Int);
  const a = hm('add')(Ck, hm('add')(Ck, hm('new')(), C(7, 1), 1), C(7, 2), 2);
  assert.ok(eq(H, hm('remove')(Ck, a, C(7, 2)), hm('singleton')(Ck, C(7, 1), 1)));
  assert.ok(eq(H, hm('filter')(a, (k: Key) => k._1 === 1), hm('singleton')(Ck, C(7, 1), 1)));
  assert.ok(eq(H, hm('intersection')(Ck, a, hm('singleton')(Ck, C(7, 2), 5)), hm('singleton')(Ck, C(7, 2), 5)));
});

// `@hashmap` is the mutable package everywhere but in the docs of
// `immut/hashmap` itself (its blackbox tests), as in MoonBit and the oracle;
// `@immut/hashmap` is the immutable one everywhere. Likewise `@hashset`.
test('immutable hash collections: `@hashmap` and `@hashset` mean the immutable packages only in their own docs', () => {
  const diagnostics = (code: string, docPackage: string) => {
    const doc = '```mbt check\ntest {\n' + code + '\n}\n```\n';
    const { blocks } = scanBlocks(doc, 'doc.mbt.md');
    const out = translateDoc({ file: 'doc.mbt.md', sourcePath: '/abs/doc.mbt.md', source: doc, blocks, includeNocheck: false, binding: BINDING, imports: IMPORTS, docPackage });
    return out.diagnostics.map((d) => d.message);
  };
  const mutable = '  let m : @hashmap.HashMap[Int, Int] = @hashmap.new()\n  m.set(1, 2)\n  inspect(m.capacity(), content="8")';
  const immutable = '  let m = @hashmap.singleton(1, 2).add(3, 4)\n  inspect(m.length(), content="2")';
  const qualified = '  let m = @immut/hashmap.singleton(1, 2).add(3, 4)\n  inspect(m.length(), content="2")';
  assert.deepEqual(diagnostics(mutable, 'lib'), []);
  assert.deepEqual(diagnostics(mutable, 'hashmap'), []);
  assert.notDeepEqual(diagnostics(mutable, 'immut/hashmap'), []);
  assert.deepEqual(diagnostics(immutable, 'immut/hashmap'), []);
  assert.notDeepEqual(diagnostics(immutable, 'lib'), []);
  for (const pkg of ['lib', 'hashmap', 'immut/hashmap']) assert.deepEqual(diagnostics(qualified, pkg), [], pkg);
  const mutableSet = '  let s : @hashset.HashSet[Int] = @hashset.new()\n  s.add(1)\n  inspect(s.capacity(), content="8")';
  const immutableSet = '  let s = @hashset.new().add(1).add(2)\n  inspect(s.length(), content="2")';
  assert.deepEqual(diagnostics(mutableSet, 'lib'), []);
  assert.notDeepEqual(diagnostics(mutableSet, 'immut/hashset'), []);
  assert.deepEqual(diagnostics(immutableSet, 'immut/hashset'), []);
  assert.notDeepEqual(diagnostics(immutableSet, 'lib'), []);
  assert.notDeepEqual(diagnostics(immutable, 'immut/hashset'), [], "@hashmap in @immut/hashset's docs is the mutable one");
  const env = buildCoreEnv(CORE_MODULES, { table: signatures });
  for (const [pkg, type] of [['hashmap', 'HashMap'], ['hashset', 'HashSet'], ['immut/hashmap', 'HashMap'], ['immut/hashset', 'HashSet']]) {
    assert.equal(env.types.get(`@${pkg}.${type}`)?.runtime, `@${pkg}.${type}`);
  }
});

test('immutable hash collections: set operations leave the trie a fresh construction would build', () => {
  let seed = 99;
  const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const fresh = (s: unknown) => hset(Ck, elems(s));
  const content = (s: unknown) => new Set((elems(s) as Key[]).map((k) => `${k._0}/${k._1}`));
  for (const spread of [1 << 20, 16, 1]) {
    const key = () => {
      const n = rand(60);
      return C(((n % spread) * 0x9e3779b1) | 0, n);
    };
    let s = hs('new')();
    const ref = new Set<string>();
    for (let step = 0; step < 600; step++) {
      const k = key();
      if (rand(3) === 0) {
        s = hs('remove')(Ck, s, k);
        ref.delete(`${k._0}/${k._1}`);
      } else {
        s = hs('add')(Ck, s, k);
        ref.add(`${k._0}/${k._1}`);
      }
      assert.ok(eq(HC, s, fresh(s)), `after step ${step}`);
      assert.deepEqual(content(s), ref);
    }
    const other = hset(Ck, range(30).map(key));
    for (const op of ['union', 'intersection', 'difference']) {
      for (const [x, y] of [[s, other], [other, s]]) {
        const r = hs(op)(Ck, x, y);
        assert.ok(eq(HC, r, fresh(r)), `${op} (spread ${spread})`);
        assert.equal(hashOf(HC, r), hashOf(HC, fresh(r)), `${op} hash (spread ${spread})`);
      }
    }
  }
  const a = hs('add')(Ck, hs('add')(Ck, hs('new')(), C(7, 1)), C(7, 2));
  assert.ok(eq(HC, hs('remove')(Ck, a, C(7, 2)), hset(Ck, [C(7, 1)])));
});

// Core's aliases and free functions (`#alias`, `#as_free_fn`) are the same functions.
test('immutable hash collections: aliases and free functions share their implementations', () => {
  const same = (names: string[]) => {
    const impls = names.map((n) => table[n]);
    assert.ok(impls.every((x) => typeof x === 'function' && x === impls[0]), names.join(' = '));
  };
  const M = (n: string) => `@immut/hashmap.HashMap::${n}`;
  same([M('HashMap'), M('from_array'), '@immut/hashmap.from_array', M('of'), '@immut/hashmap.of']);
  same([M('from_iter'), '@immut/hashmap.from_iter', M('from_iterator'), '@immut/hashmap.from_iterator']);
  same([M('singleton'), '@immut/hashmap.singleton']);
  same([M('new'), '@immut/hashmap.new']);
  same([M('get'), M('find')]);
  same([M('filter'), M('filter_with_key')]);
  same([M('fold'), M('fold_with_key')]);
  same([M('map'), M('map_with_key')]);
  same([M('union'), M('merge')]);
  same([M('length'), M('size')]);
  same([M('values'), M('elems')]);
  same([M('iter'), M('iterator')]);
  same([M('iter2'), M('iterator2')]);
  const S = (n: string) => `@immut/hashset.HashSet::${n}`;
  same([S('HashSet'), S('from_array'), '@immut/hashset.from_array', S('of'), '@immut/hashset.of']);
  same([S('from_iter'), '@immut/hashset.from_iter', S('from_iterator'), '@immut/hashset.from_iterator']);
  same([S('new'), '@immut/hashset.new']);
  same([S('length'), S('size')]);
  same([S('iter'), S('iterator')]);
});
