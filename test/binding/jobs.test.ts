// Threads running wasm: wasm and WASI jobs (own engine and store each), the
// spec's examples as plain TypeScript, failures, parallelism, Promise joins.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import * as w from '../../binding/index.ts';
import { root } from './child.ts';
import { STDIN_WAT } from './fixtures/wasi_wat.ts';

const INPUT = join(root, 'testdata', 'wasm_job_input.txt');

/** Counts to `n` and returns it (roughly 1-3 ns per iteration). */
const loopWat = (n: number) => `(module (func (export "run") (result i32) (local i32)
  (loop (local.set 0 (i32.add (local.get 0) (i32.const 1))) (br_if 0 (i32.lt_u (local.get 0) (i32.const ${n}))))
  (local.get 0)))`;

const failure = (re: RegExp) => (e: Error) => e instanceof w.Failure && re.test(e.message);

describe('spec examples (jobs)', () => {
  it('Wasm job thread (POC)', () => {
    const wat = `(module
  (func (export "run") (result i32)
    i32.const 7))`;
    const handle = w.wasm_job_spawn_wat_or_raise(wat, 'run');
    const result = w.wasm_job_join_or_raise(handle);
    assert.equal(String(result), '7');
  });

  it('WASI file I/O job (POC)', () => {
    const handle = w.wasi_job_spawn_wat_or_raise(STDIN_WAT, 'run', INPUT);
    const result = w.wasi_job_join_or_raise(handle);
    assert.equal(String(result), '5');
  });
});

describe('jobs', () => {
  it('join raises with the reason: WAT error, missing export, wrong type, trap', () => {
    assert.throws(() => w.wasm_job_join_or_raise(w.wasm_job_spawn_wat_or_raise('(module (func (export "run"', 'run')),
      failure(/^wasm_job_join_or_raise: invalid WAT: unknown operator or unexpected token\n\s*--> <anon>:1:16/));
    assert.throws(() => w.wasm_job_join_or_raise(w.wasm_job_spawn_wat_or_raise(loopWat(1), 'nope')),
      failure(/^wasm_job_join_or_raise: no export named `nope`$/));
    assert.throws(() => w.wasm_job_join_or_raise(
      w.wasm_job_spawn_wat_or_raise('(module (func (export "run") (param i32) (result i32) local.get 0))', 'run')),
    failure(/must have type \(\) -> i32$/));
    assert.throws(() => w.wasm_job_join_or_raise(
      w.wasm_job_spawn_wat_or_raise('(module (memory (export "run") 1))', 'run')), failure(/is not a function$/));
    assert.throws(() => w.wasm_job_join_or_raise(
      w.wasm_job_spawn_wat_or_raise('(module (func (export "run") (result i32) unreachable))', 'run')),
    failure(/^wasm_job_join_or_raise: wasm trap: .*unreachable/s));
    assert.throws(() => w.wasi_job_join_or_raise(
      w.wasi_job_spawn_wat_or_raise('(module (import "env" "f" (func)) (func (export "run") (result i32) i32.const 1))',
        'run', INPUT)), failure(/instantiation failed: .*unknown import/s));
  });

  it('a WASI job with a missing stdin file raises at spawn, naming the path', () => {
    const missing = join(root, 'testdata', 'no-such-input.txt');
    assert.throws(() => w.wasi_job_spawn_wat_or_raise(STDIN_WAT, 'run', missing),
      (e: Error) => e instanceof w.Failure && e.message.includes(missing));
  });

  it('joining twice throws; handles are checked', () => {
    const j = w.wasm_job_spawn_wat_or_raise(loopWat(10), 'run');
    assert.equal(w.wasm_job_join_or_raise(j), 10);
    assert.throws(() => w.wasm_job_join_or_raise(j),
      /^Error: wasm_job_join_or_raise: this WasmJob was consumed by wasm_job_join_or_raise/);
    const k = w.wasi_job_spawn_wat_or_raise(STDIN_WAT, 'run', INPUT);
    assert.throws(() => w.wasm_job_join_or_raise(k as unknown as w.WasmJob), /must be a WasmJob, got a WasiJob/);
    assert.equal(w.wasi_job_join_or_raise(k), 5);
  });

  it('many jobs at once each return their own result', () => {
    const jobs = Array.from({ length: 8 }, (_, i) => w.wasm_job_spawn_wat_or_raise(loopWat(1000 * (i + 1)), 'run'));
    assert.deepEqual(jobs.map((j) => w.wasm_job_join_or_raise(j)), jobs.map((_, i) => 1000 * (i + 1)));
  });

  it('several jobs are inside wasm at the same time (nothing serializes them)', () => {
    w._async_internal.maxJobsInWasm(true);
    const jobs = [w.wasm_job_spawn_wat_or_raise(loopWat(150_000_000), 'run'),
      w.wasm_job_spawn_wat_or_raise(loopWat(150_000_000), 'run')];
    for (const j of jobs) assert.equal(w.wasm_job_join_or_raise(j), 150_000_000);
    assert.equal(w._async_internal.maxJobsInWasm(), 2);
    // A single job never reports more than one.
    w._async_internal.maxJobsInWasm(true);
    w.wasm_job_join_or_raise(w.wasm_job_spawn_wat_or_raise(loopWat(1000), 'run'));
    assert.equal(w._async_internal.maxJobsInWasm(), 1);
  });
});

describe('Promise joins (beyond surface.mbti)', () => {
  it('wasm_job_join_async: a timer fires while a long job runs', async () => {
    const n = 200_000_000;
    const job = w.wasm_job_spawn_wat_or_raise(loopWat(n), 'run');
    let ticks = 0;
    const timer = setInterval(() => { ticks++; }, 5);
    const result = await w.wasm_job_join_async(job);
    clearInterval(timer);
    assert.equal(result, n);
    assert.ok(ticks >= 2, `the timer fired ${ticks} times`);
    assert.throws(() => w.wasm_job_join_or_raise(job), /consumed by wasm_job_join_async/);
  });

  it('rejects with the same Failure as the blocking join; works on finished jobs and WASI jobs', async () => {
    const bad = w.wasm_job_spawn_wat_or_raise('(module (func (export "run") (result i32) unreachable))', 'run');
    await assert.rejects(w.wasm_job_join_async(bad), failure(/^wasm_job_join_async: wasm trap: .*unreachable/s));
    const quick = w.wasm_job_spawn_wat_or_raise(loopWat(3), 'run');
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(await w.wasm_job_join_async(quick), 3);
    assert.equal(await w.wasi_job_join_async(w.wasi_job_spawn_wat_or_raise(STDIN_WAT, 'run', INPUT)), 5);
    const all = await Promise.all([1, 2, 3].map((i) => w.wasm_job_join_async(w.wasm_job_spawn_wat_or_raise(loopWat(i), 'run'))));
    assert.deepEqual(all, [1, 2, 3]);
  });
});
