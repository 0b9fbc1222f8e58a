// The persistent weight-balanced trees behind `@immut/sorted_map.SortedMap`
// and `@immut/sorted_set.SortedSet` (a set's element is its node's key):
// nodes are never changed once made, so an update shares every subtree it
// does not rebuild. What both packages do alike lives here: the walks of
// their iterators and the bulk build of their array constructors. Their
// rebalancing differs in details that show through the order in which
// callbacks see the elements, so each package keeps its own.

import { Iter } from '../../runtime/core-values.ts';
import { compareInStep } from './seq.ts';

export interface Node {
  readonly key: unknown;
  readonly value: unknown;
  readonly size: number;
  readonly left: Tree;
  readonly right: Tree;
}

/** `Empty`: one shared object, never `undefined` (which would read as an omitted argument). */
export interface Empty {
  readonly size: 0;
}

export type Tree = Node | Empty;

export const EMPTY: Empty = Object.freeze({ size: 0 });

export const isNode = (t: Tree): t is Node => t.size !== 0;

export function node(key: unknown, value: unknown, left: Tree, right: Tree): Node {
  return { key, value, size: left.size + right.size + 1, left, right };
}

export type Take<T> = (key: unknown, value: unknown) => T;
type Compare = (a: unknown, b: unknown) => number;

/** In order, left subtree first. */
export function eachNode(t: Tree, f: (n: Node) => void): void {
  if (!isNode(t)) return;
  eachNode(t.left, f);
  f(t);
  eachNode(t.right, f);
}

/**
 * Core's lazy in-order walk: it stacks each node it passes on the way down
 * to the smallest entry, with the subtree to resume from once that node is
 * yielded.
 */
export function ascending<T>(root: Tree, pick: Take<T>): Iter<T> {
  const parents: Node[] = [];
  let current = root;
  return new Iter(() => {
    for (let t = current; ; ) {
      if (isNode(t)) {
        if (!isNode(t.left)) {
          current = t.right;
          return pick(t.key, t.value);
        }
        parents.push(t);
        t = t.left;
        continue;
      }
      const up = parents.pop();
      if (up === undefined) return Iter.DONE;
      current = up.right;
      return pick(up.key, up.value);
    }
  });
}

/** The mirror walk, from the largest entry down. */
export function descending<T>(root: Tree, pick: Take<T>): Iter<T> {
  const parents: Node[] = [];
  let current = root;
  return new Iter(() => {
    for (let t = current; ; ) {
      if (isNode(t)) {
        if (!isNode(t.right)) {
          current = t.left;
          return pick(t.key, t.value);
        }
        parents.push(t);
        t = t.right;
        continue;
      }
      const up = parents.pop();
      if (up === undefined) return Iter.DONE;
      current = up.left;
      return pick(up.key, up.value);
    }
  });
}

/**
 * `range(low~, high~)`: the ascending walk that steps past subtrees
 * outside `[low, high]`, comparing each node it reaches with both bounds.
 */
export function inRange<T>(root: Tree, low: unknown, high: unknown, compare: Compare, pick: Take<T>): Iter<T> {
  const pending: Node[] = [];
  let next = root;
  return new Iter(() => {
    let t = next;
    while (isNode(t)) {
      const belowLow = compare(t.key, low) < 0;
      const aboveHigh = compare(t.key, high) > 0;
      if (belowLow) t = t.right;
      else if (aboveHigh) t = t.left;
      else if (!isNode(t.left)) {
        next = t.right;
        return pick(t.key, t.value);
      } else {
        pending.push(t);
        t = t.left;
      }
    }
    const up = pending.pop();
    if (up === undefined) return Iter.DONE;
    next = up.right;
    return pick(up.key, up.value);
  });
}

/** Core's Eq for both types: the same object, or equal sizes and the two walks equal in step. */
export function equalTrees(a: Tree, b: Tree, pick: Take<unknown>, same: (x: unknown, y: unknown) => boolean): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  return compareInStep(ascending(a, pick), ascending(b, pick), (p, q) => (same(p, q) ? 0 : 1)) === 0;
}

/** Core's Compare for both types: sizes first, then the first entries that differ. */
export function compareTrees(a: Tree, b: Tree, pick: Take<unknown>, compare: Compare): number {
  if (a.size !== b.size) return (a.size - b.size) | 0;
  return compareInStep(ascending(a, pick), ascending(b, pick), compare);
}

/**
 * How the keys of `items` run: 1 never decreasing, -1 never increasing
 * (all equal counts as 1), 0 neither; and whether two neighbours compare
 * equal (known only as far as the scan went when the order is 0).
 */
export function runOrder<T>(items: readonly T[], start: number, end: number, keyOf: (x: T) => unknown, compare: Compare): { order: number; duplicates: boolean } {
  let order = 0;
  let duplicates = false;
  for (let i = start + 1; i < end; i++) {
    const c = compare(keyOf(items[i - 1]!), keyOf(items[i]!));
    if (c === 0) {
      duplicates = true;
      continue;
    }
    const current = c < 0 ? 1 : -1;
    if (order === 0) order = current;
    else if (order !== current) return { order: 0, duplicates };
  }
  return { order: order === 0 ? 1 : order, duplicates };
}

/** The balanced tree of `items[start, end)`, in ascending key order: each middle item is a subtree's root. */
export function fromAscending<T>(items: readonly T[], start: number, end: number, nodeOf: (x: T, l: Tree, r: Tree) => Node): Tree {
  if (start >= end) return EMPTY;
  const mid = Math.trunc((start + end) / 2);
  return nodeOf(items[mid]!, fromAscending(items, start, mid, nodeOf), fromAscending(items, mid + 1, end, nodeOf));
}

/** The same for items in descending key order, the halves swapped. */
export function fromDescending<T>(items: readonly T[], start: number, end: number, nodeOf: (x: T, l: Tree, r: Tree) => Node): Tree {
  if (start >= end) return EMPTY;
  const mid = Math.trunc((start + end) / 2);
  return nodeOf(items[mid]!, fromDescending(items, mid + 1, end, nodeOf), fromDescending(items, start, mid, nodeOf));
}

/**
 * Each run of equal keys in a monotonic `items[start, end)` as one item,
 * in ascending order; `merge(first, last)` makes it from the run's first
 * and last items (in the array's order).
 */
export function compactRuns<T>(
  items: readonly T[], start: number, end: number, ascending: boolean, keyOf: (x: T) => unknown, compare: Compare, merge: (first: T, last: T) => T,
): T[] {
  const out: T[] = [];
  const same = (i: number, j: number) => compare(keyOf(items[i]!), keyOf(items[j]!)) === 0;
  if (ascending) {
    for (let first = start; first < end; ) {
      let last = first;
      while (last + 1 < end && same(last, last + 1)) last++;
      out.push(merge(items[first]!, items[last]!));
      first = last + 1;
    }
  } else {
    for (let last = end - 1; last >= start; ) {
      let first = last;
      while (first > start && same(first - 1, first)) first--;
      out.push(merge(items[first]!, items[last]!));
      last = first - 1;
    }
  }
  return out;
}
