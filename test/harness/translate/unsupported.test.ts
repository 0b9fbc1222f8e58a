// The translator refuses every construct it does not translate, at its
// position and by name, instead of skipping it or guessing a meaning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanBlocks } from '../../../harness/markdown/index.ts';
import { translateDoc } from '../../../harness/translate/document.ts';
import { parseSurface } from '../../../binding/signatures.ts';

const BINDING = { table: parseSurface('pub fn f(Int) -> Int'), exported: new Set(['f']) };

function diagnostics(info: string, code: string) {
  const markdown = '```' + info + '\n' + code + '\n```\n';
  const { blocks } = scanBlocks(markdown, 'doc.md');
  const out = translateDoc({ file: 'doc.md', sourcePath: '/abs/doc.md', source: markdown, blocks, includeNocheck: false, binding: BINDING, imports: { runtime: 'R', moonbit: 'M', binding: 'B' } });
  return out.diagnostics.map((d) => `${d.line}:${d.column}: ${d.message}`);
}

test('new expression, pattern and statement kinds are refused where they are', () => {
  assert.deepEqual(diagnostics('mbt test', 'let p = { x: 1 }'), ['2:9: a record literal `{ field: value }` is not supported']);
  assert.deepEqual(diagnostics('mbt test', 'let a = [1, 2]\nlet s = a[1:]'), ['3:9: a slice `a[i:j]` is not supported']);
  assert.deepEqual(diagnostics('mbt test', 'match Some(1) {\n  (n : Int) => ()\n  _ => ()\n}'), ["3:3: a typed pattern `(p : T)` is not supported"]);
  assert.deepEqual(diagnostics('mbt test', 'guard 1 > 0'), ['2:1: a `guard` statement is not supported']);
  assert.deepEqual(diagnostics('mbt test', 'for i in 3>..0 { }'), ['2:10: descending ranges are not supported']);
  assert.deepEqual(diagnostics('mbt test', 'let n = f(1) <| 2'), ["2:9: the reverse pipe '<|' is not supported"]);
});

test('declarations and features of functions are refused by name', () => {
  assert.deepEqual(diagnostics('mbt check', 'struct P { x : Int }'), ['2:1: a `struct` declaration is not supported']);
  assert.deepEqual(diagnostics('mbt check', 'fn[T] id(x : T) -> T { x }'), ['2:1: generic functions are not supported']);
  assert.deepEqual(diagnostics('mbt check', '#skip\ntest { }'), ['2:1: attributes are not supported']);
  assert.deepEqual(diagnostics('mbt check', 'fn g(h : (Int) -> Int raise?) -> Int raise? { h(1) }'), ["2:1: 'raise?' is not supported"]);
});

test('an empty {} keeps its old reading as an empty block', () => {
  assert.deepEqual(diagnostics('mbt test', 'match Some(1) {\n  Some(_) => {\n    // nothing\n  }\n  None => ()\n}'), []);
});
