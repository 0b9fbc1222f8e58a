// Declarations: turning type, trait, function, impl and constant items (of
// a doc block or of the core library's interface text) into entries of the
// environment. Bodies are not looked at here; the checker does that once
// every signature of the doc is known.

import type * as A from '../syntax/ast.ts';
import { CheckError, didYouMean, unknownPackageMessage } from './diagnostics.ts';
import { qualified, type Env, type ImplInfo, type Origin } from './env.ts';
import {
  con, fnType, freshVar, NO_RAISE, POLY_RAISE, tuple,
  type CtorField, type CtorInfo, type Effect, type FieldInfo, type FnScheme, type ParamInfo,
  type TraitDecl, type TraitMethod, type Type, type TypeDecl, type TypeParamInfo,
} from './types.ts';

let nextParam = 0;
export function typeParam(name: string, bounds: TraitDecl[] = []): TypeParamInfo {
  return { name, id: ++nextParam, bounds };
}

/** What a type expression may refer to besides global types. */
export interface TypeScope {
  readonly env: Env;
  /** The package whose declarations these are (`json`), for unqualified names; undefined for docs and the prelude. */
  readonly pkg?: string;
  readonly tparams: ReadonlyMap<string, TypeParamInfo>;
  readonly self?: Type;
  /** `_` is allowed (a `let` annotation): it becomes a fresh variable. */
  readonly holes?: boolean;
  /** Told of every doc type and trait used (for dependency tracking). */
  readonly onUse?: (entity: object, span?: A.Span) => void;
}

function fail(message: string, span: A.Span): never {
  throw new CheckError(message, span);
}

export function lookupTypeDecl(scope: TypeScope, name: string, pkg: string | undefined, span: A.Span): TypeDecl {
  const { env } = scope;
  if (pkg !== undefined) {
    if (!env.packages.has(pkg)) fail(unknownPackageMessage(pkg), span);
    const d = env.types.get(qualified(pkg, name));
    if (!d) fail(`package \`@${pkg}\` has no type \`${name}\``, span);
    return d;
  }
  const d = (scope.pkg ? env.types.get(qualified(scope.pkg, name)) : undefined) ?? env.type(name);
  if (!d) {
    const names = [...env.types.keys()].filter((k) => !k.startsWith('@'));
    fail(`unknown type \`${name}\`${didYouMean(name, [...names, ...scope.tparams.keys()])}`, span);
  }
  if (d.local) scope.onUse?.(d, span);
  return d;
}

export function lookupTrait(scope: TypeScope, name: string, pkg: string | undefined, span: A.Span): TraitDecl {
  const { env } = scope;
  if (pkg !== undefined && !env.packages.has(pkg)) fail(unknownPackageMessage(pkg), span);
  const t = pkg !== undefined
    ? env.traits.get(qualified(pkg, name))
    : (scope.pkg ? env.traits.get(qualified(scope.pkg, name)) : undefined) ?? env.trait(name);
  if (!t) {
    const names = [...env.traits.keys()].filter((k) => !k.startsWith('@'));
    fail(`unknown trait \`${pkg ? `@${pkg}.` : ''}${name}\`${didYouMean(name, names)}`, span);
  }
  if (t.local) scope.onUse?.(t, span);
  return t;
}

/** A type as written, resolved against the environment. */
export function resolveType(scope: TypeScope, te: A.TypeExpr): Type {
  switch (te.kind) {
    case 'NamedType': {
      if (te.pkg === undefined && te.args.length === 0) {
        if (te.name === '_') {
          if (!scope.holes) fail('`_` is not allowed in this type', te.span);
          return freshVar();
        }
        const p = scope.tparams.get(te.name);
        if (p) return { k: 'param', param: p };
        if (te.name === 'Self') {
          if (!scope.self) fail('`Self` is only meaningful inside a trait or an impl', te.span);
          return scope.self;
        }
      }
      if (te.name === 'Self' && te.pkg === undefined && scope.self?.k === 'con') {
        // `Self[T]` in an interface method of a generic type.
        return con(scope.self.decl, ...te.args.map((a) => resolveType(scope, a)));
      }
      const decl = lookupTypeDecl(scope, te.name, te.pkg, te.span);
      if (decl.name === 'Unit' && !decl.pkg && te.args.length === 0) return con(decl);
      if (te.args.length !== decl.params.length) {
        fail(`type \`${te.name}\` takes ${decl.params.length} type argument${decl.params.length === 1 ? '' : 's'}, but ${te.args.length} ${te.args.length === 1 ? 'is' : 'are'} given`, te.span);
      }
      return con(decl, ...te.args.map((a) => resolveType(scope, a)));
    }
    case 'TupleType':
      if (te.elements.length === 0) return con(lookupTypeDecl(scope, 'Unit', undefined, te.span));
      if (te.elements.length === 1) return resolveType(scope, te.elements[0]!);
      return tuple(te.elements.map((e) => resolveType(scope, e)));
    case 'OptionType':
      return con(lookupTypeDecl(scope, 'Option', undefined, te.span), resolveType(scope, te.inner));
    case 'FnType':
      return fnType(
        te.params.map((p) => resolveType(scope, p)),
        resolveType(scope, te.result),
        resolveEffect(scope, te.raises),
        te.isAsync === true,
      );
    case 'TraitObjectType':
      return { k: 'dyn', trait: lookupTrait(scope, te.name, te.pkg, te.span) };
  }
}

export function resolveEffect(scope: TypeScope, raises: A.Raises | undefined): Effect {
  if (raises === undefined) return NO_RAISE;
  if (raises === 'poly') return POLY_RAISE;
  if (raises === 'any') return { k: 'raise', error: con(lookupTypeDecl(scope, 'Error', undefined, zeroSpan)) };
  return { k: 'raise', error: resolveType(scope, raises) };
}

const zeroPos = { line: 1, column: 1, offset: 0 };
const zeroSpan: A.Span = { start: zeroPos, end: zeroPos };

/** Type parameters with their bounds; bounds may name traits declared later in the same pass. */
export function declareTypeParams(scope: TypeScope, params: readonly A.TypeParam[], into: Map<string, TypeParamInfo>): TypeParamInfo[] {
  const out: TypeParamInfo[] = [];
  for (const p of params) {
    if (into.has(p.name)) fail(`type parameter \`${p.name}\` is declared twice`, p.span);
    const info = typeParam(p.name);
    into.set(p.name, info);
    out.push(info);
  }
  params.forEach((p, i) => {
    out[i]!.bounds = p.bounds.map((b) => {
      if (b.kind !== 'NamedType') fail('a type parameter bound must be a trait', b.span);
      return lookupTrait(scope, b.name, b.pkg, b.span);
    });
  });
  return out;
}

// ---- functions -----------------------------------------------------------

type AnyParam = A.Param | A.SigParam;

function paramKind(p: AnyParam, type: Type): ParamInfo['kind'] {
  if (p.label === 'positional') return 'positional';
  const hasDefault = 'hasDefault' in p ? p.hasDefault : p.default !== undefined;
  if (hasDefault) {
    const d = p.default;
    if ((d === undefined || d.kind === 'Placeholder') && type.k === 'con' && !type.decl.pkg
      && (type.decl.name === 'SourceLoc' || type.decl.name === 'ArgsLoc')) return 'autofill';
    return 'defaulted';
  }
  return p.label === 'optional' ? 'optional' : 'labeled';
}

/**
 * A function's scheme from its parameters and result. `requireTypes`:
 * top-level functions must annotate every parameter and the result.
 */
export function fnScheme(
  scope: TypeScope,
  f: { params: readonly AnyParam[]; returnType?: A.TypeExpr; raises?: A.Raises; isAsync: boolean; span: A.Span; nameSpan: A.Span; entry?: string },
  tparams: readonly TypeParamInfo[],
  requireTypes: boolean,
): FnScheme {
  const params: ParamInfo[] = f.params.map((p, i) => {
    let type: Type;
    if (p.type) type = resolveType(scope, p.type);
    else if (requireTypes) fail(`parameter \`${p.name ?? `#${i + 1}`}\` needs a type annotation`, p.span);
    else type = freshVar();
    return { name: p.name ?? `_${i}`, kind: paramKind(p, type), type };
  });
  let result: Type;
  if (f.returnType) result = resolveType(scope, f.returnType);
  else if (f.entry) result = con(lookupTypeDecl(scope, 'Unit', undefined, f.nameSpan));
  else if (requireTypes) fail('missing type annotation for the return value', f.nameSpan);
  else result = freshVar();
  return { tparams, params, result, effect: resolveEffect(scope, f.raises), async: f.isAsync };
}

/** The first-class function type of a scheme already instantiated (positional parameters only). */
export function schemeFnType(s: FnScheme): Type {
  return fnType(s.params.map((p) => p.type), s.result, s.effect, s.async);
}

// ---- type declarations ---------------------------------------------------

export interface DeclareOptions {
  /** Package alias of the declarations (core modules); undefined for the prelude and docs. */
  pkg?: string;
  local: boolean;
  origin: (span: A.Span, key: string) => Origin;
  /** Runtime name for a doc type (docs may reuse a core type's name). */
  runtimeName?: (name: string) => string;
  /** What a doc's traits' runtime names end in, after `$` (see checkDoc). */
  docTag?: string;
  /** Told of every doc type and trait the declarations use. */
  onUse?: (entity: object, span?: A.Span) => void;
}

type TypeItemLike = A.StructItem | A.EnumItem | A.SuberrorItem | A.TypeItem;

/** First pass: every declared type exists (so declarations can refer to each other). */
export function declareTypeHeads(env: Env, items: readonly (A.Item | A.Decl)[], opts: DeclareOptions): Map<TypeItemLike, TypeDecl> {
  const out = new Map<TypeItemLike, TypeDecl>();
  for (const item of items) {
    if (item.kind !== 'StructItem' && item.kind !== 'EnumItem' && item.kind !== 'SuberrorItem' && item.kind !== 'TypeItem') continue;
    const key = qualified(opts.pkg, item.name);
    const existing = env.types.get(key);
    const params = item.kind === 'SuberrorItem' ? [] : item.typeParams.map((p) => typeParam(p.name));
    if (existing) {
      // The core table may declare a type in more than one module; a later
      // declaration may only give an abstract one its shape.
      if (!opts.local && existing.params.length === params.length) {
        if (item.kind === 'TypeItem' && !item.alias) continue;
        if (existing.shape.k === 'abstract') {
          out.set(item, existing);
          continue;
        }
        continue;
      }
      if (env.types.hasOwn(key)) fail(`type \`${item.name}\` is declared twice`, item.nameSpan);
    }
    const decl: TypeDecl = {
      name: item.name,
      pkg: opts.pkg,
      params,
      shape: { k: 'abstract' },
      isError: item.kind === 'SuberrorItem' || (item.name === 'Error' && !opts.local && !opts.pkg),
      local: opts.local,
      span: item.nameSpan,
      derives: [],
      runtime: opts.runtimeName ? opts.runtimeName(item.name) : key,
      readOnly: !opts.local && (item.kind === 'EnumItem' || item.kind === 'StructItem') && (item.vis === 'pub' || item.vis === 'pub(readonly)'),
    };
    env.types.set(key, decl);
    out.set(item, decl);
  }
  return out;
}

/** Second pass: fields, constructors and alias targets. */
export function declareTypeShapes(env: Env, heads: Map<TypeItemLike, TypeDecl>, opts: DeclareOptions): void {
  for (const [item, decl] of heads) {
    const tparams = new Map(decl.params.map((p) => [p.name, p]));
    const scope: TypeScope = { env, pkg: opts.pkg, tparams, onUse: opts.onUse };
    switch (item.kind) {
      case 'StructItem': {
        if (item.tupleFields) {
          const fields: FieldInfo[] = item.tupleFields.map((t, i) => ({
            name: String(i), type: resolveType(scope, t), mutable: false, js: `_${i}`,
          }));
          decl.shape = { k: 'struct', fields, tuple: true };
        } else {
          const seen = new Set<string>();
          const fields: FieldInfo[] = item.fields.map((f) => {
            if (seen.has(f.name)) fail(`field \`${f.name}\` is declared twice`, f.nameSpan);
            seen.add(f.name);
            return { name: f.name, type: resolveType(scope, f.type), mutable: f.mutable, js: jsField(f.name) };
          });
          decl.shape = { k: 'struct', fields, tuple: false };
        }
        break;
      }
      case 'EnumItem':
        decl.shape = { k: 'enum', ctors: item.ctors.map((c, i) => ctorInfo(scope, decl, c, i)) };
        break;
      case 'SuberrorItem': {
        const ctors = item.ctors
          ? item.ctors.map((c, i) => ctorInfo(scope, decl, c, i))
          : [{
            name: item.name, index: 0, owner: decl, span: item.nameSpan,
            fields: item.payload ? [{ type: resolveType(scope, item.payload), mutable: false }] : [],
          }];
        decl.shape = { k: 'enum', ctors };
        break;
      }
      case 'TypeItem':
        if (item.alias) decl.shape = { k: 'alias', target: resolveType(scope, item.alias) };
        break;
    }
    if (decl.shape.k === 'enum') for (const c of decl.shape.ctors) env.addCtor(c);
    if ('derive' in item) {
      const withOptions = item.derive.find((d) => d.args !== undefined);
      if (withOptions) fail(`derive options (\`${withOptions.trait.name}(...)\`) are not supported by the harness yet`, withOptions.span);
      decl.derives = item.derive.map((d) => d.trait.name);
    }
  }
}

function ctorInfo(scope: TypeScope, owner: TypeDecl, c: A.EnumCtor, index: number): CtorInfo {
  const fields: CtorField[] = (c.params ?? []).map((p) => ({ label: p.label, type: resolveType(scope, p.type), mutable: p.mutable }));
  return { name: c.name, index, fields, owner, span: c.nameSpan };
}

/** A struct field's property name: any MoonBit name but the one JavaScript gives a meaning. */
export function jsField(name: string): string {
  return name === '__proto__' ? '$__proto__' : name;
}

// ---- traits --------------------------------------------------------------

export function declareTraitHeads(env: Env, items: readonly (A.Item | A.Decl)[], opts: DeclareOptions): Map<A.TraitItem, TraitDecl> {
  const out = new Map<A.TraitItem, TraitDecl>();
  for (const item of items) {
    if (item.kind !== 'TraitItem') continue;
    const key = qualified(opts.pkg, item.name);
    if (env.traits.hasOwn(key)) {
      if (!opts.local) continue;
      fail(`trait \`${item.name}\` is declared twice`, item.nameSpan);
    }
    const t: TraitDecl = {
      name: item.name, pkg: opts.pkg, runtime: opts.local ? `${item.name}$${opts.docTag ?? 'doc'}` : key, supers: [], methods: new Map(), local: opts.local, span: item.nameSpan,
      private: !opts.local && (item.vis === 'none' || item.vis === 'priv'),
    };
    env.traits.set(key, t);
    out.set(item, t);
  }
  return out;
}

export function declareTraitBodies(env: Env, heads: Map<A.TraitItem, TraitDecl>, opts: DeclareOptions): void {
  for (const [item, trait] of heads) {
    const base: TypeScope = { env, pkg: opts.pkg, tparams: new Map(), onUse: opts.onUse };
    for (const s of item.supertraits) {
      if (s.kind !== 'NamedType') fail('a supertrait must be a trait', s.span);
      (trait.supers as TraitDecl[]).push(lookupTrait(base, s.name, s.pkg, s.span));
    }
    for (const m of item.methods) {
      const self = typeParam('Self', [trait]);
      const tparams = new Map<string, TypeParamInfo>();
      const scope: TypeScope = { ...base, tparams, self: { k: 'param', param: self } };
      const own = declareTypeParams(scope, m.typeParams, tparams);
      const sig = fnScheme(scope, { ...m, span: m.span, nameSpan: m.nameSpan }, own, true);
      const method: TraitMethod = { name: m.name, self, sig, hasDefault: m.hasDefault };
      trait.methods.set(m.name, method);
    }
  }
}

// ---- functions, methods, constants -----------------------------------------

export interface FnLike {
  name: string;
  nameSpan: A.Span;
  span: A.Span;
  typeParams: readonly A.TypeParam[];
  selfType?: A.TypeName;
  params: readonly AnyParam[];
  returnType?: A.TypeExpr;
  raises?: A.Raises;
  isAsync: boolean;
  attrs?: readonly A.Attribute[];
}

/** The operator methods' older names: `fn T::op_get` is what `x[i]` calls. */
const OPERATOR_METHODS: Readonly<Record<string, string>> = { op_get: '_[_]', op_set: '_[_]=_', op_as_view: '_[_:_]' };

/** A function's or method's signature, without declaring it. */
export function fnSignature(env: Env, f: FnLike, opts: DeclareOptions, requireTypes = true): { scheme: FnScheme; owner?: TypeDecl; hasSelf: boolean } {
  const tparams = new Map<string, TypeParamInfo>();
  const baseScope: TypeScope = { env, pkg: opts.pkg, tparams, onUse: opts.onUse };
  let owner: TypeDecl | undefined;
  if (f.selfType) {
    if (f.selfType.traitObject) {
      const trait = lookupTrait(baseScope, f.selfType.name, f.selfType.pkg, f.selfType.span);
      owner = dynOwner(env, trait);
    } else {
      owner = lookupTypeDecl(baseScope, f.selfType.name, f.selfType.pkg, f.selfType.span);
    }
    // A doc may define methods of another package's type: moon keeps them local to the package, where they take precedence.
  }
  const own = declareTypeParams(baseScope, f.typeParams, tparams);
  const selfType: Type | undefined = owner ? con(owner, ...owner.params.map((p) => ({ k: 'param', param: p }) as Type)) : undefined;
  const scheme = fnScheme({ ...baseScope, self: selfType }, f, own, requireTypes);
  const hasSelf = owner !== undefined && (f.params[0]?.name === 'self' || (!opts.local && selfFirst(scheme, owner)));
  return { scheme, owner, hasSelf };
}

/** Declares a function or a method (`fn T::m`); returns the scheme. */
export function declareFn(env: Env, f: FnLike, opts: DeclareOptions, requireTypes = true): FnScheme {
  const { scheme, owner, hasSelf } = fnSignature(env, f, opts, requireTypes);
  const key = f.selfType ? `${f.selfType.pkg ? `@${f.selfType.pkg}.` : ''}${f.selfType.name}::${f.name}` : f.name;
  const origin = opts.origin(f.nameSpan, qualified(opts.pkg, key));
  if (owner) {
    if (opts.local && env.methods.hasOwn(`${owner.runtime}::${f.name}`)) fail(`method \`${owner.name}::${f.name}\` is declared twice`, f.nameSpan);
    const info = { name: f.name, owner, scheme, origin, hasSelf };
    env.addMethod(info);
    // `#alias("_[_]")` (or the older name `op_get`) makes the method what `x[i]` calls; `_[_]=_` and `_[_:_]` likewise.
    const operators = (f.attrs ?? []).flatMap((a) => (a.name === 'alias' ? [/^"(_\[[^"]*)"$/.exec(a.raw ?? '')?.[1]] : []));
    for (const op of [...operators, OPERATOR_METHODS[f.name]]) if (op) env.methods.set(`${owner.runtime}::${op}`, info);
  } else {
    const vkey = qualified(opts.pkg, f.name);
    if (opts.local && env.values.hasOwn(vkey)) fail(`\`${f.name}\` is declared twice`, f.nameSpan);
    env.values.set(vkey, { k: 'fn', name: f.name, scheme, origin });
  }
  return scheme;
}

/** In an interface, a method whose first parameter has the owner's type is callable with dot syntax. */
function selfFirst(s: FnScheme, owner: TypeDecl): boolean {
  const first = s.params[0];
  return first !== undefined && first.kind === 'positional' && first.type.k === 'con' && first.type.decl === owner;
}

/** Methods of a trait object type (`&Logger::write_object`) hang off a pseudo-declaration per trait. */
export function dynOwner(env: Env, trait: TraitDecl): TypeDecl {
  const key = `&${qualified(trait.pkg, trait.name)}`;
  let d = env.types.get(key);
  if (!d) {
    d = { name: key, params: [], shape: { k: 'abstract' }, isError: false, local: trait.local, derives: [], runtime: key };
    env.types.set(key, d);
  }
  return d;
}

// ---- impls ---------------------------------------------------------------

/** The pseudo-declaration tuples of `n` elements hang their impls off (`Tuple2`, as descriptors name it). */
export function tupleDecl(env: Env, n: number): TypeDecl {
  // Keyed by a name no doc can write; named at run time as descriptors are.
  const key = `(${n})`;
  let d = env.types.get(key);
  if (!d) {
    d = { name: `Tuple${n}`, params: Array.from({ length: n }, (_, i) => typeParam(`T${i}`)), shape: { k: 'abstract' }, isError: false, local: false, derives: [], runtime: `Tuple${n}` };
    env.types.set(key, d);
  }
  return d;
}

/** `impl[...] Trait for Type`: records that the type implements the trait. */
export function declareImpl(env: Env, item: A.ImplItem, opts: DeclareOptions): ImplInfo | undefined {
  const tparams = new Map<string, TypeParamInfo>();
  const scope: TypeScope = { env, pkg: opts.pkg, tparams, onUse: opts.onUse };
  const trait = lookupTrait(scope, item.trait.name, item.trait.pkg, item.trait.span);
  if (!item.forType) return undefined; // a default implementation of the trait's method
  const own = declareTypeParams(scope, item.typeParams, tparams);
  const forType = resolveType(scope, item.forType);
  // Tuples take impls of the table's traits, and of a doc's own (`impl Zero for (A, B)`).
  if (forType.k !== 'con' && !(forType.k === 'tuple' && (!opts.local || trait.local))) fail('an impl must be for a named type', item.forType.span);
  const owner = forType.k === 'con' ? forType.decl : tupleDecl(env, forType.elems.length);
  if (opts.local && !owner.local && !trait.local) {
    fail(`cannot implement \`${trait.name}\` for \`${owner.name}\`: neither is declared in this doc`, item.forType.span);
  }
  const existing = opts.local ? env.impl(trait, owner) : undefined;
  const methods = new Set(existing?.methods);
  if (item.method) {
    if (!trait.methods.has(item.method.name)) {
      fail(`trait \`${trait.name}\` has no method \`${item.method.name}\`${didYouMean(item.method.name, trait.methods.keys())}`, item.method.nameSpan);
    }
    if (opts.local && methods.has(item.method.name)) fail(`\`${item.method.name}\` is implemented twice for \`${owner.name}\``, item.method.nameSpan);
    methods.add(item.method.name);
  }
  const info: ImplInfo = {
    trait, owner, tparams: existing?.tparams ?? own, forType: existing?.forType ?? forType, methods,
    origin: existing?.origin ?? opts.origin(item.span, `${trait.name} for ${owner.runtime}`),
  };
  env.addImpl(info);
  return info;
}
