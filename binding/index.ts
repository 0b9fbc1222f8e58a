// The public binding: every name of binding/surface.mbti's covered sections,
// with precise TypeScript types. Handles are opaque, branded objects owned by
// the native addon (see native/src/common.h for the ownership rules).
//
// The async, threads-running-wasm and WASI sections live in
// binding/async_wasi.ts and are re-exported below.
import { Err, Failure, Ok, type Result } from './moonbit.ts';
import { native as N } from './native.ts';

export { signatures, parseSurface } from './signatures.ts';
export type { Signature, FnSignature, ConstSignature, Param, ParamLabel } from './signatures.ts';
export { Ok, Err, Failure, type Result } from './moonbit.ts';

// ---- opaque handle types -------------------------------------------------------
declare const handleKind: unique symbol;
/** An opaque native handle; `K` names its kind. Only the binding creates them. */
export interface Handle<K extends string> {
  readonly [handleKind]: K;
}
export type Engine = Handle<'Engine'>;
export type Config = Handle<'Config'>;
export type Store = Handle<'Store'>;
export type WasmtimeStore = Handle<'WasmtimeStore'>;
export type Context = Handle<'Context'>;
export type WasmtimeError = Handle<'WasmtimeError'>;
export type FuncType = Handle<'FuncType'>;
export type Module = Handle<'Module'>;
export type Linker = Handle<'Linker'>;
export type Instance = Handle<'Instance'>;
export type CallFuture = Handle<'CallFuture'>;
export type CallFutureThread = Handle<'CallFutureThread'>;
export type WasmJob = Handle<'WasmJob'>;
export type WasiJob = Handle<'WasiJob'>;
export type WasiConfig = Handle<'WasiConfig'>;

/** MoonBit `Bytes`. */
export type Bytes = Uint8Array;
/** MoonBit `UInt64` / `Int64` as accepted on input (a safe integer number is fine too). */
export type U64Input = bigint | number;
export type I64Input = bigint | number;
type Unit = undefined;

// ---- constants ------------------------------------------------------------------
export const VALKIND_I32 = 0;
export const VALKIND_I64 = 1;
export const VALKIND_F32 = 2;
export const VALKIND_F64 = 3;
export const VALKIND_V128 = 4;
export const VALKIND_EXTERNREF = 128;
export const VALKIND_FUNCREF = 129;
export const STRATEGY_AUTO = 0;
export const STRATEGY_CRANELIFT = 1;
export const OPT_LEVEL_NONE = 0;
export const OPT_LEVEL_SPEED = 1;
export const OPT_LEVEL_SPEED_AND_SIZE = 2;
export const PROFILING_STRATEGY_NONE = 0;
export const PROFILING_STRATEGY_JITDUMP = 1;
export const PROFILING_STRATEGY_VTUNE = 2;
export const PROFILING_STRATEGY_PERFMAP = 3;
export const WASI_DIR_PERMS_READ = 1;
export const WASI_DIR_PERMS_WRITE = 2;
export const WASI_FILE_PERMS_READ = 1;
export const WASI_FILE_PERMS_WRITE = 2;

// ---- version ----------------------------------------------------------------------
/** Version of the linked Wasmtime library (from the build, e.g. "49.0.0"). */
export function version(): string { return N.version(); }

// ---- engine / store ----------------------------------------------------------------
export function engine_new(): Engine { return N.engine_new(); }
/** Consumes `config`: using it afterwards throws. */
export function engine_new_with_config(config: Config): Engine { return N.engine_new_with_config(config); }
/** Throws if a live store, module or linker still uses the engine. */
export function engine_delete(engine: Engine): Unit { return N.engine_delete(engine); }
export function engine_increment_epoch(engine: Engine): Unit { return N.engine_increment_epoch(engine); }
export function store_new(engine: Engine): Store { return N.store_new(engine); }
export function store_delete(store: Store): Unit { return N.store_delete(store); }
export function wasmtime_store_new(engine: Engine): WasmtimeStore { return N.wasmtime_store_new(engine); }
export function wasmtime_store_context(store: WasmtimeStore): Context { return N.wasmtime_store_context(store); }
export function wasmtime_store_delete(store: WasmtimeStore): Unit { return N.wasmtime_store_delete(store); }
export function context_set_fuel(context: Context, fuel: U64Input): WasmtimeError {
  return N.context_set_fuel(context, fuel);
}
/** Raises Failure when fuel consumption is not enabled. */
export function context_get_fuel(context: Context): bigint { return N.context_get_fuel(context); }
export function context_set_epoch_deadline(context: Context, ticks: U64Input): Unit {
  return N.context_set_epoch_deadline(context, ticks);
}
export function context_gc(context: Context): Unit { return N.context_gc(context); }

// ---- config -------------------------------------------------------------------------
export function config_new(): Config { return N.config_new(); }
export function config_delete(config: Config): Unit { return N.config_delete(config); }

type BoolSetter = (config: Config, enable: boolean) => Unit;
type U64Setter = (config: Config, value: U64Input) => Unit;
type IntSetter = (config: Config, value: number) => Unit;
const boolSetter = (name: string): BoolSetter => {
  const f = N[name];
  return (config, enable) => f(config, enable);
};
const u64Setter = (name: string): U64Setter => {
  const f = N[name];
  return (config, value) => f(config, value);
};
const intSetter = (name: string): IntSetter => {
  const f = N[name];
  return (config, value) => f(config, value);
};
export const config_debug_info_set = boolSetter('config_debug_info_set');
export const config_consume_fuel_set = boolSetter('config_consume_fuel_set');
export const config_epoch_interruption_set = boolSetter('config_epoch_interruption_set');
export const config_max_wasm_stack_set = u64Setter('config_max_wasm_stack_set');
export const config_async_stack_size_set = u64Setter('config_async_stack_size_set');
export const config_wasm_threads_set = boolSetter('config_wasm_threads_set');
export const config_shared_memory_set = boolSetter('config_shared_memory_set');
export const config_wasm_tail_call_set = boolSetter('config_wasm_tail_call_set');
export const config_wasm_reference_types_set = boolSetter('config_wasm_reference_types_set');
export const config_wasm_function_references_set = boolSetter('config_wasm_function_references_set');
export const config_wasm_gc_set = boolSetter('config_wasm_gc_set');
export const config_wasm_simd_set = boolSetter('config_wasm_simd_set');
export const config_wasm_relaxed_simd_set = boolSetter('config_wasm_relaxed_simd_set');
export const config_wasm_relaxed_simd_deterministic_set = boolSetter('config_wasm_relaxed_simd_deterministic_set');
export const config_wasm_bulk_memory_set = boolSetter('config_wasm_bulk_memory_set');
export const config_wasm_multi_value_set = boolSetter('config_wasm_multi_value_set');
export const config_wasm_multi_memory_set = boolSetter('config_wasm_multi_memory_set');
export const config_wasm_memory64_set = boolSetter('config_wasm_memory64_set');
export const config_wasm_stack_switching_set = boolSetter('config_wasm_stack_switching_set');
export const config_wasm_wide_arithmetic_set = boolSetter('config_wasm_wide_arithmetic_set');
export const config_wasm_exceptions_set = boolSetter('config_wasm_exceptions_set');
export const config_wasm_custom_page_sizes_set = boolSetter('config_wasm_custom_page_sizes_set');
export const config_wasm_branch_hinting_set = boolSetter('config_wasm_branch_hinting_set');
export const config_wasm_component_model_set = boolSetter('config_wasm_component_model_set');
export const config_gc_support_set = boolSetter('config_gc_support_set');
export const config_concurrency_support_set = boolSetter('config_concurrency_support_set');
/** STRATEGY_AUTO | STRATEGY_CRANELIFT; other values throw RangeError. */
export const config_strategy_set = intSetter('config_strategy_set');
export const config_parallel_compilation_set = boolSetter('config_parallel_compilation_set');
export const config_cranelift_debug_verifier_set = boolSetter('config_cranelift_debug_verifier_set');
export const config_cranelift_nan_canonicalization_set = boolSetter('config_cranelift_nan_canonicalization_set');
/** OPT_LEVEL_*; other values throw RangeError. */
export const config_cranelift_opt_level_set = intSetter('config_cranelift_opt_level_set');
export function config_cranelift_flag_enable(config: Config, flag: string): Unit {
  return N.config_cranelift_flag_enable(config, flag);
}
export function config_cranelift_flag_set(config: Config, key: string, value: string): Unit {
  return N.config_cranelift_flag_set(config, key, value);
}
/** PROFILING_STRATEGY_*; other values throw RangeError. */
export const config_profiler_set = intSetter('config_profiler_set');
export const config_memory_may_move_set = boolSetter('config_memory_may_move_set');
export const config_memory_reservation_set = u64Setter('config_memory_reservation_set');
export const config_memory_guard_size_set = u64Setter('config_memory_guard_size_set');
export const config_memory_reservation_for_growth_set = u64Setter('config_memory_reservation_for_growth_set');
export const config_memory_init_cow_set = boolSetter('config_memory_init_cow_set');
export const config_native_unwind_info_set = boolSetter('config_native_unwind_info_set');
export const config_macos_use_mach_ports_set = boolSetter('config_macos_use_mach_ports_set');
export const config_signals_based_traps_set = boolSetter('config_signals_based_traps_set');
/** A null error (error_is_null → true) means success. */
export function config_target_set(config: Config, target: string): WasmtimeError {
  return N.config_target_set(config, target);
}
export function config_cache_config_load(config: Config, path: string): WasmtimeError {
  return N.config_cache_config_load(config, path);
}
export function config_cache_config_load_default(config: Config): WasmtimeError {
  return N.config_cache_config_load_default(config);
}

// ---- errors and out-pointer buffers ---------------------------------------------------
export function error_is_null(error: WasmtimeError): boolean { return N.error_is_null(error); }
export function error_delete(error: WasmtimeError): Unit { return N.error_delete(error); }
export function error_message(error: WasmtimeError): string { return N.error_message(error); }
/** 8 bytes; holds a binding-issued token for a native error/trap, never an address. */
export function make_ptr_buffer(): Bytes { return N.make_ptr_buffer(); }
export function ptr_buffer_is_null(buffer: Bytes): boolean { return N.ptr_buffer_is_null(buffer); }
/** Deletes what the buffer holds (if anything) and zeroes it. */
export function ptr_buffer_clear(buffer: Bytes): Unit { return N.ptr_buffer_clear(buffer); }
/** The raw 8 bytes as a number: 0 when null, otherwise an opaque token. */
export function ptr_buffer_read_u64(buffer: Bytes): bigint { return N.ptr_buffer_read_u64(buffer); }
export function error_delete_ptr_buffer(buffer: Bytes): Unit { return N.error_delete_ptr_buffer(buffer); }
export function trap_delete_ptr_buffer(buffer: Bytes): Unit { return N.trap_delete_ptr_buffer(buffer); }
export function error_message_ptr_buffer(buffer: Bytes): string { return N.error_message_ptr_buffer(buffer); }
export function trap_message_ptr_buffer(buffer: Bytes): string { return N.trap_message_ptr_buffer(buffer); }

// ---- values -----------------------------------------------------------------------------
// wasmtime_val_t is a fixed ABI fact (32 bytes: kind u8 at 0, payload at 8),
// static_asserted in native/src/wasmtime_api.h and cross-checked here at load,
// so reading and writing slots happens in JavaScript without a native call.
const VAL_SIZE = 32;
const KIND_OFFSET = 0;
const PAYLOAD = 8;
const FUNC_SIZE = 16;
{
  const l = N.layout;
  if (l.valSize !== VAL_SIZE || l.valKindOffset !== KIND_OFFSET || l.valPayloadOffset !== PAYLOAD
    || l.funcSize !== FUNC_SIZE) {
    throw new Error(`wasmtime binding: native layout ${JSON.stringify(l)} disagrees with binding/index.ts`);
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
export function val_buffer_get_i32(buffer: Bytes, index: number): number {
  const o = slot('val_buffer_get_i32', buffer, index) + PAYLOAD;
  return buffer[o]! | (buffer[o + 1]! << 8) | (buffer[o + 2]! << 16) | (buffer[o + 3]! << 24);
}
function load8(buffer: Bytes, o: number): void {
  for (let i = 0; i < 8; i++) scratchU8[i] = buffer[o + i]!;
}
function store8(buffer: Bytes, o: number, n: number): void {
  for (let i = 0; i < n; i++) buffer[o + i] = scratchU8[i]!;
}
export function val_buffer_get_i64(buffer: Bytes, index: number): bigint {
  load8(buffer, slot('val_buffer_get_i64', buffer, index) + PAYLOAD);
  return scratchI64[0]!;
}
export function val_buffer_get_f32(buffer: Bytes, index: number): number {
  load8(buffer, slot('val_buffer_get_f32', buffer, index) + PAYLOAD);
  return scratchF32[0]!;
}
export function val_buffer_get_f64(buffer: Bytes, index: number): number {
  load8(buffer, slot('val_buffer_get_f64', buffer, index) + PAYLOAD);
  return scratchF64[0]!;
}
export function val_buffer_set_i32(buffer: Bytes, index: number, value: number): Unit {
  const s = slot('val_buffer_set_i32', buffer, index);
  if (typeof value !== 'number' || (value | 0) !== value) {
    throw new TypeError(`val_buffer_set_i32: value must be a 32-bit signed integer, got ${String(value)}`);
  }
  buffer[s + KIND_OFFSET] = WASMTIME_I32;
  const o = s + PAYLOAD;
  buffer[o] = value;
  buffer[o + 1] = value >> 8;
  buffer[o + 2] = value >> 16;
  buffer[o + 3] = value >> 24;
  return undefined;
}
export function val_buffer_set_i64(buffer: Bytes, index: number, value: I64Input): Unit {
  const s = slot('val_buffer_set_i64', buffer, index);
  const big = typeof value === 'bigint' ? value
    : typeof value === 'number' && Number.isSafeInteger(value) ? BigInt(value) : undefined;
  if (big === undefined || BigInt.asIntN(64, big) !== big) {
    throw new TypeError(`val_buffer_set_i64: value must be an Int64 (bigint or safe integer), got ${String(value)}`);
  }
  buffer[s + KIND_OFFSET] = WASMTIME_I64;
  scratchI64[0] = big;
  store8(buffer, s + PAYLOAD, 8);
  return undefined;
}
export function val_buffer_set_f32(buffer: Bytes, index: number, value: number): Unit {
  const s = slot('val_buffer_set_f32', buffer, index);
  if (typeof value !== 'number') throw new TypeError(`val_buffer_set_f32: value must be a number`);
  buffer[s + KIND_OFFSET] = WASMTIME_F32;
  scratchF32[0] = value;
  store8(buffer, s + PAYLOAD, 4);
  return undefined;
}
export function val_buffer_set_f64(buffer: Bytes, index: number, value: number): Unit {
  const s = slot('val_buffer_set_f64', buffer, index);
  if (typeof value !== 'number') throw new TypeError(`val_buffer_set_f64: value must be a number`);
  buffer[s + KIND_OFFSET] = WASMTIME_F64;
  scratchF64[0] = value;
  store8(buffer, s + PAYLOAD, 8);
  return undefined;
}
/** The slot's wasmtime_valkind_t (0 i32, 1 i64, 2 f32, 3 f64, 4 v128, 5 funcref, 6 externref, ...). */
export function val_buffer_kind(buffer: Bytes, index: number): number {
  return buffer[slot('val_buffer_kind', buffer, index) + KIND_OFFSET]!;
}

// ---- function types and host functions -----------------------------------------------------
/** Each byte is a VALKIND_*; an invalid kind gives a null FuncType (functype_is_null). */
export function functype_new_from_valkinds(params: Bytes, results: Bytes): FuncType {
  return N.functype_new_from_valkinds(params, results);
}
export function functype_new_from_valkinds_or_raise(params: Bytes, results: Bytes): FuncType {
  return N.functype_new_from_valkinds_or_raise(params, results);
}
export function functype_new_from_valkinds_result(params: Bytes, results: Bytes): Result<FuncType> {
  return N.functype_new_from_valkinds_result(params, results);
}
export function functype_is_null(ty: FuncType): boolean { return N.functype_is_null(ty); }
export function functype_delete(ty: FuncType): Unit { return N.functype_delete(ty); }
/** Address of the built-in no-op host callback (the only callback accepted below). */
export function func_noop_callback_ptr(): bigint { return N.func_noop_callback_ptr(); }
/** Creates a host function; `env` and `finalizer` must be 0. Returns the 16-byte wasmtime_func_t. */
export function func_buffer_new_with_ptr(context: Context, ty: FuncType, callback: U64Input, env: U64Input,
  finalizer: U64Input): Bytes {
  return N.func_buffer_new_with_ptr(context, ty, callback, env, finalizer);
}
export function func_sizeof(): number { return FUNC_SIZE; }

// ---- modules, linkers, instances, sync calls -------------------------------------------------
export function module_new_from_wat_or_raise(engine: Engine, wat: string): Module {
  return N.module_new_from_wat_or_raise(engine, wat);
}
export function module_new_or_raise(engine: Engine, wasm: Bytes): Module { return N.module_new_or_raise(engine, wasm); }
export function module_serialize_or_raise(module: Module): Bytes { return N.module_serialize_or_raise(module); }
/** Only accepts bytes produced by module_serialize_or_raise in this process. */
export function module_deserialize_or_raise(engine: Engine, bytes: Bytes): Module {
  return N.module_deserialize_or_raise(engine, bytes);
}
export function module_delete(module: Module): Unit { return N.module_delete(module); }
export function wat2wasm_or_raise(wat: string): Bytes { return N.wat2wasm_or_raise(wat); }
export function linker_new(engine: Engine): Linker { return N.linker_new(engine); }
export function linker_delete(linker: Linker): Unit { return N.linker_delete(linker); }
export function linker_define_wasi_or_raise(linker: Linker): Unit { return N.linker_define_wasi_or_raise(linker); }
export function linker_instantiate_or_raise(linker: Linker, context: Context, module: Module): Instance {
  return N.linker_instantiate_or_raise(linker, context, module);
}
export function instance_new_or_raise(context: Context, module: Module): Instance {
  return N.instance_new_or_raise(context, module);
}
export function instance_export_func_or_raise(context: Context, instance: Instance, name: string): Bytes {
  return N.instance_export_func_or_raise(context, instance, name);
}
// Synchronous calls. When every buffer is a Uint8Array (checked here, almost
// for free) the native side may skip telling typed-array kinds apart; anything
// else goes to the strict entry point, which reports what is wrong.
const callViewsOrRaise = N._func_call_sync_or_raise_views;
const callViewsAutoclean = N._func_call_sync_result_autoclean_views;

/** Ok(undefined), or Err(Failure) carrying the trap/error text; both pointer buffers stay null. */
export function func_call_sync_result_autoclean(context: Context, func: Bytes, args: Bytes, results: Bytes,
  trap_ptr: Bytes, err_ptr: Bytes): Result<undefined> {
  if (func instanceof Uint8Array && args instanceof Uint8Array && results instanceof Uint8Array
    && trap_ptr instanceof Uint8Array && err_ptr instanceof Uint8Array) {
    return callViewsAutoclean(context, func, args, results, trap_ptr, err_ptr);
  }
  return N.func_call_sync_result_autoclean(context, func, args, results, trap_ptr, err_ptr);
}
export function func_call_sync_or_raise(context: Context, func: Bytes, args: Bytes, results: Bytes): Unit {
  if (func instanceof Uint8Array && args instanceof Uint8Array && results instanceof Uint8Array) {
    return callViewsOrRaise(context, func, args, results);
  }
  return N.func_call_sync_or_raise(context, func, args, results);
}

// ---- async, threads running wasm, WASI (binding/async_wasi.ts) -------------------------------
export * from './async_wasi.ts';

// ---- internal helpers (not part of surface.mbti; for tests) ------------------------------------
export const _internal = {
  /** Puts a new error/trap with `message` into a null ptr buffer. */
  fillPtrBuffer(buffer: Bytes, kind: 'error' | 'trap', message: string): void {
    N._test_fill_ptr_buffer(buffer, kind, message);
  },
  /** Number of live ptr-buffer tokens in the native registry. */
  liveTokens(): number { return N._test_live_tokens(); },
  /** An External whose pointer is not a handle of this binding (as another addon would make). */
  foreignExternal(): unknown { return N._test_foreign_external(); },
  /** Differences between the native live-handle set and a reference set over `n` random operations. */
  pointerSetMismatches(n: number, seed: bigint): number { return N._test_pointer_set(n, seed); },
};
