// The test process's entry (see test-process.ts): plain JavaScript, so that
// with the bundled harness it runs without a TypeScript loader.
//
// Stacks map to the docs: source maps are on for every module loaded after
// the harness (see test-process-handle.ts). The harness's own frames are
// shown only by --verbose, which alone pays for reading the bundle's maps
// and parsing the largest at the first failure.
const support = process.env.DOCTEST_SUPPORT;
const harnessMaps = process.env.DOCTEST_HARNESS_MAPS === '1';
if (harnessMaps) process.setSourceMapsEnabled(true);
const { testProcess } = support ? await import(support) : await import('./test-process.ts');
process.setSourceMapsEnabled(true);
await testProcess();
