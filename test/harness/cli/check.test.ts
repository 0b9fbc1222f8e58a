// `--check` (type errors at doc positions) and `--syntax-only`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, doc } from './helpers.ts';

describe('--check and --syntax-only', { concurrency: true }, () => {
  test('--check reports a type error at its doc position, with an excerpt, and runs nothing', async () => {
    const dir = tempDir();
    const bad = join(dir, 'bad.md');
    writeFileSync(bad, doc(
      'Some prose.',
      '',
      '- in a list:',
      '',
      '  ```mbt test',
      '  let e = engine_new()',
      '  engine_delete(42)',
      '  inspect(1, content="not checked at run time")',
      '  ```',
    ));
    const good = join(dir, 'good.md');
    writeFileSync(good, doc(
      '```mbt test', 'let e = engine_new()', 'engine_delete(e)', 'inspect(1, content="wrong, but --check runs nothing")', '```',
      '',
      // Valid MoonBit whose translation TypeScript once refused: loops and spreads
      // over maps, a read-only array's element, a Json map pattern, two literals compared.
      '```mbt check',
      'test {',
      '  let m = { "a": 1 }',
      '  for k, v in m {',
      '    ignore((k, v))',
      '  }',
      '  let xs = [..[1, 2], ..m.values()]',
      '  let flags : ReadOnlyArray[Bool] = [true]',
      '  ignore(flags[0].to_int())',
      '  let j : Json = { "s": "x" }',
      '  if j is { "s": String(s), .. } {',
      '    ignore(s)',
      '  }',
      '  ignore(5 != 3)',
      '  ignore(xs)',
      '}',
      '```',
      '',
      // A defaulted parameter, a generic type's impl, a trait default taken by an impl without methods.
      '```mbt check',
      'fn scale(x : Int, factor~ : Int = 2) -> Int {',
      '  x * factor',
      '}',
      '',
      'enum Tree[T] {',
      '  Leaf',
      '  Node(Tree[T], T)',
      '}',
      '',
      'impl[T : Show] Show for Tree[T] with output(self, logger) {',
      '  match self {',
      '    Leaf => logger.write_string(".")',
      '    Node(l, v) => logger.write_string("\\{l} \\{v}")',
      '  }',
      '}',
      '',
      'trait Named {',
      '  name(Self) -> String = _',
      '}',
      '',
      'impl Named with name(_) {',
      '  "n"',
      '}',
      '',
      'impl Named for Int',
      '',
      'test {',
      '  ignore(scale(3))',
      '  ignore(Node(Leaf, 1).to_string())',
      '  ignore(Named::name(1))',
      '}',
      '```',
    ));
    // One process for both docs (a type-checker start is the slow part).
    const r = await runCli(['--check', bad, good]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /type-checked 2 doc modules: 1 error/);
    assert.doesNotMatch(r.stderr, /good\.md/);
    // MoonBit's own checker finds it, in MoonBit's terms, before TypeScript sees the code.
    assert.match(r.stderr, /bad\.md:7:17: translation error: type mismatch: this expression has type Int, but Engine is wanted/);
    assert.match(r.stderr, / {4}7 \|   engine_delete\(42\)\n {6}\| {17}\^/);
    assert.doesNotMatch(r.stdout + r.stderr, /inspect failed|# tests|ℹ tests/);
  });

  test('--syntax-only reports syntax errors of every block mode with carets, on any Markdown file', async () => {
    const dir = tempDir();
    const file = join(dir, 'syntax.md');
    writeFileSync(file, doc(
      '# Not a project doc',
      '',
      '```moonbit',
      'fn f(x : Int) -> Int {',
      '  x +',
      '}',
      '```',
      '',
      '> ```mbt nocheck',
      '> let y = (1, ]',
      '> ```',
      '',
      '```mbt test',
      'let ok = 1',
      '```',
      '',
      '```mbt check',
      'test { let = 2 }',
      '```',
      '',
      '```mbt',
      'fn g() -> Int { 1 }',
      '```',
      '',
      '```mbt test',
      'if {',
      '```',
    ));
    const clean = join(dir, 'clean.md');
    writeFileSync(clean, doc('```moonbit', 'fn g() -> Int { 1 }', '```', '', '```mbt nocheck', 'let x = [1, 2]', '```', '', 'No code here.'));
    // No native addon may load: the binding is never touched.
    const noNative = { NODE_OPTIONS: `--require ${join(import.meta.dirname, 'no-native.cjs')}` };
    const [r, ok] = await Promise.all([runCli(['--syntax-only', file], { env: noNative }), runCli(['--syntax-only', clean], { env: noNative })]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /syntax\.md:6:1: syntax error: expected an expression, found '\}' \(in a `moonbit` block\)\n {4}6 \| \}\n {6}\| \^/);
    assert.match(r.stderr, /syntax\.md:10:15: syntax error: .* \(in a `mbt nocheck` block\)\n {3}10 \| > let y = \(1, \]\n {6}\| {15}\^/);
    assert.match(r.stderr, /syntax\.md:18:12: syntax error: .*\(in a `mbt check` block\)/);
    assert.match(r.stderr, /syntax\.md:26:4: syntax error: .*\(in a `mbt test` block\)/);
    assert.match(r.stderr, /6 MoonBit blocks in 1 doc: 4 errors/);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /2 MoonBit blocks in 1 doc: 0 errors/);
  });
});
