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
const Bytes$length: any = $core["Bytes::length"];
const $d_Unit: any = $rt.desc("Unit");
const $d_Error: any = $rt.desc("Error");
const $d_Result: any = $rt.desc("Result", [$d_Unit, $d_Error]);
const fail: any = $core["fail"];
const $d_Result$1: any = $rt.desc("Result", [$d_UInt64, $d_Error]);
const String$contains: any = $core["String::contains"];
const $bytes: any = new Uint8Array([120, 56, 54, 95, 54, 52, 45, 117, 110, 107, 110, 111, 119, 110, 45, 108, 105, 110, 117, 120, 45, 103, 110, 117, 44, 32, 97, 110, 100, 32, 119, 104, 97, 116, 32, 102, 111, 108, 108, 111, 119, 115, 32, 105, 115, 32, 110, 111, 116, 32, 114, 101, 97, 100]);
const $bytes$1: any = new Uint8Array([116, 101, 115, 116, 100, 97, 116, 97, 47, 99, 97, 99, 104, 101, 45, 99, 111, 110, 102, 105, 103, 46, 116, 111, 109, 108]);
const $bytes$2: any = new Uint8Array([]);
const $bytes$3: any = new Uint8Array([101, 110, 97, 98, 108, 101, 95, 118, 101, 114, 105, 102, 105, 101, 114]);
const $bytes$4: any = new Uint8Array([111, 112, 116, 95, 108, 101, 118, 101, 108]);
const $bytes$5: any = new Uint8Array([115, 112, 101, 101, 100]);
const $bytes$6: any = new Uint8Array([120, 56, 54, 95, 54, 52]);
const $bytes$7: any = new Uint8Array([195, 40]);
const $bytes$8: any = new Uint8Array([97, 0, 98]);
const $bytes$9: any = new Uint8Array([49]);
const $bytes$10: any = new Uint8Array([110, 111, 95, 115, 117, 99, 104, 95, 115, 101, 116, 116, 105, 110, 103]);
const $bytes$11: any = new Uint8Array([116, 114, 117, 101]);
const Bytes$make: any = $core["Bytes::make"];
const $d_Result$2: any = $rt.desc("Result", [$d_String, $d_Error]);
const $bytes$12: any = new Uint8Array([0, 0, 0]);
const $d_Result$3: any = $rt.desc("Result", [$d_Bool, $d_Error]);
const $bytes$13: any = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
const $d_Tuple2$1: any = $rt.desc("Tuple2", [$d_Bool, $d_UInt64]);
const $d_Tuple2$2: any = $rt.desc("Tuple2", [$d_Bool, $d_Bool]);
const $d_Tuple2$3: any = $rt.desc("Tuple2", [$d_Result, $d_Result]);
const $bytes$14: any = new Uint8Array([0, 0, 0, 0, 0]);
const $d_Result$4: any = $rt.desc("Result", [$d_Int, $d_Error]);
const $d_Int64: any = $rt.desc("Int64");
const $d_Float: any = $rt.desc("Float");
const $d_Double: any = $rt.desc("Double");
const $d_Bytes: any = $rt.desc("Bytes");
const $d_Result$5: any = $rt.desc("Result", [$d_Bytes, $d_Error]);
const $d_Tuple3$1: any = $rt.desc("Tuple3", [$d_Int64, $d_Float, $d_Double]);
const $d_Tuple2$4: any = $rt.desc("Tuple2", [$d_Int, $d_Int64]);
const $d_Tuple2$5: any = $rt.desc("Tuple2", [$d_Int, $d_Double]);
const $bytes$15: any = new Uint8Array([0, 1]);
const $bytes$16: any = new Uint8Array([3]);
const $bytes$17: any = new Uint8Array([0, 77]);
const $bytes$18: any = new Uint8Array([128, 129]);
const $op_UInt64_add: any = $d_UInt64["Add.add"];
const $bytes$19: any = new Uint8Array([0, 1, 127]);
const $bytes$20: any = new Uint8Array([0]);
const $bytes$21: any = new Uint8Array([104, 111, 115, 116]);
const $bytes$22: any = new Uint8Array([122, 101, 114, 111]);
const $bytes$23: any = new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0]);
const $bytes$24: any = new Uint8Array([110, 111, 112, 101]);
const $d_Tuple2$6: any = $rt.desc("Tuple2", [$d_Int64, $d_Int]);
const assert_false: any = $core["assert_false"];
const assert_true: any = $core["assert_true"];
const $bytes$25: any = new Uint8Array([104, 101, 121]);
async function run_job(wat: string): Promise<number> {
  return (await $rt.awaitAt($b.wasm_job_join_async($b.wasm_job_spawn_wat_or_raise(wat, "run")), $L[_]));
}
const read_stdin_wat: string = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    (i32.store (i32.const 8) (i32.const 16))\n    (i32.store (i32.const 12) (i32.const 100))\n    (drop (call $fd_read (i32.const 0) (i32.const 8) (i32.const 1) (i32.const 4)))\n    (i32.load (i32.const 4))))";
function run_wasi_i32(wasi: $binding.WasiConfig, wat$1: string, name: string): number {
  const engine: $binding.Engine = $b.engine_new();
  const store: $binding.WasmtimeStore = $b.wasmtime_store_new(engine);
  const context: $binding.Context = $b.wasmtime_store_context(store);
  $b.context_set_wasi_or_raise(context, wasi);
  const linker: $binding.Linker = $b.linker_new(engine);
  $b.linker_define_wasi_or_raise(linker);
  const module_val: $binding.Module = $b.module_new_from_wat_or_raise(engine, wat$1);
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
  const wat$2: string = "(module\n  (func (export \"run\") (result i32)\n    i32.const 7))";
  const handle: $binding.WasmJob = $b.wasm_job_spawn_wat_or_raise(wat$2, "run");
  const result: number = $b.wasm_job_join_or_raise(handle);
  inspect(new $rt.Dyn($d_Int, result), "7", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("API Documentation › WASI file I/O job (POC)", () => {
  const wat$3: string = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    i32.const 8\n    i32.const 16\n    i32.store\n    i32.const 12\n    i32.const 100\n    i32.store\n    i32.const 0\n    i32.const 8\n    i32.const 1\n    i32.const 4\n    call $fd_read\n    drop\n    i32.const 4\n    i32.load))";
  const handle$1: $binding.WasiJob = $b.wasi_job_spawn_wat_or_raise(wat$3, "run", "testdata/wasm_job_input.txt");
  const result$1: number = $b.wasi_job_join_or_raise(handle$1);
  inspect(new $rt.Dyn($d_Int, result$1), "5", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("API Documentation › WASI config + sync call (POC)", () => {
  const wat$4: string = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    i32.const 8\n    i32.const 16\n    i32.store\n    i32.const 12\n    i32.const 100\n    i32.store\n    i32.const 0\n    i32.const 8\n    i32.const 1\n    i32.const 4\n    call $fd_read\n    drop\n    i32.const 4\n    i32.load))";
  const engine$9: $binding.Engine = $b.engine_new();
  const store$6: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$9);
  const context$5: $binding.Context = $b.wasmtime_store_context(store$6);
  const wasi$1: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdin_file_or_raise(wasi$1, "testdata/wasm_job_input.txt");
  $b.context_set_wasi_or_raise(context$5, wasi$1);
  const linker$1: $binding.Linker = $b.linker_new(engine$9);
  $b.linker_define_wasi_or_raise(linker$1);
  const module_val$1: $binding.Module = $b.module_new_from_wat_or_raise(engine$9, wat$4);
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
  const wat$5: string = "(module\n  (import \"wasi_snapshot_preview1\" \"path_open\"\n    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (import \"wasi_snapshot_preview1\" \"fd_close\"\n    (func $fd_close (param i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (data (i32.const 64) \"wasm_job_input.txt\")\n  (func (export \"run\") (result i32)\n    i32.const 3\n    i32.const 0\n    i32.const 64\n    i32.const 18\n    i32.const 0\n    i64.const 2\n    i64.const 0\n    i32.const 0\n    i32.const 32\n    call $path_open\n    drop\n    i32.const 8\n    i32.const 100\n    i32.store\n    i32.const 12\n    i32.const 100\n    i32.store\n    i32.const 32\n    i32.load\n    i32.const 8\n    i32.const 1\n    i32.const 4\n    call $fd_read\n    drop\n    i32.const 32\n    i32.load\n    call $fd_close\n    drop\n    i32.const 4\n    i32.load))";
  const engine$10: $binding.Engine = $b.engine_new();
  const store$7: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$10);
  const context$6: $binding.Context = $b.wasmtime_store_context(store$7);
  const wasi$2: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_preopen_dir_or_raise(wasi$2, "testdata", { guest_path: ".", dir_perms: $b.WASI_DIR_PERMS_READ, file_perms: $b.WASI_FILE_PERMS_READ });
  $b.context_set_wasi_or_raise(context$6, wasi$2);
  const linker$2: $binding.Linker = $b.linker_new(engine$10);
  $b.linker_define_wasi_or_raise(linker$2);
  const module_val$2: $binding.Module = $b.module_new_from_wat_or_raise(engine$10, wat$5);
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
$rt.test("clock_now_ns never goes backwards", () => {
  const start: bigint = $b.clock_now_ns();
  const wasm: Uint8Array = $b.wat2wasm_or_raise("(module (func (export \"f\")))");
  const later: bigint = $b.clock_now_ns();
  inspect(new $rt.Dyn($d_Bool, (Bytes$length(wasm) > 0)), "true", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Bool, (later >= start)), "true", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Bool, (start > 0n)), "true", $L[_], $rt.argsLoc($L[_]));
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
  inspect(new $rt.Dyn($d_Result, $t13), "Err(Error(\"engine_delete: the Engine is still used by 1 live store/module/linker/instance-pre handle(s); delete those first\"))", $L[_], $rt.argsLoc($L[_]));
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
  const wat$6: string = "(module\n  (func (export \"count\") (result i32)\n    (local $i i32)\n    (loop $l\n      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n      (br_if $l (i32.lt_u (local.get $i) (i32.const 100))))\n    (local.get $i)))";
  const module_val$3: $binding.Module = $b.module_new_from_wat_or_raise(engine$15, wat$6);
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
  const wat$7: string = "(module\n  (func (export \"seven\") (result i32)\n    i32.const 7))";
  const module_val$4: $binding.Module = $b.module_new_from_wat_or_raise(engine$17, wat$7);
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
  const wat$8: string = "(module\n  (func $down (export \"down\") (param i32) (result i32)\n    (if (result i32) (i32.eqz (local.get 0))\n      (then (i32.const 0))\n      (else (i32.add (i32.const 1) (call $down (i32.sub (local.get 0) (i32.const 1))))))))";
  const module_val$5: $binding.Module = $b.module_new_from_wat_or_raise(engine$21, wat$8);
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
$rt.test("string options from UTF-8 bytes", () => {
  const config$16: $binding.Config = $b.config_new();
  const triple: Uint8Array = $bytes;
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null($b.config_target_set_bytes(config$16, triple, 24))), "true", $L[_], $rt.argsLoc($L[_]));
  const cut: $binding.WasmtimeError = $b.config_target_set_bytes(config$16, triple, 3);
  inspect(new $rt.Dyn($d_String, $b.error_message(cut)), "Unrecognized architecture: x86", $L[_], $rt.argsLoc($L[_]));
  $b.error_delete(cut);
  const path: Uint8Array = $bytes$1;
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null($b.config_cache_config_load_bytes(config$16, path, Bytes$length(path)))), "true", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null($b.config_cache_config_load_bytes(config$16, $bytes$2, 0))), "true", $L[_], $rt.argsLoc($L[_]));
  const flag: Uint8Array = $bytes$3;
  $b.config_cranelift_flag_enable_bytes(config$16, flag, Bytes$length(flag));
  $b.config_cranelift_flag_set_bytes(config$16, $bytes$4, 9, $bytes$5, 5);
  const engine$25: $binding.Engine = $b.engine_new_with_config(config$16);
  $b.engine_delete(engine$25);
  const other: $binding.Config = $b.config_new();
  let $t73: any;
  try {
    $t73 = new $mb.Ok($b.config_target_set_bytes(other, $bytes$6, 7));
  } catch ($t74: any) {
    $rt.catchable($t74);
    $t73 = new $mb.Err($t74);
  }
  $match76: {
    const $t75: any = $t73;
    if ($t75.tag === "Err") {
      const e$7 = $t75.error;
      inspect(new $rt.Dyn($d_Error, e$7), "RangeError(\"config_target_set_bytes: argument 3 (the length of argument 2) must be in 0..6, got 7\")", $L[_], $rt.argsLoc($L[_]));
      break $match76;
    }
    if ($t75.tag === "Ok") {
      fail($rt.viewStringView("a length beyond the bytes was accepted"), $L[_]);
      break $match76;
    }
    $rt.matchFailed($L[_]);
  }
  let $t77: any;
  try {
    $t77 = new $mb.Ok($b.config_cranelift_flag_enable_bytes(other, $bytes$7, 2));
  } catch ($t78: any) {
    $rt.catchable($t78);
    $t77 = new $mb.Err($t78);
  }
  inspect(new $rt.Dyn($d_Result, $t77), "Err(TypeError(\"config_cranelift_flag_enable_bytes: argument 2 is not valid UTF-8\"))", $L[_], $rt.argsLoc($L[_]));
  let $t79: any;
  try {
    $t79 = new $mb.Ok($b.config_cranelift_flag_set_bytes(other, $bytes$8, 3, $bytes$9, 1));
  } catch ($t80: any) {
    $rt.catchable($t80);
    $t79 = new $mb.Err($t80);
  }
  inspect(new $rt.Dyn($d_Result, $t79), "Err(TypeError(\"config_cranelift_flag_set_bytes: argument 2 must not contain NUL bytes\"))", $L[_], $rt.argsLoc($L[_]));
  $b.config_cranelift_flag_set_bytes(other, $bytes$10, 15, $bytes$11, 4);
  let $t81: any;
  try {
    $t81 = new $mb.Ok($b.engine_new_with_config(other));
  } catch ($t82: any) {
    $rt.catchable($t82);
    $t81 = new $mb.Err($t82);
  }
  $match84: {
    const $t83: any = $t81;
    if ($t83.tag === "Err") {
      const e$8 = $t83.error;
      inspect(new $rt.Dyn($d_Error, e$8), "Failure(\"engine_new_with_config: invalid configuration: No existing setting named 'no_such_setting'\")", $L[_], $rt.argsLoc($L[_]));
      break $match84;
    }
    if ($t83.tag === "Ok") {
      fail($rt.viewStringView("an unknown setting was accepted"), $L[_]);
      break $match84;
    }
    $rt.matchFailed($L[_]);
  }
});
$rt.test("async calls on stacks of the host stack creator", () => {
  inspect(new $rt.Dyn($d_Int, $b.stack_creator_sizeof()), "24", $L[_], $rt.argsLoc($L[_]));
  const creator: Uint8Array = $b.make_stack_creator_buffer();
  inspect(new $rt.Dyn($d_Int, Bytes$length(creator)), "24", $L[_], $rt.argsLoc($L[_]));
  const config$17: $binding.Config = $b.config_new();
  $b.config_host_stack_creator_set_bytes(config$17, creator);
  $b.config_consume_fuel_set(config$17, true);
  const engine$26: $binding.Engine = $b.engine_new_with_config(config$17);
  const store$14: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$26);
  const context$12: $binding.Context = $b.wasmtime_store_context(store$14);
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null($b.context_set_fuel(context$12, 1000000n))), "true", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null($b.context_fuel_async_yield_interval(context$12, 1000n))), "true", $L[_], $rt.argsLoc($L[_]));
  const wat$9: string = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1))))";
  const module_val$6: $binding.Module = $b.module_new_from_wat_or_raise(engine$26, wat$9);
  const instance$6: $binding.Instance = $b.instance_new_or_raise(context$12, module_val$6);
  const add: Uint8Array = $b.instance_export_func_or_raise(context$12, instance$6, "add");
  const args$6: Uint8Array = $b.make_val_buffer(2);
  $b.val_set_i32_at(args$6, 0, 2);
  $b.val_set_i32_at(args$6, 1, 3);
  const results$9: Uint8Array = $b.make_val_buffer(1);
  const future$3: $binding.CallFuture = $b.func_call_async(context$12, add, args$6, results$9, $b.make_ptr_buffer(), $b.make_ptr_buffer());
  $loop85: while (true) {
    if (!(not($b.call_future_poll(future$3)))) {
      break $loop85;
    }
  }
  $b.call_future_delete(future$3);
  inspect(new $rt.Dyn($d_Int, $b.val_get_i32_at(results$9, 0)), "5", $L[_], $rt.argsLoc($L[_]));
  let $t86: any;
  try {
    $t86 = new $mb.Ok($b.config_host_stack_creator_set_bytes($b.config_new(), Bytes$make(24, 0)));
  } catch ($t87: any) {
    $rt.catchable($t87);
    $t86 = new $mb.Err($t87);
  }
  inspect(new $rt.Dyn($d_Result, $t86), "Err(TypeError(\"config_host_stack_creator_set_bytes: the creator must be the 24 bytes of make_stack_creator_buffer() (the binding's own stack creator; native callback addresses are not accepted)\"))", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$6);
  $b.wasmtime_store_delete(store$14);
  $b.engine_delete(engine$26);
});
$rt.test("null and non-null WasmtimeError", () => {
  const config$18: $binding.Config = $b.config_new();
  const err$8: $binding.WasmtimeError = $b.config_target_set(config$18, "riscv1024-unknown-none");
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(err$8)), "false", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_String, $b.error_message(err$8)), "Unrecognized architecture: riscv1024", $L[_], $rt.argsLoc($L[_]));
  $b.error_delete(err$8);
  let $t88: any;
  try {
    $t88 = new $mb.Ok($b.error_message(err$8));
  } catch ($t89: any) {
    $rt.catchable($t89);
    $t88 = new $mb.Err($t89);
  }
  inspect(new $rt.Dyn($d_Result$2, $t88), "Err(Error(\"error_message: this WasmtimeError has already been deleted\"))", $L[_], $rt.argsLoc($L[_]));
  $b.config_delete(config$18);
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
  let $t90: any;
  try {
    $t90 = new $mb.Ok($b.error_message_ptr_buffer(ptr$1));
  } catch ($t91: any) {
    $rt.catchable($t91);
    $t90 = new $mb.Err($t91);
  }
  inspect(new $rt.Dyn($d_Result$2, $t90), "Err(Error(\"error_message_ptr_buffer: the pointer buffer is null\"))", $L[_], $rt.argsLoc($L[_]));
  let $t92: any;
  try {
    $t92 = new $mb.Ok($b.trap_message_ptr_buffer(ptr$1));
  } catch ($t93: any) {
    $rt.catchable($t93);
    $t92 = new $mb.Err($t93);
  }
  inspect(new $rt.Dyn($d_Result$2, $t92), "Err(Error(\"trap_message_ptr_buffer: the pointer buffer is null\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("pointer buffers must be 8 bytes the binding wrote", () => {
  const short: Uint8Array = $bytes$12;
  let $t94: any;
  try {
    $t94 = new $mb.Ok($b.ptr_buffer_is_null(short));
  } catch ($t95: any) {
    $rt.catchable($t95);
    $t94 = new $mb.Err($t95);
  }
  inspect(new $rt.Dyn($d_Result$3, $t94), "Err(TypeError(\"ptr_buffer_is_null: a pointer buffer must be exactly 8 bytes (from make_ptr_buffer), got 3\"))", $L[_], $rt.argsLoc($L[_]));
  const forged: Uint8Array = $bytes$13;
  let $t96: any;
  try {
    $t96 = new $mb.Ok($b.error_delete_ptr_buffer(forged));
  } catch ($t97: any) {
    $rt.catchable($t97);
    $t96 = new $mb.Err($t97);
  }
  inspect(new $rt.Dyn($d_Result, $t96), "Err(TypeError(\"error_delete_ptr_buffer: pointer buffer holds bytes this binding did not write, or a stale copy of a deleted pointer\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("pointer buffers under upstream's lower-level names", () => {
  inspect(new $rt.Dyn($d_Int, $b.ptr_sizeof()), "8", $L[_], $rt.argsLoc($L[_]));
  const $t98 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$27 = $t98[0];
  const store$15 = $t98[1];
  const context$13 = $t98[2];
  const wat$10: string = "(module\n  (func (export \"boom\") unreachable))";
  const module_val$7: $binding.Module = $b.module_new_from_wat_or_raise(engine$27, wat$10);
  const instance$7: $binding.Instance = $b.instance_new_or_raise(context$13, module_val$7);
  const boom: Uint8Array = $b.instance_export_func_or_raise(context$13, instance$7, "boom");
  const trap_ptr$5: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$5: Uint8Array = $b.make_ptr_buffer();
  inspect(new $rt.Dyn($d_Tuple2$1, [$b.ptr_is_null(trap_ptr$5), $b.ptr_read_u64(trap_ptr$5)]), "(true, 0)", $L[_], $rt.argsLoc($L[_]));
  const future$4: $binding.CallFuture = $b.func_call_async(context$13, boom, $b.make_val_buffer(0), $b.make_val_buffer(0), trap_ptr$5, err_ptr$5);
  $loop99: while (true) {
    if (!(not($b.call_future_poll(future$4)))) {
      break $loop99;
    }
  }
  $b.call_future_delete(future$4);
  inspect(new $rt.Dyn($d_Tuple2$2, [$b.ptr_is_null(trap_ptr$5), ($b.ptr_read_u64(trap_ptr$5) > 0n)]), "(false, true)", $L[_], $rt.argsLoc($L[_]));
  let $t100: any;
  try {
    $t100 = new $mb.Ok($b.error_delete_ptr(trap_ptr$5));
  } catch ($t101: any) {
    $rt.catchable($t101);
    $t100 = new $mb.Err($t101);
  }
  inspect(new $rt.Dyn($d_Result, $t100), "Err(TypeError(\"error_delete_ptr: the buffer holds a trap, not an error\"))", $L[_], $rt.argsLoc($L[_]));
  $b.trap_delete_ptr(trap_ptr$5);
  inspect(new $rt.Dyn($d_Bool, $b.ptr_is_null(trap_ptr$5)), "true", $L[_], $rt.argsLoc($L[_]));
  const again: $binding.CallFuture = $b.func_call_async(context$13, boom, $b.make_val_buffer(0), $b.make_val_buffer(0), trap_ptr$5, err_ptr$5);
  $loop102: while (true) {
    if (!(not($b.call_future_poll(again)))) {
      break $loop102;
    }
  }
  $b.call_future_delete(again);
  $b.ptr_clear(trap_ptr$5);
  inspect(new $rt.Dyn($d_Bool, $b.ptr_is_null(trap_ptr$5)), "true", $L[_], $rt.argsLoc($L[_]));
  let $t103: any;
  try {
    $t103 = new $mb.Ok($b.error_delete_ptr(err_ptr$5));
  } catch ($t104: any) {
    $rt.catchable($t104);
    $t103 = new $mb.Err($t104);
  }
  let $t105: any;
  try {
    $t105 = new $mb.Ok($b.trap_delete_ptr(trap_ptr$5));
  } catch ($t106: any) {
    $rt.catchable($t106);
    $t105 = new $mb.Err($t106);
  }
  inspect(new $rt.Dyn($d_Tuple2$3, [$t103, $t105]), "(Ok(()), Ok(()))", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$7);
  $b.async_context_delete(engine$27, store$15);
});
$rt.test("value buffers and their count", () => {
  inspect(new $rt.Dyn($d_Int, $b.val_sizeof()), "32", $L[_], $rt.argsLoc($L[_]));
  const buf: Uint8Array = $b.make_val_buffer(3);
  inspect(new $rt.Dyn($d_Int, Bytes$length(buf)), "96", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_count(buf)), "3", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_count($b.make_val_buffer(0))), "0", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("three ways to count a bad value buffer", () => {
  const bad$1: Uint8Array = $bytes$14;
  let $t107: any;
  try {
    $t107 = new $mb.Ok($b.val_buffer_count(bad$1));
  } catch ($t108: any) {
    $rt.catchable($t108);
    $t107 = new $mb.Err($t108);
  }
  inspect(new $rt.Dyn($d_Result$4, $t107), "Err(TypeError(\"val_buffer_count: value buffer length 5 is not a multiple of 32 (val_sizeof())\"))", $L[_], $rt.argsLoc($L[_]));
  let $t109: any;
  try {
    $t109 = new $mb.Ok($b.val_buffer_count_or_raise(bad$1));
  } catch ($t110: any) {
    $rt.catchable($t110);
    $t109 = new $mb.Err($t110);
  }
  inspect(new $rt.Dyn($d_Result$4, $t109), "Err(Failure(\"val_buffer_count_or_raise: value buffer length 5 is not a multiple of 32 (val_sizeof())\"))", $L[_], $rt.argsLoc($L[_]));
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
  let $t111: any;
  try {
    $t111 = new $mb.Ok($b.val_buffer_get_i32(buf$2, 1));
  } catch ($t112: any) {
    $rt.catchable($t112);
    $t111 = new $mb.Err($t112);
  }
  inspect(new $rt.Dyn($d_Result$4, $t111), "Err(RangeError(\"val_buffer_get_i32: index 1 out of range for a buffer of 1 value(s)\"))", $L[_], $rt.argsLoc($L[_]));
  let $t113: any;
  try {
    $t113 = new $mb.Ok($b.val_buffer_set_f64(buf$2, -1, 1));
  } catch ($t114: any) {
    $rt.catchable($t114);
    $t113 = new $mb.Err($t114);
  }
  inspect(new $rt.Dyn($d_Result, $t113), "Err(RangeError(\"val_buffer_set_f64: index -1 out of range for a buffer of 1 value(s)\"))", $L[_], $rt.argsLoc($L[_]));
  let $t115: any;
  try {
    $t115 = new $mb.Ok($b.make_val_buffer(-1));
  } catch ($t116: any) {
    $rt.catchable($t116);
    $t115 = new $mb.Err($t116);
  }
  inspect(new $rt.Dyn($d_Result$5, $t115), "Err(RangeError(\"make_val_buffer: count must be an integer in 0..1048576, got -1\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("value slots under upstream's lower-level names", () => {
  const buf$3: Uint8Array = $b.make_val_buffer(4);
  $b.val_set_i32_at(buf$3, 0, -7);
  $b.val_set_i64_at(buf$3, 1, 1234567890123n);
  $b.val_set_f32_at(buf$3, 2, 0.5);
  $b.val_set_f64_at(buf$3, 3, 2.25);
  inspect(new $rt.Dyn($d_Tuple4, [$b.val_kind_at(buf$3, 0), $b.val_kind_at(buf$3, 1), $b.val_kind_at(buf$3, 2), $b.val_kind_at(buf$3, 3)]), "(0, 1, 2, 3)", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple2, [$b.val_buffer_get_i32(buf$3, 0), $b.val_get_i32_at(buf$3, 0)]), "(-7, -7)", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple3$1, [$b.val_get_i64_at(buf$3, 1), $b.val_get_f32_at(buf$3, 2), $b.val_get_f64_at(buf$3, 3)]), "(1234567890123, 0.5, 2.25)", $L[_], $rt.argsLoc($L[_]));
  $b.val_buffer_set_i64(buf$3, 0, -1n);
  $b.val_set_i32_at(buf$3, 0, -1);
  inspect(new $rt.Dyn($d_Int64, $b.val_get_i64_at(buf$3, 0)), "4294967295", $L[_], $rt.argsLoc($L[_]));
  $b.val_unroot_at(buf$3, 1);
  inspect(new $rt.Dyn($d_Tuple2$4, [$b.val_kind_at(buf$3, 1), $b.val_get_i64_at(buf$3, 1)]), "(0, 0)", $L[_], $rt.argsLoc($L[_]));
  $b.val_buffer_unroot_at(buf$3, 3);
  inspect(new $rt.Dyn($d_Tuple2$5, [$b.val_kind_at(buf$3, 3), $b.val_get_f64_at(buf$3, 3)]), "(0, 0)", $L[_], $rt.argsLoc($L[_]));
  let $t117: any;
  try {
    $t117 = new $mb.Ok($b.val_get_i32_at(buf$3, 4));
  } catch ($t118: any) {
    $rt.catchable($t118);
    $t117 = new $mb.Err($t118);
  }
  inspect(new $rt.Dyn($d_Result$4, $t117), "Err(RangeError(\"val_get_i32_at: index 4 out of range for a buffer of 4 value(s)\"))", $L[_], $rt.argsLoc($L[_]));
  let $t119: any;
  try {
    $t119 = new $mb.Ok($b.val_set_f64_at(buf$3, -1, 1));
  } catch ($t120: any) {
    $rt.catchable($t120);
    $t119 = new $mb.Err($t120);
  }
  inspect(new $rt.Dyn($d_Result, $t119), "Err(RangeError(\"val_set_f64_at: index -1 out of range for a buffer of 4 value(s)\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("function types from value kinds", () => {
  const params$3: Uint8Array = $bytes$15;
  const results$10: Uint8Array = $bytes$16;
  const ty$3: $binding.FuncType = $b.functype_new_from_valkinds(params$3, results$10);
  inspect(new $rt.Dyn($d_Bool, $b.functype_is_null(ty$3)), "false", $L[_], $rt.argsLoc($L[_]));
  $b.functype_delete(ty$3);
  const bad$2: Uint8Array = $bytes$17;
  const null_ty: $binding.FuncType = $b.functype_new_from_valkinds(bad$2, results$10);
  inspect(new $rt.Dyn($d_Bool, $b.functype_is_null(null_ty)), "true", $L[_], $rt.argsLoc($L[_]));
  let $t121: any;
  try {
    $t121 = new $mb.Ok($b.functype_new_from_valkinds_or_raise(bad$2, results$10));
  } catch ($t122: any) {
    $rt.catchable($t122);
    $t121 = new $mb.Err($t122);
  }
  $match124: {
    const $t123: any = $t121;
    if ($t123.tag === "Err") {
      const e$9 = $t123.error;
      inspect(new $rt.Dyn($d_Error, e$9), "Failure(\"functype_new_from_valkinds_or_raise: invalid value kind 77 at params[1] (expected one of 0,1,2,3,4,128,129)\")", $L[_], $rt.argsLoc($L[_]));
      break $match124;
    }
    if ($t123.tag === "Ok") {
      fail($rt.viewStringView("functype_new_from_valkinds_or_raise should have raised"), $L[_]);
      break $match124;
    }
    $rt.matchFailed($L[_]);
  }
  $match126: {
    const $t125: any = $b.functype_new_from_valkinds_result(bad$2, results$10);
    if ($t125.tag === "Ok") {
      fail($rt.viewStringView("expected an error"), $L[_]);
      break $match126;
    }
    if ($t125.tag === "Err") {
      const e$10 = $t125.error;
      inspect(new $rt.Dyn($d_Error, e$10), "Failure(\"functype_new_from_valkinds_result: invalid value kind 77 at params[1] (expected one of 0,1,2,3,4,128,129)\")", $L[_], $rt.argsLoc($L[_]));
      break $match126;
    }
    $rt.matchFailed($L[_]);
  }
  $match128: {
    const $t127: any = $b.functype_new_from_valkinds_result(params$3, results$10);
    if ($t127.tag === "Ok") {
      const t = $t127.value;
      {
        inspect(new $rt.Dyn($d_Bool, $b.functype_is_null(t)), "false", $L[_], $rt.argsLoc($L[_]));
        $b.functype_delete(t);
      }
      break $match128;
    }
    if ($t127.tag === "Err") {
      const e$11 = $t127.error;
      throw e$11;
      break $match128;
    }
    $rt.matchFailed($L[_]);
  }
});
$rt.test("function types with reference kinds", () => {
  const params$4: Uint8Array = new Uint8Array([]);
  const refs: Uint8Array = $bytes$18;
  const ty$4: $binding.FuncType = $b.functype_new_from_valkinds_or_raise(params$4, refs);
  inspect(new $rt.Dyn($d_Bool, $b.functype_is_null(ty$4)), "false", $L[_], $rt.argsLoc($L[_]));
  $b.functype_delete(ty$4);
});
$rt.test("the no-op host function", () => {
  const engine$28: $binding.Engine = $b.engine_new();
  const store$16: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$28);
  const context$14: $binding.Context = $b.wasmtime_store_context(store$16);
  const none: Uint8Array = new Uint8Array([]);
  const ty$5: $binding.FuncType = $b.functype_new_from_valkinds_or_raise(none, none);
  const cb: bigint = $b.func_noop_callback_ptr();
  inspect(new $rt.Dyn($d_Bool, (cb > 0n)), "true", $L[_], $rt.argsLoc($L[_]));
  const func$6: Uint8Array = $b.func_buffer_new_with_ptr(context$14, ty$5, cb, 0n, 0n);
  inspect(new $rt.Dyn($d_Int, $b.func_sizeof()), "16", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Int, Bytes$length(func$6)), "16", $L[_], $rt.argsLoc($L[_]));
  let $t129: any;
  try {
    $t129 = new $mb.Ok($b.func_call_sync_or_raise(context$14, func$6, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($t130: any) {
    $rt.catchable($t130);
    $t129 = new $mb.Err($t130);
  }
  inspect(new $rt.Dyn($d_Result, $t129), "Ok(())", $L[_], $rt.argsLoc($L[_]));
  let $t131: any;
  try {
    $t131 = new $mb.Ok($b.func_buffer_new_with_ptr(context$14, ty$5, $op_UInt64_add(cb, 8n), 0n, 0n));
  } catch ($t132: any) {
    $rt.catchable($t132);
    $t131 = new $mb.Err($t132);
  }
  inspect(new $rt.Dyn($d_Result$5, $t131), "Err(TypeError(\"func_buffer_new_with_ptr: callback address was not handed out by this binding (only func_noop_callback_ptr() is accepted)\"))", $L[_], $rt.argsLoc($L[_]));
  let $t133: any;
  try {
    $t133 = new $mb.Ok($b.func_buffer_new_with_ptr(context$14, ty$5, cb, 1n, 0n));
  } catch ($t134: any) {
    $rt.catchable($t134);
    $t133 = new $mb.Err($t134);
  }
  inspect(new $rt.Dyn($d_Result$5, $t133), "Err(TypeError(\"func_buffer_new_with_ptr: env and finalizer must be 0 (arbitrary addresses are not accepted)\"))", $L[_], $rt.argsLoc($L[_]));
  $b.functype_delete(ty$5);
  let $t135: any;
  try {
    $t135 = new $mb.Ok($b.func_buffer_new_with_ptr(context$14, ty$5, cb, 0n, 0n));
  } catch ($t136: any) {
    $rt.catchable($t136);
    $t135 = new $mb.Err($t136);
  }
  inspect(new $rt.Dyn($d_Result$5, $t135), "Err(Error(\"func_buffer_new_with_ptr: this FuncType has already been deleted\"))", $L[_], $rt.argsLoc($L[_]));
  $b.wasmtime_store_delete(store$16);
  $b.engine_delete(engine$28);
});
$rt.test("function types with counts and host functions written into a buffer", () => {
  const kinds: Uint8Array = $bytes$19;
  const ty$6: $binding.FuncType = $b.functype_new_from_kinds(kinds, 2, $bytes$16, 1);
  inspect(new $rt.Dyn($d_Bool, $b.functype_is_null(ty$6)), "false", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Bool, $b.functype_is_null($b.functype_new_from_kinds(kinds, 3, $bytes$2, 0))), "true", $L[_], $rt.argsLoc($L[_]));
  let $t137: any;
  try {
    $t137 = new $mb.Ok($b.functype_new_from_kinds(kinds, 4, $bytes$2, 0));
  } catch ($t138: any) {
    $rt.catchable($t138);
    $t137 = new $mb.Err($t138);
  }
  $match140: {
    const $t139: any = $t137;
    if ($t139.tag === "Err") {
      const e$12 = $t139.error;
      inspect(new $rt.Dyn($d_Error, e$12), "RangeError(\"functype_new_from_kinds: argument 2 (the count of argument 1) must be in 0..3, got 4\")", $L[_], $rt.argsLoc($L[_]));
      break $match140;
    }
    if ($t139.tag === "Ok") {
      fail($rt.viewStringView("a count beyond the kinds was accepted"), $L[_]);
      break $match140;
    }
    $rt.matchFailed($L[_]);
  }
  inspect(new $rt.Dyn($d_Bool, ($b.noop_callback_ptr() === $b.func_noop_callback_ptr())), "true", $L[_], $rt.argsLoc($L[_]));
  const engine$29: $binding.Engine = $b.engine_new();
  const store$17: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$29);
  const context$15: $binding.Context = $b.wasmtime_store_context(store$17);
  const func$7: Uint8Array = $b.make_func_buffer();
  inspect(new $rt.Dyn($d_Bool, (Bytes$length(func$7) === $b.func_sizeof())), "true", $L[_], $rt.argsLoc($L[_]));
  $b.func_new_ptr_bytes(context$15, ty$6, $b.noop_callback_ptr(), 0n, 0n, func$7);
  const args$7: Uint8Array = $b.make_val_buffer(2);
  $b.val_set_i32_at(args$7, 0, 1);
  $b.val_set_i64_at(args$7, 1, 2n);
  const results$11: Uint8Array = $b.make_val_buffer(1);
  $b.val_set_f64_at(results$11, 0, 9.5);
  $b.func_call_sync_or_raise(context$15, func$7, args$7, results$11);
  inspect(new $rt.Dyn($d_Tuple2$5, [$b.val_kind_at(results$11, 0), $b.val_get_f64_at(results$11, 0)]), "(3, 0)", $L[_], $rt.argsLoc($L[_]));
  let $t141: any;
  try {
    $t141 = new $mb.Ok($b.func_new_ptr_bytes(context$15, ty$6, $b.noop_callback_ptr(), 0n, 0n, $b.make_ptr_buffer()));
  } catch ($t142: any) {
    $rt.catchable($t142);
    $t141 = new $mb.Err($t142);
  }
  inspect(new $rt.Dyn($d_Result, $t141), "Err(TypeError(\"func_new_ptr_bytes: func_out must be exactly 16 bytes (make_func_buffer()), got 8\"))", $L[_], $rt.argsLoc($L[_]));
  let $t143: any;
  try {
    $t143 = new $mb.Ok($b.func_new_ptr_bytes(context$15, ty$6, $op_UInt64_add($b.noop_callback_ptr(), 1n), 0n, 0n, $b.make_func_buffer()));
  } catch ($t144: any) {
    $rt.catchable($t144);
    $t143 = new $mb.Err($t144);
  }
  inspect(new $rt.Dyn($d_Result, $t143), "Err(TypeError(\"func_new_ptr_bytes: callback address was not handed out by this binding (only func_noop_callback_ptr() is accepted)\"))", $L[_], $rt.argsLoc($L[_]));
  $b.functype_delete(ty$6);
  $b.wasmtime_store_delete(store$17);
  $b.engine_delete(engine$29);
});
$rt.test("an async host function in a linker", () => {
  const $t145 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$30 = $t145[0];
  const store$18 = $t145[1];
  const context$16 = $t145[2];
  const linker$3: $binding.Linker = $b.linker_new(engine$30);
  const ty$7: $binding.FuncType = $b.functype_new_from_valkinds_or_raise($bytes$20, $bytes$20);
  const module_name: Uint8Array = $bytes$21;
  const name$1: Uint8Array = $bytes$22;
  const ok$1: $binding.WasmtimeError = $b.linker_define_async_func_ptr(linker$3, module_name, 4, name$1, 4, ty$7, $b.noop_callback_ptr(), 0n, 0n);
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(ok$1)), "true", $L[_], $rt.argsLoc($L[_]));
  const twice: $binding.WasmtimeError = $b.linker_define_async_func_ptr(linker$3, module_name, 4, name$1, 4, ty$7, $b.noop_callback_ptr(), 0n, 0n);
  inspect(new $rt.Dyn($d_String, $b.error_message(twice)), "import of `host::zero` defined twice", $L[_], $rt.argsLoc($L[_]));
  $b.error_delete(twice);
  const wat$11: string = "(module\n  (import \"host\" \"zero\" (func $zero (param i32) (result i32)))\n  (func (export \"plus_one\") (param i32) (result i32)\n    (i32.add (call $zero (local.get 0)) (i32.const 1))))";
  const module_val$8: $binding.Module = $b.module_new_from_wat_or_raise(engine$30, wat$11);
  const instance$8: $binding.Instance = $b.linker_instantiate_or_raise(linker$3, context$16, module_val$8);
  const plus_one: Uint8Array = $b.instance_export_func_or_raise(context$16, instance$8, "plus_one");
  const args$8: Uint8Array = $b.make_val_buffer(1);
  $b.val_set_i32_at(args$8, 0, 41);
  const results$12: Uint8Array = $b.make_val_buffer(1);
  const future$5: $binding.CallFuture = $b.func_call_async(context$16, plus_one, args$8, results$12, $b.make_ptr_buffer(), $b.make_ptr_buffer());
  $loop146: while (true) {
    if (!(not($b.call_future_poll(future$5)))) {
      break $loop146;
    }
  }
  $b.call_future_delete(future$5);
  inspect(new $rt.Dyn($d_Int, $b.val_get_i32_at(results$12, 0)), "1", $L[_], $rt.argsLoc($L[_]));
  const sync_store: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$30);
  let $t147: any;
  try {
    $t147 = new $mb.Ok($b.linker_instantiate_or_raise(linker$3, $b.wasmtime_store_context(sync_store), module_val$8));
  } catch ($t148: any) {
    $rt.catchable($t148);
    $t147 = new $mb.Err($t148);
  }
  $match150: {
    const $t149: any = $t147;
    if ($t149.tag === "Err") {
      const e$13 = $t149.error;
      inspect(new $rt.Dyn($d_Error, e$13), "Failure(\"linker_instantiate_or_raise: the linker defines async host functions (linker_define_async_func_ptr); instantiate it in an async store (async_context_new)\")", $L[_], $rt.argsLoc($L[_]));
      break $match150;
    }
    if ($t149.tag === "Ok") {
      fail($rt.viewStringView("a sync store instantiated an async host function"), $L[_]);
      break $match150;
    }
    $rt.matchFailed($L[_]);
  }
  $b.wasmtime_store_delete(sync_store);
  $b.functype_delete(ty$7);
  $b.module_delete(module_val$8);
  $b.linker_delete(linker$3);
  $b.async_context_delete(engine$30, store$18);
});
$rt.test("wat2wasm_or_raise", () => {
  inspect(new $rt.Dyn($d_Bytes, $b.wat2wasm_or_raise("(module)")), "b\"\\x00asm\\x01\\x00\\x00\\x00\"", $L[_], $rt.argsLoc($L[_]));
  let $t151: any;
  try {
    $t151 = new $mb.Ok($b.wat2wasm_or_raise("(module (func (result i32) i32.const)"));
  } catch ($t152: any) {
    $rt.catchable($t152);
    $t151 = new $mb.Err($t152);
  }
  inspect(new $rt.Dyn($d_Result$5, $t151), "Err(Failure(\"expected a i32\\n     --> <anon>:1:37\\n      |\\n    1 | (module (func (result i32) i32.const)\\n      |                                     ^\"))", $L[_], $rt.argsLoc($L[_]));
  let $t153: any;
  try {
    $t153 = new $mb.Ok($b.wat2wasm_or_raise("(module"));
  } catch ($t154: any) {
    $rt.catchable($t154);
    $t153 = new $mb.Err($t154);
  }
  inspect(new $rt.Dyn($d_Result$5, $t153), "Err(Failure(\"expected `)`\\n     --> <anon>:1:8\\n      |\\n    1 | (module\\n      |        ^\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("compiling modules from text and binary", () => {
  const engine$31: $binding.Engine = $b.engine_new();
  const wasm$1: Uint8Array = $b.wat2wasm_or_raise("(module (func (export \"f\")))");
  const m1: $binding.Module = $b.module_new_or_raise(engine$31, wasm$1);
  const m2: $binding.Module = $b.module_new_from_wat_or_raise(engine$31, "(module)");
  let $t155: any;
  try {
    $t155 = new $mb.Ok($b.module_new_or_raise(engine$31, $bytes$23));
  } catch ($t156: any) {
    $rt.catchable($t156);
    $t155 = new $mb.Err($t156);
  }
  $match158: {
    const $t157: any = $t155;
    if ($t157.tag === "Err") {
      const e$14 = $t157.error;
      inspect(new $rt.Dyn($d_Error, e$14), "Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    unknown binary version:        0x2 (at offset 0x4)\\n\")", $L[_], $rt.argsLoc($L[_]));
      break $match158;
    }
    if ($t157.tag === "Ok") {
      fail($rt.viewStringView("module_new_or_raise should have raised"), $L[_]);
      break $match158;
    }
    $rt.matchFailed($L[_]);
  }
  let $t159: any;
  try {
    $t159 = new $mb.Ok($b.module_new_or_raise(engine$31, $bytes$24));
  } catch ($t160: any) {
    $rt.catchable($t160);
    $t159 = new $mb.Err($t160);
  }
  $match162: {
    const $t161: any = $t159;
    if ($t161.tag === "Err") {
      const e$15 = $t161.error;
      inspect(new $rt.Dyn($d_Error, e$15), "Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    magic header not detected: bad magic number - expected=[\\n    0x0,\\n    0x61,\\n    0x73,\\n    0x6d,\\n] actual=[\\n    0x6e,\\n    0x6f,\\n    0x70,\\n    0x65,\\n] (at offset 0x0)\\n\")", $L[_], $rt.argsLoc($L[_]));
      break $match162;
    }
    if ($t161.tag === "Ok") {
      fail($rt.viewStringView("module_new_or_raise should have raised"), $L[_]);
      break $match162;
    }
    $rt.matchFailed($L[_]);
  }
  let $t163: any;
  try {
    $t163 = new $mb.Ok($b.module_new_from_wat_or_raise(engine$31, "(module (func (result i32)))"));
  } catch ($t164: any) {
    $rt.catchable($t164);
    $t163 = new $mb.Err($t164);
  }
  $match166: {
    const $t165: any = $t163;
    if ($t165.tag === "Err") {
      const e$16 = $t165.error;
      inspect(new $rt.Dyn($d_Error, e$16), "Failure(\"failed to compile: wasm[0]::function[0]\\n\\nCaused by:\\n    0: WebAssembly translation error\\n    1: Invalid input WebAssembly code at offset 24: type mismatch: expected i32 but nothing on stack\\n\")", $L[_], $rt.argsLoc($L[_]));
      break $match166;
    }
    if ($t165.tag === "Ok") {
      fail($rt.viewStringView("module_new_from_wat_or_raise should have raised"), $L[_]);
      break $match166;
    }
    $rt.matchFailed($L[_]);
  }
  $b.module_delete(m1);
  $b.module_delete(m2);
  let $t167: any;
  try {
    $t167 = new $mb.Ok($b.module_delete(m1));
  } catch ($t168: any) {
    $rt.catchable($t168);
    $t167 = new $mb.Err($t168);
  }
  inspect(new $rt.Dyn($d_Result, $t167), "Err(Error(\"module_delete: this Module has already been deleted\"))", $L[_], $rt.argsLoc($L[_]));
  $b.engine_delete(engine$31);
});
$rt.test("serializing and deserializing modules", () => {
  const engine$32: $binding.Engine = $b.engine_new();
  const wat$12: string = "(module\n  (func (export \"answer\") (result i32)\n    i32.const 42))";
  const original: $binding.Module = $b.module_new_from_wat_or_raise(engine$32, wat$12);
  const bytes: Uint8Array = $b.module_serialize_or_raise(original);
  inspect(new $rt.Dyn($d_Bool, (Bytes$length(bytes) > 0)), "true", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(original);
  const restored: $binding.Module = $b.module_deserialize_or_raise(engine$32, bytes);
  const store$19: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$32);
  const context$17: $binding.Context = $b.wasmtime_store_context(store$19);
  const instance$9: $binding.Instance = $b.instance_new_or_raise(context$17, restored);
  const func$8: Uint8Array = $b.instance_export_func_or_raise(context$17, instance$9, "answer");
  const results$13: Uint8Array = $b.make_val_buffer(1);
  $b.func_call_sync_or_raise(context$17, func$8, $b.make_val_buffer(0), results$13);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$13, 0)), "42", $L[_], $rt.argsLoc($L[_]));
  let $t169: any;
  try {
    $t169 = new $mb.Ok($b.module_deserialize_or_raise(engine$32, $b.wat2wasm_or_raise("(module)")));
  } catch ($t170: any) {
    $rt.catchable($t170);
    $t169 = new $mb.Err($t170);
  }
  $match172: {
    const $t171: any = $t169;
    if ($t171.tag === "Err") {
      const e$17 = $t171.error;
      inspect(new $rt.Dyn($d_Error, e$17), "Failure(\"module_deserialize_or_raise: refusing bytes that module_serialize_or_raise did not produce in this process (deserializing untrusted bytes is unsafe)\")", $L[_], $rt.argsLoc($L[_]));
      break $match172;
    }
    if ($t171.tag === "Ok") {
      fail($rt.viewStringView("module_deserialize_or_raise should have raised"), $L[_]);
      break $match172;
    }
    $rt.matchFailed($L[_]);
  }
  $b.module_delete(restored);
  $b.wasmtime_store_delete(store$19);
  $b.engine_delete(engine$32);
});
$rt.test("instances and exported functions", () => {
  const engine$33: $binding.Engine = $b.engine_new();
  const store$20: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$33);
  const context$18: $binding.Context = $b.wasmtime_store_context(store$20);
  const wat$13: string = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1)))\n  (func (export \"mul64\") (param i64 i64) (result i64)\n    (i64.mul (local.get 0) (local.get 1)))\n  (func (export \"half32\") (param f32) (result f32)\n    (f32.div (local.get 0) (f32.const 2)))\n  (func (export \"sqrt64\") (param f64) (result f64)\n    (f64.sqrt (local.get 0)))\n  (func (export \"swap\") (param i32 i64) (result i64 i32)\n    (local.get 1) (local.get 0)))";
  const module_val$9: $binding.Module = $b.module_new_from_wat_or_raise(engine$33, wat$13);
  const instance$10: $binding.Instance = $b.instance_new_or_raise(context$18, module_val$9);
  const add$1: Uint8Array = $b.instance_export_func_or_raise(context$18, instance$10, "add");
  const args$9: Uint8Array = $b.make_val_buffer(2);
  const results$14: Uint8Array = $b.make_val_buffer(1);
  $b.val_buffer_set_i32(args$9, 0, 2);
  $b.val_buffer_set_i32(args$9, 1, 3);
  $b.func_call_sync_or_raise(context$18, add$1, args$9, results$14);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$14, 0)), "5", $L[_], $rt.argsLoc($L[_]));
  $b.val_buffer_set_i32(args$9, 0, 2147483647);
  $b.val_buffer_set_i32(args$9, 1, 1);
  $b.func_call_sync_or_raise(context$18, add$1, args$9, results$14);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$14, 0)), "-2147483648", $L[_], $rt.argsLoc($L[_]));
  const mul64: Uint8Array = $b.instance_export_func_or_raise(context$18, instance$10, "mul64");
  $b.val_buffer_set_i64(args$9, 0, 4294967296n);
  $b.val_buffer_set_i64(args$9, 1, -3n);
  $b.func_call_sync_or_raise(context$18, mul64, args$9, results$14);
  inspect(new $rt.Dyn($d_Int64, $b.val_buffer_get_i64(results$14, 0)), "-12884901888", $L[_], $rt.argsLoc($L[_]));
  const half32: Uint8Array = $b.instance_export_func_or_raise(context$18, instance$10, "half32");
  const one: Uint8Array = $b.make_val_buffer(1);
  $b.val_buffer_set_f32(one, 0, 5);
  $b.func_call_sync_or_raise(context$18, half32, one, results$14);
  inspect(new $rt.Dyn($d_Float, $b.val_buffer_get_f32(results$14, 0)), "2.5", $L[_], $rt.argsLoc($L[_]));
  const sqrt64: Uint8Array = $b.instance_export_func_or_raise(context$18, instance$10, "sqrt64");
  $b.val_buffer_set_f64(one, 0, 2);
  $b.func_call_sync_or_raise(context$18, sqrt64, one, results$14);
  inspect(new $rt.Dyn($d_Double, $b.val_buffer_get_f64(results$14, 0)), "1.4142135623730951", $L[_], $rt.argsLoc($L[_]));
  const swap: Uint8Array = $b.instance_export_func_or_raise(context$18, instance$10, "swap");
  const two: Uint8Array = $b.make_val_buffer(2);
  $b.val_buffer_set_i32(args$9, 0, 7);
  $b.val_buffer_set_i64(args$9, 1, 8n);
  $b.func_call_sync_or_raise(context$18, swap, args$9, two);
  inspect(new $rt.Dyn($d_Tuple2$6, [$b.val_buffer_get_i64(two, 0), $b.val_buffer_get_i32(two, 1)]), "(8, 7)", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple2, [$b.val_buffer_kind(two, 0), $b.val_buffer_kind(two, 1)]), "(1, 0)", $L[_], $rt.argsLoc($L[_]));
  let $t173: any;
  try {
    $t173 = new $mb.Ok($b.instance_export_func_or_raise(context$18, instance$10, "missing"));
  } catch ($t174: any) {
    $rt.catchable($t174);
    $t173 = new $mb.Err($t174);
  }
  inspect(new $rt.Dyn($d_Result$5, $t173), "Err(Failure(\"instance_export_func_or_raise: no export named `missing`\"))", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$9);
  $b.wasmtime_store_delete(store$20);
  $b.engine_delete(engine$33);
});
$rt.test("sync calls check arity and types", () => {
  const engine$34: $binding.Engine = $b.engine_new();
  const store$21: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$34);
  const context$19: $binding.Context = $b.wasmtime_store_context(store$21);
  const wat$14: string = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1))))";
  const module_val$10: $binding.Module = $b.module_new_from_wat_or_raise(engine$34, wat$14);
  const instance$11: $binding.Instance = $b.instance_new_or_raise(context$19, module_val$10);
  const add$2: Uint8Array = $b.instance_export_func_or_raise(context$19, instance$11, "add");
  const results$15: Uint8Array = $b.make_val_buffer(1);
  let $t175: any;
  try {
    $t175 = new $mb.Ok($b.func_call_sync_or_raise(context$19, add$2, $b.make_val_buffer(1), results$15));
  } catch ($t176: any) {
    $rt.catchable($t176);
    $t175 = new $mb.Err($t176);
  }
  inspect(new $rt.Dyn($d_Result, $t175), "Err(Failure(\"error: expected 2 arguments, got 1\"))", $L[_], $rt.argsLoc($L[_]));
  let $t177: any;
  try {
    $t177 = new $mb.Ok($b.func_call_sync_or_raise(context$19, add$2, $b.make_val_buffer(2), $b.make_val_buffer(0)));
  } catch ($t178: any) {
    $rt.catchable($t178);
    $t177 = new $mb.Err($t178);
  }
  inspect(new $rt.Dyn($d_Result, $t177), "Err(Failure(\"error: expected 1 results, got 0\"))", $L[_], $rt.argsLoc($L[_]));
  const args$10: Uint8Array = $b.make_val_buffer(2);
  $b.val_buffer_set_f64(args$10, 0, 1);
  $b.val_buffer_set_i32(args$10, 1, 1);
  let $t179: any;
  try {
    $t179 = new $mb.Ok($b.func_call_sync_or_raise(context$19, add$2, args$10, results$15));
  } catch ($t180: any) {
    $rt.catchable($t180);
    $t179 = new $mb.Err($t180);
  }
  inspect(new $rt.Dyn($d_Result, $t179), "Err(Failure(\"error: argument type mismatch\\n\\nCaused by:\\n    type mismatch: expected i32, found f64\\n\"))", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$10);
  $b.wasmtime_store_delete(store$21);
  $b.engine_delete(engine$34);
});
$rt.test("a trap raises a Failure", () => {
  const engine$35: $binding.Engine = $b.engine_new();
  const store$22: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$35);
  const context$20: $binding.Context = $b.wasmtime_store_context(store$22);
  const wat$15: string = "(module\n  (func (export \"boom\")\n    unreachable)\n  (func (export \"div\") (param i32 i32) (result i32)\n    (i32.div_s (local.get 0) (local.get 1))))";
  const module_val$11: $binding.Module = $b.module_new_from_wat_or_raise(engine$35, wat$15);
  const instance$12: $binding.Instance = $b.instance_new_or_raise(context$20, module_val$11);
  const boom$1: Uint8Array = $b.instance_export_func_or_raise(context$20, instance$12, "boom");
  let $t181: any;
  try {
    $t181 = new $mb.Ok($b.func_call_sync_or_raise(context$20, boom$1, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($t182: any) {
    $rt.catchable($t182);
    $t181 = new $mb.Err($t182);
  }
  inspect(new $rt.Dyn($d_Result, $t181), "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x2e - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", $L[_], $rt.argsLoc($L[_]));
  const div: Uint8Array = $b.instance_export_func_or_raise(context$20, instance$12, "div");
  const args$11: Uint8Array = $b.make_val_buffer(2);
  $b.val_buffer_set_i32(args$11, 0, 1);
  $b.val_buffer_set_i32(args$11, 1, 0);
  let $t183: any;
  try {
    $t183 = new $mb.Ok($b.func_call_sync_or_raise(context$20, div, args$11, $b.make_val_buffer(1)));
  } catch ($t184: any) {
    $rt.catchable($t184);
    $t183 = new $mb.Err($t184);
  }
  $match186: {
    const $t185: any = $t183;
    if ($t185.tag === "Ok") {
      fail($rt.viewStringView("expected a trap"), $L[_]);
      break $match186;
    }
    if ($t185.tag === "Err" && $rt.isError($t185.error, "Failure", "Failure")) {
      const msg$1 = $t185.error._0;
      inspect(new $rt.Dyn($d_Bool, String$contains(msg$1, $rt.viewStringView("integer divide by zero"))), "true", $L[_], $rt.argsLoc($L[_]));
      break $match186;
    }
    if ($t185.tag === "Err") {
      const e$18 = $t185.error;
      throw e$18;
      break $match186;
    }
    $rt.matchFailed($L[_]);
  }
  $b.module_delete(module_val$11);
  $b.wasmtime_store_delete(store$22);
  $b.engine_delete(engine$35);
});
$rt.test("func_call_sync_result_autoclean", () => {
  const engine$36: $binding.Engine = $b.engine_new();
  const store$23: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$36);
  const context$21: $binding.Context = $b.wasmtime_store_context(store$23);
  const wat$16: string = "(module\n  (func (export \"ok\") (result i32) i32.const 1)\n  (func (export \"boom\") (result i32) unreachable))";
  const module_val$12: $binding.Module = $b.module_new_from_wat_or_raise(engine$36, wat$16);
  const instance$13: $binding.Instance = $b.instance_new_or_raise(context$21, module_val$12);
  const ok$2: Uint8Array = $b.instance_export_func_or_raise(context$21, instance$13, "ok");
  const boom$2: Uint8Array = $b.instance_export_func_or_raise(context$21, instance$13, "boom");
  const results$16: Uint8Array = $b.make_val_buffer(1);
  const trap_ptr$6: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$6: Uint8Array = $b.make_ptr_buffer();
  inspect(new $rt.Dyn($d_Result, $b.func_call_sync_result_autoclean(context$21, ok$2, $b.make_val_buffer(0), results$16, trap_ptr$6, err_ptr$6)), "Ok(())", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$16, 0)), "1", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Result, $b.func_call_sync_result_autoclean(context$21, boom$2, $b.make_val_buffer(0), results$16, trap_ptr$6, err_ptr$6)), "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x2d - <unknown>!<wasm function 1>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple2$2, [$b.ptr_buffer_is_null(trap_ptr$6), $b.ptr_buffer_is_null(err_ptr$6)]), "(true, true)", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$12);
  $b.wasmtime_store_delete(store$23);
  $b.engine_delete(engine$36);
});
$rt.test("linkers resolve imports by name", () => {
  const engine$37: $binding.Engine = $b.engine_new();
  const store$24: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$37);
  const context$22: $binding.Context = $b.wasmtime_store_context(store$24);
  const wat$17: string = "(module\n  (import \"env\" \"missing\" (func))\n  (func (export \"run\")))";
  const module_val$13: $binding.Module = $b.module_new_from_wat_or_raise(engine$37, wat$17);
  const linker$4: $binding.Linker = $b.linker_new(engine$37);
  let $t187: any;
  try {
    $t187 = new $mb.Ok($b.linker_instantiate_or_raise(linker$4, context$22, module_val$13));
  } catch ($t188: any) {
    $rt.catchable($t188);
    $t187 = new $mb.Err($t188);
  }
  $match190: {
    const $t189: any = $t187;
    if ($t189.tag === "Err") {
      const e$19 = $t189.error;
      inspect(new $rt.Dyn($d_Error, e$19), "Failure(\"unknown import: `env::missing` has not been defined\")", $L[_], $rt.argsLoc($L[_]));
      break $match190;
    }
    if ($t189.tag === "Ok") {
      fail($rt.viewStringView("linker_instantiate_or_raise should have raised"), $L[_]);
      break $match190;
    }
    $rt.matchFailed($L[_]);
  }
  let $t191: any;
  try {
    $t191 = new $mb.Ok($b.instance_new_or_raise(context$22, module_val$13));
  } catch ($t192: any) {
    $rt.catchable($t192);
    $t191 = new $mb.Err($t192);
  }
  $match194: {
    const $t193: any = $t191;
    if ($t193.tag === "Err") {
      const e$20 = $t193.error;
      inspect(new $rt.Dyn($d_Error, e$20), "Failure(\"expected 1 imports, found 0\")", $L[_], $rt.argsLoc($L[_]));
      break $match194;
    }
    if ($t193.tag === "Ok") {
      fail($rt.viewStringView("instance_new_or_raise should have raised"), $L[_]);
      break $match194;
    }
    $rt.matchFailed($L[_]);
  }
  const plain: $binding.Module = $b.module_new_from_wat_or_raise(engine$37, "(module (func (export \"run\")))");
  const instance$14: $binding.Instance = $b.linker_instantiate_or_raise(linker$4, context$22, plain);
  const run: Uint8Array = $b.instance_export_func_or_raise(context$22, instance$14, "run");
  let $t195: any;
  try {
    $t195 = new $mb.Ok($b.func_call_sync_or_raise(context$22, run, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($t196: any) {
    $rt.catchable($t196);
    $t195 = new $mb.Err($t196);
  }
  inspect(new $rt.Dyn($d_Result, $t195), "Ok(())", $L[_], $rt.argsLoc($L[_]));
  $b.linker_delete(linker$4);
  let $t197: any;
  try {
    $t197 = new $mb.Ok($b.linker_delete(linker$4));
  } catch ($t198: any) {
    $rt.catchable($t198);
    $t197 = new $mb.Err($t198);
  }
  inspect(new $rt.Dyn($d_Result, $t197), "Err(Error(\"linker_delete: this Linker has already been deleted\"))", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$13);
  $b.module_delete(plain);
  $b.wasmtime_store_delete(store$24);
  $b.engine_delete(engine$37);
});
$rt.test("a WASI module needs a WASI context", () => {
  const engine$38: $binding.Engine = $b.engine_new();
  const store$25: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$38);
  const context$23: $binding.Context = $b.wasmtime_store_context(store$25);
  const wat$18: string = "(module\n  (import \"wasi_snapshot_preview1\" \"proc_exit\" (func (param i32))))";
  const module_val$14: $binding.Module = $b.module_new_from_wat_or_raise(engine$38, wat$18);
  const linker$5: $binding.Linker = $b.linker_new(engine$38);
  let $t199: any;
  try {
    $t199 = new $mb.Ok($b.linker_define_wasi_or_raise(linker$5));
  } catch ($t200: any) {
    $rt.catchable($t200);
    $t199 = new $mb.Err($t200);
  }
  inspect(new $rt.Dyn($d_Result, $t199), "Ok(())", $L[_], $rt.argsLoc($L[_]));
  let $t201: any;
  try {
    $t201 = new $mb.Ok($b.linker_instantiate_or_raise(linker$5, context$23, module_val$14));
  } catch ($t202: any) {
    $rt.catchable($t202);
    $t201 = new $mb.Err($t202);
  }
  $match204: {
    const $t203: any = $t201;
    if ($t203.tag === "Err") {
      const e$21 = $t203.error;
      inspect(new $rt.Dyn($d_Error, e$21), "Failure(\"linker_instantiate_or_raise: the linker defines WASI but the store has no WASI context; call context_set_wasi_or_raise first\")", $L[_], $rt.argsLoc($L[_]));
      break $match204;
    }
    if ($t203.tag === "Ok") {
      fail($rt.viewStringView("linker_instantiate_or_raise should have raised"), $L[_]);
      break $match204;
    }
    $rt.matchFailed($L[_]);
  }
  $b.linker_delete(linker$5);
  $b.module_delete(module_val$14);
  $b.wasmtime_store_delete(store$25);
  $b.engine_delete(engine$38);
});
$rt.test("instance-pres resolve imports once", () => {
  const engine$39: $binding.Engine = $b.engine_new();
  const linker$6: $binding.Linker = $b.linker_new(engine$39);
  const needs_import: $binding.Module = $b.module_new_from_wat_or_raise(engine$39, "(module (import \"env\" \"f\" (func)))");
  let $t205: any;
  try {
    $t205 = new $mb.Ok($b.linker_instantiate_pre_or_raise(linker$6, needs_import));
  } catch ($t206: any) {
    $rt.catchable($t206);
    $t205 = new $mb.Err($t206);
  }
  $match208: {
    const $t207: any = $t205;
    if ($t207.tag === "Err") {
      const e$22 = $t207.error;
      inspect(new $rt.Dyn($d_Error, e$22), "Failure(\"linker_instantiate_pre_or_raise: unknown import: `env::f` has not been defined\")", $L[_], $rt.argsLoc($L[_]));
      break $match208;
    }
    if ($t207.tag === "Ok") {
      fail($rt.viewStringView("a missing import was accepted"), $L[_]);
      break $match208;
    }
    $rt.matchFailed($L[_]);
  }
  const plain$1: $binding.Module = $b.module_new_from_wat_or_raise(engine$39, "(module (func (export \"f\")))");
  const pre: $binding.InstancePre = $b.linker_instantiate_pre_or_raise(linker$6, plain$1);
  $b.instance_pre_delete(pre);
  let $t209: any;
  try {
    $t209 = new $mb.Ok($b.instance_pre_delete(pre));
  } catch ($t210: any) {
    $rt.catchable($t210);
    $t209 = new $mb.Err($t210);
  }
  inspect(new $rt.Dyn($d_Result, $t209), "Err(Error(\"instance_pre_delete: this InstancePre has already been deleted\"))", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple2, [$b.instance_sizeof(), Bytes$length($b.make_instance_buffer())]), "(16, 16)", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(needs_import);
  $b.module_delete(plain$1);
  $b.linker_delete(linker$6);
  $b.engine_delete(engine$39);
});
$rt.test("async contexts and yield settings", () => {
  const $t211 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$40 = $t211[0];
  const store$26 = $t211[1];
  const context$24 = $t211[2];
  const e1: $binding.WasmtimeError = $b.context_fuel_async_yield_interval(context$24, 10000n);
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(e1)), "true", $L[_], $rt.argsLoc($L[_]));
  const e2: $binding.WasmtimeError = $b.context_epoch_deadline_async_yield_and_update(context$24, 1n);
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(e2)), "true", $L[_], $rt.argsLoc($L[_]));
  $b.async_context_delete(engine$40, store$26);
});
$rt.test("fuel yields make poll return false", () => {
  const $t212 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$41 = $t212[0];
  const store$27 = $t212[1];
  const context$25 = $t212[2];
  const set: $binding.WasmtimeError = $b.context_set_fuel(context$25, 1000000n);
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(set)), "true", $L[_], $rt.argsLoc($L[_]));
  const e1$1: $binding.WasmtimeError = $b.context_fuel_async_yield_interval(context$25, 100n);
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null(e1$1)), "true", $L[_], $rt.argsLoc($L[_]));
  const wat$19: string = "(module\n  (func (export \"count\") (result i32)\n    (local $i i32)\n    (loop $l\n      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n      (br_if $l (i32.lt_u (local.get $i) (i32.const 1000))))\n    (local.get $i)))";
  const module_val$15: $binding.Module = $b.module_new_from_wat_or_raise(engine$41, wat$19);
  const instance$15: $binding.Instance = $b.instance_new_or_raise(context$25, module_val$15);
  const count: Uint8Array = $b.instance_export_func_or_raise(context$25, instance$15, "count");
  const results$17: Uint8Array = $b.make_val_buffer(1);
  const trap_ptr$7: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$7: Uint8Array = $b.make_ptr_buffer();
  const future$6: $binding.CallFuture = $b.func_call_async(context$25, count, $b.make_val_buffer(0), results$17, trap_ptr$7, err_ptr$7);
  let polls: number = 1;
  $loop213: while (true) {
    if (!(not($b.call_future_poll(future$6)))) {
      break $loop213;
    }
    polls = ((polls + 1) | 0);
  }
  $b.call_future_delete(future$6);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$17, 0)), "1000", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Bool, (polls > 1)), "true", $L[_], $rt.argsLoc($L[_]));
  let $t214: any;
  try {
    $t214 = new $mb.Ok($b.func_call_sync_or_raise(context$25, count, $b.make_val_buffer(0), results$17));
  } catch ($t215: any) {
    $rt.catchable($t215);
    $t214 = new $mb.Err($t215);
  }
  inspect(new $rt.Dyn($d_Result, $t214), "Err(TypeError(\"func_call_sync_or_raise: this store was created for async calls; use func_call_async\"))", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$15);
  $b.async_context_delete(engine$41, store$27);
});
$rt.test("func_call_async and call_future_poll", () => {
  const $t216 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$42 = $t216[0];
  const store$28 = $t216[1];
  const context$26 = $t216[2];
  const wat$20: string = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1))))";
  const module_val$16: $binding.Module = $b.module_new_from_wat_or_raise(engine$42, wat$20);
  const instance$16: $binding.Instance = $b.instance_new_or_raise(context$26, module_val$16);
  const add$3: Uint8Array = $b.instance_export_func_or_raise(context$26, instance$16, "add");
  const args$12: Uint8Array = $b.make_val_buffer(2);
  $b.val_buffer_set_i32(args$12, 0, 40);
  $b.val_buffer_set_i32(args$12, 1, 2);
  const results$18: Uint8Array = $b.make_val_buffer(1);
  const trap_ptr$8: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$8: Uint8Array = $b.make_ptr_buffer();
  const future$7: $binding.CallFuture = $b.func_call_async(context$26, add$3, args$12, results$18, trap_ptr$8, err_ptr$8);
  $loop217: while (true) {
    if (!(not($b.call_future_poll(future$7)))) {
      break $loop217;
    }
  }
  $b.call_future_delete(future$7);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$18, 0)), "42", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple2$2, [$b.ptr_buffer_is_null(trap_ptr$8), $b.ptr_buffer_is_null(err_ptr$8)]), "(true, true)", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$16);
  $b.async_context_delete(engine$42, store$28);
});
$rt.test("an async trap lands in the trap buffer", () => {
  const $t218 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$43 = $t218[0];
  const store$29 = $t218[1];
  const context$27 = $t218[2];
  const wat$21: string = "(module\n  (func (export \"boom\") unreachable))";
  const module_val$17: $binding.Module = $b.module_new_from_wat_or_raise(engine$43, wat$21);
  const instance$17: $binding.Instance = $b.instance_new_or_raise(context$27, module_val$17);
  const boom$3: Uint8Array = $b.instance_export_func_or_raise(context$27, instance$17, "boom");
  const args$13: Uint8Array = $b.make_val_buffer(0);
  const results$19: Uint8Array = $b.make_val_buffer(0);
  const trap_ptr$9: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$9: Uint8Array = $b.make_ptr_buffer();
  const future$8: $binding.CallFuture = $b.func_call_async(context$27, boom$3, args$13, results$19, trap_ptr$9, err_ptr$9);
  $loop219: while (true) {
    if (!(not($b.call_future_poll(future$8)))) {
      break $loop219;
    }
  }
  $b.call_future_delete(future$8);
  assert_false($b.ptr_buffer_is_null(trap_ptr$9), $rt.None, $L[_]);
  assert_true(($b.ptr_buffer_read_u64(trap_ptr$9) !== 0n), $rt.None, $L[_]);
  inspect(new $rt.Dyn($d_String, $b.trap_message_ptr_buffer(trap_ptr$9)), "error while executing at wasm backtrace:\n    0:     0x21 - <unknown>!<wasm function 0>\n\nCaused by:\n    wasm trap: wasm `unreachable` instruction executed\n", $L[_], $rt.argsLoc($L[_]));
  $b.ptr_buffer_clear(trap_ptr$9);
  inspect(new $rt.Dyn($d_Bool, $b.ptr_buffer_is_null(trap_ptr$9)), "true", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Bool, $b.ptr_buffer_is_null(err_ptr$9)), "true", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$17);
  $b.async_context_delete(engine$43, store$29);
});
$rt.test("func_call_async_result and its autoclean form", () => {
  const $t220 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$44 = $t220[0];
  const store$30 = $t220[1];
  const context$28 = $t220[2];
  const wat$22: string = "(module\n  (func (export \"seven\") (result i32) i32.const 7))";
  const module_val$18: $binding.Module = $b.module_new_from_wat_or_raise(engine$44, wat$22);
  const instance$18: $binding.Instance = $b.instance_new_or_raise(context$28, module_val$18);
  const seven: Uint8Array = $b.instance_export_func_or_raise(context$28, instance$18, "seven");
  const args$14: Uint8Array = $b.make_val_buffer(0);
  const results$20: Uint8Array = $b.make_val_buffer(1);
  const trap_ptr$10: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$10: Uint8Array = $b.make_ptr_buffer();
  $match222: {
    const $t221: any = $b.func_call_async_result(context$28, seven, args$14, results$20, trap_ptr$10, err_ptr$10);
    if ($t221.tag === "Ok") {
      const future$9 = $t221.value;
      {
        $loop223: while (true) {
          if (!(not($b.call_future_poll(future$9)))) {
            break $loop223;
          }
        }
        $b.call_future_delete(future$9);
      }
      break $match222;
    }
    if ($t221.tag === "Err") {
      const e$23 = $t221.error;
      throw e$23;
      break $match222;
    }
    $rt.matchFailed($L[_]);
  }
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$20, 0)), "7", $L[_], $rt.argsLoc($L[_]));
  $b.val_buffer_set_i32(results$20, 0, 0);
  $match225: {
    const $t224: any = $b.func_call_async_result_autoclean(context$28, seven, args$14, results$20, trap_ptr$10, err_ptr$10);
    if ($t224.tag === "Ok") {
      const future$10 = $t224.value;
      {
        $loop226: while (true) {
          if (!(not($b.call_future_poll(future$10)))) {
            break $loop226;
          }
        }
        $b.call_future_delete(future$10);
      }
      break $match225;
    }
    if ($t224.tag === "Err") {
      const e$24 = $t224.error;
      throw e$24;
      break $match225;
    }
    $rt.matchFailed($L[_]);
  }
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$20, 0)), "7", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$18);
  $b.async_context_delete(engine$44, store$30);
});
$rt.test("an async call that cannot start", () => {
  const $t227 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$45 = $t227[0];
  const store$31 = $t227[1];
  const context$29 = $t227[2];
  const wat$23: string = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1))))";
  const module_val$19: $binding.Module = $b.module_new_from_wat_or_raise(engine$45, wat$23);
  const instance$19: $binding.Instance = $b.instance_new_or_raise(context$29, module_val$19);
  const add$4: Uint8Array = $b.instance_export_func_or_raise(context$29, instance$19, "add");
  const args$15: Uint8Array = $b.make_val_buffer(1);
  const results$21: Uint8Array = $b.make_val_buffer(1);
  const trap_ptr$11: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$11: Uint8Array = $b.make_ptr_buffer();
  $match229: {
    const $t228: any = $b.func_call_async_result_autoclean(context$29, add$4, args$15, results$21, trap_ptr$11, err_ptr$11);
    if ($t228.tag === "Ok") {
      fail($rt.viewStringView("expected an error"), $L[_]);
      break $match229;
    }
    if ($t228.tag === "Err") {
      const e$25 = $t228.error;
      inspect(new $rt.Dyn($d_Error, e$25), "Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\")", $L[_], $rt.argsLoc($L[_]));
      break $match229;
    }
    $rt.matchFailed($L[_]);
  }
  inspect(new $rt.Dyn($d_Tuple2$2, [$b.ptr_buffer_is_null(trap_ptr$11), $b.ptr_buffer_is_null(err_ptr$11)]), "(true, true)", $L[_], $rt.argsLoc($L[_]));
  $match231: {
    const $t230: any = $b.func_call_async_result(context$29, add$4, args$15, results$21, trap_ptr$11, err_ptr$11);
    if ($t230.tag === "Ok") {
      fail($rt.viewStringView("expected an error"), $L[_]);
      break $match231;
    }
    if ($t230.tag === "Err") {
      const e$26 = $t230.error;
      inspect(new $rt.Dyn($d_Error, e$26), "Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\")", $L[_], $rt.argsLoc($L[_]));
      break $match231;
    }
    $rt.matchFailed($L[_]);
  }
  inspect(new $rt.Dyn($d_Tuple2$2, [$b.ptr_buffer_is_null(trap_ptr$11), $b.ptr_buffer_is_null(err_ptr$11)]), "(true, false)", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_String, $b.error_message_ptr_buffer(err_ptr$11)), "expected 2 arguments, got 1", $L[_], $rt.argsLoc($L[_]));
  $b.error_delete_ptr_buffer(err_ptr$11);
  inspect(new $rt.Dyn($d_Bool, $b.ptr_buffer_is_null(err_ptr$11)), "true", $L[_], $rt.argsLoc($L[_]));
  let $t232: any;
  try {
    $t232 = new $mb.Ok($b.func_call_async(context$29, add$4, args$15, results$21, trap_ptr$11, err_ptr$11));
  } catch ($t233: any) {
    $rt.catchable($t233);
    $t232 = new $mb.Err($t233);
  }
  $match235: {
    const $t234: any = $t232;
    if ($t234.tag === "Err") {
      const e$27 = $t234.error;
      inspect(new $rt.Dyn($d_Error, e$27), "Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\")", $L[_], $rt.argsLoc($L[_]));
      break $match235;
    }
    if ($t234.tag === "Ok") {
      fail($rt.viewStringView("func_call_async should have raised"), $L[_]);
      break $match235;
    }
    $rt.matchFailed($L[_]);
  }
  inspect(new $rt.Dyn($d_Bool, $b.ptr_buffer_is_null(err_ptr$11)), "true", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$19);
  $b.async_context_delete(engine$45, store$31);
});
$rt.test("func_call_async_bytes", () => {
  const $t236 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$46 = $t236[0];
  const store$32 = $t236[1];
  const context$30 = $t236[2];
  const wat$24: string = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1))))";
  const module_val$20: $binding.Module = $b.module_new_from_wat_or_raise(engine$46, wat$24);
  const instance$20: $binding.Instance = $b.instance_new_or_raise(context$30, module_val$20);
  const add$5: Uint8Array = $b.instance_export_func_or_raise(context$30, instance$20, "add");
  const args$16: Uint8Array = $b.make_val_buffer(3);
  $b.val_set_i32_at(args$16, 0, 40);
  $b.val_set_i32_at(args$16, 1, 2);
  $b.val_set_i32_at(args$16, 2, 1000);
  const results$22: Uint8Array = $b.make_val_buffer(2);
  $b.val_set_i32_at(results$22, 1, -1);
  const trap_ptr$12: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$12: Uint8Array = $b.make_ptr_buffer();
  const future$11: $binding.CallFuture = $b.func_call_async_bytes(context$30, add$5, args$16, 2, results$22, 1, trap_ptr$12, err_ptr$12);
  $loop237: while (true) {
    if (!(not($b.call_future_poll(future$11)))) {
      break $loop237;
    }
  }
  $b.call_future_delete(future$11);
  inspect(new $rt.Dyn($d_Tuple2, [$b.val_get_i32_at(results$22, 0), $b.val_get_i32_at(results$22, 1)]), "(42, -1)", $L[_], $rt.argsLoc($L[_]));
  const mistyped: $binding.CallFuture = $b.func_call_async_bytes(context$30, add$5, args$16, 3, results$22, 1, trap_ptr$12, err_ptr$12);
  inspect(new $rt.Dyn($d_Bool, $b.ptr_is_null(err_ptr$12)), "true", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Bool, $b.call_future_poll(mistyped)), "true", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_String, $b.error_message_ptr_buffer(err_ptr$12)), "expected 2 arguments, got 3", $L[_], $rt.argsLoc($L[_]));
  $b.error_delete_ptr(err_ptr$12);
  $b.call_future_delete(mistyped);
  let $t238: any;
  try {
    $t238 = new $mb.Ok($b.func_call_async_bytes(context$30, add$5, args$16, 4, results$22, 1, trap_ptr$12, err_ptr$12));
  } catch ($t239: any) {
    $rt.catchable($t239);
    $t238 = new $mb.Err($t239);
  }
  $match241: {
    const $t240: any = $t238;
    if ($t240.tag === "Err") {
      const e$28 = $t240.error;
      inspect(new $rt.Dyn($d_Error, e$28), "RangeError(\"func_call_async_bytes: nargs must be in 0..3 (the buffer's value slots), got 4\")", $L[_], $rt.argsLoc($L[_]));
      break $match241;
    }
    if ($t240.tag === "Ok") {
      fail($rt.viewStringView("nargs beyond the buffer was accepted"), $L[_]);
      break $match241;
    }
    $rt.matchFailed($L[_]);
  }
  $b.module_delete(module_val$20);
  $b.async_context_delete(engine$46, store$32);
});
$rt.test("async instantiation", () => {
  const $t242 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$47 = $t242[0];
  const store$33 = $t242[1];
  const context$31 = $t242[2];
  inspect(new $rt.Dyn($d_Bool, $b.error_is_null($b.context_fuel_async_yield_interval(context$31, 10000n))), "true", $L[_], $rt.argsLoc($L[_]));
  const wat$25: string = "(module\n  (global $ready (mut i32) (i32.const 0))\n  (func $start (local $i i32)\n    (loop $l\n      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n      (br_if $l (i32.lt_u (local.get $i) (i32.const 100000))))\n    (global.set $ready (i32.const 1)))\n  (start $start))";
  const module_val$21: $binding.Module = $b.module_new_from_wat_or_raise(engine$47, wat$25);
  const linker$7: $binding.Linker = $b.linker_new(engine$47);
  const instance_buf: Uint8Array = $b.make_instance_buffer();
  const trap_ptr$13: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$13: Uint8Array = $b.make_ptr_buffer();
  const future$12: $binding.CallFuture = $b.linker_instantiate_async_bytes(linker$7, context$31, module_val$21, instance_buf, trap_ptr$13, err_ptr$13);
  let polls$1: number = 1;
  $loop243: while (true) {
    if (!(not($b.call_future_poll(future$12)))) {
      break $loop243;
    }
    polls$1 = ((polls$1 + 1) | 0);
  }
  $b.call_future_delete(future$12);
  inspect(new $rt.Dyn($d_Bool, (polls$1 > 1)), "true", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple2$2, [$b.ptr_is_null(trap_ptr$13), $b.ptr_is_null(err_ptr$13)]), "(true, true)", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Bool, $d_Bytes["Eq.equal"](instance_buf, $b.make_instance_buffer())), "false", $L[_], $rt.argsLoc($L[_]));
  const pre$1: $binding.InstancePre = $b.linker_instantiate_pre_or_raise(linker$7, module_val$21);
  const first: Uint8Array = $b.make_instance_buffer();
  const second: Uint8Array = $b.make_instance_buffer();
  const f1: $binding.CallFuture = $b.instance_pre_instantiate_async_bytes(pre$1, context$31, first, trap_ptr$13, err_ptr$13);
  $loop244: while (true) {
    if (!(not($b.call_future_poll(f1)))) {
      break $loop244;
    }
  }
  $b.call_future_delete(f1);
  const f2: $binding.CallFuture = $b.instance_pre_instantiate_async_bytes(pre$1, context$31, second, trap_ptr$13, err_ptr$13);
  $b.instance_pre_delete(pre$1);
  $loop245: while (true) {
    if (!(not($b.call_future_poll(f2)))) {
      break $loop245;
    }
  }
  $b.call_future_delete(f2);
  inspect(new $rt.Dyn($d_Bool, $d_Bytes["Eq.equal"](first, second)), "false", $L[_], $rt.argsLoc($L[_]));
  const trapping: $binding.Module = $b.module_new_from_wat_or_raise(engine$47, "(module (func $s unreachable) (start $s))");
  const f3: $binding.CallFuture = $b.linker_instantiate_async_bytes(linker$7, context$31, trapping, $b.make_instance_buffer(), trap_ptr$13, err_ptr$13);
  $b.linker_delete(linker$7);
  $b.module_delete(trapping);
  $loop246: while (true) {
    if (!(not($b.call_future_poll(f3)))) {
      break $loop246;
    }
  }
  $b.call_future_delete(f3);
  inspect(new $rt.Dyn($d_Bool, String$contains($b.trap_message_ptr_buffer(trap_ptr$13), $rt.viewStringView("unreachable"))), "true", $L[_], $rt.argsLoc($L[_]));
  $b.trap_delete_ptr(trap_ptr$13);
  $b.module_delete(module_val$21);
  $b.async_context_delete(engine$47, store$33);
});
$rt.test("polling a future on a thread", () => {
  const $t247 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$48 = $t247[0];
  const store$34 = $t247[1];
  const context$32 = $t247[2];
  const wat$26: string = "(module\n  (func (export \"seven\") (result i32) i32.const 7))";
  const module_val$22: $binding.Module = $b.module_new_from_wat_or_raise(engine$48, wat$26);
  const instance$21: $binding.Instance = $b.instance_new_or_raise(context$32, module_val$22);
  const seven$1: Uint8Array = $b.instance_export_func_or_raise(context$32, instance$21, "seven");
  const args$17: Uint8Array = $b.make_val_buffer(0);
  const results$23: Uint8Array = $b.make_val_buffer(1);
  const trap_ptr$14: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$14: Uint8Array = $b.make_ptr_buffer();
  const future$13: $binding.CallFuture = $b.func_call_async(context$32, seven$1, args$17, results$23, trap_ptr$14, err_ptr$14);
  const thread$1: $binding.CallFutureThread = $b.call_future_thread_spawn_or_raise(future$13);
  $b.call_future_thread_join_or_raise(thread$1);
  $b.call_future_delete(future$13);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$23, 0)), "7", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$22);
  $b.async_context_delete(engine$48, store$34);
});
$rt.test("cancelling a polling thread", () => {
  const $t248 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$49 = $t248[0];
  const store$35 = $t248[1];
  const context$33 = $t248[2];
  const wat$27: string = "(module\n  (func (export \"forever\")\n    (loop $again (br $again))))";
  const module_val$23: $binding.Module = $b.module_new_from_wat_or_raise(engine$49, wat$27);
  const instance$22: $binding.Instance = $b.instance_new_or_raise(context$33, module_val$23);
  const forever: Uint8Array = $b.instance_export_func_or_raise(context$33, instance$22, "forever");
  const trap_ptr$15: Uint8Array = $b.make_ptr_buffer();
  const err_ptr$15: Uint8Array = $b.make_ptr_buffer();
  const future$14: $binding.CallFuture = $b.func_call_async(context$33, forever, $b.make_val_buffer(0), $b.make_val_buffer(0), trap_ptr$15, err_ptr$15);
  const thread$2: $binding.CallFutureThread = $b.call_future_thread_spawn_or_raise(future$14);
  $b.call_future_thread_cancel(thread$2);
  let $t249: any;
  try {
    $t249 = new $mb.Ok($b.call_future_thread_join_or_raise(thread$2));
  } catch ($t250: any) {
    $rt.catchable($t250);
    $t249 = new $mb.Err($t250);
  }
  inspect(new $rt.Dyn($d_Result, $t249), "Ok(())", $L[_], $rt.argsLoc($L[_]));
  inspect(new $rt.Dyn($d_Tuple2$2, [$b.ptr_buffer_is_null(trap_ptr$15), $b.ptr_buffer_is_null(err_ptr$15)]), "(true, true)", $L[_], $rt.argsLoc($L[_]));
  $b.call_future_delete(future$14);
  $b.module_delete(module_val$23);
  let $t251: any;
  try {
    $t251 = new $mb.Ok($b.async_context_delete(engine$49, store$35));
  } catch ($t252: any) {
    $rt.catchable($t252);
    $t251 = new $mb.Err($t252);
  }
  inspect(new $rt.Dyn($d_Result, $t251), "Ok(())", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("wasm jobs on their own threads", () => {
  const wat$28: string = "(module\n  (func (export \"run\") (result i32)\n    (i32.mul (i32.const 6) (i32.const 7))))";
  const a: $binding.WasmJob = $b.wasm_job_spawn_wat_or_raise(wat$28, "run");
  const b: $binding.WasmJob = $b.wasm_job_spawn_wat_or_raise(wat$28, "run");
  inspect(new $rt.Dyn($d_Tuple2, [$b.wasm_job_join_or_raise(a), $b.wasm_job_join_or_raise(b)]), "(42, 42)", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("wasm job failures", () => {
  let $t253: any;
  try {
    $t253 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise("(module", "run")));
  } catch ($t254: any) {
    $rt.catchable($t254);
    $t253 = new $mb.Err($t254);
  }
  const bad$3: any = $t253;
  inspect(new $rt.Dyn($d_Result$4, bad$3), "Err(Failure(\"wasm_job_join_or_raise: invalid WAT: expected `)`\\n     --> <anon>:1:8\\n      |\\n    1 | (module\\n      |        ^\"))", $L[_], $rt.argsLoc($L[_]));
  let $t255: any;
  try {
    $t255 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise("(module)", "run")));
  } catch ($t256: any) {
    $rt.catchable($t256);
    $t255 = new $mb.Err($t256);
  }
  const missing$1: any = $t255;
  inspect(new $rt.Dyn($d_Result$4, missing$1), "Err(Failure(\"wasm_job_join_or_raise: no export named `run`\"))", $L[_], $rt.argsLoc($L[_]));
  const trap_wat: string = "(module\n  (func (export \"run\") (result i32) unreachable))";
  let $t257: any;
  try {
    $t257 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise(trap_wat, "run")));
  } catch ($t258: any) {
    $rt.catchable($t258);
    $t257 = new $mb.Err($t258);
  }
  const trapped: any = $t257;
  inspect(new $rt.Dyn($d_Result$4, trapped), "Err(Failure(\"wasm_job_join_or_raise: wasm trap: error while executing at wasm backtrace:\\n    0:     0x20 - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("a WASI job reads stdin from a file", () => {
  const wat$29: string = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    (i32.store (i32.const 8) (i32.const 16))\n    (i32.store (i32.const 12) (i32.const 100))\n    (drop (call $fd_read (i32.const 0) (i32.const 8) (i32.const 1) (i32.const 4)))\n    (i32.load (i32.const 4))))";
  const job: $binding.WasiJob = $b.wasi_job_spawn_wat_or_raise(wat$29, "run", "testdata/wasm_job_input.txt");
  inspect(new $rt.Dyn($d_Int, $b.wasi_job_join_or_raise(job)), "5", $L[_], $rt.argsLoc($L[_]));
  let $t259: any;
  try {
    $t259 = new $mb.Ok($b.wasi_job_join_or_raise($b.wasi_job_spawn_wat_or_raise(wat$29, "run", "testdata/no-such-file.txt")));
  } catch ($t260: any) {
    $rt.catchable($t260);
    $t259 = new $mb.Err($t260);
  }
  const missing$2: any = $t259;
  inspect(new $rt.Dyn($d_Result$4, missing$2), "Err(Failure(\"wasi_job_spawn_wat_or_raise: cannot use `testdata/no-such-file.txt` as stdin: No such file or directory\"))", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("wasm_job_join_async waits for a job without blocking", async () => {
  const wat$30: string = "(module\n  (func (export \"run\") (result i32) (i32.const 42)))";
  inspect(new $rt.Dyn($d_Int, (await $rt.awaitAt(run_job(wat$30), $L[_]))), "42", $L[_], $rt.argsLoc($L[_]));
  const trap_wat$1: string = "(module\n  (func (export \"run\") (result i32) unreachable))";
  let $t261: any;
  try {
    $t261 = new $mb.Ok((await $rt.awaitAt(run_job(trap_wat$1), $L[_])));
  } catch ($t262: any) {
    $rt.catchable($t262);
    $t261 = new $mb.Err($t262);
  }
  const trapped$1: any = $t261;
  inspect(new $rt.Dyn($d_Bool, (trapped$1.tag === "Err")), "true", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("wasi_job_join_async gives the WASI job's result", async () => {
  const wat$31: string = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    (i32.store (i32.const 8) (i32.const 16))\n    (i32.store (i32.const 12) (i32.const 100))\n    (drop (call $fd_read (i32.const 0) (i32.const 8) (i32.const 1) (i32.const 4)))\n    (i32.load (i32.const 4))))";
  const job$1: $binding.WasiJob = $b.wasi_job_spawn_wat_or_raise(wat$31, "run", "testdata/wasm_job_input.txt");
  inspect(new $rt.Dyn($d_Int, (await $rt.awaitAt($b.wasi_job_join_async(job$1), $L[_]))), "5", $L[_], $rt.argsLoc($L[_]));
});
$rt.test("call_future_thread_join_async waits for a polling thread", async () => {
  const $t263 = $b.async_context_new($op_UInt64_mul($op_UInt64_mul(2n, 1024n), 1024n));
  const engine$50 = $t263[0];
  const store$36 = $t263[1];
  const context$34 = $t263[2];
  const wat$32: string = "(module\n  (func (export \"seven\") (result i32) i32.const 7))";
  const module_val$24: $binding.Module = $b.module_new_from_wat_or_raise(engine$50, wat$32);
  const instance$23: $binding.Instance = $b.instance_new_or_raise(context$34, module_val$24);
  const seven$2: Uint8Array = $b.instance_export_func_or_raise(context$34, instance$23, "seven");
  const results$24: Uint8Array = $b.make_val_buffer(1);
  const future$15: $binding.CallFuture = $b.func_call_async(context$34, seven$2, $b.make_val_buffer(0), results$24, $b.make_ptr_buffer(), $b.make_ptr_buffer());
  (await $rt.awaitAt($b.call_future_thread_join_async($b.call_future_thread_spawn_or_raise(future$15)), $L[_]));
  $b.call_future_delete(future$15);
  inspect(new $rt.Dyn($d_Int, $b.val_buffer_get_i32(results$24, 0)), "7", $L[_], $rt.argsLoc($L[_]));
  $b.module_delete(module_val$24);
  $b.async_context_delete(engine$50, store$36);
});
$rt.test("a WasiConfig is consumed by the context", () => {
  const wasi$3: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_delete(wasi$3);
  const engine$51: $binding.Engine = $b.engine_new();
  const store$37: $binding.WasmtimeStore = $b.wasmtime_store_new(engine$51);
  const context$35: $binding.Context = $b.wasmtime_store_context(store$37);
  const wasi2: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.context_set_wasi_or_raise(context$35, wasi2);
  let $t264: any;
  try {
    $t264 = new $mb.Ok($b.wasi_config_inherit_stdout(wasi2));
  } catch ($t265: any) {
    $rt.catchable($t265);
    $t264 = new $mb.Err($t265);
  }
  const reused: any = $t264;
  inspect(new $rt.Dyn($d_Result, reused), "Err(Error(\"wasi_config_inherit_stdout: this WasiConfig was consumed by context_set_wasi_or_raise and can no longer be used\"))", $L[_], $rt.argsLoc($L[_]));
  $b.wasmtime_store_delete(store$37);
  $b.engine_delete(engine$51);
});
$rt.test("WASI stdin from bytes and from a file", () => {
  const wasi$4: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdin_bytes(wasi$4, $bytes$25);
  inspect(new $rt.Dyn($d_Int, run_wasi_i32(wasi$4, read_stdin_wat, "run")), "3", $L[_], $rt.argsLoc($L[_]));
  const from_file: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdin_file_or_raise(from_file, "testdata/wasm_job_input.txt");
  inspect(new $rt.Dyn($d_Int, run_wasi_i32(from_file, read_stdin_wat, "run")), "5", $L[_], $rt.argsLoc($L[_]));
  const missing$3: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  let $t266: any;
  try {
    $t266 = new $mb.Ok($b.wasi_config_set_stdin_file_or_raise(missing$3, "testdata/no-such-file.txt"));
  } catch ($t267: any) {
    $rt.catchable($t267);
    $t266 = new $mb.Err($t267);
  }
  const r: any = $t266;
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
  let $t268: any;
  try {
    $t268 = new $mb.Ok($b.wasi_config_set_stdout_file_or_raise(bad$4, "testdata/no-such-dir/out.txt"));
  } catch ($t269: any) {
    $rt.catchable($t269);
    $t268 = new $mb.Err($t269);
  }
  const r$1: any = $t268;
  inspect(new $rt.Dyn($d_Result, r$1), "Err(Failure(\"wasi_config_set_stdout_file_or_raise: cannot use `testdata/no-such-dir/out.txt` as stdout: No such file or directory\"))", $L[_], $rt.argsLoc($L[_]));
  let $t270: any;
  try {
    $t270 = new $mb.Ok($b.wasi_config_set_stderr_file_or_raise(bad$4, "testdata/no-such-dir/err.txt"));
  } catch ($t271: any) {
    $rt.catchable($t271);
    $t270 = new $mb.Err($t271);
  }
  const r2: any = $t270;
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
  let $t272: any;
  try {
    $t272 = new $mb.Ok($b.wasi_config_preopen_dir_or_raise(wasi$8, "testdata/no-such-dir"));
  } catch ($t273: any) {
    $rt.catchable($t273);
    $t272 = new $mb.Err($t273);
  }
  const r$2: any = $t272;
  inspect(new $rt.Dyn($d_Result, r$2), "Err(Failure(\"wasi_config_preopen_dir_or_raise: cannot preopen `testdata/no-such-dir`: No such file or directory\"))", $L[_], $rt.argsLoc($L[_]));
  $b.wasi_config_preopen_dir_or_raise(wasi$8, "testdata");
  $b.wasi_config_set_stdin_bytes(wasi$8, $bytes$2);
  inspect(new $rt.Dyn($d_Int, run_wasi_i32(wasi$8, read_stdin_wat, "run")), "0", $L[_], $rt.argsLoc($L[_]));
  const rw: $binding.WasiConfig = $b.wasi_config_new_or_raise();
  $b.wasi_config_preopen_dir_or_raise(rw, "testdata", { guest_path: "data", dir_perms: $b.WASI_DIR_PERMS_READ, file_perms: $b.WASI_FILE_PERMS_READ });
  $b.wasi_config_delete(rw);
});
