// MoonBit's fixed-width integer and floating-point semantics on JS values.
//
// Representations: Int, Int16, UInt16, UInt, Byte, Float, Double → number;
// Int64, UInt64 → bigint. Every operation returns a value already wrapped to
// its type (two's complement for signed, modulo 2^n for unsigned).
//
// Semantics chosen (MoonBit compiles to wasm, whose integer instructions it
// inherits; core's byte.mbt implements Byte ops through Int and UInt):
// - add/sub/mul wrap; `Int.mul` is `Math.imul`.
// - div truncates toward zero, mod takes the dividend's sign; division or
//   remainder by zero panics (throws `Panic`). `MIN / -1` wraps to MIN and
//   `MIN % -1` is 0 (the JS backend's behaviour; wasm would trap).
// - shift counts are taken modulo the width (32 for Int/UInt, 64 for
//   Int64/UInt64), as wasm's shl/shr do; `shr` is arithmetic for signed
//   types and logical for unsigned ones. Byte shifts go through Int/UInt
//   (byte.mbt: `(self.to_int() << n).to_byte()`, `(self.to_uint() >> n)…`).
// - Double → integer conversions saturate, NaN → 0 (wasm trunc_sat).
// - Float results are rounded with `Math.fround` after every operation;
//   Int64/UInt64 → Float rounds once, as wasm's f32.convert_i64 does.

import { Panic, Some, None, type Option } from './values.ts';

const I32_MIN = -0x8000_0000;
const I32_MAX = 0x7fff_ffff;
const U32_MAX = 0xffff_ffff;
const I64_MIN = -(1n << 63n);
const I64_MAX = (1n << 63n) - 1n;
const U64_MAX = (1n << 64n) - 1n;

const wrapI64 = (x: bigint): bigint => BigInt.asIntN(64, x);
const wrapU64 = (x: bigint): bigint => BigInt.asUintN(64, x);
const i32 = (x: number): number => x | 0;
const u32 = (x: number): number => x >>> 0;

function divByZero(): never {
  throw new Panic('division by zero');
}

function checkRange(type: string, v: bigint, min: bigint, max: bigint): bigint {
  if (v < min || v > max) throw new RangeError(`literal ${v} is out of range for ${type} (${min}..${max})`);
  return v;
}

const buf = new DataView(new ArrayBuffer(8));
function f64Bits(x: number): bigint {
  buf.setFloat64(0, x);
  return buf.getBigUint64(0);
}
function bitsF64(x: bigint): number {
  buf.setBigUint64(0, BigInt.asUintN(64, x));
  return buf.getFloat64(0);
}
function f32Bits(x: number): number {
  buf.setFloat32(0, x);
  return buf.getUint32(0);
}
function bitsF32(x: number): number {
  buf.setUint32(0, x >>> 0);
  return buf.getFloat32(0);
}

/** Truncate a double to an integer in [min, max], saturating; NaN → 0. */
function satTrunc(x: number, min: number, max: number): number {
  if (Number.isNaN(x)) return 0;
  if (x <= min) return min;
  if (x >= max) return max;
  return Math.trunc(x);
}
function satTruncBig(x: number, min: bigint, max: bigint): bigint {
  if (Number.isNaN(x)) return 0n;
  if (x === Infinity) return max;
  if (x === -Infinity) return min;
  const t = BigInt(Math.trunc(x));
  return t < min ? min : t > max ? max : t;
}

/**
 * The Float nearest to a 64-bit integer, rounded once (ties to even), as
 * wasm's `f32.convert_i64` does. `Math.fround(Number(x))` would round twice,
 * through a Double, which differs for a few values (core's JS backend does
 * that; every other backend rounds once).
 */
export function int64ToFloat(x: bigint): number {
  const mag = x < 0n ? -x : x;
  if (mag < 1n << 53n) return Math.fround(Number(x));
  const shift = BigInt(mag.toString(2).length - 24);
  let mantissa = mag >> shift;
  const rest = mag - (mantissa << shift);
  const half = 1n << (shift - 1n);
  if (rest > half || (rest === half && (mantissa & 1n) === 1n)) mantissa += 1n;
  const value = Math.fround(Number(mantissa) * 2 ** Number(shift));
  return x < 0n ? -value : value;
}

/** `Int::to_char`: valid Unicode scalar values only. */
function toChar(code: number): Option<number> {
  return code >= 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? new Some(code) : None;
}

const cmp = <T extends number | bigint>(a: T, b: T): number => (a < b ? -1 : a > b ? 1 : 0);

export const Int = {
  min_value: I32_MIN,
  max_value: I32_MAX,
  lit: (v: bigint | number): number => Number(checkRange('Int', BigInt(v), BigInt(I32_MIN), BigInt(I32_MAX))),
  add: (a: number, b: number): number => i32(a + b),
  sub: (a: number, b: number): number => i32(a - b),
  mul: (a: number, b: number): number => Math.imul(a, b),
  div: (a: number, b: number): number => (b === 0 ? divByZero() : i32(a / b)),
  mod: (a: number, b: number): number => (b === 0 ? divByZero() : i32(a % b)),
  neg: (a: number): number => i32(-a),
  shl: (a: number, n: number): number => a << n,
  shr: (a: number, n: number): number => a >> n,
  and: (a: number, b: number): number => a & b,
  or: (a: number, b: number): number => a | b,
  xor: (a: number, b: number): number => a ^ b,
  lnot: (a: number): number => ~a,
  compare: cmp<number>,
  abs: (a: number): number => i32(Math.abs(a)),
  to_int64: (a: number): bigint => BigInt(a),
  to_uint64: (a: number): bigint => wrapU64(BigInt(a)),
  to_double: (a: number): number => a,
  to_float: (a: number): number => Math.fround(a),
  to_uint: (a: number): number => u32(a),
  reinterpret_as_uint: (a: number): number => u32(a),
  to_byte: (a: number): number => a & 0xff,
  to_int16: (a: number): number => (a << 16) >> 16,
  to_uint16: (a: number): number => a & 0xffff,
  to_char: toChar,
  unsafe_to_char: (a: number): number => a,
  reinterpret_as_float: (a: number): number => bitsF32(a),
};

export const UInt = {
  min_value: 0,
  max_value: U32_MAX,
  lit: (v: bigint | number): number => Number(checkRange('UInt', BigInt(v), 0n, BigInt(U32_MAX))),
  add: (a: number, b: number): number => u32(a + b),
  sub: (a: number, b: number): number => u32(a - b),
  mul: (a: number, b: number): number => u32(Math.imul(a, b)),
  div: (a: number, b: number): number => (b === 0 ? divByZero() : u32(Math.trunc(a / b))),
  mod: (a: number, b: number): number => (b === 0 ? divByZero() : u32(a % b)),
  shl: (a: number, n: number): number => u32(a << n),
  shr: (a: number, n: number): number => a >>> n,
  and: (a: number, b: number): number => u32(a & b),
  or: (a: number, b: number): number => u32(a | b),
  xor: (a: number, b: number): number => u32(a ^ b),
  lnot: (a: number): number => u32(~a),
  compare: cmp<number>,
  reinterpret_as_int: (a: number): number => i32(a),
  to_int: (a: number): number => i32(a),
  to_int64: (a: number): bigint => BigInt(a),
  to_uint64: (a: number): bigint => BigInt(a),
  to_double: (a: number): number => a,
  to_float: (a: number): number => Math.fround(a),
  to_byte: (a: number): number => a & 0xff,
  reinterpret_as_float: (a: number): number => bitsF32(a),
};

export const Int64 = {
  min_value: I64_MIN,
  max_value: I64_MAX,
  lit: (v: bigint | number): bigint => checkRange('Int64', BigInt(v), I64_MIN, I64_MAX),
  add: (a: bigint, b: bigint): bigint => wrapI64(a + b),
  sub: (a: bigint, b: bigint): bigint => wrapI64(a - b),
  mul: (a: bigint, b: bigint): bigint => wrapI64(a * b),
  div: (a: bigint, b: bigint): bigint => (b === 0n ? divByZero() : wrapI64(a / b)),
  mod: (a: bigint, b: bigint): bigint => (b === 0n ? divByZero() : wrapI64(a % b)),
  neg: (a: bigint): bigint => wrapI64(-a),
  shl: (a: bigint, n: number): bigint => wrapI64(a << BigInt(n & 63)),
  shr: (a: bigint, n: number): bigint => a >> BigInt(n & 63),
  and: (a: bigint, b: bigint): bigint => a & b,
  or: (a: bigint, b: bigint): bigint => a | b,
  xor: (a: bigint, b: bigint): bigint => a ^ b,
  lnot: (a: bigint): bigint => ~a,
  compare: cmp<bigint>,
  abs: (a: bigint): bigint => wrapI64(a < 0n ? -a : a),
  to_int: (a: bigint): number => Number(BigInt.asIntN(32, a)),
  to_uint: (a: bigint): number => Number(BigInt.asUintN(32, a)),
  to_byte: (a: bigint): number => Number(BigInt.asUintN(8, a)),
  to_double: (a: bigint): number => Number(a),
  to_float: (a: bigint): number => int64ToFloat(a),
  to_uint64: (a: bigint): bigint => wrapU64(a),
  reinterpret_as_uint64: (a: bigint): bigint => wrapU64(a),
  reinterpret_as_double: (a: bigint): number => bitsF64(a),
};

export const UInt64 = {
  min_value: 0n,
  max_value: U64_MAX,
  lit: (v: bigint | number): bigint => checkRange('UInt64', BigInt(v), 0n, U64_MAX),
  add: (a: bigint, b: bigint): bigint => wrapU64(a + b),
  sub: (a: bigint, b: bigint): bigint => wrapU64(a - b),
  mul: (a: bigint, b: bigint): bigint => wrapU64(a * b),
  div: (a: bigint, b: bigint): bigint => (b === 0n ? divByZero() : a / b),
  mod: (a: bigint, b: bigint): bigint => (b === 0n ? divByZero() : a % b),
  shl: (a: bigint, n: number): bigint => wrapU64(a << BigInt(n & 63)),
  shr: (a: bigint, n: number): bigint => a >> BigInt(n & 63),
  and: (a: bigint, b: bigint): bigint => a & b,
  or: (a: bigint, b: bigint): bigint => a | b,
  xor: (a: bigint, b: bigint): bigint => a ^ b,
  lnot: (a: bigint): bigint => wrapU64(~a),
  compare: cmp<bigint>,
  to_int: (a: bigint): number => Number(BigInt.asIntN(32, a)),
  to_uint: (a: bigint): number => Number(BigInt.asUintN(32, a)),
  to_byte: (a: bigint): number => Number(BigInt.asUintN(8, a)),
  to_int64: (a: bigint): bigint => wrapI64(a),
  reinterpret_as_int64: (a: bigint): bigint => wrapI64(a),
  to_double: (a: bigint): number => Number(a),
  to_float: (a: bigint): number => int64ToFloat(a),
  reinterpret_as_double: (a: bigint): number => bitsF64(a),
};

/**
 * Literal check and arithmetic of an integer type narrower than 32 bits: the
 * result of each 32-bit operation is brought back into range by `wrap`.
 */
function narrowArithmetic(name: string, wrap: (x: number) => number, min: bigint, max: bigint) {
  return {
    lit: (v: bigint | number): number => Number(checkRange(name, BigInt(v), min, max)),
    add: (a: number, b: number): number => wrap(a + b),
    sub: (a: number, b: number): number => wrap(a - b),
    mul: (a: number, b: number): number => wrap(Math.imul(a, b)),
    div: (a: number, b: number): number => (b === 0 ? divByZero() : wrap(Math.trunc(a / b))),
    mod: (a: number, b: number): number => (b === 0 ? divByZero() : wrap(a % b)),
  };
}

const b8 = (x: number): number => x & 0xff;
export const Byte = {
  min_value: 0,
  max_value: 0xff,
  ...narrowArithmetic('Byte', b8, 0n, 255n),
  shl: (a: number, n: number): number => b8(a << n),
  shr: (a: number, n: number): number => b8(a >>> n),
  and: (a: number, b: number): number => a & b,
  or: (a: number, b: number): number => a | b,
  xor: (a: number, b: number): number => a ^ b,
  lnot: (a: number): number => b8(~a),
  compare: cmp<number>,
  to_int: (a: number): number => a,
  to_uint: (a: number): number => a,
  to_char: (a: number): number => a,
  to_int64: (a: number): bigint => BigInt(a),
  to_uint64: (a: number): bigint => BigInt(a),
  to_double: (a: number): number => a,
  to_float: (a: number): number => a,
};

const w16 = (x: number): number => (x << 16) >> 16;
const u16 = (x: number): number => x & 0xffff;
export const Int16 = {
  min_value: -0x8000,
  max_value: 0x7fff,
  ...narrowArithmetic('Int16', w16, -0x8000n, 0x7fffn),
  neg: (a: number): number => w16(-a),
  // int16/int16.mbt: every operation goes through Int and is narrowed back.
  shl: (a: number, n: number): number => w16(a << n),
  shr: (a: number, n: number): number => w16(a >> n),
  and: (a: number, b: number): number => a & b,
  or: (a: number, b: number): number => a | b,
  xor: (a: number, b: number): number => a ^ b,
  lnot: (a: number): number => ~a,
  abs: (a: number): number => w16(Math.abs(a)),
  compare: cmp<number>,
  to_int: (a: number): number => a,
  to_int64: (a: number): bigint => BigInt(a),
  to_double: (a: number): number => a,
};
export const UInt16 = {
  min_value: 0,
  max_value: 0xffff,
  ...narrowArithmetic('UInt16', u16, 0n, 0xffffn),
  shl: (a: number, n: number): number => u16(a << n),
  shr: (a: number, n: number): number => a >>> n,
  and: (a: number, b: number): number => a & b,
  or: (a: number, b: number): number => a | b,
  xor: (a: number, b: number): number => a ^ b,
  lnot: (a: number): number => u16(~a),
  compare: cmp<number>,
  to_int: (a: number): number => a,
  to_int64: (a: number): bigint => BigInt(a),
  to_double: (a: number): number => a,
};

const dcmp = (a: number, b: number): number => (a < b ? -1 : a > b ? 1 : 0);

export const Double = {
  add: (a: number, b: number): number => a + b,
  sub: (a: number, b: number): number => a - b,
  mul: (a: number, b: number): number => a * b,
  div: (a: number, b: number): number => a / b,
  mod: (a: number, b: number): number => a % b,
  neg: (a: number): number => -a,
  compare: dcmp,
  to_int: (a: number): number => satTrunc(a, I32_MIN, I32_MAX),
  to_uint: (a: number): number => satTrunc(a, 0, U32_MAX),
  to_int64: (a: number): bigint => satTruncBig(a, I64_MIN, I64_MAX),
  to_uint64: (a: number): bigint => satTruncBig(a, 0n, U64_MAX),
  to_float: (a: number): number => Math.fround(a),
  to_double: (a: number): number => a,
  reinterpret_as_int64: (a: number): bigint => wrapI64(f64Bits(a)),
  reinterpret_as_uint64: (a: number): bigint => f64Bits(a),
  abs: Math.abs,
  sqrt: Math.sqrt,
  floor: Math.floor,
  ceil: Math.ceil,
  trunc: Math.trunc,
  is_nan: Number.isNaN,
};

const fr = Math.fround;
export const Float = {
  lit: (v: number): number => fr(v),
  add: (a: number, b: number): number => fr(a + b),
  sub: (a: number, b: number): number => fr(a - b),
  mul: (a: number, b: number): number => fr(a * b),
  div: (a: number, b: number): number => fr(a / b),
  mod: (a: number, b: number): number => fr(a % b),
  neg: (a: number): number => -a,
  compare: dcmp,
  to_double: (a: number): number => a,
  to_int: (a: number): number => satTrunc(a, I32_MIN, I32_MAX),
  reinterpret_as_int: (a: number): number => f32Bits(a) | 0,
  reinterpret_as_uint: (a: number): number => f32Bits(a),
  abs: (a: number): number => Math.abs(a),
  sqrt: (a: number): number => fr(Math.sqrt(a)),
};
