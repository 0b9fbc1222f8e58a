// The hash array mapped trie behind `@immut/hashmap.HashMap` and
// `@immut/hashset.HashSet` (a set's element is a key whose value is
// `undefined`). Iteration order, `Show` and `Debug` follow the trie's shape,
// and `==` compares shapes, so every node is built as core builds it:
//
// - a path is the key's hash with its top two bits replaced by the tag
//   0b11; each level consumes its lowest 5 bits, and after six levels only
//   the tag is left (`EXHAUSTED`);
// - `Flat` holds one entry and the part of its path not yet consumed;
//   `Branch` holds children in ascending slot order under a 32-bit bitmap;
//   `Leaf` is a collision bucket at depth 6, its first entry inline and the
//   others in list order (a MoonBit `@list.List`, so "add" prepends);
// - a shrinking operation turns a one-entry bucket into a `Flat` and hoists
//   a lone `Flat` child into its parent, re-extending its path.
//
// This is the newer core the docs were written with (its trie is always in
// that canonical shape); the oracle's older one left one-entry buckets and
// lone children in place after `filter` and removals from a bucket.

import { Iter } from '../../runtime/core-values.ts';
import { Panic } from '../../runtime/values.ts';

export type Same = (a: unknown, b: unknown) => boolean;
type Entry = readonly [key: unknown, value: unknown];

export type Node =
  | { readonly kind: 'flat'; readonly key: unknown; readonly value: unknown; readonly path: number }
  | { readonly kind: 'leaf'; readonly key: unknown; readonly value: unknown; readonly bucket: readonly Entry[] }
  | { readonly kind: 'branch'; readonly bits: number; readonly children: readonly Node[] };

type Branch = Extract<Node, { kind: 'branch' }>;
type Leaf = Extract<Node, { kind: 'leaf' }>;

/** A map or set value: its root, or `undefined` when empty. */
export class HamtValue {
  constructor(readonly root: Node | undefined) {}
}

/** The runtime class of `@immut/hashmap.HashMap`; JS iteration yields `[key, value]` in MoonBit's order. */
export class ImmutHashMap extends HamtValue {
  *[Symbol.iterator](): Iterator<[unknown, unknown]> {
    for (const [k, v] of entriesOf(this.root)) yield [k, v];
  }
}

/** The runtime class of `@immut/hashset.HashSet`; JS iteration yields its elements in MoonBit's order. */
export class ImmutHashSet extends HamtValue {
  *[Symbol.iterator](): Iterator<unknown> {
    for (const [k] of entriesOf(this.root)) yield k;
  }
}

/** Where maps and sets differ. */
export interface Flavor {
  /** A present key keeps its node when added again or intersected (sets), instead of taking the new value (maps). */
  readonly keepPresent: boolean;
  /** Intersecting two buckets keeps the left one's entries (sets) or the right one's (maps). */
  readonly intersectFromLeft: boolean;
}

export const MAP_FLAVOR: Flavor = { keepPresent: false, intersectFromLeft: false };
export const SET_FLAVOR: Flavor = { keepPresent: true, intersectFromLeft: true };

// ---- paths ------------------------------------------------------------------

const HEAD_TAG = 0xc0000000;
const EXHAUSTED = 3;

export const pathOf = (hash: number): number => (hash | HEAD_TAG) >>> 0;
const slotOf = (path: number): number => path & 31;
const rest = (path: number): number => path >>> 5;
const extend = (path: number, slot: number): number => ((path << 5) | slot) >>> 0;

// ---- nodes ------------------------------------------------------------------

export const flat = (key: unknown, value: unknown, path: number): Node => ({ kind: 'flat', key, value, path });
const leaf = (key: unknown, value: unknown, bucket: readonly Entry[]): Node => ({ kind: 'leaf', key, value, bucket });
const branch = (bits: number, children: readonly Node[]): Node => ({ kind: 'branch', bits: bits >>> 0, children });

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v !== 0; v &= v - 1) n++;
  return n;
}

const has = (bits: number, slot: number): boolean => ((bits >>> slot) & 1) === 1;
/** The position of `slot`'s child among the children: the number of lower slots present. */
const positionOf = (bits: number, slot: number): number => popcount(slot === 0 ? 0 : bits & (0xffffffff >>> (32 - slot)));
const lowestSlot = (bits: number): number => 31 - Math.clz32(bits & -bits);

function childAt(b: Branch, slot: number): Node | undefined {
  return has(b.bits, slot) ? b.children[positionOf(b.bits, slot)] : undefined;
}

function withChild(b: Branch, slot: number, child: Node): Node {
  const children = b.children.slice();
  children[positionOf(b.bits, slot)] = child;
  return branch(b.bits, children);
}

function addChild(b: Branch, slot: number, child: Node): Node {
  const children = b.children.slice();
  children.splice(positionOf(b.bits, slot), 0, child);
  return branch(b.bits | (1 << slot), children);
}

function withoutChild(b: Branch, slot: number): Branch {
  const children = b.children.slice();
  children.splice(positionOf(b.bits, slot), 1);
  return branch(b.bits ^ (1 << slot), children) as Branch;
}

/** A branch left with one `Flat` child becomes that entry, one level up. */
function collapse(b: Branch): Node {
  const only = b.children.length === 1 ? b.children[0]! : undefined;
  return only?.kind === 'flat' ? flat(only.key, only.value, extend(only.path, lowestSlot(b.bits))) : b;
}

/** Entries in a bucket list's order: one becomes a `Flat` at full depth, more a `Leaf`, none nothing. */
function fromBucket(kvs: readonly Entry[]): Node | undefined {
  if (kvs.length === 0) return undefined;
  const [k, v] = kvs[0]!;
  return kvs.length === 1 ? flat(k, v, EXHAUSTED) : leaf(k, v, kvs.slice(1));
}

/** A bucket's entries as core's list `bucket.add((key, value))`: the inline one first. */
const allOf = (l: Leaf): Entry[] => [[l.key, l.value], ...l.bucket];

function lookup(kvs: readonly Entry[], key: unknown, eq: Same): Entry | undefined {
  return kvs.find((kv) => eq(kv[0], key));
}

// ---- lookup, add, remove ----------------------------------------------------

export function find(node: Node | undefined, key: unknown, path: number, eq: Same): Entry | undefined {
  for (let n = node, p = path; n !== undefined; p = rest(p)) {
    switch (n.kind) {
      case 'leaf':
        return eq(key, n.key) ? [n.key, n.value] : lookup(n.bucket, key, eq);
      case 'flat':
        return p === n.path && eq(key, n.key) ? [n.key, n.value] : undefined;
      case 'branch':
        n = childAt(n, slotOf(p));
    }
  }
  return undefined;
}

/** Two different entries whose remaining paths are `p1` and `p2`, in the smallest subtree that separates them. */
function join(k1: unknown, v1: unknown, p1: number, k2: unknown, v2: unknown, p2: number): Node {
  if (p1 === EXHAUSTED) return leaf(k2, v2, [[k1, v1]]);
  const s1 = slotOf(p1);
  const s2 = slotOf(p2);
  if (s1 === s2) return branch(1 << s1, [join(k1, v1, rest(p1), k2, v2, rest(p2))]);
  const a = flat(k1, v1, rest(p1));
  const b = flat(k2, v2, rest(p2));
  return branch((1 << s1) | (1 << s2), s1 < s2 ? [a, b] : [b, a]);
}

export function add(node: Node, key: unknown, value: unknown, path: number, eq: Same, fl: Flavor): Node {
  switch (node.kind) {
    case 'leaf': {
      if (eq(key, node.key)) return fl.keepPresent ? node : leaf(key, value, node.bucket);
      const at = node.bucket.findIndex((kv) => eq(kv[0], key));
      if (at >= 0 && fl.keepPresent) return node;
      // The new entry goes inline and the old inline one to the bucket's front.
      const others = at < 0 ? node.bucket : node.bucket.filter((_, i) => i !== at);
      return leaf(key, value, [[node.key, node.value], ...others]);
    }
    case 'flat':
      if (path === node.path && eq(key, node.key)) return fl.keepPresent ? node : flat(node.key, value, node.path);
      return join(node.key, node.value, node.path, key, value, path);
    case 'branch': {
      const slot = slotOf(path);
      const child = childAt(node, slot);
      return child === undefined
        ? addChild(node, slot, flat(key, value, rest(path)))
        : withChild(node, slot, add(child, key, value, rest(path), eq, fl));
    }
  }
}

export function remove(node: Node, key: unknown, path: number, eq: Same): Node | undefined {
  switch (node.kind) {
    case 'leaf': {
      if (eq(node.key, key)) return fromBucket(node.bucket);
      const at = node.bucket.findIndex((kv) => eq(kv[0], key));
      return at < 0 ? node : fromBucket(allOf(node).filter((_, i) => i !== at + 1));
    }
    case 'flat':
      return path === node.path && eq(key, node.key) ? undefined : node;
    case 'branch': {
      const slot = slotOf(path);
      const child = childAt(node, slot);
      if (child === undefined) return node;
      const after = remove(child, key, rest(path), eq);
      if (after === undefined) return node.children.length === 1 ? undefined : collapse(withoutChild(node, slot));
      return collapse(withChild(node, slot, after) as Branch);
    }
  }
}

// ---- walking ----------------------------------------------------------------

/** Every entry in iteration order: a branch's children by slot, a bucket's inline entry first. */
export function* entriesOf(node: Node | undefined): Generator<Entry> {
  if (node === undefined) return;
  switch (node.kind) {
    case 'flat':
      yield [node.key, node.value];
      return;
    case 'leaf':
      yield [node.key, node.value];
      yield* node.bucket;
      return;
    case 'branch':
      for (const c of node.children) yield* entriesOf(c);
  }
}

/** A lazy `Iter` over the entries, picking what each step yields. */
export function iterOf<T>(node: Node | undefined, pick: (k: unknown, v: unknown) => T): Iter<T> {
  const gen = entriesOf(node);
  return new Iter(() => {
    const r = gen.next();
    return r.done ? Iter.DONE : pick(r.value[0], r.value[1]);
  });
}

export function each(node: Node | undefined, f: (k: unknown, v: unknown) => void): void {
  if (node === undefined) return;
  switch (node.kind) {
    case 'flat':
      f(node.key, node.value);
      return;
    case 'leaf':
      f(node.key, node.value);
      for (const [k, v] of node.bucket) f(k, v);
      return;
    case 'branch':
      for (const c of node.children) each(c, f);
  }
}

export function size(node: Node | undefined): number {
  if (node === undefined) return 0;
  switch (node.kind) {
    case 'flat':
      return 1;
    case 'leaf':
      return 1 + node.bucket.length;
    case 'branch':
      return node.children.reduce((n, c) => n + size(c), 0);
  }
}

/** Same shape, each value replaced by `f(key, value)`, visited in iteration order. */
export function mapValues(node: Node, f: (k: unknown, v: unknown) => unknown): Node {
  switch (node.kind) {
    case 'flat':
      return flat(node.key, f(node.key, node.value), node.path);
    case 'leaf': {
      const v = f(node.key, node.value);
      return leaf(node.key, v, node.bucket.map(([k, x]) => [k, f(k, x)]));
    }
    case 'branch':
      return branch(node.bits, node.children.map((c) => mapValues(c, f)));
  }
}

/**
 * The children for which `f` gives a node, in slot order, as a branch (or
 * nothing when none is left); `f` sees each child of `slots` in ascending
 * slot order.
 */
function keepSome(b: Branch, slots: number, f: (slot: number) => Node | undefined): Branch | undefined {
  let bits = 0;
  const children: Node[] = [];
  for (let todo = slots >>> 0; todo !== 0; todo = (todo & (todo - 1)) >>> 0) {
    const slot = lowestSlot(todo);
    const c = f(slot);
    if (c === undefined) continue;
    bits |= 1 << slot;
    children.push(c);
  }
  return children.length === 0 ? undefined : (branch(bits, children) as Branch);
}

export function filter(node: Node, pred: (k: unknown, v: unknown) => boolean): Node | undefined {
  switch (node.kind) {
    case 'flat':
      return pred(node.key, node.value) ? node : undefined;
    case 'leaf': {
      // The bucket is filtered before the inline entry is tested, as core does.
      const kept = node.bucket.filter(([k, v]) => pred(k, v));
      return fromBucket(pred(node.key, node.value) ? [[node.key, node.value], ...kept] : kept);
    }
    case 'branch': {
      const b = keepSome(node, node.bits, (slot) => filter(childAt(node, slot)!, pred));
      return b === undefined ? undefined : collapse(b);
    }
  }
}

// ---- combining two tries (both nodes at the same depth) ---------------------

const unreachable = (): never => {
  throw new Panic('Unreachable');
};

/** Entries of both; on a shared key, the right one (or `merge(key, left, right)` when given). */
export function union(a: Node, b: Node, eq: Same, fl: Flavor, merge?: (k: unknown, v1: unknown, v2: unknown) => unknown): Node {
  if (b.kind === 'flat') {
    const inA = merge === undefined ? undefined : find(a, b.key, b.path, eq);
    return add(a, b.key, inA === undefined ? b.value : merge!(b.key, inA[1], b.value), b.path, eq, fl);
  }
  if (a.kind === 'flat') {
    const inB = find(b, a.key, a.path, eq);
    if (merge !== undefined) return add(b, a.key, inB === undefined ? a.value : merge(a.key, a.value, inB[1]), a.path, eq, fl);
    return inB === undefined ? add(b, a.key, a.value, a.path, eq, fl) : b;
  }
  if (a.kind === 'branch' && b.kind === 'branch') {
    const children: Node[] = [];
    const bits = (a.bits | b.bits) >>> 0;
    for (let todo = bits; todo !== 0; todo = (todo & (todo - 1)) >>> 0) {
      const slot = lowestSlot(todo);
      const x = childAt(a, slot);
      const y = childAt(b, slot);
      children.push(x === undefined ? y! : y === undefined ? x : union(x, y, eq, fl, merge));
    }
    return branch(bits, children);
  }
  if (a.kind === 'leaf' && b.kind === 'leaf') {
    const left = allOf(a);
    const right = allOf(b);
    if (merge !== undefined) {
      const out = left.slice();
      for (const kv2 of right) {
        const i = out.findIndex((kv1) => eq(kv1[0], kv2[0]));
        if (i >= 0) out[i] = [out[i]![0], merge(out[i]![0], out[i]![1], kv2[1])];
        else out.push(kv2);
      }
      return fromBucket(out)!;
    }
    const onlyLeft = left.filter((kv) => lookup(right, kv[0], eq) === undefined);
    return onlyLeft.length === 0 ? b : leaf(b.key, b.value, [...b.bucket, ...onlyLeft]);
  }
  return unreachable();
}

/** Entries whose key is in both; the right value (or `merge(key, left, right)` when given). */
export function intersection(a: Node, b: Node, eq: Same, fl: Flavor, merge?: (k: unknown, v1: unknown, v2: unknown) => unknown): Node | undefined {
  if (b.kind === 'flat') {
    const inA = find(a, b.key, b.path, eq);
    if (inA === undefined) return undefined;
    return merge === undefined ? b : flat(b.key, merge(b.key, inA[1], b.value), b.path);
  }
  if (a.kind === 'flat') {
    const inB = find(b, a.key, a.path, eq);
    if (inB === undefined) return undefined;
    if (merge !== undefined) return flat(a.key, merge(a.key, a.value, inB[1]), a.path);
    return fl.keepPresent ? a : flat(a.key, inB[1], a.path);
  }
  if (a.kind === 'branch' && b.kind === 'branch') {
    const kept = keepSome(a, a.bits & b.bits, (slot) => intersection(childAt(a, slot)!, childAt(b, slot)!, eq, fl, merge));
    return kept === undefined ? undefined : collapse(kept);
  }
  if (a.kind === 'leaf' && b.kind === 'leaf') {
    const left = allOf(a);
    const right = allOf(b);
    if (merge !== undefined) {
      const out: Entry[] = [];
      for (const kv1 of left) {
        const kv2 = right.find((x) => eq(kv1[0], x[0]));
        if (kv2 !== undefined) out.push([kv1[0], merge(kv1[0], kv1[1], kv2[1])]);
      }
      return fromBucket(out);
    }
    return fl.intersectFromLeft
      ? fromBucket(left.filter((kv) => lookup(right, kv[0], eq) !== undefined))
      : fromBucket(right.filter((kv) => lookup(left, kv[0], eq) !== undefined));
  }
  return unreachable();
}

/** Entries of `a` whose key is not in `b`. */
export function difference(a: Node, b: Node, eq: Same): Node | undefined {
  if (b.kind === 'flat') return remove(a, b.key, b.path, eq);
  if (a.kind === 'flat') return find(b, a.key, a.path, eq) === undefined ? a : undefined;
  if (a.kind === 'branch' && b.kind === 'branch') {
    const kept = keepSome(a, a.bits, (slot) => {
      const x = childAt(a, slot)!;
      const y = childAt(b, slot);
      return y === undefined ? x : difference(x, y, eq);
    });
    return kept === undefined ? undefined : collapse(kept);
  }
  if (a.kind === 'leaf' && b.kind === 'leaf') {
    const right = allOf(b);
    return fromBucket(allOf(a).filter((kv) => lookup(right, kv[0], eq) === undefined));
  }
  return unreachable();
}

// ---- equality ---------------------------------------------------------------

/** Core's structural equality: same shape, buckets compared as unordered sets; a shared subtree is equal at once. */
export function nodesEqual(a: Node, b: Node, eqK: Same, eqV: Same): boolean {
  if (a === b) return true;
  if (a.kind === 'flat' && b.kind === 'flat') return a.path === b.path && eqK(a.key, b.key) && eqV(a.value, b.value);
  if (a.kind === 'branch' && b.kind === 'branch') {
    return a.bits === b.bits && a.children.length === b.children.length && a.children.every((c, i) => nodesEqual(c, b.children[i]!, eqK, eqV));
  }
  if (a.kind === 'leaf' && b.kind === 'leaf') {
    if (a.bucket.length !== b.bucket.length) return false;
    const right = allOf(b);
    return allOf(a).every((kv) => {
      const other = lookup(right, kv[0], eqK);
      return other !== undefined && eqV(kv[1], other[1]);
    });
  }
  return false;
}

export function valuesEqual(a: HamtValue, b: HamtValue, eqK: Same, eqV: Same): boolean {
  if (a.root === undefined || b.root === undefined) return a.root === b.root;
  return nodesEqual(a.root, b.root, eqK, eqV);
}
