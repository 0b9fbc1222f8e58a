// The report's pieces on their own: verdicts from records (including a
// timed-out one, which the run does not produce yet), a fence the Markdown
// scan refused, the inspect diff, and how the report folder is written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { tempDir } from '../cli/helpers.ts';
import { scanBlocks } from '../../../harness/markdown/index.ts';
import type { BlockRecord } from '../../../harness/run/session.ts';
import { buildSummary, type ReportDoc } from '../../../harness/report/model.ts';
import { renderDocPage } from '../../../harness/report/doc-page.ts';
import { loadHighlighter } from '../../../harness/report/highlight.ts';
import { headingLookup, parseMarkdown } from '../../../harness/report/markdown.ts';
import { inspectDiff } from '../../../harness/report/diff.ts';
import { REPORT_FORMAT, reportDirProblem, writeSite } from '../../../harness/report/write.ts';

const SOURCE = [
  '# Doc',
  '',
  '## Slow',
  '',
  '```mbt test',
  'while true { }',
  '```',
  '',
  '## Odd fence',
  '',
  '```mbt tset',
  'inspect(1)',
  '```',
  '',
].join('\n');

function summaryOf(records: BlockRecord[], { filtered = false } = {}) {
  const file = 'doc.md';
  const { blocks, diagnostics } = scanBlocks(SOURCE, file);
  const doc: ReportDoc = {
    file,
    source: SOURCE,
    blocks,
    tests: filtered ? [] : [{ name: 'doc.md:5 Slow', line: 5, heading: 'Slow', mode: 'test' }],
    diagnostics: diagnostics.map((d) => ({ ...d, excerpt: '' })),
  };
  const tree = parseMarkdown(SOURCE);
  const headingAt = headingLookup(tree);
  const summary = buildSummary({
    docs: [doc],
    records,
    coverage: { uses: new Map(), unused: [], problems: [] },
    signatures: new Map(),
    run: { date: new Date(0).toISOString(), wasmtime: null, commit: null },
    headingAt: (_, line) => headingAt(line),
  });
  return { summary, tree };
}

const record = (status: string, error?: string): BlockRecord => ({
  file: 'doc.md', line: 5, heading: 'Slow', mode: 'test', name: 'doc.md:5 Slow',
  status: status as BlockRecord['status'], refused: false, kind: null, duration: 30_000, error, failures: [],
});

test('a record that says a block timed out gives the verdict timed out, and its page says so', async () => {
  const { summary, tree } = summaryOf([record('timed out', 'the block ran past 30000 ms')]);
  const doc = summary.docs[0]!;
  assert.equal(doc.blocks[0]!.verdict, 'timed out');
  assert.equal(doc.counts['timed out'], 1);
  const html = renderDocPage(doc, tree, await loadHighlighter());
  assert.match(html, /<figure class="block timed-out" id="L5">/);
  assert.match(html, /<span class="icon" aria-hidden="true">◷<\/span> timed out/);
  assert.match(html, /the block ran past 30000 ms/);
  assert.match(html, /30\.00 s/);
});

test('a block the test process died in failed; one it never reached, or that was filtered out, did not run', () => {
  assert.equal(summaryOf([record('not run', 'the test process ended while this block was running')]).summary.docs[0]!.blocks[0]!.verdict, 'failed');
  const unreached = summaryOf([record('not run')]).summary.docs[0]!.blocks[0]!;
  assert.equal(unreached.verdict, 'not run');
  assert.equal(unreached.reason, 'the test process ended before this block ran');
  assert.equal(summaryOf([]).summary.docs[0]!.blocks[0]!.reason, 'the run recorded no result for it');
  assert.equal(summaryOf([], { filtered: true }).summary.docs[0]!.blocks[0]!.reason, 'left out by --filter');
});

test('a fence the Markdown scan refused is a refused block in its own section', () => {
  const doc = summaryOf([record('pass')]).summary.docs[0]!;
  const odd = doc.blocks.find((b) => b.line === 11)!;
  assert.equal(odd.verdict, 'refused');
  assert.equal(odd.mode, 'unknown');
  assert.match(odd.diagnostics[0]!.message, /unknown mode `tset`/);
  assert.deepEqual(doc.sections.map((s) => [s.heading, s.counts.passed, s.counts.refused]), [['Slow', 1, 0], ['Odd fence', 0, 1]]);
});

const html = (node: ReturnType<typeof inspectDiff>) => unified().use(rehypeStringify).stringify({ type: 'root', children: [node] });

test('the inspect diff marks changed characters, and shows a trailing newline as a line', () => {
  assert.match(html(inspectDiff('abc', 'abd')), /<del>- ab<mark>c<\/mark>\n<\/del><ins>\+ ab<mark>d<\/mark>\n<\/ins>/);
  const trailing = html(inspectDiff('x', 'x\n'));
  assert.match(trailing, /<span class="same">  x\n<\/span><ins>\+ \n<\/ins>/);
  assert.match(html(inspectDiff(null, 'v')), /\(no content given\)[\s\S]*<ins>\+ v\n<\/ins>/);
});

test('the report folder: new, empty or an earlier report is written; anything else is left alone', () => {
  const base = tempDir('doctest-report-write-');
  const site = (marker: string) => new Map([['summary.json', JSON.stringify({ format: REPORT_FORMAT, marker })], ['index.html', marker]]);

  const fresh = join(base, 'fresh');
  assert.equal(reportDirProblem(fresh), undefined);
  writeSite(fresh, site('one'));
  writeFileSync(join(fresh, 'stale.html'), 'from an earlier run');
  writeSite(fresh, site('two'));
  assert.deepEqual(readdirSync(fresh).sort(), ['index.html', 'summary.json']);
  assert.equal(readFileSync(join(fresh, 'index.html'), 'utf8'), 'two');
  assert.deepEqual(readdirSync(base), ['fresh'], 'no temporary folder is left');
  // What runs killed between the renames left is removed; a live run's folder is not.
  const dead = spawnSync(process.execPath, ['-e', '']).pid!;
  for (const leftover of [`fresh.old-${dead}`, `fresh.tmp-${dead}`, `fresh.tmp-${process.ppid}`]) mkdirSync(join(base, leftover));
  writeSite(fresh, site('three'));
  assert.deepEqual(readdirSync(base).sort(), ['fresh', `fresh.tmp-${process.ppid}`]);
  rmSync(join(base, `fresh.tmp-${process.ppid}`), { recursive: true });

  const empty = join(base, 'empty');
  mkdirSync(empty);
  assert.equal(reportDirProblem(empty), undefined);

  const foreign = join(base, 'foreign');
  mkdirSync(foreign);
  writeFileSync(join(foreign, 'summary.json'), '{"mine": true}');
  assert.match(reportDirProblem(foreign)!, /is not empty and holds no earlier report/);
  assert.throws(() => writeSite(foreign, site('three')), /holds no earlier report/);
  assert.equal(readFileSync(join(foreign, 'summary.json'), 'utf8'), '{"mine": true}');

  assert.match(reportDirProblem(join(foreign, 'summary.json'))!, /is a file/);
  assert.match(reportDirProblem(join(base, 'no', 'such'))!, /no such folder/);
  assert.ok(!existsSync(join(base, 'no')));
});
