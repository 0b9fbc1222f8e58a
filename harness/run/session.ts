// One run over a set of docs: translate, run under node:test, then either
// report (plain run, including stale snapshots) or write verified outputs
// back (`--update`).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pc from 'picocolors';
import { compileDoc, displayPath, type CompiledDoc } from './compile.ts';
import { prepareTests } from './runner.ts';
import { runFolder } from './tmp.ts';
import type { LoadedBindingInfo } from './binding-info.ts';
import { formatDiagnostic } from '../translate/document.ts';
import type { InspectRecord } from '../runtime/inspect.ts';
import { applyEdits, planUpdate } from '../update/apply.ts';
import { replaceDoc } from '../update/write.ts';
import { SNAPSHOT_DIR, orphanSnapshots, refreshSnapshot, snapshotStatus, type SnapshotStatus } from '../snapshots/index.ts';

export interface SessionOptions {
  includeNocheck: boolean;
  filter?: RegExp;
  root: string;
  reporter: string;
  shard?: string;
  concurrency?: number;
  json?: string;
  update: boolean;
  /** Folders the docs were collected from (for snapshots of deleted docs). */
  folders: string[];
  binding: LoadedBindingInfo;
  /** Called with the run's results once the tests are over (`--report`). */
  onResults?: (docs: CompiledDoc[], records: BlockRecord[]) => Promise<void>;
}

export interface BlockRecord {
  file: string;
  line: number;
  heading: string | null;
  mode: string;
  name: string;
  status: 'pass' | 'fail' | 'not run';
  /** The block was refused before running (it does not parse or check). */
  refused?: boolean;
  duration: number;
  error?: string;
  failures: { line: number; column: number; expected: string | null; actual: string }[];
}

const err = (s: string) => process.stderr.write(s);

export async function runSession(files: string[], options: SessionOptions): Promise<number> {
  const { binding } = options;
  const outDir = runFolder('run');
  const eventsFile = join(outDir, 'events.jsonl');
  const recordFile = join(outDir, 'inspect.jsonl');
  const progressFile = join(outDir, 'progress.jsonl');
  writeFileSync(recordFile, '');
  // The test process starts now and loads the binding while the docs are translated.
  const tests = prepareTests({
    cwd: options.root,
    reporter: options.reporter,
    shard: options.shard,
    concurrency: options.concurrency,
    eventsFile,
    env: {
      DOCTEST_RECORD: recordFile,
      DOCTEST_PROGRESS: progressFile,
      DOCTEST_SNAPSHOT_DIR: SNAPSHOT_DIR,
      ...(options.update ? { DOCTEST_UPDATE: '1' } : {}),
    },
  });
  let started = false;
  try {
    const docs = files.map((f, i) => compileDoc(f, i, { includeNocheck: options.includeNocheck, filter: options.filter, binding, outDir }));
    const diagnostics = docs.flatMap((d) => d.diagnostics);
    for (const d of diagnostics) err(`${pc.red('error')}: ${formatDiagnostic(d)}\n`);
    const modules = docs.flatMap((d) => (d.module ? [d.module] : []));

    let code = 0;
    let staleSnapshots: string[] | undefined;
    let records: BlockRecord[] = [];
    let inspects: InspectRecord[] = [];
    if (modules.length === 0) {
      err(`no runnable blocks in ${files.length} doc${files.length === 1 ? '' : 's'}${options.filter ? ` matching ${options.filter}` : ''}\n`);
    } else {
      started = true;
      const running = tests.run(modules);
      // The records are compared while the tests run in their own process.
      if (!options.update) staleSnapshots = snapshotProblems(docs, options);
      code = await running;
      inspects = readJsonLines(recordFile) as InspectRecord[];
      records = blockRecords(docs, eventsFile, progressFile, inspects);
      for (const r of records.filter((r) => r.status === 'not run' && r.error)) err(`${pc.red('crashed')}: ${r.name}: ${r.error}\n`);
      if (options.json) writeFileSync(resolve(options.json), `${JSON.stringify(records, null, 2)}\n`);
    }
    await options.onResults?.(docs, records);

    let failed = code !== 0 || diagnostics.length > 0;
    if (options.update) {
      failed = updateDocs(docs, inspects, records, options) || diagnostics.length > 0;
      if (code !== 0 && !failed) {
        // Not a block failure (those are reported above): e.g. a module that did not load.
        err(`${pc.red('error')}: the test run failed (exit code ${code}) outside any block; see its output above\n`);
        failed = true;
      }
    } else {
      for (const problem of staleSnapshots ?? snapshotProblems(docs, options)) {
        failed = true;
        err(problem);
      }
    }
    return failed ? 1 : 0;
  } finally {
    if (!started) await tests.cancel();
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** One message per stale, missing or orphaned snapshot record. */
function snapshotProblems(docs: CompiledDoc[], options: SessionOptions): string[] {
  if (options.binding.loadError) {
    err(`${pc.yellow('warning')}: snapshots/ not checked: the binding did not load\n`);
    return [];
  }
  const problems: string[] = [];
  for (const doc of docs) {
    const s = snapshotStatus(doc.path, doc.source, options.binding, undefined, () => doc.blocks);
    if (!s || s.state === 'fresh' || s.state === 'none') continue;
    problems.push(`${pc.red('error')}: ${doc.file}: ${describeStale(s)}; run \`npm run doctest -- --update ${doc.file}\`\n`);
  }
  for (const orphan of orphanSnapshots(options.folders)) {
    problems.push(`${pc.red('error')}: ${displayPath(orphan)}: snapshot of a doc that no longer exists; run \`npm run doctest -- --update\` to remove it\n`);
  }
  return problems;
}

function describeStale(s: SnapshotStatus): string {
  const file = displayPath(s.file);
  switch (s.state) {
    case 'missing':
      return `no snapshot record (${file})`;
    case 'orphan':
      return `the doc has no MoonBit blocks but ${file} exists`;
    default:
      return `snapshot record ${file} is stale (the doc's translation changed)`;
  }
}

/** Writes verified outputs and snapshots; returns whether anything is left failing. */
function updateDocs(docs: CompiledDoc[], inspects: InspectRecord[], records: BlockRecord[], options: SessionOptions): boolean {
  let failed = false;
  const byFile = new Map<string, InspectRecord[]>();
  for (const r of inspects) {
    const list = byFile.get(r.file);
    if (list) list.push(r);
    else byFile.set(r.file, [r]);
  }
  for (const r of records) {
    if (r.status === 'fail' || (r.status === 'not run' && r.error)) {
      failed = true;
      err(`${pc.red('not updated')}: ${r.name} failed for a reason other than an inspect mismatch (left alone): ${firstLine(r.error ?? 'failed')}\n`);
    }
  }
  for (const doc of docs) {
    const plan = planUpdate(doc.source, doc.blocks, doc.inspects, byFile.get(doc.file) ?? []);
    for (const c of plan.conflicts) {
      failed = true;
      err(`${pc.red('conflict')}: ${doc.file}:${c.line}:${c.column}: inspect ran ${c.actuals.length} different values (${c.actuals.slice(0, 3).map((a) => JSON.stringify(a)).join(', ')}${c.actuals.length > 3 ? ', ...' : ''}); not updated\n`);
    }
    for (const u of plan.unwritable) {
      failed = true;
      err(`${pc.red('not updated')}: ${doc.file}:${u.line}:${u.column}: the value ${JSON.stringify(u.actual)} holds a lone surrogate, which no MoonBit string literal can denote\n`);
    }
    const text = applyEdits(doc.source, plan.edits);
    const outcome = replaceDoc(doc.path, doc.source, text);
    if (outcome === 'changed-on-disk') {
      failed = true;
      err(`${pc.red('not written')}: ${doc.file} changed on disk during the run; run --update again\n`);
      continue;
    }
    if (outcome === 'written') {
      const added = plan.updated.filter((u) => u.added).length;
      process.stdout.write(`${pc.green('updated')} ${doc.file}: ${plan.updated.length - added} content value${plan.updated.length - added === 1 ? '' : 's'} changed, ${added} added\n`);
    }
    if (options.binding.loadError) continue;
    const s = snapshotStatus(doc.path, text, options.binding);
    if (s && refreshSnapshot(s)) process.stdout.write(`${pc.green('updated')} ${displayPath(s.file)}\n`);
  }
  if (!options.binding.loadError) {
    for (const orphan of orphanSnapshots(options.folders)) {
      rmSync(orphan, { force: true });
      process.stdout.write(`${pc.green('removed')} ${displayPath(orphan)} (its doc no longer exists)\n`);
    }
  } else {
    err(`${pc.yellow('warning')}: snapshots/ not updated: the binding did not load\n`);
  }
  return failed;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!;
}

/** One record per test, joining the translation's manifest with the run's events. */
function blockRecords(docs: CompiledDoc[], eventsFile: string, progressFile: string, inspects: InspectRecord[]): BlockRecord[] {
  const events = readJsonLines(eventsFile) as { event: string; name: string; duration?: number; error?: string }[];
  const progress = readJsonLines(progressFile) as { start?: string; end?: string }[];
  // Started but never ended: the process died inside the block.
  const ended = new Set(progress.flatMap((p) => (p.end === undefined ? [] : [p.end])));
  const cutShort = new Set(progress.flatMap((p) => (p.start === undefined || ended.has(p.start) ? [] : [p.start])));
  const finished = new Map(events.map((e) => [e.name, e]));
  return docs.flatMap((doc) => doc.tests.map((t, i): BlockRecord => {
    const next = doc.tests[i + 1]?.line ?? Infinity;
    const result = finished.get(t.name);
    const status = result ? (result.event as 'pass' | 'fail') : 'not run';
    return {
      file: doc.file,
      line: t.line,
      heading: t.heading ?? null,
      mode: t.mode,
      name: t.name,
      status,
      refused: t.refused === true,
      duration: result?.duration ?? 0,
      // A finished test has the error it reported (none when it passed); a
      // started but unfinished one was cut short by its process ending.
      error: result ? result.error : cutShort.has(t.name) ? 'the test process ended while this block was running' : undefined,
      failures: inspects
        .filter((r) => r.file === doc.file && r.line >= t.line && r.line < next && r.expected !== r.actual)
        .map(({ line, column, expected, actual }) => ({ line, column, expected, actual })),
    };
  }));
}

function readJsonLines(path: string): unknown[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8').split('\n').filter(Boolean).flatMap((l) => {
    try {
      return [JSON.parse(l)];
    } catch {
      return [];
    }
  });
}
