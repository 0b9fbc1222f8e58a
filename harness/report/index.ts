// `--report DIR`: after a run, a static site of the docs with each block's
// verdict, the verdict counts and the spec coverage, plus summary.json with
// the same data. Loaded only when asked for (its libraries cost start time).
import { readFileSync } from 'node:fs';
import { signatures } from '../../binding/signatures.ts';
import { coverage } from '../coverage/index.ts';
import type { CompiledDoc } from '../run/compile.ts';
import type { BlockRecord } from '../run/session.ts';
import { renderDocPage } from './doc-page.ts';
import { loadHighlighter } from './highlight.ts';
import { renderIndexPage } from './index-page.ts';
import { STYLESHEET } from './layout.ts';
import { headingLookup, parseMarkdown } from './markdown.ts';
import { buildSummary, type Summary } from './model.ts';
import { runInfo } from './run-info.ts';
import { renderSourcePage } from './source-page.ts';
import { REPORT_FORMAT, reportDirProblem, writeSite } from './write.ts';

export { reportDirProblem };

export interface ReportOptions {
  /** Whether the binding loaded for the run (so its version can be asked). */
  bindingLoaded: boolean;
}

/** Renders the report of a run into `dir`; returns its summary. */
export async function writeReport(dir: string, docs: CompiledDoc[], records: BlockRecord[], options: ReportOptions): Promise<Summary> {
  const trees = new Map(docs.map((d) => [d, parseMarkdown(d.source)]));
  const headings = new Map(docs.map((d) => [d, headingLookup(trees.get(d)!)]));
  const summary = buildSummary({
    docs,
    records,
    coverage: coverage(docs, [...signatures.keys()]),
    signatures,
    run: await runInfo(options.bindingLoaded),
    headingAt: (doc, line) => headings.get(doc as CompiledDoc)!(line),
  });
  const highlight = await loadHighlighter();
  const files = new Map<string, string>([
    ['index.html', renderIndexPage(summary)],
    ['summary.json', `${JSON.stringify({ format: REPORT_FORMAT, ...summary }, null, 2)}\n`],
    [STYLESHEET, readFileSync(new URL('./assets/report.css', import.meta.url), 'utf8')],
  ]);
  docs.forEach((doc, i) => {
    const result = summary.docs[i]!;
    files.set(result.page, renderDocPage(result, trees.get(doc)!, highlight));
    files.set(result.sourcePage, renderSourcePage(result, doc.source));
  });
  writeSite(dir, files);
  return summary;
}
