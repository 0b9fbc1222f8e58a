// The ring buffer behind `@deque.Deque[A]`, and so behind `@queue.Queue[A]`,
// which wraps one (core's deque/types.mbt): `buf` is the whole storage, its
// length the capacity; the `len` elements start at slot `head` and wrap past
// the end. Where they sit is observable (`as_views()`, and `capacity()` after
// growth), so every operation moves `head` and reallocates exactly when core
// does.

import { Iter } from '../../runtime/core-values.ts';
import { Panic } from '../../runtime/values.ts';

/** `len` slots of fresh storage; core's `UninitializedArray::make` fails on a negative length. */
export function storage(len: number): unknown[] {
  if (len < 0) throw new Panic(`Invalid array length: ${len}`);
  return new Array<unknown>(len).fill(undefined);
}

export class MoonDeque {
  constructor(
    public buf: unknown[],
    public len: number,
    public head: number,
  ) {}

  /** The slot of logical index `i` (`0 <= i < len`). */
  slot(i: number): number {
    const p = this.head + i;
    return p < this.buf.length ? p : p - this.buf.length;
  }

  get(i: number): unknown {
    return this.buf[this.slot(i)];
  }

  put(i: number, value: unknown): void {
    this.buf[this.slot(i)] = value;
  }

  elements(): unknown[] {
    const out = [];
    for (let i = 0; i < this.len; i++) out.push(this.get(i));
    return out;
  }

  /** New storage of `capacity` slots holding the elements from slot 0 (core's make-and-blit). */
  linearized(capacity: number): unknown[] {
    const out = storage(capacity);
    for (let i = 0; i < this.len; i++) out[i] = this.get(i);
    return out;
  }

  /** Storage of `capacity` slots, elements from slot 0: what reserving and shrinking do. */
  relocate(capacity: number): void {
    this.buf = this.linearized(capacity);
    this.head = 0;
  }

  /** Growth when full: 8 slots from none, else twice as many. */
  grow(): void {
    this.relocate(this.buf.length === 0 ? 8 : this.buf.length * 2);
  }

  pushBack(value: unknown): void {
    if (this.len === this.buf.length) this.grow();
    this.buf[(this.head + this.len) % this.buf.length] = value;
    this.len++;
  }

  pushFront(value: unknown): void {
    if (this.len === this.buf.length) this.grow();
    const cap = this.buf.length;
    this.head = (this.head - 1 + cap) % cap;
    this.buf[this.head] = value;
    this.len++;
  }

  popFront(): unknown {
    const x = this.buf[this.head];
    this.buf[this.head] = undefined;
    this.head = (this.head + 1) % this.buf.length;
    this.len--;
    return x;
  }

  popBack(): unknown {
    const last = this.slot(this.len - 1);
    const x = this.buf[last];
    this.buf[last] = undefined;
    this.len--;
    return x;
  }

  /**
   * Core's `append`: short of room, the storage grows to twice its size, or
   * to exactly what is needed when that is more. `other` may be this deque:
   * what is appended is what it held before.
   */
  append(other: MoonDeque): void {
    const items = other.elements();
    if (items.length === 0) return;
    const cap = this.buf.length;
    if (cap - this.len < items.length) this.relocate(Math.max(this.len + items.length, cap * 2));
    for (const x of items) {
      this.buf[(this.head + this.len) % this.buf.length] = x;
      this.len++;
    }
  }

  /** Empties the deque, keeping its storage; the next element goes to slot 0. */
  clear(): void {
    this.buf.fill(undefined);
    this.len = 0;
    this.head = 0;
  }

  /**
   * Keeps the first `n` elements (`0 <= n <= len`). Core clears (moving
   * `head` to 0) when none remain, and otherwise leaves `head` alone.
   */
  keep(n: number): void {
    if (n >= this.len) return;
    if (n === 0) return this.clear();
    for (let i = n; i < this.len; i++) this.put(i, undefined);
    this.len = n;
  }
}

/** A deque of `xs` from slot 0, with at least `capacity` slots. */
export function dequeOf(xs: readonly unknown[], capacity = xs.length): MoonDeque {
  const buf = storage(Math.max(capacity, xs.length));
  for (let i = 0; i < xs.length; i++) buf[i] = xs[i];
  return new MoonDeque(buf, xs.length, 0);
}

/**
 * Core's iterators fix the length when they are made and read the live
 * storage at each step, so a callback that pushes is not visited and one that
 * moves elements sees the move. A step past the current length would read a
 * vacated slot, whose content differs between backends: it panics instead.
 */
function liveAt(d: MoonDeque, index: number): unknown {
  if (index >= d.len) throw new Panic('Deque iterator: the deque shrank while it was iterated');
  return d.buf[(d.head + index) % d.buf.length];
}

export function forward(d: MoonDeque): Iter {
  const len = d.len;
  let index = 0;
  return new Iter(() => (index < len ? liveAt(d, index++) : Iter.DONE));
}

export function backward(d: MoonDeque): Iter {
  let index = d.len;
  return new Iter(() => (index > 0 ? liveAt(d, --index) : Iter.DONE));
}

/** `(i, x)` pairs, front to back. */
export function forwardPairs(d: MoonDeque): Iter<[number, unknown]> {
  const len = d.len;
  let index = 0;
  return new Iter(() => {
    if (index >= len) return Iter.DONE;
    const x = liveAt(d, index);
    return [index++, x];
  });
}

/** `(i, x)` pairs, back to front, `i` counting from 0 as they come. */
export function backwardPairs(d: MoonDeque): Iter<[number, unknown]> {
  const len = d.len;
  let remaining = len;
  return new Iter(() => {
    if (remaining <= 0) return Iter.DONE;
    remaining--;
    return [len - 1 - remaining, liveAt(d, remaining)];
  });
}

/** Runs `f` on each element an iterator gives. */
export function drive(it: Iter, f: (x: unknown) => unknown): void {
  for (let x = it.next(); x !== Iter.DONE; x = it.next()) f(x);
}
