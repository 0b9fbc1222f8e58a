// Names, calls, methods and constructors: what a callee resolves to, how
// arguments meet parameters (positional, labeled, optional, defaults,
// autofill), how generic callees are instantiated, and whether the call
// raises.

import type * as A from '../syntax/ast.ts';
import type { Ctx } from './context.ts';
import { lookupTrait, lookupTypeDecl, dynOwner } from './declare.ts';
import { didYouMean, unknownPackageMessage } from './diagnostics.ts';
import { raiseError } from './effects.ts';
import type { FnValue, MethodInfo } from './env.ts';
import { check, coreName, instantiateDecl, joinErrors, knownType, typeScope } from './expr.ts';
import { fit } from './fit.ts';
import { require, traitMethodSubst, traitsWithMethod } from './traits.ts';
import type { ArgSlot, Callee, Instantiation } from './typed.ts';
import {
  con, fnType, freshVar, headDecl, NO_RAISE, prune, pruneEffect, resolveHead, showType, substitute, substituteEffect, unify,
  type CtorInfo, type Effect, type FnScheme, type ParamInfo, type TraitDecl, type TraitMethod, type Type, type TypeParamInfo,
} from './types.ts';

/** A generic scheme with fresh variables for its type parameters. */
export interface Instance {
  params: ParamInfo[];
  result: Type;
  effect: Effect;
  async: boolean;
  inst: Instantiation;
  subst: Map<TypeParamInfo, Type>;
}

export function instantiate(cx: Ctx, scheme: FnScheme, span: A.Span, preset?: Map<TypeParamInfo, Type>): Instance {
  const subst = new Map(preset);
  for (const p of scheme.tparams) if (!subst.has(p)) subst.set(p, freshVar());
  const params = scheme.params.map((p) => ({ ...p, type: substitute(p.type, subst) }));
  const bounded: { param: TypeParamInfo; type: Type }[] = [];
  for (const p of scheme.tparams) {
    if (p.bounds.length === 0) continue;
    const t = subst.get(p)!;
    bounded.push({ param: p, type: t });
    for (const b of p.bounds) require(cx, t, b, span);
  }
  return {
    params,
    result: substitute(scheme.result, subst),
    effect: substituteEffect(scheme.effect, subst),
    async: scheme.async,
    inst: { bounded },
    subst,
  };
}

function noteUse(cx: Ctx, origin: FnValue['origin'], span: A.Span): void {
  cx.useOrigin(origin, span);
}

// ---- names -----------------------------------------------------------------

/** A package-qualified value: `@json.parse`, `@wasmtime.engine_new`. */
function packageValue(cx: Ctx, e: { pkg?: string; name: string; span: A.Span }): FnValue | import('./env.ts').ConstValue {
  const pkg = e.pkg!;
  if (!cx.env.packages.has(pkg)) cx.error(unknownPackageMessage(pkg), e.span);
  const v = cx.env.values.get(`@${pkg}.${e.name}`);
  if (!v) {
    const prefix = `@${pkg}.`;
    const names = [...cx.env.values.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    cx.error(`package \`@${pkg}\` has no value \`${e.name}\`${didYouMean(e.name, names)}`, e.span);
  }
  return v;
}

export function checkIdent(cx: Ctx, e: A.Ident, _expected: Type | undefined): Type {
  if (e.pkg) {
    const v = packageValue(cx, e);
    return globalValueType(cx, e, v);
  }
  const local = cx.lookupLocal(e.name);
  if (local) {
    cx.t.names.set(e, { k: 'local', v: local });
    if (local.fn) {
      requirePositionalOnly(cx, local.fn.scheme, e);
      return fnOfInstance(instantiate(cx, local.fn.scheme, e.span));
    }
    return local.type;
  }
  const v = cx.env.value(e.name);
  if (!v) cx.unknownName(e.name, e.span);
  return globalValueType(cx, e, v);
}

function globalValueType(cx: Ctx, e: A.Expr, v: FnValue | import('./env.ts').ConstValue): Type {
  noteUse(cx, v.origin, e.span);
  if (v.k === 'const') {
    cx.t.names.set(e, { k: 'global', v });
    return v.type;
  }
  requirePositionalOnly(cx, v.scheme, e);
  const inst = instantiate(cx, v.scheme, e.span);
  cx.t.names.set(e, { k: 'global', v });
  cx.t.instances.set(e, inst.inst);
  return fnOfInstance(inst);
}

function requirePositionalOnly(cx: Ctx, s: FnScheme, e: A.Expr): void {
  if (s.params.some((p) => p.kind !== 'positional')) {
    cx.error('a function with labeled parameters can only be called, not used as a value (wrap it in a closure)', e.span);
  }
}

function fnOfInstance(i: Instance): Type {
  return fnType(i.params.map((p) => p.type), i.result, i.effect, i.async);
}

/** An upper-case name as a value: a constructor, a constant, `T::Ctor`, `T::method`. */
export function checkConstructorValue(cx: Ctx, e: A.Constructor, expected: Type | undefined): Type {
  if (e.typeName && /^[a-z_]/.test(e.name)) {
    // `Type::method` used as a value.
    const r = staticCallee(cx, e, expected);
    if (r.kind === 'method') {
      requirePositionalOnly(cx, r.m.scheme, e);
      const inst = instantiate(cx, r.m.scheme, e.span);
      cx.t.names.set(e, { k: 'method', m: r.m, inst: inst.inst });
      return fnOfInstance(inst);
    }
    const own = new Map<TypeParamInfo, Type>();
    for (const p of r.method.sig.tparams) own.set(p, freshVar());
    if (own.size > 0) return cx.error(`\`${e.typeName}::${e.name}\` cannot be used as a value here; call it`, e.span);
    const subst = traitMethodSubst(r.method, r.self, own);
    require(cx, r.self, r.trait, e.span);
    cx.t.names.set(e, { k: 'traitMethod', trait: r.trait, method: r.method.name, self: r.self });
    return fnType(r.method.sig.params.map((p) => subst(p.type)), subst(r.method.sig.result), substituteEffect(r.method.sig.effect, new Map([[r.method.self, r.self]])), r.method.sig.async);
  }
  if (!e.typeName) {
    const constant = e.pkg ? cx.env.values.get(`@${e.pkg}.${e.name}`) : cx.env.value(e.name);
    if (constant && constant.k === 'const' && !cx.env.ctors.get(e.name)) {
      noteUse(cx, constant.origin, e.span);
      cx.t.names.set(e, { k: 'global', v: constant });
      return constant.type;
    }
  }
  const ctor = findCtor(cx, e, expected);
  const t = instantiateDecl(ctor.owner);
  const fields = ctorFieldTypes(ctor, t);
  cx.t.ctors.set(e, { ctor, type: t });
  if (fields.length === 0) return t;
  // A constructor with a payload used as a function: `xs.map(Some)`.
  if (ctor.fields.some((f) => f.label)) cx.error(`constructor \`${ctor.name}\` has labeled fields; call it instead of using it as a value`, e.span);
  return fnType(fields, t);
}

/**
 * Constructors a bare name may mean: those of the prelude's and the doc's
 * types; a package's only where the expected type is that package's type
 * (or where the name is qualified, `@json.Null`), as MoonBit resolves them.
 */
export function visibleCtors(cx: Ctx, name: string, pkg: string | undefined, expected: Type | undefined): CtorInfo[] {
  const all = cx.env.ctors.get(name) ?? [];
  if (pkg) return all.filter((c) => c.owner.pkg === pkg);
  const want = expected ? resolveHead(expected) : undefined;
  return all.filter((c) => !c.owner.pkg || c.owner.pkg === cx.env.opened || (want?.k === 'con' && (want.decl === c.owner || (want.decl.isError && want.decl.name === 'Error' && !want.decl.pkg && c.owner.isError))));
}

/** `T(args)` for a type `T` with a method `T::T`: MoonBit's constructor-style call. */
function typeConstructor(cx: Ctx, e: A.Constructor): MethodInfo | undefined {
  if (e.typeName) return undefined;
  const decl = e.pkg ? cx.env.types.get(`@${e.pkg}.${e.name}`) : cx.env.type(e.name);
  return decl ? cx.env.method(decl, e.name) : undefined;
}

/** The constructor named by `e`, disambiguated by the expected type. */
/** The constructor `e` names, for building a value: a read-only type's are refused. */
function findCtor(cx: Ctx, e: { name: string; typeName?: string; pkg?: string; span: A.Span }, expected: Type | undefined): CtorInfo {
  const c = lookupCtor(cx, e, expected);
  if (c.owner.readOnly) {
    cx.error(`\`${c.name}\` cannot be built here: ${showType({ k: 'con', decl: c.owner, args: c.owner.params.map(() => freshVar()) })} is a read-only type of its package (it can only be matched)`, e.span);
  }
  return c;
}

function lookupCtor(cx: Ctx, e: { name: string; typeName?: string; pkg?: string; span: A.Span }, expected: Type | undefined): CtorInfo {
  if (e.typeName) {
    const decl = lookupTypeDecl(typeScope(cx), e.typeName, e.pkg, e.span);
    const shape = decl.shape;
    const c = shape.k === 'enum' ? shape.ctors.find((x) => x.name === e.name) : undefined;
    if (!c) cx.error(`type \`${e.typeName}\` has no constructor \`${e.name}\``, e.span);
    return c;
  }
  let candidates = visibleCtors(cx, e.name, e.pkg, expected);
  if (candidates.length === 0) {
    // A tuple struct's name builds it: `struct User(Int)` gives `User(1)`;
    // unqualified, the wanted type's (`Reverse(3)` where `@cmp.Reverse[Int]` is wanted).
    const want = expected ? resolveHead(expected) : undefined;
    const wanted = want?.k === 'con' && want.decl.name === e.name ? want.decl : undefined;
    const decl = e.pkg ? cx.env.types.get(`@${e.pkg}.${e.name}`) : wanted ?? cx.env.type(e.name);
    if (decl && decl.shape.k === 'struct' && decl.shape.tuple) {
      return { name: decl.name, index: 0, owner: decl, fields: decl.shape.fields.map((f) => ({ type: f.type, mutable: f.mutable })) };
    }
    const names = [...cx.env.ctors.keys()];
    return cx.error(`unknown constructor \`${e.name}\`${didYouMean(e.name, names)}`, e.span);
  }
  if (candidates.length > 1 && expected) {
    const want = resolveHead(expected);
    if (want.k === 'con') {
      const exact = candidates.filter((c) => c.owner === want.decl);
      if (exact.length) candidates = exact;
      else if (want.decl.isError && want.decl.name === 'Error') candidates = candidates.filter((c) => c.owner.isError);
    }
  }
  if (candidates.length > 1) {
    const local = candidates.filter((c) => c.owner.local);
    if (local.length === 1) candidates = local;
  }
  if (candidates.length > 1) {
    cx.error(`constructor \`${e.name}\` belongs to several types (${candidates.map((c) => c.owner.name).join(', ')}); write \`Type::${e.name}\``, e.span);
  }
  const c = candidates[0]!;
  cx.use(c.owner, e.span);
  return c;
}

export function ctorFieldTypes(ctor: CtorInfo, t: Type): Type[] {
  const h = resolveHead(t);
  if (h.k !== 'con' || h.decl.params.length === 0) return ctor.fields.map((f) => f.type);
  const subst = new Map(h.decl.params.map((p, i) => [p, h.args[i]!] as const));
  return ctor.fields.map((f) => substitute(f.type, subst));
}

// ---- calls -----------------------------------------------------------------

export function checkCall(cx: Ctx, e: A.Call, expected: Type | undefined): Type {
  const callee = e.callee;
  if (callee.kind === 'Ident') {
    if (callee.pkg) {
      const v = packageValue(cx, callee);
      if (v.k === 'fn') return callNamed(cx, e, { k: 'fn', fn: v }, v.scheme, e.args, undefined, expected);
      return callValue(cx, e, expected);
    }
    const local = cx.lookupLocal(callee.name);
    if (local?.fn) {
      cx.t.names.set(callee, { k: 'local', v: local });
      return callNamed(cx, e, { k: 'localfn', v: local }, local.fn.scheme, e.args, undefined, expected);
    }
    if (!local) {
      const v = cx.env.value(callee.name);
      if (!v) cx.unknownName(callee.name, callee.span, 'function');
      if (v.k === 'fn') {
        cx.t.names.set(callee, { k: 'global', v });
        return callNamed(cx, e, { k: 'fn', fn: v }, v.scheme, e.args, undefined, expected);
      }
    }
    return callValue(cx, e, expected);
  }
  if (callee.kind === 'Constructor') {
    if (callee.typeName && /^[a-z_]/.test(callee.name)) {
      const r = staticCallee(cx, callee, expected);
      if (r.kind === 'method') return callNamed(cx, e, { k: 'method', m: r.m }, r.m.scheme, e.args, undefined, expected);
      return callTrait(cx, e, r.trait, r.method, r.self, e.args, undefined, expected);
    }
    if (visibleCtors(cx, callee.name, callee.pkg, expected).length === 0) {
      const m = typeConstructor(cx, callee);
      if (m) return callNamed(cx, e, { k: 'method', m }, m.scheme, e.args, undefined, expected);
    }
    return callCtor(cx, e, callee, expected);
  }
  return callValue(cx, e, expected);
}

type StaticCallee =
  | { kind: 'method'; m: MethodInfo }
  | { kind: 'trait'; trait: TraitDecl; method: TraitMethod; self: Type };

/** `Type::f`, `@pkg.Type::f`, `Trait::f`, `&Trait::f`. */
function staticCallee(cx: Ctx, e: A.Constructor, expected: Type | undefined): StaticCallee {
  const scope = typeScope(cx);
  const typeName = e.typeName!;
  const pkgPrefix = e.pkg ? `@${e.pkg}.` : '';
  const traitKey = pkgPrefix + typeName;
  const trait = !e.traitObject && cx.env.traits.get(traitKey);
  const named = e.traitObject ? dynOwner(cx.env, lookupTrait(scope, typeName, e.pkg, e.span)) : cx.env.types.get(traitKey) ?? (cx.tparams.has(typeName) ? undefined : null);
  // `@test.T::new(..)`: an alias's methods are its target's.
  const typeDecl = named?.shape.k === 'alias' ? headDecl(named.shape.target) : named;
  if (typeDecl) {
    const m = cx.env.method(typeDecl, e.name);
    if (m) {
      cx.useOrigin(m.origin, e.span);
      return { kind: 'method', m };
    }
    const self = instantiateDecl(typeDecl);
    const ts = traitsWithMethod(cx, self, e.name, true);
    if (ts.length === 1) return { kind: 'trait', trait: ts[0]!.trait, method: ts[0]!.method, self };
    const names = cx.env.methodNames(typeDecl);
    return cx.error(`type \`${typeName}\` has no method \`${e.name}\`${didYouMean(e.name, names)}`, e.span);
  }
  if (trait) {
    const method = trait.methods.get(e.name);
    if (!method) cx.error(`trait \`${typeName}\` has no method \`${e.name}\`${didYouMean(e.name, trait.methods.keys())}`, e.span);
    return { kind: 'trait', trait, method, self: freshVar() };
  }
  const p = cx.tparams.get(typeName);
  if (p) {
    const self: Type = { k: 'param', param: p };
    const ts = traitsWithMethod(cx, self, e.name);
    if (ts.length === 1) return { kind: 'trait', trait: ts[0]!.trait, method: ts[0]!.method, self };
    return cx.error(`type parameter \`${typeName}\` has no method \`${e.name}\` from its bounds`, e.span);
  }
  lookupTypeDecl(scope, typeName, e.pkg, e.span);
  return cx.error(`unknown type or trait \`${typeName}\``, e.span);
}

/** A call of a function-typed value: positional arguments only. */
function callValue(cx: Ctx, e: A.Call, expected: Type | undefined): Type {
  if (e.callee.kind === 'Closure' && e.args.every((a) => a.kind === 'PositionalArg' && a.value.kind !== 'Placeholder')) {
    // `x |> v => body` and `(fn(v) { body })(x)`: the closure's parameters take the arguments' types.
    const argTypes = e.args.map((a) => check(cx, a.value));
    check(cx, e.callee, fnType(argTypes, expected ?? freshVar(), { k: 'poly' }));
  }
  const t = resolveHead(cx.t.types.get(e.callee) ?? check(cx, e.callee));
  if (t.k === 'var') {
    // A variable whose type is not known yet: it must be a function of these arguments.
    const params = e.args.map(() => freshVar());
    const result = freshVar();
    unify(t, fnType(params, result));
    return callValue(cx, e, expected);
  }
  if (t.k !== 'fn') return cx.error(`this has type ${showType(t)}, which is not a function`, e.callee.span);
  for (const a of e.args) if (a.kind === 'LabeledArg') cx.error(`a function value takes no labeled arguments (\`${a.label}\`)`, a.labelSpan);
  if (e.args.length !== t.params.length) {
    cx.error(`this function takes ${t.params.length} argument${t.params.length === 1 ? '' : 's'}, but ${e.args.length} ${e.args.length === 1 ? 'is' : 'are'} given`, e.span);
  }
  const params: ParamInfo[] = t.params.map((type, i) => ({ name: `_${i}`, kind: 'positional', type }));
  return applyArgs(cx, e, { k: 'value' }, { params, result: t.result, effect: t.effect, async: t.async, inst: { bounded: [] }, subst: new Map() }, e.args, undefined, expected);
}

/** A call of a named function, local function or method. */
function callNamed(
  cx: Ctx, node: A.Expr, callee: { k: 'fn'; fn: FnValue } | { k: 'localfn'; v: import('./typed.ts').LocalVar } | { k: 'method'; m: MethodInfo },
  scheme: FnScheme, args: readonly A.Arg[], receiver: A.Expr | undefined, expected: Type | undefined,
): Type {
  if (callee.k === 'fn') noteUse(cx, callee.fn.origin, node.span);
  const inst = instantiate(cx, scheme, node.span);
  const full: Callee = callee.k === 'fn' ? { k: 'fn', fn: callee.fn, inst: inst.inst }
    : callee.k === 'method' ? { k: 'method', m: callee.m, inst: inst.inst }
      : { k: 'localfn', v: callee.v };
  return applyArgs(cx, node, full, inst, args, receiver, expected);
}

function callTrait(
  cx: Ctx, node: A.Expr, trait: TraitDecl, method: TraitMethod, self: Type,
  args: readonly A.Arg[], receiver: A.Expr | undefined, expected: Type | undefined,
): Type {
  const own = new Map<TypeParamInfo, Type>();
  for (const p of method.sig.tparams) own.set(p, freshVar());
  const sub = traitMethodSubst(method, self, own);
  const inst: Instance = {
    params: method.sig.params.map((p) => ({ ...p, type: sub(p.type) })),
    result: sub(method.sig.result),
    effect: substituteEffect(method.sig.effect, new Map([[method.self, self], ...own])),
    async: method.sig.async,
    inst: { bounded: [] },
    subst: own,
  };
  require(cx, self, trait, node.span);
  return applyArgs(cx, node, { k: 'trait', trait, method: method.name, self }, inst, args, receiver, expected);
}

function callCtor(cx: Ctx, e: A.Call, callee: A.Constructor, expected: Type | undefined): Type {
  const ctor = findCtor(cx, callee, expected);
  const t = instantiateDecl(ctor.owner);
  if (expected) unify(t, expected);
  const fieldTypes = ctorFieldTypes(ctor, t);
  if (fieldTypes.length === 0) cx.error(`constructor \`${ctor.name}\` takes no arguments`, e.span);
  const params: ParamInfo[] = ctor.fields.map((f, i) => ({
    name: f.label ?? `_${i}`,
    kind: f.label ? 'labeled' : 'positional',
    type: fieldTypes[i]!,
  }));
  cx.t.ctors.set(callee, { ctor, type: t });
  applyArgs(cx, e, { k: 'ctor', ctor, type: t }, { params, result: t, effect: NO_RAISE, async: false, inst: { bounded: [] }, subst: new Map() }, e.args, undefined, expected);
  return t;
}

// ---- method calls ----------------------------------------------------------

type Resolved =
  | { kind: 'method'; m: MethodInfo }
  | { kind: 'trait'; trait: TraitDecl; method: TraitMethod };

/** The method `name` of values of type `t`: the type's own, else a trait's it implements. */
export function resolveMethod(cx: Ctx, t: Type, name: string, span: A.Span): Resolved {
  const h = resolveHead(t);
  if (h.k === 'con') {
    const m = cx.env.method(h.decl, name);
    if (m && m.hasSelf) {
      cx.useOrigin(m.origin, span);
      return { kind: 'method', m };
    }
  }
  if (h.k === 'dyn') {
    const m = cx.env.method(dynOwner(cx.env, h.trait), name);
    if (m) return { kind: 'method', m };
  }
  // A doc's trait implemented for another package's type gives no dot methods (moon: "Int has no method"); `Trait::m(x)` and bounds still reach it.
  const ts = traitsWithMethod(cx, h, name).filter((x) => !(h.k === 'con' && !h.decl.local && x.trait.local));
  if (ts.length === 1) return { kind: 'trait', trait: ts[0]!.trait, method: ts[0]!.method };
  if (ts.length > 1) {
    cx.error(`method \`${name}\` of type ${showType(h)} is ambiguous: it comes from traits ${ts.map((x) => x.trait.name).join(' and ')}`, span);
  }
  const names = h.k === 'con' ? cx.env.methodNames(h.decl) : [];
  return cx.error(`type ${showType(h)} has no method \`${name}\`${didYouMean(name, names)}`, span);
}

export function checkMethodCall(cx: Ctx, e: A.MethodCall, expected: Type | undefined): Type {
  const recv = knownType(cx, e.receiver, `call \`.${e.method}()\` on it`);
  return methodApply(cx, e, recv, e.method, e.methodSpan, e.args, e.receiver, expected);
}

function methodApply(
  cx: Ctx, node: A.Expr, recv: Type, name: string, nameSpan: A.Span,
  args: readonly A.Arg[], receiver: A.Expr, expected: Type | undefined,
): Type {
  const r = resolveMethod(cx, recv, name, nameSpan);
  if (r.kind === 'method') return callNamed(cx, node, { k: 'method', m: r.m }, r.m.scheme, args, receiver, expected);
  return callTrait(cx, node, r.trait, r.method, recv, args, receiver, expected);
}

/** `x..m(args)`: the method's value is dropped, the cascade's value is `x`. */
export function checkCascade(cx: Ctx, e: A.Cascade): Type {
  const recv = knownType(cx, e.receiver, `call \`..${e.method}()\` on it`);
  methodApply(cx, e, recv, e.method, e.methodSpan, e.args, e.receiver, undefined);
  return recv;
}

/** `x |> f(y)` is `f(x, y)`; `x |> f` is `f(x)`; `x |> v => body` applies the closure. */
export function checkPipe(cx: Ctx, e: A.Binary, expected: Type | undefined): Type {
  const right = e.right;
  const synthetic = (callee: A.Expr, args: A.Arg[]): A.Call => ({ kind: 'Call', callee, args, span: e.span });
  if (right.kind === 'Call') {
    const call = synthetic(right.callee, [{ kind: 'PositionalArg', value: e.left, span: e.left.span }, ...right.args]);
    cx.t.pipes.set(e, call);
    return checkCall(cx, call, expected);
  }
  if (right.kind === 'Ident' || right.kind === 'Constructor' || right.kind === 'Closure' || right.kind === 'Field') {
    const call = synthetic(right, [{ kind: 'PositionalArg', value: e.left, span: e.left.span }]);
    cx.t.pipes.set(e, call);
    return checkCall(cx, call, expected);
  }
  return cx.error('the right side of `|>` must be a function or a call', right.span);
}

// ---- arguments -------------------------------------------------------------

/** Expected types a value usually reaches by an implicit conversion rather than as itself. */
function convertsTo(t: Type): boolean {
  const h = resolveHead(t);
  if (h.k === 'dyn') return true;
  const n = coreName(h);
  return n === 'StringView' || n === 'ArrayView' || n === 'BytesView' || (h.k === 'con' && h.decl.isError && !h.decl.pkg && h.decl.name === 'Error');
}

function isDeferred(e: A.Expr): boolean {
  return e.kind === 'Closure';
}

/**
 * Matches arguments to parameters, checks them against the parameter
 * types (closures last, so their parameter types are known), decides
 * whether the call raises, and records the call.
 */
function applyArgs(
  cx: Ctx, node: A.Expr, callee: Callee, inst: Instance,
  args: readonly A.Arg[], receiver: A.Expr | undefined, expected: Type | undefined,
): Type {
  const params = inst.params;
  const slots: (ArgSlot | undefined)[] = new Array(params.length).fill(undefined);
  const positional = params.map((p, i) => [p, i] as const).filter(([p]) => p.kind === 'positional');
  let next = 0;
  const holes: Type[] = [];
  const toCheck: { expr: A.Expr; type: Type; index: number; option: boolean }[] = [];
  if (receiver) {
    const first = positional[next++];
    if (!first) cx.error('this method takes no `self`', receiver.span);
    slots[first[1]] = { k: 'receiver', expr: receiver };
    const m = unify(cx.t.typeOf(receiver), first[0].type);
    if (m) fit(cx, receiver, cx.t.typeOf(receiver), first[0].type);
  }
  for (const a of args) {
    if (a.kind === 'PositionalArg') {
      const target = positional[next++];
      if (!target) {
        const n = positional.length - (receiver ? 1 : 0);
        cx.error(`too many arguments: this takes ${n} positional argument${n === 1 ? '' : 's'}`, a.span);
      }
      const [p, i] = target;
      if (a.value.kind === 'Placeholder') {
        slots[i] = { k: 'hole', index: holes.length };
        holes.push(p.type);
        cx.t.types.set(a.value, p.type);
        continue;
      }
      slots[i] = { k: 'expr', expr: a.value };
      toCheck.push({ expr: a.value, type: p.type, index: i, option: false });
      continue;
    }
    const i = params.findIndex((p) => p.kind !== 'positional' && p.name === a.label);
    if (i < 0) {
      const labels = params.filter((p) => p.kind !== 'positional').map((p) => p.name);
      cx.error(`no parameter is labeled \`${a.label}\`${didYouMean(a.label, labels)}`, a.labelSpan);
    }
    if (slots[i]) cx.error(`argument \`${a.label}\` is given twice`, a.labelSpan);
    const p = params[i]!;
    if (a.optional) {
      if (p.kind !== 'optional' && p.kind !== 'defaulted') cx.error(`\`${a.label}?=\` passes an Option, but \`${a.label}\` is not an optional parameter`, a.labelSpan);
      slots[i] = { k: 'option', expr: a.value };
      toCheck.push({ expr: a.value, type: cx.type('Option', p.type), index: i, option: true });
    } else {
      slots[i] = { k: 'expr', expr: a.value };
      toCheck.push({ expr: a.value, type: p.type, index: i, option: false });
    }
  }
  params.forEach((p, i) => {
    if (slots[i]) return;
    switch (p.kind) {
      case 'positional': {
        const given = positional.filter(([, j]) => slots[j]).length - (receiver ? 1 : 0);
        const n = positional.length - (receiver ? 1 : 0);
        cx.error(`missing argument: this takes ${n} positional argument${n === 1 ? '' : 's'}, but ${given} ${given === 1 ? 'is' : 'are'} given`, node.span);
      }
      // eslint-disable-next-line no-fallthrough
      case 'labeled':
        cx.error(`missing argument \`${p.name}~\``, node.span);
      // eslint-disable-next-line no-fallthrough
      case 'optional':
        slots[i] = { k: 'none' };
        return;
      case 'defaulted':
        slots[i] = { k: 'default' };
        return;
      case 'autofill':
        slots[i] = { k: 'autofill', what: coreName(p.type) === 'ArgsLoc' ? 'ArgsLoc' : 'SourceLoc', span: node.span };
        return;
    }
  });
  // The result type first helps closures: `let x : Array[Int64] = xs.map(f)`. Not where
  // the value will be converted instead (`inspect(f(x))` wants a `&Show`, a view wants its owner).
  if (expected && holes.length === 0 && !convertsTo(expected)) unify(inst.result, expected);
  for (const pass of [false, true]) {
    for (const c of toCheck) if (isDeferred(c.expr) === pass) check(cx, c.expr, c.type);
  }
  // Whether the call raises.
  let raises: Type | undefined;
  const effect = pruneEffect(inst.effect);
  if (effect.k === 'raise') raises = effect.error;
  else if (effect.k === 'poly') {
    const errors: Type[] = [];
    for (const c of toCheck) {
      const t = prune(cx.t.typeOf(c.expr));
      const pt = prune(params[c.index]!.type);
      if (t.k === 'fn' && pt.k === 'fn' && pruneEffect(pt.effect).k === 'poly') {
        const fe = pruneEffect(t.effect);
        if (fe.k === 'raise') errors.push(fe.error);
      }
    }
    if (errors.length) raises = joinErrors(cx, errors);
  }
  if (inst.async) {
    const frame = cx.fns[cx.fns.length - 1];
    if (!frame?.async) cx.error('an `async` function can only be called from `async` code (an `async fn` or `async test`)', node.span);
  }
  cx.t.calls.set(node, { callee, args: slots as ArgSlot[], raises, awaited: inst.async });
  if (holes.length) {
    return fnType(holes, inst.result, raises ? { k: 'raise', error: raises } : NO_RAISE);
  }
  if (raises) raiseError(cx, raises, node.span);
  return inst.result;
}

export { con };
