// What scripts/doctest.mjs and scripts/run-tests.mjs share to run TypeScript
// sources from esbuild bundles.
//
// Each bundle lives in a folder named after the state of its sources (paths,
// sizes, modification times), so an edit takes effect at the next run, and
// runs started at the same moment (tests do that) never see a half-written
// bundle: each builds into a private folder and renames it into place.
//
// Sources keep their own `import.meta.url`, `dirname` and `filename` (the
// plugin bakes each file's in), so paths they compute relative to themselves
// still hold.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getHeapCodeStatistics } from 'node:v8';
import { Script } from 'node:vm';
import { pathToFileURL } from 'node:url';

/** Bundles of earlier source states are removed once this old. */
const STALE_MS = 10 * 60 * 1000;

/** A key of the state of `files` and of the sources under `dirs` (tests' scratch folders aside). */
export function sourceKey(files, dirs) {
  const hash = createHash('sha256');
  const add = (path) => {
    const s = statSync(path);
    hash.update(`${path}\0${s.size}\0${s.mtimeMs}\n`);
  };
  files.forEach(add);
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('scratch-')) walk(p);
      } else if (/\.(ts|mts|mjs|cjs|json|mbti)$/.test(e.name)) add(p);
    }
  };
  dirs.forEach(walk);
  return hash.digest('hex').slice(0, 16);
}

export const ownImportMeta = {
  name: 'own-import-meta',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8')
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path)),
      loader: 'ts',
    }));
  },
};

/**
 * Makes the bundle folder `out` with `build(folder)` unless `marker` (a file
 * in it) is there already, then removes the stale folders beside it.
 */
export async function ensureBundle(out, marker, build) {
  if (existsSync(join(out, marker))) return;
  const tmp = `${out}.tmp-${process.pid}`;
  await build(tmp);
  try {
    renameSync(tmp, out);
  } catch (error) {
    // Another run put the same bundle in place first.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(out, marker))) throw error;
  }
  const now = Date.now();
  for (const name of readdirSync(dirname(out))) {
    const p = join(dirname(out), name);
    if (p !== out && now - statSync(p).mtimeMs > STALE_MS) rmSync(p, { recursive: true, force: true });
  }
}

/**
 * Runs the CommonJS bundle `file` as `require(file)` would, with V8's code
 * cache in `file.cache`: compiling a bundle costs more than the work of a
 * short run. The cache is written at exit, so that it holds the functions the
 * run compiled lazily too: when there was none, when V8 rejected it (another
 * Node version, other V8 flags), or when the run ended with notably more
 * bytecode than the run that wrote it (which may have been a short one, like
 * `--help`: the rest then compiled at every run). With source maps on,
 * `require` loads the bundle instead, since only it reads the bundle's map.
 */
export function requireCached(file) {
  if (process.sourceMapsEnabled) return createRequire(import.meta.url)(file);
  const cache = `${file}.cache`;
  let held = 0; // the bytecode of the run that wrote the cache, in its first 4 bytes
  let cachedData;
  try {
    const data = readFileSync(cache);
    held = data.readUInt32LE(0);
    cachedData = data.subarray(4);
  } catch {
    // None yet: made at exit.
  }
  // Read as Latin-1, which is as fast as a copy: asciiOnly() left nothing else in it.
  const script = new Script(Module.wrap(readFileSync(file, 'latin1').replace(/^#!/, '//')), { filename: file, cachedData });
  if (script.cachedDataRejected !== false) held = 0;
  process.once('exit', () => {
    const bytecode = getHeapCodeStatistics().bytecode_and_metadata_size;
    if (bytecode <= held * 1.1) return;
    const size = Buffer.alloc(4);
    size.writeUInt32LE(bytecode);
    // Written whole under another name, then renamed: concurrent runs read either cache, never part of one.
    const tmp = `${cache}.tmp-${process.pid}`;
    try {
      writeFileSync(tmp, Buffer.concat([size, script.createCachedData()]));
      renameSync(tmp, cache);
    } catch {
      // A cache is only a speed-up: a folder it cannot be written to must not fail the run.
      rmSync(tmp, { force: true });
    }
  });
  // V8 refuses `import()` in a script from a code cache (Node 20); harness/run/import-module.ts uses this one.
  globalThis[Symbol.for('doctest.import')] = (specifier) => import(specifier);
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/**
 * Escapes the non-ASCII characters esbuild leaves in the bundle `file`, as
 * \uXXXX units. V8 holds a source with any of them as two-byte text, which
 * Node decodes from UTF-8 at 15-40 ms for the CLI's 2 MB bundle; an ASCII one
 * it reads as Latin-1 at once. esbuild escapes strings and templates itself;
 * what it leaves is in comments and regular expressions, where an escape means
 * the same, and in String.raw templates, where it would not (refused here).
 */
export function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  if (/String\.raw`[^`]*[^\0-\x7f]/.test(text)) throw new Error(`${file}: a String.raw template holds non-ASCII text`);
  writeFileSync(file, text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}
