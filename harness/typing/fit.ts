// Making a value fit the type its context expects: unification, then the
// implicit conversions MoonBit applies (views, trait objects, error
// upcasts), reported as MoonBit reports a mismatch.

import type * as A from '../syntax/ast.ts';
import type { Ctx } from './context.ts';
import { mismatchMessage } from './diagnostics.ts';
import { implementsTrait, notImplemented, require } from './traits.ts';
import type { SyntaxNode } from './typed.ts';
import { prune, pruneEffect, resolveHead, unify, type Effect, type Type } from './types.ts';

function headName(t: Type): string | undefined {
  const h = resolveHead(t);
  return h.k === 'con' && !h.decl.pkg && !h.decl.local ? h.decl.name : undefined;
}

export function isError(t: Type): boolean {
  const h = resolveHead(t);
  return h.k === 'con' && h.decl.isError;
}

/** The top error type `Error`. */
export function isErrorTop(t: Type): boolean {
  const h = resolveHead(t);
  return h.k === 'con' && h.decl.name === 'Error' && !h.decl.pkg && !h.decl.local;
}

/**
 * Makes `found` (the type of `node`) fit `expected`; records a conversion
 * when one applies. Returns the type the context sees.
 */
export function fit(cx: Ctx, node: SyntaxNode, found: Type, expected: Type, what?: string): Type {
  const m = unify(found, expected);
  if (!m) {
    checkEffects(cx, found, expected, node.span);
    return expected;
  }
  const e = resolveHead(expected);
  const f = resolveHead(found);
  if (e.k === 'con' && f.k === 'con') {
    const to = headName(e);
    const from = headName(f);
    const view = (target: 'StringView' | 'ArrayView' | 'BytesView', arg?: Type) => {
      if (arg && unify(arg, e.args[0]!)) return undefined;
      cx.t.coercions.set(node, { k: 'view', to: target });
      return expected;
    };
    if (to === 'StringView' && from === 'String') return view('StringView')!;
    if (to === 'BytesView' && from === 'Bytes') return view('BytesView')!;
    if (to === 'ArrayView' && (from === 'Array' || from === 'FixedArray' || from === 'MutArrayView' || from === 'ReadOnlyArray')) {
      const r = view('ArrayView', f.args[0]);
      if (r) return r;
    }
    if (isErrorTop(e) && f.decl.isError) return expected;
  }
  if (e.k === 'dyn') {
    const v = implementsTrait(cx, found, e.trait);
    if (v === 'no') notImplemented(cx, found, e.trait, node.span);
    if (v === 'unknown') require(cx, found, e.trait, node.span);
    cx.t.coercions.set(node, { k: 'dyn', trait: e.trait, type: found });
    return expected;
  }
  cx.error(mismatchMessage(m.found, m.wanted, what), node.span);
}

/** A function that raises may not go where one that does not is wanted. */
function checkEffects(cx: Ctx, found: Type, expected: Type, span: A.Span): void {
  const f = prune(found);
  const e = prune(expected);
  if (f.k !== 'fn' || e.k !== 'fn') return;
  if (raises(f.effect) && pruneEffect(e.effect).k === 'none') {
    cx.error('this function may raise an error, but the context expects a function that does not raise', span);
  }
}

function raises(e: Effect): boolean {
  const p = pruneEffect(e);
  return p.k === 'raise';
}
