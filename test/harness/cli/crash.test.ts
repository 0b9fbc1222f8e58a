// When the process running the blocks dies inside one (a native crash, a
// kill), the report still names the block that was running.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Pids of processes whose command line contains `needle`. */
function processesWith(needle: string): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle) ? [Number(pid)] : [];
    } catch {
      return [];
    }
  });
}

test('a block whose process dies is named in the report', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'doctest-crash-'));
  try {
    const doc = join(dir, 'crash.md');
    writeFileSync(doc, '# Crash\n\n```mbt test\ninspect(1, content="1")\n```\n\n## spins\n\n```mbt test\nlet mut i = 0\nwhile true { i = i + 1 }\n```\n');
    const cli = spawn(process.execPath, ['scripts/doctest.mjs', doc], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stderr = '';
    cli.stderr.on('data', (d) => { stderr += d; });
    const exited = new Promise<number | null>((resolve) => cli.on('exit', resolve));
    // Wait until the spinning block has started, then kill the process running it.
    const runDirPrefix = `run-${cli.pid}-`;
    const deadline = Date.now() + 30_000;
    let killed = false;
    while (!killed && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      const tmp = join(ROOT, '.doctest-tmp');
      const runDir = existsSync(tmp) ? readdirSync(tmp).find((d) => d.startsWith(runDirPrefix)) : undefined;
      const progress = runDir && join(tmp, runDir, 'progress.jsonl');
      if (!progress || !existsSync(progress) || !readFileSync(progress, 'utf8').includes('spins')) continue;
      for (const pid of processesWith(join(runDir, 'events.jsonl'))) {
        process.kill(pid, 'SIGKILL');
        killed = true;
      }
    }
    assert.ok(killed, 'found and killed the process running the blocks');
    assert.equal(await exited, 1);
    assert.match(stderr, /crashed: \S*crash\.md:9 spins: the test process ended while this block was running/);
    assert.doesNotMatch(stderr, /crash\.md:3 Crash/, 'the block that finished is not blamed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the temporary folder of a run that was killed is removed by the next run', async () => {
  const tmp = join(ROOT, '.doctest-tmp');
  // A pid that is certainly gone: a process that has exited.
  const gone = spawn(process.execPath, ['-e', '0']);
  await new Promise((done) => gone.on('exit', done));
  const stale = join(tmp, `run-${gone.pid}-1`);
  const staleCheck = join(tmp, `check-${gone.pid}-1`); // of a --check run
  const live = join(tmp, `run-${process.pid}-1`); // this process is alive: left alone
  for (const d of [stale, staleCheck, live]) {
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'leftover.mjs'), '');
  }
  const dir = mkdtempSync(join(tmpdir(), 'doctest-stale-'));
  try {
    const doc = join(dir, 'ok.md');
    writeFileSync(doc, '# Ok\n\n```mbt test\ninspect(1, content="1")\n```\n');
    const cli = spawn(process.execPath, ['scripts/doctest.mjs', doc], { cwd: ROOT, stdio: 'ignore' });
    assert.equal(await new Promise((done) => cli.on('exit', done)), 0);
    assert.equal(existsSync(stale), false);
    assert.equal(existsSync(staleCheck), false);
    assert.equal(existsSync(live), true);
  } finally {
    rmSync(live, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});
