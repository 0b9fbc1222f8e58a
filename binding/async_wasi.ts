// The async, threads-running-wasm and WASI sections of binding/surface.mbti
// (re-exported by binding/index.ts), plus three Promise-returning joins that
// are not in surface.mbti. Ownership rules: native/src/async.cc, worker.h,
// jobs.cc and wasi.cc.
import type { Result } from './moonbit.ts';
import { native as N } from './native.ts';
import type {
  Bytes, CallFuture, CallFutureThread, Context, Engine, InstancePre, Linker, Module, U64Input, WasiConfig, WasiJob,
  WasmJob, WasmtimeError, WasmtimeStore,
} from './index.ts';

type Unit = undefined;

// ---- async (Wasmtime async support) ------------------------------------------------
/**
 * A fresh engine (fuel and epoch interruption enabled, async stack of `stack_size`
 * bytes, at least 512 KiB, max_wasm_stack 256 KiB less, at most 512 KiB) and one
 * async store with ample fuel, whose epoch deadlines let calls go on until
 * context_epoch_deadline_async_yield_and_update configures yields (README,
 * "Epochs of async stores"). Sync calls on this store are refused: use func_call_async.
 */
export function async_context_new(stack_size: U64Input): [Engine, WasmtimeStore, Context] {
  return N.async_context_new(stack_size);
}
/** Deletes the store and the engine; throws while a call is unfinished or the engine has other users. */
export function async_context_delete(engine: Engine, store: WasmtimeStore): Unit {
  return N.async_context_delete(engine, store);
}
/** Yield to the poller every `interval` units of fuel. A null error means success. */
export function context_fuel_async_yield_interval(context: Context, interval: U64Input): WasmtimeError {
  return N.context_fuel_async_yield_interval(context, interval);
}
/** On reaching the epoch deadline, yield and extend it by `delta` ticks. A null error means success. */
export function context_epoch_deadline_async_yield_and_update(context: Context, delta: U64Input): WasmtimeError {
  return N.context_epoch_deadline_async_yield_and_update(context, delta);
}
/**
 * Starts a call; drive it with call_future_poll (or a polling thread). The
 * arguments are copied now; the results, trap and error are written into the
 * given buffers when the call completes. trap_ptr and err_ptr must be null.
 * Raises `func_call_async failed (error=…, trap=…): <Wasmtime's text>` when the
 * call fails at once (arguments not matching the function's type).
 */
export function func_call_async(context: Context, func: Bytes, args: Bytes, results: Bytes, trap_ptr: Bytes,
  err_ptr: Bytes): CallFuture {
  return N.func_call_async(context, func, args, results, trap_ptr, err_ptr);
}
/** Like func_call_async; on an immediate failure the error is also left in err_ptr (delete it). */
export function func_call_async_result(context: Context, func: Bytes, args: Bytes, results: Bytes, trap_ptr: Bytes,
  err_ptr: Bytes): Result<CallFuture> {
  return N.func_call_async_result(context, func, args, results, trap_ptr, err_ptr);
}
/** Like func_call_async; on an immediate failure both pointer buffers stay null. */
export function func_call_async_result_autoclean(context: Context, func: Bytes, args: Bytes, results: Bytes,
  trap_ptr: Bytes, err_ptr: Bytes): Result<CallFuture> {
  return N.func_call_async_result_autoclean(context, func, args, results, trap_ptr, err_ptr);
}
/**
 * Upstream's lower-level form: calls with the first `nargs` values of `args`,
 * into the first `nresults` slots of `results`. Raises nothing for a call
 * that fails: as Wasmtime does, the future finishes at its first poll with the
 * error in err_ptr (or the trap in trap_ptr).
 */
export function func_call_async_bytes(context: Context, func: Bytes, args: Bytes, nargs: number, results: Bytes,
  nresults: number, trap_ptr: Bytes, err_ptr: Bytes): CallFuture {
  return N.func_call_async_bytes(context, func, args, nargs, results, nresults, trap_ptr, err_ptr);
}
/**
 * Instantiates `module` through `linker` in an async store as a future: its
 * start function runs as it is polled. When it finishes, the wasmtime_instance_t
 * is in `instance_out` (make_instance_buffer()), or the trap / error in its
 * pointer buffer (both must be null on entry).
 */
export function linker_instantiate_async_bytes(linker: Linker, context: Context, module: Module,
  instance_out: Bytes, trap_ptr: Bytes, err_ptr: Bytes): CallFuture {
  return N.linker_instantiate_async_bytes(linker, context, module, instance_out, trap_ptr, err_ptr);
}
/** Like linker_instantiate_async_bytes, from imports resolved once (linker_instantiate_pre_or_raise). */
export function instance_pre_instantiate_async_bytes(pre: InstancePre, context: Context, instance_out: Bytes,
  trap_ptr: Bytes, err_ptr: Bytes): CallFuture {
  return N.instance_pre_instantiate_async_bytes(pre, context, instance_out, trap_ptr, err_ptr);
}
/** Runs the call until it yields or finishes; true when finished (results/trap/error delivered). */
export function call_future_poll(future: CallFuture): boolean { return N.call_future_poll(future); }
/** Deletes the future (cancelling an unfinished call). Throws while a polling thread owns it. */
export function call_future_delete(future: CallFuture): Unit { return N.call_future_delete(future); }
/** Polls `future` on a new OS thread, sleeping `poll_sleep_us` (default 1000) between polls. */
export function call_future_thread_spawn_or_raise(future: CallFuture,
  options?: { poll_sleep_us?: number }): CallFutureThread {
  return N.call_future_thread_spawn_or_raise(future, options);
}
/** Waits for the thread; then the call's results/trap/error are in its buffers. */
export function call_future_thread_join_or_raise(thread: CallFutureThread): Unit {
  return N.call_future_thread_join_or_raise(thread);
}
/**
 * Asks the thread to stop at its call's next yield (made to happen on stores of
 * async_context_new) and returns at once; join it afterwards to get the future
 * back, unfinished unless the call finished first.
 */
export function call_future_thread_cancel(thread: CallFutureThread): Unit {
  return N.call_future_thread_cancel(thread);
}

// ---- threads running wasm (each job owns its engine and store) ----------------------
/** Compiles `wat` and calls its `export_name` (type () -> i32) on a new OS thread. */
export function wasm_job_spawn_wat_or_raise(wat: string, export_name: string): WasmJob {
  return N.wasm_job_spawn_wat_or_raise(wat, export_name);
}
/** Waits for the job: its i32 result, or raises with the WAT error / missing export / trap. */
export function wasm_job_join_or_raise(job: WasmJob): number { return N.wasm_job_join_or_raise(job); }
/** Like wasm_job_spawn_wat_or_raise, with WASI whose stdin is the host file `stdin_path` (checked now). */
export function wasi_job_spawn_wat_or_raise(wat: string, export_name: string, stdin_path: string): WasiJob {
  return N.wasi_job_spawn_wat_or_raise(wat, export_name, stdin_path);
}
export function wasi_job_join_or_raise(job: WasiJob): number { return N.wasi_job_join_or_raise(job); }

// ---- joins for async code: they let the event loop run -------------------------------
/** Resolves with the job's i32 result (rejects with a Failure) without blocking the event loop. */
export function wasm_job_join_async(job: WasmJob): Promise<number> { return N.wasm_job_join_async(job); }
export function wasi_job_join_async(job: WasiJob): Promise<number> { return N.wasi_job_join_async(job); }
/** Resolves once the polling thread has finished and the call's outcome is in its buffers. */
export function call_future_thread_join_async(thread: CallFutureThread): Promise<undefined> {
  return N.call_future_thread_join_async(thread);
}

// ---- WASI ---------------------------------------------------------------------------
export function wasi_config_new_or_raise(): WasiConfig { return N.wasi_config_new_or_raise(); }
export function wasi_config_delete(config: WasiConfig): Unit { return N.wasi_config_delete(config); }
/** Raises (naming the path) when the file does not exist or cannot be opened. */
export function wasi_config_set_stdin_file_or_raise(config: WasiConfig, path: string): Unit {
  return N.wasi_config_set_stdin_file_or_raise(config, path);
}
/** Wasmtime creates or truncates the file. */
export function wasi_config_set_stdout_file_or_raise(config: WasiConfig, path: string): Unit {
  return N.wasi_config_set_stdout_file_or_raise(config, path);
}
export function wasi_config_set_stderr_file_or_raise(config: WasiConfig, path: string): Unit {
  return N.wasi_config_set_stderr_file_or_raise(config, path);
}
/** The bytes are copied. */
export function wasi_config_set_stdin_bytes(config: WasiConfig, bytes: Bytes): Unit {
  return N.wasi_config_set_stdin_bytes(config, bytes);
}
export function wasi_config_set_argv_or_raise(config: WasiConfig, argv: readonly string[]): Unit {
  return N.wasi_config_set_argv_or_raise(config, argv);
}
export function wasi_config_set_env_or_raise(config: WasiConfig, env: ReadonlyArray<readonly [string, string]>): Unit {
  return N.wasi_config_set_env_or_raise(config, env);
}
export function wasi_config_inherit_argv(config: WasiConfig): Unit { return N.wasi_config_inherit_argv(config); }
export function wasi_config_inherit_env(config: WasiConfig): Unit { return N.wasi_config_inherit_env(config); }
export function wasi_config_inherit_stdin(config: WasiConfig): Unit { return N.wasi_config_inherit_stdin(config); }
export function wasi_config_inherit_stdout(config: WasiConfig): Unit { return N.wasi_config_inherit_stdout(config); }
export function wasi_config_inherit_stderr(config: WasiConfig): Unit { return N.wasi_config_inherit_stderr(config); }
/**
 * Preopens host directory `host_path` as `guest_path` (default "."). Wasmtime
 * 49.0.0 offers two permission sets only: READ/READ (the default) is read-only,
 * READ|WRITE for both is mutable; any other combination raises (see wasi.cc).
 * A missing directory raises, naming the path.
 */
export function wasi_config_preopen_dir_or_raise(config: WasiConfig, host_path: string,
  options?: { guest_path?: string; dir_perms?: number; file_perms?: number }): Unit {
  return N.wasi_config_preopen_dir_or_raise(config, host_path, options);
}
/** Consumes `wasi` (using it afterwards throws). */
export function context_set_wasi_or_raise(context: Context, wasi: WasiConfig): Unit {
  return N.context_set_wasi_or_raise(context, wasi);
}

/** Test helpers (not part of surface.mbti). */
export const _async_internal = {
  /** How many polls the call took to finish (0 while unfinished). */
  polls(future: CallFuture): number { return N._call_future_polls(future); },
  /** Most jobs seen inside their wasm call at the same time; `reset` restarts the count. */
  maxJobsInWasm(reset = false): number { return N._jobs_max_in_wasm(reset); },
};
