// Trait resolution: does a type implement a trait, which trait supplies a
// method a value is called with, and the obligations that wait until a
// type is known.

import type * as A from '../syntax/ast.ts';
import type { Ctx } from './context.ts';
import { prune, resolveHead, showType, substitute, type TraitDecl, type TraitMethod, type Type, type TypeParamInfo } from './types.ts';

export type Verdict = 'yes' | 'no' | 'unknown';

/** Whether `trait` is `t` or one of its supertraits, transitively. */
export function extendsTrait(t: TraitDecl, trait: TraitDecl): boolean {
  return t === trait || t.supers.some((s) => extendsTrait(s, trait));
}

export function implementsTrait(cx: Ctx, type: Type, trait: TraitDecl): Verdict {
  const t = resolveHead(type);
  // `E : Error` bounds an error type: every suberror (and Error itself) satisfies it.
  if (trait.name === 'Error' && !trait.local && !trait.pkg) {
    if (t.k === 'var') return 'unknown';
    if (t.k === 'param') return t.param.bounds.some((b) => extendsTrait(b, trait)) ? 'yes' : 'no';
    return t.k === 'con' && t.decl.isError ? 'yes' : 'no';
  }
  switch (t.k) {
    case 'var':
      return 'unknown';
    case 'param':
      return t.param.bounds.some((b) => extendsTrait(b, trait)) ? 'yes' : 'no';
    case 'dyn':
      return extendsTrait(t.trait, trait) ? 'yes' : 'no';
    case 'fn':
      return 'no';
    case 'tuple': {
      // The table's `impl[A : Show, B : Show] Show for (A, B)`, one per arity.
      const decl = cx.env.types.get(`(${t.elems.length})`);
      const impl = decl && cx.env.impl(trait, decl);
      if (!impl || impl.forType.k !== 'tuple') return 'no';
      const pattern = impl.forType;
      const verdicts: Verdict[] = [];
      pattern.elems.forEach((arg, i) => {
        const a = prune(arg);
        if (a.k === 'param') for (const bound of a.param.bounds) verdicts.push(implementsTrait(cx, t.elems[i]!, bound));
      });
      return all(verdicts);
    }
    case 'con': {
      const impl = cx.env.impl(trait, t.decl);
      if (!impl) return 'no';
      // The impl's own bounds, on the arguments its type pattern binds.
      const verdicts: Verdict[] = [];
      const pattern = impl.forType;
      if (pattern.k === 'con') {
        pattern.args.forEach((arg, i) => {
          const a = prune(arg);
          if (a.k !== 'param') return;
          for (const bound of a.param.bounds) verdicts.push(implementsTrait(cx, t.args[i]!, bound));
        });
      }
      return all(verdicts);
    }
  }
}

function all(vs: Verdict[]): Verdict {
  if (vs.includes('no')) return 'no';
  if (vs.includes('unknown')) return 'unknown';
  return 'yes';
}

/** Requires `type : trait` now, or once `type` is known. */
export function require(cx: Ctx, type: Type, trait: TraitDecl, span: A.Span): void {
  const v = implementsTrait(cx, type, trait);
  if (v === 'no') notImplemented(cx, type, trait, span);
  if (v === 'unknown') cx.obligations.push({ type, trait, span });
}

export function notImplemented(cx: Ctx, type: Type, trait: TraitDecl, span: A.Span): never {
  cx.error(`type ${showType(type)} does not implement trait ${trait.pkg ? `@${trait.pkg}.` : ''}${trait.name}`, span);
}

/** Checks the obligations left; a type still unknown defaults to Unit, as MoonBit's does. */
export function settleObligations(cx: Ctx, defaultUnit: (t: Type) => void): void {
  while (cx.obligations.length) {
    const o = cx.obligations.shift()!;
    let v = implementsTrait(cx, o.type, o.trait);
    if (v === 'unknown') {
      defaultUnit(o.type);
      v = implementsTrait(cx, o.type, o.trait);
    }
    if (v !== 'yes') notImplemented(cx, o.type, o.trait, o.span);
  }
}

/** Traits that have a method called `name` and that `type` implements (or might). */
/**
 * The traits whose method `name` values of `type` have. `unresolved` also
 * takes impls that hold depending on type arguments not known yet
 * (`Gen::default()` before `Gen[Int]` is known); the call requires them later.
 */
export function traitsWithMethod(cx: Ctx, type: Type, name: string, unresolved = false): { trait: TraitDecl; method: TraitMethod }[] {
  const t = resolveHead(type);
  const candidates: TraitDecl[] = [];
  if (t.k === 'param') {
    const seen = new Set<TraitDecl>();
    const visit = (tr: TraitDecl): void => {
      if (seen.has(tr)) return;
      seen.add(tr);
      candidates.push(tr);
      tr.supers.forEach(visit);
    };
    t.param.bounds.forEach(visit);
  } else if (t.k === 'dyn') {
    const visit = (tr: TraitDecl): void => {
      candidates.push(tr);
      tr.supers.forEach(visit);
    };
    visit(t.trait);
  } else {
    for (const key of cx.env.traits.keys()) {
      const tr = cx.env.traits.get(key)!;
      if (!tr.private) candidates.push(tr);
    }
  }
  const out: { trait: TraitDecl; method: TraitMethod }[] = [];
  for (const trait of new Set(candidates)) {
    const method = trait.methods.get(name);
    if (!method) continue;
    const holds = t.k === 'param' || t.k === 'dyn' ? 'yes' : implementsTrait(cx, t, trait);
    if (holds === 'yes' || (unresolved && holds === 'unknown')) out.push({ trait, method });
  }
  return out;
}

/** A trait method's parameter and result types with `Self` and its own parameters substituted. */
export function traitMethodSubst(method: TraitMethod, self: Type, own: ReadonlyMap<TypeParamInfo, Type>): (t: Type) => Type {
  const subst = new Map(own);
  subst.set(method.self, self);
  return (t) => substitute(t, subst);
}
