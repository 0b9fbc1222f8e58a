#!/usr/bin/env node
// `npm run doctest`: runs the harness from a bundle of its TypeScript sources
// (harness/ and binding/, with their dependencies) made with esbuild, in
// build/harness/ (see bundles.mjs). Loading a bundle is several times faster
// than resolving and transpiling a hundred modules at every start; the
// bundle's `support` entry is what the generated doc modules import.
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBundle, ownImportMeta, sourceKey } from './bundles.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function bundle(tmp) {
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
    // Maps beside the bundles, read only where source maps are on (the test
    // process's --verbose): inline ones were read and compiled at every start.
    sourcemap: 'linked',
    logLevel: 'warning',
    plugins: [ownImportMeta],
  });
}

const key = sourceKey([fileURLToPath(import.meta.url), fileURLToPath(new URL('bundles.mjs', import.meta.url))], ['harness', 'binding'].map((d) => join(ROOT, d)));
const out = join(ROOT, 'build', 'harness', key);
await ensureBundle(out, 'cli.js', bundle);
process.env.DOCTEST_SUPPORT = pathToFileURL(join(out, 'support.js')).href;
await import(pathToFileURL(join(out, 'cli.js')).href);
