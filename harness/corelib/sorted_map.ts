// `@sorted_map`: `SortedMap[K, V]`, core's mutable AVL tree map (runtime
// class `SortedTree`, support/sorted-tree.ts), iterated in ascending key
// order. As in core, `set`, `remove` and `update_or_default` find a key's
// place with `==` and then `<` (`Compare::op_lt`), while `get`, `at`,
// `contains` and `range` use `compare`; `set` on a present key replaces
// the value and keeps the stored key. Signatures follow the newer core the
// docs are written for: `SortedMap(..)` builds one, `keys` and `values` are
// iterators (`keys_as_iter` and `values_as_iter` their deprecated names).

import { defineModule, fn, impl } from './define.ts';
import { ArrayView, Iter, type Logger } from '../runtime/core-values.ts';
import { desc, to_string, type Desc } from '../runtime/desc.ts';
import { Some, None, Panic, type Option } from '../runtime/values.ts';
import { MoonMap, capacityForLength } from './support/linked-table.ts';
import { outputFromArray, span } from './support/seq.ts';
import * as R from './support/repr.ts';
import * as J from './support/json.ts';
import { addKey, decodeError, type JsonPath } from './support/json-path.ts';
import { entries } from './support/maps.ts';
import * as T from './support/sorted-tree.ts';

type M = T.SortedTree;
type KV = [unknown, unknown];
type Fn2 = (a: unknown, b: unknown) => unknown;

const STRING = desc('String');

const eqOf = (K: Desc) => K['Eq.equal'] as T.Same;
const compareOf = (K: Desc) => K['Compare.compare'] as (a: unknown, b: unknown) => number;

/** `set`'s and `remove`'s search: `key == node.key`, else `key < node.key`. */
function placeOf(K: Desc): T.Place {
  const eq = eqOf(K);
  const lt = K['Compare.op_lt'] as T.Same;
  return (key, nodeKey) => (eq(key, nodeKey) ? 0 : lt(key, nodeKey) ? -1 : 1);
}

/** Inserts `value` for an absent key, or applies `update` to the node holding it. */
function upsert(K: Desc, m: M, key: unknown, value: unknown, update: (n: T.TreeNode) => void): void {
  const [root, added] = T.insert(m.root, key, value, placeOf(K), update);
  T.setRoot(m, root, eqOf(K));
  if (added) m.size++;
}

function set(K: Desc, m: M, key: unknown, value: unknown): void {
  upsert(K, m, key, value, (n) => {
    n.value = value;
  });
}

function remove(K: Desc, m: M, key: unknown): void {
  if (m.root === undefined) return;
  const [root, removed] = T.remove(m.root, key, placeOf(K));
  T.setRoot(m, root, eqOf(K));
  if (removed) m.size--;
}

function get(K: Desc, m: M, key: unknown): Option<unknown> {
  const n = T.find(m.root, key, compareOf(K));
  return n === undefined ? None : new Some(n.value);
}

function fromArray(K: Desc, arr: ArrayView | KV[]): M {
  const [a, s, e] = span(arr as ArrayView<KV> | KV[]);
  const m = new T.SortedTree();
  for (let i = s; i < e; i++) set(K, m, a[i]![0], a[i]![1]);
  return m;
}

function fromIter(K: Desc, iter: Iter<KV>): M {
  const m = new T.SortedTree();
  for (let p = iter.next(); p !== Iter.DONE; p = iter.next()) set(K, m, p[0], p[1]);
  return m;
}

function copy(m: M): M {
  const out = new T.SortedTree();
  out.root = T.copy(m.root);
  out.size = m.size;
  return out;
}

function mergeInPlace(K: Desc, m: M, other: M): void {
  T.each(other.root, (n) => set(K, m, n.key, n.value));
}

const pair = (k: unknown, v: unknown): KV => [k, v];
const pairs = (m: M): Iter<KV> => T.walk(m.root, pair);

function toArray(m: M): KV[] {
  const out: KV[] = [];
  const it = pairs(m);
  for (let p = it.next(); p !== Iter.DONE; p = it.next()) out.push(p);
  return out;
}

function equal(K: Desc, V: Desc, a: M, b: M): boolean {
  return T.equalWalks(a, b, pair, desc('Tuple2', [K, V])['Eq.equal'] as T.Same);
}

const newMap = (): M => new T.SortedTree();
const length = (m: M): number => m.size;

const sigFromArray = (name: string) => `fn[K : Compare, V] ${name}(entries : ArrayView[(K, V)]) -> SortedMap[K, V]`;
const sigFromIter = (name: string) => `fn[K : Compare, V] ${name}(iter : Iter[(K, V)]) -> SortedMap[K, V]`;
const sigSet = (name: string) => `fn[K : Compare, V] ${name}(self : SortedMap[K, V], key : K, value : V) -> Unit`;
const sigLength = (name: string) => `fn[K, V] ${name}(self : SortedMap[K, V]) -> Int`;
const sigIter = (name: string) => `fn[K, V] ${name}(self : SortedMap[K, V]) -> Iter[(K, V)]`;
const sigIter2 = (name: string) => `fn[K, V] ${name}(self : SortedMap[K, V]) -> Iter2[K, V]`;
const sigKeys = (name: string) => `fn[K, V] ${name}(self : SortedMap[K, V]) -> Iter[K]`;
const sigValues = (name: string) => `fn[K, V] ${name}(self : SortedMap[K, V]) -> Iter[V]`;
const sigCopy = (name: string) => `fn[K, V] ${name}(self : SortedMap[K, V]) -> SortedMap[K, V]`;

const keys = (m: M) => T.walk(m.root, (k) => k);
const values = (m: M) => T.walk(m.root, (_k, v) => v);
const iter2 = (m: M) => ({ _0: pairs(m) });

export default defineModule('sorted_map', {
  decls: 'type SortedMap[K, V]',
  fns: {
    'SortedMap::SortedMap': fn(sigFromArray('SortedMap::SortedMap'), fromArray),
    'SortedMap::from_array': fn(sigFromArray('SortedMap::from_array'), fromArray),
    from_array: fn(sigFromArray('from_array'), fromArray),
    'SortedMap::of': fn(sigFromArray('SortedMap::of'), fromArray),
    of: fn(sigFromArray('of'), fromArray),
    'SortedMap::new': fn('fn[K, V] SortedMap::new() -> SortedMap[K, V]', newMap),
    new: fn('fn[K, V] new() -> SortedMap[K, V]', newMap),
    'SortedMap::from_iter': fn(sigFromIter('SortedMap::from_iter'), fromIter),
    from_iter: fn(sigFromIter('from_iter'), fromIter),
    'SortedMap::from_iterator': fn(sigFromIter('SortedMap::from_iterator'), fromIter),
    from_iterator: fn(sigFromIter('from_iterator'), fromIter),
    'SortedMap::set': fn(`#alias("_[_]=_")\n${sigSet('SortedMap::set')}`, set),
    'SortedMap::add': fn(sigSet('SortedMap::add'), set),
    'SortedMap::remove': fn('fn[K : Compare, V] SortedMap::remove(self : SortedMap[K, V], key : K) -> Unit', remove),
    'SortedMap::get': fn('fn[K : Compare, V] SortedMap::get(self : SortedMap[K, V], key : K) -> V?', get),
    'SortedMap::at': fn('#alias("_[_]")\nfn[K : Compare, V] SortedMap::at(self : SortedMap[K, V], key : K) -> V', (K: Desc, m: M, key: unknown) => {
      const n = T.find(m.root, key, compareOf(K));
      if (n === undefined) throw new Panic('SortedMap::at: key not found');
      return n.value;
    }),
    'SortedMap::get_or_init': fn('fn[K : Compare, V] SortedMap::get_or_init(self : SortedMap[K, V], key : K, init : () -> V) -> V', (K: Desc, m: M, key: unknown, init: () => unknown) => {
      const n = T.find(m.root, key, compareOf(K));
      if (n !== undefined) return n.value;
      const value = init();
      set(K, m, key, value);
      return value;
    }),
    'SortedMap::get_or_default': fn('fn[K : Compare, V] SortedMap::get_or_default(self : SortedMap[K, V], key : K, default : V) -> V', (K: Desc, m: M, key: unknown, dflt: unknown) => {
      const n = T.find(m.root, key, compareOf(K));
      return n === undefined ? dflt : n.value;
    }),
    'SortedMap::update_or_default': fn('fn[K : Compare, V] SortedMap::update_or_default(self : SortedMap[K, V], key : K, default : V, f : (V) -> V) -> Unit', (K: Desc, m: M, key: unknown, dflt: unknown, f: (v: unknown) => unknown) =>
      upsert(K, m, key, dflt, (n) => {
        n.value = f(n.value);
      }),
    ),
    'SortedMap::contains': fn('fn[K : Compare, V] SortedMap::contains(self : SortedMap[K, V], key : K) -> Bool', (K: Desc, m: M, key: unknown) =>
      T.find(m.root, key, compareOf(K)) !== undefined,
    ),
    'SortedMap::is_empty': fn('fn[K, V] SortedMap::is_empty(self : SortedMap[K, V]) -> Bool', (m: M) => m.size === 0),
    'SortedMap::length': fn(sigLength('SortedMap::length'), length),
    'SortedMap::size': fn(sigLength('SortedMap::size'), length),
    'SortedMap::clear': fn('fn[K, V] SortedMap::clear(self : SortedMap[K, V]) -> Unit', (m: M) => {
      m.root = undefined;
      m.size = 0;
    }),
    'SortedMap::each': fn('fn[K, V] SortedMap::each(self : SortedMap[K, V], f : (K, V) -> Unit raise?) -> Unit raise?', (m: M, f: Fn2) =>
      T.each(m.root, (n) => f(n.key, n.value)),
    ),
    'SortedMap::eachi': fn('fn[K, V] SortedMap::eachi(self : SortedMap[K, V], f : (Int, K, V) -> Unit raise?) -> Unit raise?', (m: M, f: (i: number, k: unknown, v: unknown) => unknown) => {
      let i = 0;
      T.each(m.root, (n) => {
        f(i, n.key, n.value);
        i++;
      });
    }),
    'SortedMap::keys': fn(sigKeys('SortedMap::keys'), keys),
    'SortedMap::keys_as_iter': fn(sigKeys('SortedMap::keys_as_iter'), keys),
    'SortedMap::values': fn(sigValues('SortedMap::values'), values),
    'SortedMap::values_as_iter': fn(sigValues('SortedMap::values_as_iter'), values),
    'SortedMap::to_array': fn('fn[K, V] SortedMap::to_array(self : SortedMap[K, V]) -> Array[(K, V)]', toArray),
    'SortedMap::iter': fn(sigIter('SortedMap::iter'), pairs),
    'SortedMap::iterator': fn(sigIter('SortedMap::iterator'), pairs),
    'SortedMap::iter2': fn(sigIter2('SortedMap::iter2'), iter2),
    'SortedMap::iterator2': fn(sigIter2('SortedMap::iterator2'), iter2),
    'SortedMap::range': fn('fn[K : Compare, V] SortedMap::range(self : SortedMap[K, V], low : K, high : K) -> Iter2[K, V]', (K: Desc, m: M, low: unknown, high: unknown) =>
      ({ _0: T.walkRange(m.root, low, high, compareOf(K), pair) }),
    ),
    'SortedMap::copy': fn(sigCopy('SortedMap::copy'), copy),
    'SortedMap::clone': fn(sigCopy('SortedMap::clone'), copy),
    'SortedMap::merge': fn('fn[K : Compare, V] SortedMap::merge(self : SortedMap[K, V], other : SortedMap[K, V]) -> SortedMap[K, V]', (K: Desc, m: M, other: M) => {
      const out = copy(m);
      mergeInPlace(K, out, other);
      return out;
    }),
    'SortedMap::merge_in_place': fn('fn[K : Compare, V] SortedMap::merge_in_place(self : SortedMap[K, V], other : SortedMap[K, V]) -> Unit', mergeInPlace),
    'SortedMap::equal': fn('fn[K : Eq, V : Eq] SortedMap::equal(self : SortedMap[K, V], other : SortedMap[K, V]) -> Bool', equal),
  },
  impls: {
    'Eq for @sorted_map.SortedMap': impl('impl[K : Eq, V : Eq] Eq for SortedMap[K, V]', (K: Desc, V: Desc) => ({
      equal: (a: M, b: M) => equal(K, V, a, b),
    })),
    'Default for @sorted_map.SortedMap': impl('impl[K, V] Default for SortedMap[K, V]', { default: newMap }),
    'Show for @sorted_map.SortedMap': impl('impl[K : Show, V : Show] Show for SortedMap[K, V]', (K: Desc, V: Desc) => {
      const pair = desc('Tuple2', [K, V]);
      return { output: (m: M, logger: Logger) => outputFromArray('@sorted_map.from_array', pair, toArray(m), logger) };
    }),
    'Debug for @sorted_map.SortedMap': impl('impl[K : Debug, V : Debug] Debug for SortedMap[K, V]', (K: Desc, V: Desc) => {
      const rk = K['Debug.to_repr'] as (x: unknown) => R.Repr;
      const rv = V['Debug.to_repr'] as (x: unknown) => R.Repr;
      return { to_repr: (m: M) => R.opaque('SortedMap', R.map(toArray(m).map(([k, v]) => R.mapEntry(rk(k), rv(v))))) };
    }),
    // An object whose map has room for every entry (`Map(capacity=length, ..)`); keys are shown with `to_string`.
    'ToJson for @sorted_map.SortedMap': impl('impl[K : Show, V : ToJson] ToJson for SortedMap[K, V]', (K: Desc, V: Desc) => {
      const toJson = V['ToJson.to_json'] as (x: unknown) => J.Json;
      return {
        to_json: (m: M) => {
          const fields = toArray(m).map(([k, v]): [string, J.Json] => [to_string(K, k), toJson(v)]);
          const object = new MoonMap(Math.max(m.size, capacityForLength(fields.length)));
          for (const [k, v] of fields) object.setWith(STRING, k, v);
          return J.object(object);
        },
      };
    }),
    'FromJson for @sorted_map.SortedMap': impl('impl[V : FromJson] FromJson for SortedMap[String, V]', (_K: Desc, V: Desc) => {
      const fromJson = V['FromJson.from_json'] as (json: J.Json, path: JsonPath) => unknown;
      return {
        from_json: (json: J.Json, path: JsonPath) => {
          if (json.$c !== 'Object') return decodeError(path, '@sorted_map.from_json: expected object');
          const m = new T.SortedTree();
          for (const [k, v] of entries<string, J.Json>(json._0)) set(STRING, m, k, fromJson(v, addKey(path, k)));
          return m;
        },
      };
    }),
  },
});
