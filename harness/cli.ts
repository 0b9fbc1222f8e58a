#!/usr/bin/env node
// `npm run doctest -- [options] [files or folders]`: runs the MoonBit blocks
// of Markdown docs as node:test tests against the binding.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pc from 'picocolors';
import { collectDocs, displayPath, invocationDir } from './run/collect.ts';
import { colorFor, formatDiagnostic, type Diagnostic } from './diagnostics.ts';
import { moduleRoot, PROJECT_ROOT } from './run/paths.ts';
import { holdLifeline } from './run/lifeline.ts';
import { TestProcess } from './run/test-process-handle.ts';
import type { Reporter } from './run/reporters/index.ts';
import { parseOptions, USAGE, UsageError, type Values } from './options.ts';

async function main(argv: string[]): Promise<number> {
  const here = invocationDir();
  const { values, positionals, shard, concurrency, timeout, filter, root: givenRoot, reporter: reporterName } =
    parseOptions(argv, here, process.stdin.isTTY === true && process.stdout.isTTY === true);
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }

  const inputs = positionals.length ? positionals : [join(PROJECT_ROOT, 'docs')];
  const { files, given, missing, problems } = collectDocs(inputs, here);
  // Blocks' relative paths resolve from --root, else from their MoonBit module's root, as under `moon test`.
  const root = values.root === undefined ? moduleRoot(files) ?? givenRoot : givenRoot;
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

  // The report's libraries load only when it is asked for.
  const report = values.report === undefined ? undefined : await import('./report/index.ts');
  const reportProblem = report?.reportDirProblem(resolve(here, values.report!));
  if (reportProblem) throw new UsageError(`--report: ${reportProblem}`);

  // A run's first test process starts before the compiler loads: it loads the
  // runtime and the binding meanwhile, and in a run whose translations are
  // cached it would otherwise be what everything waits for.
  const isRun = !values['update-snapshots'] && !values.check;
  const update = !!values.update || !!values.review;
  const first = isRun && files.length ? new TestProcess({ cwd: root, update, verbose: !!values.verbose }) : undefined;

  try {
    return await run();
  } catch (error) {
    first?.kill(); // it would wait for its plan, and keep this process alive, forever
    throw error;
  }

  async function run(): Promise<number> {
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
      return (await runCheck(files, { binding, includeNocheck: !!values['include-nocheck'], color: errColor })) || (problems.length ? 1 : 0);
    }

    let reportFailed = false;
    const { runSession } = await import('./run/session.ts');
    const code = await runSession(files, {
      includeNocheck: !!values['include-nocheck'],
      filter,
      root,
      shard,
      concurrency,
      timeout,
      json: values.json,
      update,
      verbose: !!values.verbose,
      first,
      review: !!values.review,
      folders,
      binding,
      problems,
      given,
      color,
      reporter: await reporter(reporterName, values, here, color, timeout),
      onResults: report && (async (docs, records) => {
        const dir = resolve(here, values.report!);
        try {
          await report.writeReport(dir, docs, records, { bindingLoaded: !binding.loadError });
          process.stdout.write(`report written to ${join(displayPath(dir), 'index.html')}\n`);
        } catch (error) {
          reportFailed = true;
          printProblem({ file: displayPath(dir), kind: 'file error', message: `--report: could not write the report: ${(error as Error).message}` });
        }
      }),
    });
    return reportFailed ? 1 : code;
  }
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

// Started by --watch: end with the watch, however it ends. Not awaited: the
// run starts meanwhile (its first test process before the binding loads).
void holdLifeline();
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
