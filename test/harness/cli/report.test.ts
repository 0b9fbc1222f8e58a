// What a run prints: each failure kind once, in the one diagnostic format,
// without the harness's stack frames (unless --verbose), with what the block
// printed; the exit status decided by the selected blocks; shards of blocks;
// JUnit and GitHub Actions output; coverage of a doc with a syntax error.
import { before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SLEEPS, runCli, tempDir, doc, type BlockRecord, type CliResult } from './helpers.ts';

const KINDS = doc(
  '# Kinds', '',
  '## mismatch', '', '```mbt test', 'println("hello from a block")', 'inspect("abcd", content="abXd")', '```', '',
  '## assert', '', '```mbt test', 'assert_eq(1 + 1, 3)', '```', '',
  '## raise', '', '```mbt test', 'let engine = engine_new()', 'let _ = module_new_from_wat_or_raise(engine, "(module")', '```', '',
  '## panic', '', '```mbt test', 'let xs = [1, 2]', 'let _ = xs[5]', '```', '',
  '## unknown', '', '```mbt test', 'let v = no_such_function(1)', '```', '',
  '## passes', '', '```mbt test', 'println("printed by a passing block")', '```',
);

describe('reports', { concurrency: true }, () => {
  // The failure kinds and a doc whose definitions fail share one run (every
  // CLI run costs a CLI and a test process): defs.md's share is read from
  // its lines and its --json record.
  describe('one run of the failure kinds and of failing definitions', () => {
    const dir = tempDir();
    const file = join(dir, 'kinds.md');
    const defs = join(dir, 'defs.md');
    let r: CliResult;
    let records: (BlockRecord & { kind: string | null })[];
    before(async () => {
      writeFileSync(file, KINDS);
      writeFileSync(defs, doc('# Defs', '', '```mbt', 'let xs : Array[Int] = [1]', 'let y : Int = xs[3]', '```', '', '```mbt test', 'inspect(y, content="1")', '```'));
      r = await runCli(['--json', join(dir, 'results.json'), file, defs]);
      records = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
    });

    it('every failure kind is one diagnostic: doc:line:col, kind, the line and a caret, a diff or the message; no harness frames', async () => {
      assert.equal(r.code, 1);
      const out = r.stdout;
      assert.match(out, /kinds\.md:7:1: inspect mismatch\n {8}7 \| inspect\("abcd", content="abXd"\)\n {10}\| \^\n {6}- expected {2}\+ actual\n {6}- abXd\n {6}\+ abcd\n {10}\^/);
      assert.match(out, /printed:\n {8}hello from a block/);
      assert.match(out, /kinds\.md:13:1: assertion failed: `2 != 3`\n {7}13 \| assert_eq\(1 \+ 1, 3\)/);
      assert.match(out, /kinds\.md:20:1: error raised: expected `\)`/);
      assert.match(out, /kinds\.md:27:9: panic: index 5 out of bounds for length 2\n {7}27 \| let _ = xs\[5\]\n {10}\| {9}\^/);
      assert.match(out, /kinds\.md:33:9: translation error: unknown function `no_such_function`/);
      assert.match(out, /✔ .*kinds\.md:38 Kinds › passes[^\n]*\n {2}│ printed by a passing block/);
      assert.doesNotMatch(out, /node:internal|harness\/runtime|binding\/index\.ts|\bat Object\./, 'no harness, runtime, binding or node frames');
      assert.equal(out.split('unknown function `no_such_function`').length - 1, 1, 'each failure in full once');
      // kinds.md's five and defs.md's one.
      const failures = (out.match(/failures:\n((?: {2}✖ .*\n)+)/)?.[1] ?? '').trimEnd().split('\n');
      assert.equal(failures.filter((l) => l.includes('kinds.md:')).length, 5, out);
      assert.equal(failures.filter((l) => l.includes('defs.md:')).length, 1, out);
      assert.equal(failures.length, 6, out);
      assert.match(out, /^doctest: 1 passed, 6 failed$/m);
      const verbose = await runCli(['--verbose', file]);
      assert.match(verbose.stdout, /at .*harness\/runtime/, '--verbose shows them');
    });

    it("a doc's definitions that fail are a load error of each of its blocks, at the failing definition", () => {
      assert.equal(r.code, 1);
      assert.deepEqual(records.filter((x) => x.file === defs).map((x) => [x.status, x.kind]), [['fail', 'load error']]);
      assert.match(r.stdout, /defs\.md:5:15: load error: the doc's definitions failed \(panic\): index 3 out of bounds for length 1\n {8}5 \| let y : Int = xs\[3\]/);
    });
  });

  test('--filter decides the exit status by the selected blocks only', async () => {
    const file = join(tempDir(), 'filter.md');
    writeFileSync(file, KINDS);
    const r = await runCli(['--filter', 'passes', file]);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /^doctest: 1 passed, 0 failed$/m);
    assert.doesNotMatch(r.stdout, /no_such_function/);
  });

  test('--shard splits the blocks, not the files: the shards of one doc together run each block once', async () => {
    const file = join(tempDir(), 'shard.md');
    writeFileSync(file, doc(...[1, 2, 3, 4, 5].flatMap((i) => [`## b${i}`, '', '```mbt test', `inspect(${i}, content="${i}")`, '```', ''])));
    const seen: string[] = [];
    for (const i of [1, 2]) {
      const r = await runCli(['--shard', `${i}/2`, file]);
      assert.equal(r.code, 0, r.stdout);
      seen.push(...[...r.stdout.matchAll(/✔ \S+ (b\d)/g)].map((m) => m[1]!));
    }
    assert.deepEqual(seen.sort(), ['b1', 'b2', 'b3', 'b4', 'b5']);
  });

  test('--concurrency 2 runs docs in two test processes; a hung block in one does not stop the other', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.md'), doc('# A', '', ...SLEEPS, '', '```mbt test', 'inspect(1, content="1")', '```'));
    writeFileSync(join(dir, 'b.md'), doc('# B', '', '```mbt test', 'inspect(2, content="2")', '```'));
    const r = await runCli(['--concurrency', '2', '--timeout', '1000', dir]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /a\.md:3:1: timeout/);
    assert.match(r.stdout, /✔ .*a\.md:16 A \(2\)/);
    assert.match(r.stdout, /✔ .*b\.md:3 B/);
    assert.match(r.stdout, /^doctest: 2 passed, 1 failed$/m);
  });

  test('--reporter junit carries the doc path as file and classname', async () => {
    const file = join(tempDir(), 'junit.md');
    writeFileSync(file, KINDS);
    const r = await runCli(['--reporter', 'junit', file]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^<\?xml/);
    assert.match(r.stdout, /<testcase name="Kinds › passes" classname="[^"]*junit\.md" file="[^"]*junit\.md" line="38"/);
    assert.match(r.stdout, /<failure type="inspect mismatch"/);
    assert.doesNotMatch(r.stdout, /classname="test"/);
  });

  test('--reporter github prints one ::error annotation per failure, at its doc position', async () => {
    const file = join(tempDir(), 'gh.md');
    writeFileSync(file, KINDS);
    const r = await runCli(['--reporter', 'github', file]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^::error file=[^,]*gh\.md,line=7,col=1,title=inspect mismatch::expected: abXd%0Aactual: abcd$/m);
    assert.match(r.stdout, /^::error file=[^,]*gh\.md,line=27,col=9,title=panic::index 5 out of bounds for length 2$/m);
    assert.equal(r.stdout.match(/^::error /gm)?.length, 5);
  });

  test('--coverage reports a block with a syntax error as a located diagnostic', async () => {
    const file = join(tempDir(), 'broken.md');
    writeFileSync(file, doc('```mbt test', 'let x = (1, ', '```'));
    const r = await runCli(['--coverage', file]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /broken\.md:2:13: syntax error: expected an expression, found end of input \(the block's uses are not counted\)\n {4}2 \| let x = \(1, \n/);
    assert.doesNotMatch(r.stderr, /internal error|TypeError/);
  });
});
