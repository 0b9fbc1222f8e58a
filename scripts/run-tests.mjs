#!/usr/bin/env node
// Runs every `*.test.ts` under test/ with node:test through tsx, as many
// files at once as there are cores (more would slow the tests that measure
// something against a time limit). On a terminal node's spec reporter
// shows each test; otherwise scripts/summary-reporter.mjs prints only the
// failures, the slowest files and the counts. Node 20's `--test` does not
// expand globs or know TypeScript file names, so the file list is gathered
// here. Extra arguments are passed through (for example
// `npm test -- --test-name-pattern=parser`); `TEST_CONCURRENCY` overrides
// the number of files run at once.
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function collect(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : collect(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = collect(join(root, 'test')).map((f) => relative(root, f)).sort();
const concurrency = Number(process.env.TEST_CONCURRENCY) || availableParallelism();
const reporter = process.stdout.isTTY ? 'spec' : join(root, 'scripts', 'summary-reporter.mjs');
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, `--test-reporter=${reporter}`, '--test-reporter-destination=stdout', ...process.argv.slice(2), ...files],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
