// The one shape of everything the harness reports against a doc (syntax and
// translation errors, type errors, failing blocks, unreadable files), and its
// one formatter: `doc:line:col: kind: message`, the doc line with a caret,
// then for a snapshot mismatch a diff whose changed characters stand out
// within their lines, and what the block printed.
import { diffChars, diffLines } from 'diff';
import pc from 'picocolors';

export type DiagnosticKind =
  | 'syntax error'
  | 'translation error'
  | 'type error'
  | 'inspect mismatch'
  | 'snapshot mismatch'
  | 'assertion failed'
  | 'error raised'
  | 'trap'
  | 'panic'
  | 'timeout'
  | 'crash'
  | 'load error'
  | 'file error'
  | 'content changed'
  | 'content added'
  | 'warning'
  | 'error';

export interface Diagnostic {
  /** The doc as shown to the user (relative to where they ran the command). */
  file: string;
  /** 1-based; absent for problems of the whole file (it cannot be read). */
  line?: number;
  column?: number;
  /** Absent in diagnostics made before kinds existed: shown as `error`. */
  kind?: DiagnosticKind;
  message: string;
  /** The doc line and a caret under the column (see `excerpt`). */
  excerpt?: string;
  /** For a snapshot mismatch: what the doc says and what the code gave. */
  diff?: { expected: string; actual: string };
  /** Where in the doc the error came through (doc frames only), innermost first. */
  frames?: string[];
  /** Frames of the harness, runtime, binding and Node, shown with --verbose. */
  hiddenFrames?: string[];
  /** What the block printed (`println`) before it failed. */
  printed?: string;
}

export interface FormatOptions {
  color?: boolean;
  verbose?: boolean;
}

/** The doc line `line` with a caret under `column`, as a diagnostic shows it. */
export function excerpt(lines: string[], line: number, column: number): string {
  let text = lines[line - 1] ?? '';
  // A long line is shown around the column.
  const WIDTH = 120;
  if (text.length > WIDTH) {
    const from = Math.max(0, Math.min(column - 1 - WIDTH / 2, text.length - WIDTH));
    const shown = `${from > 0 ? '…' : ''}${text.slice(from, from + WIDTH)}${from + WIDTH < text.length ? '…' : ''}`;
    column = column - from + (from > 0 ? 1 : 0);
    text = shown;
  }
  // Tabs stay tabs under the caret so that it lines up in any tab width.
  const pad = [...text.slice(0, Math.max(0, column - 1))].map((c) => (c === '\t' ? '\t' : ' ')).join('');
  return `${String(line).padStart(5)} | ${text}\n${' '.repeat(5)} | ${pad}^`;
}

/** The doc's lines, as `excerpt` takes them. */
export function docLines(source: string): string[] {
  return source.split(/\r\n|\r|\n/);
}

export function location(d: Pick<Diagnostic, 'file' | 'line' | 'column'>): string {
  if (d.line === undefined) return d.file;
  return d.column === undefined ? `${d.file}:${d.line}` : `${d.file}:${d.line}:${d.column}`;
}

export function formatDiagnostic(d: Diagnostic, options: FormatOptions = {}): string {
  const c = pc.createColors(options.color ?? false);
  const [first = '', ...rest] = d.message.trimEnd().split('\n');
  const out = [`${c.bold(location(d))}: ${(d.kind === 'warning' ? c.yellow : c.red)(d.kind ?? 'error')}${first ? `: ${first}` : ''}`];
  if (d.excerpt) {
    const [code, caret] = d.excerpt.split('\n');
    out.push(c.dim(code ?? ''));
    if (caret !== undefined) out.push(caret.replace(/\^$/, c.red('^')));
  }
  if (rest.length) out.push(...rest.map((l) => `  ${l}`));
  if (d.diff) out.push(renderDiff(d.diff.expected, d.diff.actual, options.color ?? false));
  for (const f of d.frames ?? []) out.push(c.dim(`  at ${f}`));
  if (options.verbose) for (const f of d.hiddenFrames ?? []) out.push(c.dim(`  at ${f}`));
  if (d.printed) {
    out.push(c.dim('  printed:'));
    out.push(...d.printed.replace(/\n$/, '').split('\n').map((l) => `    ${l}`));
  }
  return out.join('\n');
}

/**
 * A line diff, `-` for the doc's value and `+` for the actual one. A removed
 * line followed by an added one is shown as a pair with the differing
 * characters highlighted (inverse video), or without colour marked by `^`
 * under the actual line.
 */
export function renderDiff(expected: string, actual: string, color = false): string {
  const c = pc.createColors(color);
  const out = [`  ${c.red('- expected')}  ${c.green('+ actual')}`];
  const parts = diffLines(expected, actual);
  const split = (v: string) => v.replace(/\n$/, '').split('\n');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    const next = parts[i + 1];
    if (part.removed && next?.added && split(part.value).length === split(next.value).length) {
      const before = split(part.value);
      const after = split(next.value);
      before.forEach((b, k) => out.push(...linePair(b, after[k]!, c)));
      i++;
      continue;
    }
    for (const l of split(part.value)) {
      if (part.added) out.push(c.green(`  + ${l}`));
      else if (part.removed) out.push(c.red(`  - ${l}`));
      else out.push(c.dim(`    ${l}`));
    }
  }
  if (expected === actual) out.push(c.dim('    (equal)'));
  return out.join('\n');
}

function linePair(before: string, after: string, c: ReturnType<typeof pc.createColors>): string[] {
  const changes = diffChars(before, after);
  if (c.isColorSupported) {
    const minus = changes.filter((p) => !p.added).map((p) => (p.removed ? c.inverse(p.value) : p.value)).join('');
    const plus = changes.filter((p) => !p.removed).map((p) => (p.added ? c.inverse(p.value) : p.value)).join('');
    return [c.red(`  - ${minus}`), c.green(`  + ${plus}`)];
  }
  let marks = '';
  for (const p of changes) {
    if (p.removed) continue;
    marks += (p.added ? '^' : ' ').repeat(p.value.length);
  }
  const lines = [`  - ${before}`, `  + ${after}`];
  if (marks.trim()) lines.push(`    ${marks.trimEnd()}`);
  return lines;
}

/** Whether output to `stream` gets colour: FORCE_COLOR wins, then NO_COLOR, then whether it is a terminal. */
export function colorFor(stream: { isTTY?: boolean }): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return stream.isTTY === true;
}
