// `#skip`: the test is compiled (a type error in it is still refused) but
// not run, reported as skipped with its reason, and `--update` leaves its
// content alone.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, tempDir } from './helpers.ts';

const DOC = `# Skips

\`\`\`mbt check
///|
#skip("slow on CI")
test "slow" {
  inspect(1 + 1, content="3")
}

///|
#skip
test "plain" {
  fail("never runs")
}

///|
test "runs" {
  inspect(2 + 2, content="0")
}
\`\`\`
`;

test('#skip tests are compiled, not run, reported with their reason, and left alone by --update', async () => {
  const dir = tempDir();
  const doc = join(dir, 'skips.md');
  writeFileSync(doc, DOC);
  const json = join(dir, 'results.json');
  const r = await runCli(['--update', '--json', json, doc]);
  assert.equal(r.code, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /↷ \S*skips\.md:5 slow \(skipped: slow on CI\)/);
  assert.match(r.stdout, /↷ \S*skips\.md:11 plain \(skipped\)/);
  assert.match(r.stdout, /doctest: 1 passed, 0 failed, 2 skipped/);
  assert.equal(readFileSync(doc, 'utf8'), DOC.replace('content="0"', 'content="4"'));
  const records = JSON.parse(readFileSync(json, 'utf8')) as { name: string; status: string; reason?: string }[];
  assert.deepEqual(records.map((x) => [x.name, x.status, x.reason ?? null]).sort(), [
    ['plain', 'skipped', ''], ['runs', 'pass', null], ['slow', 'skipped', 'slow on CI'],
  ]);

  // Skipped, but still compiled: a type error in it fails the block.
  writeFileSync(doc, DOC.replace('inspect(1 + 1, content="3")', 'inspect(1 + "x", content="3")'));
  const refused = await runCli(['--reporter', 'junit', doc]);
  assert.equal(refused.code, 1);
  assert.match(refused.stdout, /failure type="translation error"/);
});
