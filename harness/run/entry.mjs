// The test process's entry (see test-process.ts): plain JavaScript, so that
// with the bundled harness it runs without a TypeScript loader.
const support = process.env.DOCTEST_SUPPORT;
const { testProcess } = support ? await import(support) : await import('./test-process.ts');
// The doc modules imported from here on map their frames to doc lines (see test-process-handle.ts).
process.setSourceMapsEnabled(true);
await testProcess();
