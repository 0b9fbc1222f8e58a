#!/usr/bin/env node
// Runs every `*.test.ts` under test/ with node:test through tsx.
// Node 20's `--test` does not expand globs or know TypeScript file names,
// so the file list is gathered here. Extra arguments are passed through
// (for example `npm test -- --test-name-pattern=parser`).
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
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', ...process.argv.slice(2), ...files],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
