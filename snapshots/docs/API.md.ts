// Generated from docs/API.md by the doc-test harness. Edit the doc, not this file.
import { test } from 'node:test';
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
test("docs/API.md:15 version", () => $rt.runBlock("docs/API.md:15 version", () => {
  $rt.inspect(($rt.method.String.length($b.version()) > 0), {"name":"Bool"}, "true", { file: "docs/API.md", line: 16, column: 1 });
}));
test("docs/API.md:23 engine_new / engine_delete", () => $rt.runBlock("docs/API.md:23 engine_new / engine_delete", () => {
  const engine$1 = $b.engine_new();
  $b.engine_delete(engine$1);
}));
test("docs/API.md:32 store_new / store_delete", () => $rt.runBlock("docs/API.md:32 store_new / store_delete", () => {
  const engine$2 = $b.engine_new();
  const store$1 = $b.store_new(engine$2);
  $b.store_delete(store$1);
  $b.engine_delete(engine$2);
}));
test("docs/API.md:43 config_new / engine_new_with_config", () => $rt.runBlock("docs/API.md:43 config_new / engine_new_with_config", () => {
  const config = $b.config_new();
  $b.config_debug_info_set(config, true);
  $b.config_consume_fuel_set(config, true);
  const engine$3 = $b.engine_new_with_config(config);
  $b.engine_delete(engine$3);
}));
test("docs/API.md:55 Config options", () => $rt.runBlock("docs/API.md:55 Config options", () => {
  const config$1 = $b.config_new();
  $b.config_wasm_simd_set(config$1, true);
  $b.config_wasm_multi_value_set(config$1, true);
  $b.config_wasm_tail_call_set(config$1, false);
  const engine$4 = $b.engine_new_with_config(config$1);
  $b.engine_delete(engine$4);
}));
test("docs/API.md:69 Async support (native)", () => $rt.runBlock("docs/API.md:69 Async support (native)", () => {
  const async_ctx = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(4n, 1024n), 1024n));
  const engine$5 = async_ctx[0];
  const store$2 = async_ctx[1];
  const context$1 = async_ctx[2];
  const err = $b.context_fuel_async_yield_interval(context$1, 10000n);
  if (!($b.error_is_null(err))) {
    $b.error_delete(err);
  }
  $b.async_context_delete(engine$5, store$2);
}));
test("docs/API.md:82 Async bytes helpers (native)", () => $rt.runBlock("docs/API.md:82 Async bytes helpers (native)", () => {
  const async_ctx$1 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(4n, 1024n), 1024n));
  const engine$6 = async_ctx$1[0];
  const store$3 = async_ctx$1[1];
  const context$2 = async_ctx$1[2];
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
  $loop1: while (true) {
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
}));
test("docs/API.md:114 Async bytes helpers with Result", () => $rt.runBlock("docs/API.md:114 Async bytes helpers with Result", () => {
  const async_ctx$2 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(4n, 1024n), 1024n));
  const engine$7 = async_ctx$2[0];
  const store$4 = async_ctx$2[1];
  const context$3 = async_ctx$2[2];
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
  $match2: {
    const $t2 = future_result as $mb.Result<$b.CallFuture, Error>;
    if ($t2.tag === 'Ok') {
      const future$1 = $t2.value;
      $loop3: while (true) {
        if (!(!($b.call_future_poll(future$1)))) break;
      }
      $b.call_future_delete(future$1);
      break $match2;
    }
    if ($t2.tag === 'Err') {
      const _err = $t2.error;
      break $match2;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 130, column: 1 });
  }
  $b.functype_delete(ty$1);
  $b.async_context_delete(engine$7, store$4);
}));
test("docs/API.md:149 Async polling thread (native)", () => $rt.runBlock("docs/API.md:149 Async polling thread (native)", () => {
  const async_ctx$3 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(4n, 1024n), 1024n));
  const engine$8 = async_ctx$3[0];
  const store$5 = async_ctx$3[1];
  const context$4 = async_ctx$3[2];
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
}));
test("docs/API.md:179 Wasm job thread (POC)", () => $rt.runBlock("docs/API.md:179 Wasm job thread (POC)", () => {
  const wat$1 = "(module\n  (func (export \"run\") (result i32)\n    i32.const 7))";
  const handle = $b.wasm_job_spawn_wat_or_raise(wat$1, "run");
  const result = $b.wasm_job_join_or_raise(handle);
  $rt.inspect(result, {"name":"Int"}, "7", { file: "docs/API.md", line: 186, column: 1 });
}));
test("docs/API.md:195 WASI file I/O job (POC)", () => $rt.runBlock("docs/API.md:195 WASI file I/O job (POC)", () => {
  const wat$2 = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    i32.const 8\n    i32.const 16\n    i32.store\n    i32.const 12\n    i32.const 100\n    i32.store\n    i32.const 0\n    i32.const 8\n    i32.const 1\n    i32.const 4\n    call $fd_read\n    drop\n    i32.const 4\n    i32.load))";
  const handle$1 = $b.wasi_job_spawn_wat_or_raise(wat$2, "run", "testdata/wasm_job_input.txt");
  const result$1 = $b.wasi_job_join_or_raise(handle$1);
  $rt.inspect(result$1, {"name":"Int"}, "5", { file: "docs/API.md", line: 219, column: 1 });
}));
test("docs/API.md:226 WASI config + sync call (POC)", () => $rt.runBlock("docs/API.md:226 WASI config + sync call (POC)", () => {
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
  $match4: {
    const $t4 = call_res as $mb.Result<void, Error>;
    if ($t4.tag === 'Ok') {
      const result$2 = $b.val_buffer_get_i32(results$4, 0);
      $rt.inspect(result$2, {"name":"Int"}, "5", { file: "docs/API.md", line: 274, column: 5 });
      break $match4;
    }
    if ($t4.tag === 'Err') {
      const err$1 = $t4.error;
      throw err$1;
      break $match4;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 271, column: 1 });
  }
  $b.module_delete(module_val$1);
  $b.linker_delete(linker$1);
  $b.wasmtime_store_delete(store$6);
  $b.engine_delete(engine$9);
}));
test("docs/API.md:288 WASI preopen dir + path_open (POC)", () => $rt.runBlock("docs/API.md:288 WASI preopen dir + path_open (POC)", () => {
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
  $match5: {
    const $t5 = call_res$1 as $mb.Result<void, Error>;
    if ($t5.tag === 'Ok') {
      const result$3 = $b.val_buffer_get_i32(results$5, 0);
      $rt.inspect(result$3, {"name":"Int"}, "5", { file: "docs/API.md", line: 363, column: 5 });
      break $match5;
    }
    if ($t5.tag === 'Err') {
      const err$2 = $t5.error;
      throw err$2;
      break $match5;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 360, column: 1 });
  }
  $b.module_delete(module_val$2);
  $b.linker_delete(linker$2);
  $b.wasmtime_store_delete(store$7);
  $b.engine_delete(engine$10);
}));
test("docs/API.md:378 Target/cache helpers", () => $rt.runBlock("docs/API.md:378 Target/cache helpers", () => {
  const config$2 = $b.config_new();
  const err$3 = $b.config_target_set(config$2, "x86_64-unknown-linux-gnu");
  if (!($b.error_is_null(err$3))) {
    $b.error_delete(err$3);
  }
}));
test("docs/API.md:397 Reference: constants", () => $rt.runBlock("docs/API.md:397 Reference: constants", () => {
  $rt.inspect([$b.VALKIND_I32, $b.VALKIND_I64, $b.VALKIND_F32, $b.VALKIND_F64, $b.VALKIND_V128], {"tuple":[{"name":"Int"},{"name":"Int"},{"name":"Int"},{"name":"Int"},{"name":"Int"}]}, "(0, 1, 2, 3, 4)", { file: "docs/API.md", line: 398, column: 1 });
  $rt.inspect([$b.VALKIND_EXTERNREF, $b.VALKIND_FUNCREF], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(128, 129)", { file: "docs/API.md", line: 399, column: 1 });
}));
test("docs/API.md:405 Reference: constants", () => $rt.runBlock("docs/API.md:405 Reference: constants", () => {
  $rt.inspect([$b.STRATEGY_AUTO, $b.STRATEGY_CRANELIFT], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(0, 1)", { file: "docs/API.md", line: 406, column: 1 });
  $rt.inspect([$b.OPT_LEVEL_NONE, $b.OPT_LEVEL_SPEED, $b.OPT_LEVEL_SPEED_AND_SIZE], {"tuple":[{"name":"Int"},{"name":"Int"},{"name":"Int"}]}, "(0, 1, 2)", { file: "docs/API.md", line: 407, column: 1 });
  $rt.inspect([$b.PROFILING_STRATEGY_NONE, $b.PROFILING_STRATEGY_JITDUMP, $b.PROFILING_STRATEGY_VTUNE, $b.PROFILING_STRATEGY_PERFMAP], {"tuple":[{"name":"Int"},{"name":"Int"},{"name":"Int"},{"name":"Int"}]}, "(0, 1, 2, 3)", { file: "docs/API.md", line: 408, column: 1 });
}));
test("docs/API.md:413 Reference: constants", () => $rt.runBlock("docs/API.md:413 Reference: constants", () => {
  $rt.inspect([$b.WASI_DIR_PERMS_READ, $b.WASI_DIR_PERMS_WRITE], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(1, 2)", { file: "docs/API.md", line: 414, column: 1 });
  $rt.inspect([$b.WASI_FILE_PERMS_READ, $b.WASI_FILE_PERMS_WRITE], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(1, 2)", { file: "docs/API.md", line: 415, column: 1 });
}));
test("docs/API.md:422 Reference: version", () => $rt.runBlock("docs/API.md:422 Reference: version", () => {
  $rt.inspect($b.version(), {"name":"String"}, "49.0.0", { file: "docs/API.md", line: 423, column: 1 });
}));
test("docs/API.md:431 Reference: engine / store", () => $rt.runBlock("docs/API.md:431 Reference: engine / store", () => {
  const engine$11 = $b.engine_new();
  const store$8 = $b.store_new(engine$11);
  let $t6: any;
  let $t7: any;
  try {
    $t7 = new $mb.Ok($b.engine_delete(engine$11));
  } catch ($err8: any) {
    $rt.rethrowPanic($err8);
    $t7 = new $mb.Err($err8);
  }
  $t6 = $t7;
  $rt.inspect($t6, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"engine_delete: the Engine is still used by 1 live store/module/linker handle(s); delete those first\"))", { file: "docs/API.md", line: 434, column: 1 });
  $b.store_delete(store$8);
  let $t9: any;
  let $t10: any;
  try {
    $t10 = new $mb.Ok($b.engine_delete(engine$11));
  } catch ($err11: any) {
    $rt.rethrowPanic($err11);
    $t10 = new $mb.Err($err11);
  }
  $t9 = $t10;
  $rt.inspect($t9, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 436, column: 1 });
}));
test("docs/API.md:442 Reference: engine / store", () => $rt.runBlock("docs/API.md:442 Reference: engine / store", () => {
  const engine$12 = $b.engine_new();
  $b.engine_delete(engine$12);
  let $t12: any;
  let $t13: any;
  try {
    $t13 = new $mb.Ok($b.store_new(engine$12));
  } catch ($err14: any) {
    $rt.rethrowPanic($err14);
    $t13 = new $mb.Err($err14);
  }
  $t12 = $t13;
  $match15: {
    const $t15 = $t12 as $mb.Result<$b.Store, Error>;
    if ($t15.tag === 'Err') {
      const e = $t15.error;
      $rt.inspect(e, {"name":"Error"}, "Error(\"store_new: this Engine has already been deleted\")", { file: "docs/API.md", line: 446, column: 13 });
      break $match15;
    }
    if ($t15.tag === 'Ok') {
      $rt.fail("store_new should have raised", { file: "docs/API.md", line: 447, column: 12 });
      break $match15;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 445, column: 1 });
  }
  let $t16: any;
  let $t17: any;
  try {
    $t17 = new $mb.Ok($b.engine_delete(engine$12));
  } catch ($err18: any) {
    $rt.rethrowPanic($err18);
    $t17 = new $mb.Err($err18);
  }
  $t16 = $t17;
  $rt.inspect($t16, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"engine_delete: this Engine has already been deleted\"))", { file: "docs/API.md", line: 449, column: 1 });
}));
test("docs/API.md:455 Reference: engine / store", () => $rt.runBlock("docs/API.md:455 Reference: engine / store", () => {
  const config$3 = $b.config_new();
  const engine$13 = $b.engine_new_with_config(config$3);
  let $t19: any;
  let $t20: any;
  try {
    $t20 = new $mb.Ok($b.config_wasm_simd_set(config$3, true));
  } catch ($err21: any) {
    $rt.rethrowPanic($err21);
    $t20 = new $mb.Err($err21);
  }
  $t19 = $t20;
  $rt.inspect($t19, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"config_wasm_simd_set: this Config was consumed by engine_new_with_config and can no longer be used\"))", { file: "docs/API.md", line: 458, column: 1 });
  $b.engine_delete(engine$13);
}));
test("docs/API.md:466 Reference: engine / store", () => $rt.runBlock("docs/API.md:466 Reference: engine / store", () => {
  const engine$14 = $b.engine_new();
  const store$9 = $b.wasmtime_store_new(engine$14);
  const context$7 = $b.wasmtime_store_context(store$9);
  $rt.inspect($b.context_gc(context$7), {"name":"Unit"}, "()", { file: "docs/API.md", line: 470, column: 1 });
  $b.wasmtime_store_delete(store$9);
  let $t22: any;
  let $t23: any;
  try {
    $t23 = new $mb.Ok($b.context_gc(context$7));
  } catch ($err24: any) {
    $rt.rethrowPanic($err24);
    $t23 = new $mb.Err($err24);
  }
  $t22 = $t23;
  $rt.inspect($t22, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"context_gc: the WasmtimeStore of this Context has been deleted\"))", { file: "docs/API.md", line: 472, column: 1 });
  $b.engine_delete(engine$14);
}));
test("docs/API.md:481 Reference: engine / store", () => $rt.runBlock("docs/API.md:481 Reference: engine / store", () => {
  const config$4 = $b.config_new();
  $b.config_consume_fuel_set(config$4, true);
  const engine$15 = $b.engine_new_with_config(config$4);
  const store$10 = $b.wasmtime_store_new(engine$15);
  const context$8 = $b.wasmtime_store_context(store$10);
  $rt.inspect($b.context_get_fuel(context$8), {"name":"UInt64"}, "0", { file: "docs/API.md", line: 487, column: 1 });
  const err$4 = $b.context_set_fuel(context$8, 10000n);
  $rt.inspect($b.error_is_null(err$4), {"name":"Bool"}, "true", { file: "docs/API.md", line: 489, column: 1 });
  $rt.inspect($b.context_get_fuel(context$8), {"name":"UInt64"}, "10000", { file: "docs/API.md", line: 490, column: 1 });
  const wat$5 = "(module\n  (func (export \"count\") (result i32)\n    (local $i i32)\n    (loop $l\n      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n      (br_if $l (i32.lt_u (local.get $i) (i32.const 100))))\n    (local.get $i)))";
  const module_val$3 = $b.module_new_from_wat_or_raise(engine$15, wat$5);
  const instance$3 = $b.instance_new_or_raise(context$8, module_val$3);
  const func$3 = $b.instance_export_func_or_raise(context$8, instance$3, "count");
  const results$6 = $b.make_val_buffer(1);
  $b.func_call_sync_or_raise(context$8, func$3, $b.make_val_buffer(0), results$6);
  $rt.inspect($b.val_buffer_get_i32(results$6, 0), {"name":"Int"}, "100", { file: "docs/API.md", line: 504, column: 1 });
  $rt.inspect($b.context_get_fuel(context$8), {"name":"UInt64"}, "9198", { file: "docs/API.md", line: 505, column: 1 });
  const err2 = $b.context_set_fuel(context$8, 10n);
  $rt.inspect($b.error_is_null(err2), {"name":"Bool"}, "true", { file: "docs/API.md", line: 507, column: 1 });
  let $t25: any;
  let $t26: any;
  try {
    $t26 = new $mb.Ok($b.func_call_sync_or_raise(context$8, func$3, $b.make_val_buffer(0), results$6));
  } catch ($err27: any) {
    $rt.rethrowPanic($err27);
    $t26 = new $mb.Err($err27);
  }
  $t25 = $t26;
  $rt.inspect($t25, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x25 - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: all fuel consumed by WebAssembly\\n\"))", { file: "docs/API.md", line: 508, column: 1 });
  $b.module_delete(module_val$3);
  $b.wasmtime_store_delete(store$10);
  $b.engine_delete(engine$15);
}));
test("docs/API.md:517 Reference: engine / store", () => $rt.runBlock("docs/API.md:517 Reference: engine / store", () => {
  const engine$16 = $b.engine_new();
  const store$11 = $b.wasmtime_store_new(engine$16);
  const context$9 = $b.wasmtime_store_context(store$11);
  const err$5 = $b.context_set_fuel(context$9, 100n);
  $rt.inspect($b.error_is_null(err$5), {"name":"Bool"}, "false", { file: "docs/API.md", line: 522, column: 1 });
  $rt.inspect($b.error_message(err$5), {"name":"String"}, "fuel is not configured in this store", { file: "docs/API.md", line: 523, column: 1 });
  $b.error_delete(err$5);
  let $t28: any;
  let $t29: any;
  try {
    $t29 = new $mb.Ok($b.context_get_fuel(context$9));
  } catch ($err30: any) {
    $rt.rethrowPanic($err30);
    $t29 = new $mb.Err($err30);
  }
  $t28 = $t29;
  $rt.inspect($t28, {"name":"Result","args":[{"name":"UInt64"},{"name":"Error"}]}, "Err(Failure(\"fuel is not configured in this store\"))", { file: "docs/API.md", line: 525, column: 1 });
  $b.wasmtime_store_delete(store$11);
  $b.engine_delete(engine$16);
}));
test("docs/API.md:535 Reference: engine / store", () => $rt.runBlock("docs/API.md:535 Reference: engine / store", () => {
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
  let $t31: any;
  let $t32: any;
  try {
    $t32 = new $mb.Ok($b.func_call_sync_or_raise(context$10, func$4, $b.make_val_buffer(0), results$7));
  } catch ($err33: any) {
    $rt.rethrowPanic($err33);
    $t32 = new $mb.Err($err33);
  }
  $t31 = $t32;
  $rt.inspect($t31, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 550, column: 1 });
  $rt.inspect($b.val_buffer_get_i32(results$7, 0), {"name":"Int"}, "7", { file: "docs/API.md", line: 551, column: 1 });
  $b.engine_increment_epoch(engine$17);
  let $t34: any;
  let $t35: any;
  try {
    $t35 = new $mb.Ok($b.func_call_sync_or_raise(context$10, func$4, $b.make_val_buffer(0), results$7));
  } catch ($err36: any) {
    $rt.rethrowPanic($err36);
    $t35 = new $mb.Err($err36);
  }
  $t34 = $t35;
  $rt.inspect($t34, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x22 - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: interrupt\\n\"))", { file: "docs/API.md", line: 553, column: 1 });
  $b.module_delete(module_val$4);
  $b.wasmtime_store_delete(store$12);
  $b.engine_delete(engine$17);
}));
test("docs/API.md:564 Reference: config", () => $rt.runBlock("docs/API.md:564 Reference: config", () => {
  const config$6 = $b.config_new();
  $b.config_delete(config$6);
  let $t37: any;
  let $t38: any;
  try {
    $t38 = new $mb.Ok($b.config_debug_info_set(config$6, true));
  } catch ($err39: any) {
    $rt.rethrowPanic($err39);
    $t38 = new $mb.Err($err39);
  }
  $t37 = $t38;
  $rt.inspect($t37, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"config_debug_info_set: this Config has already been deleted\"))", { file: "docs/API.md", line: 567, column: 1 });
}));
test("docs/API.md:573 Reference: config", () => $rt.runBlock("docs/API.md:573 Reference: config", () => {
  const config$7 = $b.config_new();
  $rt.inspect($b.config_debug_info_set(config$7, false), {"name":"Unit"}, "()", { file: "docs/API.md", line: 575, column: 1 });
  $rt.inspect($b.config_consume_fuel_set(config$7, false), {"name":"Unit"}, "()", { file: "docs/API.md", line: 576, column: 1 });
  $rt.inspect($b.config_epoch_interruption_set(config$7, false), {"name":"Unit"}, "()", { file: "docs/API.md", line: 577, column: 1 });
  $rt.inspect($b.config_wasm_threads_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 578, column: 1 });
  $rt.inspect($b.config_shared_memory_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 579, column: 1 });
  $rt.inspect($b.config_wasm_tail_call_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 580, column: 1 });
  $rt.inspect($b.config_wasm_reference_types_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 581, column: 1 });
  $rt.inspect($b.config_wasm_function_references_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 582, column: 1 });
  $rt.inspect($b.config_wasm_gc_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 583, column: 1 });
  $rt.inspect($b.config_gc_support_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 584, column: 1 });
  $rt.inspect($b.config_wasm_simd_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 585, column: 1 });
  $rt.inspect($b.config_wasm_relaxed_simd_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 586, column: 1 });
  $rt.inspect($b.config_wasm_relaxed_simd_deterministic_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 587, column: 1 });
  $rt.inspect($b.config_wasm_bulk_memory_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 588, column: 1 });
  $rt.inspect($b.config_wasm_multi_value_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 589, column: 1 });
  $rt.inspect($b.config_wasm_multi_memory_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 590, column: 1 });
  $rt.inspect($b.config_wasm_memory64_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 591, column: 1 });
  $rt.inspect($b.config_wasm_wide_arithmetic_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 592, column: 1 });
  $rt.inspect($b.config_wasm_exceptions_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 593, column: 1 });
  $rt.inspect($b.config_wasm_custom_page_sizes_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 594, column: 1 });
  $rt.inspect($b.config_wasm_branch_hinting_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 595, column: 1 });
  $rt.inspect($b.config_parallel_compilation_set(config$7, false), {"name":"Unit"}, "()", { file: "docs/API.md", line: 596, column: 1 });
  $rt.inspect($b.config_cranelift_debug_verifier_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 597, column: 1 });
  $rt.inspect($b.config_cranelift_nan_canonicalization_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 598, column: 1 });
  $rt.inspect($b.config_memory_may_move_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 599, column: 1 });
  $rt.inspect($b.config_memory_init_cow_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 600, column: 1 });
  $rt.inspect($b.config_native_unwind_info_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 601, column: 1 });
  $rt.inspect($b.config_macos_use_mach_ports_set(config$7, false), {"name":"Unit"}, "()", { file: "docs/API.md", line: 602, column: 1 });
  $rt.inspect($b.config_signals_based_traps_set(config$7, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 603, column: 1 });
  const engine$18 = $b.engine_new_with_config(config$7);
  $b.engine_delete(engine$18);
}));
test("docs/API.md:612 Reference: config", () => $rt.runBlock("docs/API.md:612 Reference: config", () => {
  const config$8 = $b.config_new();
  $rt.inspect($b.config_wasm_stack_switching_set(config$8, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 614, column: 1 });
  $rt.inspect($b.config_wasm_component_model_set(config$8, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 615, column: 1 });
  $rt.inspect($b.config_concurrency_support_set(config$8, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 616, column: 1 });
  let $t40: any;
  let $t41: any;
  try {
    $t41 = new $mb.Ok($b.engine_delete($b.engine_new_with_config(config$8)));
  } catch ($err42: any) {
    $rt.rethrowPanic($err42);
    $t41 = new $mb.Err($err42);
  }
  $t40 = $t41;
  $rt.inspect($t40, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 617, column: 1 });
}));
test("docs/API.md:624 Reference: config", () => $rt.runBlock("docs/API.md:624 Reference: config", () => {
  const simd_wat = "(module (func (result v128) v128.const i64x2 0 0))";
  const config$9 = $b.config_new();
  $b.config_wasm_simd_set(config$9, false);
  $b.config_wasm_relaxed_simd_set(config$9, false);
  const engine$19 = $b.engine_new_with_config(config$9);
  let $t43: any;
  let $t44: any;
  try {
    $t44 = new $mb.Ok($b.module_new_from_wat_or_raise(engine$19, simd_wat));
  } catch ($err45: any) {
    $rt.rethrowPanic($err45);
    $t44 = new $mb.Err($err45);
  }
  $t43 = $t44;
  $match46: {
    const $t46 = $t43 as $mb.Result<$b.Module, Error>;
    if ($t46.tag === 'Err') {
      const e$1 = $t46.error;
      $rt.inspect(e$1, {"name":"Error"}, "Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    SIMD support is not enabled (at offset 0xb)\\n\")", { file: "docs/API.md", line: 632, column: 13 });
      break $match46;
    }
    if ($t46.tag === 'Ok') {
      $rt.fail("module_new_from_wat_or_raise should have raised", { file: "docs/API.md", line: 633, column: 12 });
      break $match46;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 631, column: 1 });
  }
  $b.engine_delete(engine$19);
  const multi_wat = "(module (func (result i32 i32) i32.const 1 i32.const 2))";
  const config2 = $b.config_new();
  $b.config_wasm_multi_value_set(config2, false);
  const engine2 = $b.engine_new_with_config(config2);
  let $t47: any;
  let $t48: any;
  try {
    $t48 = new $mb.Ok($b.module_new_from_wat_or_raise(engine2, multi_wat));
  } catch ($err49: any) {
    $rt.rethrowPanic($err49);
    $t48 = new $mb.Err($err49);
  }
  $t47 = $t48;
  $match50: {
    const $t50 = $t47 as $mb.Result<$b.Module, Error>;
    if ($t50.tag === 'Err') {
      const e$2 = $t50.error;
      $rt.inspect(e$2, {"name":"Error"}, "Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    func type returns multiple values but the multi-value feature is not enabled (at offset 0xb)\\n\")", { file: "docs/API.md", line: 642, column: 13 });
      break $match50;
    }
    if ($t50.tag === 'Ok') {
      $rt.fail("module_new_from_wat_or_raise should have raised", { file: "docs/API.md", line: 643, column: 12 });
      break $match50;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 641, column: 1 });
  }
  $b.engine_delete(engine2);
  const tail_wat = "(module (func $f (result i32) i32.const 1) (func (result i32) return_call $f))";
  const config3 = $b.config_new();
  $b.config_wasm_tail_call_set(config3, false);
  const engine3 = $b.engine_new_with_config(config3);
  let $t51: any;
  let $t52: any;
  try {
    $t52 = new $mb.Ok($b.module_new_from_wat_or_raise(engine3, tail_wat));
  } catch ($err53: any) {
    $rt.rethrowPanic($err53);
    $t52 = new $mb.Err($err53);
  }
  $t51 = $t52;
  $match54: {
    const $t54 = $t51 as $mb.Result<$b.Module, Error>;
    if ($t54.tag === 'Err') {
      const e$3 = $t54.error;
      $rt.inspect(e$3, {"name":"Error"}, "Failure(\"failed to compile: wasm[0]::function[1]\\n\\nCaused by:\\n    0: WebAssembly translation error\\n    1: Invalid input WebAssembly code at offset 30: tail calls support is not enabled\\n\")", { file: "docs/API.md", line: 652, column: 13 });
      break $match54;
    }
    if ($t54.tag === 'Ok') {
      $rt.fail("module_new_from_wat_or_raise should have raised", { file: "docs/API.md", line: 653, column: 12 });
      break $match54;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 651, column: 1 });
  }
  $b.engine_delete(engine3);
}));
test("docs/API.md:663 Reference: config", () => $rt.runBlock("docs/API.md:663 Reference: config", () => {
  const config$10 = $b.config_new();
  $b.config_wasm_reference_types_set(config$10, false);
  let $t55: any;
  let $t56: any;
  try {
    $t56 = new $mb.Ok($b.engine_new_with_config(config$10));
  } catch ($err57: any) {
    $rt.rethrowPanic($err57);
    $t56 = new $mb.Err($err57);
  }
  $t55 = $t56;
  $match58: {
    const $t58 = $t55 as $mb.Result<$b.Engine, Error>;
    if ($t58.tag === 'Err') {
      const e$4 = $t58.error;
      $rt.inspect(e$4, {"name":"Error"}, "Failure(\"engine_new_with_config: invalid configuration: the component-model-async feature requires the wasm reference-types proposal\")", { file: "docs/API.md", line: 667, column: 13 });
      break $match58;
    }
    if ($t58.tag === 'Ok') {
      $rt.fail("engine_new_with_config should have raised", { file: "docs/API.md", line: 668, column: 12 });
      break $match58;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 666, column: 1 });
  }
  const config2$1 = $b.config_new();
  $b.config_concurrency_support_set(config2$1, false);
  $b.config_wasm_reference_types_set(config2$1, false);
  let $t59: any;
  let $t60: any;
  try {
    $t60 = new $mb.Ok($b.engine_new_with_config(config2$1));
  } catch ($err61: any) {
    $rt.rethrowPanic($err61);
    $t60 = new $mb.Err($err61);
  }
  $t59 = $t60;
  $match62: {
    const $t62 = $t59 as $mb.Result<$b.Engine, Error>;
    if ($t62.tag === 'Ok') {
      const engine$20 = $t62.value;
      $b.engine_delete(engine$20);
      break $match62;
    }
    if ($t62.tag === 'Err') {
      const e$5 = $t62.error;
      throw e$5;
      break $match62;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 673, column: 1 });
  }
}));
test("docs/API.md:683 Reference: config", () => $rt.runBlock("docs/API.md:683 Reference: config", () => {
  const config$11 = $b.config_new();
  $rt.inspect($b.config_max_wasm_stack_set(config$11, $rt.UInt64.mul(64n, 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 685, column: 1 });
  $rt.inspect($b.config_async_stack_size_set(config$11, $rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 686, column: 1 });
  $rt.inspect($b.config_memory_reservation_set(config$11, $rt.UInt64.mul($rt.UInt64.mul(1024n, 1024n), 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 687, column: 1 });
  $rt.inspect($b.config_memory_guard_size_set(config$11, $rt.UInt64.mul(64n, 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 688, column: 1 });
  $rt.inspect($b.config_memory_reservation_for_growth_set(config$11, $rt.UInt64.mul(1024n, 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 689, column: 1 });
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
  $rt.inspect($b.val_buffer_get_i32(results$8, 0), {"name":"Int"}, "100", { file: "docs/API.md", line: 706, column: 1 });
  $b.val_buffer_set_i32(args$5, 0, 1000000);
  let $t63: any;
  let $t64: any;
  try {
    $t64 = new $mb.Ok($b.func_call_sync_or_raise(context$11, func$5, args$5, results$8));
  } catch ($err65: any) {
    $rt.rethrowPanic($err65);
    $t64 = new $mb.Err($err65);
  }
  $t63 = $t64;
  $match66: {
    const $t66 = $t63 as $mb.Result<void, Error>;
    if ($t66.tag === 'Ok') {
      $rt.fail("expected a stack overflow", { file: "docs/API.md", line: 709, column: 12 });
      break $match66;
    }
    if ($t66.tag === 'Err' && $t66.error instanceof $mb.Failure) {
      const msg = $t66.error.message;
      $rt.inspect($rt.method.String.contains(msg, "call stack exhausted"), {"name":"Bool"}, "true", { file: "docs/API.md", line: 710, column: 24 });
      break $match66;
    }
    if ($t66.tag === 'Err') {
      $rt.fail("expected a Failure", { file: "docs/API.md", line: 711, column: 13 });
      break $match66;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 708, column: 1 });
  }
  $b.module_delete(module_val$5);
  $b.wasmtime_store_delete(store$13);
  $b.engine_delete(engine$21);
}));
test("docs/API.md:721 Reference: config", () => $rt.runBlock("docs/API.md:721 Reference: config", () => {
  const config$12 = $b.config_new();
  $rt.inspect($b.config_strategy_set(config$12, $b.STRATEGY_CRANELIFT), {"name":"Unit"}, "()", { file: "docs/API.md", line: 723, column: 1 });
  $rt.inspect($b.config_cranelift_opt_level_set(config$12, $b.OPT_LEVEL_SPEED_AND_SIZE), {"name":"Unit"}, "()", { file: "docs/API.md", line: 724, column: 1 });
  $rt.inspect($b.config_profiler_set(config$12, $b.PROFILING_STRATEGY_NONE), {"name":"Unit"}, "()", { file: "docs/API.md", line: 725, column: 1 });
  let $t67: any;
  let $t68: any;
  try {
    $t68 = new $mb.Ok($b.config_strategy_set(config$12, 7));
  } catch ($err69: any) {
    $rt.rethrowPanic($err69);
    $t68 = new $mb.Err($err69);
  }
  $t67 = $t68;
  $rt.inspect($t67, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(RangeError(\"config_strategy_set: value must be in 0..1, got 7\"))", { file: "docs/API.md", line: 726, column: 1 });
  let $t70: any;
  let $t71: any;
  try {
    $t71 = new $mb.Ok($b.config_cranelift_opt_level_set(config$12, 3));
  } catch ($err72: any) {
    $rt.rethrowPanic($err72);
    $t71 = new $mb.Err($err72);
  }
  $t70 = $t71;
  $rt.inspect($t70, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(RangeError(\"config_cranelift_opt_level_set: value must be in 0..2, got 3\"))", { file: "docs/API.md", line: 727, column: 1 });
  let $t73: any;
  let $t74: any;
  try {
    $t74 = new $mb.Ok($b.config_profiler_set(config$12, 9));
  } catch ($err75: any) {
    $rt.rethrowPanic($err75);
    $t74 = new $mb.Err($err75);
  }
  $t73 = $t74;
  $rt.inspect($t73, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(RangeError(\"config_profiler_set: value must be in 0..3, got 9\"))", { file: "docs/API.md", line: 728, column: 1 });
  const engine$22 = $b.engine_new_with_config(config$12);
  $b.engine_delete(engine$22);
}));
test("docs/API.md:737 Reference: config", () => $rt.runBlock("docs/API.md:737 Reference: config", () => {
  const config$13 = $b.config_new();
  $rt.inspect($b.config_cranelift_flag_enable(config$13, "enable_verifier"), {"name":"Unit"}, "()", { file: "docs/API.md", line: 739, column: 1 });
  $rt.inspect($b.config_cranelift_flag_set(config$13, "regalloc_checker", "true"), {"name":"Unit"}, "()", { file: "docs/API.md", line: 740, column: 1 });
  const engine$23 = $b.engine_new_with_config(config$13);
  $b.engine_delete(engine$23);
  const bad = $b.config_new();
  $b.config_cranelift_flag_set(bad, "no_such_flag", "true");
  let $t76: any;
  let $t77: any;
  try {
    $t77 = new $mb.Ok($b.engine_new_with_config(bad));
  } catch ($err78: any) {
    $rt.rethrowPanic($err78);
    $t77 = new $mb.Err($err78);
  }
  $t76 = $t77;
  $match79: {
    const $t79 = $t76 as $mb.Result<$b.Engine, Error>;
    if ($t79.tag === 'Err') {
      const e$6 = $t79.error;
      $rt.inspect(e$6, {"name":"Error"}, "Failure(\"engine_new_with_config: invalid configuration: No existing setting named 'no_such_flag'\")", { file: "docs/API.md", line: 746, column: 13 });
      break $match79;
    }
    if ($t79.tag === 'Ok') {
      $rt.fail("engine_new_with_config should have raised", { file: "docs/API.md", line: 747, column: 12 });
      break $match79;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 745, column: 1 });
  }
}));
test("docs/API.md:754 Reference: config", () => $rt.runBlock("docs/API.md:754 Reference: config", () => {
  const config$14 = $b.config_new();
  const ok = $b.config_target_set(config$14, "x86_64-unknown-linux-gnu");
  $rt.inspect($b.error_is_null(ok), {"name":"Bool"}, "true", { file: "docs/API.md", line: 757, column: 1 });
  const err$6 = $b.config_target_set(config$14, "not-a-target");
  $rt.inspect($b.error_is_null(err$6), {"name":"Bool"}, "false", { file: "docs/API.md", line: 759, column: 1 });
  $rt.inspect($b.error_message(err$6), {"name":"String"}, "Unrecognized architecture: not", { file: "docs/API.md", line: 760, column: 1 });
  $b.error_delete(err$6);
  $b.config_delete(config$14);
}));
test("docs/API.md:770 Reference: config", () => $rt.runBlock("docs/API.md:770 Reference: config", () => {
  const config$15 = $b.config_new();
  const err$7 = $b.config_cache_config_load(config$15, "testdata/cache-config.toml");
  $rt.inspect($b.error_is_null(err$7), {"name":"Bool"}, "true", { file: "docs/API.md", line: 773, column: 1 });
  const missing = $b.config_cache_config_load(config$15, "testdata/no-such-file.toml");
  $rt.inspect($b.error_is_null(missing), {"name":"Bool"}, "false", { file: "docs/API.md", line: 775, column: 1 });
  $rt.inspect($rt.method.String.contains($b.error_message(missing), "no-such-file.toml"), {"name":"Bool"}, "true", { file: "docs/API.md", line: 776, column: 1 });
  $b.error_delete(missing);
  const default_ = $b.config_cache_config_load_default(config$15);
  $rt.inspect($b.error_is_null(default_), {"name":"Bool"}, "true", { file: "docs/API.md", line: 779, column: 1 });
  const engine$24 = $b.engine_new_with_config(config$15);
  $b.engine_delete(engine$24);
}));
test("docs/API.md:789 Reference: errors and out-pointer buffers", () => $rt.runBlock("docs/API.md:789 Reference: errors and out-pointer buffers", () => {
  const config$16 = $b.config_new();
  const err$8 = $b.config_target_set(config$16, "riscv1024-unknown-none");
  $rt.inspect($b.error_is_null(err$8), {"name":"Bool"}, "false", { file: "docs/API.md", line: 792, column: 1 });
  $rt.inspect($b.error_message(err$8), {"name":"String"}, "Unrecognized architecture: riscv1024", { file: "docs/API.md", line: 793, column: 1 });
  $b.error_delete(err$8);
  let $t80: any;
  let $t81: any;
  try {
    $t81 = new $mb.Ok($b.error_message(err$8));
  } catch ($err82: any) {
    $rt.rethrowPanic($err82);
    $t81 = new $mb.Err($err82);
  }
  $t80 = $t81;
  $rt.inspect($t80, {"name":"Result","args":[{"name":"String"},{"name":"Error"}]}, "Err(Error(\"error_message: this WasmtimeError has already been deleted\"))", { file: "docs/API.md", line: 795, column: 1 });
  $b.config_delete(config$16);
}));
test("docs/API.md:805 Reference: errors and out-pointer buffers", () => $rt.runBlock("docs/API.md:805 Reference: errors and out-pointer buffers", () => {
  const ptr = $b.make_ptr_buffer();
  $rt.inspect($rt.method.Bytes.length(ptr), {"name":"Int"}, "8", { file: "docs/API.md", line: 807, column: 1 });
  $rt.inspect($b.ptr_buffer_is_null(ptr), {"name":"Bool"}, "true", { file: "docs/API.md", line: 808, column: 1 });
  $rt.inspect($b.ptr_buffer_read_u64(ptr), {"name":"UInt64"}, "0", { file: "docs/API.md", line: 809, column: 1 });
  $b.error_delete_ptr_buffer(ptr);
  $b.trap_delete_ptr_buffer(ptr);
  $b.ptr_buffer_clear(ptr);
  $rt.inspect($b.ptr_buffer_is_null(ptr), {"name":"Bool"}, "true", { file: "docs/API.md", line: 813, column: 1 });
}));
test("docs/API.md:818 Reference: errors and out-pointer buffers", () => $rt.runBlock("docs/API.md:818 Reference: errors and out-pointer buffers", () => {
  const ptr$1 = $b.make_ptr_buffer();
  let $t83: any;
  let $t84: any;
  try {
    $t84 = new $mb.Ok($b.error_message_ptr_buffer(ptr$1));
  } catch ($err85: any) {
    $rt.rethrowPanic($err85);
    $t84 = new $mb.Err($err85);
  }
  $t83 = $t84;
  $rt.inspect($t83, {"name":"Result","args":[{"name":"String"},{"name":"Error"}]}, "Err(Error(\"error_message_ptr_buffer: the pointer buffer is null\"))", { file: "docs/API.md", line: 820, column: 1 });
  let $t86: any;
  let $t87: any;
  try {
    $t87 = new $mb.Ok($b.trap_message_ptr_buffer(ptr$1));
  } catch ($err88: any) {
    $rt.rethrowPanic($err88);
    $t87 = new $mb.Err($err88);
  }
  $t86 = $t87;
  $rt.inspect($t86, {"name":"Result","args":[{"name":"String"},{"name":"Error"}]}, "Err(Error(\"trap_message_ptr_buffer: the pointer buffer is null\"))", { file: "docs/API.md", line: 821, column: 1 });
}));
test("docs/API.md:826 Reference: errors and out-pointer buffers", () => $rt.runBlock("docs/API.md:826 Reference: errors and out-pointer buffers", () => {
  const short: Uint8Array = new Uint8Array([0, 0, 0]);
  let $t89: any;
  let $t90: any;
  try {
    $t90 = new $mb.Ok($b.ptr_buffer_is_null(short));
  } catch ($err91: any) {
    $rt.rethrowPanic($err91);
    $t90 = new $mb.Err($err91);
  }
  $t89 = $t90;
  $rt.inspect($t89, {"name":"Result","args":[{"name":"Bool"},{"name":"Error"}]}, "Err(TypeError(\"ptr_buffer_is_null: a pointer buffer must be exactly 8 bytes (from make_ptr_buffer), got 3\"))", { file: "docs/API.md", line: 828, column: 1 });
  const forged: Uint8Array = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
  let $t92: any;
  let $t93: any;
  try {
    $t93 = new $mb.Ok($b.error_delete_ptr_buffer(forged));
  } catch ($err94: any) {
    $rt.rethrowPanic($err94);
    $t93 = new $mb.Err($err94);
  }
  $t92 = $t93;
  $rt.inspect($t92, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(TypeError(\"error_delete_ptr_buffer: pointer buffer holds bytes this binding did not write, or a stale copy of a deleted pointer\"))", { file: "docs/API.md", line: 830, column: 1 });
}));
test("docs/API.md:838 Reference: values", () => $rt.runBlock("docs/API.md:838 Reference: values", () => {
  $rt.inspect($b.val_sizeof(), {"name":"Int"}, "32", { file: "docs/API.md", line: 839, column: 1 });
  const buf = $b.make_val_buffer(3);
  $rt.inspect($rt.method.Bytes.length(buf), {"name":"Int"}, "96", { file: "docs/API.md", line: 841, column: 1 });
  $rt.inspect($b.val_buffer_count(buf), {"name":"Int"}, "3", { file: "docs/API.md", line: 842, column: 1 });
  $rt.inspect($b.val_buffer_count($b.make_val_buffer(0)), {"name":"Int"}, "0", { file: "docs/API.md", line: 843, column: 1 });
}));
test("docs/API.md:850 Reference: values", () => $rt.runBlock("docs/API.md:850 Reference: values", () => {
  const bad$1: Uint8Array = new Uint8Array([0, 0, 0, 0, 0]);
  let $t95: any;
  let $t96: any;
  try {
    $t96 = new $mb.Ok($b.val_buffer_count(bad$1));
  } catch ($err97: any) {
    $rt.rethrowPanic($err97);
    $t96 = new $mb.Err($err97);
  }
  $t95 = $t96;
  $rt.inspect($t95, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(TypeError(\"val_buffer_count: value buffer length 5 is not a multiple of 32 (val_sizeof())\"))", { file: "docs/API.md", line: 852, column: 1 });
  let $t98: any;
  let $t99: any;
  try {
    $t99 = new $mb.Ok($b.val_buffer_count_or_raise(bad$1));
  } catch ($err100: any) {
    $rt.rethrowPanic($err100);
    $t99 = new $mb.Err($err100);
  }
  $t98 = $t99;
  $rt.inspect($t98, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"val_buffer_count_or_raise: value buffer length 5 is not a multiple of 32 (val_sizeof())\"))", { file: "docs/API.md", line: 853, column: 1 });
  $rt.inspect($b.val_buffer_count_result(bad$1), {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"val_buffer_count_result: value buffer length 5 is not a multiple of 32 (val_sizeof())\"))", { file: "docs/API.md", line: 854, column: 1 });
  $rt.inspect($b.val_buffer_count_or_raise($b.make_val_buffer(2)), {"name":"Int"}, "2", { file: "docs/API.md", line: 855, column: 1 });
  $rt.inspect($b.val_buffer_count_result($b.make_val_buffer(2)), {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Ok(2)", { file: "docs/API.md", line: 856, column: 1 });
}));
test("docs/API.md:863 Reference: values", () => $rt.runBlock("docs/API.md:863 Reference: values", () => {
  const buf$1 = $b.make_val_buffer(4);
  $rt.inspect($b.val_buffer_kind(buf$1, 0), {"name":"Int"}, "0", { file: "docs/API.md", line: 865, column: 1 });
  $rt.inspect($b.val_buffer_get_i32(buf$1, 0), {"name":"Int"}, "0", { file: "docs/API.md", line: 866, column: 1 });
  $b.val_buffer_set_i32(buf$1, 0, -42);
  $b.val_buffer_set_i64(buf$1, 1, 9007199254740993n);
  $b.val_buffer_set_f32(buf$1, 2, 1.5);
  $b.val_buffer_set_f64(buf$1, 3, 0.1);
  $rt.inspect($b.val_buffer_get_i32(buf$1, 0), {"name":"Int"}, "-42", { file: "docs/API.md", line: 871, column: 1 });
  $rt.inspect($b.val_buffer_get_i64(buf$1, 1), {"name":"Int64"}, "9007199254740993", { file: "docs/API.md", line: 872, column: 1 });
  $rt.inspect($b.val_buffer_get_f32(buf$1, 2), {"name":"Float"}, "1.5", { file: "docs/API.md", line: 873, column: 1 });
  $rt.inspect($b.val_buffer_get_f64(buf$1, 3), {"name":"Double"}, "0.1", { file: "docs/API.md", line: 874, column: 1 });
  $rt.inspect([$b.val_buffer_kind(buf$1, 0), $b.val_buffer_kind(buf$1, 1), $b.val_buffer_kind(buf$1, 2), $b.val_buffer_kind(buf$1, 3)], {"tuple":[{"name":"Int"},{"name":"Int"},{"name":"Int"},{"name":"Int"}]}, "(0, 1, 2, 3)", { file: "docs/API.md", line: 875, column: 1 });
}));
test("docs/API.md:880 Reference: values", () => $rt.runBlock("docs/API.md:880 Reference: values", () => {
  const buf$2 = $b.make_val_buffer(1);
  let $t101: any;
  let $t102: any;
  try {
    $t102 = new $mb.Ok($b.val_buffer_get_i32(buf$2, 1));
  } catch ($err103: any) {
    $rt.rethrowPanic($err103);
    $t102 = new $mb.Err($err103);
  }
  $t101 = $t102;
  $rt.inspect($t101, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(RangeError(\"val_buffer_get_i32: index 1 out of range for a buffer of 1 value(s)\"))", { file: "docs/API.md", line: 882, column: 1 });
  let $t104: any;
  let $t105: any;
  try {
    $t105 = new $mb.Ok($b.val_buffer_set_f64(buf$2, -1, 1));
  } catch ($err106: any) {
    $rt.rethrowPanic($err106);
    $t105 = new $mb.Err($err106);
  }
  $t104 = $t105;
  $rt.inspect($t104, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(RangeError(\"val_buffer_set_f64: index -1 out of range for a buffer of 1 value(s)\"))", { file: "docs/API.md", line: 883, column: 1 });
  let $t107: any;
  let $t108: any;
  try {
    $t108 = new $mb.Ok($b.make_val_buffer(-1));
  } catch ($err109: any) {
    $rt.rethrowPanic($err109);
    $t108 = new $mb.Err($err109);
  }
  $t107 = $t108;
  $rt.inspect($t107, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(RangeError(\"make_val_buffer: count must be an integer in 0..1048576, got -1\"))", { file: "docs/API.md", line: 884, column: 1 });
}));
test("docs/API.md:893 Reference: function types and host functions", () => $rt.runBlock("docs/API.md:893 Reference: function types and host functions", () => {
  const params$3: Uint8Array = new Uint8Array([0, 1]);
  const results$9: Uint8Array = new Uint8Array([3]);
  const ty$3 = $b.functype_new_from_valkinds(params$3, results$9);
  $rt.inspect($b.functype_is_null(ty$3), {"name":"Bool"}, "false", { file: "docs/API.md", line: 897, column: 1 });
  $b.functype_delete(ty$3);
  const bad$2: Uint8Array = new Uint8Array([0, 77]);
  const null_ty = $b.functype_new_from_valkinds(bad$2, results$9);
  $rt.inspect($b.functype_is_null(null_ty), {"name":"Bool"}, "true", { file: "docs/API.md", line: 901, column: 1 });
  let $t110: any;
  let $t111: any;
  try {
    $t111 = new $mb.Ok($b.functype_new_from_valkinds_or_raise(bad$2, results$9));
  } catch ($err112: any) {
    $rt.rethrowPanic($err112);
    $t111 = new $mb.Err($err112);
  }
  $t110 = $t111;
  $match113: {
    const $t113 = $t110 as $mb.Result<$b.FuncType, Error>;
    if ($t113.tag === 'Err') {
      const e$7 = $t113.error;
      $rt.inspect(e$7, {"name":"Error"}, "Failure(\"functype_new_from_valkinds_or_raise: invalid value kind 77 at params[1] (expected one of 0,1,2,3,4,128,129)\")", { file: "docs/API.md", line: 903, column: 13 });
      break $match113;
    }
    if ($t113.tag === 'Ok') {
      $rt.fail("functype_new_from_valkinds_or_raise should have raised", { file: "docs/API.md", line: 904, column: 12 });
      break $match113;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 902, column: 1 });
  }
  $match114: {
    const $t114 = $b.functype_new_from_valkinds_result(bad$2, results$9) as $mb.Result<$b.FuncType, Error>;
    if ($t114.tag === 'Ok') {
      $rt.fail("expected an error", { file: "docs/API.md", line: 907, column: 12 });
      break $match114;
    }
    if ($t114.tag === 'Err') {
      const e$8 = $t114.error;
      $rt.inspect(e$8, {"name":"Error"}, "Failure(\"functype_new_from_valkinds_result: invalid value kind 77 at params[1] (expected one of 0,1,2,3,4,128,129)\")", { file: "docs/API.md", line: 908, column: 13 });
      break $match114;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 906, column: 1 });
  }
  $match115: {
    const $t115 = $b.functype_new_from_valkinds_result(params$3, results$9) as $mb.Result<$b.FuncType, Error>;
    if ($t115.tag === 'Ok') {
      const t = $t115.value;
      $rt.inspect($b.functype_is_null(t), {"name":"Bool"}, "false", { file: "docs/API.md", line: 912, column: 5 });
      $b.functype_delete(t);
      break $match115;
    }
    if ($t115.tag === 'Err') {
      const e$9 = $t115.error;
      throw e$9;
      break $match115;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 910, column: 1 });
  }
}));
test("docs/API.md:921 Reference: function types and host functions", () => $rt.runBlock("docs/API.md:921 Reference: function types and host functions", () => {
  const params$4: Uint8Array = new Uint8Array([]);
  const refs: Uint8Array = new Uint8Array([128, 129]);
  const ty$4 = $b.functype_new_from_valkinds_or_raise(params$4, refs);
  $rt.inspect($b.functype_is_null(ty$4), {"name":"Bool"}, "false", { file: "docs/API.md", line: 925, column: 1 });
  $b.functype_delete(ty$4);
}));
test("docs/API.md:935 Reference: function types and host functions", () => $rt.runBlock("docs/API.md:935 Reference: function types and host functions", () => {
  const engine$25 = $b.engine_new();
  const store$14 = $b.wasmtime_store_new(engine$25);
  const context$12 = $b.wasmtime_store_context(store$14);
  const none: Uint8Array = new Uint8Array([]);
  const ty$5 = $b.functype_new_from_valkinds_or_raise(none, none);
  const cb = $b.func_noop_callback_ptr();
  $rt.inspect((cb > 0n), {"name":"Bool"}, "true", { file: "docs/API.md", line: 942, column: 1 });
  const func$6 = $b.func_buffer_new_with_ptr(context$12, ty$5, cb, 0n, 0n);
  $rt.inspect($b.func_sizeof(), {"name":"Int"}, "16", { file: "docs/API.md", line: 944, column: 1 });
  $rt.inspect($rt.method.Bytes.length(func$6), {"name":"Int"}, "16", { file: "docs/API.md", line: 945, column: 1 });
  let $t116: any;
  let $t117: any;
  try {
    $t117 = new $mb.Ok($b.func_call_sync_or_raise(context$12, func$6, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($err118: any) {
    $rt.rethrowPanic($err118);
    $t117 = new $mb.Err($err118);
  }
  $t116 = $t117;
  $rt.inspect($t116, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 946, column: 1 });
  let $t119: any;
  let $t120: any;
  try {
    $t120 = new $mb.Ok($b.func_buffer_new_with_ptr(context$12, ty$5, $rt.UInt64.add(cb, 8n), 0n, 0n));
  } catch ($err121: any) {
    $rt.rethrowPanic($err121);
    $t120 = new $mb.Err($err121);
  }
  $t119 = $t120;
  $rt.inspect($t119, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(TypeError(\"func_buffer_new_with_ptr: callback address was not handed out by this binding (only func_noop_callback_ptr() is accepted)\"))", { file: "docs/API.md", line: 947, column: 1 });
  let $t122: any;
  let $t123: any;
  try {
    $t123 = new $mb.Ok($b.func_buffer_new_with_ptr(context$12, ty$5, cb, 1n, 0n));
  } catch ($err124: any) {
    $rt.rethrowPanic($err124);
    $t123 = new $mb.Err($err124);
  }
  $t122 = $t123;
  $rt.inspect($t122, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(TypeError(\"func_buffer_new_with_ptr: env and finalizer must be 0 (arbitrary addresses are not accepted)\"))", { file: "docs/API.md", line: 948, column: 1 });
  $b.functype_delete(ty$5);
  let $t125: any;
  let $t126: any;
  try {
    $t126 = new $mb.Ok($b.func_buffer_new_with_ptr(context$12, ty$5, cb, 0n, 0n));
  } catch ($err127: any) {
    $rt.rethrowPanic($err127);
    $t126 = new $mb.Err($err127);
  }
  $t125 = $t126;
  $rt.inspect($t125, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(Error(\"func_buffer_new_with_ptr: this FuncType has already been deleted\"))", { file: "docs/API.md", line: 950, column: 1 });
  $b.wasmtime_store_delete(store$14);
  $b.engine_delete(engine$25);
}));
test("docs/API.md:960 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock("docs/API.md:960 Reference: modules, linkers, instances, sync calls", () => {
  $rt.inspect($b.wat2wasm_or_raise("(module)"), {"name":"Bytes"}, "b\"\\x00asm\\x01\\x00\\x00\\x00\"", { file: "docs/API.md", line: 961, column: 1 });
  let $t128: any;
  let $t129: any;
  try {
    $t129 = new $mb.Ok($b.wat2wasm_or_raise("(module (func (result i32) i32.const)"));
  } catch ($err130: any) {
    $rt.rethrowPanic($err130);
    $t129 = new $mb.Err($err130);
  }
  $t128 = $t129;
  $rt.inspect($t128, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(Failure(\"expected a i32\\n     --> <anon>:1:37\\n      |\\n    1 | (module (func (result i32) i32.const)\\n      |                                     ^\"))", { file: "docs/API.md", line: 962, column: 1 });
  let $t131: any;
  let $t132: any;
  try {
    $t132 = new $mb.Ok($b.wat2wasm_or_raise("(module"));
  } catch ($err133: any) {
    $rt.rethrowPanic($err133);
    $t132 = new $mb.Err($err133);
  }
  $t131 = $t132;
  $rt.inspect($t131, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(Failure(\"expected `)`\\n     --> <anon>:1:8\\n      |\\n    1 | (module\\n      |        ^\"))", { file: "docs/API.md", line: 963, column: 1 });
}));
test("docs/API.md:969 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock("docs/API.md:969 Reference: modules, linkers, instances, sync calls", () => {
  const engine$26 = $b.engine_new();
  const wasm = $b.wat2wasm_or_raise("(module (func (export \"f\")))");
  const m1 = $b.module_new_or_raise(engine$26, wasm);
  const m2 = $b.module_new_from_wat_or_raise(engine$26, "(module)");
  let $t134: any;
  let $t135: any;
  try {
    $t135 = new $mb.Ok($b.module_new_or_raise(engine$26, new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0])));
  } catch ($err136: any) {
    $rt.rethrowPanic($err136);
    $t135 = new $mb.Err($err136);
  }
  $t134 = $t135;
  $match137: {
    const $t137 = $t134 as $mb.Result<$b.Module, Error>;
    if ($t137.tag === 'Err') {
      const e$10 = $t137.error;
      $rt.inspect(e$10, {"name":"Error"}, "Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    unknown binary version:        0x2 (at offset 0x4)\\n\")", { file: "docs/API.md", line: 975, column: 13 });
      break $match137;
    }
    if ($t137.tag === 'Ok') {
      $rt.fail("module_new_or_raise should have raised", { file: "docs/API.md", line: 976, column: 12 });
      break $match137;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 974, column: 1 });
  }
  let $t138: any;
  let $t139: any;
  try {
    $t139 = new $mb.Ok($b.module_new_or_raise(engine$26, new Uint8Array([110, 111, 112, 101])));
  } catch ($err140: any) {
    $rt.rethrowPanic($err140);
    $t139 = new $mb.Err($err140);
  }
  $t138 = $t139;
  $match141: {
    const $t141 = $t138 as $mb.Result<$b.Module, Error>;
    if ($t141.tag === 'Err') {
      const e$11 = $t141.error;
      $rt.inspect(e$11, {"name":"Error"}, "Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    magic header not detected: bad magic number - expected=[\\n    0x0,\\n    0x61,\\n    0x73,\\n    0x6d,\\n] actual=[\\n    0x6e,\\n    0x6f,\\n    0x70,\\n    0x65,\\n] (at offset 0x0)\\n\")", { file: "docs/API.md", line: 979, column: 13 });
      break $match141;
    }
    if ($t141.tag === 'Ok') {
      $rt.fail("module_new_or_raise should have raised", { file: "docs/API.md", line: 980, column: 12 });
      break $match141;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 978, column: 1 });
  }
  let $t142: any;
  let $t143: any;
  try {
    $t143 = new $mb.Ok($b.module_new_from_wat_or_raise(engine$26, "(module (func (result i32)))"));
  } catch ($err144: any) {
    $rt.rethrowPanic($err144);
    $t143 = new $mb.Err($err144);
  }
  $t142 = $t143;
  $match145: {
    const $t145 = $t142 as $mb.Result<$b.Module, Error>;
    if ($t145.tag === 'Err') {
      const e$12 = $t145.error;
      $rt.inspect(e$12, {"name":"Error"}, "Failure(\"failed to compile: wasm[0]::function[0]\\n\\nCaused by:\\n    0: WebAssembly translation error\\n    1: Invalid input WebAssembly code at offset 24: type mismatch: expected i32 but nothing on stack\\n\")", { file: "docs/API.md", line: 983, column: 13 });
      break $match145;
    }
    if ($t145.tag === 'Ok') {
      $rt.fail("module_new_from_wat_or_raise should have raised", { file: "docs/API.md", line: 984, column: 12 });
      break $match145;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 982, column: 1 });
  }
  $b.module_delete(m1);
  $b.module_delete(m2);
  let $t146: any;
  let $t147: any;
  try {
    $t147 = new $mb.Ok($b.module_delete(m1));
  } catch ($err148: any) {
    $rt.rethrowPanic($err148);
    $t147 = new $mb.Err($err148);
  }
  $t146 = $t147;
  $rt.inspect($t146, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"module_delete: this Module has already been deleted\"))", { file: "docs/API.md", line: 988, column: 1 });
  $b.engine_delete(engine$26);
}));
test("docs/API.md:996 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock("docs/API.md:996 Reference: modules, linkers, instances, sync calls", () => {
  const engine$27 = $b.engine_new();
  const wat$8 = "(module\n  (func (export \"answer\") (result i32)\n    i32.const 42))";
  const original = $b.module_new_from_wat_or_raise(engine$27, wat$8);
  const bytes = $b.module_serialize_or_raise(original);
  $rt.inspect(($rt.method.Bytes.length(bytes) > 0), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1004, column: 1 });
  $b.module_delete(original);
  const restored = $b.module_deserialize_or_raise(engine$27, bytes);
  const store$15 = $b.wasmtime_store_new(engine$27);
  const context$13 = $b.wasmtime_store_context(store$15);
  const instance$6 = $b.instance_new_or_raise(context$13, restored);
  const func$7 = $b.instance_export_func_or_raise(context$13, instance$6, "answer");
  const results$10 = $b.make_val_buffer(1);
  $b.func_call_sync_or_raise(context$13, func$7, $b.make_val_buffer(0), results$10);
  $rt.inspect($b.val_buffer_get_i32(results$10, 0), {"name":"Int"}, "42", { file: "docs/API.md", line: 1013, column: 1 });
  let $t149: any;
  let $t150: any;
  try {
    $t150 = new $mb.Ok($b.module_deserialize_or_raise(engine$27, $b.wat2wasm_or_raise("(module)")));
  } catch ($err151: any) {
    $rt.rethrowPanic($err151);
    $t150 = new $mb.Err($err151);
  }
  $t149 = $t150;
  $match152: {
    const $t152 = $t149 as $mb.Result<$b.Module, Error>;
    if ($t152.tag === 'Err') {
      const e$13 = $t152.error;
      $rt.inspect(e$13, {"name":"Error"}, "Failure(\"module_deserialize_or_raise: refusing bytes that module_serialize_or_raise did not produce in this process (deserializing untrusted bytes is unsafe)\")", { file: "docs/API.md", line: 1015, column: 13 });
      break $match152;
    }
    if ($t152.tag === 'Ok') {
      $rt.fail("module_deserialize_or_raise should have raised", { file: "docs/API.md", line: 1016, column: 12 });
      break $match152;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1014, column: 1 });
  }
  $b.module_delete(restored);
  $b.wasmtime_store_delete(store$15);
  $b.engine_delete(engine$27);
}));
test("docs/API.md:1028 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock("docs/API.md:1028 Reference: modules, linkers, instances, sync calls", () => {
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
  $rt.inspect($b.val_buffer_get_i32(results$11, 0), {"name":"Int"}, "5", { file: "docs/API.md", line: 1052, column: 1 });
  $b.val_buffer_set_i32(args$6, 0, 2147483647);
  $b.val_buffer_set_i32(args$6, 1, 1);
  $b.func_call_sync_or_raise(context$14, add, args$6, results$11);
  $rt.inspect($b.val_buffer_get_i32(results$11, 0), {"name":"Int"}, "-2147483648", { file: "docs/API.md", line: 1056, column: 1 });
  const mul64 = $b.instance_export_func_or_raise(context$14, instance$7, "mul64");
  $b.val_buffer_set_i64(args$6, 0, 4294967296n);
  $b.val_buffer_set_i64(args$6, 1, -3n);
  $b.func_call_sync_or_raise(context$14, mul64, args$6, results$11);
  $rt.inspect($b.val_buffer_get_i64(results$11, 0), {"name":"Int64"}, "-12884901888", { file: "docs/API.md", line: 1061, column: 1 });
  const half32 = $b.instance_export_func_or_raise(context$14, instance$7, "half32");
  const one = $b.make_val_buffer(1);
  $b.val_buffer_set_f32(one, 0, 5);
  $b.func_call_sync_or_raise(context$14, half32, one, results$11);
  $rt.inspect($b.val_buffer_get_f32(results$11, 0), {"name":"Float"}, "2.5", { file: "docs/API.md", line: 1066, column: 1 });
  const sqrt64 = $b.instance_export_func_or_raise(context$14, instance$7, "sqrt64");
  $b.val_buffer_set_f64(one, 0, 2);
  $b.func_call_sync_or_raise(context$14, sqrt64, one, results$11);
  $rt.inspect($b.val_buffer_get_f64(results$11, 0), {"name":"Double"}, "1.4142135623730951", { file: "docs/API.md", line: 1070, column: 1 });
  const swap = $b.instance_export_func_or_raise(context$14, instance$7, "swap");
  const two = $b.make_val_buffer(2);
  $b.val_buffer_set_i32(args$6, 0, 7);
  $b.val_buffer_set_i64(args$6, 1, 8n);
  $b.func_call_sync_or_raise(context$14, swap, args$6, two);
  $rt.inspect([$b.val_buffer_get_i64(two, 0), $b.val_buffer_get_i32(two, 1)], {"tuple":[{"name":"Int64"},{"name":"Int"}]}, "(8, 7)", { file: "docs/API.md", line: 1076, column: 1 });
  $rt.inspect([$b.val_buffer_kind(two, 0), $b.val_buffer_kind(two, 1)], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(1, 0)", { file: "docs/API.md", line: 1077, column: 1 });
  let $t153: any;
  let $t154: any;
  try {
    $t154 = new $mb.Ok($b.instance_export_func_or_raise(context$14, instance$7, "missing"));
  } catch ($err155: any) {
    $rt.rethrowPanic($err155);
    $t154 = new $mb.Err($err155);
  }
  $t153 = $t154;
  $rt.inspect($t153, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(Failure(\"instance_export_func_or_raise: no export named `missing`\"))", { file: "docs/API.md", line: 1078, column: 1 });
  $b.module_delete(module_val$6);
  $b.wasmtime_store_delete(store$16);
  $b.engine_delete(engine$28);
}));
test("docs/API.md:1087 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock("docs/API.md:1087 Reference: modules, linkers, instances, sync calls", () => {
  const engine$29 = $b.engine_new();
  const store$17 = $b.wasmtime_store_new(engine$29);
  const context$15 = $b.wasmtime_store_context(store$17);
  const wat$10 = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1))))";
  const module_val$7 = $b.module_new_from_wat_or_raise(engine$29, wat$10);
  const instance$8 = $b.instance_new_or_raise(context$15, module_val$7);
  const add$1 = $b.instance_export_func_or_raise(context$15, instance$8, "add");
  const results$12 = $b.make_val_buffer(1);
  let $t156: any;
  let $t157: any;
  try {
    $t157 = new $mb.Ok($b.func_call_sync_or_raise(context$15, add$1, $b.make_val_buffer(1), results$12));
  } catch ($err158: any) {
    $rt.rethrowPanic($err158);
    $t157 = new $mb.Err($err158);
  }
  $t156 = $t157;
  $rt.inspect($t156, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"error: expected 2 arguments, got 1\"))", { file: "docs/API.md", line: 1099, column: 1 });
  let $t159: any;
  let $t160: any;
  try {
    $t160 = new $mb.Ok($b.func_call_sync_or_raise(context$15, add$1, $b.make_val_buffer(2), $b.make_val_buffer(0)));
  } catch ($err161: any) {
    $rt.rethrowPanic($err161);
    $t160 = new $mb.Err($err161);
  }
  $t159 = $t160;
  $rt.inspect($t159, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"error: expected 1 results, got 0\"))", { file: "docs/API.md", line: 1100, column: 1 });
  const args$7 = $b.make_val_buffer(2);
  $b.val_buffer_set_f64(args$7, 0, 1);
  $b.val_buffer_set_i32(args$7, 1, 1);
  let $t162: any;
  let $t163: any;
  try {
    $t163 = new $mb.Ok($b.func_call_sync_or_raise(context$15, add$1, args$7, results$12));
  } catch ($err164: any) {
    $rt.rethrowPanic($err164);
    $t163 = new $mb.Err($err164);
  }
  $t162 = $t163;
  $rt.inspect($t162, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"error: argument type mismatch\\n\\nCaused by:\\n    type mismatch: expected i32, found f64\\n\"))", { file: "docs/API.md", line: 1104, column: 1 });
  $b.module_delete(module_val$7);
  $b.wasmtime_store_delete(store$17);
  $b.engine_delete(engine$29);
}));
test("docs/API.md:1113 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock("docs/API.md:1113 Reference: modules, linkers, instances, sync calls", () => {
  const engine$30 = $b.engine_new();
  const store$18 = $b.wasmtime_store_new(engine$30);
  const context$16 = $b.wasmtime_store_context(store$18);
  const wat$11 = "(module\n  (func (export \"boom\")\n    unreachable)\n  (func (export \"div\") (param i32 i32) (result i32)\n    (i32.div_s (local.get 0) (local.get 1))))";
  const module_val$8 = $b.module_new_from_wat_or_raise(engine$30, wat$11);
  const instance$9 = $b.instance_new_or_raise(context$16, module_val$8);
  const boom = $b.instance_export_func_or_raise(context$16, instance$9, "boom");
  let $t165: any;
  let $t166: any;
  try {
    $t166 = new $mb.Ok($b.func_call_sync_or_raise(context$16, boom, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($err167: any) {
    $rt.rethrowPanic($err167);
    $t166 = new $mb.Err($err167);
  }
  $t165 = $t166;
  $rt.inspect($t165, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x2e - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", { file: "docs/API.md", line: 1126, column: 1 });
  const div = $b.instance_export_func_or_raise(context$16, instance$9, "div");
  const args$8 = $b.make_val_buffer(2);
  $b.val_buffer_set_i32(args$8, 0, 1);
  $b.val_buffer_set_i32(args$8, 1, 0);
  let $t168: any;
  let $t169: any;
  try {
    $t169 = new $mb.Ok($b.func_call_sync_or_raise(context$16, div, args$8, $b.make_val_buffer(1)));
  } catch ($err170: any) {
    $rt.rethrowPanic($err170);
    $t169 = new $mb.Err($err170);
  }
  $t168 = $t169;
  $match171: {
    const $t171 = $t168 as $mb.Result<void, Error>;
    if ($t171.tag === 'Ok') {
      $rt.fail("expected a trap", { file: "docs/API.md", line: 1132, column: 12 });
      break $match171;
    }
    if ($t171.tag === 'Err' && $t171.error instanceof $mb.Failure) {
      const msg$1 = $t171.error.message;
      $rt.inspect($rt.method.String.contains(msg$1, "integer divide by zero"), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1133, column: 24 });
      break $match171;
    }
    if ($t171.tag === 'Err') {
      const e$14 = $t171.error;
      throw e$14;
      break $match171;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1131, column: 1 });
  }
  $b.module_delete(module_val$8);
  $b.wasmtime_store_delete(store$18);
  $b.engine_delete(engine$30);
}));
test("docs/API.md:1145 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock("docs/API.md:1145 Reference: modules, linkers, instances, sync calls", () => {
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
  $rt.inspect($b.func_call_sync_result_autoclean(context$17, ok$1, $b.make_val_buffer(0), results$13, trap_ptr$5, err_ptr$5), {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 1160, column: 1 });
  $rt.inspect($b.val_buffer_get_i32(results$13, 0), {"name":"Int"}, "1", { file: "docs/API.md", line: 1161, column: 1 });
  $rt.inspect($b.func_call_sync_result_autoclean(context$17, boom$1, $b.make_val_buffer(0), results$13, trap_ptr$5, err_ptr$5), {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x2d - <unknown>!<wasm function 1>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", { file: "docs/API.md", line: 1162, column: 1 });
  $rt.inspect([$b.ptr_buffer_is_null(trap_ptr$5), $b.ptr_buffer_is_null(err_ptr$5)], {"tuple":[{"name":"Bool"},{"name":"Bool"}]}, "(true, true)", { file: "docs/API.md", line: 1163, column: 1 });
  $b.module_delete(module_val$9);
  $b.wasmtime_store_delete(store$19);
  $b.engine_delete(engine$31);
}));
test("docs/API.md:1174 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock("docs/API.md:1174 Reference: modules, linkers, instances, sync calls", () => {
  const engine$32 = $b.engine_new();
  const store$20 = $b.wasmtime_store_new(engine$32);
  const context$18 = $b.wasmtime_store_context(store$20);
  const wat$13 = "(module\n  (import \"env\" \"missing\" (func))\n  (func (export \"run\")))";
  const module_val$10 = $b.module_new_from_wat_or_raise(engine$32, wat$13);
  const linker$3 = $b.linker_new(engine$32);
  let $t172: any;
  let $t173: any;
  try {
    $t173 = new $mb.Ok($b.linker_instantiate_or_raise(linker$3, context$18, module_val$10));
  } catch ($err174: any) {
    $rt.rethrowPanic($err174);
    $t173 = new $mb.Err($err174);
  }
  $t172 = $t173;
  $match175: {
    const $t175 = $t172 as $mb.Result<$b.Instance, Error>;
    if ($t175.tag === 'Err') {
      const e$15 = $t175.error;
      $rt.inspect(e$15, {"name":"Error"}, "Failure(\"unknown import: `env::missing` has not been defined\")", { file: "docs/API.md", line: 1185, column: 13 });
      break $match175;
    }
    if ($t175.tag === 'Ok') {
      $rt.fail("linker_instantiate_or_raise should have raised", { file: "docs/API.md", line: 1186, column: 12 });
      break $match175;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1184, column: 1 });
  }
  let $t176: any;
  let $t177: any;
  try {
    $t177 = new $mb.Ok($b.instance_new_or_raise(context$18, module_val$10));
  } catch ($err178: any) {
    $rt.rethrowPanic($err178);
    $t177 = new $mb.Err($err178);
  }
  $t176 = $t177;
  $match179: {
    const $t179 = $t176 as $mb.Result<$b.Instance, Error>;
    if ($t179.tag === 'Err') {
      const e$16 = $t179.error;
      $rt.inspect(e$16, {"name":"Error"}, "Failure(\"expected 1 imports, found 0\")", { file: "docs/API.md", line: 1189, column: 13 });
      break $match179;
    }
    if ($t179.tag === 'Ok') {
      $rt.fail("instance_new_or_raise should have raised", { file: "docs/API.md", line: 1190, column: 12 });
      break $match179;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1188, column: 1 });
  }
  const plain = $b.module_new_from_wat_or_raise(engine$32, "(module (func (export \"run\")))");
  const instance$11 = $b.linker_instantiate_or_raise(linker$3, context$18, plain);
  const run = $b.instance_export_func_or_raise(context$18, instance$11, "run");
  let $t180: any;
  let $t181: any;
  try {
    $t181 = new $mb.Ok($b.func_call_sync_or_raise(context$18, run, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($err182: any) {
    $rt.rethrowPanic($err182);
    $t181 = new $mb.Err($err182);
  }
  $t180 = $t181;
  $rt.inspect($t180, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 1195, column: 1 });
  $b.linker_delete(linker$3);
  let $t183: any;
  let $t184: any;
  try {
    $t184 = new $mb.Ok($b.linker_delete(linker$3));
  } catch ($err185: any) {
    $rt.rethrowPanic($err185);
    $t184 = new $mb.Err($err185);
  }
  $t183 = $t184;
  $rt.inspect($t183, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"linker_delete: this Linker has already been deleted\"))", { file: "docs/API.md", line: 1197, column: 1 });
  $b.module_delete(module_val$10);
  $b.module_delete(plain);
  $b.wasmtime_store_delete(store$20);
  $b.engine_delete(engine$32);
}));
test("docs/API.md:1207 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock("docs/API.md:1207 Reference: modules, linkers, instances, sync calls", () => {
  const engine$33 = $b.engine_new();
  const store$21 = $b.wasmtime_store_new(engine$33);
  const context$19 = $b.wasmtime_store_context(store$21);
  const wat$14 = "(module\n  (import \"wasi_snapshot_preview1\" \"proc_exit\" (func (param i32))))";
  const module_val$11 = $b.module_new_from_wat_or_raise(engine$33, wat$14);
  const linker$4 = $b.linker_new(engine$33);
  let $t186: any;
  let $t187: any;
  try {
    $t187 = new $mb.Ok($b.linker_define_wasi_or_raise(linker$4));
  } catch ($err188: any) {
    $rt.rethrowPanic($err188);
    $t187 = new $mb.Err($err188);
  }
  $t186 = $t187;
  $rt.inspect($t186, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 1216, column: 1 });
  let $t189: any;
  let $t190: any;
  try {
    $t190 = new $mb.Ok($b.linker_instantiate_or_raise(linker$4, context$19, module_val$11));
  } catch ($err191: any) {
    $rt.rethrowPanic($err191);
    $t190 = new $mb.Err($err191);
  }
  $t189 = $t190;
  $match192: {
    const $t192 = $t189 as $mb.Result<$b.Instance, Error>;
    if ($t192.tag === 'Err') {
      const e$17 = $t192.error;
      $rt.inspect(e$17, {"name":"Error"}, "Failure(\"linker_instantiate_or_raise: the linker defines WASI but the store has no WASI context; call context_set_wasi_or_raise first\")", { file: "docs/API.md", line: 1218, column: 13 });
      break $match192;
    }
    if ($t192.tag === 'Ok') {
      $rt.fail("linker_instantiate_or_raise should have raised", { file: "docs/API.md", line: 1219, column: 12 });
      break $match192;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1217, column: 1 });
  }
  $b.linker_delete(linker$4);
  $b.module_delete(module_val$11);
  $b.wasmtime_store_delete(store$21);
  $b.engine_delete(engine$33);
}));
test("docs/API.md:1235 Reference: async", () => $rt.runBlock("docs/API.md:1235 Reference: async", () => {
  const async_ctx$4 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$34 = async_ctx$4[0];
  const store$22 = async_ctx$4[1];
  const context$20 = async_ctx$4[2];
  const e1 = $b.context_fuel_async_yield_interval(context$20, 10000n);
  $rt.inspect($b.error_is_null(e1), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1239, column: 1 });
  const e2 = $b.context_epoch_deadline_async_yield_and_update(context$20, 1n);
  $rt.inspect($b.error_is_null(e2), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1241, column: 1 });
  $b.async_context_delete(engine$34, store$22);
}));
test("docs/API.md:1250 Reference: async", () => $rt.runBlock("docs/API.md:1250 Reference: async", () => {
  const async_ctx$5 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$35 = async_ctx$5[0];
  const store$23 = async_ctx$5[1];
  const context$21 = async_ctx$5[2];
  const set = $b.context_set_fuel(context$21, 1000000n);
  $rt.inspect($b.error_is_null(set), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1254, column: 1 });
  const e1$1 = $b.context_fuel_async_yield_interval(context$21, 100n);
  $rt.inspect($b.error_is_null(e1$1), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1256, column: 1 });
  const wat$15 = "(module\n  (func (export \"count\") (result i32)\n    (local $i i32)\n    (loop $l\n      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n      (br_if $l (i32.lt_u (local.get $i) (i32.const 1000))))\n    (local.get $i)))";
  const module_val$12 = $b.module_new_from_wat_or_raise(engine$35, wat$15);
  const instance$12 = $b.instance_new_or_raise(context$21, module_val$12);
  const count = $b.instance_export_func_or_raise(context$21, instance$12, "count");
  const results$14 = $b.make_val_buffer(1);
  const trap_ptr$6 = $b.make_ptr_buffer();
  const err_ptr$6 = $b.make_ptr_buffer();
  const future$3 = $b.func_call_async(context$21, count, $b.make_val_buffer(0), results$14, trap_ptr$6, err_ptr$6);
  let polls: number = 1;
  $loop193: while (true) {
    if (!(!($b.call_future_poll(future$3)))) break;
    polls = ((polls + 1) | 0);
  }
  $b.call_future_delete(future$3);
  $rt.inspect($b.val_buffer_get_i32(results$14, 0), {"name":"Int"}, "1000", { file: "docs/API.md", line: 1275, column: 1 });
  $rt.inspect((polls > 1), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1276, column: 1 });
  let $t194: any;
  let $t195: any;
  try {
    $t195 = new $mb.Ok($b.func_call_sync_or_raise(context$21, count, $b.make_val_buffer(0), results$14));
  } catch ($err196: any) {
    $rt.rethrowPanic($err196);
    $t195 = new $mb.Err($err196);
  }
  $t194 = $t195;
  $rt.inspect($t194, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(TypeError(\"func_call_sync_or_raise: this store was created for async calls; use func_call_async\"))", { file: "docs/API.md", line: 1277, column: 1 });
  $b.module_delete(module_val$12);
  $b.async_context_delete(engine$35, store$23);
}));
test("docs/API.md:1288 Reference: async", () => $rt.runBlock("docs/API.md:1288 Reference: async", () => {
  const async_ctx$6 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$36 = async_ctx$6[0];
  const store$24 = async_ctx$6[1];
  const context$22 = async_ctx$6[2];
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
  $loop197: while (true) {
    if (!(!($b.call_future_poll(future$4)))) break;
  }
  $b.call_future_delete(future$4);
  $rt.inspect($b.val_buffer_get_i32(results$15, 0), {"name":"Int"}, "42", { file: "docs/API.md", line: 1307, column: 1 });
  $rt.inspect([$b.ptr_buffer_is_null(trap_ptr$7), $b.ptr_buffer_is_null(err_ptr$7)], {"tuple":[{"name":"Bool"},{"name":"Bool"}]}, "(true, true)", { file: "docs/API.md", line: 1308, column: 1 });
  $b.module_delete(module_val$13);
  $b.async_context_delete(engine$36, store$24);
}));
test("docs/API.md:1317 Reference: async", () => $rt.runBlock("docs/API.md:1317 Reference: async", () => {
  const async_ctx$7 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$37 = async_ctx$7[0];
  const store$25 = async_ctx$7[1];
  const context$23 = async_ctx$7[2];
  const wat$17 = "(module\n  (func (export \"boom\") unreachable))";
  const module_val$14 = $b.module_new_from_wat_or_raise(engine$37, wat$17);
  const instance$14 = $b.instance_new_or_raise(context$23, module_val$14);
  const boom$2 = $b.instance_export_func_or_raise(context$23, instance$14, "boom");
  const args$10 = $b.make_val_buffer(0);
  const results$16 = $b.make_val_buffer(0);
  const trap_ptr$8 = $b.make_ptr_buffer();
  const err_ptr$8 = $b.make_ptr_buffer();
  const future$5 = $b.func_call_async(context$23, boom$2, args$10, results$16, trap_ptr$8, err_ptr$8);
  $loop198: while (true) {
    if (!(!($b.call_future_poll(future$5)))) break;
  }
  $b.call_future_delete(future$5);
  $rt.assert_false($b.ptr_buffer_is_null(trap_ptr$8), { file: "docs/API.md", line: 1333, column: 1 });
  $rt.assert_true(($b.ptr_buffer_read_u64(trap_ptr$8) !== 0n), { file: "docs/API.md", line: 1334, column: 1 });
  $rt.inspect($b.trap_message_ptr_buffer(trap_ptr$8), {"name":"String"}, "error while executing at wasm backtrace:\n    0:     0x21 - <unknown>!<wasm function 0>\n\nCaused by:\n    wasm trap: wasm `unreachable` instruction executed\n", { file: "docs/API.md", line: 1335, column: 1 });
  $b.ptr_buffer_clear(trap_ptr$8);
  $rt.inspect($b.ptr_buffer_is_null(trap_ptr$8), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1337, column: 1 });
  $rt.inspect($b.ptr_buffer_is_null(err_ptr$8), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1338, column: 1 });
  $b.module_delete(module_val$14);
  $b.async_context_delete(engine$37, store$25);
}));
test("docs/API.md:1347 Reference: async", () => $rt.runBlock("docs/API.md:1347 Reference: async", () => {
  const async_ctx$8 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$38 = async_ctx$8[0];
  const store$26 = async_ctx$8[1];
  const context$24 = async_ctx$8[2];
  const wat$18 = "(module\n  (func (export \"seven\") (result i32) i32.const 7))";
  const module_val$15 = $b.module_new_from_wat_or_raise(engine$38, wat$18);
  const instance$15 = $b.instance_new_or_raise(context$24, module_val$15);
  const seven = $b.instance_export_func_or_raise(context$24, instance$15, "seven");
  const args$11 = $b.make_val_buffer(0);
  const results$17 = $b.make_val_buffer(1);
  const trap_ptr$9 = $b.make_ptr_buffer();
  const err_ptr$9 = $b.make_ptr_buffer();
  $match199: {
    const $t199 = $b.func_call_async_result(context$24, seven, args$11, results$17, trap_ptr$9, err_ptr$9) as $mb.Result<$b.CallFuture, Error>;
    if ($t199.tag === 'Ok') {
      const future$6 = $t199.value;
      $loop200: while (true) {
        if (!(!($b.call_future_poll(future$6)))) break;
      }
      $b.call_future_delete(future$6);
      break $match199;
    }
    if ($t199.tag === 'Err') {
      const e$18 = $t199.error;
      throw e$18;
      break $match199;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1360, column: 1 });
  }
  $rt.inspect($b.val_buffer_get_i32(results$17, 0), {"name":"Int"}, "7", { file: "docs/API.md", line: 1367, column: 1 });
  $b.val_buffer_set_i32(results$17, 0, 0);
  $match201: {
    const $t201 = $b.func_call_async_result_autoclean(context$24, seven, args$11, results$17, trap_ptr$9, err_ptr$9) as $mb.Result<$b.CallFuture, Error>;
    if ($t201.tag === 'Ok') {
      const future$7 = $t201.value;
      $loop202: while (true) {
        if (!(!($b.call_future_poll(future$7)))) break;
      }
      $b.call_future_delete(future$7);
      break $match201;
    }
    if ($t201.tag === 'Err') {
      const e$19 = $t201.error;
      throw e$19;
      break $match201;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1369, column: 1 });
  }
  $rt.inspect($b.val_buffer_get_i32(results$17, 0), {"name":"Int"}, "7", { file: "docs/API.md", line: 1376, column: 1 });
  $b.module_delete(module_val$15);
  $b.async_context_delete(engine$38, store$26);
}));
test("docs/API.md:1388 Reference: async", () => $rt.runBlock("docs/API.md:1388 Reference: async", () => {
  const async_ctx$9 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$39 = async_ctx$9[0];
  const store$27 = async_ctx$9[1];
  const context$25 = async_ctx$9[2];
  const wat$19 = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1))))";
  const module_val$16 = $b.module_new_from_wat_or_raise(engine$39, wat$19);
  const instance$16 = $b.instance_new_or_raise(context$25, module_val$16);
  const add$3 = $b.instance_export_func_or_raise(context$25, instance$16, "add");
  const args$12 = $b.make_val_buffer(1);
  const results$18 = $b.make_val_buffer(1);
  const trap_ptr$10 = $b.make_ptr_buffer();
  const err_ptr$10 = $b.make_ptr_buffer();
  $match203: {
    const $t203 = $b.func_call_async_result_autoclean(context$25, add$3, args$12, results$18, trap_ptr$10, err_ptr$10) as $mb.Result<$b.CallFuture, Error>;
    if ($t203.tag === 'Ok') {
      $rt.fail("expected an error", { file: "docs/API.md", line: 1403, column: 12 });
      break $match203;
    }
    if ($t203.tag === 'Err') {
      const e$20 = $t203.error;
      $rt.inspect(e$20, {"name":"Error"}, "Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\")", { file: "docs/API.md", line: 1404, column: 13 });
      break $match203;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1402, column: 1 });
  }
  $rt.inspect([$b.ptr_buffer_is_null(trap_ptr$10), $b.ptr_buffer_is_null(err_ptr$10)], {"tuple":[{"name":"Bool"},{"name":"Bool"}]}, "(true, true)", { file: "docs/API.md", line: 1406, column: 1 });
  $match204: {
    const $t204 = $b.func_call_async_result(context$25, add$3, args$12, results$18, trap_ptr$10, err_ptr$10) as $mb.Result<$b.CallFuture, Error>;
    if ($t204.tag === 'Ok') {
      $rt.fail("expected an error", { file: "docs/API.md", line: 1408, column: 12 });
      break $match204;
    }
    if ($t204.tag === 'Err') {
      const e$21 = $t204.error;
      $rt.inspect(e$21, {"name":"Error"}, "Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\")", { file: "docs/API.md", line: 1409, column: 13 });
      break $match204;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1407, column: 1 });
  }
  $rt.inspect([$b.ptr_buffer_is_null(trap_ptr$10), $b.ptr_buffer_is_null(err_ptr$10)], {"tuple":[{"name":"Bool"},{"name":"Bool"}]}, "(true, false)", { file: "docs/API.md", line: 1411, column: 1 });
  $rt.inspect($b.error_message_ptr_buffer(err_ptr$10), {"name":"String"}, "expected 2 arguments, got 1", { file: "docs/API.md", line: 1412, column: 1 });
  $b.error_delete_ptr_buffer(err_ptr$10);
  $rt.inspect($b.ptr_buffer_is_null(err_ptr$10), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1414, column: 1 });
  let $t205: any;
  let $t206: any;
  try {
    $t206 = new $mb.Ok($b.func_call_async(context$25, add$3, args$12, results$18, trap_ptr$10, err_ptr$10));
  } catch ($err207: any) {
    $rt.rethrowPanic($err207);
    $t206 = new $mb.Err($err207);
  }
  $t205 = $t206;
  $match208: {
    const $t208 = $t205 as $mb.Result<$b.CallFuture, Error>;
    if ($t208.tag === 'Err') {
      const e$22 = $t208.error;
      $rt.inspect(e$22, {"name":"Error"}, "Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\")", { file: "docs/API.md", line: 1416, column: 13 });
      break $match208;
    }
    if ($t208.tag === 'Ok') {
      $rt.fail("func_call_async should have raised", { file: "docs/API.md", line: 1417, column: 12 });
      break $match208;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1415, column: 1 });
  }
  $rt.inspect($b.ptr_buffer_is_null(err_ptr$10), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1419, column: 1 });
  $b.module_delete(module_val$16);
  $b.async_context_delete(engine$39, store$27);
}));
test("docs/API.md:1428 Reference: async", () => $rt.runBlock("docs/API.md:1428 Reference: async", () => {
  const async_ctx$10 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$40 = async_ctx$10[0];
  const store$28 = async_ctx$10[1];
  const context$26 = async_ctx$10[2];
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
  $rt.inspect($b.val_buffer_get_i32(results$19, 0), {"name":"Int"}, "7", { file: "docs/API.md", line: 1445, column: 1 });
  $b.module_delete(module_val$17);
  $b.async_context_delete(engine$40, store$28);
}));
test("docs/API.md:1456 Reference: threads running wasm", () => $rt.runBlock("docs/API.md:1456 Reference: threads running wasm", () => {
  const wat$21 = "(module\n  (func (export \"run\") (result i32)\n    (i32.mul (i32.const 6) (i32.const 7))))";
  const a = $b.wasm_job_spawn_wat_or_raise(wat$21, "run");
  const b = $b.wasm_job_spawn_wat_or_raise(wat$21, "run");
  $rt.inspect([$b.wasm_job_join_or_raise(a), $b.wasm_job_join_or_raise(b)], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(42, 42)", { file: "docs/API.md", line: 1463, column: 1 });
}));
test("docs/API.md:1469 Reference: threads running wasm", () => $rt.runBlock("docs/API.md:1469 Reference: threads running wasm", () => {
  let $t209: any;
  let $t210: any;
  try {
    $t210 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise("(module", "run")));
  } catch ($err211: any) {
    $rt.rethrowPanic($err211);
    $t210 = new $mb.Err($err211);
  }
  $t209 = $t210;
  const bad$3 = $t209;
  $rt.inspect(bad$3, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"wasm_job_join_or_raise: invalid WAT: expected `)`\\n     --> <anon>:1:8\\n      |\\n    1 | (module\\n      |        ^\"))", { file: "docs/API.md", line: 1471, column: 1 });
  let $t212: any;
  let $t213: any;
  try {
    $t213 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise("(module)", "run")));
  } catch ($err214: any) {
    $rt.rethrowPanic($err214);
    $t213 = new $mb.Err($err214);
  }
  $t212 = $t213;
  const missing$1 = $t212;
  $rt.inspect(missing$1, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"wasm_job_join_or_raise: no export named `run`\"))", { file: "docs/API.md", line: 1473, column: 1 });
  const trap_wat = "(module\n  (func (export \"run\") (result i32) unreachable))";
  let $t215: any;
  let $t216: any;
  try {
    $t216 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise(trap_wat, "run")));
  } catch ($err217: any) {
    $rt.rethrowPanic($err217);
    $t216 = new $mb.Err($err217);
  }
  $t215 = $t216;
  const trapped = $t215;
  $rt.inspect(trapped, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"wasm_job_join_or_raise: wasm trap: error while executing at wasm backtrace:\\n    0:     0x20 - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", { file: "docs/API.md", line: 1478, column: 1 });
}));
test("docs/API.md:1484 Reference: threads running wasm", () => $rt.runBlock("docs/API.md:1484 Reference: threads running wasm", () => {
  const wat$22 = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    (i32.store (i32.const 8) (i32.const 16))\n    (i32.store (i32.const 12) (i32.const 100))\n    (drop (call $fd_read (i32.const 0) (i32.const 8) (i32.const 1) (i32.const 4)))\n    (i32.load (i32.const 4))))";
  const job = $b.wasi_job_spawn_wat_or_raise(wat$22, "run", "testdata/wasm_job_input.txt");
  $rt.inspect($b.wasi_job_join_or_raise(job), {"name":"Int"}, "5", { file: "docs/API.md", line: 1497, column: 1 });
  let $t218: any;
  let $t219: any;
  try {
    $t219 = new $mb.Ok($b.wasi_job_join_or_raise($b.wasi_job_spawn_wat_or_raise(wat$22, "run", "testdata/no-such-file.txt")));
  } catch ($err220: any) {
    $rt.rethrowPanic($err220);
    $t219 = new $mb.Err($err220);
  }
  $t218 = $t219;
  const missing$2 = $t218;
  $rt.inspect(missing$2, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"wasi_job_spawn_wat_or_raise: cannot use `testdata/no-such-file.txt` as stdin: No such file or directory\"))", { file: "docs/API.md", line: 1499, column: 1 });
}));
test("docs/API.md:1508 Reference: WASI", () => $rt.runBlock("docs/API.md:1508 Reference: WASI", () => {
  const wasi$3 = $b.wasi_config_new_or_raise();
  $b.wasi_config_delete(wasi$3);
  const engine$41 = $b.engine_new();
  const store$29 = $b.wasmtime_store_new(engine$41);
  const context$27 = $b.wasmtime_store_context(store$29);
  const wasi2 = $b.wasi_config_new_or_raise();
  $b.context_set_wasi_or_raise(context$27, wasi2);
  let $t221: any;
  let $t222: any;
  try {
    $t222 = new $mb.Ok($b.wasi_config_inherit_stdout(wasi2));
  } catch ($err223: any) {
    $rt.rethrowPanic($err223);
    $t222 = new $mb.Err($err223);
  }
  $t221 = $t222;
  const reused = $t221;
  $rt.inspect(reused, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"wasi_config_inherit_stdout: this WasiConfig was consumed by context_set_wasi_or_raise and can no longer be used\"))", { file: "docs/API.md", line: 1517, column: 1 });
  $b.wasmtime_store_delete(store$29);
  $b.engine_delete(engine$41);
}));
test("docs/API.md:1557 Reference: WASI", () => $rt.runBlock("docs/API.md:1557 Reference: WASI", () => {
  const wasi$4 = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdin_bytes(wasi$4, new Uint8Array([104, 101, 121]));
  $rt.inspect(run_wasi_i32(wasi$4, read_stdin_wat, "run"), {"name":"Int"}, "3", { file: "docs/API.md", line: 1560, column: 3 });
  const from_file = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdin_file_or_raise(from_file, "testdata/wasm_job_input.txt");
  $rt.inspect(run_wasi_i32(from_file, read_stdin_wat, "run"), {"name":"Int"}, "5", { file: "docs/API.md", line: 1563, column: 3 });
  const missing$3 = $b.wasi_config_new_or_raise();
  let $t224: any;
  let $t225: any;
  try {
    $t225 = new $mb.Ok($b.wasi_config_set_stdin_file_or_raise(missing$3, "testdata/no-such-file.txt"));
  } catch ($err226: any) {
    $rt.rethrowPanic($err226);
    $t225 = new $mb.Err($err226);
  }
  $t224 = $t225;
  const r = $t224;
  $rt.inspect(r, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"wasi_config_set_stdin_file_or_raise: cannot open stdin file `testdata/no-such-file.txt`: No such file or directory\"))", { file: "docs/API.md", line: 1566, column: 3 });
  $b.wasi_config_delete(missing$3);
}));
test("docs/API.md:1591 Reference: WASI", () => $rt.runBlock("docs/API.md:1591 Reference: WASI", () => {
  const wasi$5 = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdout_file_or_raise(wasi$5, "/dev/null");
  $rt.inspect(run_wasi_i32(wasi$5, write_wat, "out"), {"name":"Int"}, "5", { file: "docs/API.md", line: 1594, column: 3 });
  const wasi2$1 = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stderr_file_or_raise(wasi2$1, "/dev/null");
  $rt.inspect(run_wasi_i32(wasi2$1, write_wat, "err"), {"name":"Int"}, "5", { file: "docs/API.md", line: 1597, column: 3 });
  const bad$4 = $b.wasi_config_new_or_raise();
  let $t227: any;
  let $t228: any;
  try {
    $t228 = new $mb.Ok($b.wasi_config_set_stdout_file_or_raise(bad$4, "testdata/no-such-dir/out.txt"));
  } catch ($err229: any) {
    $rt.rethrowPanic($err229);
    $t228 = new $mb.Err($err229);
  }
  $t227 = $t228;
  const r$1 = $t227;
  $rt.inspect(r$1, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"wasi_config_set_stdout_file_or_raise: Wasmtime could not open `testdata/no-such-dir/out.txt` for writing\"))", { file: "docs/API.md", line: 1600, column: 3 });
  let $t230: any;
  let $t231: any;
  try {
    $t231 = new $mb.Ok($b.wasi_config_set_stderr_file_or_raise(bad$4, "testdata/no-such-dir/err.txt"));
  } catch ($err232: any) {
    $rt.rethrowPanic($err232);
    $t231 = new $mb.Err($err232);
  }
  $t230 = $t231;
  const r2 = $t230;
  $rt.inspect(r2, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"wasi_config_set_stderr_file_or_raise: Wasmtime could not open `testdata/no-such-dir/err.txt` for writing\"))", { file: "docs/API.md", line: 1602, column: 3 });
  $b.wasi_config_delete(bad$4);
}));
test("docs/API.md:1626 Reference: WASI", () => $rt.runBlock("docs/API.md:1626 Reference: WASI", () => {
  const wasi$6 = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_argv_or_raise(wasi$6, ["prog", "a", "bc"]);
  $rt.inspect(run_wasi_i32(wasi$6, sizes_wat, "argc"), {"name":"Int"}, "3", { file: "docs/API.md", line: 1629, column: 3 });
  const wasi2$2 = $b.wasi_config_new_or_raise();
  const env: [string, string][] = [["A", "1"], ["BB", "22"]];
  $b.wasi_config_set_env_or_raise(wasi2$2, env);
  $rt.inspect(run_wasi_i32(wasi2$2, sizes_wat, "envc"), {"name":"Int"}, "2", { file: "docs/API.md", line: 1633, column: 3 });
  const empty = $b.wasi_config_new_or_raise();
  $rt.inspect(run_wasi_i32(empty, sizes_wat, "envc"), {"name":"Int"}, "0", { file: "docs/API.md", line: 1635, column: 3 });
}));
test("docs/API.md:1643 Reference: WASI", () => $rt.runBlock("docs/API.md:1643 Reference: WASI", () => {
  const wasi$7 = $b.wasi_config_new_or_raise();
  $b.wasi_config_inherit_argv(wasi$7);
  $b.wasi_config_inherit_env(wasi$7);
  $b.wasi_config_inherit_stdin(wasi$7);
  $b.wasi_config_inherit_stdout(wasi$7);
  $b.wasi_config_inherit_stderr(wasi$7);
  $rt.assert_true((run_wasi_i32(wasi$7, sizes_wat, "argc") >= 1), { file: "docs/API.md", line: 1650, column: 1 });
}));
test("docs/API.md:1657 Reference: WASI", () => $rt.runBlock("docs/API.md:1657 Reference: WASI", () => {
  const wasi$8 = $b.wasi_config_new_or_raise();
  let $t233: any;
  let $t234: any;
  try {
    $t234 = new $mb.Ok($b.wasi_config_preopen_dir_or_raise(wasi$8, "testdata/no-such-dir"));
  } catch ($err235: any) {
    $rt.rethrowPanic($err235);
    $t234 = new $mb.Err($err235);
  }
  $t233 = $t234;
  const r$2 = $t233;
  $rt.inspect(r$2, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"wasi_config_preopen_dir_or_raise: cannot preopen `testdata/no-such-dir`: No such file or directory\"))", { file: "docs/API.md", line: 1660, column: 1 });
  $b.wasi_config_preopen_dir_or_raise(wasi$8, "testdata");
  $b.wasi_config_set_stdin_bytes(wasi$8, new Uint8Array([]));
  $rt.inspect(run_wasi_i32(wasi$8, read_stdin_wat, "run"), {"name":"Int"}, "0", { file: "docs/API.md", line: 1663, column: 1 });
  const rw = $b.wasi_config_new_or_raise();
  $b.wasi_config_preopen_dir_or_raise(rw, "testdata", { guest_path: "data", dir_perms: $b.WASI_DIR_PERMS_READ, file_perms: $b.WASI_FILE_PERMS_READ });
  $b.wasi_config_delete(rw);
}));
