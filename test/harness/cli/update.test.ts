// `doctest --update`: verified outputs written back into the docs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CLI, ROOT, runCli, tempDir, doc } from './helpers.ts';

describe('--update', { concurrency: true }, () => {
  test('--update fills in and corrects content, only touching content arguments', async () => {
    const dir = tempDir();
    const file = join(dir, 'a.md');
    writeFileSync(file, doc(
      '# Title',
      '',
      '```mbt test',
      'let x = 1 + 2',
      'inspect(x, content="4")',
      'inspect(x)',
      'inspect( x , content = "3" )',
      'inspect("a\\nb")',
      'inspect("tab\\t\\"q\\" \\\\ back")',
      'inspect(',
      '  true,',
      ')',
      'inspect(false,) // trailing comment',
      'inspect("m\\nn", content=(',
      '  #|old',
      '))',
      'inspect("one", content=(',
      '  #|stale',
      '  #|lines',
      '))',
      'let content = "2"',
      'inspect(1 + 2, content~)',
      'inspect(1 + 1, content~)',
      'inspect(',
      '  "p\\nq",',
      ')',
      'inspect(',
      '  "r\\ns",',
      '  content=(',
      '    #|old',
      '  ),',
      ')',
      '```',
      '',
      '- a list item',
      '',
      '  ```mbt test',
      '  inspect([1, 2], content="[1, 3]")',
      '  inspect("x\\ny")',
      '  ```',
      '',
      '> ```mbt test',
      '> inspect("q\\n\\nr")',
      '> ```',
    ));
    const r = await runCli(['--update', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /updated .*a\.md/);
    assert.equal(readFileSync(file, 'utf8'), doc(
      '# Title',
      '',
      '```mbt test',
      'let x = 1 + 2',
      'inspect(x, content="3")',
      'inspect(x, content="3")',
      'inspect( x , content = "3" )',
      'inspect("a\\nb", content=(',
      '  #|a',
      '  #|b',
      '))',
      'inspect("tab\\t\\"q\\" \\\\ back", content="tab\\t\\"q\\" \\\\ back")',
      'inspect(',
      '  true, content="true"',
      ')',
      'inspect(false, content="false") // trailing comment',
      'inspect("m\\nn", content=(',
      '  #|m',
      '  #|n',
      '))',
      'inspect("one", content="one")',
      'let content = "2"',
      'inspect(1 + 2, content="3")',
      'inspect(1 + 1, content~)',
      'inspect(',
      '  "p\\nq", content=(',
      '    #|p',
      '    #|q',
      '  )',
      ')',
      'inspect(',
      '  "r\\ns",',
      '  content=(',
      '    #|r',
      '    #|s',
      '  ),',
      ')',
      '```',
      '',
      '- a list item',
      '',
      '  ```mbt test',
      '  inspect([1, 2], content="[1, 2]")',
      '  inspect("x\\ny", content=(',
      '    #|x',
      '    #|y',
      '  ))',
      '  ```',
      '',
      '> ```mbt test',
      '> inspect("q\\n\\nr", content=(',
      '>   #|q',
      '>   #|',
      '>   #|r',
      '> ))',
      '> ```',
    ));
    const plain = await runCli([file]);
    assert.equal(plain.code, 0, plain.stdout + plain.stderr);
  });

  test('--update keeps CRLF line endings, also in inserted lines', async () => {
    const dir = tempDir();
    const file = join(dir, 'crlf.md');
    const lines = ['Intro', '', '```mbt test', 'inspect("a\\nb")', 'inspect(1, content="2")', '```', '', '> ```mbt test', '> inspect("c\\nd")', '> ```', ''];
    writeFileSync(file, lines.join('\r\n'));
    const r = await runCli(['--update', file]);
    assert.equal(r.code, 0, r.stderr);
    const out = readFileSync(file, 'utf8');
    assert.equal(out, [
      'Intro', '', '```mbt test',
      'inspect("a\\nb", content=(', '  #|a', '  #|b', '))',
      'inspect(1, content="1")',
      '```', '',
      '> ```mbt test', '> inspect("c\\nd", content=(', '>   #|c', '>   #|d', '> ))', '> ```', '',
    ].join('\r\n'));
    assert.doesNotMatch(out.replace(/\r\n/g, ''), /[\r\n]/, 'every line break is CRLF');
    assert.equal((await runCli([file])).code, 0);
  });

  test('a passing doc is not rewritten, and a second --update changes nothing', async () => {
    const dir = tempDir();
    const file = join(dir, 'p.md');
    writeFileSync(file, doc('```mbt test', 'inspect(1)', 'inspect("u\\nv", content="x")', '```'));
    assert.equal((await runCli(['--update', file])).code, 0);
    const once = readFileSync(file);
    const stat = statSync(file);
    const again = await runCli(['--update', file]);
    assert.equal(again.code, 0, again.stderr);
    assert.doesNotMatch(again.stdout, /updated/);
    assert.deepEqual(readFileSync(file), once);
    const after = statSync(file);
    assert.equal(after.mtimeMs, stat.mtimeMs, 'not rewritten');
    assert.equal(after.ino, stat.ino, 'not replaced');
  });

  test('loops with differing values are conflicts; other failures are reported and left alone', async () => {
    const dir = tempDir();
    const file = join(dir, 'c.md');
    const source = doc(
      '```mbt test',
      'for i in 0..<3 {',
      '  inspect(i, content="0")',
      '}',
      'for i in 0..<2 {',
      '  inspect(7)',
      '}',
      'inspect(5, content="6")',
      '```',
      '',
      '```mbt test',
      'inspect(1, content="9")',
      'assert_eq(1, 2)',
      'inspect(2, content="9")',
      '```',
    );
    writeFileSync(file, source);
    const r = await runCli(['--update', file]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /conflict: .*c\.md:3:3: inspect ran 3 different values \("0", "1", "2"\)/);
    assert.match(r.stderr, /not updated: .*c\.md:11 failed for a reason other than an inspect mismatch/);
    assert.equal(readFileSync(file, 'utf8'), source
      .replace('inspect(7)', 'inspect(7, content="7")')
      .replace('inspect(5, content="6")', 'inspect(5, content="5")')
      .replace('inspect(1, content="9")', 'inspect(1, content="1")'));
  });

  test('a doc edited during the run is not written, and the run says so', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const file = join(dir, 'busy.md');
    // The first inspect is recorded at once; the loop then keeps the block
    // busy (a second or more) while the test edits the doc.
    writeFileSync(file, doc('```mbt test', 'inspect(1)', 'let mut s = 0', 'for i in 0..<500000000 {', '  s = s + i % 7', '}', 'inspect(s > 0)', '```'));
    const child = spawn(process.execPath, [CLI, '--update', file], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    const tmp = join(ROOT, '.doctest-tmp');
    const recorded = (): boolean => existsSync(tmp) && readdirSync(tmp)
      .filter((d) => d.startsWith(`run-${child.pid}-`))
      .some((d) => existsSync(join(tmp, d, 'inspect.jsonl')) && readFileSync(join(tmp, d, 'inspect.jsonl'), 'utf8').includes('"line":2'));
    const deadline = Date.now() + 30_000;
    while (!recorded()) {
      assert.ok(Date.now() < deadline, 'the first inspect was never recorded');
      await new Promise((r) => setTimeout(r, 10));
    }
    appendFileSync(file, 'An edit made during the run.\n');
    const edited = readFileSync(file, 'utf8');
    assert.equal(await exited, 1);
    assert.match(stderr, /not written: .*busy\.md changed on disk during the run/);
    assert.equal(readFileSync(file, 'utf8'), edited);
  });
});
