import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Int, UInt, Int64, UInt64, Byte, Int16, UInt16, Float, Double } from '../../../harness/runtime/ints.ts';
import { Panic, Some, None } from '../../../harness/runtime/values.ts';

test('Int add/sub/neg wrap at 32 bits', () => {
  assert.equal(Int.add(2147483647, 1), -2147483648);
  assert.equal(Int.sub(-2147483648, 1), 2147483647);
  assert.equal(Int.neg(-2147483648), -2147483648);
  assert.equal(Int.add(1, 2), 3);
});

test('Int mul wraps (Math.imul), not float-rounded', () => {
  assert.equal(Int.mul(65536, 65536), 0);
  assert.equal(Int.mul(123456789, 987654321), -67153019);
  assert.equal(Int.mul(2147483647, 2), -2);
});

test('Int div/mod truncate toward zero; by zero panics; MIN / -1 wraps', () => {
  assert.equal(Int.div(7, 2), 3);
  assert.equal(Int.div(-7, 2), -3);
  assert.equal(Int.mod(-7, 2), -1);
  assert.equal(Int.mod(7, -2), 1);
  assert.throws(() => Int.div(1, 0), Panic);
  assert.throws(() => Int.mod(1, 0), Panic);
  assert.equal(Int.div(-2147483648, -1), -2147483648);
  assert.equal(Object.is(Int.mod(-2147483648, -1), 0), true);
});

test('Int shifts mask the count to 5 bits; shr is arithmetic', () => {
  assert.equal(Int.shl(1, 31), -2147483648);
  assert.equal(Int.shl(1, 32), 1);
  assert.equal(Int.shl(1, 33), 2);
  assert.equal(Int.shr(-8, 1), -4);
  assert.equal(Int.shr(-1, 32), -1);
  assert.equal(Int.lnot(0), -1);
  assert.equal(Int.xor(0b1100, 0b1010), 0b0110);
});

test('UInt wraps modulo 2^32, shr is logical', () => {
  assert.equal(UInt.add(4294967295, 1), 0);
  assert.equal(UInt.sub(0, 1), 4294967295);
  assert.equal(UInt.mul(65536, 65537), 65536);
  assert.equal(UInt.shr(0x80000000, 31), 1);
  assert.equal(UInt.shl(1, 31), 2147483648);
  assert.equal(UInt.lnot(0), 4294967295);
  assert.equal(UInt.div(4294967295, 2), 2147483647);
  assert.equal(UInt.reinterpret_as_int(4294967295), -1);
  assert.equal(Int.reinterpret_as_uint(-1), 4294967295);
  assert.throws(() => UInt.div(1, 0), Panic);
});

test('Int64 wraps at 64 bits; shifts mask to 6 bits', () => {
  const max = (1n << 63n) - 1n;
  assert.equal(Int64.add(max, 1n), -(1n << 63n));
  assert.equal(Int64.mul(1n << 62n, 4n), 0n);
  assert.equal(Int64.shl(1n, 64), 1n);
  assert.equal(Int64.shl(1n, 63), -(1n << 63n));
  assert.equal(Int64.shr(-16n, 2), -4n);
  assert.equal(Int64.div(-7n, 2n), -3n);
  assert.equal(Int64.div(-(1n << 63n), -1n), -(1n << 63n));
  assert.throws(() => Int64.div(1n, 0n), Panic);
  assert.equal(Int64.to_int(0x1_0000_0001n), 1);
  assert.equal(Int64.to_int(0xffff_ffffn), -1);
  assert.equal(Int64.reinterpret_as_uint64(-1n), (1n << 64n) - 1n);
});

test('UInt64 wraps modulo 2^64, shr is logical', () => {
  assert.equal(UInt64.sub(0n, 1n), (1n << 64n) - 1n);
  assert.equal(UInt64.add((1n << 64n) - 1n, 2n), 1n);
  assert.equal(UInt64.shr((1n << 64n) - 1n, 63), 1n);
  assert.equal(UInt64.shl(1n, 64), 1n);
  assert.equal(UInt64.lnot(0n), (1n << 64n) - 1n);
  assert.equal(UInt64.reinterpret_as_int64((1n << 64n) - 1n), -1n);
});

test('Byte arithmetic wraps to 8 bits', () => {
  assert.equal(Byte.add(255, 1), 0);
  assert.equal(Byte.sub(0, 1), 255);
  assert.equal(Byte.mul(16, 17), 16);
  assert.equal(Byte.shl(0x81, 1), 0x02);
  assert.equal(Byte.shr(0x80, 7), 1);
  assert.equal(Byte.lnot(0x0f), 0xf0);
  assert.equal(Int.to_byte(-1), 255);
  assert.equal(Int.to_byte(256), 0);
});

test('Int16 / UInt16 wrap', () => {
  assert.equal(Int16.add(32767, 1), -32768);
  assert.equal(UInt16.sub(0, 1), 65535);
});

test('Float rounds after each op; Double conversions saturate', () => {
  assert.equal(Float.add(Math.fround(0.1), Math.fround(0.2)), Math.fround(Math.fround(0.1) + Math.fround(0.2)));
  assert.notEqual(Float.add(Math.fround(0.1), Math.fround(0.2)), 0.1 + 0.2);
  assert.equal(Float.lit(0.1), Math.fround(0.1));
  assert.equal(Double.to_int(3.9), 3);
  assert.equal(Double.to_int(-3.9), -3);
  assert.equal(Double.to_int(1e20), 2147483647);
  assert.equal(Double.to_int(-1e20), -2147483648);
  assert.equal(Double.to_int(NaN), 0);
  assert.equal(Double.to_int64(1e30), (1n << 63n) - 1n);
  assert.equal(Double.to_uint(-5), 0);
  assert.equal(Double.reinterpret_as_uint64(1), 0x3ff0000000000000n);
  assert.equal(Int64.reinterpret_as_double(0x3ff0000000000000n), 1);
  assert.equal(Float.reinterpret_as_uint(1), 0x3f800000);
});

test('conversions', () => {
  assert.equal(Int.to_int64(-1), -1n);
  assert.equal(Int.to_uint64(-1), (1n << 64n) - 1n);
  assert.equal(Int.to_double(5), 5);
  assert.deepEqual(Int.to_char(97), new Some(97));
  assert.equal(Int.to_char(0xd800), None);
  assert.equal(Int.to_char(0x110000), None);
  assert.equal(Int.unsafe_to_char(0x1f680), 0x1f680);
  assert.equal(UInt.to_uint64(4294967295), 4294967295n);
});

test('literal helpers validate range', () => {
  assert.equal(Int.lit(2147483647n), 2147483647);
  assert.throws(() => Int.lit(2147483648n), RangeError);
  assert.equal(Int64.lit(-(1n << 63n)), -(1n << 63n));
  assert.throws(() => UInt64.lit(-1n), RangeError);
  assert.throws(() => Byte.lit(256n), RangeError);
  assert.equal(UInt.lit(4294967295n), 4294967295);
});
