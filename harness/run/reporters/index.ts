// What a run reports through: every reporter gets each block as it starts
// and ends, what the test processes printed outside any block, the problems
// that belong to no block, and the end of the run.
import type { Diagnostic } from '../../diagnostics.ts';
import type { CompiledDoc } from '../compile.ts';
import type { BlockResult } from '../scheduler.ts';
import type { TestCase } from '../../translate/document.ts';

export interface Summary {
  passed: number;
  failed: number;
  notRun: number;
  docs: number;
  /** Planned blocks (every result). */
  blocks: number;
  ms: number;
  /** Failures in the order they came: a result's diagnostic, or a doc's problem. */
  failures: { diagnostic: Diagnostic; name?: string }[];
  /** Set when Ctrl-C (or SIGTERM) ended the run: what was running then. */
  interrupted?: { doc: CompiledDoc; test?: TestCase; ms: number }[];
}

export interface Reporter {
  started(doc: CompiledDoc, test: TestCase): void;
  finished(result: BlockResult, diagnostic: Diagnostic | undefined): void;
  /** A problem that belongs to no planned block (an unreadable doc, a stale record). */
  problem(diagnostic: Diagnostic): void;
  /** Something the harness read and ignored (an unknown front matter key); it fails nothing. */
  warning(diagnostic: Diagnostic): void;
  output(text: string): void;
  end(summary: Summary): Promise<void> | void;
}

export const REPORTERS = ['spec', 'github', 'junit', 'tap', 'dot', 'lcov'] as const;

/** A block as the reports name it, and what --filter is matched against: `doc:line name`. */
export function title(doc: Pick<CompiledDoc, 'file'>, test: TestCase): string {
  return `${doc.file}:${test.line} ${test.name}`;
}
