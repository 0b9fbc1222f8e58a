// `@hashset`: `HashSet[K]`, core's Robin Hood hash set (runtime class
// `MoonHashSet`, support/hash-table.ts). `add` grows at 13/16 full before it
// probes; iteration, `Show` and `to_array` follow the slot order.

import { defineModule, fn, impl } from './define.ts';
import { ArrayView, Iter, type Logger } from '../runtime/core-values.ts';
import type { Desc } from '../runtime/desc.ts';
import { Some, type Option } from '../runtime/values.ts';
import { MoonHashSet } from './support/hash-table.ts';
import { capacityForLength, type KeyEq } from './support/linked-table.ts';
import { span } from './support/seq.ts';

type S = MoonHashSet;
type HashFn = (x: unknown) => number;

const hashOf = (K: Desc): HashFn => K['Hash.hash'] as HashFn;
const eqOf = (K: Desc): KeyEq => K['Eq.equal'] as KeyEq;

function add(K: Desc, s: S, key: unknown): void {
  if (s.size >= s.growAt) s.grow();
  const hash = hashOf(K)(key);
  const p = s.probe(key, hash, eqOf(K));
  if (p.found === undefined) s.insertAt(p, key, undefined, hash);
}

function remove(K: Desc, s: S, key: unknown): void {
  const idx = s.findIndex(key, hashOf(K)(key), eqOf(K));
  if (idx >= 0) {
    s.shiftBack(idx);
    s.size--;
  }
}

const contains = (K: Desc, s: S, key: unknown): boolean => s.findIndex(key, hashOf(K)(key), eqOf(K)) >= 0;

function keys(s: S): unknown[] {
  const out = [];
  for (const e of s.entries) if (e !== undefined) out.push(e.key);
  return out;
}

function fromArray(K: Desc, arr: ArrayView | unknown[], capacity: Option<number>): S {
  const [a, st, e] = span(arr);
  const s = new MoonHashSet(Math.max(capacity instanceof Some ? capacity.value : 8, capacityForLength(e - st)));
  for (let i = st; i < e; i++) add(K, s, a[i]);
  return s;
}

function fromIter(K: Desc, iter: Iter): S {
  const s = new MoonHashSet(8);
  for (let x = iter.next(); x !== Iter.DONE; x = iter.next()) add(K, s, x);
  return s;
}

function newSet(capacity: number | undefined): S {
  return new MoonHashSet(capacity ?? 8);
}

function union(K: Desc, a: S, b: S): S {
  const out = new MoonHashSet(8);
  for (const k of keys(a)) add(K, out, k);
  for (const k of keys(b)) add(K, out, k);
  return out;
}

function intersection(K: Desc, a: S, b: S): S {
  const out = new MoonHashSet(8);
  for (const k of keys(a)) if (contains(K, b, k)) add(K, out, k);
  return out;
}

function difference(K: Desc, a: S, b: S): S {
  const out = new MoonHashSet(8);
  for (const k of keys(a)) if (!contains(K, b, k)) add(K, out, k);
  return out;
}

function symmetricDifference(K: Desc, a: S, b: S): S {
  const out = new MoonHashSet(8);
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

const sigFromArray = (name: string) => `fn[K : Hash + Eq] ${name}(arr : ArrayView[K], capacity? : Int) -> HashSet[K]`;

export default defineModule('hashset', {
  decls: 'type HashSet[K]',
  fns: {
    'HashSet::HashSet': fn(sigFromArray('HashSet::HashSet'), fromArray),
    'HashSet::from_array': fn(sigFromArray('HashSet::from_array'), fromArray),
    from_array: fn(sigFromArray('from_array'), fromArray),
    'HashSet::new': fn('fn[K] HashSet::new(capacity? : Int = ..) -> HashSet[K]', newSet),
    new: fn('fn[K] new(capacity? : Int = ..) -> HashSet[K]', newSet),
    'HashSet::from_iter': fn('fn[K : Hash + Eq] HashSet::from_iter(iter : Iter[K]) -> HashSet[K]', fromIter),
    from_iter: fn('fn[K : Hash + Eq] from_iter(iter : Iter[K]) -> HashSet[K]', fromIter),
    'HashSet::add': fn('fn[K : Hash + Eq] HashSet::add(self : HashSet[K], key : K) -> Unit', add),
    'HashSet::add_and_check': fn('fn[K : Hash + Eq] HashSet::add_and_check(self : HashSet[K], key : K) -> Bool', (K: Desc, s: S, key: unknown) => {
      const before = s.size;
      add(K, s, key);
      return s.size > before;
    }),
    'HashSet::contains': fn('fn[K : Hash + Eq] HashSet::contains(self : HashSet[K], key : K) -> Bool', contains),
    'HashSet::remove': fn('fn[K : Hash + Eq] HashSet::remove(self : HashSet[K], key : K) -> Unit', remove),
    'HashSet::remove_and_check': fn('fn[K : Hash + Eq] HashSet::remove_and_check(self : HashSet[K], key : K) -> Bool', (K: Desc, s: S, key: unknown) => {
      const before = s.size;
      remove(K, s, key);
      return s.size < before;
    }),
    'HashSet::length': fn('fn[K] HashSet::length(self : HashSet[K]) -> Int', (s: S) => s.size),
    'HashSet::capacity': fn('fn[K] HashSet::capacity(self : HashSet[K]) -> Int', (s: S) => s.capacity),
    'HashSet::is_empty': fn('fn[K] HashSet::is_empty(self : HashSet[K]) -> Bool', (s: S) => s.size === 0),
    'HashSet::each': fn('fn[K] HashSet::each(self : HashSet[K], f : (K) -> Unit raise?) -> Unit raise?', (s: S, f: (k: unknown) => unknown) => {
      for (const e of s.entries) if (e !== undefined) f(e.key);
    }),
    'HashSet::eachi': fn('fn[K] HashSet::eachi(self : HashSet[K], f : (Int, K) -> Unit raise?) -> Unit raise?', (s: S, f: (i: number, k: unknown) => unknown) => {
      let i = 0;
      for (let slot = 0; slot < s.capacity; slot++) {
        const e = s.entries[slot];
        if (e !== undefined) f(i++, e.key);
      }
    }),
    'HashSet::clear': fn('fn[K] HashSet::clear(self : HashSet[K]) -> Unit', (s: S) => s.clear()),
    'HashSet::iter': fn('fn[K] HashSet::iter(self : HashSet[K]) -> Iter[K]', (s: S) => {
      let i = 0;
      const len = s.entries.length;
      return new Iter(() => {
        while (i < len) {
          const e = s.entries[i++];
          if (e !== undefined) return e.key;
        }
        return Iter.DONE;
      });
    }),
    'HashSet::to_array': fn('fn[K] HashSet::to_array(self : HashSet[K]) -> Array[K]', keys),
    'HashSet::copy': fn('fn[K] HashSet::copy(self : HashSet[K]) -> HashSet[K]', (s: S) => s.copyInto(new MoonHashSet(1))),
    'HashSet::union': fn('fn[K : Hash + Eq] HashSet::union(self : HashSet[K], other : HashSet[K]) -> HashSet[K]', union),
    'HashSet::intersection': fn('fn[K : Hash + Eq] HashSet::intersection(self : HashSet[K], other : HashSet[K]) -> HashSet[K]', intersection),
    'HashSet::difference': fn('fn[K : Hash + Eq] HashSet::difference(self : HashSet[K], other : HashSet[K]) -> HashSet[K]', difference),
    'HashSet::symmetric_difference': fn('fn[K : Hash + Eq] HashSet::symmetric_difference(self : HashSet[K], other : HashSet[K]) -> HashSet[K]', symmetricDifference),
    'HashSet::is_subset': fn('fn[K : Hash + Eq] HashSet::is_subset(self : HashSet[K], other : HashSet[K]) -> Bool', isSubset),
    'HashSet::is_superset': fn('fn[K : Hash + Eq] HashSet::is_superset(self : HashSet[K], other : HashSet[K]) -> Bool', (K: Desc, a: S, b: S) => isSubset(K, b, a)),
    'HashSet::land': fn('fn[K : Hash + Eq] HashSet::land(self : HashSet[K], other : HashSet[K]) -> HashSet[K]', intersection),
    'HashSet::lor': fn('fn[K : Hash + Eq] HashSet::lor(self : HashSet[K], other : HashSet[K]) -> HashSet[K]', union),
    'HashSet::lxor': fn('fn[K : Hash + Eq] HashSet::lxor(self : HashSet[K], other : HashSet[K]) -> HashSet[K]', symmetricDifference),
    'HashSet::sub': fn('fn[K : Hash + Eq] HashSet::sub(self : HashSet[K], other : HashSet[K]) -> HashSet[K]', difference),
    'HashSet::is_disjoint': fn('fn[K : Hash + Eq] HashSet::is_disjoint(self : HashSet[K], other : HashSet[K]) -> Bool', isDisjoint),
    'HashSet::retain': fn('fn[K] HashSet::retain(self : HashSet[K], f : (K) -> Bool) -> Unit', (s: S, f: (k: unknown) => boolean) =>
      s.retain((e) => f(e.key)),
    ),
  },
  impls: {
    'Show for @hashset.HashSet': impl('impl[K : Show] Show for HashSet[K]', (K: Desc) => {
      const out = K['Show.output'] as (x: unknown, l: Logger) => void;
      return {
        output: (s: S, logger: Logger) => {
          logger.write_string('@hashset.from_array([');
          let i = 0;
          for (const e of s.entries) {
            if (e === undefined) continue;
            if (i++ > 0) logger.write_string(', ');
            out(e.key, logger);
          }
          logger.write_string('])');
        },
      };
    }),
    'Default for @hashset.HashSet': impl('impl[K] Default for HashSet[K]', { default: () => new MoonHashSet(8) }),
    'BitAnd for @hashset.HashSet': impl('impl[K : Hash + Eq] BitAnd for HashSet[K]', (K: Desc) => ({ land: (a: S, b: S) => intersection(K, a, b) })),
    'BitOr for @hashset.HashSet': impl('impl[K : Hash + Eq] BitOr for HashSet[K]', (K: Desc) => ({ lor: (a: S, b: S) => union(K, a, b) })),
    'BitXOr for @hashset.HashSet': impl('impl[K : Hash + Eq] BitXOr for HashSet[K]', (K: Desc) => ({ lxor: (a: S, b: S) => symmetricDifference(K, a, b) })),
    'Sub for @hashset.HashSet': impl('impl[K : Hash + Eq] Sub for HashSet[K]', (K: Desc) => ({ sub: (a: S, b: S) => difference(K, a, b) })),
  },
});
