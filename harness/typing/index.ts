// Checking a whole doc. Every top-level declaration of every block is
// visible to every block (a doc is one package, as moon compiles it); a
// block that fails to check is refused with its first error, and so is any
// block that uses something a refused block declares.
//
// Passes: type and trait names of all blocks; their shapes, signatures and
// impls; then bodies (top-level `let` values first, in doc order, since
// other code may use their types). Each pass works in a layer per block, so
// a failing block leaves nothing behind.

import type * as A from '../syntax/ast.ts';
import { Ctx, type Sink } from './context.ts';
import { CheckError } from './diagnostics.ts';
import {
  declareFn, declareImpl, declareTraitBodies, declareTraitHeads, declareTypeHeads, declareTypeShapes,
  fnSignature, resolveType, type DeclareOptions,
} from './declare.ts';
import { Env, type ImplInfo } from './env.ts';
import { check, checkBlock } from './expr.ts';
import { checkBody } from './functions.ts';
import { bindPattern, checkExhaustive } from './patterns.ts';
import { settleObligations, traitMethodSubst } from './traits.ts';
import { TypedTables } from './typed.ts';
import { freshVar, prune, resolveHead, showType, unify, type FnScheme, type TraitDecl, type Type, type TypeDecl, type TypeParamInfo } from './types.ts';
import { checkDerived, deriveImpls } from './derive.ts';

/** One block as the checker takes it. */
export type BlockInput =
  | { kind: 'items'; program: A.Program; runsTests: boolean }
  | { kind: 'body'; body: A.Block };

/** A top-level item of a block that checked, for the emitter. */
export type CheckedItem =
  | { k: 'fn'; item: A.FnItem; scheme: FnScheme }
  | { k: 'let'; item: A.LetItem | A.ConstItem; type: Type }
  | { k: 'impl'; item: A.ImplItem; impl: ImplInfo; scheme: FnScheme; self: Type }
  /** `impl Trait for T` without methods: every method is the trait's default. */
  | { k: 'emptyImpl'; impl: ImplInfo }
  /** `impl Trait with m(self) { }`: the default of a doc trait's method, for every implementing type. */
  | { k: 'default'; item: A.ImplItem; trait: TraitDecl; scheme: FnScheme; self: TypeParamInfo }
  | { k: 'type'; decl: TypeDecl }
  | { k: 'test'; item: A.TestItem; param?: import('./typed.ts').LocalVar };

export interface BlockResult {
  ok: boolean;
  error?: CheckError;
  items: CheckedItem[];
  /** For a `body` block: the statements, checked. */
  body?: A.Block;
}

export interface CheckedDoc {
  tables: TypedTables;
  blocks: BlockResult[];
  env: Env;
}

/**
 * `docTag` makes the runtime names of the doc's types and traits its own
 * (`P$1f2e3d4c`): a test process loads several docs, and two may each
 * declare a `P` with different impls.
 */
export function checkDoc(base: Env, inputs: readonly BlockInput[], coreDecls: Map<string, TypeDecl>, docPackage?: string, docTag?: string): CheckedDoc {
  const docEnv = base.child();
  if (docPackage && base.packages.has(docPackage)) docEnv.opened = docPackage;
  const tables = new TypedTables();
  const ids = { next: 0 };
  const results: BlockResult[] = inputs.map(() => ({ ok: true, items: [] }));
  const uses: Map<number, A.Span | undefined>[] = inputs.map(() => new Map());
  const owner = new Map<object, number>();

  const fail = (i: number, error: unknown): void => {
    if (!(error instanceof CheckError)) throw error;
    if (results[i]!.ok) results[i] = { ok: false, error, items: [] };
  };
  const opts = (i: number): DeclareOptions => ({
    local: true,
    origin: (span) => ({ k: 'doc', block: i, span }),
    runtimeName: (name) => (docTag ? `${name}$${docTag}` : base.types.has(name) ? `${name}$doc` : name),
    docTag,
    onUse: (entity, span) => {
      const b = owner.get(entity);
      if (b !== undefined && uses[i]!.get(b) === undefined) uses[i]!.set(b, span);
    },
  });
  const items = (i: number): readonly A.Item[] => {
    const input = inputs[i]!;
    return input.kind === 'items' && results[i]!.ok ? input.program.items : [];
  };
  const inLayer = (i: number, body: (env: Env) => void): void => {
    if (!results[i]!.ok) return;
    const layer = docEnv.child();
    try {
      body(layer);
      layer.commit();
    } catch (error) {
      fail(i, error);
    }
  };

  // Pass 1: names of types and traits.
  const typeHeads: Map<never, TypeDecl>[] = [];
  const traitHeads: Map<A.TraitItem, TraitDecl>[] = [];
  inputs.forEach((_, i) => inLayer(i, (env) => {
    const th = declareTypeHeads(env, items(i), opts(i));
    const rh = declareTraitHeads(env, items(i), opts(i));
    for (const d of th.values()) owner.set(d, i);
    for (const t of rh.values()) owner.set(t, i);
    typeHeads[i] = th as Map<never, TypeDecl>;
    traitHeads[i] = rh;
  }));

  // Pass 2: shapes, trait methods, signatures, impls, derives.
  const schemes = new Map<A.FnItem, FnScheme>();
  const implsOf: { info: ImplInfo; item: A.ImplItem }[][] = [];
  inputs.forEach((_, i) => inLayer(i, (env) => {
    declareTraitBodies(env, traitHeads[i] ?? new Map(), opts(i));
    declareTypeShapes(env, typeHeads[i] ?? new Map(), opts(i));
    for (const decl of (typeHeads[i] ?? new Map()).values()) results[i]!.items.push({ k: 'type', decl });
    for (const item of items(i)) {
      switch (item.kind) {
        case 'FnItem':
          // `init` runs when the package loads, before any test: docs have no such moment.
          if (item.entry === 'init') throw new CheckError('`fn init` is not supported by the harness: doc blocks have no package initialisation', item.nameSpan);
          schemes.set(item, declareFn(env, item, opts(i)));
          break;
        case 'ImplItem': {
          const info = declareImpl(env, item, opts(i));
          if (info) (implsOf[i] ??= []).push({ info, item });
          break;
        }
        case 'ConstItem':
        case 'LetItem':
          break;
        case 'TestItem':
          break;
        case 'ExternFnItem':
          throw new CheckError('`extern` functions cannot run in the harness', item.nameSpan);
        case 'TypeAliasItem':
        case 'FnAliasItem':
        case 'UsingItem':
          throw new CheckError(`\`${describeItem(item)}\` declarations are not supported by the harness yet`, item.span);
        default:
          break;
      }
    }
    for (const decl of (typeHeads[i] ?? new Map()).values()) deriveImpls(env, decl, opts(i));
  }));
  inputs.forEach((_, i) => inLayer(i, (env) => {
    for (const decl of (typeHeads[i] ?? new Map()).values()) checkDerived(env, decl);
  }));

  // An impl of a doc trait must give every method the trait has no default for (across the doc's impl items).
  inputs.forEach((_, i) => {
    if (!results[i]!.ok) return;
    try {
      for (const { info, item } of implsOf[i] ?? []) {
        const impl = docEnv.impl(info.trait, info.owner) ?? info;
        for (const m of impl.trait.methods.values()) {
          if (!impl.trait.local || m.hasDefault || impl.methods.has(m.name)) continue;
          throw new CheckError(`the impl of \`${impl.trait.name}\` for \`${impl.owner.name}\` does not define \`${m.name}\`, which has no default`, item.span);
        }
      }
    } catch (error) {
      fail(i, error);
    }
  });

  const ctxFor = (i: number, env: Env): Ctx => {
    const cx = new Ctx(env, tables, ids, coreDecls);
    cx.owner = owner;
    cx.usesBlocks = uses[i]!;
    return cx;
  };
  const settle = (cx: Ctx): void => {
    settleObligations(cx, (t) => {
      const p = prune(t);
      if (p.k === 'var') unify(p, cx.type('Unit'));
    });
  };

  // Pass 3a: top-level `let` and `const` values, in doc order.
  inputs.forEach((_, i) => inLayer(i, (env) => {
    for (const item of items(i)) {
      if (item.kind !== 'LetItem' && item.kind !== 'ConstItem') continue;
      const cx = ctxFor(i, env);
      const declared = item.type ? resolveType({ env, tparams: new Map(), holes: true, onUse: (e, span) => cx.use(e, span) }, item.type) : undefined;
      const t = cx.withSink({ k: 'fn', declared: 'none', name: 'a top-level value' }, () => check(cx, item.value, declared));
      settle(cx);
      if (item.kind === 'ConstItem') {
        env.values.set(item.name, { k: 'const', name: item.name, type: t, origin: { k: 'doc', block: i, span: item.span }, isConst: true });
      } else {
        cx.push();
        bindPattern(cx, item.pattern, t);
        checkExhaustive(cx, t, [{ pattern: item.pattern, span: item.pattern.span }], item.pattern.span);
        for (const [name, v] of cx.scopes[0]!) {
          env.values.set(name, { k: 'const', name, type: v.type, origin: { k: 'doc', block: i, span: v.span }, isConst: false });
          tables.globalBinders.set(v, name);
        }
        cx.pop();
      }
      results[i]!.items.push({ k: 'let', item, type: t });
    }
  }));

  // Pass 3b: bodies.
  inputs.forEach((input, i) => {
    if (!results[i]!.ok) return;
    const env = docEnv;
    try {
      if (input.kind === 'body') {
        const cx = ctxFor(i, env);
        cx.withSink({ k: 'test' }, () => {
          cx.fns.push({ result: cx.type('Unit'), async: false });
          checkBlock(cx, input.body, undefined);
        });
        settle(cx);
        results[i]!.body = input.body;
        return;
      }
      for (const item of input.program.items) {
        const cx = ctxFor(i, env);
        switch (item.kind) {
          case 'FnItem': {
            const scheme = schemes.get(item)!;
            const { owner: self } = item.selfType ? fnSignature(env, item, opts(i)) : { owner: undefined };
            const selfType = self ? { k: 'con', decl: self, args: self.params.map((p) => ({ k: 'param', param: p })) } as Type : undefined;
            checkBody(cx, item.params, item.body, scheme, item.name, new Map(scheme.tparams.map((p) => [p.name, p])), false, selfType);
            settle(cx);
            results[i]!.items.push({ k: 'fn', item, scheme });
            break;
          }
          case 'ImplItem': {
            if (!item.method) {
              // Declared in pass 2 (`impl Trait for T` with no method of its own).
              const declared = implsOf[i]?.find((x) => x.item === item);
              if (declared) results[i]!.items.push({ k: 'emptyImpl', impl: declared.info });
              break;
            }
            if (item.method.kind !== 'FnItem') throw new CheckError('`extern` impl methods cannot run in the harness', item.method.span);
            if (!item.forType) {
              const d = defaultMethodScheme(cx, item);
              checkBody(cx, item.method.params, item.method.body, d.scheme, item.method.name, new Map([['Self', d.self]]), false, { k: 'param', param: d.self });
              settle(cx);
              results[i]!.items.push({ k: 'default', item, trait: d.trait, scheme: d.scheme, self: d.self });
              break;
            }
            const r = implMethodScheme(cx, item);
            checkBody(cx, item.method.params, item.method.body, r.scheme, item.method.name, r.tparams, false, r.self);
            settle(cx);
            results[i]!.items.push({ k: 'impl', item, impl: r.impl, scheme: r.scheme, self: r.self });
            break;
          }
          case 'TestItem': {
            cx.push();
            let param;
            if (item.param) {
              const t = resolveType({ env, tparams: new Map() }, item.param.type);
              const h = resolveHead(t);
              const is = (key: string) => h.k === 'con' && h.decl === env.types.get(key);
              if (is('@bench.Bench')) cx.error('bench tests (`test (b : @bench.T)`) are not supported by the harness yet', item.param.type.span);
              if (!is('@test.Test')) cx.error(`a test's parameter is \`@test.T\` (or \`@bench.T\`), not ${showType(t)}`, item.param.type.span);
              param = cx.declare(item.param.name, t, false, item.span);
            }
            cx.withSink({ k: 'test' } as Sink, () => {
              cx.fns.push({ result: cx.type('Unit'), async: item.isAsync });
              checkBlock(cx, item.body, cx.type('Unit'));
            });
            cx.pop();
            settle(cx);
            results[i]!.items.push({ k: 'test', item, param });
            break;
          }
          default:
            break;
        }
      }
    } catch (error) {
      fail(i, error);
    }
  });

  // A block that uses what a refused block declares is refused too.
  let changed = true;
  while (changed) {
    changed = false;
    results.forEach((r, i) => {
      if (!r.ok) return;
      for (const [j, usedAt] of uses[i]!) {
        if (j === i || results[j]!.ok) continue;
        const at = results[j]!.error!;
        results[i] = {
          ok: false,
          error: new CheckError(`this block uses a definition from another block that failed to check (${at.message})`, usedAt ?? firstSpan(inputs[i]!)),
          items: [],
        };
        changed = true;
        return;
      }
    });
  }
  return { tables, blocks: results, env: docEnv };
}

function firstSpan(input: BlockInput): A.Span {
  return input.kind === 'body' ? input.body.span : input.program.span;
}

function describeItem(item: A.Item): string {
  switch (item.kind) {
    case 'TypeAliasItem': return item.trait ? 'traitalias' : 'typealias';
    case 'FnAliasItem': return 'fnalias';
    case 'UsingItem': return 'using';
    default: return item.kind;
  }
}

/** `impl Trait with m(self) { }`: the method with `Self` a parameter bounded by the trait. */
function defaultMethodScheme(cx: Ctx, item: A.ImplItem): { scheme: FnScheme; trait: TraitDecl; self: TypeParamInfo } {
  const trait = importDeclare.lookupTrait({ env: cx.env, tparams: new Map(), onUse: (e, span) => cx.use(e, span) }, item.trait.name, item.trait.pkg, item.trait.span);
  if (!trait.local) cx.error(`a default implementation can only be given for a trait declared in this doc`, item.trait.span);
  const m = item.method as A.FnItem;
  const method = trait.methods.get(m.name);
  if (!method) cx.error(`trait \`${trait.name}\` has no method \`${m.name}\``, m.nameSpan);
  if (!method.hasDefault) cx.error(`\`${trait.name}::${m.name}\` is not declared with a default (\`= _\`)`, m.nameSpan);
  if (m.params.length !== method.sig.params.length) cx.error(`\`${trait.name}::${m.name}\` takes ${method.sig.params.length} parameter${method.sig.params.length === 1 ? '' : 's'}`, m.nameSpan);
  return { scheme: method.sig, trait, self: method.self };
}

/** An impl method's signature: the trait method's, with `Self` the implementing type. */
function implMethodScheme(cx: Ctx, item: A.ImplItem): { scheme: FnScheme; tparams: Map<string, TypeParamInfo>; self: Type; impl: ImplInfo } {
  const tparams = new Map<string, TypeParamInfo>();
  const scope = { env: cx.env, tparams, onUse: (e: object, span?: A.Span) => cx.use(e, span) };
  const own = importDeclare.declareTypeParams(scope, item.typeParams, tparams);
  const trait = importDeclare.lookupTrait(scope, item.trait.name, item.trait.pkg, item.trait.span);
  const self = resolveType(scope, item.forType!);
  const method = trait.methods.get(item.method!.name)!;
  const sub = traitMethodSubst(method, self, new Map());
  const m = item.method as A.FnItem;
  const params = method.sig.params.map((p, i) => {
    const written = m.params[i];
    const type = written?.type ? resolveType({ ...scope, self }, written.type) : sub(p.type);
    return { ...p, name: written?.name ?? p.name, type };
  });
  if (m.params.length !== method.sig.params.length) {
    cx.error(`\`${trait.name}::${method.name}\` takes ${method.sig.params.length} parameter${method.sig.params.length === 1 ? '' : 's'}`, m.nameSpan);
  }
  const scheme: FnScheme = { tparams: own, params, result: m.returnType ? resolveType({ ...scope, self }, m.returnType) : sub(method.sig.result), effect: method.sig.effect, async: method.sig.async };
  const head = prune(self);
  const owner = head.k === 'con' ? head.decl : head.k === 'tuple' ? cx.env.types.get(`(${head.elems.length})`) : undefined;
  const impl = owner ? cx.env.impl(trait, owner) : undefined;
  if (!impl) cx.error('internal: impl not declared', item.span);
  void freshVar;
  return { scheme, tparams, self, impl };
}

import * as importDeclare from './declare.ts';
