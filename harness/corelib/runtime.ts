// The core library as generated code calls it: every entry's implementation
// by key, and every trait implementation registered with the descriptors.
// Loaded once by the test process; signatures are never parsed here.

import { registerDefaults, registerImpl, type Desc } from '../runtime/desc.ts';
import { StringBuilder } from '../runtime/core-values.ts';
import { Hasher } from '../runtime/hasher.ts';
import { implKeyParts } from './define.ts';
import { CORE_MODULES } from './index.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (...args: any[]) => any;

let table: Record<string, unknown> | undefined;

/**
 * Every implementation by key, with the trait impls registered. Built on
 * first use rather than at import: core modules import runtime modules that
 * import this one, and the table exists only once all of them have loaded.
 */
export function coreTable(): Record<string, unknown> {
  if (table) return table;
  table = Object.create(null) as Record<string, unknown>;
  for (const m of CORE_MODULES) {
    for (const [key, entry] of Object.entries(m.fns)) table[key] = entry.impl;
    for (const [key, entry] of Object.entries(m.impls)) {
      const { type, trait } = implKeyParts(key);
      registerImpl(type, trait, entry.impl);
    }
  }
  return table;
}

// The default methods of core's traits (builtin/traits.mbt), built from the methods a type defines.
const m = (d: Desc, k: string): AnyFn => d[k] as AnyFn;
registerDefaults('Show', {
  to_string: (d) => (self: unknown) => {
    const b = new StringBuilder();
    m(d, 'Show.output')(self, b);
    return b.toString();
  },
  output: (d) => (self: unknown, logger: StringBuilder) => logger.write_string(m(d, 'Show.to_string')(self)),
});
registerDefaults('Eq', { not_equal: (d) => (a: unknown, b: unknown) => !m(d, 'Eq.equal')(a, b) });
registerDefaults('Compare', {
  op_lt: (d) => (a: unknown, b: unknown) => m(d, 'Compare.compare')(a, b) < 0,
  op_gt: (d) => (a: unknown, b: unknown) => m(d, 'Compare.compare')(a, b) > 0,
  op_le: (d) => (a: unknown, b: unknown) => m(d, 'Compare.compare')(a, b) <= 0,
  op_ge: (d) => (a: unknown, b: unknown) => m(d, 'Compare.compare')(a, b) >= 0,
});
registerDefaults('Hash', {
  hash: (d) => (self: unknown) => {
    const h = new Hasher();
    m(d, 'Hash.hash_combine')(self, h);
    return h.finalize();
  },
});
