// One run over a set of docs: read and translate them, run the selected
// blocks in test processes while reporting each result as it comes, then
// either check the snapshot records (plain run) or write verified outputs
// back (`--update`, `--review`).
import { rmSync } from 'node:fs';
import { compileDoc, displayPath, type CompiledDoc } from './compile.ts';
import { runFolder } from './tmp.ts';
import type { LoadedBindingInfo } from './binding-info.ts';
import { readDoc } from './read-doc.ts';
import { Scheduler, type BlockResult, type Unit } from './scheduler.ts';
import { diagnosticOf } from './failures.ts';
import { title, type Reporter, type Summary } from './reporters/index.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { blockRecords, writeJsonResults, type BlockRecord } from './json-results.ts';

export type { BlockRecord };
import { recordProblems } from './record-problems.ts';
import { updateDocs } from '../update/session.ts';

export interface SessionOptions {
  includeNocheck: boolean;
  filter?: RegExp;
  /** Working directory of the blocks. */
  root: string;
  shard?: { index: number; count: number };
  concurrency: number;
  timeout: number;
  json?: string;
  update: boolean;
  /** Ask, change by change, which `--update` writes (a terminal is needed). */
  review: boolean;
  /** Stack frames of the harness are shown (--verbose): map them to its sources. */
  harnessFrames?: boolean;
  /** Folders the docs were collected from (for records of deleted docs). */
  folders: string[];
  binding: LoadedBindingInfo;
  /** Problems found while collecting the docs (unreadable folders). */
  problems: Diagnostic[];
  /** Files named on the command line (not found in a folder): one without a test is worth a warning. */
  given?: ReadonlySet<string>;
  reporter: Reporter;
  color: boolean;
  /** Called with the run's results once the tests are over (`--report`). */
  onResults?: (docs: CompiledDoc[], records: BlockRecord[]) => Promise<void>;
}

export async function runSession(files: string[], options: SessionOptions): Promise<number> {
  const started = Date.now();
  const { binding, reporter } = options;
  const outDir = runFolder('run');
  const failures: Summary['failures'] = [];
  const problem = (d: Diagnostic) => {
    failures.push({ diagnostic: d });
    reporter.problem(d);
  };
  const scheduler = new Scheduler(
    { cwd: options.root, update: options.update, harnessFrames: !!options.harnessFrames, timeout: options.timeout, concurrency: options.concurrency },
    {
      started: (doc, test) => reporter.started(doc, test),
      finished: (result) => {
        const d = diagnosticOf(result);
        if (d) failures.push({ diagnostic: d, name: title(result.doc, result.test) });
        reporter.finished(result, d);
      },
      output: (text) => reporter.output(text),
    },
  );
  // Started now, so that it loads the binding while the docs are translated.
  const first = files.length ? scheduler.spawn() : undefined;
  let interrupted: Summary['interrupted'];
  let signal: NodeJS.Signals | undefined;
  const stop = (s: NodeJS.Signals) => {
    signal ??= s;
    const now = Date.now();
    interrupted = scheduler.interrupt().map((r) => ({ doc: r.doc, ...(r.test ? { test: r.test } : {}), ms: now - r.since }));
  };
  const onInt = () => stop('SIGINT');
  const onTerm = () => stop('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  const whole = !options.filter && (!options.shard || options.shard.index === 1);
  try {
    for (const d of options.problems) problem(d);
    const docs: CompiledDoc[] = [];
    files.forEach((path, i) => {
      const read = readDoc(path, displayPath(path));
      if ('diagnostic' in read) problem(read.diagnostic);
      else docs.push(compileDoc(path, read.source, i, { includeNocheck: options.includeNocheck, binding, outDir }));
    });
    const units = select(docs, options);
    // Problems of a doc that belong to none of its tests (a fence with an
    // unknown mode) count when the whole doc is run.
    if (whole) {
      for (const doc of docs) for (const d of doc.problems) problem(d);
      for (const doc of docs) for (const d of doc.warnings) reporter.warning(d);
      for (const doc of docs) {
        if (doc.tests.length === 0 && options.given?.has(doc.path)) {
          reporter.warning({ file: doc.file, kind: 'warning', message: `no test to run: the file has no ${doc.path.endsWith('.mbt') ? '`test` block' : 'runnable MoonBit block'}` });
        }
      }
    }
    for (const u of units) for (const t of u.tests) if (t.skip !== undefined) scheduler.skip(u.doc, t, t.skip);
    const planned = units.map((u) => ({ ...u, tests: u.tests.filter((t) => t.skip === undefined) })).filter((u) => u.tests.length);
    if (planned.length && !signal) await scheduler.run(planned, first);
    else first?.kill();
    const results = scheduler.results;
    if (options.json) writeJsonResults(options.json, results);
    await options.onResults?.(docs, blockRecords(results));
    if (signal) return finish();
    if (options.update) {
      const outcome = await updateDocs(docs, results, scheduler.fileSnapshots, options);
      for (const d of outcome.problems) problem(d);
    } else if (whole) {
      for (const d of recordProblems(docs, options)) problem(d);
    }
    return finish();
  } finally {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    rmSync(outDir, { recursive: true, force: true });
  }

  async function finish(): Promise<number> {
    const results: BlockResult[] = scheduler.results;
    const passed = results.filter((r) => r.outcome.kind === 'pass').length;
    const notRun = results.filter((r) => (r.outcome.kind === 'not run' || r.outcome.kind === 'skipped') && !diagnosticOf(r)).length;
    const summary: Summary = {
      passed,
      failed: failures.length,
      notRun,
      docs: files.length,
      blocks: results.length,
      ms: Date.now() - started,
      failures,
      ...(interrupted ? { interrupted } : {}),
    };
    await reporter.end(summary);
    if (signal) return signal === 'SIGINT' ? 130 : 143;
    return failures.length ? 1 : 0;
  }
}

/** The tests to run: those --filter keeps, then those of this --shard (counted over all docs' blocks). */
function select(docs: CompiledDoc[], options: SessionOptions): Unit[] {
  let k = 0;
  const units: Unit[] = [];
  for (const doc of docs) {
    if (!doc.module) continue;
    const tests = doc.tests.filter((t) => {
      if (options.filter && !options.filter.test(title(doc, t))) return false;
      const mine = !options.shard || k % options.shard.count === options.shard.index - 1;
      k++;
      return mine;
    });
    if (tests.length) units.push({ doc, tests });
  }
  return units;
}
