import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseStatements } from '../../../harness/syntax/index.ts';

const specPath = fileURLToPath(new URL('../../fixtures/spec/API.md', import.meta.url));

/** Every ```mbt ...``` fenced block in the spec, with its info string. */
function mbtBlocks(md: string): { info: string; code: string; line: number }[] {
  const out: { info: string; code: string; line: number }[] = [];
  const re = /^```(mbt[^\n]*)\n([\s\S]*?)^```/gm;
  for (let m = re.exec(md); m; m = re.exec(md)) {
    out.push({ info: m[1]!.trim(), code: m[2]!, line: md.slice(0, m.index).split('\n').length + 1 });
  }
  return out;
}

test('every mbt block in the spec API.md parses', () => {
  const blocks = mbtBlocks(readFileSync(specPath, 'utf8'));
  assert.equal(blocks.length, 14);
  for (const b of blocks) {
    // The `mbt test` and `mbt nocheck` blocks there are all statement sequences.
    assert.doesNotThrow(() => parseStatements(b.code), `block at API.md:${b.line} (${b.info})`);
  }
});

test('spec blocks produce the expected shapes', () => {
  const blocks = mbtBlocks(readFileSync(specPath, 'utf8'));
  const first = parseStatements(blocks[0]!.code).stmts as any[];
  assert.equal(first[0].expr.callee.name, 'inspect');
  assert.equal(first[0].expr.args[0].value.op, '>');
  assert.equal(first[0].expr.args[1].label, 'content');
  const wat = blocks.find((b) => b.code.includes('wasm_job_spawn_wat_or_raise'))!;
  const s = parseStatements(wat.code).stmts as any[];
  assert.equal(s[0].value.kind, 'StringLit');
  assert.equal(s[0].value.multiline, true);
  assert.equal(s[0].value.value, '(module\n  (func (export "run") (result i32)\n    i32.const 7))');
  const withMatch = blocks.find((b) => b.code.includes('Ok(()) =>'))!;
  const m = (parseStatements(withMatch.code).stmts as any[]).find((x) => x.kind === 'ExprStmt' && x.expr.kind === 'Match');
  assert.equal(m.expr.arms[0].pattern.args[0].pattern.value.kind, 'UnitLit');
  assert.equal(m.expr.arms[1].body.kind, 'Raise');
  const preopen = blocks.find((b) => b.code.includes('guest_path='))!;
  const call = (parseStatements(preopen.code).stmts as any[]).find((x) => x.expr?.callee?.name === 'wasi_config_preopen_dir_or_raise');
  assert.deepEqual(call.expr.args.map((a: any) => a.label ?? null), [null, null, 'guest_path', 'dir_perms', 'file_perms']);
  assert.equal(call.expr.args[3].value.kind, 'Constructor');
});
