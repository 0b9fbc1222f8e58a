// Option handling of the doctest CLI: unknown options, missing files, modes
// that cannot be combined.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, doc } from './helpers.ts';

describe('CLI options', { concurrency: true }, () => {
  test('an unknown option is a usage error naming it', async () => {
    const r = await runCli(['--no-such-option']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--no-such-option/);
    assert.match(r.stderr, /Usage: npm run doctest/);
  });

  test('a missing file is an error naming the file', async () => {
    const dir = tempDir();
    const missing = join(dir, 'nope.md');
    const r = await runCli(['--syntax-only', missing]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /no such file or folder: .*nope\.md/);
    const r2 = await runCli([missing]);
    assert.equal(r2.code, 1);
    assert.match(r2.stderr, /no such file or folder: .*nope\.md/);
  });

  test('modes cannot be combined', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.md');
    writeFileSync(file, doc('```mbt test', 'let x = 1', '```'));
    const r = await runCli(['--update', '--check', file]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--update and --check cannot be combined/);
  });

  test('--help lists every workflow option', async () => {
    const r = await runCli(['--help']);
    assert.equal(r.code, 0);
    for (const o of ['--update', '--check', '--syntax-only', '--coverage', '--watch']) assert.ok(r.stdout.includes(o), o);
  });
});
