// Syntax errors with exact positions, and the line index used to compute
// positions from offsets.

import type { Position, Span } from './ast.ts';

/** Maps 0-based offsets to 1-based line / UTF-16 column positions. */
export class LineIndex {
  /** Offsets at which each line starts. */
  readonly lineStarts: number[];

  constructor(readonly source: string) {
    const starts = [0];
    for (let i = 0; i < source.length; i++) {
      const c = source.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && source.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.lineStarts = starts;
  }

  /** The line of the last lookup: parsers ask for nearby offsets in turn. */
  private lastLine = 0;

  position(offset: number): Position {
    const starts = this.lineStarts;
    const near = this.lastLine;
    if (starts[near]! <= offset && (near + 1 >= starts.length || starts[near + 1]! > offset)) {
      return { line: near + 1, column: offset - starts[near]! + 1, offset };
    }
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.lastLine = lo;
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  }

  span(start: number, end: number): Span {
    return { start: this.position(start), end: this.position(end) };
  }

  /** The text of a 1-based line, without its line terminator. */
  lineText(line: number): string {
    const start = this.lineStarts[line - 1];
    if (start === undefined) return '';
    const next = this.lineStarts[line];
    let end = next === undefined ? this.source.length : next;
    while (end > start && (this.source[end - 1] === '\n' || this.source[end - 1] === '\r')) end--;
    return this.source.slice(start, end);
  }
}

/** Any syntax error in a MoonBit snippet. `position` is where it was detected. */
export class MoonBitSyntaxError extends Error {
  readonly position: Position;
  /** The offending source range (the found token), when there is one. */
  readonly span: Span;
  /** What the parser expected, when the error is of that form. */
  readonly expected?: string;
  /** Description of what was found instead. */
  readonly found?: string;
  /** The message without the position prefix. */
  readonly reason: string;

  constructor(reason: string, span: Span, expected?: string, found?: string) {
    super(`${reason} (at ${span.start.line}:${span.start.column})`);
    this.name = 'MoonBitSyntaxError';
    this.reason = reason;
    this.span = span;
    this.position = span.start;
    if (expected !== undefined) this.expected = expected;
    if (found !== undefined) this.found = found;
  }
}

/**
 * Renders `file:line:column: message`, the source line and a caret under the
 * column. `lineOffset` is added to the line number (for a code block whose
 * first line is line `lineOffset + 1` of the file); the column is unchanged.
 */
export function formatSyntaxError(
  err: MoonBitSyntaxError,
  source: string,
  fileLabel: string,
  lineOffset = 0,
): string {
  const index = new LineIndex(source);
  const { line, column } = err.position;
  const text = index.lineText(line);
  // Keep tabs in the caret line so the caret lines up under the column.
  let pad = '';
  for (let i = 0; i < column - 1; i++) pad += text[i] === '\t' ? '\t' : ' ';
  return `${fileLabel}:${line + lineOffset}:${column}: ${err.reason}\n${text}\n${pad}^`;
}
