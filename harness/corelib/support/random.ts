// The algorithms behind `@random.Rand`: core's ChaCha8 source (the
// chacha8rand construction: four interleaved ChaCha8 blocks per refill,
// only the key rows added back, the last 32 bytes of every fourth batch
// becoming the next key) and the ways `Rand` turns its 64-bit words into
// bounded integers and Doubles or Floats in an interval (Lemire's
// multiply-and-reject, Goualard's gamma sections). Each step follows core's
// order of draws and roundings, since every value is a function of the seed.

import { fr, floatBits, floatFromBits, doubleBits, doubleFromBits, panic } from './numeric.ts';

const U64 = (1n << 64n) - 1n;

/** Words produced per refill (32 UInt64 = 64 UInt), a power of two. */
const OUTPUTS = 32;
/** UInt64 words of the key kept back at the end of a reseeding batch. */
const KEY_OUTPUTS = 4;
/** Blocks computed in parallel, and so the counter's step per refill. */
const LANES = 4;
/** The counter value at which the key is replaced and the counter restarts. */
const RESEED_AT = 16;

/** "expand 32-byte k", as four little-endian words. */
const SIGMA = [0x61707865, 0x3320646e, 0x79622d32, 0x6b206574];

const rotl = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;

/**
 * Fills `out` (16 rows of 4 lanes, row r of lane l at `r * 4 + l`) with four
 * ChaCha8 blocks of `key`, lane l using block counter `counter + l`.
 */
function chachaBlocks(key: Uint32Array, out: Uint32Array, counter: number): void {
  const s = new Uint32Array(16);
  for (let lane = 0; lane < LANES; lane++) {
    s.set(SIGMA, 0);
    s.set(key, 4);
    s[12] = (counter + lane) >>> 0;
    s[13] = s[14] = s[15] = 0;
    const quarter = (a: number, b: number, c: number, d: number) => {
      s[a] = s[a]! + s[b]!;
      s[d] = rotl(s[d]! ^ s[a]!, 16);
      s[c] = s[c]! + s[d]!;
      s[b] = rotl(s[b]! ^ s[c]!, 12);
      s[a] = s[a]! + s[b]!;
      s[d] = rotl(s[d]! ^ s[a]!, 8);
      s[c] = s[c]! + s[d]!;
      s[b] = rotl(s[b]! ^ s[c]!, 7);
    };
    for (let round = 0; round < 4; round++) {
      quarter(0, 4, 8, 12);
      quarter(1, 5, 9, 13);
      quarter(2, 6, 10, 14);
      quarter(3, 7, 11, 15);
      quarter(0, 5, 10, 15);
      quarter(1, 6, 11, 12);
      quarter(2, 7, 8, 13);
      quarter(3, 4, 9, 14);
    }
    // chacha8rand adds back the key rows only.
    for (let row = 0; row < 16; row++) {
      const keyed = row >= 4 && row < 12 ? key[row - 4]! : 0;
      out[row * 4 + lane] = (s[row]! + keyed) >>> 0;
    }
  }
}

/** Core's `@random_source.ChaCha8`. */
export class ChaCha8 {
  private readonly key = new Uint32Array(8);
  private readonly buffer = new Uint32Array(OUTPUTS * 2);
  private next = 0;
  private available = OUTPUTS;
  private counter = 0;

  /** `seed` must hold 32 bytes (the caller checks). */
  constructor(seed: Uint8Array) {
    const view = new DataView(seed.buffer, seed.byteOffset, 32);
    for (let i = 0; i < 8; i++) this.key[i] = view.getUint32(i * 4, true);
    chachaBlocks(this.key, this.buffer, 0);
  }

  nextUInt64(): bigint {
    if (this.next >= this.available) this.refill();
    const at = (this.next++ & (OUTPUTS - 1)) * 2;
    return (BigInt(this.buffer[at + 1]!) << 32n) | BigInt(this.buffer[at]!);
  }

  private refill(): void {
    this.counter += LANES;
    if (this.counter === RESEED_AT) {
      this.key.set(this.buffer.subarray((OUTPUTS - KEY_OUTPUTS) * 2));
      this.counter = 0;
    }
    chachaBlocks(this.key, this.buffer, this.counter);
    this.next = 0;
    // The batch before a reseed keeps its last words back: they are the next key.
    this.available = this.counter === RESEED_AT - LANES ? OUTPUTS - KEY_OUTPUTS : OUTPUTS;
  }
}

/** A source of 64-bit words: what `Rand` draws from. */
export type Words = () => bigint;

/** `Rand::uint64(limit~)`: below `limit` without bias, or any word for 0. */
export function boundedUInt64(next: Words, limit: bigint): bigint {
  if (limit === 0n) return next();
  if ((limit & (limit - 1n)) === 0n) return next() & (limit - 1n);
  // The high half of word × limit, rejecting the low halves below 2^64 mod limit.
  let product = next() * limit;
  if ((product & U64) >= limit) return product >> 64n;
  const threshold = (1n << 64n) % limit;
  while ((product & U64) < threshold) product = next() * limit;
  return product >> 64n;
}

/** The unit-interval Double: the word's low 53 bits over 2^53. */
export const unitDouble = (word: bigint): number => Number(word & ((1n << 53n) - 1n)) / 2 ** 53;

/** The unit-interval Float: the low 24 bits of the word's low half over 2^24. */
export const unitFloat = (word: bigint): number => fr(Number(word & 0xffffffn) / 2 ** 24);

/**
 * `ceil(scaledMax - scaledMin)`, where an integral rounded distance is
 * corrected by the exact residual of the subtraction (Dekker's two-sum).
 */
function sectionCount(scaledMin: number, scaledMax: number, anchorIsMax: boolean): bigint {
  const distance = scaledMax - scaledMin;
  const residual = anchorIsMax ? -scaledMin - (distance - scaledMax) : scaledMax - (distance + scaledMin);
  const ceiling = Math.ceil(distance);
  const sections = BigInt(ceiling);
  if (distance !== ceiling) return sections;
  if (residual > 0) return sections + BigInt(Math.ceil(residual));
  return sections - BigInt(Math.floor(-residual));
}

/** The distance from `anchor` to its neighbour toward zero (the least positive value for zero). */
function doubleStep(anchor: number): number {
  if (anchor === 0) return doubleFromBits(1n);
  return Math.abs(anchor - doubleFromBits(doubleBits(anchor) - 1n));
}

function floatStep(anchor: number): number {
  if (anchor === 0) return floatFromBits(1);
  return Math.abs(fr(anchor - floatFromBits(floatBits(anchor) - 1)));
}

/** A section index split as 4 × high + low, so both halves convert exactly. */
const split = (k: bigint): [number, number] => [Number(k >> 2n), Number(k & 3n)];

const finite = (...xs: number[]): boolean => xs.every(Number.isFinite);

const DOUBLE_MIN_NORMAL = 2.2250738585072014e-308;
const FLOAT_MIN_NORMAL = floatFromBits(0x00800000);

/** `Rand::double(min~, max~)` for an interval other than [0, 1). */
export function doubleInRange(next: Words, min: number, max: number): number {
  if (!finite(min, max)) panic('Rand::double: bounds must be finite');
  const tiny = (x: number) => x !== 0 && Math.abs(x) < 4 * DOUBLE_MIN_NORMAL;
  if (tiny(min) || tiny(max)) panic('Rand::double: bounds must be outside the underflow region');
  if (!(min < max)) panic('Rand::double: min must be less than max');
  const anchorIsMax = Math.abs(min) <= Math.abs(max);
  const gamma = doubleStep(anchorIsMax ? max : min);
  const scaledMin = min / gamma;
  const scaledMax = max / gamma;
  const underflows = (x: number, scaled: number) => x !== 0 && Math.abs(scaled) < DOUBLE_MIN_NORMAL;
  if (underflows(min, scaledMin) || underflows(max, scaledMax)) panic('Rand::double: scaling a bound would underflow');
  const sections = sectionCount(scaledMin, scaledMax, anchorIsMax);
  const k = boundedUInt64(next, sections) + 1n;
  if (anchorIsMax) {
    if (k === sections) return min;
    const [high, low] = split(k);
    return 4 * (max * 0.25 - high * gamma) - low * gamma;
  }
  const [high, low] = split(k - 1n);
  return 4 * (min * 0.25 + high * gamma) + low * gamma;
}

/** `Rand::float(min~, max~)` for an interval other than [0, 1): sections counted in Double, exactly. */
export function floatInRange(next: Words, min: number, max: number): number {
  if (!finite(min, max)) panic('Rand::float: bounds must be finite');
  const tiny = (x: number) => x !== 0 && Math.abs(x) < fr(4 * FLOAT_MIN_NORMAL);
  if (tiny(min) || tiny(max)) panic('Rand::float: bounds must be outside the underflow region');
  if (!(min < max)) panic('Rand::float: min must be less than max');
  const anchorIsMax = Math.abs(min) <= Math.abs(max);
  const gamma = floatStep(anchorIsMax ? max : min);
  const sections = sectionCount(min / gamma, max / gamma, anchorIsMax);
  const k = boundedUInt64(next, sections) + 1n;
  if (anchorIsMax) {
    if (k === sections) return min;
    const [high, low] = split(k);
    return fr(fr(4 * fr(fr(max * 0.25) - fr(high * gamma))) - fr(low * gamma));
  }
  const [high, low] = split(k - 1n);
  return fr(fr(4 * fr(fr(min * 0.25) + fr(high * gamma))) + fr(low * gamma));
}
