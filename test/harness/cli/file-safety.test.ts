// What --update and a run do to files, under hostile conditions: links are
// written through, bytes that are not UTF-8 are refused (not replaced),
// records and file snapshots have separate names, a kill leaves every file
// old or new, and a folder's odd entries are reported without stopping the run.
import { after, before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, ROOT, descendants, runCli, tempDir, projectTempDir, doc, waitGone, type CliResult } from './helpers.ts';
import { scriptArgs } from '../../binding/child.ts';

const STALE = doc('# Doc', '', '```mbt test', 'inspect(6 * 7, content="41")', '```');
const FIXED = STALE.replace('content="41"', 'content="42"');

describe('file safety', { concurrency: true }, () => {
  // Both links and a doc with a file snapshot are updated in one run (every
  // CLI run costs a CLI and a test process): its exit status 0 is each one's.
  describe('one --update of links and of a doc with a file snapshot', () => {
    const symbolic = tempDir();
    const hard = tempDir();
    const scratch = projectTempDir();
    after(scratch.cleanup);
    const report = join(scratch.dir, 'report.md');
    let r: CliResult;
    let ino = 0;
    before(async () => {
      writeFileSync(report, doc('# Report', '', '```mbt check', 'test (t : @test.T) {', '  t.writeln("hello")', '  t.snapshot(filename="other.md.ts")', '}', '```'));
      writeFileSync(join(symbolic, 'real.md'), STALE);
      symlinkSync('real.md', join(symbolic, 'link.md'));
      writeFileSync(join(hard, 'a.md'), STALE);
      linkSync(join(hard, 'a.md'), join(hard, 'b.md'));
      ino = statSync(join(hard, 'a.md')).ino;
      r = await runCli(['--update', join(symbolic, 'link.md'), join(hard, 'a.md'), report]);
    });

    it('--update on a symbolic link writes the target and keeps the link', () => {
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.ok(lstatSync(join(symbolic, 'link.md')).isSymbolicLink(), 'still a link');
      assert.equal(readlinkSync(join(symbolic, 'link.md')), 'real.md');
      assert.equal(readFileSync(join(symbolic, 'real.md'), 'utf8'), FIXED);
    });

    it('--update on a hard link updates every name of the file', () => {
      assert.equal(r.code, 0, r.stdout + r.stderr);
      assert.equal(statSync(join(hard, 'a.md')).ino, ino);
      assert.equal(statSync(join(hard, 'a.md')).nlink, 2, 'the link holds');
      assert.equal(readFileSync(join(hard, 'b.md'), 'utf8'), FIXED);
      assert.deepEqual(readdirSync(hard).sort(), ['a.md', 'b.md'], 'no temporary file left');
    });

    it('a file snapshot named like a record is not taken for one, and filename="." is refused', async () => {
      assert.equal(r.code, 0, r.stdout + r.stderr);
      const snapshot = join(scratch.dir, '__snapshot__', 'other.md.ts');
      assert.equal(readFileSync(snapshot, 'utf8'), 'hello\n');
      const again = await runCli(['--update', scratch.dir]);
      assert.equal(again.code, 0, again.stdout);
      assert.doesNotMatch(again.stdout, /removed/);
      assert.ok(existsSync(snapshot), 'the next --update keeps it');
      const plain = await runCli([report]);
      assert.equal(plain.code, 0, plain.stdout + plain.stderr);

      writeFileSync(report, doc('# Dot', '', '```mbt check', 'test (t : @test.T) {', '  t.writeln("x")', '  t.snapshot(filename=".")', '}', '```'));
      const dot = await runCli(['--update', report]);
      assert.equal(dot.code, 1);
      assert.match(dot.stdout, /report\.md:6:3: error raised: snapshot file name "\." must be a plain file name/);
    });
  });

  test('a doc that is not UTF-8 is refused at its first bad byte, and --update leaves its bytes alone', async () => {
    const dir = tempDir();
    const file = join(dir, 'latin1.md');
    const bytes = Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from(`\n\n${STALE}`)]);
    writeFileSync(file, bytes);
    for (const args of [['--update'], [], ['--syntax-only'], ['--check'], ['--coverage']]) {
      const r = await runCli([...args, file]);
      assert.equal(r.code, 1, `${args.join(' ')}: fails`);
      assert.match(r.stdout + r.stderr, /latin1\.md:1:6: file error: not valid UTF-8 \(byte 0xe9\)/, args.join(' '));
    }
    assert.deepEqual(readFileSync(file), bytes);
  });

  test('the test process writes no file itself: in update mode a file snapshot goes to the harness as a message', () => {
    const dir = tempDir();
    const writer = scriptArgs(join(import.meta.dirname, 'fixtures', 'snapshot-writer.ts'), join(dir, 'doc.md'));
    const r = spawnSync(process.execPath, writer, { cwd: ROOT, env: { ...process.env, DOCTEST_CHANNEL_FD: '3', DOCTEST_UPDATE: '1' }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'], encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(JSON.parse(String(r.output[3]).trim()), { type: 'file-snapshot', path: join(dir, '__snapshot__', 'out.txt'), content: 'content\n' });
    assert.ok(!existsSync(join(dir, '__snapshot__')), 'nothing written by the test process');
  });

  test('an --update killed at any moment leaves the doc and its file snapshot old or new', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const file = join(dir, 'big.md');
    const big = 'x'.repeat(2_000_000);
    const source = doc('# Big', '', '```mbt check', 'test (t : @test.T) {', `  t.write("${big}")`, '  t.snapshot(filename="big.txt")', '}', '```', '', '```mbt test', 'inspect("new", content="old")', '```');
    const snapshot = join(dir, '__snapshot__', 'big.txt');
    const updated = source.replace('content="old"', 'content="new"');
    // Kills at growing delays until a run ends before its kill: they fall all
    // along a run, however fast this machine is.
    let kills = 0;
    for (let delay = 100; ; delay = Math.round(delay * 1.4)) {
      writeFileSync(file, source);
      rmSync(join(dir, '__snapshot__'), { recursive: true, force: true });
      const cli = spawn(process.execPath, [CLI, '--update', file], { cwd: ROOT, stdio: 'ignore' });
      const exited = new Promise<void>((r) => cli.on('exit', () => r()));
      await new Promise((r) => setTimeout(r, delay));
      if (cli.exitCode !== null) {
        await exited;
        assert.equal(readFileSync(file, 'utf8'), updated, 'the run that ended first updated the doc');
        break;
      }
      const started = descendants(cli.pid!);
      cli.kill('SIGKILL');
      kills++;
      await exited;
      // Read at once: what a kill leaves, before anything could finish a write.
      const now = readFileSync(file, 'utf8');
      assert.ok(now === source || now === updated, `doc after a kill at ${delay} ms is neither old nor new`);
      if (existsSync(snapshot)) assert.equal(readFileSync(snapshot, 'utf8').length, big.length, `snapshot after a kill at ${delay} ms is partial`);
      assert.deepEqual(await waitGone(started), [], `a process of the killed run (kill at ${delay} ms) is still running`);
    }
    assert.ok(kills >= 3, `only ${kills} kills fell inside a run`);
  });

  test("a folder's FIFO, dangling link and unreadable doc are reported, and its other docs still run", { timeout: 60_000 }, async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'good.md'), doc('```mbt test', 'inspect(1, content="1")', '```'));
    spawnSync('mkfifo', [join(dir, 'pipe.md')]);
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'dangling.md'));
    mkdirSync(join(dir, 'folder.md')); // a folder, searched like any other
    // An unreadable doc. Root reads a chmod 000 file, but not a write-only sysctl, which procfs refuses to all.
    if (process.getuid?.() === 0) symlinkSync('/proc/sys/vm/compact_memory', join(dir, 'locked.md'));
    else writeFileSync(join(dir, 'locked.md'), '# locked\n', { mode: 0o000 });
    writeFileSync(join(dir, 'folder.md', 'inner.md'), doc('```mbt test', 'inspect(3, content="3")', '```'));
    const r = await runCli([dir]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /pipe\.md: file error: not a regular file \(a FIFO\); skipped/);
    assert.match(r.stdout, /dangling\.md: file error: no such file \(or a symbolic link to nothing\)/);
    assert.match(r.stdout, /locked\.md: file error: cannot be read \(permission denied\)/);
    assert.match(r.stdout, /✔ .*good\.md:1 block/);
    assert.match(r.stdout, /✔ .*folder\.md\/inner\.md:1 block/);
    assert.doesNotMatch(r.stdout + r.stderr, /internal error/);
    const syntax = await runCli(['--syntax-only', dir]);
    assert.match(syntax.stderr, /pipe\.md: file error/);
  });
});
