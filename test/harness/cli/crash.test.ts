// Hangs, crashes and kills: a block that never ends is stopped by --timeout,
// a test process that dies is that block's failure, the blocks after either
// still run, and no test process outlives its harness, however it ends.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT, SLEEPS, doc, runCli, tempDir, waitGone } from './helpers.ts';

const SPIN = ['```mbt test', 'let mut i = 0', 'while true { i = i + 1 }', '```'];
const hangs = (name: string, block: string[]) => doc('# Crash', '', '```mbt test', 'inspect(1, content="1")', '```', '', `## ${name}`, '', ...block, '', '## after', '', '```mbt test', 'inspect(2, content="2")', '```');
const SPIN_DOC = hangs('spins', SPIN);
// Where what is tested is the harness's end, not the block's, a block that
// waits without spinning spares a core.
const SLEEP_DOC = hangs('sleeps', SLEEPS);

/** The test processes a harness started (children of `pid` running the entry). */
function testProcessesOf(pid: number): number[] {
  return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).flatMap((p) => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      return ppid === pid && readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('entry.mjs') ? [Number(p)] : [];
    } catch {
      return [];
    }
  });
}


/** Starts the CLI on `file` and resolves once its hanging block has started. */
async function startHanging(file: string, args: string[] = []) {
  const cli = spawn(process.execPath, [CLI, '--timeout', '0', ...args, file], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  cli.stderr.resume();
  const exited = new Promise<{ code: number | null; signal: string | null }>((r) => cli.on('exit', (code, signal) => r({ code, signal })));
  await new Promise<void>((resolve) => cli.stdout.on('data', (d) => {
    stdout += d;
    if (/✔ .*:3 Crash/.test(stdout)) resolve();
  }));
  const [child] = testProcessesOf(cli.pid!);
  assert.ok(child, 'the test process is a child of the harness');
  await new Promise((r) => setTimeout(r, 200)); // inside the block by now
  return { cli, child, exited, output: () => stdout };
}

describe('hangs, crashes and kills', { concurrency: true }, () => {
  test('a block past --timeout fails at its line, and the blocks after it run in a new process', async () => {
    const file = join(tempDir(), 'spin.md');
    writeFileSync(file, SPIN_DOC);
    // Short, as the block spins for all of it: the "still running" line comes
    // at 500 ms, and the reporter checks every 200 ms, in the process whose
    // timer stops the block at 1000 ms, so however late it runs, it is first.
    const r = await runCli(['--timeout', '1000', file]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /✖ .*spin\.md:9 Crash › spins[^\n]*\n.*spin\.md:9:1: timeout: the block ran longer than 1000 ms/);
    assert.match(r.stdout, /✔ .*spin\.md:16 Crash › after/);
    assert.match(r.stdout, /doctest: 2 passed, 1 failed/);
    // Off a terminal, a line says which block runs long (at half the timeout, here).
    assert.match(r.stdout, /… still running \S*spin\.md:9 Crash › spins \((\d+ ms|\d+\.\d s)\)\n✖ \S*spin\.md:9/);
  });

  test("a doc's definitions past --timeout fail its blocks; the next doc still runs", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), doc('```mbt', 'fn forever() -> Int {', '  while true { }', '  0', '}', 'let x : Int = forever()', '```', '', '```mbt test', 'inspect(x, content="0")', '```'));
    writeFileSync(join(dir, 'b.md'), doc('```mbt test', 'inspect(2, content="2")', '```'));
    const r = await runCli(['--timeout', '500', dir]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /a\.md:9:1: timeout: the doc's definitions ran longer than 500 ms/);
    assert.match(r.stdout, /✔ .*b\.md:1 block/);
  });

  test('a test process that dies inside a block is that block\'s crash; the blocks after it still run', async () => {
    const file = join(tempDir(), 'crash.md');
    writeFileSync(file, SPIN_DOC);
    const { cli, child, exited } = await startHanging(file);
    let out = '';
    cli.stdout.on('data', (d) => (out += d));
    process.kill(child, 'SIGKILL');
    assert.equal((await exited).code, 1);
    assert.match(out, /✖ .*crash\.md:9 Crash › spins[^\n]*\n.*crash\.md:9:1: crash: the test process ended \(killed by SIGKILL\) while this block was running/);
    assert.match(out, /✔ .*crash\.md:16 Crash › after/);
  });

  for (const signal of ['SIGKILL', 'SIGTERM', 'SIGINT'] as const) {
    test(`after ${signal} to the harness no test process is left`, async () => {
      // After a SIGKILL it is the lifeline's to end the test process, whose
      // thread must act while the main one spins; SIGTERM and SIGINT the
      // harness handles, so there the block may just wait.
      const file = join(tempDir(), 'kill.md');
      writeFileSync(file, signal === 'SIGKILL' ? SPIN_DOC : SLEEP_DOC);
      const { cli, child, exited, output } = await startHanging(file);
      process.kill(cli.pid!, signal);
      const end = await exited;
      assert.deepEqual(await waitGone([child]), [], `test process ${child} still runs after the harness got ${signal}`);
      if (signal !== 'SIGKILL') {
        assert.equal(end.code, signal === 'SIGINT' ? 130 : 143);
        assert.match(output(), /interrupted; it was running:\n {2}.*kill\.md:9 Crash › sleeps for /);
        assert.match(output(), /doctest: 1 passed, 0 failed, 2 skipped/);
      }
    });
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
    const file = join(dir, 'ok.md');
    writeFileSync(file, '# Ok\n\n```mbt test\ninspect(1, content="1")\n```\n');
    const cli = spawn(process.execPath, [CLI, file], { cwd: ROOT, stdio: 'ignore' });
    assert.equal(await new Promise((done) => cli.on('exit', done)), 0);
    assert.equal(existsSync(stale), false);
    assert.equal(existsSync(staleCheck), false);
    assert.equal(existsSync(live), true);
  } finally {
    rmSync(live, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
});
