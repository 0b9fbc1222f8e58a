// Translations kept between runs, so that a doc whose bytes did not change is
// neither parsed nor translated again.
//
// An entry depends only on its inputs (a doc's source, the options, what the
// binding exports) and on the harness itself. The cache lives in the folder
// of the harness bundle (scripts/doctest.mjs), which is named after the
// harness's sources: any change to the harness starts an empty cache. There
// is one file per kind and doc, holding the hash of the inputs it was made
// from, so a doc's new version replaces the old one. Docs that come and go
// (temporary ones) are bounded too: past MAX_ENTRIES files, the least recently
// used are removed. Runs from the sources (tsx) keep no cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from '../update/write.ts';

function cacheDir(): string | undefined {
  const support = process.env.DOCTEST_SUPPORT;
  if (!support || process.env.DOCTEST_NO_CACHE === '1') return undefined;
  return join(dirname(fileURLToPath(support)), 'cache');
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const MAX_ENTRIES = 400;

/** Removes the least recently used entries once there are more than MAX_ENTRIES. */
function prune(dir: string): void {
  const names = readdirSync(dir).filter((name) => name.endsWith('.json')); // not another run's temporary files
  if (names.length <= MAX_ENTRIES) return;
  const byAge = names.flatMap((name) => {
    try {
      return [{ name, used: statSync(join(dir, name)).mtimeMs }];
    } catch {
      return []; // removed by a concurrent run
    }
  }).sort((a, b) => a.used - b.used);
  for (const { name } of byAge.slice(0, byAge.length - MAX_ENTRIES * 3 / 4)) rmSync(join(dir, name), { force: true });
}

/**
 * The value `compute()` gives for `inputs`, from the cache when an earlier
 * run stored it for the same `kind` and `doc`. Values must survive JSON.
 */
export function cached<T>(kind: string, doc: string, inputs: unknown, compute: () => T): T {
  const dir = cacheDir();
  if (dir === undefined) return compute();
  const key = sha256(JSON.stringify(inputs));
  const file = join(dir, `${kind}-${sha256(doc).slice(0, 24)}.json`);
  try {
    const entry = JSON.parse(readFileSync(file, 'utf8')) as { key: string; value: T };
    if (entry.key === key) {
      const now = new Date();
      utimesSync(file, now, now); // recently used: kept by prune()
      return entry.value;
    }
  } catch {
    // Missing or unreadable: computed below.
  }
  const value = compute();
  try {
    writeAtomic(file, JSON.stringify({ key, value }), { flush: false }); // concurrent runs read a whole entry or none
    prune(dir);
  } catch {
    // A cache that cannot be written only makes runs slower.
  }
  return value;
}
