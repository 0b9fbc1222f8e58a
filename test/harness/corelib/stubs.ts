// Minimal trait implementations of core types that other parts of the table
// own (Int's Show, String's Eq, Array's Show, ...), registered so that the
// tests of Debug, Json, errors and derive can run on their own. Each stub
// follows core's rule for the values these tests use (ASCII text, doubles
// that JavaScript prints as MoonBit does); it is not the real implementation.

import { desc, registerDefaults, registerImpl, type Desc } from '../../../harness/runtime/desc.ts';
import { StringBuilder, type Logger } from '../../../harness/runtime/core-values.ts';
import { Hasher } from '../../../harness/runtime/hasher.ts';
import { None, isSome, type Option } from '../../../harness/runtime/values.ts';
import type { CoreModule } from '../../../harness/corelib/define.ts';
import { newStringMap, setKey, type StringMap } from '../../../harness/corelib/support/maps.ts';

/** A `Map[String, V]` made the way the table makes them (support/maps.ts). */
export function stringMap<V>(pairs: [string, V][] = []): StringMap<V> {
  const m = newStringMap<V>();
  for (const [k, v] of pairs) setKey(m, k, v);
  return m;
}

type AnyFn = (...args: never[]) => unknown;

function escapeUnit(c: number, quote: number): string {
  if (c === quote || c === 0x5c) return '\\' + String.fromCharCode(c);
  if (c === 0x0a) return '\\n';
  if (c === 0x0d) return '\\r';
  if (c === 0x08) return '\\b';
  if (c === 0x09) return '\\t';
  if (c < 0x20) return `\\u{${c.toString(16).padStart(2, '0')}}`;
  return String.fromCodePoint(c);
}

const showString = (s: string, l: Logger) => {
  let out = '"';
  for (let i = 0; i < s.length; i++) out += escapeUnit(s.charCodeAt(i), 0x22);
  l.write_string(out + '"');
};

const showOf = (d: Desc) => d['Show.output'] as (x: unknown, l: Logger) => void;

/** Registers the stubs and the trait defaults the tests rely on. */
export function installStubs(): void {
  registerDefaults('Show', {
    to_string: (d) => (x: unknown) => {
      const sb = new StringBuilder();
      showOf(d)(x, sb);
      return sb.toString();
    },
  });
  registerDefaults('Hash', {
    hash: (d) => (x: unknown) => {
      const h = new Hasher(0);
      (d['Hash.hash_combine'] as (x: unknown, h: Hasher) => void)(x, h);
      return h.finalize();
    },
  });
  const numberShow = { output: (x: number | bigint, l: Logger) => l.write_string(String(x)) };
  for (const t of ['Int', 'UInt', 'Int64', 'UInt64', 'Double', 'Float', 'Int16', 'UInt16']) {
    registerImpl(t, 'Show', numberShow);
    registerImpl(t, 'Eq', { equal: (a: number, b: number) => a === b });
    registerImpl(t, 'Compare', { compare: (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0) });
    registerImpl(t, 'Default', { default: () => (t === 'Int64' || t === 'UInt64' ? 0n : 0) });
  }
  registerImpl('Int', 'Hash', { hash_combine: (x: number, h: Hasher) => h.combine_int(x) });
  registerImpl('Bool', 'Show', { output: (x: boolean, l: Logger) => l.write_string(String(x)) });
  registerImpl('Bool', 'Eq', { equal: (a: boolean, b: boolean) => a === b });
  registerImpl('Unit', 'Show', { output: (_: unknown, l: Logger) => l.write_string('()') });
  registerImpl('String', 'Show', { output: showString, to_string: (s: string) => s });
  registerImpl('String', 'Eq', { equal: (a: string, b: string) => a === b });
  registerImpl('String', 'Compare', {
    compare: (a: string, b: string) => (a.length !== b.length ? Math.sign(a.length - b.length) : a < b ? -1 : a > b ? 1 : 0),
  });
  registerImpl('String', 'Hash', { hash_combine: (s: string, h: Hasher) => h.combine_string(s) });
  registerImpl('String', 'Default', { default: () => '' });
  registerImpl('Char', 'Show', {
    output: (c: number, l: Logger) => l.write_string(`'${escapeUnit(c, 0x27)}'`),
    to_string: (c: number) => String.fromCodePoint(c),
  });
  registerImpl('Char', 'Eq', { equal: (a: number, b: number) => a === b });
  registerImpl('Char', 'Default', { default: () => 0 });
  registerImpl('Unit', 'Default', { default: () => undefined });
  registerImpl('Option', 'Default', () => ({ default: () => None }));
  registerImpl('Array', 'Default', () => ({ default: () => [] }));
  registerImpl('Map', 'Default', () => ({ default: () => stringMap() }));
  registerImpl('Array', 'Show', (T: Desc) => ({
    output: (xs: unknown[], l: Logger) => {
      l.write_string('[');
      xs.forEach((x, i) => {
        if (i > 0) l.write_string(', ');
        showOf(T)(x, l);
      });
      l.write_string(']');
    },
  }));
  registerImpl('Array', 'Eq', (T: Desc) => ({
    equal: (a: unknown[], b: unknown[]) =>
      a.length === b.length && a.every((x, i) => (T['Eq.equal'] as (x: unknown, y: unknown) => boolean)(x, b[i])),
  }));
  registerImpl('Map', 'Show', (K: Desc, V: Desc) => ({
    output: (m: Map<unknown, unknown>, l: Logger) => {
      l.write_string('{');
      let i = 0;
      for (const [k, v] of m) {
        if (i++ > 0) l.write_string(', ');
        showOf(K)(k, l);
        l.write_string(': ');
        showOf(V)(v, l);
      }
      l.write_string('}');
    },
  }));
  registerImpl('Option', 'Eq', (T: Desc) => ({
    equal: (a: Option<unknown>, b: Option<unknown>) =>
      isSome(a) ? isSome(b) && (T['Eq.equal'] as (x: unknown, y: unknown) => boolean)(a.value, b.value) : !isSome(b),
  }));
  registerImpl('Option', 'Show', (T: Desc) => ({
    output: (o: Option<unknown>, l: Logger) => {
      if (!isSome(o)) return l.write_string('None');
      l.write_string('Some(');
      showOf(T)(o.value, l);
      l.write_string(')');
    },
  }));
}

/** Registers every impl of `mod`, as the table's loader will. */
export function registerModule(mod: CoreModule, typeOf: (key: string) => string = defaultTypeOf): void {
  for (const [key, entry] of Object.entries(mod.impls)) {
    const [, trait, type] = /^(\S+) for (.+)$/.exec(key)!;
    registerImpl(typeOf(type!), trait!, entry.impl as Record<string, AnyFn>);
  }
}

/** Tuples register under `Tuple2`, `Tuple3`, ... in these tests. */
function defaultTypeOf(type: string): string {
  if (type.startsWith('(')) return `Tuple${type.split(',').length}`;
  return type;
}

export const d = desc;
