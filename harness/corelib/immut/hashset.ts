// `@immut/hashset`: `HashSet[A]`, core's persistent hash array mapped trie
// of elements (runtime class `ImmutHashSet`, support/immut-hamt.ts, where
// an element is a key with no value). It shows and iterates in the trie's
// order, as `@immut/hashmap` does. Unlike the map, adding a present element
// keeps the stored one, and intersecting two collision buckets keeps the
// left one's order. `HashSet(arr)` adds from the last element to the first;
// `from_iter` adds in order.

import { defineModule, fn, impl } from '../define.ts';
import { ArrayView, Iter, StringBuilder, type Logger } from '../../runtime/core-values.ts';
import type { Desc } from '../../runtime/desc.ts';
import { Hasher } from '../../runtime/hasher.ts';
import * as H from '../support/immut-hamt.ts';
import * as R from '../support/repr.ts';
import { span } from '../support/seq.ts';

type S = H.ImmutHashSet;

const eqOf = (d: Desc): H.Same => d['Eq.equal'] as H.Same;
const hashFn = (A: Desc) => A['Hash.hash'] as (x: unknown) => number;
const pathOf = (A: Desc, x: unknown): number => H.pathOf(hashFn(A)(x));
const wrap = (root: H.Node | undefined): S => new H.ImmutHashSet(root);
const EMPTY = wrap(undefined);
const noValues: H.Same = () => true;

function add(A: Desc, s: S, x: unknown): S {
  const path = pathOf(A, x);
  return wrap(s.root === undefined ? H.flat(x, undefined, path) : H.add(s.root, x, undefined, path, eqOf(A), H.SET_FLAVOR));
}

function fromArray(A: Desc, arr: ArrayView | unknown[]): S {
  const [a, st, e] = span(arr);
  let s = EMPTY;
  for (let i = e - 1; i >= st; i--) s = add(A, s, a[i]);
  return s;
}

function fromIter(A: Desc, iter: Iter): S {
  let s = EMPTY;
  for (let x = iter.next(); x !== Iter.DONE; x = iter.next()) s = add(A, s, x);
  return s;
}

function union(K: Desc, a: S, b: S): S {
  if (a.root === undefined) return b;
  if (b.root === undefined) return a;
  return wrap(H.union(a.root, b.root, eqOf(K), H.SET_FLAVOR));
}

function intersection(K: Desc, a: S, b: S): S {
  if (a.root === undefined || b.root === undefined) return EMPTY;
  return wrap(H.intersection(a.root, b.root, eqOf(K), H.SET_FLAVOR));
}

function difference(K: Desc, a: S, b: S): S {
  if (a.root === undefined) return EMPTY;
  return b.root === undefined ? a : wrap(H.difference(a.root, b.root, eqOf(K)));
}

const equal = (A: Desc, a: S, b: S): boolean => H.valuesEqual(a, b, eqOf(A), noValues);

/** Core's hash: the elements' own hashes XORed together (so order does not matter), then combined. */
function hashCombine(A: Desc, s: S, hasher: Hasher): void {
  const hash = hashFn(A);
  let acc = 0;
  H.each(s.root, (x) => {
    acc ^= hash(x);
  });
  hasher.combine_int(acc);
}

function hash(A: Desc, s: S): number {
  const h = new Hasher();
  hashCombine(A, s, h);
  return h.finalize();
}

function output(A: Desc, s: S, logger: Logger): void {
  const out = A['Show.output'] as (x: unknown, l: Logger) => void;
  logger.write_string('@immut/hashset.from_array([');
  let first = true;
  H.each(s.root, (x) => {
    if (!first) logger.write_string(', ');
    first = false;
    out(x, logger);
  });
  logger.write_string('])');
}

function toString(A: Desc, s: S): string {
  const sb = new StringBuilder();
  output(A, s, sb);
  return sb.toString();
}

function toRepr(A: Desc, s: S): R.Repr {
  const repr = A['Debug.to_repr'] as (x: unknown) => R.Repr;
  return R.opaque('HashSet', R.array([...s].map(repr)));
}

const elements = (s: S): Iter => H.iterOf(s.root, (x) => x);
const length = (s: S): number => H.size(s.root);
const newSet = (): S => EMPTY;

const HS = 'HashSet[A]';
const HK = 'HashSet[K]';
const sigFromArray = (name: string) => `fn[A : Eq + Hash] ${name}(arr : ArrayView[A]) -> ${HS}`;
const sigFromIter = (name: string) => `fn[A : Eq + Hash] ${name}(iter : Iter[A]) -> ${HS}`;
const sigNew = (name: string) => `fn[A] ${name}() -> ${HS}`;
const sigSetOp = (name: string) => `fn[K : Eq] ${name}(self : ${HK}, other : ${HK}) -> ${HK}`;

export default defineModule('immut/hashset', {
  decls: 'type HashSet[A]',
  fns: {
    'HashSet::HashSet': fn(sigFromArray('HashSet::HashSet'), fromArray),
    'HashSet::from_array': fn(sigFromArray('HashSet::from_array'), fromArray),
    from_array: fn(sigFromArray('from_array'), fromArray),
    'HashSet::of': fn(sigFromArray('HashSet::of'), fromArray),
    of: fn(sigFromArray('of'), fromArray),
    'HashSet::from_iter': fn(sigFromIter('HashSet::from_iter'), fromIter),
    from_iter: fn(sigFromIter('from_iter'), fromIter),
    'HashSet::from_iterator': fn(sigFromIter('HashSet::from_iterator'), fromIter),
    from_iterator: fn(sigFromIter('from_iterator'), fromIter),
    'HashSet::new': fn(sigNew('HashSet::new'), newSet),
    new: fn(sigNew('new'), newSet),
    'HashSet::add': fn(`fn[A : Eq + Hash] HashSet::add(self : ${HS}, key : A) -> ${HS}`, add),
    'HashSet::remove': fn(`fn[A : Eq + Hash] HashSet::remove(self : ${HS}, key : A) -> ${HS}`, (A: Desc, s: S, x: unknown) =>
      s.root === undefined ? s : wrap(H.remove(s.root, x, pathOf(A, x), eqOf(A))),
    ),
    'HashSet::contains': fn(`fn[A : Eq + Hash] HashSet::contains(self : ${HS}, key : A) -> Bool`, (A: Desc, s: S, x: unknown) =>
      H.find(s.root, x, pathOf(A, x), eqOf(A)) !== undefined,
    ),
    'HashSet::union': fn(sigSetOp('HashSet::union'), union),
    'HashSet::intersection': fn(sigSetOp('HashSet::intersection'), intersection),
    'HashSet::difference': fn(sigSetOp('HashSet::difference'), difference),
    'HashSet::is_empty': fn(`fn[A] HashSet::is_empty(self : ${HS}) -> Bool`, (s: S) => s.root === undefined),
    'HashSet::length': fn(`fn[A] HashSet::length(self : ${HS}) -> Int`, length),
    'HashSet::size': fn(`fn[A] HashSet::size(self : ${HS}) -> Int`, length),
    'HashSet::each': fn(`fn[A] HashSet::each(self : ${HS}, f : (A) -> Unit raise?) -> Unit raise?`, (s: S, f: (x: unknown) => void) =>
      H.each(s.root, (x) => f(x)),
    ),
    'HashSet::iter': fn(`fn[A] HashSet::iter(self : ${HS}) -> Iter[A]`, elements),
    'HashSet::iterator': fn(`fn[A] HashSet::iterator(self : ${HS}) -> Iter[A]`, elements),
    'HashSet::equal': fn(`fn[A : Eq] HashSet::equal(self : ${HS}, other : ${HS}) -> Bool`, equal),
    'HashSet::not_equal': fn(`fn[A : Eq] HashSet::not_equal(self : ${HS}, other : ${HS}) -> Bool`, (A: Desc, a: S, b: S) => !equal(A, a, b)),
    'HashSet::hash': fn(`fn[A : Hash] HashSet::hash(self : ${HS}) -> Int`, hash),
    'HashSet::hash_combine': fn(`fn[A : Hash] HashSet::hash_combine(self : ${HS}, hasher : Hasher) -> Unit`, hashCombine),
    'HashSet::output': fn(`fn[A : Show] HashSet::output(self : ${HS}, logger : &Logger) -> Unit`, output),
    'HashSet::to_string': fn(`fn[A : Show] HashSet::to_string(self : ${HS}) -> String`, toString),
    'HashSet::to_repr': fn(`fn[A : @debug.Debug] HashSet::to_repr(self : ${HS}) -> @debug.Repr`, toRepr),
  },
  impls: {
    'Eq for @immut/hashset.HashSet': impl(`impl[A : Eq] Eq for ${HS}`, (A: Desc) => ({ equal: (a: S, b: S) => equal(A, a, b) })),
    'Hash for @immut/hashset.HashSet': impl(`impl[A : Hash] Hash for ${HS}`, (A: Desc) => ({
      hash_combine: (s: S, hasher: Hasher) => hashCombine(A, s, hasher),
    })),
    'Show for @immut/hashset.HashSet': impl(`impl[A : Show] Show for ${HS}`, (A: Desc) => ({
      output: (s: S, logger: Logger) => output(A, s, logger),
    })),
    'Debug for @immut/hashset.HashSet': impl(`impl[A : @debug.Debug] @debug.Debug for ${HS}`, (A: Desc) => ({
      to_repr: (s: S) => toRepr(A, s),
    })),
  },
});
