// `inspect(x, content="...")`: the snapshot check of the doc tests.
//
// Passing means `show(value, ty) === (content ?? "")`. A mismatch throws
// `InspectError`, whose message names file:line:column and shows a line diff
// of expected vs actual. In record mode (`DOCTEST_RECORD=<path>`) every call,
// passing or not, is appended synchronously to that file as one JSON line
// `{file, line, column, expected, actual}` and a mismatch does not throw, so
// a test runs to its end and every actual value is collected; appending per
// call means nothing is lost if a later statement throws or the process dies.

import { appendFileSync } from 'node:fs';
import { diffLines } from 'diff';
import pc from 'picocolors';
import { show, type Ty } from './show.ts';
import { formatLoc, type Loc } from './values.ts';

export interface InspectRecord {
  file: string;
  line: number;
  column: number;
  /** `content` as written in the document; `null` when absent. */
  expected: string | null;
  actual: string;
}

export class InspectError extends Error {
  override readonly name = 'InspectError';
  constructor(
    readonly loc: Loc,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`${formatLoc(loc)}: inspect failed\n${renderDiff(expected, actual, useColor())}`);
  }
  // The shape every MoonBit error value has at run time (type, constructor, fields).
  get type(): string {
    return 'InspectError';
  }
  get $c(): string {
    return 'InspectError';
  }
  get _0(): string {
    return this.message;
  }
}

/** Whether messages get ANSI colours: FORCE_COLOR wins, then NO_COLOR, then a TTY stdout. */
export function useColor(): boolean {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return process.stdout.isTTY === true;
}

/** A line diff, `-` for expected and `+` for actual, with a legend. */
export function renderDiff(expected: string, actual: string, color = false): string {
  const c = pc.createColors(color);
  const out = [`${c.red('- expected')}`, `${c.green('+ actual')}`, ''];
  for (const part of diffLines(expected, actual)) {
    const lines = part.value.replace(/\n$/, '').split('\n');
    for (const l of lines) {
      if (part.added) out.push(c.green(`+ ${l}`));
      else if (part.removed) out.push(c.red(`- ${l}`));
      else out.push(c.dim(`  ${l}`));
    }
  }
  return out.join('\n');
}

/** The file records go to, or undefined when not recording. */
export function recordPath(): string | undefined {
  const p = process.env.DOCTEST_RECORD;
  return p === undefined || p === '' ? undefined : p;
}

export function inspect(value: unknown, ty: Ty | undefined, content: string | undefined, loc: Loc): void {
  inspectRendered(show(value, ty), content, loc);
}

/** The check of `inspect` and `debug_inspect` once the value is rendered. */
export function inspectRendered(actual: string, content: string | undefined, loc: Loc): void {
  const expected = content ?? '';
  const path = recordPath();
  if (path !== undefined) {
    const rec: InspectRecord = {
      file: loc.file,
      line: loc.line,
      column: loc.column,
      expected: content ?? null,
      actual,
    };
    appendFileSync(path, JSON.stringify(rec) + '\n');
    if (process.env.DOCTEST_UPDATE === '1') return;
  }
  if (actual !== expected) throw new InspectError(loc, expected, actual);
}
