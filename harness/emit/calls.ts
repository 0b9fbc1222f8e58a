// Calls as JavaScript, by what the checker resolved them to: a core
// function (descriptors first, then every parameter in order), a binding
// function (positional arguments, then labeled ones in an options object),
// a doc function or method (the core convention), a trait method through a
// descriptor, a constructor, or a function value.

import type * as A from '../syntax/ast.ts';
import type { ConstValue, FnValue, MethodInfo } from '../typing/env.ts';
import { coreName } from '../typing/expr.ts';
import type { ArgSlot, CallInfo, Instantiation, SyntaxNode } from '../typing/typed.ts';
import { prune, resolveHead, type CtorInfo, type Type } from '../typing/types.ts';
import type { EmitCtx } from './context.ts';
import { copy, operands, pin, value } from './expr.ts';
import { descOf } from './types.ts';

/** A JavaScript identifier for a hoisted core entry (`Array::length` → `Array$length`). */
function coreHint(key: string): string {
  return key.replace(/^@/, '').replace(/::/g, '$').replace(/[^\w$]/g, '_');
}

/** The implementation of a core table entry, as a module constant. */
export function coreRef(cx: EmitCtx, key: string): string {
  return cx.hoist(coreHint(key), `$core[${JSON.stringify(key)}]`);
}

/** A reference to a global value used as a value (not called). */
export function emitGlobalRef(cx: EmitCtx, v: FnValue | ConstValue, node: SyntaxNode): string {
  switch (v.origin.k) {
    case 'binding':
      return cx.bindingExported(v.origin.name) ? `$b.${v.origin.name}` : `$rt.notExported(${JSON.stringify(v.origin.name)})`;
    case 'core':
      if (v.k === 'fn') return curried(cx, coreRef(cx, v.origin.key), cx.t.instances.get(node));
      return coreRef(cx, v.origin.key);
    case 'doc':
      if (v.k === 'fn') return curried(cx, cx.globalName(v), cx.t.instances.get(node));
      return cx.globalName(v);
  }
}

export function emitMethodRef(cx: EmitCtx, m: MethodInfo, inst: Instantiation): string {
  const f = m.origin.k === 'core' ? coreRef(cx, m.origin.key) : cx.globalName(m);
  return curried(cx, f, inst);
}

/** A generic function as a value: its descriptors supplied now. */
function curried(cx: EmitCtx, f: string, inst: Instantiation | undefined): string {
  const descs = (inst?.bounded ?? []).map((b) => descOf(cx, b.type));
  return descs.length ? `((...a${cx.typed ? ': any[]' : ''}) => ${f}(${descs.join(', ')}, ...a))` : f;
}

/** A constructor used as a value: a constant one is the value itself, others a function. */
export function emitCtorValue(cx: EmitCtx, e: A.Constructor): string {
  const info = cx.t.ctors.get(e)!;
  if (info.ctor.fields.length === 0) return construct(cx, info.ctor, info.type, []);
  const params = info.ctor.fields.map((_, i) => `a${i}`);
  return `((${params.join(', ')}) => ${construct(cx, info.ctor, info.type, params)})`;
}

/** A value built by a constructor, in the representation its type has. */
function construct(cx: EmitCtx, ctor: CtorInfo, _type: Type, fields: string[]): string {
  const owner = ctor.owner;
  if (!owner.pkg && !owner.local) {
    switch (owner.name) {
      case 'Option':
        return ctor.name === 'None' ? '$rt.None' : `new $rt.Some(${fields[0]})`;
      case 'Result':
        return ctor.name === 'Ok' ? `new $mb.Ok(${fields[0]})` : `new $mb.Err(${fields[0]})`;
      case 'Failure':
        return `new $mb.Failure(${fields[0]})`;
    }
  }
  if (owner.shape.k === 'struct') return `{ ${fields.map((f, i) => `_${i}: ${f}`).join(', ')} }`;
  if (owner.isError) return `new $rt.MoonBitError(${JSON.stringify(owner.runtime)}, ${JSON.stringify(ctor.name)}, [${fields.join(', ')}])`;
  if (fields.length === 0) return cx.hoist(`$${owner.name}_${ctor.name}`, `Object.freeze({ $c: ${JSON.stringify(ctor.name)} })`);
  return `{ $c: ${JSON.stringify(ctor.name)}, ${fields.map((f, i) => `_${i}: ${f}`).join(', ')} }`;
}

/** The argument expressions of a call, evaluated in the order they are written. */
function argumentValues(cx: EmitCtx, e: A.Call | A.MethodCall | A.Cascade, info: CallInfo): Map<A.Expr, string> {
  if (e.kind === 'Cascade') {
    // The receiver is the cascade's value too: evaluated once.
    const recv = pin(cx, value(cx, e.receiver));
    const rest = operands(cx, e.args.map((a) => a.value));
    return new Map([[e.receiver, recv], ...e.args.map((a, i) => [a.value, rest[i]!] as const)]);
  }
  const written: A.Expr[] = [];
  if (e.kind !== 'Call') written.push(e.receiver);
  for (const a of e.args) if (a.value.kind !== 'Placeholder') written.push(a.value);
  // A pipe's synthetic call: its first argument is the piped value.
  const inSlots = new Set<A.Expr>();
  for (const s of info.args) if (s.k === 'expr' || s.k === 'option' || s.k === 'receiver') inSlots.add(s.expr);
  const exprs = written.filter((x) => inSlots.has(x));
  const vals = operands(cx, exprs);
  return new Map(exprs.map((x, i) => [x, vals[i]!]));
}

function slotValue(cx: EmitCtx, s: ArgSlot, vals: Map<A.Expr, string>, call: A.Expr, holes: string[]): string {
  switch (s.k) {
    case 'expr':
    case 'receiver':
      return vals.get(s.expr)!;
    case 'option':
      // An Option given to a parameter with a default: its value, or the default.
      return vals.get(s.expr)!;
    case 'default':
      return 'undefined';
    case 'none':
      return '$rt.None';
    case 'autofill':
      return s.what === 'SourceLoc' ? cx.loc(call.span) : `$rt.argsLoc(${cx.loc(call.span)})`;
    case 'hole':
      return holes[s.index]!;
  }
}

export function emitCall(cx: EmitCtx, e: A.Call | A.MethodCall | A.Cascade): string {
  const info = cx.t.calls.get(e);
  if (!info) throw new Error(`internal: unresolved call at ${e.span.start.line}:${e.span.start.column}`);
  // A function value is taken before its arguments run, which may assign the `let mut` holding it.
  let calleeValue: string | undefined;
  if (info.callee.k === 'value') {
    const c = (e as A.Call).callee;
    const ref = c.kind === 'Ident' ? cx.t.names.get(c) : undefined;
    const v = value(cx, c);
    calleeValue = ref?.k === 'local' && ref.v.mutable ? copy(cx, v) : v;
  }
  const vals = argumentValues(cx, e, info);
  const holes = info.args.filter((s) => s.k === 'hole').map((_, i) => `$h${i}`);
  const callee = info.callee;
  const recordInspect = (key: string): void => {
    if (key === 'inspect' || key === 'debug_inspect' || key === '@debug.debug_inspect' || key === '@test.inspect') cx.recordInspect(e as A.Call);
  };
  let js: string;
  const params = (): string[] => info.args.map((s, i) => {
    const v = slotValue(cx, s, vals, e, holes);
    const kind = paramKind(info, i);
    // `x? : T` receives an Option; `x? : T = d` the value, or undefined for its default.
    if (s.k === 'option' && kind === 'defaulted') return `$rt.orDefault(${v})`;
    if (s.k === 'expr' && kind === 'optional') return `new $rt.Some(${v})`;
    return v;
  });
  const descs = (inst: Instantiation): string[] => inst.bounded.map((b) => descOf(cx, b.type));
  switch (callee.k) {
    case 'fn': {
      const origin = callee.fn.origin;
      if (origin.k === 'binding') {
        js = bindingCall(cx, origin.name, callee.fn, info, vals, e, holes);
        break;
      }
      if (origin.k === 'core') recordInspect(origin.key);
      const f = origin.k === 'core' ? coreRef(cx, origin.key) : cx.globalName(callee.fn);
      js = `${f}(${[...descs(callee.inst), ...params()].join(', ')})`;
      break;
    }
    case 'method': {
      const origin = callee.m.origin;
      const f = origin.k === 'core' ? coreRef(cx, origin.key) : cx.globalName(callee.m);
      js = `${f}(${[...descs(callee.inst), ...params()].join(', ')})`;
      break;
    }
    case 'trait': {
      const self = resolveHead(callee.self);
      const key = JSON.stringify(`${traitRuntime(callee.trait)}.${callee.method}`);
      const args = params();
      if (self.k === 'dyn') {
        if (self.trait.name === 'Logger' && !self.trait.local) {
          const [recv, ...rest] = args;
          js = `${wrapCallee(recv!)}.${callee.method}(${rest.join(', ')})`;
        } else {
          const [recv, ...rest] = args;
          const r = pin(cx, recv!);
          js = `${r}.d[${key}](${[`${r}.v`, ...rest].join(', ')})`;
        }
      } else {
        js = `${descOf(cx, self)}[${key}](${args.join(', ')})`;
      }
      break;
    }
    case 'value':
    case 'localfn': {
      const target = callee.k === 'localfn' ? cx.nameOf(callee.v) : wrapCallee(calleeValue!);
      js = `${target}(${params().join(', ')})`;
      break;
    }
    case 'ctor':
      js = construct(cx, callee.ctor, callee.type, params());
      break;
    case 'prim':
      throw new Error('internal: a primitive operation as a call');
  }
  if (info.awaited) js = `(await $rt.awaitAt(${js}, ${cx.loc(e.span)}))`;
  if (holes.length) return `((${holes.join(', ')}) => ${js})`;
  if (e.kind === 'Cascade') return `(${js}, ${vals.get(e.receiver)!})`;
  return js;
}

function paramKind(info: CallInfo, i: number): string | undefined {
  const c = info.callee;
  const scheme = c.k === 'fn' ? c.fn.scheme : c.k === 'method' ? c.m.scheme : c.k === 'localfn' ? c.v.fn?.scheme : undefined;
  return scheme?.params[i]?.kind;
}

function wrapCallee(js: string): string {
  return /^[\w$.[\]"]+$/.test(js) ? js : `(${js})`;
}

/** A trait's key prefix in descriptors. */
export function traitRuntime(t: { runtime: string }): string {
  return t.runtime;
}

/** The binding's convention: positional arguments, then one object of the labeled ones given. */
function bindingCall(cx: EmitCtx, name: string, fn: FnValue, info: CallInfo, vals: Map<A.Expr, string>, e: A.Expr, holes: string[]): string {
  const f = cx.bindingExported(name) ? `$b.${name}` : `$rt.notExported(${JSON.stringify(name)})`;
  const positional: string[] = [];
  const labeled: string[] = [];
  info.args.forEach((s, i) => {
    const p = fn.scheme.params[i]!;
    if (p.kind === 'positional') {
      positional.push(slotValue(cx, s, vals, e, holes));
      return;
    }
    if (s.k === 'default' || s.k === 'none') return;
    if (s.k === 'option') labeled.push(`...$rt.optionalArg(${JSON.stringify(p.name)}, ${vals.get(s.expr)})`);
    else labeled.push(`${p.name}: ${slotValue(cx, s, vals, e, holes)}`);
  });
  if (labeled.length) positional.push(`{ ${labeled.join(', ')} }`);
  return `${f}(${positional.join(', ')})`;
}

export { coreName, prune };
