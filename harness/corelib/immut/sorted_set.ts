// `@immut/sorted_set`: `SortedSet[A]`, core's persistent set, a tree
// balanced by subtree sizes (support/immut-sorted-tree.ts, each element a
// node's key); every update returns a new set sharing what it did not
// rebuild, and one that changes nothing returns the set itself. Elements
// are placed and found with `compare`; `add` of an element equal to a
// stored one keeps the stored one. Core's rebalancing, splits and joins
// are reproduced step by step: which of two equal elements a union keeps
// depends on the sizes it meets, and `all` and `any` call their function
// root first. Signatures follow the newer core the docs are written for:
// `SortedSet(..)` builds one (in bulk from a monotonic or long array,
// keeping the last of equal elements).

import { defineModule, fn, impl } from '../define.ts';
import { ArrayView, Iter, type Logger } from '../../runtime/core-values.ts';
import { hash_combine, type Desc } from '../../runtime/desc.ts';
import { Hasher } from '../../runtime/hasher.ts';
import { Some, None, Panic, type Option } from '../../runtime/values.ts';
import { outputFromArray, span } from '../support/seq.ts';
import * as R from '../support/repr.ts';
import * as J from '../support/json.ts';
import { ROOT, addIndex, decodeError, type JsonPath } from '../support/json-path.ts';
import * as T from '../support/immut-sorted-tree.ts';

type S = T.Tree;
type N = T.Node;
type CompareFn = (a: unknown, b: unknown) => number;
type Pred = (x: unknown) => boolean;

const compareOf = (A: Desc) => A['Compare.compare'] as CompareFn;
const create = (left: S, value: unknown, right: S): N => T.node(value, undefined, left, right);
const singleton = (value: unknown): S => create(T.EMPTY, value, T.EMPTY);
const element = (key: unknown) => key;
const nodeOfValue = (value: unknown, l: S, r: S) => create(l, value, r);

/** Restores the size balance around `value`, left side first. */
function balance(left: S, value: unknown, right: S): S {
  const ls = left.size;
  const rs = right.size;
  if (ls + rs < 2) return create(left, value, right);
  if (ls > rs * 5) {
    const { key: lv, left: ll, right: lr } = left as N;
    if (ll.size >= lr.size) return create(ll, lv, create(lr, value, right));
    const { key: mv, left: ml, right: mr } = lr as N;
    return create(create(ll, lv, ml), mv, create(mr, value, right));
  }
  if (rs > ls * 5) {
    const { key: rv, left: rl, right: rr } = right as N;
    if (rr.size >= rl.size) return create(create(left, value, rl), rv, rr);
    const { key: mv, left: ml, right: mr } = rl as N;
    return create(create(left, value, ml), mv, create(mr, rv, rr));
  }
  return create(left, value, right);
}

function add(compare: CompareFn, s: S, value: unknown): S {
  if (!T.isNode(s)) return singleton(value);
  const c = compare(value, s.key);
  if (c === 0) return s;
  if (c < 0) {
    const l = add(compare, s.left, value);
    return l === s.left ? s : balance(l, s.key, s.right);
  }
  const r = add(compare, s.right, value);
  return r === s.right ? s : balance(s.left, s.key, r);
}

function minOf(s: N): unknown {
  let n = s;
  while (T.isNode(n.left)) n = n.left;
  return n.key;
}

function maxOf(s: N): unknown {
  let n = s;
  while (T.isNode(n.right)) n = n.right;
  return n.key;
}

function removeMin(s: S): S {
  if (!T.isNode(s)) throw new Panic('remove_min: empty ImmutableSet');
  return T.isNode(s.left) ? balance(removeMin(s.left), s.key, s.right) : s.right;
}

/** Every element of `a`, then every element of `b`, rebalanced once at the top. */
function mergeSides(a: S, b: S): S {
  if (!T.isNode(a)) return b;
  if (!T.isNode(b)) return a;
  return balance(a, minOf(b), removeMin(b));
}

function remove(compare: CompareFn, s: S, value: unknown): S {
  if (!T.isNode(s)) return T.EMPTY;
  const c = compare(value, s.key);
  if (c === 0) return mergeSides(s.left, s.right);
  if (c < 0) {
    const l = remove(compare, s.left, value);
    return l === s.left ? s : balance(l, s.key, s.right);
  }
  const r = remove(compare, s.right, value);
  return r === s.right ? s : balance(s.left, s.key, r);
}

function addMinValue(s: S, value: unknown): S {
  return T.isNode(s) ? balance(addMinValue(s.left, value), s.key, s.right) : singleton(value);
}

function addMaxValue(s: S, value: unknown): S {
  return T.isNode(s) ? balance(s.left, s.key, addMaxValue(s.right, value)) : singleton(value);
}

/** `left`, then `value`, then `right`, the larger side descended until the sizes are within the ratio. */
function join(left: S, value: unknown, right: S): S {
  if (!T.isNode(left)) return addMinValue(right, value);
  if (!T.isNode(right)) return addMaxValue(left, value);
  if (left.size > right.size * 5) return balance(left.left, left.key, join(left.right, value, right));
  if (right.size > left.size * 5) return balance(join(left, value, right.left), right.key, right.right);
  return create(left, value, right);
}

/** Every element of `a`, then every element of `b`. */
function concat(a: S, b: S): S {
  if (!T.isNode(a)) return b;
  if (!T.isNode(b)) return a;
  return join(a, minOf(b), removeMin(b));
}

/** The elements below and above `divide`, and whether one compared equal to it. */
function split(compare: CompareFn, s: S, divide: unknown): [S, boolean, S] {
  if (!T.isNode(s)) return [T.EMPTY, false, T.EMPTY];
  const c = compare(divide, s.key);
  if (c === 0) return [s.left, true, s.right];
  if (c < 0) {
    const [ll, present, lr] = split(compare, s.left, divide);
    return [ll, present, join(lr, s.key, s.right)];
  }
  const [rl, present, rr] = split(compare, s.right, divide);
  return [join(s.left, s.key, rl), present, rr];
}

/** `split` for `disjoint`: stops at an equal element, and joins the upper side only when asked. */
function splitLazily(compare: CompareFn, s: S, value: unknown): { below: S; above: () => S } | undefined {
  if (!T.isNode(s)) return { below: T.EMPTY, above: () => T.EMPTY };
  const c = compare(value, s.key);
  if (c === 0) return undefined;
  if (c < 0) {
    const sub = splitLazily(compare, s.left, value);
    return sub && { below: sub.below, above: () => join(sub.above(), s.key, s.right) };
  }
  const sub = splitLazily(compare, s.right, value);
  return sub && { below: join(s.left, s.key, sub.below), above: sub.above };
}

/** Splits the smaller set by the larger's root, whose element is the one kept; a single element is added. */
function union(compare: CompareFn, a: S, b: S): S {
  if (!T.isNode(a)) return b;
  if (!T.isNode(b)) return a;
  if (a.size >= b.size) {
    if (b.size === 1) return add(compare, a, b.key);
    const [l2, , r2] = split(compare, b, a.key);
    return join(union(compare, a.left, l2), a.key, union(compare, a.right, r2));
  }
  if (a.size === 1) return add(compare, b, a.key);
  const [l1, , r1] = split(compare, a, b.key);
  return join(union(compare, l1, b.left), b.key, union(compare, r1, b.right));
}

function intersection(compare: CompareFn, a: S, b: S): S {
  if (!T.isNode(a) || !T.isNode(b)) return T.EMPTY;
  const [l2, present, r2] = split(compare, b, a.key);
  const l = intersection(compare, a.left, l2);
  const r = intersection(compare, a.right, r2);
  return present ? join(l, a.key, r) : concat(l, r);
}

function difference(compare: CompareFn, a: S, b: S): S {
  if (!T.isNode(a)) return T.EMPTY;
  if (!T.isNode(b)) return a;
  const [l2, present, r2] = split(compare, b, a.key);
  const l = difference(compare, a.left, l2);
  const r = difference(compare, a.right, r2);
  return present ? concat(l, r) : join(l, a.key, r);
}

function symmetricDifference(compare: CompareFn, a: S, b: S): S {
  if (!T.isNode(a)) return b;
  if (!T.isNode(b)) return a;
  const [l2, present, r2] = split(compare, b, a.key);
  const l = symmetricDifference(compare, a.left, l2);
  const r = symmetricDifference(compare, a.right, r2);
  return present ? concat(l, r) : join(l, a.key, r);
}

/** Core's walk: a root below (above) the other's is checked, with its lower (upper) side, against the other's lower (upper) side. */
function subset(compare: CompareFn, a: S, b: S): boolean {
  if (!T.isNode(a)) return true;
  if (!T.isNode(b)) return false;
  const c = compare(a.key, b.key);
  if (c === 0) return subset(compare, a.left, b.left) && subset(compare, a.right, b.right);
  if (c < 0) return subset(compare, { key: a.key, value: undefined, size: 1, left: a.left, right: T.EMPTY }, b.left) && subset(compare, a.right, b);
  return subset(compare, { key: a.key, value: undefined, size: 1, left: T.EMPTY, right: a.right }, b.right) && subset(compare, a.left, b);
}

function disjoint(compare: CompareFn, a: S, b: S): boolean {
  if (!T.isNode(a) || !T.isNode(b)) return true;
  if (a === b) return false;
  const sides = splitLazily(compare, b, a.key);
  return sides !== undefined && disjoint(compare, a.left, sides.below) && disjoint(compare, a.right, sides.above());
}

/** Root first, stopping at the first element that decides. */
function all(s: S, f: Pred): boolean {
  return !T.isNode(s) || (f(s.key) && all(s.left, f) && all(s.right, f));
}

function any(s: S, f: Pred): boolean {
  return T.isNode(s) && (f(s.key) || any(s.left, f) || any(s.right, f));
}

/** In order; a subtree nothing was removed from is kept as it is. */
function filter(s: S, f: Pred): S {
  if (!T.isNode(s)) return T.EMPTY;
  const l = filter(s.left, f);
  const keep = f(s.key);
  const r = filter(s.right, f);
  if (!keep) return concat(l, r);
  return l === s.left && r === s.right ? s : join(l, s.key, r);
}

/** In order; where the images are no longer ordered around a node, its parts are united instead of joined. */
function mapSet(B: Desc, s: S, f: (x: unknown) => unknown): S {
  if (!T.isNode(s)) return T.EMPTY;
  const compare = compareOf(B);
  const l = mapSet(B, s.left, f);
  const value = f(s.key);
  const r = mapSet(B, s.right, f);
  const ordered = (!T.isNode(l) || compare(maxOf(l), value) < 0) && (!T.isNode(r) || compare(value, minOf(r)) < 0);
  return ordered ? join(l, value, r) : union(compare, l, add(compare, r, value));
}

function fold(s: S, init: unknown, f: (acc: unknown, x: unknown) => unknown): unknown {
  let acc = init;
  T.eachNode(s, (n) => {
    acc = f(acc, n.key);
  });
  return acc;
}

function contains(A: Desc, s: S, value: unknown): boolean {
  const compare = compareOf(A);
  for (let t = s; T.isNode(t); ) {
    const c = compare(value, t.key);
    if (c === 0) return true;
    t = c < 0 ? t.left : t.right;
  }
  return false;
}

/**
 * Core's bulk build: a monotonic array (keeping the last of each run of
 * equal elements) or a long one (sorted stably, likewise) is split at its
 * middles; a short unsorted one is added from its end, so the last of
 * equal elements stays there too.
 */
function fromArray(A: Desc, arr: ArrayView | unknown[]): S {
  const [a, s, e] = span(arr);
  const compare = compareOf(A);
  const keepLast = (_first: unknown, last: unknown) => last;
  const { order, duplicates } = T.runOrder(a, s, e, element, compare);
  if (order !== 0) {
    if (duplicates) {
      const runs = T.compactRuns(a, s, e, order === 1, element, compare, keepLast);
      return T.fromAscending(runs, 0, runs.length, nodeOfValue);
    }
    return order === 1 ? T.fromAscending(a, s, e, nodeOfValue) : T.fromDescending(a, s, e, nodeOfValue);
  }
  if (e - s >= 64) {
    const sorted = a.slice(s, e).sort(compare);
    const runs = T.compactRuns(sorted, 0, sorted.length, true, element, compare, keepLast);
    return T.fromAscending(runs, 0, runs.length, nodeOfValue);
  }
  let out: S = T.EMPTY;
  for (let i = e - 1; i >= s; i--) out = add(compare, out, a[i]);
  return out;
}

function fromIter(A: Desc, iter: Iter): S {
  const compare = compareOf(A);
  let out: S = T.EMPTY;
  for (let x = iter.next(); x !== Iter.DONE; x = iter.next()) out = add(compare, out, x);
  return out;
}

function toArray(s: S): unknown[] {
  const out: unknown[] = [];
  T.eachNode(s, (n) => out.push(n.key));
  return out;
}

function fromJson(A: Desc, json: J.Json, path: JsonPath): S {
  if (json.$c !== 'Array') return decodeError(path, '@immut/sorted_set.from_json: expected array');
  const fromJsonA = A['FromJson.from_json'] as (json: J.Json, path: JsonPath) => unknown;
  const compare = compareOf(A);
  let out: S = T.EMPTY;
  json._0.forEach((x, i) => {
    out = add(compare, out, fromJsonA(x, addIndex(path, i)));
  });
  return out;
}

const toJson = (A: Desc, s: S): J.Json => J.array(toArray(s).map(A['ToJson.to_json'] as (x: unknown) => J.Json));

function hashCombine(A: Desc, s: S, hasher: Hasher): void {
  T.eachNode(s, (n) => hash_combine(A, n.key, hasher));
}

function hashOf(A: Desc, s: S): number {
  const hasher = new Hasher();
  hashCombine(A, s, hasher);
  return hasher.finalize();
}

const equal = (A: Desc, a: S, b: S): boolean => T.equalTrees(a, b, element, A['Eq.equal'] as (x: unknown, y: unknown) => boolean);
const compareSets = (A: Desc, a: S, b: S): number => T.compareTrees(a, b, element, compareOf(A));

function min(s: S): unknown {
  if (!T.isNode(s)) throw new Panic('min: there are no values in sorted_set.');
  return minOf(s);
}

function max(s: S): unknown {
  if (!T.isNode(s)) throw new Panic('max: there are no values in ImmutableSet.');
  return maxOf(s);
}

const minOption = (s: S): Option<unknown> => (T.isNode(s) ? new Some(minOf(s)) : None);
const maxOption = (s: S): Option<unknown> => (T.isNode(s) ? new Some(maxOf(s)) : None);
const newSet = (): S => T.EMPTY;
const length = (s: S): number => s.size;
const ascending = (s: S): Iter => T.ascending(s, element);
const descending = (s: S): Iter => T.descending(s, element);
const binary = (op: (compare: CompareFn, a: S, b: S) => S) => (A: Desc, a: S, b: S): S => op(compareOf(A), a, b);
const unionOf = binary(union);
const differenceOf = binary(difference);
const intersectionOf = binary(intersection);

const SS = 'SortedSet[A]';
const sigFromArray = (name: string) => `fn[A : Compare] ${name}(array : ArrayView[A]) -> ${SS}`;
const sigFromIter = (name: string) => `fn[A : Compare] ${name}(iter : Iter[A]) -> ${SS}`;
const sigFromJson = (name: string) => `fn[A : FromJson + Compare] ${name}(json : Json) -> ${SS} raise @json.JsonDecodeError`;
const sigNew = (name: string) => `fn[A] ${name}() -> ${SS}`;
const sigSingleton = (name: string) => `fn[A] ${name}(value : A) -> ${SS}`;
const sigBinary = (name: string) => `fn[A : Compare] ${name}(self : ${SS}, other : ${SS}) -> ${SS}`;
const sigTest = (name: string) => `fn[A : Compare] ${name}(self : ${SS}, other : ${SS}) -> Bool`;
const sigPred = (name: string) => `fn[A] ${name}(self : ${SS}, f : (A) -> Bool raise?) -> Bool raise?`;
const sigIter = (name: string) => `fn[A] ${name}(self : ${SS}) -> Iter[A]`;
const sigLength = (name: string) => `fn[A] ${name}(self : ${SS}) -> Int`;
const sigElement = (name: string) => `fn[A] ${name}(self : ${SS}) -> A`;
const sigOption = (name: string) => `fn[A] ${name}(self : ${SS}) -> A?`;

export default defineModule('immut/sorted_set', {
  decls: 'type SortedSet[A]',
  fns: {
    'SortedSet::SortedSet': fn(sigFromArray('SortedSet::SortedSet'), fromArray),
    'SortedSet::from_array': fn(sigFromArray('SortedSet::from_array'), fromArray),
    from_array: fn(sigFromArray('from_array'), fromArray),
    'SortedSet::of': fn(sigFromArray('SortedSet::of'), fromArray),
    of: fn(sigFromArray('of'), fromArray),
    'SortedSet::from_iter': fn(sigFromIter('SortedSet::from_iter'), fromIter),
    from_iter: fn(sigFromIter('from_iter'), fromIter),
    'SortedSet::from_iterator': fn(sigFromIter('SortedSet::from_iterator'), fromIter),
    from_iterator: fn(sigFromIter('from_iterator'), fromIter),
    'SortedSet::from_json': fn(sigFromJson('SortedSet::from_json'), (A: Desc, json: J.Json) => fromJson(A, json, ROOT)),
    from_json: fn(sigFromJson('from_json'), (A: Desc, json: J.Json) => fromJson(A, json, ROOT)),
    'SortedSet::new': fn(sigNew('SortedSet::new'), newSet),
    new: fn(sigNew('new'), newSet),
    'SortedSet::singleton': fn(sigSingleton('SortedSet::singleton'), singleton),
    singleton: fn(sigSingleton('singleton'), singleton),
    'SortedSet::add': fn(`fn[A : Compare] SortedSet::add(self : ${SS}, value : A) -> ${SS}`, (A: Desc, s: S, value: unknown) => add(compareOf(A), s, value)),
    'SortedSet::remove': fn(`fn[A : Compare] SortedSet::remove(self : ${SS}, value : A) -> ${SS}`, (A: Desc, s: S, value: unknown) =>
      remove(compareOf(A), s, value),
    ),
    'SortedSet::remove_min': fn(`fn[A] SortedSet::remove_min(self : ${SS}) -> ${SS}`, removeMin),
    'SortedSet::contains': fn(`fn[A : Compare] SortedSet::contains(self : ${SS}, value : A) -> Bool`, contains),
    'SortedSet::min': fn(sigElement('SortedSet::min'), min),
    'SortedSet::max': fn(sigElement('SortedSet::max'), max),
    'SortedSet::min_option': fn(sigOption('SortedSet::min_option'), minOption),
    'SortedSet::max_option': fn(sigOption('SortedSet::max_option'), maxOption),
    'SortedSet::split': fn(`fn[A : Compare] SortedSet::split(self : ${SS}, divide : A) -> (${SS}, Bool, ${SS})`, (A: Desc, s: S, divide: unknown) =>
      split(compareOf(A), s, divide),
    ),
    'SortedSet::union': fn(sigBinary('SortedSet::union'), unionOf),
    'SortedSet::intersection': fn(sigBinary('SortedSet::intersection'), intersectionOf),
    'SortedSet::inter': fn(sigBinary('SortedSet::inter'), intersectionOf),
    'SortedSet::difference': fn(sigBinary('SortedSet::difference'), differenceOf),
    'SortedSet::diff': fn(sigBinary('SortedSet::diff'), differenceOf),
    'SortedSet::sub': fn(sigBinary('SortedSet::sub'), differenceOf),
    'SortedSet::symmetric_difference': fn(sigBinary('SortedSet::symmetric_difference'), binary(symmetricDifference)),
    'SortedSet::subset': fn(sigTest('SortedSet::subset'), (A: Desc, a: S, b: S) => subset(compareOf(A), a, b)),
    'SortedSet::disjoint': fn(sigTest('SortedSet::disjoint'), (A: Desc, a: S, b: S) => disjoint(compareOf(A), a, b)),
    'SortedSet::all': fn(sigPred('SortedSet::all'), all),
    'SortedSet::any': fn(sigPred('SortedSet::any'), any),
    'SortedSet::filter': fn(`fn[A] SortedSet::filter(self : ${SS}, f : (A) -> Bool raise?) -> ${SS} raise?`, filter),
    'SortedSet::map': fn('fn[A, B : Compare] SortedSet::map(self : SortedSet[A], f : (A) -> B raise?) -> SortedSet[B] raise?', mapSet),
    'SortedSet::fold': fn(`fn[A, B] SortedSet::fold(self : ${SS}, init~ : B, f : (B, A) -> B raise?) -> B raise?`, fold),
    'SortedSet::each': fn(`fn[A] SortedSet::each(self : ${SS}, f : (A) -> Unit raise?) -> Unit raise?`, (s: S, f: (x: unknown) => unknown) =>
      T.eachNode(s, (n) => f(n.key)),
    ),
    'SortedSet::iter': fn(sigIter('SortedSet::iter'), ascending),
    'SortedSet::iterator': fn(sigIter('SortedSet::iterator'), ascending),
    'SortedSet::rev_iter': fn(sigIter('SortedSet::rev_iter'), descending),
    'SortedSet::rev_iterator': fn(sigIter('SortedSet::rev_iterator'), descending),
    'SortedSet::range': fn(`fn[A : Compare] SortedSet::range(self : ${SS}, low~ : A, high~ : A) -> Iter[A]`, (A: Desc, s: S, low: unknown, high: unknown) =>
      T.inRange(s, low, high, compareOf(A), element),
    ),
    'SortedSet::to_array': fn(`fn[A] SortedSet::to_array(self : ${SS}) -> Array[A]`, toArray),
    'SortedSet::to_json': fn(`fn[A : ToJson] SortedSet::to_json(self : ${SS}) -> Json`, toJson),
    'SortedSet::is_empty': fn(`fn[A] SortedSet::is_empty(self : ${SS}) -> Bool`, (s: S) => !T.isNode(s)),
    'SortedSet::length': fn(sigLength('SortedSet::length'), length),
    'SortedSet::size': fn(sigLength('SortedSet::size'), length),
    'SortedSet::equal': fn(`fn[A : Eq] SortedSet::equal(self : ${SS}, other : ${SS}) -> Bool`, equal),
    'SortedSet::compare': fn(`fn[A : Compare] SortedSet::compare(self : ${SS}, other : ${SS}) -> Int`, compareSets),
    'SortedSet::hash': fn(`fn[A : Hash] SortedSet::hash(self : ${SS}) -> Int`, hashOf),
  },
  impls: {
    'Eq for @immut/sorted_set.SortedSet': impl('impl[A : Eq] Eq for SortedSet[A]', (A: Desc) => ({ equal: (a: S, b: S) => equal(A, a, b) })),
    'Compare for @immut/sorted_set.SortedSet': impl('impl[A : Compare] Compare for SortedSet[A]', (A: Desc) => ({
      compare: (a: S, b: S) => compareSets(A, a, b),
    })),
    'Hash for @immut/sorted_set.SortedSet': impl('impl[A : Hash] Hash for SortedSet[A]', (A: Desc) => ({
      hash_combine: (s: S, hasher: Hasher) => hashCombine(A, s, hasher),
    })),
    'Add for @immut/sorted_set.SortedSet': impl('impl[A : Compare] Add for SortedSet[A]', (A: Desc) => ({ add: (a: S, b: S) => unionOf(A, a, b) })),
    'Sub for @immut/sorted_set.SortedSet': impl('impl[A : Compare] Sub for SortedSet[A]', (A: Desc) => ({ sub: (a: S, b: S) => differenceOf(A, a, b) })),
    'Default for @immut/sorted_set.SortedSet': impl('impl[A] Default for SortedSet[A]', { default: newSet }),
    'Show for @immut/sorted_set.SortedSet': impl('impl[A : Show] Show for SortedSet[A]', (A: Desc) => {
      return { output: (s: S, logger: Logger) => outputFromArray('@immut/sorted_set.from_array', A, toArray(s), logger) };
    }),
    'Debug for @immut/sorted_set.SortedSet': impl('impl[A : Debug] Debug for SortedSet[A]', (A: Desc) => {
      const repr = A['Debug.to_repr'] as (x: unknown) => R.Repr;
      return { to_repr: (s: S) => R.opaque('SortedSet', R.array(toArray(s).map(repr))) };
    }),
    'ToJson for @immut/sorted_set.SortedSet': impl('impl[A : ToJson] ToJson for SortedSet[A]', (A: Desc) => ({ to_json: (s: S) => toJson(A, s) })),
    'FromJson for @immut/sorted_set.SortedSet': impl('impl[A : FromJson + Compare] FromJson for SortedSet[A]', (A: Desc) => ({
      from_json: (json: J.Json, path: JsonPath) => fromJson(A, json, path),
    })),
  },
});
