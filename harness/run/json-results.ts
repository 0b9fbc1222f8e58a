// `--json FILE`: one record per planned block, for tools and our own tests.
import { resolve } from 'node:path';
import { writeAtomic } from '../update/write.ts';
import { diagnosticOf } from './failures.ts';
import { formatDiagnostic } from '../diagnostics.ts';
import type { BlockResult } from './scheduler.ts';
import { invocationDir } from './compile.ts';

export function writeJsonResults(path: string, results: BlockResult[]): void {
  const records = results.map((r) => {
    const d = diagnosticOf(r);
    return {
      file: r.doc.file,
      line: r.test.line,
      heading: r.test.heading ?? null,
      mode: r.test.mode,
      name: r.test.name,
      status: r.outcome.kind === 'pass' ? 'pass' : r.outcome.kind === 'not run' ? 'not run' : 'fail',
      kind: d?.kind ?? null,
      duration: r.duration,
      error: d ? formatDiagnostic({ ...d, printed: undefined }) : undefined,
      // Recorded values (--update), or the mismatch that stopped the block.
      failures: [
        ...r.inspects.filter((i) => i.expected !== i.actual),
        ...(r.outcome.kind === 'fail' && r.outcome.error.kind === 'inspect mismatch' && r.outcome.error.loc
          ? [{ ...r.outcome.error.loc, expected: r.outcome.error.expected ?? null, actual: r.outcome.error.actual ?? '' }]
          : []),
      ].map(({ line, column, expected, actual }) => ({ line, column, expected, actual })),
    };
  });
  writeAtomic(resolve(invocationDir(), path), `${JSON.stringify(records, null, 2)}\n`);
}
