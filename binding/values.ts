// The values section of binding/surface.mbti (re-exported by binding/index.ts):
// buffers of wasmtime_val_t slots, read and written in JavaScript.
//
// wasmtime_val_t is a fixed ABI fact (32 bytes: kind u8 at 0, payload at 8),
// static_asserted in native/src/wasmtime_api.h and cross-checked here at load.
// Each accessor has two names: upstream's lower-level val_*_at and its
// val_buffer_* wrapper, which behave the same here.
import { Err, Failure, Ok, type Result } from './moonbit.ts';
import { native as N } from './native.ts';
import type { Bytes, I64Input } from './index.ts';

type Unit = undefined;

const VAL_SIZE = 32;
const KIND_OFFSET = 0;
const PAYLOAD = 8;
{
  const l = N.layout;
  if (l.valSize !== VAL_SIZE || l.valKindOffset !== KIND_OFFSET || l.valPayloadOffset !== PAYLOAD) {
    throw new Error(`wasmtime binding: native layout ${JSON.stringify(l)} disagrees with binding/values.ts`);
  }
}
// wasmtime_valkind_t numbers (what val_buffer_kind reports).
const WASMTIME_I32 = 0;
const WASMTIME_I64 = 1;
const WASMTIME_F32 = 2;
const WASMTIME_F64 = 3;
const MAX_VALS = 1 << 20;

const scratch = new ArrayBuffer(8);
const scratchU8 = new Uint8Array(scratch);
const scratchI64 = new BigInt64Array(scratch);
const scratchF32 = new Float32Array(scratch);
const scratchF64 = new Float64Array(scratch);

function valBufferError(fn: string, buffer: unknown): string | undefined {
  if (!(buffer instanceof Uint8Array)) return `${fn}: expected a Uint8Array value buffer`;
  if (buffer.length % VAL_SIZE !== 0) {
    return `${fn}: value buffer length ${buffer.length} is not a multiple of ${VAL_SIZE} (val_sizeof())`;
  }
  return undefined;
}

/** Byte offset of slot `index`, after checking buffer and index. */
function slot(fn: string, buffer: Bytes, index: number): number {
  if (!(buffer instanceof Uint8Array) || buffer.length % VAL_SIZE !== 0) {
    throw new TypeError(valBufferError(fn, buffer));
  }
  const n = buffer.length / VAL_SIZE;
  if (!Number.isInteger(index) || index < 0 || index >= n) {
    throw new RangeError(`${fn}: index ${String(index)} out of range for a buffer of ${n} value(s)`);
  }
  return index * VAL_SIZE;
}

export function val_sizeof(): number { return VAL_SIZE; }
/** `n` zeroed wasmtime_val_t slots. */
export function make_val_buffer(n: number): Bytes {
  if (!Number.isInteger(n) || n < 0 || n > MAX_VALS) {
    throw new RangeError(`make_val_buffer: count must be an integer in 0..${MAX_VALS}, got ${String(n)}`);
  }
  return new Uint8Array(n * VAL_SIZE);
}
export function val_buffer_count(buffer: Bytes): number {
  const e = valBufferError('val_buffer_count', buffer);
  if (e) throw new TypeError(e);
  return buffer.length / VAL_SIZE;
}
export function val_buffer_count_or_raise(buffer: Bytes): number {
  const e = valBufferError('val_buffer_count_or_raise', buffer);
  if (e) throw new Failure(e);
  return buffer.length / VAL_SIZE;
}
export function val_buffer_count_result(buffer: Bytes): Result<number> {
  const e = valBufferError('val_buffer_count_result', buffer);
  return e ? new Err(new Failure(e)) : new Ok(buffer.length / VAL_SIZE);
}

function load8(buffer: Bytes, o: number): void {
  for (let i = 0; i < 8; i++) scratchU8[i] = buffer[o + i]!;
}
function store8(buffer: Bytes, o: number, n: number): void {
  for (let i = 0; i < n; i++) buffer[o + i] = scratchU8[i]!;
}

// Getters read the payload whatever the slot's kind, as the C accessors do.
const getI32 = (fn: string) => (buffer: Bytes, index: number): number => {
  const o = slot(fn, buffer, index) + PAYLOAD;
  return buffer[o]! | (buffer[o + 1]! << 8) | (buffer[o + 2]! << 16) | (buffer[o + 3]! << 24);
};
const getI64 = (fn: string) => (buffer: Bytes, index: number): bigint => {
  load8(buffer, slot(fn, buffer, index) + PAYLOAD);
  return scratchI64[0]!;
};
const getF32 = (fn: string) => (buffer: Bytes, index: number): number => {
  load8(buffer, slot(fn, buffer, index) + PAYLOAD);
  return scratchF32[0]!;
};
const getF64 = (fn: string) => (buffer: Bytes, index: number): number => {
  load8(buffer, slot(fn, buffer, index) + PAYLOAD);
  return scratchF64[0]!;
};

// Setters leave the slot as upstream's do: the kind, the payload, zeros
// elsewhere (so an i32 written over an i64 leaves no stale high bytes). Slots
// the binding writes (here, and results, see NormalizeResult in
// native/src/common.h) always have that form, so a slot of the same kind only
// needs its payload overwritten (clearing all 32 bytes on every set adds
// about a sixth to a call cycle that sets two arguments).
function clearSlot(buffer: Bytes, s: number, kind: number): number {
  if (buffer[s + KIND_OFFSET] !== kind) buffer.fill(0, s, s + VAL_SIZE);
  buffer[s + KIND_OFFSET] = kind;
  return s + PAYLOAD;
}
const setI32 = (fn: string) => (buffer: Bytes, index: number, value: number): Unit => {
  const s = slot(fn, buffer, index);
  if (typeof value !== 'number' || (value | 0) !== value) {
    throw new TypeError(`${fn}: value must be a 32-bit signed integer, got ${String(value)}`);
  }
  const o = clearSlot(buffer, s, WASMTIME_I32);
  buffer[o] = value;
  buffer[o + 1] = value >> 8;
  buffer[o + 2] = value >> 16;
  buffer[o + 3] = value >> 24;
  return undefined;
};
const setI64 = (fn: string) => (buffer: Bytes, index: number, value: I64Input): Unit => {
  const s = slot(fn, buffer, index);
  const big = typeof value === 'bigint' ? value
    : typeof value === 'number' && Number.isSafeInteger(value) ? BigInt(value) : undefined;
  if (big === undefined || BigInt.asIntN(64, big) !== big) {
    throw new TypeError(`${fn}: value must be an Int64 (bigint or safe integer), got ${String(value)}`);
  }
  scratchI64[0] = big;
  store8(buffer, clearSlot(buffer, s, WASMTIME_I64), 8);
  return undefined;
};
const setF32 = (fn: string) => (buffer: Bytes, index: number, value: number): Unit => {
  const s = slot(fn, buffer, index);
  if (typeof value !== 'number') throw new TypeError(`${fn}: value must be a number`);
  scratchF32[0] = value;
  store8(buffer, clearSlot(buffer, s, WASMTIME_F32), 4);
  return undefined;
};
const setF64 = (fn: string) => (buffer: Bytes, index: number, value: number): Unit => {
  const s = slot(fn, buffer, index);
  if (typeof value !== 'number') throw new TypeError(`${fn}: value must be a number`);
  scratchF64[0] = value;
  store8(buffer, clearSlot(buffer, s, WASMTIME_F64), 8);
  return undefined;
};
/** The slot's wasmtime_valkind_t (0 i32, 1 i64, 2 f32, 3 f64, 4 v128, 5 funcref, 6 externref, ...). */
const kindAt = (fn: string) => (buffer: Bytes, index: number): number =>
  buffer[slot(fn, buffer, index) + KIND_OFFSET]!;
/**
 * Releases the slot's value and zeroes the slot. The binding never puts a
 * live reference into JavaScript memory (reference results arrive with a
 * cleared payload), so there is no root to release: zeroing is all there is.
 */
const unrootAt = (fn: string) => (buffer: Bytes, index: number): Unit => {
  const s = slot(fn, buffer, index);
  buffer.fill(0, s, s + VAL_SIZE);
  return undefined;
};

export const val_buffer_get_i32 = getI32('val_buffer_get_i32');
export const val_buffer_get_i64 = getI64('val_buffer_get_i64');
export const val_buffer_get_f32 = getF32('val_buffer_get_f32');
export const val_buffer_get_f64 = getF64('val_buffer_get_f64');
export const val_buffer_set_i32 = setI32('val_buffer_set_i32');
export const val_buffer_set_i64 = setI64('val_buffer_set_i64');
export const val_buffer_set_f32 = setF32('val_buffer_set_f32');
export const val_buffer_set_f64 = setF64('val_buffer_set_f64');
export const val_buffer_kind = kindAt('val_buffer_kind');
export const val_buffer_unroot_at = unrootAt('val_buffer_unroot_at');

export const val_get_i32_at = getI32('val_get_i32_at');
export const val_get_i64_at = getI64('val_get_i64_at');
export const val_get_f32_at = getF32('val_get_f32_at');
export const val_get_f64_at = getF64('val_get_f64_at');
export const val_set_i32_at = setI32('val_set_i32_at');
export const val_set_i64_at = setI64('val_set_i64_at');
export const val_set_f32_at = setF32('val_set_f32_at');
export const val_set_f64_at = setF64('val_set_f64_at');
export const val_kind_at = kindAt('val_kind_at');
export const val_unroot_at = unrootAt('val_unroot_at');
