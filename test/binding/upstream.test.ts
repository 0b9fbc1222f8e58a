// The functions taken over from the upstream binding's interface
// (pkg.generated.mbti): lower-level names, byte-and-length forms, buffers
// for C structs, async host functions and async instantiation. Their misuse
// cases are in misuse.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as w from '../../binding/index.ts';
import { ADD_WAT } from './fixtures/wat.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const utf8 = (s: string) => new TextEncoder().encode(s);
const STACK = 1024 * 1024;

function drive(future: w.CallFuture): number {
  let pending = 0;
  while (!w.call_future_poll(future)) pending++;
  return pending;
}

function i32s(...vals: number[]): Uint8Array {
  const b = w.make_val_buffer(vals.length);
  vals.forEach((v, i) => w.val_set_i32_at(b, i, v));
  return b;
}

// A start function that adds what the async host import `host::zero`
// returns (0) to 7 into a global, looping `spin` times first.
const START_WAT = (spin: number) => `(module
  (import "host" "zero" (func $zero (param i32) (result i32)))
  (global $g (export "g") (mut i32) (i32.const 0))
  (func $start (local $i i32)
    (loop $l
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $l (i32.lt_u (local.get $i) (i32.const ${spin}))))
    (global.set $g (i32.add (call $zero (i32.const 5)) (i32.const 7))))
  (start $start)
  (func (export "get") (result i32) (global.get $g)))`;

function linkerWithZero(engine: w.Engine): w.Linker {
  const linker = w.linker_new(engine);
  const ty = w.functype_new_from_valkinds_or_raise(new Uint8Array([w.VALKIND_I32]), new Uint8Array([w.VALKIND_I32]));
  const err = w.linker_define_async_func_ptr(linker, utf8('host'), 4, utf8('zero'), 4, ty, w.noop_callback_ptr(), 0, 0);
  assert.equal(w.error_is_null(err), true);
  w.functype_delete(ty);
  return linker;
}

/** The i32 an export of () -> i32 returns, called asynchronously. */
function asyncGet(ctx: w.Context, inst: w.Instance, name: string): number {
  const r = w.make_val_buffer(1);
  const f = w.func_call_async(ctx, w.instance_export_func_or_raise(ctx, inst, name), w.make_val_buffer(0), r,
    w.make_ptr_buffer(), w.make_ptr_buffer());
  drive(f);
  w.call_future_delete(f);
  return w.val_get_i32_at(r, 0);
}

describe('clock', () => {
  it('clock_now_ns is a monotonic UInt64 that advances at least as much as a sleep', () => {
    const a = w.clock_now_ns();
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 3);
    const b = w.clock_now_ns();
    assert.equal(typeof a, 'bigint');
    assert.ok(b - a >= 3_000_000n, `${b - a} ns`);
  });
});

describe('config setters from UTF-8 bytes', () => {
  it('use only the first len bytes', () => {
    const c = w.config_new();
    const err = w.config_target_set_bytes(c, utf8('x86_64-unknown-linux-gnu and more'), 24);
    assert.equal(w.error_is_null(err), true);
    const bad = w.config_target_set_bytes(c, utf8('x86_64-unknown-linux-gnu'), 3);
    assert.equal(w.error_message(bad), 'Unrecognized architecture: x86');
    w.config_delete(c);
  });

  it('reach the engine: a flag set from bytes is checked when the engine is made', () => {
    const ok = w.config_new();
    w.config_cranelift_flag_set_bytes(ok, utf8('opt_level'), 9, utf8('speed_and_size'), 14);
    w.config_cranelift_flag_enable_bytes(ok, utf8('has_sse3'), 8);
    w.engine_delete(w.engine_new_with_config(ok));
    const bad = w.config_new();
    w.config_cranelift_flag_enable_bytes(bad, utf8('nö_such_flag'), utf8('nö_such_flag').length);
    assert.throws(() => w.engine_new_with_config(bad), /No existing setting named 'nö_such_flag'/);
  });

  it('config_cache_config_load_bytes: a path, or the default with no bytes', () => {
    const c = w.config_new();
    const missing = w.config_cache_config_load_bytes(c, utf8('testdata/no-such-cache.toml'), 27);
    assert.match(w.error_message(missing), /^failed to read config file: testdata\/no-such-cache\.toml/);
    w.error_delete(missing);
    assert.equal(w.error_is_null(w.config_cache_config_load_bytes(c, new Uint8Array(4), 0)), true);
    w.engine_delete(w.engine_new_with_config(c));
  });
});

describe('host stack creator', () => {
  it('async calls of an engine configured with it run on stacks it made', () => {
    assert.equal(w.stack_creator_sizeof(), 24);
    const c = w.config_new();
    w.config_host_stack_creator_set_bytes(c, w.make_stack_creator_buffer());
    w.config_consume_fuel_set(c, true);
    const engine = w.engine_new_with_config(c);
    const store = w.wasmtime_store_new(engine);
    const ctx = w.wasmtime_store_context(store);
    assert.equal(w.error_is_null(w.context_set_fuel(ctx, 1_000_000)), true);
    assert.equal(w.error_is_null(w.context_fuel_async_yield_interval(ctx, 1000)), true);
    const add = w.instance_export_func_or_raise(ctx, w.instance_new_or_raise(ctx,
      w.module_new_from_wat_or_raise(engine, ADD_WAT)), 'add');
    const before = w._internal.hostStacksMade();
    const results = w.make_val_buffer(1);
    const f = w.func_call_async(ctx, add, i32s(2, 3), results, w.make_ptr_buffer(), w.make_ptr_buffer());
    drive(f);
    w.call_future_delete(f);
    assert.equal(w.val_get_i32_at(results, 0), 5);
    assert.ok(w._internal.hostStacksMade() > before, 'the creator made a stack');
  });
});

describe('pointer buffers under their lower-level names', () => {
  it('ptr_* and *_delete_ptr do what the ptr_buffer_* functions do', () => {
    assert.equal(w.ptr_sizeof(), w.make_ptr_buffer().length);
    const b = w.make_ptr_buffer();
    assert.equal(w.ptr_is_null(b), true);
    assert.equal(w.ptr_read_u64(b), 0n);
    const live = w._internal.liveTokens();
    w._internal.fillPtrBuffer(b, 'error', 'e');
    assert.equal(w.ptr_is_null(b), false);
    assert.equal(w.ptr_read_u64(b), w.ptr_buffer_read_u64(b));
    w.error_delete_ptr(b);
    assert.equal(w.ptr_is_null(b), true);
    w._internal.fillPtrBuffer(b, 'trap', 't');
    w.trap_delete_ptr(b);
    w._internal.fillPtrBuffer(b, 'trap', 't');
    w.ptr_clear(b);
    assert.equal(w.ptr_is_null(b), true);
    assert.equal(w._internal.liveTokens(), live, 'every deletion freed its object');
    w.error_delete_ptr(b);  // null: nothing to do
    w.trap_delete_ptr(b);
  });
});

describe('value slots under their lower-level names', () => {
  it('val_*_at and val_buffer_* are interchangeable', () => {
    const b = w.make_val_buffer(4);
    w.val_set_i32_at(b, 0, -5);
    w.val_set_i64_at(b, 1, -(2n ** 40n));
    w.val_set_f32_at(b, 2, 1.5);
    w.val_set_f64_at(b, 3, -0.25);
    assert.deepEqual([0, 1, 2, 3].map((i) => w.val_kind_at(b, i)), [0, 1, 2, 3]);
    assert.equal(w.val_buffer_get_i32(b, 0), -5);
    assert.equal(w.val_get_i64_at(b, 1), -(2n ** 40n));
    assert.equal(w.val_get_f32_at(b, 2), 1.5);
    assert.equal(w.val_get_f64_at(b, 3), -0.25);
    w.val_buffer_set_f64(b, 0, 2.5);
    assert.equal(w.val_get_f64_at(b, 0), 2.5);
  });

  it('setters leave no stale bytes of an earlier value of another kind', () => {
    const b = w.make_val_buffer(1);
    w.val_set_i64_at(b, 0, -1n);
    w.val_set_i32_at(b, 0, -1);
    assert.equal(w.val_get_i64_at(b, 0), 0xffffffffn);
    w.val_buffer_set_f64(b, 0, -1);
    w.val_buffer_set_f32(b, 0, 1);
    assert.deepEqual(Array.from(b.subarray(12)), new Array(20).fill(0));
  });

  it('result slots come back in the form setters write: kind, payload, zeros elsewhere', () => {
    const engine = w.engine_new();
    const ctx = w.wasmtime_store_context(w.wasmtime_store_new(engine));
    // Not all-numeric, so the call goes through wasmtime_func_call, which writes whole structs.
    const inst = w.instance_new_or_raise(ctx, w.module_new_from_wat_or_raise(engine,
      '(module (func (export "f") (result i32 externref) i32.const -1 ref.null extern))'));
    const results = w.make_val_buffer(2);
    results.fill(0xaa);
    w.func_call_sync_or_raise(ctx, w.instance_export_func_or_raise(ctx, inst, 'f'), w.make_val_buffer(0), results);
    const expected = new Uint8Array(64);
    expected.set([0xff, 0xff, 0xff, 0xff], 8);
    expected[32] = 6;
    assert.deepEqual(Array.from(results), Array.from(expected));
  });

  it('val_unroot_at / val_buffer_unroot_at zero a slot, reference results included', () => {
    const [engine, , ctx] = w.async_context_new(STACK);
    const inst = w.instance_new_or_raise(ctx, w.module_new_from_wat_or_raise(engine, ADD_WAT));
    const results = w.make_val_buffer(1);
    const f = w.func_call_async(ctx, w.instance_export_func_or_raise(ctx, inst, 'nullref'), w.make_val_buffer(0),
      results, w.make_ptr_buffer(), w.make_ptr_buffer());
    drive(f);
    w.call_future_delete(f);
    assert.equal(w.val_kind_at(results, 0), 6, 'an externref slot');
    w.val_unroot_at(results, 0);
    assert.deepEqual(Array.from(results), new Array(32).fill(0));
    const b = i32s(1, 2);
    w.val_buffer_unroot_at(b, 1);
    assert.deepEqual([w.val_get_i32_at(b, 0), w.val_get_i32_at(b, 1)], [1, 0]);
  });
});

describe('function types and host functions', () => {
  it('functype_new_from_kinds takes the first nparams / nresults kinds', () => {
    const ty = w.functype_new_from_kinds(new Uint8Array([w.VALKIND_I64, 99]), 1, new Uint8Array([w.VALKIND_F64]), 1);
    assert.equal(w.functype_is_null(ty), false);
    assert.equal(w.functype_is_null(w.functype_new_from_kinds(new Uint8Array([99]), 1, new Uint8Array(0), 0)), true);
  });

  it('func_new_ptr_bytes writes a callable no-op func into a func buffer', () => {
    assert.equal(w.noop_callback_ptr(), w.func_noop_callback_ptr());
    const engine = w.engine_new();
    const ctx = w.wasmtime_store_context(w.wasmtime_store_new(engine));
    const ty = w.functype_new_from_kinds(new Uint8Array([w.VALKIND_I32]), 1,
      new Uint8Array([w.VALKIND_I64, w.VALKIND_F32]), 2);
    const func = w.make_func_buffer();
    assert.equal(func.length, w.func_sizeof());
    w.func_new_ptr_bytes(ctx, ty, w.noop_callback_ptr(), 0, 0, func);
    const results = w.make_val_buffer(2);
    w.val_set_i32_at(results, 0, 9);
    w.func_call_sync_or_raise(ctx, func, i32s(4), results);
    assert.deepEqual([w.val_kind_at(results, 0), w.val_get_i64_at(results, 0)], [1, 0n]);
    assert.deepEqual([w.val_kind_at(results, 1), w.val_get_f32_at(results, 1)], [2, 0]);
  });

  it('linker_define_async_func_ptr: wasm calls it in an async store; a second definition is an error', () => {
    const [engine, , ctx] = w.async_context_new(STACK);
    const linker = linkerWithZero(engine);
    const inst = w.linker_instantiate_or_raise(linker, ctx, w.module_new_from_wat_or_raise(engine, START_WAT(1)));
    assert.equal(asyncGet(ctx, inst, 'get'), 7);
    const ty = w.functype_new_from_kinds(new Uint8Array(0), 0, new Uint8Array(0), 0);
    const twice = w.linker_define_async_func_ptr(linker, utf8('host'), 4, utf8('zero!'), 4, ty,
      w.noop_callback_ptr(), 0, 0);
    assert.equal(w.error_message(twice), 'import of `host::zero` defined twice');
    w.error_delete(twice);
    w.linker_delete(linker);
  });
});

describe('func_call_async_bytes', () => {
  it('calls with the first nargs values into the first nresults slots', () => {
    const [engine, , ctx] = w.async_context_new(STACK);
    const add = w.instance_export_func_or_raise(ctx, w.instance_new_or_raise(ctx,
      w.module_new_from_wat_or_raise(engine, ADD_WAT)), 'add');
    const results = i32s(0, 77);
    const trap = w.make_ptr_buffer(), err = w.make_ptr_buffer();
    const f = w.func_call_async_bytes(ctx, add, i32s(40, 2, 1000), 2, results, 1, trap, err);
    assert.equal(w.val_get_i32_at(results, 0), 0, 'nothing is written before completion');
    drive(f);
    assert.deepEqual([w.val_get_i32_at(results, 0), w.val_get_i32_at(results, 1)], [42, 77]);
    assert.equal(w.ptr_is_null(trap) && w.ptr_is_null(err), true);
    w.call_future_delete(f);
  });

  it('a mistyped call is not raised: its first poll finishes with the error in err_ptr', () => {
    const [engine, , ctx] = w.async_context_new(STACK);
    const add = w.instance_export_func_or_raise(ctx, w.instance_new_or_raise(ctx,
      w.module_new_from_wat_or_raise(engine, ADD_WAT)), 'add');
    const trap = w.make_ptr_buffer(), err = w.make_ptr_buffer();
    const f = w.func_call_async_bytes(ctx, add, i32s(1, 2, 3), 3, w.make_val_buffer(1), 1, trap, err);
    assert.equal(w.ptr_is_null(err), true);
    assert.equal(drive(f), 0);
    assert.equal(w.error_message_ptr_buffer(err), 'expected 2 arguments, got 3');
    w.error_delete_ptr(err);
    const boom = w.instance_export_func_or_raise(ctx, w.instance_new_or_raise(ctx,
      w.module_new_from_wat_or_raise(engine, ADD_WAT)), 'boom');
    w.call_future_delete(f);
    const g = w.func_call_async_bytes(ctx, boom, w.make_val_buffer(0), 0, w.make_val_buffer(0), 0, trap, err);
    drive(g);
    assert.match(w.trap_message_ptr_buffer(trap), /unreachable/);
    w.trap_delete_ptr(trap);
    w.call_future_delete(g);
  });

  it('can be polled on a thread like any future', async () => {
    const [engine, , ctx] = w.async_context_new(STACK);
    const add = w.instance_export_func_or_raise(ctx, w.instance_new_or_raise(ctx,
      w.module_new_from_wat_or_raise(engine, ADD_WAT)), 'add');
    const results = w.make_val_buffer(1);
    const f = w.func_call_async_bytes(ctx, add, i32s(20, 22), 2, results, 1, w.make_ptr_buffer(), w.make_ptr_buffer());
    await w.call_future_thread_join_async(w.call_future_thread_spawn_or_raise(f, { poll_sleep_us: 0 }));
    assert.equal(w.val_get_i32_at(results, 0), 42);
    w.call_future_delete(f);
  });
});

describe('async instantiation', () => {
  it('linker_instantiate_async_bytes runs the start function as it is polled, then writes the instance', () => {
    const [engine, store, ctx] = w.async_context_new(STACK);
    assert.equal(w.error_is_null(w.context_fuel_async_yield_interval(ctx, 10_000)), true);
    const linker = linkerWithZero(engine);
    const module = w.module_new_from_wat_or_raise(engine, START_WAT(100_000));
    const instance = w.make_instance_buffer();
    assert.equal(instance.length, w.instance_sizeof());
    const trap = w.make_ptr_buffer(), err = w.make_ptr_buffer();
    const f = w.linker_instantiate_async_bytes(linker, ctx, module, instance, trap, err);
    // The future owns what it borrows: the handles may go first.
    w.linker_delete(linker);
    w.module_delete(module);
    gc();
    assert.throws(() => w.context_gc(ctx), /in use by an unfinished CallFuture/);
    assert.ok(drive(f) >= 5, 'the start function yielded under fuel');
    assert.equal(w.ptr_is_null(trap) && w.ptr_is_null(err), true);
    assert.notDeepEqual(Array.from(instance), new Array(16).fill(0), 'a wasmtime_instance_t was written');
    w.call_future_delete(f);
    w.async_context_delete(engine, store);
  });

  it('a trapping start function and a missing import end in trap_ptr and err_ptr', () => {
    const [engine, , ctx] = w.async_context_new(STACK);
    const linker = w.linker_new(engine);
    const trap = w.make_ptr_buffer(), err = w.make_ptr_buffer();
    const trapping = w.module_new_from_wat_or_raise(engine, '(module (func $s unreachable) (start $s))');
    const f = w.linker_instantiate_async_bytes(linker, ctx, trapping, w.make_instance_buffer(), trap, err);
    drive(f);
    w.call_future_delete(f);
    assert.match(w.trap_message_ptr_buffer(trap), /wasm `unreachable` instruction executed/);
    w.trap_delete_ptr(trap);
    const importing = w.module_new_from_wat_or_raise(engine, START_WAT(1));
    const g = w.linker_instantiate_async_bytes(linker, ctx, importing, w.make_instance_buffer(), trap, err);
    drive(g);
    w.call_future_delete(g);
    assert.equal(w.error_message_ptr_buffer(err), 'unknown import: `host::zero` has not been defined');
    w.error_delete_ptr(err);
  });

  it('a start function that never ends, polled on a thread, is cancelled like a call', async () => {
    const [engine, store, ctx] = w.async_context_new(STACK);
    const linker = w.linker_new(engine);
    const module = w.module_new_from_wat_or_raise(engine, '(module (func $s (loop (br 0))) (start $s))');
    const instance = w.make_instance_buffer();
    const f = w.linker_instantiate_async_bytes(linker, ctx, module, instance, w.make_ptr_buffer(), w.make_ptr_buffer());
    const thread = w.call_future_thread_spawn_or_raise(f, { poll_sleep_us: 0 });
    w.call_future_thread_cancel(thread);
    await w.call_future_thread_join_async(thread);
    assert.deepEqual(Array.from(instance), new Array(16).fill(0), 'unfinished: nothing written');
    w.call_future_delete(f);
    w.linker_delete(linker);
    w.module_delete(module);
    w.async_context_delete(engine, store);
  });

  it('an unpolled instantiation dropped by GC releases its store', async () => {
    const [engine, store, ctx] = w.async_context_new(STACK);
    const linker = linkerWithZero(engine);
    const module = w.module_new_from_wat_or_raise(engine, START_WAT(1));
    (() => { w.linker_instantiate_async_bytes(linker, ctx, module, w.make_instance_buffer(), w.make_ptr_buffer(),
      w.make_ptr_buffer()); })();
    for (let i = 0; i < 10; i++) {
      gc();
      await new Promise((r) => setImmediate(r));
      try { w.context_gc(ctx); break; } catch { /* not finalized yet */ }
    }
    assert.equal(w.context_gc(ctx), undefined);
    w.linker_delete(linker);
    w.module_delete(module);
    w.async_context_delete(engine, store);
  });

  it('an instance-pre instantiates in several stores, also after its handle, linker and module are deleted', () => {
    const [engine, store, ctx] = w.async_context_new(STACK);
    const linker = linkerWithZero(engine);
    const module = w.module_new_from_wat_or_raise(engine, START_WAT(10));
    const pre = w.linker_instantiate_pre_or_raise(linker, module);
    w.linker_delete(linker);
    w.module_delete(module);
    assert.throws(() => w.async_context_delete(engine, store),
      /^Error: async_context_delete: the Engine is still used by 1 other live store\/module\/linker\/instance-pre handle/);
    const second = w.wasmtime_store_new(engine);
    const ctx2 = w.wasmtime_store_context(second);
    assert.equal(w.error_is_null(w.context_set_fuel(ctx2, 1_000_000)), true);
    assert.equal(w.error_is_null(w.context_fuel_async_yield_interval(ctx2, 1_000_000)), true);
    const a = w.make_instance_buffer(), b = w.make_instance_buffer();
    const trap = w.make_ptr_buffer(), err = w.make_ptr_buffer();
    const fa = w.instance_pre_instantiate_async_bytes(pre, ctx, a, trap, err);
    const fb = w.instance_pre_instantiate_async_bytes(pre, ctx2, b, w.make_ptr_buffer(), w.make_ptr_buffer());
    w.instance_pre_delete(pre);
    gc();
    drive(fa);
    drive(fb);
    assert.equal(w.ptr_is_null(trap) && w.ptr_is_null(err), true);
    assert.notDeepEqual(Array.from(a), new Array(16).fill(0));
    assert.notDeepEqual(Array.from(a.subarray(0, 8)), Array.from(b.subarray(0, 8)), 'two stores, two store ids');
    w.call_future_delete(fa);
    w.call_future_delete(fb);
    w.wasmtime_store_delete(second);
    w.async_context_delete(engine, store);
  });
});
