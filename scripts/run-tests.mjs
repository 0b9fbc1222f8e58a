#!/usr/bin/env node
// Runs every `*.test.ts` under test/ with node:test, as many files at once as
// there are cores. On a terminal node's spec reporter shows each test;
// otherwise scripts/summary-reporter.mjs prints only the failures, the
// slowest files and the counts. Extra arguments are passed through (for
// example `npm test -- --test-name-pattern=parser`); `TEST_CONCURRENCY`
// overrides the number of files run at once.
//
// Each test file runs from an esbuild bundle of it and the sources it imports,
// in build/tests/ (see bundles.mjs): loading tsx into every test process
// cost each about 0.4 s of CPU, a tenth of the suite. Inline source maps put
// test locations and stack frames at the .ts lines. Packages stay outside
// the bundles and load from node_modules as they would under tsx.
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ensureBundle, ownImportMeta, sourceKey } from './bundles.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

function collect(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : collect(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = collect(join(root, 'test')).map((f) => relative(root, f)).sort();
const key = sourceKey([fileURLToPath(import.meta.url), fileURLToPath(new URL('bundles.mjs', import.meta.url))],
  ['test', 'harness', 'binding', 'bench'].map((d) => join(root, d)));
const out = join(root, 'build', 'tests', key);
const bundled = (f) => f.replace(/\.ts$/, '.js');
await ensureBundle(out, bundled(files[0]), async (tmp) => {
  const { build } = await import('esbuild');
  await build({
    entryPoints: Object.fromEntries(files.map((f) => [f.replace(/\.ts$/, ''), join(root, f)])),
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
    plugins: [ownImportMeta],
  });
});

const concurrency = Number(process.env.TEST_CONCURRENCY) || availableParallelism();
const reporter = process.stdout.isTTY ? 'spec' : join(root, 'scripts', 'summary-reporter.mjs');
const result = spawnSync(
  process.execPath,
  ['--enable-source-maps', '--test', `--test-concurrency=${concurrency}`, `--test-reporter=${reporter}`, '--test-reporter-destination=stdout',
    ...process.argv.slice(2), ...files.map((f) => join(out, bundled(f)))],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
