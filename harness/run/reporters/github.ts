// `--reporter github`: GitHub Actions annotations, one `::error` line per
// failure (shown on the doc's line in a pull request), then the counts.
import type { Diagnostic } from '../../diagnostics.ts';
import type { BlockResult } from '../scheduler.ts';
import type { Reporter, Summary } from './index.ts';

/** Escapes for a workflow command: data in `%`, `\r`, `\n`; properties also `:` and `,`. */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function annotation(d: Diagnostic): string {
  const where = [`file=${property(d.file)}`];
  if (d.line !== undefined) where.push(`line=${d.line}`);
  if (d.column !== undefined) where.push(`col=${d.column}`);
  where.push(`title=${property(d.kind ?? 'error')}`);
  let message = d.message;
  if (d.diff) message = `${message ? `${message}\n` : ''}expected: ${d.diff.expected}\nactual: ${d.diff.actual}`;
  return `::${d.kind === 'warning' ? 'warning' : 'error'} ${where.join(',')}::${data(message || (d.kind ?? 'error'))}\n`;
}

export class GithubReporter implements Reporter {
  constructor(private readonly out: NodeJS.WritableStream) {}
  started(): void {}
  finished(_result: BlockResult, diagnostic: Diagnostic | undefined): void {
    if (diagnostic) this.out.write(annotation(diagnostic));
  }
  problem(diagnostic: Diagnostic): void {
    this.out.write(annotation(diagnostic));
  }
  warning(diagnostic: Diagnostic): void {
    this.out.write(annotation(diagnostic));
  }
  output(): void {}
  end(summary: Summary): void {
    this.out.write(`doctest: ${summary.passed} passed, ${summary.failed} failed${summary.notRun ? `, ${summary.notRun} skipped` : ''}\n`);
  }
}
