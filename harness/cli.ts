#!/usr/bin/env node
// `npm run doctest -- [options] [files or folders]`: runs the MoonBit blocks
// of Markdown docs as node:test tests against the binding.
import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pc from 'picocolors';
import { collectDocs, displayPath } from './run/compile.ts';
import { formatDiagnostic } from './translate/document.ts';
import { runSession } from './run/session.ts';
import { PROJECT_ROOT } from './run/paths.ts';
import { loadBindingInfo } from './run/binding-info.ts';

const USAGE = `Usage: npm run doctest -- [options] [files or folders]

Runs every MoonBit block (\`\`\`mbt test, \`\`\`mbt check) of the given Markdown docs
(default: docs/) as a node:test test against the Wasmtime binding. A doc inside
the project also fails when its record under snapshots/ is stale.

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
  --report DIR          also write a static HTML report of the run to DIR: each doc
                        with its blocks' verdicts, counts, the spec coverage, and
                        summary.json (DIR must be new, empty or an earlier report)

Keeping the docs true:
  --update              write verified outputs back: every inspect's content becomes
                        the actual value (added when missing), and snapshots/ is
                        refreshed; other failures are reported and left alone
  --update-snapshots    only refresh snapshots/ (the docs' translations); runs nothing
                        and leaves the docs alone
  --check               type-check the TypeScript of every runnable and \`mbt\` block
                        against the binding's types (runs nothing); errors are
                        reported at doc:line:col
  --syntax-only         only parse every MoonBit block (every mode, nocheck and
                        moonbit included) and report syntax errors; runs nothing
  --coverage            list, for every public function and constant of the binding's
                        signature table, the doc blocks using it; fails naming the
                        ones no runnable block uses
  --watch               run, then re-run a doc's blocks when it changes and every doc
                        when the binding changes (binding/*.ts, build/Release/*.node),
                        until interrupted
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
  report: { type: 'string' },
  update: { type: 'boolean' },
  'syntax-only': { type: 'boolean' },
  check: { type: 'boolean' },
  coverage: { type: 'boolean' },
  watch: { type: 'boolean' },
  'update-snapshots': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends Error {}

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

  const inputs = positionals.length ? positionals : [join(PROJECT_ROOT, 'docs')];
  const { files, missing } = collectDocs(inputs);
  const folders = inputs.map((p) => resolve(p)).filter((p) => existsSync(p) && statSync(p).isDirectory());
  for (const m of missing) process.stderr.write(`${pc.red('error')}: no such file or folder: ${m}\n`);
  if (missing.length) return 1;

  const modes = (['update', 'update-snapshots', 'syntax-only', 'check', 'coverage', 'watch'] as const).filter((m) => values[m]);
  if (modes.length > 1) throw new UsageError(`--${modes[0]} and --${modes[1]} cannot be combined`);
  if (values.report !== undefined && modes.length) throw new UsageError(`--report goes with a plain run, not with --${modes[0]}`);

  if (values['syntax-only']) {
    const { checkSyntax } = await import('./syntaxcheck/index.ts');
    let errors = 0;
    let blocks = 0;
    for (const f of files) {
      const report = checkSyntax(f, displayPath(f));
      blocks += report.blocks;
      for (const d of report.diagnostics) process.stderr.write(`${pc.red('error')}: ${formatDiagnostic(d)}\n`);
      errors += report.diagnostics.length;
    }
    const summary = `${blocks} MoonBit block${blocks === 1 ? '' : 's'} in ${files.length} doc${files.length === 1 ? '' : 's'}: ${errors} syntax error${errors === 1 ? '' : 's'}\n`;
    (errors ? process.stderr : process.stdout).write(summary);
    return errors ? 1 : 0;
  }

  if (values.watch) {
    const { watchDocs } = await import('./watch/index.ts');
    // The run options go to each run.
    const passThrough: string[] = [];
    for (const name of ['filter', 'root', 'reporter', 'concurrency', 'shard', 'json'] as const) {
      if (values[name] !== undefined) passThrough.push(`--${name}`, name === 'root' ? root : String(values[name]));
    }
    if (values['include-nocheck']) passThrough.push('--include-nocheck');
    return watchDocs({ inputs: inputs.map((p) => resolve(p)), passThrough });
  }

  if (values.coverage) {
    const { coverage, formatCoverage } = await import('./coverage/index.ts');
    const { signatures } = await import('../binding/signatures.ts');
    const report = coverage(files.map((f) => ({ path: f, file: displayPath(f) })), [...signatures.keys()]);
    process.stdout.write(formatCoverage(report));
    for (const u of report.unparsed) process.stderr.write(`${pc.yellow('warning')}: ${u.file}:${u.line}: block not parsed, its uses are not counted: ${u.message}\n`);
    if (report.unused.length) {
      process.stderr.write(`${pc.red('error')}: ${report.unused.length} public name${report.unused.length === 1 ? ' is' : 's are'} used by no runnable doc block: ${report.unused.join(', ')}\n`);
      return 1;
    }
    return 0;
  }

  const binding = await loadBindingInfo();
  if (binding.loadError) process.stderr.write(`${pc.yellow('warning')}: ${binding.loadError}\n`);

  if (values['update-snapshots']) {
    if (binding.loadError) {
      process.stderr.write(`${pc.red('error')}: snapshots/ not updated: the binding did not load\n`);
      return 1;
    }
    const { refreshAll } = await import('./snapshots/index.ts');
    for (const line of refreshAll(files, folders, binding)) process.stdout.write(`${line}\n`);
    return 0;
  }

  if (values.check) {
    const { runCheck } = await import('./check/run.ts');
    return runCheck(files, { binding, includeNocheck: !!values['include-nocheck'] });
  }

  // The report's libraries load only when it is asked for.
  const report = values.report === undefined ? undefined : await import('./report/index.ts');
  const reportProblem = report?.reportDirProblem(values.report!);
  if (reportProblem) throw new UsageError(`--report: ${reportProblem}`);

  let reportFailed = false;
  const code = await runSession(files, {
    includeNocheck: !!values['include-nocheck'],
    filter,
    root,
    reporter: values.reporter ?? 'spec',
    shard: values.shard,
    concurrency: values.concurrency === undefined ? undefined : Number(values.concurrency),
    json: values.json,
    update: !!values.update,
    folders,
    binding,
    onResults: report && (async (docs, records) => {
      try {
        await report.writeReport(values.report!, docs, records, { bindingLoaded: !binding.loadError });
        process.stdout.write(`report written to ${join(values.report!, 'index.html')}\n`);
      } catch (error) {
        reportFailed = true;
        process.stderr.write(`${pc.red('error')}: --report: could not write ${values.report}: ${(error as Error).message}\n`);
      }
    }),
  });
  return reportFailed ? 1 : code;
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

