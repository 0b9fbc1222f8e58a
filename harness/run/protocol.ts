// What the harness and its test processes say to each other, in one place.
//
// The harness starts a test process with four extra things: the environment
// variables below; on stdin, once the docs are translated, one JSON line, a
// `Plan` (which modules to import and which of their tests to run); on fd 3
// a pipe the test process writes `Message`s to, one JSON line each, with
// synchronous writes, so that what a block did before it hung or crashed has
// reached the harness; and on fd 4 a pipe the harness never writes to, whose
// end of file tells the test process that the harness is gone (lifeline.ts).
import { writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

export const ENV = {
  /** The fd messages go to (always 3; absent when the runtime runs outside the harness). */
  channel: 'DOCTEST_CHANNEL_FD',
  /** The fd whose end of file means the harness is gone. */
  lifeline: 'DOCTEST_LIFELINE_FD',
  /** `1`: record mode of `--update`: an `inspect` reports its value instead of failing. */
  update: 'DOCTEST_UPDATE',
  /** The bundled support module (set by scripts/doctest.mjs). */
  support: 'DOCTEST_SUPPORT',
  /** `1`: map the harness's stack frames to its sources too (--verbose shows them). */
  harnessMaps: 'DOCTEST_HARNESS_MAPS',
} as const;

export const CHANNEL_FD = 3;
export const LIFELINE_FD = 4;

/** Which tests of which module to run, in order. */
export interface Plan {
  modules: { path: string; tests: string[] }[];
}

/** A failure as the test process describes it; the harness turns it into a Diagnostic. */
export interface ErrorReport {
  kind: 'inspect mismatch' | 'snapshot mismatch' | 'assertion failed' | 'error raised' | 'trap' | 'panic' | 'translation error' | 'error';
  message: string;
  stack?: string;
  /** Where in the doc, when the error knows it. */
  loc?: { file: string; line: number; column: number };
  /** Where async code awaited the call that failed (its stack, resumed by the event loop, shows no doc line). */
  awaitedAt?: { file: string; line: number; column: number };
  expected?: string;
  actual?: string;
}

export type Message =
  /** The support module (runtime and binding) is loaded. */
  | { type: 'ready' }
  /** A module is being imported (its doc-level definitions run). */
  | { type: 'load'; module: string }
  | { type: 'loaded'; module: string }
  | { type: 'load-failed'; module: string; error: ErrorReport }
  | { type: 'start'; module: string; test: string }
  | { type: 'print'; text: string }
  /** One `inspect` call, in record mode. */
  | { type: 'inspect'; file: string; line: number; column: number; expected: string | null; actual: string }
  /** What a file snapshot should hold, in record mode (the harness writes it). */
  | { type: 'file-snapshot'; path: string; content: string }
  | { type: 'end'; module: string; test: string; duration: number; error?: ErrorReport }
  /** node:test failed a test after it ended (harness/run/events-reporter.mjs). */
  | { type: 'node-failure'; module: string; test: string; message: string };

function channelFd(): number | undefined {
  const fd = process.env[ENV.channel];
  return fd ? Number(fd) : undefined;
}

/** Whether this process runs under the harness (which then receives the messages). */
export function connected(): boolean {
  return channelFd() !== undefined;
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Sends a message to the harness, synchronously: once this returns, the
 * harness gets it even if the process dies. Outside the harness, nothing.
 */
export function send(message: Message): void {
  const fd = channelFd();
  if (fd === undefined) return;
  const bytes = Buffer.from(`${JSON.stringify(message)}\n`);
  for (let at = 0; at < bytes.length;) {
    try {
      at += writeSync(fd, bytes, at);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') Atomics.wait(pause, 0, 0, 1); // the harness is behind: wait for it
      else if (code === 'EPIPE') process.exit(1); // the harness is gone: nobody wants the rest
      else throw error;
    }
  }
}

/** Splits a stream of bytes into messages; partial lines wait for the rest. */
export function messageReader(onMessage: (m: Message) => void): (chunk: Buffer | string) => void {
  let pending = '';
  const decoder = new StringDecoder('utf8'); // a character may be split between chunks
  return (chunk) => {
    pending += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl);
      pending = pending.slice(nl + 1);
      if (line) onMessage(JSON.parse(line) as Message);
    }
  };
}
