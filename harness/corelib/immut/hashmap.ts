// `@immut/hashmap`: `HashMap[K, V]`, core's persistent hash array mapped
// trie (runtime class `ImmutHashMap`, support/immut-hamt.ts). Everything it
// shows or iterates follows the trie: slots by ascending hash segment, a
// collision bucket's entries in the order core's list operations leave
// them. `HashMap(arr)` and `from_array` add from the last pair to the
// first, so the first of two equal keys wins; `from_iter` adds in order.
// (The newer core builds large inputs in bulk, into the same trie.)

import { defineModule, fn, impl } from '../define.ts';
import { ArrayView, Iter, StringBuilder, type Logger } from '../../runtime/core-values.ts';
import { desc, type Desc } from '../../runtime/desc.ts';
import { Hasher } from '../../runtime/hasher.ts';
import { None, Panic, Some, type Option } from '../../runtime/values.ts';
import * as H from '../support/immut-hamt.ts';
import * as R from '../support/repr.ts';
import { span } from '../support/seq.ts';

type M = H.ImmutHashMap;
type KV = [unknown, unknown];
type Merge = (k: unknown, v1: unknown, v2: unknown) => unknown;

const eqOf = (d: Desc): H.Same => d['Eq.equal'] as H.Same;
const pathOf = (K: Desc, key: unknown): number => H.pathOf((K['Hash.hash'] as (x: unknown) => number)(key));
const wrap = (root: H.Node | undefined): M => new H.ImmutHashMap(root);
const EMPTY = wrap(undefined);
const newMap = (): M => EMPTY;

function add(K: Desc, m: M, key: unknown, value: unknown): M {
  const path = pathOf(K, key);
  return wrap(m.root === undefined ? H.flat(key, value, path) : H.add(m.root, key, value, path, eqOf(K), H.MAP_FLAVOR));
}

function get(K: Desc, m: M, key: unknown): Option<unknown> {
  const e = H.find(m.root, key, pathOf(K, key), eqOf(K));
  return e === undefined ? None : new Some(e[1]);
}

function fromArray(K: Desc, arr: ArrayView | KV[]): M {
  const [a, s, e] = span(arr as ArrayView<KV> | KV[]);
  let m = EMPTY;
  for (let i = e - 1; i >= s; i--) m = add(K, m, a[i]![0], a[i]![1]);
  return m;
}

function fromIter(K: Desc, iter: Iter<KV>): M {
  let m = EMPTY;
  for (let p = iter.next(); p !== Iter.DONE; p = iter.next()) m = add(K, m, p[0], p[1]);
  return m;
}

const singleton = (K: Desc, key: unknown, value: unknown): M => wrap(H.flat(key, value, pathOf(K, key)));

function filter(m: M, pred: (k: unknown, v: unknown) => boolean): M {
  return m.root === undefined ? m : wrap(H.filter(m.root, pred));
}

function fold(m: M, init: unknown, f: (acc: unknown, k: unknown, v: unknown) => unknown): unknown {
  let acc = init;
  H.each(m.root, (k, v) => {
    acc = f(acc, k, v);
  });
  return acc;
}

function mapValues(m: M, f: (k: unknown, v: unknown) => unknown): M {
  return m.root === undefined ? m : wrap(H.mapValues(m.root, f));
}

function union(K: Desc, a: M, b: M, merge?: Merge): M {
  if (a.root === undefined) return b;
  if (b.root === undefined) return a;
  return wrap(H.union(a.root, b.root, eqOf(K), H.MAP_FLAVOR, merge));
}

function intersection(K: Desc, a: M, b: M, merge?: Merge): M {
  if (a.root === undefined || b.root === undefined) return EMPTY;
  return wrap(H.intersection(a.root, b.root, eqOf(K), H.MAP_FLAVOR, merge));
}

function difference(K: Desc, a: M, b: M): M {
  if (a.root === undefined) return EMPTY;
  return b.root === undefined ? a : wrap(H.difference(a.root, b.root, eqOf(K)));
}

const equal = (K: Desc, V: Desc, a: M, b: M): boolean => H.valuesEqual(a, b, eqOf(K), eqOf(V));

/** Core's hash: each entry's pair hashed on its own, XORed together (so order does not matter), then combined. */
function hashCombine(K: Desc, V: Desc, m: M, hasher: Hasher): void {
  const pairCombine = desc('Tuple2', [K, V])['Hash.hash_combine'] as (x: unknown, h: Hasher) => void;
  let acc = 0;
  H.each(m.root, (k, v) => {
    const h = new Hasher();
    pairCombine([k, v], h);
    acc ^= h.finalize();
  });
  hasher.combine_int(acc);
}

function hash(K: Desc, V: Desc, m: M): number {
  const h = new Hasher();
  hashCombine(K, V, m, h);
  return h.finalize();
}

function output(K: Desc, V: Desc, m: M, logger: Logger): void {
  const pair = desc('Tuple2', [K, V])['Show.output'] as (x: unknown, l: Logger) => void;
  logger.write_string('@immut/hashmap.from_array([');
  let first = true;
  H.each(m.root, (k, v) => {
    if (!first) logger.write_string(', ');
    first = false;
    pair([k, v], logger);
  });
  logger.write_string('])');
}

function toString(K: Desc, V: Desc, m: M): string {
  const sb = new StringBuilder();
  output(K, V, m, sb);
  return sb.toString();
}

function toRepr(K: Desc, V: Desc, m: M): R.Repr {
  const rk = K['Debug.to_repr'] as (x: unknown) => R.Repr;
  const rv = V['Debug.to_repr'] as (x: unknown) => R.Repr;
  const out: R.Repr[] = [];
  H.each(m.root, (k, v) => out.push(R.mapEntry(rk(k), rv(v))));
  return R.opaque('HashMap', R.map(out));
}

const pairs = (m: M): Iter<KV> => H.iterOf(m.root, (k, v): KV => [k, v]);
const pairs2 = (m: M) => ({ _0: pairs(m) });
const values = (m: M): Iter<unknown> => H.iterOf(m.root, (_k, v) => v);
const length = (m: M): number => H.size(m.root);
const unionRight = (K: Desc, a: M, b: M): M => union(K, a, b);

const HM = 'HashMap[K, V]';
const sigFromArray = (name: string) => `fn[K : Eq + Hash, V] ${name}(arr : ArrayView[(K, V)]) -> ${HM}`;
const sigFromIter = (name: string) => `fn[K : Eq + Hash, V] ${name}(iter : Iter[(K, V)]) -> ${HM}`;
const sigNew = (name: string) => `fn[K, V] ${name}() -> ${HM}`;
const sigSingleton = (name: string) => `fn[K : Hash, V] ${name}(key : K, value : V) -> ${HM}`;
const sigGet = (name: string) => `fn[K : Eq + Hash, V] ${name}(self : ${HM}, key : K) -> V?`;
const sigFilter = (name: string) => `fn[K, V] ${name}(self : ${HM}, pred : (K, V) -> Bool raise?) -> ${HM} raise?`;
const sigFold = (name: string) => `fn[K, V, A] ${name}(self : ${HM}, init~ : A, f : (A, K, V) -> A raise?) -> A raise?`;
const sigMap = (name: string) => `fn[K, V, A] ${name}(self : ${HM}, f : (K, V) -> A raise?) -> HashMap[K, A] raise?`;
const sigUnion = (name: string) => `fn[K : Eq, V] ${name}(self : ${HM}, other : ${HM}) -> ${HM}`;
const sigWith = (name: string) => `fn[K : Eq, V] ${name}(self : ${HM}, other : ${HM}, f : (K, V, V) -> V raise?) -> ${HM} raise?`;
const sigLength = (name: string) => `fn[K, V] ${name}(self : ${HM}) -> Int`;
const sigIter = (name: string) => `fn[K, V] ${name}(self : ${HM}) -> Iter[(K, V)]`;
const sigIter2 = (name: string) => `fn[K, V] ${name}(self : ${HM}) -> Iter2[K, V]`;
const sigValues = (name: string) => `fn[K, V] ${name}(self : ${HM}) -> Iter[V]`;

export default defineModule('immut/hashmap', {
  decls: 'type HashMap[K, V]',
  fns: {
    'HashMap::HashMap': fn(sigFromArray('HashMap::HashMap'), fromArray),
    'HashMap::from_array': fn(sigFromArray('HashMap::from_array'), fromArray),
    from_array: fn(sigFromArray('from_array'), fromArray),
    'HashMap::of': fn(sigFromArray('HashMap::of'), fromArray),
    of: fn(sigFromArray('of'), fromArray),
    'HashMap::from_iter': fn(sigFromIter('HashMap::from_iter'), fromIter),
    from_iter: fn(sigFromIter('from_iter'), fromIter),
    'HashMap::from_iterator': fn(sigFromIter('HashMap::from_iterator'), fromIter),
    from_iterator: fn(sigFromIter('from_iterator'), fromIter),
    'HashMap::new': fn(sigNew('HashMap::new'), newMap),
    new: fn(sigNew('new'), newMap),
    'HashMap::singleton': fn(sigSingleton('HashMap::singleton'), singleton),
    singleton: fn(sigSingleton('singleton'), singleton),
    'HashMap::add': fn(`fn[K : Eq + Hash, V] HashMap::add(self : ${HM}, key : K, value : V) -> ${HM}`, add),
    'HashMap::remove': fn(`fn[K : Eq + Hash, V] HashMap::remove(self : ${HM}, key : K) -> ${HM}`, (K: Desc, m: M, key: unknown) =>
      m.root === undefined ? m : wrap(H.remove(m.root, key, pathOf(K, key), eqOf(K))),
    ),
    'HashMap::get': fn(sigGet('HashMap::get'), get),
    'HashMap::find': fn(sigGet('HashMap::find'), get),
    'HashMap::at': fn(`#alias("_[_]")\nfn[K : Eq + Hash, V] HashMap::at(self : ${HM}, key : K) -> V`, (K: Desc, m: M, key: unknown) => {
      const e = H.find(m.root, key, pathOf(K, key), eqOf(K));
      if (e === undefined) throw new Panic('@immut/hashmap.HashMap::at: key not found');
      return e[1];
    }),
    'HashMap::contains': fn(`fn[K : Eq + Hash, V] HashMap::contains(self : ${HM}, key : K) -> Bool`, (K: Desc, m: M, key: unknown) =>
      H.find(m.root, key, pathOf(K, key), eqOf(K)) !== undefined,
    ),
    'HashMap::filter': fn(sigFilter('HashMap::filter'), filter),
    'HashMap::filter_with_key': fn(sigFilter('HashMap::filter_with_key'), filter),
    'HashMap::fold': fn(sigFold('HashMap::fold'), fold),
    'HashMap::fold_with_key': fn(sigFold('HashMap::fold_with_key'), fold),
    'HashMap::map': fn(sigMap('HashMap::map'), mapValues),
    'HashMap::map_with_key': fn(sigMap('HashMap::map_with_key'), mapValues),
    'HashMap::union': fn(sigUnion('HashMap::union'), unionRight),
    'HashMap::merge': fn(sigUnion('HashMap::merge'), unionRight),
    'HashMap::union_with': fn(sigWith('HashMap::union_with'), union),
    'HashMap::intersection': fn(sigUnion('HashMap::intersection'), (K: Desc, a: M, b: M) => intersection(K, a, b)),
    'HashMap::intersection_with': fn(sigWith('HashMap::intersection_with'), intersection),
    'HashMap::difference': fn(sigUnion('HashMap::difference'), difference),
    'HashMap::length': fn(sigLength('HashMap::length'), length),
    'HashMap::size': fn(sigLength('HashMap::size'), length),
    'HashMap::each': fn(`fn[K, V] HashMap::each(self : ${HM}, f : (K, V) -> Unit raise?) -> Unit raise?`, (m: M, f: (k: unknown, v: unknown) => void) =>
      H.each(m.root, f),
    ),
    'HashMap::iter': fn(sigIter('HashMap::iter'), pairs),
    'HashMap::iterator': fn(sigIter('HashMap::iterator'), pairs),
    'HashMap::iter2': fn(sigIter2('HashMap::iter2'), pairs2),
    'HashMap::iterator2': fn(sigIter2('HashMap::iterator2'), pairs2),
    'HashMap::keys': fn(`fn[K, V] HashMap::keys(self : ${HM}) -> Iter[K]`, (m: M) => H.iterOf(m.root, (k) => k)),
    'HashMap::values': fn(sigValues('HashMap::values'), values),
    'HashMap::elems': fn(sigValues('HashMap::elems'), values),
    'HashMap::to_array': fn(`fn[K, V] HashMap::to_array(self : ${HM}) -> Array[(K, V)]`, (m: M) => [...m]),
    'HashMap::equal': fn(`fn[K : Eq, V : Eq] HashMap::equal(self : ${HM}, other : ${HM}) -> Bool`, equal),
    'HashMap::not_equal': fn(`fn[K : Eq, V : Eq] HashMap::not_equal(self : ${HM}, other : ${HM}) -> Bool`, (K: Desc, V: Desc, a: M, b: M) =>
      !equal(K, V, a, b),
    ),
    'HashMap::hash': fn(`fn[K : Hash, V : Hash] HashMap::hash(self : ${HM}) -> Int`, hash),
    'HashMap::hash_combine': fn(`fn[K : Hash, V : Hash] HashMap::hash_combine(self : ${HM}, hasher : Hasher) -> Unit`, hashCombine),
    'HashMap::output': fn(`fn[K : Show, V : Show] HashMap::output(self : ${HM}, logger : &Logger) -> Unit`, output),
    'HashMap::to_string': fn(`fn[K : Show, V : Show] HashMap::to_string(self : ${HM}) -> String`, toString),
    'HashMap::to_repr': fn(`fn[K : @debug.Debug, V : @debug.Debug] HashMap::to_repr(self : ${HM}) -> @debug.Repr`, toRepr),
  },
  impls: {
    'Eq for @immut/hashmap.HashMap': impl(`impl[K : Eq, V : Eq] Eq for ${HM}`, (K: Desc, V: Desc) => ({
      equal: (a: M, b: M) => equal(K, V, a, b),
    })),
    'Hash for @immut/hashmap.HashMap': impl(`impl[K : Hash, V : Hash] Hash for ${HM}`, (K: Desc, V: Desc) => ({
      hash_combine: (m: M, hasher: Hasher) => hashCombine(K, V, m, hasher),
    })),
    'Show for @immut/hashmap.HashMap': impl(`impl[K : Show, V : Show] Show for ${HM}`, (K: Desc, V: Desc) => ({
      output: (m: M, logger: Logger) => output(K, V, m, logger),
    })),
    'Debug for @immut/hashmap.HashMap': impl(`impl[K : @debug.Debug, V : @debug.Debug] @debug.Debug for ${HM}`, (K: Desc, V: Desc) => ({
      to_repr: (m: M) => toRepr(K, V, m),
    })),
  },
});
