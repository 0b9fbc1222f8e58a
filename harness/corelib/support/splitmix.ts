// SplitMix64, core's `@quickcheck/splitmix.RandomState`: a 64-bit state
// advanced by an odd `gamma` per draw, each output the state through
// Stafford's mix13-style finaliser; `split` derives a second generator with
// its own gamma. UInt64 arithmetic wraps mod 2^64 throughout.

import { clz64, fr, popcnt64 } from './numeric.ts';

const wrap = (x: bigint): bigint => BigInt.asUintN(64, x);

const GOLDEN_GAMMA = 0x9e3779b97f4a7c15n;
const ALL_ONES = (1n << 64n) - 1n;

const shiftXor = (n: bigint, w: bigint): bigint => w ^ (w >> n);
const shiftXorMul = (n: bigint, k: bigint, w: bigint): bigint => wrap(shiftXor(n, w) * k);

function mix64(z: bigint): bigint {
  return shiftXor(33n, shiftXorMul(33n, 0xc4ceb9fe1a85ec53n, shiftXorMul(30n, 0xff51afd7ed558ccdn, z)));
}

function mix64Variant13(z: bigint): bigint {
  return shiftXor(31n, shiftXorMul(27n, 0x94d049bb133111ebn, shiftXorMul(30n, 0xbf58476d1ce4e5b9n, z)));
}

/** An odd gamma with enough bit transitions (fewer than 24 flips it with 0xaaaa…). */
function mixGamma(z: bigint): bigint {
  const g = mix64Variant13(z | 1n);
  return popcnt64(g | (g >> 1n)) >= 24 ? g : g ^ 0xaaaaaaaaaaaaaaaan;
}

export class SplitMix {
  constructor(
    public seed: bigint,
    readonly gamma: bigint,
  ) {}

  static seeded(seed: bigint): SplitMix {
    return new SplitMix(mix64(seed), mixGamma(wrap(seed + GOLDEN_GAMMA)));
  }

  clone(): SplitMix {
    return new SplitMix(this.seed, this.gamma);
  }

  nextRaw(): bigint {
    this.seed = wrap(this.seed + this.gamma);
    return mix64(this.seed);
  }

  /** Below `limit` (positive) without bias: masked words, the ones at or past `limit` rejected. */
  below(limit: bigint): bigint {
    const mask = limit === 1n ? 0n : ALL_ONES >> BigInt(clz64(limit - 1n));
    let candidate = this.nextRaw() & mask;
    while (candidate >= limit) candidate = this.nextRaw() & mask;
    return candidate;
  }

  nextInt(): number {
    return Number(this.nextRaw() & 0xffffffffn) | 0;
  }

  nextPositiveInt(): number {
    const r = this.nextInt();
    if (r === -0x80000000) return 0x7fffffff;
    if (r === 0) return 1;
    return Math.abs(r);
  }

  /** The top 24 bits over 2^24. */
  nextFloat(): number {
    return fr(Number(this.nextRaw() >> 40n) * 2 ** -24);
  }

  /** The top 53 bits over 2^53. */
  nextDouble(): number {
    return Number(this.nextRaw() >> 11n) * 2 ** -53;
  }

  split(): SplitMix {
    const first = wrap(this.seed + this.gamma);
    this.seed = wrap(first + this.gamma);
    return new SplitMix(mix64(first), mixGamma(this.seed));
  }
}
