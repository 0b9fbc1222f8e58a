// Generated from docs/API.md by the doc-test harness. Edit the doc, not this file.
import * as $rt from "../../harness/runtime/prelude.ts";
import * as $mb from "../../binding/moonbit.ts";
import * as $binding from "../../binding/index.ts";
const $b = $rt.wrapBinding($binding);

const $L = $rt.locations(/* source positions, not recorded */);
const $core: Record<string, any> = $rt.coreTable();
const String$length: any = $core["String::length"];
const $d_Bool: any = $rt.desc("Bool");
const inspect: any = $core["inspect"];
const $d_UInt64: any = $rt.desc("UInt64");
const $op_UInt64_mul: any = $d_UInt64["Mul.mul"];
const not: any = $core["not"];
const $d_Int: any = $rt.desc("Int");
const $d_Tuple5: any = $rt.desc("Tuple5", [$d_Int, $d_Int, $d_Int, $d_Int, $d_Int]);
const $d_Tuple2: any = $rt.desc("Tuple2", [$d_Int, $d_Int]);
const $d_Tuple3: any = $rt.desc("Tuple3", [$d_Int, $d_Int, $d_Int]);
const $d_Tuple4: any = $rt.desc("Tuple4", [$d_Int, $d_Int, $d_Int, $d_Int]);
const $d_String: any = $rt.desc("String");
const $d_Unit: any = $rt.desc("Unit");
const $d_Error: any = $rt.desc("Error");
const $d_Result: any = $rt.desc("Result", [$d_Unit, $d_Error]);
const fail: any = $core["fail"];
const $d_Result$1: any = $rt.desc("Result", [$d_UInt64, $d_Error]);
const String$contains: any = $core["String::contains"];
const $d_Result$2: any = $rt.desc("Result", [$d_String, $d_Error]);
const Bytes$length: any = $core["Bytes::length"];
const $bytes: any = new Uint8Array([0, 0, 0]);
const $d_Result$3: any = $rt.desc("Result", [$d_Bool, $d_Error]);
const $bytes$1: any = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
const $bytes$2: any = new Uint8Array([0, 0, 0, 0, 0]);
const $d_Result$4: any = $rt.desc("Result", [$d_Int, $d_Error]);
const $d_Int64: any = $rt.desc("Int64");
const $d_Float: any = $rt.desc("Float");
const $d_Double: any = $rt.desc("Double");
const $d_Bytes: any = $rt.desc("Bytes");
const $d_Result$5: any = $rt.desc("Result", [$d_Bytes, $d_Error]);
const $bytes$3: any = new Uint8Array([0, 1]);
const $bytes$4: any = new Uint8Array([3]);
const $bytes$5: any = new Uint8Array([0, 77]);
const $bytes$6: any = new Uint8Array([128, 129]);
const $op_UInt64_add: any = $d_UInt64["Add.add"];
const $bytes$7: any = new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0]);
const $bytes$8: any = new Uint8Array([110, 111, 112, 101]);
const $d_Tuple2$1: any = $rt.desc("Tuple2", [$d_Int64, $d_Int]);
const $d_Tuple2$2: any = $rt.desc("Tuple2", [$d_Bool, $d_Bool]);
const assert_false: any = $core["assert_false"];
const assert_true: any = $core["assert_true"];
const $bytes$9: any = new Uint8Array([104, 101, 121]);
const $bytes$10: any = new Uint8Array([]);
const read_stdin_wat: string = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    (i32.store (i32.const 8) (i32.const 16))\n    (i32.store (i32.const 12) (i32.const 100))\n    (drop (call $fd_read (i32.const 0) (i32.const 8) (i32.const 1) (i32.const 4)))\n    (i32.load (i32.const 4))))";
function run_wasi_i32(wasi: $binding.WasiConfig, wat: string, name: string): number {
  const engine: $binding.Engine = $b.engine_new();
  const store: $binding.WasmtimeStore = $b.wasmtime_store_new(engine);
  const context: $binding.Context = $b.wasmtime_store_context(store);
  $b.context_set_wasi_or_raise(context, wasi);
  const linker: $binding.Linker = $b.linker_new(engine);
  $b.linker_define_wasi_or_raise(linker);
  const module_val: $binding.Module = $b.module_new_from_wat_or_raise(engine, wat);
  const instance: $binding.Instance = $b.linker_instantiate_or_raise(linker, context, module_val);
  const func: Uint8Array = $b.instance_export_func_or_raise(context, instance, name);
  const results: Uint8Array = $b.make_val_buffer(1);
  $b.func_call_sync_or_raise(context, func, $b.make_val_buffer(0), results);
  $b.module_delete(module_val);
  $b.linker_delete(linker);
  $b.wasmtime_store_delete(store);
  $b.engine_delete(engine);
  return $b.val_buffer_get_i32(results, 0);
}
const write_wat: string = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_write\"\n    (func $fd_write (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (data (i32.const 16) \"hello\")\n  (func $write (param $fd i32) (result i32)\n    (i32.store (i32.const 8) (i32.const 16))\n    (i32.store (i32.const 12) (i32.const 5))\n    (drop (call $fd_write (local.get $fd) (i32.const 8) (i32.const 1) (i32.const 4)))\n    (i32.load (i32.const 4)))\n  (func (export \"out\") (result i32) (call $write (i32.const 1)))\n  (func (export \"err\") (result i32) (call $write (i32.const 2))))";
const sizes_wat: string = "(module\n  (import \"wasi_snapshot_preview1\" \"args_sizes_get\"\n    (func $args_sizes_get (param i32 i32) (result i32)))\n  (import \"wasi_snapshot_preview1\" \"environ_sizes_get\"\n    (func $environ_sizes_get (param i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"argc\") (result i32)\n    (drop (call $args_sizes_get (i32.const 0) (i32.const 4)))\n    (i32.load (i32.const 0)))\n  (func (export \"envc\") (result i32)\n    (drop (call $environ_sizes_get (i32.const 0) (i32.const 4)))\n    (i32.load (i32.const 0))))";
$rt.test("API Documentation › version", () => {
  inspect(new $rt.Dyn($d_Bool, (String$length($b.version()) > 0)), "true", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("API Documentation › engine_new / engine_delete", () => {
  const engine$1: $binding.Engine = $b.engine_new();
  $b.engine_delete(engine$1);
});
$rt.test("API Documentation › store_new / store_delete", () => {
  const engine$2: $binding.Engine = $b.engine_new();
  const store$1: $binding.Store = $b.store_new(engine$2);
  $b.store_delete(store$1);
  $b.engine_delete(engine$2);
});
$rt.test("API Documentation › config_new / engine_new_with_config", () => {
  const config: $binding.Config = $b.config_new();
  $b.config_debug_info_set(config, true);
  $b.config_consume_fuel_set(config, true);
  const engine$3: $binding.Engine = $b.engine_new_with_config(config);
  $b.engine_delete(engine$3);
});
$rt.test("API Documentation › Config options", () => {
  const config$1: $binding.Config = $b.config_new();
  $b.config_wasm_simd_set(config$1, true);
  $b.config_wasm_multi_value_set(config$1, true);
  $b.config_wasm_tail_call_set(config$1, false);
  const engine$4: $binding.Engine = $b.engine_new_with_config(config$1);
  $b.engine_delete(engine$4);
});
$rt.test("API Documentation › Async support (native)", () => {
  const $t1 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(4n, 1024n), 1024n));
  const engine$5 = $t1[0];
  const store$2 = $t1[1];
  const context$1 = $t1[2];
  const err: $binding.WasmtimeError = $b.context_fuel_async_yield_interval(context$1, 10000n);
  if (not($b.error_is_null(err))) {
    $b.error_delete(err);
  }
  $b.async_context_delete(engine$5, store$2);
});
$rt.test("API Documentation › Async bytes helpers (native)", () => {
  const $t2 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(4n, 1024n), 1024n));
  const engine$6 = $t2[0];
  const store$3 = $t2[1];
  const context$2 = $t2[2];
  const args: Uint8Array = $b.make_val_buffer(0);
  const results$1: Uint8Array = $b.make_val_buffer(0);
  const trap_ptr: Uint8Array = $b.make_ptr_buffer();
  const err_ptr: Uint8Array = $b.make_ptr_buffer();
  const params: Uint8Array = new Uint8Array([]);
  const results_sig: Uint8Array = new Uint8Array([]);
  const ty: $binding.FuncType = $b.functype_new_from_valkinds_or_raise(params, results_sig);
  const cb_ptr: bigint = $b.func_noop_callback_ptr();
  const func_bytes: Uint8Array = $b.func_buffer_new_with_ptr(context$2, ty, cb_ptr, 0n, 0n);
  const future: $binding.CallFuture = $b.func_call_async(context$2, func_bytes, args, results$1, trap_ptr, err_ptr);
  $loop3: while (true) {
    if (!(not($b.call_future_poll(future)))) {
      break $loop3;
    }
  }
  $b.call_future_delete(future);
  if (not($b.ptr_buffer_is_null(err_ptr))) {
    $b.error_delete_ptr_buffer(err_ptr);
  }
  if (not($b.ptr_buffer_is_null(trap_ptr))) {
    $b.trap_delete_ptr_buffer(trap_ptr);
  }
  $b.functype_delete(ty);
  $b.async_context_delete(engine$6, store$3);
});
$rt.test("API Documentation › Async bytes helpers with Result", () => {
  const $t4 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(4n, 1024n), 1024n));
  const engine$7 = $t4[0];
  const store$4 = $t4[1];
  const context$3 = $t4[2];
  const args$1: Uint8Array = $b.make_val_buffer(0);
  const results$2: Uint8Array = $b.make_val_buffer(0);
  const trap_ptr$1: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$1: Uint8Array = $b.make_ptr_buffer();
  const params$1: Uint8Array = new Uint8Array([]);
  const results_sig$1: Uint8Array = new Uint8Array([]);
  const ty$1: $binding.FuncType = $b.functype_new_from_valkinds_or_raise(params$1, results_sig$1);
  const cb_ptr$1: bigint = $b.func_noop_callback_ptr();
  const func_bytes$1: Uint8Array = $b.func_buffer_new_with_ptr(context$3, ty$1, cb_ptr$1, 0n, 0n);
  const future_result: any = $b.func_call_async_result_autoclean(context$3, func_bytes$1, args$1, results$2, trap_ptr$1, err_ptr$1);
  $match6: {
    const $t5: any = future_result;
    if ($t5.tag === "Ok") {
      const future$1 = $t5.value;
      {
        $loop7: while (true) {
          if (!(not($b.call_future_poll(future$1)))) {
            break $loop7;
          }
        }
        $b.call_future_delete(future$1);
      }
      break $match6;
    }
    if ($t5.tag === "Err") {
      const _err = $t5.error;
      break $match6;
    }
    $rt.matchFailed($L[_]);
  }
  $b.functype_delete(ty$1);
  $b.async_context_delete(engine$7, store$4);
});
$rt.test("API Documentation › Async polling thread (native)", () => {
  const $t8 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(4n, 1024n), 1024n));
  const engine$8 = $t8[0];
  const store$5 = $t8[1];
  const context$4 = $t8[2];
  const args$2: Uint8Array = $b.make_val_buffer(0);
  const results$3: Uint8Array = $b.make_val_buffer(0);
  const trap_ptr$2: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$2: Uint8Array = $b.make_ptr_buffer();
  const params$2: Uint8Array = new Uint8Array([]);
  const results_sig$2: Uint8Array = new Uint8Array([]);
  const ty$2: $binding.FuncType = $b.functype_new_from_valkinds_or_raise(params$2, results_sig$2);
  const cb_ptr$2: bigint = $b.func_noop_callback_ptr();
  const func_bytes$2: Uint8Array = $b.func_buffer_new_with_ptr(context$4, ty$2, cb_ptr$2, 0n, 0n);
  const future$2: $binding.CallFuture = $b.func_call_async(context$4, func_bytes$2, args$2, results$3, trap_ptr$2, err_ptr$2);
  const thread: $binding.CallFutureThread = $b.call_future_thread_spawn_or_raise(future$2, { poll_sleep_us: 1000 });
  $b.call_future_thread_join_or_raise(thread);
  $b.call_future_delete(future$2);
  if (not($b.ptr_buffer_is_null(err_ptr$2))) {
    $b.error_delete_ptr_buffer(err_ptr$2);
  }
  if (not($b.ptr_buffer_is_null(trap_ptr$2))) {
    $b.trap_delete_ptr_buffer(trap_ptr$2);
  }
  $b.functype_delete(ty$2);
  $b.async_context_delete(engine$8, store$5);
});
$rt.test("API Documentation › Wasm job thread (POC)", () => {
  const wat$1: string = "(module\n  (func (export \"run\") (result i32)\n    i32.const 7))";
  const handle: $binding.WasmJob = $b.wasm_job_spawn_wat_or_raise(wat$1, "run");
  const result: number = $b.wasm_job_join_or_raise(handle);
  inspect(new $rt.Dyn($d_Int, result), "7", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("API Documentation › WASI file I/O job (POC)", () => {
  const wat$2: string = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    i32.const 8\n    i32.const 16\n    i32.store\n    i32.const 12\n    i32.const 100\n    i32.store\n    i32.const 0\n    i32.const 8\n    i32.const 1\n    i32.const 4\n    call $fd_read\n    drop\n    i32.const 4\n    i32.load))";
  const handle$1: $binding.WasiJob = $b.wasi_job_spawn_wat_or_raise(wat$2, "run", "testdata/wasm_job_input.txt");
  const result$1: number = $b.wasi_job_join_or_raise(handle$1);
  inspect(new $rt.Dyn($d_Int, result$1), "5", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("API Documentation › WASI config + sync call (POC)", () => {
  const wat$3: string = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    i32.const 8\n    i32.const 16\n    i32.store\n    i32.const 12\n    i32.const 100\n    i32.store\n    i32.const 0\n    i32.const 8\n    i32.const 1\n    i32.const 4\n    call $fd_read\n    drop\n    i32.const 4\n    i32.load))";
  const engine$9: $binding.Engine = $b.engine_new();
  const store$6: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$9);
  const context$5: $binding.Context = $b.wasmtime_store_context(store$6);
  const wasi$1: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdin_file_or_raise(wasi$1, "testdata/wasm_job_input.txt");
  $b.context_set_wasi_or_raise(context$5, wasi$1);
  const linker$1: $binding.Linker = $b.linker_new(engine$9);
  $b.linker_define_wasi_or_raise(linker$1);
  const module_val$1: $binding.Module = $b.module_new_from_wat_or_raise(engine$9, wat$3);
  const instance$1: $binding.Instance = $b.linker_instantiate_or_raise(linker$1, context$5, module_val$1);
  const func$1: Uint8Array = $b.instance_export_func_or_raise(context$5, instance$1, "run");
  const args$3: Uint8Array = $b.make_val_buffer(0);
  const results$4: Uint8Array = $b.make_val_buffer(1);
  const trap_ptr$3: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$3: Uint8Array = $b.make_ptr_buffer();
  const call_res: any = $b.func_call_sync_result_autoclean(context$5, func$1, args$3, results$4, trap_ptr$3, err_ptr$3);
  $match10: {
    const $t9: any = call_res;
    if ($t9.tag === "Ok" && true) {
      {
        const result$2: number = $b.val_buffer_get_i32(results$4, 0);
        inspect(new $rt.Dyn($d_Int, result$2), "5", $L[_], $rt.argsLoc($L[_]));
      }
      break $match10;
    }
    if ($t9.tag === "Err") {
      const err$1 = $t9.error;
      throw err$1;
      break $match10;
    }
    $rt.matchFailed($L[_]);
  }
  $b.module_delete(module_val$1);
  $b.linker_delete(linker$1);
  $b.wasmtime_store_delete(store$6);
  $b.engine_delete(engine$9);
});
$rt.test("API Documentation › WASI preopen dir + path_open (POC)", () => {
  const wat$4: string = "(module\n  (import \"wasi_snapshot_preview1\" \"path_open\"\n    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (import \"wasi_snapshot_preview1\" \"fd_close\"\n    (func $fd_close (param i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (data (i32.const 64) \"wasm_job_input.txt\")\n  (func (export \"run\") (result i32)\n    i32.const 3\n    i32.const 0\n    i32.const 64\n    i32.const 18\n    i32.const 0\n    i64.const 2\n    i64.const 0\n    i32.const 0\n    i32.const 32\n    call $path_open\n    drop\n    i32.const 8\n    i32.const 100\n    i32.store\n    i32.const 12\n    i32.const 100\n    i32.store\n    i32.const 32\n    i32.load\n    i32.const 8\n    i32.const 1\n    i32.const 4\n    call $fd_read\n    drop\n    i32.const 32\n    i32.load\n    call $fd_close\n    drop\n    i32.const 4\n    i32.load))";
  const engine$10: $binding.Engine = $b.engine_new();
  const store$7: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$10);
  const context$6: $binding.Context = $b.wasmtime_store_context(store$7);
  const wasi$2: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_preopen_dir_or_raise(wasi$2, "testdata", { guest_path: ".", dir_perms: $b.WASI_DIR_PERMS_READ, file_perms: $b.WASI_FILE_PERMS_READ });
  $b.context_set_wasi_or_raise(context$6, wasi$2);
  const linker$2: $binding.Linker = $b.linker_new(engine$10);
  $b.linker_define_wasi_or_raise(linker$2);
  const module_val$2: $binding.Module = $b.module_new_from_wat_or_raise(engine$10, wat$4);
  const instance$2: $binding.Instance = $b.linker_instantiate_or_raise(linker$2, context$6, module_val$2);
  const func$2: Uint8Array = $b.instance_export_func_or_raise(context$6, instance$2, "run");
  const args$4: Uint8Array = $b.make_val_buffer(0);
  const results$5: Uint8Array = $b.make_val_buffer(1);
  const trap_ptr$4: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$4: Uint8Array = $b.make_ptr_buffer();
  const call_res$1: any = $b.func_call_sync_result_autoclean(context$6, func$2, args$4, results$5, trap_ptr$4, err_ptr$4);
  $match12: {
    const $t11: any = call_res$1;
    if ($t11.tag === "Ok" && true) {
      {
        const result$3: number = $b.val_buffer_get_i32(results$5, 0);
        inspect(new $rt.Dyn($d_Int, result$3), "5", $L[_], $rt.argsLoc($L[_]));
      }
      break $match12;
    }
    if ($t11.tag === "Err") {
      const err$2 = $t11.error;
      throw err$2;
      break $match12;
    }
    $rt.matchFailed($L[_]);
  }
  $b.module_delete(module_val$2);
  $b.linker_delete(linker$2);
  $b.wasmtime_store_delete(store$7);
  $b.engine_delete(engine$10);
});
$rt.test("API Documentation › Target/cache helpers", () => {
  const config$2: $binding.Config = $b.config_new();
  const err$3: $binding.WasmtimeError = $b.config_target_set(config$2, "x86_64-unknown-linux-gnu");
  if (not($b.error_is_null(err$3))) {
    $b.error_delete(err$3);
  }
});
$rt.test("value kind constants", () => {
  inspect(new $rt.Dyn($d_Tuple5, [$b.VALKIND_I32, $b.VALKIND_I64, $b.VALKIND_F32, $b.VALKIND_F64, $b.VALKIND_V128]), "(0, 1, 2, 3, 4)", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple2, [$b.VALKIND_EXTERNREF, $b.VALKIND_FUNCREF]), "(128, 129)", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("strategy, optimisation level and profiler constants", () => {
  inspect(new $rt.Dyn($d_Tuple2, [$b.STRATEGY_AUTO, $b.STRATEGY_CRANELIFT]), "(0, 1)", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple3, [$b.OPT_LEVEL_NONE, $b.OPT_LEVEL_SPEED, $b.OPT_LEVEL_SPEED_AND_SIZE]), "(0, 1, 2)", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple4, [$b.PROFILING_STRATEGY_NONE, $b.PROFILING_STRATEGY_JITDUMP, $b.PROFILING_STRATEGY_VTUNE, $b.PROFILING_STRATEGY_PERFMAP]), "(0, 1, 2, 3)", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("WASI permission constants", () => {
  inspect(new $rt.Dyn($d_Tuple2, [$b.WASI_DIR_PERMS_READ, $b.WASI_DIR_PERMS_WRITE]), "(1, 2)", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple2, [$b.WASI_FILE_PERMS_READ, $b.WASI_FILE_PERMS_WRITE]), "(1, 2)", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("version of the linked library", () => {
  inspect(new $rt.Dyn($d_String, $b.version()), "49.0.0", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("an engine with a live store cannot be deleted", () => {
  const engine$11: $binding.Engine = $b.engine_new();
  const store$8: $binding.Store = $b.store_new(engine$11);
  let $t13: any;
  try {
    $t13 = new $mb.Ok($b.engine_delete(engine$11));
  } catch ($t14: any) {
    $rt.catchable($t14);
    $t13 = new $mb.Err($t14);
  }
  inspect(new $rt.Dyn($d_Result, $t13), "Err(Error(\"engine_delete: the Engine is still used by 1 live store/module/linker handle(s); delete those first\"))", $L[_], $rt.argsLoc($L[_]));
  $b.store_delete(store$8);
  let $t15: any;
  try {
    $t15 = new $mb.Ok($b.engine_delete(engine$11));
  } catch ($t16: any) {
    $rt.catchable($t16);
    $t15 = new $mb.Err($t16);
  }
  inspect(new $rt.Dyn($d_Result, $t15), "Ok(())", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("a deleted engine cannot be used", () => {
  const engine$12: $binding.Engine = $b.engine_new();
  $b.engine_delete(engine$12);
  let $t17: any;
  try {
    $t17 = new $mb.Ok($b.store_new(engine$12));
  } catch ($t18: any) {
    $rt.catchable($t18);
    $t17 = new $mb.Err($t18);
  }
  $match20: {
    const $t19: any = $t17;
    if ($t19.tag === "Err") {
      const e = $t19.error;
      inspect(new $rt.Dyn($d_Error, e), "Error(\"store_new: this Engine has already been deleted\")", $L[_], $rt.argsLoc($L[_]));
      break $match20;
    }
    if ($t19.tag === "Ok") {
      fail($rt.viewStringView("store_new should have raised"), $L[_]);
      break $match20;
    }
    $rt.matchFailed($L[_]);
  }
  let $t21: any;
  try {
    $t21 = new $mb.Ok($b.engine_delete(engine$12));
  } catch ($t22: any) {
    $rt.catchable($t22);
    $t21 = new $mb.Err($t22);
  }
  inspect(new $rt.Dyn($d_Result, $t21), "Err(Error(\"engine_delete: this Engine has already been deleted\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("engine_new_with_config consumes the config", () => {
  const config$3: $binding.Config = $b.config_new();
  const engine$13: $binding.Engine = $b.engine_new_with_config(config$3);
  let $t23: any;
  try {
    $t23 = new $mb.Ok($b.config_wasm_simd_set(config$3, true));
  } catch ($t24: any) {
    $rt.catchable($t24);
    $t23 = new $mb.Err($t24);
  }
  inspect(new $rt.Dyn($d_Result, $t23), "Err(Error(\"config_wasm_simd_set: this Config was consumed by engine_new_with_config and can no longer be used\"))", $L[_], $rt.argsLoc($L[_]));
  $b.engine_delete(engine$13);
});
$rt.test("a deleted store ends its context", () => {
  const engine$14: $binding.Engine = $b.engine_new();
  const store$9: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$14);
  const context$7: $binding.Context = $b.wasmtime_store_context(store$9);
  inspect(new $rt.Dyn($d_Unit, $b.context_gc(context$7)), "()", $L[_], $rt.argsLoc($L[_]));
  $b.wasmtime_store_delete(store$9);
  let $t25: any;
  try {
    $t25 = new $mb.Ok($b.context_gc(context$7));
  } catch ($t26: any) {
    $rt.catchable($t26);
    $t25 = new $mb.Err($t26);
  }
  inspect(new $rt.Dyn($d_Result, $t25), "Err(Error(\"context_gc: the WasmtimeStore of this Context has been deleted\"))", $L[_], $rt.argsLoc($L[_]));
  $b.engine_delete(engine$14);
});
$rt.test("fuel is consumed and runs out", () => {
  const config$4: $binding.Config = $b.config_new();
  $b.config_consume_fuel_set(config$4, true);
  const engine$15: $binding.Engine = $b.engine_new_with_config(config$4);
  const store$10: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$15);
  const context$8: $binding.Context = $b.wasmtime_store_context(store$10);
  inspect(new $rt.Dyn($d_UInt64, $b.context_get_fuel(context$8)), "0", $L[_], $rt.argsLoc($L[_]));
  const err$4: $binding.WasmtimeError = $b.context_set_fuel(context$8, 10000n);
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(err$4)), "true", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_UInt64, $b.context_get_fuel(context$8)), "10000", $L[_], $rt.argsLoc($L[_]));
  const wat$5: string = "(module\n  (func (export \"count\") (result i32)\n    (local $i i32)\n    (loop $l\n      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n      (br_if $l (i32.lt_u (local.get $i) (i32.const 100))))\n    (local.get $i)))";
  const module_val$3: $binding.Module = $b.module_new_from_wat_or_raise(engine$15, wat$5);
  const instance$3: $binding.Instance = $b.instance_new_or_raise(context$8, module_val$3);
  const func$3: Uint8Array = $b.instance_export_func_or_raise(context$8, instance$3, "count");
  const results$6: Uint8Array = $b.make_val_buffer(1);
  $b.func_call_sync_or_raise(context$8, func$3, $b.make_val_buffer(0), results$6);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$6, 0)), "100", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_UInt64, $b.context_get_fuel(context$8)), "9198", $L[_], $rt.argsLoc($L[_]));
  const err2: $binding.WasmtimeError = $b.context_set_fuel(context$8, 10n);
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(err2)), "true", $L[_], $rt.argsLoc($L[_]));
  let $t27: any;
  try {
    $t27 = new $mb.Ok($b.func_call_sync_or_raise(context$8, func$3, $b.make_val_buffer(0), results$6));
  } catch ($t28: any) {
    $rt.catchable($t28);
    $t27 = new $mb.Err($t28);
  }
  inspect(new $rt.Dyn($d_Result, $t27), "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x25 - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: all fuel consumed by WebAssembly\\n\"))", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$3);
  $b.wasmtime_store_delete(store$10);
  $b.engine_delete(engine$15);
});
$rt.test("setting fuel without consume_fuel is an error", () => {
  const engine$16: $binding.Engine = $b.engine_new();
  const store$11: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$16);
  const context$9: $binding.Context = $b.wasmtime_store_context(store$11);
  const err$5: $binding.WasmtimeError = $b.context_set_fuel(context$9, 100n);
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(err$5)), "false", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_String, $b.error_message(err$5)), "fuel is not configured in this store", $L[_], $rt.argsLoc($L[_]));
  $b.error_delete(err$5);
  let $t29: any;
  try {
    $t29 = new $mb.Ok($b.context_get_fuel(context$9));
  } catch ($t30: any) {
    $rt.catchable($t30);
    $t29 = new $mb.Err($t30);
  }
  inspect(new $rt.Dyn($d_Result$1, $t29), "Err(Failure(\"fuel is not configured in this store\"))", $L[_], $rt.argsLoc($L[_]));
  $b.wasmtime_store_delete(store$11);
  $b.engine_delete(engine$16);
});
$rt.test("an epoch deadline interrupts wasm", () => {
  const config$5: $binding.Config = $b.config_new();
  $b.config_epoch_interruption_set(config$5, true);
  const engine$17: $binding.Engine = $b.engine_new_with_config(config$5);
  const store$12: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$17);
  const context$10: $binding.Context = $b.wasmtime_store_context(store$12);
  const wat$6: string = "(module\n  (func (export \"seven\") (result i32)\n    i32.const 7))";
  const module_val$4: $binding.Module = $b.module_new_from_wat_or_raise(engine$17, wat$6);
  $b.context_set_epoch_deadline(context$10, 1n);
  const instance$4: $binding.Instance = $b.instance_new_or_raise(context$10, module_val$4);
  const func$4: Uint8Array = $b.instance_export_func_or_raise(context$10, instance$4, "seven");
  const results$7: Uint8Array = $b.make_val_buffer(1);
  let $t31: any;
  try {
    $t31 = new $mb.Ok($b.func_call_sync_or_raise(context$10, func$4, $b.make_val_buffer(0), results$7));
  } catch ($t32: any) {
    $rt.catchable($t32);
    $t31 = new $mb.Err($t32);
  }
  inspect(new $rt.Dyn($d_Result, $t31), "Ok(())", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$7, 0)), "7", $L[_], $rt.argsLoc($L[_]));
  $b.engine_increment_epoch(engine$17);
  let $t33: any;
  try {
    $t33 = new $mb.Ok($b.func_call_sync_or_raise(context$10, func$4, $b.make_val_buffer(0), results$7));
  } catch ($t34: any) {
    $rt.catchable($t34);
    $t33 = new $mb.Err($t34);
  }
  inspect(new $rt.Dyn($d_Result, $t33), "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x22 - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: interrupt\\n\"))", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$4);
  $b.wasmtime_store_delete(store$12);
  $b.engine_delete(engine$17);
});
$rt.test("a deleted config cannot be used", () => {
  const config$6: $binding.Config = $b.config_new();
  $b.config_delete(config$6);
  let $t35: any;
  try {
    $t35 = new $mb.Ok($b.config_debug_info_set(config$6, true));
  } catch ($t36: any) {
    $rt.catchable($t36);
    $t35 = new $mb.Err($t36);
  }
  inspect(new $rt.Dyn($d_Result, $t35), "Err(Error(\"config_debug_info_set: this Config has already been deleted\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("every boolean config setter", () => {
  const config$7: $binding.Config = $b.config_new();
  inspect(new $rt.Dyn($d_Unit, $b.config_debug_info_set(config$7, false)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_consume_fuel_set(config$7, false)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_epoch_interruption_set(config$7, false)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_threads_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_shared_memory_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_tail_call_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_reference_types_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_function_references_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_gc_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_gc_support_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_simd_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_relaxed_simd_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_relaxed_simd_deterministic_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_bulk_memory_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_multi_value_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_multi_memory_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_memory64_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_wide_arithmetic_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_exceptions_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_custom_page_sizes_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_branch_hinting_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_parallel_compilation_set(config$7, false)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_cranelift_debug_verifier_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_cranelift_nan_canonicalization_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_memory_may_move_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_memory_init_cow_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_native_unwind_info_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_macos_use_mach_ports_set(config$7, false)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_signals_based_traps_set(config$7, true)), "()", $L[_], $rt.argsLoc($L[_]));
  const engine$18: $binding.Engine = $b.engine_new_with_config(config$7);
  $b.engine_delete(engine$18);
});
$rt.test("stack switching, component model and concurrency switches", () => {
  const config$8: $binding.Config = $b.config_new();
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_stack_switching_set(config$8, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_wasm_component_model_set(config$8, true)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_concurrency_support_set(config$8, true)), "()", $L[_], $rt.argsLoc($L[_]));
  let $t37: any;
  try {
    $t37 = new $mb.Ok($b.engine_delete($b.engine_new_with_config(config$8)));
  } catch ($t38: any) {
    $rt.catchable($t38);
    $t37 = new $mb.Err($t38);
  }
  inspect(new $rt.Dyn($d_Result, $t37), "Ok(())", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("a disabled proposal rejects modules that use it", () => {
  const simd_wat: string = "(module (func (result v128) v128.const i64x2 0 0))";
  const config$9: $binding.Config = $b.config_new();
  $b.config_wasm_simd_set(config$9, false);
  $b.config_wasm_relaxed_simd_set(config$9, false);
  const engine$19: $binding.Engine = $b.engine_new_with_config(config$9);
  let $t39: any;
  try {
    $t39 = new $mb.Ok($b.module_new_from_wat_or_raise(engine$19, simd_wat));
  } catch ($t40: any) {
    $rt.catchable($t40);
    $t39 = new $mb.Err($t40);
  }
  $match42: {
    const $t41: any = $t39;
    if ($t41.tag === "Err") {
      const e$1 = $t41.error;
      inspect(new $rt.Dyn($d_Error, e$1), "Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    SIMD support is not enabled (at offset 0xb)\\n\")", $L[_], $rt.argsLoc($L[_]));
      break $match42;
    }
    if ($t41.tag === "Ok") {
      fail($rt.viewStringView("module_new_from_wat_or_raise should have raised"), $L[_]);
      break $match42;
    }
    $rt.matchFailed($L[_]);
  }
  $b.engine_delete(engine$19);
  const multi_wat: string = "(module (func (result i32 i32) i32.const 1 i32.const 2))";
  const config2: $binding.Config = $b.config_new();
  $b.config_wasm_multi_value_set(config2, false);
  const engine2: $binding.Engine = $b.engine_new_with_config(config2);
  let $t43: any;
  try {
    $t43 = new $mb.Ok($b.module_new_from_wat_or_raise(engine2, multi_wat));
  } catch ($t44: any) {
    $rt.catchable($t44);
    $t43 = new $mb.Err($t44);
  }
  $match46: {
    const $t45: any = $t43;
    if ($t45.tag === "Err") {
      const e$2 = $t45.error;
      inspect(new $rt.Dyn($d_Error, e$2), "Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    func type returns multiple values but the multi-value feature is not enabled (at offset 0xb)\\n\")", $L[_], $rt.argsLoc($L[_]));
      break $match46;
    }
    if ($t45.tag === "Ok") {
      fail($rt.viewStringView("module_new_from_wat_or_raise should have raised"), $L[_]);
      break $match46;
    }
    $rt.matchFailed($L[_]);
  }
  $b.engine_delete(engine2);
  const tail_wat: string = "(module (func $f (result i32) i32.const 1) (func (result i32) return_call $f))";
  const config3: $binding.Config = $b.config_new();
  $b.config_wasm_tail_call_set(config3, false);
  const engine3: $binding.Engine = $b.engine_new_with_config(config3);
  let $t47: any;
  try {
    $t47 = new $mb.Ok($b.module_new_from_wat_or_raise(engine3, tail_wat));
  } catch ($t48: any) {
    $rt.catchable($t48);
    $t47 = new $mb.Err($t48);
  }
  $match50: {
    const $t49: any = $t47;
    if ($t49.tag === "Err") {
      const e$3 = $t49.error;
      inspect(new $rt.Dyn($d_Error, e$3), "Failure(\"failed to compile: wasm[0]::function[1]\\n\\nCaused by:\\n    0: WebAssembly translation error\\n    1: Invalid input WebAssembly code at offset 30: tail calls support is not enabled\\n\")", $L[_], $rt.argsLoc($L[_]));
      break $match50;
    }
    if ($t49.tag === "Ok") {
      fail($rt.viewStringView("module_new_from_wat_or_raise should have raised"), $L[_]);
      break $match50;
    }
    $rt.matchFailed($L[_]);
  }
  $b.engine_delete(engine3);
});
$rt.test("invalid config combinations fail at engine creation", () => {
  const config$10: $binding.Config = $b.config_new();
  $b.config_wasm_reference_types_set(config$10, false);
  let $t51: any;
  try {
    $t51 = new $mb.Ok($b.engine_new_with_config(config$10));
  } catch ($t52: any) {
    $rt.catchable($t52);
    $t51 = new $mb.Err($t52);
  }
  $match54: {
    const $t53: any = $t51;
    if ($t53.tag === "Err") {
      const e$4 = $t53.error;
      inspect(new $rt.Dyn($d_Error, e$4), "Failure(\"engine_new_with_config: invalid configuration: the component-model-async feature requires the wasm reference-types proposal\")", $L[_], $rt.argsLoc($L[_]));
      break $match54;
    }
    if ($t53.tag === "Ok") {
      fail($rt.viewStringView("engine_new_with_config should have raised"), $L[_]);
      break $match54;
    }
    $rt.matchFailed($L[_]);
  }
  const config2$1: $binding.Config = $b.config_new();
  $b.config_concurrency_support_set(config2$1, false);
  $b.config_wasm_reference_types_set(config2$1, false);
  let $t55: any;
  try {
    $t55 = new $mb.Ok($b.engine_new_with_config(config2$1));
  } catch ($t56: any) {
    $rt.catchable($t56);
    $t55 = new $mb.Err($t56);
  }
  $match58: {
    const $t57: any = $t55;
    if ($t57.tag === "Ok") {
      const engine$20 = $t57.value;
      $b.engine_delete(engine$20);
      break $match58;
    }
    if ($t57.tag === "Err") {
      const e$5 = $t57.error;
      throw e$5;
      break $match58;
    }
    $rt.matchFailed($L[_]);
  }
});
$rt.test("memory and stack size options", () => {
  const config$11: $binding.Config = $b.config_new();
  inspect(new $rt.Dyn($d_Unit, $b.config_max_wasm_stack_set(config$11, $op_UInt64_mul(64n, 1024n))), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_async_stack_size_set(config$11, $op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n))), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_memory_reservation_set(config$11, $op_UInt64_mul($op_UInt64_mul(1024n, 1024n), 1024n))), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_memory_guard_size_set(config$11, $op_UInt64_mul(64n, 1024n))), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_memory_reservation_for_growth_set(config$11, $op_UInt64_mul(1024n, 1024n))), "()", $L[_], $rt.argsLoc($L[_]));
  const engine$21: $binding.Engine = $b.engine_new_with_config(config$11);
  const store$13: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$21);
  const context$11: $binding.Context = $b.wasmtime_store_context(store$13);
  const wat$7: string = "(module\n  (func $down (export \"down\") (param i32) (result i32)\n    (if (result i32) (i32.eqz (local.get 0))\n      (then (i32.const 0))\n      (else (i32.add (i32.const 1) (call $down (i32.sub (local.get 0) (i32.const 1))))))))";
  const module_val$5: $binding.Module = $b.module_new_from_wat_or_raise(engine$21, wat$7);
  const instance$5: $binding.Instance = $b.instance_new_or_raise(context$11, module_val$5);
  const func$5: Uint8Array = $b.instance_export_func_or_raise(context$11, instance$5, "down");
  const args$5: Uint8Array = $b.make_val_buffer(1);
  const results$8: Uint8Array = $b.make_val_buffer(1);
  $b.val_buffer_set_i32(args$5, 0, 100);
  $b.func_call_sync_or_raise(context$11, func$5, args$5, results$8);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$8, 0)), "100", $L[_], $rt.argsLoc($L[_]));
  $b.val_buffer_set_i32(args$5, 0, 1000000);
  let $t59: any;
  try {
    $t59 = new $mb.Ok($b.func_call_sync_or_raise(context$11, func$5, args$5, results$8));
  } catch ($t60: any) {
    $rt.catchable($t60);
    $t59 = new $mb.Err($t60);
  }
  $match62: {
    const $t61: any = $t59;
    if ($t61.tag === "Ok") {
      fail($rt.viewStringView("expected a stack overflow"), $L[_]);
      break $match62;
    }
    if ($t61.tag === "Err" && $rt.isError($t61.error, "Failure", "Failure")) {
      const msg = $t61.error._0;
      inspect(new $rt.Dyn($d_Bool, String$contains(msg, $rt.viewStringView("call stack exhausted"))), "true", $L[_], $rt.argsLoc($L[_]));
      break $match62;
    }
    if ($t61.tag === "Err") {
      fail($rt.viewStringView("expected a Failure"), $L[_]);
      break $match62;
    }
    $rt.matchFailed($L[_]);
  }
  $b.module_delete(module_val$5);
  $b.wasmtime_store_delete(store$13);
  $b.engine_delete(engine$21);
});
$rt.test("integer config options and their range", () => {
  const config$12: $binding.Config = $b.config_new();
  inspect(new $rt.Dyn($d_Unit, $b.config_strategy_set(config$12, $b.STRATEGY_CRANELIFT)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_cranelift_opt_level_set(config$12, $b.OPT_LEVEL_SPEED_AND_SIZE)), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_profiler_set(config$12, $b.PROFILING_STRATEGY_NONE)), "()", $L[_], $rt.argsLoc($L[_]));
  let $t63: any;
  try {
    $t63 = new $mb.Ok($b.config_strategy_set(config$12, 7));
  } catch ($t64: any) {
    $rt.catchable($t64);
    $t63 = new $mb.Err($t64);
  }
  inspect(new $rt.Dyn($d_Result, $t63), "Err(RangeError(\"config_strategy_set: value must be in 0..1, got 7\"))", $L[_], $rt.argsLoc($L[_]));
  let $t65: any;
  try {
    $t65 = new $mb.Ok($b.config_cranelift_opt_level_set(config$12, 3));
  } catch ($t66: any) {
    $rt.catchable($t66);
    $t65 = new $mb.Err($t66);
  }
  inspect(new $rt.Dyn($d_Result, $t65), "Err(RangeError(\"config_cranelift_opt_level_set: value must be in 0..2, got 3\"))", $L[_], $rt.argsLoc($L[_]));
  let $t67: any;
  try {
    $t67 = new $mb.Ok($b.config_profiler_set(config$12, 9));
  } catch ($t68: any) {
    $rt.catchable($t68);
    $t67 = new $mb.Err($t68);
  }
  inspect(new $rt.Dyn($d_Result, $t67), "Err(RangeError(\"config_profiler_set: value must be in 0..3, got 9\"))", $L[_], $rt.argsLoc($L[_]));
  const engine$22: $binding.Engine = $b.engine_new_with_config(config$12);
  $b.engine_delete(engine$22);
});
$rt.test("cranelift settings by name", () => {
  const config$13: $binding.Config = $b.config_new();
  inspect(new $rt.Dyn($d_Unit, $b.config_cranelift_flag_enable(config$13, "enable_verifier")), "()", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Unit, $b.config_cranelift_flag_set(config$13, "regalloc_checker", "true")), "()", $L[_], $rt.argsLoc($L[_]));
  const engine$23: $binding.Engine = $b.engine_new_with_config(config$13);
  $b.engine_delete(engine$23);
  const bad: $binding.Config = $b.config_new();
  $b.config_cranelift_flag_set(bad, "no_such_flag", "true");
  let $t69: any;
  try {
    $t69 = new $mb.Ok($b.engine_new_with_config(bad));
  } catch ($t70: any) {
    $rt.catchable($t70);
    $t69 = new $mb.Err($t70);
  }
  $match72: {
    const $t71: any = $t69;
    if ($t71.tag === "Err") {
      const e$6 = $t71.error;
      inspect(new $rt.Dyn($d_Error, e$6), "Failure(\"engine_new_with_config: invalid configuration: No existing setting named 'no_such_flag'\")", $L[_], $rt.argsLoc($L[_]));
      break $match72;
    }
    if ($t71.tag === "Ok") {
      fail($rt.viewStringView("engine_new_with_config should have raised"), $L[_]);
      break $match72;
    }
    $rt.matchFailed($L[_]);
  }
});
$rt.test("config_target_set", () => {
  const config$14: $binding.Config = $b.config_new();
  const ok: $binding.WasmtimeError = $b.config_target_set(config$14, "x86_64-unknown-linux-gnu");
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(ok)), "true", $L[_], $rt.argsLoc($L[_]));
  const err$6: $binding.WasmtimeError = $b.config_target_set(config$14, "not-a-target");
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(err$6)), "false", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_String, $b.error_message(err$6)), "Unrecognized architecture: not", $L[_], $rt.argsLoc($L[_]));
  $b.error_delete(err$6);
  $b.config_delete(config$14);
});
$rt.test("config_cache_config_load", () => {
  const config$15: $binding.Config = $b.config_new();
  const err$7: $binding.WasmtimeError = $b.config_cache_config_load(config$15, "testdata/cache-config.toml");
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(err$7)), "true", $L[_], $rt.argsLoc($L[_]));
  const missing: $binding.WasmtimeError = $b.config_cache_config_load(config$15, "testdata/no-such-file.toml");
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(missing)), "false", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Bool, String$contains($b.error_message(missing), $rt.viewStringView("no-such-file.toml"))), "true", $L[_], $rt.argsLoc($L[_]));
  $b.error_delete(missing);
  const default_: $binding.WasmtimeError = $b.config_cache_config_load_default(config$15);
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(default_)), "true", $L[_], $rt.argsLoc($L[_]));
  const engine$24: $binding.Engine = $b.engine_new_with_config(config$15);
  $b.engine_delete(engine$24);
});
$rt.test("null and non-null WasmtimeError", () => {
  const config$16: $binding.Config = $b.config_new();
  const err$8: $binding.WasmtimeError = $b.config_target_set(config$16, "riscv1024-unknown-none");
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(err$8)), "false", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_String, $b.error_message(err$8)), "Unrecognized architecture: riscv1024", $L[_], $rt.argsLoc($L[_]));
  $b.error_delete(err$8);
  let $t73: any;
  try {
    $t73 = new $mb.Ok($b.error_message(err$8));
  } catch ($t74: any) {
    $rt.catchable($t74);
    $t73 = new $mb.Err($t74);
  }
  inspect(new $rt.Dyn($d_Result$2, $t73), "Err(Error(\"error_message: this WasmtimeError has already been deleted\"))", $L[_], $rt.argsLoc($L[_]));
  $b.config_delete(config$16);
});
$rt.test("pointer buffers start out null", () => {
  const ptr: Uint8Array = $b.make_ptr_buffer();
  inspect(new $rt.Dyn($d_Int, Bytes$length(ptr)), "8", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Bool, $b.ptr_buffer_is_null(ptr)), "true", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_UInt64, $b.ptr_buffer_read_u64(ptr)), "0", $L[_], $rt.argsLoc($L[_]));
  $b.error_delete_ptr_buffer(ptr);
  $b.trap_delete_ptr_buffer(ptr);
  $b.ptr_buffer_clear(ptr);
  inspect(new $rt.Dyn($d_Bool, $b.ptr_buffer_is_null(ptr)), "true", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("the message of a null pointer buffer", () => {
  const ptr$1: Uint8Array = $b.make_ptr_buffer();
  let $t75: any;
  try {
    $t75 = new $mb.Ok($b.error_message_ptr_buffer(ptr$1));
  } catch ($t76: any) {
    $rt.catchable($t76);
    $t75 = new $mb.Err($t76);
  }
  inspect(new $rt.Dyn($d_Result$2, $t75), "Err(Error(\"error_message_ptr_buffer: the pointer buffer is null\"))", $L[_], $rt.argsLoc($L[_]));
  let $t77: any;
  try {
    $t77 = new $mb.Ok($b.trap_message_ptr_buffer(ptr$1));
  } catch ($t78: any) {
    $rt.catchable($t78);
    $t77 = new $mb.Err($t78);
  }
  inspect(new $rt.Dyn($d_Result$2, $t77), "Err(Error(\"trap_message_ptr_buffer: the pointer buffer is null\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("pointer buffers must be 8 bytes the binding wrote", () => {
  const short: Uint8Array = $bytes;
  let $t79: any;
  try {
    $t79 = new $mb.Ok($b.ptr_buffer_is_null(short));
  } catch ($t80: any) {
    $rt.catchable($t80);
    $t79 = new $mb.Err($t80);
  }
  inspect(new $rt.Dyn($d_Result$3, $t79), "Err(TypeError(\"ptr_buffer_is_null: a pointer buffer must be exactly 8 bytes (from make_ptr_buffer), got 3\"))", $L[_], $rt.argsLoc($L[_]));
  const forged: Uint8Array = $bytes$1;
  let $t81: any;
  try {
    $t81 = new $mb.Ok($b.error_delete_ptr_buffer(forged));
  } catch ($t82: any) {
    $rt.catchable($t82);
    $t81 = new $mb.Err($t82);
  }
  inspect(new $rt.Dyn($d_Result, $t81), "Err(TypeError(\"error_delete_ptr_buffer: pointer buffer holds bytes this binding did not write, or a stale copy of a deleted pointer\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("value buffers and their count", () => {
  inspect(new $rt.Dyn($d_Int, $b.val_sizeof()), "32", $L[_], $rt.argsLoc($L[_]));
  const buf: Uint8Array = $b.make_val_buffer(3);
  inspect(new $rt.Dyn($d_Int, Bytes$length(buf)), "96", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_count(buf)), "3", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_count($b.make_val_buffer(0))), "0", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("three ways to count a bad value buffer", () => {
  const bad$1: Uint8Array = $bytes$2;
  let $t83: any;
  try {
    $t83 = new $mb.Ok($b.val_buffer_count(bad$1));
  } catch ($t84: any) {
    $rt.catchable($t84);
    $t83 = new $mb.Err($t84);
  }
  inspect(new $rt.Dyn($d_Result$4, $t83), "Err(TypeError(\"val_buffer_count: value buffer length 5 is not a multiple of 32 (val_sizeof())\"))", $L[_], $rt.argsLoc($L[_]));
  let $t85: any;
  try {
    $t85 = new $mb.Ok($b.val_buffer_count_or_raise(bad$1));
  } catch ($t86: any) {
    $rt.catchable($t86);
    $t85 = new $mb.Err($t86);
  }
  inspect(new $rt.Dyn($d_Result$4, $t85), "Err(Failure(\"val_buffer_count_or_raise: value buffer length 5 is not a multiple of 32 (val_sizeof())\"))", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Result$4, $b.val_buffer_count_result(bad$1)), "Err(Failure(\"val_buffer_count_result: value buffer length 5 is not a multiple of 32 (val_sizeof())\"))", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_count_or_raise($b.make_val_buffer(2))), "2", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Result$4, $b.val_buffer_count_result($b.make_val_buffer(2))), "Ok(2)", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("setting and getting value slots", () => {
  const buf$1: Uint8Array = $b.make_val_buffer(4);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_kind(buf$1, 0)), "0", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(buf$1, 0)), "0", $L[_], $rt.argsLoc($L[_]));
  $b.val_buffer_set_i32(buf$1, 0, -42);
  $b.val_buffer_set_i64(buf$1, 1, 9007199254740993n);
  $b.val_buffer_set_f32(buf$1, 2, 1.5);
  $b.val_buffer_set_f64(buf$1, 3, 0.1);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(buf$1, 0)), "-42", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Int64, $b.val_buffer_get_i64(buf$1, 1)), "9007199254740993", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Float, $b.val_buffer_get_f32(buf$1, 2)), "1.5", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Double, $b.val_buffer_get_f64(buf$1, 3)), "0.1", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple4, [$b.val_buffer_kind(buf$1, 0), $b.val_buffer_kind(buf$1, 1), $b.val_buffer_kind(buf$1, 2), $b.val_buffer_kind(buf$1, 3)]), "(0, 1, 2, 3)", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("a value slot index out of range", () => {
  const buf$2: Uint8Array = $b.make_val_buffer(1);
  let $t87: any;
  try {
    $t87 = new $mb.Ok($b.val_buffer_get_i32(buf$2, 1));
  } catch ($t88: any) {
    $rt.catchable($t88);
    $t87 = new $mb.Err($t88);
  }
  inspect(new $rt.Dyn($d_Result$4, $t87), "Err(RangeError(\"val_buffer_get_i32: index 1 out of range for a buffer of 1 value(s)\"))", $L[_], $rt.argsLoc($L[_]));
  let $t89: any;
  try {
    $t89 = new $mb.Ok($b.val_buffer_set_f64(buf$2, -1, 1));
  } catch ($t90: any) {
    $rt.catchable($t90);
    $t89 = new $mb.Err($t90);
  }
  inspect(new $rt.Dyn($d_Result, $t89), "Err(RangeError(\"val_buffer_set_f64: index -1 out of range for a buffer of 1 value(s)\"))", $L[_], $rt.argsLoc($L[_]));
  let $t91: any;
  try {
    $t91 = new $mb.Ok($b.make_val_buffer(-1));
  } catch ($t92: any) {
    $rt.catchable($t92);
    $t91 = new $mb.Err($t92);
  }
  inspect(new $rt.Dyn($d_Result$5, $t91), "Err(RangeError(\"make_val_buffer: count must be an integer in 0..1048576, got -1\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("function types from value kinds", () => {
  const params$3: Uint8Array = $bytes$3;
  const results$9: Uint8Array = $bytes$4;
  const ty$3: $binding.FuncType = $b.functype_new_from_valkinds(params$3, results$9);
  inspect(new $rt.Dyn($d_Bool, $b.functype_is_null(ty$3)), "false", $L[_], $rt.argsLoc($L[_]));
  $b.functype_delete(ty$3);
  const bad$2: Uint8Array = $bytes$5;
  const null_ty: $binding.FuncType = $b.functype_new_from_valkinds(bad$2, results$9);
  inspect(new $rt.Dyn($d_Bool, $b.functype_is_null(null_ty)), "true", $L[_], $rt.argsLoc($L[_]));
  let $t93: any;
  try {
    $t93 = new $mb.Ok($b.functype_new_from_valkinds_or_raise(bad$2, results$9));
  } catch ($t94: any) {
    $rt.catchable($t94);
    $t93 = new $mb.Err($t94);
  }
  $match96: {
    const $t95: any = $t93;
    if ($t95.tag === "Err") {
      const e$7 = $t95.error;
      inspect(new $rt.Dyn($d_Error, e$7), "Failure(\"functype_new_from_valkinds_or_raise: invalid value kind 77 at params[1] (expected one of 0,1,2,3,4,128,129)\")", $L[_], $rt.argsLoc($L[_]));
      break $match96;
    }
    if ($t95.tag === "Ok") {
      fail($rt.viewStringView("functype_new_from_valkinds_or_raise should have raised"), $L[_]);
      break $match96;
    }
    $rt.matchFailed($L[_]);
  }
  $match98: {
    const $t97: any = $b.functype_new_from_valkinds_result(bad$2, results$9);
    if ($t97.tag === "Ok") {
      fail($rt.viewStringView("expected an error"), $L[_]);
      break $match98;
    }
    if ($t97.tag === "Err") {
      const e$8 = $t97.error;
      inspect(new $rt.Dyn($d_Error, e$8), "Failure(\"functype_new_from_valkinds_result: invalid value kind 77 at params[1] (expected one of 0,1,2,3,4,128,129)\")", $L[_], $rt.argsLoc($L[_]));
      break $match98;
    }
    $rt.matchFailed($L[_]);
  }
  $match100: {
    const $t99: any = $b.functype_new_from_valkinds_result(params$3, results$9);
    if ($t99.tag === "Ok") {
      const t = $t99.value;
      {
        inspect(new $rt.Dyn($d_Bool, $b.functype_is_null(t)), "false", $L[_], $rt.argsLoc($L[_]));
        $b.functype_delete(t);
      }
      break $match100;
    }
    if ($t99.tag === "Err") {
      const e$9 = $t99.error;
      throw e$9;
      break $match100;
    }
    $rt.matchFailed($L[_]);
  }
});
$rt.test("function types with reference kinds", () => {
  const params$4: Uint8Array = new Uint8Array([]);
  const refs: Uint8Array = $bytes$6;
  const ty$4: $binding.FuncType = $b.functype_new_from_valkinds_or_raise(params$4, refs);
  inspect(new $rt.Dyn($d_Bool, $b.functype_is_null(ty$4)), "false", $L[_], $rt.argsLoc($L[_]));
  $b.functype_delete(ty$4);
});
$rt.test("the no-op host function", () => {
  const engine$25: $binding.Engine = $b.engine_new();
  const store$14: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$25);
  const context$12: $binding.Context = $b.wasmtime_store_context(store$14);
  const none: Uint8Array = new Uint8Array([]);
  const ty$5: $binding.FuncType = $b.functype_new_from_valkinds_or_raise(none, none);
  const cb: bigint = $b.func_noop_callback_ptr();
  inspect(new $rt.Dyn($d_Bool, (cb > 0n)), "true", $L[_], $rt.argsLoc($L[_]));
  const func$6: Uint8Array = $b.func_buffer_new_with_ptr(context$12, ty$5, cb, 0n, 0n);
  inspect(new $rt.Dyn($d_Int, $b.func_sizeof()), "16", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Int, Bytes$length(func$6)), "16", $L[_], $rt.argsLoc($L[_]));
  let $t101: any;
  try {
    $t101 = new $mb.Ok($b.func_call_sync_or_raise(context$12, func$6, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($t102: any) {
    $rt.catchable($t102);
    $t101 = new $mb.Err($t102);
  }
  inspect(new $rt.Dyn($d_Result, $t101), "Ok(())", $L[_], $rt.argsLoc($L[_]));
  let $t103: any;
  try {
    $t103 = new $mb.Ok($b.func_buffer_new_with_ptr(context$12, ty$5, $op_UInt64_add(cb, 8n), 0n, 0n));
  } catch ($t104: any) {
    $rt.catchable($t104);
    $t103 = new $mb.Err($t104);
  }
  inspect(new $rt.Dyn($d_Result$5, $t103), "Err(TypeError(\"func_buffer_new_with_ptr: callback address was not handed out by this binding (only func_noop_callback_ptr() is accepted)\"))", $L[_], $rt.argsLoc($L[_]));
  let $t105: any;
  try {
    $t105 = new $mb.Ok($b.func_buffer_new_with_ptr(context$12, ty$5, cb, 1n, 0n));
  } catch ($t106: any) {
    $rt.catchable($t106);
    $t105 = new $mb.Err($t106);
  }
  inspect(new $rt.Dyn($d_Result$5, $t105), "Err(TypeError(\"func_buffer_new_with_ptr: env and finalizer must be 0 (arbitrary addresses are not accepted)\"))", $L[_], $rt.argsLoc($L[_]));
  $b.functype_delete(ty$5);
  let $t107: any;
  try {
    $t107 = new $mb.Ok($b.func_buffer_new_with_ptr(context$12, ty$5, cb, 0n, 0n));
  } catch ($t108: any) {
    $rt.catchable($t108);
    $t107 = new $mb.Err($t108);
  }
  inspect(new $rt.Dyn($d_Result$5, $t107), "Err(Error(\"func_buffer_new_with_ptr: this FuncType has already been deleted\"))", $L[_], $rt.argsLoc($L[_]));
  $b.wasmtime_store_delete(store$14);
  $b.engine_delete(engine$25);
});
$rt.test("wat2wasm_or_raise", () => {
  inspect(new $rt.Dyn($d_Bytes, $b.wat2wasm_or_raise("(module)")), "b\"\\x00asm\\x01\\x00\\x00\\x00\"", $L[_], $rt.argsLoc($L[_]));
  let $t109: any;
  try {
    $t109 = new $mb.Ok($b.wat2wasm_or_raise("(module (func (result i32) i32.const)"));
  } catch ($t110: any) {
    $rt.catchable($t110);
    $t109 = new $mb.Err($t110);
  }
  inspect(new $rt.Dyn($d_Result$5, $t109), "Err(Failure(\"expected a i32\\n     --> <anon>:1:37\\n      |\\n    1 | (module (func (result i32) i32.const)\\n      |                                     ^\"))", $L[_], $rt.argsLoc($L[_]));
  let $t111: any;
  try {
    $t111 = new $mb.Ok($b.wat2wasm_or_raise("(module"));
  } catch ($t112: any) {
    $rt.catchable($t112);
    $t111 = new $mb.Err($t112);
  }
  inspect(new $rt.Dyn($d_Result$5, $t111), "Err(Failure(\"expected `)`\\n     --> <anon>:1:8\\n      |\\n    1 | (module\\n      |        ^\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("compiling modules from text and binary", () => {
  const engine$26: $binding.Engine = $b.engine_new();
  const wasm: Uint8Array = $b.wat2wasm_or_raise("(module (func (export \"f\")))");
  const m1: $binding.Module = $b.module_new_or_raise(engine$26, wasm);
  const m2: $binding.Module = $b.module_new_from_wat_or_raise(engine$26, "(module)");
  let $t113: any;
  try {
    $t113 = new $mb.Ok($b.module_new_or_raise(engine$26, $bytes$7));
  } catch ($t114: any) {
    $rt.catchable($t114);
    $t113 = new $mb.Err($t114);
  }
  $match116: {
    const $t115: any = $t113;
    if ($t115.tag === "Err") {
      const e$10 = $t115.error;
      inspect(new $rt.Dyn($d_Error, e$10), "Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    unknown binary version:        0x2 (at offset 0x4)\\n\")", $L[_], $rt.argsLoc($L[_]));
      break $match116;
    }
    if ($t115.tag === "Ok") {
      fail($rt.viewStringView("module_new_or_raise should have raised"), $L[_]);
      break $match116;
    }
    $rt.matchFailed($L[_]);
  }
  let $t117: any;
  try {
    $t117 = new $mb.Ok($b.module_new_or_raise(engine$26, $bytes$8));
  } catch ($t118: any) {
    $rt.catchable($t118);
    $t117 = new $mb.Err($t118);
  }
  $match120: {
    const $t119: any = $t117;
    if ($t119.tag === "Err") {
      const e$11 = $t119.error;
      inspect(new $rt.Dyn($d_Error, e$11), "Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    magic header not detected: bad magic number - expected=[\\n    0x0,\\n    0x61,\\n    0x73,\\n    0x6d,\\n] actual=[\\n    0x6e,\\n    0x6f,\\n    0x70,\\n    0x65,\\n] (at offset 0x0)\\n\")", $L[_], $rt.argsLoc($L[_]));
      break $match120;
    }
    if ($t119.tag === "Ok") {
      fail($rt.viewStringView("module_new_or_raise should have raised"), $L[_]);
      break $match120;
    }
    $rt.matchFailed($L[_]);
  }
  let $t121: any;
  try {
    $t121 = new $mb.Ok($b.module_new_from_wat_or_raise(engine$26, "(module (func (result i32)))"));
  } catch ($t122: any) {
    $rt.catchable($t122);
    $t121 = new $mb.Err($t122);
  }
  $match124: {
    const $t123: any = $t121;
    if ($t123.tag === "Err") {
      const e$12 = $t123.error;
      inspect(new $rt.Dyn($d_Error, e$12), "Failure(\"failed to compile: wasm[0]::function[0]\\n\\nCaused by:\\n    0: WebAssembly translation error\\n    1: Invalid input WebAssembly code at offset 24: type mismatch: expected i32 but nothing on stack\\n\")", $L[_], $rt.argsLoc($L[_]));
      break $match124;
    }
    if ($t123.tag === "Ok") {
      fail($rt.viewStringView("module_new_from_wat_or_raise should have raised"), $L[_]);
      break $match124;
    }
    $rt.matchFailed($L[_]);
  }
  $b.module_delete(m1);
  $b.module_delete(m2);
  let $t125: any;
  try {
    $t125 = new $mb.Ok($b.module_delete(m1));
  } catch ($t126: any) {
    $rt.catchable($t126);
    $t125 = new $mb.Err($t126);
  }
  inspect(new $rt.Dyn($d_Result, $t125), "Err(Error(\"module_delete: this Module has already been deleted\"))", $L[_], $rt.argsLoc($L[_]));
  $b.engine_delete(engine$26);
});
$rt.test("serializing and deserializing modules", () => {
  const engine$27: $binding.Engine = $b.engine_new();
  const wat$8: string = "(module\n  (func (export \"answer\") (result i32)\n    i32.const 42))";
  const original: $binding.Module = $b.module_new_from_wat_or_raise(engine$27, wat$8);
  const bytes: Uint8Array = $b.module_serialize_or_raise(original);
  inspect(new $rt.Dyn($d_Bool, (Bytes$length(bytes) > 0)), "true", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(original);
  const restored: $binding.Module = $b.module_deserialize_or_raise(engine$27, bytes);
  const store$15: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$27);
  const context$13: $binding.Context = $b.wasmtime_store_context(store$15);
  const instance$6: $binding.Instance = $b.instance_new_or_raise(context$13, restored);
  const func$7: Uint8Array = $b.instance_export_func_or_raise(context$13, instance$6, "answer");
  const results$10: Uint8Array = $b.make_val_buffer(1);
  $b.func_call_sync_or_raise(context$13, func$7, $b.make_val_buffer(0), results$10);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$10, 0)), "42", $L[_], $rt.argsLoc($L[_]));
  let $t127: any;
  try {
    $t127 = new $mb.Ok($b.module_deserialize_or_raise(engine$27, $b.wat2wasm_or_raise("(module)")));
  } catch ($t128: any) {
    $rt.catchable($t128);
    $t127 = new $mb.Err($t128);
  }
  $match130: {
    const $t129: any = $t127;
    if ($t129.tag === "Err") {
      const e$13 = $t129.error;
      inspect(new $rt.Dyn($d_Error, e$13), "Failure(\"module_deserialize_or_raise: refusing bytes that module_serialize_or_raise did not produce in this process (deserializing untrusted bytes is unsafe)\")", $L[_], $rt.argsLoc($L[_]));
      break $match130;
    }
    if ($t129.tag === "Ok") {
      fail($rt.viewStringView("module_deserialize_or_raise should have raised"), $L[_]);
      break $match130;
    }
    $rt.matchFailed($L[_]);
  }
  $b.module_delete(restored);
  $b.wasmtime_store_delete(store$15);
  $b.engine_delete(engine$27);
});
$rt.test("instances and exported functions", () => {
  const engine$28: $binding.Engine = $b.engine_new();
  const store$16: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$28);
  const context$14: $binding.Context = $b.wasmtime_store_context(store$16);
  const wat$9: string = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1)))\n  (func (export \"mul64\") (param i64 i64) (result i64)\n    (i64.mul (local.get 0) (local.get 1)))\n  (func (export \"half32\") (param f32) (result f32)\n    (f32.div (local.get 0) (f32.const 2)))\n  (func (export \"sqrt64\") (param f64) (result f64)\n    (f64.sqrt (local.get 0)))\n  (func (export \"swap\") (param i32 i64) (result i64 i32)\n    (local.get 1) (local.get 0)))";
  const module_val$6: $binding.Module = $b.module_new_from_wat_or_raise(engine$28, wat$9);
  const instance$7: $binding.Instance = $b.instance_new_or_raise(context$14, module_val$6);
  const add: Uint8Array = $b.instance_export_func_or_raise(context$14, instance$7, "add");
  const args$6: Uint8Array = $b.make_val_buffer(2);
  const results$11: Uint8Array = $b.make_val_buffer(1);
  $b.val_buffer_set_i32(args$6, 0, 2);
  $b.val_buffer_set_i32(args$6, 1, 3);
  $b.func_call_sync_or_raise(context$14, add, args$6, results$11);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$11, 0)), "5", $L[_], $rt.argsLoc($L[_]));
  $b.val_buffer_set_i32(args$6, 0, 2147483647);
  $b.val_buffer_set_i32(args$6, 1, 1);
  $b.func_call_sync_or_raise(context$14, add, args$6, results$11);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$11, 0)), "-2147483648", $L[_], $rt.argsLoc($L[_]));
  const mul64: Uint8Array = $b.instance_export_func_or_raise(context$14, instance$7, "mul64");
  $b.val_buffer_set_i64(args$6, 0, 4294967296n);
  $b.val_buffer_set_i64(args$6, 1, -3n);
  $b.func_call_sync_or_raise(context$14, mul64, args$6, results$11);
  inspect(new $rt.Dyn($d_Int64, $b.val_buffer_get_i64(results$11, 0)), "-12884901888", $L[_], $rt.argsLoc($L[_]));
  const half32: Uint8Array = $b.instance_export_func_or_raise(context$14, instance$7, "half32");
  const one: Uint8Array = $b.make_val_buffer(1);
  $b.val_buffer_set_f32(one, 0, 5);
  $b.func_call_sync_or_raise(context$14, half32, one, results$11);
  inspect(new $rt.Dyn($d_Float, $b.val_buffer_get_f32(results$11, 0)), "2.5", $L[_], $rt.argsLoc($L[_]));
  const sqrt64: Uint8Array = $b.instance_export_func_or_raise(context$14, instance$7, "sqrt64");
  $b.val_buffer_set_f64(one, 0, 2);
  $b.func_call_sync_or_raise(context$14, sqrt64, one, results$11);
  inspect(new $rt.Dyn($d_Double, $b.val_buffer_get_f64(results$11, 0)), "1.4142135623730951", $L[_], $rt.argsLoc($L[_]));
  const swap: Uint8Array = $b.instance_export_func_or_raise(context$14, instance$7, "swap");
  const two: Uint8Array = $b.make_val_buffer(2);
  $b.val_buffer_set_i32(args$6, 0, 7);
  $b.val_buffer_set_i64(args$6, 1, 8n);
  $b.func_call_sync_or_raise(context$14, swap, args$6, two);
  inspect(new $rt.Dyn($d_Tuple2$1, [$b.val_buffer_get_i64(two, 0), $b.val_buffer_get_i32(two, 1)]), "(8, 7)", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple2, [$b.val_buffer_kind(two, 0), $b.val_buffer_kind(two, 1)]), "(1, 0)", $L[_], $rt.argsLoc($L[_]));
  let $t131: any;
  try {
    $t131 = new $mb.Ok($b.instance_export_func_or_raise(context$14, instance$7, "missing"));
  } catch ($t132: any) {
    $rt.catchable($t132);
    $t131 = new $mb.Err($t132);
  }
  inspect(new $rt.Dyn($d_Result$5, $t131), "Err(Failure(\"instance_export_func_or_raise: no export named `missing`\"))", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$6);
  $b.wasmtime_store_delete(store$16);
  $b.engine_delete(engine$28);
});
$rt.test("sync calls check arity and types", () => {
  const engine$29: $binding.Engine = $b.engine_new();
  const store$17: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$29);
  const context$15: $binding.Context = $b.wasmtime_store_context(store$17);
  const wat$10: string = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1))))";
  const module_val$7: $binding.Module = $b.module_new_from_wat_or_raise(engine$29, wat$10);
  const instance$8: $binding.Instance = $b.instance_new_or_raise(context$15, module_val$7);
  const add$1: Uint8Array = $b.instance_export_func_or_raise(context$15, instance$8, "add");
  const results$12: Uint8Array = $b.make_val_buffer(1);
  let $t133: any;
  try {
    $t133 = new $mb.Ok($b.func_call_sync_or_raise(context$15, add$1, $b.make_val_buffer(1), results$12));
  } catch ($t134: any) {
    $rt.catchable($t134);
    $t133 = new $mb.Err($t134);
  }
  inspect(new $rt.Dyn($d_Result, $t133), "Err(Failure(\"error: expected 2 arguments, got 1\"))", $L[_], $rt.argsLoc($L[_]));
  let $t135: any;
  try {
    $t135 = new $mb.Ok($b.func_call_sync_or_raise(context$15, add$1, $b.make_val_buffer(2), $b.make_val_buffer(0)));
  } catch ($t136: any) {
    $rt.catchable($t136);
    $t135 = new $mb.Err($t136);
  }
  inspect(new $rt.Dyn($d_Result, $t135), "Err(Failure(\"error: expected 1 results, got 0\"))", $L[_], $rt.argsLoc($L[_]));
  const args$7: Uint8Array = $b.make_val_buffer(2);
  $b.val_buffer_set_f64(args$7, 0, 1);
  $b.val_buffer_set_i32(args$7, 1, 1);
  let $t137: any;
  try {
    $t137 = new $mb.Ok($b.func_call_sync_or_raise(context$15, add$1, args$7, results$12));
  } catch ($t138: any) {
    $rt.catchable($t138);
    $t137 = new $mb.Err($t138);
  }
  inspect(new $rt.Dyn($d_Result, $t137), "Err(Failure(\"error: argument type mismatch\\n\\nCaused by:\\n    type mismatch: expected i32, found f64\\n\"))", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$7);
  $b.wasmtime_store_delete(store$17);
  $b.engine_delete(engine$29);
});
$rt.test("a trap raises a Failure", () => {
  const engine$30: $binding.Engine = $b.engine_new();
  const store$18: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$30);
  const context$16: $binding.Context = $b.wasmtime_store_context(store$18);
  const wat$11: string = "(module\n  (func (export \"boom\")\n    unreachable)\n  (func (export \"div\") (param i32 i32) (result i32)\n    (i32.div_s (local.get 0) (local.get 1))))";
  const module_val$8: $binding.Module = $b.module_new_from_wat_or_raise(engine$30, wat$11);
  const instance$9: $binding.Instance = $b.instance_new_or_raise(context$16, module_val$8);
  const boom: Uint8Array = $b.instance_export_func_or_raise(context$16, instance$9, "boom");
  let $t139: any;
  try {
    $t139 = new $mb.Ok($b.func_call_sync_or_raise(context$16, boom, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($t140: any) {
    $rt.catchable($t140);
    $t139 = new $mb.Err($t140);
  }
  inspect(new $rt.Dyn($d_Result, $t139), "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x2e - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", $L[_], $rt.argsLoc($L[_]));
  const div: Uint8Array = $b.instance_export_func_or_raise(context$16, instance$9, "div");
  const args$8: Uint8Array = $b.make_val_buffer(2);
  $b.val_buffer_set_i32(args$8, 0, 1);
  $b.val_buffer_set_i32(args$8, 1, 0);
  let $t141: any;
  try {
    $t141 = new $mb.Ok($b.func_call_sync_or_raise(context$16, div, args$8, $b.make_val_buffer(1)));
  } catch ($t142: any) {
    $rt.catchable($t142);
    $t141 = new $mb.Err($t142);
  }
  $match144: {
    const $t143: any = $t141;
    if ($t143.tag === "Ok") {
      fail($rt.viewStringView("expected a trap"), $L[_]);
      break $match144;
    }
    if ($t143.tag === "Err" && $rt.isError($t143.error, "Failure", "Failure")) {
      const msg$1 = $t143.error._0;
      inspect(new $rt.Dyn($d_Bool, String$contains(msg$1, $rt.viewStringView("integer divide by zero"))), "true", $L[_], $rt.argsLoc($L[_]));
      break $match144;
    }
    if ($t143.tag === "Err") {
      const e$14 = $t143.error;
      throw e$14;
      break $match144;
    }
    $rt.matchFailed($L[_]);
  }
  $b.module_delete(module_val$8);
  $b.wasmtime_store_delete(store$18);
  $b.engine_delete(engine$30);
});
$rt.test("func_call_sync_result_autoclean", () => {
  const engine$31: $binding.Engine = $b.engine_new();
  const store$19: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$31);
  const context$17: $binding.Context = $b.wasmtime_store_context(store$19);
  const wat$12: string = "(module\n  (func (export \"ok\") (result i32) i32.const 1)\n  (func (export \"boom\") (result i32) unreachable))";
  const module_val$9: $binding.Module = $b.module_new_from_wat_or_raise(engine$31, wat$12);
  const instance$10: $binding.Instance = $b.instance_new_or_raise(context$17, module_val$9);
  const ok$1: Uint8Array = $b.instance_export_func_or_raise(context$17, instance$10, "ok");
  const boom$1: Uint8Array = $b.instance_export_func_or_raise(context$17, instance$10, "boom");
  const results$13: Uint8Array = $b.make_val_buffer(1);
  const trap_ptr$5: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$5: Uint8Array = $b.make_ptr_buffer();
  inspect(new $rt.Dyn($d_Result, $b.func_call_sync_result_autoclean(context$17, ok$1, $b.make_val_buffer(0), results$13, trap_ptr$5, err_ptr$5)), "Ok(())", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$13, 0)), "1", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Result, $b.func_call_sync_result_autoclean(context$17, boom$1, $b.make_val_buffer(0), results$13, trap_ptr$5, err_ptr$5)), "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x2d - <unknown>!<wasm function 1>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple2$2, [$b.ptr_buffer_is_null(trap_ptr$5), $b.ptr_buffer_is_null(err_ptr$5)]), "(true, true)", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$9);
  $b.wasmtime_store_delete(store$19);
  $b.engine_delete(engine$31);
});
$rt.test("linkers resolve imports by name", () => {
  const engine$32: $binding.Engine = $b.engine_new();
  const store$20: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$32);
  const context$18: $binding.Context = $b.wasmtime_store_context(store$20);
  const wat$13: string = "(module\n  (import \"env\" \"missing\" (func))\n  (func (export \"run\")))";
  const module_val$10: $binding.Module = $b.module_new_from_wat_or_raise(engine$32, wat$13);
  const linker$3: $binding.Linker = $b.linker_new(engine$32);
  let $t145: any;
  try {
    $t145 = new $mb.Ok($b.linker_instantiate_or_raise(linker$3, context$18, module_val$10));
  } catch ($t146: any) {
    $rt.catchable($t146);
    $t145 = new $mb.Err($t146);
  }
  $match148: {
    const $t147: any = $t145;
    if ($t147.tag === "Err") {
      const e$15 = $t147.error;
      inspect(new $rt.Dyn($d_Error, e$15), "Failure(\"unknown import: `env::missing` has not been defined\")", $L[_], $rt.argsLoc($L[_]));
      break $match148;
    }
    if ($t147.tag === "Ok") {
      fail($rt.viewStringView("linker_instantiate_or_raise should have raised"), $L[_]);
      break $match148;
    }
    $rt.matchFailed($L[_]);
  }
  let $t149: any;
  try {
    $t149 = new $mb.Ok($b.instance_new_or_raise(context$18, module_val$10));
  } catch ($t150: any) {
    $rt.catchable($t150);
    $t149 = new $mb.Err($t150);
  }
  $match152: {
    const $t151: any = $t149;
    if ($t151.tag === "Err") {
      const e$16 = $t151.error;
      inspect(new $rt.Dyn($d_Error, e$16), "Failure(\"expected 1 imports, found 0\")", $L[_], $rt.argsLoc($L[_]));
      break $match152;
    }
    if ($t151.tag === "Ok") {
      fail($rt.viewStringView("instance_new_or_raise should have raised"), $L[_]);
      break $match152;
    }
    $rt.matchFailed($L[_]);
  }
  const plain: $binding.Module = $b.module_new_from_wat_or_raise(engine$32, "(module (func (export \"run\")))");
  const instance$11: $binding.Instance = $b.linker_instantiate_or_raise(linker$3, context$18, plain);
  const run: Uint8Array = $b.instance_export_func_or_raise(context$18, instance$11, "run");
  let $t153: any;
  try {
    $t153 = new $mb.Ok($b.func_call_sync_or_raise(context$18, run, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($t154: any) {
    $rt.catchable($t154);
    $t153 = new $mb.Err($t154);
  }
  inspect(new $rt.Dyn($d_Result, $t153), "Ok(())", $L[_], $rt.argsLoc($L[_]));
  $b.linker_delete(linker$3);
  let $t155: any;
  try {
    $t155 = new $mb.Ok($b.linker_delete(linker$3));
  } catch ($t156: any) {
    $rt.catchable($t156);
    $t155 = new $mb.Err($t156);
  }
  inspect(new $rt.Dyn($d_Result, $t155), "Err(Error(\"linker_delete: this Linker has already been deleted\"))", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$10);
  $b.module_delete(plain);
  $b.wasmtime_store_delete(store$20);
  $b.engine_delete(engine$32);
});
$rt.test("a WASI module needs a WASI context", () => {
  const engine$33: $binding.Engine = $b.engine_new();
  const store$21: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$33);
  const context$19: $binding.Context = $b.wasmtime_store_context(store$21);
  const wat$14: string = "(module\n  (import \"wasi_snapshot_preview1\" \"proc_exit\" (func (param i32))))";
  const module_val$11: $binding.Module = $b.module_new_from_wat_or_raise(engine$33, wat$14);
  const linker$4: $binding.Linker = $b.linker_new(engine$33);
  let $t157: any;
  try {
    $t157 = new $mb.Ok($b.linker_define_wasi_or_raise(linker$4));
  } catch ($t158: any) {
    $rt.catchable($t158);
    $t157 = new $mb.Err($t158);
  }
  inspect(new $rt.Dyn($d_Result, $t157), "Ok(())", $L[_], $rt.argsLoc($L[_]));
  let $t159: any;
  try {
    $t159 = new $mb.Ok($b.linker_instantiate_or_raise(linker$4, context$19, module_val$11));
  } catch ($t160: any) {
    $rt.catchable($t160);
    $t159 = new $mb.Err($t160);
  }
  $match162: {
    const $t161: any = $t159;
    if ($t161.tag === "Err") {
      const e$17 = $t161.error;
      inspect(new $rt.Dyn($d_Error, e$17), "Failure(\"linker_instantiate_or_raise: the linker defines WASI but the store has no WASI context; call context_set_wasi_or_raise first\")", $L[_], $rt.argsLoc($L[_]));
      break $match162;
    }
    if ($t161.tag === "Ok") {
      fail($rt.viewStringView("linker_instantiate_or_raise should have raised"), $L[_]);
      break $match162;
    }
    $rt.matchFailed($L[_]);
  }
  $b.linker_delete(linker$4);
  $b.module_delete(module_val$11);
  $b.wasmtime_store_delete(store$21);
  $b.engine_delete(engine$33);
});
$rt.test("async contexts and yield settings", () => {
  const $t163 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$34 = $t163[0];
  const store$22 = $t163[1];
  const context$20 = $t163[2];
  const e1: $binding.WasmtimeError = $b.context_fuel_async_yield_interval(context$20, 10000n);
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(e1)), "true", $L[_], $rt.argsLoc($L[_]));
  const e2: $binding.WasmtimeError = $b.context_epoch_deadline_async_yield_and_update(context$20, 1n);
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(e2)), "true", $L[_], $rt.argsLoc($L[_]));
  $b.async_context_delete(engine$34, store$22);
});
$rt.test("fuel yields make poll return false", () => {
  const $t164 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$35 = $t164[0];
  const store$23 = $t164[1];
  const context$21 = $t164[2];
  const set: $binding.WasmtimeError = $b.context_set_fuel(context$21, 1000000n);
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(set)), "true", $L[_], $rt.argsLoc($L[_]));
  const e1$1: $binding.WasmtimeError = $b.context_fuel_async_yield_interval(context$21, 100n);
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(e1$1)), "true", $L[_], $rt.argsLoc($L[_]));
  const wat$15: string = "(module\n  (func (export \"count\") (result i32)\n    (local $i i32)\n    (loop $l\n      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n      (br_if $l (i32.lt_u (local.get $i) (i32.const 1000))))\n    (local.get $i)))";
  const module_val$12: $binding.Module = $b.module_new_from_wat_or_raise(engine$35, wat$15);
  const instance$12: $binding.Instance = $b.instance_new_or_raise(context$21, module_val$12);
  const count: Uint8Array = $b.instance_export_func_or_raise(context$21, instance$12, "count");
  const results$14: Uint8Array = $b.make_val_buffer(1);
  const trap_ptr$6: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$6: Uint8Array = $b.make_ptr_buffer();
  const future$3: $binding.CallFuture = $b.func_call_async(context$21, count, $b.make_val_buffer(0), results$14, trap_ptr$6, err_ptr$6);
  let polls: number = 1;
  $loop165: while (true) {
    if (!(not($b.call_future_poll(future$3)))) {
      break $loop165;
    }
    polls = ((polls + 1) | 0);
  }
  $b.call_future_delete(future$3);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$14, 0)), "1000", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Bool, (polls > 1)), "true", $L[_], $rt.argsLoc($L[_]));
  let $t166: any;
  try {
    $t166 = new $mb.Ok($b.func_call_sync_or_raise(context$21, count, $b.make_val_buffer(0), results$14));
  } catch ($t167: any) {
    $rt.catchable($t167);
    $t166 = new $mb.Err($t167);
  }
  inspect(new $rt.Dyn($d_Result, $t166), "Err(TypeError(\"func_call_sync_or_raise: this store was created for async calls; use func_call_async\"))", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$12);
  $b.async_context_delete(engine$35, store$23);
});
$rt.test("func_call_async and call_future_poll", () => {
  const $t168 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$36 = $t168[0];
  const store$24 = $t168[1];
  const context$22 = $t168[2];
  const wat$16: string = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1))))";
  const module_val$13: $binding.Module = $b.module_new_from_wat_or_raise(engine$36, wat$16);
  const instance$13: $binding.Instance = $b.instance_new_or_raise(context$22, module_val$13);
  const add$2: Uint8Array = $b.instance_export_func_or_raise(context$22, instance$13, "add");
  const args$9: Uint8Array = $b.make_val_buffer(2);
  $b.val_buffer_set_i32(args$9, 0, 40);
  $b.val_buffer_set_i32(args$9, 1, 2);
  const results$15: Uint8Array = $b.make_val_buffer(1);
  const trap_ptr$7: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$7: Uint8Array = $b.make_ptr_buffer();
  const future$4: $binding.CallFuture = $b.func_call_async(context$22, add$2, args$9, results$15, trap_ptr$7, err_ptr$7);
  $loop169: while (true) {
    if (!(not($b.call_future_poll(future$4)))) {
      break $loop169;
    }
  }
  $b.call_future_delete(future$4);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$15, 0)), "42", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple2$2, [$b.ptr_buffer_is_null(trap_ptr$7), $b.ptr_buffer_is_null(err_ptr$7)]), "(true, true)", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$13);
  $b.async_context_delete(engine$36, store$24);
});
$rt.test("an async trap lands in the trap buffer", () => {
  const $t170 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$37 = $t170[0];
  const store$25 = $t170[1];
  const context$23 = $t170[2];
  const wat$17: string = "(module\n  (func (export \"boom\") unreachable))";
  const module_val$14: $binding.Module = $b.module_new_from_wat_or_raise(engine$37, wat$17);
  const instance$14: $binding.Instance = $b.instance_new_or_raise(context$23, module_val$14);
  const boom$2: Uint8Array = $b.instance_export_func_or_raise(context$23, instance$14, "boom");
  const args$10: Uint8Array = $b.make_val_buffer(0);
  const results$16: Uint8Array = $b.make_val_buffer(0);
  const trap_ptr$8: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$8: Uint8Array = $b.make_ptr_buffer();
  const future$5: $binding.CallFuture = $b.func_call_async(context$23, boom$2, args$10, results$16, trap_ptr$8, err_ptr$8);
  $loop171: while (true) {
    if (!(not($b.call_future_poll(future$5)))) {
      break $loop171;
    }
  }
  $b.call_future_delete(future$5);
  assert_false($b.ptr_buffer_is_null(trap_ptr$8), $rt.None, $L[_]);
  assert_true(($b.ptr_buffer_read_u64(trap_ptr$8) !== 0n), $rt.None, $L[_]);
  inspect(new $rt.Dyn($d_String, $b.trap_message_ptr_buffer(trap_ptr$8)), "error while executing at wasm backtrace:\n    0:     0x21 - <unknown>!<wasm function 0>\n\nCaused by:\n    wasm trap: wasm `unreachable` instruction executed\n", $L[_], $rt.argsLoc($L[_]));
  $b.ptr_buffer_clear(trap_ptr$8);
  inspect(new $rt.Dyn($d_Bool, $b.ptr_buffer_is_null(trap_ptr$8)), "true", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Bool, $b.ptr_buffer_is_null(err_ptr$8)), "true", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$14);
  $b.async_context_delete(engine$37, store$25);
});
$rt.test("func_call_async_result and its autoclean form", () => {
  const $t172 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$38 = $t172[0];
  const store$26 = $t172[1];
  const context$24 = $t172[2];
  const wat$18: string = "(module\n  (func (export \"seven\") (result i32) i32.const 7))";
  const module_val$15: $binding.Module = $b.module_new_from_wat_or_raise(engine$38, wat$18);
  const instance$15: $binding.Instance = $b.instance_new_or_raise(context$24, module_val$15);
  const seven: Uint8Array = $b.instance_export_func_or_raise(context$24, instance$15, "seven");
  const args$11: Uint8Array = $b.make_val_buffer(0);
  const results$17: Uint8Array = $b.make_val_buffer(1);
  const trap_ptr$9: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$9: Uint8Array = $b.make_ptr_buffer();
  $match174: {
    const $t173: any = $b.func_call_async_result(context$24, seven, args$11, results$17, trap_ptr$9, err_ptr$9);
    if ($t173.tag === "Ok") {
      const future$6 = $t173.value;
      {
        $loop175: while (true) {
          if (!(not($b.call_future_poll(future$6)))) {
            break $loop175;
          }
        }
        $b.call_future_delete(future$6);
      }
      break $match174;
    }
    if ($t173.tag === "Err") {
      const e$18 = $t173.error;
      throw e$18;
      break $match174;
    }
    $rt.matchFailed($L[_]);
  }
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$17, 0)), "7", $L[_], $rt.argsLoc($L[_]));
  $b.val_buffer_set_i32(results$17, 0, 0);
  $match177: {
    const $t176: any = $b.func_call_async_result_autoclean(context$24, seven, args$11, results$17, trap_ptr$9, err_ptr$9);
    if ($t176.tag === "Ok") {
      const future$7 = $t176.value;
      {
        $loop178: while (true) {
          if (!(not($b.call_future_poll(future$7)))) {
            break $loop178;
          }
        }
        $b.call_future_delete(future$7);
      }
      break $match177;
    }
    if ($t176.tag === "Err") {
      const e$19 = $t176.error;
      throw e$19;
      break $match177;
    }
    $rt.matchFailed($L[_]);
  }
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$17, 0)), "7", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$15);
  $b.async_context_delete(engine$38, store$26);
});
$rt.test("an async call that cannot start", () => {
  const $t179 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$39 = $t179[0];
  const store$27 = $t179[1];
  const context$25 = $t179[2];
  const wat$19: string = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1))))";
  const module_val$16: $binding.Module = $b.module_new_from_wat_or_raise(engine$39, wat$19);
  const instance$16: $binding.Instance = $b.instance_new_or_raise(context$25, module_val$16);
  const add$3: Uint8Array = $b.instance_export_func_or_raise(context$25, instance$16, "add");
  const args$12: Uint8Array = $b.make_val_buffer(1);
  const results$18: Uint8Array = $b.make_val_buffer(1);
  const trap_ptr$10: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$10: Uint8Array = $b.make_ptr_buffer();
  $match181: {
    const $t180: any = $b.func_call_async_result_autoclean(context$25, add$3, args$12, results$18, trap_ptr$10, err_ptr$10);
    if ($t180.tag === "Ok") {
      fail($rt.viewStringView("expected an error"), $L[_]);
      break $match181;
    }
    if ($t180.tag === "Err") {
      const e$20 = $t180.error;
      inspect(new $rt.Dyn($d_Error, e$20), "Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\")", $L[_], $rt.argsLoc($L[_]));
      break $match181;
    }
    $rt.matchFailed($L[_]);
  }
  inspect(new $rt.Dyn($d_Tuple2$2, [$b.ptr_buffer_is_null(trap_ptr$10), $b.ptr_buffer_is_null(err_ptr$10)]), "(true, true)", $L[_], $rt.argsLoc($L[_]));
  $match183: {
    const $t182: any = $b.func_call_async_result(context$25, add$3, args$12, results$18, trap_ptr$10, err_ptr$10);
    if ($t182.tag === "Ok") {
      fail($rt.viewStringView("expected an error"), $L[_]);
      break $match183;
    }
    if ($t182.tag === "Err") {
      const e$21 = $t182.error;
      inspect(new $rt.Dyn($d_Error, e$21), "Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\")", $L[_], $rt.argsLoc($L[_]));
      break $match183;
    }
    $rt.matchFailed($L[_]);
  }
  inspect(new $rt.Dyn($d_Tuple2$2, [$b.ptr_buffer_is_null(trap_ptr$10), $b.ptr_buffer_is_null(err_ptr$10)]), "(true, false)", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_String, $b.error_message_ptr_buffer(err_ptr$10)), "expected 2 arguments, got 1", $L[_], $rt.argsLoc($L[_]));
  $b.error_delete_ptr_buffer(err_ptr$10);
  inspect(new $rt.Dyn($d_Bool, $b.ptr_buffer_is_null(err_ptr$10)), "true", $L[_], $rt.argsLoc($L[_]));
  let $t184: any;
  try {
    $t184 = new $mb.Ok($b.func_call_async(context$25, add$3, args$12, results$18, trap_ptr$10, err_ptr$10));
  } catch ($t185: any) {
    $rt.catchable($t185);
    $t184 = new $mb.Err($t185);
  }
  $match187: {
    const $t186: any = $t184;
    if ($t186.tag === "Err") {
      const e$22 = $t186.error;
      inspect(new $rt.Dyn($d_Error, e$22), "Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\")", $L[_], $rt.argsLoc($L[_]));
      break $match187;
    }
    if ($t186.tag === "Ok") {
      fail($rt.viewStringView("func_call_async should have raised"), $L[_]);
      break $match187;
    }
    $rt.matchFailed($L[_]);
  }
  inspect(new $rt.Dyn($d_Bool, $b.ptr_buffer_is_null(err_ptr$10)), "true", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$16);
  $b.async_context_delete(engine$39, store$27);
});
$rt.test("polling a future on a thread", () => {
  const $t188 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$40 = $t188[0];
  const store$28 = $t188[1];
  const context$26 = $t188[2];
  const wat$20: string = "(module\n  (func (export \"seven\") (result i32) i32.const 7))";
  const module_val$17: $binding.Module = $b.module_new_from_wat_or_raise(engine$40, wat$20);
  const instance$17: $binding.Instance = $b.instance_new_or_raise(context$26, module_val$17);
  const seven$1: Uint8Array = $b.instance_export_func_or_raise(context$26, instance$17, "seven");
  const args$13: Uint8Array = $b.make_val_buffer(0);
  const results$19: Uint8Array = $b.make_val_buffer(1);
  const trap_ptr$11: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$11: Uint8Array = $b.make_ptr_buffer();
  const future$8: $binding.CallFuture = $b.func_call_async(context$26, seven$1, args$13, results$19, trap_ptr$11, err_ptr$11);
  const thread$1: $binding.CallFutureThread = $b.call_future_thread_spawn_or_raise(future$8);
  $b.call_future_thread_join_or_raise(thread$1);
  $b.call_future_delete(future$8);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$19, 0)), "7", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$17);
  $b.async_context_delete(engine$40, store$28);
});
$rt.test("cancelling a polling thread", () => {
  const $t189 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$41 = $t189[0];
  const store$29 = $t189[1];
  const context$27 = $t189[2];
  const wat$21: string = "(module\n  (func (export \"forever\")\n    (loop $again (br $again))))";
  const module_val$18: $binding.Module = $b.module_new_from_wat_or_raise(engine$41, wat$21);
  const instance$18: $binding.Instance = $b.instance_new_or_raise(context$27, module_val$18);
  const forever: Uint8Array = $b.instance_export_func_or_raise(context$27, instance$18, "forever");
  const trap_ptr$12: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$12: Uint8Array = $b.make_ptr_buffer();
  const future$9: $binding.CallFuture = $b.func_call_async(context$27, forever, $b.make_val_buffer(0), $b.make_val_buffer(0), trap_ptr$12, err_ptr$12);
  const thread$2: $binding.CallFutureThread = $b.call_future_thread_spawn_or_raise(future$9);
  $b.call_future_thread_cancel(thread$2);
  let $t190: any;
  try {
    $t190 = new $mb.Ok($b.call_future_thread_join_or_raise(thread$2));
  } catch ($t191: any) {
    $rt.catchable($t191);
    $t190 = new $mb.Err($t191);
  }
  inspect(new $rt.Dyn($d_Result, $t190), "Ok(())", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple2$2, [$b.ptr_buffer_is_null(trap_ptr$12), $b.ptr_buffer_is_null(err_ptr$12)]), "(true, true)", $L[_], $rt.argsLoc($L[_]));
  $b.call_future_delete(future$9);
  $b.module_delete(module_val$18);
  let $t192: any;
  try {
    $t192 = new $mb.Ok($b.async_context_delete(engine$41, store$29));
  } catch ($t193: any) {
    $rt.catchable($t193);
    $t192 = new $mb.Err($t193);
  }
  inspect(new $rt.Dyn($d_Result, $t192), "Ok(())", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("wasm jobs on their own threads", () => {
  const wat$22: string = "(module\n  (func (export \"run\") (result i32)\n    (i32.mul (i32.const 6) (i32.const 7))))";
  const a: $binding.WasmJob = $b.wasm_job_spawn_wat_or_raise(wat$22, "run");
  const b: $binding.WasmJob = $b.wasm_job_spawn_wat_or_raise(wat$22, "run");
  inspect(new $rt.Dyn($d_Tuple2, [$b.wasm_job_join_or_raise(a), $b.wasm_job_join_or_raise(b)]), "(42, 42)", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("wasm job failures", () => {
  let $t194: any;
  try {
    $t194 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise("(module", "run")));
  } catch ($t195: any) {
    $rt.catchable($t195);
    $t194 = new $mb.Err($t195);
  }
  const bad$3: any = $t194;
  inspect(new $rt.Dyn($d_Result$4, bad$3), "Err(Failure(\"wasm_job_join_or_raise: invalid WAT: expected `)`\\n     --> <anon>:1:8\\n      |\\n    1 | (module\\n      |        ^\"))", $L[_], $rt.argsLoc($L[_]));
  let $t196: any;
  try {
    $t196 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise("(module)", "run")));
  } catch ($t197: any) {
    $rt.catchable($t197);
    $t196 = new $mb.Err($t197);
  }
  const missing$1: any = $t196;
  inspect(new $rt.Dyn($d_Result$4, missing$1), "Err(Failure(\"wasm_job_join_or_raise: no export named `run`\"))", $L[_], $rt.argsLoc($L[_]));
  const trap_wat: string = "(module\n  (func (export \"run\") (result i32) unreachable))";
  let $t198: any;
  try {
    $t198 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise(trap_wat, "run")));
  } catch ($t199: any) {
    $rt.catchable($t199);
    $t198 = new $mb.Err($t199);
  }
  const trapped: any = $t198;
  inspect(new $rt.Dyn($d_Result$4, trapped), "Err(Failure(\"wasm_job_join_or_raise: wasm trap: error while executing at wasm backtrace:\\n    0:     0x20 - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("a WASI job reads stdin from a file", () => {
  const wat$23: string = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    (i32.store (i32.const 8) (i32.const 16))\n    (i32.store (i32.const 12) (i32.const 100))\n    (drop (call $fd_read (i32.const 0) (i32.const 8) (i32.const 1) (i32.const 4)))\n    (i32.load (i32.const 4))))";
  const job: $binding.WasiJob = $b.wasi_job_spawn_wat_or_raise(wat$23, "run", "testdata/wasm_job_input.txt");
  inspect(new $rt.Dyn($d_Int, $b.wasi_job_join_or_raise(job)), "5", $L[_], $rt.argsLoc($L[_]));
  let $t200: any;
  try {
    $t200 = new $mb.Ok($b.wasi_job_join_or_raise($b.wasi_job_spawn_wat_or_raise(wat$23, "run", "testdata/no-such-file.txt")));
  } catch ($t201: any) {
    $rt.catchable($t201);
    $t200 = new $mb.Err($t201);
  }
  const missing$2: any = $t200;
  inspect(new $rt.Dyn($d_Result$4, missing$2), "Err(Failure(\"wasi_job_spawn_wat_or_raise: cannot use `testdata/no-such-file.txt` as stdin: No such file or directory\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("a WasiConfig is consumed by the context", () => {
  const wasi$3: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_delete(wasi$3);
  const engine$42: $binding.Engine = $b.engine_new();
  const store$30: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$42);
  const context$28: $binding.Context = $b.wasmtime_store_context(store$30);
  const wasi2: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.context_set_wasi_or_raise(context$28, wasi2);
  let $t202: any;
  try {
    $t202 = new $mb.Ok($b.wasi_config_inherit_stdout(wasi2));
  } catch ($t203: any) {
    $rt.catchable($t203);
    $t202 = new $mb.Err($t203);
  }
  const reused: any = $t202;
  inspect(new $rt.Dyn($d_Result, reused), "Err(Error(\"wasi_config_inherit_stdout: this WasiConfig was consumed by context_set_wasi_or_raise and can no longer be used\"))", $L[_], $rt.argsLoc($L[_]));
  $b.wasmtime_store_delete(store$30);
  $b.engine_delete(engine$42);
});
$rt.test("WASI stdin from bytes and from a file", () => {
  const wasi$4: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdin_bytes(wasi$4, $bytes$9);
  inspect(new $rt.Dyn($d_Int, run_wasi_i32(wasi$4, read_stdin_wat, "run")), "3", $L[_], $rt.argsLoc($L[_]));
  const from_file: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdin_file_or_raise(from_file, "testdata/wasm_job_input.txt");
  inspect(new $rt.Dyn($d_Int, run_wasi_i32(from_file, read_stdin_wat, "run")), "5", $L[_], $rt.argsLoc($L[_]));
  const missing$3: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  let $t204: any;
  try {
    $t204 = new $mb.Ok($b.wasi_config_set_stdin_file_or_raise(missing$3, "testdata/no-such-file.txt"));
  } catch ($t205: any) {
    $rt.catchable($t205);
    $t204 = new $mb.Err($t205);
  }
  const r: any = $t204;
  inspect(new $rt.Dyn($d_Result, r), "Err(Failure(\"wasi_config_set_stdin_file_or_raise: cannot use `testdata/no-such-file.txt` as stdin: No such file or directory\"))", $L[_], $rt.argsLoc($L[_]));
  $b.wasi_config_delete(missing$3);
});
$rt.test("WASI stdout and stderr to files", () => {
  const wasi$5: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdout_file_or_raise(wasi$5, "/dev/null");
  inspect(new $rt.Dyn($d_Int, run_wasi_i32(wasi$5, write_wat, "out")), "5", $L[_], $rt.argsLoc($L[_]));
  const wasi2$1: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stderr_file_or_raise(wasi2$1, "/dev/null");
  inspect(new $rt.Dyn($d_Int, run_wasi_i32(wasi2$1, write_wat, "err")), "5", $L[_], $rt.argsLoc($L[_]));
  const bad$4: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  let $t206: any;
  try {
    $t206 = new $mb.Ok($b.wasi_config_set_stdout_file_or_raise(bad$4, "testdata/no-such-dir/out.txt"));
  } catch ($t207: any) {
    $rt.catchable($t207);
    $t206 = new $mb.Err($t207);
  }
  const r$1: any = $t206;
  inspect(new $rt.Dyn($d_Result, r$1), "Err(Failure(\"wasi_config_set_stdout_file_or_raise: cannot use `testdata/no-such-dir/out.txt` as stdout: No such file or directory\"))", $L[_], $rt.argsLoc($L[_]));
  let $t208: any;
  try {
    $t208 = new $mb.Ok($b.wasi_config_set_stderr_file_or_raise(bad$4, "testdata/no-such-dir/err.txt"));
  } catch ($t209: any) {
    $rt.catchable($t209);
    $t208 = new $mb.Err($t209);
  }
  const r2: any = $t208;
  inspect(new $rt.Dyn($d_Result, r2), "Err(Failure(\"wasi_config_set_stderr_file_or_raise: cannot use `testdata/no-such-dir/err.txt` as stderr: No such file or directory\"))", $L[_], $rt.argsLoc($L[_]));
  $b.wasi_config_delete(bad$4);
});
$rt.test("WASI arguments and environment", () => {
  const wasi$6: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_argv_or_raise(wasi$6, ["prog", "a", "bc"]);
  inspect(new $rt.Dyn($d_Int, run_wasi_i32(wasi$6, sizes_wat, "argc")), "3", $L[_], $rt.argsLoc($L[_]));
  const wasi2$2: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  const env: [string, string][] = [["A", "1"], ["BB", "22"]];
  $b.wasi_config_set_env_or_raise(wasi2$2, env);
  inspect(new $rt.Dyn($d_Int, run_wasi_i32(wasi2$2, sizes_wat, "envc")), "2", $L[_], $rt.argsLoc($L[_]));
  const empty: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  inspect(new $rt.Dyn($d_Int, run_wasi_i32(empty, sizes_wat, "envc")), "0", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("WASI inherits the host's arguments, environment and streams", () => {
  const wasi$7: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_inherit_argv(wasi$7);
  $b.wasi_config_inherit_env(wasi$7);
  $b.wasi_config_inherit_stdin(wasi$7);
  $b.wasi_config_inherit_stdout(wasi$7);
  $b.wasi_config_inherit_stderr(wasi$7);
  assert_true((run_wasi_i32(wasi$7, sizes_wat, "argc") >= 1), $rt.None, $L[_]);
});
$rt.test("WASI preopened directories", () => {
  const wasi$8: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  let $t210: any;
  try {
    $t210 = new $mb.Ok($b.wasi_config_preopen_dir_or_raise(wasi$8, "testdata/no-such-dir"));
  } catch ($t211: any) {
    $rt.catchable($t211);
    $t210 = new $mb.Err($t211);
  }
  const r$2: any = $t210;
  inspect(new $rt.Dyn($d_Result, r$2), "Err(Failure(\"wasi_config_preopen_dir_or_raise: cannot preopen `testdata/no-such-dir`: No such file or directory\"))", $L[_], $rt.argsLoc($L[_]));
  $b.wasi_config_preopen_dir_or_raise(wasi$8, "testdata");
  $b.wasi_config_set_stdin_bytes(wasi$8, $bytes$10);
  inspect(new $rt.Dyn($d_Int, run_wasi_i32(wasi$8, read_stdin_wat, "run")), "0", $L[_], $rt.argsLoc($L[_]));
  const rw: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_preopen_dir_or_raise(rw, "testdata", { guest_path: "data", dir_perms: $b.WASI_DIR_PERMS_READ, file_perms: $b.WASI_FILE_PERMS_READ });
  $b.wasi_config_delete(rw);
});
