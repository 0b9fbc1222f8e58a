// End-to-end checks of the translation's meaning: a doc whose blocks state
// MoonBit semantics must pass block by block, and a doc of blocks that must
// fail must fail each for its own reason while the others still run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { failuresOf } from '../cli/helpers.ts';
import { runDoctest, type BlockResult } from './doctest-run.ts';

const FIXTURES = 'test/harness/translate/fixtures';
// One run of the three docs (a run's start costs more than their blocks);
// each test reads its doc's records and the failures the run lists for it
// (a doc's own, such as a stale snapshot record, have no block record).
let run: ReturnType<typeof runDoctest> | undefined;
function docRun(name: string): ReturnType<typeof runDoctest> & { failures: string[] } {
  run ??= runDoctest(['language.md', 'semantics.md', 'failures.md'].map((f) => `${FIXTURES}/${f}`));
  const file = `${FIXTURES}/${name}`;
  return { ...run, records: run.records.filter((r: BlockResult) => r.file === file), failures: failuresOf({ code: run.status, ...run }, file) };
}

test('every value of the language doc is the compiler\'s', () => {
  const { records, failures, stderr } = docRun('language.md');
  const failed = records.filter((r) => r.status !== 'pass');
  assert.deepEqual(failed.map((r) => `${r.name}: ${r.error}`), [], stderr);
  assert.deepEqual(failures, []);
  assert.equal(records.length, 102);
});

test('every block of the semantics doc passes', () => {
  const { records, failures, stderr } = docRun('semantics.md');
  const failed = records.filter((r) => r.status !== 'pass');
  assert.deepEqual(failed.map((r) => `${r.name}: ${r.error}`), [], stderr);
  assert.deepEqual(failures, []);
  assert.equal(records.length, 17);
});

test('each failing block fails for its own reason, and later blocks still run', () => {
  const { status, records } = docRun('failures.md');
  assert.equal(status, 1);
  const byLine = new Map(records.map((r) => [r.line, r]));
  const expectFail = (line: number, pattern: RegExp) => {
    const r = byLine.get(line);
    assert.ok(r, `a record for the block at line ${line}`);
    assert.equal(r.status, 'fail', `block at line ${line} fails`);
    assert.match(r.error ?? '', pattern);
  };
  expectFail(5, /failures\.md:6:1: inspect mismatch/);
  assert.deepEqual(byLine.get(5)!.failures, [{ line: 6, column: 1, expected: '3', actual: '2' }]);
  expectFail(11, /failures\.md:12:1: assertion failed: `\[1, 2\] != \[1, 3\]`/);
  expectFail(17, /failures\.md:18:9: translation error: unknown function `no_such_function`/);
  expectFail(23, /failures\.md:24:13: syntax error: expected an expression, found end of input/);
  // MoonBit refuses a partial match before anything runs.
  expectFail(29, /failures\.md:31:1: translation error: this match does not cover every value: _ is not matched/);
  expectFail(38, /failures\.md:40:9: panic: index 3 out of bounds for length 1/);
  expectFail(45, /division by zero/);
  expectFail(52, /failures\.md:53:1: error raised: stop here/);
  assert.equal(byLine.get(58)?.status, 'pass');
  assert.equal(byLine.get(58)?.error, undefined);
});

test('a translation problem is reported once, under its block, with a caret excerpt', () => {
  const { stdout } = docRun('failures.md');
  const pattern = /test\/harness\/translate\/fixtures\/failures\.md:18:9: translation error: unknown function `no_such_function`.*\n\s+18 \| let v = no_such_function\(1\)\n\s+\| {9}\^/;
  assert.match(stdout, pattern);
  assert.equal(stdout.split('unknown function `no_such_function`').length - 1, 1, 'once (the summary lists it by position only)');
});
