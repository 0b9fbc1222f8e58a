// `@tuple`: the `Default` of tuples of 2 to 16 elements (each element's default).

import { defineModule, impl, type ImplEntry } from './define.ts';
import type { Desc } from '../runtime/desc.ts';
import { ofArity, tupleImplSig } from './builtin/tuple.ts';

const impls: Record<string, ImplEntry> = {};
for (let n = 2; n <= 16; n++) {
  impls[`Default for Tuple${n}`] = impl(tupleImplSig('Default', n, 'letters'), ofArity(n, (...ds: Desc[]) => {
    const defaults = ds.map((d) => d['Default.default'] as () => unknown);
    return { default: () => defaults.map((d) => d()) };
  }));
}

export default defineModule('tuple', { impls });
