// Writing a doc back: atomically (a temporary file in the same folder, then a
// rename over the original), and only when nobody changed it meanwhile.
import { readFileSync, renameSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export type WriteOutcome = 'written' | 'unchanged' | 'changed-on-disk';

/** Writes `text` to `path` through a temporary file and a rename. */
export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.doctest-${process.pid}.tmp`);
  let mode: number | undefined;
  try {
    mode = statSync(path).mode & 0o7777;
  } catch {
    mode = undefined;
  }
  try {
    writeFileSync(tmp, text, mode === undefined ? undefined : { mode });
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/**
 * Replaces the doc at `path`, read as `original` at the start of the run,
 * with `text`. Nothing is written when `text` equals `original`, or when the
 * file no longer holds `original` (someone edited it during the run).
 */
export function replaceDoc(path: string, original: string, text: string): WriteOutcome {
  if (text === original) return 'unchanged';
  let now: string;
  try {
    now = readFileSync(path, 'utf8');
  } catch {
    return 'changed-on-disk';
  }
  if (now !== original) return 'changed-on-disk';
  writeAtomic(path, text);
  return 'written';
}
