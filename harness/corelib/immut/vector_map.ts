// `@immut/vector_map`: `VectorMap[K, V]`, a persistent map in insertion
// order, built as core builds it: a persistent vector of slots (the spine,
// support/immut-vector.ts), each an entry or a tombstone left by a removal,
// and an `@immut/hashmap` trie from each key to its slot (the index,
// support/immut-hamt.ts). So every key is hashed and compared as often as
// core does it. A key already present keeps its slot and the key first
// stored; `remove` trims tombstones off the end, and the spine is rebuilt
// dense once it is 32 slots or longer and holds more tombstones than
// entries. Two no-ops give back the receiver itself (`remove` of an absent
// key, `filter` that keeps everything); `==` holds for the receiver itself
// before any value is compared.

import { defineModule, fn, impl } from '../define.ts';
import { ArrayView, Iter } from '../../runtime/core-values.ts';
import type { Desc } from '../../runtime/desc.ts';
import { Hasher } from '../../runtime/hasher.ts';
import { None, Panic, Some, type Option } from '../../runtime/values.ts';
import * as H from '../support/immut-hamt.ts';
import * as V from '../support/immut-vector.ts';
import * as J from '../support/json.ts';
import { addIndex, decodeError, type JsonPath } from '../support/json-path.ts';
import * as R from '../support/repr.ts';
import { span } from '../support/seq.ts';

type Entry = readonly [key: unknown, value: unknown];
/** A spine slot: an entry, or `undefined` where one was removed. */
type Slot = Entry | undefined;
type KV = [unknown, unknown];

/** Spines shorter than this are never rebuilt, however many tombstones they hold. */
const MIN_COMPACT_LENGTH = 32;

/** The runtime class of `VectorMap`; JS iteration yields `[key, value]` in insertion order. */
class VectorMap {
  constructor(
    readonly index: H.Node | undefined,
    readonly spine: V.MoonVector,
    readonly size: number,
  ) {}

  *[Symbol.iterator](): Iterator<KV> {
    for (const chunk of this.spine.chunks()) for (const s of chunk as readonly Slot[]) if (s !== undefined) yield [s[0], s[1]];
  }
}

type M = VectorMap;

// ---- the index: the same trie operations `@immut/hashmap` runs --------------

const eqOf = (d: Desc): H.Same => d['Eq.equal'] as H.Same;
const pathOf = (K: Desc, key: unknown): number => H.pathOf((K['Hash.hash'] as (x: unknown) => number)(key));

function slotIn(K: Desc, index: H.Node | undefined, key: unknown): number | undefined {
  return H.find(index, key, pathOf(K, key), eqOf(K))?.[1] as number | undefined;
}

const slotOf = (K: Desc, m: M, key: unknown): number | undefined => slotIn(K, m.index, key);

function indexAdd(K: Desc, root: H.Node | undefined, key: unknown, slot: number): H.Node {
  const path = pathOf(K, key);
  return root === undefined ? H.flat(key, slot, path) : H.add(root, key, slot, path, eqOf(K), H.MAP_FLAVOR);
}

// ---- building and reclaiming ---------------------------------------------------

/** One pass: a key's first pair takes a new slot, a later one replaces that slot's value. */
function fromPairs(K: Desc, next: () => KV | undefined): M {
  const slots: Entry[] = [];
  let index: H.Node | undefined;
  for (let p = next(); p !== undefined; p = next()) {
    const [key, value] = p;
    const slot = slotIn(K, index, key);
    if (slot !== undefined) slots[slot] = [slots[slot]![0], value];
    else {
      index = indexAdd(K, index, key, slots.length);
      slots.push([key, value]);
    }
  }
  return new VectorMap(index, V.vectorOf(slots), slots.length);
}

function fromArray(K: Desc, arr: ArrayView | KV[]): M {
  const [a, s, e] = span(arr as ArrayView<KV> | KV[]);
  let i = s;
  return fromPairs(K, () => (i < e ? a[i++] : undefined));
}

function fromIter(K: Desc, iter: Iter<KV>): M {
  return fromPairs(K, () => {
    const p = iter.next();
    return p === Iter.DONE ? undefined : p;
  });
}

const spineSlots = (m: M): Slot[] => m.spine.toArray() as Slot[];

const shouldCompact = (m: M): boolean => m.spine.size >= MIN_COMPACT_LENGTH && m.spine.size - m.size > m.size;

/** The spine rebuilt dense and the index renumbered onto it, keeping the trie's shape. */
function compact(m: M): M {
  const remap: number[] = [];
  const kept: Entry[] = [];
  spineSlots(m).forEach((s, slot) => {
    if (s === undefined) return;
    remap[slot] = kept.length;
    kept.push(s);
  });
  const index = m.index === undefined ? undefined : H.mapValues(m.index, (_k, slot) => remap[slot as number]);
  return new VectorMap(index, V.vectorOf(kept), kept.length);
}

const reclaimed = (m: M): M => (shouldCompact(m) ? compact(m) : m);

/** Tombstones dropped off the end, so a spine ends with an entry. */
function trimmed(spine: V.MoonVector): V.MoonVector {
  let s = spine;
  while (s.size > 0 && s.at(s.size - 1) === undefined) s = V.pop(s);
  return s;
}

// ---- lookup and updates --------------------------------------------------------

function get(K: Desc, m: M, key: unknown): Option<unknown> {
  const slot = slotOf(K, m, key);
  const s = slot === undefined ? undefined : (m.spine.at(slot) as Slot);
  return s === undefined ? None : new Some(s[1]);
}

function add(K: Desc, m: M, key: unknown, value: unknown): M {
  const slot = slotOf(K, m, key);
  if (slot !== undefined) {
    const stored = m.spine.at(slot) as Entry;
    return new VectorMap(m.index, V.set(m.spine, slot, [stored[0], value]), m.size);
  }
  const grown = new VectorMap(indexAdd(K, m.index, key, m.spine.size), V.push(m.spine, [key, value]), m.size + 1);
  return reclaimed(grown);
}

function remove(K: Desc, m: M, key: unknown): M {
  const slot = slotOf(K, m, key);
  if (slot === undefined) return m;
  const index = H.remove(m.index!, key, pathOf(K, key), eqOf(K));
  return reclaimed(new VectorMap(index, trimmed(V.set(m.spine, slot, undefined)), m.size - 1));
}

function update(K: Desc, m: M, key: unknown, f: (v: Option<unknown>) => Option<unknown>): M {
  const r = f(get(K, m, key));
  return r instanceof Some ? add(K, m, key, r.value) : remove(K, m, key);
}

// ---- traversals ----------------------------------------------------------------

function each(m: M, f: (k: unknown, v: unknown) => void): void {
  for (const [k, v] of m) f(k, v);
}

function eachi(m: M, f: (i: number, k: unknown, v: unknown) => void): void {
  let i = 0;
  for (const [k, v] of m) f(i++, k, v);
}

function fold(m: M, init: unknown, f: (acc: unknown, k: unknown, v: unknown) => unknown): unknown {
  let acc = init;
  for (const [k, v] of m) acc = f(acc, k, v);
  return acc;
}

/** A lazy `Iter` over the entries, picking what each step yields. */
function liveIter<T>(m: M, pick: (k: unknown, v: unknown) => T): Iter<T> {
  const slots = V.iterate(m.spine);
  return new Iter(() => {
    for (;;) {
      const s = slots.next() as Slot | typeof Iter.DONE;
      if (s === Iter.DONE) return Iter.DONE;
      if (s !== undefined) return pick(s[0], s[1]);
    }
  });
}

const pairs = (m: M): Iter<KV> => liveIter(m, (k, v): KV => [k, v]);
const pairs2 = (m: M) => ({ _0: pairs(m) });
const values = (m: M): Iter<unknown> => liveIter(m, (_k, v) => v);
const length = (m: M): number => m.size;

/** New values in the same slots, so the index is shared. */
function mapValues(m: M, f: (k: unknown, v: unknown) => unknown): M {
  const slots = spineSlots(m).map((s): Slot => (s === undefined ? undefined : [s[0], f(s[0], s[1])]));
  return new VectorMap(m.index, V.vectorOf(slots), m.size);
}

function filter(m: M, pred: (k: unknown, v: unknown) => boolean): M {
  const remap: number[] = [];
  const kept: Entry[] = [];
  spineSlots(m).forEach((s, slot) => {
    if (s === undefined || !pred(s[0], s[1])) return;
    remap[slot] = kept.length;
    kept.push(s);
  });
  if (kept.length === m.size) return m;
  const survivors = m.index === undefined ? undefined : H.filter(m.index, (_k, slot) => remap[slot as number] !== undefined);
  const index = survivors === undefined ? undefined : H.mapValues(survivors, (_k, slot) => remap[slot as number]);
  return new VectorMap(index, V.vectorOf(kept), kept.length);
}

// ---- traits --------------------------------------------------------------------

/** Entries in order, keys compared before values; the receiver itself is equal at once. */
function equal(K: Desc, Vd: Desc, a: M, b: M): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  const eqK = eqOf(K);
  const eqV = eqOf(Vd);
  const right = b[Symbol.iterator]();
  for (const [k1, v1] of a) {
    const [k2, v2] = right.next().value as KV;
    if (!(eqK(k1, k2) && eqV(v1, v2))) return false;
  }
  return true;
}

/** Each key, then its value, in insertion order. */
function hashCombine(K: Desc, Vd: Desc, m: M, hasher: Hasher): void {
  const combineK = K['Hash.hash_combine'] as (x: unknown, h: Hasher) => void;
  const combineV = Vd['Hash.hash_combine'] as (x: unknown, h: Hasher) => void;
  for (const [k, v] of m) {
    combineK(k, hasher);
    combineV(v, hasher);
  }
}

function hash(K: Desc, Vd: Desc, m: M): number {
  const h = new Hasher();
  hashCombine(K, Vd, m, h);
  return h.finalize();
}

function toRepr(K: Desc, Vd: Desc, m: M): R.Repr {
  const rk = K['Debug.to_repr'] as (x: unknown) => R.Repr;
  const rv = Vd['Debug.to_repr'] as (x: unknown) => R.Repr;
  return R.opaque('VectorMap', R.map([...m].map(([k, v]) => R.mapEntry(rk(k), rv(v)))));
}

/** An array of `[key, value]` arrays, so the order and the keys' types survive. */
function toJson(K: Desc, Vd: Desc, m: M): J.Json {
  const jk = K['ToJson.to_json'] as (x: unknown) => J.Json;
  const jv = Vd['ToJson.to_json'] as (x: unknown) => J.Json;
  return J.array([...m].map(([k, v]) => J.array([jk(k), jv(v)])));
}

/** Every pair decoded (key first) before any is added; repeated keys as `VectorMap(..)` treats them. */
function fromJson(K: Desc, Vd: Desc, json: J.Json, path: JsonPath): M {
  if (json.$c !== 'Array') return decodeError(path, '@immut/vector_map.from_json: expected array');
  const fk = K['FromJson.from_json'] as (j: J.Json, p: JsonPath) => unknown;
  const fv = Vd['FromJson.from_json'] as (j: J.Json, p: JsonPath) => unknown;
  const decoded = json._0.map((pair, i): KV => {
    const at = addIndex(path, i);
    if (pair.$c !== 'Array' || pair._0.length !== 2) return decodeError(at, '@immut/vector_map.from_json: expected [key, value] pair');
    return [fk(pair._0[0]!, addIndex(at, 0)), fv(pair._0[1]!, addIndex(at, 1))];
  });
  return fromArray(K, decoded);
}

const VM = 'VectorMap[K, V]';
const sigFromIter = (name: string) => `fn[K : Eq + Hash, V] ${name}(iter : Iter[(K, V)]) -> ${VM}`;
const sigNew = (name: string) => `fn[K, V] ${name}() -> ${VM}`;
const sigSingleton = (name: string) => `fn[K : Hash, V] ${name}(key : K, value : V) -> ${VM}`;
const sigGet = (name: string) => `fn[K : Eq + Hash, V] ${name}(self : ${VM}, key : K) -> V?`;
const sigFilter = (name: string) => `fn[K, V] ${name}(self : ${VM}, pred : (K, V) -> Bool raise?) -> ${VM} raise?`;
const sigIter = (name: string) => `fn[K, V] ${name}(self : ${VM}) -> Iter[(K, V)]`;
const sigIter2 = (name: string) => `fn[K, V] ${name}(self : ${VM}) -> Iter2[K, V]`;
const sigLength = (name: string) => `fn[K, V] ${name}(self : ${VM}) -> Int`;
const sigMap = (name: string) => `fn[K, V, A] ${name}(self : ${VM}, f : (K, V) -> A raise?) -> VectorMap[K, A] raise?`;
const sigValues = (name: string) => `fn[K, V] ${name}(self : ${VM}) -> Iter[V]`;

/** A new map each time: two empty maps are not physically equal. */
const newMap = (): M => new VectorMap(undefined, V.emptyVector(), 0);
const singleton = (K: Desc, key: unknown, value: unknown): M => new VectorMap(indexAdd(K, undefined, key, 0), V.vectorOf([[key, value]]), 1);

export default defineModule('immut/vector_map', {
  decls: 'type VectorMap[K, V]',
  fns: {
    'VectorMap::VectorMap': fn(`fn[K : Eq + Hash, V] VectorMap::VectorMap(arr : ArrayView[(K, V)]) -> ${VM}`, fromArray),
    'VectorMap::from_iter': fn(sigFromIter('VectorMap::from_iter'), fromIter),
    from_iter: fn(sigFromIter('from_iter'), fromIter),
    'VectorMap::from_iterator': fn(sigFromIter('VectorMap::from_iterator'), fromIter),
    from_iterator: fn(sigFromIter('from_iterator'), fromIter),
    'VectorMap::new': fn(sigNew('VectorMap::new'), newMap),
    new: fn(sigNew('new'), newMap),
    'VectorMap::singleton': fn(sigSingleton('VectorMap::singleton'), singleton),
    singleton: fn(sigSingleton('singleton'), singleton),
    'VectorMap::add': fn(`fn[K : Eq + Hash, V] VectorMap::add(self : ${VM}, key : K, value : V) -> ${VM}`, add),
    'VectorMap::remove': fn(`fn[K : Eq + Hash, V] VectorMap::remove(self : ${VM}, key : K) -> ${VM}`, remove),
    'VectorMap::update': fn(`fn[K : Eq + Hash, V] VectorMap::update(self : ${VM}, key : K, f : (V?) -> V? raise?) -> ${VM} raise?`, update),
    'VectorMap::get': fn(sigGet('VectorMap::get'), get),
    'VectorMap::find': fn(sigGet('VectorMap::find'), get),
    'VectorMap::at': fn(`#alias("_[_]")\nfn[K : Eq + Hash, V] VectorMap::at(self : ${VM}, key : K) -> V`, (K: Desc, m: M, key: unknown) => {
      const r = get(K, m, key);
      if (!(r instanceof Some)) throw new Panic('@immut/vector_map.VectorMap::at: key not found');
      return r.value;
    }),
    'VectorMap::contains': fn(`fn[K : Eq + Hash, V] VectorMap::contains(self : ${VM}, key : K) -> Bool`, (K: Desc, m: M, key: unknown) =>
      slotOf(K, m, key) !== undefined,
    ),
    'VectorMap::length': fn(sigLength('VectorMap::length'), length),
    'VectorMap::size': fn(sigLength('VectorMap::size'), length),
    'VectorMap::is_empty': fn(`fn[K, V] VectorMap::is_empty(self : ${VM}) -> Bool`, (m: M) => m.size === 0),
    'VectorMap::each': fn(`fn[K, V] VectorMap::each(self : ${VM}, f : (K, V) -> Unit raise?) -> Unit raise?`, each),
    'VectorMap::eachi': fn(`fn[K, V] VectorMap::eachi(self : ${VM}, f : (Int, K, V) -> Unit raise?) -> Unit raise?`, eachi),
    'VectorMap::fold': fn(`fn[K, V, A] VectorMap::fold(self : ${VM}, init~ : A, f : (A, K, V) -> A raise?) -> A raise?`, fold),
    'VectorMap::iter': fn(sigIter('VectorMap::iter'), pairs),
    'VectorMap::iterator': fn(sigIter('VectorMap::iterator'), pairs),
    'VectorMap::iter2': fn(sigIter2('VectorMap::iter2'), pairs2),
    'VectorMap::iterator2': fn(sigIter2('VectorMap::iterator2'), pairs2),
    'VectorMap::keys': fn(`fn[K, V] VectorMap::keys(self : ${VM}) -> Iter[K]`, (m: M) => liveIter(m, (k) => k)),
    'VectorMap::values': fn(sigValues('VectorMap::values'), values),
    'VectorMap::elems': fn(sigValues('VectorMap::elems'), values),
    'VectorMap::to_array': fn(`fn[K, V] VectorMap::to_array(self : ${VM}) -> Array[(K, V)]`, (m: M) => [...m]),
    'VectorMap::map': fn(sigMap('VectorMap::map'), mapValues),
    'VectorMap::map_with_key': fn(sigMap('VectorMap::map_with_key'), mapValues),
    'VectorMap::filter': fn(sigFilter('VectorMap::filter'), filter),
    'VectorMap::filter_with_key': fn(sigFilter('VectorMap::filter_with_key'), filter),
    'VectorMap::equal': fn(`fn[K : Eq, V : Eq] VectorMap::equal(self : ${VM}, other : ${VM}) -> Bool`, equal),
    'VectorMap::hash': fn(`fn[K : Hash, V : Hash] VectorMap::hash(self : ${VM}) -> Int`, hash),
  },
  impls: {
    'Eq for @immut/vector_map.VectorMap': impl(`impl[K : Eq, V : Eq] Eq for ${VM}`, (K: Desc, Vd: Desc) => ({
      equal: (a: M, b: M) => equal(K, Vd, a, b),
    })),
    'Hash for @immut/vector_map.VectorMap': impl(`impl[K : Hash, V : Hash] Hash for ${VM}`, (K: Desc, Vd: Desc) => ({
      hash_combine: (m: M, hasher: Hasher) => hashCombine(K, Vd, m, hasher),
    })),
    'ToJson for @immut/vector_map.VectorMap': impl(`impl[K : ToJson, V : ToJson] ToJson for ${VM}`, (K: Desc, Vd: Desc) => ({
      to_json: (m: M) => toJson(K, Vd, m),
    })),
    'Debug for @immut/vector_map.VectorMap': impl(`impl[K : @debug.Debug, V : @debug.Debug] @debug.Debug for ${VM}`, (K: Desc, Vd: Desc) => ({
      to_repr: (m: M) => toRepr(K, Vd, m),
    })),
    'FromJson for @immut/vector_map.VectorMap': impl(
      `impl[K : @json.FromJson + Eq + Hash, V : @json.FromJson] @json.FromJson for ${VM}`,
      (K: Desc, Vd: Desc) => ({
        from_json: (json: J.Json, path: JsonPath) => fromJson(K, Vd, json, path),
      }),
    ),
  },
});
