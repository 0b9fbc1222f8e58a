// Runs generated test modules under node:test in a child process, so that a
// crash of the native side cannot take the harness down with it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

export interface RunOptions {
  modules: string[];
  /** Working directory of the tests (`--root`). */
  cwd: string;
  reporter: string;
  /** `i/n`. */
  shard?: string;
  concurrency?: number;
  /** Extra reporter writing machine-readable events to this file. */
  eventsFile?: string;
  /** Environment additions (record and update modes). */
  env?: Record<string, string>;
}

/** tsx's loader, resolved from the project so that any `--root` works. */
const TSX = import.meta.resolve('tsx');

export const EVENTS_REPORTER = join(PROJECT_ROOT, 'harness/run/events-reporter.mjs');

/** Runs node's test runner; resolves with its exit code (or 1 when killed by a signal). */
export function runTests(options: RunOptions): Promise<number> {
  const args = ['--enable-source-maps', '--import', TSX, '--test', `--test-reporter=${options.reporter}`, '--test-reporter-destination=stdout'];
  if (options.eventsFile) {
    args.push(`--test-reporter=${EVENTS_REPORTER}`, `--test-reporter-destination=${options.eventsFile}`);
  }
  if (options.shard) args.push(`--test-shard=${options.shard}`);
  if (options.concurrency !== undefined) args.push(`--test-concurrency=${options.concurrency}`);
  args.push(...options.modules);
  // A harness started from inside a node:test test (our own tests) must not
  // look like a nested test file to its child runner, which would skip the files.
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.NODE_TEST_CONTEXT;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, stdio: ['ignore', 'inherit', 'inherit'], env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
