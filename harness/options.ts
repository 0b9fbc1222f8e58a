// The command line of `npm run doctest`: its options, their help, and
// checking their values. Every mistake is a UsageError: one line, exit 2.
import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from './run/paths.ts';
import { REPORTERS } from './run/reporters/index.ts';

export const USAGE = `Usage: npm run doctest -- [options] [files or folders]

Runs every MoonBit block (\`\`\`mbt test, \`\`\`mbt check) of the given Markdown docs
(default: docs/) as a node:test test against the Wasmtime binding. A doc inside
the project also fails when its record under snapshots/ is stale.

Options:
  --filter PATTERN      run only blocks whose title (\`doc:line name\`, as the report
                        shows it) matches the regular expression
  --include-nocheck     also run \`mbt nocheck\` and \`moonbit\` blocks, as \`mbt test\`
  --root DIR            working directory that blocks' relative paths resolve from
                        (default: the docs' MoonBit module root, the folder
                        with moon.mod.json, else the project root)
  --reporter NAME       spec (default: each block as it ends, for a person), github
                        (Actions annotations), junit (XML), or a node:test reporter:
                        tap, dot, lcov, or a module path
  --timeout MS          fail a block (or a doc's definitions) running longer than MS
                        milliseconds, and go on in a new test process (default: 30000;
                        0: no limit)
  --shard i/n           run only shard i of n (blocks are dealt out in turn)
  --concurrency N       how many test processes run docs at once (default: 1)
  --json FILE           write one result record per block to FILE
  --report DIR          also write a static HTML report of the run to DIR: each doc
                        with its blocks' verdicts, counts, the spec coverage, and
                        summary.json (DIR must be new, empty or an earlier report)
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

Files, folders and paths of options are relative to the folder the command was
run from (for \`npm run doctest\`, the one npm was started in).
`;

export const OPTIONS = {
  filter: { type: 'string' },
  'include-nocheck': { type: 'boolean' },
  root: { type: 'string' },
  reporter: { type: 'string' },
  timeout: { type: 'string' },
  shard: { type: 'string' },
  concurrency: { type: 'string' },
  json: { type: 'string' },
  report: { type: 'string' },
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
export class UsageError extends Error {}

export type Values = ReturnType<typeof parse>['values'];

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

export interface Options {
  values: Values;
  positionals: string[];
  shard?: { index: number; count: number };
  concurrency: number;
  timeout: number;
  filter?: RegExp;
  /** Working directory of the blocks. */
  root: string;
  reporter: string;
}

/**
 * The options of `argv`, paths resolved from `here` (where the command was
 * run); `terminal` says whether stdin and stdout are one (for --review).
 */
export function parseOptions(argv: string[], here: string, terminal: boolean): Options {
  const { values, positionals } = parse(argv);
  if (values.help) return { values, positionals, concurrency: 1, timeout: 0, root: PROJECT_ROOT, reporter: 'spec' };
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
  const reporter = values.reporter ?? 'spec';
  if (!isReporterName(reporter) && !existsSync(resolve(here, reporter))) {
    throw new UsageError(`--reporter: unknown reporter "${reporter}" (spec, github, junit, tap, dot, lcov, or the path of a reporter module)`);
  }
  if (values.json !== undefined && !existsSync(resolve(here, values.json, '..'))) throw new UsageError(`--json: no such folder for ${values.json}`);
  const modes = (['update', 'review', 'update-snapshots', 'syntax-only', 'check', 'coverage', 'watch'] as const).filter((m) => values[m]);
  if (modes.length > 1) throw new UsageError(`--${modes[0]} and --${modes[1]} cannot be combined`);
  if (values.report !== undefined && modes.length) throw new UsageError(`--report goes with a plain run, not with --${modes[0]}`);
  if (values.review && !terminal) throw new UsageError('--review asks on a terminal; run it in one (or use --update)');
  return { values, positionals, ...(shard ? { shard } : {}), concurrency, timeout, ...(filter ? { filter } : {}), root, reporter };
}
