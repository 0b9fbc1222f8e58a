import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InspectError, renderDiff } from '../../../harness/runtime/index.ts';
import { inspectRendered } from '../../../harness/runtime/inspect.ts';

const loc = { file: 'docs/api.md', line: 12, column: 3 };
const runtimeUrl = new URL('../../../harness/runtime/inspect.ts', import.meta.url).href;
const root = fileURLToPath(new URL('../../../', import.meta.url));

function withoutRecord<T>(f: () => T): T {
  const saved = process.env.DOCTEST_UPDATE;
  delete process.env.DOCTEST_UPDATE;
  try {
    return f();
  } finally {
    if (saved !== undefined) process.env.DOCTEST_UPDATE = saved;
  }
}

test('inspect passes when the rendering matches content', () => {
  withoutRecord(() => {
    inspectRendered('42', '42', loc);
    inspectRendered('', undefined, loc); // absent content means ""
  });
});

test('inspect throws InspectError naming file:line:column with a line diff', () => {
  withoutRecord(() => {
    const saved = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = '0';
    try {
      assert.throws(
        () => inspectRendered('["a", "b"]', '["a"]', loc),
        (e: unknown) => {
          assert.ok(e instanceof InspectError);
          assert.deepEqual(e.loc, loc);
          assert.equal(e.expected, '["a"]');
          assert.equal(e.actual, '["a", "b"]');
          assert.match(e.message, /^docs\/api\.md:12:3: inspect failed/);
          assert.match(e.message, /^ {2}- \["a"\]$/m);
          assert.match(e.message, /^ {2}\+ \["a", "b"\]$/m);
          assert.doesNotMatch(e.message, /\u001b\[/);
          return true;
        },
      );
      // absent content: expected is ""
      assert.throws(() => inspectRendered('1', undefined, loc), (e: unknown) => e instanceof InspectError && e.expected === '' && e.actual === '1');
    } finally {
      if (saved === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = saved;
    }
  });
});

test('renderDiff shows unchanged lines as context, marks changed characters, and colours only when asked', () => {
  const plain = renderDiff('a\nbxc\nd', 'a\nbyc\nd');
  assert.equal(plain, ['  - expected  + actual', '    a', '  - bxc', '  + byc', '     ^', '    d'].join('\n'));
  const coloured = renderDiff('axb', 'ayb', true);
  assert.match(coloured, /\u001b\[31m {2}- a\u001b\[7mx\u001b\[27mb/, 'the changed character in inverse video');
  assert.doesNotMatch(renderDiff('x', 'y'), /\u001b\[/);
});

test('update mode (child process): every call is sent to the harness as it happens, mismatches do not throw, records survive a later throw', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doctest-record-'));
  const out = join(dir, 'messages.jsonl');
  const script = join(dir, 'gen.test.ts');
  writeFileSync(
    script,
    [
      `import * as $rt from ${JSON.stringify(runtimeUrl)};`,
      `$rt.inspectRendered('1', '1', { file: 'a.md', line: 1, column: 1 });`,
      `$rt.inspectRendered('x', 'wrong', { file: 'a.md', line: 2, column: 5 });`,
      `$rt.inspectRendered('[1]', undefined, { file: 'a.md', line: 3, column: 1 });`,
      `throw new Error('later statement fails');`,
    ].join('\n'),
  );
  // The harness's channel is fd 3; here it is a file.
  const fd = openSync(out, 'w');
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, DOCTEST_CHANNEL_FD: '3', DOCTEST_UPDATE: '1' },
    stdio: ['ignore', 'pipe', 'pipe', fd],
    encoding: 'utf8',
  });
  closeSync(fd);
  assert.notEqual(r.status, 0, 'the script throws at the end');
  assert.match(r.stderr, /later statement fails/);
  assert.doesNotMatch(r.stderr, /InspectError/);
  const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records, [
    { type: 'inspect', file: 'a.md', line: 1, column: 1, expected: '1', actual: '1' },
    { type: 'inspect', file: 'a.md', line: 2, column: 5, expected: 'wrong', actual: 'x' },
    { type: 'inspect', file: 'a.md', line: 3, column: 1, expected: null, actual: '[1]' },
  ]);
});

test('outside update mode the same child process fails at the first mismatch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doctest-norecord-'));
  const script = join(dir, 'gen.test.ts');
  writeFileSync(
    script,
    [
      `import * as $rt from ${JSON.stringify(runtimeUrl)};`,
      `$rt.inspectRendered('x', 'wrong', { file: 'a.md', line: 2, column: 5 });`,
      `console.log('not reached');`,
    ].join('\n'),
  );
  const env = { ...process.env };
  delete env.DOCTEST_UPDATE;
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, env, encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /a\.md:2:5: inspect failed/);
  assert.doesNotMatch(r.stdout, /not reached/);
});
