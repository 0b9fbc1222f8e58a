// `@set`: `Set[K]`, core's insertion-ordered linked hash set (runtime class
// `MoonSet`, support/linked-table.ts), which the prelude re-exports as
// `Set`. Unlike `Map::set`, `Set::add` grows the table before it probes,
// even when the key is already present; `capacity()` shows it.

import { defineModule, fn, impl } from './define.ts';
import { ArrayView, Iter, type Logger } from '../runtime/core-values.ts';
import type { Desc } from '../runtime/desc.ts';
import { Some, type Option } from '../runtime/values.ts';
import { MoonSet, capacityForLength, type KeyEq } from './support/linked-table.ts';
import { span } from './support/seq.ts';

type S = MoonSet;
type HashFn = (x: unknown) => number;

const hashOf = (K: Desc): HashFn => K['Hash.hash'] as HashFn;
const eqOf = (K: Desc): KeyEq => K['Eq.equal'] as KeyEq;

/** `add`: grow when full, then insert unless present. Whether it was added. */
function add(K: Desc, s: S, key: unknown): boolean {
  if (s.size >= s.growAt) s.grow();
  const hash = hashOf(K)(key);
  const p = s.probe(key, hash, eqOf(K));
  if (p.found !== undefined) return false;
  s.insertAt(p, key, undefined, hash);
  return true;
}

function remove(K: Desc, s: S, key: unknown): boolean {
  const idx = s.findIndex(key, hashOf(K)(key), eqOf(K));
  if (idx < 0) return false;
  s.removeAt(idx);
  return true;
}

const contains = (K: Desc, s: S, key: unknown): boolean => s.find(key, hashOf(K)(key), eqOf(K)) !== undefined;

function fromArray(K: Desc, arr: ArrayView | unknown[], capacity: Option<number>): S {
  const [a, st, e] = span(arr);
  const len = e - st;
  const cap = capacity instanceof Some ? Math.max(capacity.value, capacityForLength(len)) : len === 0 ? 8 : capacityForLength(len);
  const s = new MoonSet(cap);
  for (let i = st; i < e; i++) add(K, s, a[i]);
  return s;
}

function fromIter(K: Desc, iter: Iter): S {
  const s = new MoonSet(8);
  for (let x = iter.next(); x !== Iter.DONE; x = iter.next()) add(K, s, x);
  return s;
}

function keys(s: S): unknown[] {
  const out = [];
  for (let e = s.head; e !== undefined; e = e.next) out.push(e.key);
  return out;
}

function union(K: Desc, a: S, b: S): S {
  const out = new MoonSet(8);
  for (const k of keys(a)) add(K, out, k);
  for (const k of keys(b)) add(K, out, k);
  return out;
}

function intersection(K: Desc, a: S, b: S): S {
  const out = new MoonSet(8);
  for (const k of keys(a)) if (contains(K, b, k)) add(K, out, k);
  return out;
}

function difference(K: Desc, a: S, b: S): S {
  const out = new MoonSet(8);
  for (const k of keys(a)) if (!contains(K, b, k)) add(K, out, k);
  return out;
}

function symmetricDifference(K: Desc, a: S, b: S): S {
  const out = new MoonSet(8);
  for (const k of keys(a)) if (!contains(K, b, k)) add(K, out, k);
  for (const k of keys(b)) if (!contains(K, a, k)) add(K, out, k);
  return out;
}

function isSubset(K: Desc, a: S, b: S): boolean {
  return a.size <= b.size && keys(a).every((k) => contains(K, b, k));
}

function isDisjoint(K: Desc, a: S, b: S): boolean {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  return keys(small).every((k) => !contains(K, big, k));
}

function listIter(s: S): Iter {
  let cur = s.head;
  let remaining = s.size;
  return new Iter(() => {
    if (remaining <= 0 || cur === undefined) return Iter.DONE;
    const k = cur.key;
    cur = cur.next;
    remaining--;
    return k;
  });
}

export default defineModule('set', {
  decls: 'type Set[K]',
  fns: {
    'Set::Set': fn('fn[K : Hash + Eq] Set::Set(arr : ArrayView[K], capacity? : Int) -> Set[K]', fromArray),
    'Set::from_array': fn('fn[K : Hash + Eq] Set::from_array(arr : ArrayView[K], capacity? : Int) -> Set[K]', fromArray),
    from_array: fn('fn[K : Hash + Eq] from_array(arr : ArrayView[K], capacity? : Int) -> Set[K]', fromArray),
    'Set::new': fn('fn[K] Set::new(capacity? : Int = ..) -> Set[K]', (capacity: number | undefined) => new MoonSet(capacity ?? 8)),
    new: fn('fn[K] new(capacity? : Int = ..) -> Set[K]', (capacity: number | undefined) => new MoonSet(capacity ?? 8)),
    'Set::from_iter': fn('fn[K : Hash + Eq] Set::from_iter(iter : Iter[K]) -> Set[K]', fromIter),
    from_iter: fn('fn[K : Hash + Eq] from_iter(iter : Iter[K]) -> Set[K]', fromIter),
    'Set::add': fn('fn[K : Hash + Eq] Set::add(self : Set[K], key : K) -> Unit', (K: Desc, s: S, key: unknown) => {
      add(K, s, key);
    }),
    'Set::add_and_check': fn('fn[K : Hash + Eq] Set::add_and_check(self : Set[K], key : K) -> Bool', add),
    'Set::contains': fn('fn[K : Hash + Eq] Set::contains(self : Set[K], key : K) -> Bool', contains),
    'Set::remove': fn('fn[K : Hash + Eq] Set::remove(self : Set[K], key : K) -> Unit', (K: Desc, s: S, key: unknown) => {
      remove(K, s, key);
    }),
    'Set::remove_and_check': fn('fn[K : Hash + Eq] Set::remove_and_check(self : Set[K], key : K) -> Bool', remove),
    'Set::length': fn('fn[K] Set::length(self : Set[K]) -> Int', (s: S) => s.size),
    'Set::capacity': fn('fn[K] Set::capacity(self : Set[K]) -> Int', (s: S) => s.capacity),
    'Set::is_empty': fn('fn[K] Set::is_empty(self : Set[K]) -> Bool', (s: S) => s.size === 0),
    'Set::each': fn('fn[K] Set::each(self : Set[K], f : (K) -> Unit raise?) -> Unit raise?', (s: S, f: (k: unknown) => unknown) => {
      for (let e = s.head; e !== undefined; ) {
        const next = e.next;
        f(e.key);
        e = next;
      }
    }),
    'Set::eachi': fn('fn[K] Set::eachi(self : Set[K], f : (Int, K) -> Unit raise?) -> Unit raise?', (s: S, f: (i: number, k: unknown) => unknown) => {
      let i = 0;
      for (let e = s.head; e !== undefined; ) {
        const next = e.next;
        f(i++, e.key);
        e = next;
      }
    }),
    'Set::clear': fn('fn[K] Set::clear(self : Set[K]) -> Unit', (s: S) => s.clear()),
    'Set::iter': fn('fn[K] Set::iter(self : Set[K]) -> Iter[K]', listIter),
    'Set::to_array': fn('fn[K] Set::to_array(self : Set[K]) -> Array[K]', keys),
    'Set::copy': fn('fn[K] Set::copy(self : Set[K]) -> Set[K]', (s: S) => s.copyInto(new MoonSet(1))),
    'Set::union': fn('fn[K : Hash + Eq] Set::union(self : Set[K], other : Set[K]) -> Set[K]', union),
    'Set::intersection': fn('fn[K : Hash + Eq] Set::intersection(self : Set[K], other : Set[K]) -> Set[K]', intersection),
    'Set::difference': fn('fn[K : Hash + Eq] Set::difference(self : Set[K], other : Set[K]) -> Set[K]', difference),
    'Set::symmetric_difference': fn('fn[K : Hash + Eq] Set::symmetric_difference(self : Set[K], other : Set[K]) -> Set[K]', symmetricDifference),
    'Set::is_subset': fn('fn[K : Hash + Eq] Set::is_subset(self : Set[K], other : Set[K]) -> Bool', isSubset),
    'Set::is_superset': fn('fn[K : Hash + Eq] Set::is_superset(self : Set[K], other : Set[K]) -> Bool', (K: Desc, a: S, b: S) => isSubset(K, b, a)),
    'Set::equal': fn('fn[K : Hash + Eq] Set::equal(self : Set[K], other : Set[K]) -> Bool', (K: Desc, a: S, b: S) =>
      a.size === b.size && keys(a).every((k) => contains(K, b, k)),
    ),
    'Set::land': fn('fn[K : Hash + Eq] Set::land(self : Set[K], other : Set[K]) -> Set[K]', intersection),
    'Set::lor': fn('fn[K : Hash + Eq] Set::lor(self : Set[K], other : Set[K]) -> Set[K]', union),
    'Set::lxor': fn('fn[K : Hash + Eq] Set::lxor(self : Set[K], other : Set[K]) -> Set[K]', symmetricDifference),
    'Set::sub': fn('fn[K : Hash + Eq] Set::sub(self : Set[K], other : Set[K]) -> Set[K]', difference),
    'Set::is_disjoint': fn('fn[K : Hash + Eq] Set::is_disjoint(self : Set[K], other : Set[K]) -> Bool', isDisjoint),
  },
  impls: {
    'Show for @set.Set': impl('impl[K : Show] Show for Set[K]', (K: Desc) => {
      const out = K['Show.output'] as (x: unknown, l: Logger) => void;
      return {
        output: (s: S, logger: Logger) => {
          logger.write_string('{');
          for (let e = s.head, i = 0; e !== undefined; e = e.next, i++) {
            if (i > 0) logger.write_string(', ');
            out(e.key, logger);
          }
          logger.write_string('}');
        },
      };
    }),
    'Eq for @set.Set': impl('impl[K : Hash + Eq] Eq for Set[K]', (K: Desc) => ({
      equal: (a: S, b: S) => a.size === b.size && keys(a).every((k) => contains(K, b, k)),
    })),
    'Default for @set.Set': impl('impl[K] Default for Set[K]', { default: () => new MoonSet(8) }),
    'BitAnd for @set.Set': impl('impl[K : Hash + Eq] BitAnd for Set[K]', (K: Desc) => ({ land: (a: S, b: S) => intersection(K, a, b) })),
    'BitOr for @set.Set': impl('impl[K : Hash + Eq] BitOr for Set[K]', (K: Desc) => ({ lor: (a: S, b: S) => union(K, a, b) })),
    'BitXOr for @set.Set': impl('impl[K : Hash + Eq] BitXOr for Set[K]', (K: Desc) => ({ lxor: (a: S, b: S) => symmetricDifference(K, a, b) })),
    'Sub for @set.Set': impl('impl[K : Hash + Eq] Sub for Set[K]', (K: Desc) => ({ sub: (a: S, b: S) => difference(K, a, b) })),
  },
});
