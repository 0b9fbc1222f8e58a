// `@priority_queue`: `PriorityQueue[A]`, core's pairing heap, greatest
// first. Which of two elements that compare equal comes out first depends
// on the heap's shape, and `to_array` (so `iter`, `Show`, `Debug`, `ToJson`)
// sorts the elements in the order a walk of that shape visits them with
// core's unstable sort, so the shape is core's, link for link: `meld` puts
// the smaller root first among the larger one's children, and `pop` melds
// the children pairwise from the left, accumulating as it goes.

import { defineModule, fn, impl, type FnEntry } from './define.ts';
import { ArrayView, Iter, type Logger } from '../runtime/core-values.ts';
import type { Desc } from '../runtime/desc.ts';
import { Panic, Some, None, type Option } from '../runtime/values.ts';
import { outputFromArray, span, iterOf } from './support/seq.ts';
import { quickSort } from './support/sort.ts';
import * as R from './support/repr.ts';
import type { Json } from './support/json.ts';
import * as J from './support/json.ts';

interface HeapNode {
  readonly content: unknown;
  sibling: HeapNode | undefined;
  child: HeapNode | undefined;
}

class MoonPriorityQueue {
  constructor(
    public len = 0,
    public top: HeapNode | undefined = undefined,
  ) {}
}

type P = MoonPriorityQueue;
type Cmp = (a: unknown, b: unknown) => number;

const node = (content: unknown): HeapNode => ({ content, sibling: undefined, child: undefined });
const cmpOf = (A: Desc) => A['Compare.compare'] as Cmp;

/** The greater root keeps its place; the other becomes its first child (ties go under the second). */
function meld(cmp: Cmp, x: HeapNode, y: HeapNode): HeapNode {
  if (cmp(x.content, y.content) > 0) {
    y.sibling = x.child;
    x.child = y;
    return x;
  }
  x.sibling = y.child;
  y.child = x;
  return y;
}

/** A popped root's children, melded in pairs from the left into one accumulated heap. */
function mergeChildren(cmp: Cmp, first: HeapNode | undefined): HeapNode | undefined {
  if (first === undefined || first.sibling === undefined) return first;
  let acc: HeapNode | undefined;
  let rest: HeapNode | undefined = first;
  while (rest !== undefined) {
    const a: HeapNode = rest;
    const b = a.sibling;
    if (b === undefined) {
      acc = acc === undefined ? a : meld(cmp, acc, a);
      break;
    }
    rest = b.sibling;
    a.sibling = undefined;
    b.sibling = undefined;
    const pair = meld(cmp, a, b);
    acc = acc === undefined ? pair : meld(cmp, acc, pair);
  }
  return acc;
}

function push(A: Desc, q: P, value: unknown): void {
  const x = node(value);
  q.top = q.top === undefined ? x : meld(cmpOf(A), q.top, x);
  q.len++;
}

function pop(A: Desc, q: P): Option<unknown> {
  const top = q.top;
  if (top === undefined) return None;
  q.len--;
  q.top = mergeChildren(cmpOf(A), top.child);
  return new Some(top.content);
}

function fromView(A: Desc, arr: ArrayView | unknown[]): P {
  const [a, s, e] = span(arr);
  if (e === s) return new MoonPriorityQueue();
  const cmp = cmpOf(A);
  let acc = node(a[s]);
  for (let i = s + 1; i < e; i++) acc = meld(cmp, acc, node(a[i]));
  return new MoonPriorityQueue(e - s, acc);
}

function fromIter(K: Desc, iter: Iter): P {
  const q = new MoonPriorityQueue();
  for (let x = iter.next(); x !== Iter.DONE; x = iter.next()) push(K, q, x);
  return q;
}

/** The same shape with new nodes; a loop, since ascending input makes chains as long as the heap. */
function copyNode(root: HeapNode | undefined): HeapNode | undefined {
  if (root === undefined) return undefined;
  const top = node(root.content);
  const work: [HeapNode, HeapNode][] = [[root, top]];
  for (let w = work.pop(); w !== undefined; w = work.pop()) {
    const [from, to] = w;
    if (from.child !== undefined) work.push([from.child, (to.child = node(from.child.content))]);
    if (from.sibling !== undefined) work.push([from.sibling, (to.sibling = node(from.sibling.content))]);
  }
  return top;
}

/**
 * Core's `to_array`: a depth-first walk (a node, then its children, then its
 * later siblings), then `Array::sort` and a reversal.
 */
function toArray(A: Desc, q: P): unknown[] {
  const out: unknown[] = [];
  const stack: (HeapNode | undefined)[] = [q.top];
  while (stack.length > 0) {
    const n = stack.pop();
    if (n === undefined) continue;
    out.push(n.content);
    stack.push(n.sibling, n.child);
  }
  const eq = A['Eq.equal'] as (a: unknown, b: unknown) => boolean;
  quickSort(out, 0, out.length, cmpOf(A), (a, b) => (eq(a, b) ? 0 : 1));
  return out.reverse();
}

const newQueue = () => new MoonPriorityQueue();
const sigFromArray = (name: string) => `fn[A : Compare] ${name}(arr : ArrayView[A]) -> PriorityQueue[A]`;

const fns = {
  'PriorityQueue::PriorityQueue': fn(sigFromArray('PriorityQueue::PriorityQueue'), fromView),
  'PriorityQueue::from_array': fn(sigFromArray('PriorityQueue::from_array'), fromView),
  from_array: fn(sigFromArray('from_array'), fromView),
  'PriorityQueue::new': fn('fn[A] PriorityQueue::new() -> PriorityQueue[A]', newQueue),
  new: fn('fn[A] new() -> PriorityQueue[A]', newQueue),
  'PriorityQueue::from_iter': fn('fn[K : Compare] PriorityQueue::from_iter(iter : Iter[K]) -> PriorityQueue[K]', fromIter),
  from_iter: fn('fn[K : Compare] from_iter(iter : Iter[K]) -> PriorityQueue[K]', fromIter),
  'PriorityQueue::copy': fn('fn[A] PriorityQueue::copy(self : PriorityQueue[A]) -> PriorityQueue[A]', (q: P) =>
    new MoonPriorityQueue(q.len, copyNode(q.top)),
  ),
  'PriorityQueue::to_array': fn('fn[A : Compare] PriorityQueue::to_array(self : PriorityQueue[A]) -> Array[A]', toArray),
  'PriorityQueue::iter': fn('fn[A : Compare] PriorityQueue::iter(self : PriorityQueue[A]) -> Iter[A]', (A: Desc, q: P) => {
    const xs = toArray(A, q);
    return iterOf(xs, 0, xs.length);
  }),
  'PriorityQueue::length': fn('fn[A] PriorityQueue::length(self : PriorityQueue[A]) -> Int', (q: P) => q.len),
  'PriorityQueue::is_empty': fn('fn[A] PriorityQueue::is_empty(self : PriorityQueue[A]) -> Bool', (q: P) => q.len === 0),
  'PriorityQueue::peek': fn('fn[A] PriorityQueue::peek(self : PriorityQueue[A]) -> A?', (q: P) =>
    q.top === undefined ? None : new Some(q.top.content),
  ),
  'PriorityQueue::push': fn('fn[A : Compare] PriorityQueue::push(self : PriorityQueue[A], value : A) -> Unit', push),
  'PriorityQueue::pop': fn('fn[A : Compare] PriorityQueue::pop(self : PriorityQueue[A]) -> A?', pop),
  'PriorityQueue::unsafe_pop': fn('fn[A : Compare] PriorityQueue::unsafe_pop(self : PriorityQueue[A]) -> Unit', (A: Desc, q: P) => {
    if (pop(A, q) === None) throw new Panic('The PriorityQueue is empty!');
  }),
  'PriorityQueue::clear': fn('fn[A] PriorityQueue::clear(self : PriorityQueue[A]) -> Unit', (q: P) => {
    q.top = undefined;
    q.len = 0;
  }),
};

/** The names core deprecated but still exports, each beside the entry it names. */
const deprecated: [alias: string, entry: keyof typeof fns][] = [
  ['of', 'from_array'],
  ['PriorityQueue::of', 'PriorityQueue::from_array'],
  ['from_iterator', 'from_iter'],
  ['PriorityQueue::from_iterator', 'PriorityQueue::from_iter'],
  ['PriorityQueue::clone', 'PriorityQueue::copy'],
  ['PriorityQueue::iterator', 'PriorityQueue::iter'],
];
const renamed = (e: FnEntry, from: string, to: string) => fn(e.sig.replace(`${from}(`, `${to}(`), e.impl as (...args: unknown[]) => unknown);

export default defineModule('priority_queue', {
  decls: 'type PriorityQueue[A]',
  fns: { ...fns, ...Object.fromEntries(deprecated.map(([alias, entry]) => [alias, renamed(fns[entry], entry, alias)])) },
  impls: {
    'Show for @priority_queue.PriorityQueue': impl('impl[A : Show + Compare] Show for PriorityQueue[A]', (A: Desc) => {
      return { output: (q: P, logger: Logger) => outputFromArray('@priority_queue.from_array', A, toArray(A, q), logger) };
    }),
    'Debug for @priority_queue.PriorityQueue': impl('impl[A : @debug.Debug + Compare] @debug.Debug for PriorityQueue[A]', (A: Desc) => {
      const repr = A['Debug.to_repr'] as (x: unknown) => R.Repr;
      return { to_repr: (q: P) => R.opaque('PriorityQueue', R.array(toArray(A, q).map(repr))) };
    }),
    'ToJson for @priority_queue.PriorityQueue': impl('impl[A : ToJson + Compare] ToJson for PriorityQueue[A]', (A: Desc) => {
      const toJson = A['ToJson.to_json'] as (x: unknown) => Json;
      return { to_json: (q: P) => J.array(toArray(A, q).map(toJson)) };
    }),
    'Default for @priority_queue.PriorityQueue': impl('impl[K] Default for PriorityQueue[K]', { default: newQueue }),
  },
});
