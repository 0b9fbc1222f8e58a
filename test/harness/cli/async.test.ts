// `async test` and `async fn`: the binding's Promise-returning joins are
// awaited where async code calls them, failures after an await are located
// in the doc, and a call from code that is not async is refused at the call.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, tempDir } from './helpers.ts';

const WAT = '"(module (func (export \\"run\\") (result i32) (i32.const 6)))"';
const TRAP = '"(module (func (export \\"run\\") (result i32) unreachable))"';

const DOC = `# Async

\`\`\`mbt check
///|
async fn joined(wat : String) -> Int raise {
  let job = wasm_job_spawn_wat_or_raise(wat, "run")
  wasm_job_join_async(job) * 7
}

///|
async test "awaits" {
  let jobs = [wasm_job_spawn_wat_or_raise(${WAT}, "run"), wasm_job_spawn_wat_or_raise(${WAT}, "run")]
  let mut sum = 0
  for job in jobs {
    sum += wasm_job_join_async(job)
  }
  inspect(sum + joined(${WAT}), content="54")
}

///|
async test "mismatch after an await" {
  let n = joined(${WAT})
  inspect(n, content="41")
}

///|
async test "raises" {
  let r = try? joined(${TRAP})
  inspect(r is Err(_), content="true")
  ignore(joined(${TRAP}))
}

///|
async test "panic when the join raises" {
  ignore(joined(${TRAP}))
}
\`\`\`

\`\`\`mbt check
///|
test "not async" {
  inspect(wasm_job_join_async(wasm_job_spawn_wat_or_raise(${WAT}, "run")), content="6")
}
\`\`\`
`;

test('async tests await the joins; failures and refusals are located', async () => {
  const doc = join(tempDir(), 'async.md');
  writeFileSync(doc, DOC);
  const r = await runCli(['--reporter', 'spec', doc]);
  const out = r.stdout + r.stderr;
  assert.equal(r.code, 1, out);
  assert.match(out, /✔ \S*async\.md:11 awaits/);
  assert.match(out, /✔ \S*async\.md:34 panic when the join raises/);
  assert.match(out, /async\.md:23:3: inspect mismatch/);
  // The trap surfaces where the join was awaited, inside `joined`.
  assert.match(out, /async\.md:7:3: trap: wasm_job_join_async: wasm trap/);
  assert.match(out, /async\.md:42:11: translation error: an `async` function can only be called from `async` code \(an `async fn` or `async test`\)/);
  assert.match(out, /doctest: 2 passed, 3 failed/);
});
