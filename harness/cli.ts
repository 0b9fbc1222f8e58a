#!/usr/bin/env node
// `npm run doctest -- [options] [files or folders]`: runs the MoonBit blocks
// of Markdown docs as node:test tests against the binding.
import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pc from 'picocolors';
import { collectDocs, displayPath, invocationDir } from './run/compile.ts';
import { colorFor, formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { PROJECT_ROOT } from './run/paths.ts';
import { holdLifeline } from './run/lifeline.ts';
import { REPORTERS, type Reporter } from './run/reporters/index.ts';

const USAGE = `Usage: npm run doctest -- [options] [files or folders]

Runs every MoonBit block (\`\`\`mbt test, \`\`\`mbt check) of the given Markdown docs
(default: docs/) as a node:test test against the Wasmtime binding. A doc inside
the project also fails when its record under snapshots/ is stale.

Options:
  --filter PATTERN      run only blocks whose test name matches (a regular expression)
  --include-nocheck     also run \`mbt nocheck\` and \`moonbit\` blocks, as \`mbt test\`
  --root DIR            working directory that blocks' relative paths resolve from
                        (default: the project root)

Files, folders and paths of options are relative to the folder the command was
run from (for \`npm run doctest\`, the one npm was started in).
  --reporter NAME       spec (default: each block as it ends, for a person), github
                        (Actions annotations), junit (XML), or a node:test reporter:
                        tap, dot, lcov, or a module path
  --timeout MS          fail a block (or a doc's definitions) running longer than MS
                        milliseconds, and go on in a new test process (default: 30000;
                        0: no limit)
  --shard i/n           run only shard i of n (blocks are dealt out in turn)
  --concurrency N       how many test processes run docs at once (default: 1)
  --json FILE           write one result record per block to FILE
  --verbose             also show the stack frames of the harness, runtime, binding and Node

Keeping the docs true:
  --update              write verified outputs back: every inspect's content becomes
                        the actual value (added when missing), and snapshots/ is
                        refreshed; other failures are reported and left alone; each
                        change is shown as a diff
  --review              like --update, but asks about each change on the terminal
                        (a accept, r reject, s skip, A accept all the rest, q quit)
                        and writes only the accepted ones
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
                        until interrupted; keys: a run all, f run the failed, u update
                        the failed, q quit
  -h, --help            show this help
`;

const OPTIONS = {
  filter: { type: 'string' },
  'include-nocheck': { type: 'boolean' },
  root: { type: 'string' },
  reporter: { type: 'string' },
  timeout: { type: 'string' },
  shard: { type: 'string' },
  concurrency: { type: 'string' },
  json: { type: 'string' },
  verbose: { type: 'boolean' },
  update: { type: 'boolean' },
  review: { type: 'boolean' },
  'syntax-only': { type: 'boolean' },
  check: { type: 'boolean' },
  coverage: { type: 'boolean' },
  watch: { type: 'boolean' },
  'update-snapshots': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** A mistake in the command line: one line, exit status 2. */
class UsageError extends Error {}

type Values = ReturnType<typeof parse>['values'];

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.split('\n')[0]!);
  }
}

function wholeNumber(name: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) throw new UsageError(`--${name} takes a whole number${min ? ` of at least ${min}` : ''}, got "${value}"`);
  return Number(value);
}

function shardOf(value: string | undefined): { index: number; count: number } | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard takes i/n with 1 <= i <= n, got "${value}"`);
  return { index, count };
}

const isReporterName = (name: string) => (REPORTERS as readonly string[]).includes(name);

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv);
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const here = invocationDir();
  const shard = shardOf(values.shard);
  const concurrency = wholeNumber('concurrency', values.concurrency, 1) ?? 1;
  const timeout = wholeNumber('timeout', values.timeout, 0) ?? 30_000;
  let filter: RegExp | undefined;
  if (values.filter !== undefined) {
    try {
      filter = new RegExp(values.filter);
    } catch (error) {
      throw new UsageError(`--filter: ${(error as Error).message}`);
    }
  }
  const root = resolve(here, values.root ?? PROJECT_ROOT);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new UsageError(`--root: no such folder: ${values.root}`);
  const reporterName = values.reporter ?? 'spec';
  if (!isReporterName(reporterName) && !existsSync(resolve(here, reporterName))) {
    throw new UsageError(`--reporter: unknown reporter "${reporterName}" (spec, github, junit, tap, dot, lcov, or the path of a reporter module)`);
  }
  if (values.json !== undefined && !existsSync(resolve(here, values.json, '..'))) throw new UsageError(`--json: no such folder for ${values.json}`);
  const modes = (['update', 'review', 'update-snapshots', 'syntax-only', 'check', 'coverage', 'watch'] as const).filter((m) => values[m]);
  if (modes.length > 1) throw new UsageError(`--${modes[0]} and --${modes[1]} cannot be combined`);
  if (values.review && !(process.stdin.isTTY && process.stdout.isTTY)) throw new UsageError('--review asks on a terminal; run it in one (or use --update)');

  const inputs = positionals.length ? positionals : [join(PROJECT_ROOT, 'docs')];
  const { files, missing, problems } = collectDocs(inputs, here);
  const folders = inputs.map((p) => resolve(here, p)).filter((p) => existsSync(p) && statSync(p).isDirectory());
  const color = colorFor(process.stdout);
  const errColor = colorFor(process.stderr);
  const printProblem = (d: Diagnostic) => process.stderr.write(`${formatDiagnostic(d, { color: errColor })}\n`);
  for (const m of missing) printProblem({ file: m, kind: 'file error', message: 'no such file or folder' });
  if (missing.length) return 1;

  if (values['syntax-only']) return syntaxOnly(files, problems, printProblem);
  if (values.watch) {
    const { watchDocs } = await import('./watch/index.ts');
    // The run options go to each run.
    const passThrough: string[] = [];
    for (const name of ['filter', 'reporter', 'concurrency', 'shard', 'json', 'timeout'] as const) {
      if (values[name] !== undefined) passThrough.push(`--${name}`, name === 'json' ? resolve(here, values[name]) : String(values[name]));
    }
    passThrough.push('--root', root);
    if (values['include-nocheck']) passThrough.push('--include-nocheck');
    if (values.verbose) passThrough.push('--verbose');
    return watchDocs({ inputs: inputs.map((p) => resolve(here, p)), passThrough });
  }
  if (values.coverage) return coverage(files, problems, printProblem);

  const { loadBindingInfo } = await import('./run/binding-info.ts');
  const binding = await loadBindingInfo();
  if (binding.loadError) process.stderr.write(`${pc.yellow('warning')}: ${binding.loadError}\n`);

  if (values['update-snapshots']) {
    if (binding.loadError) {
      process.stderr.write(`${pc.red('error')}: snapshots/ not updated: the binding did not load\n`);
      return 1;
    }
    const { refreshAll } = await import('./snapshots/index.ts');
    const refreshed = refreshAll(files, folders, binding);
    for (const line of refreshed.changed) process.stdout.write(`${line}\n`);
    for (const d of refreshed.problems) printProblem(d);
    return refreshed.problems.length ? 1 : 0;
  }

  if (values.check) {
    for (const d of problems) printProblem(d);
    const { runCheck } = await import('./check/run.ts');
    return runCheck(files, { binding, includeNocheck: !!values['include-nocheck'], color: errColor }) || (problems.length ? 1 : 0);
  }

  const { runSession } = await import('./run/session.ts');
  return runSession(files, {
    includeNocheck: !!values['include-nocheck'],
    filter,
    root,
    shard,
    concurrency,
    timeout,
    json: values.json,
    update: !!values.update || !!values.review,
    review: !!values.review,
    folders,
    binding,
    problems,
    color,
    reporter: await reporter(reporterName, values, here, color, timeout),
  });
}

async function reporter(name: string, values: Values, here: string, color: boolean, timeout: number): Promise<Reporter> {
  switch (name) {
    case 'spec': {
      const { HumanReporter } = await import('./run/reporters/human.ts');
      // Off a terminal, a block running this long gets a line saying so.
      const slowMs = timeout > 0 ? Math.min(10_000, timeout / 2) : 10_000;
      return new HumanReporter(process.stdout, { color, verbose: !!values.verbose, live: process.stdout.isTTY === true, slowMs });
    }
    case 'github': {
      const { GithubReporter } = await import('./run/reporters/github.ts');
      return new GithubReporter(process.stdout);
    }
    case 'junit': {
      const { JunitReporter } = await import('./run/reporters/junit.ts');
      return new JunitReporter(process.stdout);
    }
    default: {
      const { nodeReporter } = await import('./run/reporters/node.ts');
      try {
        return await nodeReporter(name, here, process.stdout);
      } catch (error) {
        throw new UsageError(`--reporter: cannot load "${name}": ${(error as Error).message.split('\n')[0]}`);
      }
    }
  }
}

async function syntaxOnly(files: string[], problems: Diagnostic[], print: (d: Diagnostic) => void): Promise<number> {
  const { checkSyntax } = await import('./syntaxcheck/index.ts');
  let errors = problems.length;
  let blocks = 0;
  for (const d of problems) print(d);
  for (const f of files) {
    const report = checkSyntax(f, displayPath(f));
    blocks += report.blocks;
    for (const d of report.diagnostics) print(d);
    errors += report.diagnostics.length;
  }
  const summary = `${blocks} MoonBit block${blocks === 1 ? '' : 's'} in ${files.length} doc${files.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}\n`;
  (errors ? process.stderr : process.stdout).write(summary);
  return errors ? 1 : 0;
}

async function coverage(files: string[], problems: Diagnostic[], print: (d: Diagnostic) => void): Promise<number> {
  const { coverage: measure, formatCoverage } = await import('./coverage/index.ts');
  const { signatures } = await import('../binding/signatures.ts');
  const report = measure(files.map((f) => ({ path: f, file: displayPath(f) })), [...signatures.keys()]);
  process.stdout.write(formatCoverage(report));
  for (const d of [...problems, ...report.problems]) print(d);
  if (report.unused.length) {
    process.stderr.write(`${pc.red('error')}: ${report.unused.length} public name${report.unused.length === 1 ? ' is' : 's are'} used by no runnable doc block: ${report.unused.join(', ')}\n`);
    return 1;
  }
  return problems.length ? 1 : 0;
}

// Started by --watch: end with the watch, however it ends.
holdLifeline();
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${pc.red('error')}: ${error.message} (see --help)\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`${pc.red('internal error')}: ${(error as Error).stack ?? error}\n`);
    process.exitCode = 1;
  },
);
