// The base environment every doc is checked in: the core library table's
// declarations and signatures, and the binding's functions (callable
// unqualified, as the package's own blackbox tests call them, and as
// `@wasmtime.name`).
//
// Built once per process. Function and method signatures are parsed on
// first use: a doc names a few dozen of the table's entries.

import type * as A from '../syntax/ast.ts';
import { parseInterface, parseType, MoonBitSyntaxError } from '../syntax/index.ts';
import { implKeyParts, type CoreModule } from '../corelib/define.ts';
import { corePackageNamed } from '../corelib/packages.ts';
import type { Signature as BindingEntry } from '../../binding/signatures.ts';
import {
  fnSignature, declareImpl, tupleDecl, declareTraitBodies, declareTraitHeads, declareTypeHeads, declareTypeShapes,
  resolveType, type DeclareOptions, type TypeScope,
} from './declare.ts';
import { CheckError } from './diagnostics.ts';
import { Env, qualified, traitKey, type GlobalValue, type MethodInfo } from './env.ts';
import { con, type ParamInfo, type TraitDecl, type TypeDecl } from './types.ts';

export const BINDING_PACKAGE = 'wasmtime';

export interface BindingTable {
  table: ReadonlyMap<string, BindingEntry>;
}

/** A signature of the table that does not parse or names an unknown type: a bug of the table. */
export class CoreTableError extends Error {
  constructor(key: string, reason: string) {
    super(`core library table, entry \`${key}\`: ${reason}`);
  }
}

function parseDecls(key: string, text: string): A.Interface {
  try {
    return parseInterface(text);
  } catch (error) {
    if (error instanceof MoonBitSyntaxError) throw new CoreTableError(key, `${error.message} in \`${text.trim().split('\n')[0]}\``);
    throw error;
  }
}

/** Runs `body`, reporting a checker error in it as a bug of table entry `key`. */
function tableEntry<T>(key: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof CheckError) throw new CoreTableError(key, error.message);
    throw error;
  }
}

function coreOrigin(pkg: string): DeclareOptions {
  return { pkg: pkg || undefined, local: false, origin: (_span, key) => ({ k: 'core', key }) };
}

export function buildCoreEnv(modules: readonly CoreModule[], binding: BindingTable): Env {
  const env = new Env();
  for (const m of modules) for (const a of aliases(m.pkg)) env.packages.set(a, true);
  env.packages.set(BINDING_PACKAGE, true);

  // Types and traits of every module first, so that modules may refer to each other's.
  const parsed = modules.map((m) => ({ m, iface: parseDecls(`${m.pkg || 'prelude'} declarations`, m.decls) }));
  const what = (m: CoreModule) => `${m.pkg ? `@${m.pkg}` : 'prelude'} declarations`;
  const heads = parsed.map(({ m, iface }) => tableEntry(what(m), () => ({
    m, iface, types: declareTypeHeads(env, iface.items, coreOrigin(m.pkg)), traits: declareTraitHeads(env, iface.items, coreOrigin(m.pkg)),
  })));
  // A nested package's names are reachable by its last path segment too (`@utf8` for `@encoding/utf8`).
  for (const h of heads) {
    const [, short] = aliases(h.m.pkg);
    if (!short) continue;
    for (const d of h.types.values()) env.types.set(`@${short}.${d.name}`, d);
    for (const t of h.traits.values()) env.traits.set(`@${short}.${t.name}`, t);
  }
  // The binding's 500-odd parameter and result types are 30-odd texts: each is parsed once.
  const parsedTypes = new Map<string, A.TypeExpr>();
  const bindingType = (text: string) => parsedTypes.get(text) ?? parsedTypes.set(text, parseType(text)).get(text)!;
  declareBindingTypes(env, binding, bindingType);
  for (let n = 2; n <= 16; n++) tupleDecl(env, n);
  reexport(env, parsed, 'names');
  for (const h of heads) tableEntry(what(h.m), () => declareTraitBodies(env, h.traits, coreOrigin(h.m.pkg)));
  for (const h of heads) tableEntry(what(h.m), () => declareTypeShapes(env, h.types, coreOrigin(h.m.pkg)));
  for (const h of heads) {
    for (const item of h.iface.items) if (item.kind === 'ImplItem') tableEntry(what(h.m), () => declareImpl(env, item, coreOrigin(h.m.pkg)));
  }

  // Implementations: on first use too. An entry's key names its trait and type (`Show for Array`).
  const implEntries = new Map<string, { m: CoreModule; key: string; sig: string }>();
  for (const m of modules) {
    for (const [key, entry] of Object.entries(m.impls)) {
      const { trait: name, type } = implKeyParts(key);
      const trait = (m.pkg && !name.startsWith('@') ? env.traits.get(`@${m.pkg}.${name}`) : undefined) ?? env.traits.get(name);
      if (!trait) throw new CoreTableError(key, `no trait ${name}`);
      implEntries.set(`${traitKey(trait)}|${type}`, { m, key, sig: entry.sig });
    }
  }
  env.impls.setLazy(new Set(implEntries.keys()), (k) => {
    const { m, key, sig } = implEntries.get(k)!;
    const item = parseDecls(key, sig).items[0];
    if (!item || item.kind !== 'ImplItem') throw new CoreTableError(key, 'an impl entry must be an `impl ... for ...` signature');
    return tableEntry(key, () => declareImpl(env.child(), item, { ...coreOrigin(m.pkg), origin: () => ({ k: 'core', key }) }));
  });

  // Functions, methods and constants: on first use.
  type Entry = { m: CoreModule; key: string; sig: string };
  const values = new Map<string, Entry>();
  const methods = new Map<string, Entry>();
  for (const m of modules) {
    for (const [key, entry] of Object.entries(m.fns)) {
      const local = m.pkg ? key.slice(m.pkg.length + 2) : key;
      const sep = local.indexOf('::');
      const e: Entry = { m, key, sig: entry.sig };
      if (sep < 0) {
        for (const a of aliases(m.pkg)) values.set(qualified(a || undefined, local), e);
        continue;
      }
      // A method is keyed by its type's declaration, wherever the type is declared
      // (a package may define methods of a prelude type: `@json` gives `Json::stringify`).
      const ownerName = local.slice(0, sep);
      const owner = (m.pkg ? env.types.get(qualified(m.pkg, ownerName)) : undefined) ?? env.types.get(ownerName);
      const prefix = `${owner ? owner.runtime : qualified(m.pkg || undefined, ownerName)}::`;
      methods.set(prefix + local.slice(sep + 2), e);
      // `#alias("_[_]")` makes the method what `x[i]` calls (and `_[_]=_`, `_[_:_]` likewise).
      for (const a of entry.sig.matchAll(/^#alias\("(_\[[^"]*)"/gm)) methods.set(prefix + a[1], e);
      // `#alias(old_name, deprecated)`: the method's former name calls it too.
      for (const a of entry.sig.matchAll(/^#alias\((\w+)[,)]/gm)) methods.set(prefix + a[1], e);
    }
  }
  const load = (_key: string, entry: Entry): GlobalValue | MethodInfo => {
    const key = entry.key;
    const iface = parseDecls(key, entry.sig);
    const item = iface.items[0];
    if (!item || iface.items.length !== 1) throw new CoreTableError(key, 'an entry must hold exactly one signature');
    const opts: DeclareOptions = coreOrigin(entry.m.pkg);
    const origin = { k: 'core', key } as const;
    if (item.kind === 'FnDecl') {
      const f = { ...item.sig, selfType: item.selfType, span: item.span };
      const { scheme, owner, hasSelf } = fnSignature(env, f, opts);
      if (owner) return { name: item.sig.name, owner, scheme, origin, hasSelf };
      return { k: 'fn', name: item.sig.name, scheme, origin };
    }
    if (item.kind === 'LetDecl' || item.kind === 'ConstItem') {
      const scope: TypeScope = { env, pkg: entry.m.pkg || undefined, tparams: new Map() };
      if (!item.type) throw new CoreTableError(key, 'a constant needs its type');
      return { k: 'const', name: item.name, type: resolveType(scope, item.type), origin, isConst: item.kind === 'ConstItem' };
    }
    throw new CoreTableError(key, `unexpected ${item.kind} in a function entry`);
  };
  env.values.setLazy(new Set(values.keys()), (key) => tableEntry(key, () => load(key, values.get(key)!)) as GlobalValue);
  env.methods.setLazy(new Set(methods.keys()), (key) => tableEntry(key, () => load(key, methods.get(key)!)) as MethodInfo);

  reexport(env, parsed, 'values');
  declareBindingValues(env, binding, bindingType);
  return env;
}

/**
 * The names a package is reached by: its path, and, when nested, its last
 * segment unless a top-level package has that name (`@immut/sorted_map`
 * is never `@sorted_map`, except in its own docs).
 */
function aliases(pkg: string): string[] {
  const short = pkg.split('/').pop()!;
  return short !== pkg && corePackageNamed(short) === pkg ? [pkg, short] : [pkg];
}

/**
 * Names another package re-exports (the prelude's `pub using @debug { ... }`):
 * types and traits as soon as they exist, values once the table is loaded.
 */
function reexport(env: Env, parsed: readonly { m: CoreModule; iface: A.Interface }[], what: 'names' | 'values'): void {
  for (const { m, iface } of parsed) {
    for (const item of iface.items) {
      if (item.kind !== 'UsingItem') continue;
      for (const n of item.names) {
        if ((n.kind === 'value') !== (what === 'values')) continue;
        // `@builtin` is the prelude: its names are unqualified.
        const from = item.pkg === 'builtin' ? n.name : qualified(item.pkg, n.name);
        const to = (m.pkg ? `@${m.pkg}.` : '') + (n.alias ?? n.name);
        const layer = n.kind === 'type' ? env.types : n.kind === 'trait' ? env.traits : env.values;
        const found = (layer as { get(k: string): unknown }).get(from);
        if (!found) throw new CoreTableError(`using @${item.pkg}`, `no ${n.kind} ${n.name}`);
        (layer as { set(k: string, v: unknown): void }).set(to, found);
        // A trait the prelude re-exports is known at run time by its plain name.
        if (n.kind === 'trait' && !m.pkg) (found as TraitDecl).runtime = to;
      }
    }
  }
}

// ---- the binding -----------------------------------------------------------

function bindingTypeNames(t: A.TypeExpr, out: Set<string>): void {
  switch (t.kind) {
    case 'NamedType':
      if (!t.pkg) out.add(t.name);
      t.args.forEach((a) => bindingTypeNames(a, out));
      return;
    case 'TupleType':
      t.elements.forEach((a) => bindingTypeNames(a, out));
      return;
    case 'OptionType':
      bindingTypeNames(t.inner, out);
      return;
    case 'FnType':
      t.params.forEach((a) => bindingTypeNames(a, out));
      bindingTypeNames(t.result, out);
      return;
    case 'TraitObjectType':
      return;
  }
}

/** The binding's opaque handle types (`Engine`, `Store`, ...): every type its signatures name that core does not declare. */
function declareBindingTypes(env: Env, binding: BindingTable, parse: (text: string) => A.TypeExpr): void {
  const names = new Set<string>();
  for (const entry of binding.table.values()) {
    if (entry.kind === 'fn') {
      for (const p of entry.params) bindingTypeNames(parse(p.type), names);
      bindingTypeNames(parse(entry.returns), names);
    } else {
      bindingTypeNames(parse(entry.type), names);
    }
  }
  for (const name of names) {
    if (env.types.has(name)) continue;
    const decl: TypeDecl = {
      name, params: [], shape: { k: 'abstract' }, isError: false, local: false, derives: [], runtime: `@${BINDING_PACKAGE}.${name}`,
    };
    env.types.set(name, decl);
    env.types.set(`@${BINDING_PACKAGE}.${name}`, decl);
  }
}

function declareBindingValues(env: Env, binding: BindingTable, parse: (text: string) => A.TypeExpr): void {
  const scope: TypeScope = { env, tparams: new Map() };
  const type = (text: string) => resolveType(scope, parse(text));
  for (const [name, entry] of binding.table) {
    let v: GlobalValue;
    if (entry.kind === 'const') {
      v = { k: 'const', name, type: type(entry.type), origin: { k: 'binding', name }, isConst: true };
    } else {
      const params: ParamInfo[] = entry.params.map((p, i) => ({
        name: p.name ?? `_${i}`,
        kind: p.label === 'positional' ? 'positional' : p.default !== undefined ? 'defaulted' : p.label === 'optional' ? 'optional' : 'labeled',
        type: type(p.type),
      }));
      const errorDecl = env.types.get('Error')!;
      v = {
        k: 'fn', name,
        scheme: { tparams: [], params, result: type(entry.returns), effect: entry.raises ? { k: 'raise', error: con(errorDecl) } : { k: 'none' }, async: entry.async },
        origin: { k: 'binding', name },
      };
    }
    env.values.set(name, v);
    env.values.set(`@${BINDING_PACKAGE}.${name}`, v);
  }
}
