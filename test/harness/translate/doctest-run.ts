// Runs the doctest CLI on a doc and returns its per-block JSON records.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface BlockResult {
  /** The doc, as the run printed its path. */
  file: string;
  line: number;
  name: string;
  status: string;
  error?: string;
  failures: { line: number; column: number; expected: string | null; actual: string }[];
}

export function runDoctest(args: string[]): { status: number | null; stdout: string; stderr: string; records: BlockResult[] } {
  const dir = mkdtempSync(join(tmpdir(), 'doctest-json-'));
  const json = join(dir, 'results.json');
  try {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/doctest.mjs'), '--json', json, ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    let records: BlockResult[] = [];
    try {
      records = JSON.parse(readFileSync(json, 'utf8'));
    } catch {
      // No results file: the caller asserts on status and output.
    }
    return { status: r.status, stdout: r.stdout, stderr: r.stderr, records };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
