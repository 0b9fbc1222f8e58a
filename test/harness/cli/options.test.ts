// Option handling of the doctest CLI: every mistake is one line and exit 2;
// paths are relative to where the command was run.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, doc, ROOT } from './helpers.ts';
import { parseOptions, UsageError } from '../../../harness/options.ts';

describe('CLI options', { concurrency: true }, () => {
  const oneLine = (stderr: string) => assert.equal(stderr.trim().split('\n').length, 1, `one line, got:\n${stderr}`);

  test('an unknown option is a one-line usage error naming it', async () => {
    const r = await runCli(['--no-such-option']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--no-such-option/);
    oneLine(r.stderr);
  });

  // Checked in this process (parseOptions), then once through the CLI for the exit status.
  test('every invalid option value is a UsageError of one line', () => {
    for (const [args, message] of [
      [['--shard', '3/2'], /^--shard takes i\/n with 1 <= i <= n, got "3\/2"$/],
      [['--shard', '0/2'], /^--shard/],
      [['--shard', 'x'], /^--shard/],
      [['--reporter', 'nope'], /^--reporter: unknown reporter "nope"/],
      [['--concurrency', '0'], /^--concurrency takes a whole number of at least 1, got "0"$/],
      [['--timeout=-5'], /^--timeout takes a whole number, got "-5"$/],
      [['--timeout', '1.5'], /^--timeout/],
      [['--filter', '('], /^--filter: Invalid regular expression/],
      [['--root', '/no/such/folder'], /^--root: no such folder/],
      [['--json', '/no/such/folder/x.json'], /^--json: no such folder/],
      [['--update', '--check'], /^--update and --check cannot be combined$/],
      [['--review'], /^--review asks on a terminal/],
      [['--no-such-option'], /--no-such-option/],
    ] as const) {
      assert.throws(() => parseOptions([...args], ROOT, false), (e: unknown) => {
        assert.ok(e instanceof UsageError, `${args.join(' ')}: ${String(e)}`);
        assert.match(e.message, message);
        assert.ok(!e.message.includes('\n'), `${args.join(' ')}: one line`);
        return true;
      });
    }
    assert.equal(parseOptions(['--review'], ROOT, true).values.review, true, '--review on a terminal is fine');
  });

  test('through the CLI an invalid value is one line on stderr and exit 2', async () => {
    const r = await runCli(['--shard', '3/2']);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'error: --shard takes i/n with 1 <= i <= n, got "3/2" (see --help)\n');
  });

  test('a missing file is an error naming the file', async () => {
    const dir = tempDir();
    const missing = join(dir, 'nope.md');
    for (const args of [['--syntax-only', missing], [missing]]) {
      const r = await runCli(args);
      assert.equal(r.code, 1);
      assert.match(r.stderr, /nope\.md: file error: no such file or folder/);
    }
  });

  test('paths resolve from the folder npm was run in (INIT_CWD), and are printed relative to it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.md'), doc('# A', '', '```mbt test', 'inspect(1, content="2")', '```'));
    // As `cd dir && npm run doctest -- sub/a.md` runs it: from the project root, with INIT_CWD.
    const r = await runCli(['sub/a.md'], { cwd: ROOT, env: { INIT_CWD: dir, npm_lifecycle_event: 'doctest' } });
    assert.equal(r.code, 1, r.stderr);
    assert.match(r.stdout, /^✖ sub\/a\.md:3 A/m);
    assert.match(r.stdout, /^ {4}sub\/a\.md:4:1: inspect mismatch/m);
    // Another script's INIT_CWD (our own `npm test`) is not taken for the user's folder.
    const other = await runCli([join(dir, 'sub/a.md')], { cwd: ROOT, env: { INIT_CWD: dir, npm_lifecycle_event: 'test' } });
    assert.match(other.stdout, new RegExp(`${dir.replace(/[/.]/g, '\\$&')}/sub/a\\.md:3`));
  });

  test('--help lists every workflow option', async () => {
    const r = await runCli(['--help']);
    assert.equal(r.code, 0);
    for (const o of ['--update', '--review', '--check', '--syntax-only', '--coverage', '--watch', '--timeout', '--verbose']) assert.ok(r.stdout.includes(o), o);
  });
});
