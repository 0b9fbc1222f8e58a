// MoonBit test files (`x_test.mbt`) run as docs of `mbt check` code: each
// test at the file's own lines, `--update` rewriting `content=` in place,
// a record under snapshots/ as for docs.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it, test } from 'node:test';
import { ROOT, assertDocPassed, failuresOf, projectTempDir, runCli, tempDir, type BlockRecord, type CliResult } from './helpers.ts';

const FILE = [
  '///|',
  'fn twice(x : Int) -> Int {',
  '  x * 2',
  '}',
  '',
  '///|',
  'test "twice" {',
  '  inspect(twice(21), content="41")',
  '}',
  '',
  '///|',
  'test "refused" {',
  '  inspect(nosuch(1), content="1")',
  '}',
  '',
  '///|',
  'test {',
  '  let engine = engine_new()',
  '  engine_delete(engine)',
  '  inspect("a\\nb", content="")',
  '}',
  '',
].join('\r\n');

// The tests share three runs (every CLI run costs a CLI and a test process):
// a plain run of a failing test file, a project test file without its record
// and a file that is not a doc; an --update of both test files; a plain run
// of a folder, a file with no test and the project test file with its new
// record. Each test reads its own file's lines, --json records and share of
// the run's failures.
describe('MoonBit test files', () => {
  const math = join(tempDir(), 'math_test.mbt');
  const dir = tempDir();
  const empty = join(tempDir(), 'helpers.mbt');
  const notes = join(tempDir(), 'notes.txt');
  const scratch = projectTempDir();
  after(scratch.cleanup);
  const rec = join(scratch.dir, 'rec_test.mbt');
  const record = join(ROOT, 'snapshots', `${scratch.rel}/rec_test.mbt.ts`);
  const gone = join(ROOT, 'snapshots', `${scratch.rel}/gone_test.mbt.ts`);
  const json = (name: string) => join(dir, '..', `${name}.json`);
  let first: CliResult, update: CliResult, run: CliResult;
  let firstRecords: BlockRecord[], updateRecords: BlockRecord[];
  let recordText = '';
  let goneAfterUpdate = true;
  before(async () => {
    writeFileSync(math, FILE);
    writeFileSync(rec, 'test "rec" {\n  inspect(2 * 3, content="6")\n}\n');
    writeFileSync(notes, 'test { }\n');
    first = await runCli(['--json', json('first'), math, rec, notes]);
    firstRecords = JSON.parse(readFileSync(json('first'), 'utf8'));
    // One --update of the project folder writes the record and removes that of a deleted test file.
    mkdirSync(join(gone, '..'), { recursive: true });
    writeFileSync(gone, '// old\n');
    update = await runCli(['--update', '--json', json('update'), scratch.dir, math]);
    updateRecords = JSON.parse(readFileSync(json('update'), 'utf8'));
    recordText = existsSync(record) ? readFileSync(record, 'utf8') : '';
    goneAfterUpdate = existsSync(gone);

    writeFileSync(join(dir, 'lib.mbt'), 'extern "c" fn native() -> Int = "native"\n');
    writeFileSync(join(dir, 'lib_test.mbt'), 'test "one" {\n  inspect(1 + 1, content="2")\n}\n');
    writeFileSync(join(dir, 'guide.md'), '# Guide\n\n```mbt check\ntest {\n  inspect(3, content="3")\n}\n```\n');
    writeFileSync(empty, '///|\nfn helper() -> Int {\n  1\n}\n');
    run = await runCli(['--reporter', 'spec', dir, empty, rec]);
  });

  it('a test file runs its tests at its own lines; --update rewrites content= and nothing else', () => {
    const out = first.stdout + first.stderr;
    assert.equal(first.code, 1, out);
    assert.match(out, /math_test\.mbt:8:3: inspect mismatch/);
    assert.match(out, /math_test\.mbt:13:11: translation error: unknown function `nosuch`/);
    assert.match(out, /math_test\.mbt:20:3: inspect mismatch/);
    // Its "0 passed, 3 failed", beside the other files' share of the run.
    assert.deepEqual(firstRecords.filter((x) => x.file === math).map((x) => x.status), ['fail', 'fail', 'fail']);
    assert.equal(failuresOf(first, math).length, 3, out);

    assert.equal(update.code, 1, 'the refused test still fails');
    assert.ok(updateRecords.some((x) => x.file === math && x.status === 'fail'), 'the failure is math_test.mbt\'s');
    const expected = FILE
      .replace('content="41"', 'content="42"')
      .replace('inspect("a\\nb", content="")', 'inspect("a\\nb", content=(\r\n    #|a\r\n    #|b\r\n  ))');
    assert.equal(readFileSync(math, 'utf8'), expected);
  });

  it('a folder runs its _test.mbt files beside its docs, not the package sources', () => {
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /lib_test\.mbt:1 one/);
    // The folder's two, and rec_test.mbt's.
    assert.match(run.stdout, /rec_test\.mbt:1 rec/);
    assert.match(run.stdout, /doctest: 3 passed, 0 failed/);
    assert.doesNotMatch(run.stdout + run.stderr, /lib\.mbt[^_]/);
  });

  it('a given file with no test is a warning', () => {
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout + run.stderr, /helpers\.mbt: warning: no test to run: the file has no `test` block/);
  });

  it('a file that is neither MoonBit nor Markdown is an error', () => {
    assert.equal(first.code, 1);
    assert.match(first.stdout + first.stderr, /notes\.txt: file error: not a doc: the harness runs Markdown \(\.md\) and MoonBit \(\.mbt\) files/);
    assert.equal(failuresOf(first, notes).length, 1, 'the file error fails the run');
  });

  it('a test file in the project has a snapshot record, as a doc has', () => {
    assert.equal(first.code, 1);
    assert.match(first.stdout, /rec_test\.mbt: error: has no snapshot record/);
    assert.equal(failuresOf(first, rec).length, 1, 'the missing record fails the run');
    assertDocPassed(update, updateRecords, rec, 1);
    assert.ok(recordText, 'the record is written');
    assert.match(recordText, /2 \* 3|6/);
    assert.ok(!goneAfterUpdate);
    assert.equal(run.code, 0, run.stdout + run.stderr);
  });
});

test("a MoonBit module's docs resolve relative paths from the module root, as moon test does", async () => {
  const mod = tempDir();
  writeFileSync(join(mod, 'moon.mod.json'), '{ "name": "me/example" }\n');
  mkdirSync(join(mod, 'src', 'testdata'), { recursive: true });
  writeFileSync(join(mod, 'src', 'testdata', 'input.txt'), 'hello\n');
  const doc = join(mod, 'src', 'API.mbt.md');
  writeFileSync(doc, [
    '# API', '', '```mbt check', '///|', 'test "reads src/testdata" {',
    '  let config = wasi_config_new_or_raise()',
    '  wasi_config_set_stdin_file_or_raise(config, "src/testdata/input.txt")',
    '  wasi_config_delete(config)', '}', '```', '',
  ].join('\n'));
  const fromElsewhere = await runCli([doc], { cwd: tempDir() });
  assert.equal(fromElsewhere.code, 0, fromElsewhere.stdout + fromElsewhere.stderr);
  // --root still decides when given.
  const rooted = await runCli(['--root', join(mod, 'src'), doc]);
  assert.equal(rooted.code, 1);
  assert.match(rooted.stdout + rooted.stderr, /cannot use `src\/testdata\/input\.txt` as stdin/);
});
