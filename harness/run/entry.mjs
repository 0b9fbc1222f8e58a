// The test process's entry (see test-process.ts): plain JavaScript, so that
// with the bundled harness it runs without a TypeScript loader. The support
// bundle is a CommonJS script run from V8's code cache (an ES module would be
// compiled afresh in every test process); the doc modules find it under
// Symbol.for('doctest.support') (see harness/translate/document.ts).
import { fileURLToPath } from 'node:url';

const support = process.env.DOCTEST_SUPPORT;
let testProcess;
if (support) {
  const { requireCached } = await import('../../scripts/bundles.mjs');
  const bundle = requireCached(fileURLToPath(support));
  globalThis[Symbol.for('doctest.support')] = bundle;
  ({ testProcess } = bundle);
} else {
  ({ testProcess } = await import('./test-process.ts'));
}
// The doc modules imported from here on map their frames to doc lines (see test-process-handle.ts).
process.setSourceMapsEnabled(true);
await testProcess();
