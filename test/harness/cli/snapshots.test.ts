// snapshots/<doc>.ts: the committed translation of each doc inside the project.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runCli, tempDir, projectTempDir, doc } from './helpers.ts';

describe('snapshot records', { concurrency: true }, () => {
  test('a project doc has a snapshot record: missing and stale fail the plain run naming the doc, --update refreshes it', async (t) => {
    const scratch = projectTempDir();
    t.after(scratch.cleanup);
    const file = join(scratch.dir, 'guide.md');
    const rel = `${scratch.rel}/guide.md`;
    const snap = join(ROOT, 'snapshots', `${rel}.ts`);
    writeFileSync(file, doc('# Guide', '', '```mbt test', 'let x = 20 + 22', 'inspect(x, content="42")', '```'));

    const missing = await runCli([file]);
    assert.equal(missing.code, 1);
    assert.ok(missing.stdout.includes(`${rel}: error: has no snapshot record (snapshots/${rel}.ts)`), missing.stdout);

    const update = await runCli(['--update', file]);
    assert.equal(update.code, 0, update.stderr);
    assert.ok(existsSync(snap));
    const text = readFileSync(snap, 'utf8');
    assert.ok(!text.includes(ROOT), 'no absolute paths');
    assert.ok(!text.includes('/tmp'), 'no temporary paths');
    assert.ok(!text.includes('.doctest-tmp') && !/run-\d+/.test(text), 'no per-run (pid) paths');
    assert.match(text, new RegExp(`^// Generated from ${rel.replace(/[.]/g, '\\.')} `));
    assert.match(text, /from "\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/harness\/runtime\/prelude\.ts"/);
    assert.match(text, /20 \+ 22|42/);
    assert.equal((await runCli([file])).code, 0);

    // The same record whatever the working directory.
    const elsewhere = await runCli([file], { cwd: tempDir() });
    assert.equal(elsewhere.code, 0, elsewhere.stderr);

    // A change that alters the translation (not only content) makes it stale.
    writeFileSync(file, doc('# Guide', '', '```mbt test', 'let x = 20 + 23', 'inspect(x, content="43")', '```'));
    const stale = await runCli([file]);
    assert.equal(stale.code, 1);
    assert.ok(stale.stdout.includes(`${rel}: error: snapshot record snapshots/${rel}.ts is stale: changed: "Guide"`), stale.stdout);
    const refreshed = await runCli(['--update', file]);
    assert.equal(refreshed.code, 0);
    assert.match(refreshed.stdout, new RegExp(`record snapshots/${rel.replace(/[.]/g, '\\.')}\\.ts updated \\(changed: "Guide"\\)`));
    assert.notEqual(readFileSync(snap, 'utf8'), text);
  });

  test('a snapshot whose doc was deleted is reported for the folder and removed by --update', async (t) => {
    const scratch = projectTempDir();
    t.after(scratch.cleanup);
    writeFileSync(join(scratch.dir, 'kept.md'), doc('```mbt test', 'inspect(1, content="1")', '```'));
    const gone = join(ROOT, 'snapshots', scratch.rel, 'gone.md.ts');
    mkdirSync(join(ROOT, 'snapshots', scratch.rel), { recursive: true });
    writeFileSync(gone, '// old\n');
    assert.equal((await runCli(['--update', scratch.dir])).code, 0);
    assert.ok(!existsSync(gone));
    assert.equal((await runCli([scratch.dir])).code, 0);
  });

  test('--update-snapshots refreshes the records only: no run, the doc untouched', async (t) => {
    const scratch = projectTempDir();
    t.after(scratch.cleanup);
    const file = join(scratch.dir, 'failing.md');
    const source = doc('```mbt test', 'inspect(1 + 1, content="3")', '```');
    writeFileSync(file, source);
    const r = await runCli(['--update-snapshots', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, new RegExp(`record snapshots/${scratch.rel}/failing\\.md\\.ts written`));
    assert.doesNotMatch(r.stdout + r.stderr, /inspect mismatch|passed/);
    assert.equal(readFileSync(file, 'utf8'), source);
    const plain = await runCli([file]);
    assert.equal(plain.code, 1);
    assert.match(plain.stdout, /inspect mismatch/);
    assert.doesNotMatch(plain.stdout, /snapshot record/);
  });

  test('a stale record names exactly the blocks whose translation changed', async (t) => {
    const scratch = projectTempDir();
    t.after(scratch.cleanup);
    const file = join(scratch.dir, 'two.md');
    const blocks = (b: string) => doc('# Two', '', '## first', '', '```mbt test', 'inspect(1, content="1")', '```', '', '## second', '', '```mbt test', b, '```');
    writeFileSync(file, blocks('inspect(2, content="2")'));
    assert.equal((await runCli(['--update', file])).code, 0);
    writeFileSync(file, blocks('inspect(3, content="3")'));
    const stale = await runCli([file]);
    assert.equal(stale.code, 1);
    const line = stale.stdout.split('\n').find((l) => l.includes('is stale'))!;
    assert.match(line, /is stale: changed: "Two › second"; run/);
    assert.doesNotMatch(line, /Two › first/);
  });

  test('docs outside the project have no snapshot record', async () => {
    const dir = tempDir();
    const file = join(dir, 'outside.md');
    writeFileSync(file, doc('```mbt test', 'inspect(1, content="1")', '```'));
    const r = await runCli(['--update', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.doesNotMatch(r.stdout, /snapshots\//);
    assert.doesNotMatch(r.stderr, /snapshot/);
  });
});
