#!/usr/bin/env node
// `npm run doctest`: runs the harness from bundles of its TypeScript sources
// (harness/ and binding/, with their dependencies) made with esbuild, in
// build/harness/ (see bundles.mjs). Loading a bundle is several times faster
// than resolving and transpiling a hundred modules at every start.
//
// The CLI is one CommonJS file run with V8's code cache (see requireCached):
// compiling it as ES modules took a third of a one-doc run's CPU. Its rarely
// used parts (the report, --check, --watch) stay behind `import()`, which
// esbuild turns into lazily run module bodies. The `support` bundle, what
// the generated doc modules use, is run the same way by each test process
// (see harness/run/entry.mjs).
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { asciiOnly, ensureBundle, ownImportMeta, requireCached, sourceKey } from './bundles.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function bundle(tmp) {
  const { build } = await import('esbuild');  // only when a bundle is made: loading it costs a run time
  const common = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    // Dependencies are bundled too (resolving and compiling dozens of small
    // modules at every start costs more than the harness's own code), except
    // the TypeScript compiler, which --check loads on demand and which finds
    // its lib files relative to itself.
    external: ['typescript'],
    // Maps beside the bundles, read only where source maps are on (the test
    // process's --verbose): inline ones were read and compiled at every start.
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [ownImportMeta],
  };
  const entryPoints = { cli: join(ROOT, 'harness', 'cli.ts'), support: join(ROOT, 'harness', 'run', 'support.ts') };
  await build({ ...common, entryPoints, outdir: tmp, format: 'cjs', outExtension: { '.js': '.cjs' } });
  for (const name of Object.keys(entryPoints)) asciiOnly(join(tmp, `${name}.cjs`));
}

const key = sourceKey([fileURLToPath(import.meta.url), fileURLToPath(new URL('bundles.mjs', import.meta.url))], ['harness', 'binding'].map((d) => join(ROOT, d)));
const out = join(ROOT, 'build', 'harness', key);
await ensureBundle(out, 'cli.cjs', bundle);
process.env.DOCTEST_SUPPORT = pathToFileURL(join(out, 'support.cjs')).href;
requireCached(join(out, 'cli.cjs'));
