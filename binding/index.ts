// The public binding: every name of binding/surface.mbti's covered sections,
// with precise TypeScript types. Handles are opaque, branded objects owned by
// the native addon (see native/src/common.h for the ownership rules).
//
// The async, threads-running-wasm and WASI sections live in
// binding/async_wasi.ts and are re-exported below.
import type { Result } from './moonbit.ts';
import { native as N } from './native.ts';
import { utf8Arg } from './utf8_args.ts';

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
export type InstancePre = Handle<'InstancePre'>;

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

// ---- clock -----------------------------------------------------------------------------
/** Nanoseconds of the monotonic clock (CLOCK_MONOTONIC, as upstream reads it): only differences mean something. */
export function clock_now_ns(): bigint { return process.hrtime.bigint(); }

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
// Upstream's byte forms of the string setters: the first `len` bytes, valid
// UTF-8 without NUL bytes (binding/utf8_args.ts).
export function config_cranelift_flag_enable_bytes(config: Config, flag: Bytes, len: number): Unit {
  const fn = 'config_cranelift_flag_enable_bytes';
  return N[fn](config, utf8Arg(fn, flag, len, 2, true));
}
export function config_cranelift_flag_set_bytes(config: Config, key: Bytes, key_len: number, value: Bytes,
  value_len: number): Unit {
  const fn = 'config_cranelift_flag_set_bytes';
  return N[fn](config, utf8Arg(fn, key, key_len, 2, true), utf8Arg(fn, value, value_len, 4, true));
}
export function config_target_set_bytes(config: Config, target: Bytes, len: number): WasmtimeError {
  const fn = 'config_target_set_bytes';
  return N[fn](config, utf8Arg(fn, target, len, 2, true));
}
/** No bytes (len 0) load Wasmtime's default cache configuration, as config_cache_config_load_default. */
export function config_cache_config_load_bytes(config: Config, path: Bytes, len: number): WasmtimeError {
  const fn = 'config_cache_config_load_bytes';
  return N[fn](config, utf8Arg(fn, path, len, 2, true));
}
/**
 * Async calls of engines made from `config` run on stacks of the binding's own
 * creator (fresh mappings with a guard page). `creator` must be the bytes of
 * make_stack_creator_buffer(): JavaScript cannot supply native callbacks.
 */
export function config_host_stack_creator_set_bytes(config: Config, creator: Bytes): Unit {
  return N.config_host_stack_creator_set_bytes(config, creator);
}
/** stack_creator_sizeof() bytes naming the binding's stack creator (a tag, no address). */
export function make_stack_creator_buffer(): Bytes { return N.make_stack_creator_buffer(); }
export function stack_creator_sizeof(): number { return STACK_CREATOR_SIZE; }

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
// Upstream's lower-level names of the same operations.
export function ptr_sizeof(): number { return PTR_SIZE; }
export function ptr_is_null(buffer: Bytes): boolean { return N.ptr_is_null(buffer); }
export function ptr_clear(buffer: Bytes): Unit { return N.ptr_clear(buffer); }
export function ptr_read_u64(buffer: Bytes): bigint { return N.ptr_read_u64(buffer); }
export function error_delete_ptr(buffer: Bytes): Unit { return N.error_delete_ptr(buffer); }
export function trap_delete_ptr(buffer: Bytes): Unit { return N.trap_delete_ptr(buffer); }

// ---- values (binding/values.ts) ------------------------------------------------------------
export * from './values.ts';

// Sizes of the C structs behind the other buffers, cross-checked with the
// addon's static_asserted layout at load.
const FUNC_SIZE = 16;
const INSTANCE_SIZE = 16;
const STACK_CREATOR_SIZE = 24;
const PTR_SIZE = 8;
{
  const l = N.layout;
  if (l.funcSize !== FUNC_SIZE || l.instanceSize !== INSTANCE_SIZE || l.stackCreatorSize !== STACK_CREATOR_SIZE
    || l.ptrSize !== PTR_SIZE) {
    throw new Error(`wasmtime binding: native layout ${JSON.stringify(l)} disagrees with binding/index.ts`);
  }
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
/** Like functype_new_from_valkinds, from the first `nparams` / `nresults` kind bytes. */
export function functype_new_from_kinds(params: Bytes, nparams: number, results: Bytes, nresults: number): FuncType {
  const fn = 'functype_new_from_kinds';
  return N[fn](prefix(fn, params, nparams, 1), prefix(fn, results, nresults, 3));
}
/** The first `n` bytes of argument `at` (its length at `at + 1`) of `fn`. */
function prefix(fn: string, bytes: Bytes, n: number, at: number): Bytes {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`${fn}: argument ${at} must be a Uint8Array (Bytes)`);
  if (!Number.isInteger(n) || n < 0 || n > bytes.length) {
    throw new RangeError(`${fn}: argument ${at + 1} (the count of argument ${at}) must be in 0..${bytes.length}, `
      + `got ${String(n)}`);
  }
  return bytes.subarray(0, n);
}
export function functype_is_null(ty: FuncType): boolean { return N.functype_is_null(ty); }
export function functype_delete(ty: FuncType): Unit { return N.functype_delete(ty); }
/** Address of the built-in no-op host callback (the only callback accepted below). */
export function func_noop_callback_ptr(): bigint { return N.func_noop_callback_ptr(); }
/** Upstream's lower-level name of func_noop_callback_ptr (the same value). */
export function noop_callback_ptr(): bigint { return N.noop_callback_ptr(); }
/** Creates a host function; `env` and `finalizer` must be 0. Returns the 16-byte wasmtime_func_t. */
export function func_buffer_new_with_ptr(context: Context, ty: FuncType, callback: U64Input, env: U64Input,
  finalizer: U64Input): Bytes {
  return N.func_buffer_new_with_ptr(context, ty, callback, env, finalizer);
}
export function func_sizeof(): number { return FUNC_SIZE; }
/** func_sizeof() zero bytes, for func_new_ptr_bytes to write a func into. */
export function make_func_buffer(): Bytes { return new Uint8Array(FUNC_SIZE); }
/** Like func_buffer_new_with_ptr, writing the func into `func_out` (make_func_buffer()). */
export function func_new_ptr_bytes(context: Context, ty: FuncType, callback: U64Input, env: U64Input,
  finalizer: U64Input, func_out: Bytes): Unit {
  return N.func_new_ptr_bytes(context, ty, callback, env, finalizer, func_out);
}
/**
 * Defines `module`::`name` (the first `module_len` / `name_len` bytes, UTF-8)
 * in the linker as an async host function of type `ty` that returns zero
 * values at once. As for func_buffer_new_with_ptr, `callback` must be
 * func_noop_callback_ptr() and `env`, `finalizer` 0. A null error means success.
 */
export function linker_define_async_func_ptr(linker: Linker, module: Bytes, module_len: number, name: Bytes,
  name_len: number, ty: FuncType, callback: U64Input, env: U64Input, finalizer: U64Input): WasmtimeError {
  const fn = 'linker_define_async_func_ptr';
  return N[fn](linker, utf8Arg(fn, module, module_len, 2, false), module_len, utf8Arg(fn, name, name_len, 4, false),
    name_len, ty, callback, env, finalizer);
}

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
/** The module's imports resolved in the linker, for instance_pre_instantiate_async_bytes. */
export function linker_instantiate_pre_or_raise(linker: Linker, module: Module): InstancePre {
  return N.linker_instantiate_pre_or_raise(linker, module);
}
export function instance_pre_delete(pre: InstancePre): Unit { return N.instance_pre_delete(pre); }
export function instance_sizeof(): number { return INSTANCE_SIZE; }
/** instance_sizeof() zero bytes, for the async instantiations to write a wasmtime_instance_t into. */
export function make_instance_buffer(): Bytes { return new Uint8Array(INSTANCE_SIZE); }
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

// ---- internal helpers (not part of surface.mbti; for the harness and tests) -------------------
export const _internal = {
  /**
   * Kills this process (SIGKILL) once `fd`, the read end of a pipe or socket,
   * reaches end of file, from a native thread (harness/run/lifeline.ts).
   * Throws for anything but an open readable pipe or socket, and at a second call.
   */
  holdLifeline(fd: number): void { N.lifeline_hold(fd); },
  /** Puts a new error/trap with `message` into a null ptr buffer. */
  fillPtrBuffer(buffer: Bytes, kind: 'error' | 'trap', message: string): void {
    N._test_fill_ptr_buffer(buffer, kind, message);
  },
  /** Number of live ptr-buffer tokens in the native registry. */
  liveTokens(): number { return N._test_live_tokens(); },
  /** An External whose pointer is not a handle of this binding (as another addon would make). */
  foreignExternal(): unknown { return N._test_foreign_external(); },
  /** How many stacks the host stack creator (config_host_stack_creator_set_bytes) made in this process. */
  hostStacksMade(): number { return N._host_stacks_made(); },
  /** Differences between the native live-handle set and a reference set over `n` random operations. */
  pointerSetMismatches(n: number, seed: bigint): number { return N._test_pointer_set(n, seed); },
  /** Bytes malloc has handed out and not got back (glibc mallinfo2: in use plus its own mmapped chunks). */
  heapInUse(): number { return N._test_heap_in_use(); },
  /** Mallocs `bytes` (1..2^20) and never frees them: a deliberate leak for the leak tests. */
  leak(bytes: number): void { N._test_leak(bytes); },
};
