// Test scaffolding for the collection modules: small stand-ins for the
// element types' impls (Int, String, Char, Bool, Double belong to other
// areas of the table), the trait defaults the loader registers, and the
// registration of this area's own impls. The stand-ins only cover the
// values these tests use (ASCII strings, small numbers).

import { registerDefaults, registerImpl, desc, type Desc } from '../../../harness/runtime/desc.ts';
import { StringBuilder, type Logger } from '../../../harness/runtime/core-values.ts';
import { Hasher } from '../../../harness/runtime/hasher.ts';
import type { CoreModule } from '../../../harness/corelib/define.ts';

type AnyFn = (...args: never[]) => unknown;

const cmp = (a: number | string, b: number | string): number => (a < b ? -1 : a > b ? 1 : 0);

registerImpl('Int', 'Show', { output: (x: number, l: Logger) => l.write_string(String(x)) });
registerImpl('Int', 'Eq', { equal: (a: number, b: number) => a === b });
registerImpl('Int', 'Compare', { compare: cmp });
registerImpl('Int', 'Hash', { hash_combine: (x: number, h: Hasher) => h.combine_int(x) });
registerImpl('Int', 'Default', { default: () => 0 });
registerImpl('Double', 'Show', { output: (x: number, l: Logger) => l.write_string(String(x)) });
registerImpl('Double', 'Eq', { equal: (a: number, b: number) => a === b });
registerImpl('Bool', 'Show', { output: (x: boolean, l: Logger) => l.write_string(String(x)) });
registerImpl('Bool', 'Eq', { equal: (a: boolean, b: boolean) => a === b });
registerImpl('Bool', 'Default', { default: () => false });
registerImpl('String', 'Show', { output: (x: string, l: Logger) => l.write_string(JSON.stringify(x)) });
registerImpl('String', 'Eq', { equal: (a: string, b: string) => a === b });
registerImpl('String', 'Compare', { compare: cmp });
registerImpl('String', 'Hash', { hash_combine: (x: string, h: Hasher) => h.combine_string(x) });
registerImpl('String', 'Default', { default: () => '' });
// Bytes: only what map lookups by BytesView need (a consistent hash and equality).
registerImpl('Bytes', 'Hash', { hash_combine: (x: Uint8Array, h: Hasher) => h.combine_bytes(x) });
registerImpl('Bytes', 'Eq', { equal: (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => v === b[i]) });
registerImpl('Char', 'Show', { output: (x: number, l: Logger) => l.write_string(`'${String.fromCodePoint(x)}'`) });
registerImpl('Char', 'Eq', { equal: (a: number, b: number) => a === b });

registerDefaults('Show', {
  to_string: (d) => (x: unknown) => {
    const sb = new StringBuilder();
    (d['Show.output'] as AnyFn as (x: unknown, l: Logger) => void)(x, sb);
    return sb.toString();
  },
});
registerDefaults('Hash', {
  hash: (d) => (x: unknown) => {
    const h = new Hasher();
    (d['Hash.hash_combine'] as AnyFn as (x: unknown, h: Hasher) => void)(x, h);
    return h.finalize();
  },
});

/** Registers every impl of `mod` under its type's runtime name, as the loader does. */
export function registerModule(mod: CoreModule): CoreModule {
  for (const [key, entry] of Object.entries(mod.impls)) {
    const [trait, type] = key.split(' for ') as [string, string];
    registerImpl(type, trait, entry.impl);
  }
  return mod;
}

export const Int = desc('Int');
export const Str = desc('String');
export const Char = desc('Char');
export const Bool = desc('Bool');
export const Double = desc('Double');

/** `Show` through a descriptor (re-fetched, so impls registered later count). */
export function show(d: Desc, x: unknown): string {
  return (desc(d.name, d.args)['Show.to_string'] as AnyFn as (x: unknown) => string)(x);
}

/** The implementation of `name` in `mod`, typed loosely for calls in tests. */
export function fnOf(mod: CoreModule, name: string): (...args: unknown[]) => unknown {
  const entry = mod.fns[name];
  if (entry === undefined) throw new Error(`no entry ${name}`);
  return entry.impl as (...args: unknown[]) => unknown;
}
