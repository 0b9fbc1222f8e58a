// `npm run bench` is not run by CI, so this runs every benchmark once at a
// tiny size: it must finish and print each of its reports. Timings are not
// checked (they are the benchmark's business, not a test's).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

test('every benchmark runs to its report at a tiny size', (t) => {
  // The docs/ runs of the harness benchmark, on one small doc instead.
  const dir = mkdtempSync(join(tmpdir(), 'doctest-bench-docs-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const doc = join(dir, 'small.md');
  writeFileSync(doc, '# Small\n\n```mbt check\ntest {\n  let engine = @wasmtime.engine_new()\n  @wasmtime.engine_delete(engine)\n  inspect(1 + 1, content="2")\n}\n```\n');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    BENCH_ROUNDS: '1', BENCH_RUNS: '1', BENCH_CALLS: '2000', BENCH_INSTANTIATIONS: '100', BENCH_COMPILES: '3',
    BENCH_ASYNC_CALLS: '2000', BENCH_JOB_ITERS: '100000', BENCH_BLOCKS: '20', BENCH_DOCS: doc,
  };
  delete env.NODE_TEST_CONTEXT;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/index.ts'], { cwd: ROOT, env, encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`);
  // Python is measured wherever npm install fetched the wheel (not with WASMTIME_HOME).
  const cache = join(ROOT, '.wasmtime');
  const wheel = existsSync(cache) && readdirSync(cache).some((f) => f.endsWith('.whl'));
  const figure = String.raw`[\d.]+ (?:ns|us|ms)`;
  for (const line of [
    new RegExp(String.raw`call cycle add\(i32,i32\)->i32 +${figure} +${figure}${wheel ? ` +${figure}` : ''}`), // binding, C (and Python)
    /store \+ instantiation/,
    /WAT compilation/,
    /one empty test \(floor\) +\d+ ms/,
    /generated doc of 20 blocks, uncached +\d+ ms/,
    /small\.md, +translation uncached +\d+ ms/,
    /small\.md, +translation cached +\d+ ms/,
    /func_call_sync_or_raise: +\d+ ns/,
    /in parallel: +\d+ ms/,
  ]) {
    assert.match(r.stdout, line);
  }
});
