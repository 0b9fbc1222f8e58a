// Every file the harness writes (docs, records, file snapshots, cache
// entries) goes through here, so that a run killed at any moment leaves each
// file with its old content or its new one, never a part:
//
// - the new content goes to a temporary file in the same folder, is flushed
//   to disk (fsync), and is renamed over the file, the folder being flushed
//   too; a rename within one folder replaces the file in one step;
// - a symbolic link is written through: the file it points to is replaced and
//   the link stays;
// - a file with several hard links cannot be replaced without breaking them,
//   so it is rewritten in place instead, the new content being first kept in
//   full beside it (`.<name>.doctest-<pid>.new`) until the rewrite is flushed;
// - `replaceIfUnchanged` holds a lock on the file (`.<name>.doctest-lock`,
//   made with O_EXCL; the lock of a process that is gone is taken over), and
//   checks under it, just before the rename, that the file still holds what
//   the caller read: two runs updating one doc never lose each other's change.
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeSync, ftruncateSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isRunning } from '../run/processes.ts';

export type WriteOutcome = 'written' | 'unchanged' | 'changed-on-disk';

/** The file a write to `path` lands in: the target of a symbolic link, else `path`. */
function target(path: string): string {
  try {
    return lstatSync(path).isSymbolicLink() ? realpathSync(path) : path;
  } catch {
    return path; // a new file, or a dangling link's own path
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at, at);
}

export function syncFolder(dir: string): void {
  try {
    const fd = openSync(dir, constants.O_RDONLY);
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems cannot flush a folder; the rename itself is still atomic.
  }
}

/** Writes `content` to `path`, a new file, flushed to disk unless `flush` is false; a failed write leaves no file. */
export function writeFlushed(path: string, content: string | Buffer, mode = 0o666, flush = true): void {
  const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode);
  try {
    writeAll(fd, typeof content === 'string' ? Buffer.from(content) : content);
    if (flush) fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(path, { force: true });
    throw error;
  }
  closeSync(fd);
}

/** Writes `content` to a new temporary file beside `file`, flushed unless `flush` is false; returns its path. */
function temporaryCopy(file: string, content: Buffer, mode: number | undefined, suffix: string, flush = true): string {
  const tmp = join(dirname(file), `.${basename(file)}.doctest-${process.pid}-${Math.random().toString(36).slice(2, 8)}.${suffix}`);
  writeFlushed(tmp, content, mode, flush);
  return tmp;
}

export interface WriteOptions {
  /**
   * Whether the new content is flushed to disk before the rename (default
   * true). A cache entry needs no flush: what a crash of the machine leaves
   * of it is unreadable, and an unreadable entry is only a miss.
   */
  flush?: boolean;
}

/** Replaces the content of `path` (creating it and its folder if needed), atomically. */
export function writeAtomic(path: string, text: string | Buffer, options: WriteOptions = {}): void {
  const flush = options.flush ?? true;
  const file = target(path);
  mkdirSync(dirname(file), { recursive: true });
  const content = typeof text === 'string' ? Buffer.from(text) : text;
  let stat;
  try {
    stat = statSync(file);
  } catch {
    stat = undefined;
  }
  if (stat && stat.nlink > 1) {
    rewriteInPlace(file, content, stat.mode & 0o7777);
    return;
  }
  const tmp = temporaryCopy(file, content, stat ? stat.mode & 0o7777 : undefined, 'tmp', flush);
  try {
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
  if (flush) syncFolder(dirname(file));
}

function rewriteInPlace(file: string, content: Buffer, mode: number): void {
  const copy = temporaryCopy(file, content, mode, 'new');
  syncFolder(dirname(file));
  const fd = openSync(file, constants.O_WRONLY);
  try {
    writeAll(fd, content);
    ftruncateSync(fd, content.length);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  rmSync(copy, { force: true });
}

/** Removes `path` (a record whose doc is gone); a link is removed, not its target. */
export function removeFile(path: string): void {
  rmSync(path, { force: true });
  syncFolder(dirname(path));
}

const LOCK_WAIT_MS = 10_000;
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Runs `f` holding the lock of `file`. */
function withLock<T>(file: string, f: () => T): T {
  const lock = join(dirname(file), `.${basename(file)}.doctest-lock`);
  const deadline = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lock, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o644);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (!holderAlive(lock)) {
        rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`${file} is locked by another run (${lock}); try again`);
      Atomics.wait(pause, 0, 0, 20);
    }
  }
  try {
    return f();
  } finally {
    rmSync(lock, { force: true });
  }
}

function holderAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lock, 'utf8'));
  } catch {
    return true; // being made right now
  }
  if (!pid) {
    // Created but not yet written, or written by a run killed in between: wait a moment.
    try {
      return Date.now() - lstatSync(lock).mtimeMs < 1000;
    } catch {
      return false;
    }
  }
  return isRunning(pid);
}

/**
 * Replaces the doc at `path`, read as `original` at the start of the run,
 * with `text`. Nothing is written when `text` equals `original`, or when the
 * file no longer holds `original` (someone changed it meanwhile).
 */
export function replaceIfUnchanged(path: string, original: string, text: string): WriteOutcome {
  if (text === original) return 'unchanged';
  const file = target(path);
  return withLock(file, () => {
    let now: Buffer;
    try {
      const fd = openSync(file, constants.O_RDONLY);
      try {
        if (!fstatSync(fd).isFile()) return 'changed-on-disk';
        now = readFileSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch {
      return 'changed-on-disk';
    }
    if (!now.equals(Buffer.from(original))) return 'changed-on-disk';
    writeAtomic(file, text);
    return 'written';
  });
}
