// `Map[K, V]`: core's insertion-ordered linked hash map (runtime class
// `MoonMap`, support/linked-table.ts). A map literal `{ k: v, ... }` is
// `Map::from_array([(k, v), ...])`, as the compiler lowers it. Keys are
// hashed and compared with the key type's `Hash` and `Eq`.

import { defineModule, fn, impl } from '../define.ts';
import { ArrayView, BytesView, Iter, StringView, type Logger } from '../../runtime/core-values.ts';
import { desc, type Desc } from '../../runtime/desc.ts';
import { Some, None, Panic, type Option } from '../../runtime/values.ts';
import { MoonMap, capacityForLength, type LinkedEntry, type KeyEq, type Probe } from '../support/linked-table.ts';
import { span } from '../support/seq.ts';

type M = MoonMap;
type HashFn = (x: unknown) => number;
type KV = [unknown, unknown];
type AV = ArrayView | unknown[];

const hashOf = (K: Desc): HashFn => K['Hash.hash'] as HashFn;
const eqOf = (K: Desc): KeyEq => K['Eq.equal'] as KeyEq;

/** `Map::Map(arr, capacity?)` (also `from_array`): room for the entries, then each `set` in order. */
function fromArray(K: Desc, arr: AV, capacity: Option<number>): M {
  const [a, s, e] = span(arr as ArrayView<KV> | KV[]);
  const len = e - s;
  const cap = capacity instanceof Some ? Math.max(capacity.value, capacityForLength(len)) : len === 0 ? 8 : capacityForLength(len);
  const m = new MoonMap(cap);
  const hash = hashOf(K);
  const eq = eqOf(K);
  for (let i = s; i < e; i++) m.set(a[i]![0], a[i]![1], hash(a[i]![0]), eq);
  return m;
}

function get(K: Desc, m: M, key: unknown): Option<unknown> {
  const e = m.find(key, hashOf(K)(key), eqOf(K));
  return e === undefined ? None : new Some(e.value);
}

/** A new key's entry where a probe ended, growing first when the table is full. */
function insertNew(K: Desc, m: M, key: unknown, value: unknown, hash: number, probe: Probe): void {
  if (m.size >= m.growAt) {
    m.grow();
    m.set(key, value, hash, eqOf(K));
  } else {
    m.insertAt(probe, key, value, hash);
  }
}

/** Walks the list, reading each entry's successor before calling back (as core's loops do). */
function eachEntry(m: M, f: (e: LinkedEntry) => void): void {
  for (let e = m.head; e !== undefined; ) {
    const next = e.next;
    f(e);
    e = next;
  }
}

function listIter<T>(m: M, pick: (e: LinkedEntry) => T): Iter<T> {
  let cur = m.head;
  let remaining = m.size;
  return new Iter(() => {
    if (remaining <= 0 || cur === undefined) return Iter.DONE;
    const e = cur;
    cur = e.next;
    remaining--;
    return pick(e);
  });
}

/** Sets every entry of `other` in `self`, reusing the stored hashes (so only `Eq` is needed). */
function mergeInPlace(K: Desc, self: M, other: M): void {
  if (self === other) return;
  const eq = eqOf(K);
  eachEntry(other, (e) => self.set(e.key, e.value, e.hash, eq));
}

export default defineModule('', {
  decls: 'type Map[K, V]',
  fns: {
    'Map::Map': fn('fn[K : Hash + Eq, V] Map::Map(arr : ArrayView[(K, V)], capacity? : Int) -> Map[K, V]', fromArray),
    'Map::from_array': fn('fn[K : Hash + Eq, V] Map::from_array(arr : ArrayView[(K, V)], capacity? : Int) -> Map[K, V]', fromArray),
    'Map::new': fn('fn[K, V] Map::new(capacity? : Int = ..) -> Map[K, V]', (capacity: number | undefined) => new MoonMap(capacity ?? 8)),
    'Map::of': fn('fn[K : Hash + Eq, V] Map::of(arr : FixedArray[(K, V)]) -> Map[K, V]', (K: Desc, arr: KV[]) => {
      const m = new MoonMap(capacityForLength(arr.length));
      const hash = hashOf(K);
      for (const [k, v] of arr) m.set(k, v, hash(k), eqOf(K));
      return m;
    }),
    'Map::from_iter': fn('fn[K : Hash + Eq, V] Map::from_iter(iter : Iter[(K, V)]) -> Map[K, V]', (K: Desc, iter: Iter<KV>) => {
      const m = new MoonMap(8);
      for (let p = iter.next(); p !== Iter.DONE; p = iter.next()) m.set(p[0], p[1], hashOf(K)(p[0]), eqOf(K));
      return m;
    }),
    'Map::set': fn('#alias("_[_]=_")\nfn[K : Hash + Eq, V] Map::set(self : Map[K, V], key : K, value : V) -> Unit', (K: Desc, m: M, key: unknown, value: unknown) =>
      m.set(key, value, hashOf(K)(key), eqOf(K)),
    ),
    'Map::get': fn('fn[K : Hash + Eq, V] Map::get(self : Map[K, V], key : K) -> V?', get),
    'Map::at': fn('#alias("_[_]")\nfn[K : Hash + Eq, V] Map::at(self : Map[K, V], key : K) -> V', (K: Desc, m: M, key: unknown) => {
      const e = m.find(key, hashOf(K)(key), eqOf(K));
      if (e === undefined) throw new Panic('Map::at: key not found');
      return e.value;
    }),
    'Map::get_or_default': fn('fn[K : Hash + Eq, V] Map::get_or_default(self : Map[K, V], key : K, default : V) -> V', (K: Desc, m: M, key: unknown, dflt: unknown) => {
      const e = m.find(key, hashOf(K)(key), eqOf(K));
      return e === undefined ? dflt : e.value;
    }),
    'Map::get_or_init': fn('fn[K : Hash + Eq, V] Map::get_or_init(self : Map[K, V], key : K, default : () -> V) -> V', (K: Desc, m: M, key: unknown, init: () => unknown) => {
      const hash = hashOf(K)(key);
      const p = m.probe(key, hash, eqOf(K));
      if (p.found !== undefined) return p.found.value;
      const value = init();
      insertNew(K, m, key, value, hash, p);
      return value;
    }),
    'Map::update': fn('fn[K : Hash + Eq, V] Map::update(self : Map[K, V], key : K, f : (V?) -> V?) -> Unit', (K: Desc, m: M, key: unknown, f: (v: Option<unknown>) => Option<unknown>) => {
      const hash = hashOf(K)(key);
      const p = m.probe(key, hash, eqOf(K));
      if (p.found !== undefined) {
        const r = f(new Some(p.found.value));
        if (r instanceof Some) p.found.value = r.value;
        else m.removeAt(p.idx);
        return;
      }
      const r = f(None);
      if (r instanceof Some) insertNew(K, m, key, r.value, hash, p);
    }),
    'Map::update_or_default': fn('fn[K : Hash + Eq, V] Map::update_or_default(self : Map[K, V], key : K, default : V, f : (V) -> V) -> Unit', (K: Desc, m: M, key: unknown, dflt: unknown, f: (v: unknown) => unknown) => {
      const hash = hashOf(K)(key);
      const p = m.probe(key, hash, eqOf(K));
      if (p.found !== undefined) p.found.value = f(p.found.value);
      else insertNew(K, m, key, dflt, hash, p);
    }),
    'Map::contains': fn('fn[K : Hash + Eq, V] Map::contains(self : Map[K, V], key : K) -> Bool', (K: Desc, m: M, key: unknown) =>
      m.find(key, hashOf(K)(key), eqOf(K)) !== undefined,
    ),
    'Map::contains_kv': fn('fn[K : Hash + Eq, V : Eq] Map::contains_kv(self : Map[K, V], key : K, value : V) -> Bool', (K: Desc, V: Desc, m: M, key: unknown, value: unknown) =>
      containsKv(K, V, m, key, value),
    ),
    'Map::remove': fn('fn[K : Hash + Eq, V] Map::remove(self : Map[K, V], key : K) -> Unit', (K: Desc, m: M, key: unknown) => {
      const idx = m.findIndex(key, hashOf(K)(key), eqOf(K));
      if (idx >= 0) m.removeAt(idx);
    }),
    'Map::get_from_string': fn('fn[V] Map::get_from_string(map : Map[String, V], key : StringView) -> V?', (m: M, key: StringView | string) => {
      const s = String(key);
      const e = m.find(s, hashOf(desc('String'))(s), (a, b) => a === b);
      return e === undefined ? None : new Some(e.value);
    }),
    'Map::get_from_bytes': fn('fn[V] Map::get_from_bytes(map : Map[Bytes, V], key : BytesView) -> V?', (m: M, key: BytesView | Uint8Array) => {
      const b = key instanceof BytesView ? key.bytes.subarray(key.start, key.end) : key;
      const e = m.find(b, hashOf(desc('Bytes'))(b), sameBytes);
      return e === undefined ? None : new Some(e.value);
    }),
    'Map::equal': fn('fn[K : Hash + Eq, V : Eq] Map::equal(self : Map[K, V], that : Map[K, V]) -> Bool', equal),
    'Map::length': fn('fn[K, V] Map::length(self : Map[K, V]) -> Int', (m: M) => m.size),
    'Map::capacity': fn('fn[K, V] Map::capacity(self : Map[K, V]) -> Int', (m: M) => m.capacity),
    'Map::is_empty': fn('fn[K, V] Map::is_empty(self : Map[K, V]) -> Bool', (m: M) => m.size === 0),
    'Map::clear': fn('fn[K, V] Map::clear(self : Map[K, V]) -> Unit', (m: M) => m.clear()),
    'Map::each': fn('fn[K, V] Map::each(self : Map[K, V], f : (K, V) -> Unit raise?) -> Unit raise?', (m: M, f: (k: unknown, v: unknown) => unknown) =>
      eachEntry(m, (e) => f(e.key, e.value)),
    ),
    'Map::eachi': fn('fn[K, V] Map::eachi(self : Map[K, V], f : (Int, K, V) -> Unit raise?) -> Unit raise?', (m: M, f: (i: number, k: unknown, v: unknown) => unknown) => {
      let i = 0;
      eachEntry(m, (e) => f(i++, e.key, e.value));
    }),
    'Map::iter': fn('fn[K, V] Map::iter(self : Map[K, V]) -> Iter[(K, V)]', (m: M) => listIter(m, (e) => [e.key, e.value])),
    'Map::iter2': fn('fn[K, V] Map::iter2(self : Map[K, V]) -> Iter2[K, V]', (m: M) => ({ _0: listIter(m, (e) => [e.key, e.value]) })),
    'Map::keys': fn('fn[K, V] Map::keys(self : Map[K, V]) -> Iter[K]', (m: M) => listIter(m, (e) => e.key)),
    'Map::values': fn('fn[K, V] Map::values(self : Map[K, V]) -> Iter[V]', (m: M) => listIter(m, (e) => e.value)),
    'Map::to_array': fn('fn[K, V] Map::to_array(self : Map[K, V]) -> Array[(K, V)]', (m: M) => {
      const out: KV[] = [];
      for (let e = m.head; e !== undefined; e = e.next) out.push([e.key, e.value]);
      return out;
    }),
    'Map::map': fn('fn[K, V, V2] Map::map(self : Map[K, V], f : (K, V) -> V2) -> Map[K, V2]', (m: M, f: (k: unknown, v: unknown) => unknown) =>
      m.copyInto(new MoonMap(1), f),
    ),
    'Map::copy': fn('fn[K, V] Map::copy(self : Map[K, V]) -> Map[K, V]', (m: M) => m.copyInto(new MoonMap(1))),
    'Map::merge': fn('fn[K : Eq, V] Map::merge(self : Map[K, V], other : Map[K, V]) -> Map[K, V]', (K: Desc, m: M, other: M) => {
      const out = m.copyInto(new MoonMap(1));
      mergeInPlace(K, out, other);
      return out;
    }),
    'Map::merge_in_place': fn('fn[K : Eq, V] Map::merge_in_place(self : Map[K, V], other : Map[K, V]) -> Unit', (K: Desc, m: M, other: M) =>
      mergeInPlace(K, m, other),
    ),
    'Map::retain': fn('fn[K, V] Map::retain(self : Map[K, V], f : (K, V) -> Bool) -> Unit', (m: M, f: (k: unknown, v: unknown) => boolean) => {
      // Core drops an entry only once it has moved on to the next one, through that one's `prev`.
      let removePrev = false;
      for (let e = m.head; ; ) {
        if (e === undefined) {
          if (removePrev) m.removeAt(m.tail);
          return;
        }
        const { next, prev } = e;
        if (removePrev) m.removeAt(prev);
        removePrev = !f(e.key, e.value);
        e = next;
      }
    }),
  },
  impls: {
    'Show for Map': impl('impl[K : Show, V : Show] Show for Map[K, V]', (K: Desc, V: Desc) => {
      const ok = K['Show.output'] as (x: unknown, l: Logger) => void;
      const ov = V['Show.output'] as (x: unknown, l: Logger) => void;
      return {
        output: (m: M, logger: Logger) => {
          logger.write_string('{');
          for (let e = m.head, i = 0; e !== undefined; e = e.next, i++) {
            if (i > 0) logger.write_string(', ');
            ok(e.key, logger);
            logger.write_string(': ');
            ov(e.value, logger);
          }
          logger.write_string('}');
        },
      };
    }),
    'Eq for Map': impl('impl[K : Hash + Eq, V : Eq] Eq for Map[K, V]', (K: Desc, V: Desc) => ({ equal: (a: M, b: M) => equal(K, V, a, b) })),
    'Default for Map': impl('impl[K, V] Default for Map[K, V]', { default: () => new MoonMap(8) }),
  },
});

/** Same size, and every entry of `a` is in `b` (order does not matter). */
function equal(K: Desc, V: Desc, a: M, b: M): boolean {
  if (a.size !== b.size) return false;
  for (let e = a.head; e !== undefined; e = e.next) if (!containsKv(K, V, b, e.key, e.value)) return false;
  return true;
}

function containsKv(K: Desc, V: Desc, m: M, key: unknown, value: unknown): boolean {
  const hash = hashOf(K)(key);
  const eqK = eqOf(K);
  const eqV = V['Eq.equal'] as KeyEq;
  for (let i = 0, idx = hash & m.mask; ; i++, idx = (idx + 1) & m.mask) {
    const e = m.entries[idx];
    if (e === undefined) return false;
    if (e.hash === hash && eqK(e.key, key) && eqV(e.value, value)) return true;
    if (i > e.psl) return false;
  }
}

function sameBytes(a: unknown, b: unknown): boolean {
  const x = a as Uint8Array;
  const y = b as Uint8Array;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}
