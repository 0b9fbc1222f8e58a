// Spawning the doctest CLI on temporary docs.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  return {
    dir,
    rel,
    cleanup: () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(join(ROOT, 'snapshots', rel), { recursive: true, force: true });
    },
  };
}

/** Joins lines with `\n`, ending with one. */
export function doc(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
