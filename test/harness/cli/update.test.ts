// `doctest --update`: verified outputs written back into the docs.
import { before, describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { CLI, ROOT, assertDocPassed, runCli, tempDir, doc, type BlockRecord, type CliResult } from './helpers.ts';

const C_SOURCE = doc(
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

// Four docs in one folder, updated by one run, then updated again and run
// plainly (every CLI run costs a CLI and a test process): each test asserts on
// its own doc's lines, --json records and bytes. c.md alone has failures, so
// the first run's exit status is c.md's; the others pass by their records.
describe('--update of several docs in one run', () => {
  const dir = tempDir();
  const file = (name: string) => join(dir, name);
  const passing = ['a.md', 'crlf.md', 'p.md'];
  let update: CliResult, again: CliResult, plain: CliResult;
  let records: BlockRecord[];
  const once = new Map<string, { bytes: Buffer; stat: Stats }>();
  /** The statuses of the blocks of `name` in the first run. */
  const statuses = (name: string) => records.filter((x) => x.file === file(name)).map((x) => x.status);
  const passed = (name: string, blocks: number) => assertDocPassed(update, records, file(name), blocks);

  before(async () => {
    writeFileSync(file('a.md'), doc(
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
    writeFileSync(file('crlf.md'), ['Intro', '', '```mbt test', 'inspect("a\\nb")', 'inspect(1, content="2")', '```', '', '> ```mbt test', '> inspect("c\\nd")', '> ```', ''].join('\r\n'));
    writeFileSync(file('p.md'), doc('```mbt test', 'inspect(1)', 'inspect("u\\nv", content="x")', '```'));
    writeFileSync(file('c.md'), C_SOURCE);
    update = await runCli(['--update', '--json', file('results.json'), dir]);
    records = JSON.parse(readFileSync(file('results.json'), 'utf8'));
    for (const name of passing) once.set(name, { bytes: readFileSync(file(name)), stat: statSync(file(name)) });
    again = await runCli(['--update', ...passing.map(file)]);
    plain = await runCli(passing.map(file));
  });

  it('--update fills in and corrects content, only touching content arguments', () => {
    passed('a.md', 3);
    assert.match(update.stdout, /updated .*a\.md/);
    assert.equal(readFileSync(file('a.md'), 'utf8'), doc(
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
    assert.equal(plain.code, 0, plain.stdout + plain.stderr);
  });

  it('--update keeps CRLF line endings, also in inserted lines', () => {
    passed('crlf.md', 2);
    const out = readFileSync(file('crlf.md'), 'utf8');
    assert.equal(out, [
      'Intro', '', '```mbt test',
      'inspect("a\\nb", content=(', '  #|a', '  #|b', '))',
      'inspect(1, content="1")',
      '```', '',
      '> ```mbt test', '> inspect("c\\nd", content=(', '>   #|c', '>   #|d', '> ))', '> ```', '',
    ].join('\r\n'));
    assert.doesNotMatch(out.replace(/\r\n/g, ''), /[\r\n]/, 'every line break is CRLF');
    assert.equal(plain.code, 0, plain.stdout + plain.stderr);
  });

  it('a passing doc is not rewritten, and a second --update changes nothing', () => {
    passed('p.md', 1);
    assert.equal(again.code, 0, again.stderr);
    assert.doesNotMatch(again.stdout, /updated/);
    for (const name of passing) {
      const { bytes, stat } = once.get(name)!;
      assert.deepEqual(readFileSync(file(name)), bytes, name);
      const after = statSync(file(name));
      assert.equal(after.mtimeMs, stat.mtimeMs, `${name} not rewritten`);
      assert.equal(after.ino, stat.ino, `${name} not replaced`);
    }
  });

  it('loops with differing values are conflicts; other failures are reported and left alone', () => {
    assert.equal(update.code, 1);
    assert.ok(statuses('c.md').includes('fail'), 'the failure is c.md\'s');
    assert.match(update.stdout, /c\.md:3:3: error: not updated: this inspect ran 3 times with different values \("0", "1", "2"\)/);
    assert.match(update.stdout, /✖ .*c\.md:11 block \(2\)[^\n]*\n.*c\.md:13:1: assertion failed: `1 != 2`/);
    assert.equal(readFileSync(file('c.md'), 'utf8'), C_SOURCE
      .replace('inspect(7)', 'inspect(7, content="7")')
      .replace('inspect(5, content="6")', 'inspect(5, content="5")')
      .replace('inspect(1, content="9")', 'inspect(1, content="1")'));
  });
});

describe('--update', { concurrency: true }, () => {
  test('a doc edited during the run is not written, and the run says so', { timeout: 60_000 }, async () => {
    const dir = tempDir();
    const file = join(dir, 'busy.md');
    // The first block ends at once (and is reported at once); the second then
    // keeps the run busy while the test edits the doc.
    writeFileSync(file, doc('```mbt test', 'inspect(1)', '```', '', '```mbt test', 'let mut s = 0', 'for i in 0..<100000000 {', '  s = s + i % 7', '}', 'inspect(s > 0)', '```'));
    const child = spawn(process.execPath, [CLI, '--update', file], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const firstDone = new Promise<void>((resolve) => child.stdout.on('data', (d) => {
      stdout += d;
      if (/✔ .*busy\.md:1 /.test(stdout)) resolve();
    }));
    child.stderr.resume();
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    await firstDone;
    assert.doesNotMatch(stdout, /busy\.md:5/, 'the first block was reported before the second ended');
    appendFileSync(file, 'An edit made during the run.\n');
    const edited = readFileSync(file, 'utf8');
    assert.equal(await exited, 1);
    assert.match(stdout, /busy\.md: error: not written: the doc changed on disk during the run/);
    assert.equal(readFileSync(file, 'utf8'), edited);
  });

  test('two --update runs of one doc at once never lose a change', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const file = join(dir, 'both.md');
    // Each run updates the block its --filter selects; a long doc makes the write take a while.
    const filler = Array.from({ length: 2000 }, (_, i) => `Line ${i} of prose that makes the doc large enough for writes to overlap.`);
    writeFileSync(file, doc('# Both', '', '## a', '', '```mbt test', 'inspect("a")', '```', '', '## b', '', '```mbt test', 'inspect("b")', '```', '', ...filler));
    for (let round = 0; round < 2; round++) {
      const source = readFileSync(file, 'utf8').replace('inspect("a", content="a")', 'inspect("a")').replace('inspect("b", content="b")', 'inspect("b")');
      writeFileSync(file, source);
      const [a, b] = await Promise.all([runCli(['--update', '--filter', 'Both › a$', file]), runCli(['--update', '--filter', 'Both › b$', file])]);
      const text = readFileSync(file, 'utf8');
      for (const [r, which] of [[a, 'a'], [b, 'b']] as const) {
        if (/updated .*both\.md/.test(r.stdout)) assert.ok(text.includes(`inspect("${which}", content="${which}")`), `run ${which} said updated but its change is lost`);
        else assert.match(r.stdout, /not written: the doc changed on disk/, `run ${which} neither wrote nor said why:\n${r.stdout}${r.stderr}`);
      }
    }
  });
});
