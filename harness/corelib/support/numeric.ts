// Helpers shared by the numeric entries of the core library table: bit
// views of floating-point values, bit counts, radix rendering, byte
// serialisation and the `until` ranges. Arithmetic itself lives in
// runtime/ints.ts, which generated code also calls directly.

import { Panic } from '../../runtime/values.ts';
import { Iter } from '../../runtime/core-values.ts';

export const fr = Math.fround;

const scratch = new DataView(new ArrayBuffer(8));

/** The IEEE 754 bits of a Float, as a UInt. */
export function floatBits(x: number): number {
  scratch.setFloat32(0, x);
  return scratch.getUint32(0);
}
/** The Float whose bits are the low 32 bits of `bits`. */
export function floatFromBits(bits: number): number {
  scratch.setUint32(0, bits >>> 0);
  return scratch.getFloat32(0);
}
/** The IEEE 754 bits of a Double, as a UInt64. */
export function doubleBits(x: number): bigint {
  scratch.setFloat64(0, x);
  return scratch.getBigUint64(0);
}
/** The Double whose bits are the low 64 bits of `bits`. */
export function doubleFromBits(bits: bigint): number {
  scratch.setBigUint64(0, BigInt.asUintN(64, bits));
  return scratch.getFloat64(0);
}

/** MoonBit's `abort(msg)` and failed `guard!`: a panic. */
export function panic(message: string): never {
  throw new Panic(message);
}

export function ctz32(x: number): number {
  return x === 0 ? 32 : 31 - Math.clz32(x & -x);
}
export function popcnt32(x: number): number {
  let v = x >>> 0;
  v -= (v >>> 1) & 0x55555555;
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24);
}
const lo32 = (x: bigint): number => Number(x & 0xffffffffn);
const hi32 = (x: bigint): number => Number((x >> 32n) & 0xffffffffn);
export function clz64(x: bigint): number {
  const hi = hi32(x);
  return hi !== 0 ? Math.clz32(hi) : 32 + Math.clz32(lo32(x));
}
export function ctz64(x: bigint): number {
  const lo = lo32(x);
  return lo !== 0 ? ctz32(lo) : 32 + ctz32(hi32(x));
}
export function popcnt64(x: bigint): number {
  return popcnt32(lo32(x)) + popcnt32(hi32(x));
}

/** `to_string(radix~)` of any integer type: core aborts outside 2..=36, digits are lowercase. */
export function radixString(value: number | bigint, radix: number | undefined): string {
  if (radix === undefined || radix === 10) return String(value);
  if (radix < 2 || radix > 36) panic('radix must be between 2 and 36');
  return value.toString(radix);
}

/** The low `n` bytes of `bits`, most significant first. */
export function bigEndianBytes(bits: bigint, n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--, bits >>= 8n) out[i] = Number(bits & 0xffn);
  return out;
}
/** The low `n` bytes of `bits`, least significant first. */
export function littleEndianBytes(bits: bigint, n: number): Uint8Array {
  return bigEndianBytes(bits, n).reverse();
}

/**
 * Core's `until` for one numeric type (builtin/range.mbt): counts from
 * `start` by `step` while short of `end` (or equal to it when inclusive),
 * and stops after the value whose successor would overflow. A zero step
 * gives nothing.
 */
export function until<T extends number | bigint>(
  start: T,
  end: T,
  step: T,
  inclusive: boolean,
  zero: T,
  add: (a: T, b: T) => T,
): Iter<T> {
  if (step === zero) return new Iter<T>(() => Iter.DONE);
  const up = step > zero;
  const down = step < zero;
  let i = start;
  let done = false;
  return new Iter<T>(() => {
    if (done || !((up && i < end) || (down && i > end) || (inclusive && i === end))) return Iter.DONE;
    const value = i;
    const next = add(i, step);
    if ((up && next >= i) || (down && next <= i)) i = next;
    else done = true;
    return value;
  });
}
