// The default report, for a person: each block's result as it finishes,
// with its diagnostic and what it printed under it; on a terminal a status
// line saying what is running, elsewhere a line for a block that runs long;
// at the end each failure once, and the counts.
import pc from 'picocolors';
import { formatDiagnostic, location, type Diagnostic } from '../../diagnostics.ts';
import type { CompiledDoc } from '../compile.ts';
import type { BlockResult } from '../scheduler.ts';
import type { TestCase } from '../../translate/document.ts';
import { title, type Reporter, type Summary } from './index.ts';

export interface HumanOptions {
  color: boolean;
  verbose: boolean;
  /** Draw a status line (the stream is a terminal). */
  live: boolean;
  /** Say so, on plain output, of a block running this long, and again each time as long again. */
  slowMs?: number;
}

const indent = (text: string, by = '    ') => text.split('\n').map((l) => (l ? by + l : l)).join('\n');

export class HumanReporter implements Reporter {
  private readonly c;
  private readonly running = new Map<string, { doc: CompiledDoc; test: TestCase; since: number; noted: number }>();
  private status = '';
  private ticker: NodeJS.Timeout | undefined;
  private passed = 0;
  private failed = 0;
  private readonly started_ = Date.now();

  constructor(
    private readonly out: NodeJS.WritableStream & { columns?: number },
    private readonly options: HumanOptions,
  ) {
    this.c = pc.createColors(options.color);
  }

  private write(text: string): void {
    if (this.status) this.out.write('\r\x1b[2K');
    this.out.write(text);
    this.status = '';
    this.draw();
  }

  private draw(): void {
    if (!this.options.live || this.running.size === 0) return;
    const now = Date.now();
    const [first] = [...this.running.values()].sort((a, b) => a.since - b.since);
    const more = this.running.size > 1 ? ` (+${this.running.size - 1})` : '';
    const line = `running ${title(first!.doc, first!.test)}${more} ${((now - first!.since) / 1000).toFixed(1)} s · ${this.passed} passed, ${this.failed} failed`;
    // Kept to one row, so that redrawing it in place works.
    const width = Math.max(20, (this.out.columns || 100) - 1);
    this.status = this.c.cyan(line.length > width ? `${line.slice(0, width - 1)}…` : line);
    this.out.write(`\r\x1b[2K${this.status}`);
  }

  started(doc: CompiledDoc, test: TestCase): void {
    this.running.set(`${doc.path}\0${test.name}`, { doc, test, since: Date.now(), noted: 0 });
    // Off a terminal too: the line for a slow block then comes within 200 ms
    // of slowMs, before the timeout (twice slowMs) of any above 400 ms.
    this.ticker ??= setInterval(() => this.tick(), 200);
    this.ticker.unref();
    this.draw();
  }

  private tick(): void {
    if (this.options.live) {
      this.draw();
      return;
    }
    const slow = this.options.slowMs ?? 10_000;
    const now = Date.now();
    for (const r of this.running.values()) {
      const ran = now - r.since;
      if (ran >= slow * (r.noted + 1)) {
        r.noted++;
        this.write(`${this.c.yellow('…')} still running ${title(r.doc, r.test)} (${formatMs(ran)})\n`);
      }
    }
  }

  finished(result: BlockResult, diagnostic: Diagnostic | undefined): void {
    this.running.delete(`${result.doc.path}\0${result.test.name}`);
    if (this.running.size === 0 && this.ticker) {
      clearInterval(this.ticker);
      this.ticker = undefined;
    }
    const ms = result.duration ? this.c.dim(` (${formatMs(result.duration)})`) : '';
    const name = title(result.doc, result.test);
    let text: string;
    if (result.outcome.kind === 'pass') {
      this.passed++;
      text = `${this.c.green('✔')} ${name}${ms}\n`;
      if (result.printed) text += indent(result.printed.replace(/\n$/, ''), this.c.dim('  │ ')) + '\n';
    } else if (result.outcome.kind === 'skipped') {
      text = `${this.c.yellow('↷')} ${name} ${this.c.dim(`(skipped${result.outcome.reason ? `: ${result.outcome.reason}` : ''})`)}\n`;
    } else if (result.outcome.kind === 'not run' && !diagnostic) {
      return; // interrupted: the summary says what was running and how many did not run
    } else {
      this.failed++;
      text = `${this.c.red('✖')} ${name}${ms}\n`;
      if (diagnostic) text += `${indent(formatDiagnostic(diagnostic, this.options))}\n`;
    }
    this.write(text);
  }

  problem(diagnostic: Diagnostic): void {
    this.write(`${this.c.red('✖')} ${formatDiagnostic(diagnostic, this.options)}\n`);
  }

  warning(diagnostic: Diagnostic): void {
    this.write(`${this.c.yellow('⚠')} ${formatDiagnostic(diagnostic, this.options)}\n`);
  }

  output(text: string): void {
    this.write(this.c.dim(text.endsWith('\n') ? text : `${text}\n`));
  }

  end(summary: Summary): void {
    if (this.ticker) clearInterval(this.ticker);
    this.running.clear();
    const c = this.c;
    let text = '';
    if (summary.interrupted) {
      text += `\n${c.yellow('interrupted')}`;
      const running = summary.interrupted;
      text += running.length
        ? `; it was running:\n${running.map((r) => `  ${r.test ? title(r.doc, r.test) : `${r.doc.file} (its definitions)`} for ${formatMs(r.ms)}`).join('\n')}\n`
        : '\n';
    }
    if (summary.failures.length) {
      text += `\n${c.red('failures:')}\n`;
      for (const f of summary.failures) {
        text += `  ${c.red('✖')} ${location(f.diagnostic)} ${f.diagnostic.kind ?? 'error'}${f.name ? ` ${c.dim(`· ${f.name}`)}` : ''}\n`;
      }
    }
    const counts = `doctest: ${summary.passed} passed, ${summary.failed} failed${summary.notRun ? `, ${summary.notRun} skipped` : ''}`;
    const total = summary.blocks;
    text += `\n${counts}\n${c.dim(`${total} block${total === 1 ? '' : 's'} in ${summary.docs} doc${summary.docs === 1 ? '' : 's'}, ${formatMs(Date.now() - this.started_)}`)}\n`;
    this.write(text);
  }
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
