// The report's index: how the run was made, the verdicts per doc and per
// section, and the spec coverage table (every public function and constant,
// the blocks using it, and whether they pass), which a small inline script
// makes sortable and filterable; without the script it reads as a plain table.
import { readFileSync } from 'node:fs';
import type { Element, ElementContent } from 'hast';
import { h, type Child } from 'hastscript';
import { renderPage } from './layout.ts';
import type { DocResult, NameCoverage, Summary } from './model.ts';
import { badge, countCells, scrollable, total, verdictHeaders } from './parts.ts';
import { SHOWN, VERDICTS, type Verdict } from './verdicts.ts';

const SCRIPT = readFileSync(new URL('./assets/coverage.js', import.meta.url), 'utf8');

export function renderIndexPage(summary: Summary): string {
  return renderPage({
    title: 'Conformance report',
    main: [
      h('h1', 'Conformance report'),
      runInfo(summary),
      h('h2#docs', 'Docs'),
      scrollable('Verdicts per doc and section', docsTable(summary.docs)),
      h('h2#coverage', 'Spec coverage'),
      ...coverageSection(summary),
    ],
    script: SCRIPT,
  });
}

function runInfo(summary: Summary): Element {
  const { run, totals } = summary;
  const row = (term: string, ...description: Child[]) => [h('dt', term), h('dd', {}, ...description)];
  return h('dl.run-info', [
    ...row('Run', h('time', { dateTime: run.date }, run.date.replace('T', ' ').replace(/\.\d+Z$/, ' UTC'))),
    ...row('Wasmtime', run.wasmtime ?? 'unknown (the binding did not load)'),
    ...row('Commit', ...(run.commit ? [h('code', run.commit.id), run.commit.dirty ? ' with uncommitted changes' : ''] : ['not a git checkout'])),
    ...row('Blocks', `${total(totals)} in ${summary.docs.length} doc${summary.docs.length === 1 ? '' : 's'}: `,
      ...VERDICTS.flatMap((v, i) => [i ? ', ' : '', badge(v), ` ${totals[v]}`])),
  ]);
}

function docsTable(docs: DocResult[]): Element {
  return h('table.counts-table', [
    h('caption', 'Blocks by verdict, for each doc and each of its sections'),
    h('thead', [h('tr', [h('th', { scope: 'col' }, 'Doc / section'), ...verdictHeaders(), h('th.num', { scope: 'col' }, 'total')])]),
    ...docs.map((doc) => h('tbody', [
      h('tr.doc-row', [h('th', { scope: 'row' }, [h('a', { href: doc.page }, doc.file)]), ...countCells(doc.counts), h('td.num', String(total(doc.counts)))]),
      ...doc.sections.map((s) => {
        const first = doc.blocks.find((b) => b.heading === s.heading)!;
        return h('tr.section-row', [
          h('th', { scope: 'row' }, [h('a', { href: `${doc.page}#L${first.line}` }, s.heading ?? '(before the first heading)')]),
          ...countCells(s.counts),
          h('td.num', String(total(s.counts))),
        ]);
      }),
    ])),
  ]);
}

/** Sort rank of a name's status: the most telling first. */
const STATUS_RANK: Record<Verdict | 'unused', number> = { failed: 0, 'timed out': 1, refused: 2, unused: 3, 'not run': 4, skipped: 5, passed: 6 };

function coverageSection(summary: Summary): ElementContent[] {
  const { coverage } = summary;
  const names = coverage.names.length;
  const pages = new Map(summary.docs.map((d) => [d.file, d.page]));
  const statuses = [...VERDICTS, 'unused'] as const;
  return [
    h('p', `${coverage.used} of ${names} public names of binding/surface.mbti are used by a runnable block; ${coverage.passing} of them pass in every block that uses them.`),
    ...(coverage.unparsed.length ? [h('p.warning', [
      `${coverage.unparsed.length} block${coverage.unparsed.length === 1 ? '' : 's'} could not be parsed, so the names they use are not counted: `,
      ...coverage.unparsed.flatMap((u: { file: string; line: number }, i: number) => [i ? ', ' : '', h('a', { href: `${pages.get(u.file)}#L${u.line}` }, `${u.file}:${u.line}`)]),
    ])] : []),
    // Shown by the script: without it, filtering cannot work.
    h('form.filters', { hidden: true, role: 'search', ariaLabel: 'Filter the coverage table' }, [
      h('label', ['Name or section ', h('input#filter-text', { type: 'search', autocomplete: 'off' })]),
      h('label', ['Status ', h('select#filter-status', [
        h('option', { value: '' }, 'any'),
        ...statuses.map((s) => h('option', { value: s }, s === 'unused' ? 'not covered' : SHOWN[s].label)),
      ])]),
      h('output#filter-count', { ariaLive: 'polite' }),
    ]),
    scrollable('Spec coverage', h('table#coverage-table.coverage', [
      h('caption', 'Every public function and constant, the doc blocks that use it, and whether they pass'),
      h('thead', [h('tr', [
        h('th', { scope: 'col', dataSort: 'text' }, 'Name'),
        h('th', { scope: 'col', dataSort: 'text' }, 'Kind'),
        h('th', { scope: 'col', dataSort: 'text' }, 'Section'),
        h('th', { scope: 'col', dataSort: 'number' }, 'Status'),
        h('th.num', { scope: 'col', dataSort: 'number' }, 'Blocks'),
        h('th', { scope: 'col' }, 'Used by'),
      ])]),
      h('tbody', coverage.names.map((n) => nameRow(n, pages))),
    ])),
  ];
}

function nameRow(n: NameCoverage, pages: Map<string, string>): Element {
  const status = n.verdict === 'unused'
    ? h('span.badge.unused', [h('span.icon', { ariaHidden: 'true' }, '○'), ' not covered'])
    : badge(n.verdict);
  return h('tr', { dataStatus: n.verdict }, [
    h('th', { scope: 'row' }, [h('code', n.name)]),
    h('td', n.kind === 'fn' ? 'function' : 'constant'),
    h('td', n.section),
    h('td', { dataValue: String(STATUS_RANK[n.verdict]) }, [status]),
    h('td.num', String(n.uses.length)),
    h('td', n.uses.length === 0 ? '–' : [h('ul.uses', n.uses.map((u) => h('li', [
      h('a', { href: `${pages.get(u.file)}#L${u.line}` }, `${u.file}:${u.line}`),
      ' ',
      badge(u.verdict),
      u.runnable ? '' : ' (not counted: shown only)',
    ])))]),
  ]);
}
