// Writes the report's folder. A folder is only ever replaced when it is empty
// or holds an earlier report (its summary.json says so), so `--report` cannot
// wipe anything else; the new report is written beside it and swapped in by
// renames, so a reader (or a failed run) never sees half of one.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Marks summary.json as this tool's (and its data's shape). */
export const REPORT_FORMAT = 'wasmtime-doctest-report/1';

/** Why `dir` cannot receive a report, or undefined when it can. */
export function reportDirProblem(dir: string): string | undefined {
  const abs = resolve(dir);
  if (!existsSync(abs)) return existsSync(dirname(abs)) ? undefined : `no such folder: ${dirname(abs)}`;
  if (!statSync(abs).isDirectory()) return `${dir} is a file, not a folder`;
  if (readdirSync(abs).length === 0 || isReport(abs)) return undefined;
  return `${dir} is not empty and holds no earlier report (no summary.json of one); choose a new or empty folder`;
}

function isReport(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { format?: unknown }).format === REPORT_FORMAT;
  } catch {
    return false;
  }
}

/** Writes `files` (relative path → content) as the whole of `dir`. */
export function writeSite(dir: string, files: Map<string, string>): void {
  const abs = resolve(dir);
  const problem = reportDirProblem(abs);
  if (problem) throw new Error(problem);
  const fresh = `${abs}.tmp-${process.pid}`;
  const old = `${abs}.old-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh);
  try {
    for (const [name, content] of files) writeFileSync(join(fresh, name), content);
    if (existsSync(abs)) renameSync(abs, old);
    renameSync(fresh, abs);
  } catch (error) {
    // The earlier report goes back in place.
    if (existsSync(old) && !existsSync(abs)) renameSync(old, abs);
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}
