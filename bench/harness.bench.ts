// Harness speed, measured side by side in one run:
// - a generated doc of 1,000 small blocks (BENCH_BLOCKS), as overhead per
//   block over the floor of node's test runner with tsx on an empty test;
// - a whole `doctest` run on docs/ (or on what BENCH_DOCS names, a path
//   from the project root) against that same floor, with the translation
//   cache disabled and filled.
// The commands take turns for several rounds; each one's median counts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 1000);
const DOCS = process.env.BENCH_DOCS ?? 'docs/';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// Commands must not believe they run under a test runner: node:test treats
// NODE_TEST_CONTEXT as set even when empty, and then skips every test file.
const env = { ...process.env };
delete env.NODE_TEST_CONTEXT;

interface Command { args: string[]; ran: RegExp; env?: Record<string, string> }

/** Wall time in ms of one run of a node command from the project root; `ran` checks its output. */
function timeOnce({ args, ran, env: extra }: Command): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...env, ...extra } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`benchmark command failed: node ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
  if (!ran.test(r.stdout)) throw new Error(`benchmark command did not run its tests: node ${args.join(' ')}\n${r.stdout}`);
  return ms;
}

/**
 * Median wall time of each command. The commands take turns, round after
 * round, so that a change in the machine's speed (large here, within seconds)
 * falls on all of them alike instead of on whichever ran in that stretch.
 */
function timeTogether<K extends string>(commands: Record<K, Command>): Record<K, number> {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < RUNS; i++) {
    for (const k of Object.keys(commands) as K[]) times[k].push(timeOnce(commands[k]));
  }
  return Object.fromEntries(Object.entries(times).map(([k, t]) => [k, median(t as number[])])) as Record<K, number>;
}

function generatedDoc(): string {
  const parts = ['# Generated\n'];
  for (let i = 0; i < BLOCKS; i++) {
    parts.push(`\n## block ${i}\n\n\`\`\`mbt test\nlet x = ${i}\ninspect(x + 1, content="${i + 1}")\n\`\`\`\n`);
  }
  return parts.join('');
}

export function benchHarness(): void {
  const dir = mkdtempSync(join(tmpdir(), 'doctest-bench-'));
  try {
    const empty = join(dir, 'empty.test.mts');
    writeFileSync(empty, "import { test } from 'node:test';\ntest('empty', () => {});\n");
    const doc = join(dir, 'generated.md');
    writeFileSync(doc, generatedDoc());
    const cli = join(ROOT, 'scripts/doctest.mjs');
    const docs = resolve(ROOT, DOCS); // the CLI resolves relative paths from npm's INIT_CWD
    // Uncached: every run parses and translates, as after an edit. (An
    // uncached run neither reads nor writes the cache, so the cached runs
    // keep finding what the first run below stored.)
    const uncached = { DOCTEST_NO_CACHE: '1' };
    const passes = /^# pass [1-9]\d*$/m;
    timeOnce({ args: [cli, '--reporter', 'tap', docs], ran: passes }); // fills the cache
    const { floor, thousand, docsCold, docsWarm } = timeTogether({
      floor: { args: ['--import', 'tsx', '--test', '--test-reporter=tap', empty], ran: /^# pass 1$/m },
      thousand: { args: [cli, '--reporter', 'tap', doc], ran: new RegExp(`^# pass ${BLOCKS}$`, 'm'), env: uncached },
      docsCold: { args: [cli, '--reporter', 'tap', docs], ran: passes, env: uncached },
      docsWarm: { args: [cli, '--reporter', 'tap', docs], ran: passes },
    });
    const perBlock = (thousand - floor) / BLOCKS;
    console.log('\nharness (wall time, median of %d rounds in which the commands take turns)', RUNS);
    console.log('  node --import tsx --test, one empty test (floor)  %s ms', floor.toFixed(0));
    console.log('  doctest, generated doc of %d blocks, uncached    %s ms  -> %s ms overhead per block (target <= 2)', BLOCKS, thousand.toFixed(0), perBlock.toFixed(3));
    const on = `doctest on ${DOCS},`.padEnd(30);
    console.log('  %s translation uncached  %s ms  -> %sx the floor (target <= 2x)', on, docsCold.toFixed(0), (docsCold / floor).toFixed(2));
    console.log('  %s translation cached    %s ms  -> %sx the floor', on, docsWarm.toFixed(0), (docsWarm / floor).toFixed(2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchHarness();
