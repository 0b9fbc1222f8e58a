// A process the harness starts dies with the harness, however the harness
// ends (a SIGKILL included, which no signal handler sees): it holds the read
// end of a pipe whose other end only the harness has, and a thread of its own
// kills the process when that pipe reaches end of file. The thread is not the
// main thread, so a block spinning in a synchronous loop there does not keep
// it from acting. It is the addon's (native/src/lifeline.cc), which these
// processes load anyway; only where the binding does not load is it a
// worker, whose isolate took 30 to 80 ms of CPU to start in every process.
import { Worker } from 'node:worker_threads';
import { ENV } from './protocol.ts';

const WATCH = `
const { Socket } = require('node:net');
const end = () => process.kill(process.pid, 'SIGKILL');
const s = new Socket({ fd: Number(process.env.${ENV.lifeline}), readable: true, writable: false });
s.on('data', () => {});
s.on('end', end);
s.on('error', end);
`;

/** In a process the harness started: dies when the harness is gone. Elsewhere: nothing. */
export async function holdLifeline(): Promise<void> {
  const fd = process.env[ENV.lifeline];
  if (!fd) return;
  // Its own children must not take the fd for theirs.
  delete process.env[ENV.lifeline];
  try {
    const { _internal } = await import('../../binding/index.ts');
    _internal.holdLifeline(Number(fd));
  } catch {
    // No addon, or one built before it had lifelines: a worker holds it.
    new Worker(WATCH, { eval: true, env: { [ENV.lifeline]: fd } }).unref();
  }
}
