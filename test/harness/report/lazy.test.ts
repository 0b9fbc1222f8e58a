// A plain run must not pay for the report: in the harness's bundle (made
// the way scripts/doctest.mjs makes it), nothing the CLI loads at start
// reaches the report's modules or libraries; they load on `--report` only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { ROOT } from '../cli/helpers.ts';

// Inputs are named relative to the project; node_modules may be a link to elsewhere.
const REPORT_ONLY = /^harness\/report\/|(^|\/)node_modules\/(shiki|@shikijs|remark-gfm|remark-rehype|rehype-stringify|rehype-slug|hastscript|hast-util-to-html)\//;

test('the CLI loads the report and its libraries only through a dynamic import', async () => {
  const { metafile } = await build({
    entryPoints: { cli: join(ROOT, 'harness/cli.ts') },
    absWorkingDir: ROOT,
    outdir: join(ROOT, 'build', 'lazy-test'),
    write: false,
    metafile: true,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: ['typescript'],
    logLevel: 'silent',
  });
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === 'harness/cli.ts')!;
  const loaded = (from: string, kinds: Set<string>): Set<string> => {
    const seen = new Set<string>();
    const visit = (o: string) => {
      if (seen.has(o)) return;
      seen.add(o);
      for (const i of outputs[o]!.imports) if (kinds.has(i.kind) && !i.external) visit(i.path);
    };
    visit(from);
    return seen;
  };
  const inputsOf = (chunks: Set<string>) => [...chunks].flatMap((o) => Object.keys((outputs[o] as Metafile['outputs'][string]).inputs));
  const atStart = inputsOf(loaded(entry, new Set(['import-statement'])));
  assert.deepEqual(atStart.filter((i) => REPORT_ONLY.test(i)), []);
  // Not vacuous: they are in the bundle, behind `import()`.
  const all = inputsOf(loaded(entry, new Set(['import-statement', 'dynamic-import'])));
  assert.ok(all.includes('harness/report/index.ts') && all.some((i) => /(^|\/)node_modules\/shiki\//.test(i)));
});
