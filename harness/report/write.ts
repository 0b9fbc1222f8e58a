// Writes the report's folder. A folder is only ever replaced when it is empty
// or holds an earlier report (its summary.json says so), so `--report` cannot
// wipe anything else; the new report is written beside it and swapped in by
// renames, so a reader (or a failed run) never sees half of one. A run
// killed between the renames leaves its folders beside the report
// (`DIR.tmp-PID`, `DIR.old-PID`); the next run removes them.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isRunning } from '../run/processes.ts';
import { syncFolder, writeFlushed } from '../update/write.ts';

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
  removeLeftovers(abs);
  const fresh = `${abs}.tmp-${process.pid}`;
  const old = `${abs}.old-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh);
  try {
    // On disk before the swap: a crash after it must not leave empty pages.
    for (const [name, content] of files) writeFlushed(join(fresh, name), content);
    syncFolder(fresh);
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

/** The `.tmp-PID` and `.old-PID` folders that runs killed while writing `abs` left beside it. */
function removeLeftovers(abs: string): void {
  const name = basename(abs);
  const parent = dirname(abs);
  for (const entry of readdirSync(parent)) {
    if (!entry.startsWith(`${name}.`)) continue;
    const pid = Number(/^\.(?:tmp|old)-(\d+)$/.exec(entry.slice(name.length))?.[1]);
    if (!pid || pid === process.pid) continue;
    if (!isRunning(pid)) rmSync(join(parent, entry), { recursive: true, force: true });
  }
}
