// Imports an ES module named at run time (a node:test reporter, a doc
// module). The bundled CLI and support run from V8's code cache
// (scripts/bundles.mjs), where V8 refuses `import()`; there the loader lends
// its own.
const lent = (globalThis as Record<symbol, unknown>)[Symbol.for('doctest.import')] as ((specifier: string) => Promise<unknown>) | undefined;

export const importModule = (specifier: string): Promise<unknown> => (lent ? lent(specifier) : import(specifier));
