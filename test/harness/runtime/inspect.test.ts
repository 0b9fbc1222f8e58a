import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect, InspectError, renderDiff, Some } from '../../../harness/runtime/index.ts';

const loc = { file: 'docs/api.md', line: 12, column: 3 };
const runtimeUrl = new URL('../../../harness/runtime/index.ts', import.meta.url).href;
const root = fileURLToPath(new URL('../../../', import.meta.url));

function withoutRecord<T>(f: () => T): T {
  const saved = process.env.DOCTEST_RECORD;
  delete process.env.DOCTEST_RECORD;
  try {
    return f();
  } finally {
    if (saved !== undefined) process.env.DOCTEST_RECORD = saved;
  }
}

test('inspect passes when show matches content', () => {
  withoutRecord(() => {
    inspect(42, { name: 'Int' }, '42', loc);
    inspect(new Some('x'), { name: 'Option', args: [{ name: 'String' }] }, 'Some("x")', loc);
    inspect('', { name: 'String' }, undefined, loc); // absent content means ""
    inspect(undefined, { name: 'Unit' }, '()', loc);
  });
});

test('inspect throws InspectError naming file:line:column with a line diff', () => {
  withoutRecord(() => {
    const saved = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = '0';
    try {
      assert.throws(
        () => inspect(['a', 'b'], { name: 'Array', args: [{ name: 'String' }] }, '["a"]', loc),
        (e: unknown) => {
          assert.ok(e instanceof InspectError);
          assert.deepEqual(e.loc, loc);
          assert.equal(e.expected, '["a"]');
          assert.equal(e.actual, '["a", "b"]');
          assert.match(e.message, /^docs\/api\.md:12:3: inspect failed/);
          assert.match(e.message, /^- \["a"\]$/m);
          assert.match(e.message, /^\+ \["a", "b"\]$/m);
          assert.doesNotMatch(e.message, /\u001b\[/);
          return true;
        },
      );
      // absent content: expected is ""
      assert.throws(() => inspect(1, undefined, undefined, loc), (e: unknown) => e instanceof InspectError && e.expected === '' && e.actual === '1');
    } finally {
      if (saved === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = saved;
    }
  });
});

test('renderDiff shows unchanged lines as context and colours only when asked', () => {
  const plain = renderDiff('a\nb\nc', 'a\nB\nc');
  assert.equal(plain, ['- expected', '+ actual', '', '  a', '- b', '+ B', '  c'].join('\n'));
  const coloured = renderDiff('x', 'y', true);
  assert.match(coloured, /\u001b\[31m- x/);
});

test('FORCE_COLOR=1 colours the InspectError message', () => {
  withoutRecord(() => {
    const saved = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = '1';
    try {
      assert.throws(() => inspect(1, undefined, '2', loc), (e: unknown) => e instanceof InspectError && /\u001b\[/.test(e.message));
    } finally {
      if (saved === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = saved;
    }
  });
});

test('update mode (child process): every call recorded, mismatches do not throw, records survive a later throw', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doctest-record-'));
  const out = join(dir, 'records.jsonl');
  const script = join(dir, 'gen.test.ts');
  writeFileSync(
    script,
    [
      `import * as $rt from ${JSON.stringify(runtimeUrl)};`,
      `$rt.inspect(1, { name: 'Int' }, '1', { file: 'a.md', line: 1, column: 1 });`,
      `$rt.inspect('x', { name: 'String' }, 'wrong', { file: 'a.md', line: 2, column: 5 });`,
      `$rt.inspect([1], undefined, undefined, { file: 'a.md', line: 3, column: 1 });`,
      `throw new Error('later statement fails');`,
    ].join('\n'),
  );
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, DOCTEST_RECORD: out, DOCTEST_UPDATE: '1' },
    encoding: 'utf8',
  });
  assert.notEqual(r.status, 0, 'the script throws at the end');
  assert.match(r.stderr, /later statement fails/);
  assert.doesNotMatch(r.stderr, /InspectError/);
  assert.ok(existsSync(out));
  const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(records, [
    { file: 'a.md', line: 1, column: 1, expected: '1', actual: '1' },
    { file: 'a.md', line: 2, column: 5, expected: 'wrong', actual: 'x' },
    { file: 'a.md', line: 3, column: 1, expected: null, actual: '[1]' },
  ]);
});

test('without DOCTEST_RECORD the same child process fails at the first mismatch', () => {
  const dir = mkdtempSync(join(tmpdir(), 'doctest-norecord-'));
  const script = join(dir, 'gen.test.ts');
  writeFileSync(
    script,
    [
      `import * as $rt from ${JSON.stringify(runtimeUrl)};`,
      `$rt.inspect('x', { name: 'String' }, 'wrong', { file: 'a.md', line: 2, column: 5 });`,
      `console.log('not reached');`,
    ].join('\n'),
  );
  const env = { ...process.env };
  delete env.DOCTEST_RECORD;
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], { cwd: root, env, encoding: 'utf8' });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /a\.md:2:5: inspect failed/);
  assert.doesNotMatch(r.stdout, /not reached/);
});
