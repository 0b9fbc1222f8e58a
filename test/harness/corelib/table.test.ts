// The whole core library table, read by the harness's own parser and
// checker: every signature parses and names only declared types, each
// entry is keyed by the name its signature declares, and each
// implementation takes the arguments the calling convention implies (see
// harness/corelib/define.ts): one descriptor per bounded type parameter,
// then every parameter; a generic impl's factory takes one descriptor per
// type argument of the type it is for, and no method takes more than the
// trait method's parameters.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CORE_MODULES } from '../../../harness/corelib/index.ts';
import { implKeyParts } from '../../../harness/corelib/define.ts';
import { CORE_PACKAGE_PATHS } from '../../../harness/corelib/packages.ts';
import { parseInterface } from '../../../harness/syntax/index.ts';
import { buildCoreEnv } from '../../../harness/typing/core-env.ts';
import { signatures } from '../../../binding/signatures.ts';
import type * as A from '../../../harness/syntax/ast.ts';

type AnyFn = (...args: unknown[]) => unknown;

function only(sig: string): A.Decl {
  const items = parseInterface(sig).items;
  assert.equal(items.length, 1, `one signature in ${sig}`);
  return items[0]!;
}

test('every function entry: parsed, keyed by its name, implemented with the implied arity', () => {
  const wrong: string[] = [];
  let count = 0;
  for (const m of CORE_MODULES) {
    const prefix = m.pkg ? `@${m.pkg}.` : '';
    for (const [key, entry] of Object.entries(m.fns)) {
      count++;
      const d = only(entry.sig);
      if (d.kind === 'LetDecl' || d.kind === 'ConstItem') {
        if (key !== prefix + d.name) wrong.push(`${key}: declares ${d.name}`);
        if (typeof entry.impl === 'function') wrong.push(`${key}: a constant's value is a function`);
        // A `const` states its value: the table's must be that literal.
        const literal = /=\s*(\S+)\s*$/.exec(entry.sig)?.[1];
        if (d.kind === 'ConstItem' && literal !== undefined && literal !== String(entry.impl)) wrong.push(`${key}: the value is ${String(entry.impl)}, the signature says ${literal}`);
        continue;
      }
      if (d.kind !== 'FnDecl') {
        wrong.push(`${key}: a ${d.kind}, not a function`);
        continue;
      }
      const self = d.selfType && `${d.selfType.traitObject ? '&' : ''}${d.selfType.pkg ? `@${d.selfType.pkg}.` : ''}${d.selfType.name}::`;
      const name = `${self ?? ''}${d.sig.name}`;
      if (key !== prefix + name && key !== name) wrong.push(`${key}: declares ${name}`);
      const arity = d.sig.typeParams.filter((p) => p.bounds.length > 0).length + d.sig.params.length;
      const n = typeof entry.impl === 'function' ? (entry.impl as AnyFn).length : -1;
      if (n !== arity) wrong.push(`${key}: takes ${n} arguments, the signature implies ${arity}`);
    }
  }
  assert.deepEqual(wrong, []);
  assert.ok(count > 1000, `${count} entries`);
});

test('every impl entry: keyed by its trait and type, its factory or methods of the implied arity', () => {
  const env = buildCoreEnv(CORE_MODULES, { table: signatures });
  const wrong: string[] = [];
  for (const m of CORE_MODULES) {
    for (const [key, entry] of Object.entries(m.impls)) {
      const d = only(entry.sig);
      if (d.kind !== 'ImplItem' || !d.forType) {
        wrong.push(`${key}: not an \`impl Trait for Type\``);
        continue;
      }
      const { trait } = implKeyParts(key);
      const traitPkg = d.trait.pkg ?? (m.pkg || undefined);
      if (trait !== d.trait.name && trait !== `@${traitPkg}.${d.trait.name}`) wrong.push(`${key}: implements ${d.trait.name}`);
      const t = d.forType;
      // The key names the type the signature implements, as its package declares it (`@buffer.Buffer`).
      if (t.kind === 'NamedType' && !t.pkg) {
        const own = m.pkg ? env.types.get(`@${m.pkg}.${t.name}`) : undefined;
        const keyed = implKeyParts(key).type;
        if (own && keyed !== own.runtime) wrong.push(`${key}: the signature's type is ${own.runtime}`);
      }
      const typeArgs = t.kind === 'TupleType' ? t.elements.length : t.kind === 'NamedType' ? t.args.length : t.kind === 'OptionType' ? 1 : 0;
      if (typeof entry.impl === 'function') {
        if (entry.impl.length !== typeArgs) wrong.push(`${key}: the factory takes ${entry.impl.length} descriptors for ${typeArgs} type arguments`);
        continue;
      }
      if ((d.typeParams ?? []).some((p) => p.bounds.length > 0)) wrong.push(`${key}: bounded type parameters need a factory`);
      const decl = (m.pkg ? env.traits.get(`@${m.pkg}.${d.trait.name}`) : undefined) ?? env.traits.get(d.trait.pkg ? `@${d.trait.pkg}.${d.trait.name}` : d.trait.name);
      if (!decl) {
        wrong.push(`${key}: no trait ${d.trait.name}`);
        continue;
      }
      for (const [method, f] of Object.entries(entry.impl)) {
        const tm = decl.methods.get(method);
        if (!tm) wrong.push(`${key}: ${d.trait.name} has no method ${method}`);
        else if (f.length > tm.sig.params.length) wrong.push(`${key}.${method}: takes ${f.length} arguments, ${d.trait.name}::${method} has ${tm.sig.params.length}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
});

test('every signature checks: each value, method and impl of the table resolves in the core environment', () => {
  const env = buildCoreEnv(CORE_MODULES, { table: signatures });
  let n = 0;
  for (const k of env.values.keys()) {
    assert.ok(env.values.get(k), k);
    n++;
  }
  for (const k of env.methods.keys()) {
    assert.ok(env.methods.get(k), k);
    n++;
  }
  for (const k of env.impls.keys()) {
    assert.ok(env.impls.get(k), k);
    n++;
  }
  assert.ok(n > 1000, `${n} entries`);
});

test('no key is defined twice across the modules', () => {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const m of CORE_MODULES) {
    for (const key of [...Object.keys(m.fns), ...Object.keys(m.impls)]) {
      const where = m.pkg || 'prelude';
      if (seen.has(key)) twice.push(`${key} (${seen.get(key)} and ${where})`);
      seen.set(key, where);
    }
  }
  assert.deepEqual(twice, []);
});

test('every package of the table is one of core\'s, so its docs and aliases are found', () => {
  const unknown = CORE_MODULES.map((m) => m.pkg).filter((p) => p !== '' && !CORE_PACKAGE_PATHS.has(p));
  assert.deepEqual(unknown, []);
});
