// `--review` in a real terminal: each pending change is shown with its doc
// line and diff; keys accept, reject, skip, accept all the rest, quit; only
// the accepted changes are written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SLEEPS, doc, tempDir } from './helpers.ts';
import { inTerminal } from './terminal.ts';

const SOURCE = doc(
  '# Review', '', '```mbt test',
  'inspect(1, content="one")',
  'inspect(2, content="two")',
  'inspect(3, content="three")',
  'inspect(4)',
  'inspect(5, content="five")',
  '```',
);

test('--review walks the changes: a accepts, r rejects, s skips, A accepts the rest; only accepted ones are written', { timeout: 60_000 }, async () => {
  const file = join(tempDir(), 'review.md');
  writeFileSync(file, SOURCE);
  const t = inTerminal(['--review', file]);
  await t.waitFor(/change 1 of 5\n.*review\.md:4:1: content changed\n\s+4 \| inspect\(1, content="one"\)[\s\S]*- one\n\s+\+ 1[\s\S]*\? $/);
  t.type('a');
  await t.waitFor(/change 2 of 5[\s\S]*\? $/);
  t.type('r');
  await t.waitFor(/change 3 of 5[\s\S]*\? $/);
  t.type('s');
  await t.waitFor(/change 4 of 5\n.*review\.md:7:1: content added[\s\S]*\? $/);
  t.type('A');
  await t.waitFor(/review: 3 accepted, 1 rejected, 1 left for later/);
  assert.equal(await t.exited, 1, 'a rejected and a skipped change still fail');
  assert.equal(readFileSync(file, 'utf8'), SOURCE
    .replace('content="one"', 'content="1"')
    .replace('inspect(4)', 'inspect(4, content="4")')
    .replace('content="five"', 'content="5"'));
});

test('--review: q quits, writing only what was accepted before', { timeout: 60_000 }, async () => {
  const file = join(tempDir(), 'quit.md');
  writeFileSync(file, SOURCE);
  const t = inTerminal(['--review', file]);
  await t.waitFor(/change 1 of 5[\s\S]*\? $/);
  t.type('a');
  await t.waitFor(/change 2 of 5[\s\S]*\? $/);
  t.type('q');
  await t.waitFor(/review: 1 accepted, 0 rejected, 4 left for later/);
  await t.exited;
  assert.equal(readFileSync(file, 'utf8'), SOURCE.replace('content="one"', 'content="1"'));
});

test('on a terminal a status line says which block is running, and for how long', { timeout: 60_000 }, async () => {
  const file = join(tempDir(), 'slow.md');
  writeFileSync(file, doc('# Slow', '', ...SLEEPS));
  // The status line is drawn as the block starts; the timeout only ends the block.
  const t = inTerminal(['--timeout', '1000', file]);
  await t.waitFor(/running \S*slow\.md:3 Slow \d+\.\d s · 0 passed, 0 failed/);
  await t.waitFor(/slow\.md:3:1: timeout/);
  assert.equal(await t.exited, 1);
  assert.ok(t.raw().includes('\r\x1b[2K'), 'the status line is redrawn in place');
});
