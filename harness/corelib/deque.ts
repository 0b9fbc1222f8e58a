// `@deque`: `Deque[A]`, core's growable ring buffer (runtime class
// `MoonDeque`, support/deque.ts). Capacities and element positions follow
// core's algorithms, since `capacity()` and `as_views()` show them: a full
// deque grows to 8 slots or twice its capacity, relinearizing from slot 0;
// `insert` and `remove` shift whichever side of the index is shorter.

import { defineModule, fn, impl, type FnEntry } from './define.ts';
import { ArrayView, Iter, type Logger } from '../runtime/core-values.ts';
import type { Desc } from '../runtime/desc.ts';
import { Hasher } from '../runtime/hasher.ts';
import { Some, None, Ok, Err, Panic, type Option, type Result } from '../runtime/values.ts';
import { MoonDeque, backward, backwardPairs, dequeOf, drive, forward, forwardPairs, storage } from './support/deque.ts';
import { span, text } from './support/seq.ts';
import * as R from './support/repr.ts';
import * as J from './support/json.ts';
import { addIndex, decodeError, type JsonPath } from './support/json-path.ts';

type D = MoonDeque;
type F1 = (x: unknown) => unknown;
type Cmp = (a: unknown, b: unknown) => number;
type Eq = (a: unknown, b: unknown) => boolean;

function outOfBounds(len: number, index: number): never {
  throw new Panic(`index out of bounds: the len is from 0 to ${len} but the index is ${index}`);
}

function at(d: D, index: number): unknown {
  if (index < 0 || index >= d.len) outOfBounds(d.len, index);
  return d.get(index);
}

function fromView(arr: ArrayView | unknown[], capacity: Option<number>): D {
  const [a, s, e] = span(arr);
  return dequeOf(a.slice(s, e), capacity instanceof Some ? (capacity.value as number) : 0);
}

function fromIter(iter: Iter): D {
  const d = dequeOf([]);
  drive(iter, (x) => d.pushBack(x));
  return d;
}

/** Core's `guard!`: a failed precondition aborts. */
function guard(ok: boolean, what: string): void {
  if (!ok) throw new Panic(`guard failed: ${what}`);
}

function blitTo(src: D, dst: D, len: number, srcOffsetArg: number | undefined, dstOffsetArg: number | undefined): void {
  const srcOffset = srcOffsetArg ?? 0;
  const dstOffset = dstOffsetArg ?? 0;
  guard(len >= 0 && dstOffset >= 0 && srcOffset >= 0 && dstOffset <= dst.len && srcOffset + len <= src.len, 'Deque::blit_to bounds');
  if (dstOffset + len > dst.buf.length) dst.relocate(dstOffset + len);
  const dstLen = dst.len;
  const copy = (i: number) => {
    dst.buf[(dst.head + dstOffset + i) % dst.buf.length] = src.buf[(src.head + srcOffset + i) % src.buf.length];
  };
  // Within one deque, a copy forward over its own source goes backwards.
  if (src === dst && srcOffset < dstOffset && srcOffset + len > dstOffset) {
    dst.len = Math.max(dstLen, dstOffset + len);
    for (let i = len - 1; i >= 0; i--) copy(i);
    return;
  }
  for (let i = 0; i < len; i++) {
    copy(i);
    if (dstOffset + i >= dstLen) dst.len++;
  }
}

function insert(d: D, index: number, value: unknown): void {
  if (index < 0 || index > d.len) outOfBounds(d.len, index);
  if (d.len === d.buf.length) d.grow();
  const cap = d.buf.length;
  if (index < Math.floor(d.len / 2)) {
    // The front part moves one slot left.
    const head = (d.head - 1 + cap) % cap;
    for (let i = 0; i < index; i++) d.buf[(head + i) % cap] = d.buf[(d.head + i) % cap];
    d.head = head;
  } else {
    for (let i = d.len; i > index; i--) d.buf[(d.head + i) % cap] = d.buf[(d.head + i - 1) % cap];
  }
  d.buf[(d.head + index) % cap] = value;
  d.len++;
}

function remove(d: D, index: number): unknown {
  if (index < 0 || index >= d.len) throw new Panic(`index out of bounds: the len is ${d.len} but the index is ${index}`);
  const removed = d.get(index);
  const cap = d.buf.length;
  if (index < Math.floor(d.len / 2)) {
    // The front part moves one slot right.
    for (let i = index - 1; i >= 0; i--) d.buf[(d.head + i + 1) % cap] = d.buf[(d.head + i) % cap];
    d.buf[d.head] = undefined;
    d.head = (d.head + 1) % cap;
  } else {
    for (let i = index + 1; i < d.len; i++) d.buf[(d.head + i - 1) % cap] = d.buf[(d.head + i) % cap];
    d.buf[(d.head + d.len - 1) % cap] = undefined;
  }
  d.len--;
  return removed;
}

const popFront = (d: D): Option<unknown> => (d.len === 0 ? None : new Some(d.popFront()));
const popBack = (d: D): Option<unknown> => (d.len === 0 ? None : new Some(d.popBack()));

/** `(front, back)`: the slots from `head` to the end of the storage, then the wrapped rest. */
function asViews(d: D): [ArrayView, ArrayView] {
  if (d.len === 0) return [new ArrayView([], 0, 0), new ArrayView([], 0, 0)];
  const cap = d.buf.length;
  const frontLen = cap - d.head;
  if (frontLen >= d.len) return [new ArrayView(d.buf, d.head, d.head + d.len), new ArrayView([], 0, 0)];
  return [new ArrayView(d.buf, d.head, cap), new ArrayView(d.buf, 0, d.len - frontLen)];
}

function mapped(d: D, f: (i: number, x: unknown) => unknown): D {
  const out = [];
  for (let i = 0; i < d.len; i++) out.push(f(i, d.get(i)));
  return dequeOf(out);
}

function search(A: Desc, d: D, value: unknown): Option<number> {
  const eq = A['Eq.equal'] as Eq;
  for (let i = 0; i < d.len; i++) if (eq(d.get(i), value)) return new Some(i);
  return None;
}

function extractIf(d: D, f: F1): D {
  const removed = dequeOf([]);
  if (d.len === 0) return removed;
  const len = d.len;
  let write = 0;
  for (let read = 0; read < len; read++) {
    const x = at(d, read);
    if (f(x)) removed.pushBack(x);
    else d.put(write++, x);
  }
  for (let i = write; i < len; i++) d.put(i, undefined);
  d.len = write;
  return removed;
}

/** `retain` and `retain_map`: the kept results close up from `head`; none kept leaves `head` at 0. */
function retainWith(d: D, f: (x: unknown) => Option<unknown>): void {
  if (d.len === 0) return;
  const len = d.len;
  let kept = 0;
  for (let i = 0; i < len; i++) {
    const r = f(d.get(i));
    if (r instanceof Some) d.put(kept++, r.value);
  }
  d.keep(kept);
}

function truncate(d: D, len: number): void {
  if (len >= 0 && len < d.len) d.keep(len);
}

function chunks(d: D, size: number): D {
  guard(size > 0, 'Deque::chunks size > 0');
  const out = dequeOf([]);
  for (let i = 0; i < d.len; ) {
    const chunk = dequeOf([], size);
    for (let n = 0; n < size && i < d.len; n++) chunk.pushBack(d.get(i++));
    out.pushBack(chunk);
  }
  return out;
}

function chunkBy(d: D, pred: (a: unknown, b: unknown) => unknown): D {
  const out = dequeOf([]);
  for (let i = 0; i < d.len; ) {
    const chunk = dequeOf([]);
    chunk.pushBack(at(d, i));
    for (i++; i < d.len && pred(at(d, i - 1), at(d, i)); i++) chunk.pushBack(at(d, i));
    out.pushBack(chunk);
  }
  return out;
}

/**
 * `drain(start~, len?)`: the removed range, in a deque of its own. Core
 * closes the gap in place: a gap in the front part (from `head` to the end of
 * the storage) by moving the elements before it up, one in the wrapped part
 * by moving those after it down, one across both by doing both. The rest
 * stays contiguous, from a `head` that depends on the case.
 */
function drain(d: D, start: number, len: Option<number>): D {
  if (start < 0 || start > d.len) {
    throw new Panic(`Deque::drain: start index out of bounds (start=${start}, deque.length()=${d.len})`);
  }
  let n = d.len - start;
  if (len instanceof Some) {
    n = len.value as number;
    if (n < 0 || start + n > d.len) {
      throw new Panic(`Deque::drain: len out of bounds (start=${start}, len=${n}, deque.length()=${d.len})`);
    }
  }
  if (n === 0) return dequeOf([]);
  const all = d.elements();
  const drained = all.slice(start, start + n);
  const rest = [...all.slice(0, start), ...all.slice(start + n)];
  const cap = d.buf.length;
  const frontLen = Math.min(d.len, cap - d.head);
  let head = d.head;
  if (start < frontLen) {
    const frontDrainable = frontLen - start;
    if (n <= frontDrainable) head = start === 0 && n === frontDrainable ? 0 : d.head + n;
    else if (start === 0) head = n - frontDrainable;
    // Draining into the wrapped part: the front's first `start` elements move
    // up against the end unless nothing remains after the range.
    else if (start + n < d.len) head = d.head + frontDrainable;
  }
  d.buf.fill(undefined);
  d.len = rest.length;
  d.head = rest.length === 0 ? 0 : head;
  for (let i = 0; i < rest.length; i++) d.put(i, rest[i]);
  return dequeOf(drained);
}

function binarySearchBy(d: D, cmp: (x: unknown) => number): Result<number, number> {
  let i = 0;
  let j = d.len;
  while (i < j) {
    const h = i + Math.floor((j - i) / 2);
    if (cmp(at(d, h)) < 0) i = h + 1;
    else j = h;
  }
  return i < d.len && cmp(at(d, i)) === 0 ? new Ok(i) : new Err(i);
}

function revInPlace(d: D): void {
  const cap = d.buf.length;
  for (let k = 0, left = d.head, right = d.slot(d.len - 1); k < Math.floor(d.len / 2); k++) {
    const t = d.buf[left];
    d.buf[left] = d.buf[right];
    d.buf[right] = t;
    left = (left + 1) % cap;
    right = (right - 1 + cap) % cap;
  }
}

/**
 * Fisher-Yates from the back, swapping slots `head + i` and `head + rand(i + 1)`
 * modulo the capacity. A `rand` result that lands on an empty slot makes core
 * read uninitialized storage, which differs between backends: it panics.
 */
function shuffleInPlace(d: D, rand: (n: number) => number): void {
  const cap = d.buf.length;
  for (let i = d.len - 1; i >= 1; i--) {
    const j = rand(i + 1);
    const jPos = (d.head + j) % cap;
    if (j < 0 || (jPos - d.head + cap) % cap >= d.len) throw new Panic(`Deque::shuffle_in_place: rand(${i + 1}) gave ${j}, outside the deque`);
    const iPos = (d.head + i) % cap;
    const t = d.buf[iPos];
    d.buf[iPos] = d.buf[jPos];
    d.buf[jPos] = t;
  }
}

function equal(A: Desc, a: D, b: D): boolean {
  if (a.len !== b.len) return false;
  const eq = A['Eq.equal'] as Eq;
  for (let i = 0; i < a.len; i++) if (!eq(a.get(i), b.get(i))) return false;
  return true;
}

function compare(A: Desc, a: D, b: D): number {
  if (a.len !== b.len) return a.len < b.len ? -1 : 1;
  const cmp = A['Compare.compare'] as Cmp;
  for (let i = 0; i < a.len; i++) {
    const c = cmp(a.get(i), b.get(i));
    if (c !== 0) return c;
  }
  return 0;
}

function hashCombine(A: Desc, d: D, hasher: Hasher): void {
  const combine = A['Hash.hash_combine'] as (x: unknown, h: Hasher) => void;
  drive(forward(d), (x) => combine(x, hasher));
}

function add(a: D, b: D): D {
  return dequeOf([...a.elements(), ...b.elements()]);
}

function flatten(d: D): D {
  const out: unknown[] = [];
  for (const inner of d.elements() as D[]) out.push(...inner.elements());
  return dequeOf(out);
}

const sigFromArray = (name: string) => `fn[A] ${name}(arr : ArrayView[A], capacity? : Int) -> Deque[A]`;
const sigNew = (name: string) => `fn[A] ${name}(capacity? : Int = ..) -> Deque[A]`;
const newDeque = (capacity: number | undefined) => new MoonDeque(storage(capacity ?? 0), 0, 0);

const fns = {
  'Deque::Deque': fn(sigFromArray('Deque::Deque'), fromView),
  'Deque::from_array': fn(sigFromArray('Deque::from_array'), fromView),
  from_array: fn(sigFromArray('from_array'), fromView),
  'Deque::new': fn(sigNew('Deque::new'), newDeque),
  new: fn(sigNew('new'), newDeque),
  'Deque::from_iter': fn('fn[A] Deque::from_iter(iter : Iter[A]) -> Deque[A]', fromIter),
  from_iter: fn('fn[A] from_iter(iter : Iter[A]) -> Deque[A]', fromIter),
  'Deque::copy': fn('fn[A] Deque::copy(self : Deque[A]) -> Deque[A]', (d: D) => dequeOf(d.elements())),
  'Deque::blit_to': fn('fn[A] Deque::blit_to(self : Deque[A], dst : Deque[A], len~ : Int, src_offset? : Int = .., dst_offset? : Int = ..) -> Unit', blitTo),
  'Deque::append': fn('fn[A] Deque::append(self : Deque[A], other : Deque[A]) -> Unit', (d: D, other: D) => d.append(other)),
  'Deque::insert': fn('fn[A] Deque::insert(self : Deque[A], index : Int, value : A) -> Unit', insert),
  'Deque::remove': fn('fn[A] Deque::remove(self : Deque[A], index : Int) -> A', remove),
  'Deque::length': fn('fn[A] Deque::length(self : Deque[A]) -> Int', (d: D) => d.len),
  'Deque::capacity': fn('fn[A] Deque::capacity(self : Deque[A]) -> Int', (d: D) => d.buf.length),
  'Deque::is_empty': fn('fn[A] Deque::is_empty(self : Deque[A]) -> Bool', (d: D) => d.len === 0),
  'Deque::front': fn('fn[A] Deque::front(self : Deque[A]) -> A?', (d: D) => (d.len === 0 ? None : new Some(d.get(0)))),
  'Deque::back': fn('fn[A] Deque::back(self : Deque[A]) -> A?', (d: D) => (d.len === 0 ? None : new Some(d.get(d.len - 1)))),
  'Deque::push_front': fn('fn[A] Deque::push_front(self : Deque[A], value : A) -> Unit', (d: D, value: unknown) => d.pushFront(value)),
  'Deque::push_back': fn('fn[A] Deque::push_back(self : Deque[A], value : A) -> Unit', (d: D, value: unknown) => d.pushBack(value)),
  'Deque::pop_front': fn('fn[A] Deque::pop_front(self : Deque[A]) -> A?', popFront),
  'Deque::pop_back': fn('fn[A] Deque::pop_back(self : Deque[A]) -> A?', popBack),
  'Deque::unsafe_pop_front': fn('fn[A] Deque::unsafe_pop_front(self : Deque[A]) -> Unit', (d: D) => {
    if (popFront(d) === None) throw new Panic('The deque is empty!');
  }),
  'Deque::unsafe_pop_back': fn('fn[A] Deque::unsafe_pop_back(self : Deque[A]) -> Unit', (d: D) => {
    if (popBack(d) === None) throw new Panic('The deque is empty!');
  }),
  'Deque::at': fn('#alias("_[_]")\nfn[A] Deque::at(self : Deque[A], index : Int) -> A', at),
  'Deque::set': fn('#alias("_[_]=_")\nfn[A] Deque::set(self : Deque[A], index : Int, value : A) -> Unit', (d: D, index: number, value: unknown) => {
    if (index < 0 || index >= d.len) outOfBounds(d.len, index);
    d.put(index, value);
  }),
  'Deque::get': fn('fn[A] Deque::get(self : Deque[A], index : Int) -> A?', (d: D, index: number) =>
    index >= 0 && index < d.len ? new Some(d.get(index)) : None,
  ),
  'Deque::as_views': fn('fn[A] Deque::as_views(self : Deque[A]) -> (ArrayView[A], ArrayView[A])', asViews),
  'Deque::each': fn('fn[A] Deque::each(self : Deque[A], f : (A) -> Unit) -> Unit', (d: D, f: F1) => drive(forward(d), f)),
  'Deque::eachi': fn('fn[A] Deque::eachi(self : Deque[A], f : (Int, A) -> Unit) -> Unit', (d: D, f: (i: number, x: unknown) => unknown) =>
    drive(forwardPairs(d), (p) => f(...(p as [number, unknown]))),
  ),
  'Deque::rev_each': fn('fn[A] Deque::rev_each(self : Deque[A], f : (A) -> Unit) -> Unit', (d: D, f: F1) => drive(backward(d), f)),
  'Deque::rev_eachi': fn('fn[A] Deque::rev_eachi(self : Deque[A], f : (Int, A) -> Unit) -> Unit', (d: D, f: (i: number, x: unknown) => unknown) =>
    drive(backwardPairs(d), (p) => f(...(p as [number, unknown]))),
  ),
  'Deque::iter': fn('fn[A] Deque::iter(self : Deque[A]) -> Iter[A]', forward),
  'Deque::iter2': fn('fn[A] Deque::iter2(self : Deque[A]) -> Iter2[Int, A]', (d: D) => ({ _0: forwardPairs(d) })),
  'Deque::rev_iter': fn('fn[A] Deque::rev_iter(self : Deque[A]) -> Iter[A]', backward),
  'Deque::rev_iter2': fn('fn[A] Deque::rev_iter2(self : Deque[A]) -> Iter2[Int, A]', (d: D) => ({ _0: backwardPairs(d) })),
  'Deque::clear': fn('fn[A] Deque::clear(self : Deque[A]) -> Unit', (d: D) => d.clear()),
  'Deque::map': fn('fn[A, U] Deque::map(self : Deque[A], f : (A) -> U) -> Deque[U]', (d: D, f: F1) => mapped(d, (_, x) => f(x))),
  'Deque::mapi': fn('fn[A, U] Deque::mapi(self : Deque[A], f : (Int, A) -> U) -> Deque[U]', mapped),
  'Deque::search': fn('fn[A : Eq] Deque::search(self : Deque[A], value : A) -> Int?', search),
  'Deque::contains': fn('fn[A : Eq] Deque::contains(self : Deque[A], value : A) -> Bool', (A: Desc, d: D, value: unknown) =>
    search(A, d, value) !== None,
  ),
  'Deque::extract_if': fn('fn[A] Deque::extract_if(self : Deque[A], f : (A) -> Bool) -> Deque[A]', extractIf),
  'Deque::filter': fn('fn[A] Deque::filter(self : Deque[A], f : (A) -> Bool raise?) -> Deque[A] raise?', (d: D, f: F1) => {
    const out = dequeOf([]);
    drive(forward(d), (x) => {
      if (f(x)) out.pushBack(x);
    });
    return out;
  }),
  'Deque::reserve_capacity': fn('fn[A] Deque::reserve_capacity(self : Deque[A], capacity : Int) -> Unit', (d: D, capacity: number) => {
    if (d.buf.length < capacity) d.relocate(capacity);
  }),
  'Deque::shrink_to_fit': fn('fn[A] Deque::shrink_to_fit(self : Deque[A]) -> Unit', (d: D) => {
    if (d.buf.length > d.len) d.relocate(d.len);
  }),
  'Deque::truncate': fn('fn[A] Deque::truncate(self : Deque[A], len : Int) -> Unit', truncate),
  'Deque::retain_map': fn('fn[A] Deque::retain_map(self : Deque[A], f : (A) -> A?) -> Unit', (d: D, f: (x: unknown) => Option<unknown>) =>
    retainWith(d, f),
  ),
  'Deque::retain': fn('fn[A] Deque::retain(self : Deque[A], f : (A) -> Bool) -> Unit', (d: D, f: F1) =>
    retainWith(d, (x) => (f(x) ? new Some(x) : None)),
  ),
  'Deque::to_array': fn('fn[A] Deque::to_array(self : Deque[A]) -> Array[A]', (d: D) => d.elements()),
  'Deque::join': fn('fn Deque::join(self : Deque[String], separator : StringView) -> String', (d: D, separator: unknown) =>
    (d.elements() as string[]).join(text(separator)),
  ),
  'Deque::chunks': fn('fn[A] Deque::chunks(self : Deque[A], size : Int) -> Deque[Deque[A]]', chunks),
  'Deque::chunk_by': fn('fn[A] Deque::chunk_by(self : Deque[A], pred : (A, A) -> Bool raise?) -> Deque[Deque[A]] raise?', chunkBy),
  'Deque::flatten': fn('fn[A] Deque::flatten(self : Deque[Deque[A]]) -> Deque[A]', flatten),
  'Deque::drain': fn('fn[A] Deque::drain(self : Deque[A], start~ : Int, len? : Int) -> Deque[A]', drain),
  'Deque::binary_search_by': fn('fn[A] Deque::binary_search_by(self : Deque[A], cmp : (A) -> Int) -> Result[Int, Int]', binarySearchBy),
  'Deque::binary_search': fn('fn[A : Compare] Deque::binary_search(self : Deque[A], value : A) -> Result[Int, Int]', (A: Desc, d: D, value: unknown) => {
    const cmp = A['Compare.compare'] as Cmp;
    return binarySearchBy(d, (x) => cmp(x, value));
  }),
  'Deque::rev_in_place': fn('fn[A] Deque::rev_in_place(self : Deque[A]) -> Unit', revInPlace),
  'Deque::rev': fn('fn[A] Deque::rev(self : Deque[A]) -> Deque[A]', (d: D) => dequeOf(d.elements().reverse())),
  'Deque::shuffle_in_place': fn('fn[A] Deque::shuffle_in_place(self : Deque[A], rand~ : (Int) -> Int) -> Unit', shuffleInPlace),
  'Deque::shuffle': fn('fn[A] Deque::shuffle(self : Deque[A], rand~ : (Int) -> Int) -> Deque[A]', (d: D, rand: (n: number) => number) => {
    const out = dequeOf(d.elements());
    shuffleInPlace(out, rand);
    return out;
  }),
  // The trait impls' methods, callable as methods too (`a.compare(b)`, `a + b`).
  'Deque::add': fn('fn[A] Deque::add(self : Deque[A], other : Deque[A]) -> Deque[A]', add),
  'Deque::compare': fn('fn[A : Compare] Deque::compare(self : Deque[A], other : Deque[A]) -> Int', compare),
  'Deque::equal': fn('fn[A : Eq] Deque::equal(self : Deque[A], other : Deque[A]) -> Bool', equal),
  'Deque::hash': fn('fn[A : Hash] Deque::hash(self : Deque[A]) -> Int', (A: Desc, d: D) => {
    const h = new Hasher();
    hashCombine(A, d, h);
    return h.finalize();
  }),
};

/** The names core deprecated but still exports, each beside the entry it names. */
const deprecated: [alias: string, entry: keyof typeof fns][] = [
  ['of', 'from_array'],
  ['Deque::of', 'Deque::from_array'],
  ['from_iterator', 'from_iter'],
  ['Deque::from_iterator', 'Deque::from_iter'],
  ['Deque::clone', 'Deque::copy'],
  ['Deque::iterator', 'Deque::iter'],
  ['Deque::iterator2', 'Deque::iter2'],
  ['Deque::rev_iterator', 'Deque::rev_iter'],
  ['Deque::rev_iterator2', 'Deque::rev_iter2'],
  ['Deque::pop_front_exn', 'Deque::unsafe_pop_front'],
  ['Deque::pop_back_exn', 'Deque::unsafe_pop_back'],
  ['Deque::rev_inplace', 'Deque::rev_in_place'],
  ['Deque::filter_map_inplace', 'Deque::retain_map'],
];
const renamed = (e: FnEntry, from: string, to: string) => fn(e.sig.replace(`${from}(`, `${to}(`), e.impl as (...args: unknown[]) => unknown);

export default defineModule('deque', {
  decls: 'type Deque[A]',
  fns: { ...fns, ...Object.fromEntries(deprecated.map(([alias, entry]) => [alias, renamed(fns[entry], entry, alias)])) },
  impls: {
    'Show for @deque.Deque': impl('impl[A : Show] Show for Deque[A]', (A: Desc) => {
      const out = A['Show.output'] as (x: unknown, l: Logger) => void;
      return {
        output: (d: D, logger: Logger) => {
          logger.write_string('@deque.from_array([');
          let first = true;
          drive(forward(d), (x) => {
            if (!first) logger.write_string(', ');
            first = false;
            out(x, logger);
          });
          logger.write_string('])');
        },
      };
    }),
    'Debug for @deque.Deque': impl('impl[A : @debug.Debug] @debug.Debug for Deque[A]', (A: Desc) => {
      const repr = A['Debug.to_repr'] as (x: unknown) => R.Repr;
      return { to_repr: (d: D) => R.opaque('Deque', R.array(d.elements().map(repr))) };
    }),
    'Eq for @deque.Deque': impl('impl[A : Eq] Eq for Deque[A]', (A: Desc) => ({ equal: (a: D, b: D) => equal(A, a, b) })),
    'Compare for @deque.Deque': impl('impl[A : Compare] Compare for Deque[A]', (A: Desc) => ({ compare: (a: D, b: D) => compare(A, a, b) })),
    'Hash for @deque.Deque': impl('impl[A : Hash] Hash for Deque[A]', (A: Desc) => ({
      hash_combine: (d: D, hasher: Hasher) => hashCombine(A, d, hasher),
    })),
    'Add for @deque.Deque': impl('impl[A] Add for Deque[A]', { add }),
    'ToJson for @deque.Deque': impl('impl[A : ToJson] ToJson for Deque[A]', (A: Desc) => {
      const toJson = A['ToJson.to_json'] as (x: unknown) => J.Json;
      return { to_json: (d: D) => J.array(d.elements().map(toJson)) };
    }),
    'FromJson for @deque.Deque': impl('impl[A : @json.FromJson] @json.FromJson for Deque[A]', (A: Desc) => {
      const fromJson = A['FromJson.from_json'] as (j: J.Json, path: JsonPath) => unknown;
      return {
        from_json: (json: J.Json, path: JsonPath) => {
          if (json.$c !== 'Array') return decodeError(path, 'Deque::from_json: expected array');
          return dequeOf(json._0.map((x, i) => fromJson(x, addIndex(path, i))));
        },
      };
    }),
  },
});
