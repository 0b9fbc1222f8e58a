// Patterns as JavaScript: the tests that decide a match (expressions, all
// of which must hold) and the binders' values, read from the subject along
// the path the pattern took.

import type * as A from '../syntax/ast.ts';
import { coreName } from '../typing/expr.ts';
import { bitField, bitsOf } from '../typing/patterns.ts';
import type { LocalVar } from '../typing/typed.ts';
import { resolveHead, type Type } from '../typing/types.ts';
import { emitGlobalRef } from './calls.ts';
import type { EmitCtx } from './context.ts';
import { intLiteral } from './expr.ts';
import { descOf } from './types.ts';

export interface PatternCode {
  tests: string[];
  binds: { v: LocalVar; js: string }[];
}

export function emitPattern(cx: EmitCtx, p: A.Pattern, subject: string): PatternCode {
  const code: PatternCode = { tests: [], binds: [] };
  go(cx, p, subject, code);
  return code;
}

function bind(cx: EmitCtx, node: A.Pattern, js: string, code: PatternCode): void {
  const v = cx.t.binders.get(node);
  if (v) code.binds.push({ v, js });
}

function go(cx: EmitCtx, p: A.Pattern, s: string, code: PatternCode): void {
  const t = cx.t.types.get(p);
  switch (p.kind) {
    case 'WildcardPat':
      return;
    case 'VarPat':
      bind(cx, p, s, code);
      return;
    case 'AsPat':
      go(cx, p.pattern, s, code);
      bind(cx, p, s, code);
      return;
    case 'ConstraintPat':
      go(cx, p.pattern, s, code);
      return;
    case 'LitPat':
      code.tests.push(literalTest(cx, p, s, t!));
      return;
    case 'TuplePat':
      p.elements.forEach((e, i) => go(cx, e, `${s}[${i}]`, code));
      return;
    case 'ConstructorPat':
      return ctorPattern(cx, p, s, code);
    case 'RecordPat': {
      const decl = cx.t.records.get(p)!;
      if (decl.shape.k !== 'struct') return;
      for (const f of p.fields) {
        const field = decl.shape.fields.find((x) => x.name === f.name)!;
        go(cx, f.pattern, `${s}.${field.js}`, code);
      }
      return;
    }
    case 'ArrayPat':
      return arrayPattern(cx, p, s, t!, code);
    case 'OrPat': {
      // The alternative that matches stores the binders into temporaries, which
      // the binders then take (a binder is declared where the arm declares it).
      const alts = p.alternatives.map((alt) => emitPattern(cx, alt, s));
      const shared = alts[0]!.binds.map((b) => b.v);
      const temps = shared.map(() => cx.tmp());
      if (temps.length) cx.w.line(`let ${temps.join(', ')};`);
      const parts = alts.map((a) => {
        const assigns = a.binds.map((b) => `${temps[shared.indexOf(cx.t.orAliases.get(b.v) ?? b.v)]} = ${b.js}`);
        const all = [...a.tests, ...(assigns.length ? [`(${assigns.join(', ')}, true)`] : [])];
        return all.length ? `(${all.join(' && ')})` : 'true';
      });
      code.tests.push(`(${parts.join(' || ')})`);
      shared.forEach((v, i) => code.binds.push({ v, js: temps[i]! }));
      return;
    }
    case 'RangePat': {
      const bound = (b: A.LitPat | A.ConstructorPat): string => (b.kind === 'LitPat' ? literalValue(cx, b, t!) : constantRef(cx, b));
      if (p.from) code.tests.push(`${s} >= ${bound(p.from)}`);
      if (p.to) code.tests.push(`${s} ${p.inclusive ? '<=' : '<'} ${bound(p.to)}`);
      return;
    }
    case 'MapPat':
      return mapPattern(cx, p, s, t!, code);
    default:
      throw new Error(`internal: ${p.kind} reached the emitter`);
  }
}

function constantRef(cx: EmitCtx, p: A.ConstructorPat): string {
  const ref = cx.t.names.get(p);
  if (ref?.k !== 'global') throw new Error('internal: unresolved constant in a pattern');
  return emitGlobalRef(cx, ref.v, p);
}

/** A literal pattern's value, of the subject's type. */
function literalValue(cx: EmitCtx, p: A.LitPat, t: Type): string {
  const lit = p.value;
  switch (lit.kind) {
    case 'IntLit':
      return intLiteral(p.negative ? -lit.value : lit.value, t);
    case 'DoubleLit': {
      const v = p.negative ? -lit.value : lit.value;
      return String(coreName(t) === 'Float' ? Math.fround(v) : v);
    }
    case 'CharLit':
      return String(lit.value.codePointAt(0));
    case 'ByteLit':
      return String(lit.value);
    case 'StringLit':
      return JSON.stringify(lit.value);
    case 'BoolLit':
      return String(lit.value);
    case 'UnitLit':
      return 'undefined';
    case 'BytesLit':
      return `new Uint8Array([${Array.from(lit.value).join(', ')}])`;
  }
}

function literalTest(cx: EmitCtx, p: A.LitPat, s: string, t: Type): string {
  if (p.value.kind === 'UnitLit') return 'true';
  if (coreName(t) === 'Json') return jsonLiteralTest(p, s);
  const v = literalValue(cx, p, t);
  const name = coreName(t);
  if (name === 'StringView') return `$rt.viewEqualsString(${s}, ${v})`;
  if (name === 'Bytes' || name === 'BytesView') return `$rt.bytesEqual(${s}, ${v})`;
  return `${s} === ${v}`;
}

/** A literal against a Json value: `"a"` is `String("a")`, a number `Number(n, ..)` of that value, `true` `True`. */
function jsonLiteralTest(p: A.LitPat, s: string): string {
  const lit = p.value;
  switch (lit.kind) {
    case 'StringLit':
      return `(${s}.$c === "String" && ${s}._0 === ${JSON.stringify(lit.value)})`;
    case 'IntLit':
    case 'DoubleLit': {
      const n = Number(lit.value) * (p.negative ? -1 : 1);
      return `(${s}.$c === "Number" && ${s}._0 === ${Object.is(n, -0) ? '-0' : String(n)})`;
    }
    case 'BoolLit':
      return `${s}.$c === ${lit.value ? '"True"' : '"False"'}`;
    default:
      throw new Error(`internal: ${lit.kind} against Json`);
  }
}

function ctorPattern(cx: EmitCtx, p: A.ConstructorPat, s: string, code: PatternCode): void {
  const info = cx.t.ctors.get(p);
  if (!info) {
    code.tests.push(`${s} === ${constantRef(cx, p)}`);
    return;
  }
  const { ctor } = info;
  const owner = ctor.owner;
  const plan = cx.t.ctorArgs.get(p) ?? [];
  const field = (i: number): string => {
    if (!owner.pkg && !owner.local && (owner.name === 'Option' || owner.name === 'Result')) return ctor.name === 'Err' ? `${s}.error` : `${s}.value`;
    return `${s}._${i}`;
  };
  if (!owner.pkg && !owner.local && owner.name === 'Option') {
    code.tests.push(`${s}.tag === ${JSON.stringify(ctor.name)}`);
  } else if (!owner.pkg && !owner.local && owner.name === 'Result') {
    code.tests.push(`${s}.tag === ${JSON.stringify(ctor.name)}`);
  } else if (owner.shape.k === 'struct') {
    // A tuple struct's name as a pattern: always matches.
  } else if (owner.isError) {
    code.tests.push(`$rt.isError(${s}, ${JSON.stringify(owner.runtime)}, ${JSON.stringify(ctor.name)})`);
  } else {
    code.tests.push(`${s}.$c === ${JSON.stringify(ctor.name)}`);
  }
  for (const { index, pattern } of plan) go(cx, pattern, field(index), code);
}

function arrayPattern(cx: EmitCtx, p: A.ArrayPat, s: string, t: Type, code: PatternCode): void {
  if ([...p.before, ...p.after].some((e) => e.kind === 'BitsPat')) return bitstringPattern(cx, p, s, code);
  if (coreName(t) === 'Json') {
    code.tests.push(`${s}.$c === "Array"`);
    return arrayPattern(cx, p, `${s}._0`, { k: 'con', decl: cx.doc.env.types.get('Array')!, args: [t] }, code);
  }
  const name = coreName(t);
  const n = p.before.length + p.after.length;
  if (name === 'String' || name === 'StringView') {
    // Elements are chars (code points), not code units.
    const chars = cx.tmp();
    cx.w.line(`let ${chars};`);
    code.tests.push(`((${chars} = $rt.charsOf(${s})), ${p.rest ? `${chars}.length >= ${n}` : `${chars}.length === ${n}`})`);
    p.before.forEach((e, i) => go(cx, e, `${chars}[${i}]`, code));
    p.after.forEach((e, i) => go(cx, e, `${chars}[${chars}.length - ${p.after.length - i}]`, code));
    const rest = cx.t.restBinders.get(p);
    if (rest) bind(cx, rest, `$rt.charsRest(${s}, ${chars}, ${p.before.length}, ${p.after.length})`, code);
    return;
  }
  const view = name === 'ArrayView' || name === 'MutArrayView' || name === 'BytesView';
  const len = view ? `(${s}.end - ${s}.start)` : `${s}.length`;
  const at = (i: string): string => (view ? `${name === 'BytesView' ? `${s}.bytes` : `${s}.arr`}[${s}.start + ${i}]` : `${s}[${i}]`);
  code.tests.push(p.rest ? `${len} >= ${n}` : `${len} === ${n}`);
  p.before.forEach((e, i) => go(cx, e, at(String(i)), code));
  p.after.forEach((e, i) => go(cx, e, at(`${len} - ${p.after.length - i}`), code));
  const rest = cx.t.restBinders.get(p);
  if (rest) bind(cx, rest, `$rt.restView(${s}, ${p.before.length}, ${p.after.length})`, code);
}

/**
 * The part before `..` reads from the first bit, the part after it ends at
 * the last; each side takes whole bytes, so a run matches when it has at
 * least that many (exactly, without `..`).
 */
function bitstringPattern(cx: EmitCtx, p: A.ArrayPat, s: string, code: PatternCode): void {
  const run = cx.tmp();
  cx.w.line(`let ${run};`);
  const before = bitsOf(p.before);
  const after = bitsOf(p.after);
  const bytes = Math.ceil(before / 8) + Math.ceil(after / 8);
  code.tests.push(`((${run} = $rt.byteRun(${s})), ${run}.length ${p.rest ? '>=' : '==='} ${bytes})`);
  const read = (elements: readonly A.Pattern[], first: (offset: number) => string): void => {
    let offset = 0;
    for (const e of elements) {
      const f = e.kind === 'BitsPat' ? bitField(e.format) : { signed: false, width: 8, le: false };
      go(cx, e.kind === 'BitsPat' ? e.pattern : e, `$rt.readBits(${run}, ${first(offset)}, ${f.width}, ${f.signed}, ${f.le})`, code);
      offset += f.width;
    }
  };
  read(p.before, (offset) => String(offset));
  read(p.after, (offset) => `${run}.length * 8 - ${after - offset}`);
  const rest = cx.t.restBinders.get(p);
  if (rest) bind(cx, rest, `$rt.restView(${s}, ${before / 8}, ${after / 8})`, code);
}

function mapPattern(cx: EmitCtx, p: A.MapPat, s: string, t: Type, code: PatternCode): void {
  const json = coreName(t) === 'Json';
  let map = s;
  if (json) {
    code.tests.push(`${s}.$c === "Object"`);
    map = `${s}._0`;
  }
  const h = resolveHead(t);
  const keyDesc = json ? descOf(cx, cx.doc.env.types.get('String') ? { k: 'con', decl: cx.doc.env.types.get('String')!, args: [] } : h) : descOf(cx, h.k === 'con' ? h.args[0]! : h);
  for (const entry of p.entries) {
    const key = literalValue(cx, entry.key, cx.t.types.get(entry.key)!);
    const found = cx.tmp();
    cx.w.line(`let ${found};`);
    const lookup = `(${found} = $rt.mapGet(${keyDesc}, ${map}, ${key}))`;
    if (entry.optional) {
      code.tests.push(`(${lookup}, true)`);
      go(cx, entry.pattern, found, code);
    } else {
      code.tests.push(`${lookup}.tag === "Some"`);
      go(cx, entry.pattern, `${found}.value`, code);
    }
  }
}
