// Front matter: read with its positions, never taken for Markdown, and every
// problem in it located.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanBlocks } from '../../../harness/markdown/index.ts';

const where = (ds: { line?: number; column?: number; message: string }[]) => ds.map((d) => `${d.line}:${d.column} ${d.message}`);

test('imports and backend are read with the line and column of each value', () => {
  const doc = [
    '---',
    'moonbit:',
    '  import:',
    '    - moonbitlang/core/ref',
    '    - path: mizchi/wasmtime',
    '      alias: wt',
    '  backend: native',
    '---',
    '# Title',
    '',
    '```mbt check',
    'test { }',
    '```',
  ].join('\n');
  const { blocks, diagnostics, warnings, frontMatter } = scanBlocks(doc, 'f.md');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(warnings, []);
  assert.deepEqual(frontMatter, {
    imports: [
      { path: 'moonbitlang/core/ref', alias: 'ref', at: { line: 4, column: 7 } },
      { path: 'mizchi/wasmtime', alias: 'wt', at: { line: 5, column: 7 } },
    ],
    backend: { names: ['native'], at: { line: 7, column: 12 } },
  });
  assert.equal(blocks.length, 1);
  assert.equal(blocks[0]!.line, 11);
  assert.deepEqual(blocks[0]!.headings, ['Title']);
});

test('front matter is not Markdown: a fence inside it is no block, a heading-like key no heading', () => {
  const doc = '---\nmoonbit:\n  backend: native\nnote: |\n  ```mbt check\n  test { fail("x") }\n  ```\n---\nbody\n';
  const { blocks, frontMatter, warnings } = scanBlocks(doc, 'f.md');
  assert.equal(blocks.length, 0);
  assert.deepEqual(frontMatter?.backend?.names, ['native']);
  assert.deepEqual(where(warnings), ['4:1 unknown front matter key `note` (ignored; the harness reads `moonbit:`)']);
});

test('a rule further down is not front matter, nor is YAML that does not open the file', () => {
  const { frontMatter, diagnostics } = scanBlocks('# Doc\n\n---\nmoonbit:\n  backend: js\n---\n', 'f.md');
  assert.equal(frontMatter, undefined);
  assert.deepEqual(diagnostics, []);
});

test('unknown keys are warnings at the key; the known ones still count', () => {
  const doc = '---\nmoonbit:\n  backend: native\n  target: js\n  import:\n    - path: moonbitlang/core/ref\n      as: r\n---\n';
  const { diagnostics, warnings, frontMatter } = scanBlocks(doc, 'f.md');
  assert.deepEqual(diagnostics, []);
  assert.deepEqual(where(warnings), [
    '4:3 unknown key `moonbit.target` (ignored; known keys: import, deps, backend)',
    '7:7 unknown key `as` in an import (ignored; an import has `path` and `alias`)',
  ]);
  assert.deepEqual(frontMatter?.imports.map((i) => i.alias), ['ref']);
});

test('malformed YAML is one located syntax error, and the blocks are still found', () => {
  const doc = '---\nmoonbit:\n  import: [a, b\n  backend: native\n---\n```mbt check\ntest { }\n```\n';
  const { diagnostics, blocks } = scanBlocks(doc, 'f.md');
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0]!.kind, 'syntax error');
  assert.match(diagnostics[0]!.message, /^front matter is not valid YAML: /);
  assert.ok(diagnostics[0]!.line! >= 3 && diagnostics[0]!.line! <= 5, `line ${diagnostics[0]!.line}`);
  assert.match(diagnostics[0]!.excerpt!, /\|/);
  assert.equal(blocks.length, 1);
});

test('values of the wrong shape are errors at the value', () => {
  const doc = '---\nmoonbit:\n  import: moonbitlang/core/ref\n  backend: { name: js }\n---\n';
  assert.deepEqual(where(scanBlocks(doc, 'f.md').diagnostics), [
    '3:11 front matter: `moonbit.import` takes a list of package paths, or of `path:` with an optional `alias:`',
    '4:12 front matter: `moonbit.backend` takes a backend name (`native`, `js`, `wasm`, `wasm-gc`, `llvm`) or a list of them',
  ]);
  const bad = '---\nmoonbit:\n  import:\n    - not a path\n    - path: mizchi/wasmtime\n      alias: Upper\n---\n';
  assert.deepEqual(where(scanBlocks(bad, 'f.md').diagnostics), [
    '4:7 front matter: an import needs a package path such as `moonbitlang/core/ref`',
    '5:7 front matter: the alias of `mizchi/wasmtime` must be a lower-case name',
  ]);
});

test('CRLF front matter has the same positions', () => {
  const doc = '---\r\nmoonbit:\r\n  backend: native\r\n---\r\n```mbt check\r\ntest { }\r\n```\r\n';
  const { frontMatter, blocks } = scanBlocks(doc, 'f.md');
  assert.deepEqual(frontMatter?.backend, { names: ['native'], at: { line: 3, column: 12 } });
  assert.equal(blocks[0]!.line, 5);
});

test("the report's Markdown has no trace of the front matter, and keeps the doc's line numbers", async () => {
  const { parseMarkdown } = await import('../../../harness/report/markdown.ts');
  const tree = parseMarkdown('---\nmoonbit:\n  backend: native\n---\n# Title\n');
  assert.deepEqual(tree.children.map((c) => [c.type, c.position?.start.line]), [['heading', 5]]);
});
