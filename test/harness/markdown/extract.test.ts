import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  extractBlocks,
  scanBlocks,
  MarkdownBlockError,
  type DocBlock,
} from '../../../harness/markdown/index.ts';

/** Asserts that every occurrence of `needle` in the block's code maps to the same text in the file. */
function assertMapsBack(source: string, block: DocBlock, needle: string): void {
  const lines = block.code.split('\n');
  let found = 0;
  lines.forEach((text, i) => {
    for (let col = text.indexOf(needle); col >= 0; col = text.indexOf(needle, col + 1)) {
      found++;
      const pos = block.toDocPosition({ line: i + 1, column: col + 1 });
      assert.equal(source.slice(pos.offset, pos.offset + needle.length), needle, `line ${i + 1} col ${col + 1}`);
      // line/column agree with offset
      const before = source.slice(0, pos.offset);
      const fileLine = before.split(/\r\n|\r|\n/).length;
      const fileCol = pos.offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) ;
      assert.equal(pos.line, fileLine, 'line');
      assert.equal(pos.column, fileCol, 'column');
    }
  });
  assert.ok(found > 0, `needle ${needle} not in code`);
}

test('modes and langs', () => {
  const src = [
    '# Title',
    '',
    '```mbt',
    'fn f() -> Int { 1 }',
    '```',
    '',
    '```mbt test',
    'inspect(f(), content="1")',
    '```',
    '',
    '```mbt check',
    'let x = 1',
    '```',
    '',
    '```mbt nocheck',
    'broken(',
    '```',
    '',
    '```moonbit',
    'anything',
    '```',
    '',
    '```moonbit test',
    'still nocheck',
    '```',
    '',
    '```ts',
    'ignored',
    '```',
    '',
    '```',
    'no lang',
    '```',
  ].join('\n');
  const blocks = extractBlocks(src, 'doc.md');
  assert.deepEqual(
    blocks.map((b) => [b.lang, b.mode, b.code, b.line]),
    [
      ['mbt', 'define', 'fn f() -> Int { 1 }', 3],
      ['mbt', 'test', 'inspect(f(), content="1")', 7],
      ['mbt', 'check', 'let x = 1', 11],
      ['mbt', 'nocheck', 'broken(', 15],
      ['moonbit', 'nocheck', 'anything', 19],
      ['moonbit', 'nocheck', 'still nocheck', 23],
    ],
  );
  assert.equal(blocks[0]!.heading, 'Title');
  assert.equal(blocks[0]!.file, 'doc.md');
  assert.equal(blocks[1]!.info, 'mbt test');
});

test('nearest preceding heading, with inline markup flattened', () => {
  const src = '# One\n\n```mbt\na\n```\n\n## Two `code` *em*\n\ntext\n\n```mbt test\nb\n```\n';
  const blocks = extractBlocks(src, 'h.md');
  assert.deepEqual(blocks.map((b) => b.heading), ['One', 'Two code em']);
  const none = extractBlocks('```mbt\nx\n```\n', 'n.md');
  assert.equal(none[0]!.heading, undefined);
});

test('a longer backtick fence contains a shorter one as text', () => {
  const src = 'intro\n\n````mbt test\nlet s = "```"\n```\nnot closed yet\n````\n\nafter\n';
  const [b, ...rest] = extractBlocks(src, 'n.md');
  assert.equal(rest.length, 0);
  assert.equal(b!.code, 'let s = "```"\n```\nnot closed yet');
  assert.equal(b!.line, 3);
  assertMapsBack(src, b!, 'not closed');
  assertMapsBack(src, b!, '```');
});

test('tilde fences, any length', () => {
  const src = '~~~mbt check\nlet a = 1\n~~~\n\n~~~~~ mbt test\n~~~\nlet b = 2\n~~~~~\n';
  const blocks = extractBlocks(src, 't.md');
  assert.deepEqual(blocks.map((b) => [b.mode, b.code]), [
    ['check', 'let a = 1'],
    ['test', '~~~\nlet b = 2'],
  ]);
  assertMapsBack(src, blocks[1]!, 'let b');
});

test('fences inside list items map back through the indentation', () => {
  const src = [
    '- first item',
    '',
    '  ```mbt test',
    '  let x = 1',
    '    let y = x',
    '  ```',
    '',
    '1. numbered',
    '   - nested',
    '',
    '     ```mbt',
    '     fn g() -> Int { 2 }',
    '     ```',
  ].join('\n');
  const blocks = extractBlocks(src, 'l.md');
  assert.equal(blocks.length, 2);
  assert.equal(blocks[0]!.code, 'let x = 1\n  let y = x');
  const p = blocks[0]!.toDocPosition({ line: 2, column: 3 });
  assert.deepEqual(p, { line: 5, column: 5, offset: src.indexOf('let y') });
  assertMapsBack(src, blocks[0]!, 'let');
  assertMapsBack(src, blocks[0]!, 'x');
  assert.equal(blocks[1]!.code, 'fn g() -> Int { 2 }');
  assertMapsBack(src, blocks[1]!, 'g()');
  assert.equal(blocks[1]!.column, 6);
});

test('fences inside block quotes (including nested quotes in a list)', () => {
  const src = [
    '> Quote',
    '>',
    '> ```mbt test',
    '> let q = 1',
    '>   inspect(q)',
    '> ```',
    '',
    '- item',
    '  > > ```mbt',
    '  > > fn deep() -> Unit { () }',
    '  > > ```',
  ].join('\n');
  const blocks = extractBlocks(src, 'q.md');
  assert.equal(blocks.length, 2);
  assert.equal(blocks[0]!.code, 'let q = 1\n  inspect(q)');
  assertMapsBack(src, blocks[0]!, 'inspect');
  assertMapsBack(src, blocks[0]!, 'q');
  assert.equal(blocks[1]!.code, 'fn deep() -> Unit { () }');
  assertMapsBack(src, blocks[1]!, 'deep');
  const pos = blocks[1]!.toDocPosition({ line: 1, column: 1 });
  assert.equal(pos.line, 10);
  assert.equal(pos.column, 7);
});

test('indented fence: the fence indentation is stripped from code and mapped back', () => {
  const src = '   ```mbt\n   let a = 1\n     let b = 2\n  c\n   ```\n';
  const [b] = extractBlocks(src, 'i.md');
  assert.equal(b!.code, 'let a = 1\n  let b = 2\nc');
  assertMapsBack(src, b!, 'let');
  assertMapsBack(src, b!, 'c');
});

test('CRLF files: LF code, exact offsets', () => {
  const src = '# T\r\n\r\n- item\r\n\r\n  ```mbt test\r\n  let a = 1\r\n  inspect(a, content="1")\r\n  ```\r\n\r\n> ```mbt\r\n> fn h() -> Unit { () }\r\n> ```\r\n';
  const blocks = extractBlocks(src, 'c.md');
  assert.equal(blocks[0]!.code, 'let a = 1\ninspect(a, content="1")');
  assert.equal(blocks[0]!.line, 5);
  assertMapsBack(src, blocks[0]!, 'inspect');
  assertMapsBack(src, blocks[0]!, 'content');
  assert.equal(blocks[1]!.code, 'fn h() -> Unit { () }');
  assertMapsBack(src, blocks[1]!, 'h()');
  const r = blocks[0]!.contentRange;
  assert.equal(src.slice(r.start, r.end), 'let a = 1\r\n  inspect(a, content="1")');
});

test('contentRange covers the code in the original file', () => {
  const src = 'x\n\n```mbt test\nline one\nline two\n```\n';
  const [b] = extractBlocks(src, 'r.md');
  assert.equal(src.slice(b!.contentRange.start, b!.contentRange.end), 'line one\nline two');
  const q = '> ```mbt\n> a\n> b\n> ```\n';
  const [c] = extractBlocks(q, 'r.md');
  assert.equal(q.slice(c!.contentRange.start, c!.contentRange.end), 'a\n> b');
});

test('offsetToDocPosition agrees with toDocPosition', () => {
  const src = '- i\n\n  ```mbt\n  ab\n  cd\n  ```\n';
  const [b] = extractBlocks(src, 'o.md');
  const off = b!.code.indexOf('d');
  assert.deepEqual(b!.offsetToDocPosition(off), b!.toDocPosition({ line: 2, column: 2 }));
  assert.equal(src[b!.offsetToDocPosition(off).offset], 'd');
});

test('empty blocks and unclosed blocks', () => {
  const blocks = extractBlocks('```mbt\n```\n\n```mbt test\n', 'e.md');
  assert.deepEqual(blocks.map((b) => [b.mode, b.code]), [
    ['define', ''],
    ['test', ''],
  ]);
  const [u] = extractBlocks('# h\n\n```mbt test\nlet a = 1\n', 'u.md');
  assert.equal(u!.code, 'let a = 1');
});

test('unknown mode is a diagnostic with file:line:column, not silently ignored', () => {
  const src = 'text\n\n- item\n\n  ```mbt foo\n  x\n  ```\n\n```mbt test\nok\n```\n';
  assert.throws(
    () => extractBlocks(src, 'docs/bad.md'),
    (e: unknown) => {
      assert.ok(e instanceof MarkdownBlockError);
      assert.equal(e.diagnostics.length, 1);
      assert.deepEqual(
        { file: e.diagnostics[0]!.file, line: e.diagnostics[0]!.line, column: e.diagnostics[0]!.column },
        { file: 'docs/bad.md', line: 5, column: 10 },
      );
      assert.match(e.message, /^docs\/bad\.md:5:10: error: unknown mode `foo`/);
      return true;
    },
  );
  const { blocks, diagnostics } = scanBlocks(src, 'docs/bad.md');
  assert.equal(diagnostics.length, 1);
  assert.deepEqual(blocks.map((b) => b.code), ['ok']);
});

test('mode words after the mode are kept as attrs', () => {
  const [b] = extractBlocks('```mbt test  slow\nx\n```\n', 'a.md');
  assert.equal(b!.mode, 'test');
  assert.deepEqual(b!.attrs, ['slow']);
});
