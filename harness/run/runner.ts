// Runs generated test modules under node:test in a child process, so that a
// crash of the native side cannot take the harness down with it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

export interface RunOptions {
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

/** A test process being prepared: it gets its doc modules once they are translated. */
export interface TestRun {
  /** Runs the modules; resolves with the exit code (1 when killed by a signal). */
  run(modules: string[]): Promise<number>;
  /** There is nothing to run after all; resolves once the process is gone. */
  cancel(): Promise<unknown>;
}

const ENTRY = join(PROJECT_ROOT, 'harness/run/entry.mjs');

/**
 * Prepares the node:test process that will run the doc modules.
 *
 * By default every doc module runs in one process, started right away so
 * that it loads the binding while the harness translates; the module paths
 * follow on its stdin (harness/run/entry.mjs). `--shard` and `--concurrency`
 * need node's file-level runner (`--test`, a process per doc module), which
 * starts once the modules exist. Modules are plain JavaScript with the bundled
 * harness (`DOCTEST_SUPPORT` set), TypeScript through tsx otherwise.
 */
export function prepareTests(options: RunOptions): TestRun {
  const perFile = options.shard !== undefined || options.concurrency !== undefined;
  // A harness started from inside a node:test test (our own tests) must not
  // look like a nested test file to its child runner, which would skip the files.
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.NODE_TEST_CONTEXT;
  const args = ['--enable-source-maps'];
  if (!env.DOCTEST_SUPPORT) args.push('--import', TSX);
  if (perFile) args.push('--test');
  args.push(`--test-reporter=${options.reporter}`, '--test-reporter-destination=stdout');
  if (options.eventsFile) {
    args.push(`--test-reporter=${EVENTS_REPORTER}`, `--test-reporter-destination=${options.eventsFile}`);
  }
  if (options.shard) args.push(`--test-shard=${options.shard}`);
  if (options.concurrency !== undefined) args.push(`--test-concurrency=${options.concurrency}`);
  const start = (files: string[], stdin: 'pipe' | 'ignore') => {
    const child = spawn(process.execPath, [...args, ...files], { cwd: options.cwd, stdio: [stdin, 'inherit', 'inherit'], env });
    const exited = new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
    return { child, exited };
  };

  if (perFile) {
    return { run: (modules) => start(modules, 'ignore').exited, cancel: async () => undefined };
  }
  const { child, exited } = start([ENTRY], 'pipe');
  // The child may exit before reading (a load failure): that must not fail the harness.
  child.stdin!.on('error', () => {});
  return {
    run(modules) {
      child.stdin!.end(`${JSON.stringify(modules)}\n`);
      return exited;
    },
    cancel() {
      child.stdin!.end('[]\n');
      return exited;
    },
  };
}
