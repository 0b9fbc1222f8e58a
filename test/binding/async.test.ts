// The async section: async contexts, call futures, polling threads. The
// first tests are the spec's examples (/work/shared/spec/API.md) as plain
// TypeScript; the rest pin down yields, ownership and failure behaviour.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as w from '../../binding/index.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const STACK = 4 * 1024 * 1024;

// Counts to its argument; one loop iteration costs a few units of fuel.
const LOOP_WAT = `(module
  (func (export "count") (param i32) (result i32) (local i32)
    (loop
      (local.set 1 (i32.add (local.get 1) (i32.const 1)))
      (br_if 0 (i32.lt_u (local.get 1) (local.get 0))))
    (local.get 1))
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "boom") unreachable)
  (func (export "forever") (loop (br 0))))`;

function asyncInstance() {
  const [engine, store, context] = w.async_context_new(STACK);
  const module = w.module_new_from_wat_or_raise(engine, LOOP_WAT);
  const inst = w.instance_new_or_raise(context, module);
  const fn = (name: string) => w.instance_export_func_or_raise(context, inst, name);
  const done = () => { w.module_delete(module); w.async_context_delete(engine, store); };
  return { engine, store, context, module, fn, done };
}

function i32s(...vals: number[]): Uint8Array {
  const b = w.make_val_buffer(vals.length);
  vals.forEach((v, i) => w.val_buffer_set_i32(b, i, v));
  return b;
}

function drive(future: w.CallFuture): number {
  let pending = 0;
  while (!w.call_future_poll(future)) pending++;
  return pending;
}

describe('spec examples (async)', () => {
  it('Async support (native)', () => {
    const [engine, store, context] = w.async_context_new(4 * 1024 * 1024);
    const err = w.context_fuel_async_yield_interval(context, 10000);
    assert.equal(w.error_is_null(err), true);
    if (!w.error_is_null(err)) w.error_delete(err);
    w.async_context_delete(engine, store);
  });

  it('Async bytes helpers (native)', () => {
    const [engine, store, context] = w.async_context_new(4 * 1024 * 1024);
    const args = w.make_val_buffer(0);
    const results = w.make_val_buffer(0);
    const trap_ptr = w.make_ptr_buffer();
    const err_ptr = w.make_ptr_buffer();
    const ty = w.functype_new_from_valkinds_or_raise(new Uint8Array([]), new Uint8Array([]));
    const cb_ptr = w.func_noop_callback_ptr();
    const func_bytes = w.func_buffer_new_with_ptr(context, ty, cb_ptr, 0, 0);
    const future = w.func_call_async(context, func_bytes, args, results, trap_ptr, err_ptr);
    while (!w.call_future_poll(future)) { /* drive the async execution */ }
    w.call_future_delete(future);
    assert.equal(w.ptr_buffer_is_null(err_ptr), true);
    assert.equal(w.ptr_buffer_is_null(trap_ptr), true);
    if (!w.ptr_buffer_is_null(err_ptr)) w.error_delete_ptr_buffer(err_ptr);
    if (!w.ptr_buffer_is_null(trap_ptr)) w.trap_delete_ptr_buffer(trap_ptr);
    w.functype_delete(ty);
    w.async_context_delete(engine, store);
  });

  it('Async bytes helpers with Result', () => {
    const [engine, store, context] = w.async_context_new(4 * 1024 * 1024);
    const args = w.make_val_buffer(0);
    const results = w.make_val_buffer(0);
    const trap_ptr = w.make_ptr_buffer();
    const err_ptr = w.make_ptr_buffer();
    const ty = w.functype_new_from_valkinds_or_raise(new Uint8Array([]), new Uint8Array([]));
    const func_bytes = w.func_buffer_new_with_ptr(context, ty, w.func_noop_callback_ptr(), 0, 0);
    const future_result = w.func_call_async_result_autoclean(context, func_bytes, args, results, trap_ptr, err_ptr);
    assert.equal(future_result.tag, 'Ok');
    if (future_result.tag === 'Ok') {
      while (!w.call_future_poll(future_result.value)) { /* */ }
      w.call_future_delete(future_result.value);
    }
    // The error case: a call whose arguments do not match the function type.
    const bad = w.func_call_async_result_autoclean(context, func_bytes, w.make_val_buffer(1), results, trap_ptr,
      err_ptr);
    assert.equal(bad.tag, 'Err');
    if (bad.tag === 'Err') {
      assert.ok(bad.error instanceof w.Failure);
      assert.match(bad.error.message, /^func_call_async failed \(error=true, trap=false\): expected 0 arguments, got 1$/);
    }
    // trap/error pointers are already deleted
    assert.equal(w.ptr_buffer_is_null(trap_ptr), true);
    assert.equal(w.ptr_buffer_is_null(err_ptr), true);
    w.functype_delete(ty);
    w.async_context_delete(engine, store);
  });

  it('Async polling thread (native)', () => {
    const [engine, store, context] = w.async_context_new(4 * 1024 * 1024);
    const args = w.make_val_buffer(0);
    const results = w.make_val_buffer(0);
    const trap_ptr = w.make_ptr_buffer();
    const err_ptr = w.make_ptr_buffer();
    const ty = w.functype_new_from_valkinds_or_raise(new Uint8Array([]), new Uint8Array([]));
    const func_bytes = w.func_buffer_new_with_ptr(context, ty, w.func_noop_callback_ptr(), 0, 0);
    const future = w.func_call_async(context, func_bytes, args, results, trap_ptr, err_ptr);
    const thread = w.call_future_thread_spawn_or_raise(future, { poll_sleep_us: 1000 });
    w.call_future_thread_join_or_raise(thread);
    w.call_future_delete(future);
    assert.equal(w.ptr_buffer_is_null(err_ptr), true);
    assert.equal(w.ptr_buffer_is_null(trap_ptr), true);
    w.functype_delete(ty);
    w.async_context_delete(engine, store);
  });
});

describe('async calls', () => {
  it('passes arguments and delivers results on completion', () => {
    const t = asyncInstance();
    const results = w.make_val_buffer(1);
    const trap = w.make_ptr_buffer(), err = w.make_ptr_buffer();
    const f = w.func_call_async(t.context, t.fn('add'), i32s(40, 2), results, trap, err);
    assert.equal(w.val_buffer_get_i32(results, 0), 0, 'nothing is written before completion');
    drive(f);
    assert.equal(w.val_buffer_get_i32(results, 0), 42);
    assert.equal(w.call_future_poll(f), true, 'polling a finished future stays true');
    w.call_future_delete(f);
    t.done();
  });

  it('a long call under fuel yields: poll returns false several times before true', () => {
    const t = asyncInstance();
    assert.equal(w.error_is_null(w.context_fuel_async_yield_interval(t.context, 10_000)), true);
    const results = w.make_val_buffer(1);
    const f = w.func_call_async(t.context, t.fn('count'), i32s(1_000_000), results, w.make_ptr_buffer(),
      w.make_ptr_buffer());
    const pending = drive(f);
    assert.ok(pending >= 10, `expected many yields, got ${pending}`);
    assert.equal(w.val_buffer_get_i32(results, 0), 1_000_000);
    assert.equal(w._async_internal.polls(f), pending + 1);
    w.call_future_delete(f);
    t.done();
  });

  it('without a yield interval the same call finishes in one poll', () => {
    const t = asyncInstance();
    const results = w.make_val_buffer(1);
    const f = w.func_call_async(t.context, t.fn('count'), i32s(1_000_000), results, w.make_ptr_buffer(),
      w.make_ptr_buffer());
    assert.equal(drive(f), 0);
    assert.equal(w.val_buffer_get_i32(results, 0), 1_000_000);
    w.call_future_delete(f);
    t.done();
  });

  it('epoch deadlines yield and extend the deadline', () => {
    const t = asyncInstance();
    // Deadline one tick away, reached once the engine's epoch is bumped; on
    // reaching it the call yields and the deadline moves `delta` ticks past
    // the epoch at that point. With delta 0 every epoch check yields again.
    w.context_set_epoch_deadline(t.context, 1);
    assert.equal(w.error_is_null(w.context_epoch_deadline_async_yield_and_update(t.context, 0)), true);
    const results = w.make_val_buffer(1);
    const f = w.func_call_async(t.context, t.fn('count'), i32s(200), results, w.make_ptr_buffer(),
      w.make_ptr_buffer());
    w.engine_increment_epoch(t.engine);
    const pending = drive(f);
    assert.ok(pending >= 100, `expected a yield per loop iteration or so, got ${pending}`);
    assert.equal(w.val_buffer_get_i32(results, 0), 200);
    w.call_future_delete(f);
    // With delta 1 and no further ticks, the call yields once and then runs out.
    w.context_set_epoch_deadline(t.context, 1);
    w.context_epoch_deadline_async_yield_and_update(t.context, 1);
    const g = w.func_call_async(t.context, t.fn('count'), i32s(200), results, w.make_ptr_buffer(),
      w.make_ptr_buffer());
    w.engine_increment_epoch(t.engine);
    assert.equal(drive(g), 1);
    w.call_future_delete(g);
    t.done();
  });

  it('a trap lands in trap_ptr; running out of fuel is a trap too', () => {
    const t = asyncInstance();
    const trap = w.make_ptr_buffer(), err = w.make_ptr_buffer();
    const f = w.func_call_async(t.context, t.fn('boom'), w.make_val_buffer(0), w.make_val_buffer(0), trap, err);
    drive(f);
    assert.equal(w.ptr_buffer_is_null(err), true);
    assert.match(w.trap_message_ptr_buffer(trap), /unreachable/);
    w.trap_delete_ptr_buffer(trap);
    w.call_future_delete(f);

    assert.equal(w.error_is_null(w.context_set_fuel(t.context, 1000)), true);
    const g = w.func_call_async(t.context, t.fn('forever'), w.make_val_buffer(0), w.make_val_buffer(0), trap, err);
    drive(g);
    assert.match(w.trap_message_ptr_buffer(trap), /fuel/);
    w.trap_delete_ptr_buffer(trap);
    w.call_future_delete(g);
    t.done();
  });

  it('func_call_async raises and func_call_async_result leaves the error in err_ptr', () => {
    const t = asyncInstance();
    const trap = w.make_ptr_buffer(), err = w.make_ptr_buffer();
    assert.throws(() => w.func_call_async(t.context, t.fn('add'), i32s(1), w.make_val_buffer(1), trap, err),
      (e: Error) => e instanceof w.Failure
        && /^func_call_async failed \(error=true, trap=false\): expected 2 arguments, got 1$/.test(e.message));
    assert.equal(w.ptr_buffer_is_null(err), true);
    const r = w.func_call_async_result(t.context, t.fn('add'), i32s(1, 2), w.make_val_buffer(0), trap, err);
    assert.equal(r.tag, 'Err');
    assert.match((r as w.Err<Error>).error.message, /^func_call_async failed \(error=true, trap=false\): expected 1 results, got 0/);
    assert.equal(w.ptr_buffer_is_null(err), false);
    assert.match(w.error_message_ptr_buffer(err), /expected 1 results, got 0/);
    w.error_delete_ptr_buffer(err);
    assert.equal(w.ptr_buffer_is_null(trap), true);
    // Wrong argument kinds are checked by Wasmtime as well.
    const i64 = w.make_val_buffer(2);
    w.val_buffer_set_i64(i64, 0, 1n);
    w.val_buffer_set_i32(i64, 1, 1);
    const k = w.func_call_async_result_autoclean(t.context, t.fn('add'), i64, w.make_val_buffer(1), trap, err);
    assert.match((k as w.Err<Error>).error.message, /^func_call_async failed \(error=true, trap=false\): .*type mismatch/);
    const ok = w.func_call_async_result(t.context, t.fn('add'), i32s(1, 2), w.make_val_buffer(1), trap, err);
    assert.equal(ok.tag, 'Ok');
    drive((ok as w.Ok<w.CallFuture>).value);
    w.call_future_delete((ok as w.Ok<w.CallFuture>).value);
    t.done();
  });

  it('the store is busy while a call is unfinished; deleting the future cancels it', () => {
    const t = asyncInstance();
    w.context_fuel_async_yield_interval(t.context, 1000);
    const f = w.func_call_async(t.context, t.fn('forever'), w.make_val_buffer(0), w.make_val_buffer(0),
      w.make_ptr_buffer(), w.make_ptr_buffer());
    assert.equal(w.call_future_poll(f), false);
    const busy = /in use by an unfinished CallFuture/;
    assert.throws(() => w.context_get_fuel(t.context), busy);
    assert.throws(() => w.func_call_async(t.context, t.fn('add'), i32s(1, 2), w.make_val_buffer(1),
      w.make_ptr_buffer(), w.make_ptr_buffer()), busy);
    assert.throws(() => w.wasmtime_store_delete(t.store), busy);
    assert.throws(() => w.async_context_delete(t.engine, t.store), busy);
    w.call_future_delete(f);
    assert.throws(() => w.call_future_poll(f), /^Error: call_future_poll: this CallFuture has already been deleted$/);
    assert.equal(typeof w.context_get_fuel(t.context), 'bigint');
    t.done();
  });

  it('an unfinished future dropped without delete is cancelled by GC, releasing the store', async () => {
    const t = asyncInstance();
    w.context_fuel_async_yield_interval(t.context, 1000);
    (() => {
      const f = w.func_call_async(t.context, t.fn('forever'), w.make_val_buffer(0), w.make_val_buffer(0),
        w.make_ptr_buffer(), w.make_ptr_buffer());
      assert.equal(w.call_future_poll(f), false);
    })();
    assert.throws(() => w.context_get_fuel(t.context), /in use by an unfinished CallFuture/);
    for (let i = 0; i < 50; i++) {
      gc();
      await new Promise((r) => setImmediate(r));
      try { w.context_get_fuel(t.context); break; } catch { /* not finalized yet */ }
    }
    assert.equal(typeof w.context_get_fuel(t.context), 'bigint');
    t.done();
  });

  it('results go to native memory: a results buffer detached mid-call makes completion report it', () => {
    const t = asyncInstance();
    w.context_fuel_async_yield_interval(t.context, 10_000);
    let results: Uint8Array | undefined = w.make_val_buffer(1);
    const f = w.func_call_async(t.context, t.fn('count'), i32s(1_000_000), results, w.make_ptr_buffer(),
      w.make_ptr_buffer());
    assert.equal(w.call_future_poll(f), false);
    structuredClone(results.buffer, { transfer: [results.buffer] });  // detaches it
    assert.equal(results.length, 0);
    results = undefined;
    globalThis.gc?.();
    assert.throws(() => drive(f), /call_future_poll: the call finished but the results buffer no longer holds 1 value slot/);
    // The store is released and the future finished.
    assert.equal(w.call_future_poll(f), true);
    w.call_future_delete(f);
    assert.equal(typeof w.context_get_fuel(t.context), 'bigint');
    t.done();
  });

  it('a trap buffer that became non-null mid-call is reported with the trap text, never overwritten', () => {
    const t = asyncInstance();
    const trap = w.make_ptr_buffer();
    const f = w.func_call_async(t.context, t.fn('boom'), w.make_val_buffer(0), w.make_val_buffer(0), trap,
      w.make_ptr_buffer());
    w._internal.fillPtrBuffer(trap, 'trap', 'placed by the test');
    assert.throws(() => drive(f), /trap buffer is no longer an empty 8-byte pointer buffer.*unreachable/s);
    assert.equal(w.trap_message_ptr_buffer(trap), 'placed by the test');
    w.trap_delete_ptr_buffer(trap);
    w.call_future_delete(f);
    t.done();
  });

  it('argument checks: non-async store, non-null ptr buffers, bad stack size, engine users', () => {
    const engine = w.engine_new();
    const store = w.wasmtime_store_new(engine);
    const ctx = w.wasmtime_store_context(store);
    const ty = w.functype_new_from_valkinds_or_raise(new Uint8Array([]), new Uint8Array([]));
    const fb = w.func_buffer_new_with_ptr(ctx, ty, w.func_noop_callback_ptr(), 0, 0);
    assert.throws(() => w.func_call_async(ctx, fb, w.make_val_buffer(0), w.make_val_buffer(0), w.make_ptr_buffer(),
      w.make_ptr_buffer()), /^TypeError: func_call_async: the Context is not async/);
    w.wasmtime_store_delete(store);
    w.engine_delete(engine);
    assert.throws(() => w.async_context_new(1024), RangeError);
    const t = asyncInstance();
    const filled = w.make_ptr_buffer();
    w._internal.fillPtrBuffer(filled, 'error', 'x');
    assert.throws(() => w.func_call_async(t.context, t.fn('boom'), w.make_val_buffer(0), w.make_val_buffer(0),
      filled, w.make_ptr_buffer()), /must be null on entry/);
    w.error_delete_ptr_buffer(filled);
    const [e2, s2] = w.async_context_new(STACK);
    assert.throws(() => w.async_context_delete(t.engine, s2), /belongs to a different Engine/);
    assert.throws(() => w.async_context_delete(t.engine, t.store), /still used by 1 other live/);
    w.async_context_delete(e2, s2);
    assert.throws(() => w.async_context_delete(e2, s2), /already been deleted/);
    w.functype_delete(ty);
    t.done();
  });
});

describe('polling threads', () => {
  it('poll a long call on a thread; the future is owned by the thread until join', () => {
    const t = asyncInstance();
    w.context_fuel_async_yield_interval(t.context, 10_000);
    const results = w.make_val_buffer(1);
    const f = w.func_call_async(t.context, t.fn('count'), i32s(3_000_000), results, w.make_ptr_buffer(),
      w.make_ptr_buffer());
    const th = w.call_future_thread_spawn_or_raise(f, { poll_sleep_us: 0 });
    assert.throws(() => w.call_future_poll(f), /owned by a polling thread; join the thread first/);
    assert.throws(() => w.call_future_delete(f), /owned by a polling thread/);
    assert.throws(() => w.call_future_thread_spawn_or_raise(f), /owned by a polling thread/);
    assert.throws(() => w.context_get_fuel(t.context), /in use by an unfinished CallFuture/);
    w.call_future_thread_join_or_raise(th);
    assert.equal(w.val_buffer_get_i32(results, 0), 3_000_000);
    assert.ok(w._async_internal.polls(f) > 10);
    assert.throws(() => w.call_future_thread_join_or_raise(th),
      /^Error: call_future_thread_join_or_raise: this CallFutureThread was consumed by call_future_thread_join_or_raise/);
    assert.equal(w.call_future_poll(f), true);
    w.call_future_delete(f);
    t.done();
  });

  it('default poll_sleep_us; a trapping call reports through trap_ptr after join', () => {
    const t = asyncInstance();
    const trap = w.make_ptr_buffer(), err = w.make_ptr_buffer();
    const f = w.func_call_async(t.context, t.fn('boom'), w.make_val_buffer(0), w.make_val_buffer(0), trap, err);
    const th = w.call_future_thread_spawn_or_raise(f);
    w.call_future_thread_join_or_raise(th);
    assert.equal(w.ptr_buffer_is_null(err), true);
    assert.match(w.trap_message_ptr_buffer(trap), /unreachable/);
    w.trap_delete_ptr_buffer(trap);
    w.call_future_delete(f);
    assert.throws(() => w.call_future_thread_spawn_or_raise(f), /already been deleted/);
    t.done();
  });

  it('spawn argument checks', () => {
    const t = asyncInstance();
    const f = w.func_call_async(t.context, t.fn('add'), i32s(1, 2), w.make_val_buffer(1), w.make_ptr_buffer(),
      w.make_ptr_buffer());
    assert.throws(() => w.call_future_thread_spawn_or_raise(f, { poll_sleep_us: -1 }), RangeError);
    assert.throws(() => w.call_future_thread_spawn_or_raise(f, { poll_sleep_us: 1.5 }), RangeError);
    drive(f);
    assert.throws(() => w.call_future_thread_spawn_or_raise(f), /has already finished/);
    w.call_future_delete(f);
    t.done();
  });

  it('a results buffer detached while a thread polls: join reports it, join_async rejects', async () => {
    const t = asyncInstance();
    w.context_fuel_async_yield_interval(t.context, 10_000);
    for (const joinAsync of [false, true]) {
      const results = w.make_val_buffer(1);
      const f = w.func_call_async(t.context, t.fn('count'), i32s(2_000_000), results, w.make_ptr_buffer(),
        w.make_ptr_buffer());
      const th = w.call_future_thread_spawn_or_raise(f, { poll_sleep_us: 0 });
      structuredClone(results.buffer, { transfer: [results.buffer] });
      const dropped = /the call finished but the results buffer no longer holds 1 value slot/;
      if (joinAsync) await assert.rejects(w.call_future_thread_join_async(th), dropped);
      else assert.throws(() => w.call_future_thread_join_or_raise(th), dropped);
      assert.equal(w.call_future_poll(f), true);
      w.call_future_delete(f);
    }
    t.done();
  });

  it('call_future_thread_join_async lets the event loop run while the thread works', async () => {
    const t = asyncInstance();
    w.context_fuel_async_yield_interval(t.context, 10_000);
    const results = w.make_val_buffer(1);
    const n = 150_000_000;
    const f = w.func_call_async(t.context, t.fn('count'), i32s(n), results, w.make_ptr_buffer(), w.make_ptr_buffer());
    const th = w.call_future_thread_spawn_or_raise(f, { poll_sleep_us: 0 });
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 5);
    const started = Date.now();
    await w.call_future_thread_join_async(th);
    clearInterval(timer);
    const elapsed = Date.now() - started;
    assert.equal(w.val_buffer_get_i32(results, 0), n);
    assert.ok(ticks >= 2, `timer fired ${ticks} times during ${elapsed} ms`);
    assert.throws(() => w.call_future_thread_join_or_raise(th), /consumed by call_future_thread_join_async/);
    w.call_future_delete(f);
    t.done();
  });

  // A handle-less thread still owns its future while it runs; after that the
  // future is the JS side's again, and the store can be deleted.
  it('a polling thread whose handle is garbage-collected gives its future back once done', async () => {
    const t = asyncInstance();
    w.context_fuel_async_yield_interval(t.context, 10_000);
    const results = w.make_val_buffer(1);
    const f = w.func_call_async(t.context, t.fn('count'), i32s(20_000_000), results, w.make_ptr_buffer(),
      w.make_ptr_buffer());
    (() => { w.call_future_thread_spawn_or_raise(f, { poll_sleep_us: 0 }); })();
    gc();
    await new Promise((r) => setImmediate(r));
    assert.equal(await eventually(() => w.call_future_poll(f), /owned by a polling thread/), true);
    assert.equal(w.val_buffer_get_i32(results, 0), 20_000_000);
    w.call_future_delete(f);
    t.done();
  });

  it('with both its handles collected, the call\'s store is released when the thread finishes', async () => {
    const t = asyncInstance();
    w.context_fuel_async_yield_interval(t.context, 10_000);
    (() => {
      const f = w.func_call_async(t.context, t.fn('count'), i32s(20_000_000), w.make_val_buffer(1), w.make_ptr_buffer(),
        w.make_ptr_buffer());
      w.call_future_thread_spawn_or_raise(f, { poll_sleep_us: 0 });
    })();
    gc();
    await new Promise((r) => setImmediate(r));
    gc();
    w.module_delete(t.module);
    await eventually(() => w.async_context_delete(t.engine, t.store), /in use by an unfinished CallFuture/);
  });
});

describe('cancelling polling threads', () => {
  it('call_future_thread_cancel stops a call that never yields; the future comes back unfinished', async () => {
    const t = asyncInstance();
    const trap = w.make_ptr_buffer(), err = w.make_ptr_buffer();
    const f = w.func_call_async(t.context, t.fn('forever'), w.make_val_buffer(0), w.make_val_buffer(0), trap, err);
    const th = w.call_future_thread_spawn_or_raise(f, { poll_sleep_us: 0 });
    await new Promise((r) => setTimeout(r, 20));
    w.call_future_thread_cancel(th);
    await withTimeout(w.call_future_thread_join_async(th), 5000);
    assert.equal(w._async_internal.polls(f), 0);  // unfinished
    assert.deepEqual([w.ptr_buffer_is_null(trap), w.ptr_buffer_is_null(err)], [true, true]);
    assert.throws(() => w.context_get_fuel(t.context), /in use by an unfinished CallFuture/);
    w.call_future_delete(f);  // drops the call
    assert.equal(typeof w.context_get_fuel(t.context), 'bigint');
    t.done();
  });

  it('a cancelled call that yields by itself stops at a yield; a finished one is delivered as usual', async () => {
    const t = asyncInstance();
    w.context_fuel_async_yield_interval(t.context, 10_000);
    const long = w.func_call_async(t.context, t.fn('count'), i32s(2_000_000_000), w.make_val_buffer(1),
      w.make_ptr_buffer(), w.make_ptr_buffer());
    const th = w.call_future_thread_spawn_or_raise(long, { poll_sleep_us: 0 });
    w.call_future_thread_cancel(th);
    w.call_future_thread_join_or_raise(th);
    assert.equal(w._async_internal.polls(long), 0);
    w.call_future_delete(long);
    const results = w.make_val_buffer(1);
    const quick = w.func_call_async(t.context, t.fn('add'), i32s(2, 3), results, w.make_ptr_buffer(), w.make_ptr_buffer());
    const th2 = w.call_future_thread_spawn_or_raise(quick, { poll_sleep_us: 0 });
    await new Promise((r) => setTimeout(r, 20));
    w.call_future_thread_cancel(th2);
    w.call_future_thread_join_or_raise(th2);
    assert.equal(w.val_buffer_get_i32(results, 0), 5);
    assert.throws(() => w.call_future_thread_cancel(th2), /this CallFutureThread was consumed by call_future_thread_join_or_raise/);
    w.call_future_delete(quick);
    t.done();
  });
});

/** Retries `f` every 5 ms while it throws `retry` (at most 10 s); returns its value. */
async function eventually<T>(f: () => T, retry: RegExp): Promise<T> {
  for (const until = Date.now() + 10_000; ;) {
    try {
      return f();
    } catch (e) {
      if (!retry.test((e as Error).message) || Date.now() > until) throw e;
    }
    await new Promise((r) => setTimeout(r, 5));
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const late = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`not settled in ${ms} ms`)), ms); });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}
