// Generated from docs/API.md by the doc-test harness. Edit the doc, not this file.
import * as $rt from "../../harness/runtime/prelude.ts";
import * as $mb from "../../binding/moonbit.ts";
import * as $b from "../../binding/index.ts";

const read_stdin_wat: string = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    (i32.store (i32.const 8) (i32.const 16))\n    (i32.store (i32.const 12) (i32.const 100))\n    (drop (call $fd_read (i32.const 0) (i32.const 8) (i32.const 1) (i32.const 4)))\n    (i32.load (i32.const 4))))";
function run_wasi_i32(wasi: $b.WasiConfig, wat: string, name: string): number {
  const engine = $b.engine_new();
  const store = $b.wasmtime_store_new(engine);
  const context = $b.wasmtime_store_context(store);
  $b.context_set_wasi_or_raise(context, wasi);
  const linker = $b.linker_new(engine);
  $b.linker_define_wasi_or_raise(linker);
  const module_val = $b.module_new_from_wat_or_raise(engine, wat);
  const instance = $b.linker_instantiate_or_raise(linker, context, module_val);
  const func = $b.instance_export_func_or_raise(context, instance, name);
  const results = $b.make_val_buffer(1);
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
  $rt.inspect(($rt.method.String.length($b.version()) > 0), {"name":"Bool"}, "true", { file: "docs/API.md", line: 16, column: 1 });
});
$rt.test("API Documentation › engine_new / engine_delete", () => {
  const engine$1 = $b.engine_new();
  $b.engine_delete(engine$1);
});
$rt.test("API Documentation › store_new / store_delete", () => {
  const engine$2 = $b.engine_new();
  const store$1 = $b.store_new(engine$2);
  $b.store_delete(store$1);
  $b.engine_delete(engine$2);
});
$rt.test("API Documentation › config_new / engine_new_with_config", () => {
  const config = $b.config_new();
  $b.config_debug_info_set(config, true);
  $b.config_consume_fuel_set(config, true);
  const engine$3 = $b.engine_new_with_config(config);
  $b.engine_delete(engine$3);
});
$rt.test("API Documentation › Config options", () => {
  const config$1 = $b.config_new();
  $b.config_wasm_simd_set(config$1, true);
  $b.config_wasm_multi_value_set(config$1, true);
  $b.config_wasm_tail_call_set(config$1, false);
  const engine$4 = $b.engine_new_with_config(config$1);
  $b.engine_delete(engine$4);
});
$rt.test("API Documentation › Async support (native)", () => {
  const $t1 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(4n, 1024n), 1024n));
  const engine$5 = $t1[0];
  const store$2 = $t1[1];
  const context$1 = $t1[2];
  const err = $b.context_fuel_async_yield_interval(context$1, 10000n);
  if (!($b.error_is_null(err))) {
    $b.error_delete(err);
  }
  $b.async_context_delete(engine$5, store$2);
});
$rt.test("API Documentation › Async bytes helpers (native)", () => {
  const $t2 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(4n, 1024n), 1024n));
  const engine$6 = $t2[0];
  const store$3 = $t2[1];
  const context$2 = $t2[2];
  const args = $b.make_val_buffer(0);
  const results$1 = $b.make_val_buffer(0);
  const trap_ptr = $b.make_ptr_buffer();
  const err_ptr = $b.make_ptr_buffer();
  const params: Uint8Array = new Uint8Array([]);
  const results_sig: Uint8Array = new Uint8Array([]);
  const ty = $b.functype_new_from_valkinds_or_raise(params, results_sig);
  const cb_ptr = $b.func_noop_callback_ptr();
  const func_bytes = $b.func_buffer_new_with_ptr(context$2, ty, cb_ptr, 0n, 0n);
  const future = $b.func_call_async(context$2, func_bytes, args, results$1, trap_ptr, err_ptr);
  $loop3: while (true) {
    if (!(!($b.call_future_poll(future)))) break;
  }
  $b.call_future_delete(future);
  if (!($b.ptr_buffer_is_null(err_ptr))) {
    $b.error_delete_ptr_buffer(err_ptr);
  }
  if (!($b.ptr_buffer_is_null(trap_ptr))) {
    $b.trap_delete_ptr_buffer(trap_ptr);
  }
  $b.functype_delete(ty);
  $b.async_context_delete(engine$6, store$3);
});
$rt.test("API Documentation › Async bytes helpers with Result", () => {
  const $t4 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(4n, 1024n), 1024n));
  const engine$7 = $t4[0];
  const store$4 = $t4[1];
  const context$3 = $t4[2];
  const args$1 = $b.make_val_buffer(0);
  const results$2 = $b.make_val_buffer(0);
  const trap_ptr$1 = $b.make_ptr_buffer();
  const err_ptr$1 = $b.make_ptr_buffer();
  const params$1: Uint8Array = new Uint8Array([]);
  const results_sig$1: Uint8Array = new Uint8Array([]);
  const ty$1 = $b.functype_new_from_valkinds_or_raise(params$1, results_sig$1);
  const cb_ptr$1 = $b.func_noop_callback_ptr();
  const func_bytes$1 = $b.func_buffer_new_with_ptr(context$3, ty$1, cb_ptr$1, 0n, 0n);
  const future_result = $b.func_call_async_result_autoclean(context$3, func_bytes$1, args$1, results$2, trap_ptr$1, err_ptr$1);
  $match5: {
    const $t5 = future_result as $mb.Result<$b.CallFuture, Error>;
    if ($t5.tag === 'Ok') {
      const future$1 = $t5.value;
      $loop6: while (true) {
        if (!(!($b.call_future_poll(future$1)))) break;
      }
      $b.call_future_delete(future$1);
      break $match5;
    }
    if ($t5.tag === 'Err') {
      const _err = $t5.error;
      break $match5;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 128, column: 1 });
  }
  $b.functype_delete(ty$1);
  $b.async_context_delete(engine$7, store$4);
});
$rt.test("API Documentation › Async polling thread (native)", () => {
  const $t7 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(4n, 1024n), 1024n));
  const engine$8 = $t7[0];
  const store$5 = $t7[1];
  const context$4 = $t7[2];
  const args$2 = $b.make_val_buffer(0);
  const results$3 = $b.make_val_buffer(0);
  const trap_ptr$2 = $b.make_ptr_buffer();
  const err_ptr$2 = $b.make_ptr_buffer();
  const params$2: Uint8Array = new Uint8Array([]);
  const results_sig$2: Uint8Array = new Uint8Array([]);
  const ty$2 = $b.functype_new_from_valkinds_or_raise(params$2, results_sig$2);
  const cb_ptr$2 = $b.func_noop_callback_ptr();
  const func_bytes$2 = $b.func_buffer_new_with_ptr(context$4, ty$2, cb_ptr$2, 0n, 0n);
  const future$2 = $b.func_call_async(context$4, func_bytes$2, args$2, results$3, trap_ptr$2, err_ptr$2);
  const thread = $b.call_future_thread_spawn_or_raise(future$2, { poll_sleep_us: 1000 });
  $b.call_future_thread_join_or_raise(thread);
  $b.call_future_delete(future$2);
  if (!($b.ptr_buffer_is_null(err_ptr$2))) {
    $b.error_delete_ptr_buffer(err_ptr$2);
  }
  if (!($b.ptr_buffer_is_null(trap_ptr$2))) {
    $b.trap_delete_ptr_buffer(trap_ptr$2);
  }
  $b.functype_delete(ty$2);
  $b.async_context_delete(engine$8, store$5);
});
$rt.test("API Documentation › Wasm job thread (POC)", () => {
  const wat$1 = "(module\n  (func (export \"run\") (result i32)\n    i32.const 7))";
  const handle = $b.wasm_job_spawn_wat_or_raise(wat$1, "run");
  const result = $b.wasm_job_join_or_raise(handle);
  $rt.inspect(result, {"name":"Int"}, "7", { file: "docs/API.md", line: 183, column: 1 });
});
$rt.test("API Documentation › WASI file I/O job (POC)", () => {
  const wat$2 = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    i32.const 8\n    i32.const 16\n    i32.store\n    i32.const 12\n    i32.const 100\n    i32.store\n    i32.const 0\n    i32.const 8\n    i32.const 1\n    i32.const 4\n    call $fd_read\n    drop\n    i32.const 4\n    i32.load))";
  const handle$1 = $b.wasi_job_spawn_wat_or_raise(wat$2, "run", "testdata/wasm_job_input.txt");
  const result$1 = $b.wasi_job_join_or_raise(handle$1);
  $rt.inspect(result$1, {"name":"Int"}, "5", { file: "docs/API.md", line: 216, column: 1 });
});
$rt.test("API Documentation › WASI config + sync call (POC)", () => {
  const wat$3 = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    i32.const 8\n    i32.const 16\n    i32.store\n    i32.const 12\n    i32.const 100\n    i32.store\n    i32.const 0\n    i32.const 8\n    i32.const 1\n    i32.const 4\n    call $fd_read\n    drop\n    i32.const 4\n    i32.load))";
  const engine$9 = $b.engine_new();
  const store$6 = $b.wasmtime_store_new(engine$9);
  const context$5 = $b.wasmtime_store_context(store$6);
  const wasi$1 = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdin_file_or_raise(wasi$1, "testdata/wasm_job_input.txt");
  $b.context_set_wasi_or_raise(context$5, wasi$1);
  const linker$1 = $b.linker_new(engine$9);
  $b.linker_define_wasi_or_raise(linker$1);
  const module_val$1 = $b.module_new_from_wat_or_raise(engine$9, wat$3);
  const instance$1 = $b.linker_instantiate_or_raise(linker$1, context$5, module_val$1);
  const func$1 = $b.instance_export_func_or_raise(context$5, instance$1, "run");
  const args$3 = $b.make_val_buffer(0);
  const results$4 = $b.make_val_buffer(1);
  const trap_ptr$3 = $b.make_ptr_buffer();
  const err_ptr$3 = $b.make_ptr_buffer();
  const call_res = $b.func_call_sync_result_autoclean(context$5, func$1, args$3, results$4, trap_ptr$3, err_ptr$3);
  $match8: {
    const $t8 = call_res as $mb.Result<void, Error>;
    if ($t8.tag === 'Ok') {
      const result$2 = $b.val_buffer_get_i32(results$4, 0);
      $rt.inspect(result$2, {"name":"Int"}, "5", { file: "docs/API.md", line: 271, column: 5 });
      break $match8;
    }
    if ($t8.tag === 'Err') {
      const err$1 = $t8.error;
      throw err$1;
      break $match8;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 268, column: 1 });
  }
  $b.module_delete(module_val$1);
  $b.linker_delete(linker$1);
  $b.wasmtime_store_delete(store$6);
  $b.engine_delete(engine$9);
});
$rt.test("API Documentation › WASI preopen dir + path_open (POC)", () => {
  const wat$4 = "(module\n  (import \"wasi_snapshot_preview1\" \"path_open\"\n    (func $path_open (param i32 i32 i32 i32 i32 i64 i64 i32 i32) (result i32)))\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (import \"wasi_snapshot_preview1\" \"fd_close\"\n    (func $fd_close (param i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (data (i32.const 64) \"wasm_job_input.txt\")\n  (func (export \"run\") (result i32)\n    i32.const 3\n    i32.const 0\n    i32.const 64\n    i32.const 18\n    i32.const 0\n    i64.const 2\n    i64.const 0\n    i32.const 0\n    i32.const 32\n    call $path_open\n    drop\n    i32.const 8\n    i32.const 100\n    i32.store\n    i32.const 12\n    i32.const 100\n    i32.store\n    i32.const 32\n    i32.load\n    i32.const 8\n    i32.const 1\n    i32.const 4\n    call $fd_read\n    drop\n    i32.const 32\n    i32.load\n    call $fd_close\n    drop\n    i32.const 4\n    i32.load))";
  const engine$10 = $b.engine_new();
  const store$7 = $b.wasmtime_store_new(engine$10);
  const context$6 = $b.wasmtime_store_context(store$7);
  const wasi$2 = $b.wasi_config_new_or_raise();
  $b.wasi_config_preopen_dir_or_raise(wasi$2, "testdata", { guest_path: ".", dir_perms: $b.WASI_DIR_PERMS_READ, file_perms: $b.WASI_FILE_PERMS_READ });
  $b.context_set_wasi_or_raise(context$6, wasi$2);
  const linker$2 = $b.linker_new(engine$10);
  $b.linker_define_wasi_or_raise(linker$2);
  const module_val$2 = $b.module_new_from_wat_or_raise(engine$10, wat$4);
  const instance$2 = $b.linker_instantiate_or_raise(linker$2, context$6, module_val$2);
  const func$2 = $b.instance_export_func_or_raise(context$6, instance$2, "run");
  const args$4 = $b.make_val_buffer(0);
  const results$5 = $b.make_val_buffer(1);
  const trap_ptr$4 = $b.make_ptr_buffer();
  const err_ptr$4 = $b.make_ptr_buffer();
  const call_res$1 = $b.func_call_sync_result_autoclean(context$6, func$2, args$4, results$5, trap_ptr$4, err_ptr$4);
  $match9: {
    const $t9 = call_res$1 as $mb.Result<void, Error>;
    if ($t9.tag === 'Ok') {
      const result$3 = $b.val_buffer_get_i32(results$5, 0);
      $rt.inspect(result$3, {"name":"Int"}, "5", { file: "docs/API.md", line: 360, column: 5 });
      break $match9;
    }
    if ($t9.tag === 'Err') {
      const err$2 = $t9.error;
      throw err$2;
      break $match9;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 357, column: 1 });
  }
  $b.module_delete(module_val$2);
  $b.linker_delete(linker$2);
  $b.wasmtime_store_delete(store$7);
  $b.engine_delete(engine$10);
});
$rt.test("API Documentation › Target/cache helpers", () => {
  const config$2 = $b.config_new();
  const err$3 = $b.config_target_set(config$2, "x86_64-unknown-linux-gnu");
  if (!($b.error_is_null(err$3))) {
    $b.error_delete(err$3);
  }
});
$rt.test("Reference › Reference: constants", () => {
  $rt.inspect([$b.VALKIND_I32, $b.VALKIND_I64, $b.VALKIND_F32, $b.VALKIND_F64, $b.VALKIND_V128], {"tuple":[{"name":"Int"},{"name":"Int"},{"name":"Int"},{"name":"Int"},{"name":"Int"}]}, "(0, 1, 2, 3, 4)", { file: "docs/API.md", line: 395, column: 1 });
  $rt.inspect([$b.VALKIND_EXTERNREF, $b.VALKIND_FUNCREF], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(128, 129)", { file: "docs/API.md", line: 396, column: 1 });
});
$rt.test("Reference › Reference: constants (2)", () => {
  $rt.inspect([$b.STRATEGY_AUTO, $b.STRATEGY_CRANELIFT], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(0, 1)", { file: "docs/API.md", line: 403, column: 1 });
  $rt.inspect([$b.OPT_LEVEL_NONE, $b.OPT_LEVEL_SPEED, $b.OPT_LEVEL_SPEED_AND_SIZE], {"tuple":[{"name":"Int"},{"name":"Int"},{"name":"Int"}]}, "(0, 1, 2)", { file: "docs/API.md", line: 404, column: 1 });
  $rt.inspect([$b.PROFILING_STRATEGY_NONE, $b.PROFILING_STRATEGY_JITDUMP, $b.PROFILING_STRATEGY_VTUNE, $b.PROFILING_STRATEGY_PERFMAP], {"tuple":[{"name":"Int"},{"name":"Int"},{"name":"Int"},{"name":"Int"}]}, "(0, 1, 2, 3)", { file: "docs/API.md", line: 405, column: 1 });
});
$rt.test("Reference › Reference: constants (3)", () => {
  $rt.inspect([$b.WASI_DIR_PERMS_READ, $b.WASI_DIR_PERMS_WRITE], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(1, 2)", { file: "docs/API.md", line: 411, column: 1 });
  $rt.inspect([$b.WASI_FILE_PERMS_READ, $b.WASI_FILE_PERMS_WRITE], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(1, 2)", { file: "docs/API.md", line: 412, column: 1 });
});
$rt.test("Reference › Reference: version", () => {
  $rt.inspect($b.version(), {"name":"String"}, "49.0.0", { file: "docs/API.md", line: 420, column: 1 });
});
$rt.test("Reference › Reference: engine / store", () => {
  const engine$11 = $b.engine_new();
  const store$8 = $b.store_new(engine$11);
  let $t10: any;
  let $t11: any;
  try {
    $t11 = new $mb.Ok($b.engine_delete(engine$11));
  } catch ($err12: any) {
    $rt.rethrowPanic($err12);
    $t11 = new $mb.Err($err12);
  }
  $t10 = $t11;
  $rt.inspect($t10, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"engine_delete: the Engine is still used by 1 live store/module/linker handle(s); delete those first\"))", { file: "docs/API.md", line: 431, column: 1 });
  $b.store_delete(store$8);
  let $t13: any;
  let $t14: any;
  try {
    $t14 = new $mb.Ok($b.engine_delete(engine$11));
  } catch ($err15: any) {
    $rt.rethrowPanic($err15);
    $t14 = new $mb.Err($err15);
  }
  $t13 = $t14;
  $rt.inspect($t13, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 433, column: 1 });
});
$rt.test("Reference › Reference: engine / store (2)", () => {
  const engine$12 = $b.engine_new();
  $b.engine_delete(engine$12);
  let $t16: any;
  let $t17: any;
  try {
    $t17 = new $mb.Ok($b.store_new(engine$12));
  } catch ($err18: any) {
    $rt.rethrowPanic($err18);
    $t17 = new $mb.Err($err18);
  }
  $t16 = $t17;
  $match19: {
    const $t19 = $t16 as $mb.Result<$b.Store, Error>;
    if ($t19.tag === 'Err') {
      const e = $t19.error;
      $rt.inspect(e, {"name":"Error"}, "Error(\"store_new: this Engine has already been deleted\")", { file: "docs/API.md", line: 443, column: 13 });
      break $match19;
    }
    if ($t19.tag === 'Ok') {
      $rt.fail("store_new should have raised", { file: "docs/API.md", line: 444, column: 12 });
      break $match19;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 442, column: 1 });
  }
  let $t20: any;
  let $t21: any;
  try {
    $t21 = new $mb.Ok($b.engine_delete(engine$12));
  } catch ($err22: any) {
    $rt.rethrowPanic($err22);
    $t21 = new $mb.Err($err22);
  }
  $t20 = $t21;
  $rt.inspect($t20, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"engine_delete: this Engine has already been deleted\"))", { file: "docs/API.md", line: 446, column: 1 });
});
$rt.test("Reference › Reference: engine / store (3)", () => {
  const config$3 = $b.config_new();
  const engine$13 = $b.engine_new_with_config(config$3);
  let $t23: any;
  let $t24: any;
  try {
    $t24 = new $mb.Ok($b.config_wasm_simd_set(config$3, true));
  } catch ($err25: any) {
    $rt.rethrowPanic($err25);
    $t24 = new $mb.Err($err25);
  }
  $t23 = $t24;
  $rt.inspect($t23, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"config_wasm_simd_set: this Config was consumed by engine_new_with_config and can no longer be used\"))", { file: "docs/API.md", line: 455, column: 1 });
  $b.engine_delete(engine$13);
});
$rt.test("Reference › Reference: engine / store (4)", () => {
  const engine$14 = $b.engine_new();
  const store$9 = $b.wasmtime_store_new(engine$14);
  const context$7 = $b.wasmtime_store_context(store$9);
  $rt.inspect($b.context_gc(context$7), {"name":"Unit"}, "()", { file: "docs/API.md", line: 467, column: 1 });
  $b.wasmtime_store_delete(store$9);
  let $t26: any;
  let $t27: any;
  try {
    $t27 = new $mb.Ok($b.context_gc(context$7));
  } catch ($err28: any) {
    $rt.rethrowPanic($err28);
    $t27 = new $mb.Err($err28);
  }
  $t26 = $t27;
  $rt.inspect($t26, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"context_gc: the WasmtimeStore of this Context has been deleted\"))", { file: "docs/API.md", line: 469, column: 1 });
  $b.engine_delete(engine$14);
});
$rt.test("Reference › Reference: engine / store (5)", () => {
  const config$4 = $b.config_new();
  $b.config_consume_fuel_set(config$4, true);
  const engine$15 = $b.engine_new_with_config(config$4);
  const store$10 = $b.wasmtime_store_new(engine$15);
  const context$8 = $b.wasmtime_store_context(store$10);
  $rt.inspect($b.context_get_fuel(context$8), {"name":"UInt64"}, "0", { file: "docs/API.md", line: 484, column: 1 });
  const err$4 = $b.context_set_fuel(context$8, 10000n);
  $rt.inspect($b.error_is_null(err$4), {"name":"Bool"}, "true", { file: "docs/API.md", line: 486, column: 1 });
  $rt.inspect($b.context_get_fuel(context$8), {"name":"UInt64"}, "10000", { file: "docs/API.md", line: 487, column: 1 });
  const wat$5 = "(module\n  (func (export \"count\") (result i32)\n    (local $i i32)\n    (loop $l\n      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n      (br_if $l (i32.lt_u (local.get $i) (i32.const 100))))\n    (local.get $i)))";
  const module_val$3 = $b.module_new_from_wat_or_raise(engine$15, wat$5);
  const instance$3 = $b.instance_new_or_raise(context$8, module_val$3);
  const func$3 = $b.instance_export_func_or_raise(context$8, instance$3, "count");
  const results$6 = $b.make_val_buffer(1);
  $b.func_call_sync_or_raise(context$8, func$3, $b.make_val_buffer(0), results$6);
  $rt.inspect($b.val_buffer_get_i32(results$6, 0), {"name":"Int"}, "100", { file: "docs/API.md", line: 501, column: 1 });
  $rt.inspect($b.context_get_fuel(context$8), {"name":"UInt64"}, "9198", { file: "docs/API.md", line: 502, column: 1 });
  const err2 = $b.context_set_fuel(context$8, 10n);
  $rt.inspect($b.error_is_null(err2), {"name":"Bool"}, "true", { file: "docs/API.md", line: 504, column: 1 });
  let $t29: any;
  let $t30: any;
  try {
    $t30 = new $mb.Ok($b.func_call_sync_or_raise(context$8, func$3, $b.make_val_buffer(0), results$6));
  } catch ($err31: any) {
    $rt.rethrowPanic($err31);
    $t30 = new $mb.Err($err31);
  }
  $t29 = $t30;
  $rt.inspect($t29, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x25 - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: all fuel consumed by WebAssembly\\n\"))", { file: "docs/API.md", line: 505, column: 1 });
  $b.module_delete(module_val$3);
  $b.wasmtime_store_delete(store$10);
  $b.engine_delete(engine$15);
});
$rt.test("Reference › Reference: engine / store (6)", () => {
  const engine$16 = $b.engine_new();
  const store$11 = $b.wasmtime_store_new(engine$16);
  const context$9 = $b.wasmtime_store_context(store$11);
  const err$5 = $b.context_set_fuel(context$9, 100n);
  $rt.inspect($b.error_is_null(err$5), {"name":"Bool"}, "false", { file: "docs/API.md", line: 519, column: 1 });
  $rt.inspect($b.error_message(err$5), {"name":"String"}, "fuel is not configured in this store", { file: "docs/API.md", line: 520, column: 1 });
  $b.error_delete(err$5);
  let $t32: any;
  let $t33: any;
  try {
    $t33 = new $mb.Ok($b.context_get_fuel(context$9));
  } catch ($err34: any) {
    $rt.rethrowPanic($err34);
    $t33 = new $mb.Err($err34);
  }
  $t32 = $t33;
  $rt.inspect($t32, {"name":"Result","args":[{"name":"UInt64"},{"name":"Error"}]}, "Err(Failure(\"fuel is not configured in this store\"))", { file: "docs/API.md", line: 522, column: 1 });
  $b.wasmtime_store_delete(store$11);
  $b.engine_delete(engine$16);
});
$rt.test("Reference › Reference: engine / store (7)", () => {
  const config$5 = $b.config_new();
  $b.config_epoch_interruption_set(config$5, true);
  const engine$17 = $b.engine_new_with_config(config$5);
  const store$12 = $b.wasmtime_store_new(engine$17);
  const context$10 = $b.wasmtime_store_context(store$12);
  const wat$6 = "(module\n  (func (export \"seven\") (result i32)\n    i32.const 7))";
  const module_val$4 = $b.module_new_from_wat_or_raise(engine$17, wat$6);
  $b.context_set_epoch_deadline(context$10, 1n);
  const instance$4 = $b.instance_new_or_raise(context$10, module_val$4);
  const func$4 = $b.instance_export_func_or_raise(context$10, instance$4, "seven");
  const results$7 = $b.make_val_buffer(1);
  let $t35: any;
  let $t36: any;
  try {
    $t36 = new $mb.Ok($b.func_call_sync_or_raise(context$10, func$4, $b.make_val_buffer(0), results$7));
  } catch ($err37: any) {
    $rt.rethrowPanic($err37);
    $t36 = new $mb.Err($err37);
  }
  $t35 = $t36;
  $rt.inspect($t35, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 547, column: 1 });
  $rt.inspect($b.val_buffer_get_i32(results$7, 0), {"name":"Int"}, "7", { file: "docs/API.md", line: 548, column: 1 });
  $b.engine_increment_epoch(engine$17);
  let $t38: any;
  let $t39: any;
  try {
    $t39 = new $mb.Ok($b.func_call_sync_or_raise(context$10, func$4, $b.make_val_buffer(0), results$7));
  } catch ($err40: any) {
    $rt.rethrowPanic($err40);
    $t39 = new $mb.Err($err40);
  }
  $t38 = $t39;
  $rt.inspect($t38, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x22 - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: interrupt\\n\"))", { file: "docs/API.md", line: 550, column: 1 });
  $b.module_delete(module_val$4);
  $b.wasmtime_store_delete(store$12);
  $b.engine_delete(engine$17);
});
$rt.test("Reference › Reference: config", () => {
  const config$6 = $b.config_new();
  $b.config_delete(config$6);
  let $t41: any;
  let $t42: any;
  try {
    $t42 = new $mb.Ok($b.config_debug_info_set(config$6, true));
  } catch ($err43: any) {
    $rt.rethrowPanic($err43);
    $t42 = new $mb.Err($err43);
  }
  $t41 = $t42;
  $rt.inspect($t41, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"config_debug_info_set: this Config has already been deleted\"))", { file: "docs/API.md", line: 564, column: 1 });
});
$rt.test("Reference › Reference: config (2)", () => {
  const config$7 = $b.config_new();
  $rt.inspect($b.config_debug_info_set(config$7, false), {"name":"Unit"}, "()", { file: "docs/API.md", line: 572, column: 1 });
  $rt.inspect($b.config_consume_fuel_set(config$7, false), {"name":"Unit"}, "()", { file: "docs/API.md", line: 573, column: 1 });
  $rt.inspect($b.config_epoch_interruption_set(config$7, false), {"name":"Unit"}, "()", { file: "docs/API.md", line: 574, column: 1 });
  $rt.inspect($b.config_wasm_threads_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 575, column: 1 });
  $rt.inspect($b.config_shared_memory_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 576, column: 1 });
  $rt.inspect($b.config_wasm_tail_call_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 577, column: 1 });
  $rt.inspect($b.config_wasm_reference_types_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 578, column: 1 });
  $rt.inspect($b.config_wasm_function_references_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 579, column: 1 });
  $rt.inspect($b.config_wasm_gc_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 580, column: 1 });
  $rt.inspect($b.config_gc_support_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 581, column: 1 });
  $rt.inspect($b.config_wasm_simd_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 582, column: 1 });
  $rt.inspect($b.config_wasm_relaxed_simd_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 583, column: 1 });
  $rt.inspect($b.config_wasm_relaxed_simd_deterministic_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 584, column: 1 });
  $rt.inspect($b.config_wasm_bulk_memory_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 585, column: 1 });
  $rt.inspect($b.config_wasm_multi_value_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 586, column: 1 });
  $rt.inspect($b.config_wasm_multi_memory_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 587, column: 1 });
  $rt.inspect($b.config_wasm_memory64_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 588, column: 1 });
  $rt.inspect($b.config_wasm_wide_arithmetic_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 589, column: 1 });
  $rt.inspect($b.config_wasm_exceptions_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 590, column: 1 });
  $rt.inspect($b.config_wasm_custom_page_sizes_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 591, column: 1 });
  $rt.inspect($b.config_wasm_branch_hinting_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 592, column: 1 });
  $rt.inspect($b.config_parallel_compilation_set(config$7, false), {"name":"Unit"}, "()", { file: "docs/API.md", line: 593, column: 1 });
  $rt.inspect($b.config_cranelift_debug_verifier_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 594, column: 1 });
  $rt.inspect($b.config_cranelift_nan_canonicalization_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 595, column: 1 });
  $rt.inspect($b.config_memory_may_move_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 596, column: 1 });
  $rt.inspect($b.config_memory_init_cow_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 597, column: 1 });
  $rt.inspect($b.config_native_unwind_info_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 598, column: 1 });
  $rt.inspect($b.config_macos_use_mach_ports_set(config$7, false), {"name":"Unit"}, "()", { file: "docs/API.md", line: 599, column: 1 });
  $rt.inspect($b.config_signals_based_traps_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 600, column: 1 });
  const engine$18 = $b.engine_new_with_config(config$7);
  $b.engine_delete(engine$18);
});
$rt.test("Reference › Reference: config (3)", () => {
  const config$8 = $b.config_new();
  $rt.inspect($b.config_wasm_stack_switching_set(config$8, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 611, column: 1 });
  $rt.inspect($b.config_wasm_component_model_set(config$8, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 612, column: 1 });
  $rt.inspect($b.config_concurrency_support_set(config$8, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 613, column: 1 });
  let $t44: any;
  let $t45: any;
  try {
    $t45 = new $mb.Ok($b.engine_delete($b.engine_new_with_config(config$8)));
  } catch ($err46: any) {
    $rt.rethrowPanic($err46);
    $t45 = new $mb.Err($err46);
  }
  $t44 = $t45;
  $rt.inspect($t44, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 614, column: 1 });
});
$rt.test("Reference › Reference: config (4)", () => {
  const simd_wat = "(module (func (result v128) v128.const i64x2 0 0))";
  const config$9 = $b.config_new();
  $b.config_wasm_simd_set(config$9, false);
  $b.config_wasm_relaxed_simd_set(config$9, false);
  const engine$19 = $b.engine_new_with_config(config$9);
  let $t47: any;
  let $t48: any;
  try {
    $t48 = new $mb.Ok($b.module_new_from_wat_or_raise(engine$19, simd_wat));
  } catch ($err49: any) {
    $rt.rethrowPanic($err49);
    $t48 = new $mb.Err($err49);
  }
  $t47 = $t48;
  $match50: {
    const $t50 = $t47 as $mb.Result<$b.Module, Error>;
    if ($t50.tag === 'Err') {
      const e$1 = $t50.error;
      $rt.inspect(e$1, {"name":"Error"}, "Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    SIMD support is not enabled (at offset 0xb)\\n\")", { file: "docs/API.md", line: 629, column: 13 });
      break $match50;
    }
    if ($t50.tag === 'Ok') {
      $rt.fail("module_new_from_wat_or_raise should have raised", { file: "docs/API.md", line: 630, column: 12 });
      break $match50;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 628, column: 1 });
  }
  $b.engine_delete(engine$19);
  const multi_wat = "(module (func (result i32 i32) i32.const 1 i32.const 2))";
  const config2 = $b.config_new();
  $b.config_wasm_multi_value_set(config2, false);
  const engine2 = $b.engine_new_with_config(config2);
  let $t51: any;
  let $t52: any;
  try {
    $t52 = new $mb.Ok($b.module_new_from_wat_or_raise(engine2, multi_wat));
  } catch ($err53: any) {
    $rt.rethrowPanic($err53);
    $t52 = new $mb.Err($err53);
  }
  $t51 = $t52;
  $match54: {
    const $t54 = $t51 as $mb.Result<$b.Module, Error>;
    if ($t54.tag === 'Err') {
      const e$2 = $t54.error;
      $rt.inspect(e$2, {"name":"Error"}, "Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    func type returns multiple values but the multi-value feature is not enabled (at offset 0xb)\\n\")", { file: "docs/API.md", line: 639, column: 13 });
      break $match54;
    }
    if ($t54.tag === 'Ok') {
      $rt.fail("module_new_from_wat_or_raise should have raised", { file: "docs/API.md", line: 640, column: 12 });
      break $match54;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 638, column: 1 });
  }
  $b.engine_delete(engine2);
  const tail_wat = "(module (func $f (result i32) i32.const 1) (func (result i32) return_call $f))";
  const config3 = $b.config_new();
  $b.config_wasm_tail_call_set(config3, false);
  const engine3 = $b.engine_new_with_config(config3);
  let $t55: any;
  let $t56: any;
  try {
    $t56 = new $mb.Ok($b.module_new_from_wat_or_raise(engine3, tail_wat));
  } catch ($err57: any) {
    $rt.rethrowPanic($err57);
    $t56 = new $mb.Err($err57);
  }
  $t55 = $t56;
  $match58: {
    const $t58 = $t55 as $mb.Result<$b.Module, Error>;
    if ($t58.tag === 'Err') {
      const e$3 = $t58.error;
      $rt.inspect(e$3, {"name":"Error"}, "Failure(\"failed to compile: wasm[0]::function[1]\\n\\nCaused by:\\n    0: WebAssembly translation error\\n    1: Invalid input WebAssembly code at offset 30: tail calls support is not enabled\\n\")", { file: "docs/API.md", line: 649, column: 13 });
      break $match58;
    }
    if ($t58.tag === 'Ok') {
      $rt.fail("module_new_from_wat_or_raise should have raised", { file: "docs/API.md", line: 650, column: 12 });
      break $match58;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 648, column: 1 });
  }
  $b.engine_delete(engine3);
});
$rt.test("Reference › Reference: config (5)", () => {
  const config$10 = $b.config_new();
  $b.config_wasm_reference_types_set(config$10, false);
  let $t59: any;
  let $t60: any;
  try {
    $t60 = new $mb.Ok($b.engine_new_with_config(config$10));
  } catch ($err61: any) {
    $rt.rethrowPanic($err61);
    $t60 = new $mb.Err($err61);
  }
  $t59 = $t60;
  $match62: {
    const $t62 = $t59 as $mb.Result<$b.Engine, Error>;
    if ($t62.tag === 'Err') {
      const e$4 = $t62.error;
      $rt.inspect(e$4, {"name":"Error"}, "Failure(\"engine_new_with_config: invalid configuration: the component-model-async feature requires the wasm reference-types proposal\")", { file: "docs/API.md", line: 664, column: 13 });
      break $match62;
    }
    if ($t62.tag === 'Ok') {
      $rt.fail("engine_new_with_config should have raised", { file: "docs/API.md", line: 665, column: 12 });
      break $match62;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 663, column: 1 });
  }
  const config2$1 = $b.config_new();
  $b.config_concurrency_support_set(config2$1, false);
  $b.config_wasm_reference_types_set(config2$1, false);
  let $t63: any;
  let $t64: any;
  try {
    $t64 = new $mb.Ok($b.engine_new_with_config(config2$1));
  } catch ($err65: any) {
    $rt.rethrowPanic($err65);
    $t64 = new $mb.Err($err65);
  }
  $t63 = $t64;
  $match66: {
    const $t66 = $t63 as $mb.Result<$b.Engine, Error>;
    if ($t66.tag === 'Ok') {
      const engine$20 = $t66.value;
      $b.engine_delete(engine$20);
      break $match66;
    }
    if ($t66.tag === 'Err') {
      const e$5 = $t66.error;
      throw e$5;
      break $match66;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 670, column: 1 });
  }
});
$rt.test("Reference › Reference: config (6)", () => {
  const config$11 = $b.config_new();
  $rt.inspect($b.config_max_wasm_stack_set(config$11, $rt.UInt64.mul(64n, 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 682, column: 1 });
  $rt.inspect($b.config_async_stack_size_set(config$11, $rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 683, column: 1 });
  $rt.inspect($b.config_memory_reservation_set(config$11, $rt.UInt64.mul($rt.UInt64.mul(1024n, 1024n), 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 684, column: 1 });
  $rt.inspect($b.config_memory_guard_size_set(config$11, $rt.UInt64.mul(64n, 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 685, column: 1 });
  $rt.inspect($b.config_memory_reservation_for_growth_set(config$11, $rt.UInt64.mul(1024n, 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 686, column: 1 });
  const engine$21 = $b.engine_new_with_config(config$11);
  const store$13 = $b.wasmtime_store_new(engine$21);
  const context$11 = $b.wasmtime_store_context(store$13);
  const wat$7 = "(module\n  (func $down (export \"down\") (param i32) (result i32)\n    (if (result i32) (i32.eqz (local.get 0))\n      (then (i32.const 0))\n      (else (i32.add (i32.const 1) (call $down (i32.sub (local.get 0) (i32.const 1))))))))";
  const module_val$5 = $b.module_new_from_wat_or_raise(engine$21, wat$7);
  const instance$5 = $b.instance_new_or_raise(context$11, module_val$5);
  const func$5 = $b.instance_export_func_or_raise(context$11, instance$5, "down");
  const args$5 = $b.make_val_buffer(1);
  const results$8 = $b.make_val_buffer(1);
  $b.val_buffer_set_i32(args$5, 0, 100);
  $b.func_call_sync_or_raise(context$11, func$5, args$5, results$8);
  $rt.inspect($b.val_buffer_get_i32(results$8, 0), {"name":"Int"}, "100", { file: "docs/API.md", line: 703, column: 1 });
  $b.val_buffer_set_i32(args$5, 0, 1000000);
  let $t67: any;
  let $t68: any;
  try {
    $t68 = new $mb.Ok($b.func_call_sync_or_raise(context$11, func$5, args$5, results$8));
  } catch ($err69: any) {
    $rt.rethrowPanic($err69);
    $t68 = new $mb.Err($err69);
  }
  $t67 = $t68;
  $match70: {
    const $t70 = $t67 as $mb.Result<void, Error>;
    if ($t70.tag === 'Ok') {
      $rt.fail("expected a stack overflow", { file: "docs/API.md", line: 706, column: 12 });
      break $match70;
    }
    if ($t70.tag === 'Err' && $t70.error instanceof $mb.Failure) {
      const msg = $t70.error.message;
      $rt.inspect($rt.method.String.contains(msg, "call stack exhausted"), {"name":"Bool"}, "true", { file: "docs/API.md", line: 707, column: 24 });
      break $match70;
    }
    if ($t70.tag === 'Err') {
      $rt.fail("expected a Failure", { file: "docs/API.md", line: 708, column: 13 });
      break $match70;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 705, column: 1 });
  }
  $b.module_delete(module_val$5);
  $b.wasmtime_store_delete(store$13);
  $b.engine_delete(engine$21);
});
$rt.test("Reference › Reference: config (7)", () => {
  const config$12 = $b.config_new();
  $rt.inspect($b.config_strategy_set(config$12, $b.STRATEGY_CRANELIFT), {"name":"Unit"}, "()", { file: "docs/API.md", line: 720, column: 1 });
  $rt.inspect($b.config_cranelift_opt_level_set(config$12, $b.OPT_LEVEL_SPEED_AND_SIZE), {"name":"Unit"}, "()", { file: "docs/API.md", line: 721, column: 1 });
  $rt.inspect($b.config_profiler_set(config$12, $b.PROFILING_STRATEGY_NONE), {"name":"Unit"}, "()", { file: "docs/API.md", line: 722, column: 1 });
  let $t71: any;
  let $t72: any;
  try {
    $t72 = new $mb.Ok($b.config_strategy_set(config$12, 7));
  } catch ($err73: any) {
    $rt.rethrowPanic($err73);
    $t72 = new $mb.Err($err73);
  }
  $t71 = $t72;
  $rt.inspect($t71, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(RangeError(\"config_strategy_set: value must be in 0..1, got 7\"))", { file: "docs/API.md", line: 723, column: 1 });
  let $t74: any;
  let $t75: any;
  try {
    $t75 = new $mb.Ok($b.config_cranelift_opt_level_set(config$12, 3));
  } catch ($err76: any) {
    $rt.rethrowPanic($err76);
    $t75 = new $mb.Err($err76);
  }
  $t74 = $t75;
  $rt.inspect($t74, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(RangeError(\"config_cranelift_opt_level_set: value must be in 0..2, got 3\"))", { file: "docs/API.md", line: 724, column: 1 });
  let $t77: any;
  let $t78: any;
  try {
    $t78 = new $mb.Ok($b.config_profiler_set(config$12, 9));
  } catch ($err79: any) {
    $rt.rethrowPanic($err79);
    $t78 = new $mb.Err($err79);
  }
  $t77 = $t78;
  $rt.inspect($t77, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(RangeError(\"config_profiler_set: value must be in 0..3, got 9\"))", { file: "docs/API.md", line: 725, column: 1 });
  const engine$22 = $b.engine_new_with_config(config$12);
  $b.engine_delete(engine$22);
});
$rt.test("Reference › Reference: config (8)", () => {
  const config$13 = $b.config_new();
  $rt.inspect($b.config_cranelift_flag_enable(config$13, "enable_verifier"), {"name":"Unit"}, "()", { file: "docs/API.md", line: 736, column: 1 });
  $rt.inspect($b.config_cranelift_flag_set(config$13, "regalloc_checker", "true"), {"name":"Unit"}, "()", { file: "docs/API.md", line: 737, column: 1 });
  const engine$23 = $b.engine_new_with_config(config$13);
  $b.engine_delete(engine$23);
  const bad = $b.config_new();
  $b.config_cranelift_flag_set(bad, "no_such_flag", "true");
  let $t80: any;
  let $t81: any;
  try {
    $t81 = new $mb.Ok($b.engine_new_with_config(bad));
  } catch ($err82: any) {
    $rt.rethrowPanic($err82);
    $t81 = new $mb.Err($err82);
  }
  $t80 = $t81;
  $match83: {
    const $t83 = $t80 as $mb.Result<$b.Engine, Error>;
    if ($t83.tag === 'Err') {
      const e$6 = $t83.error;
      $rt.inspect(e$6, {"name":"Error"}, "Failure(\"engine_new_with_config: invalid configuration: No existing setting named 'no_such_flag'\")", { file: "docs/API.md", line: 743, column: 13 });
      break $match83;
    }
    if ($t83.tag === 'Ok') {
      $rt.fail("engine_new_with_config should have raised", { file: "docs/API.md", line: 744, column: 12 });
      break $match83;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 742, column: 1 });
  }
});
$rt.test("Reference › Reference: config (9)", () => {
  const config$14 = $b.config_new();
  const ok = $b.config_target_set(config$14, "x86_64-unknown-linux-gnu");
  $rt.inspect($b.error_is_null(ok), {"name":"Bool"}, "true", { file: "docs/API.md", line: 754, column: 1 });
  const err$6 = $b.config_target_set(config$14, "not-a-target");
  $rt.inspect($b.error_is_null(err$6), {"name":"Bool"}, "false", { file: "docs/API.md", line: 756, column: 1 });
  $rt.inspect($b.error_message(err$6), {"name":"String"}, "Unrecognized architecture: not", { file: "docs/API.md", line: 757, column: 1 });
  $b.error_delete(err$6);
  $b.config_delete(config$14);
});
$rt.test("Reference › Reference: config (10)", () => {
  const config$15 = $b.config_new();
  const err$7 = $b.config_cache_config_load(config$15, "testdata/cache-config.toml");
  $rt.inspect($b.error_is_null(err$7), {"name":"Bool"}, "true", { file: "docs/API.md", line: 770, column: 1 });
  const missing = $b.config_cache_config_load(config$15, "testdata/no-such-file.toml");
  $rt.inspect($b.error_is_null(missing), {"name":"Bool"}, "false", { file: "docs/API.md", line: 772, column: 1 });
  $rt.inspect($rt.method.String.contains($b.error_message(missing), "no-such-file.toml"), {"name":"Bool"}, "true", { file: "docs/API.md", line: 773, column: 1 });
  $b.error_delete(missing);
  const default_ = $b.config_cache_config_load_default(config$15);
  $rt.inspect($b.error_is_null(default_), {"name":"Bool"}, "true", { file: "docs/API.md", line: 776, column: 1 });
  const engine$24 = $b.engine_new_with_config(config$15);
  $b.engine_delete(engine$24);
});
$rt.test("Reference › Reference: errors and out-pointer buffers", () => {
  const config$16 = $b.config_new();
  const err$8 = $b.config_target_set(config$16, "riscv1024-unknown-none");
  $rt.inspect($b.error_is_null(err$8), {"name":"Bool"}, "false", { file: "docs/API.md", line: 789, column: 1 });
  $rt.inspect($b.error_message(err$8), {"name":"String"}, "Unrecognized architecture: riscv1024", { file: "docs/API.md", line: 790, column: 1 });
  $b.error_delete(err$8);
  let $t84: any;
  let $t85: any;
  try {
    $t85 = new $mb.Ok($b.error_message(err$8));
  } catch ($err86: any) {
    $rt.rethrowPanic($err86);
    $t85 = new $mb.Err($err86);
  }
  $t84 = $t85;
  $rt.inspect($t84, {"name":"Result","args":[{"name":"String"},{"name":"Error"}]}, "Err(Error(\"error_message: this WasmtimeError has already been deleted\"))", { file: "docs/API.md", line: 792, column: 1 });
  $b.config_delete(config$16);
});
$rt.test("Reference › Reference: errors and out-pointer buffers (2)", () => {
  const ptr = $b.make_ptr_buffer();
  $rt.inspect($rt.method.Bytes.length(ptr), {"name":"Int"}, "8", { file: "docs/API.md", line: 804, column: 1 });
  $rt.inspect($b.ptr_buffer_is_null(ptr), {"name":"Bool"}, "true", { file: "docs/API.md", line: 805, column: 1 });
  $rt.inspect($b.ptr_buffer_read_u64(ptr), {"name":"UInt64"}, "0", { file: "docs/API.md", line: 806, column: 1 });
  $b.error_delete_ptr_buffer(ptr);
  $b.trap_delete_ptr_buffer(ptr);
  $b.ptr_buffer_clear(ptr);
  $rt.inspect($b.ptr_buffer_is_null(ptr), {"name":"Bool"}, "true", { file: "docs/API.md", line: 810, column: 1 });
});
$rt.test("Reference › Reference: errors and out-pointer buffers (3)", () => {
  const ptr$1 = $b.make_ptr_buffer();
  let $t87: any;
  let $t88: any;
  try {
    $t88 = new $mb.Ok($b.error_message_ptr_buffer(ptr$1));
  } catch ($err89: any) {
    $rt.rethrowPanic($err89);
    $t88 = new $mb.Err($err89);
  }
  $t87 = $t88;
  $rt.inspect($t87, {"name":"Result","args":[{"name":"String"},{"name":"Error"}]}, "Err(Error(\"error_message_ptr_buffer: the pointer buffer is null\"))", { file: "docs/API.md", line: 817, column: 1 });
  let $t90: any;
  let $t91: any;
  try {
    $t91 = new $mb.Ok($b.trap_message_ptr_buffer(ptr$1));
  } catch ($err92: any) {
    $rt.rethrowPanic($err92);
    $t91 = new $mb.Err($err92);
  }
  $t90 = $t91;
  $rt.inspect($t90, {"name":"Result","args":[{"name":"String"},{"name":"Error"}]}, "Err(Error(\"trap_message_ptr_buffer: the pointer buffer is null\"))", { file: "docs/API.md", line: 818, column: 1 });
});
$rt.test("Reference › Reference: errors and out-pointer buffers (4)", () => {
  const short: Uint8Array = new Uint8Array([0, 0, 0]);
  let $t93: any;
  let $t94: any;
  try {
    $t94 = new $mb.Ok($b.ptr_buffer_is_null(short));
  } catch ($err95: any) {
    $rt.rethrowPanic($err95);
    $t94 = new $mb.Err($err95);
  }
  $t93 = $t94;
  $rt.inspect($t93, {"name":"Result","args":[{"name":"Bool"},{"name":"Error"}]}, "Err(TypeError(\"ptr_buffer_is_null: a pointer buffer must be exactly 8 bytes (from make_ptr_buffer), got 3\"))", { file: "docs/API.md", line: 825, column: 1 });
  const forged: Uint8Array = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
  let $t96: any;
  let $t97: any;
  try {
    $t97 = new $mb.Ok($b.error_delete_ptr_buffer(forged));
  } catch ($err98: any) {
    $rt.rethrowPanic($err98);
    $t97 = new $mb.Err($err98);
  }
  $t96 = $t97;
  $rt.inspect($t96, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(TypeError(\"error_delete_ptr_buffer: pointer buffer holds bytes this binding did not write, or a stale copy of a deleted pointer\"))", { file: "docs/API.md", line: 827, column: 1 });
});
$rt.test("Reference › Reference: values", () => {
  $rt.inspect($b.val_sizeof(), {"name":"Int"}, "32", { file: "docs/API.md", line: 836, column: 1 });
  const buf = $b.make_val_buffer(3);
  $rt.inspect($rt.method.Bytes.length(buf), {"name":"Int"}, "96", { file: "docs/API.md", line: 838, column: 1 });
  $rt.inspect($b.val_buffer_count(buf), {"name":"Int"}, "3", { file: "docs/API.md", line: 839, column: 1 });
  $rt.inspect($b.val_buffer_count($b.make_val_buffer(0)), {"name":"Int"}, "0", { file: "docs/API.md", line: 840, column: 1 });
});
$rt.test("Reference › Reference: values (2)", () => {
  const bad$1: Uint8Array = new Uint8Array([0, 0, 0, 0, 0]);
  let $t99: any;
  let $t100: any;
  try {
    $t100 = new $mb.Ok($b.val_buffer_count(bad$1));
  } catch ($err101: any) {
    $rt.rethrowPanic($err101);
    $t100 = new $mb.Err($err101);
  }
  $t99 = $t100;
  $rt.inspect($t99, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(TypeError(\"val_buffer_count: value buffer length 5 is not a multiple of 32 (val_sizeof())\"))", { file: "docs/API.md", line: 849, column: 1 });
  let $t102: any;
  let $t103: any;
  try {
    $t103 = new $mb.Ok($b.val_buffer_count_or_raise(bad$1));
  } catch ($err104: any) {
    $rt.rethrowPanic($err104);
    $t103 = new $mb.Err($err104);
  }
  $t102 = $t103;
  $rt.inspect($t102, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"val_buffer_count_or_raise: value buffer length 5 is not a multiple of 32 (val_sizeof())\"))", { file: "docs/API.md", line: 850, column: 1 });
  $rt.inspect($b.val_buffer_count_result(bad$1), {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"val_buffer_count_result: value buffer length 5 is not a multiple of 32 (val_sizeof())\"))", { file: "docs/API.md", line: 851, column: 1 });
  $rt.inspect($b.val_buffer_count_or_raise($b.make_val_buffer(2)), {"name":"Int"}, "2", { file: "docs/API.md", line: 852, column: 1 });
  $rt.inspect($b.val_buffer_count_result($b.make_val_buffer(2)), {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Ok(2)", { file: "docs/API.md", line: 853, column: 1 });
});
$rt.test("Reference › Reference: values (3)", () => {
  const buf$1 = $b.make_val_buffer(4);
  $rt.inspect($b.val_buffer_kind(buf$1, 0), {"name":"Int"}, "0", { file: "docs/API.md", line: 862, column: 1 });
  $rt.inspect($b.val_buffer_get_i32(buf$1, 0), {"name":"Int"}, "0", { file: "docs/API.md", line: 863, column: 1 });
  $b.val_buffer_set_i32(buf$1, 0, -42);
  $b.val_buffer_set_i64(buf$1, 1, 9007199254740993n);
  $b.val_buffer_set_f32(buf$1, 2, 1.5);
  $b.val_buffer_set_f64(buf$1, 3, 0.1);
  $rt.inspect($b.val_buffer_get_i32(buf$1, 0), {"name":"Int"}, "-42", { file: "docs/API.md", line: 868, column: 1 });
  $rt.inspect($b.val_buffer_get_i64(buf$1, 1), {"name":"Int64"}, "9007199254740993", { file: "docs/API.md", line: 869, column: 1 });
  $rt.inspect($b.val_buffer_get_f32(buf$1, 2), {"name":"Float"}, "1.5", { file: "docs/API.md", line: 870, column: 1 });
  $rt.inspect($b.val_buffer_get_f64(buf$1, 3), {"name":"Double"}, "0.1", { file: "docs/API.md", line: 871, column: 1 });
  $rt.inspect([$b.val_buffer_kind(buf$1, 0), $b.val_buffer_kind(buf$1, 1), $b.val_buffer_kind(buf$1, 2), $b.val_buffer_kind(buf$1, 3)], {"tuple":[{"name":"Int"},{"name":"Int"},{"name":"Int"},{"name":"Int"}]}, "(0, 1, 2, 3)", { file: "docs/API.md", line: 872, column: 1 });
});
$rt.test("Reference › Reference: values (4)", () => {
  const buf$2 = $b.make_val_buffer(1);
  let $t105: any;
  let $t106: any;
  try {
    $t106 = new $mb.Ok($b.val_buffer_get_i32(buf$2, 1));
  } catch ($err107: any) {
    $rt.rethrowPanic($err107);
    $t106 = new $mb.Err($err107);
  }
  $t105 = $t106;
  $rt.inspect($t105, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(RangeError(\"val_buffer_get_i32: index 1 out of range for a buffer of 1 value(s)\"))", { file: "docs/API.md", line: 879, column: 1 });
  let $t108: any;
  let $t109: any;
  try {
    $t109 = new $mb.Ok($b.val_buffer_set_f64(buf$2, -1, 1));
  } catch ($err110: any) {
    $rt.rethrowPanic($err110);
    $t109 = new $mb.Err($err110);
  }
  $t108 = $t109;
  $rt.inspect($t108, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(RangeError(\"val_buffer_set_f64: index -1 out of range for a buffer of 1 value(s)\"))", { file: "docs/API.md", line: 880, column: 1 });
  let $t111: any;
  let $t112: any;
  try {
    $t112 = new $mb.Ok($b.make_val_buffer(-1));
  } catch ($err113: any) {
    $rt.rethrowPanic($err113);
    $t112 = new $mb.Err($err113);
  }
  $t111 = $t112;
  $rt.inspect($t111, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(RangeError(\"make_val_buffer: count must be an integer in 0..1048576, got -1\"))", { file: "docs/API.md", line: 881, column: 1 });
});
$rt.test("Reference › Reference: function types and host functions", () => {
  const params$3: Uint8Array = new Uint8Array([0, 1]);
  const results$9: Uint8Array = new Uint8Array([3]);
  const ty$3 = $b.functype_new_from_valkinds(params$3, results$9);
  $rt.inspect($b.functype_is_null(ty$3), {"name":"Bool"}, "false", { file: "docs/API.md", line: 894, column: 1 });
  $b.functype_delete(ty$3);
  const bad$2: Uint8Array = new Uint8Array([0, 77]);
  const null_ty = $b.functype_new_from_valkinds(bad$2, results$9);
  $rt.inspect($b.functype_is_null(null_ty), {"name":"Bool"}, "true", { file: "docs/API.md", line: 898, column: 1 });
  let $t114: any;
  let $t115: any;
  try {
    $t115 = new $mb.Ok($b.functype_new_from_valkinds_or_raise(bad$2, results$9));
  } catch ($err116: any) {
    $rt.rethrowPanic($err116);
    $t115 = new $mb.Err($err116);
  }
  $t114 = $t115;
  $match117: {
    const $t117 = $t114 as $mb.Result<$b.FuncType, Error>;
    if ($t117.tag === 'Err') {
      const e$7 = $t117.error;
      $rt.inspect(e$7, {"name":"Error"}, "Failure(\"functype_new_from_valkinds_or_raise: invalid value kind 77 at params[1] (expected one of 0,1,2,3,4,128,129)\")", { file: "docs/API.md", line: 900, column: 13 });
      break $match117;
    }
    if ($t117.tag === 'Ok') {
      $rt.fail("functype_new_from_valkinds_or_raise should have raised", { file: "docs/API.md", line: 901, column: 12 });
      break $match117;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 899, column: 1 });
  }
  $match118: {
    const $t118 = $b.functype_new_from_valkinds_result(bad$2, results$9) as $mb.Result<$b.FuncType, Error>;
    if ($t118.tag === 'Ok') {
      $rt.fail("expected an error", { file: "docs/API.md", line: 904, column: 12 });
      break $match118;
    }
    if ($t118.tag === 'Err') {
      const e$8 = $t118.error;
      $rt.inspect(e$8, {"name":"Error"}, "Failure(\"functype_new_from_valkinds_result: invalid value kind 77 at params[1] (expected one of 0,1,2,3,4,128,129)\")", { file: "docs/API.md", line: 905, column: 13 });
      break $match118;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 903, column: 1 });
  }
  $match119: {
    const $t119 = $b.functype_new_from_valkinds_result(params$3, results$9) as $mb.Result<$b.FuncType, Error>;
    if ($t119.tag === 'Ok') {
      const t = $t119.value;
      $rt.inspect($b.functype_is_null(t), {"name":"Bool"}, "false", { file: "docs/API.md", line: 909, column: 5 });
      $b.functype_delete(t);
      break $match119;
    }
    if ($t119.tag === 'Err') {
      const e$9 = $t119.error;
      throw e$9;
      break $match119;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 907, column: 1 });
  }
});
$rt.test("Reference › Reference: function types and host functions (2)", () => {
  const params$4: Uint8Array = new Uint8Array([]);
  const refs: Uint8Array = new Uint8Array([128, 129]);
  const ty$4 = $b.functype_new_from_valkinds_or_raise(params$4, refs);
  $rt.inspect($b.functype_is_null(ty$4), {"name":"Bool"}, "false", { file: "docs/API.md", line: 922, column: 1 });
  $b.functype_delete(ty$4);
});
$rt.test("Reference › Reference: function types and host functions (3)", () => {
  const engine$25 = $b.engine_new();
  const store$14 = $b.wasmtime_store_new(engine$25);
  const context$12 = $b.wasmtime_store_context(store$14);
  const none: Uint8Array = new Uint8Array([]);
  const ty$5 = $b.functype_new_from_valkinds_or_raise(none, none);
  const cb = $b.func_noop_callback_ptr();
  $rt.inspect((cb > 0n), {"name":"Bool"}, "true", { file: "docs/API.md", line: 939, column: 1 });
  const func$6 = $b.func_buffer_new_with_ptr(context$12, ty$5, cb, 0n, 0n);
  $rt.inspect($b.func_sizeof(), {"name":"Int"}, "16", { file: "docs/API.md", line: 941, column: 1 });
  $rt.inspect($rt.method.Bytes.length(func$6), {"name":"Int"}, "16", { file: "docs/API.md", line: 942, column: 1 });
  let $t120: any;
  let $t121: any;
  try {
    $t121 = new $mb.Ok($b.func_call_sync_or_raise(context$12, func$6, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($err122: any) {
    $rt.rethrowPanic($err122);
    $t121 = new $mb.Err($err122);
  }
  $t120 = $t121;
  $rt.inspect($t120, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 943, column: 1 });
  let $t123: any;
  let $t124: any;
  try {
    $t124 = new $mb.Ok($b.func_buffer_new_with_ptr(context$12, ty$5, $rt.UInt64.add(cb, 8n), 0n, 0n));
  } catch ($err125: any) {
    $rt.rethrowPanic($err125);
    $t124 = new $mb.Err($err125);
  }
  $t123 = $t124;
  $rt.inspect($t123, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(TypeError(\"func_buffer_new_with_ptr: callback address was not handed out by this binding (only func_noop_callback_ptr() is accepted)\"))", { file: "docs/API.md", line: 944, column: 1 });
  let $t126: any;
  let $t127: any;
  try {
    $t127 = new $mb.Ok($b.func_buffer_new_with_ptr(context$12, ty$5, cb, 1n, 0n));
  } catch ($err128: any) {
    $rt.rethrowPanic($err128);
    $t127 = new $mb.Err($err128);
  }
  $t126 = $t127;
  $rt.inspect($t126, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(TypeError(\"func_buffer_new_with_ptr: env and finalizer must be 0 (arbitrary addresses are not accepted)\"))", { file: "docs/API.md", line: 945, column: 1 });
  $b.functype_delete(ty$5);
  let $t129: any;
  let $t130: any;
  try {
    $t130 = new $mb.Ok($b.func_buffer_new_with_ptr(context$12, ty$5, cb, 0n, 0n));
  } catch ($err131: any) {
    $rt.rethrowPanic($err131);
    $t130 = new $mb.Err($err131);
  }
  $t129 = $t130;
  $rt.inspect($t129, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(Error(\"func_buffer_new_with_ptr: this FuncType has already been deleted\"))", { file: "docs/API.md", line: 947, column: 1 });
  $b.wasmtime_store_delete(store$14);
  $b.engine_delete(engine$25);
});
$rt.test("Reference › Reference: modules, linkers, instances, sync calls", () => {
  $rt.inspect($b.wat2wasm_or_raise("(module)"), {"name":"Bytes"}, "b\"\\x00asm\\x01\\x00\\x00\\x00\"", { file: "docs/API.md", line: 958, column: 1 });
  let $t132: any;
  let $t133: any;
  try {
    $t133 = new $mb.Ok($b.wat2wasm_or_raise("(module (func (result i32) i32.const)"));
  } catch ($err134: any) {
    $rt.rethrowPanic($err134);
    $t133 = new $mb.Err($err134);
  }
  $t132 = $t133;
  $rt.inspect($t132, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(Failure(\"expected a i32\\n     --> <anon>:1:37\\n      |\\n    1 | (module (func (result i32) i32.const)\\n      |                                     ^\"))", { file: "docs/API.md", line: 959, column: 1 });
  let $t135: any;
  let $t136: any;
  try {
    $t136 = new $mb.Ok($b.wat2wasm_or_raise("(module"));
  } catch ($err137: any) {
    $rt.rethrowPanic($err137);
    $t136 = new $mb.Err($err137);
  }
  $t135 = $t136;
  $rt.inspect($t135, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(Failure(\"expected `)`\\n     --> <anon>:1:8\\n      |\\n    1 | (module\\n      |        ^\"))", { file: "docs/API.md", line: 960, column: 1 });
});
$rt.test("Reference › Reference: modules, linkers, instances, sync calls (2)", () => {
  const engine$26 = $b.engine_new();
  const wasm = $b.wat2wasm_or_raise("(module (func (export \"f\")))");
  const m1 = $b.module_new_or_raise(engine$26, wasm);
  const m2 = $b.module_new_from_wat_or_raise(engine$26, "(module)");
  let $t138: any;
  let $t139: any;
  try {
    $t139 = new $mb.Ok($b.module_new_or_raise(engine$26, new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0])));
  } catch ($err140: any) {
    $rt.rethrowPanic($err140);
    $t139 = new $mb.Err($err140);
  }
  $t138 = $t139;
  $match141: {
    const $t141 = $t138 as $mb.Result<$b.Module, Error>;
    if ($t141.tag === 'Err') {
      const e$10 = $t141.error;
      $rt.inspect(e$10, {"name":"Error"}, "Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    unknown binary version:        0x2 (at offset 0x4)\\n\")", { file: "docs/API.md", line: 972, column: 13 });
      break $match141;
    }
    if ($t141.tag === 'Ok') {
      $rt.fail("module_new_or_raise should have raised", { file: "docs/API.md", line: 973, column: 12 });
      break $match141;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 971, column: 1 });
  }
  let $t142: any;
  let $t143: any;
  try {
    $t143 = new $mb.Ok($b.module_new_or_raise(engine$26, new Uint8Array([110, 111, 112, 101])));
  } catch ($err144: any) {
    $rt.rethrowPanic($err144);
    $t143 = new $mb.Err($err144);
  }
  $t142 = $t143;
  $match145: {
    const $t145 = $t142 as $mb.Result<$b.Module, Error>;
    if ($t145.tag === 'Err') {
      const e$11 = $t145.error;
      $rt.inspect(e$11, {"name":"Error"}, "Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    magic header not detected: bad magic number - expected=[\\n    0x0,\\n    0x61,\\n    0x73,\\n    0x6d,\\n] actual=[\\n    0x6e,\\n    0x6f,\\n    0x70,\\n    0x65,\\n] (at offset 0x0)\\n\")", { file: "docs/API.md", line: 976, column: 13 });
      break $match145;
    }
    if ($t145.tag === 'Ok') {
      $rt.fail("module_new_or_raise should have raised", { file: "docs/API.md", line: 977, column: 12 });
      break $match145;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 975, column: 1 });
  }
  let $t146: any;
  let $t147: any;
  try {
    $t147 = new $mb.Ok($b.module_new_from_wat_or_raise(engine$26, "(module (func (result i32)))"));
  } catch ($err148: any) {
    $rt.rethrowPanic($err148);
    $t147 = new $mb.Err($err148);
  }
  $t146 = $t147;
  $match149: {
    const $t149 = $t146 as $mb.Result<$b.Module, Error>;
    if ($t149.tag === 'Err') {
      const e$12 = $t149.error;
      $rt.inspect(e$12, {"name":"Error"}, "Failure(\"failed to compile: wasm[0]::function[0]\\n\\nCaused by:\\n    0: WebAssembly translation error\\n    1: Invalid input WebAssembly code at offset 24: type mismatch: expected i32 but nothing on stack\\n\")", { file: "docs/API.md", line: 980, column: 13 });
      break $match149;
    }
    if ($t149.tag === 'Ok') {
      $rt.fail("module_new_from_wat_or_raise should have raised", { file: "docs/API.md", line: 981, column: 12 });
      break $match149;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 979, column: 1 });
  }
  $b.module_delete(m1);
  $b.module_delete(m2);
  let $t150: any;
  let $t151: any;
  try {
    $t151 = new $mb.Ok($b.module_delete(m1));
  } catch ($err152: any) {
    $rt.rethrowPanic($err152);
    $t151 = new $mb.Err($err152);
  }
  $t150 = $t151;
  $rt.inspect($t150, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"module_delete: this Module has already been deleted\"))", { file: "docs/API.md", line: 985, column: 1 });
  $b.engine_delete(engine$26);
});
$rt.test("Reference › Reference: modules, linkers, instances, sync calls (3)", () => {
  const engine$27 = $b.engine_new();
  const wat$8 = "(module\n  (func (export \"answer\") (result i32)\n    i32.const 42))";
  const original = $b.module_new_from_wat_or_raise(engine$27, wat$8);
  const bytes = $b.module_serialize_or_raise(original);
  $rt.inspect(($rt.method.Bytes.length(bytes) > 0), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1001, column: 1 });
  $b.module_delete(original);
  const restored = $b.module_deserialize_or_raise(engine$27, bytes);
  const store$15 = $b.wasmtime_store_new(engine$27);
  const context$13 = $b.wasmtime_store_context(store$15);
  const instance$6 = $b.instance_new_or_raise(context$13, restored);
  const func$7 = $b.instance_export_func_or_raise(context$13, instance$6, "answer");
  const results$10 = $b.make_val_buffer(1);
  $b.func_call_sync_or_raise(context$13, func$7, $b.make_val_buffer(0), results$10);
  $rt.inspect($b.val_buffer_get_i32(results$10, 0), {"name":"Int"}, "42", { file: "docs/API.md", line: 1010, column: 1 });
  let $t153: any;
  let $t154: any;
  try {
    $t154 = new $mb.Ok($b.module_deserialize_or_raise(engine$27, $b.wat2wasm_or_raise("(module)")));
  } catch ($err155: any) {
    $rt.rethrowPanic($err155);
    $t154 = new $mb.Err($err155);
  }
  $t153 = $t154;
  $match156: {
    const $t156 = $t153 as $mb.Result<$b.Module, Error>;
    if ($t156.tag === 'Err') {
      const e$13 = $t156.error;
      $rt.inspect(e$13, {"name":"Error"}, "Failure(\"module_deserialize_or_raise: refusing bytes that module_serialize_or_raise did not produce in this process (deserializing untrusted bytes is unsafe)\")", { file: "docs/API.md", line: 1012, column: 13 });
      break $match156;
    }
    if ($t156.tag === 'Ok') {
      $rt.fail("module_deserialize_or_raise should have raised", { file: "docs/API.md", line: 1013, column: 12 });
      break $match156;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1011, column: 1 });
  }
  $b.module_delete(restored);
  $b.wasmtime_store_delete(store$15);
  $b.engine_delete(engine$27);
});
$rt.test("Reference › Reference: modules, linkers, instances, sync calls (4)", () => {
  const engine$28 = $b.engine_new();
  const store$16 = $b.wasmtime_store_new(engine$28);
  const context$14 = $b.wasmtime_store_context(store$16);
  const wat$9 = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1)))\n  (func (export \"mul64\") (param i64 i64) (result i64)\n    (i64.mul (local.get 0) (local.get 1)))\n  (func (export \"half32\") (param f32) (result f32)\n    (f32.div (local.get 0) (f32.const 2)))\n  (func (export \"sqrt64\") (param f64) (result f64)\n    (f64.sqrt (local.get 0)))\n  (func (export \"swap\") (param i32 i64) (result i64 i32)\n    (local.get 1) (local.get 0)))";
  const module_val$6 = $b.module_new_from_wat_or_raise(engine$28, wat$9);
  const instance$7 = $b.instance_new_or_raise(context$14, module_val$6);
  const add = $b.instance_export_func_or_raise(context$14, instance$7, "add");
  const args$6 = $b.make_val_buffer(2);
  const results$11 = $b.make_val_buffer(1);
  $b.val_buffer_set_i32(args$6, 0, 2);
  $b.val_buffer_set_i32(args$6, 1, 3);
  $b.func_call_sync_or_raise(context$14, add, args$6, results$11);
  $rt.inspect($b.val_buffer_get_i32(results$11, 0), {"name":"Int"}, "5", { file: "docs/API.md", line: 1049, column: 1 });
  $b.val_buffer_set_i32(args$6, 0, 2147483647);
  $b.val_buffer_set_i32(args$6, 1, 1);
  $b.func_call_sync_or_raise(context$14, add, args$6, results$11);
  $rt.inspect($b.val_buffer_get_i32(results$11, 0), {"name":"Int"}, "-2147483648", { file: "docs/API.md", line: 1053, column: 1 });
  const mul64 = $b.instance_export_func_or_raise(context$14, instance$7, "mul64");
  $b.val_buffer_set_i64(args$6, 0, 4294967296n);
  $b.val_buffer_set_i64(args$6, 1, -3n);
  $b.func_call_sync_or_raise(context$14, mul64, args$6, results$11);
  $rt.inspect($b.val_buffer_get_i64(results$11, 0), {"name":"Int64"}, "-12884901888", { file: "docs/API.md", line: 1058, column: 1 });
  const half32 = $b.instance_export_func_or_raise(context$14, instance$7, "half32");
  const one = $b.make_val_buffer(1);
  $b.val_buffer_set_f32(one, 0, 5);
  $b.func_call_sync_or_raise(context$14, half32, one, results$11);
  $rt.inspect($b.val_buffer_get_f32(results$11, 0), {"name":"Float"}, "2.5", { file: "docs/API.md", line: 1063, column: 1 });
  const sqrt64 = $b.instance_export_func_or_raise(context$14, instance$7, "sqrt64");
  $b.val_buffer_set_f64(one, 0, 2);
  $b.func_call_sync_or_raise(context$14, sqrt64, one, results$11);
  $rt.inspect($b.val_buffer_get_f64(results$11, 0), {"name":"Double"}, "1.4142135623730951", { file: "docs/API.md", line: 1067, column: 1 });
  const swap = $b.instance_export_func_or_raise(context$14, instance$7, "swap");
  const two = $b.make_val_buffer(2);
  $b.val_buffer_set_i32(args$6, 0, 7);
  $b.val_buffer_set_i64(args$6, 1, 8n);
  $b.func_call_sync_or_raise(context$14, swap, args$6, two);
  $rt.inspect([$b.val_buffer_get_i64(two, 0), $b.val_buffer_get_i32(two, 1)], {"tuple":[{"name":"Int64"},{"name":"Int"}]}, "(8, 7)", { file: "docs/API.md", line: 1073, column: 1 });
  $rt.inspect([$b.val_buffer_kind(two, 0), $b.val_buffer_kind(two, 1)], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(1, 0)", { file: "docs/API.md", line: 1074, column: 1 });
  let $t157: any;
  let $t158: any;
  try {
    $t158 = new $mb.Ok($b.instance_export_func_or_raise(context$14, instance$7, "missing"));
  } catch ($err159: any) {
    $rt.rethrowPanic($err159);
    $t158 = new $mb.Err($err159);
  }
  $t157 = $t158;
  $rt.inspect($t157, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(Failure(\"instance_export_func_or_raise: no export named `missing`\"))", { file: "docs/API.md", line: 1075, column: 1 });
  $b.module_delete(module_val$6);
  $b.wasmtime_store_delete(store$16);
  $b.engine_delete(engine$28);
});
$rt.test("Reference › Reference: modules, linkers, instances, sync calls (5)", () => {
  const engine$29 = $b.engine_new();
  const store$17 = $b.wasmtime_store_new(engine$29);
  const context$15 = $b.wasmtime_store_context(store$17);
  const wat$10 = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1))))";
  const module_val$7 = $b.module_new_from_wat_or_raise(engine$29, wat$10);
  const instance$8 = $b.instance_new_or_raise(context$15, module_val$7);
  const add$1 = $b.instance_export_func_or_raise(context$15, instance$8, "add");
  const results$12 = $b.make_val_buffer(1);
  let $t160: any;
  let $t161: any;
  try {
    $t161 = new $mb.Ok($b.func_call_sync_or_raise(context$15, add$1, $b.make_val_buffer(1), results$12));
  } catch ($err162: any) {
    $rt.rethrowPanic($err162);
    $t161 = new $mb.Err($err162);
  }
  $t160 = $t161;
  $rt.inspect($t160, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"error: expected 2 arguments, got 1\"))", { file: "docs/API.md", line: 1096, column: 1 });
  let $t163: any;
  let $t164: any;
  try {
    $t164 = new $mb.Ok($b.func_call_sync_or_raise(context$15, add$1, $b.make_val_buffer(2), $b.make_val_buffer(0)));
  } catch ($err165: any) {
    $rt.rethrowPanic($err165);
    $t164 = new $mb.Err($err165);
  }
  $t163 = $t164;
  $rt.inspect($t163, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"error: expected 1 results, got 0\"))", { file: "docs/API.md", line: 1097, column: 1 });
  const args$7 = $b.make_val_buffer(2);
  $b.val_buffer_set_f64(args$7, 0, 1);
  $b.val_buffer_set_i32(args$7, 1, 1);
  let $t166: any;
  let $t167: any;
  try {
    $t167 = new $mb.Ok($b.func_call_sync_or_raise(context$15, add$1, args$7, results$12));
  } catch ($err168: any) {
    $rt.rethrowPanic($err168);
    $t167 = new $mb.Err($err168);
  }
  $t166 = $t167;
  $rt.inspect($t166, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"error: argument type mismatch\\n\\nCaused by:\\n    type mismatch: expected i32, found f64\\n\"))", { file: "docs/API.md", line: 1101, column: 1 });
  $b.module_delete(module_val$7);
  $b.wasmtime_store_delete(store$17);
  $b.engine_delete(engine$29);
});
$rt.test("Reference › Reference: modules, linkers, instances, sync calls (6)", () => {
  const engine$30 = $b.engine_new();
  const store$18 = $b.wasmtime_store_new(engine$30);
  const context$16 = $b.wasmtime_store_context(store$18);
  const wat$11 = "(module\n  (func (export \"boom\")\n    unreachable)\n  (func (export \"div\") (param i32 i32) (result i32)\n    (i32.div_s (local.get 0) (local.get 1))))";
  const module_val$8 = $b.module_new_from_wat_or_raise(engine$30, wat$11);
  const instance$9 = $b.instance_new_or_raise(context$16, module_val$8);
  const boom = $b.instance_export_func_or_raise(context$16, instance$9, "boom");
  let $t169: any;
  let $t170: any;
  try {
    $t170 = new $mb.Ok($b.func_call_sync_or_raise(context$16, boom, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($err171: any) {
    $rt.rethrowPanic($err171);
    $t170 = new $mb.Err($err171);
  }
  $t169 = $t170;
  $rt.inspect($t169, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x2e - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", { file: "docs/API.md", line: 1123, column: 1 });
  const div = $b.instance_export_func_or_raise(context$16, instance$9, "div");
  const args$8 = $b.make_val_buffer(2);
  $b.val_buffer_set_i32(args$8, 0, 1);
  $b.val_buffer_set_i32(args$8, 1, 0);
  let $t172: any;
  let $t173: any;
  try {
    $t173 = new $mb.Ok($b.func_call_sync_or_raise(context$16, div, args$8, $b.make_val_buffer(1)));
  } catch ($err174: any) {
    $rt.rethrowPanic($err174);
    $t173 = new $mb.Err($err174);
  }
  $t172 = $t173;
  $match175: {
    const $t175 = $t172 as $mb.Result<void, Error>;
    if ($t175.tag === 'Ok') {
      $rt.fail("expected a trap", { file: "docs/API.md", line: 1129, column: 12 });
      break $match175;
    }
    if ($t175.tag === 'Err' && $t175.error instanceof $mb.Failure) {
      const msg$1 = $t175.error.message;
      $rt.inspect($rt.method.String.contains(msg$1, "integer divide by zero"), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1130, column: 24 });
      break $match175;
    }
    if ($t175.tag === 'Err') {
      const e$14 = $t175.error;
      throw e$14;
      break $match175;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1128, column: 1 });
  }
  $b.module_delete(module_val$8);
  $b.wasmtime_store_delete(store$18);
  $b.engine_delete(engine$30);
});
$rt.test("Reference › Reference: modules, linkers, instances, sync calls (7)", () => {
  const engine$31 = $b.engine_new();
  const store$19 = $b.wasmtime_store_new(engine$31);
  const context$17 = $b.wasmtime_store_context(store$19);
  const wat$12 = "(module\n  (func (export \"ok\") (result i32) i32.const 1)\n  (func (export \"boom\") (result i32) unreachable))";
  const module_val$9 = $b.module_new_from_wat_or_raise(engine$31, wat$12);
  const instance$10 = $b.instance_new_or_raise(context$17, module_val$9);
  const ok$1 = $b.instance_export_func_or_raise(context$17, instance$10, "ok");
  const boom$1 = $b.instance_export_func_or_raise(context$17, instance$10, "boom");
  const results$13 = $b.make_val_buffer(1);
  const trap_ptr$5 = $b.make_ptr_buffer();
  const err_ptr$5 = $b.make_ptr_buffer();
  $rt.inspect($b.func_call_sync_result_autoclean(context$17, ok$1, $b.make_val_buffer(0), results$13, trap_ptr$5, err_ptr$5), {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 1157, column: 1 });
  $rt.inspect($b.val_buffer_get_i32(results$13, 0), {"name":"Int"}, "1", { file: "docs/API.md", line: 1158, column: 1 });
  $rt.inspect($b.func_call_sync_result_autoclean(context$17, boom$1, $b.make_val_buffer(0), results$13, trap_ptr$5, err_ptr$5), {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x2d - <unknown>!<wasm function 1>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", { file: "docs/API.md", line: 1159, column: 1 });
  $rt.inspect([$b.ptr_buffer_is_null(trap_ptr$5), $b.ptr_buffer_is_null(err_ptr$5)], {"tuple":[{"name":"Bool"},{"name":"Bool"}]}, "(true, true)", { file: "docs/API.md", line: 1160, column: 1 });
  $b.module_delete(module_val$9);
  $b.wasmtime_store_delete(store$19);
  $b.engine_delete(engine$31);
});
$rt.test("Reference › Reference: modules, linkers, instances, sync calls (8)", () => {
  const engine$32 = $b.engine_new();
  const store$20 = $b.wasmtime_store_new(engine$32);
  const context$18 = $b.wasmtime_store_context(store$20);
  const wat$13 = "(module\n  (import \"env\" \"missing\" (func))\n  (func (export \"run\")))";
  const module_val$10 = $b.module_new_from_wat_or_raise(engine$32, wat$13);
  const linker$3 = $b.linker_new(engine$32);
  let $t176: any;
  let $t177: any;
  try {
    $t177 = new $mb.Ok($b.linker_instantiate_or_raise(linker$3, context$18, module_val$10));
  } catch ($err178: any) {
    $rt.rethrowPanic($err178);
    $t177 = new $mb.Err($err178);
  }
  $t176 = $t177;
  $match179: {
    const $t179 = $t176 as $mb.Result<$b.Instance, Error>;
    if ($t179.tag === 'Err') {
      const e$15 = $t179.error;
      $rt.inspect(e$15, {"name":"Error"}, "Failure(\"unknown import: `env::missing` has not been defined\")", { file: "docs/API.md", line: 1182, column: 13 });
      break $match179;
    }
    if ($t179.tag === 'Ok') {
      $rt.fail("linker_instantiate_or_raise should have raised", { file: "docs/API.md", line: 1183, column: 12 });
      break $match179;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1181, column: 1 });
  }
  let $t180: any;
  let $t181: any;
  try {
    $t181 = new $mb.Ok($b.instance_new_or_raise(context$18, module_val$10));
  } catch ($err182: any) {
    $rt.rethrowPanic($err182);
    $t181 = new $mb.Err($err182);
  }
  $t180 = $t181;
  $match183: {
    const $t183 = $t180 as $mb.Result<$b.Instance, Error>;
    if ($t183.tag === 'Err') {
      const e$16 = $t183.error;
      $rt.inspect(e$16, {"name":"Error"}, "Failure(\"expected 1 imports, found 0\")", { file: "docs/API.md", line: 1186, column: 13 });
      break $match183;
    }
    if ($t183.tag === 'Ok') {
      $rt.fail("instance_new_or_raise should have raised", { file: "docs/API.md", line: 1187, column: 12 });
      break $match183;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1185, column: 1 });
  }
  const plain = $b.module_new_from_wat_or_raise(engine$32, "(module (func (export \"run\")))");
  const instance$11 = $b.linker_instantiate_or_raise(linker$3, context$18, plain);
  const run = $b.instance_export_func_or_raise(context$18, instance$11, "run");
  let $t184: any;
  let $t185: any;
  try {
    $t185 = new $mb.Ok($b.func_call_sync_or_raise(context$18, run, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($err186: any) {
    $rt.rethrowPanic($err186);
    $t185 = new $mb.Err($err186);
  }
  $t184 = $t185;
  $rt.inspect($t184, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 1192, column: 1 });
  $b.linker_delete(linker$3);
  let $t187: any;
  let $t188: any;
  try {
    $t188 = new $mb.Ok($b.linker_delete(linker$3));
  } catch ($err189: any) {
    $rt.rethrowPanic($err189);
    $t188 = new $mb.Err($err189);
  }
  $t187 = $t188;
  $rt.inspect($t187, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"linker_delete: this Linker has already been deleted\"))", { file: "docs/API.md", line: 1194, column: 1 });
  $b.module_delete(module_val$10);
  $b.module_delete(plain);
  $b.wasmtime_store_delete(store$20);
  $b.engine_delete(engine$32);
});
$rt.test("Reference › Reference: modules, linkers, instances, sync calls (9)", () => {
  const engine$33 = $b.engine_new();
  const store$21 = $b.wasmtime_store_new(engine$33);
  const context$19 = $b.wasmtime_store_context(store$21);
  const wat$14 = "(module\n  (import \"wasi_snapshot_preview1\" \"proc_exit\" (func (param i32))))";
  const module_val$11 = $b.module_new_from_wat_or_raise(engine$33, wat$14);
  const linker$4 = $b.linker_new(engine$33);
  let $t190: any;
  let $t191: any;
  try {
    $t191 = new $mb.Ok($b.linker_define_wasi_or_raise(linker$4));
  } catch ($err192: any) {
    $rt.rethrowPanic($err192);
    $t191 = new $mb.Err($err192);
  }
  $t190 = $t191;
  $rt.inspect($t190, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 1213, column: 1 });
  let $t193: any;
  let $t194: any;
  try {
    $t194 = new $mb.Ok($b.linker_instantiate_or_raise(linker$4, context$19, module_val$11));
  } catch ($err195: any) {
    $rt.rethrowPanic($err195);
    $t194 = new $mb.Err($err195);
  }
  $t193 = $t194;
  $match196: {
    const $t196 = $t193 as $mb.Result<$b.Instance, Error>;
    if ($t196.tag === 'Err') {
      const e$17 = $t196.error;
      $rt.inspect(e$17, {"name":"Error"}, "Failure(\"linker_instantiate_or_raise: the linker defines WASI but the store has no WASI context; call context_set_wasi_or_raise first\")", { file: "docs/API.md", line: 1215, column: 13 });
      break $match196;
    }
    if ($t196.tag === 'Ok') {
      $rt.fail("linker_instantiate_or_raise should have raised", { file: "docs/API.md", line: 1216, column: 12 });
      break $match196;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1214, column: 1 });
  }
  $b.linker_delete(linker$4);
  $b.module_delete(module_val$11);
  $b.wasmtime_store_delete(store$21);
  $b.engine_delete(engine$33);
});
$rt.test("Reference › Reference: async", () => {
  const $t197 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$34 = $t197[0];
  const store$22 = $t197[1];
  const context$20 = $t197[2];
  const e1 = $b.context_fuel_async_yield_interval(context$20, 10000n);
  $rt.inspect($b.error_is_null(e1), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1235, column: 1 });
  const e2 = $b.context_epoch_deadline_async_yield_and_update(context$20, 1n);
  $rt.inspect($b.error_is_null(e2), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1237, column: 1 });
  $b.async_context_delete(engine$34, store$22);
});
$rt.test("Reference › Reference: async (2)", () => {
  const $t198 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$35 = $t198[0];
  const store$23 = $t198[1];
  const context$21 = $t198[2];
  const set = $b.context_set_fuel(context$21, 1000000n);
  $rt.inspect($b.error_is_null(set), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1249, column: 1 });
  const e1$1 = $b.context_fuel_async_yield_interval(context$21, 100n);
  $rt.inspect($b.error_is_null(e1$1), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1251, column: 1 });
  const wat$15 = "(module\n  (func (export \"count\") (result i32)\n    (local $i i32)\n    (loop $l\n      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n      (br_if $l (i32.lt_u (local.get $i) (i32.const 1000))))\n    (local.get $i)))";
  const module_val$12 = $b.module_new_from_wat_or_raise(engine$35, wat$15);
  const instance$12 = $b.instance_new_or_raise(context$21, module_val$12);
  const count = $b.instance_export_func_or_raise(context$21, instance$12, "count");
  const results$14 = $b.make_val_buffer(1);
  const trap_ptr$6 = $b.make_ptr_buffer();
  const err_ptr$6 = $b.make_ptr_buffer();
  const future$3 = $b.func_call_async(context$21, count, $b.make_val_buffer(0), results$14, trap_ptr$6, err_ptr$6);
  let polls: number = 1;
  $loop199: while (true) {
    if (!(!($b.call_future_poll(future$3)))) break;
    polls = ((polls + 1) | 0);
  }
  $b.call_future_delete(future$3);
  $rt.inspect($b.val_buffer_get_i32(results$14, 0), {"name":"Int"}, "1000", { file: "docs/API.md", line: 1270, column: 1 });
  $rt.inspect((polls > 1), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1271, column: 1 });
  let $t200: any;
  let $t201: any;
  try {
    $t201 = new $mb.Ok($b.func_call_sync_or_raise(context$21, count, $b.make_val_buffer(0), results$14));
  } catch ($err202: any) {
    $rt.rethrowPanic($err202);
    $t201 = new $mb.Err($err202);
  }
  $t200 = $t201;
  $rt.inspect($t200, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(TypeError(\"func_call_sync_or_raise: this store was created for async calls; use func_call_async\"))", { file: "docs/API.md", line: 1272, column: 1 });
  $b.module_delete(module_val$12);
  $b.async_context_delete(engine$35, store$23);
});
$rt.test("Reference › Reference: async (3)", () => {
  const $t203 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$36 = $t203[0];
  const store$24 = $t203[1];
  const context$22 = $t203[2];
  const wat$16 = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1))))";
  const module_val$13 = $b.module_new_from_wat_or_raise(engine$36, wat$16);
  const instance$13 = $b.instance_new_or_raise(context$22, module_val$13);
  const add$2 = $b.instance_export_func_or_raise(context$22, instance$13, "add");
  const args$9 = $b.make_val_buffer(2);
  $b.val_buffer_set_i32(args$9, 0, 40);
  $b.val_buffer_set_i32(args$9, 1, 2);
  const results$15 = $b.make_val_buffer(1);
  const trap_ptr$7 = $b.make_ptr_buffer();
  const err_ptr$7 = $b.make_ptr_buffer();
  const future$4 = $b.func_call_async(context$22, add$2, args$9, results$15, trap_ptr$7, err_ptr$7);
  $loop204: while (true) {
    if (!(!($b.call_future_poll(future$4)))) break;
  }
  $b.call_future_delete(future$4);
  $rt.inspect($b.val_buffer_get_i32(results$15, 0), {"name":"Int"}, "42", { file: "docs/API.md", line: 1301, column: 1 });
  $rt.inspect([$b.ptr_buffer_is_null(trap_ptr$7), $b.ptr_buffer_is_null(err_ptr$7)], {"tuple":[{"name":"Bool"},{"name":"Bool"}]}, "(true, true)", { file: "docs/API.md", line: 1302, column: 1 });
  $b.module_delete(module_val$13);
  $b.async_context_delete(engine$36, store$24);
});
$rt.test("Reference › Reference: async (4)", () => {
  const $t205 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$37 = $t205[0];
  const store$25 = $t205[1];
  const context$23 = $t205[2];
  const wat$17 = "(module\n  (func (export \"boom\") unreachable))";
  const module_val$14 = $b.module_new_from_wat_or_raise(engine$37, wat$17);
  const instance$14 = $b.instance_new_or_raise(context$23, module_val$14);
  const boom$2 = $b.instance_export_func_or_raise(context$23, instance$14, "boom");
  const args$10 = $b.make_val_buffer(0);
  const results$16 = $b.make_val_buffer(0);
  const trap_ptr$8 = $b.make_ptr_buffer();
  const err_ptr$8 = $b.make_ptr_buffer();
  const future$5 = $b.func_call_async(context$23, boom$2, args$10, results$16, trap_ptr$8, err_ptr$8);
  $loop206: while (true) {
    if (!(!($b.call_future_poll(future$5)))) break;
  }
  $b.call_future_delete(future$5);
  $rt.assert_false($b.ptr_buffer_is_null(trap_ptr$8), { file: "docs/API.md", line: 1326, column: 1 });
  $rt.assert_true(($b.ptr_buffer_read_u64(trap_ptr$8) !== 0n), { file: "docs/API.md", line: 1327, column: 1 });
  $rt.inspect($b.trap_message_ptr_buffer(trap_ptr$8), {"name":"String"}, "error while executing at wasm backtrace:\n    0:     0x21 - <unknown>!<wasm function 0>\n\nCaused by:\n    wasm trap: wasm `unreachable` instruction executed\n", { file: "docs/API.md", line: 1328, column: 1 });
  $b.ptr_buffer_clear(trap_ptr$8);
  $rt.inspect($b.ptr_buffer_is_null(trap_ptr$8), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1330, column: 1 });
  $rt.inspect($b.ptr_buffer_is_null(err_ptr$8), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1331, column: 1 });
  $b.module_delete(module_val$14);
  $b.async_context_delete(engine$37, store$25);
});
$rt.test("Reference › Reference: async (5)", () => {
  const $t207 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$38 = $t207[0];
  const store$26 = $t207[1];
  const context$24 = $t207[2];
  const wat$18 = "(module\n  (func (export \"seven\") (result i32) i32.const 7))";
  const module_val$15 = $b.module_new_from_wat_or_raise(engine$38, wat$18);
  const instance$15 = $b.instance_new_or_raise(context$24, module_val$15);
  const seven = $b.instance_export_func_or_raise(context$24, instance$15, "seven");
  const args$11 = $b.make_val_buffer(0);
  const results$17 = $b.make_val_buffer(1);
  const trap_ptr$9 = $b.make_ptr_buffer();
  const err_ptr$9 = $b.make_ptr_buffer();
  $match208: {
    const $t208 = $b.func_call_async_result(context$24, seven, args$11, results$17, trap_ptr$9, err_ptr$9) as $mb.Result<$b.CallFuture, Error>;
    if ($t208.tag === 'Ok') {
      const future$6 = $t208.value;
      $loop209: while (true) {
        if (!(!($b.call_future_poll(future$6)))) break;
      }
      $b.call_future_delete(future$6);
      break $match208;
    }
    if ($t208.tag === 'Err') {
      const e$18 = $t208.error;
      throw e$18;
      break $match208;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1352, column: 1 });
  }
  $rt.inspect($b.val_buffer_get_i32(results$17, 0), {"name":"Int"}, "7", { file: "docs/API.md", line: 1359, column: 1 });
  $b.val_buffer_set_i32(results$17, 0, 0);
  $match210: {
    const $t210 = $b.func_call_async_result_autoclean(context$24, seven, args$11, results$17, trap_ptr$9, err_ptr$9) as $mb.Result<$b.CallFuture, Error>;
    if ($t210.tag === 'Ok') {
      const future$7 = $t210.value;
      $loop211: while (true) {
        if (!(!($b.call_future_poll(future$7)))) break;
      }
      $b.call_future_delete(future$7);
      break $match210;
    }
    if ($t210.tag === 'Err') {
      const e$19 = $t210.error;
      throw e$19;
      break $match210;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1361, column: 1 });
  }
  $rt.inspect($b.val_buffer_get_i32(results$17, 0), {"name":"Int"}, "7", { file: "docs/API.md", line: 1368, column: 1 });
  $b.module_delete(module_val$15);
  $b.async_context_delete(engine$38, store$26);
});
$rt.test("Reference › Reference: async (6)", () => {
  const $t212 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$39 = $t212[0];
  const store$27 = $t212[1];
  const context$25 = $t212[2];
  const wat$19 = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1))))";
  const module_val$16 = $b.module_new_from_wat_or_raise(engine$39, wat$19);
  const instance$16 = $b.instance_new_or_raise(context$25, module_val$16);
  const add$3 = $b.instance_export_func_or_raise(context$25, instance$16, "add");
  const args$12 = $b.make_val_buffer(1);
  const results$18 = $b.make_val_buffer(1);
  const trap_ptr$10 = $b.make_ptr_buffer();
  const err_ptr$10 = $b.make_ptr_buffer();
  $match213: {
    const $t213 = $b.func_call_async_result_autoclean(context$25, add$3, args$12, results$18, trap_ptr$10, err_ptr$10) as $mb.Result<$b.CallFuture, Error>;
    if ($t213.tag === 'Ok') {
      $rt.fail("expected an error", { file: "docs/API.md", line: 1394, column: 12 });
      break $match213;
    }
    if ($t213.tag === 'Err') {
      const e$20 = $t213.error;
      $rt.inspect(e$20, {"name":"Error"}, "Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\")", { file: "docs/API.md", line: 1395, column: 13 });
      break $match213;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1393, column: 1 });
  }
  $rt.inspect([$b.ptr_buffer_is_null(trap_ptr$10), $b.ptr_buffer_is_null(err_ptr$10)], {"tuple":[{"name":"Bool"},{"name":"Bool"}]}, "(true, true)", { file: "docs/API.md", line: 1397, column: 1 });
  $match214: {
    const $t214 = $b.func_call_async_result(context$25, add$3, args$12, results$18, trap_ptr$10, err_ptr$10) as $mb.Result<$b.CallFuture, Error>;
    if ($t214.tag === 'Ok') {
      $rt.fail("expected an error", { file: "docs/API.md", line: 1399, column: 12 });
      break $match214;
    }
    if ($t214.tag === 'Err') {
      const e$21 = $t214.error;
      $rt.inspect(e$21, {"name":"Error"}, "Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\")", { file: "docs/API.md", line: 1400, column: 13 });
      break $match214;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1398, column: 1 });
  }
  $rt.inspect([$b.ptr_buffer_is_null(trap_ptr$10), $b.ptr_buffer_is_null(err_ptr$10)], {"tuple":[{"name":"Bool"},{"name":"Bool"}]}, "(true, false)", { file: "docs/API.md", line: 1402, column: 1 });
  $rt.inspect($b.error_message_ptr_buffer(err_ptr$10), {"name":"String"}, "expected 2 arguments, got 1", { file: "docs/API.md", line: 1403, column: 1 });
  $b.error_delete_ptr_buffer(err_ptr$10);
  $rt.inspect($b.ptr_buffer_is_null(err_ptr$10), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1405, column: 1 });
  let $t215: any;
  let $t216: any;
  try {
    $t216 = new $mb.Ok($b.func_call_async(context$25, add$3, args$12, results$18, trap_ptr$10, err_ptr$10));
  } catch ($err217: any) {
    $rt.rethrowPanic($err217);
    $t216 = new $mb.Err($err217);
  }
  $t215 = $t216;
  $match218: {
    const $t218 = $t215 as $mb.Result<$b.CallFuture, Error>;
    if ($t218.tag === 'Err') {
      const e$22 = $t218.error;
      $rt.inspect(e$22, {"name":"Error"}, "Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\")", { file: "docs/API.md", line: 1407, column: 13 });
      break $match218;
    }
    if ($t218.tag === 'Ok') {
      $rt.fail("func_call_async should have raised", { file: "docs/API.md", line: 1408, column: 12 });
      break $match218;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1406, column: 1 });
  }
  $rt.inspect($b.ptr_buffer_is_null(err_ptr$10), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1410, column: 1 });
  $b.module_delete(module_val$16);
  $b.async_context_delete(engine$39, store$27);
});
$rt.test("Reference › Reference: async (7)", () => {
  const $t219 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$40 = $t219[0];
  const store$28 = $t219[1];
  const context$26 = $t219[2];
  const wat$20 = "(module\n  (func (export \"seven\") (result i32) i32.const 7))";
  const module_val$17 = $b.module_new_from_wat_or_raise(engine$40, wat$20);
  const instance$17 = $b.instance_new_or_raise(context$26, module_val$17);
  const seven$1 = $b.instance_export_func_or_raise(context$26, instance$17, "seven");
  const args$13 = $b.make_val_buffer(0);
  const results$19 = $b.make_val_buffer(1);
  const trap_ptr$11 = $b.make_ptr_buffer();
  const err_ptr$11 = $b.make_ptr_buffer();
  const future$8 = $b.func_call_async(context$26, seven$1, args$13, results$19, trap_ptr$11, err_ptr$11);
  const thread$1 = $b.call_future_thread_spawn_or_raise(future$8);
  $b.call_future_thread_join_or_raise(thread$1);
  $b.call_future_delete(future$8);
  $rt.inspect($b.val_buffer_get_i32(results$19, 0), {"name":"Int"}, "7", { file: "docs/API.md", line: 1435, column: 1 });
  $b.module_delete(module_val$17);
  $b.async_context_delete(engine$40, store$28);
});
$rt.test("Reference › Reference: threads running wasm", () => {
  const wat$21 = "(module\n  (func (export \"run\") (result i32)\n    (i32.mul (i32.const 6) (i32.const 7))))";
  const a = $b.wasm_job_spawn_wat_or_raise(wat$21, "run");
  const b = $b.wasm_job_spawn_wat_or_raise(wat$21, "run");
  $rt.inspect([$b.wasm_job_join_or_raise(a), $b.wasm_job_join_or_raise(b)], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(42, 42)", { file: "docs/API.md", line: 1453, column: 1 });
});
$rt.test("Reference › Reference: threads running wasm (2)", () => {
  let $t220: any;
  let $t221: any;
  try {
    $t221 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise("(module", "run")));
  } catch ($err222: any) {
    $rt.rethrowPanic($err222);
    $t221 = new $mb.Err($err222);
  }
  $t220 = $t221;
  const bad$3 = $t220;
  $rt.inspect(bad$3, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"wasm_job_join_or_raise: invalid WAT: expected `)`\\n     --> <anon>:1:8\\n      |\\n    1 | (module\\n      |        ^\"))", { file: "docs/API.md", line: 1461, column: 1 });
  let $t223: any;
  let $t224: any;
  try {
    $t224 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise("(module)", "run")));
  } catch ($err225: any) {
    $rt.rethrowPanic($err225);
    $t224 = new $mb.Err($err225);
  }
  $t223 = $t224;
  const missing$1 = $t223;
  $rt.inspect(missing$1, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"wasm_job_join_or_raise: no export named `run`\"))", { file: "docs/API.md", line: 1463, column: 1 });
  const trap_wat = "(module\n  (func (export \"run\") (result i32) unreachable))";
  let $t226: any;
  let $t227: any;
  try {
    $t227 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise(trap_wat, "run")));
  } catch ($err228: any) {
    $rt.rethrowPanic($err228);
    $t227 = new $mb.Err($err228);
  }
  $t226 = $t227;
  const trapped = $t226;
  $rt.inspect(trapped, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"wasm_job_join_or_raise: wasm trap: error while executing at wasm backtrace:\\n    0:     0x20 - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", { file: "docs/API.md", line: 1468, column: 1 });
});
$rt.test("Reference › Reference: threads running wasm (3)", () => {
  const wat$22 = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    (i32.store (i32.const 8) (i32.const 16))\n    (i32.store (i32.const 12) (i32.const 100))\n    (drop (call $fd_read (i32.const 0) (i32.const 8) (i32.const 1) (i32.const 4)))\n    (i32.load (i32.const 4))))";
  const job = $b.wasi_job_spawn_wat_or_raise(wat$22, "run", "testdata/wasm_job_input.txt");
  $rt.inspect($b.wasi_job_join_or_raise(job), {"name":"Int"}, "5", { file: "docs/API.md", line: 1487, column: 1 });
  let $t229: any;
  let $t230: any;
  try {
    $t230 = new $mb.Ok($b.wasi_job_join_or_raise($b.wasi_job_spawn_wat_or_raise(wat$22, "run", "testdata/no-such-file.txt")));
  } catch ($err231: any) {
    $rt.rethrowPanic($err231);
    $t230 = new $mb.Err($err231);
  }
  $t229 = $t230;
  const missing$2 = $t229;
  $rt.inspect(missing$2, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"wasi_job_spawn_wat_or_raise: cannot use `testdata/no-such-file.txt` as stdin: No such file or directory\"))", { file: "docs/API.md", line: 1489, column: 1 });
});
$rt.test("Reference › Reference: WASI", () => {
  const wasi$3 = $b.wasi_config_new_or_raise();
  $b.wasi_config_delete(wasi$3);
  const engine$41 = $b.engine_new();
  const store$29 = $b.wasmtime_store_new(engine$41);
  const context$27 = $b.wasmtime_store_context(store$29);
  const wasi2 = $b.wasi_config_new_or_raise();
  $b.context_set_wasi_or_raise(context$27, wasi2);
  let $t232: any;
  let $t233: any;
  try {
    $t233 = new $mb.Ok($b.wasi_config_inherit_stdout(wasi2));
  } catch ($err234: any) {
    $rt.rethrowPanic($err234);
    $t233 = new $mb.Err($err234);
  }
  $t232 = $t233;
  const reused = $t232;
  $rt.inspect(reused, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"wasi_config_inherit_stdout: this WasiConfig was consumed by context_set_wasi_or_raise and can no longer be used\"))", { file: "docs/API.md", line: 1507, column: 1 });
  $b.wasmtime_store_delete(store$29);
  $b.engine_delete(engine$41);
});
$rt.test("Reference › Reference: WASI (2)", () => {
  const wasi$4 = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdin_bytes(wasi$4, new Uint8Array([104, 101, 121]));
  $rt.inspect(run_wasi_i32(wasi$4, read_stdin_wat, "run"), {"name":"Int"}, "3", { file: "docs/API.md", line: 1550, column: 3 });
  const from_file = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdin_file_or_raise(from_file, "testdata/wasm_job_input.txt");
  $rt.inspect(run_wasi_i32(from_file, read_stdin_wat, "run"), {"name":"Int"}, "5", { file: "docs/API.md", line: 1553, column: 3 });
  const missing$3 = $b.wasi_config_new_or_raise();
  let $t235: any;
  let $t236: any;
  try {
    $t236 = new $mb.Ok($b.wasi_config_set_stdin_file_or_raise(missing$3, "testdata/no-such-file.txt"));
  } catch ($err237: any) {
    $rt.rethrowPanic($err237);
    $t236 = new $mb.Err($err237);
  }
  $t235 = $t236;
  const r = $t235;
  $rt.inspect(r, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"wasi_config_set_stdin_file_or_raise: cannot open stdin file `testdata/no-such-file.txt`: No such file or directory\"))", { file: "docs/API.md", line: 1556, column: 3 });
  $b.wasi_config_delete(missing$3);
});
$rt.test("Reference › Reference: WASI (3)", () => {
  const wasi$5 = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdout_file_or_raise(wasi$5, "/dev/null");
  $rt.inspect(run_wasi_i32(wasi$5, write_wat, "out"), {"name":"Int"}, "5", { file: "docs/API.md", line: 1584, column: 3 });
  const wasi2$1 = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stderr_file_or_raise(wasi2$1, "/dev/null");
  $rt.inspect(run_wasi_i32(wasi2$1, write_wat, "err"), {"name":"Int"}, "5", { file: "docs/API.md", line: 1587, column: 3 });
  const bad$4 = $b.wasi_config_new_or_raise();
  let $t238: any;
  let $t239: any;
  try {
    $t239 = new $mb.Ok($b.wasi_config_set_stdout_file_or_raise(bad$4, "testdata/no-such-dir/out.txt"));
  } catch ($err240: any) {
    $rt.rethrowPanic($err240);
    $t239 = new $mb.Err($err240);
  }
  $t238 = $t239;
  const r$1 = $t238;
  $rt.inspect(r$1, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"wasi_config_set_stdout_file_or_raise: Wasmtime could not open `testdata/no-such-dir/out.txt` for writing\"))", { file: "docs/API.md", line: 1590, column: 3 });
  let $t241: any;
  let $t242: any;
  try {
    $t242 = new $mb.Ok($b.wasi_config_set_stderr_file_or_raise(bad$4, "testdata/no-such-dir/err.txt"));
  } catch ($err243: any) {
    $rt.rethrowPanic($err243);
    $t242 = new $mb.Err($err243);
  }
  $t241 = $t242;
  const r2 = $t241;
  $rt.inspect(r2, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"wasi_config_set_stderr_file_or_raise: Wasmtime could not open `testdata/no-such-dir/err.txt` for writing\"))", { file: "docs/API.md", line: 1592, column: 3 });
  $b.wasi_config_delete(bad$4);
});
$rt.test("Reference › Reference: WASI (4)", () => {
  const wasi$6 = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_argv_or_raise(wasi$6, ["prog", "a", "bc"]);
  $rt.inspect(run_wasi_i32(wasi$6, sizes_wat, "argc"), {"name":"Int"}, "3", { file: "docs/API.md", line: 1619, column: 3 });
  const wasi2$2 = $b.wasi_config_new_or_raise();
  const env: [string, string][] = [["A", "1"], ["BB", "22"]];
  $b.wasi_config_set_env_or_raise(wasi2$2, env);
  $rt.inspect(run_wasi_i32(wasi2$2, sizes_wat, "envc"), {"name":"Int"}, "2", { file: "docs/API.md", line: 1623, column: 3 });
  const empty = $b.wasi_config_new_or_raise();
  $rt.inspect(run_wasi_i32(empty, sizes_wat, "envc"), {"name":"Int"}, "0", { file: "docs/API.md", line: 1625, column: 3 });
});
$rt.test("Reference › Reference: WASI (5)", () => {
  const wasi$7 = $b.wasi_config_new_or_raise();
  $b.wasi_config_inherit_argv(wasi$7);
  $b.wasi_config_inherit_env(wasi$7);
  $b.wasi_config_inherit_stdin(wasi$7);
  $b.wasi_config_inherit_stdout(wasi$7);
  $b.wasi_config_inherit_stderr(wasi$7);
  $rt.assert_true((run_wasi_i32(wasi$7, sizes_wat, "argc") >= 1), { file: "docs/API.md", line: 1640, column: 1 });
});
$rt.test("Reference › Reference: WASI (6)", () => {
  const wasi$8 = $b.wasi_config_new_or_raise();
  let $t244: any;
  let $t245: any;
  try {
    $t245 = new $mb.Ok($b.wasi_config_preopen_dir_or_raise(wasi$8, "testdata/no-such-dir"));
  } catch ($err246: any) {
    $rt.rethrowPanic($err246);
    $t245 = new $mb.Err($err246);
  }
  $t244 = $t245;
  const r$2 = $t244;
  $rt.inspect(r$2, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"wasi_config_preopen_dir_or_raise: cannot preopen `testdata/no-such-dir`: No such file or directory\"))", { file: "docs/API.md", line: 1650, column: 1 });
  $b.wasi_config_preopen_dir_or_raise(wasi$8, "testdata");
  $b.wasi_config_set_stdin_bytes(wasi$8, new Uint8Array([]));
  $rt.inspect(run_wasi_i32(wasi$8, read_stdin_wat, "run"), {"name":"Int"}, "0", { file: "docs/API.md", line: 1653, column: 1 });
  const rw = $b.wasi_config_new_or_raise();
  $b.wasi_config_preopen_dir_or_raise(rw, "testdata", { guest_path: "data", dir_perms: $b.WASI_DIR_PERMS_READ, file_perms: $b.WASI_FILE_PERMS_READ });
  $b.wasi_config_delete(rw);
});
