// `@immut/sorted_map`: `SortedMap[K, V]`, core's persistent map, a tree
// balanced by subtree sizes (support/immut-sorted-tree.ts); every update
// returns a new map sharing what it did not rebuild. Keys are placed and
// found with `compare`; `add` on a present key keeps the stored key with
// the new value. Core's rebalancing is reproduced step by step: `map` and
// `filter` call their function root first, so the tree's shape shows
// through the order of those calls. Signatures follow the newer core the
// docs are written for: `SortedMap(..)` builds one (in bulk from a
// monotonic or long array), `map`, `filter` and `fold` take the key too
// (`map_with_key`, `filter_with_key`, `foldl_with_key` their deprecated
// names).

import { defineModule, fn, impl } from '../define.ts';
import { ArrayView, Iter, type Logger } from '../../runtime/core-values.ts';
import { desc, hash_combine, to_string, type Desc } from '../../runtime/desc.ts';
import { Hasher } from '../../runtime/hasher.ts';
import { Some, None, Panic, type Option } from '../../runtime/values.ts';
import { MoonMap, capacityForLength } from '../support/linked-table.ts';
import { outputFromArray, span } from '../support/seq.ts';
import * as R from '../support/repr.ts';
import * as J from '../support/json.ts';
import { ROOT, addKey, decodeError, type JsonPath } from '../support/json-path.ts';
import { entries } from '../support/maps.ts';
import * as T from '../support/immut-sorted-tree.ts';

type M = T.Tree;
type KV = [unknown, unknown];
type CompareFn = (a: unknown, b: unknown) => number;
type F2 = (k: unknown, v: unknown) => unknown;

const STRING = desc('String');

const compareOf = (K: Desc) => K['Compare.compare'] as CompareFn;
const pair = (k: unknown, v: unknown): KV => [k, v];
const nodeOfPair = (p: KV, l: M, r: M) => T.node(p[0], p[1], l, r);

/** Restores the size balance after one side of `key` grew or shrank by one entry. */
function balance(key: unknown, value: unknown, l: M, r: M): M {
  const ln = l.size;
  const rn = r.size;
  if (ln + rn < 2) return T.node(key, value, l, r);
  if (rn > 5 * ln) {
    const { key: rk, value: rv, left: rl, right: rr } = r as T.Node;
    if (rl.size < rr.size) return T.node(rk, rv, T.node(key, value, l, rl), rr);
    const { key: mk, value: mv, left: ml, right: mr } = rl as T.Node;
    return T.node(mk, mv, T.node(key, value, l, ml), T.node(rk, rv, mr, rr));
  }
  if (ln > 5 * rn) {
    const { key: lk, value: lv, left: ll, right: lr } = l as T.Node;
    if (lr.size < ll.size) return T.node(lk, lv, ll, T.node(key, value, lr, r));
    const { key: mk, value: mv, left: ml, right: mr } = lr as T.Node;
    return T.node(mk, mv, T.node(lk, lv, ll, ml), T.node(key, value, mr, r));
  }
  return T.node(key, value, l, r);
}

function add(K: Desc, m: M, key: unknown, value: unknown): M {
  if (!T.isNode(m)) return T.node(key, value, T.EMPTY, T.EMPTY);
  const c = compareOf(K)(key, m.key);
  if (c === 0) return T.node(m.key, value, m.left, m.right);
  if (c < 0) return balance(m.key, m.value, add(K, m.left, key, value), m.right);
  return balance(m.key, m.value, m.left, add(K, m.right, key, value));
}

/** The largest entry and the tree without it. */
function splitMax(n: T.Node): [unknown, unknown, M] {
  if (!T.isNode(n.right)) return [n.key, n.value, n.left];
  const [k, v, r] = splitMax(n.right);
  return [k, v, balance(n.key, n.value, n.left, r)];
}

function splitMin(n: T.Node): [unknown, unknown, M] {
  if (!T.isNode(n.left)) return [n.key, n.value, n.right];
  const [k, v, l] = splitMin(n.left);
  return [k, v, balance(n.key, n.value, l, n.right)];
}

/** Every entry of `l`, then every entry of `r`: the larger side gives up its entry nearest the other. */
function glue(l: M, r: M): M {
  if (!T.isNode(l)) return r;
  if (!T.isNode(r)) return l;
  if (l.size > r.size) {
    const [k, v, rest] = splitMax(l);
    return balance(k, v, rest, r);
  }
  const [k, v, rest] = splitMin(r);
  return balance(k, v, l, rest);
}

function remove(K: Desc, m: M, key: unknown): M {
  if (!T.isNode(m)) return T.EMPTY;
  const c = compareOf(K)(key, m.key);
  if (c === 0) return glue(m.left, m.right);
  if (c < 0) return balance(m.key, m.value, remove(K, m.left, key), m.right);
  return balance(m.key, m.value, m.left, remove(K, m.right, key));
}

/** `l`, then `key`, then `r`, the taller side descended until the sizes are within the ratio. */
function join(l: M, key: unknown, value: unknown, r: M): M {
  if (!T.isNode(l) || !T.isNode(r)) return balance(key, value, l, r);
  if (l.size * 5 < r.size) return balance(r.key, r.value, join(l, key, value, r.left), r.right);
  if (r.size * 5 < l.size) return balance(l.key, l.value, l.left, join(l.right, key, value, r));
  return T.node(key, value, l, r);
}

/** The entries below and above `key`; the one at `key` is dropped. */
function split(compare: CompareFn, m: M, key: unknown): [M, M] {
  if (!T.isNode(m)) return [T.EMPTY, T.EMPTY];
  const c = compare(key, m.key);
  if (c === 0) return [m.left, m.right];
  if (c < 0) {
    const [ll, lr] = split(compare, m.left, key);
    return [ll, join(lr, m.key, m.value, m.right)];
  }
  const [rl, rr] = split(compare, m.right, key);
  return [join(m.left, m.key, m.value, rl), rr];
}

/** `other`'s entries win: each of its nodes splits what is left of `self`. */
function merge(compare: CompareFn, self: M, other: M): M {
  if (!T.isNode(self)) return other;
  if (!T.isNode(other)) return self;
  const [l1, r1] = split(compare, self, other.key);
  const l = merge(compare, l1, other.left);
  const r = merge(compare, r1, other.right);
  return join(l, other.key, other.value, r);
}

function filter(m: M, pred: F2): M {
  if (!T.isNode(m)) return T.EMPTY;
  return pred(m.key, m.value)
    ? balance(m.key, m.value, filter(m.left, pred), filter(m.right, pred))
    : glue(filter(m.left, pred), filter(m.right, pred));
}

/** Same shape, the root's value computed before its subtrees'. */
function mapValues(m: M, f: F2): M {
  if (!T.isNode(m)) return T.EMPTY;
  return { key: m.key, value: f(m.key, m.value), size: m.size, left: mapValues(m.left, f), right: mapValues(m.right, f) };
}

function find(K: Desc, m: M, key: unknown): T.Node | undefined {
  const compare = compareOf(K);
  for (let t = m; T.isNode(t); ) {
    const c = compare(key, t.key);
    if (c === 0) return t;
    t = c < 0 ? t.left : t.right;
  }
  return undefined;
}

function get(K: Desc, m: M, key: unknown): Option<unknown> {
  const n = find(K, m, key);
  return n === undefined ? None : new Some(n.value);
}

/**
 * Core's bulk build: a monotonic array (runs of equal keys become one
 * entry, the first key with the last value) or a long one (sorted by key,
 * stably) is split at its middles; a short unsorted one is added in order.
 */
function fromArray(K: Desc, arr: ArrayView | KV[]): M {
  const [a, s, e] = span(arr as ArrayView<KV> | KV[]);
  const compare = compareOf(K);
  const keyOf = (p: KV) => p[0];
  const firstKeyLastValue = (first: KV, last: KV): KV => [first[0], last[1]];
  const { order, duplicates } = T.runOrder(a, s, e, keyOf, compare);
  if (order !== 0) {
    if (duplicates) {
      const runs = T.compactRuns(a, s, e, order === 1, keyOf, compare, firstKeyLastValue);
      return T.fromAscending(runs, 0, runs.length, nodeOfPair);
    }
    return order === 1 ? T.fromAscending(a, s, e, nodeOfPair) : T.fromDescending(a, s, e, nodeOfPair);
  }
  if (e - s >= 64) {
    const sorted = a.slice(s, e).sort((p, q) => compare(p[0], q[0]));
    const runs = T.compactRuns(sorted, 0, sorted.length, true, keyOf, compare, firstKeyLastValue);
    return T.fromAscending(runs, 0, runs.length, nodeOfPair);
  }
  let m: M = T.EMPTY;
  for (let i = s; i < e; i++) m = add(K, m, a[i]![0], a[i]![1]);
  return m;
}

function fromIter(K: Desc, iter: Iter<KV>): M {
  let m: M = T.EMPTY;
  for (let p = iter.next(); p !== Iter.DONE; p = iter.next()) m = add(K, m, p[0], p[1]);
  return m;
}

function toArray(m: M): KV[] {
  const out: KV[] = [];
  T.eachNode(m, (n) => out.push([n.key, n.value]));
  return out;
}

function hashCombine(K: Desc, V: Desc, m: M, hasher: Hasher): void {
  T.eachNode(m, (n) => {
    hash_combine(K, n.key, hasher);
    hash_combine(V, n.value, hasher);
  });
}

function hashOf(K: Desc, V: Desc, m: M): number {
  const hasher = new Hasher();
  hashCombine(K, V, m, hasher);
  return hasher.finalize();
}

const equal = (K: Desc, V: Desc, a: M, b: M): boolean =>
  T.equalTrees(a, b, pair, desc('Tuple2', [K, V])['Eq.equal'] as (x: unknown, y: unknown) => boolean);
const compareMaps = (K: Desc, V: Desc, a: M, b: M): number =>
  T.compareTrees(a, b, pair, desc('Tuple2', [K, V])['Compare.compare'] as CompareFn);

function fromJson(V: Desc, json: J.Json, path: JsonPath): M {
  if (json.$c !== 'Object') return decodeError(path, '@immut/sorted_map.from_json: expected object');
  const fromJsonV = V['FromJson.from_json'] as (json: J.Json, path: JsonPath) => unknown;
  let m: M = T.EMPTY;
  for (const [k, v] of entries<string, J.Json>(json._0)) m = add(STRING, m, k, fromJsonV(v, addKey(path, k)));
  return m;
}

/** An object whose map has room for every entry (`Map(capacity=length, ..)`); keys are shown with `to_string`. */
function toJson(K: Desc, V: Desc, m: M): J.Json {
  const toJsonV = V['ToJson.to_json'] as (x: unknown) => J.Json;
  const fields = toArray(m).map(([k, v]): [string, J.Json] => [to_string(K, k), toJsonV(v)]);
  const object = new MoonMap(Math.max(m.size, capacityForLength(fields.length)));
  for (const [k, v] of fields) object.setWith(STRING, k, v);
  return J.object(object);
}

const newMap = (): M => T.EMPTY;
const singleton = (key: unknown, value: unknown): M => T.node(key, value, T.EMPTY, T.EMPTY);
const length = (m: M): number => m.size;
const pairs = (m: M): Iter<KV> => T.ascending(m, pair);
const iter2 = (m: M) => ({ _0: pairs(m) });
const keysIter = (m: M) => T.ascending(m, (k) => k);
const valuesIter = (m: M) => T.ascending(m, (_k, v) => v);

function foldl(m: M, f: (acc: unknown, k: unknown, v: unknown) => unknown, init: unknown): unknown {
  let acc = init;
  T.eachNode(m, (n) => {
    acc = f(acc, n.key, n.value);
  });
  return acc;
}

function foldr(m: M, f: (acc: unknown, k: unknown, v: unknown) => unknown, init: unknown): unknown {
  if (!T.isNode(m)) return init;
  return foldr(m.left, f, f(foldr(m.right, f, init), m.key, m.value));
}

const SM = 'SortedMap[K, V]';
const sigFromArray = (name: string) => `fn[K : Compare, V] ${name}(array : ArrayView[(K, V)]) -> ${SM}`;
const sigFromIter = (name: string) => `fn[K : Compare, V] ${name}(iter : Iter[(K, V)]) -> ${SM}`;
const sigNew = (name: string) => `fn[K, V] ${name}() -> ${SM}`;
const sigSingleton = (name: string) => `fn[K, V] ${name}(key : K, value : V) -> ${SM}`;
const sigFromJson = (name: string) => `fn[V : FromJson] ${name}(json : Json) -> SortedMap[String, V] raise @json.JsonDecodeError`;
const sigAdd = (name: string) => `fn[K : Compare, V] ${name}(self : ${SM}, key : K, value : V) -> ${SM}`;
const sigGet = (name: string) => `fn[K : Compare, V] ${name}(self : ${SM}, key : K) -> V?`;
const sigLength = (name: string) => `fn[K, V] ${name}(self : ${SM}) -> Int`;
const sigFilter = (name: string) => `fn[K, V] ${name}(self : ${SM}, pred : (K, V) -> Bool raise?) -> ${SM} raise?`;
const sigMap = (name: string) => `fn[K, X, Y] ${name}(self : SortedMap[K, X], f : (K, X) -> Y) -> SortedMap[K, Y]`;
const sigFold = (name: string) => `fn[K, V, A] ${name}(self : ${SM}, f : (A, K, V) -> A, init~ : A) -> A`;
const sigIter = (name: string) => `fn[K, V] ${name}(self : ${SM}) -> Iter[(K, V)]`;
const sigIter2 = (name: string) => `fn[K, V] ${name}(self : ${SM}) -> Iter2[K, V]`;

export default defineModule('immut/sorted_map', {
  decls: 'type SortedMap[K, V]',
  fns: {
    'SortedMap::SortedMap': fn(sigFromArray('SortedMap::SortedMap'), fromArray),
    'SortedMap::from_array': fn(sigFromArray('SortedMap::from_array'), fromArray),
    from_array: fn(sigFromArray('from_array'), fromArray),
    'SortedMap::of': fn(sigFromArray('SortedMap::of'), fromArray),
    of: fn(sigFromArray('of'), fromArray),
    'SortedMap::from_iter': fn(sigFromIter('SortedMap::from_iter'), fromIter),
    from_iter: fn(sigFromIter('from_iter'), fromIter),
    'SortedMap::from_iterator': fn(sigFromIter('SortedMap::from_iterator'), fromIter),
    from_iterator: fn(sigFromIter('from_iterator'), fromIter),
    'SortedMap::from_json': fn(sigFromJson('SortedMap::from_json'), (V: Desc, json: J.Json) => fromJson(V, json, ROOT)),
    from_json: fn(sigFromJson('from_json'), (V: Desc, json: J.Json) => fromJson(V, json, ROOT)),
    'SortedMap::new': fn(sigNew('SortedMap::new'), newMap),
    new: fn(sigNew('new'), newMap),
    'SortedMap::empty': fn(sigNew('SortedMap::empty'), newMap),
    'SortedMap::singleton': fn(sigSingleton('SortedMap::singleton'), singleton),
    singleton: fn(sigSingleton('singleton'), singleton),
    'SortedMap::add': fn(sigAdd('SortedMap::add'), add),
    'SortedMap::insert': fn(sigAdd('SortedMap::insert'), add),
    'SortedMap::remove': fn(`fn[K : Compare, V] SortedMap::remove(self : ${SM}, key : K) -> ${SM}`, remove),
    'SortedMap::get': fn(sigGet('SortedMap::get'), get),
    'SortedMap::lookup': fn(sigGet('SortedMap::lookup'), get),
    'SortedMap::at': fn(`#alias("_[_]")\nfn[K : Compare, V] SortedMap::at(self : ${SM}, key : K) -> V`, (K: Desc, m: M, key: unknown) => {
      const n = find(K, m, key);
      if (n === undefined) throw new Panic('SortedMap::at: key not found');
      return n.value;
    }),
    'SortedMap::contains': fn(`fn[K : Compare, V] SortedMap::contains(self : ${SM}, key : K) -> Bool`, (K: Desc, m: M, key: unknown) =>
      find(K, m, key) !== undefined,
    ),
    'SortedMap::length': fn(sigLength('SortedMap::length'), length),
    'SortedMap::size': fn(sigLength('SortedMap::size'), length),
    'SortedMap::is_empty': fn(`fn[K, V] SortedMap::is_empty(self : ${SM}) -> Bool`, (m: M) => m.size === 0),
    'SortedMap::merge': fn(`fn[K : Compare, V] SortedMap::merge(self : ${SM}, other : ${SM}) -> ${SM}`, (K: Desc, m: M, other: M) =>
      merge(compareOf(K), m, other),
    ),
    'SortedMap::filter': fn(sigFilter('SortedMap::filter'), filter),
    'SortedMap::filter_with_key': fn(sigFilter('SortedMap::filter_with_key'), filter),
    'SortedMap::map': fn(sigMap('SortedMap::map'), mapValues),
    'SortedMap::map_with_key': fn(sigMap('SortedMap::map_with_key'), mapValues),
    'SortedMap::fold': fn(sigFold('SortedMap::fold'), foldl),
    'SortedMap::foldl_with_key': fn(sigFold('SortedMap::foldl_with_key'), foldl),
    'SortedMap::rev_fold': fn(sigFold('SortedMap::rev_fold'), foldr),
    'SortedMap::foldr_with_key': fn(sigFold('SortedMap::foldr_with_key'), foldr),
    'SortedMap::each': fn(`fn[K, V] SortedMap::each(self : ${SM}, f : (K, V) -> Unit) -> Unit`, (m: M, f: F2) =>
      T.eachNode(m, (n) => f(n.key, n.value)),
    ),
    'SortedMap::eachi': fn(`fn[K, V] SortedMap::eachi(self : ${SM}, f : (Int, K, V) -> Unit) -> Unit`, (m: M, f: (i: number, k: unknown, v: unknown) => unknown) => {
      let i = 0;
      T.eachNode(m, (n) => f(i++, n.key, n.value));
    }),
    'SortedMap::iter': fn(sigIter('SortedMap::iter'), pairs),
    'SortedMap::iterator': fn(sigIter('SortedMap::iterator'), pairs),
    'SortedMap::iter2': fn(sigIter2('SortedMap::iter2'), iter2),
    'SortedMap::iterator2': fn(sigIter2('SortedMap::iterator2'), iter2),
    'SortedMap::range': fn(`fn[K : Compare, V] SortedMap::range(self : ${SM}, low~ : K, high~ : K) -> Iter2[K, V]`, (K: Desc, m: M, low: unknown, high: unknown) =>
      ({ _0: T.inRange(m, low, high, compareOf(K), pair) }),
    ),
    'SortedMap::keys_as_iter': fn(`fn[K, V] SortedMap::keys_as_iter(self : ${SM}) -> Iter[K]`, keysIter),
    'SortedMap::values': fn(`fn[K, V] SortedMap::values(self : ${SM}) -> Iter[V]`, valuesIter),
    'SortedMap::rev_keys': fn(`fn[K, V] SortedMap::rev_keys(self : ${SM}) -> Iter[K]`, (m: M) => T.descending(m, (k) => k)),
    'SortedMap::rev_values': fn(`fn[K, V] SortedMap::rev_values(self : ${SM}) -> Iter[V]`, (m: M) => T.descending(m, (_k, v) => v)),
    'SortedMap::keys': fn(`fn[K, V] SortedMap::keys(self : ${SM}) -> Array[K]`, (m: M) => toArray(m).map((p) => p[0])),
    'SortedMap::elems': fn(`fn[K, V] SortedMap::elems(self : ${SM}) -> Array[V]`, (m: M) => toArray(m).map((p) => p[1])),
    'SortedMap::to_array': fn(`fn[K, V] SortedMap::to_array(self : ${SM}) -> Array[(K, V)]`, toArray),
    'SortedMap::to_json': fn(`fn[K : Show, V : ToJson] SortedMap::to_json(self : ${SM}) -> Json`, toJson),
    'SortedMap::equal': fn(`fn[K : Eq, V : Eq] SortedMap::equal(self : ${SM}, other : ${SM}) -> Bool`, equal),
    'SortedMap::compare': fn(`fn[K : Compare, V : Compare] SortedMap::compare(self : ${SM}, other : ${SM}) -> Int`, compareMaps),
    'SortedMap::hash': fn(`fn[K : Hash, V : Hash] SortedMap::hash(self : ${SM}) -> Int`, hashOf),
  },
  impls: {
    'Eq for @immut/sorted_map.SortedMap': impl('impl[K : Eq, V : Eq] Eq for SortedMap[K, V]', (K: Desc, V: Desc) => ({
      equal: (a: M, b: M) => equal(K, V, a, b),
    })),
    'Compare for @immut/sorted_map.SortedMap': impl('impl[K : Compare, V : Compare] Compare for SortedMap[K, V]', (K: Desc, V: Desc) => ({
      compare: (a: M, b: M) => compareMaps(K, V, a, b),
    })),
    'Hash for @immut/sorted_map.SortedMap': impl('impl[K : Hash, V : Hash] Hash for SortedMap[K, V]', (K: Desc, V: Desc) => ({
      hash_combine: (m: M, hasher: Hasher) => hashCombine(K, V, m, hasher),
    })),
    'Default for @immut/sorted_map.SortedMap': impl('impl[K, V] Default for SortedMap[K, V]', { default: newMap }),
    'Show for @immut/sorted_map.SortedMap': impl('impl[K : Show, V : Show] Show for SortedMap[K, V]', (K: Desc, V: Desc) => {
      const pair = desc('Tuple2', [K, V]);
      return { output: (m: M, logger: Logger) => outputFromArray('@immut/sorted_map.from_array', pair, toArray(m), logger) };
    }),
    'Debug for @immut/sorted_map.SortedMap': impl('impl[K : Debug, V : Debug] Debug for SortedMap[K, V]', (K: Desc, V: Desc) => {
      const rk = K['Debug.to_repr'] as (x: unknown) => R.Repr;
      const rv = V['Debug.to_repr'] as (x: unknown) => R.Repr;
      return { to_repr: (m: M) => R.opaque('SortedMap', R.map(toArray(m).map(([k, v]) => R.mapEntry(rk(k), rv(v))))) };
    }),
    'ToJson for @immut/sorted_map.SortedMap': impl('impl[K : Show, V : ToJson] ToJson for SortedMap[K, V]', (K: Desc, V: Desc) => ({
      to_json: (m: M) => toJson(K, V, m),
    })),
    'FromJson for @immut/sorted_map.SortedMap': impl('impl[V : FromJson] FromJson for SortedMap[String, V]', (_K: Desc, V: Desc) => ({
      from_json: (json: J.Json, path: JsonPath) => fromJson(V, json, path),
    })),
  },
});
