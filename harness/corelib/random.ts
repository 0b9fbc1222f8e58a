// `@random`: `Rand`, a pseudo-random generator over a `Source` of 64-bit
// words, by default core's ChaCha8 (support/random.ts). A value is a `Rand`
// holding the function that draws the next word.
//
// `Rand::new()` without a generator seeds ChaCha8 from the platform's
// entropy, as core does on JS (`@env.rand(32)`), falling back to the fixed
// default seed where there is none; `Rand::chacha8(seed~)` is the
// reproducible form.

import { defineModule, fn, impl } from './define.ts';
import type { Desc } from '../runtime/desc.ts';
import { Dyn } from '../runtime/desc.ts';
import { isSome, type Option } from '../runtime/values.ts';
import { panic } from './support/numeric.ts';
import { ChaCha8, boundedUInt64, doubleInRange, floatInRange, unitDouble, unitFloat, type Words } from './support/random.ts';
import * as R from './support/repr.ts';

const SOURCE_NEXT = '@random.Source.next';
const DEFAULT_SEED = new TextEncoder().encode('ABCDEFGHIJKLMNOPQRSTUVWXYZ123456');

export class Rand {
  constructor(readonly next: Words) {}
}

function chacha8Source(seed: Uint8Array | undefined): ChaCha8 {
  const bytes = seed ?? DEFAULT_SEED;
  if (bytes.length !== 32) panic('seed must be 32 bytes long');
  return new ChaCha8(bytes);
}

function chacha8(seed: Uint8Array | undefined): Rand {
  const source = chacha8Source(seed);
  return new Rand(() => source.nextUInt64());
}

function entropySeed(): Uint8Array | undefined {
  const crypto = globalThis.crypto;
  return crypto?.getRandomValues ? crypto.getRandomValues(new Uint8Array(32)) : undefined;
}

/** The internal ChaCha8 type as a `&Source`: only `next` is reachable through it. */
const CHACHA8_DESC = { key: '@random_source.ChaCha8', name: '@random_source.ChaCha8', args: [], [SOURCE_NEXT]: (s: ChaCha8) => s.nextUInt64() } as Desc;

const fromSource = (source: Dyn): Rand => {
  const next = source.d[SOURCE_NEXT] as (self: unknown) => bigint;
  return new Rand(() => next(source.v));
};

const uint64 = (self: Rand, limit: bigint | undefined): bigint => boundedUInt64(self.next, limit ?? 0n);

function uint(self: Rand, limit: number | undefined): number {
  if (!limit) return Number(self.next() & 0xffffffffn);
  return Number(uint64(self, BigInt(limit)));
}

function int(self: Rand, limit: number | undefined): number {
  const bound = limit ?? 0;
  if (bound < 0) panic('Rand::int: invalid argument limit');
  if (bound === 0) return Number(self.next() >> 33n);
  return uint(self, bound) | 0;
}

function int64(self: Rand, limit: bigint | undefined): bigint {
  const bound = limit ?? 0n;
  if (bound < 0n) panic('Rand::int64: invalid argument limit');
  if (bound === 0n) return self.next() & ((1n << 63n) - 1n);
  return BigInt.asIntN(64, uint64(self, bound));
}

/** [0, 1) by the direct construction, any other interval by gamma sections. */
function double(self: Rand, min: number | undefined, max: number | undefined): number {
  const [lo, hi] = [min ?? 0, max ?? 1];
  return lo === 0 && hi === 1 ? unitDouble(self.next()) : doubleInRange(self.next, lo, hi);
}

function float(self: Rand, min: number | undefined, max: number | undefined): number {
  const [lo, hi] = [min ?? 0, max ?? 1];
  return lo === 0 && hi === 1 ? unitFloat(self.next()) : floatInRange(self.next, lo, hi);
}

/**
 * `bits` random bits, big-endian; a partial first byte is masked (a shift
 * count taken mod 32, as UInt's). No bytes (`bits` of 0 or below -8) is 0.
 */
function bigint(self: Rand, bits: number): bigint {
  const partial = bits % 8;
  const length = ((bits / 8) | 0) + (partial === 0 ? 0 : 1);
  let acc = 0n;
  for (let i = 0; i < length; i++) {
    let byte = uint(self, 256);
    if (i === 0 && partial !== 0) byte &= ((1 << (partial & 31)) >>> 0) - 1;
    acc = (acc << 8n) | BigInt(byte & 0xff);
  }
  return acc;
}

function shuffle(self: Rand, limit: number, swap: (i: number, j: number) => void): void {
  if (limit < 0) panic('Rand::shuffle: invalid argument limit');
  for (let i = limit - 1; i >= 1; i--) swap(i, int(self, i + 1));
}

export default defineModule('random', {
  decls: `
    type Rand
    pub(open) trait Source {
      next(Self) -> UInt64
    }
  `,
  fns: {
    'Rand::chacha8': fn('fn Rand::chacha8(seed? : Bytes = ..) -> Rand', chacha8),
    'Rand::new': fn('fn Rand::new(generator? : &Source) -> Rand', (generator: Option<Dyn>) =>
      isSome(generator) ? fromSource(generator.value) : chacha8(entropySeed()),
    ),
    'Rand::int': fn('fn Rand::int(self : Rand, limit? : Int = ..) -> Int', int),
    'Rand::int64': fn('fn Rand::int64(self : Rand, limit? : Int64 = ..) -> Int64', int64),
    'Rand::uint': fn('fn Rand::uint(self : Rand, limit? : UInt = ..) -> UInt', uint),
    'Rand::uint64': fn('fn Rand::uint64(self : Rand, limit? : UInt64 = ..) -> UInt64', uint64),
    'Rand::double': fn('fn Rand::double(self : Rand, min? : Double = .., max? : Double = ..) -> Double', double),
    'Rand::float': fn('fn Rand::float(self : Rand, min? : Float = .., max? : Float = ..) -> Float', float),
    'Rand::boolean': fn('fn Rand::boolean(self : Rand) -> Bool', (self: Rand) => (self.next() & 1n) === 1n),
    'Rand::bigint': fn('fn Rand::bigint(self : Rand, bits : Int) -> BigInt', bigint),
    'Rand::shuffle': fn('fn Rand::shuffle(self : Rand, limit : Int, swap : (Int, Int) -> Unit) -> Unit', shuffle),
    // Deprecated free forms of `Rand::chacha8`.
    new: fn('fn new(seed? : Bytes = ..) -> Rand', chacha8),
    chacha8: fn('fn chacha8(seed? : Bytes = ..) -> &Source', (seed: Uint8Array | undefined) => new Dyn(CHACHA8_DESC, chacha8Source(seed))),
  },
  impls: {
    'Debug for @random.Rand': impl('impl @debug.Debug for Rand', { to_repr: () => R.opaque('Rand', R.OMITTED) }),
  },
});
