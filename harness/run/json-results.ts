// `--json FILE`: one record per planned block, for tools and our own tests.
import { resolve } from 'node:path';
import { writeAtomic } from '../update/write.ts';
import { diagnosticOf } from './failures.ts';
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
      error: d ? [d.message, d.diff ? `expected ${JSON.stringify(d.diff.expected)}, actual ${JSON.stringify(d.diff.actual)}` : ''].filter(Boolean).join('\n') || d.kind : undefined,
      failures: r.inspects
        .filter((i) => i.expected !== i.actual)
        .map(({ line, column, expected, actual }) => ({ line, column, expected, actual })),
    };
  });
  writeAtomic(resolve(invocationDir(), path), `${JSON.stringify(records, null, 2)}\n`);
}
