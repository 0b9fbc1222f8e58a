// @coverage. Expected output is the oracle's for the same calls
// (`track("pkg/a", a)` then `track("p\"b", b)`, `end()` twice).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import coverage from '../../../harness/corelib/coverage.ts';
import { desc } from '../../../harness/runtime/desc.ts';
import { takeOutput } from '../../../harness/runtime/output.ts';
import { setRunningModule } from '../../../harness/runtime/doc-module.ts';
import { Panic } from '../../../harness/runtime/values.ts';
import { registerModule, show } from './collections-helpers.ts';

registerModule(coverage);
const f = (name: string) => coverage.fns[`@coverage.${name}`]!.impl as (...args: unknown[]) => unknown;
const COUNTER = desc('@coverage.CoverageCounter');

test('@coverage: counters count, show, and end() prints and zeroes the tracked ones', () => {
  setRunningModule('doc-a');
  const a = f('CoverageCounter::new')(3);
  const b = f('CoverageCounter::new')(0);
  for (const i of [0, 0, 2]) f('CoverageCounter::incr')(a, i);
  f('track')('pkg/a', a);
  f('track')('p"b', b);
  assert.equal(show(COUNTER, a), '[2, 0, 1]');
  assert.equal(f('CoverageCounter::to_string')(b), '[]');
  const block = (counts: string) =>
    `----- BEGIN MOONBIT COVERAGE -----\n{ "p\\"b": []\n, "pkg/a": ${counts}\n}\n----- END MOONBIT COVERAGE -----\n`;
  takeOutput();
  f('end')();
  assert.equal(takeOutput(), block('[2, 0, 1]'));
  assert.equal(show(COUNTER, a), '[0, 0, 0]');
  f('end')();
  assert.equal(takeOutput(), block('[0, 0, 0]'));
  assert.throws(() => f('CoverageCounter::incr')(a, 3), Panic);
});

test('@coverage: each doc tracks its own counters (moon keeps them per test binary)', () => {
  setRunningModule('doc-b');
  takeOutput();
  f('end')();
  assert.equal(takeOutput(), '----- BEGIN MOONBIT COVERAGE -----\n{ }\n----- END MOONBIT COVERAGE -----\n');
});
