// A MoonBit source file (`x_test.mbt`) read as a doc: each top-level item,
// with the comments above it (`///|`), is one `mbt check` block, so that a
// test the harness refuses (it calls a function the binding lacks) leaves
// the file's other tests running. Positions in a block are the file's own.

import { MoonBitSyntaxError, parseProgram } from '../syntax/index.ts';
import type { DocBlock, DocPosition, ScannedDoc } from './index.ts';
import { splitLines, type Line } from './lines.ts';

/** The file's blocks: one per top-level item, or the whole file when it does not parse (its block reports where). */
export function scanMoonBitFile(source: string, file: string): ScannedDoc {
  const all = splitLines(source);
  const name = file.split('/').pop()!;
  let ends: number[]; // 1-based last line of each chunk
  let firstLines: number[]; // 1-based line where each chunk's first item starts
  try {
    // Parsed with LF line ends, as blocks are; lines are the same either way.
    const items = parseProgram(source.replace(/\r\n?/g, '\n')).items;
    ends = [];
    firstLines = [];
    for (const item of items) {
      // Two items on one line stay in one block.
      if (ends.length && item.span.start.line <= ends[ends.length - 1]!) {
        ends[ends.length - 1] = Math.max(ends[ends.length - 1]!, item.span.end.line);
        continue;
      }
      ends.push(item.span.end.line);
      firstLines.push(item.span.start.line);
    }
  } catch (error) {
    if (!(error instanceof MoonBitSyntaxError)) throw error;
    ends = [all.length];
    firstLines = [1];
  }
  const blocks: DocBlock[] = [];
  let from = 1; // first line of the next chunk: just after the previous one
  ends.forEach((end, i) => {
    blocks.push(chunk(all, from, end, firstLines[i]!, file, name));
    from = end + 1;
  });
  return { blocks, diagnostics: [], warnings: [] };
}

function chunk(all: Line[], from: number, to: number, itemLine: number, file: string, name: string): DocBlock {
  const own = all.slice(from - 1, to);
  const code = own.map((l) => l.text).join('\n');
  const toDocPosition = (pos: { line: number; column: number }): DocPosition => {
    const line = Math.min(Math.max(from + pos.line - 1, 1), all.length);
    return { line, column: pos.column, offset: all[line - 1]!.start + pos.column - 1 };
  };
  const lineOffsets: number[] = [];
  let o = 0;
  for (const l of own) {
    lineOffsets.push(o);
    o += l.text.length + 1;
  }
  const last = all[to - 1]!;
  return {
    file,
    lang: 'mbt',
    mode: 'check',
    info: 'mbt check',
    attrs: [],
    code,
    heading: name,
    headings: [name],
    line: itemLine,
    column: 1,
    contentRange: { start: all[from - 1]!.start, end: last.start + last.text.length },
    toDocPosition,
    offsetToDocPosition: (offset) => {
      let i = 0;
      while (i + 1 < lineOffsets.length && lineOffsets[i + 1]! <= offset) i++;
      return toDocPosition({ line: i + 1, column: offset - lineOffsets[i]! + 1 });
    },
  };
}
