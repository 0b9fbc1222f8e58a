// `--report DIR` end to end: the fixture docs (a passing, a failing, a
// refused and a nocheck block, and an `mbt check` block of two tests) are run
// once; summary.json must give every block its verdict, and the pages, opened
// in headless Chromium, must show the same, with working coverage controls
// and no console error.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, escapeRegExp, runCli, tempDir, type CliResult } from '../cli/helpers.ts';
import { version } from '../../../binding/index.ts';
import { signatures } from '../../../binding/signatures.ts';
import type { BlockResult, DocResult, Summary } from '../../../harness/report/model.ts';

const FIXTURES = 'test/harness/report/fixtures';
const ENGINES = `${FIXTURES}/engines.md`;
const HELPERS = `${FIXTURES}/helpers.md`;
const CHROMIUM = '/usr/bin/chromium';
/** Screenshots of the rendered report, for a person to look at. */
const SHOTS = join(ROOT, 'build', 'report-test');

let dir: string;
let run: CliResult;
let summary: Summary;

before(async () => {
  dir = join(tempDir('doctest-report-'), 'report');
  run = await runCli(['--report', dir, FIXTURES]);
  summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as Summary;
});

const docOf = (file: string): DocResult => summary.docs.find((d) => d.file === file)!;
const blockAt = (file: string, line: number): BlockResult => {
  const block = docOf(file).blocks.find((b) => b.line === line);
  assert.ok(block, `no block at ${file}:${line}`);
  return block;
};

test('the run reports its failures as usual and says where the report is', () => {
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stdout, new RegExp(`report written to ${escapeRegExp(dir)}/index\\.html`));
  assert.match(run.stdout, /engines\.md:41:1: translation error: unknown function `no_such_function`/);
});

test('summary.json gives each block its verdict, with what went wrong', () => {
  assert.equal(blockAt(ENGINES, 15).verdict, 'passed');

  const inspect = blockAt(ENGINES, 23);
  assert.equal(inspect.verdict, 'failed');
  assert.deepEqual(inspect.tests[0]!.failures, [{ line: 24, column: 1, expected: 'two\nline', actual: 'two\nlines' }]);

  const raised = blockAt(ENGINES, 32);
  assert.equal(raised.verdict, 'failed');
  assert.match(raised.tests[0]!.error!, /expected `\)`/);

  const refused = blockAt(ENGINES, 39);
  assert.equal(refused.verdict, 'refused');
  assert.deepEqual(refused.diagnostics.map((d) => [d.line, d.column]), [[41, 1]]);
  assert.match(refused.diagnostics[0]!.message, /unknown function `no_such_function`/);

  const sketch = blockAt(ENGINES, 46);
  assert.equal(sketch.verdict, 'not run');
  assert.equal(sketch.mode, 'nocheck');

  assert.equal(blockAt(HELPERS, 3).verdict, 'not run');
  const check = blockAt(HELPERS, 9);
  assert.equal(check.verdict, 'failed');
  assert.deepEqual(check.tests.map((t) => [t.line, t.verdict]), [[10, 'passed'], [14, 'failed']]);
  assert.ok(check.tests.every((t) => t.duration > 0));
});

test('summary.json counts verdicts per doc and per section, and records how the run was made', () => {
  assert.deepEqual(docOf(ENGINES).counts, { passed: 1, failed: 2, refused: 1, 'timed out': 0, 'not run': 1, skipped: 0 });
  assert.deepEqual(
    docOf(ENGINES).sections.map((s) => [s.heading, s.counts.passed + s.counts.failed + s.counts.refused + s.counts['not run']]),
    [['Engine lifecycle', 1], ['Arithmetic', 1], ['Compiling bad WAT', 1], ['Unknown function', 1], ['Sketch', 1]],
  );
  assert.deepEqual(summary.totals, { passed: 1, failed: 3, refused: 1, 'timed out': 0, 'not run': 2, skipped: 0 });
  assert.equal(summary.run.wasmtime, version());
  assert.equal(summary.run.commit?.id, execFileSync('git', ['-C', ROOT, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim());
  assert.ok(Math.abs(Date.parse(summary.run.date) - Date.now()) < 10 * 60_000);
});

test('the coverage lists every public name, the blocks using it and their verdicts', () => {
  const names = new Map(summary.coverage.names.map((n) => [n.name, n]));
  assert.deepEqual([...names.keys()], [...signatures.keys()]);
  assert.equal(names.get('engine_delete')!.verdict, 'passed');
  assert.deepEqual(names.get('engine_delete')!.uses.map((u) => [u.line, u.runnable, u.verdict]), [[15, true, 'passed'], [46, false, 'not run']]);
  // Also used by the refused block; the nocheck use does not count.
  assert.equal(names.get('engine_new')!.verdict, 'refused');
  assert.equal(names.get('wat2wasm_or_raise')!.verdict, 'failed');
  assert.equal(names.get('VALKIND_I32')!.verdict, 'unused');
  assert.equal(summary.coverage.used, 3);
  assert.equal(summary.coverage.passing, 1);
});

test('the pages are self-contained and their links hold (the doc\'s own #section links too)', () => {
  for (const page of ['index.html', docOf(ENGINES).page, docOf(ENGINES).sourcePage]) {
    const html = readFileSync(join(dir, page), 'utf8');
    assert.doesNotMatch(html, /(src|href)="(https?:)?\/\//, page);
    for (const [, target, anchor] of html.matchAll(/href="([^"#]*)(?:#([^"]*))?"/g)) {
      const file = target || page;
      assert.ok(existsSync(join(dir, file)), `${page} links to missing ${file}`);
      if (anchor) assert.ok(readFileSync(join(dir, file), 'utf8').includes(`id="${anchor}"`), `${page} links to missing ${file}#${anchor}`);
    }
  }
  // Readable without JavaScript: every row is in the page, the filter controls wait for the script.
  const index = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.match(index, /<form class="filters" hidden/);
  assert.equal(index.match(/<tr data-status=/g)?.length, signatures.size);
});

test('the report renders in Chromium: verdicts, diff, coverage filtering and sorting, no console error', async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`no browser at ${CHROMIUM}: run \`node scripts/setup-browser.mjs\` (as root, it installs Debian's chromium)`);
    return;
  }
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'doctest-chromium-')), {
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1100, height: 900 },
  });
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    const open = (name: string) => page.goto(pathToFileURL(join(dir, name)).href);
    mkdirSync(SHOTS, { recursive: true });

    await open('index.html');
    const visibleNames = () => page.$$eval('#coverage-table tbody tr:not([hidden]) th', (ths) => ths.map((th) => th.textContent));
    const index = await page.evaluate(() => ({
      counts: [...[...document.querySelectorAll('tr.doc-row')].find((r) => r.textContent!.includes('engines.md'))!.querySelectorAll('td')].map((td) => td.textContent),
      rows: document.querySelectorAll('#coverage-table tbody tr').length,
      engineDelete: [...document.querySelectorAll('#coverage-table tbody tr')].find((r) => r.querySelector('th')!.textContent === 'engine_delete')!.textContent,
    }));
    assert.deepEqual(index.counts, ['1', '2', '1', '0', '1', '0', '5']);
    assert.equal(index.rows, signatures.size);
    assert.match(index.engineDelete!, /passed.*engines\.md:15 ✓ passed/);

    // The filters (shown by the script) narrow the table; the count says by how much.
    await page.fill('#filter-text', 'wat2wasm');
    assert.deepEqual(await visibleNames(), ['wat2wasm_or_raise']);
    assert.equal(await page.textContent('#filter-count'), `1 of ${signatures.size} names shown`);
    await page.fill('#filter-text', '');
    await page.selectOption('#filter-status', 'passed');
    assert.deepEqual(await visibleNames(), ['engine_delete']);
    await page.selectOption('#filter-status', '');
    assert.equal((await visibleNames()).length, signatures.size);

    // Sorting by name: ascending, then descending, said in aria-sort.
    const sortByName = page.locator('#coverage-table thead th', { hasText: 'Name' }).locator('button');
    const sorted = [...signatures.keys()].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
    await sortByName.click();
    const first = () => page.$eval('#coverage-table thead th:first-child', (th) => [th.getAttribute('aria-sort'), document.querySelector('#coverage-table tbody th')!.textContent]);
    assert.deepEqual(await first(), ['ascending', sorted[0]]);
    await sortByName.click();
    assert.deepEqual(await first(), ['descending', sorted.at(-1)]);
    await page.screenshot({ path: join(SHOTS, 'index.png') });

    await page.click(`tr.doc-row a[href="${docOf(ENGINES).page}"]`);
    const figures = await page.$$eval('figure.block', (figs) => figs.map((f) => ({
      id: f.id,
      verdict: f.querySelector('.verdict-line .badge')!.textContent,
      diff: [...f.querySelectorAll('.diff del, .diff ins')].map((e) => e.textContent!.trimEnd()),
      marked: [...f.querySelectorAll('.diff mark')].map((e) => e.textContent),
      flagged: [...f.querySelectorAll('.line')].map((l) => l.classList.contains('flagged')),
      message: f.querySelector('pre.message')?.textContent ?? null,
      reason: f.querySelector('.reason')?.textContent ?? null,
    })));
    assert.deepEqual(figures.map((f) => [f.id, f.verdict]), [['L15', '✓ passed'], ['L23', '✗ failed'], ['L32', '✗ failed'], ['L39', '⊘ refused'], ['L46', '– not run']]);
    const [, inspect, raised, refused, sketch] = figures;
    assert.deepEqual(inspect!.diff, ['- line', '+ lines']);
    assert.deepEqual(inspect!.marked, ['s']);
    // The line the failed inspect is on (24, the block's first) is marked.
    assert.deepEqual(inspect!.flagged, [true, false, false, false]);
    assert.match(raised!.message!, /expected `\)`/);
    assert.match(refused!.message!, /unknown function `no_such_function`/);
    assert.match(sketch!.reason!, /shown only/);
    await page.screenshot({ path: join(SHOTS, 'doc.png') });

    // The refusal's location opens the source at that line.
    await page.click('figure#L39 .diagnostics a');
    assert.match(page.url(), /\.source\.html#L41$/);
    assert.equal((await page.textContent('#L41'))?.trimEnd(), 'no_such_function(engine)');

    // Narrow and dark: the verdict goes under the code, the colours are dark.
    await page.setViewportSize({ width: 380, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await open(docOf(HELPERS).page);
    // (No named functions inside: tsx would wrap them in a helper the page lacks.)
    const layout = await page.evaluate(() => ({
      codeBottom: document.querySelector('figure#L9 .block-code')!.getBoundingClientRect().bottom,
      captionTop: document.querySelector('figure#L9 figcaption')!.getBoundingClientRect().top,
      background: getComputedStyle(document.body).backgroundColor,
    }));
    assert.ok(layout.captionTop >= layout.codeBottom - 1, 'the verdict goes under the code on a narrow screen');
    assert.equal(layout.background, 'rgb(13, 17, 23)');
  } finally {
    await context.close();
  }
  assert.deepEqual(problems, []);
  t.diagnostic(`screenshots in ${SHOTS}`);
});

test('--report leaves alone a folder that holds something else, before running anything', async () => {
  const folder = tempDir('doctest-report-foreign-');
  writeFileSync(join(folder, 'notes.txt'), 'mine');
  const result = await runCli(['--report', folder, ENGINES]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /--report: .* is not empty and holds no earlier report/);
  assert.doesNotMatch(result.stdout, /Engine lifecycle/);
  assert.equal(readFileSync(join(folder, 'notes.txt'), 'utf8'), 'mine');
});

test('--report goes with a plain run only', async () => {
  const result = await runCli(['--report', join(tempDir(), 'r'), '--update', ENGINES]);
  assert.equal(result.code, 2);
  assert.match(result.stderr, /--report goes with a plain run, not with --update/);
});
