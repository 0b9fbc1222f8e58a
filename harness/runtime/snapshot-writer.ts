// The writer of file snapshots, apart from the rest of the prelude: the core
// library's `@test.T` is this class, and the harness, which loads the core
// library to translate, need not load node:test with the prelude's blocks.ts.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Failure } from '../../binding/moonbit.ts';
import { formatLoc, type Loc } from './values.ts';
import { InspectError, recording } from './inspect.ts';
import { PROJECT_ROOT } from '../run/paths.ts';
import { send } from '../run/protocol.ts';

/**
 * MoonBit's `@test.T` for file snapshots: what a test writes is compared
 * with `__snapshot__/<filename>` in the doc's folder, the package's
 * snapshot folder, where moon keeps the snapshots of all its test files. `doc` is the doc's project-relative path, or its
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
    const path = resolve(dirname(doc), '__snapshot__', filename);
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
