// `npm run bench`: runs every bench/*.bench.ts module in sequence (name order).
// A module takes part by exporting functions whose names start with `bench`;
// each is awaited. A function may print its own report and may return rows
// ({ group, subject, nsPerOp }) that end up in the summary table below.
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';

interface Row { group: string; subject: string; nsPerOp: number | undefined }

const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).sort()
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
const rows: Array<Row & { module: string }> = [];
for (const file of files) {
  const mod = await import(pathToFileURL(join(dir, file)).href) as Record<string, unknown>;
  for (const [name, fn] of Object.entries(mod)) {
    if (!name.startsWith('bench') || typeof fn !== 'function') continue;
    console.log(`\n=== ${file}: ${name}()`);
    const out = await (fn as () => unknown)();
    if (Array.isArray(out)) for (const r of out as Row[]) rows.push({ ...r, module: file });
  }
}
if (rows.length) {
  console.log('\nsummary (ns per operation)');
  console.table(rows.map((r) => ({ module: r.module, operation: r.group, subject: r.subject,
    'ns/op': r.nsPerOp === undefined ? '-' : Math.round(r.nsPerOp) })));
}
