// `@sorted_set`: `SortedSet[V]`, core's mutable AVL tree set (runtime class
// `SortedTree`, support/sorted-tree.ts, each element a node's key),
// iterated in ascending order. Elements are placed and found with
// `compare`; adding one that compares equal to a stored element replaces
// it. Union, difference, intersection and symmetric difference split and
// join copies of both trees as the newer core the docs are written for
// does (the oracle's older core re-added elements for the last three: the
// same elements, kept from the same side, in a differently shaped tree).

import { defineModule, fn, impl } from './define.ts';
import { ArrayView, Iter, type Logger } from '../runtime/core-values.ts';
import type { Desc } from '../runtime/desc.ts';
import { Panic } from '../runtime/values.ts';
import { span } from './support/seq.ts';
import * as R from './support/repr.ts';
import * as T from './support/sorted-tree.ts';

type S = T.SortedTree;
type Node = T.TreeNode | undefined;
type CompareFn = (a: unknown, b: unknown) => number;

const compareOf = (V: Desc) => V['Compare.compare'] as CompareFn;
const eqOf = (V: Desc) => V['Eq.equal'] as T.Same;

function tree(root: Node, size: number): S {
  const s = new T.SortedTree();
  s.root = root;
  s.size = size;
  return s;
}

function add(V: Desc, s: S, value: unknown): void {
  const [root, added] = T.insert(s.root, value, undefined, compareOf(V), (n) => {
    n.key = value;
  });
  T.setRoot(s, root, eqOf(V));
  if (added) s.size++;
}

function remove(V: Desc, s: S, value: unknown): void {
  if (s.root === undefined) return;
  const [root, removed] = T.remove(s.root, value, compareOf(V));
  T.setRoot(s, root, eqOf(V));
  if (removed) s.size--;
}

const contains = (V: Desc, s: S, value: unknown): boolean => T.find(s.root, value, compareOf(V)) !== undefined;

function fromArray(V: Desc, arr: ArrayView | unknown[]): S {
  const [a, st, e] = span(arr);
  const s = new T.SortedTree();
  for (let i = st; i < e; i++) add(V, s, a[i]);
  return s;
}

function fromIter(V: Desc, iter: Iter): S {
  const s = new T.SortedTree();
  for (let x = iter.next(); x !== Iter.DONE; x = iter.next()) add(V, s, x);
  return s;
}

const elements = (s: S): Iter => T.walk(s.root, (k) => k);

/** A node of `value` over two subtrees, its height computed from theirs. */
const joined = (left: Node, value: unknown, right: Node): T.TreeNode =>
  T.node(value, undefined, left, right, Math.max(T.heightOf(left), T.heightOf(right)) + 1);

/** `l`, `v`, `r` as one balanced tree, `r` the taller by two or more: `v` goes down `r`'s left spine. */
function joinLeft(l: Node, v: unknown, r: Node): T.TreeNode {
  const { key: rv, left: rl, right: rr } = r!;
  let top: T.TreeNode;
  if (T.heightOf(rl) <= T.heightOf(l) + 1) {
    const inner = joined(l, v, rl);
    top = inner.height <= T.heightOf(rr) + 1 ? joined(inner, rv, rr) : T.rotateRight(joined(T.rotateLeft(inner), rv, rr));
  } else {
    const inner = joinLeft(l, v, rl);
    const n = joined(inner, rv, rr);
    top = inner.height <= T.heightOf(rr) + 1 ? n : T.rotateRight(n);
  }
  T.updateHeight(top);
  return top;
}

/** The mirror of `joinLeft`, `l` the taller. */
function joinRight(l: Node, v: unknown, r: Node): T.TreeNode {
  const { key: lv, left: ll, right: lr } = l!;
  let top: T.TreeNode;
  if (T.heightOf(lr) <= T.heightOf(r) + 1) {
    const inner = joined(lr, v, r);
    top = inner.height <= T.heightOf(ll) + 1 ? joined(ll, lv, inner) : T.rotateLeft(joined(ll, lv, T.rotateRight(inner)));
  } else {
    const inner = joinRight(lr, v, r);
    const n = joined(ll, lv, inner);
    top = inner.height <= T.heightOf(ll) + 1 ? n : T.rotateLeft(n);
  }
  T.updateHeight(top);
  return top;
}

/** Every element of `left`, then `value`, then every element of `right`. */
function join(left: Node, value: unknown, right: Node): T.TreeNode {
  const hl = T.heightOf(left);
  const hr = T.heightOf(right);
  if (hl > hr + 1) return joinRight(left, value, right);
  if (hr > hl + 1) return joinLeft(left, value, right);
  return joined(left, value, right);
}

/** The elements below and above `value`, and whether an element compared equal to it (that one is dropped). */
function split(n: Node, value: unknown, compare: CompareFn): { left: Node; found: boolean; right: Node } {
  if (n === undefined) return { left: undefined, found: false, right: undefined };
  const c = compare(value, n.key);
  if (c === 0) return { left: n.left, found: true, right: n.right };
  if (c < 0) {
    const s = split(n.left, value, compare);
    return { left: s.left, found: s.found, right: join(s.right, n.key, n.right) };
  }
  const s = split(n.right, value, compare);
  return { left: join(n.left, n.key, s.left), found: s.found, right: s.right };
}

function removeMin(n: T.TreeNode): [unknown, Node] {
  if (n.left === undefined) return [n.key, n.right];
  const [min, rest] = removeMin(n.left);
  return [min, join(rest, n.key, n.right)];
}

/** Every element of `left`, then every element of `right`. */
function concat(left: Node, right: Node): Node {
  if (left === undefined) return right;
  if (right === undefined) return left;
  const [min, rest] = removeMin(right);
  return join(left, min, rest);
}

/**
 * The split-and-join walk of the set operations, over copies of both
 * trees: each element of `a` splits `b`, and `keep(found)` says whether it
 * stays; `onlyA` and `onlyB`, whether what is left of one side once the
 * other has run out stays. The result's root, and how many elements were
 * found in both.
 */
function merge(
  compare: CompareFn, a: Node, b: Node, keep: (found: boolean) => boolean, onlyA: boolean, onlyB: boolean,
): { root: Node; shared: number } {
  let shared = 0;
  const go = (x: Node, y: Node): Node => {
    if (x === undefined) return onlyB ? y : undefined;
    if (y === undefined) return onlyA ? x : undefined;
    const { key: v, left, right } = x;
    const s = split(y, v, compare);
    if (s.found) shared++;
    const l = go(left, s.left);
    const r = go(right, s.right);
    return keep(s.found) ? join(l, v, r) : concat(l, r);
  };
  const root = go(T.copy(a), T.copy(b));
  return { root, shared };
}

function union(V: Desc, a: S, b: S): S {
  if (a.root === undefined || b.root === undefined) {
    const only = a.root === undefined ? b : a;
    return only.root === undefined ? new T.SortedTree() : tree(T.copy(only.root), only.size);
  }
  const m = merge(compareOf(V), a.root, b.root, () => true, true, true);
  return tree(m.root, a.size + b.size - m.shared);
}

/** Probing each element of a set far smaller than the other beats copying both trees. */
const farSmaller = (x: S, y: S): boolean => x.size < Math.trunc(y.size / 16);

function difference(V: Desc, a: S, b: S): S {
  if (a.root === undefined) return new T.SortedTree();
  if (b.root === undefined) return tree(T.copy(a.root), a.size);
  if (farSmaller(a, b)) {
    const out = new T.SortedTree();
    T.each(a.root, (n) => {
      if (!contains(V, b, n.key)) add(V, out, n.key);
    });
    return out;
  }
  const m = merge(compareOf(V), a.root, b.root, (found) => !found, true, false);
  return tree(m.root, a.size - m.shared);
}

function symmetricDifference(V: Desc, a: S, b: S): S {
  const m = merge(compareOf(V), a.root, b.root, (found) => !found, true, true);
  return tree(m.root, a.size + b.size - 2 * m.shared);
}

function intersection(V: Desc, a: S, b: S): S {
  if (a.root === undefined || b.root === undefined) return new T.SortedTree();
  if (farSmaller(a, b)) {
    const out = new T.SortedTree();
    T.each(a.root, (n) => {
      if (contains(V, b, n.key)) add(V, out, n.key);
    });
    return out;
  }
  if (farSmaller(b, a)) {
    // Probing with `b`, the element kept is still `a`'s.
    const out = new T.SortedTree();
    T.each(b.root, (n) => {
      const stored = T.find(a.root, n.key, compareOf(V));
      if (stored !== undefined) add(V, out, stored.key);
    });
    return out;
  }
  const m = merge(compareOf(V), a.root, b.root, (found) => found, false, false);
  return tree(m.root, m.shared);
}

/** Whether `f` holds for every element of `s`, stopping at the first that fails. */
function every(s: S, f: (x: unknown) => boolean): boolean {
  const it = elements(s);
  for (let x = it.next(); x !== Iter.DONE; x = it.next()) if (!f(x)) return false;
  return true;
}

/** Core fills an array of `length()` slots in order, the root's element in any left over. */
function toArray(s: S): unknown[] {
  if (s.size === 0) return [];
  const out = new Array<unknown>(s.size).fill(s.root!.key);
  let i = 0;
  T.each(s.root, (n) => {
    if (i >= out.length) throw new Panic(`index out of bounds: the len is ${out.length} but the index is ${i}`);
    out[i++] = n.key;
  });
  return out;
}

const copy = (s: S): S => (s.root === undefined ? new T.SortedTree() : tree(T.copy(s.root), s.size));
const newSet = (): S => new T.SortedTree();
const length = (s: S): number => s.size;
const singleton = (value: unknown): S => tree(T.node(value, undefined, undefined, undefined, 1), 1);
const equal = (V: Desc, a: S, b: S): boolean => T.equalWalks(a, b, (k) => k, eqOf(V));

const sigFromArray = (name: string) => `fn[V : Compare] ${name}(array : ArrayView[V]) -> SortedSet[V]`;
const sigFromIter = (name: string) => `fn[V : Compare] ${name}(iter : Iter[V]) -> SortedSet[V]`;
const sigCopy = (name: string) => `fn[V] ${name}(self : SortedSet[V]) -> SortedSet[V]`;
const sigBinary = (name: string, other: string) => `fn[V : Compare] ${name}(self : SortedSet[V], ${other} : SortedSet[V]) -> SortedSet[V]`;
const sigIter = (name: string) => `fn[V] ${name}(self : SortedSet[V]) -> Iter[V]`;

export default defineModule('sorted_set', {
  decls: 'type SortedSet[V]',
  fns: {
    'SortedSet::SortedSet': fn(sigFromArray('SortedSet::SortedSet'), fromArray),
    'SortedSet::from_array': fn(sigFromArray('SortedSet::from_array'), fromArray),
    from_array: fn(sigFromArray('from_array'), fromArray),
    'SortedSet::of': fn(sigFromArray('SortedSet::of'), fromArray),
    of: fn(sigFromArray('of'), fromArray),
    'SortedSet::new': fn('fn[V] SortedSet::new() -> SortedSet[V]', newSet),
    new: fn('fn[V] new() -> SortedSet[V]', newSet),
    'SortedSet::singleton': fn('fn[V] SortedSet::singleton(value : V) -> SortedSet[V]', singleton),
    singleton: fn('fn[V] singleton(value : V) -> SortedSet[V]', singleton),
    'SortedSet::from_iter': fn(sigFromIter('SortedSet::from_iter'), fromIter),
    from_iter: fn(sigFromIter('from_iter'), fromIter),
    'SortedSet::from_iterator': fn(sigFromIter('SortedSet::from_iterator'), fromIter),
    from_iterator: fn(sigFromIter('from_iterator'), fromIter),
    'SortedSet::copy': fn(sigCopy('SortedSet::copy'), copy),
    'SortedSet::clone': fn(sigCopy('SortedSet::clone'), copy),
    'SortedSet::deep_clone': fn(sigCopy('SortedSet::deep_clone'), copy),
    'SortedSet::add': fn('fn[V : Compare] SortedSet::add(self : SortedSet[V], value : V) -> Unit', add),
    'SortedSet::remove': fn('fn[V : Compare] SortedSet::remove(self : SortedSet[V], value : V) -> Unit', remove),
    'SortedSet::contains': fn('fn[V : Compare] SortedSet::contains(self : SortedSet[V], value : V) -> Bool', contains),
    'SortedSet::union': fn(sigBinary('SortedSet::union', 'src'), union),
    'SortedSet::difference': fn(sigBinary('SortedSet::difference', 'src'), difference),
    'SortedSet::diff': fn(sigBinary('SortedSet::diff', 'src'), difference),
    'SortedSet::symmetric_difference': fn(sigBinary('SortedSet::symmetric_difference', 'other'), symmetricDifference),
    'SortedSet::intersection': fn(sigBinary('SortedSet::intersection', 'src'), intersection),
    'SortedSet::intersect': fn(sigBinary('SortedSet::intersect', 'src'), intersection),
    'SortedSet::subset': fn('fn[V : Compare] SortedSet::subset(self : SortedSet[V], src : SortedSet[V]) -> Bool', (V: Desc, a: S, b: S) =>
      every(a, (x) => contains(V, b, x)),
    ),
    'SortedSet::disjoint': fn('fn[V : Compare] SortedSet::disjoint(self : SortedSet[V], src : SortedSet[V]) -> Bool', (V: Desc, a: S, b: S) =>
      every(a, (x) => !contains(V, b, x)),
    ),
    'SortedSet::equal': fn('fn[V : Eq] SortedSet::equal(self : SortedSet[V], other : SortedSet[V]) -> Bool', equal),
    'SortedSet::is_empty': fn('fn[V] SortedSet::is_empty(self : SortedSet[V]) -> Bool', (s: S) => s.root === undefined),
    'SortedSet::length': fn('fn[V] SortedSet::length(self : SortedSet[V]) -> Int', length),
    'SortedSet::size': fn('fn[V] SortedSet::size(self : SortedSet[V]) -> Int', length),
    'SortedSet::each': fn('fn[V] SortedSet::each(self : SortedSet[V], f : (V) -> Unit raise?) -> Unit raise?', (s: S, f: (x: unknown) => unknown) =>
      T.each(s.root, (n) => f(n.key)),
    ),
    'SortedSet::eachi': fn('fn[V] SortedSet::eachi(self : SortedSet[V], f : (Int, V) -> Unit raise?) -> Unit raise?', (s: S, f: (i: number, x: unknown) => unknown) => {
      let i = 0;
      T.each(s.root, (n) => {
        f(i, n.key);
        i++;
      });
    }),
    'SortedSet::to_array': fn('fn[V] SortedSet::to_array(self : SortedSet[V]) -> Array[V]', toArray),
    'SortedSet::iter': fn(sigIter('SortedSet::iter'), elements),
    'SortedSet::iterator': fn(sigIter('SortedSet::iterator'), elements),
    'SortedSet::range': fn('fn[V : Compare] SortedSet::range(self : SortedSet[V], low : V, high : V) -> Iter[V]', (V: Desc, s: S, low: unknown, high: unknown) =>
      T.walkRange(s.root, low, high, compareOf(V), (k) => k),
    ),
  },
  impls: {
    'Eq for @sorted_set.SortedSet': impl('impl[V : Eq] Eq for SortedSet[V]', (V: Desc) => ({ equal: (a: S, b: S) => equal(V, a, b) })),
    'Default for @sorted_set.SortedSet': impl('impl[K] Default for SortedSet[K]', { default: newSet }),
    'Show for @sorted_set.SortedSet': impl('impl[V : Show] Show for SortedSet[V]', (V: Desc) => {
      const out = V['Show.output'] as (x: unknown, l: Logger) => void;
      return {
        output: (s: S, logger: Logger) => {
          logger.write_string('@sorted_set.from_array([');
          const it = elements(s);
          for (let x = it.next(), i = 0; x !== Iter.DONE; x = it.next(), i++) {
            if (i > 0) logger.write_string(', ');
            out(x, logger);
          }
          logger.write_string('])');
        },
      };
    }),
    'Debug for @sorted_set.SortedSet': impl('impl[V : Debug] Debug for SortedSet[V]', (V: Desc) => {
      const repr = V['Debug.to_repr'] as (x: unknown) => R.Repr;
      return { to_repr: (s: S) => R.opaque('SortedSet', R.array(toArray(s).map(repr))) };
    }),
  },
});
