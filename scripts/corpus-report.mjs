#!/usr/bin/env node
// How much of a folder of MoonBit docs the harness runs: per doc and in
// total, the tests that passed, that were refused (the harness does not
// support something; grouped by reason), that were skipped (`#skip`, as moon
// skips them) and that failed (a wrong value, a crash: bugs to fix first).
//
//   node scripts/corpus-report.mjs FOLDER [--packages a,b,c] [--json FILE]
//
// `--packages` keeps the docs of those top-level folders only (core's
// everyday packages, say). It runs `npm run doctest -- --json` on the docs
// and reads its records; the harness's exit status is not this script's.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { packages: { type: 'string' }, json: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help || positionals.length !== 1) {
  process.stderr.write('usage: node scripts/corpus-report.mjs FOLDER [--packages a,b,c] [--json FILE]\n');
  process.exit(values.help ? 0 : 2);
}
const folder = resolve(positionals[0]);
if (!statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
  process.stderr.write(`corpus-report: ${positionals[0]}: not a folder\n`);
  process.exit(2);
}
const packages = values.packages?.split(',').map((p) => p.trim()).filter(Boolean);

function docsUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return docsUnder(p);
    return /\.mbt\.md$|\.md$/.test(e.name) ? [p] : [];
  });
}
const docs = docsUnder(folder)
  .filter((p) => !packages || packages.includes(relative(folder, p).split('/')[0]))
  .sort();
if (docs.length === 0) {
  process.stderr.write(`no docs under ${folder}\n`);
  process.exit(2);
}

const out = mkdtempSync(join(tmpdir(), 'corpus-report-'));
const recordsFile = join(out, 'records.json');
const run = spawnSync(process.execPath, [join(ROOT, 'scripts/doctest.mjs'), '--json', recordsFile, ...docs], {
  cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
});
let records;
try {
  records = JSON.parse(readFileSync(recordsFile, 'utf8'));
} catch {
  process.stderr.write(`the harness wrote no records (exit ${run.status}):\n${run.stderr.slice(-4000)}\n`);
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
if (!Array.isArray(records)) records = records.blocks ?? records.records ?? [];

/** A refusal's reason with its particulars (names, types, numbers) blanked, so alike reasons group. */
function reasonOf(error) {
  const first = error.split('\n')[0];
  const m = /^[^:]+:\d+:\d+: (.*)$/.exec(first);
  const message = (m ? m[1] : first).replace(/`[^`]*`/g, '`…`').replace(/\b\d+\b/g, 'N');
  return message.replace(/ \(did you mean [^)]*\)/, '');
}

const perDoc = new Map();
const reasons = new Map();
const failures = [];
for (const r of records) {
  const doc = relative(folder, resolve(ROOT, r.file));
  const row = perDoc.get(doc) ?? { passed: 0, refused: 0, skipped: 0, failed: 0 };
  perDoc.set(doc, row);
  const error = r.error ?? '';
  if (r.status === 'pass') row.passed++;
  else if (r.status === 'skipped') row.skipped++;
  else if (r.refused) {
    row.refused++;
    const reason = reasonOf(error);
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  } else {
    row.failed++;
    failures.push({ name: r.name, error: error.split('\n').slice(0, 6).join('\n') });
  }
}

const total = { passed: 0, refused: 0, skipped: 0, failed: 0 };
const width = Math.max(...[...perDoc.keys()].map((d) => d.length), 5);
const line = (name, r) => `${name.padEnd(width)}  ${String(r.passed).padStart(6)}  ${String(r.refused).padStart(7)}  ${String(r.skipped).padStart(7)}  ${String(r.failed).padStart(6)}`;
console.log(`${'doc'.padEnd(width)}  passed  refused  skipped  failed`);
for (const [doc, r] of perDoc) {
  console.log(line(doc, r));
  for (const k of Object.keys(total)) total[k] += r[k];
}
console.log(line('total', total));
console.log(`\n${total.passed + total.refused + total.skipped + total.failed} tests in ${perDoc.size} docs: ${total.passed} passed, ${total.refused} refused, ${total.skipped} skipped, ${total.failed} failed`);
if (reasons.size) {
  console.log('\nrefused, by reason:');
  for (const [reason, n] of [...reasons].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${reason}`);
}
if (failures.length) {
  console.log('\nfailed (bugs to fix first):');
  for (const f of failures) console.log(`- ${f.name}\n  ${f.error.replace(/\n/g, '\n  ')}`);
}
if (values.json) writeFileSync(values.json, JSON.stringify({ docs: Object.fromEntries(perDoc), total, reasons: Object.fromEntries(reasons), failures }, null, 2));
