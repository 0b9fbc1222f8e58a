// Every misuse runs in a child process (several share one, see runCases): it
// must not end the process (no signal, no abort) and must report the JS error
// the binding threw.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { caseResult, runCases, type CaseOutcome } from './child.ts';

type Expect = { name: string; message: RegExp } | { value: string };
const throws = (name: string, message: RegExp): Expect => ({ name, message });

const cases: Record<string, Expect> = {
  engine_use_after_delete: throws('Error', /^store_new: this Engine has already been deleted$/),
  engine_double_delete: throws('Error', /^engine_delete: this Engine has already been deleted$/),
  wrong_handle_type: throws('TypeError', /^store_new: argument 1 must be an Engine, got a Config$/),
  plain_object_handle: throws('TypeError', /^engine_delete: argument 1 must be an Engine handle, got an object$/),
  proxy_as_bytes: throws('TypeError', /^func_call_sync_or_raise: argument 2 must be a Uint8Array \(Bytes\), got an object$/),
  views_entry_with_other_views: throws('TypeError', /^func_call_sync_or_raise: args buffer length 12 is not a multiple of 32/),
  foreign_external_handle: throws('TypeError', /^engine_delete: argument 1 must be an Engine handle, got an object$/),
  number_as_handle: throws('TypeError', /^wasmtime_store_new: argument 1 must be an Engine handle, got a number$/),
  engine_delete_with_live_store: throws('Error', /^engine_delete: the Engine is still used by 1 live/),
  engine_delete_with_live_wasm_store: throws('Error', /^engine_delete: the Engine is still used by 1 live/),
  engine_delete_with_live_module: throws('Error', /^engine_delete: the Engine is still used by 1 live/),
  engine_delete_with_live_linker: throws('Error', /^engine_delete: the Engine is still used by 1 live/),
  context_after_store_delete: throws('Error', /^func_call_sync_or_raise: the WasmtimeStore of this Context has been deleted$/),
  context_gc_after_store_delete: throws('Error', /^context_gc: the WasmtimeStore of this Context has been deleted$/),
  instance_after_store_delete: throws('Error', /^instance_export_func_or_raise: the WasmtimeStore of this Context has been deleted$/),
  store_double_delete: throws('Error', /^wasmtime_store_delete: this WasmtimeStore has already been deleted$/),
  wasm_store_use_after_delete: throws('Error', /^store_delete: this Store has already been deleted$/),
  config_consumed: throws('Error', /^config_wasm_simd_set: this Config was consumed by engine_new_with_config/),
  config_consumed_twice: throws('Error', /^engine_new_with_config: this Config was consumed by engine_new_with_config/),
  config_invalid_combination: throws('Failure', /^engine_new_with_config: invalid configuration: .*requires the wasm reference-types proposal/),
  config_unknown_cranelift_flag: throws('Failure', /invalid configuration: No existing setting named 'no_such_flag'/),
  config_enum_out_of_range: throws('RangeError', /^config_strategy_set: value must be in 0\.\.1, got 7$/),
  error_use_after_delete: throws('Error', /^error_message: this WasmtimeError has already been deleted$/),
  ptr_buffer_forged: throws('TypeError', /^error_delete_ptr_buffer: pointer buffer holds bytes this binding did not write/),
  ptr_buffer_forged_message: throws('TypeError', /^trap_message_ptr_buffer: pointer buffer holds bytes this binding did not write/),
  ptr_buffer_stale_copy: throws('TypeError', /stale copy of a deleted pointer/),
  ptr_buffer_wrong_length: throws('TypeError', /^ptr_buffer_is_null: a pointer buffer must be exactly 8 bytes .* got 7$/),
  ptr_buffer_wrong_kind: throws('TypeError', /^error_delete_ptr_buffer: the buffer holds a trap, not an error$/),
  autoclean_nonnull_ptr: throws('TypeError', /^func_call_sync_result_autoclean: pointer buffer holds bytes this binding did not write/),
  val_buffer_bad_length_call: throws('TypeError', /^func_call_sync_or_raise: args buffer length 65 is not a multiple of 32/),
  val_buffer_wrong_arity: throws('Failure', /expected 2 arguments, got 3/),
  val_buffer_wrong_result_arity: throws('Failure', /expected 1 results, got 0/),
  val_buffer_index_out_of_range: throws('RangeError', /^val_buffer_get_i32: index 1 out of range for a buffer of 1 value/),
  val_buffer_set_out_of_range: throws('RangeError', /^val_buffer_set_f64: index -1 out of range/),
  val_buffer_count_bad: throws('TypeError', /^val_buffer_count: value buffer length 31 is not a multiple of 32/),
  val_buffer_ref_kind_arg: throws('TypeError', /args\[0\] has kind 6; only i32\/i64\/f32\/f64\/v128/),
  val_buffer_unknown_kind_arg: throws('TypeError', /args\[1\] has kind 200/),
  val_buffer_type_mismatch: throws('Failure', /argument type mismatch/),
  func_forged: throws('TypeError', /func buffer was not produced by this binding for this store/),
  func_wrong_length: throws('TypeError', /func buffer must be exactly 16 bytes, got 8/),
  func_from_other_store: throws('TypeError', /func buffer was not produced by this binding for this store/),
  func_tampered: throws('TypeError', /func buffer was not produced by this binding for this store/),
  func_new_bogus_callback: throws('TypeError', /callback address was not handed out by this binding/),
  func_new_nonzero_env: throws('TypeError', /env and finalizer must be 0/),
  func_new_nonzero_finalizer: throws('TypeError', /env and finalizer must be 0/),
  functype_bad_kind: throws('Failure', /invalid value kind 77 at params\[1\]/),
  functype_deleted: throws('Error', /^func_buffer_new_with_ptr: this FuncType has already been deleted$/),
  deserialize_forged: throws('Failure', /refusing bytes that module_serialize_or_raise did not produce/),
  deserialize_tampered: throws('Failure', /refusing bytes that module_serialize_or_raise did not produce/),
  module_use_after_delete: throws('Error', /^instance_new_or_raise: this Module has already been deleted$/),
  instance_other_store: throws('TypeError', /the Instance belongs to a different store/),
  cross_engine_instantiate: throws('Failure', /belongs to a different Engine/),
  linker_wasi_without_context: throws('Failure', /the linker defines WASI but the store has no WASI context/),
  detached_args_buffer: throws('Failure', /expected 2 arguments, got 0/),
  detached_func_buffer: throws('TypeError', /func buffer must be exactly 16 bytes, got 0/),
  resizable_buffer_shrunk: throws('TypeError', /args buffer length 40 is not a multiple of 32/),
  functype_v128: { value: 'kind 4' },
  export_v128_and_typed_ref_funcs: throws('Failure', /argument type mismatch/),
  job_export_v128: throws('Failure', /export `f` must have type \(\) -> i32/),
  int32_array_as_bytes: throws('TypeError', /argument 3 must be a Uint8Array/),
  string_as_bytes: throws('TypeError', /argument 1 must be a Uint8Array \(Bytes\), got a string/),
  bool_setter_wrong_type: throws('TypeError', /config_debug_info_set: argument 2 must be a boolean, got a number/),
  u64_negative: throws('TypeError', /context_set_epoch_deadline: argument 2 must be a UInt64/),
  u64_too_big: throws('TypeError', /context_set_epoch_deadline: argument 2 must be a UInt64/),
  getter_deletes_future_in_spawn: throws('Error', /^call_future_thread_spawn_or_raise: this CallFuture has already been deleted$/),
  getter_spawns_in_spawn: throws('Error', /^call_future_thread_spawn_or_raise: the CallFuture is owned by a polling thread/),
  preopen_getter_deletes_config: throws('Error', /^wasi_config_preopen_dir_or_raise: this WasiConfig has already been deleted$/),
  preopen_getter_consumes_config: throws('Error', /^wasi_config_preopen_dir_or_raise: this WasiConfig was consumed by context_set_wasi_or_raise/),
  preopen_bad_perm_runs_no_javascript: throws('Failure', /dir_perms must be a combination .* got an object$/),
  argv_getter_deletes_config: throws('Error', /^wasi_config_set_argv_or_raise: this WasiConfig has already been deleted$/),
  env_getter_consumes_config: throws('Error', /^wasi_config_set_env_or_raise: this WasiConfig was consumed by context_set_wasi_or_raise/),
  env_pair_getter_deletes_config: throws('Error', /^wasi_config_set_env_or_raise: this WasiConfig has already been deleted$/),
  gc_order_without_deletes: { value: 'ok' },
  gc_engine_dropped_store_kept: { value: '3' },
};

describe('misuse never crashes the process', () => {
  let outcomes: Map<string, CaseOutcome>;
  before(async () => { outcomes = await runCases('test/binding/fixtures/misuse.ts', Object.keys(cases)); });
  for (const [name, expect] of Object.entries(cases)) {
    it(name, () => {
      const got = caseResult(outcomes.get(name));
      if ('value' in expect) {
        assert.deepEqual(got, { threw: false, value: expect.value });
      } else {
        assert.equal(got.threw, true, `expected a throw, got ${JSON.stringify(got)}`);
        assert.equal(got.name, expect.name, String(got.message));
        assert.match(String(got.message), expect.message);
      }
    });
  }
});
