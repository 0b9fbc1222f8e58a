// Function signatures as the translator uses them: for doc-defined functions,
// builtins and the binding's table alike.
import type { Expr } from '../syntax/ast.ts';
import { parseType } from '../syntax/index.ts';
import { fromTypeExpr, UNKNOWN, type Type } from './types.ts';
import type { FnSignature, Signature } from '../../binding/signatures.ts';

export interface ParamSig {
  name?: string;
  label: 'positional' | 'labeled' | 'optional';
  type: Type;
  /** Has a default value (the callee supplies it when the argument is left out). */
  hasDefault: boolean;
  /** The default's expression, for doc-defined functions. */
  defaultExpr?: Expr;
}

export interface FnSig {
  params: ParamSig[];
  result: Type;
  raises: boolean;
}

/** An entry of the binding's signature table (binding/signatures.ts). */
export type BindingEntry = Signature;

const typeCache = new Map<string, Type>();

/** Parses a type written as MoonBit source text, memoised. */
export function typeFromText(text: string): Type {
  let t = typeCache.get(text);
  if (!t) {
    try {
      t = fromTypeExpr(parseType(text));
    } catch {
      t = UNKNOWN;
    }
    typeCache.set(text, t);
  }
  return t;
}

export function bindingFnSig(entry: FnSignature): FnSig {
  return {
    params: entry.params.map((p) => ({
      name: p.name,
      label: p.label,
      type: typeFromText(p.type),
      hasDefault: p.default !== undefined || p.label === 'optional',
    })),
    result: typeFromText(entry.returns),
    raises: entry.raises,
  };
}
