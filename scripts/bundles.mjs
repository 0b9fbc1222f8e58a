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
import { existsSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
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
