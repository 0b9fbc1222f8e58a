// Deeply nested containers: a located diagnostic, quickly, instead of a
// stack overflow (block quotes) or a parse of cubic time (nested lists).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_NESTING, scanBlocks } from '../../../harness/markdown/index.ts';

test('10,000 nested block quotes are one diagnostic at the quote past the limit', () => {
  const { blocks, diagnostics } = scanBlocks(`intro\n${'> '.repeat(10_000)}deep\n`, 'q.md');
  assert.deepEqual(blocks, []);
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0]!.line, 2);
  assert.equal(diagnostics[0]!.column, 2 * MAX_NESTING + 3);
  assert.match(diagnostics[0]!.message, /nested more than 100 deep/);
});

test('1,000 nested list items are refused at once, at the item past the limit', () => {
  const source = Array.from({ length: 1000 }, (_, i) => `${'  '.repeat(i)}- item`).join('\n');
  const started = performance.now();
  const { diagnostics } = scanBlocks(source, 'l.md');
  assert.ok(performance.now() - started < 1000, 'no parse of the deep lists');
  assert.equal(diagnostics[0]!.line, MAX_NESTING + 1);
});

test('a block inside lists as deep as the limit allows is found', () => {
  const depth = MAX_NESTING - 1;
  const lines = Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- item`);
  const pad = '  '.repeat(depth);
  lines.push(`${pad}\`\`\`mbt test`, `${pad}inspect(1)`, `${pad}\`\`\``);
  const { blocks, diagnostics } = scanBlocks(lines.join('\n'), 'ok.md');
  assert.deepEqual(diagnostics, []);
  assert.equal(blocks.length, 1);
  assert.equal(blocks[0]!.code, 'inspect(1)');
});

test('deep indentation inside a fenced code block is not nesting', () => {
  const source = ['```mbt test', ...Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}- not a list ${i}`), '```'].join('\n');
  const { blocks, diagnostics } = scanBlocks(source, 'code.md');
  assert.deepEqual(diagnostics, []);
  assert.equal(blocks.length, 1);
});
