// The byte-range algorithms shared by the Bytes, BytesView and Buffer
// entries: each works on bytes `start..end` of a Uint8Array, so Bytes and
// a view of them run the same code without copying.

import { ArrayView, BytesView, Iter, type Logger } from '../../runtime/core-values.ts';
import type { Hasher } from '../../runtime/hasher.ts';
import { None, Some, type Option } from '../../runtime/values.ts';
import { hex2, panic } from './strings.ts';

/** A `BytesView` parameter: MoonBit converts Bytes implicitly, so either may arrive. */
export type Bin = Uint8Array | BytesView;

export function bytesOf(x: Bin): Uint8Array {
  return x instanceof Uint8Array ? x : x.bytes;
}
export function startOf(x: Bin): number {
  return x instanceof Uint8Array ? 0 : x.start;
}
export function endOf(x: Bin): number {
  return x instanceof Uint8Array ? x.length : x.end;
}
export function lengthOf(x: Bin): number {
  return endOf(x) - startOf(x);
}

/** An `ArrayView[Byte]` parameter (an Array, FixedArray or view of one) as a JS array range. */
export function spanOf(x: ArrayView<number> | number[]): [number[], number, number] {
  return x instanceof ArrayView ? [x.arr, x.start, x.end] : [x, 0, x.length];
}

export function fromArray(x: ArrayView<number> | number[]): Uint8Array {
  const [arr, start, end] = spanOf(x);
  const out = new Uint8Array(end - start);
  for (let i = start; i < end; i++) out[i - start] = arr[i]!;
  return out;
}

export function fromIter(iter: Iter<number>): Uint8Array {
  const bytes: number[] = [];
  for (let b = iter.next(); b !== Iter.DONE; b = iter.next()) bytes.push(b);
  return Uint8Array.from(bytes);
}

export function iterOf(b: Uint8Array, start: number, end: number): Iter<number> {
  let i = start;
  return new Iter(() => (i < end ? b[i++]! : Iter.DONE));
}

/** `Iter2[Int, Byte]`: bytes numbered from 0. */
export function indexedOf(b: Uint8Array, start: number, end: number): { _0: Iter<[number, number]> } {
  let i = start;
  return { _0: new Iter(() => (i < end ? [i - start, b[i++]!] : Iter.DONE)) };
}

export function toArray(b: Uint8Array, start: number, end: number): number[] {
  return Array.from(b.subarray(start, end));
}

/** `b[i]`: the byte at `i` of `start..end`, panicking outside it. */
export function at(b: Uint8Array, start: number, end: number, i: number): number {
  if (i < 0 || i >= end - start) panic(`index out of bounds: the len is from 0 to ${end - start} but the index is ${i}`);
  return b[start + i]!;
}

export function get(b: Uint8Array, start: number, end: number, i: number): Option<number> {
  return i >= 0 && i < end - start ? new Some(b[start + i]!) : None;
}

/**
 * `b[start:end]` on bytes `lo..hi`: negative bounds count from `hi`; an
 * empty result when out of range (`view` turns it into a panic).
 */
export function sub(b: Uint8Array, lo: number, hi: number, start: number | undefined, end: Option<number>): BytesView | undefined {
  const len = hi - lo;
  const e = end instanceof Some ? (end.value < 0 ? len + end.value : end.value) : len;
  const s = start === undefined ? 0 : start < 0 ? len + start : start;
  return s >= 0 && s <= e && e <= len ? new BytesView(b, lo + s, lo + e) : undefined;
}

export function view(b: Uint8Array, lo: number, hi: number, start: number | undefined, end: Option<number>): BytesView {
  return sub(b, lo, hi, start, end) ?? panic('Invalid index for View');
}

export function getView(b: Uint8Array, lo: number, hi: number, start: number | undefined, end: Option<number>): Option<BytesView> {
  const v = sub(b, lo, hi, start, end);
  return v === undefined ? None : new Some(v);
}

function matchesAt(t: Uint8Array, at: number, p: Uint8Array, ps: number, pe: number): boolean {
  for (let j = 0; j < pe - ps; j++) if (t[at + j] !== p[ps + j]) return false;
  return true;
}

/** The first (or last) offset of `pattern` inside bytes `start..end`, or -1. */
export function indexOf(t: Uint8Array, start: number, end: number, pattern: Bin, last: boolean): number {
  const p = bytesOf(pattern);
  const ps = startOf(pattern);
  const pe = endOf(pattern);
  const top = end - start - (pe - ps);
  if (last) {
    for (let i = top; i >= 0; i--) if (matchesAt(t, start + i, p, ps, pe)) return i;
  } else {
    for (let i = 0; i <= top; i++) if (matchesAt(t, start + i, p, ps, pe)) return i;
  }
  return -1;
}

export function hasPrefix(t: Uint8Array, start: number, end: number, prefix: Bin): boolean {
  return end - start >= lengthOf(prefix) && matchesAt(t, start, bytesOf(prefix), startOf(prefix), endOf(prefix));
}

export function hasSuffix(t: Uint8Array, start: number, end: number, suffix: Bin): boolean {
  const n = lengthOf(suffix);
  return end - start >= n && matchesAt(t, end - n, bytesOf(suffix), startOf(suffix), endOf(suffix));
}

export function equal(a: Bin, b: Bin): boolean {
  return lengthOf(a) === lengthOf(b) && matchesAt(bytesOf(a), startOf(a), bytesOf(b), startOf(b), endOf(b));
}

/** Byte order up to the shorter length, then the shorter first; `shortlex` compares lengths first (core's Compare). */
export function compare(a: Bin, b: Bin, shortlex: boolean): number {
  const la = lengthOf(a);
  const lb = lengthOf(b);
  if (shortlex && la !== lb) return la < lb ? -1 : 1;
  const x = bytesOf(a);
  const y = bytesOf(b);
  const xs = startOf(a);
  const ys = startOf(b);
  const n = la < lb ? la : lb;
  for (let i = 0; i < n; i++) {
    const d = x[xs + i]! - y[ys + i]!;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return la === lb ? 0 : la < lb ? -1 : 1;
}

/** `Hash` for bytes: little-endian words as UInts, then the leftover bytes one by one. */
export function hashCombine(b: Uint8Array, start: number, end: number, hasher: Hasher): void {
  let i = start;
  for (; end - i >= 4; i += 4) hasher.combine_uint((b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0);
  for (; i < end; i++) hasher.combine_byte(b[i]!);
}

/** Show for bytes: `b"..."`, printable ASCII as is except `"` and `\`, every other byte `\xhh`. */
export function output(b: Uint8Array, start: number, end: number, logger: Logger): void {
  let out = 'b"';
  for (let i = start; i < end; i++) {
    const x = b[i]!;
    out += x >= 0x20 && x <= 0x7e && x !== 0x22 && x !== 0x5c ? String.fromCharCode(x) : '\\x' + hex2(x);
  }
  logger.write_string(out + '"');
}

/**
 * Bytes `offset..offset+length` read as UTF-16LE code units. An odd last
 * byte pairs with the byte after it, or with 0 at the end, as core's JS
 * backend reads it.
 */
export function utf16le(b: Uint8Array, offset: number, length: number): string {
  let out = '';
  for (let i = offset; i < offset + length; i += 2) out += String.fromCharCode(b[i]! | ((b[i + 1] ?? 0) << 8));
  return out;
}
