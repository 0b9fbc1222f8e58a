// A process the harness starts dies with the harness, however the harness
// ends (a SIGKILL included, which no signal handler sees): it holds the read
// end of a pipe whose other end only the harness has, and a thread of its own
// kills the process when that pipe reaches end of file. The thread is a
// worker, so a block spinning in a synchronous loop on the main thread does
// not keep it from acting.
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
export function holdLifeline(): void {
  if (!process.env[ENV.lifeline]) return;
  new Worker(WATCH, { eval: true }).unref();
  // Its own children must not take the fd for theirs.
  delete process.env[ENV.lifeline];
}
