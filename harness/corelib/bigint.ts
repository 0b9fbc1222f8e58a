// Package @bigint: the methods and trait implementations of `BigInt`, a
// prelude type (core's prelude re-exports it) whose values are JS bigints,
// exact at any size. Division truncates and `%` takes the dividend's sign,
// `>>` floors, and the bitwise operators act on the infinite two's
// complement, as on every core backend. Text is parsed as the docs' core
// parses it (strictly: an optional `-` and digits), which is stricter than
// the oracle's older core on its JS backend. `ToJson`, `FromJson` and
// `Debug` are in builtin/json.ts, json.ts and debug.ts.

import type { Hasher } from '../runtime/hasher.ts';
import { type Option, Some } from '../runtime/values.ts';
import { defineModule, fn } from './define.ts';
import * as B from './support/bytes.ts';
import type { Bin } from './support/bytes.ts';
import { panic } from './support/numeric.ts';
import { showImpl, eqImpl, compareImpl, hashImpl, defaultImpl, operatorImpls } from './support/numeric-impls.ts';

const compare = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

/** JS refuses bigints past about 2^30 bits with a RangeError; core's other backends run out of memory. Either way, a panic. */
function bounded(f: () => bigint): bigint {
  try {
    return f();
  } catch (error) {
    if (error instanceof RangeError) panic(`BigInt: ${error.message}`);
    throw error;
  }
}

function checkRadix(radix: number): void {
  if (radix < 2 || radix > 36) panic('radix must be between 2 and 36');
}

function digitValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x5a) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x7a) return c - 0x61 + 10;
  return -1;
}

/** An optional `-` and at least one digit of `radix`, letters of either case; anything else panics. */
function fromString(str: string, radixArg?: number): bigint {
  const radix = radixArg ?? 10;
  if (str.length === 0) panic('empty string');
  checkRadix(radix);
  const negative = str.charCodeAt(0) === 0x2d;
  const start = negative ? 1 : 0;
  if (start === str.length) panic('invalid character');
  const base = BigInt(radix);
  let acc = 0n;
  for (let i = start; i < str.length; i++) {
    const d = digitValue(str.charCodeAt(i));
    if (d < 0 || d >= radix) panic('invalid character');
    acc = acc * base + BigInt(d);
  }
  return negative ? -acc : acc;
}

function toString(self: bigint, radixArg?: number): string {
  const radix = radixArg ?? 10;
  checkRadix(radix);
  return self.toString(radix);
}

/** Big-endian magnitude (no bytes: zero); `signum` gives the sign (0: zero, whatever the bytes). */
function fromOctets(octets: Bin, signumArg?: number): bigint {
  const signum = signumArg ?? 1;
  if (signum === 0) return 0n;
  const b = B.bytesOf(octets);
  const start = B.startOf(octets);
  const end = B.endOf(octets);
  let acc = 0n;
  for (let i = start; i < end; i++) acc = (acc << 8n) | BigInt(b[i]!);
  return signum < 0 ? -acc : acc;
}

/** Big-endian bytes of a non-negative value, left-padded with zeros to `length` (never cut; positive). */
function toOctets(self: bigint, length: Option<number>): Uint8Array {
  if (self < 0n) panic('negative BigInt');
  const wanted = length instanceof Some ? length.value : undefined;
  if (wanted !== undefined && wanted <= 0) panic('negative length');
  if (self === 0n) return new Uint8Array(wanted ?? 1);
  let hex = self.toString(16);
  if (hex.length % 2 === 1) hex = '0' + hex;
  const n = hex.length / 2;
  const out = new Uint8Array(Math.max(n, wanted ?? 0));
  const pad = out.length - n;
  for (let i = 0; i < n; i++) out[pad + i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** `exponent` non-negative; with a modulus (positive) the result is in `[0, modulus)`. */
function pow(self: bigint, exponent: bigint, modulus: Option<bigint>): bigint {
  if (exponent < 0n) panic('negative exponent');
  if (!(modulus instanceof Some)) return bounded(() => self ** exponent);
  const m = modulus.value;
  if (m <= 0n) panic('non-positive modulus');
  let result = 1n % m;
  let base = ((self % m) + m) % m;
  for (let e = exponent; e > 0n; e >>= 1n) {
    if (e & 1n) result = (result * base) % m;
    base = (base * base) % m;
  }
  return result;
}

function shl(self: bigint, n: number): bigint {
  if (n < 0) panic('negative shift count');
  return bounded(() => self << BigInt(n));
}

function shr(self: bigint, n: number): bigint {
  if (n < 0) panic('negative shift count');
  return self >> BigInt(n);
}

/** Bits of the two's complement without the sign bit: of `x` or of `-x - 1`. */
function bitLength(self: bigint): number {
  const m = self < 0n ? -self - 1n : self;
  return m === 0n ? 0 : m.toString(2).length;
}

/** Trailing zero bits of the magnitude; 0 for zero. */
function ctz(self: bigint): number {
  if (self === 0n) return 0;
  let m = self < 0n ? -self : self;
  let count = 0;
  for (; (m & 0xffffffffn) === 0n; m >>= 32n) count += 32;
  for (; (m & 1n) === 0n; m >>= 1n) count++;
  return count;
}

/** Core hashes the sign, then the magnitude's 32-bit limbs from the low end. */
function hashCombine(hasher: Hasher, self: bigint): void {
  hasher.combine_int(self === 0n ? 0 : self < 0n ? -1 : 1);
  let m = self < 0n ? -self : self;
  do {
    hasher.combine_uint(Number(m & 0xffffffffn));
    m >>= 32n;
  } while (m > 0n);
}

export default defineModule('bigint', {
  // `@bigint.BigInt` names the prelude's type, as core's prelude re-exports it from here.
  decls: 'pub using @builtin {type BigInt}',
  fns: {
    'BigInt::from_string': fn('fn BigInt::from_string(str : String, radix? : Int = ..) -> BigInt', fromString),
    'BigInt::to_string': fn('fn BigInt::to_string(self : BigInt, radix? : Int = ..) -> String', toString),
    'BigInt::from_octets': fn('fn BigInt::from_octets(octets : BytesView, signum? : Int = ..) -> BigInt', fromOctets),
    'BigInt::to_octets': fn('fn BigInt::to_octets(self : BigInt, length? : Int) -> Bytes', toOctets),
    'BigInt::from_int': fn('fn BigInt::from_int(x : Int) -> BigInt', BigInt),
    'BigInt::from_uint': fn('fn BigInt::from_uint(x : UInt) -> BigInt', BigInt),
    'BigInt::from_int64': fn('fn BigInt::from_int64(x : Int64) -> BigInt', (x: bigint) => x),
    'BigInt::from_uint64': fn('fn BigInt::from_uint64(x : UInt64) -> BigInt', (x: bigint) => x),
    'BigInt::is_zero': fn('fn BigInt::is_zero(self : BigInt) -> Bool', (self: bigint) => self === 0n),
    'BigInt::pow': fn('fn BigInt::pow(self : BigInt, exponent : BigInt, modulus? : BigInt) -> BigInt', pow),
    'BigInt::to_int': fn('fn BigInt::to_int(self : BigInt) -> Int', (self: bigint) => Number(BigInt.asIntN(32, self))),
    'BigInt::to_uint': fn('fn BigInt::to_uint(self : BigInt) -> UInt', (self: bigint) => Number(BigInt.asUintN(32, self))),
    'BigInt::to_int64': fn('fn BigInt::to_int64(self : BigInt) -> Int64', (self: bigint) => BigInt.asIntN(64, self)),
    'BigInt::to_uint64': fn('fn BigInt::to_uint64(self : BigInt) -> UInt64', (self: bigint) => BigInt.asUintN(64, self)),
    'BigInt::to_int16': fn('fn BigInt::to_int16(self : BigInt) -> Int16', (self: bigint) => Number(BigInt.asIntN(16, self))),
    'BigInt::to_uint16': fn('fn BigInt::to_uint16(self : BigInt) -> UInt16', (self: bigint) => Number(BigInt.asUintN(16, self))),
    'BigInt::bit_length': fn('fn BigInt::bit_length(self : BigInt) -> Int', bitLength),
    'BigInt::ctz': fn('fn BigInt::ctz(self : BigInt) -> Int', ctz),
    // Every representation is exact, so comparing with a fixed-width integer is comparing values.
    'BigInt::equal_int': fn('fn BigInt::equal_int(self : BigInt, other : Int) -> Bool', (self: bigint, other: number) => self === BigInt(other)),
    'BigInt::equal_int64': fn('fn BigInt::equal_int64(self : BigInt, other : Int64) -> Bool', (self: bigint, other: bigint) => self === other),
    'BigInt::equal_uint': fn('fn BigInt::equal_uint(self : BigInt, other : UInt) -> Bool', (self: bigint, other: number) => self === BigInt(other)),
    'BigInt::equal_uint64': fn('fn BigInt::equal_uint64(self : BigInt, other : UInt64) -> Bool', (self: bigint, other: bigint) => self === other),
    'BigInt::compare_int': fn('fn BigInt::compare_int(self : BigInt, other : Int) -> Int', (self: bigint, other: number) => compare(self, BigInt(other))),
    'BigInt::compare_int64': fn('fn BigInt::compare_int64(self : BigInt, other : Int64) -> Int', compare),
    'BigInt::compare_uint': fn('fn BigInt::compare_uint(self : BigInt, other : UInt) -> Int', (self: bigint, other: number) => compare(self, BigInt(other))),
    'BigInt::compare_uint64': fn('fn BigInt::compare_uint64(self : BigInt, other : UInt64) -> Int', compare),
    // Deprecated in core, still public. (Its methods `add`, `shl`, `compare`, ... are the trait impls'.)
    'BigInt::to_hex': fn('fn BigInt::to_hex(self : BigInt, uppercase? : Bool = ..) -> String', (self: bigint, uppercase?: boolean) => {
      const hex = self.toString(16);
      return (uppercase ?? true) ? hex.toUpperCase() : hex;
    }),
    'BigInt::from_hex': fn('fn BigInt::from_hex(input : String) -> BigInt', (input: string) => fromString(input, 16)),
  },
  impls: {
    ...showImpl('BigInt', String),
    ...eqImpl('BigInt'),
    ...compareImpl('BigInt'),
    ...hashImpl('BigInt', hashCombine),
    ...defaultImpl('BigInt', 0n),
    ...operatorImpls('BigInt', {
      Add: (a: bigint, b: bigint) => a + b,
      Sub: (a: bigint, b: bigint) => a - b,
      Mul: (a: bigint, b: bigint) => bounded(() => a * b),
      Div: (a: bigint, b: bigint) => (b === 0n ? panic('division by zero') : a / b),
      Mod: (a: bigint, b: bigint) => (b === 0n ? panic('division by zero') : a % b),
      Neg: (a: bigint) => -a,
      BitAnd: (a: bigint, b: bigint) => a & b,
      BitOr: (a: bigint, b: bigint) => a | b,
      BitXOr: (a: bigint, b: bigint) => a ^ b,
      Shl: shl,
      Shr: shr,
    }),
  },
});
