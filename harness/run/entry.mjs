// The test process's entry (see test-process.ts): plain JavaScript, so that
// with the bundled harness it runs without a TypeScript loader.
// Stacks map to the docs and the harness's sources (see test-process-handle.ts).
process.setSourceMapsEnabled(true);
const support = process.env.DOCTEST_SUPPORT;
const { testProcess } = support ? await import(support) : await import('./test-process.ts');
await testProcess();
