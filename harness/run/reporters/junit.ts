// `--reporter junit`: one <testsuite> per doc, one <testcase> per block, with
// the doc's path as `file` and `classname` (CI tools group and link by them).
import { formatDiagnostic, type Diagnostic } from '../../diagnostics.ts';
import type { BlockResult } from '../scheduler.ts';
import type { Reporter, Summary } from './index.ts';

const xml = (s: string) =>
  // Characters XML 1.0 cannot hold at all are dropped.
  s.replace(/[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export class JunitReporter implements Reporter {
  private readonly suites = new Map<string, { cases: string[]; failures: number; skipped: number; ms: number }>();
  private readonly problems: Diagnostic[] = [];

  constructor(private readonly out: NodeJS.WritableStream) {}

  started(): void {}

  finished(result: BlockResult, diagnostic: Diagnostic | undefined): void {
    const file = result.doc.file;
    let suite = this.suites.get(file);
    if (!suite) this.suites.set(file, (suite = { cases: [], failures: 0, skipped: 0, ms: 0 }));
    suite.ms += result.duration;
    const attrs = `name="${xml(result.test.name)}" classname="${xml(file)}" file="${xml(file)}" line="${result.test.line}" time="${(result.duration / 1000).toFixed(3)}"`;
    if (result.outcome.kind === 'pass') {
      suite.cases.push(`    <testcase ${attrs}/>`);
    } else if (!diagnostic) {
      suite.skipped++;
      const why = result.outcome.kind === 'skipped' ? `#skip${result.outcome.reason ? `: ${result.outcome.reason}` : ''}` : 'not run';
      suite.cases.push(`    <testcase ${attrs}><skipped message="${xml(why)}"/></testcase>`);
    } else {
      suite.failures++;
      const body = xml(formatDiagnostic(diagnostic));
      suite.cases.push(`    <testcase ${attrs}>\n      <failure type="${xml(diagnostic.kind ?? 'error')}" message="${xml(diagnostic.message.split('\n')[0] || (diagnostic.kind ?? 'error'))}">${body}</failure>\n    </testcase>`);
    }
  }

  problem(diagnostic: Diagnostic): void {
    this.problems.push(diagnostic);
  }

  // JUnit has no place for a warning outside a test case.
  warning(): void {}

  output(): void {}

  end(summary: Summary): void {
    const out = ['<?xml version="1.0" encoding="utf-8"?>'];
    const total = summary.passed + summary.failed + summary.notRun;
    out.push(`<testsuites name="doctest" tests="${total}" failures="${summary.failed}" time="${(summary.ms / 1000).toFixed(3)}">`);
    for (const [file, s] of this.suites) {
      out.push(`  <testsuite name="${xml(file)}" file="${xml(file)}" tests="${s.cases.length}" failures="${s.failures}" skipped="${s.skipped}" time="${(s.ms / 1000).toFixed(3)}">`);
      out.push(...s.cases, '  </testsuite>');
    }
    for (const d of this.problems) {
      out.push(`  <testsuite name="${xml(d.file)}" file="${xml(d.file)}" tests="1" failures="1">`);
      out.push(`    <testcase name="${xml(d.kind ?? 'error')}" classname="${xml(d.file)}" file="${xml(d.file)}"${d.line ? ` line="${d.line}"` : ''}>\n      <failure type="${xml(d.kind ?? 'error')}" message="${xml(d.message.split('\n')[0] ?? '')}">${xml(formatDiagnostic(d))}</failure>\n    </testcase>`);
      out.push('  </testsuite>');
    }
    out.push('</testsuites>', '');
    this.out.write(out.join('\n'));
  }
}
