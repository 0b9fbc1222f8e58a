// The report's data: the run's block records joined with each doc's blocks,
// the translator's diagnostics and the coverage of the public surface. Pure
// data (it is summary.json as written); the pages are rendered from it.
import type { CompiledDoc } from '../run/compile.ts';
import type { BlockRecord } from '../run/session.ts';
import type { CoverageReport } from '../coverage/index.ts';
import type { Signature } from '../../binding/signatures.ts';
import { countVerdicts, verdictOf, worst, type Counts, type Verdict } from './verdicts.ts';

/** What the report needs of a compiled doc. */
export type ReportDoc = Pick<CompiledDoc, 'file' | 'source' | 'blocks' | 'tests' | 'diagnostics'>;

export interface RunInfo {
  /** ISO 8601 time the report was made. */
  date: string;
  /** The linked Wasmtime library's version, when the binding loaded. */
  wasmtime: string | null;
  /** The project's git commit, when it is a checkout. */
  commit: { id: string; dirty: boolean } | null;
}

export interface Located {
  line: number;
  column: number;
  message: string;
}

export interface TestResult {
  name: string;
  line: number;
  verdict: Verdict;
  /** Milliseconds. */
  duration: number;
  error?: string;
  /** `inspect` calls whose actual value differed from their `content`. */
  failures: BlockRecord['failures'];
}

export interface BlockResult {
  /** Line of the opening fence. */
  line: number;
  /** Line of the closing fence (or the block's last line). */
  endLine: number;
  /** `unknown` for a fence whose info string the harness refused. */
  mode: string;
  heading: string | null;
  verdict: Verdict;
  /** Why a block did not run, in words. */
  reason?: string;
  duration: number;
  tests: TestResult[];
  /** Why the block, or part of it, was refused. */
  diagnostics: Located[];
}

export interface SectionResult {
  heading: string | null;
  counts: Counts;
}

export interface DocResult {
  file: string;
  /** The doc's page and its numbered source, relative to the report folder. */
  page: string;
  sourcePage: string;
  counts: Counts;
  sections: SectionResult[];
  blocks: BlockResult[];
}

export interface NameUse {
  file: string;
  line: number;
  runnable: boolean;
  verdict: Verdict;
}

export interface NameCoverage {
  name: string;
  kind: Signature['kind'];
  section: string;
  /** The worst verdict of the runnable blocks using it; `unused` when none does. */
  verdict: Verdict | 'unused';
  uses: NameUse[];
}

export interface Summary {
  run: RunInfo;
  totals: Counts;
  docs: DocResult[];
  coverage: {
    /** How many names a runnable block uses, and how many of those pass everywhere. */
    used: number;
    passing: number;
    names: NameCoverage[];
    /** Blocks the coverage could not parse: their uses are not counted. */
    unparsed: { file: string; line: number }[];
  };
}

export interface SummaryInput {
  docs: ReportDoc[];
  records: BlockRecord[];
  coverage: CoverageReport;
  signatures: ReadonlyMap<string, Signature>;
  run: RunInfo;
  /** The text of the nearest heading before a doc line (for fences outside every MoonBit block). */
  headingAt: (doc: ReportDoc, line: number) => string | null;
}

/** Why a block without tests did not run, by its mode. */
const NOT_RUN_REASON: Record<string, string> = {
  nocheck: 'shown only (`mbt nocheck` or `moonbit`)',
  define: 'definitions only, used by the other blocks of the doc',
  check: 'no test of it ran (it holds only definitions, or --filter left its tests out)',
  test: 'left out by --filter',
};

export function buildSummary(input: SummaryInput): Summary {
  const pages = pageNames(input.docs.map((d) => d.file));
  const byName = new Map(input.records.map((r) => [r.name, r]));
  const docs = input.docs.map((doc, i) => docResult(doc, byName, pages[i]!, (line) => input.headingAt(doc, line)));
  const blockAt = new Map(docs.flatMap((d) => d.blocks.map((b) => [`${d.file}:${b.line}`, b] as const)));
  const names = [...input.coverage.uses].map(([name, uses]): NameCoverage => {
    const sig = input.signatures.get(name);
    const shown = uses.map((u): NameUse => ({ ...u, verdict: blockAt.get(`${u.file}:${u.line}`)?.verdict ?? 'not run' }));
    return {
      name,
      kind: sig?.kind ?? 'fn',
      section: sig?.section ?? '',
      verdict: worst(shown.filter((u) => u.runnable).map((u) => u.verdict)) ?? 'unused',
      uses: shown,
    };
  });
  return {
    run: input.run,
    totals: countVerdicts(docs.flatMap((d) => d.blocks.map((b) => b.verdict))),
    docs,
    coverage: {
      used: names.filter((n) => n.verdict !== 'unused').length,
      passing: names.filter((n) => n.verdict === 'passed').length,
      names,
      unparsed: input.coverage.problems.flatMap((d) => (d.line === undefined ? [] : [{ file: d.file, line: d.line }])),
    },
  };
}

function docResult(
  doc: ReportDoc,
  records: Map<string, BlockRecord>,
  page: { page: string; sourcePage: string },
  headingAt: (line: number) => string | null,
): DocResult {
  const lineOf = lineIndex(doc.source);
  const spans = doc.blocks.map((b) => ({ block: b, line: b.line, endLine: lineOf(b.contentRange.end) + 1 }));
  const claimed = new Set<Located>();
  // Diagnostics with a position (a doc-wide one, such as an unreadable file, has none).
  const diags: Located[] = doc.diagnostics.flatMap((d) => (d.line === undefined ? [] : [{ line: d.line, column: d.column ?? 1, message: d.message }]));
  const within = (from: number, to: number): Located[] =>
    diags.filter((d) => d.line >= from && d.line <= to && !claimed.has(d));

  const blocks = spans.map(({ block, line, endLine }): BlockResult => {
    const tests = doc.tests.filter((t) => t.line >= line && t.line <= endLine);
    const diagnostics = within(line, endLine);
    for (const d of diagnostics) claimed.add(d);
    const results = tests.map((t, i): TestResult => {
      // A test's own lines run to the next test of the block; the first one
      // also owns the block's definitions before it.
      const from = i === 0 ? line : t.line;
      const to = (tests[i + 1]?.line ?? endLine + 1) - 1;
      const refused = diagnostics.some((d) => d.line >= from && d.line <= to);
      const record = records.get(t.name);
      const error = record ? record.error : undefined;
      return {
        name: t.name,
        line: t.line,
        verdict: record ? verdictOf(record.status, error, refused) : refused ? 'refused' : 'not run',
        duration: record?.duration ?? 0,
        ...(error === undefined ? {} : { error }),
        failures: record?.failures ?? [],
      };
    });
    const verdict = worst([...results.map((r) => r.verdict), ...(diagnostics.length ? ['refused' as const] : [])]) ?? 'not run';
    return {
      line,
      endLine,
      mode: block.mode,
      heading: block.heading ?? null,
      verdict,
      ...(verdict === 'not run' ? { reason: notRunReason(block.mode, tests.map((t) => records.get(t.name))) } : {}),
      ...(verdict === 'skipped' ? { reason: skipReason(tests.map((t) => records.get(t.name))) } : {}),
      duration: results.reduce((sum, r) => sum + r.duration, 0),
      tests: results,
      diagnostics: diagnostics.map(located),
    };
  });
  // Diagnostics outside every MoonBit block: a fence the Markdown scan refused.
  for (const d of diags.filter((d) => !claimed.has(d))) {
    blocks.push({
      line: d.line, endLine: d.line, mode: 'unknown', heading: headingAt(d.line),
      verdict: 'refused', duration: 0, tests: [], diagnostics: [located(d)],
    });
  }
  blocks.sort((a, b) => a.line - b.line);
  return {
    file: doc.file,
    ...page,
    counts: countVerdicts(blocks.map((b) => b.verdict)),
    sections: sections(blocks),
    blocks,
  };
}

function skipReason(records: (BlockRecord | undefined)[]): string {
  const why = records.find((r) => r?.status === 'skipped')?.reason;
  return why ? `marked #skip: ${why}` : 'marked #skip';
}

function notRunReason(mode: string, records: (BlockRecord | undefined)[]): string {
  if (records.length === 0) return NOT_RUN_REASON[mode] ?? 'not run';
  return records.some((r) => r) ? 'the test process ended before this block ran' : 'the run recorded no result for it';
}

function located(d: Located): Located {
  return { line: d.line, column: d.column, message: d.message };
}

/** Counts per section (the nearest heading), in document order. */
function sections(blocks: BlockResult[]): SectionResult[] {
  const groups = new Map<string | null, BlockResult[]>();
  for (const b of blocks) {
    const group = groups.get(b.heading);
    if (group) group.push(b);
    else groups.set(b.heading, [b]);
  }
  return [...groups].map(([heading, list]) => ({ heading, counts: countVerdicts(list.map((b) => b.verdict)) }));
}

/** The 1-based line of an offset in `source`. */
function lineIndex(source: string): (offset: number) => number {
  const starts = [0];
  for (const m of source.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** File names of each doc's page and source page: its path made flat, unique within the report. */
function pageNames(files: string[]): { page: string; sourcePage: string }[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const base = file.replace(/^[/\\]+/, '').replace(/[^\w.-]+/g, '_').slice(-100);
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    return { page: `${name}.html`, sourcePage: `${name}.source.html` };
  });
}
