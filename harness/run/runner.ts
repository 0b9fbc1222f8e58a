// Runs generated test modules under node:test in a child process, so that a
// crash of the native side cannot take the harness down with it.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/**
 * A module importing every doc module in turn. A module that fails to load
 * becomes a failing test of its own, and the others still run.
 */
function writeEntry(modules: string[]): string {
  const entry = join(dirname(modules[0]!), 'entry.mjs');
  writeFileSync(entry, [
    "import { test } from 'node:test';",
    `for (const module of ${JSON.stringify(modules)}) {`,
    '  try {',
    '    await import(module);',
    '  } catch (error) {',
    "    test(`load ${module}`, () => { throw error; });",
    '  }',
    '}',
    '',
  ].join('\n'));
  return entry;
}

export const EVENTS_REPORTER = join(PROJECT_ROOT, 'harness/run/events-reporter.mjs');

/**
 * Runs the modules under node:test in one child process; resolves with its
 * exit code (or 1 when killed by a signal).
 *
 * By default every doc module is imported into that one process, which
 * saves a process start per doc. `--shard` and `--concurrency` need node's
 * file-level runner (`--test`), which starts a process per doc module.
 */
export function runTests(options: RunOptions): Promise<number> {
  // Modules compiled to JavaScript (`.mjs`) need no TypeScript loader.
  const args = options.modules.every((m) => m.endsWith('.mjs')) ? ['--enable-source-maps'] : ['--enable-source-maps', '--import', TSX];
  const perFile = options.shard !== undefined || options.concurrency !== undefined;
  if (perFile) args.push('--test');
  args.push(`--test-reporter=${options.reporter}`, '--test-reporter-destination=stdout');
  if (options.eventsFile) {
    args.push(`--test-reporter=${EVENTS_REPORTER}`, `--test-reporter-destination=${options.eventsFile}`);
  }
  if (options.shard) args.push(`--test-shard=${options.shard}`);
  if (options.concurrency !== undefined) args.push(`--test-concurrency=${options.concurrency}`);
  if (perFile) args.push(...options.modules);
  else args.push(writeEntry(options.modules));
  // A harness started from inside a node:test test (our own tests) must not
  // look like a nested test file to its child runner, which would skip the files.
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  delete env.NODE_TEST_CONTEXT;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: options.cwd, stdio: ['ignore', 'inherit', 'inherit'], env });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}
