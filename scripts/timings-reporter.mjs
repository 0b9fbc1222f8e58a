// A node:test reporter that `npm test` adds beside the visible one: it
// records how long each test file took into the JSON file it writes to
// (build/tests/timings.json), keeping the figures of files that did not run,
// so that the next run can start the longest files first.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** The recorded milliseconds per test file (relative to `root`), or none. */
export function readTimings(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return {};
  }
}

/** @param {AsyncIterable<{ type: string, data: any }>} source */
export default async function* timingsReporter(source) {
  const path = process.env.TEST_TIMINGS;
  const times = {};
  for await (const { type, data } of source) {
    if ((type === 'test:pass' || type === 'test:fail') && data.nesting === 0 && data.file) {
      const file = relative(process.cwd(), data.file);
      times[file] = (times[file] ?? 0) + (data.details?.duration_ms ?? 0);
    }
  }
  if (!path) return;
  const all = { ...readTimings(path), ...Object.fromEntries(Object.entries(times).map(([f, ms]) => [f, Math.round(ms)])) };
  // Runs may end at the same moment: each replaces the file whole.
  writeFileSync(`${path}.${process.pid}`, `${JSON.stringify(all, null, 1)}\n`);
  renameSync(`${path}.${process.pid}`, path);
}
