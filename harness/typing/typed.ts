// What the checker decides about a syntax tree, for the emitter to lower.
//
// The tree itself is never modified: every decision is recorded in side
// tables keyed by node (as TypeScript's checker answers its emitter's
// questions). The emitter reads types and resolutions and never infers
// anything itself.

import type * as A from '../syntax/ast.ts';
import type { ConstValue, FnValue, MethodInfo } from './env.ts';
import type { CtorInfo, FieldInfo, TraitDecl, Type, TypeDecl, TypeParamInfo } from './types.ts';

/** Any syntax tree node: side tables are keyed by node identity. */
export type SyntaxNode = { readonly kind: string; readonly span: A.Span };

/** A local variable (a `let`, a parameter, a pattern binder, a local `fn`). */
export interface LocalVar {
  readonly name: string;
  readonly type: Type;
  readonly mutable: boolean;
  /** A local `fn` with its own signature (callable with labels). */
  readonly fn?: FnValue;
  /** The declaration site. */
  readonly span: A.Span;
  /** Unique per doc, for the emitter's naming. */
  readonly id: number;
  /** Assigned after its declaration (or captured mutably): the emitter keeps it a `let`. */
  assigned: boolean;
}

/** What a name in expression position refers to. */
export type NameRef =
  | { readonly k: 'local'; readonly v: LocalVar }
  | { readonly k: 'global'; readonly v: FnValue | ConstValue }
  /** A method used as a value: `Array::length`, `@json.parse` when it is a method. */
  | { readonly k: 'method'; readonly m: MethodInfo; readonly inst: Instantiation }
  /** A trait's method used as a value (`V::add` from `impl Add for V`): called through `self`'s descriptor. */
  | { readonly k: 'traitMethod'; readonly trait: TraitDecl; readonly method: string; readonly self: Type };

/**
 * How type parameters of a generic callee were instantiated at a use: the
 * types of its bounded parameters, whose descriptors the call passes.
 */
export interface Instantiation {
  readonly bounded: readonly { readonly param: TypeParamInfo; readonly type: Type }[];
}

/** One parameter of a call, in the callee's declaration order. */
export type ArgSlot =
  | { readonly k: 'expr'; readonly expr: A.Expr }
  /** `label?=opt`: an Option passed straight to an optional parameter. */
  | { readonly k: 'option'; readonly expr: A.Expr }
  /** Left out; the callee's default applies (`undefined` is passed). */
  | { readonly k: 'default' }
  /** Left out of a `x? : T` parameter without default: `None` is passed. */
  | { readonly k: 'none' }
  /** `loc~ : SourceLoc = _` and its kin, filled by the compiler. */
  | { readonly k: 'autofill'; readonly what: 'SourceLoc' | 'ArgsLoc'; readonly span: A.Span }
  /** The receiver of a method call, or the piped value of `x |> f(y)`. */
  | { readonly k: 'receiver'; readonly expr: A.Expr }
  /** A `_` hole in a partial application: the closure's parameter `index`. */
  | { readonly k: 'hole'; readonly index: number };

/** What a call (or a method call, operator, pipe) resolves to. */
export type Callee =
  | { readonly k: 'fn'; readonly fn: FnValue; readonly inst: Instantiation }
  | { readonly k: 'method'; readonly m: MethodInfo; readonly inst: Instantiation }
  /** A trait method through a type's descriptor (`x.to_string()`, `a == b` on a struct). */
  | { readonly k: 'trait'; readonly trait: TraitDecl; readonly method: string; readonly self: Type }
  /** A local function or a function-typed value: positional arguments only. */
  | { readonly k: 'value' }
  /** A local `fn` with labels. */
  | { readonly k: 'localfn'; readonly v: LocalVar }
  | { readonly k: 'ctor'; readonly ctor: CtorInfo; readonly type: Type }
  /** A primitive operation the emitter writes inline (`+` on Int). */
  | { readonly k: 'prim'; readonly op: string; readonly type: Type };

export interface CallInfo {
  readonly callee: Callee;
  /** Arguments in the callee's parameter order (for `value` callees: in order). */
  readonly args: readonly ArgSlot[];
  /** The call raises (its error type), decided after `raise?` callbacks were checked. */
  readonly raises: Type | undefined;
  /** `async` call: awaited. */
  readonly awaited: boolean;
}

export interface FieldRef {
  readonly field: FieldInfo;
  readonly owner: TypeDecl;
}

/** An implicit conversion MoonBit applies where a value meets its expected type. */
export type Coercion =
  /** `String` to `StringView`, `Array`/`FixedArray` to `ArrayView`, `Bytes` to `BytesView`. */
  | { readonly k: 'view'; readonly to: 'StringView' | 'ArrayView' | 'BytesView' }
  /** A value to the trait object `&Trait`: packed with its type's descriptor. */
  | { readonly k: 'dyn'; readonly trait: TraitDecl; readonly type: Type }
  /** A non-literal element of a Json literal: converted with its `ToJson`. */
  | { readonly k: 'tojson'; readonly type: Type };

/** Everything the checker recorded for one doc. */
export class TypedTables {
  /** The type of every expression and pattern. */
  readonly types = new Map<SyntaxNode, Type>();
  readonly names = new Map<SyntaxNode, NameRef>();
  readonly calls = new Map<SyntaxNode, CallInfo>();
  readonly fields = new Map<SyntaxNode, FieldRef>();
  /** Variables a pattern or `let` introduces, by binder node. */
  readonly binders = new Map<SyntaxNode, LocalVar>();
  readonly ctors = new Map<SyntaxNode, { ctor: CtorInfo; type: Type }>();
  readonly coercions = new Map<SyntaxNode, Coercion>();
  /** Generic functions used as values: how they were instantiated. */
  readonly instances = new Map<SyntaxNode, Instantiation>();
  /** The binders an `is` test introduces where it holds. */
  readonly isBinders = new Map<A.Is, Map<string, LocalVar>>();
  /** The loop variables of `for x in ...` / `for i, x in ...`. */
  readonly forBinders = new Map<A.ForIn, LocalVar[]>();
  /** A `for ... in` or `..spread` over a type that iterates by its `iter()`/`iter2()` method. */
  readonly iterMethods = new Map<A.Expr, { m: MethodInfo; inst: Instantiation }>();
  /** The error type a `try` catches. */
  readonly tryErrors = new Map<A.Try, Type>();
  /** The `..rest` binder of an array pattern. */
  readonly restBinders = new Map<A.ArrayPat, A.VarPat>();
  /** In an or-pattern, a later alternative's binder stands for the first's. */
  readonly orAliases = new Map<LocalVar, LocalVar>();
  /** Which field each argument of a constructor pattern matches. */
  readonly ctorArgs = new Map<A.ConstructorPat, { index: number; pattern: A.Pattern }[]>();
  readonly localFns = new Map<A.FnItem, LocalVar>();
  /** `x |> f(y)`: the call it stands for. */
  readonly pipes = new Map<A.Binary, A.Call>();
  /** Binders of top-level `let`s: module-level constants. */
  readonly globalBinders = new Map<LocalVar, string>();
  /** `x[i]`, `x[i] = v` that call a type's `_[_]` / `_[_]=_` method: the call they stand for. */
  readonly rewrites = new Map<SyntaxNode, A.MethodCall>();
  /** Empty braces read as an empty block (`{ }` holding only a comment). */
  readonly unitBraces = new Set<A.MapLit>();
  /** Struct literals and updates: the struct's declaration. */
  readonly records = new Map<SyntaxNode, TypeDecl>();

  typeOf(n: SyntaxNode): Type {
    const t = this.types.get(n);
    if (t === undefined) throw new Error(`internal: no type recorded for ${n.kind}`);
    return t;
  }
}
