// `derive(...)`: which traits a doc type may derive, and the impls they
// give. A generic type's derived impl requires the trait of each type
// parameter (`derive(Show)` on `Box[T]` is `impl[T : Show] Show for Box[T]`),
// and every field must implement it.

import { CheckError } from './diagnostics.ts';
import { lookupTrait, typeParam, type DeclareOptions } from './declare.ts';
import type { Env } from './env.ts';
import { showType, substitute, type TraitDecl, type Type, type TypeDecl, type TypeParamInfo } from './types.ts';

/** Traits `derive` can produce, by the name a doc writes. */
export const DERIVABLE = new Set(['Show', 'Debug', 'Eq', 'Compare', 'Hash', 'Default', 'ToJson', 'FromJson']);

/** Declares the impls `derive(...)` gives (checked by `checkDerived` once every type's are declared). */
export function deriveImpls(env: Env, decl: TypeDecl, opts: DeclareOptions): void {
  const span = decl.span!;
  for (const name of decl.derives) {
    if (!DERIVABLE.has(name)) throw new CheckError(`\`${name}\` cannot be derived (derivable: ${[...DERIVABLE].join(', ')})`, span);
    const trait = lookupTrait({ env, tparams: new Map() }, name, undefined, span);
    const tparams: TypeParamInfo[] = decl.params.map((p) => typeParam(p.name, [trait]));
    const forType: Type = { k: 'con', decl, args: tparams.map((p) => ({ k: 'param', param: p })) };
    const methods = new Set(trait.methods.keys());
    env.addImpl({ trait, owner: decl, tparams, forType, methods, origin: opts.origin(span, `derive ${name} for ${decl.runtime}`) });
  }
}

/** Every field of a type deriving a trait implements it (a field's type may be declared after the type). */
export function checkDerived(env: Env, decl: TypeDecl): void {
  const span = decl.span!;
  for (const name of decl.derives) {
    const trait = lookupTrait({ env, tparams: new Map() }, name, undefined, span);
    const impl = env.impl(trait, decl)!;
    const subst = new Map<TypeParamInfo, Type>(decl.params.map((p, i) => [p, { k: 'param', param: impl.tparams[i]! }]));
    for (const t of fieldTypes(decl)) checkField(env, decl, trait, substitute(t, subst), span);
    if (name === 'Default' && decl.shape.k === 'enum') {
      // The default is the one constructor without fields; moon refuses none and several (E4078).
      const constant = decl.shape.ctors.filter((c) => c.fields.length === 0);
      if (constant.length === 0) throw new CheckError(`cannot derive Default for enum ${decl.name}: it has no constructor without fields`, span);
      if (constant.length > 1) {
        throw new CheckError(`cannot derive Default for enum ${decl.name}: ${constant[0]!.name} and ${constant[1]!.name} are both candidates as default constructor`, span);
      }
    }
  }
}

function fieldTypes(decl: TypeDecl): Type[] {
  switch (decl.shape.k) {
    case 'struct':
      return decl.shape.fields.map((f) => f.type);
    case 'enum':
      return decl.shape.ctors.flatMap((c) => c.fields.map((f) => f.type));
    default:
      return [];
  }
}

import { implementsTrait } from './traits.ts';
import { Ctx } from './context.ts';
import { TypedTables } from './typed.ts';

function checkField(env: Env, decl: TypeDecl, trait: TraitDecl, t: Type, span: NonNullable<TypeDecl['span']>): void {
  // A throwaway context: deriving only asks the environment.
  const cx = new Ctx(env, new TypedTables(), { next: 0 }, new Map());
  if (implementsTrait(cx, t, trait) === 'no') {
    throw new CheckError(`cannot derive ${trait.name} for ${decl.name}: a field of type ${showType(t)} does not implement ${trait.name}`, span);
  }
}
