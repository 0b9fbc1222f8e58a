#!/usr/bin/env node
// `npm run doctest -- [options] [files or folders]`: runs the MoonBit blocks
// of Markdown docs as node:test tests against the binding.
import { parseArgs } from 'node:util';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pc from 'picocolors';
import { collectDocs, compileDoc, type CompiledDoc } from './run/compile.ts';
import { runTests } from './run/runner.ts';
import { PROJECT_ROOT } from './run/paths.ts';
import { loadBindingInfo } from './run/binding-info.ts';
import { formatDiagnostic } from './translate/document.ts';

const USAGE = `Usage: npm run doctest -- [options] [files or folders]

Runs every MoonBit block (\`\`\`mbt test, \`\`\`mbt check) of the given Markdown docs
(default: docs/) as a node:test test against the Wasmtime binding.

Options:
  --filter PATTERN      run only blocks whose test name matches (a regular expression)
  --include-nocheck     also run \`mbt nocheck\` and \`moonbit\` blocks, as \`mbt test\`
  --root DIR            working directory that blocks' relative paths resolve from
                        (default: the project root)
  --reporter NAME       node:test reporter: spec, tap, dot, junit, lcov, or a module path
                        (default: spec)
  --shard i/n           run only shard i of n
  --concurrency N       how many doc modules run at once
  --json FILE           write one result record per block to FILE
  -h, --help            show this help
`;

const OPTIONS = {
  filter: { type: 'string' },
  'include-nocheck': { type: 'boolean' },
  root: { type: 'string' },
  reporter: { type: 'string' },
  shard: { type: 'string' },
  concurrency: { type: 'string' },
  json: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

interface BlockRecord {
  file: string;
  line: number;
  heading: string | null;
  mode: string;
  name: string;
  status: 'pass' | 'fail' | 'not run';
  duration: number;
  error?: string;
  failures: { line: number; column: number; expected: string | null; actual: string }[];
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.shard !== undefined && !/^\d+\/\d+$/.test(values.shard)) throw new UsageError(`--shard takes i/n, got "${values.shard}"`);
  if (values.concurrency !== undefined && !/^\d+$/.test(values.concurrency)) throw new UsageError(`--concurrency takes a whole number, got "${values.concurrency}"`);
  let filter: RegExp | undefined;
  if (values.filter !== undefined) {
    try {
      filter = new RegExp(values.filter);
    } catch (error) {
      throw new UsageError(`--filter: ${(error as Error).message}`);
    }
  }
  const root = resolve(values.root ?? PROJECT_ROOT);
  if (!existsSync(root)) throw new UsageError(`--root: no such folder: ${values.root}`);

  const { files, missing } = collectDocs(positionals.length ? positionals : [join(PROJECT_ROOT, 'docs')]);
  for (const m of missing) process.stderr.write(`${pc.red('error')}: no such file or folder: ${m}\n`);
  if (missing.length) return 1;

  const binding = await loadBindingInfo();
  if (binding.loadError) process.stderr.write(`${pc.yellow('warning')}: ${binding.loadError}\n`);

  const outDir = join(PROJECT_ROOT, '.doctest-tmp', `run-${process.pid}`);
  try {
    const docs = files.map((f, i) => compileDoc(f, i, { includeNocheck: !!values['include-nocheck'], filter, binding, outDir }));
    const diagnostics = docs.flatMap((d) => d.diagnostics);
    for (const d of diagnostics) process.stderr.write(`${pc.red('error')}: ${formatDiagnostic(d)}\n`);
    const modules = docs.flatMap((d) => (d.module ? [d.module] : []));
    if (modules.length === 0) {
      process.stderr.write(`no runnable blocks in ${files.length} doc${files.length === 1 ? '' : 's'}${filter ? ` matching ${filter}` : ''}\n`);
      return diagnostics.length ? 1 : 0;
    }
    const eventsFile = join(outDir, 'events.jsonl');
    const recordFile = join(outDir, 'inspect.jsonl');
    writeFileSync(recordFile, '');
    const code = await runTests({
      modules,
      cwd: root,
      reporter: values.reporter ?? 'spec',
      shard: values.shard,
      concurrency: values.concurrency === undefined ? undefined : Number(values.concurrency),
      eventsFile,
      env: { DOCTEST_RECORD: recordFile },
    });
    const records = blockRecords(docs, eventsFile, recordFile);
    const unfinished = records.filter((r) => r.status === 'not run' && r.error);
    for (const r of unfinished) process.stderr.write(`${pc.red('crashed')}: ${r.name}: ${r.error}\n`);
    if (values.json) writeFileSync(resolve(values.json), `${JSON.stringify(records, null, 2)}\n`);
    return code !== 0 || diagnostics.length ? 1 : 0;
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** One record per test, joining the translation's manifest with the run's events. */
function blockRecords(docs: CompiledDoc[], eventsFile: string, recordFile: string): BlockRecord[] {
  const events = readJsonLines(eventsFile) as { event: string; name: string; duration?: number; error?: string }[];
  const inspects = readJsonLines(recordFile) as { file: string; line: number; column: number; expected: string | null; actual: string }[];
  const started = new Set(events.filter((e) => e.event === 'start').map((e) => e.name));
  const finished = new Map(events.filter((e) => e.event !== 'start').map((e) => [e.name, e]));
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
      duration: result?.duration ?? 0,
      error: result ? result.error : started.has(t.name) ? 'the test process ended while this block was running' : undefined,
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

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${pc.red('error')}: ${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`${pc.red('internal error')}: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  },
);

