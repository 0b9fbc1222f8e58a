// MoonBit types as the checker sees them, and unification.
//
// A type constructor is identified by its declaration object (`TypeDecl`),
// not by its name: a doc may declare a type whose name a core package also
// uses, and the two must never be confused. Unification variables are
// mutable cells (`ref`), bound at most once; `prune` follows the chain.

import type { Span } from '../syntax/ast.ts';

export type Type = TCon | TTuple | TFn | TVar | TParam | TDyn;

/** `Int`, `Array[T]`, `Map[String, Int]`, a doc's `struct Point`. */
export interface TCon {
  readonly k: 'con';
  readonly decl: TypeDecl;
  readonly args: readonly Type[];
}
/** `(A, B)`, at least two elements; `()` is `Unit`. */
export interface TTuple {
  readonly k: 'tuple';
  readonly elems: readonly Type[];
}
/** A first-class function type: positional parameters only. */
export interface TFn {
  readonly k: 'fn';
  readonly params: readonly Type[];
  readonly result: Type;
  readonly effect: Effect;
  readonly async: boolean;
}
/** A unification variable. `level` is unused for now (no generalization). */
export interface TVar {
  readonly k: 'var';
  readonly id: number;
  ref: Type | undefined;
}
/** A rigid type parameter of a generic declaration (`T` in `fn[T : Show]`). */
export interface TParam {
  readonly k: 'param';
  readonly param: TypeParamInfo;
}
/** A trait object `&Show`. */
export interface TDyn {
  readonly k: 'dyn';
  readonly trait: TraitDecl;
}

/**
 * What a function may raise: nothing, a given error type (`raise E`,
 * `raise` is `raise Error`), or `raise?`, which raises exactly when a
 * function-typed argument does. A variable stands for an effect not known
 * yet (a closure's, inferred from its body).
 */
export type Effect =
  | { readonly k: 'none' }
  | { readonly k: 'raise'; readonly error: Type }
  | { readonly k: 'poly' }
  | EffectVar;
export interface EffectVar {
  readonly k: 'evar';
  readonly id: number;
  ref: Effect | undefined;
}

export const NO_RAISE: Effect = { k: 'none' };
export const POLY_RAISE: Effect = { k: 'poly' };

export interface TypeParamInfo {
  readonly name: string;
  readonly id: number;
  /** Trait bounds (`T : Show + Eq`). */
  bounds: TraitDecl[];
}

/** How values of a type are built; decides construction, patterns and derives. */
export type TypeShape =
  | { readonly k: 'abstract' }
  | { readonly k: 'struct'; readonly fields: FieldInfo[]; readonly tuple: boolean }
  | { readonly k: 'enum'; readonly ctors: CtorInfo[] }
  | { readonly k: 'alias'; readonly target: Type };

export interface FieldInfo {
  readonly name: string;
  readonly type: Type;
  readonly mutable: boolean;
  /** JavaScript property name in the runtime representation. */
  readonly js: string;
}

export interface CtorInfo {
  readonly name: string;
  /** Position within the enum, for Compare and for the runtime tag. */
  readonly index: number;
  readonly fields: CtorField[];
  readonly owner: TypeDecl;
  readonly span?: Span;
}
export interface CtorField {
  readonly label?: string;
  readonly type: Type;
  readonly mutable: boolean;
}

export interface TypeDecl {
  readonly name: string;
  /** Package alias without `@` (`json` for `@json.ParseError`); undefined for builtin and doc types. */
  readonly pkg?: string;
  readonly params: TypeParamInfo[];
  shape: TypeShape;
  /** `suberror` types: their values are errors. */
  readonly isError: boolean;
  /** Declared by the doc (not by the core library or the binding). */
  readonly local: boolean;
  readonly span?: Span;
  /** Traits named in `derive(...)`. */
  derives: string[];
  /** Runtime descriptor name (emitter). */
  readonly runtime: string;
  /** A core `pub` (read-only) enum or struct: matched anywhere, built only in its own package. */
  readonly readOnly?: boolean;
}

export interface TraitDecl {
  readonly name: string;
  readonly pkg?: string;
  /** The prefix of its methods' keys in descriptors: the name the prelude knows it by, `@pkg.Name` otherwise, `Name$doc` for a doc's. */
  runtime: string;
  readonly supers: TraitDecl[];
  readonly methods: Map<string, TraitMethod>;
  readonly local: boolean;
  readonly span?: Span;
  /** A core package's trait it does not export (`trait Leb128` of @buffer): its methods are not a doc's to call. */
  readonly private?: boolean;
}
export interface TraitMethod {
  readonly name: string;
  /** The method's type with `Self` as the trait's own parameter. */
  readonly self: TypeParamInfo;
  readonly sig: FnScheme;
  readonly hasDefault: boolean;
}

/** A parameter of a named function: positional, `label~`, `label?` or `label? = d`. */
export interface ParamInfo {
  readonly name: string;
  readonly kind: 'positional' | 'labeled' | 'optional' | 'defaulted' | 'autofill';
  readonly type: Type;
}

/** A named function's signature, generic over `tparams`. */
export interface FnScheme {
  readonly tparams: readonly TypeParamInfo[];
  readonly params: readonly ParamInfo[];
  readonly result: Type;
  readonly effect: Effect;
  readonly async: boolean;
}

// ---- constructors --------------------------------------------------------

let nextVar = 0;
export function freshVar(): TVar {
  return { k: 'var', id: ++nextVar, ref: undefined };
}
export function freshEffect(): EffectVar {
  return { k: 'evar', id: ++nextVar, ref: undefined };
}
export function con(decl: TypeDecl, ...args: Type[]): TCon {
  return { k: 'con', decl, args };
}
export function tuple(elems: Type[]): TTuple {
  return { k: 'tuple', elems };
}
export function fnType(params: Type[], result: Type, effect: Effect = NO_RAISE, async = false): TFn {
  return { k: 'fn', params, result, effect, async };
}

/** Follows bound variables to the type they stand for (path-compressing). */
export function prune(t: Type): Type {
  if (t.k !== 'var' || t.ref === undefined) return t;
  const r = prune(t.ref);
  t.ref = r;
  return r;
}
export function pruneEffect(e: Effect): Effect {
  if (e.k !== 'evar' || e.ref === undefined) return e;
  const r = pruneEffect(e.ref);
  e.ref = r;
  return r;
}

/** The type with every bound variable replaced by what it stands for. */
export function zonk(t: Type): Type {
  t = prune(t);
  switch (t.k) {
    case 'con':
      return t.args.length === 0 ? t : con(t.decl, ...t.args.map(zonk));
    case 'tuple':
      return tuple(t.elems.map(zonk));
    case 'fn':
      return fnType(t.params.map(zonk), zonk(t.result), zonkEffect(t.effect), t.async);
    default:
      return t;
  }
}
export function zonkEffect(e: Effect): Effect {
  e = pruneEffect(e);
  return e.k === 'raise' ? { k: 'raise', error: zonk(e.error) } : e;
}

/** Replaces type parameters by the types `subst` gives them. */
export function substitute(t: Type, subst: ReadonlyMap<TypeParamInfo, Type>): Type {
  if (subst.size === 0) return t;
  t = prune(t);
  switch (t.k) {
    case 'param':
      return subst.get(t.param) ?? t;
    case 'con':
      return t.args.length === 0 ? t : con(t.decl, ...t.args.map((a) => substitute(a, subst)));
    case 'tuple':
      return tuple(t.elems.map((a) => substitute(a, subst)));
    case 'fn':
      return fnType(
        t.params.map((a) => substitute(a, subst)),
        substitute(t.result, subst),
        substituteEffect(t.effect, subst),
        t.async,
      );
    default:
      return t;
  }
}
export function substituteEffect(e: Effect, subst: ReadonlyMap<TypeParamInfo, Type>): Effect {
  e = pruneEffect(e);
  return e.k === 'raise' ? { k: 'raise', error: substitute(e.error, subst) } : e;
}

/** Whether `t` still contains an unbound variable. */
export function hasVars(t: Type): boolean {
  t = prune(t);
  switch (t.k) {
    case 'var':
      return true;
    case 'con':
      return t.args.some(hasVars);
    case 'tuple':
      return t.elems.some(hasVars);
    case 'fn':
      return t.params.some(hasVars) || hasVars(t.result);
    default:
      return false;
  }
}

/** Whether `t` mentions a rigid type parameter. */
export function hasParams(t: Type): boolean {
  t = prune(t);
  switch (t.k) {
    case 'param':
      return true;
    case 'con':
      return t.args.some(hasParams);
    case 'tuple':
      return t.elems.some(hasParams);
    case 'fn':
      return t.params.some(hasParams) || hasParams(t.result);
    default:
      return false;
  }
}

// ---- unification ---------------------------------------------------------

/** Why two types do not unify: the outermost pair, as MoonBit reports it. */
export class Mismatch {
  constructor(readonly found: Type, readonly wanted: Type, readonly detail?: string) {}
}

function occurs(v: TVar, t: Type): boolean {
  t = prune(t);
  switch (t.k) {
    case 'var':
      return t === v;
    case 'con':
      return t.args.some((a) => occurs(v, a));
    case 'tuple':
      return t.elems.some((a) => occurs(v, a));
    case 'fn':
      return t.params.some((a) => occurs(v, a)) || occurs(v, t.result);
    default:
      return false;
  }
}

/**
 * Makes `found` and `wanted` equal, binding variables on either side, or
 * returns the mismatch (with every binding made so far undone, so that a
 * failed attempt leaves no trace).
 */
export function unify(found: Type, wanted: Type): Mismatch | undefined {
  const trail: (TVar | EffectVar)[] = [];
  const ok = unifyInner(found, wanted, trail);
  if (ok) return undefined;
  for (const v of trail) v.ref = undefined;
  return new Mismatch(zonk(found), zonk(wanted));
}

function bind(v: TVar, t: Type, trail: (TVar | EffectVar)[]): boolean {
  if (t.k === 'var' && t === v) return true;
  if (occurs(v, t)) return false;
  v.ref = t;
  trail.push(v);
  return true;
}

function unifyInner(a: Type, b: Type, trail: (TVar | EffectVar)[]): boolean {
  a = prune(a);
  b = prune(b);
  if (a === b) return true;
  if (a.k === 'var') return bind(a, b, trail);
  if (b.k === 'var') return bind(b, a, trail);
  // Aliases are transparent.
  if (a.k === 'con' && a.decl.shape.k === 'alias') return unifyInner(expandAlias(a), b, trail);
  if (b.k === 'con' && b.decl.shape.k === 'alias') return unifyInner(a, expandAlias(b), trail);
  switch (a.k) {
    case 'con':
      return b.k === 'con' && a.decl === b.decl && a.args.length === b.args.length
        && a.args.every((x, i) => unifyInner(x, b.args[i]!, trail));
    case 'tuple':
      return b.k === 'tuple' && a.elems.length === b.elems.length
        && a.elems.every((x, i) => unifyInner(x, b.elems[i]!, trail));
    case 'fn':
      return b.k === 'fn' && a.params.length === b.params.length
        && a.params.every((x, i) => unifyInner(x, b.params[i]!, trail))
        && unifyInner(a.result, b.result, trail)
        && unifyEffects(a.effect, b.effect, trail);
    case 'param':
      return b.k === 'param' && a.param === b.param;
    case 'dyn':
      return b.k === 'dyn' && a.trait === b.trait;
  }
}

/**
 * Effects of two function types agree when a variable can take the other's
 * effect; a known effect is compatible with any other known effect here,
 * because whether a raising function may be passed where a non-raising one
 * is wanted is decided by the checker (`effectFits`), which reports it in
 * MoonBit's words.
 */
function unifyEffects(a: Effect, b: Effect, trail: (TVar | EffectVar)[]): boolean {
  a = pruneEffect(a);
  b = pruneEffect(b);
  if (a === b) return true;
  if (a.k === 'evar') {
    a.ref = b;
    trail.push(a);
    return true;
  }
  if (b.k === 'evar') {
    b.ref = a;
    trail.push(b);
    return true;
  }
  if (a.k === 'raise' && b.k === 'raise') return unifyInner(a.error, b.error, trail) || true;
  return true;
}

export function expandAlias(t: TCon): Type {
  const shape = t.decl.shape;
  if (shape.k !== 'alias') return t;
  const subst = new Map<TypeParamInfo, Type>();
  t.decl.params.forEach((p, i) => subst.set(p, t.args[i] ?? freshVar()));
  return substitute(shape.target, subst);
}

/** The declaration at the head of a type, looking through aliases. */
export function headDecl(t: Type): TypeDecl | undefined {
  t = prune(t);
  if (t.k !== 'con') return undefined;
  if (t.decl.shape.k === 'alias') return headDecl(expandAlias(t));
  return t.decl;
}

/** The type with aliases at its head expanded. */
export function resolveHead(t: Type): Type {
  t = prune(t);
  while (t.k === 'con' && t.decl.shape.k === 'alias') t = prune(expandAlias(t));
  return t;
}

// ---- printing ------------------------------------------------------------

/** A type as MoonBit writes it (`Array[Int]`, `(Int, String) -> Bool raise`, `Int?`). */
export function showType(t: Type, names = new Map<TVar, string>()): string {
  t = prune(t);
  switch (t.k) {
    case 'var': {
      let n = names.get(t);
      if (!n) {
        n = `_/${names.size}`;
        names.set(t, n);
      }
      return '_';
    }
    case 'param':
      return t.param.name;
    case 'dyn':
      return `&${t.trait.pkg ? `@${t.trait.pkg}.` : ''}${t.trait.name}`;
    case 'tuple':
      return `(${t.elems.map((e) => showType(e, names)).join(', ')})`;
    case 'fn': {
      const effect = pruneEffect(t.effect);
      const raise = effect.k === 'raise'
        ? (isErrorTop(effect.error) ? ' raise' : ` raise ${showType(effect.error, names)}`)
        : effect.k === 'poly' ? ' raise?' : '';
      return `${t.async ? 'async ' : ''}(${t.params.map((p) => showType(p, names)).join(', ')}) -> ${showType(t.result, names)}${raise}`;
    }
    case 'con': {
      const name = t.decl.pkg ? `@${t.decl.pkg}.${t.decl.name}` : t.decl.name;
      if (t.decl.name === 'Option' && !t.decl.pkg && t.args.length === 1) {
        const inner = showType(t.args[0]!, names);
        return prune(t.args[0]!).k === 'fn' ? `(${inner})?` : `${inner}?`;
      }
      return t.args.length ? `${name}[${t.args.map((a) => showType(a, names)).join(', ')}]` : name;
    }
  }
}

function isErrorTop(t: Type): boolean {
  const p = prune(t);
  return p.k === 'con' && p.decl.name === 'Error' && !p.decl.pkg && !p.decl.local;
}

/** The `i`-th type argument of a constructed type (`T` of `Array[T]`). */
export function typeArg(t: Type, i: number): Type {
  const h = resolveHead(t);
  if (h.k !== 'con' || h.args[i] === undefined) throw new Error(`internal: ${showType(t)} has no type argument ${i}`);
  return h.args[i]!;
}
