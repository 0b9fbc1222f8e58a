// `@immut/priority_queue`: `PriorityQueue[A]`, core's persistent binary
// heap, greatest first: a complete binary tree whose next free slot (for
// `push`) and last leaf (for `pop`) are found by the bits of the size.
// `to_array` (so `iter`, `Show`, `Debug`, `ToJson`, `==`, `compare`,
// `hash`) collects the nodes depth first, right subtree before left, then
// sorts them with core's unstable sort and reverses; which of two elements
// that compare equal comes first depends on the tree, so the tree is
// core's, node for node. The builds (`PriorityQueue(arr)`, `from_array`,
// `from_iter`) follow current core: sift down every inner slot of the
// array, last first, then read the tree off it (the oracle's older core
// pushed the elements one by one, a different tree when elements tie).

import { defineModule, fn, impl, type FnEntry } from '../define.ts';
import { ArrayView, Iter, type Logger } from '../../runtime/core-values.ts';
import type { Desc } from '../../runtime/desc.ts';
import type { Hasher } from '../../runtime/hasher.ts';
import { Panic, Some, None, type Option } from '../../runtime/values.ts';
import { outputFromArray, span, iterOf } from '../support/seq.ts';
import { quickSort } from '../support/sort.ts';
import * as R from '../support/repr.ts';
import * as J from '../support/json.ts';

/** `Empty` is `undefined`. A branch's left child is never `Empty` in a complete tree; the code does not rely on it, as core's does not. */
type HeapNode =
  | { readonly k: 'leaf'; readonly value: unknown }
  | { readonly k: 'branch'; readonly value: unknown; readonly left: HeapNode | undefined; readonly right: HeapNode | undefined };

class MoonImmutPriorityQueue {
  constructor(
    readonly root: HeapNode | undefined,
    readonly size: number,
  ) {}
}

type P = MoonImmutPriorityQueue;
type Cmp = (a: unknown, b: unknown) => number;

const cmpOf = (A: Desc) => A['Compare.compare'] as Cmp;
const leaf = (value: unknown): HeapNode => ({ k: 'leaf', value });
const branch = (value: unknown, left: HeapNode | undefined, right: HeapNode | undefined): HeapNode => ({ k: 'branch', value, left, right });
const emptyQueue = () => new MoonImmutPriorityQueue(undefined, 0);

/** The way from the root to slot `size` (1-based, breadth first): its bits below the top one, read from the top down, lowest bit first. */
function pathTo(size: number): number {
  let path = 0;
  for (let x = size; x !== 1; x >>= 1) path = (path << 1) | (x & 1);
  return path;
}

function pushNode(cmp: Cmp, node: HeapNode | undefined, value: unknown, path: number): HeapNode {
  if (node === undefined) return leaf(value);
  const [high, low] = cmp(node.value, value) > 0 ? [node.value, value] : [value, node.value];
  if (node.k === 'leaf') return branch(high, leaf(low), undefined);
  return (path & 1) === 0
    ? branch(high, pushNode(cmp, node.left, low, path >> 1), node.right)
    : branch(high, node.left, pushNode(cmp, node.right, low, path >> 1));
}

/** The last leaf's value, and the tree without that leaf. */
function removeLastLeaf(node: HeapNode | undefined, path: number): [unknown, HeapNode | undefined] {
  if (node === undefined) throw new Panic('Priority queue is empty!');
  if (node.k === 'leaf') return [node.value, undefined];
  if (node.left?.k === 'leaf' && node.right === undefined) return [node.left.value, leaf(node.value)];
  if ((path & 1) === 0) {
    const [value, left] = removeLastLeaf(node.left, path >> 1);
    return [value, branch(node.value, left, node.right)];
  }
  const [value, right] = removeLastLeaf(node.right, path >> 1);
  return [value, branch(node.value, node.left, right)];
}

/** `node` with its root replaced by `value`, sifted down. */
function replaceTop(cmp: Cmp, node: HeapNode, value: unknown): HeapNode {
  if (node.k === 'leaf') return leaf(value);
  const { left, right } = node;
  if (left === undefined || (right === undefined && left.k !== 'leaf')) throw new Panic('unreachable');
  if (right === undefined) {
    return cmp(value, left.value) >= 0 ? branch(value, left, undefined) : branch(left.value, leaf(value), undefined);
  }
  if (cmp(value, left.value) >= 0 && cmp(value, right.value) >= 0) return branch(value, left, right);
  if (cmp(left.value, right.value) >= 0) return branch(left.value, replaceTop(cmp, left, value), right);
  return branch(right.value, left, replaceTop(cmp, right, value));
}

function push(A: Desc, q: P, value: unknown): P {
  if (q.root === undefined) return new MoonImmutPriorityQueue(leaf(value), 1);
  return new MoonImmutPriorityQueue(pushNode(cmpOf(A), q.root, value, pathTo(q.size + 1)), q.size + 1);
}

/** Without the top; `q` must not be empty. */
function popTop(A: Desc, q: P): P {
  const root = q.root!;
  if (root.k === 'leaf') return emptyQueue();
  const [value, rest] = removeLastLeaf(root, pathTo(q.size));
  return new MoonImmutPriorityQueue(replaceTop(cmpOf(A), rest!, value), q.size - 1);
}

/** Core's heapify: sift down every slot with children, from the last to the root. */
function heapify(cmp: Cmp, heap: unknown[]): void {
  const len = heap.length;
  for (let start = (len >> 1) - 1; start >= 0; start--) {
    for (let root = start; ; ) {
      const left = root * 2 + 1;
      if (left >= len) break;
      const right = left + 1;
      const child = right < len && cmp(heap[right], heap[left]) > 0 ? right : left;
      if (!(cmp(heap[root], heap[child]) < 0)) break;
      [heap[root], heap[child]] = [heap[child], heap[root]];
      root = child;
    }
  }
}

function treeOf(heap: unknown[], index: number): HeapNode | undefined {
  if (index >= heap.length) return undefined;
  const left = index * 2 + 1;
  if (left >= heap.length) return leaf(heap[index]);
  return branch(heap[index], treeOf(heap, left), treeOf(heap, left + 1));
}

/** A queue of `heap`, which it reorders (callers pass an array nobody else holds). */
function build(A: Desc, heap: unknown[]): P {
  if (heap.length === 0) return emptyQueue();
  heapify(cmpOf(A), heap);
  return new MoonImmutPriorityQueue(treeOf(heap, 0), heap.length);
}

function fromView(A: Desc, arr: ArrayView | unknown[]): P {
  const [a, s, e] = span(arr);
  return build(A, a.slice(s, e));
}

function fromIter(A: Desc, iter: Iter): P {
  const xs: unknown[] = [];
  for (let x = iter.next(); x !== Iter.DONE; x = iter.next()) xs.push(x);
  return build(A, xs);
}

/** Core's `to_array`: a walk with a stack (a node, then its right subtree, then its left), `Array::sort`, a reversal. */
function toArray(A: Desc, q: P): unknown[] {
  const out: unknown[] = [];
  const stack: (HeapNode | undefined)[] = [q.root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === undefined) continue;
    out.push(n.value);
    if (n.k === 'branch') stack.push(n.left, n.right);
  }
  const eq = A['Eq.equal'] as (a: unknown, b: unknown) => boolean;
  quickSort(out, 0, out.length, cmpOf(A), (a, b) => (eq(a, b) ? 0 : 1));
  return out.reverse();
}

function equal(A: Desc, a: P, b: P): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  const eq = A['Eq.equal'] as (a: unknown, b: unknown) => boolean;
  const xs = toArray(A, a);
  const ys = toArray(A, b);
  return xs.every((x, i) => eq(x, ys[i]));
}

function compare(A: Desc, a: P, b: P): number {
  if (a.size !== b.size) return a.size < b.size ? -1 : 1;
  const cmp = cmpOf(A);
  const xs = toArray(A, a);
  const ys = toArray(A, b);
  for (let i = 0; i < xs.length; i++) {
    const c = cmp(xs[i], ys[i]);
    if (c !== 0) return c;
  }
  return 0;
}

const toRepr = (A: Desc, q: P): R.Repr => R.opaque('PriorityQueue', R.array(toArray(A, q).map(A['Debug.to_repr'] as (x: unknown) => R.Repr)));
const sigFromArray = (name: string) => `fn[A : Compare] ${name}(array : ArrayView[A]) -> PriorityQueue[A]`;
const sigFromIter = (name: string) => `fn[A : Compare] ${name}(iter : Iter[A]) -> PriorityQueue[A]`;
const Q = 'PriorityQueue[A]';

const fns = {
  // Current core's constructor, which the docs use; the oracle's core has `from_array` only.
  'PriorityQueue::PriorityQueue': fn(sigFromArray('PriorityQueue::PriorityQueue'), fromView),
  'PriorityQueue::from_array': fn(sigFromArray('PriorityQueue::from_array'), fromView),
  from_array: fn(sigFromArray('from_array'), fromView),
  'PriorityQueue::new': fn(`fn[A] PriorityQueue::new() -> ${Q}`, emptyQueue),
  new: fn(`fn[A] new() -> ${Q}`, emptyQueue),
  'PriorityQueue::from_iter': fn(sigFromIter('PriorityQueue::from_iter'), fromIter),
  from_iter: fn(sigFromIter('from_iter'), fromIter),
  'PriorityQueue::to_array': fn(`fn[A : Compare] PriorityQueue::to_array(self : ${Q}) -> Array[A]`, toArray),
  'PriorityQueue::iter': fn(`fn[A : Compare] PriorityQueue::iter(self : ${Q}) -> Iter[A]`, (A: Desc, q: P) => {
    const xs = toArray(A, q);
    return iterOf(xs, 0, xs.length);
  }),
  'PriorityQueue::push': fn(`fn[A : Compare] PriorityQueue::push(self : ${Q}, value : A) -> ${Q}`, push),
  'PriorityQueue::pop': fn(`fn[A : Compare] PriorityQueue::pop(self : ${Q}) -> ${Q}?`, (A: Desc, q: P): Option<P> =>
    q.root === undefined ? None : new Some(popTop(A, q)),
  ),
  'PriorityQueue::unsafe_pop': fn(`fn[A : Compare] PriorityQueue::unsafe_pop(self : ${Q}) -> ${Q}`, (A: Desc, q: P) => {
    if (q.root === undefined) throw new Panic('Priority queue is empty!');
    return popTop(A, q);
  }),
  'PriorityQueue::peek': fn(`fn[A] PriorityQueue::peek(self : ${Q}) -> A?`, (q: P): Option<unknown> =>
    q.root === undefined ? None : new Some(q.root.value),
  ),
  'PriorityQueue::is_empty': fn(`fn[A] PriorityQueue::is_empty(self : ${Q}) -> Bool`, (q: P) => q.root === undefined),
  'PriorityQueue::length': fn(`fn[A] PriorityQueue::length(self : ${Q}) -> Int`, (q: P) => q.size),
  'PriorityQueue::to_repr': fn(`fn[A : @debug.Debug + Compare] PriorityQueue::to_repr(self : ${Q}) -> @debug.Repr`, toRepr),
};

/** The names core deprecated but still exports, each beside the entry it names. */
const deprecated: [alias: string, entry: keyof typeof fns][] = [
  ['of', 'from_array'],
  ['PriorityQueue::of', 'PriorityQueue::from_array'],
  ['from_iterator', 'from_iter'],
  ['PriorityQueue::from_iterator', 'PriorityQueue::from_iter'],
  ['PriorityQueue::iterator', 'PriorityQueue::iter'],
  ['PriorityQueue::pop_exn', 'PriorityQueue::unsafe_pop'],
];
const renamed = (e: FnEntry, from: string, to: string) => fn(e.sig.replace(`${from}(`, `${to}(`), e.impl as (...args: unknown[]) => unknown);

export default defineModule('immut/priority_queue', {
  decls: 'type PriorityQueue[A]',
  fns: { ...fns, ...Object.fromEntries(deprecated.map(([alias, entry]) => [alias, renamed(fns[entry], entry, alias)])) },
  impls: {
    'Show for @immut/priority_queue.PriorityQueue': impl('impl[A : Show + Compare] Show for PriorityQueue[A]', (A: Desc) => {
      return { output: (q: P, logger: Logger) => outputFromArray('@immut/priority_queue.from_array', A, toArray(A, q), logger) };
    }),
    'Debug for @immut/priority_queue.PriorityQueue': impl('impl[A : @debug.Debug + Compare] @debug.Debug for PriorityQueue[A]', (A: Desc) => ({
      to_repr: (q: P) => toRepr(A, q),
    })),
    'Eq for @immut/priority_queue.PriorityQueue': impl('impl[A : Compare] Eq for PriorityQueue[A]', (A: Desc) => ({ equal: (a: P, b: P) => equal(A, a, b) })),
    'Compare for @immut/priority_queue.PriorityQueue': impl('impl[A : Compare] Compare for PriorityQueue[A]', (A: Desc) => ({
      compare: (a: P, b: P) => compare(A, a, b),
    })),
    'Hash for @immut/priority_queue.PriorityQueue': impl('impl[A : Hash + Compare] Hash for PriorityQueue[A]', (A: Desc) => {
      const combine = A['Hash.hash_combine'] as (x: unknown, h: Hasher) => void;
      return { hash_combine: (q: P, hasher: Hasher) => toArray(A, q).forEach((x) => combine(x, hasher)) };
    }),
    'ToJson for @immut/priority_queue.PriorityQueue': impl('impl[A : ToJson + Compare] ToJson for PriorityQueue[A]', (A: Desc) => {
      const toJson = A['ToJson.to_json'] as (x: unknown) => J.Json;
      return { to_json: (q: P) => J.array(toArray(A, q).map(toJson)) };
    }),
  },
});
