// Everything a generated test module uses, under one import:
//   import * as $rt from '<abs>/harness/runtime/prelude.ts'
// The runtime library itself (index.ts) plus the few helpers that exist only
// because of how the translator lowers MoonBit: block wrappers, match
// failure, indexing with bounds checks, labeled optional arguments and
// method calls on values whose static type the translator did not know.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Failure } from '../../binding/moonbit.ts';
import { show } from './show.ts';
import { takeOutput } from './builtins.ts';
import { method } from './methods.ts';
import { Panic, Some, None, isSome, type Loc, formatLoc } from './values.ts';
import { InspectError } from './inspect.ts';
import { Int64, Int } from './ints.ts';

export * from './index.ts';
export * from './lower.ts';
export { registerDerived } from './derive.ts';

/**
 * Runs a block's body. What it printed is attached to the error when it
 * fails, so that `println` output shows beside the failure. With
 * `DOCTEST_PROGRESS` set, the block's start and end are appended to that
 * file synchronously: if the process dies inside the block (a native crash,
 * a kill), the harness can still name the block that was running.
 */
export function runBlock(name: string, body: () => void): void {
  const progress = process.env.DOCTEST_PROGRESS || undefined;
  if (progress) appendFileSync(progress, `${JSON.stringify({ start: name })}\n`);
  takeOutput();
  try {
    body();
  } catch (error) {
    const printed = takeOutput();
    if (printed && error instanceof Error) {
      error.message += `\n--- printed by the block ---\n${printed.replace(/\n$/, '')}`;
    }
    throw error;
  } finally {
    if (progress) appendFileSync(progress, `${JSON.stringify({ end: name })}\n`);
  }
  takeOutput();
}

/** A test named `panic...`: it passes exactly when its body panics or raises, as moon rules. */
export function runPanicBlock(name: string, body: () => void): void {
  try {
    runBlock(name, body);
  } catch {
    return;
  }
  throw new Error(`test "${name}" is expected to panic, but it finished normally`);
}

/** The test of a block that could not be translated. */
export function blockFailed(diagnostic: string): never {
  const error = new Error(diagnostic);
  error.name = 'DocBlockError';
  error.stack = `${error.name}: ${diagnostic}`;
  throw error;
}

/**
 * MoonBit's `@test.T` for file snapshots: what a test writes is compared
 * with `snapshots/<doc>/<filename>` (`DOCTEST_SNAPSHOT_DIR` names the
 * folder; the harness sets it). In update mode the file is written instead.
 */
export class SnapshotWriter {
  private buffer = '';

  /** `name` is the test's (`@test.Test::name`). */
  constructor(
    private readonly doc: string,
    readonly name = '',
  ) {}

  write(text: string): void {
    this.buffer += text;
  }

  writeln(text: string): void {
    this.buffer += `${text}\n`;
  }

  snapshot(filename: string, loc: Loc): void {
    const root = process.env.DOCTEST_SNAPSHOT_DIR;
    if (!root) throw new Failure(`${formatLoc(loc)}: file snapshots need DOCTEST_SNAPSHOT_DIR (the doctest command sets it)`);
    if (!/^[\w.-]+$/.test(filename) || filename.startsWith('..')) {
      throw new Failure(`${formatLoc(loc)}: snapshot file name ${JSON.stringify(filename)} must be a plain file name`);
    }
    // `doc` is relative to the snapshot folder, or absolute for docs that keep their snapshots beside them.
    const path = resolve(root, this.doc, filename);
    if (process.env.DOCTEST_UPDATE === '1') {
      mkdirSync(dirname(path), { recursive: true });
      if (!existsSync(path) || readFileSync(path, 'utf8') !== this.buffer) writeFileSync(path, this.buffer);
      return;
    }
    if (!existsSync(path)) {
      throw new Failure(`${formatLoc(loc)}: snapshot ${path} does not exist; run with --update to create it`);
    }
    const expected = readFileSync(path, 'utf8');
    if (expected !== this.buffer) {
      throw new InspectError(loc, expected, this.buffer);
    }
  }
}
