// `--watch`: re-runs a changed doc until interrupted; survives an editor's
// atomic save; keys on a terminal; its runs end with it, however it ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ROOT, descendants, tempDir, doc, waitGone } from './helpers.ts';
import { inTerminal } from './terminal.ts';

function watchProcess(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [CLI, '--watch', ...args], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const waiters: { re: RegExp; from: number; resolve: () => void }[] = [];
  const onData = (d: Buffer) => {
    out += d;
    for (const w of [...waiters]) {
      if (w.re.test(out.slice(w.from))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const waitFor = (re: RegExp, from: number) => new Promise<void>((resolve, reject) => {
    if (re.test(out.slice(from))) return resolve();
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${re}; output:\n${out}`)), 30_000);
    waiters.push({ re, from, resolve: () => { clearTimeout(timer); resolve(); } });
  });
  return { child, exited, waitFor, out: () => out };
}

test('--watch runs every doc, re-runs only a changed doc (also after an atomic save), every doc on a binding change, and stops on SIGINT', { timeout: 60_000 }, async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'sub'));
  const a = join(dir, 'a.md');
  const b = join(dir, 'sub', 'b.md');
  writeFileSync(a, doc('```mbt test', 'inspect(1, content="1")', '```'));
  writeFileSync(b, doc('```mbt test', 'inspect(2, content="2")', '```'));
  // A stand-in for binding/, so that the test never touches the real one.
  const fakeBinding = join(tempDir(), 'binding');
  mkdirSync(fakeBinding);
  const w = watchProcess([dir], { DOCTEST_WATCH_BINDING_DIRS: fakeBinding });
  try {
    await w.waitFor(/\[watch\] running all docs[\s\S]*\[watch\] passed; waiting for changes/, 0);
    assert.match(w.out(), /a\.md:1/);
    assert.match(w.out(), /b\.md:1/);
    const mark = w.out().length;
    writeFileSync(a, doc('```mbt test', 'inspect(1, content="one")', '```'));
    await w.waitFor(/\[watch\] failed; waiting for changes/, mark);
    const second = w.out().slice(mark);
    assert.match(second, /\[watch\] running a\.md\n/);
    assert.match(second, /inspect mismatch/);
    assert.doesNotMatch(second, /b\.md:1/, 'the unchanged doc is not re-run');
    // An editor's atomic save, twice: a new file renamed over the doc, in a subfolder.
    for (const value of ['2', 'two']) {
      const mark2 = w.out().length;
      const tmp = join(dir, 'sub', '.b.md.swp');
      writeFileSync(tmp, doc('```mbt test', `inspect(2, content="${value}")`, '```'));
      renameSync(tmp, b);
      await w.waitFor(/\[watch\] running b\.md\n[\s\S]*\[watch\] (passed|failed); waiting/, mark2);
    }
    // A binding change re-runs every doc.
    const mark3 = w.out().length;
    writeFileSync(join(fakeBinding, 'index.ts'), 'export {};\n');
    await w.waitFor(/\[watch\] running all docs[\s\S]*\[watch\] failed; waiting for changes/, mark3);
    assert.match(w.out().slice(mark3), /a\.md:1/);
  } finally {
    w.child.kill('SIGINT');
  }
  assert.equal(await w.exited, 0);
});

test('--watch killed with SIGKILL takes its run and the run\'s test process with it', { timeout: 60_000 }, async () => {
  const file = join(tempDir(), 'spin.md');
  writeFileSync(file, doc('```mbt test', 'let mut i = 0', 'while true { i = i + 1 }', '```'));
  const w = watchProcess(['--timeout', '0', file]);
  let below: number[];
  const deadline = Date.now() + 30_000;
  // The watch, its run (the CLI) and the run's test process.
  while ((below = descendants(w.child.pid!)).filter((p) => readFileSync(`/proc/${p}/cmdline`, 'utf8').includes('entry.mjs')).length === 0) {
    assert.ok(Date.now() < deadline, `no test process started:\n${w.out()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 300));
  below = descendants(w.child.pid!);
  assert.ok(below.length >= 2, 'a run and its test process');
  w.child.kill('SIGKILL');
  await w.exited;
  assert.deepEqual(await waitGone(below), [], 'nothing the watch started is left');
});

test('--watch keys on a terminal: f runs the failed blocks, u updates them, a runs all, q quits; the screen is cleared before each run', { timeout: 90_000 }, async () => {
  const dir = tempDir();
  const a = join(dir, 'a.md');
  const b = join(dir, 'b.md');
  writeFileSync(a, doc('# A', '', '```mbt test', 'inspect(1, content="1")', '```', '', '```mbt test', 'inspect(2, content="wrong")', '```'));
  writeFileSync(b, doc('# B', '', '```mbt test', 'inspect(3, content="3")', '```'));
  const t = inTerminal(['--watch', dir], { env: { DOCTEST_WATCH_BINDING_DIRS: tempDir() } });
  await t.waitFor(/\[watch\] running all docs[\s\S]*\[watch\] failed; waiting for changes/);
  assert.ok(t.raw().includes('\x1b[2J'), 'the screen is cleared');
  let mark = t.text().length;
  t.type('f');
  await t.waitFor(/\[watch\] running the failed blocks\n[\s\S]*\[watch\] failed; waiting/, mark);
  const failedRun = t.text().slice(mark);
  assert.match(failedRun, /a\.md:7 A \(2\)/);
  assert.doesNotMatch(failedRun, /a\.md:3 A |b\.md/, 'only the failed block runs');
  mark = t.text().length;
  t.type('u');
  await t.waitFor(/\[watch\] updating the failed blocks\n[\s\S]*\[watch\] passed; waiting/, mark);
  assert.match(readFileSync(a, 'utf8'), /inspect\(2, content="2"\)/);
  mark = t.text().length;
  t.type('a');
  await t.waitFor(/\[watch\] running all docs\n[\s\S]*b\.md:3 B[\s\S]*\[watch\] passed; waiting/, mark);
  t.type('q');
  assert.equal(await t.exited, 0);
});
