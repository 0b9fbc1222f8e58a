// The translation cache: an unchanged doc is not translated again, any change
// to its bytes is, and a broken or disabled cache only costs time.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { cached, MAX_ENTRIES } from '../../../harness/run/cache.ts';
import { ROOT, assertDocPassed, runCli, tempDir, type BlockRecord, type CliResult } from './helpers.ts';

const BLOCK = '```mbt test\ninspect(1 + 1, content="2")\n```\n';

/** The cache files (one per bundle of the harness that ran) holding `kind` for `doc`. */
function entries(kind: string, doc: string): string[] {
  const name = `${kind}-${createHash('sha256').update(doc).digest('hex').slice(0, 24)}.json`;
  const bundles = join(ROOT, 'build', 'harness');
  return readdirSync(bundles).map((b) => join(bundles, b, 'cache', name)).filter((f) => existsSync(f));
}

describe('translation cache', () => {
  // The docs share their runs (every CLI run costs a CLI and a test process);
  // update.md alone fails in the first, so that run's exit status is its.
  const dir = tempDir();
  const cachedDoc = join(dir, 'cached.md');
  const brokenDoc = join(dir, 'broken.md');
  const updateDoc = join(dir, 'update.md');
  let first: CliResult, second: CliResult, third: CliResult, update: CliResult;
  let records: BlockRecord[];
  const seen: Record<string, string[]> = {};
  let entry = '';

  before(async () => {
    writeFileSync(cachedDoc, `# Cached\n\n${BLOCK}`);
    writeFileSync(brokenDoc, `# Broken\n\n${BLOCK}`);
    writeFileSync(updateDoc, '# Update\n\n```mbt test\ninspect(6 * 7, content="41")\n```\n');
    first = await runCli(['--reporter', 'tap', '--json', join(dir, 'results.json'), cachedDoc, brokenDoc, updateDoc]);
    records = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
    for (const doc of [cachedDoc, brokenDoc, updateDoc]) seen[doc] = entries('compile', doc);
    // Mark the cached translation: the next run must show the mark.
    entry = seen[cachedDoc]![0] ? readFileSync(seen[cachedDoc]![0]!, 'utf8') : '';
    if (entry) writeFileSync(seen[cachedDoc]![0]!, entry.replaceAll('Cached', 'FromTheCache'));
    if (seen[brokenDoc]![0]) writeFileSync(seen[brokenDoc]![0]!, '{"key": "truncated');
    second = await runCli(['--reporter', 'tap', cachedDoc, brokenDoc]);
    update = await runCli(['--update', updateDoc]);
    // One changed byte: translated anew, and the new entry replaces the old one.
    writeFileSync(cachedDoc, `# Cached!\n\n${BLOCK}`);
    third = await runCli(['--reporter', 'tap', cachedDoc, updateDoc]);
  });

  it('an unchanged doc runs from its cached translation; a changed one is translated again', () => {
    assertDocPassed(first, records, cachedDoc, 1);
    const [file, ...others] = seen[cachedDoc]!;
    assert.ok(file, 'the first run stores the translation');
    assert.equal(others.length, 0);
    assert.ok(entry.includes('Cached'));
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /FromTheCache/);
    assert.equal(third.code, 0, third.stderr);
    assert.doesNotMatch(third.stdout, /FromTheCache/);
    assert.match(third.stdout, /Cached!/);
    assert.deepEqual(entries('compile', cachedDoc), [file]);
  });

  it('an unreadable entry is ignored and rewritten', () => {
    assertDocPassed(first, records, brokenDoc, 1);
    const [file] = seen[brokenDoc]!;
    assert.equal(second.code, 0, second.stderr);
    // The run's other doc is cached.md (FromTheCache by now).
    assert.match(second.stdout, /^ok \d+ - Broken$/m);
    assert.match(second.stdout, /^# pass 2$/m);
    assert.doesNotThrow(() => JSON.parse(readFileSync(file!, 'utf8')));
  });

  it('--update works from a cached translation', () => {
    assert.equal(first.code, 1);
    assert.ok(records.some((x) => x.file === updateDoc && x.status === 'fail'), 'the failure is update.md\'s');
    assert.equal(seen[updateDoc]!.length, 1);
    assert.equal(update.code, 0, update.stderr);
    assert.match(readFileSync(updateDoc, 'utf8'), /content="42"/);
    assert.equal(third.code, 0, third.stdout);
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
    process.env.DOCTEST_SUPPORT = pathToFileURL(join(bundle, 'support.cjs')).href;
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
