#!/usr/bin/env node
// `npm run doctest`: runs the harness from a bundle of its TypeScript sources
// (harness/ and binding/, with their dependencies) made with esbuild. Loading
// a bundle is several times faster than resolving and transpiling a hundred
// modules at every start; the bundle's `support` entry is what the generated doc
// modules import.
//
// Each bundle lives in a folder named after the state of its sources (paths,
// sizes, modification times), so an edit takes effect at the next run, and
// runs started at the same moment (tests do that) never see a half-written
// bundle: each builds into a private folder and renames it into place.
//
// Sources keep their own `import.meta.url` (the plugin below bakes each
// file's URL in), so paths they compute relative to themselves still hold.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUNDLES = join(ROOT, 'build', 'harness');
const SOURCES = ['harness', 'binding'].map((d) => join(ROOT, d));
/** Bundles of earlier source states are removed once this old. */
const STALE_MS = 10 * 60 * 1000;

function sourceKey() {
  const hash = createHash('sha256');
  const add = (path) => {
    const s = statSync(path);
    hash.update(`${path}\0${s.size}\0${s.mtimeMs}\n`);
  };
  add(fileURLToPath(import.meta.url));
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|mjs|mbti)$/.test(e.name)) add(p);
    }
  };
  SOURCES.forEach(walk);
  return hash.digest('hex').slice(0, 16);
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

async function bundle(out) {
  const tmp = `${out}.tmp-${process.pid}`;
  const { build } = await import('esbuild');  // only when a bundle is made: loading it costs a run time
  await build({
    entryPoints: { cli: join(ROOT, 'harness', 'cli.ts'), support: join(ROOT, 'harness', 'run', 'support.ts') },
    outdir: tmp,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Dependencies are bundled too (resolving and compiling dozens of small
    // modules at every start costs more than the harness's own code), except
    // the TypeScript compiler, which --check loads on demand and which finds
    // its lib files relative to itself.
    external: ['typescript'],
    // CommonJS dependencies (yaml) require Node's built-ins, which an ES module has no `require` for.
    banner: { js: "import { createRequire as $createRequire } from 'node:module'; const require = $createRequire(import.meta.url);" },
    // Maps in files of their own: inline they are three quarters of the bytes
    // every start reads and compiles; only a process that enables source maps
    // (the test processes) reads them.
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [ownImportMetaUrl],
  });
  try {
    renameSync(tmp, out);
  } catch (error) {
    // Another run put the same bundle in place first.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(out, 'cli.js'))) throw error;
  }
  const now = Date.now();
  for (const name of readdirSync(BUNDLES)) {
    const p = join(BUNDLES, name);
    if (p !== out && now - statSync(p).mtimeMs > STALE_MS) rmSync(p, { recursive: true, force: true });
  }
}

const out = join(BUNDLES, sourceKey());
if (!existsSync(join(out, 'cli.js'))) await bundle(out);
process.env.DOCTEST_SUPPORT = pathToFileURL(join(out, 'support.js')).href;
await import(pathToFileURL(join(out, 'cli.js')).href);
