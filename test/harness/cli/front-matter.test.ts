// Front matter in a run: its import aliases name packages for the blocks, a
// backend the harness does not emulate refuses the doc's blocks at the
// backend line, and `--update` rewrites a block's content without touching it.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, tempDir } from './helpers.ts';

const FRONT = [
  '---',
  'moonbit:',
  '  import:',
  '    - path: mizchi/wasmtime',
  '      alias: wt',
  '    - path: moonbitlang/core/ref',
  '      alias: cell',
  '  backend: native',
  'generator: site',
  '---',
].join('\n');

const ALIASED = `${FRONT}
# Aliased

\`\`\`mbt check
///|
test "aliases" {
  let c : @cell.Ref[Int] = { val: 41 }
  c.val += 1
  inspect(c.val, content="0")
  inspect(@wt.version() == version(), content="true")
  // Renaming the aliases keeps literals: a bytes literal is not emptied.
  inspect(b"\\x68\\x69", content="b\\"hi\\"")
}
\`\`\`
`;

test('import aliases name their packages; unknown keys warn; an unknown package and a foreign backend are located', async () => {
  const dir = tempDir();
  const aliased = join(dir, 'aliased.md');
  writeFileSync(aliased, ALIASED.replace('content="0"', 'content="42"'));
  const foreign = join(dir, 'foreign.md');
  writeFileSync(foreign, '---\nmoonbit:\n  import:\n    - moonbitlang/x/sys\n  backend: wasm-gc\n---\n```mbt check\ntest {\n  inspect(1, content="1")\n}\n```\n');
  const r = await runCli(['--reporter', 'spec', aliased, foreign]);
  const out = r.stdout + r.stderr;
  assert.equal(r.code, 1, out);
  assert.match(out, /✔ \S*aliased\.md:15 aliases/);
  assert.match(out, /aliased\.md:9:1: warning: unknown front matter key `generator`/);
  assert.match(out, /foreign\.md:4:7: error: front matter: package `moonbitlang\/x\/sys` is not available to the harness/);
  assert.match(out, /foreign\.md:5:12: translation error: the doc is set for backend `wasm-gc`, which the harness does not emulate/);
  assert.match(out, /doctest: 1 passed, 2 failed/);
});

test('--update rewrites content= and leaves the front matter byte for byte', async () => {
  const doc = join(tempDir(), 'update.md');
  writeFileSync(doc, ALIASED);
  const r = await runCli(['--update', doc]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.equal(readFileSync(doc, 'utf8'), ALIASED.replace('content="0"', 'content="42"'));
});
