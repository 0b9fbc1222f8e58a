// A failed block's outcome as a Diagnostic: where in the doc (the inspect
// or assert call, the doc line a raised error came through, else the block),
// which kind, the message without the position the runtime put in front of
// it, and the stack split into doc frames and hidden ones.
import { docLines, excerpt, formatDiagnostic, type Diagnostic } from '../diagnostics.ts';
import type { BlockResult, Outcome } from './scheduler.ts';
import type { CompiledDoc } from './compile.ts';
import type { TestCase } from '../translate/document.ts';
import type { ErrorReport } from './protocol.ts';

interface Frame {
  text: string;
  path?: string;
  line?: number;
  column?: number;
}

function parseStack(stack: string | undefined): Frame[] {
  if (!stack) return [];
  return stack.split('\n').filter((l) => /^\s+at /.test(l)).map((l) => {
    const text = l.trim().slice(3);
    const m = /\(?((?:file:\/\/)?[^()]+?):(\d+):(\d+)\)?$/.exec(text);
    if (!m) return { text };
    return { text, path: m[1]!.replace(/^file:\/\//, ''), line: Number(m[2]), column: Number(m[3]) };
  });
}

/** The doc lines of a test: from its line to the next test's (for translation diagnostics). */
function testRange(doc: CompiledDoc, test: TestCase): [number, number] {
  const later = doc.tests.filter((t) => t.line > test.line).map((t) => t.line);
  return [test.line, later.length ? Math.min(...later) : Infinity];
}

// A doc's lines, split once however many of its blocks fail.
const linesOf = new WeakMap<CompiledDoc, string[]>();

function at(doc: CompiledDoc, line: number, column: number) {
  let lines = linesOf.get(doc);
  if (!lines) linesOf.set(doc, (lines = docLines(doc.source)));
  return { file: doc.file, line, column, excerpt: excerpt(lines, line, column) };
}

function describeExit(exit: { code: number | null; signal: string | null }): string {
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
}

function tail(output: string, lines = 12): string {
  const all = output.trimEnd().split('\n').filter(Boolean);
  return all.slice(-lines).join('\n');
}

function fromError(doc: CompiledDoc, test: TestCase, error: ErrorReport): Diagnostic {
  if (error.kind === 'translation error') {
    const [from, to] = testRange(doc, test);
    // The refusal the block's test fails with; one outside the block (the front matter's backend) by its text.
    const own = doc.diagnostics.find((d) => d.line !== undefined && d.line >= from && d.line < to)
      ?? doc.diagnostics.find((d) => formatDiagnostic(d) === error.message);
    if (own) return own;
  }
  let message = error.message;
  let pos: { line: number; column: number } | undefined;
  if (error.loc && (error.loc.file === doc.file || error.loc.file === doc.path)) pos = error.loc;
  // The runtime puts `file:line:col` in front of its messages; MoonBit's `fail` and
  // assertions put their SourceLoc, `file:line:col-line:col@package FAILED: `.
  const prefix = /^(\S+?):(\d+):(\d+)(?:-\d+:\d+@\S+ FAILED)?:? /.exec(message);
  if (prefix && (prefix[1] === doc.file || prefix[1] === doc.path)) {
    pos ??= { line: Number(prefix[2]), column: Number(prefix[3]) };
    message = message.slice(prefix[0].length);
  }
  const frames = parseStack(error.stack);
  const inDoc = frames.filter((f) => f.path === doc.path);
  pos ??= inDoc[0] && { line: inDoc[0].line!, column: inDoc[0].column! };
  if (error.awaitedAt && (error.awaitedAt.file === doc.file || error.awaitedAt.file === doc.path)) pos ??= error.awaitedAt;
  pos ??= { line: test.line, column: 1 };
  if (error.kind === 'assertion failed') message = message.replace(/^FAILED: /, '');
  if (error.kind === 'inspect mismatch' || error.kind === 'snapshot mismatch') {
    // The diff says it all; a file snapshot also says which file.
    message = error.kind === 'snapshot mismatch' ? message.split('\n')[0]!.replace(/^.*?: /, '') : '';
  }
  const shown = inDoc.filter((f) => f.line !== pos!.line).map((f) => f.text.replace(doc.path, doc.file));
  return {
    ...at(doc, pos.line, pos.column),
    kind: error.kind,
    message,
    ...(error.expected !== undefined && error.actual !== undefined ? { diff: { expected: error.expected, actual: error.actual } } : {}),
    ...(shown.length ? { frames: shown } : {}),
    hiddenFrames: frames.filter((f) => f.path !== doc.path).map((f) => f.text),
  };
}

/** The diagnostic of a result that did not pass; undefined for a pass. */
export function diagnosticOf(result: Pick<BlockResult, 'doc' | 'test' | 'outcome' | 'printed'>): Diagnostic | undefined {
  const { doc, test, outcome } = result;
  const d = diagnose(doc, test, outcome);
  if (d && result.printed) d.printed = result.printed;
  return d;
}

function diagnose(doc: CompiledDoc, test: TestCase, outcome: Outcome): Diagnostic | undefined {
  if (outcome.kind === 'pass' || outcome.kind === 'skipped') return undefined;
  const block = at(doc, test.line, 1);
  switch (outcome.kind) {
    case 'fail':
      return fromError(doc, test, outcome.error);
    case 'load-failed': {
      const d = fromError(doc, test, outcome.error);
      return { ...d, kind: 'load error', message: `the doc's definitions failed (${outcome.error.kind}): ${d.message}` };
    }
    case 'timeout':
      return { ...block, kind: 'timeout', message: `the block ran longer than ${outcome.ms} ms (--timeout); its test process was replaced and the next blocks ran in a new one` };
    case 'load-timeout':
      return { ...block, kind: 'timeout', message: `the doc's definitions ran longer than ${outcome.ms} ms (--timeout); none of its blocks ran` };
    case 'crash': {
      const out = tail(outcome.output);
      return { ...block, kind: 'crash', message: `the test process ended (${describeExit(outcome.exit)}) while this block was running${out ? `; its last output:\n${out}` : ''}` };
    }
    case 'load-crash': {
      const out = tail(outcome.output);
      return { ...block, kind: 'crash', message: `the test process ended (${describeExit(outcome.exit)}) while the doc's definitions ran; none of its blocks ran${out ? `; its last output:\n${out}` : ''}` };
    }
    case 'not run':
      return outcome.reason === 'interrupted' ? undefined : { ...block, kind: 'error', message: `not run: ${outcome.reason}` };
  }
}
