// @immut/internal/path, @immut/internal/sparse_array and @immut/vector_map,
// through the whole table. None of the three is in the oracle's core as the
// docs' newer core has it (the oracle loads no `internal` package, and has
// no `vector_map`), so the oracle compiled the newer core's sources as its
// own package (`moonpad/lib`, so no `@path.` qualifier) beside each test
// program; each case names what that program printed, and the output (its
// lines joined with `|`). Only spellings the oracle's older compiler and
// core lack were changed in those sources: `@immut/hashmap` and
// `@immut/vector` for `@hashmap` and `@vector`, `@debug.to_repr(x)` for
// `Repr(x)`, `guard .. else { panic() }` for `guard!`, `with m(..)` for
// `with fn m(..)`, no `pub extend`, and `FixedArray::make_and_blit` (absent)
// as a local copy of the newer builtin's, checks included. The oracle's JS
// backend seeds `Hasher` randomly, so where a hash shows, its program hashed
// with `Hasher::new(seed=0)`, the seed of the other backends, which the
// table uses.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { desc, registerImpl, type Desc } from '../../../harness/runtime/desc.ts';
import { ArrayView, type Logger } from '../../../harness/runtime/core-values.ts';
import { Hasher } from '../../../harness/runtime/hasher.ts';
import { None, Panic, Some, type Option } from '../../../harness/runtime/values.ts';
import { coreTable } from '../../../harness/corelib/runtime.ts';
import { render } from '../../../harness/corelib/support/pretty.ts';
import * as R from '../../../harness/corelib/support/repr.ts';
import * as J from '../../../harness/corelib/support/json.ts';
import { ROOT, type JsonPath } from '../../../harness/corelib/support/json-path.ts';
import { newStringMap, setKey } from '../../../harness/corelib/support/maps.ts';

const table = coreTable();
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const f = (name: string) => table[name] as (...args: any[]) => any;

const Int = desc('Int');
const Str = desc('String');
const A = (d: Desc) => desc('Array', [d]);
const FA = (d: Desc) => desc('FixedArray', [d]);
const O = (d: Desc) => desc('Option', [d]);
const show = (d: Desc, x: unknown): string => (d['Show.to_string'] as (x: unknown) => string)(x);
const eq = (d: Desc, a: unknown, b: unknown): boolean => (d['Eq.equal'] as (a: unknown, b: unknown) => boolean)(a, b);
const range = (n: number, g: (i: number) => number = (i) => i) => Array.from({ length: n }, (_, i) => g(i));

type Case = [mbt: string, expected: string, actual: () => string];
const cases: Case[] = [];
const c = (mbt: string, expected: string, actual: () => string) => cases.push([mbt, expected, actual]);

// `struct C(Int) derive(Eq)` whose `hash` is its field, so its path is chosen.
registerImpl('ImmutInternalTestC', 'Eq', { equal: (a: { _0: number }, b: { _0: number }) => a._0 === b._0 });
registerImpl('ImmutInternalTestC', 'Hash', {
  hash: (x: { _0: number }) => x._0,
  hash_combine: (x: { _0: number }, h: Hasher) => h.combine_int(x._0),
});
const Ck = desc('ImmutInternalTestC');

// ---- @immut/internal/path ---------------------------------------------------
// `show_path(p)` is `let Path(x) = p; x.to_string()`; `of0(k)` is `of` with a
// seed-0 hash (`Hasher::new(seed=0)`, `combine(k)`, `finalize()`).
type Path = { _0: number };
const pf = (name: string) => f(`@immut/internal/path.Path::${name}`);
const of = (d: Desc, k: unknown): Path => f('@immut/internal/path.of')(d, k);
const exhausted = table['@immut/internal/path.exhausted'] as Path;
const bits = (p: Path) => String(p._0);
const p42 = () => of(Int, 42);

c('show_path(exhausted)', '3', () => bits(exhausted));
c('[of0(42), of0(0), of0(-1), of0(12345)].map(show_path)', '3309450705 3369523561 3288833631 3901342335', () =>
  [42, 0, -1, 12345].map((k) => bits(of(Int, k))).join(' '),
);
c('[of0("test_key"), of0("")].map(show_path)', '4027946373 3268173061', () => ['test_key', ''].map((k) => bits(of(Str, k))).join(' '));
c('show_path(of0((1, "a")))', '3781694676', () => bits(of(desc('Tuple2', [Int, Str]), [1, 'a'])));
// A user `hash` is what `of` reads: only the head tag is added.
c('[of(C(5)), of(C(-1)), of(C(0x40000000)), of(C(0))].map(show_path)', '3221225477 4294967295 3221225472 3221225472', () =>
  [5, -1, 0x40000000, 0].map((h) => bits(of(Ck, { _0: h }))).join(' '),
);
c('{ let p = of0(42); (p.idx(), p.is_last()) }', '17 false', () => `${pf('idx')(p42())} ${pf('is_last')(p42())}`);
// A depth's shift is taken modulo 32: 7 levels shift by 3, -1 by 27.
c('for d in [-7, -1, 0, 1, 2, 5, 6, 7, 12, 13, 100, 429496730] { println("\\{p.idx_at(d)} \\{show_path(p.advance(d))}") }',
  '6 6|24 24|17 3309450705|14 103420334|13 3231885|2 98|3 3|26 413681338|12 12|8 1654725352|20 3156|20 827362676', () =>
    [-7, -1, 0, 1, 2, 5, 6, 7, 12, 13, 100, 429496730].map((d) => `${pf('idx_at')(p42(), d)} ${bits(pf('advance')(p42(), d))}`).join('|'),
);
c('[p.next(), p.next() x6, p.next() x7].map(show_path)', '103420334 3 0', () => {
  const next = (p: Path, n: number): Path => (n === 0 ? p : next(pf('next')(p), n - 1));
  return [1, 6, 7].map((n) => bits(next(p42(), n))).join(' ');
});
// `push` ORs the index in unmasked.
c('for i in [0, 7, 31, 32, 33, -1, 64] { println("\\{show_path(p.push(i))} \\{show_path(exhausted.push(i))}") }',
  '2823207456 96|2823207463 103|2823207487 127|2823207456 96|2823207457 97|4294967295 4294967295|2823207520 96', () =>
    [0, 7, 31, 32, 33, -1, 64].map((i) => `${bits(pf('push')(p42(), i))} ${bits(pf('push')(exhausted, i))}`).join('|'),
);
c('for v in [0U, 1U, 3U, 63U, 64U, 127U, 128U, 0xffffffffU] { println("\\{Path(v).is_last()} \\{Path(v).idx()}") }',
  'true 0|true 1|true 3|true 31|true 0|true 31|false 0|false 31', () =>
    [0, 1, 3, 63, 64, 127, 128, 0xffffffff].map((v) => `${pf('is_last')({ _0: v })} ${pf('idx')({ _0: v })}`).join('|'),
);
c('(of(42) == of(42), of(42) == of(43), of(42).equal(of(42)), of(42) != of(42))', 'true false true false', () => {
  const P = desc('@immut/internal/path.Path');
  return [eq(P, p42(), p42()), eq(P, p42(), of(Int, 43)), pf('equal')(p42(), p42()), !eq(P, p42(), p42())].join(' ');
});
c('{ let rebuilt = for depth = 5, acc = exhausted; depth >= 0; { continue depth - 1, acc.push(p.idx_at(depth)) } nobreak { acc }; (rebuilt == p, p.advance(6) == exhausted, exhausted.is_last(), exhausted.idx()) }',
  'true true true 3', () => {
    let acc = exhausted;
    for (let depth = 5; depth >= 0; depth--) acc = pf('push')(acc, pf('idx_at')(p42(), depth));
    return [pf('equal')(acc, p42()), pf('equal')(pf('advance')(p42(), 6), exhausted), pf('is_last')(exhausted), pf('idx')(exhausted)].join(' ');
  });

// `Path(UInt)` is unboxed: paths with the same bits are physically equal.
c('(physical_equal(of(42), of(42)), physical_equal(of(42).next(), of(42).next()), physical_equal(of(42).advance(6), exhausted), physical_equal(exhausted.push(1), exhausted.push(1)), physical_equal(of(42), of(43)))',
  'true true true true false', () => {
    const same = (a: Path, b: Path) => f('physical_equal')(a, b);
    return [same(p42(), p42()), same(pf('next')(p42()), pf('next')(p42())), same(pf('advance')(p42(), 6), exhausted), same(pf('push')(exhausted, 1), pf('push')(exhausted, 1)), same(p42(), of(Int, 43))].join(' ');
  });

// ---- @immut/internal/sparse_array -------------------------------------------
// `d(s)` is `"\{s.elem_info.0}:\{s.data}"`, `od` the same under `Some(..)`
// or `None`. Indices are `Int` or `String` elements as written.
type SA = { elem_info: { _0: number }; data: unknown[] };
const sf = (name: string) => f(`@immut/internal/sparse_array.${name}`);
const sm = (name: string) => f(`@immut/internal/sparse_array.SparseArray::${name}`);
const sa = (idx: number[], data: unknown[]): SA => sf('from_sorted_fixed_array')(idx, data);
const d = (X: Desc, s: SA) => `${s.elem_info._0}:${show(FA(X), s.data)}`;
const od = (X: Desc, s: Option<SA>) => (s instanceof Some ? `Some(${d(X, s.value)})` : 'None');
const getS = (s: SA, i: number) => show(O(Str), sm('get')(s, i));
const getI = (s: SA, i: number) => show(O(Int), sm('get')(s, i));
const SAD = (X: Desc) => desc('@immut/internal/sparse_array.SparseArray', [X]);
const BITS = desc('@immut/internal/sparse_array.Bitset');
const b264 = () => sm('add')(sf('singleton')(3, 100), 8, 200); // `singleton(3, 100).add(8, 200)`
const full = () => sa(range(32), range(32)); // `from_sorted_fixed_array(FixedArray::makei(32, i => i), FixedArray::makei(32, i => i))`
const ab = () => sf('doubleton')(1, 'a', 3, 'c');
const cC = () => sf('doubleton')(3, 'C', 5, 'e');
const l4 = () => sa([0, 1, 2, 3], [1, 2, 3, 4]);
const r4 = () => sa([0, 1, 2, 3], [10, 20, 30, 40]);
const some = (x: unknown) => new Some(x);
const concat = (x: unknown, y: unknown) => `${x as string}${y as string}`;

c('{ let e : SparseArray[Int] = empty(); (d(e), e.length(), e.get(0), e.elem_info.first_idx()) }', '0:[] 0 None 32', () => {
  const e = sf('empty')();
  return `${d(Int, e)} ${sm('length')(e)} ${getI(e, 0)} ${f('@immut/internal/sparse_array.Bitset::first_idx')(e.elem_info)}`;
});
// An index is taken modulo 32.
c('[singleton(0, "a"), singleton(31, "b"), singleton(32, "c"), singleton(-1, "d")].map(d)', '1:["a"] 2147483648:["b"] 1:["c"] 2147483648:["d"]', () =>
  [[0, 'a'], [31, 'b'], [32, 'c'], [-1, 'd']].map(([i, v]) => d(Str, sf('singleton')(i, v))).join(' '),
);
c('{ let s = singleton(31, 7); (s.get(31), s.get(-1), s.get(63), s.get(0)) }', 'Some(7) Some(7) Some(7) None', () =>
  [31, -1, 63, 0].map((i) => getI(sf('singleton')(31, 7), i)).join(' '),
);
// `doubleton` orders its two values by the indices as given, before wrapping them.
c('[doubleton(2, "a", 7, "b"), doubleton(7, "b", 2, "a"), doubleton(3, "x", 3, "y"), doubleton(33, "x", 2, "y")].map(d)',
  '132:["a", "b"] 132:["a", "b"] 8:["y", "x"] 6:["y", "x"]', () =>
    [[2, 'a', 7, 'b'], [7, 'b', 2, 'a'], [3, 'x', 3, 'y'], [33, 'x', 2, 'y']].map((a) => d(Str, sf('doubleton')(...a))).join(' '),
);
c('{ let w = doubleton(33, "x", 2, "y"); let s = doubleton(3, "x", 3, "y"); (w.get(1), w.get(33), w.get(2), s.get(3), s.length()) }',
  'Some("y") Some("y") Some("x") Some("y") 2', () => {
    const w = sf('doubleton')(33, 'x', 2, 'y');
    const s = sf('doubleton')(3, 'x', 3, 'y');
    return `${getS(w, 1)} ${getS(w, 33)} ${getS(w, 2)} ${getS(s, 3)} ${sm('length')(s)}`;
  });
c('{ let full = from_sorted_fixed_array(FixedArray::makei(32, i => i), FixedArray::makei(32, i => i * 10)); (d(full), full.elem_info.first_idx(), full.get(31), full.get(0)) }',
  `4294967295:[${range(32, (i) => i * 10).join(', ')}] 0 Some(310) Some(0)`, () => {
    const s = sa(range(32), range(32, (i) => i * 10));
    return `${d(Int, s)} ${f('@immut/internal/sparse_array.Bitset::first_idx')(s.elem_info)} ${getI(s, 31)} ${getI(s, 0)}`;
  });
c('{ let fs = from_sorted_fixed_array([0, 3, 31], ["a", "b", "c"]); (d(fs), fs.get(3), fs.elem_info.first_idx()) }', '2147483657:["a", "b", "c"] Some("b") 0', () => {
  const s = sa([0, 3, 31], ['a', 'b', 'c']);
  return `${d(Str, s)} ${getS(s, 3)} ${f('@immut/internal/sparse_array.Bitset::first_idx')(s.elem_info)}`;
});
// The array is kept, not copied.
c('{ let arr : FixedArray[String] = ["p", "q"]; let s = from_sorted_fixed_array([4, 9], arr); arr[0] = "changed"; (d(s), physical_equal(s.data, arr)) }',
  '528:["changed", "q"] true', () => {
    const arr = ['p', 'q'];
    const s = sa([4, 9], arr);
    arr[0] = 'changed';
    return `${d(Str, s)} ${s.data === arr}`;
  });
c('{ let u = from_sorted_fixed_array([9, 4], ["p", "q"]); (d(u), u.get(4), u.get(9)) }', '528:["p", "q"] Some("p") Some("q")', () => {
  const u = sa([9, 4], ['p', 'q']);
  return `${d(Str, u)} ${getS(u, 4)} ${getS(u, 9)}`;
});
c('{ let short = from_sorted_fixed_array([1, 2, 3], ["only"]); let long = from_sorted_fixed_array([1], ["a", "b", "c"]); let out = []; long.each(x => out.push(x)); (short.length(), short.get(1), long.length(), out) }',
  '1 Some("only") 3 ["a"]', () => {
    const short = sa([1, 2, 3], ['only']);
    const long = sa([1], ['a', 'b', 'c']);
    const out: unknown[] = [];
    sm('each')(long, (x: unknown) => out.push(x));
    return `${sm('length')(short)} ${getS(short, 1)} ${sm('length')(long)} ${show(A(Str), out)}`;
  });
c('{ let a = singleton(3, 100); let b = a.add(8, 200); (d(b), d(a)) }', '264:[100, 200] 8:[100]', () => {
  const a = sf('singleton')(3, 100);
  const b = sm('add')(a, 8, 200);
  return `${d(Int, b)} ${d(Int, a)}`;
});
c('[b.add(0, 1), b.add(31, 9), b.add(5, 5), b.add(3, 7), b.add(8, 7), b.add(35, 7), b.add(-1, 7), (empty() : SparseArray[Int]).add(4, 1)].map(d)',
  '265:[1, 100, 200] 2147483912:[100, 200, 9] 296:[100, 5, 200] 264:[7, 100, 200] 264:[100, 7, 200] 264:[7, 100, 200] 2147483912:[100, 200, 7] 16:[1]', () =>
    [
      ...[[0, 1], [31, 9], [5, 5], [3, 7], [8, 7], [35, 7], [-1, 7]].map(([i, v]) => d(Int, sm('add')(b264(), i, v))),
      d(Int, sm('add')(sf('empty')(), 4, 1)),
    ].join(' '),
);
// `remove` of an absent index adds it and drops the element at its rank.
c('[b.remove(3), b.remove(8), b, singleton(3, 100).remove(3), b.remove(1), b.remove(5), b.remove(35)].map(d)',
  '256:[200] 8:[100] 264:[100, 200] 0:[] 266:[200] 296:[100] 256:[200]', () => {
    const b = b264();
    return [sm('remove')(b, 3), sm('remove')(b, 8), b, sm('remove')(sf('singleton')(3, 100), 3), ...[1, 5, 35].map((i) => sm('remove')(b, i))]
      .map((s) => d(Int, s))
      .join(' ');
  });
c('[b.replace(3, 150), b, b.replace(8, 0), b.replace(1, 5), b.replace(4, 5)].map(d)', '264:[150, 200] 264:[100, 200] 264:[100, 0] 264:[5, 200] 264:[100, 5]', () => {
  const b = b264();
  const r = sm('replace')(b, 3, 150);
  return [r, b, sm('replace')(b, 8, 0), sm('replace')(b, 1, 5), sm('replace')(b, 4, 5)].map((s) => d(Int, s)).join(' ');
});
c('[full.remove(31), full.remove(0), full.add(31, 99)].map(d)',
  `2147483647:[${range(31).join(', ')}] 4294967294:[${range(31, (i) => i + 1).join(', ')}] 4294967295:[${[...range(31), 99, 31].join(', ')}]`, () =>
    [sm('remove')(full(), 31), sm('remove')(full(), 0), sm('add')(full(), 31, 99)].map((s) => d(Int, s)).join(' '),
);
c('(b.length(), full.length())', '2 32', () => `${sm('length')(b264())} ${sm('length')(full())}`);
c('{ let log = []; let u = doubleton(1, "a", 3, "c").union(doubleton(3, "C", 5, "e"), (x, y) => { log.push("\\{x}|\\{y}"); x + y }); (d(u), log) }',
  '42:["a", "cC", "e"] ["c|C"]', () => {
    const log: string[] = [];
    const u = sm('union')(ab(), cC(), (x: string, y: string) => (log.push(`${x}|${y}`), x + y));
    return `${d(Str, u)} ${show(A(Str), log)}`;
  });
c('{ let log = []; (d(doubleton(1, "a", 3, "c").union(singleton(0, "z").add(1, "A").add(31, "Q"), (x, y) => { log.push("\\{x}|\\{y}"); y })), log, d(doubleton(1, "a", 3, "c").union(empty(), (x, _) => x))) }',
  '2147483659:["z", "A", "c", "Q"] ["a|A"] 10:["a", "c"]', () => {
    const log: string[] = [];
    const other = sm('add')(sm('add')(sf('singleton')(0, 'z'), 1, 'A'), 31, 'Q');
    const u = sm('union')(ab(), other, (x: string, y: string) => (log.push(`${x}|${y}`), y));
    return `${d(Str, u)} ${show(A(Str), log)} ${d(Str, sm('union')(ab(), sf('empty')(), (x: unknown) => x))}`;
  });
c('{ let log = []; (od(a1.intersection(a2, (x, y) => { log.push("\\{x}|\\{y}"); Some(x + y) })), log) } // a1 = doubleton(1, "a", 3, "c"), a2 = doubleton(3, "C", 5, "e")',
  'Some(8:["cC"]) ["c|C"]', () => {
    const log: string[] = [];
    const r = sm('intersection')(ab(), cC(), (x: string, y: string) => (log.push(`${x}|${y}`), some(x + y)));
    return `${od(Str, r)} ${show(A(Str), log)}`;
  });
c('[a1.intersection(a2, (_, _) => None), a1.intersection(singleton(2, "q"), (x, _) => Some(x)), empty().intersection(a1, (x, _) => Some(x)), a1.intersection(empty(), (x, _) => Some(x))].map(od)',
  'None None None None', () =>
    [
      sm('intersection')(ab(), cC(), () => None),
      sm('intersection')(ab(), sf('singleton')(2, 'q'), (x: unknown) => some(x)),
      sm('intersection')(sf('empty')(), ab(), (x: unknown) => some(x)),
      sm('intersection')(ab(), sf('empty')(), (x: unknown) => some(x)),
    ].map((r) => od(Str, r)).join(' '),
);
// l = from_sorted_fixed_array([0, 1, 2, 3], [1, 2, 3, 4]), r the same with [10, 20, 30, 40].
c('[l.intersection(r, (x, y) => if x % 2 == 0 { None } else { Some(x + y) }), l.intersection(r, (x, y) => Some(x * y)), l.difference(r, (x, y) => if x % 2 == 0 { None } else { Some(x + y) })].map(od)',
  'Some(5:[11, 33]) Some(15:[10, 40, 90, 160]) Some(5:[11, 33])', () => {
    const odd = (x: number, y: number) => (x % 2 === 0 ? None : some(x + y));
    return [sm('intersection')(l4(), r4(), odd), sm('intersection')(l4(), r4(), (x: number, y: number) => some(x * y)), sm('difference')(l4(), r4(), odd)]
      .map((r) => od(Int, r))
      .join(' ');
  });
c('[a1.difference(a2, (_, _) => None), a1.difference(a2, (x, y) => Some(x + y)), a1.difference(singleton(2, "q"), (x, _) => Some(x)), a1.difference(a1, (_, _) => None), a1.difference(empty(), (_, _) => None)].map(od)',
  'Some(2:["a"]) Some(10:["a", "cC"]) Some(10:["a", "c"]) None Some(10:["a", "c"])', () =>
    [
      sm('difference')(ab(), cC(), () => None),
      sm('difference')(ab(), cC(), (x: string, y: string) => some(concat(x, y))),
      sm('difference')(ab(), sf('singleton')(2, 'q'), (x: unknown) => some(x)),
      sm('difference')(ab(), ab(), () => None),
      sm('difference')(ab(), sf('empty')(), () => None),
    ].map((r) => od(Str, r)).join(' '),
);
c('{ let n = doubleton(1, 10, 5, 50); let log = []; let m = n.map(x => { log.push(x); "v\\{x}" }); (d(m), log, d((empty() : SparseArray[Int]).map(x => x + 1))) }',
  '34:["v10", "v50"] [10, 50] 0:[]', () => {
    const log: number[] = [];
    const m = sm('map')(sf('doubleton')(1, 10, 5, 50), (x: number) => (log.push(x), `v${x}`));
    return `${d(Str, m)} ${show(A(Int), log)} ${d(Int, sm('map')(sf('empty')(), (x: number) => x + 1))}`;
  });
c('[n.filter(x => if x > 30 { Some(x) } else { None }), n.filter(x => Some(x + 1)), n.filter(_ => None)].map(od) // n = doubleton(1, 10, 5, 50)',
  'Some(32:[50]) Some(34:[11, 51]) None', () => {
    const n = () => sf('doubleton')(1, 10, 5, 50);
    return [sm('filter')(n(), (x: number) => (x > 30 ? some(x) : None)), sm('filter')(n(), (x: number) => some(x + 1)), sm('filter')(n(), () => None)]
      .map((r) => od(Int, r))
      .join(' ');
  });
c('{ let out = []; n.each(x => out.push(x)); (empty() : SparseArray[Int]).each(x => out.push(x)); out }', '[10, 50]', () => {
  const out: number[] = [];
  sm('each')(sf('doubleton')(1, 10, 5, 50), (x: number) => out.push(x));
  sm('each')(sf('empty')(), (x: number) => out.push(x));
  return show(A(Int), out);
});
// Core maps every element of `data` but filters only as many as slots are present.
c('{ let long = from_sorted_fixed_array([1], ["a", "b", "c"]); (d(long.map(x => x + "!")), od(long.filter(x => Some(x + "?")))) }', '2:["a!", "b!", "c!"] Some(2:["a?"])', () => {
  const long = () => sa([1], ['a', 'b', 'c']);
  return `${d(Str, sm('map')(long(), (x: string) => `${x}!`))} ${od(Str, sm('filter')(long(), (x: string) => some(`${x}?`)))}`;
});
c('{ let a = doubleton(1, 10, 5, 50); let b = singleton(5, 50).add(1, 10); (a == b, a.equal(b), a == a.replace(1, 11), a == singleton(1, 10), a != b) }', 'true true false false false', () => {
  const a = sf('doubleton')(1, 10, 5, 50);
  const b = sm('add')(sf('singleton')(5, 50), 1, 10);
  const S = SAD(Int);
  return [eq(S, a, b), sm('equal')(Int, a, b), eq(S, a, sm('replace')(a, 1, 11)), eq(S, a, sf('singleton')(1, 10)), !eq(S, a, b)].join(' ');
});
c('(a.elem_info == b.elem_info, a.elem_info.equal(singleton(1, 0).elem_info), a.elem_info == singleton(1, 0).elem_info)', 'true false false', () => {
  const a = sf('doubleton')(1, 10, 5, 50);
  const b = sm('add')(sf('singleton')(5, 50), 1, 10);
  const one = sf('singleton')(1, 0).elem_info;
  return [eq(BITS, a.elem_info, b.elem_info), f('@immut/internal/sparse_array.Bitset::equal')(a.elem_info, one), eq(BITS, a.elem_info, one)].join(' ');
});
c('((empty() : SparseArray[Int]) == empty(), a.elem_info.first_idx(), singleton(31, 0).elem_info.first_idx(), from_sorted_fixed_array([1], [1, 2]) == from_sorted_fixed_array([1], [1]))',
  'true 1 31 false', () => {
    const first = f('@immut/internal/sparse_array.Bitset::first_idx');
    return [
      eq(SAD(Int), sf('empty')(), sf('empty')()), first(sf('doubleton')(1, 10, 5, 50).elem_info), first(sf('singleton')(31, 0).elem_info),
      eq(SAD(Int), sa([1], [1, 2]), sa([1], [1])),
    ].join(' ');
  });

// `Bitset(UInt)` is unboxed too; a `SparseArray` is not.
c('{ let a : SparseArray[Int] = empty(); let b : SparseArray[Int] = empty(); let s = singleton(1, 1); (physical_equal(a, b), physical_equal(a.elem_info, b.elem_info), physical_equal(s.elem_info, singleton(1, 2).elem_info), physical_equal(a.data, b.data), physical_equal(s.map(x => x), s)) }',
  'false true true false false', () => {
    const same = (x: unknown, y: unknown) => f('physical_equal')(x, y);
    const a = sf('empty')();
    const b = sf('empty')();
    const s = sf('singleton')(1, 1);
    return [same(a, b), same(a.elem_info, b.elem_info), same(s.elem_info, sf('singleton')(1, 2).elem_info), same(a.data, b.data), same(sm('map')(s, (x: unknown) => x), s)].join(' ');
  });

// ---- @immut/vector_map ---------------------------------------------------------
// `Key(n, s)` is `struct Key(Int, String) derive(Show, Debug, ToJson)` whose
// Eq and Hash look at `n` only, so which of two equal keys is kept shows.
// `h0(m)` is `{ let h = Hasher::new(seed=0); h.combine(m); h.finalize() }`.
type K2 = { _0: number; _1: string };
registerImpl('ImmutInternalTestKey', 'Eq', { equal: (a: K2, b: K2) => a._0 === b._0 });
registerImpl('ImmutInternalTestKey', 'Hash', { hash_combine: (x: K2, h: Hasher) => h.combine_int(x._0) });
registerImpl('ImmutInternalTestKey', 'Show', { output: (x: K2, l: Logger) => l.write_string(`Key(${x._0}, ${JSON.stringify(x._1)})`) });
registerImpl('ImmutInternalTestKey', 'ToJson', { to_json: (x: K2) => J.array([J.string('Key'), J.number(x._0), J.string(x._1)]) });
const Kd = desc('ImmutInternalTestKey');
const key = (n: number, s: string): K2 => ({ _0: n, _1: s });

type VMap = Iterable<[unknown, unknown]>;
const vf = (name: string) => f(`@immut/vector_map.${name}`);
const vm = (name: string) => f(`@immut/vector_map.VectorMap::${name}`);
const VMD = (k: Desc, v: Desc) => desc('@immut/vector_map.VectorMap', [k, v]);
const T = (...ds: Desc[]) => desc(`Tuple${ds.length}`, ds);
const Dbl = desc('Double');
const B = desc('Bool');
/** `println((a, b, ..))`: each value beside its type. */
const tuple = (...xs: [Desc, unknown][]) => show(T(...xs.map(([d]) => d)), xs.map(([, x]) => x));
const vmap = (K: Desc, kvs: [unknown, unknown][]) => vm('VectorMap')(K, kvs);
const arr = (m: unknown) => vm('to_array')(m);
const collect = (it: unknown) => f('Iter::collect')(it);
const SI = A(T(Str, Int));
const IS = A(T(Int, Str));
const II = A(T(Int, Int));
const cab = () => vmap(Str, [['c', 3], ['a', 1], ['b', 2]]);
const abc = () => vmap(Str, [['a', 1], ['b', 2], ['c', 3]]);
const squares = () => range(100).reduce((m, i) => vm('add')(Int, m, i, i * i), vf('new')());
const h0 = (K: Desc, V: Desc, m: unknown) => (VMD(K, V)['Hash.hash'] as (x: unknown) => number)(m);
const repr = (K: Desc, V: Desc, m: unknown) => render((VMD(K, V)['Debug.to_repr'] as (x: unknown) => R.Repr)(m));

c('{ let e : VectorMap[String, Int] = VectorMap::new(); (e.to_array(), e.length(), e.is_empty(), e.get("a"), e.contains("a")) }', '([], 0, true, None, false)', () => {
  const e = vm('new')();
  return tuple([SI, arr(e)], [Int, vm('length')(e)], [B, vm('is_empty')(e)], [O(Int), vm('get')(Str, e, 'a')], [B, vm('contains')(Str, e, 'a')]);
});
c('{ let one = VectorMap::singleton("a", 1); (one.to_array(), one.length(), one.is_empty()) }', '([("a", 1)], 1, false)', () => {
  const one = vf('singleton')(Str, 'a', 1);
  return tuple([SI, arr(one)], [Int, vm('length')(one)], [B, vm('is_empty')(one)]);
});
c('{ let m = VectorMap([("c", 3), ("a", 1), ("b", 2)]); (m.to_array(), m.keys().to_array(), m.values().to_array()) }', '([("c", 3), ("a", 1), ("b", 2)], ["c", "a", "b"], [3, 1, 2])', () =>
  tuple([SI, arr(cab())], [A(Str), collect(vm('keys')(cab()))], [A(Int), collect(vm('values')(cab()))]),
);
// A repeated key keeps its first position and its last value.
c('{ let dup = VectorMap([(3, "c"), (1, "a"), (3, "z"), (1, "y"), (2, "b")]); (dup.to_array(), dup.length()) }', '([(3, "z"), (1, "y"), (2, "b")], 3)', () => {
  const dup = vmap(Int, [[3, 'c'], [1, 'a'], [3, 'z'], [1, 'y'], [2, 'b']]);
  return tuple([IS, arr(dup)], [Int, vm('length')(dup)]);
});
c('VectorMap::from_iter([(5, 1), (4, 2), (5, 3)].iter()).to_array()', '[(5, 3), (4, 2)]', () => show(II, arr(vf('from_iter')(Int, f('Array::iter')([[5, 1], [4, 2], [5, 3]])))));
c('VectorMap([(1, 1), (2, 2), (3, 3), (4, 4)][1:3]).to_array()', '[(2, 2), (3, 3)]', () =>
  show(II, arr(vmap(Int, new ArrayView([[1, 1], [2, 2], [3, 3], [4, 4]], 1, 3) as never))),
);
// keyed = VectorMap([(Key(1, "first"), 1), (Key(2, "x"), 2), (Key(1, "second"), 3)])
const keyed = () => vmap(Kd, [[key(1, 'first'), 1], [key(2, 'x'), 2], [key(1, 'second'), 3]]);
const KI = A(T(Kd, Int));
c('(keyed.to_array(), keyed.add(Key(1, "third"), 4).to_array(), keyed.remove(Key(1, "zzz")).add(Key(1, "third"), 4).to_array())',
  '([(Key(1, "first"), 3), (Key(2, "x"), 2)], [(Key(1, "first"), 4), (Key(2, "x"), 2)], [(Key(2, "x"), 2), (Key(1, "third"), 4)])', () =>
    tuple([KI, arr(keyed())], [KI, arr(vm('add')(Kd, keyed(), key(1, 'third'), 4))], [KI, arr(vm('add')(Kd, vm('remove')(Kd, keyed(), key(1, 'zzz')), key(1, 'third'), 4))]),
);
c('(keyed.get(Key(1, "other")), keyed.contains(Key(2, "?")), VectorMap::from_iter([(Key(7, "a"), 1), (Key(7, "b"), 2)].iter()).to_array())', '(Some(3), true, [(Key(7, "a"), 2)])', () =>
  tuple([O(Int), vm('get')(Kd, keyed(), key(1, 'other'))], [B, vm('contains')(Kd, keyed(), key(2, '?'))], [KI, arr(vf('from_iter')(Kd, f('Array::iter')([[key(7, 'a'), 1], [key(7, 'b'), 2]])))]),
);
// m = VectorMap([("a", 1), ("b", 2), ("c", 3)])
c('(m.add("a", 10).to_array(), m.add("d", 4).to_array(), m.remove("a").add("a", 1).to_array(), m.to_array())',
  '([("a", 10), ("b", 2), ("c", 3)], [("a", 1), ("b", 2), ("c", 3), ("d", 4)], [("b", 2), ("c", 3), ("a", 1)], [("a", 1), ("b", 2), ("c", 3)])', () => {
    const m = abc();
    return tuple([SI, arr(vm('add')(Str, m, 'a', 10))], [SI, arr(vm('add')(Str, m, 'd', 4))], [SI, arr(vm('add')(Str, vm('remove')(Str, m, 'a'), 'a', 1))], [SI, arr(m)]);
  });
c('{ let all = m.remove("a").remove("b").remove("c"); (m.remove("b").to_array(), m.remove("c").to_array(), all.to_array(), all.is_empty(), all.length()) }',
  '([("a", 1), ("c", 3)], [("a", 1), ("b", 2)], [], true, 0)', () => {
    const m = abc();
    const all = ['a', 'b', 'c'].reduce((x, k) => vm('remove')(Str, x, k), m);
    return tuple([SI, arr(vm('remove')(Str, m, 'b'))], [SI, arr(vm('remove')(Str, m, 'c'))], [SI, arr(all)], [B, vm('is_empty')(all)], [Int, vm('length')(all)]);
  });
c('(physical_equal(m.remove("zz"), m), physical_equal(m.add("a", 1), m), m["b"], m.at("c"), physical_equal(e.remove("a"), e))', '(true, false, 2, 3, true)', () => {
  const m = abc();
  const e = vm('new')();
  return tuple([B, vm('remove')(Str, m, 'zz') === m], [B, vm('add')(Str, m, 'a', 1) === m], [Int, vm('at')(Str, m, 'b')], [Int, vm('at')(Str, m, 'c')], [B, vm('remove')(Str, e, 'a') === e]);
});
// A new map is allocated each time; the receiver comes back only from the no-ops.
c('{ let a : VectorMap[Int, Int] = VectorMap::new(); let b : VectorMap[Int, Int] = VectorMap::new(); (physical_equal(a, b), physical_equal(a, a), physical_equal(a.filter((_, _) => false), a), physical_equal(a.map((_, v) => v), a), physical_equal(VectorMap::from_iter([].iter()), a), physical_equal(a.update(1, _ => None), a)) }',
  '(false, true, true, false, false, true)', () => {
    const a = vm('new')();
    const b = vm('new')();
    return tuple([B, a === b], [B, f('physical_equal')(a, a)], [B, vm('filter')(a, () => false) === a], [B, vm('map')(a, (_k: number, v: number) => v) === a],
      [B, vf('from_iter')(Int, f('Array::iter')([])) === a], [B, vm('update')(Int, a, 1, () => None) === a]);
  });
c('{ let m = VectorMap([("hits", 1), ("x", 5)]); let log = []; (m.update("hits", n => { log.push(n); Some(n.unwrap_or(0) + 1) }).to_array(), m.update("misses", /* the same */).to_array(), m.update("hits", _ => None).to_array(), physical_equal(m.update("nope", _ => None), m), log) }',
  '([("hits", 2), ("x", 5)], [("hits", 1), ("x", 5), ("misses", 1)], [("x", 5)], true, [Some(1), None])', () => {
    const m = vmap(Str, [['hits', 1], ['x', 5]]);
    const log: unknown[] = [];
    const bump = (n: Option<number>) => (log.push(n), some((n instanceof Some ? n.value : 0) + 1));
    const bumped = vm('update')(Str, m, 'hits', bump);
    const fresh = vm('update')(Str, m, 'misses', bump);
    return tuple([SI, arr(bumped)], [SI, arr(fresh)], [SI, arr(vm('update')(Str, m, 'hits', () => None))], [B, vm('update')(Str, m, 'nope', () => None) === m], [A(O(Int)), log]);
  });
c('{ let out = []; m.each((k, v) => out.push((k, v))); let outi = []; m.eachi((i, k, v) => outi.push((i, k, v))); (out, outi) } // m = VectorMap([("c", 3), ("a", 1), ("b", 2)])',
  '([("c", 3), ("a", 1), ("b", 2)], [(0, "c", 3), (1, "a", 1), (2, "b", 2)])', () => {
    const out: unknown[] = [];
    const outi: unknown[] = [];
    vm('each')(cab(), (k: string, v: number) => out.push([k, v]));
    vm('eachi')(cab(), (i: number, k: string, v: number) => outi.push([i, k, v]));
    return tuple([SI, out], [A(T(Int, Str, Int)), outi]);
  });
c('(m.fold(init="", (acc, k, v) => acc + k + v.to_string()), m.iter().to_array(), m.iter2().iter().to_array())', '("c3a1b2", [("c", 3), ("a", 1), ("b", 2)], [("c", 3), ("a", 1), ("b", 2)])', () =>
  tuple([Str, vm('fold')(cab(), '', (acc: string, k: string, v: number) => acc + k + String(v))], [SI, collect(vm('iter')(cab()))], [SI, collect(vm('iter2')(cab())._0)]),
);
c('{ let holes = VectorMap([("a", 1), ("b", 2), ("c", 3), ("d", 4)]).remove("b").remove("a"); let out = []; holes.eachi((i, k, v) => out.push((i, k, v))); (out, holes.fold(init=0, (a, _, v) => a + v), holes.iter().to_array(), holes.keys().to_array(), holes.values().to_array(), holes.length()) }',
  '([(0, "c", 3), (1, "d", 4)], 7, [("c", 3), ("d", 4)], ["c", "d"], [3, 4], 2)', () => {
    const holes = vm('remove')(Str, vm('remove')(Str, vmap(Str, [['a', 1], ['b', 2], ['c', 3], ['d', 4]]), 'b'), 'a');
    const out: unknown[] = [];
    vm('eachi')(holes, (i: number, k: string, v: number) => out.push([i, k, v]));
    return tuple([A(T(Int, Str, Int)), out], [Int, vm('fold')(holes, 0, (a: number, _k: string, v: number) => a + v)], [SI, collect(vm('iter')(holes))],
      [A(Str), collect(vm('keys')(holes))], [A(Int), collect(vm('values')(holes))], [Int, vm('length')(holes)]);
  });
// m2 = VectorMap([("c", 3), ("a", 1), ("b", 2)]).remove("a").add("a", 1)
const m2 = () => vm('add')(Str, vm('remove')(Str, cab(), 'a'), 'a', 1);
c('{ let log = []; let mm = m2.map((k, v) => { log.push(k); v * 10 }); (mm.to_array(), log, mm.get("b")) }', '([("c", 30), ("b", 20), ("a", 10)], ["c", "b", "a"], Some(20))', () => {
  const log: string[] = [];
  const mm = vm('map')(m2(), (k: string, v: number) => (log.push(k), v * 10));
  return tuple([SI, arr(mm)], [A(Str), log], [O(Int), vm('get')(Str, mm, 'b')]);
});
c('{ let log = []; let f = m2.filter((k, v) => { log.push(k); v > 1 }); (f.to_array(), log, f.get("a"), f.get("b"), f.length()) }', '([("c", 3), ("b", 2)], ["c", "b", "a"], None, Some(2), 2)', () => {
  const log: string[] = [];
  const fl = vm('filter')(m2(), (k: string, v: number) => (log.push(k), v > 1));
  return tuple([SI, arr(fl)], [A(Str), log], [O(Int), vm('get')(Str, fl, 'a')], [O(Int), vm('get')(Str, fl, 'b')], [Int, vm('length')(fl)]);
});
c('(physical_equal(m2.filter((_, _) => true), m2), m2.filter((_, _) => false).to_array(), m2.filter((_, _) => false).is_empty(), m2.filter((_, _) => false).get("c"))', '(true, [], true, None)', () => {
  const m = m2();
  const none = vm('filter')(m, () => false);
  return tuple([B, vm('filter')(m, () => true) === m], [SI, arr(none)], [B, vm('is_empty')(none)], [O(Int), vm('get')(Str, none, 'c')]);
});
c('{ let f2 = m2.filter((_, v) => v > 1).add("z", 26).add("c", 33); (f2.to_array(), f2.get("c")) }', '([("c", 33), ("b", 2), ("z", 26)], Some(33))', () => {
  const f2 = vm('add')(Str, vm('add')(Str, vm('filter')(m2(), (_k: string, v: number) => v > 1), 'z', 26), 'c', 33);
  return tuple([SI, arr(f2)], [O(Int), vm('get')(Str, f2, 'c')]);
});
// Past the 32-slot threshold: removals leave tombstones, trim them off the end and rebuild the spine.
// full = 100 adds of (i, i * i); m = full with every i % 3 != 0 removed, then 0..<50 added back as -i.
const thinned = () => range(100).reduce((m, i) => (i % 3 !== 0 ? vm('remove')(Int, m, i) : m), squares());
const readded = () => range(50).reduce((m, i) => vm('add')(Int, m, i, -i), thinned());
c('(m.length(), m.keys().to_array()) // thinned', `(34, [${range(34, (i) => i * 3).join(', ')}])`, () => tuple([Int, vm('length')(thinned())], [A(Int), collect(vm('keys')(thinned()))]));
c('(m.get(0), m.get(1), m.get(99), m.get(3), m.contains(4)) // thinned', '(Some(0), None, Some(9801), Some(9), false)', () => {
  const m = thinned();
  return tuple([O(Int), vm('get')(Int, m, 0)], [O(Int), vm('get')(Int, m, 1)], [O(Int), vm('get')(Int, m, 99)], [O(Int), vm('get')(Int, m, 3)], [B, vm('contains')(Int, m, 4)]);
});
c('(m.length(), m.keys().to_array()) // re-added',
  '(67, [0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33, 36, 39, 42, 45, 48, 51, 54, 57, 60, 63, 66, 69, 72, 75, 78, 81, 84, 87, 90, 93, 96, 99, 1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35, 37, 38, 40, 41, 43, 44, 46, 47, 49])', () =>
    tuple([Int, vm('length')(readded())], [A(Int), collect(vm('keys')(readded()))]),
);
c('m.values().to_array() // re-added',
  '[0, -3, -6, -9, -12, -15, -18, -21, -24, -27, -30, -33, -36, -39, -42, -45, -48, 2601, 2916, 3249, 3600, 3969, 4356, 4761, 5184, 5625, 6084, 6561, 7056, 7569, 8100, 8649, 9216, 9801, -1, -2, -4, -5, -7, -8, -10, -11, -13, -14, -16, -17, -19, -20, -22, -23, -25, -26, -28, -29, -31, -32, -34, -35, -37, -38, -40, -41, -43, -44, -46, -47, -49]', () =>
    show(A(Int), collect(vm('values')(readded()))),
);
c('{ let mut t = full; for i in 0..<100 { t = t.remove(99 - i) }; let mut u = full; for i in 0..<99 { u = u.remove(i) }; (t.is_empty(), t.to_array(), full.length(), u.to_array(), u.add(5, 5).to_array()) }',
  '(true, [], 100, [(99, 9801)], [(99, 9801), (5, 5)])', () => {
    const full = squares();
    const t = range(100).reduce((m, i) => vm('remove')(Int, m, 99 - i), full);
    const u = range(99).reduce((m, i) => vm('remove')(Int, m, i), full);
    return tuple([B, vm('is_empty')(t)], [II, arr(t)], [Int, vm('length')(full)], [II, arr(u)], [II, arr(vm('add')(Int, u, 5, 5))]);
  });
c('{ let mut w = full; for i in 0..<70 { w = w.remove(i * 13 % 100) }; (w.length(), w.to_array(), w == VectorMap(w.to_array()), h0(w) == h0(VectorMap(w.to_array()))) }',
  '(30, [(1, 1), (5, 25), (9, 81), (10, 100), (14, 196), (18, 324), (22, 484), (23, 529), (27, 729), (31, 961), (35, 1225), (36, 1296), (40, 1600), (44, 1936), (48, 2304), (49, 2401), (53, 2809), (57, 3249), (61, 3721), (62, 3844), (66, 4356), (70, 4900), (74, 5476), (75, 5625), (79, 6241), (83, 6889), (87, 7569), (88, 7744), (92, 8464), (96, 9216)], true, true)', () => {
    const w = range(70).reduce((m, i) => vm('remove')(Int, m, (i * 13) % 100), squares());
    const fresh = vmap(Int, arr(w));
    return tuple([Int, vm('length')(w)], [II, arr(w)], [B, eq(VMD(Int, Int), w, fresh)], [B, h0(Int, Int, w) === h0(Int, Int, fresh)]);
  });
// ab = VectorMap([("a", 1), ("b", 2)]), ba = VectorMap([("b", 2), ("a", 1)]), e empty
const vab = () => vmap(Str, [['a', 1], ['b', 2]]);
const vba = () => vmap(Str, [['b', 2], ['a', 1]]);
const SID = VMD(Str, Int);
c('(ab == ba, ab == VectorMap::new().add("a", 1).add("b", 2), ab == ab.remove("b"), ab.remove("b") == ab, ab.equal(ab), ab != ba, e == e.add("q", 1).remove("q"), ab == ab.add("b", 3))',
  '(false, true, false, false, true, true, true, false)', () => {
    const e = vm('new')();
    const built = vm('add')(Str, vm('add')(Str, vm('new')(), 'a', 1), 'b', 2);
    return tuple([B, eq(SID, vab(), vba())], [B, eq(SID, vab(), built)], [B, eq(SID, vab(), vm('remove')(Str, vab(), 'b'))], [B, eq(SID, vm('remove')(Str, vab(), 'b'), vab())],
      [B, vm('equal')(Str, Int, vab(), vab())], [B, !eq(SID, vab(), vba())], [B, eq(SID, e, vm('remove')(Str, vm('add')(Str, e, 'q', 1), 'q'))], [B, eq(SID, vab(), vm('add')(Str, vab(), 'b', 3))]);
  });
// A map is equal to itself before any value is compared: NaN shows it.
c('{ let nan = VectorMap([(1, 0.0 / 0.0)]); (nan == nan, nan == nan.map((_, v) => v)) }', '(true, false)', () => {
  const nan = vmap(Int, [[1, NaN]]);
  return tuple([B, eq(VMD(Int, Dbl), nan, nan)], [B, eq(VMD(Int, Dbl), nan, vm('map')(nan, (_k: number, v: number) => v))]);
});
c('(h0(ab), h0(ba), h0(e), h0(VectorMap([(1, 2)])), h0(ab) == h0(VectorMap::new().add("b", 0).add("a", 1).add("b", 2)))', '(-339653735, -1880188754, 46947589, 851499103, false)', () => {
  const later = vm('add')(Str, vm('add')(Str, vm('add')(Str, vm('new')(), 'b', 0), 'a', 1), 'b', 2);
  // `m.hash()` is the same with the seed-0 Hasher.
  assert.equal(vm('hash')(Str, Int, vab()), h0(Str, Int, vab()));
  return tuple([Int, h0(Str, Int, vab())], [Int, h0(Str, Int, vba())], [Int, h0(Str, Int, vm('new')())], [Int, h0(Int, Int, vmap(Int, [[1, 2]]))], [B, h0(Str, Int, vab()) === h0(Str, Int, later)]);
});
c('{ let nested = VectorMap([(ab, 1)]); (nested.get(VectorMap([("a", 1), ("b", 2)])), nested.get(ba)) }', '(Some(1), None)', () => {
  const nested = vmap(SID, [[vab(), 1]]);
  return tuple([O(Int), vm('get')(SID, nested, vab())], [O(Int), vm('get')(SID, nested, vba())]);
});
c('@debug.debug_inspect(VectorMap([("c", 3), ("a", 1)]))', '<VectorMap: { "c": 3, "a": 1 }>', () => repr(Str, Int, vmap(Str, [['c', 3], ['a', 1]])));
c('@debug.debug_inspect((VectorMap::new() : VectorMap[String, Int]))', '<VectorMap: {}>', () => repr(Str, Int, vm('new')()));
c('@debug.debug_inspect(VectorMap([(1, VectorMap([("x", [1, 2])])), (2, VectorMap::new())]))', '<VectorMap: { 1: <VectorMap: { "x": [1, 2] }>, 2: <VectorMap: {}> }>', () =>
  repr(Int, VMD(Str, A(Int)), vmap(Int, [[1, vmap(Str, [['x', [1, 2]]])], [2, vm('new')()]])),
);
c('@debug.debug_inspect(VectorMap(Array::makei(30, i => (i, "value number \\{i}"))))',
  `<VectorMap:|  {|${range(30).map((i) => `    ${i}: "value number ${i}",|`).join('')}  }>`, () =>
    repr(Int, Str, vmap(Int, range(30).map((i) => [i, `value number ${i}`]))),
);
const stringify = (j: J.Json) => J.stringify(j, false, 0, undefined);
const toJ = (K: Desc, V: Desc, m: unknown) => stringify((VMD(K, V)['ToJson.to_json'] as (x: unknown) => J.Json)(m));
c('(VectorMap([(30, "c"), (10, "a")]).to_json().stringify(), VectorMap([(Key(1, "k"), [1, 2])]).to_json().stringify(), (VectorMap::new() : VectorMap[String, Int]).to_json().stringify())',
  '[[30,"c"],[10,"a"]] [[["Key",1,"k"],[1,2]]] []', () =>
    [toJ(Int, Str, vmap(Int, [[30, 'c'], [10, 'a']])), toJ(Kd, A(Int), vmap(Kd, [[key(1, 'k'), [1, 2]]])), toJ(Str, Int, vm('new')())].join(' '),
);
const decode = (K: Desc, V: Desc, j: J.Json): string => {
  try {
    const m = (VMD(K, V)['FromJson.from_json'] as (j: J.Json, p: JsonPath) => unknown)(j, ROOT);
    return `Ok(${show(A(T(K, V)), arr(m))})`;
  } catch (e) {
    return `Err(${show(desc('@json.JsonDecodeError'), e)})`;
  }
};
const jn = (n: number) => J.number(n);
const js = (s: string) => J.string(s);
const ja = (...xs: J.Json[]) => J.array(xs);
c('(@json.from_json(m.to_json()) : VectorMap[Int, String]) for m = VectorMap([(30, "c"), (10, "a")]); and of [[1, "a"], [2, "b"], [1, "c"]]', 'Ok([(30, "c"), (10, "a")]) Ok([(1, "c"), (2, "b")])', () =>
  [decode(Int, Str, ja(ja(jn(30), js('c')), ja(jn(10), js('a')))), decode(Int, Str, ja(ja(jn(1), js('a')), ja(jn(2), js('b')), ja(jn(1), js('c'))))].join(' '),
);
c('(try? (@json.from_json(J) : VectorMap[Int, String])).map(m => m.to_array()) for J in [{ "a": 1 }, [[1, "a"], [2]], [[1, "a"], [2, "b", 3]], [[1, "a"], ["x", "b"]], [[1, "a"], [2, 3]], [[1, "a"], 5], null]',
  'Err(JsonDecodeError((, "@immut/vector_map.from_json: expected array")))|Err(JsonDecodeError((/1, "@immut/vector_map.from_json: expected [key, value] pair")))|Err(JsonDecodeError((/1, "@immut/vector_map.from_json: expected [key, value] pair")))|Err(JsonDecodeError((/1/0, "Int::from_json: expected number")))|Err(JsonDecodeError((/1/1, "String::from_json: expected string")))|Err(JsonDecodeError((/1, "@immut/vector_map.from_json: expected [key, value] pair")))|Err(JsonDecodeError((, "@immut/vector_map.from_json: expected array")))', () => {
    const obj = newStringMap<J.Json>();
    setKey(obj, 'a', jn(1));
    const first = ja(jn(1), js('a'));
    return [J.object(obj), ja(first, ja(jn(2))), ja(first, ja(jn(2), js('b'), jn(3))), ja(first, ja(js('x'), js('b'))), ja(first, ja(jn(2), jn(3))), ja(first, jn(5)), J.NULL]
      .map((j) => decode(Int, Str, j))
      .join('|');
  });
c('(try? (@json.from_json([]) : VectorMap[String, Int])).map(m => m.to_array())', 'Ok([])', () => decode(Str, Int, ja()));

for (const [mbt, expected, actual] of cases) {
  test(`immutable internals: ${mbt}`, () => assert.equal(actual().replaceAll('\n', '|'), expected));
}

// The oracle: each of these is the body of a `test "panic ..."`, which passes only if it panics.
test('immutable internals: sparse arrays panic where core reads past its data', () => {
  const b = b264();
  const e = () => sf('empty')();
  assert.throws(() => sm('remove')(b, 20), Panic); // singleton(3, 100).add(8, 200).remove(20)
  assert.throws(() => sm('remove')(e(), 0), Panic);
  assert.throws(() => sm('replace')(b, 20, 1), Panic);
  assert.throws(() => sm('replace')(e(), 0, 1), Panic);
  const short = () => sa([1, 2, 3], ['only']);
  assert.throws(() => sm('add')(short(), 10, 'x'), Panic);
  assert.throws(() => sm('get')(short(), 3), Panic);
  assert.throws(() => sm('each')(short(), () => undefined), Panic);
  const one = sf('singleton')(1, 1);
  assert.throws(() => sm('union')(e(), one, (x: unknown) => x), Panic);
  assert.throws(() => sm('union')(e(), e(), (x: unknown) => x), Panic);
  assert.throws(() => sm('difference')(e(), one, (x: unknown) => some(x)), Panic);
  assert.throws(() => sm('filter')(e(), (x: unknown) => some(x)), Panic);
});

// The oracle: `(try? a.map(x => if x > 20 { fail("big") } else { x })) is Err(_)`, and the same for `union`.
test('immutable internals: sparse array callbacks raise through', () => {
  const a = sf('doubleton')(1, 10, 5, 50);
  const boom = new Error('raised');
  assert.throws(() => sm('map')(a, (x: number) => {
    if (x > 20) throw boom;
    return x;
  }), (e) => e === boom);
  assert.throws(() => sm('union')(a, a, () => {
    throw boom;
  }), (e) => e === boom);
});

// The oracle: `test "panic ..." { ignore(m["b"]) }` passes for a missing key, an empty map and a removed key.
test('immutable internals: `m[key]` panics on a missing key', () => {
  assert.throws(() => vm('at')(Str, vmap(Str, [['a', 1]]), 'b'), Panic);
  assert.throws(() => vm('at')(Str, vm('new')(), 'b'), Panic);
  assert.throws(() => vm('at')(Str, vm('remove')(Str, vmap(Str, [['a', 1], ['b', 2]]), 'a'), 'a'), Panic);
});

// The oracle: `try? m.map(..)` (and `filter`, `fold`, `each`, `update`, `eachi`) with a callback that fails is `Err(_)`.
test('immutable internals: vector map callbacks raise through', () => {
  const m = vmap(Str, [['a', 1], ['b', 2]]);
  const boom = new Error('raised');
  const raise = () => {
    throw boom;
  };
  const raised = (run: () => unknown) => assert.throws(run, (e) => e === boom);
  raised(() => vm('map')(m, (_k: string, v: number) => (v > 1 ? raise() : v)));
  raised(() => vm('filter')(m, (_k: string, v: number) => (v > 1 ? raise() : true)));
  raised(() => vm('fold')(m, 0, raise));
  raised(() => vm('each')(m, raise));
  raised(() => vm('update')(Str, m, 'a', raise));
  raised(() => vm('eachi')(m, raise));
});

// Random runs of add, remove, update and filter across the rebuild threshold,
// against a JS Map (which keeps insertion order as core's map does): the
// content, the order, lookups, and equality with a fresh construction.
test('immutable internals: vector maps keep insertion order through tombstones and rebuilds', () => {
  let seed = 2024;
  const rand = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
  const D = VMD(Int, Int);
  for (let run = 0; run < 30; run++) {
    let m = vm('new')();
    const model = new Map<number, number>();
    const history: [unknown, [number, number][]][] = [];
    for (let step = 0; step < 300; step++) {
      const k = rand(60);
      const op = rand(10);
      if (op < 5) {
        m = vm('add')(Int, m, k, step);
        model.set(k, step);
      } else if (op < 9) {
        m = vm('update')(Int, m, k, () => None);
        model.delete(k);
      } else {
        const keep = (key: number) => key % 7 !== step % 7;
        m = vm('filter')(m, (key: number) => keep(key));
        for (const key of [...model.keys()]) if (!keep(key)) model.delete(key);
      }
      history.push([m, [...model]]);
    }
    for (const [version, content] of history) {
      assert.deepEqual(arr(version), content);
      assert.equal(vm('length')(version), content.length);
      for (const [k, v] of content) assert.equal((vm('get')(Int, version, k) as Some<number>).value, v);
      assert.ok(eq(D, version, vmap(Int, content)));
      assert.equal(h0(Int, Int, version), h0(Int, Int, vmap(Int, content)));
    }
    for (let k = 0; k < 60; k++) assert.equal(vm('contains')(Int, m, k), model.has(k));
  }
});

test('immutable internals: aliases and free functions share their implementations', () => {
  const same = (names: string[]) => {
    const impls = names.map((n) => table[n]);
    assert.ok(impls.every((x) => typeof x === 'function' && x === impls[0]), names.join(' = '));
  };
  same(['@immut/internal/sparse_array.SparseArray::length', '@immut/internal/sparse_array.SparseArray::size']);
  const M = (n: string) => `@immut/vector_map.VectorMap::${n}`;
  same([M('from_iter'), '@immut/vector_map.from_iter', M('from_iterator'), '@immut/vector_map.from_iterator']);
  same([M('new'), '@immut/vector_map.new']);
  same([M('singleton'), '@immut/vector_map.singleton']);
  same([M('get'), M('find')]);
  same([M('filter'), M('filter_with_key')]);
  same([M('map'), M('map_with_key')]);
  same([M('length'), M('size')]);
  same([M('values'), M('elems')]);
  same([M('iter'), M('iterator')]);
  same([M('iter2'), M('iterator2')]);
});
