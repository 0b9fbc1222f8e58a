// `@hashmap`: `HashMap[K, V]`, core's Robin Hood hash map (runtime class
// `MoonHashMap`, support/hash-table.ts). It grows when half full, only when
// a new key goes in; it iterates, shows and converts in slot order.

import { defineModule, fn, impl } from './define.ts';
import { ArrayView, BytesView, Iter, StringView, type Logger } from '../runtime/core-values.ts';
import { desc, type Desc } from '../runtime/desc.ts';
import { Some, None, Panic, type Option } from '../runtime/values.ts';
import { MoonHashMap, type HashEntry, type SlotProbe } from './support/hash-table.ts';
import { nextPowerOfTwo, type KeyEq } from './support/linked-table.ts';
import { span } from './support/seq.ts';

type H = MoonHashMap;
type HashFn = (x: unknown) => number;
type KV = [unknown, unknown];

const hashOf = (K: Desc): HashFn => K['Hash.hash'] as HashFn;
const eqOf = (K: Desc): KeyEq => K['Eq.equal'] as KeyEq;

/** `set` with a known hash: update, or insert (growing first when half full, then probing again). */
function setWithHash(m: H, key: unknown, value: unknown, hash: number, eq: KeyEq): void {
  for (;;) {
    const p = m.probe(key, hash, eq);
    if (p.found !== undefined) {
      p.found.value = value;
      return;
    }
    if (m.size >= m.capacity / 2) {
      m.grow();
      continue;
    }
    m.insertAt(p, key, value, hash);
    return;
  }
}

/** A new key where a probe ended, growing first when half full. */
function insertNew(m: H, key: unknown, value: unknown, hash: number, p: SlotProbe, eq: KeyEq): void {
  if (m.size >= m.capacity / 2) {
    m.grow();
    setWithHash(m, key, value, hash, eq);
  } else {
    m.insertAt(p, key, value, hash);
  }
}

function fromArray(K: Desc, arr: ArrayView | KV[], capacity: Option<number>): H {
  const [a, s, e] = span(arr as ArrayView<KV> | KV[]);
  const len = e - s;
  const forLength = nextPowerOfTwo(len * 2);
  const cap = capacity instanceof Some ? Math.max(capacity.value, forLength) : len === 0 ? 8 : forLength;
  const m = new MoonHashMap(cap);
  const hash = hashOf(K);
  const eq = eqOf(K);
  for (let i = s; i < e; i++) setWithHash(m, a[i]![0], a[i]![1], hash(a[i]![0]), eq);
  return m;
}

function fromIter(K: Desc, iter: Iter<KV>): H {
  const m = new MoonHashMap(8);
  for (let p = iter.next(); p !== Iter.DONE; p = iter.next()) setWithHash(m, p[0], p[1], hashOf(K)(p[0]), eqOf(K));
  return m;
}

function newMap(capacity: number | undefined): H {
  return new MoonHashMap(capacity ?? 8);
}

/** Iterates the slots; core reads the live slot array, up to its length when the iterator was made. */
function slotIter<T>(m: H, pick: (e: HashEntry) => T): Iter<T> {
  let i = 0;
  const len = m.entries.length;
  return new Iter(() => {
    while (i < len) {
      const e = m.entries[i++];
      if (e !== undefined) return pick(e);
    }
    return Iter.DONE;
  });
}

/** Visits the entries in slot order; a callback that changes the table sees the change. */
function eachSlot(m: H, f: (e: HashEntry) => void): void {
  for (let i = 0; i < m.capacity; i++) {
    const e = m.entries[i];
    if (e !== undefined) f(e);
  }
}

function mergeInPlace(K: Desc, self: H, other: H): void {
  if (self === other) return;
  const eq = eqOf(K);
  for (const e of other.entries) if (e !== undefined) setWithHash(self, e.key, e.value, e.hash, eq);
}

function containsKv(K: Desc, V: Desc, m: H, key: unknown, value: unknown): boolean {
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

function equal(K: Desc, V: Desc, a: H, b: H): boolean {
  if (a.size !== b.size) return false;
  for (const e of a.entries) if (e !== undefined && !containsKv(K, V, b, e.key, e.value)) return false;
  return true;
}

function sameBytes(a: unknown, b: unknown): boolean {
  const x = a as Uint8Array;
  const y = b as Uint8Array;
  return x.length === y.length && x.every((v, i) => v === y[i]);
}

const sigFromArray = (name: string) =>
  `fn[K : Hash + Eq, V] ${name}(arr : ArrayView[(K, V)], capacity? : Int) -> HashMap[K, V]`;

export default defineModule('hashmap', {
  decls: 'type HashMap[K, V]',
  fns: {
    'HashMap::HashMap': fn(sigFromArray('HashMap::HashMap'), fromArray),
    'HashMap::from_array': fn(sigFromArray('HashMap::from_array'), fromArray),
    from_array: fn(sigFromArray('from_array'), fromArray),
    'HashMap::new': fn('fn[K, V] HashMap::new(capacity? : Int = ..) -> HashMap[K, V]', newMap),
    new: fn('fn[K, V] new(capacity? : Int = ..) -> HashMap[K, V]', newMap),
    'HashMap::from_iter': fn('fn[K : Hash + Eq, V] HashMap::from_iter(iter : Iter[(K, V)]) -> HashMap[K, V]', fromIter),
    from_iter: fn('fn[K : Hash + Eq, V] from_iter(iter : Iter[(K, V)]) -> HashMap[K, V]', fromIter),
    'HashMap::set': fn('#alias("_[_]=_")\nfn[K : Hash + Eq, V] HashMap::set(self : HashMap[K, V], key : K, value : V) -> Unit', (K: Desc, m: H, key: unknown, value: unknown) =>
      setWithHash(m, key, value, hashOf(K)(key), eqOf(K)),
    ),
    'HashMap::get': fn('fn[K : Hash + Eq, V] HashMap::get(self : HashMap[K, V], key : K) -> V?', (K: Desc, m: H, key: unknown) => {
      const e = m.find(key, hashOf(K)(key), eqOf(K));
      return e === undefined ? None : new Some(e.value);
    }),
    'HashMap::at': fn('#alias("_[_]")\nfn[K : Hash + Eq, V] HashMap::at(self : HashMap[K, V], key : K) -> V', (K: Desc, m: H, key: unknown) => {
      const e = m.find(key, hashOf(K)(key), eqOf(K));
      if (e === undefined) throw new Panic('HashMap::at: key not found');
      return e.value;
    }),
    'HashMap::get_or_default': fn('fn[K : Hash + Eq, V] HashMap::get_or_default(self : HashMap[K, V], key : K, default : V) -> V', (K: Desc, m: H, key: unknown, dflt: unknown) => {
      const e = m.find(key, hashOf(K)(key), eqOf(K));
      return e === undefined ? dflt : e.value;
    }),
    'HashMap::get_or_init': fn('fn[K : Hash + Eq, V] HashMap::get_or_init(self : HashMap[K, V], key : K, init : () -> V) -> V', (K: Desc, m: H, key: unknown, init: () => unknown) => {
      const hash = hashOf(K)(key);
      const p = m.probe(key, hash, eqOf(K));
      if (p.found !== undefined) return p.found.value;
      const value = init();
      insertNew(m, key, value, hash, p, eqOf(K));
      return value;
    }),
    'HashMap::update': fn('fn[K : Hash + Eq, V] HashMap::update(self : HashMap[K, V], key : K, f : (V?) -> V?) -> Unit', (K: Desc, m: H, key: unknown, f: (v: Option<unknown>) => Option<unknown>) => {
      const hash = hashOf(K)(key);
      const p = m.probe(key, hash, eqOf(K));
      if (p.found !== undefined) {
        const r = f(new Some(p.found.value));
        if (r instanceof Some) p.found.value = r.value;
        else {
          m.shiftBack(p.idx);
          m.size--;
        }
        return;
      }
      const r = f(None);
      if (r instanceof Some) insertNew(m, key, r.value, hash, p, eqOf(K));
    }),
    'HashMap::update_or_default': fn('fn[K : Hash + Eq, V] HashMap::update_or_default(self : HashMap[K, V], key : K, default : V, f : (V) -> V) -> Unit', (K: Desc, m: H, key: unknown, dflt: unknown, f: (v: unknown) => unknown) => {
      const hash = hashOf(K)(key);
      const p = m.probe(key, hash, eqOf(K));
      if (p.found !== undefined) p.found.value = f(p.found.value);
      else insertNew(m, key, dflt, hash, p, eqOf(K));
    }),
    'HashMap::contains': fn('fn[K : Hash + Eq, V] HashMap::contains(self : HashMap[K, V], key : K) -> Bool', (K: Desc, m: H, key: unknown) =>
      m.findIndex(key, hashOf(K)(key), eqOf(K)) >= 0,
    ),
    'HashMap::contains_kv': fn('fn[K : Hash + Eq, V : Eq] HashMap::contains_kv(self : HashMap[K, V], key : K, value : V) -> Bool', containsKv),
    'HashMap::remove': fn('fn[K : Hash + Eq, V] HashMap::remove(self : HashMap[K, V], key : K) -> Unit', (K: Desc, m: H, key: unknown) => {
      const idx = m.findIndex(key, hashOf(K)(key), eqOf(K));
      if (idx >= 0) {
        m.shiftBack(idx);
        m.size--;
      }
    }),
    'HashMap::get_from_string': fn('fn[V] HashMap::get_from_string(self : HashMap[String, V], key : StringView) -> V?', (m: H, key: StringView | string) => {
      const s = String(key);
      const e = m.find(s, hashOf(desc('String'))(s), (a, b) => a === b);
      return e === undefined ? None : new Some(e.value);
    }),
    'HashMap::get_from_bytes': fn('fn[V] HashMap::get_from_bytes(self : HashMap[Bytes, V], key : BytesView) -> V?', (m: H, key: BytesView | Uint8Array) => {
      const b = key instanceof BytesView ? key.bytes.subarray(key.start, key.end) : key;
      const e = m.find(b, hashOf(desc('Bytes'))(b), sameBytes);
      return e === undefined ? None : new Some(e.value);
    }),
    'HashMap::equal': fn('fn[K : Hash + Eq, V : Eq] HashMap::equal(self : HashMap[K, V], that : HashMap[K, V]) -> Bool', equal),
    'HashMap::length': fn('fn[K, V] HashMap::length(self : HashMap[K, V]) -> Int', (m: H) => m.size),
    'HashMap::capacity': fn('fn[K, V] HashMap::capacity(self : HashMap[K, V]) -> Int', (m: H) => m.capacity),
    'HashMap::is_empty': fn('fn[K, V] HashMap::is_empty(self : HashMap[K, V]) -> Bool', (m: H) => m.size === 0),
    'HashMap::clear': fn('fn[K, V] HashMap::clear(self : HashMap[K, V]) -> Unit', (m: H) => m.clear()),
    'HashMap::each': fn('fn[K, V] HashMap::each(self : HashMap[K, V], f : (K, V) -> Unit raise?) -> Unit raise?', (m: H, f: (k: unknown, v: unknown) => unknown) =>
      eachSlot(m, (e) => f(e.key, e.value)),
    ),
    'HashMap::eachi': fn('fn[K, V] HashMap::eachi(self : HashMap[K, V], f : (Int, K, V) -> Unit raise?) -> Unit raise?', (m: H, f: (i: number, k: unknown, v: unknown) => unknown) => {
      let i = 0;
      eachSlot(m, (e) => f(i++, e.key, e.value));
    }),
    'HashMap::iter': fn('fn[K, V] HashMap::iter(self : HashMap[K, V]) -> Iter[(K, V)]', (m: H) => slotIter(m, (e) => [e.key, e.value])),
    'HashMap::iter2': fn('fn[K, V] HashMap::iter2(self : HashMap[K, V]) -> Iter2[K, V]', (m: H) => ({ _0: slotIter(m, (e) => [e.key, e.value]) })),
    'HashMap::keys': fn('fn[K, V] HashMap::keys(self : HashMap[K, V]) -> Iter[K]', (m: H) => slotIter(m, (e) => e.key)),
    'HashMap::values': fn('fn[K, V] HashMap::values(self : HashMap[K, V]) -> Iter[V]', (m: H) => slotIter(m, (e) => e.value)),
    'HashMap::to_array': fn('fn[K, V] HashMap::to_array(self : HashMap[K, V]) -> Array[(K, V)]', (m: H) => {
      const out: KV[] = [];
      for (const e of m.entries) if (e !== undefined) out.push([e.key, e.value]);
      return out;
    }),
    'HashMap::map': fn('fn[K, V, V2] HashMap::map(self : HashMap[K, V], f : (K, V) -> V2) -> HashMap[K, V2]', (m: H, f: (k: unknown, v: unknown) => unknown) =>
      m.copyInto(new MoonHashMap(1), f),
    ),
    'HashMap::copy': fn('fn[K, V] HashMap::copy(self : HashMap[K, V]) -> HashMap[K, V]', (m: H) => m.copyInto(new MoonHashMap(1))),
    'HashMap::merge': fn('fn[K : Eq, V] HashMap::merge(self : HashMap[K, V], other : HashMap[K, V]) -> HashMap[K, V]', (K: Desc, m: H, other: H) => {
      const out = m.copyInto(new MoonHashMap(1));
      mergeInPlace(K, out, other);
      return out;
    }),
    'HashMap::merge_in_place': fn('fn[K : Eq, V] HashMap::merge_in_place(self : HashMap[K, V], other : HashMap[K, V]) -> Unit', mergeInPlace),
    'HashMap::retain': fn('fn[K, V] HashMap::retain(self : HashMap[K, V], f : (K, V) -> Bool) -> Unit', (m: H, f: (k: unknown, v: unknown) => boolean) =>
      m.retain((e) => f(e.key, e.value)),
    ),
  },
  impls: {
    'Show for @hashmap.HashMap': impl('impl[K : Show, V : Show] Show for HashMap[K, V]', (K: Desc, V: Desc) => {
      const ok = K['Show.output'] as (x: unknown, l: Logger) => void;
      const ov = V['Show.output'] as (x: unknown, l: Logger) => void;
      return {
        output: (m: H, logger: Logger) => {
          logger.write_string('HashMap::from_array([');
          let i = 0;
          for (const e of m.entries) {
            if (e === undefined) continue;
            if (i++ > 0) logger.write_string(', ');
            logger.write_string('(');
            ok(e.key, logger);
            logger.write_string(', ');
            ov(e.value, logger);
            logger.write_string(')');
          }
          logger.write_string('])');
        },
      };
    }),
    'Eq for @hashmap.HashMap': impl('impl[K : Hash + Eq, V : Eq] Eq for HashMap[K, V]', (K: Desc, V: Desc) => ({
      equal: (a: H, b: H) => equal(K, V, a, b),
    })),
    'Default for @hashmap.HashMap': impl('impl[K, V] Default for HashMap[K, V]', { default: () => new MoonHashMap(8) }),
  },
});
