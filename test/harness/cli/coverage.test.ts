// `--coverage`: public binding names used by doc blocks, from the AST.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { signatures } from '../../../binding/signatures.ts';
import { runCli, tempDir, doc } from './helpers.ts';

const names = [...signatures.keys()];

test('--coverage lists the blocks using each name and fails naming the unused ones', async () => {
  assert.ok(names.includes('engine_new') && names.includes('VALKIND_I32') && names.includes('version'));
  const dir = tempDir();
  const file = join(dir, 'cov.md');
  // Everything but `engine_new`, `VALKIND_I32` and `version` is used by a runnable block;
  // those three appear only where they must not count.
  const used = names.filter((n) => n !== 'engine_new' && n !== 'VALKIND_I32' && n !== 'version');
  const lines = [
    '# Coverage',
    '',
    '`engine_new` in prose does not count.',
    '',
    '```mbt check',
    'fn uses() -> Unit {',
    ...used.map((n) => `  ignore(${n})`),
    '}',
    '```',
    '',
    '```mbt nocheck',
    'let e = engine_new()',
    '```',
    '',
    '```mbt test',
    'let s = "VALKIND_I32 engine_new()" // VALKIND_I32 in a comment',
    'inspect(version(), content="1")',
    '```',
    '',
    '```mbt',
    '// A doc-defined `version` shadows the binding for this doc.',
    'fn version() -> String { "doc" }',
    '```',
  ];
  writeFileSync(file, doc(...lines));
  const nocheckLine = lines.indexOf('```mbt nocheck') + 1;
  // Coverage reads the signature table only; no native addon may load.
  const r = await runCli(['--coverage', file], { env: { NODE_OPTIONS: `--require ${join(import.meta.dirname, 'no-native.cjs')}` } });
  assert.equal(r.code, 1, r.stderr);
  assert.match(r.stderr, /3 public names are used by no runnable doc block: VALKIND_I32, version, engine_new\n/);
  assert.match(r.stdout, new RegExp(String.raw`^engine_new +\S*cov\.md:${nocheckLine} \(nocheck\)$`, 'm'));
  assert.match(r.stdout, /^VALKIND_I32 +-$/m);
  assert.match(r.stdout, /^engine_delete +\S*cov\.md:5$/m);
  assert.match(r.stdout, new RegExp(`^${names.length - 3} of ${names.length} public names are used by a runnable block$`, 'm'));

  // Using the three in a runnable block makes coverage pass.
  const full = join(dir, 'full.md');
  writeFileSync(full, doc('```mbt test', 'let e = engine_new()', 'inspect(VALKIND_I32, content="0")', '```', '', '```mbt test', 'let v = @wasmtime.version()', '```'));
  const ok = await runCli(['--coverage', file, full]);
  assert.equal(ok.code, 0, ok.stderr);
  assert.match(ok.stdout, /^version +\S*full\.md:6$/m);
});
