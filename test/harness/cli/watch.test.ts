// `--watch`: re-runs a changed doc until interrupted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ROOT, tempDir, doc } from './helpers.ts';

test('--watch runs every doc, re-runs only a changed doc, every doc on a binding change, and stops on SIGINT', { timeout: 60_000 }, async () => {
  const dir = tempDir();
  const a = join(dir, 'a.md');
  const b = join(dir, 'b.md');
  writeFileSync(a, doc('```mbt test', 'inspect(1, content="1")', '```'));
  writeFileSync(b, doc('```mbt test', 'inspect(2, content="2")', '```'));
  // A stand-in for binding/, so that the test never touches the real one.
  const fakeBinding = join(tempDir(), 'binding');
  mkdirSync(fakeBinding);
  const child = spawn(process.execPath, [CLI, '--watch', dir], {
    cwd: ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', DOCTEST_WATCH_BINDING_DIRS: fakeBinding },
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
  try {
    await waitFor(/\[watch\] running all docs[\s\S]*\[watch\] passed; waiting for changes/, 0);
    assert.match(out, /a\.md:1/);
    assert.match(out, /b\.md:1/);
    const mark = out.length;
    writeFileSync(a, doc('```mbt test', 'inspect(1, content="one")', '```'));
    await waitFor(/\[watch\] failed; waiting for changes/, mark);
    const second = out.slice(mark);
    assert.match(second, /\[watch\] running a\.md\n/);
    assert.match(second, /inspect failed/);
    assert.doesNotMatch(second, /b\.md:1/, 'the unchanged doc is not re-run');
    // A binding change re-runs every doc.
    const mark2 = out.length;
    writeFileSync(join(fakeBinding, 'index.ts'), 'export {};\n');
    await waitFor(/\[watch\] running all docs[\s\S]*\[watch\] failed; waiting for changes/, mark2);
    assert.match(out.slice(mark2), /b\.md:1/);
  } finally {
    child.kill('SIGINT');
  }
  assert.equal(await exited, 0);
});
