// Runs code in a separate Node process so that a native crash fails one test
// instead of killing the test runner.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The node arguments that run `script` (then `rest`): under `npm test` a
 * fixture runs from its bundle (scripts/run-tests.mjs makes one of each,
 * which starts without tsx's loader), anything else through tsx.
 */
export function scriptArgs(script: string, ...rest: string[]): string[] {
  const bundle = process.env.TEST_BUNDLES && join(process.env.TEST_BUNDLES, relative(root, resolve(root, script)).replace(/\.ts$/, '.js'));
  if (bundle && script.endsWith('.ts') && existsSync(bundle)) return ['--enable-source-maps', bundle, ...rest];
  return ['--import', 'tsx', script, ...rest];
}

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  /** Run a plain `.mjs` file without tsx (starts faster). */
  plain?: boolean;
}

export function runNode(args: string[], options: RunOptions | number = {}): Promise<ChildResult> {
  const { timeoutMs = 60_000, env, plain = false } = typeof options === 'number' ? { timeoutMs: options } : options;
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--expose-gc', ...(plain ? args : scriptArgs(args[0]!, ...args.slice(1)))],
      { cwd: root, env: env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
    });
  });
}

/** The `RESULT {...}` line a fixture prints. */
export function resultOf(r: ChildResult): Record<string, unknown> {
  const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`child printed no RESULT line (code ${r.code}, signal ${r.signal})\n${r.stderr}`);
  return JSON.parse(line.slice('RESULT '.length)) as Record<string, unknown>;
}

/** What became of one case of runCases: its result, or the process it ended. */
export type CaseOutcome = { result: Record<string, unknown> } | { crashed: ChildResult };

/**
 * Runs the named cases of `fixture` (which, for each name in its argv, prints
 * `START <name>`, runs it, and prints `RESULT <name> <json>`) in as few child
 * processes as possible: a case that ends its process (a crash, an abort, a
 * hang killed at the timeout) is reported alone, and the cases after it run
 * in a fresh process. A fixture given as an array is the script and the
 * arguments that go before the names.
 */
export async function runCases(fixture: string | string[], names: string[], timeoutMs = 60_000):
  Promise<Map<string, CaseOutcome>> {
  const outcomes = new Map<string, CaseOutcome>();
  const command = typeof fixture === 'string' ? [fixture] : fixture;
  let left = names;
  while (left.length > 0) {
    const r = await runNode([...command, ...left], timeoutMs);
    let started: string | undefined;
    for (const line of r.stdout.split('\n')) {
      const m = /^(START|RESULT) (\S+)(?: (.*))?$/.exec(line);
      if (!m) continue;
      if (m[1] === 'START') started = m[2];
      else outcomes.set(m[2]!, { result: JSON.parse(m[3]!) as Record<string, unknown> });
    }
    const crashed = started !== undefined && !outcomes.has(started) ? started : undefined;
    if (crashed) outcomes.set(crashed, { crashed: r });
    else if (r.code !== 0 || r.signal) {
      // Ended between cases: blame the next one, so that the loop moves on.
      const next = left.find((n) => !outcomes.has(n));
      if (next) outcomes.set(next, { crashed: r });
    }
    left = left.filter((n) => !outcomes.has(n));
  }
  return outcomes;
}

/** The result of a case, or an assertion-ready description of how it ended its process. */
export function caseResult(outcome: CaseOutcome | undefined): Record<string, unknown> {
  if (!outcome) throw new Error('the case did not run');
  if ('result' in outcome) return outcome.result;
  const r = outcome.crashed;
  throw new Error(`the case ended its process (code ${r.code}, signal ${r.signal}, ${r.ms} ms)\n${r.stderr.slice(-2000)}`);
}
