// `inspect(x, content="...")`: the snapshot check of the doc tests.
//
// Passing means the value's rendering (its `Show`, or for `debug_inspect`
// its `Debug`) equals `content` (absent: ""). A mismatch throws
// `InspectError`, whose message names file:line:column and shows a line diff
// of expected vs actual. In the record mode of `--update` (`DOCTEST_UPDATE=1`)
// every call, passing or not, is sent to the harness as it happens
// (harness/run/protocol.ts) and a mismatch does not throw, so a test runs to
// its end and every actual value is collected, even if a later statement
// throws or the process dies.

import { renderDiff } from '../diagnostics.ts';
import { ENV, send } from '../run/protocol.ts';
import { formatLoc, type Loc } from './values.ts';

/** One `inspect` call's outcome as `--update` uses it. */
export interface InspectRecord {
  file: string;
  line: number;
  column: number;
  /** `content` as written in the document; `null` when absent. */
  expected: string | null;
  actual: string;
}

export class InspectError extends Error {
  override readonly name = 'InspectError';
  constructor(
    readonly loc: Loc,
    readonly expected: string,
    readonly actual: string,
    /** For a file snapshot: the file compared with. */
    readonly file?: string,
  ) {
    super(`${formatLoc(loc)}: ${file === undefined ? 'inspect failed' : `snapshot ${file} differs`}\n${renderDiff(expected, actual)}`);
  }
  // The shape every MoonBit error value has at run time (type, constructor, fields).
  get type(): string {
    return 'InspectError';
  }
  get $c(): string {
    return 'InspectError';
  }
  get _0(): string {
    return this.message;
  }
}

/** Whether values are being recorded for `--update` rather than checked. */
export function recording(): boolean {
  return process.env[ENV.update] === '1';
}

/** The check of `inspect` and `debug_inspect` once the value is rendered. */
export function inspectRendered(actual: string, content: string | undefined, loc: Loc): void {
  if (recording()) {
    send({ type: 'inspect', file: loc.file, line: loc.line, column: loc.column, expected: content ?? null, actual });
    return;
  }
  if (actual !== (content ?? '')) throw new InspectError(loc, content ?? '', actual);
}
