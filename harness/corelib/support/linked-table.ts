// The hash tables of core's insertion-ordered `Map[K, V]` (builtin) and
// `@set.Set[K]`: Robin Hood open addressing over a power-of-two slot array,
// every entry also linked into a list in insertion order. Iteration follows
// the list, so the slot layout only shows through `capacity()`, but the
// probing, eviction, back-shifting and growth below are core's, so that
// capacity and every lookup behave exactly as in MoonBit (including keys
// whose `Hash` and `Eq` disagree).
//
// The table is keyed by precomputed hashes and an equality callback: the
// callers (builtin/map.ts, set.ts) take both from the key's descriptor.

import { Panic } from '../../runtime/values.ts';

export interface LinkedEntry {
  /** Slot of the previous entry in insertion order, -1 for the first. */
  prev: number;
  next: LinkedEntry | undefined;
  /** Probe sequence length: distance from the entry's ideal slot. */
  psl: number;
  readonly hash: number;
  readonly key: unknown;
  value: unknown;
}

export type KeyEq = (a: unknown, b: unknown) => boolean;

/**
 * A packed array of `n` copies of `value`. (`new Array(n)` makes a sparse
 * array, which V8 stores as a slow dictionary beyond a few thousand slots.)
 */
export function filled<T>(n: number, value: T): T[] {
  const a: T[] = [];
  for (let i = 0; i < n; i++) a.push(value);
  return a;
}

/** MoonBit's `Int::next_power_of_two`: the least power of two >= n (1 for 0); negative panics. */
export function nextPowerOfTwo(n: number): number {
  if (n < 0) throw new Panic('next_power_of_two: negative argument');
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

/** Core's load limit: grow once the size reaches 13/16 of the capacity. */
function growThreshold(capacity: number): number {
  return Math.trunc((capacity * 13) / 16);
}

/** The capacity core picks for `n` initial entries. */
export function capacityForLength(n: number): number {
  let capacity = nextPowerOfTwo(n);
  if (n > growThreshold(capacity)) capacity *= 2;
  return capacity;
}

/** Where a probe for a key ended: found it, or the slot and probe length a new entry takes. */
export interface Probe {
  found: LinkedEntry | undefined;
  idx: number;
  psl: number;
  /** The richer entry a new one would evict from `idx`. */
  evict: LinkedEntry | undefined;
}

export class LinkedTable {
  entries: (LinkedEntry | undefined)[];
  size = 0;
  capacity: number;
  mask: number;
  growAt: number;
  head: LinkedEntry | undefined = undefined;
  tail = -1;

  constructor(capacity: number) {
    this.capacity = nextPowerOfTwo(capacity);
    this.mask = this.capacity - 1;
    this.growAt = growThreshold(this.capacity);
    this.entries = filled<LinkedEntry | undefined>(this.capacity, undefined);
  }

  /** The entry for `key`, or undefined. */
  find(key: unknown, hash: number, eq: KeyEq): LinkedEntry | undefined {
    for (let i = 0, idx = hash & this.mask; ; i++, idx = (idx + 1) & this.mask) {
      const e = this.entries[idx];
      if (e === undefined) return undefined;
      if (e.hash === hash && eq(e.key, key)) return e;
      if (i > e.psl) return undefined;
    }
  }

  /** The slot index holding `key`, or -1. */
  findIndex(key: unknown, hash: number, eq: KeyEq): number {
    for (let i = 0, idx = hash & this.mask; ; i++, idx = (idx + 1) & this.mask) {
      const e = this.entries[idx];
      if (e === undefined) return -1;
      if (e.hash === hash && eq(e.key, key)) return idx;
      if (i > e.psl) return -1;
    }
  }

  /** Probes as an insertion does: stops at the key, an empty slot, or a richer entry. */
  probe(key: unknown, hash: number, eq: KeyEq): Probe {
    for (let psl = 0, idx = hash & this.mask; ; psl++, idx = (idx + 1) & this.mask) {
      const e = this.entries[idx];
      if (e === undefined) return { found: undefined, idx, psl, evict: undefined };
      if (e.hash === hash && eq(e.key, key)) return { found: e, idx, psl, evict: undefined };
      if (psl > e.psl) return { found: undefined, idx, psl, evict: e };
    }
  }

  /** Map's `set`: update in place, or insert (growing first when full, then probing again). */
  set(key: unknown, value: unknown, hash: number, eq: KeyEq): void {
    for (;;) {
      const p = this.probe(key, hash, eq);
      if (p.found !== undefined) {
        p.found.value = value;
        return;
      }
      if (this.size >= this.growAt) {
        this.grow();
        continue;
      }
      this.insertAt(p, key, value, hash);
      return;
    }
  }

  /** Places a new entry where `p` ended, evicting the richer entry there. */
  insertAt(p: Probe, key: unknown, value: unknown, hash: number): void {
    if (p.evict !== undefined) this.pushAway(p.idx, p.evict);
    this.addToTail(p.idx, { prev: this.tail, next: undefined, psl: p.psl, hash, key, value });
  }

  /** Moves `entry` (evicted from `idx`) on, displacing richer entries in turn. */
  pushAway(idx: number, entry: LinkedEntry): void {
    let psl = entry.psl + 1;
    for (idx = (idx + 1) & this.mask; ; idx = (idx + 1) & this.mask) {
      const cur = this.entries[idx];
      if (cur === undefined) {
        entry.psl = psl;
        this.setEntry(entry, idx);
        return;
      }
      if (psl > cur.psl) {
        entry.psl = psl;
        this.setEntry(entry, idx);
        psl = cur.psl + 1;
        entry = cur;
      } else {
        psl++;
      }
    }
  }

  private setEntry(entry: LinkedEntry, idx: number): void {
    if (entry.next === undefined) this.tail = idx;
    else entry.next.prev = idx;
    this.entries[idx] = entry;
  }

  addToTail(idx: number, entry: LinkedEntry): void {
    if (this.tail === -1) this.head = entry;
    else this.entries[this.tail]!.next = entry;
    this.tail = idx;
    this.entries[idx] = entry;
    this.size++;
  }

  /** Removes the entry at slot `idx` from the list and the table. */
  removeAt(idx: number): void {
    const entry = this.entries[idx]!;
    if (entry.prev === -1) this.head = entry.next;
    else this.entries[entry.prev]!.next = entry.next;
    if (entry.next === undefined) this.tail = entry.prev;
    else entry.next.prev = entry.prev;
    this.shiftBack(idx);
    this.size--;
  }

  private shiftBack(idx: number): void {
    for (let cur = idx; ; ) {
      const next = (cur + 1) & this.mask;
      const e = this.entries[next];
      if (e === undefined || e.psl === 0) {
        this.entries[cur] = undefined;
        return;
      }
      e.psl--;
      this.setEntry(e, cur);
      cur = next;
    }
  }

  /** Doubles the capacity and re-places every entry in list order. */
  grow(): void {
    let e = this.head;
    this.capacity *= 2;
    this.mask = this.capacity - 1;
    this.growAt = growThreshold(this.capacity);
    this.entries = filled<LinkedEntry | undefined>(this.capacity, undefined);
    this.size = 0;
    this.head = undefined;
    this.tail = -1;
    while (e !== undefined) {
      const next = e.next;
      e.next = undefined;
      this.rehashPlace(e);
      e = next;
    }
  }

  private rehashPlace(entry: LinkedEntry): void {
    for (let psl = 0, idx = entry.hash & this.mask; ; psl++, idx = (idx + 1) & this.mask) {
      const cur = this.entries[idx];
      if (cur === undefined || psl > cur.psl) {
        if (cur !== undefined) this.pushAway(idx, cur);
        entry.psl = psl;
        entry.prev = this.tail;
        this.addToTail(idx, entry);
        return;
      }
    }
  }

  clear(): void {
    this.entries.fill(undefined);
    this.size = 0;
    this.head = undefined;
    this.tail = -1;
  }

  /** A copy with the same layout, values passed through `f` (in reverse list order, as core's `map` calls it). */
  copyInto<T extends LinkedTable>(target: T, f?: (key: unknown, value: unknown) => unknown): T {
    target.capacity = this.capacity;
    target.mask = this.mask;
    target.growAt = this.growAt;
    target.entries = filled<LinkedEntry | undefined>(this.capacity, undefined);
    target.size = this.size;
    target.tail = this.tail;
    target.head = undefined;
    if (this.size === 0) return target;
    let idx = this.tail;
    let next: LinkedEntry | undefined;
    for (;;) {
      const e = this.entries[idx]!;
      const copy: LinkedEntry = {
        prev: e.prev, next, psl: e.psl, hash: e.hash, key: e.key, value: f ? f(e.key, e.value) : e.value,
      };
      target.entries[idx] = copy;
      if (e.prev === -1) {
        target.head = copy;
        return target;
      }
      next = copy;
      idx = e.prev;
    }
  }
}

type HashFn = (key: unknown) => number;

/** The runtime value of a builtin `Map[K, V]`. */
export class MoonMap extends LinkedTable {
  /** `set` with the key's descriptor methods: for runtime code that builds maps (JSON objects, literals). */
  setWith(K: { readonly [m: string]: unknown }, key: unknown, value: unknown): void {
    this.set(key, value, (K['Hash.hash'] as HashFn)(key), K['Eq.equal'] as KeyEq);
  }

  /** The value for `key`, or undefined. */
  getWith(K: { readonly [m: string]: unknown }, key: unknown): unknown {
    return this.find(key, (K['Hash.hash'] as HashFn)(key), K['Eq.equal'] as KeyEq)?.value;
  }

  /** Entries in insertion order, as `[key, value]`. */
  *[Symbol.iterator](): IterableIterator<[unknown, unknown]> {
    for (let e = this.head; e !== undefined; e = e.next) yield [e.key, e.value];
  }
}

/** The runtime value of `@set.Set[K]` (entries carry no value). */
export class MoonSet extends LinkedTable {
  *[Symbol.iterator](): IterableIterator<unknown> {
    for (let e = this.head; e !== undefined; e = e.next) yield e.key;
  }
}
