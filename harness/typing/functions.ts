// Function bodies: parameters in scope (an optional parameter without a
// default is an Option inside), defaults, the result and the effect the
// body may have, for top-level functions, methods, impl methods and local
// functions alike.

import type * as A from '../syntax/ast.ts';
import type { Ctx, Sink } from './context.ts';
import { declareTypeParams, fnScheme, schemeFnType } from './declare.ts';
import type { FnValue } from './env.ts';
import { check, typeScope } from './expr.ts';
import { freshEffect, type FnScheme, type Type, type TypeParamInfo } from './types.ts';

/** A local `fn` is visible in its whole block; its scheme is known before the body is checked. */
export function declareLocalFn(cx: Ctx, fn: A.FnItem): void {
  const tparams = new Map(cx.tparams);
  const own = declareTypeParams({ ...typeScope(cx), tparams }, fn.typeParams, tparams);
  const scheme = fnScheme({ ...typeScope(cx), tparams, holes: true }, fn, own, false);
  const value: FnValue = { k: 'fn', name: fn.name, scheme, origin: { k: 'doc', block: -1, span: fn.nameSpan } };
  const v = cx.declare(fn.name, schemeFnType(scheme), false, fn.nameSpan, value);
  cx.t.localFns.set(fn, v);
}

/** Checks a local `fn`'s body against the scheme `declareLocalFn` gave it. */
export function checkFnBody(cx: Ctx, fn: A.FnItem): void {
  const v = cx.t.localFns.get(fn);
  if (!v?.fn) throw new Error('internal: local function was not declared');
  const scheme = v.fn.scheme;
  // A local function's effect, when not declared, is inferred from its body.
  const inferred = fn.raises === undefined && !fn.noraise;
  checkBody(cx, fn.params, fn.body, scheme, fn.name, fn.typeParams.length ? localTparams(scheme) : undefined, inferred);
}

function localTparams(s: FnScheme): Map<string, TypeParamInfo> {
  return new Map(s.tparams.map((p) => [p.name, p]));
}

/**
 * Checks a body with `params` bound as the scheme says. `inferEffect`: the
 * function's effect comes from its body (local functions without a
 * declared effect), and is written into the scheme's effect variable.
 */
export function checkBody(
  cx: Ctx, params: readonly (A.Param | A.SigParam)[], body: A.Block, scheme: FnScheme, name: string,
  tparams: Map<string, TypeParamInfo> | undefined, inferEffect = false, self?: Type,
): void {
  const savedT = cx.tparams;
  const savedSelf = cx.selfType;
  if (tparams) cx.tparams = new Map([...cx.tparams, ...tparams]);
  if (self) cx.selfType = self;
  const savedLoops = cx.loops;
  cx.loops = [];
  cx.push();
  try {
    params.forEach((p, i) => {
      const info = scheme.params[i]!;
      const t = info.kind === 'optional' ? cx.type('Option', info.type) : info.type;
      if (p.default && p.default.kind !== 'Placeholder') check(cx, p.default, info.type);
      const v = cx.declare(p.name ?? `_${i}`, t, false, p.span);
      cx.t.binders.set(p, v);
    });
    const effect = scheme.effect;
    let sink: Sink;
    if (inferEffect) {
      sink = { k: 'closure', effect: freshEffect(), errors: [], allowed: 'any' };
    } else {
      const declared = effect.k === 'none' ? 'none' : effect.k === 'poly' ? 'poly' : effect.k === 'raise' ? effect.error : 'none';
      sink = { k: 'fn', declared, name };
    }
    cx.fns.push({ result: scheme.result, async: scheme.async });
    try {
      cx.withSink(sink, () => check(cx, body, scheme.result));
    } finally {
      cx.fns.pop();
    }
    if (inferEffect && sink.k === 'closure' && sink.errors.length) {
      // The scheme was created with no effect; a raising local function raises what its body raises.
      (scheme as { effect: FnScheme['effect'] }).effect = { k: 'raise', error: sink.errors[0]! };
    }
  } finally {
    cx.pop();
    cx.loops = savedLoops;
    cx.tparams = savedT;
    cx.selfType = savedSelf;
  }
}
