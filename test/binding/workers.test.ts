// The binding in worker_threads workers: loaded only there, ending while
// native threads still run, in waves, terminated in the middle of calls and of
// wasm that never ends, sharing pointer buffers with the main thread. Each
// scenario runs in a child process (fixtures/workers_child.mjs), which must
// end normally: no signal, no abort, no hang.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runNode } from './child.ts';

const scenarios: Array<[string, string]> = [
  ['only-in-workers', 'the addon loaded only in workers, each ending while its job still compiles a large module'],
  ['join-async-ends', 'workers awaiting wasm_job_join_async / call_future_thread_join_async end or are terminated first'],
  ['waves', 'overlapping waves of workers each load the addon, call, join, and end with native threads running'],
  ['terminate-busy', 'worker.terminate() while the worker calls the binding (calls that throw, calls that make handles)'],
  ['sync-wasm', 'worker.terminate() during a synchronous call of wasm that never ends'],
  ['start-function', 'worker.terminate() during an instantiation whose start function never ends'],
  ['async-poll', 'worker.terminate() during a call_future_poll of wasm that never yields'],
  ['job-join', 'worker.terminate() during a blocking join of a job that never ends'],
  ['thread-join', 'worker.terminate() during a blocking join of a polling thread whose call never ends'],
  ['exit-with-stuck-worker', 'process.exit() while a worker is in wasm that never ends'],
  ['shared-ptr-buffer', 'a pointer buffer in a SharedArrayBuffer, filled and deleted by one thread, read and deleted by another'],
];

describe('workers', { concurrency: 3 }, () => {
  for (const [scenario, title] of scenarios) {
    it(title, async () => {
      const r = await runNode(['test/binding/fixtures/workers_child.mjs', scenario], { plain: true, timeoutMs: 30_000 });
      assert.doesNotMatch(r.stdout, /HANG/, `a worker could not be terminated\n${r.stderr}`);
      assert.equal(r.signal, null, `killed by ${r.signal} after ${r.ms} ms\n${r.stderr}`);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout.trim(), 'END');
      assert.doesNotMatch(r.stderr, /panicked|Segmentation|Aborted|terminate called/);
    });
  }
});
