// Docs of one run often share test names ("Usage › Remove"); what happens to
// one doc's test never lands on another's.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, tempDir } from './helpers.ts';

test('a test of one doc keeps its own result when another doc has a test of the same name', async () => {
  const dir = tempDir();
  const block = (body: string) => `# Usage\n\n## Remove\n\n\`\`\`mbt check\ntest {\n  ${body}\n}\n\`\`\`\n`;
  writeFileSync(join(dir, 'a.md'), block('inspect(1 + 1, content="2")'));
  writeFileSync(join(dir, 'b.md'), block('inspect(nosuch(), content="2")'));
  writeFileSync(join(dir, 'c.md'), block('fail("c fails")'));
  const json = join(dir, 'results.json');
  const r = await runCli(['--concurrency', '1', '--json', json, join(dir, 'b.md'), join(dir, 'a.md'), join(dir, 'c.md')]);
  assert.equal(r.code, 1, r.stdout + r.stderr);
  const records = JSON.parse(readFileSync(json, 'utf8')) as { file: string; name: string; status: string; error?: string }[];
  const byDoc = Object.fromEntries(records.map((x) => [x.file.split('/').pop(), x]));
  assert.equal(byDoc['a.md']!.name, 'Usage › Remove');
  assert.equal(byDoc['a.md']!.status, 'pass', byDoc['a.md']!.error);
  assert.match(byDoc['b.md']!.error!, /b\.md:7:11: translation error: unknown function `nosuch`/);
  assert.match(byDoc['c.md']!.error!, /c\.md:7:3: error raised: c fails/);
});
