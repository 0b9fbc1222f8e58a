// Finds the MoonBit code blocks of a Markdown document and maps positions
// inside a block's code back to the document.
//
// Parsing is left to markdown-it (CommonMark): it knows where fenced code
// blocks are, including inside list items and block quotes, with backtick or
// tilde fences of any length, and says on which lines each one stands. What
// it does not give is where each line of a block's content starts in the
// original file (it strips list indentation and `> ` markers), so that is
// recomputed here from the original source, line by line.

import MarkdownIt, { type Options } from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { excerpt, formatDiagnostic, type Diagnostic } from '../diagnostics.ts';
import { blankFrontMatter, frontMatterEnd, readFrontMatter, type FrontMatter } from './front-matter.ts';
import { scanMoonBitFile } from './mbt-file.ts';
import { splitLines, type Line } from './lines.ts';

export type { FrontMatter, FrontMatterImport } from './front-matter.ts';

export type BlockLang = 'mbt' | 'moonbit';

/**
 * - `test`: ```` ```mbt test ```` — code run as the body of a test.
 * - `check`: ```` ```mbt check ```` — top-level code that must type-check/run.
 * - `define`: bare ```` ```mbt ```` — top-level definitions.
 * - `nocheck`: ```` ```mbt nocheck ```` and every ```` ```moonbit ```` block — shown, not run.
 */
export type BlockMode = 'test' | 'check' | 'define' | 'nocheck';

/** A position in the Markdown file: 1-based line and column (UTF-16 code units), 0-based offset. */
export interface DocPosition {
  line: number;
  column: number;
  offset: number;
}

export interface DocBlock {
  file: string;
  lang: BlockLang;
  mode: BlockMode;
  /** The whole info string after the fence (e.g. `mbt test`). */
  info: string;
  /** Words of the info string after the mode word (after `lang` for `moonbit`). */
  attrs: string[];
  /** The block's content as the Markdown parser gives it, with LF line endings. */
  code: string;
  /** Text of the nearest heading before the block, if any. */
  heading: string | undefined;
  /** The headings the block stands under, outermost first (`# A`, `## B` → `['A', 'B']`). */
  headings: string[];
  /** 1-based line of the opening fence in the file. */
  line: number;
  /** 1-based column of the opening fence in the file. */
  column: number;
  /** Offsets in the original file: from the first character of the code to the end of its last line (exclusive). */
  contentRange: { start: number; end: number };
  /**
   * Maps a position inside `code` (1-based line and column relative to
   * `code`) to the position in the original file.
   */
  toDocPosition(pos: { line: number; column: number }): DocPosition;
  /** Same as `toDocPosition`, from a 0-based offset into `code`. */
  offsetToDocPosition(offset: number): DocPosition;
}

/** Thrown by `extractBlocks` when a block cannot be classified. */
export class MarkdownBlockError extends Error {
  override readonly name = 'MarkdownBlockError';
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map((d) => formatDiagnostic(d)).join('\n'));
  }
}

const MBT_MODES: Record<string, BlockMode> = {
  test: 'test',
  check: 'check',
  nocheck: 'nocheck',
};

/**
 * The MoonBit blocks of `source`, in document order. Throws
 * `MarkdownBlockError` (listing every problem with file:line:column) when a
 * block has an unknown mode such as ```` ```mbt foo ````.
 */
export function extractBlocks(source: string, file: string): DocBlock[] {
  const { blocks, diagnostics } = scanBlocks(source, file);
  if (diagnostics.length > 0) throw new MarkdownBlockError(diagnostics);
  return blocks;
}

export interface ScannedDoc {
  blocks: DocBlock[];
  /** Errors: a block that cannot be classified, malformed front matter. */
  diagnostics: Diagnostic[];
  /** Front matter the harness reads but ignores (unknown keys). */
  warnings: Diagnostic[];
  frontMatter?: FrontMatter;
}

/** A MoonBit source file, run as a doc whose items are `mbt check` blocks (`x_test.mbt`). */
export const isMoonBitFile = (path: string): boolean => /\.mbt$/i.test(path);

/** The blocks of a doc: a Markdown file, or a MoonBit source file. */
export function scanDoc(source: string, file: string): ScannedDoc {
  return isMoonBitFile(file) ? scanMoonBitFile(source, file) : scanBlocks(source, file);
}

/** A fenced code block as the parser found it. */
interface Fence {
  /** 1-based line and column of the opening fence. */
  line: number;
  column: number;
  /** The info string's first word, and the rest. */
  lang: string;
  meta: string;
  /** The content lines without container prefixes and fence indentation, LF-separated. */
  code: string;
  /** How many lines the content spans (an empty one spans none, or one blank line). */
  lineCount: number;
}

/** Like `extractBlocks`, but returns problems instead of throwing; bad blocks are left out of `blocks`. */
export function scanBlocks(source: string, file: string): ScannedDoc {
  const lines = splitLines(source);
  const tooDeep = nestingProblem(lines, file);
  if (tooDeep) return { blocks: [], diagnostics: [tooDeep], warnings: [] };
  const blocks: DocBlock[] = [];
  const diagnostics: Diagnostic[] = [];
  const warnings: Diagnostic[] = [];
  let frontMatter: FrontMatter | undefined;
  // Front matter is recognised only as the document's first lines, and is
  // never Markdown content: its lines are parsed as blank ones.
  const close = frontMatterEnd(lines);
  if (close !== undefined) {
    const read = readFrontMatter(close, source, lines, file);
    frontMatter = read.frontMatter;
    diagnostics.push(...read.errors);
    warnings.push(...read.warnings);
  }
  let heading: string | undefined;
  // The open headings by depth: a heading closes those of its depth and deeper.
  const open: { depth: number; text: string }[] = [];
  const tokens = markdown.parse(blankFrontMatter(source, lines), {});
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') {
      const depth = Number(token.tag.slice(1));
      heading = inlineText(tokens[i + 1]?.children ?? []);
      while (open.length && open[open.length - 1]!.depth >= depth) open.pop();
      open.push({ depth, text: heading });
      return;
    }
    if (token.type !== 'fence' || !token.map) return;
    const info = token.info.trim();
    const space = info.search(/\s/);
    const fenceText = lines[token.map[0]]!.text;
    const fence: Fence = {
      line: token.map[0] + 1,
      column: Math.max(0, fenceText.indexOf(token.markup)) + 1,
      lang: space < 0 ? info : info.slice(0, space),
      meta: space < 0 ? '' : info.slice(space).trim(),
      code: token.content.replace(/\n$/, ''),
      lineCount: token.content.split('\n').length - 1,
    };
    const result = classify(fence, lines, file);
    if (result === undefined) return;
    if ('message' in result) diagnostics.push(result);
    else blocks.push(makeBlock(fence, result, heading, open.map((h) => h.text), lines, file));
  });
  return { blocks, diagnostics, warnings, ...(frontMatter ? { frontMatter } : {}) };
}

/** The plain text of a heading's inline content: code spans, link texts and image descriptions included. */
function inlineText(children: readonly Token[]): string {
  let out = '';
  for (const t of children) {
    if (t.type === 'text' || t.type === 'code_inline' || t.type === 'html_inline') out += t.content;
    else if (t.type === 'softbreak') out += '\n';
    else if (t.type === 'image') out += inlineText(t.children ?? []);
  }
  return out;
}

/**
 * Containers (block quotes, list items) nested deeper than this are refused:
 * no doc needs them, and the Markdown parser's time grows with the cube of
 * the depth of nested lists (and its recursion with that of quotes).
 */
export const MAX_NESTING = 100;

// Containers may nest as deep as nestingProblem allows; markdown-it's own
// limit (a list item is two levels) stays out of the way.
const markdown = new MarkdownIt('commonmark');
markdown.set({ maxNesting: 4 * MAX_NESTING } as Options);

/**
 * A diagnostic at the first container opened past MAX_NESTING, found
 * without parsing: each line's `>` markers are counted, and list items are
 * followed by their content columns (a line's marker closes the items whose
 * content starts right of it), as CommonMark nests them. Lines of fenced code
 * are not containers.
 */
function nestingProblem(lines: Line[], file: string): Diagnostic | undefined {
  const items: number[] = []; // content columns of the open list items
  let fence: string | undefined;
  for (const [i, { text }] of lines.entries()) {
    let at = 0;
    let quotes = 0;
    for (;;) {
      const m = /^ {0,3}>/.exec(text.slice(at));
      if (!m) break;
      at += m[0].length;
      if (text[at] === ' ') at++;
      if (++quotes > MAX_NESTING) return tooDeep(file, lines, i, at);
    }
    const rest = text.slice(at);
    if (fence !== undefined) {
      if (rest.trimStart().startsWith(fence)) fence = undefined;
      continue;
    }
    if (rest.trim() === '') continue;
    const indent = /^[ \t]*/.exec(rest)![0].replace(/\t/g, '    ').length;
    while (items.length && items[items.length - 1]! > indent) items.pop();
    let col = indent;
    let body = rest.trimStart();
    for (;;) {
      const m = /^(?:[-+*]|\d{1,9}[.)])( +|$)/.exec(body);
      if (!m) break;
      col += m[0].length;
      items.push(col);
      if (quotes + items.length > MAX_NESTING) return tooDeep(file, lines, i, at + col);
      body = body.slice(m[0].length);
    }
    const f = /^(`{3,}|~{3,})/.exec(body);
    if (f) fence = f[1]!;
  }
  return undefined;
}

function tooDeep(file: string, lines: Line[], index: number, offset: number): Diagnostic {
  const column = Math.min(offset, lines[index]!.text.length) + 1;
  return {
    file,
    line: index + 1,
    column,
    kind: 'error',
    excerpt: excerpt(lines.map((l) => l.text), index + 1, column),
    message: `block quotes and lists nested more than ${MAX_NESTING} deep are not supported; the doc is not read`,
  };
}

interface Classified {
  lang: BlockLang;
  mode: BlockMode;
  info: string;
  attrs: string[];
}

function classify(fence: Fence, lines: Line[], file: string): Classified | Diagnostic | undefined {
  const lang = fence.lang;
  if (lang !== 'mbt' && lang !== 'moonbit') return undefined;
  const words = fence.meta.split(/\s+/).filter((w) => w !== '');
  const info = [lang, ...words].join(' ');
  if (lang === 'moonbit') return { lang, mode: 'nocheck', info, attrs: words };
  if (words.length === 0) return { lang, mode: 'define', info, attrs: [] };
  const mode = MBT_MODES[words[0]!];
  if (mode !== undefined) return { lang, mode, info, attrs: words.slice(1) };
  // `mbt no-check nocheck` (core writes it so): a `nocheck` anywhere keeps the block from running.
  if (words.includes('nocheck')) return { lang, mode: 'nocheck', info, attrs: words.filter((w) => w !== 'nocheck') };
  // Point at the unknown word on the fence line.
  const start = fence;
  const fenceText = lines[start.line - 1]!.text;
  const from = start.column - 1;
  const langAt = fenceText.indexOf(lang, from);
  const wordAt = langAt < 0 ? -1 : fenceText.indexOf(words[0]!, langAt + lang.length);
  const column = (wordAt < 0 ? from : wordAt) + 1;
  return {
    file,
    line: start.line,
    column,
    kind: 'error',
    excerpt: excerpt(lines.map((l) => l.text), start.line, column),
    message:
      `unknown mode \`${words[0]}\` in code block info \`${info}\`; ` +
      'expected `mbt`, `mbt test`, `mbt check`, `mbt nocheck` or `moonbit`',
  };
}

function makeBlock(
  fence: Fence,
  cls: Classified,
  heading: string | undefined,
  headings: string[],
  lines: Line[],
  file: string,
): DocBlock {
  const code = fence.code;
  const start = fence;
  const fenceLine = start.line; // 1-based
  const codeLines = fence.lineCount === 0 ? [] : code.split('\n');

  // For each code line (0-based index), the offset in the file where its
  // first character stands, and the column there. The code line is what is
  // left of the file line after the container prefixes (list indentation,
  // `> ` markers) and the fence's indentation, so it is a suffix of it.
  const lineStarts: number[] = [];
  const prefixLens: number[] = [];
  codeLines.forEach((text, i) => {
    const fileLine = lines[fenceLine + i]; // fenceLine is 1-based: index fenceLine is the next line
    if (fileLine === undefined) {
      lineStarts.push(lines[lines.length - 1]!.start);
      prefixLens.push(0);
      return;
    }
    const prefix = fileLine.text.endsWith(text) ? fileLine.text.length - text.length : guessPrefix(fileLine.text, text);
    prefixLens.push(prefix);
    lineStarts.push(fileLine.start + prefix);
  });

  const firstContentLine = lines[fenceLine];
  const contentStart =
    lineStarts[0] ?? (firstContentLine !== undefined ? firstContentLine.start : lines[fenceLine - 1]!.start + lines[fenceLine - 1]!.text.length);
  const last = codeLines.length - 1;
  const contentEnd = last >= 0 ? lineStarts[last]! + codeLines[last]!.length : contentStart;

  const toDocPosition = (pos: { line: number; column: number }): DocPosition => {
    const i = pos.line - 1;
    if (i >= 0 && i < codeLines.length) {
      return {
        line: fenceLine + pos.line,
        column: prefixLens[i]! + pos.column,
        offset: lineStarts[i]! + pos.column - 1,
      };
    }
    // Outside the code (e.g. an end position one past the last line): map
    // to the corresponding file line without a prefix, clamped to the file.
    const fileLineNo = Math.min(Math.max(fenceLine + pos.line, 1), lines.length);
    const fileLine = lines[fileLineNo - 1]!;
    return { line: fileLineNo, column: pos.column, offset: fileLine.start + pos.column - 1 };
  };

  const lineOffsets: number[] = [];
  {
    let o = 0;
    for (const l of codeLines) {
      lineOffsets.push(o);
      o += l.length + 1;
    }
  }
  const offsetToDocPosition = (offset: number): DocPosition => {
    let i = 0;
    while (i + 1 < lineOffsets.length && lineOffsets[i + 1]! <= offset) i++;
    return toDocPosition({ line: i + 1, column: offset - (lineOffsets[i] ?? 0) + 1 });
  };

  return {
    file,
    lang: cls.lang,
    mode: cls.mode,
    info: cls.info,
    attrs: cls.attrs,
    code,
    heading,
    headings,
    line: fenceLine,
    column: start.column,
    contentRange: { start: contentStart, end: contentEnd },
    toDocPosition,
    offsetToDocPosition,
  };
}

/**
 * Fallback when the code line is not a plain suffix of the file line (the parser
 * expanded a tab in the indentation): skip container markers and whitespace
 * the way a reader would, keeping at least the code's own length.
 */
function guessPrefix(fileText: string, codeText: string): number {
  const m = /^(?:[ \t]*>[ \t]?)*[ \t]*/.exec(fileText);
  const p = m ? m[0].length : 0;
  return Math.max(0, Math.min(p, fileText.length - codeText.trimStart().length));
}
