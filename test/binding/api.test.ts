// Every exported function of the covered sections, with asserted results.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as w from '../../binding/index.ts';
import { ADD_WAT } from './fixtures/wat.ts';
import { probePids } from './fixtures/probes.ts';
import { runNode } from './child.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function instantiate(engine = w.engine_new(), wat = ADD_WAT) {
  const store = w.wasmtime_store_new(engine);
  const ctx = w.wasmtime_store_context(store);
  const module = w.module_new_from_wat_or_raise(engine, wat);
  const inst = w.instance_new_or_raise(ctx, module);
  const done = () => { w.module_delete(module); w.wasmtime_store_delete(store); w.engine_delete(engine); };
  return { engine, store, ctx, module, inst, done };
}

function call(ctx: w.Context, f: Uint8Array, args: Uint8Array, nres: number): Uint8Array {
  const r = w.make_val_buffer(nres);
  w.func_call_sync_or_raise(ctx, f, args, r);
  return r;
}

describe('version and constants', () => {
  it('version() is the linked library version from the build', () => {
    const fromBuild = readFileSync(new URL('../../.wasmtime/VERSION', import.meta.url), 'utf8').trim();
    assert.equal(w.version(), fromBuild);
    assert.match(w.version(), /^\d+\.\d+\.\d+/);
  });
});

describe('engine and stores', () => {
  it('create and delete engines and both kinds of store', () => {
    const e = w.engine_new();
    const s = w.store_new(e);
    assert.equal(w.store_delete(s), undefined);
    const ws = w.wasmtime_store_new(e);
    const ctx = w.wasmtime_store_context(ws);
    // Handles are opaque: no prototype, nothing JavaScript can attach or change.
    assert.equal(Object.getPrototypeOf(ctx), null);
    assert.equal(Object.isExtensible(ctx), false);
    assert.equal(w.context_gc(ctx), undefined);
    assert.equal(w.wasmtime_store_delete(ws), undefined);
    assert.equal(w.engine_delete(e), undefined);
  });

  it('fuel: error without consume_fuel, counts down with it', () => {
    const plain = instantiate();
    const err = w.context_set_fuel(plain.ctx, 10);
    assert.equal(w.error_is_null(err), false);
    assert.match(w.error_message(err), /fuel is not configured/);
    w.error_delete(err);
    assert.throws(() => w.context_get_fuel(plain.ctx), (e: Error) => e instanceof w.Failure && /fuel is not configured/.test(e.message));
    plain.done();

    const c = w.config_new();
    w.config_consume_fuel_set(c, true);
    const t = instantiate(w.engine_new_with_config(c));
    const ok = w.context_set_fuel(t.ctx, 10_000n);
    assert.equal(w.error_is_null(ok), true);
    w.error_delete(ok);
    assert.equal(w.context_get_fuel(t.ctx), 10_000n);
    const add = w.instance_export_func_or_raise(t.ctx, t.inst, 'add');
    const a = w.make_val_buffer(2);
    call(t.ctx, add, a, 1);
    const left = w.context_get_fuel(t.ctx);
    assert.ok(left < 10_000n && left > 9_000n, `fuel left ${left}`);
    w.error_delete(w.context_set_fuel(t.ctx, 0));
    assert.throws(() => call(t.ctx, add, a, 1), /all fuel consumed/);
    t.done();
  });

  it('epochs: a deadline that has passed interrupts wasm', () => {
    const c = w.config_new();
    w.config_epoch_interruption_set(c, true);
    const t = instantiate(w.engine_new_with_config(c), '(module (func (export "spin") (loop br 0)) (func (export "f")))');
    w.context_set_epoch_deadline(t.ctx, 1);
    const f = w.instance_export_func_or_raise(t.ctx, t.inst, 'f');
    call(t.ctx, f, w.make_val_buffer(0), 0); // deadline not reached yet
    w.engine_increment_epoch(t.engine);
    const spin = w.instance_export_func_or_raise(t.ctx, t.inst, 'spin');
    assert.throws(() => call(t.ctx, spin, w.make_val_buffer(0), 0), /interrupt/);
    t.done();
  });
});

describe('live-handle set', () => {
  it('agrees with a reference set over random inserts, erases and lookups', () => {
    for (const seed of [1n, 42n, 0xdeadbeefn]) assert.equal(w._internal.pointerSetMismatches(200_000, seed), 0);
  });
});

describe('config', () => {
  // Invalid configurations would abort the process inside Wasmtime, so each is
  // first tried by a probe process, which such a configuration ends.
  const probes = () => probePids(process.pid);
  const invalid = () => { const c = w.config_new(); w.config_wasm_reference_types_set(c, false); return c; };
  const valid = (pages: boolean) => { const c = w.config_new(); w.config_wasm_custom_page_sizes_set(c, pages); return c; };
  const refused = (c: w.Config) => assert.throws(() => w.engine_new_with_config(c),
    (e: Error) => e instanceof w.Failure && /invalid configuration: .*reference/.test(e.message));

  it('the probe answers valid and invalid configurations in any order, and survives being killed', () => {
    w.engine_delete(w.engine_new_with_config(valid(true)));
    assert.equal(probes().length, 1, 'one probe process serves every request');
    refused(invalid());
    assert.deepEqual(probes(), [], 'the invalid configuration ended it');
    w.engine_delete(w.engine_new_with_config(valid(false)));
    const [pid] = probes();
    assert.ok(pid);
    process.kill(pid, 'SIGKILL');
    const c = w.config_new();
    w.config_wasm_multi_memory_set(c, false); // not asked before: the probe must answer it
    w.engine_delete(w.engine_new_with_config(c));
    refused(invalid()); // remembered: no probe needed
  });

  it('the probe process ends with the process that started it', async () => {
    const r = await runNode(['--input-type=module', '-e', `
      import { probePids } from './test/binding/fixtures/probes.ts';
      import * as w from './binding/index.ts';
      w.engine_new_with_config(w.config_new());
      const c = w.config_new();
      w.config_wasm_simd_set(c, true);
      w.engine_new_with_config(c);
      for (const pid of probePids(process.pid)) console.log('PROBE ' + pid);`]);
    assert.equal(r.code, 0, r.stderr);
    const pids = [...r.stdout.matchAll(/^PROBE (\d+)$/gm)].map((m) => Number(m[1]));
    assert.ok(pids.length >= 1, r.stdout);
    const alive = () => pids.filter((pid) => {
      try {
        return !readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z ');
      } catch {
        return false;
      }
    });
    for (let i = 0; i < 50 && alive().length > 0; i++) await new Promise((done) => setTimeout(done, 20));
    assert.deepEqual(alive(), []);
  });

  it('every setter accepts valid values and the engine builds', () => {
    const c = w.config_new();
    const bools: Array<[(c: w.Config, v: boolean) => undefined, boolean]> = [
      [w.config_debug_info_set, false], [w.config_consume_fuel_set, true], [w.config_epoch_interruption_set, true],
      [w.config_wasm_threads_set, true], [w.config_shared_memory_set, true], [w.config_wasm_tail_call_set, true],
      [w.config_wasm_reference_types_set, true], [w.config_wasm_function_references_set, true],
      [w.config_wasm_gc_set, true], [w.config_wasm_simd_set, true], [w.config_wasm_relaxed_simd_set, true],
      [w.config_wasm_relaxed_simd_deterministic_set, true], [w.config_wasm_bulk_memory_set, true],
      [w.config_wasm_multi_value_set, true], [w.config_wasm_multi_memory_set, true], [w.config_wasm_memory64_set, true],
      [w.config_wasm_stack_switching_set, false], [w.config_wasm_wide_arithmetic_set, true],
      [w.config_wasm_exceptions_set, true], [w.config_wasm_custom_page_sizes_set, true],
      [w.config_wasm_branch_hinting_set, true], [w.config_wasm_component_model_set, true],
      [w.config_gc_support_set, true], [w.config_concurrency_support_set, true],
      [w.config_parallel_compilation_set, false], [w.config_cranelift_debug_verifier_set, true],
      [w.config_cranelift_nan_canonicalization_set, true], [w.config_memory_may_move_set, true],
      [w.config_memory_init_cow_set, true], [w.config_native_unwind_info_set, true],
      [w.config_macos_use_mach_ports_set, false], [w.config_signals_based_traps_set, true],
    ];
    for (const [set, v] of bools) assert.equal(set(c, v), undefined, set.name);
    assert.equal(w.config_max_wasm_stack_set(c, 512 * 1024), undefined);
    assert.equal(w.config_async_stack_size_set(c, 2n * 1024n * 1024n), undefined);
    assert.equal(w.config_memory_reservation_set(c, 1n << 32n), undefined);
    assert.equal(w.config_memory_guard_size_set(c, 1n << 16n), undefined);
    assert.equal(w.config_memory_reservation_for_growth_set(c, 1n << 20n), undefined);
    assert.equal(w.config_strategy_set(c, w.STRATEGY_CRANELIFT), undefined);
    assert.equal(w.config_cranelift_opt_level_set(c, w.OPT_LEVEL_SPEED_AND_SIZE), undefined);
    assert.equal(w.config_profiler_set(c, w.PROFILING_STRATEGY_NONE), undefined);
    assert.equal(w.config_cranelift_flag_enable(c, 'enable_verifier'), undefined);
    assert.equal(w.config_cranelift_flag_set(c, 'enable_verifier', 'true'), undefined);
    const t = instantiate(w.engine_new_with_config(c));
    w.error_delete(w.context_set_fuel(t.ctx, 1000));
    w.context_set_epoch_deadline(t.ctx, 100);
    const r = call(t.ctx, w.instance_export_func_or_raise(t.ctx, t.inst, 'add'), w.make_val_buffer(2), 1);
    assert.equal(w.val_buffer_get_i32(r, 0), 0);
    t.done();
  });

  it('feature switches take effect', () => {
    const c = w.config_new();
    w.config_wasm_simd_set(c, false);
    w.config_wasm_relaxed_simd_set(c, false);
    const e = w.engine_new_with_config(c);
    assert.throws(() => w.module_new_from_wat_or_raise(e, '(module (func (result v128) v128.const i64x2 0 0))'),
      (err: Error) => err instanceof w.Failure && /SIMD support is not enabled/.test(err.message));
    w.engine_delete(e);
    const c2 = w.config_new();
    w.config_max_wasm_stack_set(c2, 64 * 1024);
    const t = instantiate(w.engine_new_with_config(c2), '(module (func $r (export "r") call $r))');
    assert.throws(() => call(t.ctx, w.instance_export_func_or_raise(t.ctx, t.inst, 'r'), w.make_val_buffer(0), 0),
      /call stack exhausted/);
    t.done();
  });

  it('config_target_set: known triple gives a null error, unknown one a message', () => {
    const c = w.config_new();
    const ok = w.config_target_set(c, 'x86_64-unknown-linux-gnu');
    assert.equal(w.error_is_null(ok), true);
    w.error_delete(ok);
    const bad = w.config_target_set(c, 'nonsense-triple');
    assert.equal(w.error_is_null(bad), false);
    assert.match(w.error_message(bad), /Unrecognized architecture: nonsense/);
    w.error_delete(bad);
    w.engine_delete(w.engine_new_with_config(c));
  });

  it('cache config: missing file is an error, default loads', () => {
    const c = w.config_new();
    const bad = w.config_cache_config_load(c, '/nonexistent/wasmtime-cache.toml');
    assert.equal(w.error_is_null(bad), false);
    assert.match(w.error_message(bad), /nonexistent/);
    w.error_delete(bad);
    const def = w.config_cache_config_load_default(c);
    assert.equal(w.error_is_null(def), true);
    w.error_delete(def);
    w.config_delete(c);
  });
});

describe('errors and pointer buffers', () => {
  it('ptr buffers start null, hold errors and traps, and are cleaned', () => {
    const base = w._internal.liveTokens();
    const b = w.make_ptr_buffer();
    assert.equal(b.length, 8);
    assert.equal(w.ptr_buffer_is_null(b), true);
    assert.equal(w.ptr_buffer_read_u64(b), 0n);
    assert.equal(w.error_delete_ptr_buffer(b), undefined); // no-op when null
    assert.equal(w.trap_delete_ptr_buffer(b), undefined);
    w._internal.fillPtrBuffer(b, 'error', 'disk on fire');
    assert.equal(w.ptr_buffer_is_null(b), false);
    assert.notEqual(w.ptr_buffer_read_u64(b), 0n);
    assert.equal(w.error_message_ptr_buffer(b), 'disk on fire');
    assert.equal(w._internal.liveTokens(), base + 1);
    w.error_delete_ptr_buffer(b);
    assert.equal(w.ptr_buffer_is_null(b), true);
    w._internal.fillPtrBuffer(b, 'trap', 'it is a trap');
    assert.match(w.trap_message_ptr_buffer(b), /it is a trap/);
    w.trap_delete_ptr_buffer(b);
    assert.equal(w.ptr_buffer_is_null(b), true);
    w._internal.fillPtrBuffer(b, 'trap', 'cleared');
    assert.equal(w.ptr_buffer_clear(b), undefined);
    assert.equal(w.ptr_buffer_is_null(b), true);
    assert.equal(w._internal.liveTokens(), base);
  });

  it('a filled buffer dropped by JS frees its native object on GC', async () => {
    const base = w._internal.liveTokens();
    (() => { for (let i = 0; i < 10; i++) w._internal.fillPtrBuffer(w.make_ptr_buffer(), 'error', 'x'); })();
    assert.equal(w._internal.liveTokens(), base + 10);
    for (let i = 0; i < 5 && w._internal.liveTokens() > base; i++) {
      gc();
      await new Promise((r) => setImmediate(r));
    }
    assert.equal(w._internal.liveTokens(), base);
  });
});

describe('value buffers', () => {
  it('sizes and counts', () => {
    assert.equal(w.val_sizeof(), 32);
    assert.equal(w.func_sizeof(), 16);
    const b = w.make_val_buffer(3);
    assert.equal(b.length, 96);
    assert.equal(w.val_buffer_count(b), 3);
    assert.equal(w.val_buffer_count_or_raise(b), 3);
    assert.deepEqual(w.val_buffer_count_result(b), new w.Ok(3));
    const bad = w.val_buffer_count_result(new Uint8Array(5));
    assert.ok(bad instanceof w.Err && bad.error instanceof w.Failure);
    assert.match(bad.error.message, /not a multiple of 32/);
    assert.throws(() => w.val_buffer_count_or_raise(new Uint8Array(5)), w.Failure);
  });

  it('set/get round trips and kinds', () => {
    const b = w.make_val_buffer(4);
    w.val_buffer_set_i32(b, 0, -123456789);
    w.val_buffer_set_i64(b, 1, -(1n << 63n));
    w.val_buffer_set_f32(b, 2, 0.1);
    w.val_buffer_set_f64(b, 3, Math.PI);
    assert.equal(w.val_buffer_get_i32(b, 0), -123456789);
    assert.equal(w.val_buffer_get_i64(b, 1), -(1n << 63n));
    assert.equal(w.val_buffer_get_f32(b, 2), Math.fround(0.1));
    assert.equal(w.val_buffer_get_f64(b, 3), Math.PI);
    assert.deepEqual([0, 1, 2, 3].map((i) => w.val_buffer_kind(b, i)), [0, 1, 2, 3]);
    w.val_buffer_set_i64(b, 1, 42); // numbers accepted for Int64
    assert.equal(w.val_buffer_get_i64(b, 1), 42n);
    assert.throws(() => w.val_buffer_set_i32(b, 0, 2 ** 31), TypeError);
    assert.throws(() => w.val_buffer_set_i64(b, 0, 1n << 63n), TypeError);
  });
});

describe('function types, host functions, modules, calls', () => {
  it('functype constructors', () => {
    const ok = w.functype_new_from_valkinds(new Uint8Array([w.VALKIND_I32, w.VALKIND_FUNCREF]), new Uint8Array([w.VALKIND_F64]));
    assert.equal(w.functype_is_null(ok), false);
    w.functype_delete(ok);
    const nul = w.functype_new_from_valkinds(new Uint8Array([9]), new Uint8Array(0));
    assert.equal(w.functype_is_null(nul), true);
    w.functype_delete(nul);
    const r = w.functype_new_from_valkinds_result(new Uint8Array(0), new Uint8Array([w.VALKIND_I64]));
    assert.ok(r instanceof w.Ok);
    assert.equal(w.functype_is_null(r.value), false);
    w.functype_delete(r.value);
    const e = w.functype_new_from_valkinds_result(new Uint8Array([5]), new Uint8Array(0));
    assert.ok(e instanceof w.Err && /invalid value kind 5/.test(e.error.message));
    const t = w.functype_new_from_valkinds_or_raise(new Uint8Array(0), new Uint8Array(0));
    assert.equal(w.functype_is_null(t), false);
    w.functype_delete(t);
  });

  it('noop host functions can be created and called', () => {
    const e = w.engine_new();
    const s = w.wasmtime_store_new(e);
    const ctx = w.wasmtime_store_context(s);
    const cb = w.func_noop_callback_ptr();
    assert.equal(typeof cb, 'bigint');
    assert.ok(cb > 0n);
    const ty = w.functype_new_from_valkinds_or_raise(new Uint8Array([w.VALKIND_I32]), new Uint8Array([w.VALKIND_I64, w.VALKIND_EXTERNREF]));
    const f = w.func_buffer_new_with_ptr(ctx, ty, cb, 0, 0n);
    assert.equal(f.length, w.func_sizeof());
    const args = w.make_val_buffer(1);
    w.val_buffer_set_i32(args, 0, 5);
    const res = w.make_val_buffer(2);
    res.fill(0xee);
    const out = w.func_call_sync_result_autoclean(ctx, f, args, res, w.make_ptr_buffer(), w.make_ptr_buffer());
    assert.deepEqual(out, new w.Ok(undefined));
    assert.equal(w.val_buffer_kind(res, 0), 1);
    assert.equal(w.val_buffer_get_i64(res, 0), 0n);
    assert.equal(w.val_buffer_kind(res, 1), 6); // a null externref: payload cleared
    assert.deepEqual([...res.subarray(40, 64)], new Array(24).fill(0));
    w.functype_delete(ty);
    w.wasmtime_store_delete(s);
    w.engine_delete(e);
  });

  it('wat2wasm, compile, serialize, deserialize', () => {
    const wasm = w.wat2wasm_or_raise(ADD_WAT);
    assert.deepEqual([...wasm.subarray(0, 4)], [0, 0x61, 0x73, 0x6d]);
    assert.throws(() => w.wat2wasm_or_raise('(module (func'), (e: Error) => e instanceof w.Failure && /expected/.test(e.message));
    const e = w.engine_new();
    const m = w.module_new_or_raise(e, wasm);
    assert.throws(() => w.module_new_or_raise(e, new Uint8Array([0, 0x61, 0x73, 0x6d, 9, 9, 9, 9])), w.Failure);
    const bytes = w.module_serialize_or_raise(m);
    assert.ok(bytes.length > 100);
    const m2 = w.module_deserialize_or_raise(e, bytes);
    const s = w.wasmtime_store_new(e);
    const ctx = w.wasmtime_store_context(s);
    const inst = w.instance_new_or_raise(ctx, m2);
    const a = w.make_val_buffer(2);
    w.val_buffer_set_i32(a, 0, 20);
    w.val_buffer_set_i32(a, 1, 22);
    assert.equal(w.val_buffer_get_i32(call(ctx, w.instance_export_func_or_raise(ctx, inst, 'add'), a, 1), 0), 42);
    w.module_delete(m);
    w.module_delete(m2);
    w.wasmtime_store_delete(s);
    w.engine_delete(e);
  });

  it('invalid WAT raises with line and column', () => {
    const e = w.engine_new();
    assert.throws(() => w.module_new_from_wat_or_raise(e, '(module\n  (func (result i32)\n    i32.const))'),
      (err: Error) => err instanceof w.Failure && /<anon>:3:14/.test(err.message) && /expected a i32/.test(err.message));
    w.engine_delete(e);
  });

  it('linkers and instances', () => {
    const e = w.engine_new();
    const s = w.wasmtime_store_new(e);
    const ctx = w.wasmtime_store_context(s);
    const m = w.module_new_from_wat_or_raise(e, ADD_WAT);
    const l = w.linker_new(e);
    const inst = w.linker_instantiate_or_raise(l, ctx, m);
    const a = w.make_val_buffer(2);
    w.val_buffer_set_i32(a, 0, -5);
    w.val_buffer_set_i32(a, 1, 3);
    assert.equal(w.val_buffer_get_i32(call(ctx, w.instance_export_func_or_raise(ctx, inst, 'add'), a, 1), 0), -2);
    assert.throws(() => w.instance_export_func_or_raise(ctx, inst, 'nope'), /no export named `nope`/);
    assert.throws(() => w.instance_export_func_or_raise(ctx, inst, 'mem'), /export `mem` is not a function/);
    const needsImport = w.module_new_from_wat_or_raise(e, '(module (import "env" "f" (func)))');
    assert.throws(() => w.linker_instantiate_or_raise(l, ctx, needsImport), (err: Error) => err instanceof w.Failure && /unknown import/.test(err.message));
    assert.throws(() => w.instance_new_or_raise(ctx, needsImport), (err: Error) => err instanceof w.Failure && /expected 1 imports, found 0/.test(err.message));
    const l2 = w.linker_new(e);
    assert.equal(w.linker_define_wasi_or_raise(l2), undefined);
    w.linker_delete(l2);
    w.linker_delete(l);
    w.module_delete(needsImport);
    w.module_delete(m);
    w.wasmtime_store_delete(s);
    w.engine_delete(e);
  });

  it('sync calls: results of every numeric kind, traps and errors', () => {
    const t = instantiate();
    const get = (n: string) => w.instance_export_func_or_raise(t.ctx, t.inst, n);
    const a64 = w.make_val_buffer(2);
    w.val_buffer_set_i64(a64, 0, (1n << 62n));
    w.val_buffer_set_i64(a64, 1, (1n << 62n));
    assert.equal(w.val_buffer_get_i64(call(t.ctx, get('add64'), a64, 1), 0), -(1n << 63n)); // wraps
    const af = w.make_val_buffer(2);
    w.val_buffer_set_f32(af, 0, 1.5);
    w.val_buffer_set_f32(af, 1, -2.25);
    assert.equal(w.val_buffer_get_f32(call(t.ctx, get('mulf32'), af, 1), 0), -3.375);
    const ad = w.make_val_buffer(2);
    w.val_buffer_set_f64(ad, 0, 1);
    w.val_buffer_set_f64(ad, 1, 3);
    assert.equal(w.val_buffer_get_f64(call(t.ctx, get('divf64'), ad, 1), 0), 1 / 3);
    const nr = call(t.ctx, get('nullref'), w.make_val_buffer(0), 1);
    assert.equal(w.val_buffer_kind(nr, 0), 6);

    const trap = w.make_ptr_buffer();
    const err = w.make_ptr_buffer();
    const boom = w.func_call_sync_result_autoclean(t.ctx, get('boom'), w.make_val_buffer(0), w.make_val_buffer(0), trap, err);
    assert.ok(boom instanceof w.Err && boom.error instanceof w.Failure);
    assert.match(boom.error.message, /wasm `unreachable` instruction executed/);
    assert.equal(w.ptr_buffer_is_null(trap), true);
    assert.equal(w.ptr_buffer_is_null(err), true);
    const wrong = w.func_call_sync_result_autoclean(t.ctx, get('add'), w.make_val_buffer(1), w.make_val_buffer(1), trap, err);
    assert.ok(wrong instanceof w.Err);
    assert.match(wrong.error.message, /expected 2 arguments, got 1/);
    assert.equal(w.ptr_buffer_is_null(trap) && w.ptr_buffer_is_null(err), true);
    assert.throws(() => w.func_call_sync_or_raise(t.ctx, get('boom'), w.make_val_buffer(0), w.make_val_buffer(0)),
      (e: Error) => e instanceof w.Failure && /unreachable/.test(e.message));
    // SharedArrayBuffer-backed buffers work too (they are copied before use).
    const shared = new Uint8Array(new SharedArrayBuffer(64));
    w.val_buffer_set_i32(shared, 0, 7);
    w.val_buffer_set_i32(shared, 1, 8);
    assert.equal(w.val_buffer_get_i32(call(t.ctx, get('add'), shared, 1), 0), 15);
    t.done();
  });

  // Calls whose values all have the func's exact numeric types take Wasmtime's
  // unchecked entry point (the binding checks the types itself); everything
  // else goes through wasmtime_func_call. Both must give the same answers.
  it('sync calls: the unchecked fast path keeps every bit, and mismatches still get Wasmtime\'s errors', () => {
    const t = instantiate(w.engine_new(), `(module
      (func (export "id") (param i32 i64 f32 f64 v128) (result v128 f64 f32 i64 i32)
        local.get 4 local.get 3 local.get 2 local.get 1 local.get 0)
      (func (export "nine") (param i32 i32 i32 i32 i32 i32 i32 i32 i32) (result i32)
        local.get 0 local.get 8 i32.add)
      (func (export "two") (result i32 i32) i32.const 1 i32.const 2))`);
    const get = (n: string) => w.instance_export_func_or_raise(t.ctx, t.inst, n);
    const args = w.make_val_buffer(5);
    w.val_buffer_set_i32(args, 0, -7);
    w.val_buffer_set_i64(args, 1, -(1n << 40n));
    // NaNs with payloads, written as raw bytes: a conversion through a float could lose them.
    const f32nan = [0x01, 0x00, 0xa0, 0x7f];
    const f64nan = [0x01, 0, 0, 0, 0, 0, 0xf4, 0x7f];
    args[64] = w.VALKIND_F32; args.set(f32nan, 64 + 8);
    args[96] = w.VALKIND_F64; args.set(f64nan, 96 + 8);
    const v128 = Array.from({ length: 16 }, (_, i) => 0xf0 + i);
    args[128] = w.VALKIND_V128; args.set(v128, 128 + 8);
    const res = w.make_val_buffer(5).fill(0xee);
    w.func_call_sync_or_raise(t.ctx, get('id'), args, res);
    const slot = (kind: number, payload: number[]) => [kind, 0, 0, 0, 0, 0, 0, 0, ...payload,
      ...new Array(24 - payload.length).fill(0)];
    assert.deepEqual([...res], [
      ...slot(w.VALKIND_V128, v128), ...slot(w.VALKIND_F64, f64nan), ...slot(w.VALKIND_F32, f32nan),
      ...slot(w.VALKIND_I64, [...new Uint8Array(new BigInt64Array([-(1n << 40n)]).buffer)]),
      ...slot(w.VALKIND_I32, [0xf9, 0xff, 0xff, 0xff]),
    ]);

    // More values than the fast path holds inline.
    const nine = w.make_val_buffer(9);
    for (let i = 0; i < 9; i++) w.val_buffer_set_i32(nine, i, i + 1);
    assert.equal(w.val_buffer_get_i32(call(t.ctx, get('nine'), nine, 1), 0), 10);
    const two = call(t.ctx, get('two'), w.make_val_buffer(0), 2);
    assert.deepEqual([w.val_buffer_get_i32(two, 0), w.val_buffer_get_i32(two, 1)], [1, 2]);

    // Mismatches of kind or count, which only the checked path reports.
    const wrongKind = w.make_val_buffer(5);
    wrongKind.set(args);
    w.val_buffer_set_i64(wrongKind, 0, 1n);
    const failure = (re: RegExp) => (e: Error) => e instanceof w.Failure && re.test(e.message);
    assert.throws(() => w.func_call_sync_or_raise(t.ctx, get('id'), wrongKind, w.make_val_buffer(5)),
      failure(/^error: argument type mismatch/));
    assert.throws(() => w.func_call_sync_or_raise(t.ctx, get('id'), args, w.make_val_buffer(4)),
      failure(/expected 5 results, got 4/));
    const untouched = w.make_val_buffer(1).fill(0xab);
    assert.throws(() => w.func_call_sync_or_raise(t.ctx, get('two'), w.make_val_buffer(0), untouched), w.Failure);
    assert.deepEqual([...untouched], new Array(32).fill(0xab));

    // Node Buffers are Uint8Arrays; other views take the strict path and are refused by name.
    const buf = Buffer.alloc(9 * 32);
    for (let i = 0; i < 9; i++) w.val_buffer_set_i32(buf, i, 2 * i);
    const out = Buffer.alloc(32);
    w.func_call_sync_or_raise(t.ctx, get('nine'), buf, out);
    assert.equal(w.val_buffer_get_i32(out, 0), 16);
    assert.throws(() => w.func_call_sync_or_raise(t.ctx, get('two'), new Float64Array(0) as unknown as Uint8Array,
      w.make_val_buffer(2)), /argument 3 must be a Uint8Array \(Bytes\), got another typed array/);
    t.done();
  });
});
