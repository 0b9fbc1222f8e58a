#!/usr/bin/env node
// Runs every `*.test.ts` under test/ with node:test, as many files at once as
// there are cores. On a terminal node's spec reporter shows each test;
// otherwise scripts/summary-reporter.mjs prints only the failures, the
// slowest files and the counts. Arguments naming test files or folders run
// only those (`npm test -- test/binding`); others are passed to node (for
// example `npm test -- --test-name-pattern=parser`); `TEST_CONCURRENCY`
// overrides the number of files run at once.
//
// Each test file runs from an esbuild bundle of it and the sources it imports,
// in build/tests/ (see bundles.mjs): loading tsx into every test process
// cost each about 0.4 s of CPU, a tenth of the suite. Inline source maps put
// test locations and stack frames at the .ts lines. Packages stay outside
// the bundles and load from node_modules as they would under tsx.
import { availableParallelism } from 'node:os';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBundle, ownImportMeta, sourceKey } from './bundles.mjs';
import { readTimings } from './timings-reporter.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const GROUPED = ['test/harness/corelib', 'test/harness/markdown', 'test/harness/runtime', 'test/harness/syntax'];

/** The test files under `dir`, or with `fixtures`, the TypeScript files in its fixtures folders. */
function collect(dir, fixtures = false, inFixtures = false) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return collect(path, fixtures, inFixtures || entry.name === 'fixtures');
    if (fixtures) return inFixtures && entry.name.endsWith('.ts') ? [path] : [];
    return !inFixtures && entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = collect(join(root, 'test')).map((f) => relative(root, f)).sort();
const args = process.argv.slice(2);
const isPath = (a) => !a.startsWith('-') && existsSync(a);
const chosen = args.filter(isPath).map((a) => relative(root, resolve(a)));
const run = chosen.length ? files.filter((f) => chosen.some((c) => f === c || f.startsWith(`${c}/`))) : files;
// The fixtures that tests run in processes of their own (test/binding/child.ts finds their bundles).
const fixtures = collect(join(root, 'test'), true).map((f) => relative(root, f));
const key = sourceKey([fileURLToPath(import.meta.url), fileURLToPath(new URL('bundles.mjs', import.meta.url))],
  ['test', 'harness', 'binding', 'bench'].map((d) => join(root, d)));
const out = join(root, 'build', 'tests', key);
const bundled = (f) => f.replace(/\.ts$/, '.js');
const inGroup = (group, f) => f.startsWith(`${group}/`);
const groupEntry = (group) => `groups/${group.replaceAll('/', '-')}`;
await ensureBundle(out, bundled(files[0]), async (tmp) => {
  const { build } = await import('esbuild');
  await build({
    entryPoints: {
      ...Object.fromEntries([...files, ...fixtures].map((f) => [f.replace(/\.ts$/, ''), join(root, f)])),
      ...Object.fromEntries(GROUPED.map((g) => [groupEntry(g), `group:${g}`])),
    },
    outdir: tmp,
    bundle: true,
    // Without splitting: chunks shared between entries would not keep the
    // order in which the modules of an import cycle run.
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    sourcesContent: false,
    logLevel: 'warning',
    plugins: [ownImportMeta, {
      name: 'test-groups',
      setup(b) {
        b.onResolve({ filter: /^group:/ }, (a) => ({ path: a.path.slice('group:'.length), namespace: 'group' }));
        b.onLoad({ filter: /.*/, namespace: 'group' }, (a) => ({
          contents: files.filter((f) => inGroup(a.path, f)).map((f) => `import ${JSON.stringify(join(root, f))};\n`).join(''),
          resolveDir: root,
          loader: 'js',
        }));
      },
    }],
  });
});

// A group's bundle replaces its files when all of them run.
const whole = GROUPED.filter((g) => files.filter((f) => inGroup(g, f)).every((f) => run.includes(f)));
const entries = [
  ...run.filter((f) => !whole.some((g) => inGroup(g, f))).map((f) => ({ bundle: bundled(f), sources: [f] })),
  ...whole.map((g) => ({ bundle: `${groupEntry(g)}.js`, sources: run.filter((f) => inGroup(g, f)) })),
];
// The longest files first, as the last runs timed them (new ones before all):
// started last, one of them would leave the other cores idle at the end.
const timingsPath = join(root, 'build', 'tests', 'timings.json');
const timings = readTimings(timingsPath);
const expected = (e) => e.sources.reduce((ms, f) => ms + (timings[f] ?? Infinity), 0);
entries.sort((a, b) => expected(b) - expected(a));

const concurrency = Number(process.env.TEST_CONCURRENCY) || availableParallelism();
const reporter = process.stdout.isTTY ? 'spec' : join(root, 'scripts', 'summary-reporter.mjs');
const result = spawnSync(
  process.execPath,
  ['--enable-source-maps', '--test', `--test-concurrency=${concurrency}`, `--test-reporter=${reporter}`, '--test-reporter-destination=stdout',
    `--test-reporter=${join(root, 'scripts', 'timings-reporter.mjs')}`, '--test-reporter-destination=stdout',
    ...args.filter((a) => !isPath(a)), ...entries.map((e) => join(out, e.bundle))],
  { cwd: root, stdio: 'inherit', env: { ...process.env, TEST_BUNDLES: out, TEST_TIMINGS: timingsPath } },
);
process.exit(result.status ?? 1);
