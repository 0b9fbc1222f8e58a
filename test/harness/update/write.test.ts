// The one way the harness writes files (harness/update/write.ts) and reads
// docs (harness/run/read-doc.ts).
import { test } from 'node:test';
import { spawn } from 'node:child_process';
import assert from 'node:assert/strict';
import { linkSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceIfUnchanged, writeAtomic } from '../../../harness/update/write.ts';
import { firstInvalidUtf8, readDoc } from '../../../harness/run/read-doc.ts';

function scratch(t: { after: (f: () => void) => void }): string {
  const dir = mkdtempSync(join(tmpdir(), 'doctest-write-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

test('replaceIfUnchanged writes atomically and refuses a doc changed since it was read', (t) => {
  const dir = scratch(t);
  const file = join(dir, 'd.md');
  writeFileSync(file, 'old');
  assert.equal(replaceIfUnchanged(file, 'old', 'old'), 'unchanged');
  assert.equal(replaceIfUnchanged(file, 'old', 'new'), 'written');
  assert.equal(readFileSync(file, 'utf8'), 'new');
  writeFileSync(file, 'edited by someone');
  assert.equal(replaceIfUnchanged(file, 'new', 'newer'), 'changed-on-disk');
  assert.equal(readFileSync(file, 'utf8'), 'edited by someone');
  assert.deepEqual(readdirSync(dir), ['d.md'], 'no temporary or lock file left behind');
});

test('the lock of a run that is gone is taken over', (t) => {
  const dir = scratch(t);
  const file = join(dir, 'd.md');
  writeFileSync(file, 'old');
  writeFileSync(join(dir, '.d.md.doctest-lock'), '999999999'); // no such process
  assert.equal(replaceIfUnchanged(file, 'old', 'new'), 'written');
  assert.deepEqual(readdirSync(dir), ['d.md']);
});

test('writeAtomic keeps the mode, writes through a link, and rewrites a hard-linked file in place', (t) => {
  const dir = scratch(t);
  const target = join(dir, 'target.md');
  writeFileSync(target, 'a', { mode: 0o640 });
  symlinkSync('target.md', join(dir, 'link.md'));
  writeAtomic(join(dir, 'link.md'), 'b');
  assert.ok(lstatSync(join(dir, 'link.md')).isSymbolicLink());
  assert.equal(readFileSync(target, 'utf8'), 'b');
  assert.equal(statSync(target).mode & 0o777, 0o640);
  linkSync(target, join(dir, 'hard.md'));
  const ino = statSync(target).ino;
  writeAtomic(target, 'a much longer content than before');
  writeAtomic(target, 'short');
  assert.equal(statSync(target).ino, ino);
  assert.equal(readFileSync(join(dir, 'hard.md'), 'utf8'), 'short');
  assert.deepEqual(readdirSync(dir).sort(), ['hard.md', 'link.md', 'target.md']);
});

test('readDoc keeps a byte order mark and refuses bytes that are not UTF-8, at their line and column', (t) => {
  const dir = scratch(t);
  const bom = join(dir, 'bom.md');
  writeFileSync(bom, Buffer.from('\ufeff# Title\n'));
  const read = readDoc(bom, 'bom.md');
  assert.ok('source' in read && read.source === '\ufeff# Title\n');
  const bad = join(dir, 'bad.md');
  writeFileSync(bad, Buffer.concat([Buffer.from('ok\né '), Buffer.from([0xff]), Buffer.from(' rest')]));
  const refused = readDoc(bad, 'bad.md');
  assert.ok('diagnostic' in refused);
  assert.equal(refused.diagnostic.line, 2);
  assert.equal(refused.diagnostic.column, 3);
  assert.match(refused.diagnostic.message, /not valid UTF-8 \(byte 0xff\)/);
});

test('firstInvalidUtf8 rejects overlong forms, surrogates and cut sequences', () => {
  assert.equal(firstInvalidUtf8(Buffer.from('héllo 😀')), Buffer.from('héllo 😀').length);
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80])), 1, 'overlong');
  assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0, 'a surrogate');
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xe2, 0x82])), 2, 'cut short');
  assert.equal(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])), 0, 'above U+10FFFF');
});

test('replaceIfUnchanged waits for another run holding the lock, then checks what that run wrote', async (t) => {
  const dir = scratch(t);
  const file = join(dir, 'd.md');
  writeFileSync(file, 'read by both');
  // Another run: takes the lock, writes its change a moment later, lets go.
  const other = spawn(process.execPath, ['--input-type=module', '-e', `
    import { writeFileSync, rmSync } from 'node:fs';
    writeFileSync(${JSON.stringify(join(dir, '.d.md.doctest-lock'))}, String(process.pid));
    process.stdout.write('locked\\n');
    setTimeout(() => {
      writeFileSync(${JSON.stringify(file)}, 'changed by the other run');
      rmSync(${JSON.stringify(join(dir, '.d.md.doctest-lock'))});
    }, 500);
  `], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => other.stdout.on('data', () => resolve()));
  assert.equal(replaceIfUnchanged(file, 'read by both', 'my change'), 'changed-on-disk');
  assert.equal(readFileSync(file, 'utf8'), 'changed by the other run');
  await new Promise((r) => other.on('exit', r));
});
