// A process that ends with wasm jobs or polling threads still running must
// neither hang nor crash. Each scenario runs in a child process
// (fixtures/shutdown_child.ts); WASMTIME_BINDING_DEBUG_SHUTDOWN=1 makes the
// native shutdown hook report what it stopped.
//
// What happens (native/src/worker.h): on a natural exit the environment's
// cleanup hook asks every live thread to stop -- jobs trap through an epoch
// bump, polling threads stop between polls, and a poll of wasm that never
// yields is made to yield through the binding's epoch callback -- and waits up
// to 500 ms; a thread stuck in wasm that the binding cannot interrupt (its
// engine's epoch is the user's) is left running (detached) and ends with the
// process. process.exit() skips the hook; threads end with the process.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root, scriptArgs } from './child.ts';

const INPUT = join(root, 'testdata', 'wasm_job_input.txt');

function run(scenario: string): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string;
  ms: number }> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath,
      ['--expose-gc', ...scriptArgs('test/binding/fixtures/shutdown_child.ts', scenario, INPUT)],
      { cwd: root, env: { ...process.env, WASMTIME_BINDING_DEBUG_SHUTDOWN: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

const report = (live: number, stopped: number) =>
  `wasmtime binding shutdown: ${live} live thread(s), ${stopped} stopped, ${live - stopped} left running`;

const cases: Array<[string, string | null]> = [
  // natural exit: the hook stops what it can
  ['job', report(1, 1)],
  ['wasi-job', report(1, 1)],
  ['thread', report(1, 1)],
  ['stuck-thread', report(1, 1)],
  ['user-epoch-thread', report(1, 0)],
  ['job+thread+stuck-thread+wasi-job+user-epoch-thread', report(5, 4)],
  ['job+gc', report(1, 1)],
  // a worker thread (own napi env) ending with a job and two polling threads running
  ['worker', report(3, 3)],
  // process.exit(): no hook; the threads end with the process
  ['job+exit', null],
  ['thread+exit', null],
  ['stuck-thread+exit', null],
  ['pending-join', null],
];

describe('clean shutdown with threads still running', { concurrency: 5 }, () => {
  for (const [scenario, expected] of cases) {
    it(scenario, async () => {
      const r = await run(scenario);
      assert.equal(r.signal, null, `killed by ${r.signal}\n${r.stderr}`);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, 'END\n');
      assert.ok(r.ms < 15_000, `took ${r.ms} ms`);
      assert.doesNotMatch(r.stderr, /panicked|Segmentation|Aborted|terminate/);
      if (expected) assert.match(r.stderr, new RegExp(`^${expected.replace(/[()]/g, '\\$&')}$`, 'm'));
      else assert.doesNotMatch(r.stderr, /wasmtime binding shutdown/);
    });
  }
});
