// snapshots/<doc>.ts: the committed translation of each doc inside the project.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, failuresOf, runCli, tempDir, projectTempDir, doc, type CliResult } from './helpers.ts';

// The docs of all tests share the runs where they can (every CLI run costs a
// CLI and a test process): one --update writes the records of a folder's
// docs and of a doc outside the project, one plain run checks them. Where two
// docs fail in one run, each test reads its doc's share of the run's
// failures (failuresOf) beside its doc's own lines.
describe('snapshot records', () => {
  const scratch = projectTempDir(); // guide.md, two.md, kept.md and the record of a deleted doc
  const other = projectTempDir(); // failing.md, which --update would fix
  after(() => {
    scratch.cleanup();
    other.cleanup();
  });
  const guide = join(scratch.dir, 'guide.md');
  const rel = `${scratch.rel}/guide.md`;
  const snap = join(ROOT, 'snapshots', `${rel}.ts`);
  const gone = join(ROOT, 'snapshots', scratch.rel, 'gone.md.ts');
  const two = join(scratch.dir, 'two.md');
  const blocks = (b: string) => doc('# Two', '', '## first', '', '```mbt test', 'inspect(1, content="1")', '```', '', '## second', '', '```mbt test', b, '```');
  const failing = join(other.dir, 'failing.md');
  const failingSource = doc('```mbt test', 'inspect(1 + 1, content="3")', '```');
  const outside = join(tempDir(), 'outside.md');
  const r = {} as Record<'missing' | 'update' | 'plain' | 'elsewhere' | 'stale' | 'refreshed' | 'staleTwo' | 'snapshotsOnly' | 'failingPlain', CliResult>;
  let text = '';
  let goneAfterUpdate = true;

  before(async () => {
    writeFileSync(guide, doc('# Guide', '', '```mbt test', 'let x = 20 + 22', 'inspect(x, content="42")', '```'));
    writeFileSync(two, blocks('inspect(2, content="2")'));
    writeFileSync(join(scratch.dir, 'kept.md'), doc('```mbt test', 'inspect(1, content="1")', '```'));
    mkdirSync(join(ROOT, 'snapshots', scratch.rel), { recursive: true });
    writeFileSync(gone, '// old\n');
    writeFileSync(failing, failingSource);
    writeFileSync(outside, doc('```mbt test', 'inspect(1, content="1")', '```'));

    r.snapshotsOnly = await runCli(['--update-snapshots', failing]);
    r.missing = r.failingPlain = await runCli([failing, guide]);
    r.update = await runCli(['--update', scratch.dir, outside]);
    text = existsSync(snap) ? readFileSync(snap, 'utf8') : '';
    goneAfterUpdate = existsSync(gone);
    r.plain = await runCli([scratch.dir]);
    // The same record whatever the working directory.
    r.elsewhere = await runCli([guide], { cwd: tempDir() });
    // Changes that alter the translation (not only content) make the records stale.
    writeFileSync(guide, doc('# Guide', '', '```mbt test', 'let x = 20 + 23', 'inspect(x, content="43")', '```'));
    writeFileSync(two, blocks('inspect(3, content="3")'));
    r.stale = r.staleTwo = await runCli([guide, two]);
    r.refreshed = await runCli(['--update', guide]);
  });

  it('a project doc has a snapshot record: missing and stale fail the plain run naming the doc, --update refreshes it', () => {
    assert.equal(r.missing.code, 1);
    assert.ok(r.missing.stdout.includes(`${rel}: error: has no snapshot record (snapshots/${rel}.ts)`), r.missing.stdout);
    assert.deepEqual(failuresOf(r.missing, guide), [`  ✖ ${rel} error`], 'the missing record fails the run');

    assert.equal(r.update.code, 0, r.update.stderr);
    assert.ok(text, 'the record is written');
    assert.ok(!text.includes(ROOT), 'no absolute paths');
    assert.ok(!text.includes('/tmp'), 'no temporary paths');
    assert.ok(!text.includes('.doctest-tmp') && !/run-\d+/.test(text), 'no per-run (pid) paths');
    assert.match(text, new RegExp(`^// Generated from ${rel.replace(/[.]/g, '\\.')} `));
    assert.match(text, /from "\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/harness\/runtime\/prelude\.ts"/);
    assert.match(text, /20 \+ 22|42/);
    assert.equal(r.plain.code, 0, r.plain.stdout);
    assert.equal(r.elsewhere.code, 0, r.elsewhere.stderr);

    assert.equal(r.stale.code, 1);
    assert.ok(r.stale.stdout.includes(`${rel}: error: snapshot record snapshots/${rel}.ts is stale: changed: "Guide"`), r.stale.stdout);
    assert.deepEqual(failuresOf(r.stale, guide), [`  ✖ ${rel} error`], 'the stale record fails the run');
    assert.equal(r.refreshed.code, 0);
    assert.match(r.refreshed.stdout, new RegExp(`record snapshots/${rel.replace(/[.]/g, '\\.')}\\.ts updated \\(changed: "Guide"\\)`));
    assert.notEqual(readFileSync(snap, 'utf8'), text);
  });

  it('a snapshot whose doc was deleted is reported for the folder and removed by --update', () => {
    assert.equal(r.update.code, 0, r.update.stderr);
    assert.ok(!goneAfterUpdate);
    assert.equal(r.plain.code, 0, r.plain.stdout);
  });

  it('--update-snapshots refreshes the records only: no run, the doc untouched', () => {
    assert.equal(r.snapshotsOnly.code, 0, r.snapshotsOnly.stderr);
    assert.match(r.snapshotsOnly.stdout, new RegExp(`record snapshots/${other.rel}/failing\\.md\\.ts written`));
    assert.doesNotMatch(r.snapshotsOnly.stdout + r.snapshotsOnly.stderr, /inspect mismatch|passed/);
    assert.equal(readFileSync(failing, 'utf8'), failingSource);
    assert.equal(r.failingPlain.code, 1);
    // The run's other doc, guide.md, has no record yet: only failing.md's lines count here.
    const own = r.failingPlain.stdout.split('\n').filter((l) => l.includes('failing.md'));
    assert.match(own.join('\n'), /inspect mismatch/);
    assert.equal(failuresOf(r.failingPlain, failing).length, 1, 'the mismatch fails the run');
    assert.doesNotMatch(own.join('\n'), /snapshot record/);
  });

  it('a stale record names exactly the blocks whose translation changed', () => {
    assert.equal(r.update.code, 0, r.update.stderr);
    assert.equal(r.staleTwo.code, 1);
    assert.equal(failuresOf(r.staleTwo, two).length, 1, 'the stale record fails the run');
    const line = r.staleTwo.stdout.split('\n').find((l) => l.includes('two.md: error') && l.includes('is stale'))!;
    assert.match(line, /is stale: changed: "Two › second"; run/);
    assert.doesNotMatch(line, /Two › first/);
  });

  it('docs outside the project have no snapshot record', () => {
    assert.equal(r.update.code, 0, r.update.stderr);
    // The run also wrote the folder's records: every mention of snapshots/ is one of those.
    for (const line of r.update.stdout.split('\n').filter((l) => l.includes('snapshots/'))) {
      assert.ok(line.includes(`snapshots/${scratch.rel}/`), line);
      assert.doesNotMatch(line, /outside\.md/);
    }
    assert.match(r.update.stdout, /snapshots\//, 'the records of the folder are named');
    assert.doesNotMatch(r.update.stderr, /snapshot/);
  });
});
