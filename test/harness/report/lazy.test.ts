// A plain run must not pay for the report: in the harness's bundle (made
// the way scripts/doctest.mjs makes it), nothing the CLI loads at start
// reaches the report's modules or libraries; they load on `--report` only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../cli/helpers.ts';

// Inputs are named relative to the project; node_modules may be a link to elsewhere.
const REPORT_ONLY = /^harness\/report\/|(^|\/)node_modules\/(shiki|@shikijs|remark-gfm|remark-rehype|rehype-stringify|rehype-slug|hastscript|hast-util-to-html)\//;

test('the CLI loads the report and its libraries only through a dynamic import', async () => {
  // One CommonJS file, as scripts/doctest.mjs makes it: esbuild runs the
  // bodies of modules reached only through `import()` when that import runs.
  const { metafile } = await build({
    entryPoints: { cli: join(ROOT, 'harness/cli.ts') },
    absWorkingDir: ROOT,
    outdir: join(ROOT, 'build', 'lazy-test'),
    write: false,
    metafile: true,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['typescript'],
    logLevel: 'silent',
  });
  const inputs = metafile.inputs;
  const reached = (kinds: Set<string>): string[] => {
    const seen = new Set<string>();
    const visit = (i: string) => {
      if (seen.has(i)) return;
      seen.add(i);
      for (const d of inputs[i]!.imports) if (kinds.has(d.kind) && !d.external) visit(d.path);
    };
    visit('harness/cli.ts');
    return [...seen];
  };
  const atStart = reached(new Set(['import-statement']));
  assert.deepEqual(atStart.filter((i) => REPORT_ONLY.test(i)), []);
  // Not vacuous: they are in the bundle, behind `import()`.
  const all = reached(new Set(['import-statement', 'dynamic-import']));
  assert.ok(all.includes('harness/report/index.ts') && all.some((i) => /(^|\/)node_modules\/shiki\//.test(i)));
});
