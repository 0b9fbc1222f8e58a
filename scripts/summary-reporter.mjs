// The node:test reporter `npm test` uses when its output is not a terminal:
// each failing or cancelled test in full, each skipped one with its reason,
// the slowest files, and the counts, instead of a line or more per test.

/** @param {AsyncIterable<{ type: string, data: any }>} source */
export default async function* summaryReporter(source) {
  const counts = { tests: 0, pass: 0, fail: 0, skipped: 0, todo: 0, cancelled: 0 };
  const files = new Map();
  let ms = 0;
  for await (const { type, data } of source) {
    if (type === 'test:fail' || type === 'test:pass') {
      if (data.nesting === 0 && data.file) files.set(data.file, (files.get(data.file) ?? 0) + (data.details?.duration_ms ?? 0));
      if (data.details?.type === 'suite') continue;
      counts.tests++;
      const where = data.file ? ` (${data.file.replace(process.cwd() + '/', '')}:${data.line})` : '';
      if (data.skip) {
        counts.skipped++;
        yield `↷ ${data.name}${where}${typeof data.skip === 'string' ? `: ${data.skip}` : ''}\n\n`;
      } else if (data.todo) counts.todo++;
      else if (type === 'test:pass') counts.pass++;
      else {
        const error = data.details?.error;
        const cancelled = error?.failureType === 'cancelledByParent';
        counts[cancelled ? 'cancelled' : 'fail']++;
        const cause = error?.cause ?? error;
        yield `✖ ${cancelled ? 'cancelled: ' : ''}${data.name}${where}\n${String(cause?.stack ?? cause?.message ?? cause).split('\n').map((l) => `  ${l}`).join('\n')}\n\n`;
      }
    } else if (type === 'test:diagnostic' && /^duration_ms /.test(data.message) && data.nesting === 0) {
      ms = Number(data.message.split(' ')[1]);
    } else if (type === 'test:stderr' || type === 'test:stdout') {
      // What tests print goes nowhere unless they fail (their errors say it).
    }
  }
  const slowest = [...files].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TEST_SLOWEST) || 5);
  if (slowest.length) yield `slowest files:\n${slowest.map(([f, d]) => `  ${(d / 1000).toFixed(1).padStart(6)} s  ${f.replace(process.cwd() + '/', '')}`).join('\n')}\n\n`;
  for (const [k, v] of Object.entries(counts)) yield `ℹ ${k} ${v}\n`;
  yield `ℹ duration_ms ${ms}\n`;
  yield `${counts.pass} passed, ${counts.fail} failed${counts.cancelled ? `, ${counts.cancelled} cancelled` : ''}${counts.skipped ? `, ${counts.skipped} skipped` : ''}\n`;
}
