// Turns the values recorded by an `--update` run (harness/run/protocol.ts)
// into edits of a doc's text: only the `content` arguments change, every
// other byte stays as it is.
import type { DocBlock } from '../markdown/index.ts';
import type { InspectSite } from '../translate/document.ts';
import type { InspectRecord } from '../runtime/inspect.ts';
import { contentValue, writable, type Layout } from './format.ts';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface Conflict {
  line: number;
  column: number;
  /** The distinct values the call produced, in the order first seen. */
  actuals: string[];
}

/** One `content` that --update changes (or adds, when `expected` is null). */
export interface Change {
  line: number;
  column: number;
  added: boolean;
  expected: string | null;
  actual: string;
  edit: Edit;
}

export interface UpdatePlan {
  edits: Edit[];
  conflicts: Conflict[];
  /** Sites whose content was (or will be) written: changed or added, with their edit. */
  updated: Change[];
  /** Sites never executed in the run (left alone). */
  notRun: { line: number; column: number }[];
  /** Sites whose actual value no MoonBit literal can denote (left alone). */
  unwritable: { line: number; column: number; actual: string }[];
}

/** Records of one doc grouped by call position `line:column`. */
export function groupRecords(records: InspectRecord[]): Map<string, InspectRecord[]> {
  const map = new Map<string, InspectRecord[]>();
  for (const r of records) {
    const key = `${r.line}:${r.column}`;
    const list = map.get(key);
    if (list) list.push(r);
    else map.set(key, [r]);
  }
  return map;
}

export function planUpdate(source: string, blocks: DocBlock[], sites: InspectSite[], records: InspectRecord[]): UpdatePlan {
  const byPos = groupRecords(records);
  const plan: UpdatePlan = { edits: [], conflicts: [], updated: [], notRun: [], unwritable: [] };
  const seen = new Set<string>();
  for (const site of sites) {
    const key = `${site.line}:${site.column}`;
    if (seen.has(key)) continue; // the same call translated twice (cannot happen today; be safe)
    seen.add(key);
    const recs = byPos.get(key);
    if (!recs || recs.length === 0) {
      plan.notRun.push({ line: site.line, column: site.column });
      continue;
    }
    const actuals = [...new Set(recs.map((r) => r.actual))];
    if (actuals.length > 1) {
      plan.conflicts.push({ line: site.line, column: site.column, actuals });
      continue;
    }
    const actual = actuals[0]!;
    const expected = recs[0]!.expected;
    if (site.content && expected === actual) continue;
    if (!writable(actual)) {
      plan.unwritable.push({ line: site.line, column: site.column, actual });
      continue;
    }
    // A multi-line value is laid out from the line it starts on: the call's
    // line for `inspect(x, content=...)`, the argument's line in a call
    // split over several lines.
    if (site.content) {
      const { start, end, punned } = contentExtent(source, site.content);
      const value = contentValue(actual, layoutAt(source, blocks, start));
      const text = punned ? `content=${value}` : value;
      if (source.slice(start, end) === text) continue;
      const edit = { start, end, text };
      plan.edits.push(edit);
      plan.updated.push({ line: site.line, column: site.column, added: false, expected, actual, edit });
    } else {
      const at = insertion(source, site.call);
      const value = contentValue(actual, layoutAt(source, blocks, at.start));
      const edit = { ...at, text: at.text + value };
      plan.edits.push(edit);
      plan.updated.push({ line: site.line, column: site.column, added: true, expected: null, actual, edit });
    }
  }
  plan.edits.sort((a, b) => a.start - b.start);
  return plan;
}

export function applyEdits(source: string, edits: Edit[]): string {
  let out = '';
  let at = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.start < at) throw new Error(`overlapping edits at offset ${e.start}`);
    out += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + source.slice(at);
}

const SPACE = /[ \t\r\n]/;

/** Container prefixes and Markdown block-quote markers may stand between tokens of a multi-line call. */
function skippable(source: string, i: number): boolean {
  const c = source[i]!;
  return SPACE.test(c) || (c === '>' && atLinePrefix(source, i));
}

/** Whether `source[i]` stands before any code on its line (only spaces and `>` before it). */
function atLinePrefix(source: string, i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const c = source[j]!;
    if (c === '\n' || c === '\r') return true;
    if (c !== ' ' && c !== '\t' && c !== '>') return false;
  }
  return true;
}

/**
 * The range a new `content` value replaces: the value expression, widened to
 * the parentheses around it when it is written `content=( ... )` (the span
 * the parser reports for a parenthesised string is the string's own).
 */
export function contentExtent(source: string, content: { start: number; end: number }): { start: number; end: number; punned?: boolean } {
  // `content~` (punned: the value is the variable `content`): the whole
  // argument becomes `content=...`.
  if (source.slice(content.start, content.end) === 'content' && source[content.end] === '~') {
    return { start: content.start, end: content.end + 1, punned: true };
  }
  let s = content.start - 1;
  while (s >= 0 && skippable(source, s)) s--;
  let e = content.end;
  while (e < source.length && skippable(source, e)) e++;
  if (source[s] === '(' && source[e] === ')') {
    let q = s - 1;
    while (q >= 0 && skippable(source, q)) q--;
    if (source[q] === '=') return { start: s, end: e + 1 };
  }
  return content;
}

/** Where `, content=` goes in a call without `content` (the value is appended to `text`). */
function insertion(source: string, call: { start: number; end: number }): Edit {
  const close = call.end - 1; // the closing `)`
  let i = close - 1;
  while (i > call.start && skippable(source, i)) i--;
  const between = source.slice(i + 1, close);
  if (source[i] === ',') {
    // `inspect(x,)` / `inspect(\n  x,\n)`: after the trailing comma.
    return { start: i + 1, end: i + 1, text: ' content=' };
  }
  if (between.includes('//')) {
    // A comment after the last argument: insert just before `)`.
    return { start: close, end: close, text: ', content=' };
  }
  // A `//` comment ending the line of the last argument is not skippable, so
  // `i` may stand in it; look for one on that line.
  const lineStart = Math.max(source.lastIndexOf('\n', i), source.lastIndexOf('\r', i)) + 1;
  if (hasLineComment(source.slice(lineStart, i + 1))) return { start: close, end: close, text: ', content=' };
  return { start: i + 1, end: i + 1, text: ', content=' };
}

/** Whether a line has a `//` outside string literals. */
function hasLineComment(line: string): boolean {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '/' && line[i + 1] === '/') return true;
    else if (c === '#' && line[i + 1] === '|') return false;
  }
  return false;
}

/** Prefix, indentation and line break of the doc line holding `offset` (an `inspect` call). */
export function layoutAt(source: string, blocks: DocBlock[], offset: number): Layout {
  const lineStart = Math.max(source.lastIndexOf('\n', offset - 1), source.lastIndexOf('\r', offset - 1)) + 1;
  let lineEnd = lineStart;
  while (lineEnd < source.length && source[lineEnd] !== '\n' && source[lineEnd] !== '\r') lineEnd++;
  const text = source.slice(lineStart, lineEnd);
  const eol = source.startsWith('\r\n', lineEnd) ? '\r\n' : source[lineEnd] === '\r' ? '\r' : source[lineEnd] === '\n' ? '\n' : source.includes('\r\n') ? '\r\n' : '\n';
  let prefixLen = 0;
  const block = blocks.find((b) => b.contentRange.start <= offset && offset <= b.contentRange.end);
  if (block) {
    const docLine = lineNumberAt(source, lineStart);
    const codeLine = docLine - block.line;
    if (codeLine >= 1) prefixLen = block.toDocPosition({ line: codeLine, column: 1 }).offset - lineStart;
  }
  prefixLen = Math.max(0, Math.min(prefixLen, text.length));
  const prefix = text.slice(0, prefixLen);
  const indent = /^[ \t]*/.exec(text.slice(prefixLen))![0];
  return { prefix, indent, eol };
}

function lineNumberAt(source: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13 && source.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}
