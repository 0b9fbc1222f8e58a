// Threads running wasm and async calls:
//  * N wasm jobs (own engine and store each) in parallel vs the same N one
//    after another, with the speedup (N = the machine's parallelism, at least 2);
//  * one async call driven to completion by call_future_poll vs one
//    synchronous call of the same function.
// Environment: BENCH_JOB_ITERS (loop iterations per job), BENCH_ASYNC_CALLS.
import { availableParallelism, loadavg } from 'node:os';
import * as w from '../binding/index.ts';

export interface BenchRow { group: string; subject: string; nsPerOp: number | undefined }

const ITERS = Number(process.env.BENCH_JOB_ITERS ?? 200_000_000);
const CALLS = Number(process.env.BENCH_ASYNC_CALLS ?? 100_000);
const ROUNDS = 3;

const loopWat = (n: number) => `(module (func (export "run") (result i32) (local i32)
  (loop (local.set 0 (i32.add (local.get 0) (i32.const 1))) (br_if 0 (i32.lt_u (local.get 0) (i32.const ${n}))))
  (local.get 0)))`;

function ms(body: () => void): number {
  const start = process.hrtime.bigint();
  body();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function benchJobsParallelVsSequential(): BenchRow[] {
  const n = Math.max(2, availableParallelism());
  const wat = loopWat(ITERS);
  const check = (r: number) => { if (r !== ITERS) throw new Error(`job returned ${r}`); };
  let seq = Infinity;
  let par = Infinity;
  let cpuRatio = 0;
  for (let round = 0; round < ROUNDS; round++) {
    seq = Math.min(seq, ms(() => {
      for (let i = 0; i < n; i++) check(w.wasm_job_join_or_raise(w.wasm_job_spawn_wat_or_raise(wat, 'run')));
    }));
    const cpu0 = process.cpuUsage();
    const p = ms(() => {
      const jobs = Array.from({ length: n }, () => w.wasm_job_spawn_wat_or_raise(wat, 'run'));
      for (const j of jobs) check(w.wasm_job_join_or_raise(j));
    });
    const cpu = process.cpuUsage(cpu0);
    if (p < par) {
      par = p;
      cpuRatio = (cpu.user + cpu.system) / 1000 / p;
    }
  }
  console.log(`${n} jobs of ${ITERS.toLocaleString('en')} loop iterations each (best of ${ROUNDS}):`);
  console.log(`  one after another: ${seq.toFixed(0)} ms`);
  console.log(`  in parallel:       ${par.toFixed(0)} ms  (process CPU time / wall time ${cpuRatio.toFixed(2)})`);
  console.log(`  speedup:           ${(seq / par).toFixed(2)}x on ${availableParallelism()} core(s)`
    + ` (1-minute load average ${loadavg()[0]!.toFixed(1)}: other processes compete for the cores)`);
  return [
    { group: `${n} jobs`, subject: 'sequential (per job)', nsPerOp: (seq * 1e6) / n },
    { group: `${n} jobs`, subject: 'parallel (per job)', nsPerOp: (par * 1e6) / n },
  ];
}

/** ns per call of `body(i)` over CALLS calls, timed in batches of 1,000 with an event-loop turn after each. */
async function batchedNsPerOp(body: (i: number) => void): Promise<number> {
  const BATCH = 1000;
  let total = 0;
  for (let done = 0; done < CALLS; done += BATCH) {
    total += ms(() => { for (let i = done; i < done + BATCH; i++) body(i); });
    await new Promise((resolve) => setImmediate(resolve));
  }
  return (total * 1e6) / (Math.ceil(CALLS / BATCH) * BATCH);
}

export async function benchAsyncCallVsSync(): Promise<BenchRow[]> {
  const wat = '(module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))';
  // Synchronous: plain engine and store.
  const engine = w.engine_new();
  const store = w.wasmtime_store_new(engine);
  const ctx = w.wasmtime_store_context(store);
  const module = w.module_new_from_wat_or_raise(engine, wat);
  const add = w.instance_export_func_or_raise(ctx, w.instance_new_or_raise(ctx, module), 'add');
  const args = w.make_val_buffer(2);
  const results = w.make_val_buffer(1);
  w.val_buffer_set_i32(args, 1, 1);
  const syncCall = (i: number) => {
    w.val_buffer_set_i32(args, 0, i);
    w.func_call_sync_or_raise(ctx, add, args, results);
    if (w.val_buffer_get_i32(results, 0) !== i + 1) throw new Error('bad result');
  };
  // Async: async context, the same function; each call is started, polled to
  // completion and deleted.
  const [aEngine, aStore, aCtx] = w.async_context_new(1024 * 1024);
  const aModule = w.module_new_from_wat_or_raise(aEngine, wat);
  const aAdd = w.instance_export_func_or_raise(aCtx, w.instance_new_or_raise(aCtx, aModule), 'add');
  const trap = w.make_ptr_buffer();
  const err = w.make_ptr_buffer();
  const asyncCall = (i: number) => {
    w.val_buffer_set_i32(args, 0, i);
    const f = w.func_call_async(aCtx, aAdd, args, results, trap, err);
    while (!w.call_future_poll(f)) { /* one poll suffices here */ }
    w.call_future_delete(f);
    if (w.val_buffer_get_i32(results, 0) !== i + 1) throw new Error('bad result');
  };
  for (let i = 0; i < 20_000; i++) { syncCall(i); asyncCall(i); }  // warm up
  // Each loop runs in batches with event-loop turns between them, as a program
  // runs: the handles a batch drops are finalized on those turns instead of
  // piling up for the next loop to pay for.
  const sync = await batchedNsPerOp(syncCall);
  const async = await batchedNsPerOp(asyncCall);
  // Every async call makes one CallFuture handle object; this is what creating
  // one handle costs on its own (wasmtime_store_context only wraps a handle).
  const handle = await batchedNsPerOp(() => { w.wasmtime_store_context(store); });
  console.log(`one call of add(i, 1), ${CALLS.toLocaleString('en')} calls:`);
  console.log(`  func_call_sync_or_raise:                      ${sync.toFixed(0)} ns`);
  console.log(`  func_call_async + call_future_poll + delete:  ${async.toFixed(0)} ns  (${(async / sync).toFixed(1)}x)`);
  console.log(`  of which one handle object (measured alone):  ${handle.toFixed(0)} ns`);
  w.module_delete(aModule);
  w.async_context_delete(aEngine, aStore);
  w.module_delete(module);
  w.wasmtime_store_delete(store);
  w.engine_delete(engine);
  return [
    { group: 'call add(i, 1)', subject: 'sync', nsPerOp: sync },
    { group: 'call add(i, 1)', subject: 'async, polled to completion', nsPerOp: async },
    { group: 'call add(i, 1)', subject: 'one handle object alone', nsPerOp: handle },
  ];
}
