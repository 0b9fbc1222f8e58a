// Harness speed, measured side by side in one run:
// - a generated doc of 1,000 small blocks, as overhead per block over the
//   floor of node's test runner with tsx on an empty test;
// - a whole `doctest` run on docs/ against that same floor, with the
//   translation cache disabled and filled.
// Each command runs several times; the median wall time counts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const BLOCKS = 1000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// Commands must not believe they run under a test runner: node:test treats
// NODE_TEST_CONTEXT as set even when empty, and then skips every test file.
const env = { ...process.env };
delete env.NODE_TEST_CONTEXT;

/** Median wall time in ms of a node command run from the project root; `ran` checks its output. */
function time(args: string[], ran: RegExp, extraEnv: Record<string, string> = {}): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...env, ...extraEnv } });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (r.status !== 0) throw new Error(`benchmark command failed: node ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
    if (!ran.test(r.stdout)) throw new Error(`benchmark command did not run its tests: node ${args.join(' ')}\n${r.stdout}`);
    times.push(ms);
  }
  return median(times);
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
    const floor = time(['--import', 'tsx', '--test', '--test-reporter=tap', empty], /^# pass 1$/m);
    // Uncached: every run parses and translates, as after an edit.
    const uncached = { DOCTEST_NO_CACHE: '1' };
    const thousand = time([cli, '--reporter', 'tap', doc], new RegExp(`^# pass ${BLOCKS}$`, 'm'), uncached);
    const docsCold = time([cli, '--reporter', 'tap'], /^# pass [1-9]\d*$/m, uncached);
    time([cli, '--reporter', 'dot'], /./); // fills the cache
    const docsWarm = time([cli, '--reporter', 'tap'], /^# pass [1-9]\d*$/m);
    const perBlock = (thousand - floor) / BLOCKS;
    console.log('\nharness (median of %d runs, wall time)', RUNS);
    console.log('  node --import tsx --test, one empty test (floor)  %s ms', floor.toFixed(0));
    console.log('  doctest, generated doc of %d blocks, uncached    %s ms  -> %s ms overhead per block (target <= 2)', BLOCKS, thousand.toFixed(0), perBlock.toFixed(3));
    console.log('  doctest on docs/, translation uncached           %s ms  -> %sx the floor (target <= 2x)', docsCold.toFixed(0), (docsCold / floor).toFixed(2));
    console.log('  doctest on docs/, translation cached             %s ms  -> %sx the floor', docsWarm.toFixed(0), (docsWarm / floor).toFixed(2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) benchHarness();
