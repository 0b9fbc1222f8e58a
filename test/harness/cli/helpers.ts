// Spawning the doctest CLI on temporary docs.
import { spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url)).replace(/\/$/, '');
/** The launcher `npm run doctest` runs (the bundled harness). */
export const CLI = join(ROOT, 'scripts/doctest.mjs');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The --json records of a run: one per block. */
export type BlockRecord = { file: string; status: string };

/**
 * For a doc run beside others, what an exit status 0 of a run of it alone
 * said: each of its `blocks` blocks passed (by the run's --json records) and
 * no failure or error names it.
 */
export function assertDocPassed(run: CliResult, records: BlockRecord[], file: string, blocks: number): void {
  // A record names its doc as the run prints it: relative to the run's folder when inside it.
  const own = records.filter((x) => x.file === file || file.endsWith(`/${x.file}`));
  assert.deepEqual(own.map((x) => x.status), Array(blocks).fill('pass'), run.stdout + run.stderr);
  // By its name, however the run prints its path.
  const name = escapeRegExp(basename(file));
  assert.doesNotMatch(run.stdout + run.stderr, new RegExp(`✖\\s+(?:\\S*/)?${name}:|(?:^|[\\s/])${name}(?::\\d+)*: (?:\\w+ )*error`, 'm'));
  assert.deepEqual(failuresOf(run, file), []);
}

/**
 * The lines of a run's `failures:` list that name `file` (by its name): the
 * failures a run of several docs counts on that doc's account, its blocks'
 * and its own (a missing record, a file error).
 */
export function failuresOf(run: CliResult, file: string): string[] {
  const list = run.stdout.match(/^failures:\n((?: {2}✖ .*\n)+)/m)?.[1] ?? '';
  const name = new RegExp(`(?:^|[\\s/])${escapeRegExp(basename(file))}(?::\\d+)* `);
  return list.trimEnd().split('\n').filter((l) => name.test(l));
}

const temporary: string[] = [];
process.on('exit', () => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder outside the project (docs there have no snapshot), removed when the test process exits. */
export function tempDir(prefix = 'doctest-cli-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
}

/** A fresh folder inside the project (docs there have snapshot records under snapshots/). */
export function projectTempDir(): { dir: string; rel: string; cleanup: () => void } {
  const rel = `test/harness/cli/scratch-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const dir = join(ROOT, rel);
  mkdirSync(dir, { recursive: true });
  // Also at exit: a suite made at load time may not run its after hooks (--test-name-pattern).
  temporary.push(dir, join(ROOT, 'snapshots', rel));
  return {
    dir,
    rel,
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(join(ROOT, 'snapshots', rel), { recursive: true, force: true });
    },
  };
}

/**
 * A block that never ends yet burns no CPU, for tests of what the harness
 * does with a hung block: it waits in a blocking join for a WASI job that
 * sleeps an hour in poll_oneoff. A busy loop would spin a core for as long
 * as the test lets it; crash.test.ts keeps that case, the one issue #12 names.
 */
export const SLEEPS = [
  '```mbt test',
  'let wat =',
  '  #|(module',
  '  #|  (import "wasi_snapshot_preview1" "poll_oneoff" (func $poll (param i32 i32 i32 i32) (result i32)))',
  '  #|  (memory (export "memory") 1)',
  '  #|  (func (export "run") (result i32)',
  '  #|    ;; one subscription at 0: a clock (tag 0), monotonic (id 1, at 16), for an hour (ns, at 24)',
  '  #|    (i32.store (i32.const 16) (i32.const 1))',
  '  #|    (i64.store (i32.const 24) (i64.const 3600000000000))',
  '  #|    (call $poll (i32.const 0) (i32.const 64) (i32.const 1) (i32.const 128))))',
  'ignore(wasi_job_join_or_raise(wasi_job_spawn_wat_or_raise(wat, "run", "/dev/null")))',
  '```',
];

/** Joins lines with `\n`, ending with one. */
export function doc(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

/** Every process whose ancestors include `pid` (read from /proc). */
export function descendants(pid: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // gone meanwhile
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const [child, pp] of parent) if (pp === p) {
      out.push(child);
      walk(child);
    }
  };
  walk(pid);
  return out;
}

/** Whether `pid` runs (a zombie does not). */
export function alive(pid: number): boolean {
  try {
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return false;
  }
}

/** Resolves once none of `pids` runs, or after `ms`. */
export async function waitGone(pids: number[], ms = 5000): Promise<number[]> {
  const until = Date.now() + ms;
  while (pids.some(alive) && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
  return pids.filter(alive);
}
