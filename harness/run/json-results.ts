// `--json FILE`: one record per planned block, for tools and our own tests
// (and the conformance report, which reads the same records).
import { resolve } from 'node:path';
import { writeAtomic } from '../update/write.ts';
import { diagnosticOf } from './failures.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import type { BlockResult } from './scheduler.ts';
import { invocationDir } from './collect.ts';

export interface BlockRecord {
  file: string;
  line: number;
  heading: string | null;
  mode: string;
  name: string;
  status: 'pass' | 'fail' | 'timed out' | 'not run' | 'skipped';
  /** Why a test was not run: its `#skip` reason, or what stopped the run. */
  reason?: string;
  /** The block was refused before running (it does not parse or check). */
  refused: boolean;
  /** The diagnostic's kind (`inspect mismatch`, `panic`, ...), for a block that did not pass. */
  kind: string | null;
  duration: number;
  error?: string;
  /** Recorded values (--update), or the mismatch that stopped the block. */
  failures: { line: number; column: number; expected: string | null; actual: string }[];
}

export function blockRecords(results: BlockResult[]): BlockRecord[] {
  return results.map((r) => {
    const d = diagnosticOf(r);
    const o = r.outcome;
    return {
      file: r.doc.file,
      line: r.test.line,
      heading: r.test.heading ?? null,
      mode: r.test.mode,
      name: r.test.name,
      status: o.kind === 'pass' ? 'pass' : o.kind === 'not run' || o.kind === 'skipped' ? o.kind : o.kind === 'timeout' || o.kind === 'load-timeout' ? 'timed out' : 'fail',
      ...(o.kind === 'not run' || o.kind === 'skipped' ? { reason: o.reason } : {}),
      refused: r.test.refused === true,
      kind: d?.kind ?? null,
      duration: r.duration,
      error: d ? formatDiagnostic({ ...d, printed: undefined }) : undefined,
      failures: [
        ...r.inspects.filter((i) => i.expected !== i.actual),
        ...(o.kind === 'fail' && o.error.kind === 'inspect mismatch' && o.error.loc
          ? [{ ...o.error.loc, expected: o.error.expected ?? null, actual: o.error.actual ?? '' }]
          : []),
      ].map(({ line, column, expected, actual }) => ({ line, column, expected, actual })),
    };
  });
}

export function writeJsonResults(path: string, results: BlockResult[]): void {
  writeAtomic(resolve(invocationDir(), path), `${JSON.stringify(blockRecords(results), null, 2)}\n`);
}
