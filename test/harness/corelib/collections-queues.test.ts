// @deque.Deque, @queue.Queue and @priority_queue.PriorityQueue. Each case
// names the MoonBit expression whose `println` the real compiler (the
// oracle) printed, and that output as the expected string; the thunk
// computes the same through the table. The oracle's core predates the
// constructors the docs use (`@deque.Deque(arr, capacity?)`,
// `@queue.Queue(arr)`, ...): such a case reads `new form ||| what the oracle
// ran`.
//
// Deque cases show the ring buffer's layout through `capacity()` and
// `as_views()`. Two MoonBit helpers, defined beside the cases when the
// oracle ran them:
//
//   fn ring(cap : Int, n : Int, shift : Int) -> @deque.Deque[Int] {
//     let d = @deque.Deque([], capacity=cap)  // oracle: @deque.new(capacity=cap)
//     for i in 0..<n { d.push_back(i) }
//     for i in 0..<shift { d.unsafe_pop_front(); d.push_back(n + i) }
//     d
//   }
//   fn lay(d : @deque.Deque[Int]) -> (@deque.Deque[Int], Int, (ArrayView[Int], ArrayView[Int])) {
//     (d, d.capacity(), d.as_views())
//   }
//
// so `ring(8, 6, 5)` holds 5..10 from slot 5, wrapping after three.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { desc, registerImpl, type Desc } from '../../../harness/runtime/desc.ts';
import { Panic, Some, None, type Option } from '../../../harness/runtime/values.ts';
import { Iter, MoonBitError, type Logger } from '../../../harness/runtime/core-values.ts';
import arrayMod from '../../../harness/corelib/builtin/array.ts';
import viewMod from '../../../harness/corelib/builtin/arrayview.ts';
import iterMod from '../../../harness/corelib/builtin/iter.ts';
import optionMod from '../../../harness/corelib/builtin/option.ts';
import resultMod from '../../../harness/corelib/builtin/result.ts';
import tupleMod from '../../../harness/corelib/builtin/tuple.ts';
import builtinJson from '../../../harness/corelib/builtin/json.ts';
import jsonMod from '../../../harness/corelib/json.ts';
import debugMod from '../../../harness/corelib/debug.ts';
import dequeMod from '../../../harness/corelib/deque.ts';
import queueMod from '../../../harness/corelib/queue.ts';
import pqMod from '../../../harness/corelib/priority_queue.ts';
import * as J from '../../../harness/corelib/support/json.ts';
import { ROOT } from '../../../harness/corelib/support/json-path.ts';
import { Int, Str, Bool, registerModule, show, fnOf } from './collections-helpers.ts';

for (const m of [arrayMod, viewMod, iterMod, optionMod, resultMod, tupleMod, builtinJson, jsonMod, debugMod, dequeMod, queueMod, pqMod]) registerModule(m);

const dq = (name: string) => fnOf(dequeMod, `@deque.Deque::${name}`);
const A = (d: Desc) => desc('Array', [d]);
const O = (d: Desc) => desc('Option', [d]);
const V = (d: Desc) => desc('ArrayView', [d]);
const R = (a: Desc, b: Desc) => desc('Result', [a, b]);
const T = (...ds: Desc[]) => desc(`Tuple${ds.length}`, ds);
const I = (d: Desc) => desc('Iter', [d]);
const DQ = (d: Desc) => desc('@deque.Deque', [d]);
const JSON_ = desc('Json');
const DECODE = desc('@json.JsonDecodeError');
const method = (d: Desc, m: string, ...args: unknown[]) => (d[m] as (...a: unknown[]) => unknown)(...args);
const debugString = (d: Desc, x: unknown) => fnOf(debugMod, '@debug.to_string')(d, x) as string;

type Case = [mbt: string, expected: string, actual: () => string];
const cases: Case[] = [];
const c = (mbt: string, expected: string, actual: () => string) => cases.push([mbt, expected, actual]);

// ---- @deque.Deque ----------------------------------------------------------
type Dq = unknown;
const deque = (xs: unknown[], capacity?: number): Dq => fnOf(dequeMod, '@deque.Deque::Deque')(xs, capacity === undefined ? None : new Some(capacity));
const ints = (n: number, from = 0) => Array.from({ length: n }, (_, i) => from + i);

function ring(cap: number, n: number, shift: number): Dq {
  const d = deque([], cap);
  for (let i = 0; i < n; i++) dq('push_back')(d, i);
  for (let i = 0; i < shift; i++) {
    dq('unsafe_pop_front')(d);
    dq('push_back')(d, n + i);
  }
  return d;
}
const LAYOUT = T(DQ(Int), Int, T(V(Int), V(Int)));
const lay = (d: Dq) => show(LAYOUT, [d, dq('capacity')(d), dq('as_views')(d)]);

c(`@deque.Deque([1, 2, 3]) ||| @deque.from_array([1, 2, 3])`, '@deque.from_array([1, 2, 3])', () => show(DQ(Int), deque([1, 2, 3])));
c(`(lay(@deque.Deque([1, 2, 3])), lay(@deque.from_array([4])), lay(@deque.Deque([]))) ||| (lay(@deque.from_array([1, 2, 3])), lay(@deque.from_array([4])), lay(@deque.from_array([])))`, '((@deque.from_array([1, 2, 3]), 3, ([1, 2, 3], [])), (@deque.from_array([4]), 1, ([4], [])), (@deque.from_array([]), 0, ([], [])))', () =>
  `(${lay(deque([1, 2, 3]))}, ${lay(fnOf(dequeMod, '@deque.from_array')([4], None))}, ${lay(deque([]))})`,
);
c(`(lay(@deque.from_array([1, 2])), lay(@deque.Deque::from_array([3], capacity=5))) ||| { let d = @deque.Deque::from_array([3]); d.reserve_capacity(5); (lay(@deque.from_array([1, 2])), lay(d)) }`, '((@deque.from_array([1, 2]), 2, ([1, 2], [])), (@deque.from_array([3]), 5, ([3], [])))', () =>
  `(${lay(fnOf(dequeMod, '@deque.from_array')([1, 2], None))}, ${lay(dq('from_array')([3], new Some(5)))})`,
);
// `capacity` is a lower bound: never below the length.
c(`(@deque.Deque([1, 2, 3], capacity=10).capacity(), @deque.Deque([1, 2, 3], capacity=1).capacity(), (@deque.Deque([], capacity=-4) : @deque.Deque[Int]).capacity(), (@deque.Deque([], capacity=1024) : @deque.Deque[Int]).capacity()) ||| { let a = @deque.from_array([1, 2, 3]); a.reserve_capacity(10); (a.capacity(), @deque.from_array([1, 2, 3]).capacity(), (@deque.new() : @deque.Deque[Int]).capacity(), (@deque.new(capacity=1024) : @deque.Deque[Int]).capacity()) }`, '(10, 3, 0, 1024)', () =>
  show(T(Int, Int, Int, Int), [dq('capacity')(deque([1, 2, 3], 10)), dq('capacity')(deque([1, 2, 3], 1)), dq('capacity')(deque([], -4)), dq('capacity')(deque([], 1024))]),
);
c(`((@deque.new() : @deque.Deque[Int]).capacity(), (@deque.new(capacity=5) : @deque.Deque[Int]).capacity(), (@deque.Deque::new(capacity=2) : @deque.Deque[Int]).length())`, '(0, 5, 0)', () =>
  show(T(Int, Int, Int), [dq('capacity')(fnOf(dequeMod, '@deque.new')(undefined)), dq('capacity')(fnOf(dequeMod, '@deque.new')(5)), dq('length')(dq('new')(2))]),
);
c(`{ let d : @deque.Deque[Int] = @deque.Deque([]); let caps = []; for i in 0..<20 { d.push_back(i); caps.push(d.capacity()) }; (caps, lay(d)) } ||| { let d : @deque.Deque[Int] = @deque.new(); let caps = []; for i in 0..<20 { d.push_back(i); caps.push(d.capacity()) }; (caps, lay(d)) }`, '([8, 8, 8, 8, 8, 8, 8, 8, 16, 16, 16, 16, 16, 16, 16, 16, 32, 32, 32, 32], (@deque.from_array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]), 32, ([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19], [])))', () => {
  const d = deque([]);
  const caps = [];
  for (let i = 0; i < 20; i++) {
    dq('push_back')(d, i);
    caps.push(dq('capacity')(d));
  }
  return show(T(A(Int), LAYOUT), [caps, [d, dq('capacity')(d), dq('as_views')(d)]]);
});
c(`{ let d = @deque.Deque([1, 2, 3]); d.push_back(4); let a = lay(d).to_string(); d.push_front(0); "\\{a} \\{lay(d)}" } ||| { let d = @deque.from_array([1, 2, 3]); d.push_back(4); let a = lay(d).to_string(); d.push_front(0); "\\{a} \\{lay(d)}" }`, '(@deque.from_array([1, 2, 3, 4]), 6, ([1, 2, 3, 4], [])) (@deque.from_array([0, 1, 2, 3, 4]), 6, ([0], [1, 2, 3, 4]))', () => {
  const d = deque([1, 2, 3]);
  dq('push_back')(d, 4);
  const a = lay(d);
  dq('push_front')(d, 0);
  return `${a} ${lay(d)}`;
});
// push_front into empty storage starts at the last slot.
c(`{ let d : @deque.Deque[Int] = @deque.Deque([]); d.push_front(1); let a = lay(d).to_string(); d.push_front(2); d.push_back(3); "\\{a} \\{lay(d)}" } ||| { let d : @deque.Deque[Int] = @deque.new(); d.push_front(1); let a = lay(d).to_string(); d.push_front(2); d.push_back(3); "\\{a} \\{lay(d)}" }`, '(@deque.from_array([1]), 8, ([1], [])) (@deque.from_array([2, 1, 3]), 8, ([2, 1], [3]))', () => {
  const d = deque([]);
  dq('push_front')(d, 1);
  const a = lay(d);
  dq('push_front')(d, 2);
  dq('push_back')(d, 3);
  return `${a} ${lay(d)}`;
});
c(`{ let d = ring(4, 4, 2); let a = lay(d).to_string(); d.push_back(9); "\\{a} \\{lay(d)}" }`, '(@deque.from_array([2, 3, 4, 5]), 4, ([2, 3], [4, 5])) (@deque.from_array([2, 3, 4, 5, 9]), 8, ([2, 3, 4, 5, 9], []))', () => {
  const d = ring(4, 4, 2);
  const a = lay(d);
  dq('push_back')(d, 9);
  return `${a} ${lay(d)}`;
});
c(`{ let d = ring(4, 4, 3); let a = lay(d).to_string(); d.push_front(9); "\\{a} \\{lay(d)}" }`, '(@deque.from_array([3, 4, 5, 6]), 4, ([3], [4, 5, 6])) (@deque.from_array([9, 3, 4, 5, 6]), 8, ([9], [3, 4, 5, 6]))', () => {
  const d = ring(4, 4, 3);
  const a = lay(d);
  dq('push_front')(d, 9);
  return `${a} ${lay(d)}`;
});
c(`{ let d = ring(8, 6, 5); (d.front(), d.back(), d.get(0), d.get(5), d.get(6), d.get(-1), d[2], d[3], d.at(5)) }`, '(Some(5), Some(10), Some(5), Some(10), None, None, 7, 8, 10)', () => {
  const d = ring(8, 6, 5);
  return show(T(O(Int), O(Int), O(Int), O(Int), O(Int), O(Int), Int, Int, Int), [
    dq('front')(d), dq('back')(d), dq('get')(d, 0), dq('get')(d, 5), dq('get')(d, 6), dq('get')(d, -1), dq('at')(d, 2), dq('at')(d, 3), dq('at')(d, 5),
  ]);
});
c(`{ let d = ring(8, 6, 5); d[0] = 50; d[3] = 80; d.set(5, 100); lay(d) }`, '(@deque.from_array([50, 6, 7, 80, 9, 100]), 8, ([50, 6, 7], [80, 9, 100]))', () => {
  const d = ring(8, 6, 5);
  dq('set')(d, 0, 50);
  dq('set')(d, 3, 80);
  dq('set')(d, 5, 100);
  return lay(d);
});
c(`{ let d : @deque.Deque[Int] = @deque.Deque([]); (d.front(), d.back(), d.pop_front(), d.pop_back(), d.is_empty(), d.length()) } ||| { let d : @deque.Deque[Int] = @deque.new(); (d.front(), d.back(), d.pop_front(), d.pop_back(), d.is_empty(), d.length()) }`, '(None, None, None, None, true, 0)', () => {
  const d = deque([]);
  return show(T(O(Int), O(Int), O(Int), O(Int), Bool, Int), [dq('front')(d), dq('back')(d), dq('pop_front')(d), dq('pop_back')(d), dq('is_empty')(d), dq('length')(d)]);
});
// Popping to empty leaves `head` where it was: the next push goes there.
c(`{ let d = ring(4, 4, 2); let a = "\\{d.pop_front()} \\{d.pop_back()} \\{lay(d)}"; let b = "\\{d.pop_back()} \\{d.pop_back()} \\{d.pop_back()} \\{lay(d)}"; d.push_back(7); d.push_back(8); "\\{a} \\{b} \\{lay(d)}" }`, 'Some(2) Some(5) (@deque.from_array([3, 4]), 4, ([3], [4])) Some(4) Some(3) None (@deque.from_array([]), 4, ([], [])) (@deque.from_array([7, 8]), 4, ([7], [8]))', () => {
  const d = ring(4, 4, 2);
  const p = (o: unknown) => show(O(Int), o);
  const a = `${p(dq('pop_front')(d))} ${p(dq('pop_back')(d))} ${lay(d)}`;
  const b = `${p(dq('pop_back')(d))} ${p(dq('pop_back')(d))} ${p(dq('pop_back')(d))} ${lay(d)}`;
  dq('push_back')(d, 7);
  dq('push_back')(d, 8);
  return `${a} ${b} ${lay(d)}`;
});
c(`{ let d = ring(4, 4, 3); d.unsafe_pop_front(); d.unsafe_pop_back(); lay(d) }`, '(@deque.from_array([4, 5]), 4, ([4, 5], []))', () => {
  const d = ring(4, 4, 3);
  dq('unsafe_pop_front')(d);
  dq('unsafe_pop_back')(d);
  return lay(d);
});
// insert shifts the front part left when the index is in the first half, else the back part right.
// The views alias the storage: printed after a later insert, they show its moves.
c(`{ let d = ring(8, 6, 5); d.insert(1, 90); let a = lay(d); let s = a.to_string(); d.insert(5, 91); (s, a, lay(d)) }`, '("(@deque.from_array([5, 90, 6, 7, 8, 9, 10]), 8, ([5, 90, 6, 7], [8, 9, 10]))", (@deque.from_array([5, 90, 6, 7, 8, 91, 9, 10]), 8, ([5, 90, 6, 7], [8, 91, 9])), (@deque.from_array([5, 90, 6, 7, 8, 91, 9, 10]), 8, ([5, 90, 6, 7], [8, 91, 9, 10])))', () => {
  const d = ring(8, 6, 5);
  dq('insert')(d, 1, 90);
  const a = [d, dq('capacity')(d), dq('as_views')(d)];
  const s = show(LAYOUT, a);
  dq('insert')(d, 5, 91);
  return show(T(Str, LAYOUT, LAYOUT), [s, a, [d, dq('capacity')(d), dq('as_views')(d)]]);
});
c(`{ let d = ring(8, 6, 5); d.insert(0, 90); d.insert(7, 91); let a = lay(d).to_string(); d.insert(3, 92); "\\{a} \\{lay(d)}" }`, '(@deque.from_array([90, 5, 6, 7, 8, 9, 10, 91]), 8, ([90, 5, 6, 7], [8, 9, 10, 91])) (@deque.from_array([90, 5, 6, 92, 7, 8, 9, 10, 91]), 16, ([90], [5, 6, 92, 7, 8, 9, 10, 91]))', () => {
  const d = ring(8, 6, 5);
  dq('insert')(d, 0, 90);
  dq('insert')(d, 7, 91);
  const a = lay(d);
  dq('insert')(d, 3, 92);
  return `${a} ${lay(d)}`;
});
c(`{ let d : @deque.Deque[Int] = @deque.Deque([]); d.insert(0, 1); d.insert(0, 2); d.insert(2, 3); lay(d) } ||| { let d : @deque.Deque[Int] = @deque.new(); d.insert(0, 1); d.insert(0, 2); d.insert(2, 3); lay(d) }`, '(@deque.from_array([2, 1, 3]), 8, ([2, 1, 3], []))', () => {
  const d = deque([]);
  dq('insert')(d, 0, 1);
  dq('insert')(d, 0, 2);
  dq('insert')(d, 2, 3);
  return lay(d);
});
c(`{ let d = ring(8, 7, 5); let a = d.remove(1); let b = lay(d).to_string(); let e = d.remove(4); "\\{a} \\{b} \\{e} \\{lay(d)}" }`, '6 (@deque.from_array([5, 7, 8, 9, 10, 11]), 8, ([5, 7], [8, 9, 10, 11])) 10 (@deque.from_array([5, 7, 8, 9, 11]), 8, ([5, 7], [8, 9, 11]))', () => {
  const d = ring(8, 7, 5);
  const a = dq('remove')(d, 1);
  const b = lay(d);
  const e = dq('remove')(d, 4);
  return `${a} ${b} ${e} ${lay(d)}`;
});
c(`{ let d = ring(4, 4, 2); let a = d.remove(0); let b = d.remove(2); let e = d.remove(0); (a, b, e, lay(d)) }`, '(2, 5, 3, (@deque.from_array([4]), 4, ([4], [])))', () => {
  const d = ring(4, 4, 2);
  return `(${dq('remove')(d, 0)}, ${dq('remove')(d, 2)}, ${dq('remove')(d, 0)}, ${lay(d)})`;
});
c(`{ let a = ring(4, 3, 3); let b = ring(4, 4, 2); let s = a + b; (lay(s), lay(a.add(b)), lay(a), lay(b)) }`, '((@deque.from_array([3, 4, 5, 2, 3, 4, 5]), 7, ([3, 4, 5, 2, 3, 4, 5], [])), (@deque.from_array([3, 4, 5, 2, 3, 4, 5]), 7, ([3, 4, 5, 2, 3, 4, 5], [])), (@deque.from_array([3, 4, 5]), 4, ([3], [4, 5])), (@deque.from_array([2, 3, 4, 5]), 4, ([2, 3], [4, 5])))', () => {
  const a = ring(4, 3, 3);
  const b = ring(4, 4, 2);
  return `(${lay(method(DQ(Int), 'Add.add', a, b))}, ${lay(dq('add')(a, b))}, ${lay(a)}, ${lay(b)})`;
});
// append grows to twice the capacity, or to exactly what is needed when that is more.
c(`{ let a = ring(4, 3, 3); a.append(ring(4, 2, 1)); let x = lay(a); let b = @deque.Deque([1, 2]); b.append(ring(8, 7, 5)); let y = lay(b); let e = ring(8, 3, 6); e.append(@deque.Deque([])); e.append(@deque.Deque([9, 9])); (x, y, lay(e)) } ||| { let a = ring(4, 3, 3); a.append(ring(4, 2, 1)); let x = lay(a); let b = @deque.from_array([1, 2]); b.append(ring(8, 7, 5)); let y = lay(b); let e = ring(8, 3, 6); e.append(@deque.from_array([])); e.append(@deque.from_array([9, 9])); (x, y, lay(e)) }`, '((@deque.from_array([3, 4, 5, 1, 2]), 8, ([3, 4, 5, 1, 2], [])), (@deque.from_array([1, 2, 5, 6, 7, 8, 9, 10, 11]), 9, ([1, 2, 5, 6, 7, 8, 9, 10, 11], [])), (@deque.from_array([6, 7, 8, 9, 9]), 8, ([6, 7], [8, 9, 9])))', () => {
  const a = ring(4, 3, 3);
  dq('append')(a, ring(4, 2, 1));
  const b = deque([1, 2]);
  dq('append')(b, ring(8, 7, 5));
  const e = ring(8, 3, 6);
  dq('append')(e, deque([]));
  dq('append')(e, deque([9, 9]));
  return `(${lay(a)}, ${lay(b)}, ${lay(e)})`;
});
c(`{ let a = ring(8, 3, 6); a.append(a); let x = lay(a).to_string(); a.append(a); "\\{x} \\{lay(a)}" }`, '(@deque.from_array([6, 7, 8, 6, 7, 8]), 8, ([6, 7], [8, 6, 7, 8])) (@deque.from_array([6, 7, 8, 6, 7, 8, 6, 7, 8, 6, 7, 8]), 16, ([6, 7, 8, 6, 7, 8, 6, 7, 8, 6, 7, 8], []))', () => {
  const a = ring(8, 3, 6);
  dq('append')(a, a);
  const x = lay(a);
  dq('append')(a, a);
  return `${x} ${lay(a)}`;
});
c(`{ let src = @deque.Deque([1, 2, 3, 4, 5]); let dst = @deque.Deque([0, 0, 0, 0, 0]); src.blit_to(dst, len=3, src_offset=1, dst_offset=2); let x = lay(dst); let e : @deque.Deque[Int] = @deque.Deque([]); src.blit_to(e, len=2); (x, lay(e)) } ||| { let src = @deque.from_array([1, 2, 3, 4, 5]); let dst = @deque.from_array([0, 0, 0, 0, 0]); src.blit_to(dst, len=3, src_offset=1, dst_offset=2); let x = lay(dst); let e : @deque.Deque[Int] = @deque.new(); src.blit_to(e, len=2); (x, lay(e)) }`, '((@deque.from_array([0, 0, 2, 3, 4]), 5, ([0, 0, 2, 3, 4], [])), (@deque.from_array([1, 2]), 2, ([1, 2], [])))', () => {
  const src = deque([1, 2, 3, 4, 5]);
  const dst = deque([0, 0, 0, 0, 0]);
  dq('blit_to')(src, dst, 3, 1, 2);
  const e = deque([]);
  dq('blit_to')(src, e, 2, undefined, undefined);
  return `(${lay(dst)}, ${lay(e)})`;
});
c(`{ let dst = ring(8, 5, 6); ring(8, 6, 3).blit_to(dst, len=4, src_offset=1, dst_offset=2); let x = lay(dst); let d2 = ring(8, 5, 6); ring(8, 6, 3).blit_to(d2, len=2, dst_offset=4); (x, lay(d2)) }`, '((@deque.from_array([6, 7, 4, 5, 6, 7]), 8, ([6, 7], [4, 5, 6, 7])), (@deque.from_array([6, 7, 8, 9, 3, 4]), 8, ([6, 7], [8, 9, 3, 4])))', () => {
  const dst = ring(8, 5, 6);
  dq('blit_to')(ring(8, 6, 3), dst, 4, 1, 2);
  const d2 = ring(8, 5, 6);
  dq('blit_to')(ring(8, 6, 3), d2, 2, undefined, 4);
  return `(${lay(dst)}, ${lay(d2)})`;
});
// Within one deque: forward over its own source copies backwards.
c(`{ let a = ring(8, 6, 5); a.blit_to(a, len=4, src_offset=0, dst_offset=1); let x = lay(a); let b = ring(8, 6, 5); b.blit_to(b, len=4, src_offset=2, dst_offset=0); let y = lay(b); let e = ring(8, 6, 5); e.blit_to(e, len=4, src_offset=1, dst_offset=4); (x, y, lay(e)) }`, '((@deque.from_array([5, 5, 6, 7, 8, 10]), 8, ([5, 5, 6], [7, 8, 10])), (@deque.from_array([7, 8, 9, 10, 9, 10]), 8, ([7, 8, 9], [10, 9, 10])), (@deque.from_array([5, 6, 7, 8, 6, 7, 8, 9]), 8, ([5, 6, 7], [8, 6, 7, 8, 9])))', () => {
  const a = ring(8, 6, 5);
  dq('blit_to')(a, a, 4, 0, 1);
  const b = ring(8, 6, 5);
  dq('blit_to')(b, b, 4, 2, 0);
  const e = ring(8, 6, 5);
  dq('blit_to')(e, e, 4, 1, 4);
  return `(${lay(a)}, ${lay(b)}, ${lay(e)})`;
});
c(`{ let d = ring(8, 6, 5); (lay(d.copy()), lay(d.map(x => x * 10)), lay(d.mapi((i, x) => i - x)), lay(d.filter(x => x % 2 == 0)), lay(d.rev())) }`, '((@deque.from_array([5, 6, 7, 8, 9, 10]), 6, ([5, 6, 7, 8, 9, 10], [])), (@deque.from_array([50, 60, 70, 80, 90, 100]), 6, ([50, 60, 70, 80, 90, 100], [])), (@deque.from_array([-5, -5, -5, -5, -5, -5]), 6, ([-5, -5, -5, -5, -5, -5], [])), (@deque.from_array([6, 8, 10]), 8, ([6, 8, 10], [])), (@deque.from_array([10, 9, 8, 7, 6, 5]), 6, ([10, 9, 8, 7, 6, 5], [])))', () => {
  const d = ring(8, 6, 5);
  return `(${lay(dq('copy')(d))}, ${lay(dq('map')(d, (x: number) => x * 10))}, ${lay(dq('mapi')(d, (i: number, x: number) => i - x))}, ${lay(dq('filter')(d, (x: number) => x % 2 === 0))}, ${lay(dq('rev')(d))})`;
});
c(`{ let e : @deque.Deque[Int] = @deque.Deque([], capacity=4); (lay(e.copy()), lay(e.map(x => x)), lay(e.filter(_ => true)), lay(e.rev()), e.to_array()) } ||| { let e : @deque.Deque[Int] = @deque.new(capacity=4); (lay(e.copy()), lay(e.map(x => x)), lay(e.filter(_ => true)), lay(e.rev()), e.to_array()) }`, '((@deque.from_array([]), 0, ([], [])), (@deque.from_array([]), 0, ([], [])), (@deque.from_array([]), 0, ([], [])), (@deque.from_array([]), 0, ([], [])), [])', () => {
  const e = deque([], 4);
  return `(${lay(dq('copy')(e))}, ${lay(dq('map')(e, (x: number) => x))}, ${lay(dq('filter')(e, () => true))}, ${lay(dq('rev')(e))}, ${show(A(Int), dq('to_array')(e))})`;
});
c(`{ let d = @deque.Deque([1, 2, 2, 2, 5, 7]); (d.contains(5), d.contains(6), d.search(2), d.search(9), d.binary_search(2), d.binary_search(6), d.binary_search(0), d.binary_search(8), d.binary_search_by(x => x.compare(7))) } ||| { let d = @deque.from_array([1, 2, 2, 2, 5, 7]); (d.contains(5), d.contains(6), d.search(2), d.search(9), d.binary_search(2), d.binary_search(6), d.binary_search(0), d.binary_search(8), d.binary_search_by(x => x.compare(7))) }`, '(true, false, Some(1), None, Ok(1), Err(5), Err(0), Err(6), Ok(5))', () => {
  const d = deque([1, 2, 2, 2, 5, 7]);
  const RI = R(Int, Int);
  return show(T(Bool, Bool, O(Int), O(Int), RI, RI, RI, RI, RI), [
    dq('contains')(Int, d, 5), dq('contains')(Int, d, 6), dq('search')(Int, d, 2), dq('search')(Int, d, 9), dq('binary_search')(Int, d, 2),
    dq('binary_search')(Int, d, 6), dq('binary_search')(Int, d, 0), dq('binary_search')(Int, d, 8), dq('binary_search_by')(d, (x: number) => (x < 7 ? -1 : x > 7 ? 1 : 0)),
  ]);
});
c(`{ let d = ring(8, 6, 5); (d.search(8), d.binary_search(9), (@deque.Deque([]) : @deque.Deque[Int]).binary_search(1)) } ||| { let d = ring(8, 6, 5); (d.search(8), d.binary_search(9), (@deque.from_array([]) : @deque.Deque[Int]).binary_search(1)) }`, '(Some(3), Ok(4), Err(0))', () => {
  const d = ring(8, 6, 5);
  return show(T(O(Int), R(Int, Int), R(Int, Int)), [dq('search')(Int, d, 8), dq('binary_search')(Int, d, 9), dq('binary_search')(Int, deque([]), 1)]);
});
c(`{ let d = ring(8, 6, 5); let a = []; d.each(x => a.push(x)); let b = []; d.eachi((i, x) => b.push((i, x))); let r = []; d.rev_each(x => r.push(x)); let ri = []; d.rev_eachi((i, x) => ri.push((i, x))); (a, b, r, ri) }`, '([5, 6, 7, 8, 9, 10], [(0, 5), (1, 6), (2, 7), (3, 8), (4, 9), (5, 10)], [10, 9, 8, 7, 6, 5], [(0, 10), (1, 9), (2, 8), (3, 7), (4, 6), (5, 5)])', () => {
  const d = ring(8, 6, 5);
  const a: unknown[] = [];
  dq('each')(d, (x: number) => a.push(x));
  const b: unknown[] = [];
  dq('eachi')(d, (i: number, x: number) => b.push([i, x]));
  const r: unknown[] = [];
  dq('rev_each')(d, (x: number) => r.push(x));
  const ri: unknown[] = [];
  dq('rev_eachi')(d, (i: number, x: number) => ri.push([i, x]));
  return show(T(A(Int), A(T(Int, Int)), A(Int), A(T(Int, Int))), [a, b, r, ri]);
});
c(`{ let d = ring(8, 6, 5); (d.iter(), d.rev_iter(), d.iter2().to_array(), d.rev_iter2().to_array(), d.iter().take(2)) } ||| { let d = ring(8, 6, 5); (d.iter(), d.rev_iter(), d.iter2().iter().to_array(), d.rev_iter2().iter().to_array(), d.iter().take(2)) }`, '([5, 6, 7, 8, 9, 10], [10, 9, 8, 7, 6, 5], [(0, 5), (1, 6), (2, 7), (3, 8), (4, 9), (5, 10)], [(0, 10), (1, 9), (2, 8), (3, 7), (4, 6), (5, 5)], [5, 6])', () => {
  const d = ring(8, 6, 5);
  const pairs = (it: { _0: Iter }) => fnOf(iterMod, 'Iter::to_array')(it._0);
  return show(T(I(Int), I(Int), A(T(Int, Int)), A(T(Int, Int)), I(Int)), [
    dq('iter')(d), dq('rev_iter')(d), pairs(dq('iter2')(d) as { _0: Iter }), pairs(dq('rev_iter2')(d) as { _0: Iter }), fnOf(iterMod, 'Iter::take')(dq('iter')(d), 2),
  ]);
});
// An iterator reads the storage live: a push_front after it was made shifts what it sees.
c(`{ let d = @deque.Deque([1, 2, 3], capacity=8); let it = d.iter(); d.push_front(0); it } ||| { let d : @deque.Deque[Int] = @deque.new(capacity=8); d.push_back(1); d.push_back(2); d.push_back(3); let it = d.iter(); d.push_front(0); it.take(3) }`, '[0, 1, 2]', () => {
  const d = deque([1, 2, 3], 8);
  const it = dq('iter')(d);
  dq('push_front')(d, 0);
  return show(I(Int), it);
});
c(`{ let d = ring(8, 6, 5); d.clear(); let a = "\\{lay(d)} \\{d.is_empty()}"; d.push_back(1); d.push_front(0); "\\{a} \\{lay(d)}" }`, '(@deque.from_array([]), 8, ([], [])) true (@deque.from_array([0, 1]), 8, ([0], [1]))', () => {
  const d = ring(8, 6, 5);
  dq('clear')(d);
  const a = `${lay(d)} ${dq('is_empty')(d)}`;
  dq('push_back')(d, 1);
  dq('push_front')(d, 0);
  return `${a} ${lay(d)}`;
});
c(`{ let d = ring(8, 7, 5); let x = d.extract_if(x => x % 3 == 0); (lay(x), lay(d)) }`, '((@deque.from_array([6, 9]), 8, ([6, 9], [])), (@deque.from_array([5, 7, 8, 10, 11]), 8, ([5, 7, 8], [10, 11])))', () => {
  const d = ring(8, 7, 5);
  const x = dq('extract_if')(d, (v: number) => v % 3 === 0);
  return `(${lay(x)}, ${lay(d)})`;
});
// Extracting everything keeps `head`; extracting from an empty deque gives one without storage.
c(`{ let d = ring(8, 3, 5); let x = d.extract_if(_ => true); let a = "\\{lay(x)} \\{lay(d)}"; d.push_back(1); d.push_back(2); d.push_back(3); d.push_back(4); let e : @deque.Deque[Int] = @deque.Deque([], capacity=3); "\\{a} \\{lay(d)} \\{lay(e.extract_if(_ => true))}" } ||| { let d = ring(8, 3, 5); let x = d.extract_if(_ => true); let a = "\\{lay(x)} \\{lay(d)}"; d.push_back(1); d.push_back(2); d.push_back(3); d.push_back(4); let e : @deque.Deque[Int] = @deque.new(capacity=3); "\\{a} \\{lay(d)} \\{lay(e.extract_if(_ => true))}" }`, '(@deque.from_array([5, 6, 7]), 8, ([5, 6, 7], [])) (@deque.from_array([]), 8, ([], [])) (@deque.from_array([1, 2, 3, 4]), 8, ([1, 2, 3], [4])) (@deque.from_array([]), 0, ([], []))', () => {
  const d = ring(8, 3, 5);
  const x = dq('extract_if')(d, () => true);
  const a = `${lay(x)} ${lay(d)}`;
  for (const v of [1, 2, 3, 4]) dq('push_back')(d, v);
  return `${a} ${lay(d)} ${lay(dq('extract_if')(deque([], 3), () => true))}`;
});
c(`{ let d = ring(8, 6, 5); d.reserve_capacity(6); let a = lay(d).to_string(); d.reserve_capacity(10); let b = lay(d).to_string(); d.shrink_to_fit(); let e = lay(d).to_string(); d.shrink_to_fit(); "\\{a} \\{b} \\{e} \\{lay(d)}" }`, '(@deque.from_array([5, 6, 7, 8, 9, 10]), 8, ([5, 6, 7], [8, 9, 10])) (@deque.from_array([5, 6, 7, 8, 9, 10]), 10, ([5, 6, 7, 8, 9, 10], [])) (@deque.from_array([5, 6, 7, 8, 9, 10]), 6, ([5, 6, 7, 8, 9, 10], [])) (@deque.from_array([5, 6, 7, 8, 9, 10]), 6, ([5, 6, 7, 8, 9, 10], []))', () => {
  const d = ring(8, 6, 5);
  dq('reserve_capacity')(d, 6);
  const a = lay(d);
  dq('reserve_capacity')(d, 10);
  const b = lay(d);
  dq('shrink_to_fit')(d);
  const e = lay(d);
  dq('shrink_to_fit')(d);
  return `${a} ${b} ${e} ${lay(d)}`;
});
c(`{ let d = ring(8, 6, 6); d.shrink_to_fit(); let a = lay(d); let e = ring(4, 0, 0); e.shrink_to_fit(); (a, lay(e)) }`, '((@deque.from_array([6, 7, 8, 9, 10, 11]), 6, ([6, 7, 8, 9, 10, 11], [])), (@deque.from_array([]), 0, ([], [])))', () => {
  const d = ring(8, 6, 6);
  dq('shrink_to_fit')(d);
  const e = ring(4, 0, 0);
  dq('shrink_to_fit')(e);
  return `(${lay(d)}, ${lay(e)})`;
});
c(`{ let a = ring(8, 6, 5); a.truncate(4); let b = ring(8, 6, 5); b.truncate(2); let e = ring(8, 6, 5); e.truncate(6); e.truncate(-1); e.truncate(9); let z = ring(8, 6, 5); z.truncate(0); z.push_back(1); (lay(a), lay(b), lay(e), lay(z)) }`, '((@deque.from_array([5, 6, 7, 8]), 8, ([5, 6, 7], [8])), (@deque.from_array([5, 6]), 8, ([5, 6], [])), (@deque.from_array([5, 6, 7, 8, 9, 10]), 8, ([5, 6, 7], [8, 9, 10])), (@deque.from_array([1]), 8, ([1], [])))', () => {
  const a = ring(8, 6, 5);
  dq('truncate')(a, 4);
  const b = ring(8, 6, 5);
  dq('truncate')(b, 2);
  const e = ring(8, 6, 5);
  for (const n of [6, -1, 9]) dq('truncate')(e, n);
  const z = ring(8, 6, 5);
  dq('truncate')(z, 0);
  dq('push_back')(z, 1);
  return `(${lay(a)}, ${lay(b)}, ${lay(e)}, ${lay(z)})`;
});
c(`{ let a = ring(8, 7, 5); a.retain(x => x % 2 == 1); let b = ring(8, 7, 5); b.retain_map(x => if x % 3 == 0 { None } else { Some(x * 10) }); let e = ring(8, 7, 5); e.retain(_ => false); e.push_back(1); let f = ring(8, 4, 1); f.retain_map(x => Some(-x)); (lay(a), lay(b), lay(e), lay(f)) }`, '((@deque.from_array([5, 7, 9, 11]), 8, ([5, 7, 9], [11])), (@deque.from_array([50, 70, 80, 100, 110]), 8, ([50, 70, 80], [100, 110])), (@deque.from_array([1]), 8, ([1], [])), (@deque.from_array([-1, -2, -3, -4]), 8, ([-1, -2, -3, -4], [])))', () => {
  const a = ring(8, 7, 5);
  dq('retain')(a, (x: number) => x % 2 === 1);
  const b = ring(8, 7, 5);
  dq('retain_map')(b, (x: number) => (x % 3 === 0 ? None : new Some(x * 10)));
  const e = ring(8, 7, 5);
  dq('retain')(e, () => false);
  dq('push_back')(e, 1);
  const f = ring(8, 4, 1);
  dq('retain_map')(f, (x: number) => new Some(-x));
  return `(${lay(a)}, ${lay(b)}, ${lay(e)}, ${lay(f)})`;
});
c(`(lay(@deque.from_iter([1, 2, 3].iter())), lay(@deque.Deque::from_iter((0).until(9))), lay(@deque.from_iter([].iter())))`, '((@deque.from_array([1, 2, 3]), 8, ([1, 2, 3], [])), (@deque.from_array([0, 1, 2, 3, 4, 5, 6, 7, 8]), 16, ([0, 1, 2, 3, 4, 5, 6, 7, 8], [])), (@deque.from_array([]), 0, ([], [])))', () =>
  `(${lay(fnOf(dequeMod, '@deque.from_iter')(fnOf(arrayMod, 'Array::iter')([1, 2, 3])))}, ${lay(dq('from_iter')(fnOf(arrayMod, 'Array::iter')(ints(9))))}, ${lay(fnOf(dequeMod, '@deque.from_iter')(fnOf(arrayMod, 'Array::iter')([])))})`,
);
c(`(ring(8, 6, 5).to_array(), @deque.Deque(["a", "b", "c"]).join(", "), @deque.Deque(["x"]).join("-"), (@deque.Deque([]) : @deque.Deque[String]).join("-")) ||| (ring(8, 6, 5).to_array(), @deque.from_array(["a", "b", "c"]).join(", "), @deque.from_array(["x"]).join("-"), (@deque.from_array([]) : @deque.Deque[String]).join("-"))`, '([5, 6, 7, 8, 9, 10], "a, b, c", "x", "")', () =>
  show(T(A(Int), Str, Str, Str), [dq('to_array')(ring(8, 6, 5)), dq('join')(deque(['a', 'b', 'c']), ', '), dq('join')(deque(['x']), '-'), dq('join')(deque([]), '-')]),
);
c(`(ring(8, 6, 5).to_json(), @deque.Deque(["a"]).to_json().stringify(), (@deque.Deque([]) : @deque.Deque[Int]).to_json()) ||| (ring(8, 6, 5).to_json(), @deque.from_array(["a"]).to_json().stringify(), (@deque.from_array([]) : @deque.Deque[Int]).to_json())`, '(Array([Number(5), Number(6), Number(7), Number(8), Number(9), Number(10)]), "[\\"a\\"]", Array([]))', () => {
  const j = (X: Desc, d: Dq) => method(DQ(X), 'ToJson.to_json', d) as J.Json;
  return show(T(JSON_, Str, JSON_), [j(Int, ring(8, 6, 5)), J.stringify(j(Str, deque(['a'])), false, 0, undefined), j(Int, deque([]))]);
});
const decode = (X: Desc, j: J.Json): string => {
  try {
    return lay(method(DQ(X), 'FromJson.from_json', j, ROOT));
  } catch (e) {
    if (e instanceof MoonBitError) return show(DECODE, e);
    throw e;
  }
};
c(`([[1, 2, 3], 1, [1, "x"], []] : Array[Json]).map(j => match (try? (@json.from_json(j) : @deque.Deque[Int])) { Ok(d) => lay(d).to_string(); Err(e) => e.to_string() })`, '["(@deque.from_array([1, 2, 3]), 3, ([1, 2, 3], []))", "JsonDecodeError((, \\"Deque::from_json: expected array\\"))", "JsonDecodeError((/1, \\"Int::from_json: expected number\\"))", "(@deque.from_array([]), 0, ([], []))"]', () =>
  show(A(Str), [J.array([J.number(1), J.number(2), J.number(3)]), J.number(1), J.array([J.number(1), J.string('x')]), J.array([])].map((j) => decode(Int, j))),
);
c(`{ let d = ring(8, 7, 5); let cs = d.chunks(3); (cs, cs.capacity(), cs.iter().map(c => c.capacity()).to_array(), d.chunks(7).length(), d.chunks(10)) }`, '(@deque.from_array([@deque.from_array([5, 6, 7]), @deque.from_array([8, 9, 10]), @deque.from_array([11])]), 8, [3, 3, 3], 1, @deque.from_array([@deque.from_array([5, 6, 7, 8, 9, 10, 11])]))', () => {
  const d = ring(8, 7, 5);
  const cs = dq('chunks')(d, 3);
  const caps = (dq('to_array')(cs) as unknown[]).map((x) => dq('capacity')(x));
  return show(T(DQ(DQ(Int)), Int, A(Int), Int, DQ(DQ(Int))), [cs, dq('capacity')(cs), caps, dq('length')(dq('chunks')(d, 7)), dq('chunks')(d, 10)]);
});
c(`{ let e : @deque.Deque[Int] = @deque.Deque([]); let g = @deque.Deque([1, 1, 2, 3, 3, 3, 1]).chunk_by((a, b) => a == b); (e.chunks(2), e.chunk_by((_, _) => true), g, g.capacity(), g.iter().map(c => c.capacity()).to_array()) } ||| { let e : @deque.Deque[Int] = @deque.new(); let g = @deque.from_array([1, 1, 2, 3, 3, 3, 1]).chunk_by((a, b) => a == b); (e.chunks(2), e.chunk_by((_, _) => true), g, g.capacity(), g.iter().map(c => c.capacity()).to_array()) }`, '(@deque.from_array([]), @deque.from_array([]), @deque.from_array([@deque.from_array([1, 1]), @deque.from_array([2]), @deque.from_array([3, 3, 3]), @deque.from_array([1])]), 8, [8, 8, 8, 8])', () => {
  const e = deque([]);
  const g = dq('chunk_by')(deque([1, 1, 2, 3, 3, 3, 1]), (a: number, b: number) => a === b);
  const caps = (dq('to_array')(g) as unknown[]).map((x) => dq('capacity')(x));
  return show(T(DQ(DQ(Int)), DQ(DQ(Int)), DQ(DQ(Int)), Int, A(Int)), [dq('chunks')(e, 2), dq('chunk_by')(e, () => true), g, dq('capacity')(g), caps]);
});
c(`{ let n = @deque.Deque([ring(4, 3, 3), @deque.Deque([]), ring(8, 6, 5)]); lay(n.flatten()) } ||| { let n = @deque.from_array([ring(4, 3, 3), @deque.from_array([]), ring(8, 6, 5)]); lay(n.flatten()) }`, '(@deque.from_array([3, 4, 5, 5, 6, 7, 8, 9, 10]), 9, ([3, 4, 5, 5, 6, 7, 8, 9, 10], []))', () =>
  lay(dq('flatten')(deque([ring(4, 3, 3), deque([]), ring(8, 6, 5)]))),
);
// drain: every branch of core's gap closing, on a deque of 5..10 from slot 5
// (front part 5, 6, 7; wrapped part 8, 9, 10).
const drains: [start: number, len: number | undefined, expected: string][] = [
  [0, 3, '(@deque.from_array([5, 6, 7]), 3, ([5, 6, 7], [])) (@deque.from_array([8, 9, 10]), 8, ([8, 9, 10], [])) (@deque.from_array([21, 8, 9, 10, 20]), 8, ([21], [8, 9, 10, 20]))'], [0, 2, '(@deque.from_array([5, 6]), 2, ([5, 6], [])) (@deque.from_array([7, 8, 9, 10]), 8, ([7], [8, 9, 10])) (@deque.from_array([21, 7, 8, 9, 10, 20]), 8, ([21, 7], [8, 9, 10, 20]))'], [1, 1, '(@deque.from_array([6]), 1, ([6], [])) (@deque.from_array([5, 7, 8, 9, 10]), 8, ([5, 7], [8, 9, 10])) (@deque.from_array([21, 5, 7, 8, 9, 10, 20]), 8, ([21, 5, 7], [8, 9, 10, 20]))'], [1, 2, '(@deque.from_array([6, 7]), 2, ([6, 7], [])) (@deque.from_array([5, 8, 9, 10]), 8, ([5], [8, 9, 10])) (@deque.from_array([21, 5, 8, 9, 10, 20]), 8, ([21, 5], [8, 9, 10, 20]))'], [0, 4, '(@deque.from_array([5, 6, 7, 8]), 4, ([5, 6, 7, 8], [])) (@deque.from_array([9, 10]), 8, ([9, 10], [])) (@deque.from_array([21, 9, 10, 20]), 8, ([21, 9, 10, 20], []))'], [0, 6, '(@deque.from_array([5, 6, 7, 8, 9, 10]), 6, ([5, 6, 7, 8, 9, 10], [])) (@deque.from_array([]), 8, ([], [])) (@deque.from_array([21, 20]), 8, ([21], [20]))'], [1, 3, '(@deque.from_array([6, 7, 8]), 3, ([6, 7, 8], [])) (@deque.from_array([5, 9, 10]), 8, ([5], [9, 10])) (@deque.from_array([21, 5, 9, 10, 20]), 8, ([21, 5], [9, 10, 20]))'], [2, 4, '(@deque.from_array([7, 8, 9, 10]), 4, ([7, 8, 9, 10], [])) (@deque.from_array([5, 6]), 8, ([5, 6], [])) (@deque.from_array([21, 5, 6, 20]), 8, ([21, 5, 6, 20], []))'],
  [1, 5, '(@deque.from_array([6, 7, 8, 9, 10]), 5, ([6, 7, 8, 9, 10], [])) (@deque.from_array([5]), 8, ([5], [])) (@deque.from_array([21, 5, 20]), 8, ([21, 5, 20], []))'], [3, 1, '(@deque.from_array([8]), 1, ([8], [])) (@deque.from_array([5, 6, 7, 9, 10]), 8, ([5, 6, 7], [9, 10])) (@deque.from_array([21, 5, 6, 7, 9, 10, 20]), 8, ([21, 5, 6, 7], [9, 10, 20]))'], [4, 2, '(@deque.from_array([9, 10]), 2, ([9, 10], [])) (@deque.from_array([5, 6, 7, 8]), 8, ([5, 6, 7], [8])) (@deque.from_array([21, 5, 6, 7, 8, 20]), 8, ([21, 5, 6, 7], [8, 20]))'], [3, 3, '(@deque.from_array([8, 9, 10]), 3, ([8, 9, 10], [])) (@deque.from_array([5, 6, 7]), 8, ([5, 6, 7], [])) (@deque.from_array([21, 5, 6, 7, 20]), 8, ([21, 5, 6, 7], [20]))'], [5, 1, '(@deque.from_array([10]), 1, ([10], [])) (@deque.from_array([5, 6, 7, 8, 9]), 8, ([5, 6, 7], [8, 9])) (@deque.from_array([21, 5, 6, 7, 8, 9, 20]), 8, ([21, 5, 6, 7], [8, 9, 20]))'], [6, 0, '(@deque.from_array([]), 0, ([], [])) (@deque.from_array([5, 6, 7, 8, 9, 10]), 8, ([5, 6, 7], [8, 9, 10])) (@deque.from_array([21, 5, 6, 7, 8, 9, 10, 20]), 8, ([21, 5, 6, 7], [8, 9, 10, 20]))'], [2, undefined, '(@deque.from_array([7, 8, 9, 10]), 4, ([7, 8, 9, 10], [])) (@deque.from_array([5, 6]), 8, ([5, 6], [])) (@deque.from_array([21, 5, 6, 20]), 8, ([21, 5, 6, 20], []))'], [0, undefined, '(@deque.from_array([5, 6, 7, 8, 9, 10]), 6, ([5, 6, 7, 8, 9, 10], [])) (@deque.from_array([]), 8, ([], [])) (@deque.from_array([21, 20]), 8, ([21], [20]))'],
];
for (const [start, len, expected] of drains) {
  const arg = len === undefined ? '' : `, len=${len}`;
  c(`{ let d = ring(8, 6, 5); let x = d.drain(start=${start}${arg}); let a = "\\{lay(x)} \\{lay(d)}"; d.push_back(20); d.push_front(21); "\\{a} \\{lay(d)}" }`, expected, () => {
    const d = ring(8, 6, 5);
    const x = dq('drain')(d, start, len === undefined ? None : new Some(len));
    const a = `${lay(x)} ${lay(d)}`;
    dq('push_back')(d, 20);
    dq('push_front')(d, 21);
    return `${a} ${lay(d)}`;
  });
}
c(`{ let d = ring(8, 4, 1); let x = d.drain(start=1, len=2); (lay(x), lay(d)) }`, '((@deque.from_array([2, 3]), 2, ([2, 3], [])), (@deque.from_array([1, 4]), 8, ([1, 4], [])))', () => {
  const d = ring(8, 4, 1);
  const x = dq('drain')(d, 1, new Some(2));
  return `(${lay(x)}, ${lay(d)})`;
});
c(`{ let a = ring(8, 3, 5); let b = @deque.Deque([5, 6, 7]); let e : @deque.Deque[Int] = @deque.Deque([]); (a == b, a.equal(b), a == ring(8, 3, 6), a.compare(b), b.compare(@deque.Deque([5, 6, 8])), @deque.Deque([9]).compare(b), b.compare(@deque.Deque([1])), e.compare(e), e == @deque.Deque([], capacity=5)) } ||| { let a = ring(8, 3, 5); let b = @deque.from_array([5, 6, 7]); let e : @deque.Deque[Int] = @deque.new(); (a == b, a.equal(b), a == ring(8, 3, 6), a.compare(b), b.compare(@deque.from_array([5, 6, 8])), @deque.from_array([9]).compare(b), b.compare(@deque.from_array([1])), e.compare(e), e == @deque.new(capacity=5)) }`, '(true, true, false, 0, -1, -1, 1, 0, true)', () => {
  const a = ring(8, 3, 5);
  const b = deque([5, 6, 7]);
  const e = deque([]);
  const D = DQ(Int);
  return show(T(Bool, Bool, Bool, Int, Int, Int, Int, Int, Bool), [
    method(D, 'Eq.equal', a, b), dq('equal')(Int, a, b), method(D, 'Eq.equal', a, ring(8, 3, 6)), method(D, 'Compare.compare', a, b),
    dq('compare')(Int, b, deque([5, 6, 8])), dq('compare')(Int, deque([9]), b), dq('compare')(Int, b, deque([1])), dq('compare')(Int, e, e), method(D, 'Eq.equal', e, deque([], 5)),
  ]);
});
// Hash combines the elements in order, as Array's does.
c(`(ring(8, 6, 5).hash() == [5, 6, 7, 8, 9, 10].hash(), ring(8, 6, 5).hash() == ring(16, 6, 5).hash(), @deque.Deque(["a", "b"]).hash() == ["a", "b"].hash(), @deque.Deque([1, 2]).hash() == @deque.Deque([2, 1]).hash()) ||| (ring(8, 6, 5).hash() == [5, 6, 7, 8, 9, 10].hash(), ring(8, 6, 5).hash() == ring(16, 6, 5).hash(), @deque.from_array(["a", "b"]).hash() == ["a", "b"].hash(), @deque.from_array([1, 2]).hash() == @deque.from_array([2, 1]).hash())`, '(true, true, true, false)', () => {
  const h = (X: Desc, d: Dq) => dq('hash')(X, d);
  const arrayHash = (X: Desc, xs: unknown[]) => method(A(X), 'Hash.hash', xs);
  return show(T(Bool, Bool, Bool, Bool), [
    h(Int, ring(8, 6, 5)) === arrayHash(Int, ints(6, 5)), method(DQ(Int), 'Hash.hash', ring(8, 6, 5)) === h(Int, ring(16, 6, 5)),
    h(Str, deque(['a', 'b'])) === arrayHash(Str, ['a', 'b']), h(Int, deque([1, 2])) === h(Int, deque([2, 1])),
  ]);
});
c(`{ let a = ring(8, 6, 5); a.rev_in_place(); let b = ring(8, 7, 5); b.rev_in_place(); let e = ring(4, 0, 0); e.rev_in_place(); let o = ring(4, 1, 3); o.rev_in_place(); (lay(a), lay(b), lay(e), lay(o)) }`, '((@deque.from_array([10, 9, 8, 7, 6, 5]), 8, ([10, 9, 8], [7, 6, 5])), (@deque.from_array([11, 10, 9, 8, 7, 6, 5]), 8, ([11, 10, 9], [8, 7, 6, 5])), (@deque.from_array([]), 4, ([], [])), (@deque.from_array([3]), 4, ([3], [])))', () => {
  const ds = [ring(8, 6, 5), ring(8, 7, 5), ring(4, 0, 0), ring(4, 1, 3)];
  for (const d of ds) dq('rev_in_place')(d);
  return `(${ds.map(lay).join(', ')})`;
});
// shuffle: Fisher-Yates from the back, `rand(n)` choosing among the first n.
c(`{ let a = ring(8, 6, 5); a.shuffle_in_place(rand=n => n / 2); let b = ring(8, 6, 5); let s = b.shuffle(rand=_ => 0); let e = ring(8, 6, 5); e.shuffle_in_place(rand=n => n - 1); (lay(a), lay(b), lay(s), lay(e)) }`, '((@deque.from_array([5, 10, 6, 9, 7, 8]), 8, ([5, 10, 6], [9, 7, 8])), (@deque.from_array([5, 6, 7, 8, 9, 10]), 8, ([5, 6, 7], [8, 9, 10])), (@deque.from_array([6, 7, 8, 9, 10, 5]), 6, ([6, 7, 8, 9, 10, 5], [])), (@deque.from_array([5, 6, 7, 8, 9, 10]), 8, ([5, 6, 7], [8, 9, 10])))', () => {
  const a = ring(8, 6, 5);
  dq('shuffle_in_place')(a, (n: number) => Math.trunc(n / 2));
  const b = ring(8, 6, 5);
  const s = dq('shuffle')(b, () => 0);
  const e = ring(8, 6, 5);
  dq('shuffle_in_place')(e, (n: number) => n - 1);
  return `(${lay(a)}, ${lay(b)}, ${lay(s)}, ${lay(e)})`;
});
c(`[@debug.to_string(ring(8, 6, 5)), @debug.to_string(@deque.Deque([@deque.Deque(["a"]), @deque.Deque([])])), @debug.to_string((@deque.Deque([]) : @deque.Deque[Int]))] ||| [@debug.to_string(ring(8, 6, 5)), @debug.to_string(@deque.from_array([@deque.from_array(["a"]), @deque.from_array([])])), @debug.to_string((@deque.from_array([]) : @deque.Deque[Int]))]`, '["<Deque: [5, 6, 7, 8, 9, 10]>", "<Deque: [<Deque: [\\"a\\"]>, <Deque: []>]>", "<Deque: []>"]', () =>
  show(A(Str), [debugString(DQ(Int), ring(8, 6, 5)), debugString(DQ(DQ(Str)), deque([deque(['a']), deque([])])), debugString(DQ(Int), deque([]))]),
);
c(`@deque.Deque([@deque.Deque(["a", "b"]), @deque.Deque([])]) ||| @deque.from_array([@deque.from_array(["a", "b"]), @deque.from_array([])])`, '@deque.from_array([@deque.from_array(["a", "b"]), @deque.from_array([])])', () =>
  show(DQ(DQ(Str)), deque([deque(['a', 'b']), deque([])])),
);

// ---- @queue.Queue ----------------------------------------------------------
const qu = (name: string) => fnOf(queueMod, `@queue.Queue::${name}`);
const QU = (d: Desc) => desc('@queue.Queue', [d]);
const queue = (xs: unknown[]) => qu('Queue')(xs);

c(`(@queue.Queue([1, 2, 3]), (@queue.Queue([]) : @queue.Queue[Int]), @queue.from_array(["a"]), @queue.Queue::from_array([true])) ||| (@queue.from_array([1, 2, 3]), (@queue.from_array([]) : @queue.Queue[Int]), @queue.from_array(["a"]), @queue.Queue::from_array([true]))`, '(@queue.from_array([1, 2, 3]), @queue.from_array([]), @queue.from_array(["a"]), @queue.from_array([true]))', () =>
  show(T(QU(Int), QU(Int), QU(Str), QU(Bool)), [queue([1, 2, 3]), queue([]), fnOf(queueMod, '@queue.from_array')(['a']), qu('from_array')([true])]),
);
c(`((@queue.new() : @queue.Queue[Int]), (@queue.Queue::new() : @queue.Queue[Int]).length(), @queue.from_iter([1, 2].iter()), @queue.Queue::from_iter((@queue.from_array([3]) : @queue.Queue[Int]).iter()))`, '(@queue.from_array([]), 0, @queue.from_array([1, 2]), @queue.from_array([3]))', () =>
  show(T(QU(Int), Int, QU(Int), QU(Int)), [fnOf(queueMod, '@queue.new')(), qu('length')(qu('new')()), fnOf(queueMod, '@queue.from_iter')(fnOf(arrayMod, 'Array::iter')([1, 2])), qu('from_iter')(qu('iter')(queue([3])))]),
);
c(`{ let q : @queue.Queue[Int] = @queue.Queue([]); let a = (q.pop(), q.peek(), q.length(), q.is_empty()); q.push(1); q.push(2); let b = (q.peek(), q.length(), q.is_empty()); let p = (q.pop(), q.pop(), q.pop()); (a, b, p, q) } ||| { let q : @queue.Queue[Int] = @queue.new(); let a = (q.pop(), q.peek(), q.length(), q.is_empty()); q.push(1); q.push(2); let b = (q.peek(), q.length(), q.is_empty()); let p = (q.pop(), q.pop(), q.pop()); (a, b, p, q) }`, '((None, None, 0, true), (Some(1), 2, false), (Some(1), Some(2), None), @queue.from_array([]))', () => {
  const q = queue([]);
  const a = [qu('pop')(q), qu('peek')(q), qu('length')(q), qu('is_empty')(q)];
  qu('push')(q, 1);
  qu('push')(q, 2);
  const b = [qu('peek')(q), qu('length')(q), qu('is_empty')(q)];
  const p = [qu('pop')(q), qu('pop')(q), qu('pop')(q)];
  return show(T(T(O(Int), O(Int), Int, Bool), T(O(Int), Int, Bool), T(O(Int), O(Int), O(Int)), QU(Int)), [a, b, p, q]);
});
// Pushes and pops past the end of the storage: order is kept.
c(`{ let q = @queue.Queue([0, 1, 2]); let out = []; for i in 3..<20 { q.push(i); if i % 3 != 0 { out.push(q.unsafe_pop()) } }; (out, q, q.unsafe_peek(), q.length()) } ||| { let q = @queue.from_array([0, 1, 2]); let out = []; for i in 3..<20 { q.push(i); if i % 3 != 0 { out.push(q.unsafe_pop()) } }; (out, q, q.unsafe_peek(), q.length()) }`, '([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], @queue.from_array([11, 12, 13, 14, 15, 16, 17, 18, 19]), 11, 9)', () => {
  const q = queue([0, 1, 2]);
  const out = [];
  for (let i = 3; i < 20; i++) {
    qu('push')(q, i);
    if (i % 3 !== 0) out.push(qu('unsafe_pop')(q));
  }
  return show(T(A(Int), QU(Int), Int, Int), [out, q, qu('unsafe_peek')(q), qu('length')(q)]);
});
c(`{ let q = @queue.Queue([5, 6, 7]); q.pop() |> ignore; q.push(8); let a = []; q.each(x => a.push(x)); let b = []; q.eachi((i, x) => b.push((i, x))); (a, b, q.fold(init=100, (acc, x) => acc - x), q.fold(init="", (acc, x) => acc + x.to_string()), q.iter(), q.iter().take(1)) } ||| { let q = @queue.from_array([5, 6, 7]); q.pop() |> ignore; q.push(8); let a = []; q.each(x => a.push(x)); let b = []; q.eachi((i, x) => b.push((i, x))); (a, b, q.fold(init=100, (acc, x) => acc - x), q.fold(init="", (acc, x) => acc + x.to_string()), q.iter(), q.iter().take(1)) }`, '([6, 7, 8], [(0, 6), (1, 7), (2, 8)], 79, "678", [6, 7, 8], [6])', () => {
  const q = queue([5, 6, 7]);
  qu('pop')(q);
  qu('push')(q, 8);
  const a: unknown[] = [];
  qu('each')(q, (x: number) => a.push(x));
  const b: unknown[] = [];
  qu('eachi')(q, (i: number, x: number) => b.push([i, x]));
  return show(T(A(Int), A(T(Int, Int)), Int, Str, I(Int), I(Int)), [
    a, b, qu('fold')(q, 100, (acc: number, x: number) => acc - x), qu('fold')(q, '', (acc: string, x: number) => acc + String(x)), qu('iter')(q), fnOf(iterMod, 'Iter::take')(qu('iter')(q), 1),
  ]);
});
c(`{ let e : @queue.Queue[Int] = @queue.Queue([]); let out = []; e.each(x => out.push(x)); e.eachi((i, _) => out.push(i)); (out, e.fold(init=7, (a, x) => a + x), e.iter()) } ||| { let e : @queue.Queue[Int] = @queue.new(); let out = []; e.each(x => out.push(x)); e.eachi((i, _) => out.push(i)); (out, e.fold(init=7, (a, x) => a + x), e.iter()) }`, '([], 7, [])', () => {
  const e = queue([]);
  const out: unknown[] = [];
  qu('each')(e, (x: number) => out.push(x));
  qu('eachi')(e, (i: number) => out.push(i));
  return show(T(A(Int), Int, I(Int)), [out, qu('fold')(e, 7, (a: number, x: number) => a + x), qu('iter')(e)]);
});
c(`{ let q = @queue.Queue([1, 2, 3]); let c = q.copy(); c.push(4); q.pop() |> ignore; let e = (@queue.Queue([]) : @queue.Queue[Int]).copy(); e.push(9); (q, c, e) } ||| { let q = @queue.from_array([1, 2, 3]); let c = q.copy(); c.push(4); q.pop() |> ignore; let e = (@queue.new() : @queue.Queue[Int]).copy(); e.push(9); (q, c, e) }`, '(@queue.from_array([2, 3]), @queue.from_array([1, 2, 3, 4]), @queue.from_array([9]))', () => {
  const q = queue([1, 2, 3]);
  const cp = qu('copy')(q);
  qu('push')(cp, 4);
  qu('pop')(q);
  const e = qu('copy')(queue([]));
  qu('push')(e, 9);
  return show(T(QU(Int), QU(Int), QU(Int)), [q, cp, e]);
});
c(`{ let src = @queue.Queue([3, 4]); let dst = @queue.Queue([1, 2]); src.transfer(dst); let a = (src, dst); dst.transfer(dst); let e : @queue.Queue[Int] = @queue.Queue([]); e.transfer(dst); dst.transfer(e); src.push(5); (a, dst, e, src, src.pop(), src.is_empty()) } ||| { let src = @queue.from_array([3, 4]); let dst = @queue.from_array([1, 2]); src.transfer(dst); let a = (src, dst); dst.transfer(dst); let e : @queue.Queue[Int] = @queue.new(); e.transfer(dst); dst.transfer(e); src.push(5); (a, dst, e, src, src.pop(), src.is_empty()) }`, '((@queue.from_array([]), @queue.from_array([])), @queue.from_array([]), @queue.from_array([1, 2, 3, 4]), @queue.from_array([]), Some(5), true)', () => {
  const src = queue([3, 4]);
  const dst = queue([1, 2]);
  qu('transfer')(src, dst);
  const a = [src, dst];
  qu('transfer')(dst, dst);
  const e = queue([]);
  qu('transfer')(e, dst);
  qu('transfer')(dst, e);
  qu('push')(src, 5);
  // The tuple is printed once all its parts are evaluated: `src.pop()` has emptied `src` by then.
  return show(T(T(QU(Int), QU(Int)), QU(Int), QU(Int), QU(Int), O(Int), Bool), [a, dst, e, src, qu('pop')(src), qu('is_empty')(src)]);
});
c(`{ let q = @queue.Queue([1, 2, 3]); q.clear(); let a = (q.length(), q.peek(), q.to_string()); q.push(4); (a, q) } ||| { let q = @queue.from_array([1, 2, 3]); q.clear(); let a = (q.length(), q.peek(), q.to_string()); q.push(4); (a, q) }`, '((0, None, "@queue.from_array([])"), @queue.from_array([4]))', () => {
  const q = queue([1, 2, 3]);
  qu('clear')(q);
  const a = [qu('length')(q), qu('peek')(q), show(QU(Int), q)];
  qu('push')(q, 4);
  return show(T(T(Int, O(Int), Str), QU(Int)), [a, q]);
});
c(`[@debug.to_string(@queue.Queue([1, 2])), @debug.to_string((@queue.Queue([]) : @queue.Queue[Int])), @debug.to_string(@queue.Queue([@queue.Queue(["x"])]))] ||| [@debug.to_string(@queue.from_array([1, 2])), @debug.to_string((@queue.new() : @queue.Queue[Int])), @debug.to_string(@queue.from_array([@queue.from_array(["x"])]))]`, '["<Queue: [1, 2]>", "<Queue: []>", "<Queue: [<Queue: [\\"x\\"]>]>"]', () =>
  show(A(Str), [debugString(QU(Int), queue([1, 2])), debugString(QU(Int), queue([])), debugString(QU(QU(Str)), queue([queue(['x'])]))]),
);

// ---- @priority_queue.PriorityQueue ----------------------------------------
// Ties show the heap's shape. Beside the cases when the oracle ran them:
//
//   struct P { k : Int; v : Int }  // equal, and ordered, by `k` alone
//   impl Eq for P with equal(a, b) { a.k == b.k }
//   impl Compare for P with compare(a, b) { a.k.compare(b.k) }
//   impl Show for P with output(self, logger) { logger.write_string("\{self.k}/\{self.v}") }
//   fn p(k : Int, v : Int) -> P { { k, v } }
//   struct W { k : Int; v : Int } derive(Eq)  // ordered by `k`, equal only when both fields are
//   impl Compare for W with compare(a, b) { a.k.compare(b.k) }
//   impl Show for W with output(self, logger) { logger.write_string("\{self.k}/\{self.v}") }
//   fn w(k : Int, v : Int) -> W { { k, v } }
//   fn[T : Compare] drain_all(q : @priority_queue.PriorityQueue[T]) -> Array[T] {
//     let out = []
//     while q.pop() is Some(x) { out.push(x) }
//     out
//   }
type KV = { k: number; v: number };
const byKey = (a: KV, b: KV) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0);
const showKV = (x: KV, l: Logger) => l.write_string(`${x.k}/${x.v}`);
// Runtime names of their own: the corelib tests share one process and its descriptors.
registerImpl('QueuesTestP', 'Eq', { equal: (a: KV, b: KV) => a.k === b.k });
registerImpl('QueuesTestP', 'Compare', { compare: byKey });
registerImpl('QueuesTestP', 'Show', { output: showKV });
registerImpl('QueuesTestW', 'Eq', { equal: (a: KV, b: KV) => a.k === b.k && a.v === b.v });
registerImpl('QueuesTestW', 'Compare', { compare: byKey });
registerImpl('QueuesTestW', 'Show', { output: showKV });
const PT = desc('QueuesTestP');
const WT = desc('QueuesTestW');
const kv = (k: number, v: number): KV => ({ k, v });

const pq = (name: string) => fnOf(pqMod, `@priority_queue.PriorityQueue::${name}`);
const PQ = (d: Desc) => desc('@priority_queue.PriorityQueue', [d]);
const heap = (X: Desc, xs: unknown[]) => pq('PriorityQueue')(X, xs);
const drainAll = (X: Desc, q: unknown) => {
  const out = [];
  for (let x = pq('pop')(X, q); x instanceof Some; x = pq('pop')(X, q)) out.push(x.value);
  return out;
};
/** Keys with many ties, in an order that is neither sorted nor reversed. */
const tied = (n: number) => Array.from({ length: n }, (_, i) => kv((i * 7) % 5, i));

c(`(@priority_queue.PriorityQueue([3, 1, 4, 1, 5]), (@priority_queue.PriorityQueue([]) : @priority_queue.PriorityQueue[Int]), @priority_queue.from_array(["b", "a", "c"]), @priority_queue.PriorityQueue::from_array([2])) ||| (@priority_queue.from_array([3, 1, 4, 1, 5]), (@priority_queue.from_array([]) : @priority_queue.PriorityQueue[Int]), @priority_queue.from_array(["b", "a", "c"]), @priority_queue.PriorityQueue::from_array([2]))`, '(@priority_queue.from_array([5, 4, 3, 1, 1]), @priority_queue.from_array([]), @priority_queue.from_array(["c", "b", "a"]), @priority_queue.from_array([2]))', () =>
  show(T(PQ(Int), PQ(Int), PQ(Str), PQ(Int)), [heap(Int, [3, 1, 4, 1, 5]), heap(Int, []), fnOf(pqMod, '@priority_queue.from_array')(Str, ['b', 'a', 'c']), pq('from_array')(Int, [2])]),
);
c(`((@priority_queue.new() : @priority_queue.PriorityQueue[Int]), (@priority_queue.PriorityQueue::new() : @priority_queue.PriorityQueue[Int]).length(), (Default::default() : @priority_queue.PriorityQueue[Int]), @priority_queue.from_iter([2, 9, 4].iter()), @priority_queue.PriorityQueue::from_iter(["x"].iter()))`, '(@priority_queue.from_array([]), 0, @priority_queue.from_array([]), @priority_queue.from_array([9, 4, 2]), @priority_queue.from_array(["x"]))', () =>
  show(T(PQ(Int), Int, PQ(Int), PQ(Int), PQ(Str)), [
    fnOf(pqMod, '@priority_queue.new')(), pq('length')(pq('new')()), method(PQ(Int), 'Default.default'),
    fnOf(pqMod, '@priority_queue.from_iter')(Int, fnOf(arrayMod, 'Array::iter')([2, 9, 4])), pq('from_iter')(Str, fnOf(arrayMod, 'Array::iter')(['x'])),
  ]),
);
c(`{ let q : @priority_queue.PriorityQueue[Int] = @priority_queue.PriorityQueue([]); let a = (q.pop(), q.peek(), q.length(), q.is_empty()); q.push(2); q.push(7); q.push(-1); q.push(7); let b = (q.peek(), q.length(), q.is_empty()); let p = (q.pop(), q.pop(), q.length()); (a, b, p, q, q.to_array(), q.iter()) } ||| { let q : @priority_queue.PriorityQueue[Int] = @priority_queue.new(); let a = (q.pop(), q.peek(), q.length(), q.is_empty()); q.push(2); q.push(7); q.push(-1); q.push(7); let b = (q.peek(), q.length(), q.is_empty()); let p = (q.pop(), q.pop(), q.length()); (a, b, p, q, q.to_array(), q.iter()) }`, '((None, None, 0, true), (Some(7), 4, false), (Some(7), Some(7), 2), @priority_queue.from_array([2, -1]), [2, -1], [2, -1])', () => {
  const q = heap(Int, []);
  const a = [pq('pop')(Int, q), pq('peek')(q), pq('length')(q), pq('is_empty')(q)];
  for (const x of [2, 7, -1, 7]) pq('push')(Int, q, x);
  const b = [pq('peek')(q), pq('length')(q), pq('is_empty')(q)];
  const p = [pq('pop')(Int, q), pq('pop')(Int, q), pq('length')(q)];
  return show(T(T(O(Int), O(Int), Int, Bool), T(O(Int), Int, Bool), T(O(Int), O(Int), Int), PQ(Int), A(Int), I(Int)), [a, b, p, q, pq('to_array')(Int, q), pq('iter')(Int, q)]);
});
c(`{ let q = @priority_queue.PriorityQueue([p(1, 0), p(2, 1), p(1, 2), p(2, 3), p(1, 4), p(3, 5)]); let s = q.to_string(); (s, q.peek(), drain_all(q), q.length()) } ||| { let q = @priority_queue.from_array([p(1, 0), p(2, 1), p(1, 2), p(2, 3), p(1, 4), p(3, 5)]); let s = q.to_string(); (s, q.peek(), drain_all(q), q.length()) }`, '("@priority_queue.from_array([3/5, 2/1, 2/3, 1/0, 1/2, 1/4])", Some(3/5), [3/5, 2/3, 2/1, 1/0, 1/2, 1/4], 0)', () => {
  const q = heap(PT, [kv(1, 0), kv(2, 1), kv(1, 2), kv(2, 3), kv(1, 4), kv(3, 5)]);
  const s = show(PQ(PT), q);
  return show(T(Str, O(PT), A(PT), Int), [s, pq('peek')(q), drainAll(PT, q), pq('length')(q)]);
});
// Pushes meld one by one; pops merge the children pairwise.
c(`{ let q : @priority_queue.PriorityQueue[P] = @priority_queue.PriorityQueue([]); for i in 0..<12 { q.push(p(i * 5 % 3, i)) }; let a = q.to_array(); q.pop() |> ignore; q.push(p(1, 99)); q.unsafe_pop(); let b = q.to_string(); (a, b, drain_all(q)) } ||| { let q : @priority_queue.PriorityQueue[P] = @priority_queue.new(); for i in 0..<12 { q.push(p(i * 5 % 3, i)) }; let a = q.to_array(); q.pop() |> ignore; q.push(p(1, 99)); q.unsafe_pop(); let b = q.to_string(); (a, b, drain_all(q)) }`, '([2/1, 2/4, 2/7, 2/10, 1/2, 1/5, 1/8, 1/11, 0/0, 0/3, 0/6, 0/9], "@priority_queue.from_array([2/1, 2/4, 1/2, 1/5, 1/99, 1/11, 1/8, 0/0, 0/3, 0/6, 0/9])", [2/4, 2/1, 1/2, 1/5, 1/8, 1/11, 1/99, 0/9, 0/6, 0/0, 0/3])', () => {
  const q = heap(PT, []);
  for (let i = 0; i < 12; i++) pq('push')(PT, q, kv((i * 5) % 3, i));
  const a = pq('to_array')(PT, q);
  pq('pop')(PT, q);
  pq('push')(PT, q, kv(1, 99));
  pq('unsafe_pop')(PT, q);
  const b = show(PQ(PT), q);
  return show(T(A(PT), Str, A(PT)), [a, b, drainAll(PT, q)]);
});
// Past 16 elements core's sort partitions: which equal elements come first follows its swaps.
c(`{ let xs = Array::makei(40, i => p(i * 7 % 5, i)); let q = @priority_queue.PriorityQueue(xs); let r = @priority_queue.PriorityQueue(xs.map(x => w(x.k, x.v))); (q.to_array(), r.to_array(), drain_all(q).map(x => x.v)) } ||| { let xs = Array::makei(40, i => p(i * 7 % 5, i)); let q = @priority_queue.from_array(xs); let r = @priority_queue.from_array(xs.map(x => w(x.k, x.v))); (q.to_array(), r.to_array(), drain_all(q).map(x => x.v)) }`, '([4/27, 4/22, 4/37, 4/12, 4/7, 4/17, 4/2, 4/32, 3/4, 3/34, 3/9, 3/39, 3/29, 3/14, 3/24, 3/19, 2/36, 2/1, 2/6, 2/26, 2/11, 2/31, 2/21, 2/16, 1/3, 1/8, 1/38, 1/18, 1/23, 1/33, 1/28, 1/13, 0/5, 0/10, 0/15, 0/0, 0/25, 0/35, 0/30, 0/20], [4/27, 4/22, 4/37, 4/12, 4/7, 4/17, 4/2, 4/32, 3/4, 3/34, 3/9, 3/39, 3/29, 3/14, 3/24, 3/19, 2/36, 2/1, 2/6, 2/26, 2/11, 2/31, 2/21, 2/16, 1/3, 1/8, 1/38, 1/18, 1/23, 1/33, 1/28, 1/13, 0/5, 0/10, 0/15, 0/0, 0/25, 0/35, 0/30, 0/20], [37, 32, 27, 22, 17, 12, 7, 2, 4, 9, 14, 19, 24, 29, 34, 39, 36, 31, 26, 21, 16, 11, 6, 1, 3, 8, 13, 18, 28, 38, 33, 23, 20, 30, 25, 10, 15, 0, 5, 35])', () => {
  const xs = tied(40);
  const q = heap(PT, xs);
  const r = heap(WT, xs);
  return show(T(A(PT), A(WT), A(Int)), [pq('to_array')(PT, q), pq('to_array')(WT, r), drainAll(PT, q).map((x) => (x as KV).v)]);
});
c(`{ let q = @priority_queue.PriorityQueue(Array::makei(20, i => p(i % 4, i))); let c = q.copy(); c.push(p(3, 100)); let a = drain_all(q); (a, c.length(), drain_all(c), c.is_empty()) } ||| { let q = @priority_queue.from_array(Array::makei(20, i => p(i % 4, i))); let c = q.copy(); c.push(p(3, 100)); let a = drain_all(q); (a, c.length(), drain_all(c), c.is_empty()) }`, '([3/19, 3/15, 3/11, 3/7, 3/3, 2/2, 2/6, 2/10, 2/14, 2/18, 1/17, 1/13, 1/5, 1/1, 1/9, 0/12, 0/8, 0/16, 0/0, 0/4], 21, [3/100, 3/19, 3/15, 3/11, 3/7, 3/3, 2/2, 2/6, 2/10, 2/14, 2/18, 1/17, 1/13, 1/5, 1/1, 1/9, 0/12, 0/8, 0/16, 0/0, 0/4], true)', () => {
  const q = heap(PT, Array.from({ length: 20 }, (_, i) => kv(i % 4, i)));
  const cp = pq('copy')(q);
  pq('push')(PT, cp, kv(3, 100));
  const a = drainAll(PT, q);
  return show(T(A(PT), Int, A(PT), Bool), [a, pq('length')(cp), drainAll(PT, cp), pq('is_empty')(cp)]);
});
c(`{ let q = @priority_queue.PriorityQueue([1, 2, 3]); q.clear(); let a = (q.length(), q.peek(), q.to_string()); q.push(4); (a, q, (@priority_queue.PriorityQueue([]) : @priority_queue.PriorityQueue[Int]).copy()) } ||| { let q = @priority_queue.from_array([1, 2, 3]); q.clear(); let a = (q.length(), q.peek(), q.to_string()); q.push(4); (a, q, (@priority_queue.new() : @priority_queue.PriorityQueue[Int]).copy()) }`, '((0, None, "@priority_queue.from_array([])"), @priority_queue.from_array([4]), @priority_queue.from_array([]))', () => {
  const q = heap(Int, [1, 2, 3]);
  pq('clear')(q);
  const a = [pq('length')(q), pq('peek')(q), show(PQ(Int), q)];
  pq('push')(Int, q, 4);
  return show(T(T(Int, O(Int), Str), PQ(Int), PQ(Int)), [a, q, pq('copy')(heap(Int, []))]);
});
c(`(@priority_queue.PriorityQueue([3, 1, 2]).to_json(), (@priority_queue.PriorityQueue([]) : @priority_queue.PriorityQueue[Int]).to_json(), @debug.to_string(@priority_queue.PriorityQueue([3, 1, 2])), @debug.to_string(@priority_queue.PriorityQueue(["a"]))) ||| (@priority_queue.from_array([3, 1, 2]).to_json(), (@priority_queue.new() : @priority_queue.PriorityQueue[Int]).to_json(), @debug.to_string(@priority_queue.from_array([3, 1, 2])), @debug.to_string(@priority_queue.from_array(["a"])))`, '(Array([Number(3), Number(2), Number(1)]), Array([]), "<PriorityQueue: [3, 2, 1]>", "<PriorityQueue: [\\"a\\"]>")', () =>
  show(T(JSON_, JSON_, Str, Str), [
    method(PQ(Int), 'ToJson.to_json', heap(Int, [3, 1, 2])), method(PQ(Int), 'ToJson.to_json', heap(Int, [])),
    debugString(PQ(Int), heap(Int, [3, 1, 2])), debugString(PQ(Str), heap(Str, ['a'])),
  ]),
);
// A long ascending run makes a chain as deep as the heap: copying it must not recurse.
c(`{ let q = @priority_queue.PriorityQueue(Array::makei(100000, i => i)); let c = q.copy(); (c.length(), c.pop(), c.pop(), q.length()) } ||| { let q = @priority_queue.from_array(Array::makei(100000, i => i)); let c = q.copy(); (c.length(), c.pop(), c.pop(), q.length()) }`, '(100000, Some(99999), Some(99998), 100000)', () => {
  const q = heap(Int, ints(100000));
  const cp = pq('copy')(q);
  return show(T(Int, O(Int), O(Int), Int), [pq('length')(cp), pq('pop')(Int, cp), pq('pop')(Int, cp), pq('length')(q)]);
});

// ---- the deprecated names, each the entry it aliases -----------------------
c(`{ let d = @deque.of([3, 1, 2]); let e = d.clone(); e.pop_front_exn(); e.pop_back_exn(); d.rev_inplace(); d.filter_map_inplace(x => if x > 1 { Some(x) } else { None }); (d, e, @deque.Deque::of([4]), @deque.from_iterator([5].iter()), @deque.Deque::from_iterator([6].iter()), d.iterator(), d.iterator2().iter(), d.rev_iterator(), d.rev_iterator2().iter()) }`, '(@deque.from_array([2, 3]), @deque.from_array([1]), @deque.from_array([4]), @deque.from_array([5]), @deque.from_array([6]), [2, 3], [(0, 2), (1, 3)], [3, 2], [(0, 3), (1, 2)])', () => {
  const d = fnOf(dequeMod, '@deque.of')([3, 1, 2], None);
  const e = dq('clone')(d);
  dq('pop_front_exn')(e);
  dq('pop_back_exn')(e);
  dq('rev_inplace')(d);
  dq('filter_map_inplace')(d, (x: number) => (x > 1 ? new Some(x) : None));
  const it = (xs: number[]) => fnOf(arrayMod, 'Array::iter')(xs);
  return show(T(DQ(Int), DQ(Int), DQ(Int), DQ(Int), DQ(Int), I(Int), I(T(Int, Int)), I(Int), I(T(Int, Int))), [
    d, e, dq('of')([4], None), fnOf(dequeMod, '@deque.from_iterator')(it([5])), dq('from_iterator')(it([6])),
    dq('iterator')(d), (dq('iterator2')(d) as { _0: Iter })._0, dq('rev_iterator')(d), (dq('rev_iterator2')(d) as { _0: Iter })._0,
  ]);
});
c(`{ let q = @queue.of([1, 2, 3]); let c = q.clone(); let a = (q.peek_exn(), q.pop_exn(), c.pop_exn()); (a, q, c, @queue.Queue::of([4]), @queue.from_iterator([5].iter()), @queue.Queue::from_iterator([6].iter()), q.iterator()) }`, '((1, 1, 1), @queue.from_array([2, 3]), @queue.from_array([2, 3]), @queue.from_array([4]), @queue.from_array([5]), @queue.from_array([6]), [2, 3])', () => {
  const q = fnOf(queueMod, '@queue.of')([1, 2, 3]);
  const cp = qu('clone')(q);
  const a = [qu('peek_exn')(q), qu('pop_exn')(q), qu('pop_exn')(cp)];
  const it = (xs: number[]) => fnOf(arrayMod, 'Array::iter')(xs);
  return show(T(T(Int, Int, Int), QU(Int), QU(Int), QU(Int), QU(Int), QU(Int), I(Int)), [
    a, q, cp, qu('of')([4]), fnOf(queueMod, '@queue.from_iterator')(it([5])), qu('from_iterator')(it([6])), qu('iterator')(q),
  ]);
});
c(`{ let q = @priority_queue.of([1, 3, 2]); let c = q.clone(); c.push(0); (q, c, @priority_queue.PriorityQueue::of([4]), @priority_queue.from_iterator([5, 7].iter()), @priority_queue.PriorityQueue::from_iterator([6].iter()), q.iterator()) }`, '(@priority_queue.from_array([3, 2, 1]), @priority_queue.from_array([3, 2, 1, 0]), @priority_queue.from_array([4]), @priority_queue.from_array([7, 5]), @priority_queue.from_array([6]), [3, 2, 1])', () => {
  const q = fnOf(pqMod, '@priority_queue.of')(Int, [1, 3, 2]);
  const cp = pq('clone')(q);
  pq('push')(Int, cp, 0);
  const it = (xs: number[]) => fnOf(arrayMod, 'Array::iter')(xs);
  return show(T(PQ(Int), PQ(Int), PQ(Int), PQ(Int), PQ(Int), I(Int)), [
    q, cp, pq('of')(Int, [4]), fnOf(pqMod, '@priority_queue.from_iterator')(Int, it([5, 7])), pq('from_iterator')(Int, it([6])), pq('iterator')(Int, q),
  ]);
});

for (const [mbt, expected, actual] of cases) {
  test(`queues: ${mbt.split(' ||| ')[0]}`, () => assert.equal(actual(), expected));
}

// Each of these panics in the oracle (a `test` block run there reports it).
const panics: [mbt: string, run: () => unknown][] = [
  [`ring(8, 6, 5)[6]`, () => dq('at')(ring(8, 6, 5), 6)],
  [`ring(8, 6, 5)[-1]`, () => dq('at')(ring(8, 6, 5), -1)],
  [`ring(8, 6, 5)[6] = 0`, () => dq('set')(ring(8, 6, 5), 6, 0)],
  [`ring(8, 6, 5).insert(7, 0)`, () => dq('insert')(ring(8, 6, 5), 7, 0)],
  [`ring(8, 6, 5).insert(-1, 0)`, () => dq('insert')(ring(8, 6, 5), -1, 0)],
  [`ring(8, 6, 5).remove(6)`, () => dq('remove')(ring(8, 6, 5), 6)],
  [`ring(4, 0, 0).unsafe_pop_front()`, () => dq('unsafe_pop_front')(ring(4, 0, 0))],
  [`{ let d = ring(4, 1, 2); d.unsafe_pop_back(); d.unsafe_pop_back() }`, () => {
    const d = ring(4, 1, 2);
    dq('unsafe_pop_back')(d);
    dq('unsafe_pop_back')(d);
  }],
  [`ring(8, 6, 5).drain(start=7)`, () => dq('drain')(ring(8, 6, 5), 7, None)],
  [`ring(8, 6, 5).drain(start=-1)`, () => dq('drain')(ring(8, 6, 5), -1, None)],
  [`ring(8, 6, 5).drain(start=2, len=5)`, () => dq('drain')(ring(8, 6, 5), 2, new Some(5))],
  [`ring(8, 6, 5).drain(start=2, len=-1)`, () => dq('drain')(ring(8, 6, 5), 2, new Some(-1))],
  [`ring(8, 6, 5).chunks(0)`, () => dq('chunks')(ring(8, 6, 5), 0)],
  [`ring(8, 6, 5).blit_to(ring(8, 2, 0), len=2, dst_offset=3)`, () => dq('blit_to')(ring(8, 6, 5), ring(8, 2, 0), 2, undefined, 3)],
  [`ring(8, 6, 5).blit_to(ring(8, 2, 0), len=3, src_offset=4)`, () => dq('blit_to')(ring(8, 6, 5), ring(8, 2, 0), 3, 4, undefined)],
  [`ring(8, 6, 5).blit_to(ring(8, 2, 0), len=-1)`, () => dq('blit_to')(ring(8, 6, 5), ring(8, 2, 0), -1, undefined, undefined)],
  [`(@deque.new(capacity=-1) : @deque.Deque[Int])`, () => fnOf(dequeMod, '@deque.new')(-1)],
  [`(@priority_queue.PriorityQueue([]) : @priority_queue.PriorityQueue[Int]).unsafe_pop() ||| (@priority_queue.new() : @priority_queue.PriorityQueue[Int]).unsafe_pop()`, () => pq('unsafe_pop')(Int, heap(Int, []))],
  [`(@queue.Queue([]) : @queue.Queue[Int]).unsafe_pop() ||| (@queue.new() : @queue.Queue[Int]).unsafe_pop()`, () => qu('unsafe_pop')(queue([]))],
  [`{ let q = @queue.Queue([1]); q.pop() |> ignore; q.unsafe_peek() } ||| { let q = @queue.from_array([1]); q.pop() |> ignore; q.unsafe_peek() }`, () => {
    const q = queue([1]);
    qu('pop')(q);
    qu('unsafe_peek')(q);
  }],
];
test('queues: panics', () => {
  for (const [what, run] of panics) assert.throws(run, Panic, what);
});

// Where core's behaviour would depend on the backend (reading a slot the
// deque no longer holds), the table panics rather than guess a value.
test('queues: deque operations that would read vacated storage panic', () => {
  const d = ring(8, 6, 5);
  assert.throws(() => dq('each')(d, () => dq('pop_back')(d)), Panic);
  assert.throws(() => dq('shuffle_in_place')(ring(8, 3, 5), () => 4), Panic);
  assert.throws(() => dq('shuffle_in_place')(ring(8, 3, 5), () => -1), Panic);
});
