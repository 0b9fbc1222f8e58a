// MoonBit's `Hasher` (builtin/hasher.mbt): an xxHash32-style accumulator.
// Its outputs are visible to doc writers (`x.hash()`, and the iteration
// order of hash-based collections), so every step is MoonBit's: the same
// primes, the same per-width consumption, the same avalanche.
//
// The seed: MoonBit's JavaScript backend seeds `Hasher::new()` randomly per
// process, every other backend with 0. Docs are recorded with `moon test`'s
// default backend, so the default seed here is 0, which keeps renderings
// that depend on hashing reproducible.

const PRIME1 = 0x9e3779b1;
const PRIME2 = 0x85ebca77;
const PRIME3 = 0xc2b2ae3d;
const PRIME4 = 0x27d4eb2f;
const PRIME5 = 0x165667b1;

const scratch = new DataView(new ArrayBuffer(8));

function rotl(x: number, r: number): number {
  return ((x << r) | (x >>> (32 - r))) >>> 0;
}

function mul(a: number, b: number): number {
  return Math.imul(a, b) >>> 0;
}

export class Hasher {
  /** The accumulator, a UInt. */
  acc: number;

  constructor(seed = 0) {
    this.acc = ((seed >>> 0) + PRIME5) >>> 0;
  }

  private consume4(input: number): void {
    this.acc = mul(rotl((this.acc + mul(input, PRIME3)) >>> 0, 17), PRIME4);
  }

  private consume1(input: number): void {
    this.acc = mul(rotl((this.acc + mul(input & 0xff, PRIME5)) >>> 0, 11), PRIME1);
  }

  combine_uint(value: number): void {
    this.acc = (this.acc + 4) >>> 0;
    this.consume4(value >>> 0);
  }

  combine_int(value: number): void {
    this.combine_uint(value >>> 0);
  }

  combine_unit(): void {
    this.combine_uint(0);
  }

  combine_bool(value: boolean): void {
    this.combine_uint(value ? 1 : 0);
  }

  /** Int64 and UInt64 alike: low word, then high word. */
  combine_int64(value: bigint): void {
    const bits = BigInt.asUintN(64, value);
    this.acc = (this.acc + 8) >>> 0;
    this.consume4(Number(bits & 0xffffffffn));
    this.consume4(Number(bits >> 32n));
  }

  /** The Double's bits, low word then high word (as combine_int64 does, without a bigint). */
  combine_double(value: number): void {
    scratch.setFloat64(0, value);
    this.acc = (this.acc + 8) >>> 0;
    this.consume4(scratch.getUint32(4));
    this.consume4(scratch.getUint32(0));
  }

  combine_float(value: number): void {
    scratch.setFloat32(0, value);
    this.combine_uint(scratch.getUint32(0));
  }

  combine_byte(value: number): void {
    this.consume1(value);
  }

  combine_bytes(bytes: Uint8Array, start = 0, end = bytes.length): void {
    let cur = start;
    for (; end - cur >= 4; cur += 4) {
      this.consume4((bytes[cur]! | (bytes[cur + 1]! << 8) | (bytes[cur + 2]! << 16) | (bytes[cur + 3]! << 24)) >>> 0);
    }
    for (; cur < end; cur++) this.consume1(bytes[cur]!);
  }

  /**
   * `impl Hash for BytesView` (and Bytes, which hashes as its full view):
   * each 4 bytes as a little-endian `combine_uint`, the last 0 to 3 bytes
   * one `combine_byte` each. Unlike `combine_bytes`, every 4-byte step also
   * adds 4 to the accumulator.
   */
  combine_bytes_view(bytes: Uint8Array, start = 0, end = bytes.length): void {
    let cur = start;
    for (; end - cur >= 4; cur += 4) {
      this.combine_uint((bytes[cur]! | (bytes[cur + 1]! << 8) | (bytes[cur + 2]! << 16) | (bytes[cur + 3]! << 24)) >>> 0);
    }
    for (; cur < end; cur++) this.consume1(bytes[cur]!);
  }

  /** Each UTF-16 code unit as a UInt. */
  combine_string(s: string, start = 0, end = s.length): void {
    for (let i = start; i < end; i++) this.combine_uint(s.charCodeAt(i));
  }

  combine_char(c: number): void {
    this.combine_uint(c);
  }

  /** The hash, an Int. */
  finalize(): number {
    let acc = this.acc;
    acc = (acc ^ (acc >>> 15)) >>> 0;
    acc = mul(acc, PRIME2);
    acc = (acc ^ (acc >>> 13)) >>> 0;
    acc = mul(acc, PRIME3);
    acc = (acc ^ (acc >>> 16)) >>> 0;
    return acc | 0;
  }
}
