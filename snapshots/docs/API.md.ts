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
test("docs/API.md:15 version", () => $rt.runBlock(() => {
  $rt.inspect(($rt.method.String.length($b.version()) > 0), {"name":"Bool"}, "true", { file: "docs/API.md", line: 16, column: 1 });
}));
test("docs/API.md:23 engine_new / engine_delete", () => $rt.runBlock(() => {
  const engine$1 = $b.engine_new();
  $b.engine_delete(engine$1);
}));
test("docs/API.md:32 store_new / store_delete", () => $rt.runBlock(() => {
  const engine$2 = $b.engine_new();
  const store$1 = $b.store_new(engine$2);
  $b.store_delete(store$1);
  $b.engine_delete(engine$2);
}));
test("docs/API.md:43 config_new / engine_new_with_config", () => $rt.runBlock(() => {
  const config = $b.config_new();
  $b.config_debug_info_set(config, true);
  $b.config_consume_fuel_set(config, true);
  const engine$3 = $b.engine_new_with_config(config);
  $b.engine_delete(engine$3);
}));
test("docs/API.md:55 Config options", () => $rt.runBlock(() => {
  const config$1 = $b.config_new();
  $b.config_wasm_simd_set(config$1, true);
  $b.config_wasm_multi_value_set(config$1, true);
  $b.config_wasm_tail_call_set(config$1, false);
  const engine$4 = $b.engine_new_with_config(config$1);
  $b.engine_delete(engine$4);
}));
test("docs/API.md:69 Async support (native)", () => $rt.runBlock(() => {
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
test("docs/API.md:82 Async bytes helpers (native)", () => $rt.runBlock(() => {
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
test("docs/API.md:114 Async bytes helpers with Result", () => $rt.runBlock(() => {
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
    const $t2 = future_result;
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
test("docs/API.md:149 Async polling thread (native)", () => $rt.runBlock(() => {
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
test("docs/API.md:179 Wasm job thread (POC)", () => $rt.runBlock(() => {
  const wat$1 = "(module\n  (func (export \"run\") (result i32)\n    i32.const 7))";
  const handle = $b.wasm_job_spawn_wat_or_raise(wat$1, "run");
  const result = $b.wasm_job_join_or_raise(handle);
  $rt.inspect(result, {"name":"Int"}, "7", { file: "docs/API.md", line: 186, column: 1 });
}));
test("docs/API.md:195 WASI file I/O job (POC)", () => $rt.runBlock(() => {
  const wat$2 = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    i32.const 8\n    i32.const 16\n    i32.store\n    i32.const 12\n    i32.const 100\n    i32.store\n    i32.const 0\n    i32.const 8\n    i32.const 1\n    i32.const 4\n    call $fd_read\n    drop\n    i32.const 4\n    i32.load))";
  const handle$1 = $b.wasi_job_spawn_wat_or_raise(wat$2, "run", "testdata/wasm_job_input.txt");
  const result$1 = $b.wasi_job_join_or_raise(handle$1);
  $rt.inspect(result$1, {"name":"Int"}, "5", { file: "docs/API.md", line: 219, column: 1 });
}));
test("docs/API.md:226 WASI config + sync call (POC)", () => $rt.runBlock(() => {
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
    const $t4 = call_res;
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
test("docs/API.md:288 WASI preopen dir + path_open (POC)", () => $rt.runBlock(() => {
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
    const $t5 = call_res$1;
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
test("docs/API.md:378 Target/cache helpers", () => $rt.runBlock(() => {
  const config$2 = $b.config_new();
  const err$3 = $b.config_target_set(config$2, "x86_64-unknown-linux-gnu");
  if (!($b.error_is_null(err$3))) {
    $b.error_delete(err$3);
  }
}));
test("docs/API.md:397 Reference: constants", () => $rt.runBlock(() => {
  $rt.inspect([$b.VALKIND_I32, $b.VALKIND_I64, $b.VALKIND_F32, $b.VALKIND_F64, $b.VALKIND_V128], {"tuple":[{"name":"Int"},{"name":"Int"},{"name":"Int"},{"name":"Int"},{"name":"Int"}]}, "(0, 1, 2, 3, 4)", { file: "docs/API.md", line: 398, column: 1 });
  $rt.inspect([$b.VALKIND_EXTERNREF, $b.VALKIND_FUNCREF], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(128, 129)", { file: "docs/API.md", line: 399, column: 1 });
}));
test("docs/API.md:405 Reference: constants", () => $rt.runBlock(() => {
  $rt.inspect([$b.STRATEGY_AUTO, $b.STRATEGY_CRANELIFT], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(0, 1)", { file: "docs/API.md", line: 406, column: 1 });
  $rt.inspect([$b.OPT_LEVEL_NONE, $b.OPT_LEVEL_SPEED, $b.OPT_LEVEL_SPEED_AND_SIZE], {"tuple":[{"name":"Int"},{"name":"Int"},{"name":"Int"}]}, "(0, 1, 2)", { file: "docs/API.md", line: 407, column: 1 });
  $rt.inspect([$b.PROFILING_STRATEGY_NONE, $b.PROFILING_STRATEGY_JITDUMP, $b.PROFILING_STRATEGY_VTUNE, $b.PROFILING_STRATEGY_PERFMAP], {"tuple":[{"name":"Int"},{"name":"Int"},{"name":"Int"},{"name":"Int"}]}, "(0, 1, 2, 3)", { file: "docs/API.md", line: 408, column: 1 });
}));
test("docs/API.md:413 Reference: constants", () => $rt.runBlock(() => {
  $rt.inspect([$b.WASI_DIR_PERMS_READ, $b.WASI_DIR_PERMS_WRITE], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(1, 2)", { file: "docs/API.md", line: 414, column: 1 });
  $rt.inspect([$b.WASI_FILE_PERMS_READ, $b.WASI_FILE_PERMS_WRITE], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(1, 2)", { file: "docs/API.md", line: 415, column: 1 });
}));
test("docs/API.md:422 Reference: version", () => $rt.runBlock(() => {
  $rt.inspect($b.version(), {"name":"String"}, "49.0.0", { file: "docs/API.md", line: 423, column: 1 });
}));
test("docs/API.md:431 Reference: engine / store", () => $rt.runBlock(() => {
  const engine$11 = $b.engine_new();
  const store$8 = $b.store_new(engine$11);
  let $t6: any;
  let $t7: any;
  try {
    $t7 = new $mb.Ok($b.engine_delete(engine$11));
  } catch ($err8) {
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
  } catch ($err11) {
    $rt.rethrowPanic($err11);
    $t10 = new $mb.Err($err11);
  }
  $t9 = $t10;
  $rt.inspect($t9, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 436, column: 1 });
}));
test("docs/API.md:442 Reference: engine / store", () => $rt.runBlock(() => {
  const engine$12 = $b.engine_new();
  $b.engine_delete(engine$12);
  let $t12: any;
  let $t13: any;
  try {
    $t13 = new $mb.Ok($b.store_new(engine$12));
  } catch ($err14) {
    $rt.rethrowPanic($err14);
    $t13 = new $mb.Err($err14);
  }
  $t12 = $t13;
  $rt.inspect($t12, {"name":"Result","args":[{"name":"Store"},{"name":"Error"}]}, "Err(Error(\"store_new: this Engine has already been deleted\"))", { file: "docs/API.md", line: 445, column: 1 });
  let $t15: any;
  let $t16: any;
  try {
    $t16 = new $mb.Ok($b.engine_delete(engine$12));
  } catch ($err17) {
    $rt.rethrowPanic($err17);
    $t16 = new $mb.Err($err17);
  }
  $t15 = $t16;
  $rt.inspect($t15, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"engine_delete: this Engine has already been deleted\"))", { file: "docs/API.md", line: 446, column: 1 });
}));
test("docs/API.md:452 Reference: engine / store", () => $rt.runBlock(() => {
  const config$3 = $b.config_new();
  const engine$13 = $b.engine_new_with_config(config$3);
  let $t18: any;
  let $t19: any;
  try {
    $t19 = new $mb.Ok($b.config_wasm_simd_set(config$3, true));
  } catch ($err20) {
    $rt.rethrowPanic($err20);
    $t19 = new $mb.Err($err20);
  }
  $t18 = $t19;
  $rt.inspect($t18, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"config_wasm_simd_set: this Config was consumed by engine_new_with_config and can no longer be used\"))", { file: "docs/API.md", line: 455, column: 1 });
  $b.engine_delete(engine$13);
}));
test("docs/API.md:463 Reference: engine / store", () => $rt.runBlock(() => {
  const engine$14 = $b.engine_new();
  const store$9 = $b.wasmtime_store_new(engine$14);
  const context$7 = $b.wasmtime_store_context(store$9);
  $rt.inspect($b.context_gc(context$7), {"name":"Unit"}, "()", { file: "docs/API.md", line: 467, column: 1 });
  $b.wasmtime_store_delete(store$9);
  let $t21: any;
  let $t22: any;
  try {
    $t22 = new $mb.Ok($b.context_gc(context$7));
  } catch ($err23) {
    $rt.rethrowPanic($err23);
    $t22 = new $mb.Err($err23);
  }
  $t21 = $t22;
  $rt.inspect($t21, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"context_gc: the WasmtimeStore of this Context has been deleted\"))", { file: "docs/API.md", line: 469, column: 1 });
  $b.engine_delete(engine$14);
}));
test("docs/API.md:478 Reference: engine / store", () => $rt.runBlock(() => {
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
  let $t24: any;
  let $t25: any;
  try {
    $t25 = new $mb.Ok($b.func_call_sync_or_raise(context$8, func$3, $b.make_val_buffer(0), results$6));
  } catch ($err26) {
    $rt.rethrowPanic($err26);
    $t25 = new $mb.Err($err26);
  }
  $t24 = $t25;
  $rt.inspect($t24, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x25 - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: all fuel consumed by WebAssembly\\n\"))", { file: "docs/API.md", line: 505, column: 1 });
  $b.module_delete(module_val$3);
  $b.wasmtime_store_delete(store$10);
  $b.engine_delete(engine$15);
}));
test("docs/API.md:514 Reference: engine / store", () => $rt.runBlock(() => {
  const engine$16 = $b.engine_new();
  const store$11 = $b.wasmtime_store_new(engine$16);
  const context$9 = $b.wasmtime_store_context(store$11);
  const err$5 = $b.context_set_fuel(context$9, 100n);
  $rt.inspect($b.error_is_null(err$5), {"name":"Bool"}, "false", { file: "docs/API.md", line: 519, column: 1 });
  $rt.inspect($b.error_message(err$5), {"name":"String"}, "fuel is not configured in this store", { file: "docs/API.md", line: 520, column: 1 });
  $b.error_delete(err$5);
  let $t27: any;
  let $t28: any;
  try {
    $t28 = new $mb.Ok($b.context_get_fuel(context$9));
  } catch ($err29) {
    $rt.rethrowPanic($err29);
    $t28 = new $mb.Err($err29);
  }
  $t27 = $t28;
  $rt.inspect($t27, {"name":"Result","args":[{"name":"UInt64"},{"name":"Error"}]}, "Err(Failure(\"fuel is not configured in this store\"))", { file: "docs/API.md", line: 522, column: 1 });
  $b.wasmtime_store_delete(store$11);
  $b.engine_delete(engine$16);
}));
test("docs/API.md:532 Reference: engine / store", () => $rt.runBlock(() => {
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
  let $t30: any;
  let $t31: any;
  try {
    $t31 = new $mb.Ok($b.func_call_sync_or_raise(context$10, func$4, $b.make_val_buffer(0), results$7));
  } catch ($err32) {
    $rt.rethrowPanic($err32);
    $t31 = new $mb.Err($err32);
  }
  $t30 = $t31;
  $rt.inspect($t30, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 547, column: 1 });
  $rt.inspect($b.val_buffer_get_i32(results$7, 0), {"name":"Int"}, "7", { file: "docs/API.md", line: 548, column: 1 });
  $b.engine_increment_epoch(engine$17);
  let $t33: any;
  let $t34: any;
  try {
    $t34 = new $mb.Ok($b.func_call_sync_or_raise(context$10, func$4, $b.make_val_buffer(0), results$7));
  } catch ($err35) {
    $rt.rethrowPanic($err35);
    $t34 = new $mb.Err($err35);
  }
  $t33 = $t34;
  $rt.inspect($t33, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x22 - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: interrupt\\n\"))", { file: "docs/API.md", line: 550, column: 1 });
  $b.module_delete(module_val$4);
  $b.wasmtime_store_delete(store$12);
  $b.engine_delete(engine$17);
}));
test("docs/API.md:561 Reference: config", () => $rt.runBlock(() => {
  const config$6 = $b.config_new();
  $b.config_delete(config$6);
  let $t36: any;
  let $t37: any;
  try {
    $t37 = new $mb.Ok($b.config_debug_info_set(config$6, true));
  } catch ($err38) {
    $rt.rethrowPanic($err38);
    $t37 = new $mb.Err($err38);
  }
  $t36 = $t37;
  $rt.inspect($t36, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"config_debug_info_set: this Config has already been deleted\"))", { file: "docs/API.md", line: 564, column: 1 });
}));
test("docs/API.md:570 Reference: config", () => $rt.runBlock(() => {
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
}));
test("docs/API.md:609 Reference: config", () => $rt.runBlock(() => {
  const config$8 = $b.config_new();
  $rt.inspect($b.config_wasm_stack_switching_set(config$8, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 611, column: 1 });
  $rt.inspect($b.config_wasm_component_model_set(config$8, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 612, column: 1 });
  $rt.inspect($b.config_concurrency_support_set(config$8, true), {"name":"Unit"}, "()", { file: "docs/API.md", line: 613, column: 1 });
  let $t39: any;
  let $t40: any;
  try {
    $t40 = new $mb.Ok($b.engine_delete($b.engine_new_with_config(config$8)));
  } catch ($err41) {
    $rt.rethrowPanic($err41);
    $t40 = new $mb.Err($err41);
  }
  $t39 = $t40;
  $rt.inspect($t39, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 614, column: 1 });
}));
test("docs/API.md:621 Reference: config", () => $rt.runBlock(() => {
  const simd_wat = "(module (func (result v128) v128.const i64x2 0 0))";
  const config$9 = $b.config_new();
  $b.config_wasm_simd_set(config$9, false);
  $b.config_wasm_relaxed_simd_set(config$9, false);
  const engine$19 = $b.engine_new_with_config(config$9);
  let $t42: any;
  let $t43: any;
  try {
    $t43 = new $mb.Ok($b.module_new_from_wat_or_raise(engine$19, simd_wat));
  } catch ($err44) {
    $rt.rethrowPanic($err44);
    $t43 = new $mb.Err($err44);
  }
  $t42 = $t43;
  $rt.inspect($t42, {"name":"Result","args":[{"name":"Module"},{"name":"Error"}]}, "Err(Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    SIMD support is not enabled (at offset 0xb)\\n\"))", { file: "docs/API.md", line: 628, column: 1 });
  $b.engine_delete(engine$19);
  const multi_wat = "(module (func (result i32 i32) i32.const 1 i32.const 2))";
  const config2 = $b.config_new();
  $b.config_wasm_multi_value_set(config2, false);
  const engine2 = $b.engine_new_with_config(config2);
  let $t45: any;
  let $t46: any;
  try {
    $t46 = new $mb.Ok($b.module_new_from_wat_or_raise(engine2, multi_wat));
  } catch ($err47) {
    $rt.rethrowPanic($err47);
    $t46 = new $mb.Err($err47);
  }
  $t45 = $t46;
  $rt.inspect($t45, {"name":"Result","args":[{"name":"Module"},{"name":"Error"}]}, "Err(Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    func type returns multiple values but the multi-value feature is not enabled (at offset 0xb)\\n\"))", { file: "docs/API.md", line: 635, column: 1 });
  $b.engine_delete(engine2);
  const tail_wat = "(module (func $f (result i32) i32.const 1) (func (result i32) return_call $f))";
  const config3 = $b.config_new();
  $b.config_wasm_tail_call_set(config3, false);
  const engine3 = $b.engine_new_with_config(config3);
  let $t48: any;
  let $t49: any;
  try {
    $t49 = new $mb.Ok($b.module_new_from_wat_or_raise(engine3, tail_wat));
  } catch ($err50) {
    $rt.rethrowPanic($err50);
    $t49 = new $mb.Err($err50);
  }
  $t48 = $t49;
  $rt.inspect($t48, {"name":"Result","args":[{"name":"Module"},{"name":"Error"}]}, "Err(Failure(\"failed to compile: wasm[0]::function[1]\\n\\nCaused by:\\n    0: WebAssembly translation error\\n    1: Invalid input WebAssembly code at offset 30: tail calls support is not enabled\\n\"))", { file: "docs/API.md", line: 642, column: 1 });
  $b.engine_delete(engine3);
}));
test("docs/API.md:651 Reference: config", () => $rt.runBlock(() => {
  const config$10 = $b.config_new();
  $b.config_wasm_reference_types_set(config$10, false);
  let $t51: any;
  let $t52: any;
  try {
    $t52 = new $mb.Ok($b.engine_new_with_config(config$10));
  } catch ($err53) {
    $rt.rethrowPanic($err53);
    $t52 = new $mb.Err($err53);
  }
  $t51 = $t52;
  $rt.inspect($t51, {"name":"Result","args":[{"name":"Engine"},{"name":"Error"}]}, "Err(Failure(\"engine_new_with_config: invalid configuration: the component-model-async feature requires the wasm reference-types proposal\"))", { file: "docs/API.md", line: 654, column: 1 });
  const config2$1 = $b.config_new();
  $b.config_concurrency_support_set(config2$1, false);
  $b.config_wasm_reference_types_set(config2$1, false);
  let $t54: any;
  let $t55: any;
  try {
    $t55 = new $mb.Ok($b.engine_new_with_config(config2$1));
  } catch ($err56) {
    $rt.rethrowPanic($err56);
    $t55 = new $mb.Err($err56);
  }
  $t54 = $t55;
  $match57: {
    const $t57 = $t54;
    if ($t57.tag === 'Ok') {
      const engine$20 = $t57.value;
      $b.engine_delete(engine$20);
      break $match57;
    }
    if ($t57.tag === 'Err') {
      const e = $t57.error;
      throw e;
      break $match57;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 658, column: 1 });
  }
}));
test("docs/API.md:668 Reference: config", () => $rt.runBlock(() => {
  const config$11 = $b.config_new();
  $rt.inspect($b.config_max_wasm_stack_set(config$11, $rt.UInt64.mul(64n, 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 670, column: 1 });
  $rt.inspect($b.config_async_stack_size_set(config$11, $rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 671, column: 1 });
  $rt.inspect($b.config_memory_reservation_set(config$11, $rt.UInt64.mul($rt.UInt64.mul(1024n, 1024n), 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 672, column: 1 });
  $rt.inspect($b.config_memory_guard_size_set(config$11, $rt.UInt64.mul(64n, 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 673, column: 1 });
  $rt.inspect($b.config_memory_reservation_for_growth_set(config$11, $rt.UInt64.mul(1024n, 1024n)), {"name":"Unit"}, "()", { file: "docs/API.md", line: 674, column: 1 });
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
  $rt.inspect($b.val_buffer_get_i32(results$8, 0), {"name":"Int"}, "100", { file: "docs/API.md", line: 691, column: 1 });
  $b.val_buffer_set_i32(args$5, 0, 1000000);
  let $t58: any;
  let $t59: any;
  try {
    $t59 = new $mb.Ok($b.func_call_sync_or_raise(context$11, func$5, args$5, results$8));
  } catch ($err60) {
    $rt.rethrowPanic($err60);
    $t59 = new $mb.Err($err60);
  }
  $t58 = $t59;
  $match61: {
    const $t61 = $t58;
    if ($t61.tag === 'Ok') {
      $rt.fail("expected a stack overflow", { file: "docs/API.md", line: 694, column: 12 });
      break $match61;
    }
    if ($t61.tag === 'Err' && $t61.error instanceof $mb.Failure) {
      const msg = $t61.error.message;
      $rt.inspect($rt.method.String.contains(msg, "call stack exhausted"), {"name":"Bool"}, "true", { file: "docs/API.md", line: 695, column: 24 });
      break $match61;
    }
    if ($t61.tag === 'Err') {
      $rt.fail("expected a Failure", { file: "docs/API.md", line: 696, column: 13 });
      break $match61;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 693, column: 1 });
  }
  $b.module_delete(module_val$5);
  $b.wasmtime_store_delete(store$13);
  $b.engine_delete(engine$21);
}));
test("docs/API.md:706 Reference: config", () => $rt.runBlock(() => {
  const config$12 = $b.config_new();
  $rt.inspect($b.config_strategy_set(config$12, $b.STRATEGY_CRANELIFT), {"name":"Unit"}, "()", { file: "docs/API.md", line: 708, column: 1 });
  $rt.inspect($b.config_cranelift_opt_level_set(config$12, $b.OPT_LEVEL_SPEED_AND_SIZE), {"name":"Unit"}, "()", { file: "docs/API.md", line: 709, column: 1 });
  $rt.inspect($b.config_profiler_set(config$12, $b.PROFILING_STRATEGY_NONE), {"name":"Unit"}, "()", { file: "docs/API.md", line: 710, column: 1 });
  let $t62: any;
  let $t63: any;
  try {
    $t63 = new $mb.Ok($b.config_strategy_set(config$12, 7));
  } catch ($err64) {
    $rt.rethrowPanic($err64);
    $t63 = new $mb.Err($err64);
  }
  $t62 = $t63;
  $rt.inspect($t62, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(RangeError(\"config_strategy_set: value must be in 0..1, got 7\"))", { file: "docs/API.md", line: 711, column: 1 });
  let $t65: any;
  let $t66: any;
  try {
    $t66 = new $mb.Ok($b.config_cranelift_opt_level_set(config$12, 3));
  } catch ($err67) {
    $rt.rethrowPanic($err67);
    $t66 = new $mb.Err($err67);
  }
  $t65 = $t66;
  $rt.inspect($t65, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(RangeError(\"config_cranelift_opt_level_set: value must be in 0..2, got 3\"))", { file: "docs/API.md", line: 712, column: 1 });
  let $t68: any;
  let $t69: any;
  try {
    $t69 = new $mb.Ok($b.config_profiler_set(config$12, 9));
  } catch ($err70) {
    $rt.rethrowPanic($err70);
    $t69 = new $mb.Err($err70);
  }
  $t68 = $t69;
  $rt.inspect($t68, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(RangeError(\"config_profiler_set: value must be in 0..3, got 9\"))", { file: "docs/API.md", line: 713, column: 1 });
  const engine$22 = $b.engine_new_with_config(config$12);
  $b.engine_delete(engine$22);
}));
test("docs/API.md:722 Reference: config", () => $rt.runBlock(() => {
  const config$13 = $b.config_new();
  $rt.inspect($b.config_cranelift_flag_enable(config$13, "enable_verifier"), {"name":"Unit"}, "()", { file: "docs/API.md", line: 724, column: 1 });
  $rt.inspect($b.config_cranelift_flag_set(config$13, "regalloc_checker", "true"), {"name":"Unit"}, "()", { file: "docs/API.md", line: 725, column: 1 });
  const engine$23 = $b.engine_new_with_config(config$13);
  $b.engine_delete(engine$23);
  const bad = $b.config_new();
  $b.config_cranelift_flag_set(bad, "no_such_flag", "true");
  let $t71: any;
  let $t72: any;
  try {
    $t72 = new $mb.Ok($b.engine_new_with_config(bad));
  } catch ($err73) {
    $rt.rethrowPanic($err73);
    $t72 = new $mb.Err($err73);
  }
  $t71 = $t72;
  $rt.inspect($t71, {"name":"Result","args":[{"name":"Engine"},{"name":"Error"}]}, "Err(Failure(\"engine_new_with_config: invalid configuration: No existing setting named 'no_such_flag'\"))", { file: "docs/API.md", line: 730, column: 1 });
}));
test("docs/API.md:736 Reference: config", () => $rt.runBlock(() => {
  const config$14 = $b.config_new();
  const ok = $b.config_target_set(config$14, "x86_64-unknown-linux-gnu");
  $rt.inspect($b.error_is_null(ok), {"name":"Bool"}, "true", { file: "docs/API.md", line: 739, column: 1 });
  const err$6 = $b.config_target_set(config$14, "not-a-target");
  $rt.inspect($b.error_is_null(err$6), {"name":"Bool"}, "false", { file: "docs/API.md", line: 741, column: 1 });
  $rt.inspect($b.error_message(err$6), {"name":"String"}, "Unrecognized architecture: not", { file: "docs/API.md", line: 742, column: 1 });
  $b.error_delete(err$6);
  $b.config_delete(config$14);
}));
test("docs/API.md:752 Reference: config", () => $rt.runBlock(() => {
  const config$15 = $b.config_new();
  const err$7 = $b.config_cache_config_load(config$15, "testdata/cache-config.toml");
  $rt.inspect($b.error_is_null(err$7), {"name":"Bool"}, "true", { file: "docs/API.md", line: 755, column: 1 });
  const missing = $b.config_cache_config_load(config$15, "testdata/no-such-file.toml");
  $rt.inspect($b.error_is_null(missing), {"name":"Bool"}, "false", { file: "docs/API.md", line: 757, column: 1 });
  $rt.inspect($rt.method.String.contains($b.error_message(missing), "no-such-file.toml"), {"name":"Bool"}, "true", { file: "docs/API.md", line: 758, column: 1 });
  $b.error_delete(missing);
  const default_ = $b.config_cache_config_load_default(config$15);
  $rt.inspect($b.error_is_null(default_), {"name":"Bool"}, "true", { file: "docs/API.md", line: 761, column: 1 });
  const engine$24 = $b.engine_new_with_config(config$15);
  $b.engine_delete(engine$24);
}));
test("docs/API.md:771 Reference: errors and out-pointer buffers", () => $rt.runBlock(() => {
  const config$16 = $b.config_new();
  const err$8 = $b.config_target_set(config$16, "riscv1024-unknown-none");
  $rt.inspect($b.error_is_null(err$8), {"name":"Bool"}, "false", { file: "docs/API.md", line: 774, column: 1 });
  $rt.inspect($b.error_message(err$8), {"name":"String"}, "Unrecognized architecture: riscv1024", { file: "docs/API.md", line: 775, column: 1 });
  $b.error_delete(err$8);
  let $t74: any;
  let $t75: any;
  try {
    $t75 = new $mb.Ok($b.error_message(err$8));
  } catch ($err76) {
    $rt.rethrowPanic($err76);
    $t75 = new $mb.Err($err76);
  }
  $t74 = $t75;
  $rt.inspect($t74, {"name":"Result","args":[{"name":"String"},{"name":"Error"}]}, "Err(Error(\"error_message: this WasmtimeError has already been deleted\"))", { file: "docs/API.md", line: 777, column: 1 });
  $b.config_delete(config$16);
}));
test("docs/API.md:787 Reference: errors and out-pointer buffers", () => $rt.runBlock(() => {
  const ptr = $b.make_ptr_buffer();
  $rt.inspect($rt.method.Bytes.length(ptr), {"name":"Int"}, "8", { file: "docs/API.md", line: 789, column: 1 });
  $rt.inspect($b.ptr_buffer_is_null(ptr), {"name":"Bool"}, "true", { file: "docs/API.md", line: 790, column: 1 });
  $rt.inspect($b.ptr_buffer_read_u64(ptr), {"name":"UInt64"}, "0", { file: "docs/API.md", line: 791, column: 1 });
  $b.error_delete_ptr_buffer(ptr);
  $b.trap_delete_ptr_buffer(ptr);
  $b.ptr_buffer_clear(ptr);
  $rt.inspect($b.ptr_buffer_is_null(ptr), {"name":"Bool"}, "true", { file: "docs/API.md", line: 795, column: 1 });
}));
test("docs/API.md:800 Reference: errors and out-pointer buffers", () => $rt.runBlock(() => {
  const ptr$1 = $b.make_ptr_buffer();
  let $t77: any;
  let $t78: any;
  try {
    $t78 = new $mb.Ok($b.error_message_ptr_buffer(ptr$1));
  } catch ($err79) {
    $rt.rethrowPanic($err79);
    $t78 = new $mb.Err($err79);
  }
  $t77 = $t78;
  $rt.inspect($t77, {"name":"Result","args":[{"name":"String"},{"name":"Error"}]}, "Err(Error(\"error_message_ptr_buffer: the pointer buffer is null\"))", { file: "docs/API.md", line: 802, column: 1 });
  let $t80: any;
  let $t81: any;
  try {
    $t81 = new $mb.Ok($b.trap_message_ptr_buffer(ptr$1));
  } catch ($err82) {
    $rt.rethrowPanic($err82);
    $t81 = new $mb.Err($err82);
  }
  $t80 = $t81;
  $rt.inspect($t80, {"name":"Result","args":[{"name":"String"},{"name":"Error"}]}, "Err(Error(\"trap_message_ptr_buffer: the pointer buffer is null\"))", { file: "docs/API.md", line: 803, column: 1 });
}));
test("docs/API.md:808 Reference: errors and out-pointer buffers", () => $rt.runBlock(() => {
  const short: Uint8Array = new Uint8Array([0, 0, 0]);
  let $t83: any;
  let $t84: any;
  try {
    $t84 = new $mb.Ok($b.ptr_buffer_is_null(short));
  } catch ($err85) {
    $rt.rethrowPanic($err85);
    $t84 = new $mb.Err($err85);
  }
  $t83 = $t84;
  $rt.inspect($t83, {"name":"Result","args":[{"name":"Bool"},{"name":"Error"}]}, "Err(TypeError(\"ptr_buffer_is_null: a pointer buffer must be exactly 8 bytes (from make_ptr_buffer), got 3\"))", { file: "docs/API.md", line: 810, column: 1 });
  const forged: Uint8Array = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
  let $t86: any;
  let $t87: any;
  try {
    $t87 = new $mb.Ok($b.error_delete_ptr_buffer(forged));
  } catch ($err88) {
    $rt.rethrowPanic($err88);
    $t87 = new $mb.Err($err88);
  }
  $t86 = $t87;
  $rt.inspect($t86, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(TypeError(\"error_delete_ptr_buffer: pointer buffer holds bytes this binding did not write, or a stale copy of a deleted pointer\"))", { file: "docs/API.md", line: 812, column: 1 });
}));
test("docs/API.md:820 Reference: values", () => $rt.runBlock(() => {
  $rt.inspect($b.val_sizeof(), {"name":"Int"}, "32", { file: "docs/API.md", line: 821, column: 1 });
  const buf = $b.make_val_buffer(3);
  $rt.inspect($rt.method.Bytes.length(buf), {"name":"Int"}, "96", { file: "docs/API.md", line: 823, column: 1 });
  $rt.inspect($b.val_buffer_count(buf), {"name":"Int"}, "3", { file: "docs/API.md", line: 824, column: 1 });
  $rt.inspect($b.val_buffer_count($b.make_val_buffer(0)), {"name":"Int"}, "0", { file: "docs/API.md", line: 825, column: 1 });
}));
test("docs/API.md:832 Reference: values", () => $rt.runBlock(() => {
  const bad$1: Uint8Array = new Uint8Array([0, 0, 0, 0, 0]);
  let $t89: any;
  let $t90: any;
  try {
    $t90 = new $mb.Ok($b.val_buffer_count(bad$1));
  } catch ($err91) {
    $rt.rethrowPanic($err91);
    $t90 = new $mb.Err($err91);
  }
  $t89 = $t90;
  $rt.inspect($t89, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(TypeError(\"val_buffer_count: value buffer length 5 is not a multiple of 32 (val_sizeof())\"))", { file: "docs/API.md", line: 834, column: 1 });
  let $t92: any;
  let $t93: any;
  try {
    $t93 = new $mb.Ok($b.val_buffer_count_or_raise(bad$1));
  } catch ($err94) {
    $rt.rethrowPanic($err94);
    $t93 = new $mb.Err($err94);
  }
  $t92 = $t93;
  $rt.inspect($t92, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"val_buffer_count_or_raise: value buffer length 5 is not a multiple of 32 (val_sizeof())\"))", { file: "docs/API.md", line: 835, column: 1 });
  $rt.inspect($b.val_buffer_count_result(bad$1), {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"val_buffer_count_result: value buffer length 5 is not a multiple of 32 (val_sizeof())\"))", { file: "docs/API.md", line: 836, column: 1 });
  $rt.inspect($b.val_buffer_count_or_raise($b.make_val_buffer(2)), {"name":"Int"}, "2", { file: "docs/API.md", line: 837, column: 1 });
  $rt.inspect($b.val_buffer_count_result($b.make_val_buffer(2)), {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Ok(2)", { file: "docs/API.md", line: 838, column: 1 });
}));
test("docs/API.md:845 Reference: values", () => $rt.runBlock(() => {
  const buf$1 = $b.make_val_buffer(4);
  $rt.inspect($b.val_buffer_kind(buf$1, 0), {"name":"Int"}, "0", { file: "docs/API.md", line: 847, column: 1 });
  $rt.inspect($b.val_buffer_get_i32(buf$1, 0), {"name":"Int"}, "0", { file: "docs/API.md", line: 848, column: 1 });
  $b.val_buffer_set_i32(buf$1, 0, -42);
  $b.val_buffer_set_i64(buf$1, 1, 9007199254740993n);
  $b.val_buffer_set_f32(buf$1, 2, 1.5);
  $b.val_buffer_set_f64(buf$1, 3, 0.1);
  $rt.inspect($b.val_buffer_get_i32(buf$1, 0), {"name":"Int"}, "-42", { file: "docs/API.md", line: 853, column: 1 });
  $rt.inspect($b.val_buffer_get_i64(buf$1, 1), {"name":"Int64"}, "9007199254740993", { file: "docs/API.md", line: 854, column: 1 });
  $rt.inspect($b.val_buffer_get_f32(buf$1, 2), {"name":"Float"}, "1.5", { file: "docs/API.md", line: 855, column: 1 });
  $rt.inspect($b.val_buffer_get_f64(buf$1, 3), {"name":"Double"}, "0.1", { file: "docs/API.md", line: 856, column: 1 });
  $rt.inspect([$b.val_buffer_kind(buf$1, 0), $b.val_buffer_kind(buf$1, 1), $b.val_buffer_kind(buf$1, 2), $b.val_buffer_kind(buf$1, 3)], {"tuple":[{"name":"Int"},{"name":"Int"},{"name":"Int"},{"name":"Int"}]}, "(0, 1, 2, 3)", { file: "docs/API.md", line: 857, column: 1 });
}));
test("docs/API.md:862 Reference: values", () => $rt.runBlock(() => {
  const buf$2 = $b.make_val_buffer(1);
  let $t95: any;
  let $t96: any;
  try {
    $t96 = new $mb.Ok($b.val_buffer_get_i32(buf$2, 1));
  } catch ($err97) {
    $rt.rethrowPanic($err97);
    $t96 = new $mb.Err($err97);
  }
  $t95 = $t96;
  $rt.inspect($t95, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(RangeError(\"val_buffer_get_i32: index 1 out of range for a buffer of 1 value(s)\"))", { file: "docs/API.md", line: 864, column: 1 });
  let $t98: any;
  let $t99: any;
  try {
    $t99 = new $mb.Ok($b.val_buffer_set_f64(buf$2, -1, 1));
  } catch ($err100) {
    $rt.rethrowPanic($err100);
    $t99 = new $mb.Err($err100);
  }
  $t98 = $t99;
  $rt.inspect($t98, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(RangeError(\"val_buffer_set_f64: index -1 out of range for a buffer of 1 value(s)\"))", { file: "docs/API.md", line: 865, column: 1 });
  let $t101: any;
  let $t102: any;
  try {
    $t102 = new $mb.Ok($b.make_val_buffer(-1));
  } catch ($err103) {
    $rt.rethrowPanic($err103);
    $t102 = new $mb.Err($err103);
  }
  $t101 = $t102;
  $rt.inspect($t101, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(RangeError(\"make_val_buffer: count must be an integer in 0..1048576, got -1\"))", { file: "docs/API.md", line: 866, column: 1 });
}));
test("docs/API.md:875 Reference: function types and host functions", () => $rt.runBlock(() => {
  const params$3: Uint8Array = new Uint8Array([0, 1]);
  const results$9: Uint8Array = new Uint8Array([3]);
  const ty$3 = $b.functype_new_from_valkinds(params$3, results$9);
  $rt.inspect($b.functype_is_null(ty$3), {"name":"Bool"}, "false", { file: "docs/API.md", line: 879, column: 1 });
  $b.functype_delete(ty$3);
  const bad$2: Uint8Array = new Uint8Array([0, 77]);
  const null_ty = $b.functype_new_from_valkinds(bad$2, results$9);
  $rt.inspect($b.functype_is_null(null_ty), {"name":"Bool"}, "true", { file: "docs/API.md", line: 883, column: 1 });
  let $t104: any;
  let $t105: any;
  try {
    $t105 = new $mb.Ok($b.functype_new_from_valkinds_or_raise(bad$2, results$9));
  } catch ($err106) {
    $rt.rethrowPanic($err106);
    $t105 = new $mb.Err($err106);
  }
  $t104 = $t105;
  $rt.inspect($t104, {"name":"Result","args":[{"name":"FuncType"},{"name":"Error"}]}, "Err(Failure(\"functype_new_from_valkinds_or_raise: invalid value kind 77 at params[1] (expected one of 0,1,2,3,4,128,129)\"))", { file: "docs/API.md", line: 884, column: 1 });
  $match107: {
    const $t107 = $b.functype_new_from_valkinds_result(bad$2, results$9);
    if ($t107.tag === 'Ok') {
      $rt.fail("expected an error", { file: "docs/API.md", line: 886, column: 12 });
      break $match107;
    }
    if ($t107.tag === 'Err') {
      const e$1 = $t107.error;
      $rt.inspect(e$1, {"name":"Error"}, "Failure(\"functype_new_from_valkinds_result: invalid value kind 77 at params[1] (expected one of 0,1,2,3,4,128,129)\")", { file: "docs/API.md", line: 887, column: 13 });
      break $match107;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 885, column: 1 });
  }
  $match108: {
    const $t108 = $b.functype_new_from_valkinds_result(params$3, results$9);
    if ($t108.tag === 'Ok') {
      const t = $t108.value;
      $rt.inspect($b.functype_is_null(t), {"name":"Bool"}, "false", { file: "docs/API.md", line: 891, column: 5 });
      $b.functype_delete(t);
      break $match108;
    }
    if ($t108.tag === 'Err') {
      const e$2 = $t108.error;
      throw e$2;
      break $match108;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 889, column: 1 });
  }
}));
test("docs/API.md:900 Reference: function types and host functions", () => $rt.runBlock(() => {
  const params$4: Uint8Array = new Uint8Array([]);
  const refs: Uint8Array = new Uint8Array([128, 129]);
  const ty$4 = $b.functype_new_from_valkinds_or_raise(params$4, refs);
  $rt.inspect($b.functype_is_null(ty$4), {"name":"Bool"}, "false", { file: "docs/API.md", line: 904, column: 1 });
  $b.functype_delete(ty$4);
}));
test("docs/API.md:914 Reference: function types and host functions", () => $rt.runBlock(() => {
  const engine$25 = $b.engine_new();
  const store$14 = $b.wasmtime_store_new(engine$25);
  const context$12 = $b.wasmtime_store_context(store$14);
  const none: Uint8Array = new Uint8Array([]);
  const ty$5 = $b.functype_new_from_valkinds_or_raise(none, none);
  const cb = $b.func_noop_callback_ptr();
  $rt.inspect((cb > 0n), {"name":"Bool"}, "true", { file: "docs/API.md", line: 921, column: 1 });
  const func$6 = $b.func_buffer_new_with_ptr(context$12, ty$5, cb, 0n, 0n);
  $rt.inspect($b.func_sizeof(), {"name":"Int"}, "16", { file: "docs/API.md", line: 923, column: 1 });
  $rt.inspect($rt.method.Bytes.length(func$6), {"name":"Int"}, "16", { file: "docs/API.md", line: 924, column: 1 });
  let $t109: any;
  let $t110: any;
  try {
    $t110 = new $mb.Ok($b.func_call_sync_or_raise(context$12, func$6, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($err111) {
    $rt.rethrowPanic($err111);
    $t110 = new $mb.Err($err111);
  }
  $t109 = $t110;
  $rt.inspect($t109, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 925, column: 1 });
  let $t112: any;
  let $t113: any;
  try {
    $t113 = new $mb.Ok($b.func_buffer_new_with_ptr(context$12, ty$5, $rt.UInt64.add(cb, 8n), 0n, 0n));
  } catch ($err114) {
    $rt.rethrowPanic($err114);
    $t113 = new $mb.Err($err114);
  }
  $t112 = $t113;
  $rt.inspect($t112, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(TypeError(\"func_buffer_new_with_ptr: callback address was not handed out by this binding (only func_noop_callback_ptr() is accepted)\"))", { file: "docs/API.md", line: 926, column: 1 });
  let $t115: any;
  let $t116: any;
  try {
    $t116 = new $mb.Ok($b.func_buffer_new_with_ptr(context$12, ty$5, cb, 1n, 0n));
  } catch ($err117) {
    $rt.rethrowPanic($err117);
    $t116 = new $mb.Err($err117);
  }
  $t115 = $t116;
  $rt.inspect($t115, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(TypeError(\"func_buffer_new_with_ptr: env and finalizer must be 0 (arbitrary addresses are not accepted)\"))", { file: "docs/API.md", line: 927, column: 1 });
  $b.functype_delete(ty$5);
  let $t118: any;
  let $t119: any;
  try {
    $t119 = new $mb.Ok($b.func_buffer_new_with_ptr(context$12, ty$5, cb, 0n, 0n));
  } catch ($err120) {
    $rt.rethrowPanic($err120);
    $t119 = new $mb.Err($err120);
  }
  $t118 = $t119;
  $rt.inspect($t118, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(Error(\"func_buffer_new_with_ptr: this FuncType has already been deleted\"))", { file: "docs/API.md", line: 929, column: 1 });
  $b.wasmtime_store_delete(store$14);
  $b.engine_delete(engine$25);
}));
test("docs/API.md:939 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock(() => {
  $rt.inspect($b.wat2wasm_or_raise("(module)"), {"name":"Bytes"}, "b\"\\x00asm\\x01\\x00\\x00\\x00\"", { file: "docs/API.md", line: 940, column: 1 });
  let $t121: any;
  let $t122: any;
  try {
    $t122 = new $mb.Ok($b.wat2wasm_or_raise("(module (func (result i32) i32.const)"));
  } catch ($err123) {
    $rt.rethrowPanic($err123);
    $t122 = new $mb.Err($err123);
  }
  $t121 = $t122;
  $rt.inspect($t121, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(Failure(\"expected a i32\\n     --> <anon>:1:37\\n      |\\n    1 | (module (func (result i32) i32.const)\\n      |                                     ^\"))", { file: "docs/API.md", line: 941, column: 1 });
  let $t124: any;
  let $t125: any;
  try {
    $t125 = new $mb.Ok($b.wat2wasm_or_raise("(module"));
  } catch ($err126) {
    $rt.rethrowPanic($err126);
    $t125 = new $mb.Err($err126);
  }
  $t124 = $t125;
  $rt.inspect($t124, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(Failure(\"expected `)`\\n     --> <anon>:1:8\\n      |\\n    1 | (module\\n      |        ^\"))", { file: "docs/API.md", line: 942, column: 1 });
}));
test("docs/API.md:948 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock(() => {
  const engine$26 = $b.engine_new();
  const wasm = $b.wat2wasm_or_raise("(module (func (export \"f\")))");
  const m1 = $b.module_new_or_raise(engine$26, wasm);
  const m2 = $b.module_new_from_wat_or_raise(engine$26, "(module)");
  let $t127: any;
  let $t128: any;
  try {
    $t128 = new $mb.Ok($b.module_new_or_raise(engine$26, new Uint8Array([0, 97, 115, 109, 2, 0, 0, 0])));
  } catch ($err129) {
    $rt.rethrowPanic($err129);
    $t128 = new $mb.Err($err129);
  }
  $t127 = $t128;
  $rt.inspect($t127, {"name":"Result","args":[{"name":"Module"},{"name":"Error"}]}, "Err(Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    unknown binary version:        0x2 (at offset 0x4)\\n\"))", { file: "docs/API.md", line: 953, column: 1 });
  let $t130: any;
  let $t131: any;
  try {
    $t131 = new $mb.Ok($b.module_new_or_raise(engine$26, new Uint8Array([110, 111, 112, 101])));
  } catch ($err132) {
    $rt.rethrowPanic($err132);
    $t131 = new $mb.Err($err132);
  }
  $t130 = $t131;
  $rt.inspect($t130, {"name":"Result","args":[{"name":"Module"},{"name":"Error"}]}, "Err(Failure(\"failed to parse WebAssembly module\\n\\nCaused by:\\n    magic header not detected: bad magic number - expected=[\\n    0x0,\\n    0x61,\\n    0x73,\\n    0x6d,\\n] actual=[\\n    0x6e,\\n    0x6f,\\n    0x70,\\n    0x65,\\n] (at offset 0x0)\\n\"))", { file: "docs/API.md", line: 954, column: 1 });
  let $t133: any;
  let $t134: any;
  try {
    $t134 = new $mb.Ok($b.module_new_from_wat_or_raise(engine$26, "(module (func (result i32)))"));
  } catch ($err135) {
    $rt.rethrowPanic($err135);
    $t134 = new $mb.Err($err135);
  }
  $t133 = $t134;
  $rt.inspect($t133, {"name":"Result","args":[{"name":"Module"},{"name":"Error"}]}, "Err(Failure(\"failed to compile: wasm[0]::function[0]\\n\\nCaused by:\\n    0: WebAssembly translation error\\n    1: Invalid input WebAssembly code at offset 24: type mismatch: expected i32 but nothing on stack\\n\"))", { file: "docs/API.md", line: 955, column: 1 });
  $b.module_delete(m1);
  $b.module_delete(m2);
  let $t136: any;
  let $t137: any;
  try {
    $t137 = new $mb.Ok($b.module_delete(m1));
  } catch ($err138) {
    $rt.rethrowPanic($err138);
    $t137 = new $mb.Err($err138);
  }
  $t136 = $t137;
  $rt.inspect($t136, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"module_delete: this Module has already been deleted\"))", { file: "docs/API.md", line: 958, column: 1 });
  $b.engine_delete(engine$26);
}));
test("docs/API.md:966 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock(() => {
  const engine$27 = $b.engine_new();
  const wat$8 = "(module\n  (func (export \"answer\") (result i32)\n    i32.const 42))";
  const original = $b.module_new_from_wat_or_raise(engine$27, wat$8);
  const bytes = $b.module_serialize_or_raise(original);
  $rt.inspect(($rt.method.Bytes.length(bytes) > 0), {"name":"Bool"}, "true", { file: "docs/API.md", line: 974, column: 1 });
  $b.module_delete(original);
  const restored = $b.module_deserialize_or_raise(engine$27, bytes);
  const store$15 = $b.wasmtime_store_new(engine$27);
  const context$13 = $b.wasmtime_store_context(store$15);
  const instance$6 = $b.instance_new_or_raise(context$13, restored);
  const func$7 = $b.instance_export_func_or_raise(context$13, instance$6, "answer");
  const results$10 = $b.make_val_buffer(1);
  $b.func_call_sync_or_raise(context$13, func$7, $b.make_val_buffer(0), results$10);
  $rt.inspect($b.val_buffer_get_i32(results$10, 0), {"name":"Int"}, "42", { file: "docs/API.md", line: 983, column: 1 });
  let $t139: any;
  let $t140: any;
  try {
    $t140 = new $mb.Ok($b.module_deserialize_or_raise(engine$27, $b.wat2wasm_or_raise("(module)")));
  } catch ($err141) {
    $rt.rethrowPanic($err141);
    $t140 = new $mb.Err($err141);
  }
  $t139 = $t140;
  $rt.inspect($t139, {"name":"Result","args":[{"name":"Module"},{"name":"Error"}]}, "Err(Failure(\"module_deserialize_or_raise: refusing bytes that module_serialize_or_raise did not produce in this process (deserializing untrusted bytes is unsafe)\"))", { file: "docs/API.md", line: 984, column: 1 });
  $b.module_delete(restored);
  $b.wasmtime_store_delete(store$15);
  $b.engine_delete(engine$27);
}));
test("docs/API.md:995 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock(() => {
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
  $rt.inspect($b.val_buffer_get_i32(results$11, 0), {"name":"Int"}, "5", { file: "docs/API.md", line: 1019, column: 1 });
  $b.val_buffer_set_i32(args$6, 0, 2147483647);
  $b.val_buffer_set_i32(args$6, 1, 1);
  $b.func_call_sync_or_raise(context$14, add, args$6, results$11);
  $rt.inspect($b.val_buffer_get_i32(results$11, 0), {"name":"Int"}, "-2147483648", { file: "docs/API.md", line: 1023, column: 1 });
  const mul64 = $b.instance_export_func_or_raise(context$14, instance$7, "mul64");
  $b.val_buffer_set_i64(args$6, 0, 4294967296n);
  $b.val_buffer_set_i64(args$6, 1, -3n);
  $b.func_call_sync_or_raise(context$14, mul64, args$6, results$11);
  $rt.inspect($b.val_buffer_get_i64(results$11, 0), {"name":"Int64"}, "-12884901888", { file: "docs/API.md", line: 1028, column: 1 });
  const half32 = $b.instance_export_func_or_raise(context$14, instance$7, "half32");
  const one = $b.make_val_buffer(1);
  $b.val_buffer_set_f32(one, 0, 5);
  $b.func_call_sync_or_raise(context$14, half32, one, results$11);
  $rt.inspect($b.val_buffer_get_f32(results$11, 0), {"name":"Float"}, "2.5", { file: "docs/API.md", line: 1033, column: 1 });
  const sqrt64 = $b.instance_export_func_or_raise(context$14, instance$7, "sqrt64");
  $b.val_buffer_set_f64(one, 0, 2);
  $b.func_call_sync_or_raise(context$14, sqrt64, one, results$11);
  $rt.inspect($b.val_buffer_get_f64(results$11, 0), {"name":"Double"}, "1.4142135623730951", { file: "docs/API.md", line: 1037, column: 1 });
  const swap = $b.instance_export_func_or_raise(context$14, instance$7, "swap");
  const two = $b.make_val_buffer(2);
  $b.val_buffer_set_i32(args$6, 0, 7);
  $b.val_buffer_set_i64(args$6, 1, 8n);
  $b.func_call_sync_or_raise(context$14, swap, args$6, two);
  $rt.inspect([$b.val_buffer_get_i64(two, 0), $b.val_buffer_get_i32(two, 1)], {"tuple":[{"name":"Int64"},{"name":"Int"}]}, "(8, 7)", { file: "docs/API.md", line: 1043, column: 1 });
  $rt.inspect([$b.val_buffer_kind(two, 0), $b.val_buffer_kind(two, 1)], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(1, 0)", { file: "docs/API.md", line: 1044, column: 1 });
  let $t142: any;
  let $t143: any;
  try {
    $t143 = new $mb.Ok($b.instance_export_func_or_raise(context$14, instance$7, "missing"));
  } catch ($err144) {
    $rt.rethrowPanic($err144);
    $t143 = new $mb.Err($err144);
  }
  $t142 = $t143;
  $rt.inspect($t142, {"name":"Result","args":[{"name":"Bytes"},{"name":"Error"}]}, "Err(Failure(\"instance_export_func_or_raise: no export named `missing`\"))", { file: "docs/API.md", line: 1045, column: 1 });
  $b.module_delete(module_val$6);
  $b.wasmtime_store_delete(store$16);
  $b.engine_delete(engine$28);
}));
test("docs/API.md:1054 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock(() => {
  const engine$29 = $b.engine_new();
  const store$17 = $b.wasmtime_store_new(engine$29);
  const context$15 = $b.wasmtime_store_context(store$17);
  const wat$10 = "(module\n  (func (export \"add\") (param i32 i32) (result i32)\n    (i32.add (local.get 0) (local.get 1))))";
  const module_val$7 = $b.module_new_from_wat_or_raise(engine$29, wat$10);
  const instance$8 = $b.instance_new_or_raise(context$15, module_val$7);
  const add$1 = $b.instance_export_func_or_raise(context$15, instance$8, "add");
  const results$12 = $b.make_val_buffer(1);
  let $t145: any;
  let $t146: any;
  try {
    $t146 = new $mb.Ok($b.func_call_sync_or_raise(context$15, add$1, $b.make_val_buffer(1), results$12));
  } catch ($err147) {
    $rt.rethrowPanic($err147);
    $t146 = new $mb.Err($err147);
  }
  $t145 = $t146;
  $rt.inspect($t145, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"error: expected 2 arguments, got 1\"))", { file: "docs/API.md", line: 1066, column: 1 });
  let $t148: any;
  let $t149: any;
  try {
    $t149 = new $mb.Ok($b.func_call_sync_or_raise(context$15, add$1, $b.make_val_buffer(2), $b.make_val_buffer(0)));
  } catch ($err150) {
    $rt.rethrowPanic($err150);
    $t149 = new $mb.Err($err150);
  }
  $t148 = $t149;
  $rt.inspect($t148, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"error: expected 1 results, got 0\"))", { file: "docs/API.md", line: 1067, column: 1 });
  const args$7 = $b.make_val_buffer(2);
  $b.val_buffer_set_f64(args$7, 0, 1);
  $b.val_buffer_set_i32(args$7, 1, 1);
  let $t151: any;
  let $t152: any;
  try {
    $t152 = new $mb.Ok($b.func_call_sync_or_raise(context$15, add$1, args$7, results$12));
  } catch ($err153) {
    $rt.rethrowPanic($err153);
    $t152 = new $mb.Err($err153);
  }
  $t151 = $t152;
  $rt.inspect($t151, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"error: argument type mismatch\\n\\nCaused by:\\n    type mismatch: expected i32, found f64\\n\"))", { file: "docs/API.md", line: 1071, column: 1 });
  $b.module_delete(module_val$7);
  $b.wasmtime_store_delete(store$17);
  $b.engine_delete(engine$29);
}));
test("docs/API.md:1080 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock(() => {
  const engine$30 = $b.engine_new();
  const store$18 = $b.wasmtime_store_new(engine$30);
  const context$16 = $b.wasmtime_store_context(store$18);
  const wat$11 = "(module\n  (func (export \"boom\")\n    unreachable)\n  (func (export \"div\") (param i32 i32) (result i32)\n    (i32.div_s (local.get 0) (local.get 1))))";
  const module_val$8 = $b.module_new_from_wat_or_raise(engine$30, wat$11);
  const instance$9 = $b.instance_new_or_raise(context$16, module_val$8);
  const boom = $b.instance_export_func_or_raise(context$16, instance$9, "boom");
  let $t154: any;
  let $t155: any;
  try {
    $t155 = new $mb.Ok($b.func_call_sync_or_raise(context$16, boom, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($err156) {
    $rt.rethrowPanic($err156);
    $t155 = new $mb.Err($err156);
  }
  $t154 = $t155;
  $rt.inspect($t154, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x2e - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", { file: "docs/API.md", line: 1093, column: 1 });
  const div = $b.instance_export_func_or_raise(context$16, instance$9, "div");
  const args$8 = $b.make_val_buffer(2);
  $b.val_buffer_set_i32(args$8, 0, 1);
  $b.val_buffer_set_i32(args$8, 1, 0);
  let $t157: any;
  let $t158: any;
  try {
    $t158 = new $mb.Ok($b.func_call_sync_or_raise(context$16, div, args$8, $b.make_val_buffer(1)));
  } catch ($err159) {
    $rt.rethrowPanic($err159);
    $t158 = new $mb.Err($err159);
  }
  $t157 = $t158;
  $match160: {
    const $t160 = $t157;
    if ($t160.tag === 'Ok') {
      $rt.fail("expected a trap", { file: "docs/API.md", line: 1099, column: 12 });
      break $match160;
    }
    if ($t160.tag === 'Err' && $t160.error instanceof $mb.Failure) {
      const msg$1 = $t160.error.message;
      $rt.inspect($rt.method.String.contains(msg$1, "integer divide by zero"), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1100, column: 24 });
      break $match160;
    }
    if ($t160.tag === 'Err') {
      const e$3 = $t160.error;
      throw e$3;
      break $match160;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1098, column: 1 });
  }
  $b.module_delete(module_val$8);
  $b.wasmtime_store_delete(store$18);
  $b.engine_delete(engine$30);
}));
test("docs/API.md:1112 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock(() => {
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
  $rt.inspect($b.func_call_sync_result_autoclean(context$17, ok$1, $b.make_val_buffer(0), results$13, trap_ptr$5, err_ptr$5), {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 1127, column: 1 });
  $rt.inspect($b.val_buffer_get_i32(results$13, 0), {"name":"Int"}, "1", { file: "docs/API.md", line: 1128, column: 1 });
  $rt.inspect($b.func_call_sync_result_autoclean(context$17, boom$1, $b.make_val_buffer(0), results$13, trap_ptr$5, err_ptr$5), {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"trap: error while executing at wasm backtrace:\\n    0:     0x2d - <unknown>!<wasm function 1>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", { file: "docs/API.md", line: 1129, column: 1 });
  $rt.inspect([$b.ptr_buffer_is_null(trap_ptr$5), $b.ptr_buffer_is_null(err_ptr$5)], {"tuple":[{"name":"Bool"},{"name":"Bool"}]}, "(true, true)", { file: "docs/API.md", line: 1130, column: 1 });
  $b.module_delete(module_val$9);
  $b.wasmtime_store_delete(store$19);
  $b.engine_delete(engine$31);
}));
test("docs/API.md:1141 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock(() => {
  const engine$32 = $b.engine_new();
  const store$20 = $b.wasmtime_store_new(engine$32);
  const context$18 = $b.wasmtime_store_context(store$20);
  const wat$13 = "(module\n  (import \"env\" \"missing\" (func))\n  (func (export \"run\")))";
  const module_val$10 = $b.module_new_from_wat_or_raise(engine$32, wat$13);
  const linker$3 = $b.linker_new(engine$32);
  let $t161: any;
  let $t162: any;
  try {
    $t162 = new $mb.Ok($b.linker_instantiate_or_raise(linker$3, context$18, module_val$10));
  } catch ($err163) {
    $rt.rethrowPanic($err163);
    $t162 = new $mb.Err($err163);
  }
  $t161 = $t162;
  $rt.inspect($t161, {"name":"Result","args":[{"name":"Instance"},{"name":"Error"}]}, "Err(Failure(\"unknown import: `env::missing` has not been defined\"))", { file: "docs/API.md", line: 1151, column: 1 });
  let $t164: any;
  let $t165: any;
  try {
    $t165 = new $mb.Ok($b.instance_new_or_raise(context$18, module_val$10));
  } catch ($err166) {
    $rt.rethrowPanic($err166);
    $t165 = new $mb.Err($err166);
  }
  $t164 = $t165;
  $rt.inspect($t164, {"name":"Result","args":[{"name":"Instance"},{"name":"Error"}]}, "Err(Failure(\"expected 1 imports, found 0\"))", { file: "docs/API.md", line: 1152, column: 1 });
  const plain = $b.module_new_from_wat_or_raise(engine$32, "(module (func (export \"run\")))");
  const instance$11 = $b.linker_instantiate_or_raise(linker$3, context$18, plain);
  const run = $b.instance_export_func_or_raise(context$18, instance$11, "run");
  let $t167: any;
  let $t168: any;
  try {
    $t168 = new $mb.Ok($b.func_call_sync_or_raise(context$18, run, $b.make_val_buffer(0), $b.make_val_buffer(0)));
  } catch ($err169) {
    $rt.rethrowPanic($err169);
    $t168 = new $mb.Err($err169);
  }
  $t167 = $t168;
  $rt.inspect($t167, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 1156, column: 1 });
  $b.linker_delete(linker$3);
  let $t170: any;
  let $t171: any;
  try {
    $t171 = new $mb.Ok($b.linker_delete(linker$3));
  } catch ($err172) {
    $rt.rethrowPanic($err172);
    $t171 = new $mb.Err($err172);
  }
  $t170 = $t171;
  $rt.inspect($t170, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"linker_delete: this Linker has already been deleted\"))", { file: "docs/API.md", line: 1158, column: 1 });
  $b.module_delete(module_val$10);
  $b.module_delete(plain);
  $b.wasmtime_store_delete(store$20);
  $b.engine_delete(engine$32);
}));
test("docs/API.md:1168 Reference: modules, linkers, instances, sync calls", () => $rt.runBlock(() => {
  const engine$33 = $b.engine_new();
  const store$21 = $b.wasmtime_store_new(engine$33);
  const context$19 = $b.wasmtime_store_context(store$21);
  const wat$14 = "(module\n  (import \"wasi_snapshot_preview1\" \"proc_exit\" (func (param i32))))";
  const module_val$11 = $b.module_new_from_wat_or_raise(engine$33, wat$14);
  const linker$4 = $b.linker_new(engine$33);
  let $t173: any;
  let $t174: any;
  try {
    $t174 = new $mb.Ok($b.linker_define_wasi_or_raise(linker$4));
  } catch ($err175) {
    $rt.rethrowPanic($err175);
    $t174 = new $mb.Err($err175);
  }
  $t173 = $t174;
  $rt.inspect($t173, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Ok(())", { file: "docs/API.md", line: 1177, column: 1 });
  let $t176: any;
  let $t177: any;
  try {
    $t177 = new $mb.Ok($b.linker_instantiate_or_raise(linker$4, context$19, module_val$11));
  } catch ($err178) {
    $rt.rethrowPanic($err178);
    $t177 = new $mb.Err($err178);
  }
  $t176 = $t177;
  $rt.inspect($t176, {"name":"Result","args":[{"name":"Instance"},{"name":"Error"}]}, "Err(Failure(\"linker_instantiate_or_raise: the linker defines WASI but the store has no WASI context; call context_set_wasi_or_raise first\"))", { file: "docs/API.md", line: 1178, column: 1 });
  $b.linker_delete(linker$4);
  $b.module_delete(module_val$11);
  $b.wasmtime_store_delete(store$21);
  $b.engine_delete(engine$33);
}));
test("docs/API.md:1193 Reference: async", () => $rt.runBlock(() => {
  const async_ctx$4 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$34 = async_ctx$4[0];
  const store$22 = async_ctx$4[1];
  const context$20 = async_ctx$4[2];
  const e1 = $b.context_fuel_async_yield_interval(context$20, 10000n);
  $rt.inspect($b.error_is_null(e1), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1197, column: 1 });
  const e2 = $b.context_epoch_deadline_async_yield_and_update(context$20, 1n);
  $rt.inspect($b.error_is_null(e2), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1199, column: 1 });
  $b.async_context_delete(engine$34, store$22);
}));
test("docs/API.md:1208 Reference: async", () => $rt.runBlock(() => {
  const async_ctx$5 = $b.async_context_new($rt.UInt64.mul($rt.UInt64.mul(2n, 1024n), 1024n));
  const engine$35 = async_ctx$5[0];
  const store$23 = async_ctx$5[1];
  const context$21 = async_ctx$5[2];
  const set = $b.context_set_fuel(context$21, 1000000n);
  $rt.inspect($b.error_is_null(set), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1212, column: 1 });
  const e1$1 = $b.context_fuel_async_yield_interval(context$21, 100n);
  $rt.inspect($b.error_is_null(e1$1), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1214, column: 1 });
  const wat$15 = "(module\n  (func (export \"count\") (result i32)\n    (local $i i32)\n    (loop $l\n      (local.set $i (i32.add (local.get $i) (i32.const 1)))\n      (br_if $l (i32.lt_u (local.get $i) (i32.const 1000))))\n    (local.get $i)))";
  const module_val$12 = $b.module_new_from_wat_or_raise(engine$35, wat$15);
  const instance$12 = $b.instance_new_or_raise(context$21, module_val$12);
  const count = $b.instance_export_func_or_raise(context$21, instance$12, "count");
  const results$14 = $b.make_val_buffer(1);
  const trap_ptr$6 = $b.make_ptr_buffer();
  const err_ptr$6 = $b.make_ptr_buffer();
  const future$3 = $b.func_call_async(context$21, count, $b.make_val_buffer(0), results$14, trap_ptr$6, err_ptr$6);
  let polls: number = 1;
  $loop179: while (true) {
    if (!(!($b.call_future_poll(future$3)))) break;
    polls = ((polls + 1) | 0);
  }
  $b.call_future_delete(future$3);
  $rt.inspect($b.val_buffer_get_i32(results$14, 0), {"name":"Int"}, "1000", { file: "docs/API.md", line: 1233, column: 1 });
  $rt.inspect((polls > 1), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1234, column: 1 });
  let $t180: any;
  let $t181: any;
  try {
    $t181 = new $mb.Ok($b.func_call_sync_or_raise(context$21, count, $b.make_val_buffer(0), results$14));
  } catch ($err182) {
    $rt.rethrowPanic($err182);
    $t181 = new $mb.Err($err182);
  }
  $t180 = $t181;
  $rt.inspect($t180, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(TypeError(\"func_call_sync_or_raise: this store was created for async calls; use func_call_async\"))", { file: "docs/API.md", line: 1235, column: 1 });
  $b.module_delete(module_val$12);
  $b.async_context_delete(engine$35, store$23);
}));
test("docs/API.md:1246 Reference: async", () => $rt.runBlock(() => {
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
  $loop183: while (true) {
    if (!(!($b.call_future_poll(future$4)))) break;
  }
  $b.call_future_delete(future$4);
  $rt.inspect($b.val_buffer_get_i32(results$15, 0), {"name":"Int"}, "42", { file: "docs/API.md", line: 1265, column: 1 });
  $rt.inspect([$b.ptr_buffer_is_null(trap_ptr$7), $b.ptr_buffer_is_null(err_ptr$7)], {"tuple":[{"name":"Bool"},{"name":"Bool"}]}, "(true, true)", { file: "docs/API.md", line: 1266, column: 1 });
  $b.module_delete(module_val$13);
  $b.async_context_delete(engine$36, store$24);
}));
test("docs/API.md:1275 Reference: async", () => $rt.runBlock(() => {
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
  $loop184: while (true) {
    if (!(!($b.call_future_poll(future$5)))) break;
  }
  $b.call_future_delete(future$5);
  $rt.assert_false($b.ptr_buffer_is_null(trap_ptr$8), { file: "docs/API.md", line: 1291, column: 1 });
  $rt.assert_true(($b.ptr_buffer_read_u64(trap_ptr$8) !== 0n), { file: "docs/API.md", line: 1292, column: 1 });
  $rt.inspect($b.trap_message_ptr_buffer(trap_ptr$8), {"name":"String"}, "error while executing at wasm backtrace:\n    0:     0x21 - <unknown>!<wasm function 0>\n\nCaused by:\n    wasm trap: wasm `unreachable` instruction executed\n", { file: "docs/API.md", line: 1293, column: 1 });
  $b.ptr_buffer_clear(trap_ptr$8);
  $rt.inspect($b.ptr_buffer_is_null(trap_ptr$8), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1295, column: 1 });
  $rt.inspect($b.ptr_buffer_is_null(err_ptr$8), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1296, column: 1 });
  $b.module_delete(module_val$14);
  $b.async_context_delete(engine$37, store$25);
}));
test("docs/API.md:1305 Reference: async", () => $rt.runBlock(() => {
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
  $match185: {
    const $t185 = $b.func_call_async_result(context$24, seven, args$11, results$17, trap_ptr$9, err_ptr$9);
    if ($t185.tag === 'Ok') {
      const future$6 = $t185.value;
      $loop186: while (true) {
        if (!(!($b.call_future_poll(future$6)))) break;
      }
      $b.call_future_delete(future$6);
      break $match185;
    }
    if ($t185.tag === 'Err') {
      const e$4 = $t185.error;
      throw e$4;
      break $match185;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1318, column: 1 });
  }
  $rt.inspect($b.val_buffer_get_i32(results$17, 0), {"name":"Int"}, "7", { file: "docs/API.md", line: 1325, column: 1 });
  $b.val_buffer_set_i32(results$17, 0, 0);
  $match187: {
    const $t187 = $b.func_call_async_result_autoclean(context$24, seven, args$11, results$17, trap_ptr$9, err_ptr$9);
    if ($t187.tag === 'Ok') {
      const future$7 = $t187.value;
      $loop188: while (true) {
        if (!(!($b.call_future_poll(future$7)))) break;
      }
      $b.call_future_delete(future$7);
      break $match187;
    }
    if ($t187.tag === 'Err') {
      const e$5 = $t187.error;
      throw e$5;
      break $match187;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1327, column: 1 });
  }
  $rt.inspect($b.val_buffer_get_i32(results$17, 0), {"name":"Int"}, "7", { file: "docs/API.md", line: 1334, column: 1 });
  $b.module_delete(module_val$15);
  $b.async_context_delete(engine$38, store$26);
}));
test("docs/API.md:1346 Reference: async", () => $rt.runBlock(() => {
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
  $match189: {
    const $t189 = $b.func_call_async_result_autoclean(context$25, add$3, args$12, results$18, trap_ptr$10, err_ptr$10);
    if ($t189.tag === 'Ok') {
      $rt.fail("expected an error", { file: "docs/API.md", line: 1361, column: 12 });
      break $match189;
    }
    if ($t189.tag === 'Err') {
      const e$6 = $t189.error;
      $rt.inspect(e$6, {"name":"Error"}, "Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\")", { file: "docs/API.md", line: 1362, column: 13 });
      break $match189;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1360, column: 1 });
  }
  $rt.inspect([$b.ptr_buffer_is_null(trap_ptr$10), $b.ptr_buffer_is_null(err_ptr$10)], {"tuple":[{"name":"Bool"},{"name":"Bool"}]}, "(true, true)", { file: "docs/API.md", line: 1364, column: 1 });
  $match190: {
    const $t190 = $b.func_call_async_result(context$25, add$3, args$12, results$18, trap_ptr$10, err_ptr$10);
    if ($t190.tag === 'Ok') {
      $rt.fail("expected an error", { file: "docs/API.md", line: 1366, column: 12 });
      break $match190;
    }
    if ($t190.tag === 'Err') {
      const e$7 = $t190.error;
      $rt.inspect(e$7, {"name":"Error"}, "Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\")", { file: "docs/API.md", line: 1367, column: 13 });
      break $match190;
    }
    $rt.matchFailed({ file: "docs/API.md", line: 1365, column: 1 });
  }
  $rt.inspect([$b.ptr_buffer_is_null(trap_ptr$10), $b.ptr_buffer_is_null(err_ptr$10)], {"tuple":[{"name":"Bool"},{"name":"Bool"}]}, "(true, false)", { file: "docs/API.md", line: 1369, column: 1 });
  $rt.inspect($b.error_message_ptr_buffer(err_ptr$10), {"name":"String"}, "expected 2 arguments, got 1", { file: "docs/API.md", line: 1370, column: 1 });
  $b.error_delete_ptr_buffer(err_ptr$10);
  $rt.inspect($b.ptr_buffer_is_null(err_ptr$10), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1372, column: 1 });
  let $t191: any;
  let $t192: any;
  try {
    $t192 = new $mb.Ok($b.func_call_async(context$25, add$3, args$12, results$18, trap_ptr$10, err_ptr$10));
  } catch ($err193) {
    $rt.rethrowPanic($err193);
    $t192 = new $mb.Err($err193);
  }
  $t191 = $t192;
  $rt.inspect($t191, {"name":"Result","args":[{"name":"CallFuture"},{"name":"Error"}]}, "Err(Failure(\"func_call_async failed (error=true, trap=false): expected 2 arguments, got 1\"))", { file: "docs/API.md", line: 1373, column: 1 });
  $rt.inspect($b.ptr_buffer_is_null(err_ptr$10), {"name":"Bool"}, "true", { file: "docs/API.md", line: 1374, column: 1 });
  $b.module_delete(module_val$16);
  $b.async_context_delete(engine$39, store$27);
}));
test("docs/API.md:1383 Reference: async", () => $rt.runBlock(() => {
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
  $rt.inspect($b.val_buffer_get_i32(results$19, 0), {"name":"Int"}, "7", { file: "docs/API.md", line: 1400, column: 1 });
  $b.module_delete(module_val$17);
  $b.async_context_delete(engine$40, store$28);
}));
test("docs/API.md:1411 Reference: threads running wasm", () => $rt.runBlock(() => {
  const wat$21 = "(module\n  (func (export \"run\") (result i32)\n    (i32.mul (i32.const 6) (i32.const 7))))";
  const a = $b.wasm_job_spawn_wat_or_raise(wat$21, "run");
  const b = $b.wasm_job_spawn_wat_or_raise(wat$21, "run");
  $rt.inspect([$b.wasm_job_join_or_raise(a), $b.wasm_job_join_or_raise(b)], {"tuple":[{"name":"Int"},{"name":"Int"}]}, "(42, 42)", { file: "docs/API.md", line: 1418, column: 1 });
}));
test("docs/API.md:1424 Reference: threads running wasm", () => $rt.runBlock(() => {
  let $t194: any;
  let $t195: any;
  try {
    $t195 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise("(module", "run")));
  } catch ($err196) {
    $rt.rethrowPanic($err196);
    $t195 = new $mb.Err($err196);
  }
  $t194 = $t195;
  const bad$3 = $t194;
  $rt.inspect(bad$3, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"wasm_job_join_or_raise: invalid WAT: expected `)`\\n     --> <anon>:1:8\\n      |\\n    1 | (module\\n      |        ^\"))", { file: "docs/API.md", line: 1426, column: 1 });
  let $t197: any;
  let $t198: any;
  try {
    $t198 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise("(module)", "run")));
  } catch ($err199) {
    $rt.rethrowPanic($err199);
    $t198 = new $mb.Err($err199);
  }
  $t197 = $t198;
  const missing$1 = $t197;
  $rt.inspect(missing$1, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"wasm_job_join_or_raise: no export named `run`\"))", { file: "docs/API.md", line: 1428, column: 1 });
  const trap_wat = "(module\n  (func (export \"run\") (result i32) unreachable))";
  let $t200: any;
  let $t201: any;
  try {
    $t201 = new $mb.Ok($b.wasm_job_join_or_raise($b.wasm_job_spawn_wat_or_raise(trap_wat, "run")));
  } catch ($err202) {
    $rt.rethrowPanic($err202);
    $t201 = new $mb.Err($err202);
  }
  $t200 = $t201;
  const trapped = $t200;
  $rt.inspect(trapped, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"wasm_job_join_or_raise: wasm trap: error while executing at wasm backtrace:\\n    0:     0x20 - <unknown>!<wasm function 0>\\n\\nCaused by:\\n    wasm trap: wasm `unreachable` instruction executed\\n\"))", { file: "docs/API.md", line: 1433, column: 1 });
}));
test("docs/API.md:1439 Reference: threads running wasm", () => $rt.runBlock(() => {
  const wat$22 = "(module\n  (import \"wasi_snapshot_preview1\" \"fd_read\"\n    (func $fd_read (param i32 i32 i32 i32) (result i32)))\n  (memory 1)\n  (export \"memory\" (memory 0))\n  (func (export \"run\") (result i32)\n    (i32.store (i32.const 8) (i32.const 16))\n    (i32.store (i32.const 12) (i32.const 100))\n    (drop (call $fd_read (i32.const 0) (i32.const 8) (i32.const 1) (i32.const 4)))\n    (i32.load (i32.const 4))))";
  const job = $b.wasi_job_spawn_wat_or_raise(wat$22, "run", "testdata/wasm_job_input.txt");
  $rt.inspect($b.wasi_job_join_or_raise(job), {"name":"Int"}, "5", { file: "docs/API.md", line: 1452, column: 1 });
  let $t203: any;
  let $t204: any;
  try {
    $t204 = new $mb.Ok($b.wasi_job_join_or_raise($b.wasi_job_spawn_wat_or_raise(wat$22, "run", "testdata/no-such-file.txt")));
  } catch ($err205) {
    $rt.rethrowPanic($err205);
    $t204 = new $mb.Err($err205);
  }
  $t203 = $t204;
  const missing$2 = $t203;
  $rt.inspect(missing$2, {"name":"Result","args":[{"name":"Int"},{"name":"Error"}]}, "Err(Failure(\"wasi_job_spawn_wat_or_raise: cannot use `testdata/no-such-file.txt` as stdin: No such file or directory\"))", { file: "docs/API.md", line: 1454, column: 1 });
}));
test("docs/API.md:1463 Reference: WASI", () => $rt.runBlock(() => {
  const wasi$3 = $b.wasi_config_new_or_raise();
  $b.wasi_config_delete(wasi$3);
  const engine$41 = $b.engine_new();
  const store$29 = $b.wasmtime_store_new(engine$41);
  const context$27 = $b.wasmtime_store_context(store$29);
  const wasi2 = $b.wasi_config_new_or_raise();
  $b.context_set_wasi_or_raise(context$27, wasi2);
  let $t206: any;
  let $t207: any;
  try {
    $t207 = new $mb.Ok($b.wasi_config_inherit_stdout(wasi2));
  } catch ($err208) {
    $rt.rethrowPanic($err208);
    $t207 = new $mb.Err($err208);
  }
  $t206 = $t207;
  const reused = $t206;
  $rt.inspect(reused, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Error(\"wasi_config_inherit_stdout: this WasiConfig was consumed by context_set_wasi_or_raise and can no longer be used\"))", { file: "docs/API.md", line: 1472, column: 1 });
  $b.wasmtime_store_delete(store$29);
  $b.engine_delete(engine$41);
}));
test("docs/API.md:1512 Reference: WASI", () => $rt.runBlock(() => {
  const wasi$4 = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdin_bytes(wasi$4, new Uint8Array([104, 101, 121]));
  $rt.inspect(run_wasi_i32(wasi$4, read_stdin_wat, "run"), {"name":"Int"}, "3", { file: "docs/API.md", line: 1515, column: 3 });
  const from_file = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdin_file_or_raise(from_file, "testdata/wasm_job_input.txt");
  $rt.inspect(run_wasi_i32(from_file, read_stdin_wat, "run"), {"name":"Int"}, "5", { file: "docs/API.md", line: 1518, column: 3 });
  const missing$3 = $b.wasi_config_new_or_raise();
  let $t209: any;
  let $t210: any;
  try {
    $t210 = new $mb.Ok($b.wasi_config_set_stdin_file_or_raise(missing$3, "testdata/no-such-file.txt"));
  } catch ($err211) {
    $rt.rethrowPanic($err211);
    $t210 = new $mb.Err($err211);
  }
  $t209 = $t210;
  const r = $t209;
  $rt.inspect(r, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"wasi_config_set_stdin_file_or_raise: cannot open stdin file `testdata/no-such-file.txt`: No such file or directory\"))", { file: "docs/API.md", line: 1521, column: 3 });
  $b.wasi_config_delete(missing$3);
}));
test("docs/API.md:1546 Reference: WASI", () => $rt.runBlock(() => {
  const wasi$5 = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stdout_file_or_raise(wasi$5, "/dev/null");
  $rt.inspect(run_wasi_i32(wasi$5, write_wat, "out"), {"name":"Int"}, "5", { file: "docs/API.md", line: 1549, column: 3 });
  const wasi2$1 = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_stderr_file_or_raise(wasi2$1, "/dev/null");
  $rt.inspect(run_wasi_i32(wasi2$1, write_wat, "err"), {"name":"Int"}, "5", { file: "docs/API.md", line: 1552, column: 3 });
  const bad$4 = $b.wasi_config_new_or_raise();
  let $t212: any;
  let $t213: any;
  try {
    $t213 = new $mb.Ok($b.wasi_config_set_stdout_file_or_raise(bad$4, "testdata/no-such-dir/out.txt"));
  } catch ($err214) {
    $rt.rethrowPanic($err214);
    $t213 = new $mb.Err($err214);
  }
  $t212 = $t213;
  const r$1 = $t212;
  $rt.inspect(r$1, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"wasi_config_set_stdout_file_or_raise: Wasmtime could not open `testdata/no-such-dir/out.txt` for writing\"))", { file: "docs/API.md", line: 1555, column: 3 });
  let $t215: any;
  let $t216: any;
  try {
    $t216 = new $mb.Ok($b.wasi_config_set_stderr_file_or_raise(bad$4, "testdata/no-such-dir/err.txt"));
  } catch ($err217) {
    $rt.rethrowPanic($err217);
    $t216 = new $mb.Err($err217);
  }
  $t215 = $t216;
  const r2 = $t215;
  $rt.inspect(r2, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"wasi_config_set_stderr_file_or_raise: Wasmtime could not open `testdata/no-such-dir/err.txt` for writing\"))", { file: "docs/API.md", line: 1557, column: 3 });
  $b.wasi_config_delete(bad$4);
}));
test("docs/API.md:1581 Reference: WASI", () => $rt.runBlock(() => {
  const wasi$6 = $b.wasi_config_new_or_raise();
  $b.wasi_config_set_argv_or_raise(wasi$6, ["prog", "a", "bc"]);
  $rt.inspect(run_wasi_i32(wasi$6, sizes_wat, "argc"), {"name":"Int"}, "3", { file: "docs/API.md", line: 1584, column: 3 });
  const wasi2$2 = $b.wasi_config_new_or_raise();
  const env: [string, string][] = [["A", "1"], ["BB", "22"]];
  $b.wasi_config_set_env_or_raise(wasi2$2, env);
  $rt.inspect(run_wasi_i32(wasi2$2, sizes_wat, "envc"), {"name":"Int"}, "2", { file: "docs/API.md", line: 1588, column: 3 });
  const empty = $b.wasi_config_new_or_raise();
  $rt.inspect(run_wasi_i32(empty, sizes_wat, "envc"), {"name":"Int"}, "0", { file: "docs/API.md", line: 1590, column: 3 });
}));
test("docs/API.md:1598 Reference: WASI", () => $rt.runBlock(() => {
  const wasi$7 = $b.wasi_config_new_or_raise();
  $b.wasi_config_inherit_argv(wasi$7);
  $b.wasi_config_inherit_env(wasi$7);
  $b.wasi_config_inherit_stdin(wasi$7);
  $b.wasi_config_inherit_stdout(wasi$7);
  $b.wasi_config_inherit_stderr(wasi$7);
  $rt.assert_true((run_wasi_i32(wasi$7, sizes_wat, "argc") >= 1), { file: "docs/API.md", line: 1605, column: 1 });
}));
test("docs/API.md:1612 Reference: WASI", () => $rt.runBlock(() => {
  const wasi$8 = $b.wasi_config_new_or_raise();
  let $t218: any;
  let $t219: any;
  try {
    $t219 = new $mb.Ok($b.wasi_config_preopen_dir_or_raise(wasi$8, "testdata/no-such-dir"));
  } catch ($err220) {
    $rt.rethrowPanic($err220);
    $t219 = new $mb.Err($err220);
  }
  $t218 = $t219;
  const r$2 = $t218;
  $rt.inspect(r$2, {"name":"Result","args":[{"name":"Unit"},{"name":"Error"}]}, "Err(Failure(\"wasi_config_preopen_dir_or_raise: cannot preopen `testdata/no-such-dir`: No such file or directory\"))", { file: "docs/API.md", line: 1615, column: 1 });
  $b.wasi_config_preopen_dir_or_raise(wasi$8, "testdata");
  $b.wasi_config_set_stdin_bytes(wasi$8, new Uint8Array([]));
  $rt.inspect(run_wasi_i32(wasi$8, read_stdin_wat, "run"), {"name":"Int"}, "0", { file: "docs/API.md", line: 1618, column: 1 });
  const rw = $b.wasi_config_new_or_raise();
  $b.wasi_config_preopen_dir_or_raise(rw, "testdata", { guest_path: "data", dir_perms: $b.WASI_DIR_PERMS_READ, file_perms: $b.WASI_FILE_PERMS_READ });
  $b.wasi_config_delete(rw);
}));
