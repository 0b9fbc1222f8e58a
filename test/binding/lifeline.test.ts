// A test process dies when the harness is gone, even while its main thread
// spins: the fixture holds a lifeline on a pipe from this process, spins, and
// must be killed by SIGKILL once this end of the pipe closes. With the addon
// the lifeline is the addon's thread; without it, a worker's.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { root, scriptArgs } from './child.ts';

const NO_NATIVE = join(root, 'test/harness/cli/no-native.cjs');

async function spinThenClose(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, scriptArgs('test/binding/fixtures/lifeline.ts'), {
    cwd: root,
    env: { ...process.env, ...env, DOCTEST_LIFELINE_FD: '3' },
    stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  // A kill of ours would look like the lifeline's: it says so.
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; child.kill('SIGKILL'); }, 20_000);
  try {
    const ready = await new Promise<Record<string, unknown>>((resolve, reject) => {
      child.stdout!.on('data', (d) => {
        stdout += d;
        const m = /^READY (.*)$/m.exec(stdout);
        if (m) resolve(JSON.parse(m[1]!) as Record<string, unknown>);
      });
      void exited.then((e) => reject(new Error(`the fixture ended before READY (${JSON.stringify(e)})\n${stderr}`)));
    });
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(child.exitCode ?? child.signalCode, null, 'it spins while the pipe is open');
    (child.stdio[3] as NodeJS.ReadableStream & { destroy(): void }).destroy();
    const end = await exited;
    assert.equal(timedOut, false, 'the process was still spinning 20 s after its pipe closed');
    return { ready, end };
  } finally {
    clearTimeout(timer);
  }
}

describe('lifeline', { concurrency: true }, () => {
  it('held by the addon: a spinning process is killed when the pipe closes', async () => {
    const { ready, end } = await spinThenClose({});
    assert.deepEqual(ready, { holder: 'native', env: null }, 'the fd is not left for its children');
    assert.deepEqual(end, { code: null, signal: 'SIGKILL' });
  });

  it('without the addon, by a worker: the same', async () => {
    const { ready, end } = await spinThenClose({ NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${NO_NATIVE}` });
    assert.deepEqual(ready, { holder: 'worker', env: null });
    assert.deepEqual(end, { code: null, signal: 'SIGKILL' });
  });
});
