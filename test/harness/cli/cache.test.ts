// The translation cache: an unchanged doc is not translated again, any change
// to its bytes is, and a broken or disabled cache only costs time.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { cached, MAX_ENTRIES } from '../../../harness/run/cache.ts';
import { ROOT, runCli, tempDir } from './helpers.ts';

const BLOCK = '```mbt test\ninspect(1 + 1, content="2")\n```\n';

/** The cache files (one per bundle of the harness that ran) holding `kind` for `doc`. */
function entries(kind: string, doc: string): string[] {
  const name = `${kind}-${createHash('sha256').update(doc).digest('hex').slice(0, 24)}.json`;
  const bundles = join(ROOT, 'build', 'harness');
  return readdirSync(bundles).map((b) => join(bundles, b, 'cache', name)).filter((f) => existsSync(f));
}

describe('translation cache', () => {
  it('an unchanged doc runs from its cached translation; a changed one is translated again', async () => {
    const doc = join(tempDir(), 'cached.md');
    writeFileSync(doc, `# Cached\n\n${BLOCK}`);
    const first = await runCli(['--reporter', 'tap', doc]);
    assert.equal(first.code, 0, first.stderr);
    const [file, ...others] = entries('compile', doc);
    assert.ok(file, 'the first run stores the translation');
    assert.equal(others.length, 0);

    // Mark the cached translation: the next run must show the mark.
    const entry = readFileSync(file, 'utf8');
    assert.ok(entry.includes('Cached'));
    writeFileSync(file, entry.replaceAll('Cached', 'FromTheCache'));
    const second = await runCli(['--reporter', 'tap', doc]);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /FromTheCache/);

    // One changed byte: translated anew, and the new entry replaces the old one.
    writeFileSync(doc, `# Cached!\n\n${BLOCK}`);
    const third = await runCli(['--reporter', 'tap', doc]);
    assert.equal(third.code, 0, third.stderr);
    assert.doesNotMatch(third.stdout, /FromTheCache/);
    assert.match(third.stdout, /Cached!/);
    assert.deepEqual(entries('compile', doc), [file]);
  });

  it('an unreadable entry is ignored and rewritten', async () => {
    const doc = join(tempDir(), 'broken.md');
    writeFileSync(doc, `# Broken\n\n${BLOCK}`);
    assert.equal((await runCli([doc])).code, 0);
    const [file] = entries('compile', doc);
    writeFileSync(file!, '{"key": "truncated');
    const again = await runCli(['--reporter', 'tap', doc]);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /^# pass 1$/m);
    assert.doesNotThrow(() => JSON.parse(readFileSync(file!, 'utf8')));
  });

  it('--update works from a cached translation', async () => {
    const doc = join(tempDir(), 'update.md');
    writeFileSync(doc, '# Update\n\n```mbt test\ninspect(6 * 7, content="41")\n```\n');
    const failing = await runCli([doc]);
    assert.equal(failing.code, 1);
    assert.equal(entries('compile', doc).length, 1);
    const update = await runCli(['--update', doc]);
    assert.equal(update.code, 0, update.stderr);
    assert.match(readFileSync(doc, 'utf8'), /content="42"/);
    assert.equal((await runCli([doc])).code, 0);
  });

  it('DOCTEST_NO_CACHE=1 keeps nothing', async () => {
    const doc = join(tempDir(), 'uncached.md');
    writeFileSync(doc, `# Uncached\n\n${BLOCK}`);
    const r = await runCli([doc], { env: { DOCTEST_NO_CACHE: '1' } });
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(entries('compile', doc), []);
  });
});

describe('translation cache size', () => {
  it('past MAX_ENTRIES entries, the least recently used go', () => {
    const bundle = tempDir('doctest-cache-');
    const saved = process.env.DOCTEST_SUPPORT;
    process.env.DOCTEST_SUPPORT = pathToFileURL(join(bundle, 'support.js')).href;
    try {
      const dir = join(bundle, 'cache');
      const fileOf = (doc: string) => join(dir, `k-${createHash('sha256').update(doc).digest('hex').slice(0, 24)}.json`);
      const put = (i: number) => cached('k', `doc${i}`, i, () => i);
      // Entries used one second apart, oldest first.
      for (let i = 0; i < MAX_ENTRIES; i++) {
        put(i);
        utimesSync(fileOf(`doc${i}`), 1_000_000 + i, 1_000_000 + i);
      }
      assert.equal(readdirSync(dir).length, MAX_ENTRIES);
      let computed = false;
      assert.equal(cached('k', 'doc5', 5, () => { computed = true; return -1; }), 5, 'a hit');
      assert.equal(computed, false);
      put(MAX_ENTRIES); // one too many
      const left = new Set(readdirSync(dir));
      assert.equal(left.size, MAX_ENTRIES * 3 / 4);
      assert.ok(left.has(fileOf('doc5').split('/').pop()!), 'a recent hit counts as recent use');
      assert.ok(!left.has(fileOf('doc0').split('/').pop()!), 'the least recently used goes first');
      assert.ok(left.has(fileOf(`doc${MAX_ENTRIES}`).split('/').pop()!));
      assert.ok(left.has(fileOf(`doc${MAX_ENTRIES - 1}`).split('/').pop()!));
    } finally {
      if (saved === undefined) delete process.env.DOCTEST_SUPPORT;
      else process.env.DOCTEST_SUPPORT = saved;
    }
  });
});
