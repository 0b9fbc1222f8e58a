// The AVL tree behind `@sorted_map.SortedMap` and `@sorted_set.SortedSet`
// (a set's element is its node's key). Core's rebalancing is reproduced
// step by step, not just its invariant: an iterator reads the live nodes
// of the tree as it was when the iterator was made, so the exact shape
// after each insertion, removal and rotation shows through one that is
// advanced across a mutation.

import { Iter } from '../../runtime/core-values.ts';
import { compareInStep } from './seq.ts';

export interface TreeNode {
  key: unknown;
  value: unknown;
  left: TreeNode | undefined;
  right: TreeNode | undefined;
  height: number;
}

/** The runtime value of both `SortedMap[K, V]` and `SortedSet[V]`. */
export class SortedTree {
  root: TreeNode | undefined = undefined;
  size = 0;
}

/**
 * Where `key` goes relative to a node's key: negative left, 0 here,
 * positive right. Maps decide with `==` then `<`, sets with `compare`.
 */
export type Place = (key: unknown, nodeKey: unknown) => number;
export type Same = (a: unknown, b: unknown) => boolean;
type Compare = (a: unknown, b: unknown) => number;

export function node(key: unknown, value: unknown, left: TreeNode | undefined, right: TreeNode | undefined, height: number): TreeNode {
  return { key, value, left, right, height };
}

export const heightOf = (n: TreeNode | undefined): number => (n === undefined ? 0 : n.height);

export function updateHeight(n: TreeNode): void {
  n.height = 1 + Math.max(heightOf(n.left), heightOf(n.right));
}

/** An absent subtree counts as height 0, so anything is at least as tall as it. */
function heightGe(a: TreeNode | undefined, b: TreeNode | undefined): boolean {
  return heightOf(a) >= heightOf(b);
}

export function rotateLeft(n: TreeNode): TreeNode {
  const r = n.right!;
  n.right = r.left;
  updateHeight(n);
  r.left = n;
  updateHeight(r);
  return r;
}

export function rotateRight(n: TreeNode): TreeNode {
  const l = n.left!;
  n.left = l.right;
  updateHeight(n);
  l.right = n;
  updateHeight(l);
  return l;
}

/** Restores the balance at `root` after one side changed height by one; the new subtree root. */
function balance(root: TreeNode): TreeNode {
  const hl = heightOf(root.left);
  const hr = heightOf(root.right);
  let top = root;
  if (hl > hr + 1) {
    const l = root.left!;
    if (!heightGe(l.left, l.right)) root.left = rotateLeft(l);
    top = rotateRight(root);
  } else if (hr > hl + 1) {
    const r = root.right!;
    if (!heightGe(r.right, r.left)) root.right = rotateRight(r);
    top = rotateLeft(root);
  }
  updateHeight(top);
  return top;
}

/**
 * Inserts `key` below `n`, or hands the node already holding it to
 * `found`. The new subtree root and whether a node was added.
 */
export function insert(
  n: TreeNode | undefined, key: unknown, value: unknown, place: Place, found: (n: TreeNode) => void,
): [TreeNode, boolean] {
  if (n === undefined) return [node(key, value, undefined, undefined, 1), true];
  const c = place(key, n.key);
  if (c === 0) {
    found(n);
    return [n, false];
  }
  if (c < 0) {
    const [l, added] = insert(n.left, key, value, place, found);
    n.left = l;
    return [balance(n), added];
  }
  const [r, added] = insert(n.right, key, value, place, found);
  n.right = r;
  return [balance(n), added];
}

/** Moves the smallest entry under `n` into `target` and unlinks it; what replaces `n`. */
function takeMinInto(target: TreeNode, n: TreeNode): TreeNode | undefined {
  if (n.left === undefined) {
    target.key = n.key;
    target.value = n.value;
    return n.right;
  }
  n.left = takeMinInto(target, n.left);
  return balance(n);
}

/** Removes `key` from below `n`: the new subtree root and whether it was there. */
export function remove(n: TreeNode, key: unknown, place: Place): [TreeNode | undefined, boolean] {
  const c = place(key, n.key);
  if (c === 0) {
    if (n.left !== undefined && n.right !== undefined) {
      n.right = takeMinInto(n, n.right);
      return [balance(n), true];
    }
    return [n.left === undefined ? n.right : n.left, true];
  }
  const child = c < 0 ? n.left : n.right;
  if (child === undefined) return [n, false];
  const [sub, removed] = remove(child, key, place);
  if (c < 0) n.left = sub;
  else n.right = sub;
  return [balance(n), removed];
}

/**
 * Core writes the new root back only when `tree.root != new_root`, an
 * Option comparison that compares the two roots' keys with `==`.
 */
export function setRoot(tree: SortedTree, root: TreeNode | undefined, same: Same): void {
  const old = tree.root;
  const unchanged = old === undefined || root === undefined ? old === root : same(old.key, root.key);
  if (!unchanged) tree.root = root;
}

/** The node whose key compares equal to `key`, or undefined. */
export function find(root: TreeNode | undefined, key: unknown, compare: Compare): TreeNode | undefined {
  let n = root;
  while (n !== undefined) {
    const c = compare(key, n.key);
    if (c === 0) return n;
    n = c > 0 ? n.right : n.left;
  }
  return undefined;
}

/** In order, reading each node's right child only after visiting it (a callback may change the tree). */
export function each(n: TreeNode | undefined, f: (n: TreeNode) => void): void {
  if (n === undefined) return;
  each(n.left, f);
  f(n);
  each(n.right, f);
}

export function copy(n: TreeNode | undefined): TreeNode | undefined {
  return n === undefined ? undefined : node(n.key, n.value, copy(n.left), copy(n.right), n.height);
}

/**
 * The lazy in-order walk of core's iterators: from the root the tree had
 * when it was made, it stacks each node's key, value and right child on
 * the way down (as they are then) and resumes from the right child of the
 * entry it pops.
 */
export function walk<T>(root: TreeNode | undefined, pick: (key: unknown, value: unknown) => T): Iter<T> {
  const pending: [unknown, unknown, TreeNode | undefined][] = [];
  let next = root;
  return new Iter(() => {
    for (let n = next; n !== undefined; n = n.left) pending.push([n.key, n.value, n.right]);
    const top = pending.pop();
    if (top === undefined) return Iter.DONE;
    next = top[2];
    return pick(top[0], top[1]);
  });
}

/**
 * `range(low, high)`: the same walk, skipping the subtrees outside
 * `[low, high]`; each visited node is compared with both bounds.
 */
export function walkRange<T>(
  root: TreeNode | undefined, low: unknown, high: unknown, compare: Compare, pick: (key: unknown, value: unknown) => T,
): Iter<T> {
  const pending: [unknown, unknown, TreeNode | undefined][] = [];
  let next = root;
  return new Iter(() => {
    let n = next;
    while (n !== undefined) {
      const belowLow = compare(n.key, low) < 0;
      const aboveHigh = compare(n.key, high) > 0;
      if (belowLow) n = n.right;
      else if (aboveHigh) n = n.left;
      else if (n.left === undefined) {
        next = n.right;
        return pick(n.key, n.value);
      } else {
        pending.push([n.key, n.value, n.right]);
        n = n.left;
      }
    }
    const top = pending.pop();
    if (top === undefined) return Iter.DONE;
    next = top[2];
    return pick(top[0], top[1]);
  });
}

/** Core's `Eq` for both types: equal sizes, then the two walks in step. */
export function equalWalks(a: SortedTree, b: SortedTree, pick: (key: unknown, value: unknown) => unknown, same: Same): boolean {
  if (a.size !== b.size) return false;
  return compareInStep(walk(a.root, pick), walk(b.root, pick), (p, q) => (same(p, q) ? 0 : 1)) === 0;
}
