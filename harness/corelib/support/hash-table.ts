// The hash tables of `@hashmap.HashMap[K, V]` and `@hashset.HashSet[K]`:
// Robin Hood open addressing over a power-of-two slot array, without an
// insertion list. Iteration and `Show` walk the slots in index order, so the
// order a doc sees is the slot layout: it depends on MoonBit's hash values
// (runtime/hasher.ts, seed 0), on every probe, eviction and back-shift, and
// on when the table grows. All of those are core's, step for step.

import { Panic } from '../../runtime/values.ts';
import { filled, nextPowerOfTwo, type KeyEq } from './linked-table.ts';

export interface HashEntry {
  psl: number;
  readonly hash: number;
  readonly key: unknown;
  value: unknown;
}

export interface SlotProbe {
  found: HashEntry | undefined;
  idx: number;
  psl: number;
  evict: HashEntry | undefined;
}

export class HashTable {
  entries: (HashEntry | undefined)[];
  size = 0;
  capacity: number;
  mask: number;

  constructor(capacity: number) {
    this.capacity = nextPowerOfTwo(capacity);
    this.mask = this.capacity - 1;
    this.entries = filled<HashEntry | undefined>(this.capacity, undefined);
  }

  find(key: unknown, hash: number, eq: KeyEq): HashEntry | undefined {
    const i = this.findIndex(key, hash, eq);
    return i < 0 ? undefined : this.entries[i];
  }

  findIndex(key: unknown, hash: number, eq: KeyEq): number {
    for (let i = 0, idx = hash & this.mask; ; i++, idx = (idx + 1) & this.mask) {
      const e = this.entries[idx];
      if (e === undefined) return -1;
      if (e.hash === hash && eq(e.key, key)) return idx;
      if (i > e.psl) return -1;
    }
  }

  probe(key: unknown, hash: number, eq: KeyEq): SlotProbe {
    for (let psl = 0, idx = hash & this.mask; ; psl++, idx = (idx + 1) & this.mask) {
      const e = this.entries[idx];
      if (e === undefined) return { found: undefined, idx, psl, evict: undefined };
      if (e.hash === hash && eq(e.key, key)) return { found: e, idx, psl, evict: undefined };
      if (psl > e.psl) return { found: undefined, idx, psl, evict: e };
    }
  }

  insertAt(p: SlotProbe, key: unknown, value: unknown, hash: number): void {
    if (p.evict !== undefined) this.pushAway(p.idx, p.evict);
    this.entries[p.idx] = { psl: p.psl, hash, key, value };
    this.size++;
  }

  pushAway(idx: number, entry: HashEntry): void {
    let psl = entry.psl + 1;
    for (idx = (idx + 1) & this.mask; ; idx = (idx + 1) & this.mask) {
      const cur = this.entries[idx];
      if (cur === undefined) {
        entry.psl = psl;
        this.entries[idx] = entry;
        return;
      }
      if (psl > cur.psl) {
        entry.psl = psl;
        this.entries[idx] = entry;
        psl = cur.psl + 1;
        entry = cur;
      } else {
        psl++;
      }
    }
  }

  /** Empties slot `idx`, moving the entries after it back by one while they are displaced. */
  shiftBack(idx: number): void {
    for (let cur = idx; ; ) {
      const next = (cur + 1) & this.mask;
      const e = this.entries[next];
      if (e === undefined || e.psl === 0) {
        this.entries[cur] = undefined;
        return;
      }
      e.psl--;
      this.entries[cur] = e;
      cur = next;
    }
  }

  /** Doubles the capacity, re-placing the entries in slot order. */
  grow(): void {
    const old = this.entries;
    this.capacity *= 2;
    this.mask = this.capacity - 1;
    this.entries = filled<HashEntry | undefined>(this.capacity, undefined);
    for (const e of old) if (e !== undefined) this.rehashPlace(e);
  }

  private rehashPlace(entry: HashEntry): void {
    for (let psl = 0, idx = entry.hash & this.mask; ; psl++, idx = (idx + 1) & this.mask) {
      const cur = this.entries[idx];
      if (cur === undefined || psl > cur.psl) {
        if (cur !== undefined) this.pushAway(idx, cur);
        entry.psl = psl;
        this.entries[idx] = entry;
        return;
      }
    }
  }

  /**
   * Core's `retain`: walks the slots until it has seen as many entries as
   * there were; at a removed slot it looks again, since back-shifting moved
   * the next entry there.
   */
  retain(keep: (e: HashEntry) => boolean): void {
    const size = this.size;
    let seen = 0;
    for (let i = 0; seen < size; i++) {
      // An entry back-shifted across the end would be missed; core's slot read then fails.
      if (i >= this.capacity) throw new Panic('index out of bounds');
      for (let e = this.entries[i]; e !== undefined; e = this.entries[i]) {
        seen++;
        if (keep(e)) break;
        this.shiftBack(i);
        this.size--;
      }
    }
  }

  clear(): void {
    this.entries.fill(undefined);
    this.size = 0;
  }

  /** The same layout in `target`, values passed through `f` (slot order). */
  copyInto<T extends HashTable>(target: T, f?: (key: unknown, value: unknown) => unknown): T {
    target.capacity = this.capacity;
    target.mask = this.mask;
    target.size = this.size;
    target.entries = this.entries.map((e) =>
      e === undefined ? undefined : { psl: e.psl, hash: e.hash, key: e.key, value: f ? f(e.key, e.value) : e.value },
    );
    return target;
  }
}

/** The runtime value of `@hashmap.HashMap[K, V]`: grows when half full. */
export class MoonHashMap extends HashTable {
  /** Entries in slot order (MoonBit's iteration order), as `[key, value]`. */
  *[Symbol.iterator](): IterableIterator<[unknown, unknown]> {
    for (const e of this.entries) if (e !== undefined) yield [e.key, e.value];
  }
}

/** The runtime value of `@hashset.HashSet[K]`: grows at 13/16 full, before each `add`. */
export class MoonHashSet extends HashTable {
  growAt: number;
  constructor(capacity: number) {
    super(capacity);
    this.growAt = Math.trunc((this.capacity * 13) / 16);
  }

  override grow(): void {
    super.grow();
    this.growAt = Math.trunc((this.capacity * 13) / 16);
  }

  override copyInto<T extends HashTable>(target: T, f?: (key: unknown, value: unknown) => unknown): T {
    super.copyInto(target, f);
    if (target instanceof MoonHashSet) target.growAt = this.growAt;
    return target;
  }

  /** Keys in slot order (MoonBit's iteration order). */
  *[Symbol.iterator](): IterableIterator<unknown> {
    for (const e of this.entries) if (e !== undefined) yield e.key;
  }
}
