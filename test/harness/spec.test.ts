// The specification this project implements, unchanged, must run: every
// block of the spec's API.md passes with --include-nocheck, from a root that
// holds the file the spec's examples read (src/testdata/wasm_job_input.txt).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runDoctest } from './translate/doctest-run.ts';

test('the spec API.md runs unchanged and every block passes', () => {
  const { status, records, stderr } = runDoctest(['--include-nocheck', '--root', 'test/fixtures/spec-root', 'test/fixtures/spec/API.md']);
  const failed = records.filter((r) => r.status !== 'pass').map((r) => `${r.name}: ${r.error}`);
  assert.deepEqual(failed, [], stderr);
  assert.equal(records.length, 14);
  assert.equal(status, 0);
});
