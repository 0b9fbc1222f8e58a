// FixedArray, ReadOnlyArray, ArrayView and MutArrayView entries. Expected
// strings are the oracle's `println` of the MoonBit expression (see
// collections-array.test.ts for the conventions).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { desc, type Desc } from '../../../harness/runtime/desc.ts';
import { Panic, Some, None } from '../../../harness/runtime/values.ts';
import { ArrayView } from '../../../harness/runtime/core-values.ts';
import arrayMod from '../../../harness/corelib/builtin/array.ts';
import fixedMod from '../../../harness/corelib/builtin/fixedarray.ts';
import viewMod from '../../../harness/corelib/builtin/arrayview.ts';
import iterMod from '../../../harness/corelib/builtin/iter.ts';
import optionMod from '../../../harness/corelib/builtin/option.ts';
import resultMod from '../../../harness/corelib/builtin/result.ts';
import tupleMod from '../../../harness/corelib/builtin/tuple.ts';
import { Int, Str, registerModule, show, fnOf } from './collections-helpers.ts';

for (const m of [arrayMod, fixedMod, viewMod, iterMod, optionMod, resultMod, tupleMod]) registerModule(m);

const fa = (name: string) => fnOf(fixedMod, `FixedArray::${name}`);
const ro = (name: string) => fnOf(fixedMod, `ReadOnlyArray::${name}`);
const av = (name: string) => fnOf(viewMod, `ArrayView::${name}`);
const mv = (name: string) => fnOf(viewMod, `MutArrayView::${name}`);
const arr = (name: string) => fnOf(arrayMod, `Array::${name}`);
const A = (d: Desc) => desc('Array', [d]);
const F = (d: Desc) => desc('FixedArray', [d]);
const RO = (d: Desc) => desc('ReadOnlyArray', [d]);
const V = (d: Desc) => desc('ArrayView', [d]);
const MV = (d: Desc) => desc('MutArrayView', [d]);
const O = (d: Desc) => desc('Option', [d]);
const R = (a: Desc, b: Desc) => desc('Result', [a, b]);
const T = (...ds: Desc[]) => desc(`Tuple${ds.length}`, ds);
const I = (d: Desc) => desc('Iter', [d]);
const call = (d: Desc, method: string, ...args: unknown[]) => (d[method] as (...a: unknown[]) => unknown)(...args);

type Case = [mbt: string, expected: string, actual: () => string];
const cases: Case[] = [];
const c = (mbt: string, expected: string, actual: () => string) => cases.push([mbt, expected, actual]);
const v = (a: unknown[], s: number, e: number) => new ArrayView(a, s, e);

// FixedArray
c(`FixedArray::make(3, 0)`, '[0, 0, 0]', () => show(F(Int), fa('make')(3, 0)));
c(`FixedArray::makei(3, i => i + 1)`, '[1, 2, 3]', () => show(F(Int), fa('makei')(3, (i: number) => i + 1)));
c(`FixedArray::from_array([1, 2, 3][1:])`, '[2, 3]', () => show(F(Int), fa('from_array')(v([1, 2, 3], 1, 3))));
c(`FixedArray::from_iter([4, 5].iter())`, '[4, 5]', () => show(F(Int), fa('from_iter')(arr('iter')([4, 5]))));
c(`{ let f : FixedArray[Int] = [1, 2, 3]; (f.length(), f[1], f.get(5), f.last(), f.is_empty()) }`, '(3, 2, None, Some(3), false)', () => {
  const f = [1, 2, 3];
  return show(T(Int, Int, O(Int), O(Int), desc('Bool')), [fa('length')(f), fa('at')(f, 1), fa('get')(f, 5), fa('last')(f), fa('is_empty')(f)]);
});
c(`{ let f : FixedArray[Int] = [1, 2, 3]; f[0] = 7; f.swap(1, 2); f }`, '[7, 3, 2]', () => {
  const f = [1, 2, 3];
  fa('set')(f, 0, 7);
  fa('swap')(f, 1, 2);
  return show(F(Int), f);
});
c(`{ let f : FixedArray[Int] = [1, 2, 3, 4]; f.fill(0, start=1, end=3); f }`, '[1, 0, 0, 4]', () => {
  const f = [1, 2, 3, 4];
  fa('fill')(f, 0, 1, new Some(3));
  return show(F(Int), f);
});
c(`{ let f : FixedArray[Int] = [1, 2, 3]; f + [4, 5] }`, '[1, 2, 3, 4, 5]', () => show(F(Int), call(F(Int), 'Add.add', [1, 2, 3], [4, 5])));
c(`{ let f : FixedArray[Int] = [1, 2, 3]; (f.contains(2), f.starts_with([1, 2]), f.ends_with([2, 3]), f.ends_with([1])) }`, '(true, true, true, false)', () => {
  const f = [1, 2, 3];
  return show(T(desc('Bool'), desc('Bool'), desc('Bool'), desc('Bool')), [
    fa('contains')(Int, f, 2), fa('starts_with')(Int, f, [1, 2]), fa('ends_with')(Int, f, [2, 3]), fa('ends_with')(Int, f, [1]),
  ]);
});
c(`{ let f : FixedArray[Int] = [1, 2, 3]; (f.map(x => x * 2), f.mapi((i, x) => i + x), f.rev(), f.fold(init=0, (a, x) => a * 10 + x)) }`, '([2, 4, 6], [1, 3, 5], [3, 2, 1], 123)', () => {
  const f = [1, 2, 3];
  return show(T(F(Int), F(Int), F(Int), Int), [
    fa('map')(f, (x: number) => x * 2), fa('mapi')(f, (i: number, x: number) => i + x), fa('rev')(f), fa('fold')(f, 0, (a: number, x: number) => a * 10 + x),
  ]);
});
c(`{ let f : FixedArray[Int] = [1, 2, 3]; (f.rev_fold(init=0, (a, x) => a * 10 + x), f.search(3), f.binary_search(2)) }`, '(321, Some(2), Ok(1))', () => {
  const f = [1, 2, 3];
  return show(T(Int, O(Int), R(Int, Int)), [fa('rev_fold')(f, 0, (a: number, x: number) => a * 10 + x), fa('search')(Int, f, 3), fa('binary_search')(Int, f, 2)]);
});
c(`{ let f : FixedArray[Int] = [3, 1, 2]; f.sort(); f }`, '[1, 2, 3]', () => {
  const f = [3, 1, 2];
  fa('sort')(Int, f);
  return show(F(Int), f);
});
c(`{ let f : FixedArray[Int] = [3, 1, 2]; f.rev_in_place(); let g = f.copy(); g[0] = 9; (f, g) }`, '([2, 1, 3], [9, 1, 3])', () => {
  const f = [3, 1, 2];
  fa('rev_in_place')(f);
  const g = fa('copy')(f) as number[];
  g[0] = 9;
  return show(T(F(Int), F(Int)), [f, g]);
});
c(`{ let f : FixedArray[Int] = [1, 2, 3]; let d = FixedArray::make(4, 0); f.blit_to(d, len=2, src_offset=1, dst_offset=2); d }`, '[0, 0, 2, 3]', () => {
  const d = [0, 0, 0, 0];
  fa('blit_to')([1, 2, 3], d, 2, 1, 2);
  return show(F(Int), d);
});
c(`FixedArray::make_and_blit(([1, 2, 3] : FixedArray[Int]), allocate_len=5, init=0, len=2, src_offset=1) ||| { let d = FixedArray::make(5, 0); ([1, 2, 3] : FixedArray[Int]).blit_to(d, len=2, src_offset=1); d }`, '[2, 3, 0, 0, 0]', () =>
  show(F(Int), fa('make_and_blit')([1, 2, 3], 5, 0, 2, 1, undefined)),
);
c(`{ let f : FixedArray[Int] = [1, 2, 3]; (f[1:], f.iter()) }`, '([2, 3], [1, 2, 3])', () =>
  show(T(V(Int), I(Int)), [fa('view')([1, 2, 3], 1, None), fa('iter')([1, 2, 3])]),
);
c(`(["a", "b"] : FixedArray[String]).join("+")`, 'a+b', () => String(fa('join')(Str, ['a', 'b'], '+')));
c(`{ let a : FixedArray[Int] = [1, 2]; let b : FixedArray[Int] = [1, 3]; (a == b, a.compare(b), [1, 2, 3].compare([1, 2]), a.hash()) }`,
  '(false, -1, 1, 851499103)', () => [
    `(${call(F(Int), 'Eq.equal', [1, 2], [1, 3])}`,
    `${call(F(Int), 'Compare.compare', [1, 2], [1, 3])}`,
    `${call(F(Int), 'Compare.compare', [1, 2, 3], [1, 2])}`,
    `${call(F(Int), 'Hash.hash', [1, 2])})`,
  ].join(', '));
c(`{ let f : FixedArray[(Int, Int)] = FixedArray::makei(30, i => (i % 3, i)); f.sort_by_key(p => p.0); f.map(p => p.1) }`, '[0, 3, 6, 21, 9, 12, 15, 18, 24, 27, 7, 13, 19, 16, 1, 10, 22, 25, 4, 28, 2, 14, 11, 23, 8, 17, 26, 29, 5, 20]', () => {
  const f = Array.from({ length: 30 }, (_, i) => [i % 3, i] as [number, number]);
  fa('sort_by_key')(Int, f, (p: [number, number]) => p[0]);
  return show(F(Int), f.map((p) => p[1]));
});
c(`{ let f : FixedArray[Int] = [3, 1, 2, 1]; f.stable_sort(); f }`, '[1, 1, 2, 3]', () => {
  const f = [3, 1, 2, 1];
  fa('stable_sort')(Int, f);
  return show(F(Int), f);
});

// ReadOnlyArray
c(`{ let r : ReadOnlyArray[Int] = [1, 2, 3]; (r, r.length(), r[2], r.map(x => x + 1), r.filter(x => x > 1)) } ||| { let r : ReadOnlyArray[Int] = [1, 2, 3]; (r, r.length(), r[2], r.map(x => x + 1), [1, 2, 3].filter(x => x > 1)) }`, '([1, 2, 3], 3, 3, [2, 3, 4], [2, 3])', () => {
  const r = [1, 2, 3];
  return show(T(RO(Int), Int, Int, RO(Int), RO(Int)), [r, ro('length')(r), ro('at')(r, 2), ro('map')(r, (x: number) => x + 1), ro('filter')(r, (x: number) => x > 1)]);
});
c(`{ let r : ReadOnlyArray[Int] = [1, 2, 3]; (r.strip_prefix([1]), r.chunks(2), r.rev(), r.rev_iter()) } ||| { let r : ReadOnlyArray[Int] = [1, 2, 3]; let a = [1, 2, 3]; (a.strip_prefix([1]), a.chunks(2), r.rev(), a.rev_iter()) }`, '(Some([2, 3]), [[1, 2], [3]], [3, 2, 1], [3, 2, 1])', () => {
  const r = [1, 2, 3];
  return show(T(O(V(Int)), A(V(Int)), RO(Int), I(Int)), [ro('strip_prefix')(Int, r, [1]), ro('chunks')(r, 2), ro('rev')(r), ro('rev_iter')(r)]);
});

// ArrayView
const base = [1, 2, 3, 4, 5];
const w = () => v(base, 1, 4);
c(`[1, 2, 3, 4, 5][1:4]`, '[2, 3, 4]', () => show(V(Int), w()));
c(`{ let w = [1, 2, 3, 4, 5][1:4]; (w.length(), w[0], w.get(3), w.start_offset(), w.last()) }`, '(3, 2, None, 1, Some(4))', () =>
  show(T(Int, Int, O(Int), Int, O(Int)), [av('length')(w()), av('at')(w(), 0), av('get')(w(), 3), av('start_offset')(w()), av('last')(w())]),
);
c(`{ let w = [1, 2, 3, 4, 5][1:4]; (w[1:], w[:1], w.get_view(start=1, end=4), w.to_owned()) }`,
  '([3, 4], [2], None, [2, 3, 4])', () =>
    show(T(V(Int), V(Int), O(V(Int)), A(Int)), [av('view')(w(), 1, None), av('view')(w(), undefined, new Some(1)), av('get_view')(w(), 1, new Some(4)), av('to_owned')(w())]),
);
c(`{ let w = [1, 2, 3, 4, 5][1:4]; (w.map(x => x * 2), w.filter(x => x != 3), w.fold(init=0, (a, x) => a + x), w.rev()) }`, '([4, 6, 8], [2, 4], 9, [4, 3, 2])', () =>
  show(T(A(Int), A(Int), Int, A(Int)), [av('map')(w(), (x: number) => x * 2), av('filter')(w(), (x: number) => x !== 3), av('fold')(w(), 0, (a: number, x: number) => a + x), av('rev')(w())]),
);
c(`{ let w = [1, 2, 3, 4, 5][1:4]; (w.iter(), w.rev_iter(), w.iter2().to_array()) }`, '([2, 3, 4], [4, 3, 2], [(0, 2), (1, 3), (2, 4)])', () =>
  show(T(I(Int), I(Int), A(T(Int, Int))), [av('iter')(w()), av('rev_iter')(w()), fnOf(iterMod, 'Iter2::to_array')(av('iter2')(w()))]),
);
c(`{ let w = [1, 2, 3, 4, 5][1:4]; (w.contains(4), w.search(4), w.binary_search(3), w.starts_with([2, 3]), w.strip_suffix([4])) }`, '(true, Some(2), Ok(1), true, Some([2, 3]))', () =>
  show(T(desc('Bool'), O(Int), R(Int, Int), desc('Bool'), O(V(Int))), [
    av('contains')(Int, w(), 4), av('search')(Int, w(), 4), av('binary_search')(Int, w(), 3), av('starts_with')(Int, w(), [2, 3]), av('strip_suffix')(Int, w(), [4]),
  ]),
);
c(`{ let w = [1, 2, 3, 4, 5][1:4]; (w.chunks(2), w.windows(2), w.suffixes()) }`, '([[2, 3], [4]], [[2, 3], [3, 4]], [[2, 3, 4], [3, 4], [4]])', () =>
  show(T(A(V(Int)), A(V(Int)), I(V(Int))), [av('chunks')(w(), 2), av('windows')(w(), 2), av('suffixes')(w(), undefined)]),
);
c(`{ let w = [1, 2, 3, 4, 5][1:4]; w == [0, 2, 3, 4][1:] }`, 'true', () =>
  String(call(V(Int), 'Eq.equal', w(), v([0, 2, 3, 4], 1, 4))),
);
c(`{ let w = [1, 2, 3, 4, 5][1:4]; (w.compare([9, 9][:]), w.hash(), w + [7][:]) }`, '(1, -574593065, [2, 3, 4, 7])', () =>
  show(T(Int, Int, V(Int)), [call(V(Int), 'Compare.compare', w(), v([9, 9], 0, 2)), call(V(Int), 'Hash.hash', w()), call(V(Int), 'Add.add', w(), v([7], 0, 1))]),
);
c(`(["a", "b", "c"][1:]).join("-")`, 'b-c', () => String(av('join')(Str, v(['a', 'b', 'c'], 1, 3), '-')));
c(`{ let a = [1, 2, 3]; let out = a[1:]; a[1] = 9; out }`, '[9, 3]', () => {
  const a = [1, 2, 3];
  const out = arrayViewOf(a, 1);
  a[1] = 9;
  return show(V(Int), out);
});

// MutArrayView: writes reach the owner.
c(`{ let a = [5, 4, 3, 2, 1]; let m = a.mut_view(start=1, end=4); m[0] = 0; m.sort(); (a, m.length(), m.to_owned()) }`,
  '([5, 0, 2, 3, 1], 3, [0, 2, 3])', () => {
    const a = [5, 4, 3, 2, 1];
    const m = arr('mut_view')(a, 1, new Some(4));
    mv('set')(m, 0, 0);
    mv('sort')(Int, m);
    return show(T(A(Int), Int, A(Int)), [a, mv('length')(m), mv('to_owned')(m)]);
  });
c(`{ let a = [1, 2, 3]; let m = a.mut_view(); (m, m[1:], m.iter()) }`, '([1, 2, 3], [2, 3], [1, 2, 3])', () => {
  const m = arr('mut_view')([1, 2, 3], undefined, None);
  return show(T(MV(Int), V(Int), I(Int)), [m, mv('view')(m, 1, None), mv('iter')(m)]);
});

// The same operations on each sequence type (for ArrayView, a view of [0, 3, 1, 2, 5] from 1).
const seqSelf = (type: string) => (type === 'ArrayView' ? v([0, 3, 1, 2, 5], 1, 5) : [3, 1, 2, 5]);
const seqFn = (type: string) => (name: string) => (type === 'ArrayView' ? av : type === 'FixedArray' ? fa : ro)(name);
c(`{ let w = [0, 3, 1, 2, 5][1:]; (w.all(x => x > 0), w.any(x => x > 4), w.every(x => x > 1), w.exists(x => x > 9), w.binary_search_by(x => x.compare(2)), w.chunk_by((a, b) => a < b), w.filter_map(x => if x > 1 { Some(x * 2) } else { None }), w.is_sorted(), w.search_by(x => x == 2)) } ||| { let a = [3, 1, 2, 5]; (a.all(x => x > 0), a.any(x => x > 4), a.all(x => x > 1), a.any(x => x > 9), a.binary_search_by(x => x.compare(2)), a.chunk_by((a, b) => a < b), a.filter_map(x => if x > 1 { Some(x * 2) } else { None }), a.is_sorted(), a.search_by(x => x == 2)) }`, '(true, true, false, false, Ok(2), [[3], [1, 2, 5]], [6, 4, 10], false, Some(2))', () => {
  const g = seqFn('ArrayView');
  const self = () => seqSelf('ArrayView');
  return show(T(desc('Bool'), desc('Bool'), desc('Bool'), desc('Bool'), R(Int, Int), A(V(Int)), A(Int), desc('Bool'), O(Int)), [
    g('all')(self(), (y: number) => y > 0), g('any')(self(), (y: number) => y > 4), g('every')(self(), (y: number) => y > 1), g('exists')(self(), (y: number) => y > 9),
    g('binary_search_by')(self(), (y: number) => (y < 2 ? -1 : y > 2 ? 1 : 0)), g('chunk_by')(self(), (p: number, q: number) => p < q),
    g('filter_map')(self(), (y: number) => (y > 1 ? new Some(y * 2) : None)), g('is_sorted')(Int, self()), g('search_by')(self(), (y: number) => y === 2),
  ]);
});
c(`{ let w = [0, 3, 1, 2, 5][1:]; let out = []; w.rev_each(x => out.push(x)); w.rev_eachi((i, x) => out.push(i * 10 + x)); (out, w.foldi(init=0, (i, acc, x) => acc + i * x), w.rev_foldi(init=0, (i, acc, x) => acc * 10 + i * x), w.lexical_compare([3, 1, 3])) } ||| { let a = [3, 1, 2, 5]; let out = []; a.rev_each(x => out.push(x)); a.rev_eachi((i, x) => out.push(i * 10 + x)); (out, a.foldi(init=0, (i, acc, x) => acc + i * x), a.rev_foldi(init=0, (i, acc, x) => acc * 10 + i * x), a.lexical_compare([3, 1, 3])) }`, '([5, 2, 1, 3, 5, 12, 21, 33], 20, 229, -1)', () => {
  const g = seqFn('ArrayView');
  const self = () => seqSelf('ArrayView');
  const out: number[] = [];
  g('rev_each')(self(), (y: number) => out.push(y));
  g('rev_eachi')(self(), (i: number, y: number) => out.push(i * 10 + y));
  const other = v([3, 1, 3], 0, 3);
  return show(T(A(Int), Int, Int, Int), [
    out, g('foldi')(self(), 0, (i: number, acc: number, y: number) => acc + i * y), g('rev_foldi')(self(), 0, (i: number, acc: number, y: number) => acc * 10 + i * y),
    g('lexical_compare')(Int, self(), other),
  ]);
});
c(`{ let f : FixedArray[Int] = [3, 1, 2, 5]; (f.all(x => x > 0), f.any(x => x > 4), f.every(x => x > 1), f.exists(x => x > 9), f.binary_search_by(x => x.compare(2)), f.is_sorted()) }`, '(true, true, false, false, Ok(2), false)', () => {
  const g = seqFn('FixedArray');
  const self = () => seqSelf('FixedArray');
  return show(T(desc('Bool'), desc('Bool'), desc('Bool'), desc('Bool'), R(Int, Int), desc('Bool')), [
    g('all')(self(), (y: number) => y > 0), g('any')(self(), (y: number) => y > 4), g('every')(self(), (y: number) => y > 1), g('exists')(self(), (y: number) => y > 9),
    g('binary_search_by')(self(), (y: number) => (y < 2 ? -1 : y > 2 ? 1 : 0)), g('is_sorted')(Int, self()),
  ]);
});
c(`{ let f : FixedArray[Int] = [3, 1, 2, 5]; let out = []; f.rev_each(x => out.push(x)); f.rev_eachi((i, x) => out.push(i * 10 + x)); (out, f.foldi(init=0, (i, acc, x) => acc + i * x), f.rev_foldi(init=0, (i, acc, x) => acc * 10 + i * x), f.lexical_compare([3, 1, 3])) }`, '([5, 2, 1, 3, 5, 12, 21, 33], 20, 229, -1)', () => {
  const g = seqFn('FixedArray');
  const self = () => seqSelf('FixedArray');
  const out: number[] = [];
  g('rev_each')(self(), (y: number) => out.push(y));
  g('rev_eachi')(self(), (i: number, y: number) => out.push(i * 10 + y));
  const other = [3, 1, 3];
  return show(T(A(Int), Int, Int, Int), [
    out, g('foldi')(self(), 0, (i: number, acc: number, y: number) => acc + i * y), g('rev_foldi')(self(), 0, (i: number, acc: number, y: number) => acc * 10 + i * y),
    g('lexical_compare')(Int, self(), other),
  ]);
});
c(`{ let r : ReadOnlyArray[Int] = [3, 1, 2, 5]; (r.all(x => x > 0), r.any(x => x > 4), r.every(x => x > 1), r.exists(x => x > 9), r.binary_search_by(x => x.compare(2)), r.chunk_by((a, b) => a < b), r.filter_map(x => if x > 1 { Some(x * 2) } else { None }), r.is_sorted(), r.search_by(x => x == 2)) } ||| { let a = [3, 1, 2, 5]; (a.all(x => x > 0), a.any(x => x > 4), a.all(x => x > 1), a.any(x => x > 9), a.binary_search_by(x => x.compare(2)), a.chunk_by((a, b) => a < b), a.filter_map(x => if x > 1 { Some(x * 2) } else { None }), a.is_sorted(), a.search_by(x => x == 2)) }`, '(true, true, false, false, Ok(2), [[3], [1, 2, 5]], [6, 4, 10], false, Some(2))', () => {
  const g = seqFn('ReadOnlyArray');
  const self = () => seqSelf('ReadOnlyArray');
  return show(T(desc('Bool'), desc('Bool'), desc('Bool'), desc('Bool'), R(Int, Int), A(V(Int)), RO(Int), desc('Bool'), O(Int)), [
    g('all')(self(), (y: number) => y > 0), g('any')(self(), (y: number) => y > 4), g('every')(self(), (y: number) => y > 1), g('exists')(self(), (y: number) => y > 9),
    g('binary_search_by')(self(), (y: number) => (y < 2 ? -1 : y > 2 ? 1 : 0)), g('chunk_by')(self(), (p: number, q: number) => p < q),
    g('filter_map')(self(), (y: number) => (y > 1 ? new Some(y * 2) : None)), g('is_sorted')(Int, self()), g('search_by')(self(), (y: number) => y === 2),
  ]);
});
c(`{ let r : ReadOnlyArray[Int] = [3, 1, 2, 5]; let out = []; r.rev_each(x => out.push(x)); r.rev_eachi((i, x) => out.push(i * 10 + x)); (out, r.foldi(init=0, (i, acc, x) => acc + i * x), r.rev_foldi(init=0, (i, acc, x) => acc * 10 + i * x), r.lexical_compare([3, 1, 3])) } ||| { let a = [3, 1, 2, 5]; let out = []; a.rev_each(x => out.push(x)); a.rev_eachi((i, x) => out.push(i * 10 + x)); (out, a.foldi(init=0, (i, acc, x) => acc + i * x), a.rev_foldi(init=0, (i, acc, x) => acc * 10 + i * x), a.lexical_compare([3, 1, 3])) }`, '([5, 2, 1, 3, 5, 12, 21, 33], 20, 229, -1)', () => {
  const g = seqFn('ReadOnlyArray');
  const self = () => seqSelf('ReadOnlyArray');
  const out: number[] = [];
  g('rev_each')(self(), (y: number) => out.push(y));
  g('rev_eachi')(self(), (i: number, y: number) => out.push(i * 10 + y));
  const other = [3, 1, 3];
  return show(T(A(Int), Int, Int, Int), [
    out, g('foldi')(self(), 0, (i: number, acc: number, y: number) => acc + i * y), g('rev_foldi')(self(), 0, (i: number, acc: number, y: number) => acc * 10 + i * y),
    g('lexical_compare')(Int, self(), other),
  ]);
});
c(`{ let w = [0, 3, 1, 2, 5][1:]; (w.count(2), w.count_if(x => x > 1), w + [9][:]) } ||| { let a = [3, 1, 2, 5]; (a.filter(x => x == 2).length(), a.filter(x => x > 1).length(), [3, 1, 2, 5, 9]) }`, '(1, 3, [3, 1, 2, 5, 9])', () => {
  const w2 = v([0, 3, 1, 2, 5], 1, 5);
  return show(T(Int, Int, V(Int)), [av('count')(Int, w2, 2), av('count_if')(w2, (y: number) => y > 1), av('add')(w2, v([9], 0, 1))]);
});
c(`{ let f : FixedArray[(Int, Int)] = FixedArray::makei(20, i => (i % 2, i)); f.sort_by((a, b) => a.0.compare(b.0)); let a = Array::makei(20, i => (i % 2, i)); a.mut_view().sort_by((a, b) => a.0.compare(b.0)); (f.map(p => p.1), a.map(p => p.1)) }`, '([0, 2, 4, 10, 6, 8, 12, 14, 16, 18, 5, 11, 1, 13, 7, 15, 3, 17, 9, 19], [0, 2, 4, 10, 6, 8, 12, 14, 16, 18, 5, 11, 1, 13, 7, 15, 3, 17, 9, 19])', () => {
  const f = Array.from({ length: 20 }, (_, i) => [i % 2, i] as [number, number]);
  fa('sort_by')(f, (a: [number, number], b: [number, number]) => a[0] - b[0]);
  const a = Array.from({ length: 20 }, (_, i) => [i % 2, i] as [number, number]);
  mv('sort_by')(arr('mut_view')(a, undefined, None), (x: [number, number], y: [number, number]) => x[0] - y[0]);
  return show(T(F(Int), A(Int)), [f.map((p) => p[1]), a.map((p) => p[1])]);
});

function arrayViewOf(a: number[], start: number): ArrayView {
  return arr('view')(a, start, None) as ArrayView;
}

for (const [mbt, expected, actual] of cases) {
  test(`views: ${mbt.split(' ||| ')[0]}`, () => assert.equal(actual(), expected));
}

// Each is a `test "panic ..."` that passes in the oracle.
test('views: out-of-range indexes panic', () => {
  const panics: [string, () => unknown][] = [
    ['FixedArray::make(-1, 0)', () => fa('make')(-1, 0)],
    ['f[3] for a FixedArray of 3', () => fa('at')([1, 2, 3], 3)],
    ['f[3] = 0', () => fa('set')([1, 2, 3], 3, 0)],
    ['f.swap(0, 3)', () => fa('swap')([1, 2, 3], 0, 3)],
    ['f.fill(0, start=2, end=1)', () => fa('fill')([1, 2, 3], 0, 2, new Some(1))],
    ['f.blit_to(d, len=3, dst_offset=2)', () => fa('blit_to')([1, 2, 3], [0, 0, 0], 3, undefined, 2)],
    ['w[3] for a view of 3', () => av('at')(w(), 3)],
    ['w[2:5]', () => av('view')(w(), 2, new Some(5))],
    ['m[3] = 0', () => mv('set')(v([1, 2, 3], 0, 3), 3, 0)],
  ];
  for (const [what, run] of panics) assert.throws(run, Panic, what);
});
