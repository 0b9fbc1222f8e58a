// Everything a generated test module uses, under one import:
//   import * as $rt from '<abs>/harness/runtime/prelude.ts'
// The runtime library itself (index.ts), the registration of tests
// (blocks.ts), the lowering helpers (lower.ts) and the writer of file
// snapshots.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { Failure } from '../../binding/moonbit.ts';
import { formatLoc, type Loc } from './values.ts';
import { InspectError, recording } from './inspect.ts';
import { PROJECT_ROOT } from '../run/paths.ts';
import { send } from '../run/protocol.ts';

export * from './index.ts';
export { test, blockFailed, awaitAt } from './blocks.ts';
export * from './lower.ts';
export { registerDerived } from './derive.ts';

/** The body of a test named `panic...`: it passes exactly when it panics or raises, as moon rules. */
export function expectPanic(body: () => void | Promise<void>): void | Promise<void> {
  const finished = (): never => {
    throw new Failure('this test is expected to panic (its name starts with `panic`), but it finished normally');
  };
  let pending: void | Promise<void>;
  try {
    pending = body();
  } catch {
    return;
  }
  if (pending instanceof Promise) return pending.then(finished, () => undefined);
  finished();
}

/**
 * MoonBit's `@test.T` for file snapshots: what a test writes is compared
 * with `__snapshot__/<doc name>/<filename>` beside the doc, as MoonBit keeps
 * them beside a test file. `doc` is the doc's project-relative path, or its
 * absolute path for a doc outside the project. In the record mode of
 * `--update` the content goes to the harness, which writes it.
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
    if (!/^[\w.-]+$/.test(filename) || /^\.+$/.test(filename)) {
      throw new Failure(`${formatLoc(loc)}: snapshot file name ${JSON.stringify(filename)} must be a plain file name`);
    }
    const doc = resolve(PROJECT_ROOT, this.doc);
    const path = resolve(dirname(doc), '__snapshot__', basename(doc), filename);
    if (recording()) {
      send({ type: 'file-snapshot', path, content: this.buffer });
      return;
    }
    if (!existsSync(path)) {
      throw new Failure(`${formatLoc(loc)}: snapshot ${path} does not exist; run with --update to create it`);
    }
    const expected = readFileSync(path, 'utf8');
    if (expected !== this.buffer) throw new InspectError(loc, expected, this.buffer, path);
  }
}
