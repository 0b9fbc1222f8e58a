#!/usr/bin/env node
// `npm run doctest`: runs the harness from a bundle of its TypeScript sources
// (harness/ and binding/) made with esbuild, rebuilt whenever a source is
// newer than the bundle. Loading one bundled file is several times faster
// than transpiling a hundred modules through a loader at every start; the
// bundle's `support` entry is what the generated doc modules import.
//
// Sources keep their own `import.meta.url` (the plugin below bakes each
// file's URL in), so paths they compute relative to themselves still hold.
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'build', 'harness');
const ENTRY = join(OUT, 'cli.js');
const SOURCES = ['harness', 'binding'].map((d) => join(ROOT, d));

function newestSource() {
  let newest = statSync(fileURLToPath(import.meta.url)).mtimeMs;
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mjs|mbti)$/.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  };
  SOURCES.forEach(walk);
  return newest;
}

const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: 'ts',
    }));
  },
};

if (!existsSync(ENTRY) || statSync(ENTRY).mtimeMs < newestSource()) {
  rmSync(OUT, { recursive: true, force: true });
  await build({
    entryPoints: { cli: join(ROOT, 'harness', 'cli.ts'), support: join(ROOT, 'harness', 'run', 'support.ts') },
    outdir: OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'warning',
    plugins: [ownImportMetaUrl],
  });
}

process.env.DOCTEST_SUPPORT = pathToFileURL(join(OUT, 'support.js')).href;
await import(pathToFileURL(ENTRY).href);
