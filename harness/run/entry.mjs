// The test process's entry: it loads the bundled support module (runtime,
// binding, native library) at once, while the harness is still translating
// the docs, then imports the doc modules whose paths arrive on stdin as a
// JSON array on one line. A module that fails to load becomes a failing test
// of its own, and the others still run.
import { test } from 'node:test';

if (process.env.DOCTEST_SUPPORT) await import(process.env.DOCTEST_SUPPORT);
// The list is one line: it is read as soon as it is there, without waiting for
// the end of input, which the harness's event loop may send only later.
let input = '';
for await (const chunk of process.stdin) {
  input += chunk;
  if (input.includes('\n')) break;
}
for (const module of JSON.parse(input || '[]')) {
  try {
    await import(module);
  } catch (error) {
    test(`load ${module}`, () => { throw error; });
  }
}
