// One doc as one test module: doc types' trait implementations, functions,
// methods and impl methods, top-level values, then a `node:test` test per
// runnable block (or per `test` item of an `mbt check` block). Blocks the
// checker refused become tests that fail with their diagnostic.

import type * as A from '../syntax/ast.ts';
import type { CheckedDoc, CheckedItem } from '../typing/index.ts';
import { prune, type Type, type TypeDecl, type TypeParamInfo } from '../typing/types.ts';
import { traitRuntime } from './calls.ts';
import { EmitCtx, type InspectSite, type ToDoc } from './context.ts';
import { blockInto, DISCARD, emitFunction, exprInto, pin, value } from './expr.ts';
import { emitPattern } from './patterns.ts';
import { descOf, tsType } from './types.ts';
import { Writer } from '../translate/writer.ts';

/** A block as the module emitter sees it. */
export interface EmitBlock {
  toDoc: ToDoc;
  /** Test name prefix parts. */
  name: (test?: A.TestItem) => string;
  /** The block's doc line, for a test named after the block. */
  line: number;
  /** Runs its tests (false for `mbt` definition blocks). */
  runsTests: boolean;
  /** Set when the block was refused: the diagnostic text its test fails with. */
  refused?: string;
}

export interface EmittedTest {
  name: string;
  line: number;
  block: number;
  /** `#skip` / `#skip("why")`: compiled, but not run; why, as written. */
  skip?: string;
}

/** The reason of a test's `#skip` attribute ('' without one); undefined when it has none. */
function skipReason(item: A.TestItem): string | undefined {
  const attr = item.attrs.find((a) => a.name === 'skip');
  if (!attr) return undefined;
  const arg = attr.args?.[0]?.value;
  return arg?.kind === 'AttrString' ? arg.value : attr.raw ?? '';
}

export interface EmitOptions {
  file: string;
  typed: boolean;
  exported: ReadonlySet<string>;
  /** The import lines of the module. */
  imports: string[];
  /** Where file snapshots (`@test.T`) of this doc go. */
  snapshotKey: string;
}

export interface EmittedModule {
  writer: Writer;
  tests: EmittedTest[];
  inspects: InspectSite[];
}

export function emitModule(doc: CheckedDoc, blocks: readonly EmitBlock[], opts: EmitOptions): EmittedModule {
  const body = new Writer();
  const cx = new EmitCtx(body, doc, opts.file, opts.typed, opts.exported);
  const tests: EmittedTest[] = [];

  // Doc types' trait implementations come first: descriptors read them.
  doc.blocks.forEach((r, i) => {
    if (!r.ok) return;
    cx.toDoc = blocks[i]!.toDoc;
    for (const item of r.items) if (item.k === 'type') emitTypeImpls(cx, item.decl);
  });
  doc.blocks.forEach((r, i) => {
    if (!r.ok) return;
    cx.toDoc = blocks[i]!.toDoc;
    for (const item of r.items) emitDefinition(cx, item);
  });

  cx.snapshots = usesTestPackage(cx);
  const addTest = (block: number, name: string, line: number, emit: () => void, skip?: string): void => {
    emit();
    tests.push({ name, line, block, ...(skip !== undefined ? { skip } : {}) });
  };
  doc.blocks.forEach((r, i) => {
    const b = blocks[i]!;
    cx.toDoc = b.toDoc;
    if (!r.ok || b.refused) {
      const name = b.name();
      addTest(i, name, b.line, () => {
        cx.w.line(`$rt.test(${JSON.stringify(name)}, () => $rt.blockFailed(${JSON.stringify(b.refused ?? '')}));`, { line: b.line, column: 1 });
      });
      return;
    }
    if (r.body) {
      const name = b.name();
      addTest(i, name, b.line, () => emitTest(cx, name, b.line, r.body!, undefined, opts, false));
      return;
    }
    if (!b.runsTests) return;
    for (const item of r.items) {
      if (item.k !== 'test') continue;
      const name = b.name(item.item);
      const line = b.toDoc(item.item.span.start).line;
      addTest(i, name, line, () => emitTest(cx, name, line, item.item.body, item, opts, item.item.isAsync), skipReason(item.item));
    }
  });

  const out = new Writer();
  for (const l of opts.imports) out.line(l);
  out.line('');
  out.line(`const $L = $rt.locations(${JSON.stringify(cx.locs.map((l) => [l.line, l.column, l.endLine, l.endColumn]))}, ${JSON.stringify(opts.file)});`);
  out.line(`const $core${opts.typed ? ': Record<string, any>' : ''} = $rt.coreTable();`);
  for (const [name, init] of cx.hoisted) out.line(`const ${name}${opts.typed ? ': any' : ''} = ${init};`);
  out.append(body);
  return { writer: out, tests, inspects: cx.inspects };
}

/** Whether the doc calls into `@test`, whose `Test` values write this doc's file snapshots. */
function usesTestPackage(cx: EmitCtx): boolean {
  for (const info of cx.t.calls.values()) {
    const c = info.callee;
    const origin = c.k === 'fn' ? c.fn.origin : c.k === 'method' ? c.m.origin : undefined;
    if (origin?.k === 'core' && origin.key.startsWith('@test.')) return true;
  }
  return false;
}

function emitTest(cx: EmitCtx, name: string, line: number, body: A.Block, item: Extract<CheckedItem, { k: 'test' }> | undefined, opts: EmitOptions, async: boolean): void {
  const panicking = /^panic/.test(item?.item.name ?? '');
  const a = async ? 'async ' : '';
  cx.inFunction = false;
  const head = panicking ? `$rt.test(${JSON.stringify(name)}, ${a}() => $rt.expectPanic(${a}() =>` : `$rt.test(${JSON.stringify(name)}, ${a}() =>`;
  cx.w.block(head, () => {
    if (cx.snapshots) cx.w.line(`$rt.setSnapshotDoc(${JSON.stringify(opts.snapshotKey)});`);
    if (item?.param) cx.w.line(`const ${cx.nameOf(item.param)} = new $rt.SnapshotWriter(${JSON.stringify(opts.snapshotKey)});`);
    blockInto(cx, body, DISCARD);
  }, { line, column: 1 }, panicking ? '}));' : '});');
}

function emitDefinition(cx: EmitCtx, item: CheckedItem): void {
  switch (item.k) {
    case 'fn': {
      const fn = item.item;
      const v = fn.selfType
        ? cx.doc.env.method(ownerOf(cx, fn), fn.name)!
        : cx.doc.env.values.get(fn.name)!;
      const hint = fn.selfType ? `${fn.selfType.name}$${fn.name}` : fn.name;
      emitFunction(cx, `function ${cx.globalName(v, hint)}`, fn.params, fn.body, item.scheme, fn.span);
      return;
    }
    case 'impl': {
      const m = item.item.method as A.FnItem;
      const name = cx.globalName(m, `${item.impl.trait.name}$${item.impl.owner.name}$${m.name}`);
      // The body was checked with the scheme's own type parameters (those of `self`), so its descriptors are theirs.
      emitFunction(cx, `function ${name}`, m.params, m.body, item.scheme, m.span);
      const trait = JSON.stringify(traitRuntime(item.impl.trait));
      const type = JSON.stringify(item.impl.owner.runtime);
      const withDescs = item.scheme.tparams.filter((p) => p.bounds.length);
      if (item.impl.owner.params.length === 0 || withDescs.length === 0) {
        cx.w.line(`$rt.registerMethod(${type}, ${trait}, ${JSON.stringify(m.name)}, () => ${name});`);
      } else {
        // A generic impl: the method gets the descriptors of the type's arguments it needs.
        const args = item.impl.owner.params.map((_, i) => `a${i}`);
        const pick = withDescs.map((p) => `a${argIndex(item, p)}`);
        cx.w.line(`$rt.registerMethod(${type}, ${trait}, ${JSON.stringify(m.name)}, (${args.join(', ')}) => (...x${cx.typed ? ': any[]' : ''}) => ${spreadable(cx, name)}(${[...pick, '...x'].join(', ')}));`);
      }
      return;
    }
    case 'emptyImpl':
      cx.w.line(`$rt.registerEmptyImpl(${JSON.stringify(item.impl.owner.runtime)}, ${JSON.stringify(traitRuntime(item.impl.trait))});`);
      return;
    case 'default': {
      const m = item.item.method as A.FnItem;
      const name = cx.globalName(m, `${item.trait.name}$${m.name}$default`);
      // The default's `Self` is a parameter bounded by the trait: its descriptor comes first.
      emitFunction(cx, `function ${name}`, m.params, m.body, { ...item.scheme, tparams: [item.self, ...item.scheme.tparams] }, m.span);
      cx.w.line(`$rt.registerDefaults(${JSON.stringify(traitRuntime(item.trait))}, { ${JSON.stringify(m.name)}: (d) => (...x${cx.typed ? ': any[]' : ''}) => ${spreadable(cx, name)}(d, ...x) });`);
      return;
    }
    case 'let': {
      const it = item.item;
      if (it.kind === 'ConstItem') {
        const v = cx.doc.env.values.get(it.name)!;
        cx.w.line(`const ${cx.globalName(v)}${cx.typed ? `: ${tsType(item.type)}` : ''} = ${value(cx, it.value)};`, cx.at(it.span));
        return;
      }
      if (it.pattern.kind === 'VarPat') {
        const b = cx.t.binders.get(it.pattern)!;
        const v = cx.doc.env.values.get(it.pattern.name)!;
        const name = cx.globalName(v);
        cx.names.set(b, name);
        cx.w.line(`const ${name}${cx.typed ? `: ${tsType(item.type)}` : ''} = ${value(cx, it.value)};`, cx.at(it.span));
        return;
      }
      const s = pin(cx, value(cx, it.value));
      const code = emitPattern(cx, it.pattern, s);
      if (code.tests.length) cx.w.line(`if (!(${code.tests.join(' && ')})) $rt.matchFailed(${cx.loc(it.span)});`);
      for (const bind of code.binds) {
        const v = cx.doc.env.values.get(bind.v.name)!;
        const name = cx.globalName(v);
        cx.names.set(bind.v, name);
        cx.w.line(`const ${name} = ${bind.js};`);
      }
      return;
    }
    default:
      return;
  }
}

/** Position of an impl's type parameter among its type's arguments (`impl[T] Show for Box[T]`). */
/** A function the typed translation may call with spread arguments. */
function spreadable(cx: EmitCtx, name: string): string {
  return cx.typed ? `(${name} as (...a: any[]) => any)` : name;
}

function argIndex(item: Extract<CheckedItem, { k: 'impl' }>, p: TypeParamInfo): number {
  const f = prune(item.self);
  const args = f.k === 'con' ? f.args : f.k === 'tuple' ? f.elems : [];
  return args.findIndex((a) => {
    const x = prune(a);
    return x.k === 'param' && x.param === p;
  });
}

function ownerOf(cx: EmitCtx, fn: A.FnItem): TypeDecl {
  const t = fn.selfType!;
  return cx.doc.env.types.get(t.pkg ? `@${t.pkg}.${t.name}` : t.name)!;
}

/** `derive(...)` of a doc type: the runtime builds the methods from the type's shape (runtime/derive.ts). */
/** A field declared `T?` (what JSON derives leave out when None), not one whose type parameter is an Option. */
function optionalField(t: Type): string {
  const h = prune(t);
  return h.k === 'con' && !h.decl.pkg && !h.decl.local && h.decl.name === 'Option' ? ', optional: true' : '';
}

function emitTypeImpls(cx: EmitCtx, decl: TypeDecl): void {
  if (decl.derives.length === 0) return;
  const params = decl.params.map((_, i) => `$a${i}`);
  const saved = cx.descParams;
  cx.descParams = new Map(decl.params.map((p, i) => [p, `$a${i}`]));
  const name = JSON.stringify(decl.name);
  const fields = (list: string) => `(${params.join(', ')}) => [${list}]`;
  let shape: string | undefined;
  try {
    if (decl.shape.k === 'struct' && decl.shape.tuple) {
      shape = `{ kind: "tuple", name: ${name}, fields: ${fields(decl.shape.fields.map((f) => descOf(cx, f.type)).join(', '))} }`;
    } else if (decl.shape.k === 'struct') {
      shape = `{ kind: "struct", name: ${name}, fields: ${fields(decl.shape.fields.map((f) => `{ name: ${JSON.stringify(f.name)}, js: ${JSON.stringify(f.js)}, desc: ${descOf(cx, f.type)}${optionalField(f.type)} }`).join(', '))} }`;
    } else if (decl.shape.k === 'enum') {
      const ctors = decl.shape.ctors.map((c) => `{ name: ${JSON.stringify(c.name)}, fields: [${c.fields.map((f) => `{ ${f.label === undefined ? '' : `label: ${JSON.stringify(f.label)}, `}desc: ${descOf(cx, f.type)}${optionalField(f.type)} }`).join(', ')}] }`);
      const make = decl.isError
        ? `(i, v) => new $rt.MoonBitError(${JSON.stringify(decl.runtime)}, ${JSON.stringify(decl.shape.ctors.map((c) => c.name))}[i], v)`
        : `(i, v) => $rt.enumValue(${JSON.stringify(decl.shape.ctors.map((c) => c.name))}[i], v)`;
      shape = `{ kind: "enum", name: ${name}, ctors: ${fields(ctors.join(', '))}, make: ${make} }`;
    }
  } finally {
    cx.descParams = saved;
  }
  if (shape) cx.w.line(`$rt.registerDerived(${JSON.stringify(decl.runtime)}, ${shape}, ${JSON.stringify(decl.derives)});`);
}

export { exprInto };
