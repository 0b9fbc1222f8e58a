// Patterns: their types and binders, and whether a set of arms covers every
// value (MoonBit refuses a partial match). Exhaustiveness is the usefulness
// algorithm of Maranget ("Warnings for pattern matching", 2007) over the
// constructors each type has.

import type * as A from '../syntax/ast.ts';
import { ctorFieldTypes, visibleCtors } from './calls.ts';
import type { Ctx } from './context.ts';
import { lookupTypeDecl, resolveType } from './declare.ts';
import { didYouMean } from './diagnostics.ts';
import { coreName, instantiateDecl, instantiateField, intLiteralType, typeScope } from './expr.ts';
import { fit, isErrorTop } from './fit.ts';
import { require } from './traits.ts';
import type { LocalVar } from './typed.ts';
import { freshVar, resolveHead, showType, tuple, typeArg, unify, type CtorInfo, type Type } from './types.ts';

/** Checks `p` against `t`, declaring its binders in the current scope. */
export function bindPattern(cx: Ctx, p: A.Pattern, t: Type, mutable = false): void {
  checkPattern(cx, p, t, mutable);
}

/** Checks `p` against `t`; declares and returns its binders. */
export function checkPattern(cx: Ctx, p: A.Pattern, t: Type, mutable = false): Map<string, LocalVar> {
  const binders = new Map<string, LocalVar>();
  walk(cx, p, t, binders, mutable);
  return binders;
}

function declareBinder(cx: Ctx, node: A.Pattern, name: string, t: Type, binders: Map<string, LocalVar>, mutable: boolean): void {
  if (binders.has(name)) cx.error(`\`${name}\` is bound twice in this pattern`, node.span);
  const v = cx.declare(name, t, mutable, node.span);
  binders.set(name, v);
  cx.t.binders.set(node, v);
}

function walk(cx: Ctx, p: A.Pattern, t: Type, binders: Map<string, LocalVar>, mutable: boolean): void {
  cx.t.types.set(p, t);
  switch (p.kind) {
    case 'WildcardPat':
      return;
    case 'VarPat':
      declareBinder(cx, p, p.name, t, binders, mutable);
      return;
    case 'LitPat':
      literalPattern(cx, p, t);
      return;
    case 'ConstructorPat':
      ctorPattern(cx, p, t, binders, mutable);
      return;
    case 'TuplePat': {
      const elems = p.elements.map(() => freshVar() as Type);
      const m = unify(tuple(elems), t);
      if (m) cx.error(`this tuple pattern of ${p.elements.length} elements does not match type ${showType(t)}`, p.span);
      p.elements.forEach((e, i) => walk(cx, e, elems[i]!, binders, mutable));
      return;
    }
    case 'ArrayPat': {
      if ([...p.before, ...p.after].some((e) => e.kind === 'BitsPat')) return bitstringPattern(cx, p, t, binders, mutable);
      const shape = arrayShape(cx, t);
      if (!shape) cx.error(`an array pattern does not match type ${showType(t)}`, p.span);
      for (const e of [...p.before, ...p.after]) walk(cx, e, shape.elem, binders, mutable);
      if (p.rest?.name) {
        const node = { kind: 'VarPat', name: p.rest.name, span: p.rest.span } as A.VarPat;
        cx.t.restBinders.set(p, node);
        declareBinder(cx, node, p.rest.name, shape.rest, binders, mutable);
      }
      return;
    }
    case 'OrPat': {
      const [first, ...rest] = p.alternatives;
      walk(cx, first!, t, binders, mutable);
      for (const alt of rest) {
        const own = new Map<string, LocalVar>();
        cx.push();
        walk(cx, alt, t, own, mutable);
        cx.pop();
        const names = [...own.keys()].sort().join(',');
        if (names !== [...binders.keys()].filter((n) => own.has(n) || true).sort().join(',')) {
          cx.error('every alternative of an or-pattern must bind the same variables', alt.span);
        }
        for (const [name, v] of own) {
          const shared = binders.get(name)!;
          const m = unify(v.type, shared.type);
          if (m) cx.error(`\`${name}\` has type ${showType(v.type)} here but ${showType(shared.type)} in the first alternative`, v.span);
          cx.t.orAliases.set(v, shared);
        }
      }
      return;
    }
    case 'AsPat':
      walk(cx, p.pattern, t, binders, mutable);
      declareBinder(cx, p, p.name, t, binders, mutable);
      return;
    case 'RangePat': {
      const name = coreName(t);
      if (!name || !['Int', 'UInt', 'Int16', 'UInt16', 'Byte', 'Int64', 'UInt64', 'Char', 'Double', 'Float'].includes(name)) {
        cx.error(`a range pattern does not match type ${showType(t)}`, p.span);
      }
      for (const b of [p.from, p.to]) if (b) walk(cx, b, t, binders, mutable);
      return;
    }
    case 'RecordPat': {
      const h = resolveHead(t);
      if (h.k !== 'con' || h.decl.shape.k !== 'struct') return cx.error(`a record pattern does not match type ${showType(t)}`, p.span);
      const fields = h.decl.shape.fields;
      for (const f of p.fields) {
        const field = fields.find((x) => x.name === f.name);
        if (!field) cx.error(`struct ${h.decl.name} has no field \`${f.name}\`${didYouMean(f.name, fields.map((x) => x.name))}`, f.nameSpan);
        walk(cx, f.pattern, instantiateField(h, field.type), binders, mutable);
      }
      if (!p.open && p.fields.length !== fields.length) {
        const missing = fields.filter((f) => !p.fields.some((x) => x.name === f.name)).map((f) => f.name);
        cx.error(`this pattern does not mention field${missing.length > 1 ? 's' : ''} ${missing.map((m) => `\`${m}\``).join(', ')}; add \`..\` to ignore the others`, p.span);
      }
      cx.t.records.set(p, h.decl);
      return;
    }
    case 'MapPat': {
      const h = resolveHead(t);
      const name = coreName(h);
      let key: Type;
      let value: Type;
      if (name === 'Map' && h.k === 'con') {
        key = h.args[0]!;
        value = h.args[1]!;
      } else if (name === 'Json') {
        key = cx.type('String');
        value = t;
      } else {
        return cx.error(`a map pattern does not match type ${showType(t)}`, p.span);
      }
      require(cx, key, cx.trait('Hash'), p.span);
      for (const entry of p.entries) {
        walk(cx, entry.key, key, binders, mutable);
        walk(cx, entry.pattern, entry.optional ? cx.type('Option', value) : value, binders, mutable);
      }
      return;
    }
    case 'ConstraintPat': {
      const declared = resolveType({ ...typeScope(cx), holes: true }, p.type);
      fit(cx, p, declared, t, 'this pattern\'s annotation');
      walk(cx, p.pattern, t, binders, mutable);
      return;
    }
    case 'SplicePat':
      return cx.error('splice patterns (`.."text"` inside an array pattern) are not supported by the harness yet', p.span);
    case 'BitsPat':
      return cx.error(`a bit-field pattern (\`${p.format}(...)\`) reads bytes: it belongs in an array pattern over bytes`, p.span);
    case 'RegexPat':
    case 'SeqPat':
      return cx.error('lexmatch patterns are not supported by the harness yet', p.span);
  }
}

/** How a bit field reads: `u32be`, `i4be`, `u16le`; a bare `u8` (deprecated) reads big-endian. */
export interface BitField {
  signed: boolean;
  width: number;
  le: boolean;
}

export function bitField(format: string): BitField {
  const m = /^([ui])([0-9]+)(le|be)?$/.exec(format)!;
  return { signed: m[1] === 'i', width: Number(m[2]), le: m[3] === 'le' };
}

/** The bits an array pattern's bit fields and byte elements read, in order. */
export function bitsOf(elements: readonly A.Pattern[]): number {
  return elements.reduce((n, e) => n + (e.kind === 'BitsPat' ? bitField(e.format).width : 8), 0);
}

const BYTE_RUNS = ['Bytes', 'BytesView', 'Array', 'FixedArray', 'ReadOnlyArray', 'ArrayView'];

/**
 * `[u4be(tag), u12be(len), 0x7f, ..rest]`: a bitstring pattern. Bit fields
 * bind UInt/Int (up to 32 bits) or UInt64/Int64; a byte element reads the
 * 8 bits where it stands, aligned or not.
 */
function bitstringPattern(cx: Ctx, p: A.ArrayPat, t: Type, binders: Map<string, LocalVar>, mutable: boolean): void {
  const h = resolveHead(t);
  const name = coreName(h);
  const shape = name && BYTE_RUNS.includes(name) ? arrayShape(cx, t) : undefined;
  if (!shape || unify(shape.elem, cx.type('Byte'))) {
    return cx.error(`a bitstring pattern reads Bytes, BytesView, Array[Byte], FixedArray[Byte], ReadOnlyArray[Byte] or ArrayView[Byte], not ${showType(t)}`, p.span);
  }
  for (const e of [...p.before, ...p.after]) {
    if (e.kind !== 'BitsPat') {
      walk(cx, e, shape.elem, binders, mutable);
      continue;
    }
    const f = bitField(e.format);
    if (f.width < 1 || f.width > 64) cx.error(`\`${e.format}\` reads no bit field: the width must be 1 to 64`, e.span);
    if (f.le && f.width % 8 !== 0) {
      cx.error(`\`${e.format}\`: a little-endian field of a width that is not a multiple of 8 (deprecated in MoonBit) is not supported by the harness`, e.span);
    }
    const type = f.width <= 32 ? (f.signed ? 'Int' : 'UInt') : f.signed ? 'Int64' : 'UInt64';
    walk(cx, e.pattern, cx.type(type), binders, mutable);
  }
  if (p.rest?.name) {
    if (bitsOf(p.before) % 8 !== 0 || bitsOf(p.after) % 8 !== 0) {
      cx.error('`..rest` takes whole bytes: the bits before and after it must be a multiple of 8', p.rest.span);
    }
    const node = { kind: 'VarPat', name: p.rest.name, span: p.rest.span } as A.VarPat;
    cx.t.restBinders.set(p, node);
    declareBinder(cx, node, p.rest.name, shape.rest, binders, mutable);
  }
}

/** What an array pattern sees in a value of type `t`: its element, and what `..rest` binds. */
function arrayShape(cx: Ctx, t: Type): { elem: Type; rest: Type } | undefined {
  const h = resolveHead(t);
  switch (coreName(h)) {
    case 'Array': case 'FixedArray': case 'ArrayView': case 'ReadOnlyArray':
      return { elem: typeArg(h, 0), rest: cx.type('ArrayView', typeArg(h, 0)) };
    case 'MutArrayView':
      return { elem: typeArg(h, 0), rest: cx.type('MutArrayView', typeArg(h, 0)) };
    case 'String': case 'StringView':
      return { elem: cx.type('Char'), rest: cx.type('StringView') };
    case 'Bytes': case 'BytesView':
      return { elem: cx.type('Byte'), rest: cx.type('BytesView') };
    case 'Json':
      // An array pattern matches a JSON `Array`'s elements.
      return { elem: t, rest: cx.type('ArrayView', t) };
  }
  return undefined;
}

function literalPattern(cx: Ctx, p: A.LitPat, t: Type): void {
  const lit = p.value;
  // Against Json, a string, number or Bool literal matches that JSON value (`1` matches `Number(1.0)`).
  if (coreName(t) === 'Json' && ['StringLit', 'IntLit', 'DoubleLit', 'BoolLit'].includes(lit.kind) && !(lit.kind === 'IntLit' && lit.suffix)) {
    cx.t.types.set(lit, t);
    return;
  }
  let found: Type;
  switch (lit.kind) {
    case 'IntLit':
      found = intLiteralType(cx, lit, t, p.negative);
      break;
    case 'DoubleLit':
      found = lit.suffix === 'F' || coreName(t) === 'Float' ? cx.type('Float') : cx.type('Double');
      break;
    case 'CharLit':
      found = cx.type('Char');
      break;
    case 'ByteLit':
      found = cx.type('Byte');
      break;
    case 'StringLit':
      found = coreName(t) === 'StringView' ? cx.type('StringView') : cx.type('String');
      break;
    case 'BoolLit':
      found = cx.type('Bool');
      break;
    case 'UnitLit':
      found = cx.type('Unit');
      break;
    case 'BytesLit':
      found = coreName(t) === 'BytesView' ? cx.type('BytesView') : cx.type('Bytes');
      break;
  }
  cx.t.types.set(lit, found);
  fit(cx, p, found, t, 'this literal pattern');
}

function ctorPattern(cx: Ctx, p: A.ConstructorPat, t: Type, binders: Map<string, LocalVar>, mutable: boolean): void {
  // A constant: `MAX_VALUE`, `@int.max_value` written as a constructor.
  if (!p.typeName && p.args.length === 0 && !cx.env.ctors.get(p.name)) {
    const c = p.pkg ? cx.env.values.get(`@${p.pkg}.${p.name}`) : cx.env.value(p.name);
    if (c?.k === 'const') {
      fit(cx, p, c.type, t, `constant \`${p.name}\``);
      cx.t.names.set(p, { k: 'global', v: c });
      return;
    }
  }
  const ctor = patternCtor(cx, p, t);
  const owner = ctor.owner;
  const errorTop = isErrorTop(t) && owner.isError;
  const ctorType = errorTop ? instantiateDecl(owner) : instantiateDecl(owner);
  if (!errorTop) {
    const m = unify(ctorType, t);
    if (m) cx.error(`constructor \`${ctor.name}\` of ${owner.name} does not match type ${showType(t)}`, p.span);
  }
  cx.t.ctors.set(p, { ctor, type: ctorType });
  const fieldTypes = ctorFieldTypes(ctor, ctorType);
  const positional = ctor.fields.map((f, i) => [f, i] as const).filter(([f]) => !f.label);
  let next = 0;
  const used = new Set<number>();
  const plan: { index: number; pattern: A.Pattern }[] = [];
  for (const a of p.args) {
    let index: number;
    if (a.label !== undefined) {
      index = ctor.fields.findIndex((f) => f.label === a.label);
      if (index < 0) cx.error(`constructor \`${ctor.name}\` has no field labeled \`${a.label}\``, a.pattern.span);
    } else {
      const slot = positional[next++];
      if (!slot) {
        // The spec's `Ok(())`: a unit payload written as an explicit `()`.
        cx.error(`constructor \`${ctor.name}\` takes ${positional.length} positional argument${positional.length === 1 ? '' : 's'} in a pattern`, a.pattern.span);
      }
      index = slot[1];
    }
    if (used.has(index)) cx.error('this field is matched twice', a.pattern.span);
    used.add(index);
    plan.push({ index, pattern: a.pattern });
    walk(cx, a.pattern, fieldTypes[index]!, binders, mutable);
  }
  // As in moon, a lone `_` matches the whole payload (`Tri(_)`), and labeled fields may be left out.
  const wildcard = p.args.length === 1 && p.args[0]!.label === undefined && p.args[0]!.pattern.kind === 'WildcardPat';
  const unmatched = positional.filter(([, i]) => !used.has(i)).length;
  if (!p.open && !wildcard && unmatched > 0) {
    if (p.args.length === 0) {
      cx.error(`constructor \`${ctor.name}\` has ${ctor.fields.length} field${ctor.fields.length === 1 ? '' : 's'}; match them or write \`${ctor.name}(..)\``, p.span);
    }
    cx.error(`this pattern does not match every field of \`${ctor.name}\`; add \`..\` to ignore the rest`, p.span);
  }
  cx.t.ctorArgs.set(p, plan);
}

function patternCtor(cx: Ctx, p: A.ConstructorPat, t: Type): CtorInfo {
  if (p.typeName) {
    const decl = lookupTypeDecl(typeScope(cx), p.typeName, p.pkg, p.span);
    const c = decl.shape.k === 'enum' ? decl.shape.ctors.find((x) => x.name === p.name) : undefined;
    if (!c) cx.error(`type \`${p.typeName}\` has no constructor \`${p.name}\``, p.span);
    return c;
  }
  let candidates = visibleCtors(cx, p.name, p.pkg, t);
  const h = resolveHead(t);
  if (candidates.length > 1 && h.k === 'con') {
    const exact = candidates.filter((c) => c.owner === h.decl);
    if (exact.length) candidates = exact;
    else if (isErrorTop(h)) candidates = candidates.filter((c) => c.owner.isError);
  }
  if (candidates.length === 0) {
    const wanted = h.k === 'con' && h.decl.name === p.name ? h.decl : undefined;
    const decl = p.pkg ? cx.env.types.get(`@${p.pkg}.${p.name}`) : wanted ?? cx.env.type(p.name);
    if (decl && decl.shape.k === 'struct' && decl.shape.tuple) {
      return { name: decl.name, index: 0, owner: decl, fields: decl.shape.fields.map((f) => ({ type: f.type, mutable: f.mutable })) };
    }
    return cx.error(`unknown constructor \`${p.name}\`${didYouMean(p.name, cx.env.ctors.keys())}`, p.span);
  }
  if (candidates.length > 1) {
    const local = candidates.filter((c) => c.owner.local);
    if (local.length === 1) return local[0]!;
    cx.error(`constructor \`${p.name}\` belongs to several types; write \`Type::${p.name}\``, p.span);
  }
  return candidates[0]!;
}

// ---- exhaustiveness --------------------------------------------------------

/** A pattern reduced to what coverage depends on. */
type Pat =
  | { k: 'any' }
  | { k: 'ctor'; id: string; args: Pat[] }
  | { k: 'or'; alts: Pat[] }
  /** Matches some values of an infinite type (a literal, a range, a map pattern). */
  | { k: 'some' }
  /** An integer or Char literal or range: the values `lo..=hi` of its type. */
  | { k: 'range'; lo: bigint; hi: bigint }
  | { k: 'array'; before: Pat[]; rest: boolean; after: Pat[] };

const ANY: Pat = { k: 'any' };

function reduce(cx: Ctx, p: A.Pattern): Pat {
  switch (p.kind) {
    case 'WildcardPat':
    case 'VarPat':
      return ANY;
    case 'AsPat':
      return reduce(cx, p.pattern);
    case 'ConstraintPat':
      return reduce(cx, p.pattern);
    case 'LitPat': {
      const lit = p.value;
      const t = cx.t.types.get(p);
      const v = boundOf(p);
      if (v !== undefined && intDomain(t)) return { k: 'range', lo: v, hi: v };
      if (lit.kind === 'BoolLit' && t && coreName(t) === 'Json') {
        const json = resolveHead(t);
        return { k: 'ctor', id: `${json.k === 'con' ? json.decl.runtime : 'Json'}.${lit.value ? 'True' : 'False'}`, args: [] };
      }
      if (lit.kind === 'BoolLit') return { k: 'ctor', id: String(lit.value), args: [] };
      if (lit.kind === 'UnitLit') return ANY;
      return { k: 'some' };
    }
    case 'TuplePat':
      return { k: 'ctor', id: 'tuple', args: p.elements.map((e) => reduce(cx, e)) };
    case 'ConstructorPat': {
      const info = cx.t.ctors.get(p);
      if (!info) return { k: 'some' }; // a constant
      const plan = cx.t.ctorArgs.get(p) ?? [];
      const args: Pat[] = info.ctor.fields.map(() => ANY);
      for (const { index, pattern } of plan) args[index] = reduce(cx, pattern);
      return { k: 'ctor', id: `${info.ctor.owner.runtime}.${info.ctor.name}`, args };
    }
    case 'OrPat':
      return { k: 'or', alts: p.alternatives.map((a) => reduce(cx, a)) };
    case 'ArrayPat':
      if ([...p.before, ...p.after].some((e) => e.kind === 'BitsPat')) return reduceBitstring(cx, p);
      return { k: 'array', before: p.before.map((e) => reduce(cx, e)), rest: p.rest !== undefined, after: p.after.map((e) => reduce(cx, e)) };
    case 'RecordPat': {
      const decl = cx.t.records.get(p);
      if (!decl || decl.shape.k !== 'struct') return { k: 'some' };
      const args = decl.shape.fields.map((f) => {
        const given = p.fields.find((x) => x.name === f.name);
        return given ? reduce(cx, given.pattern) : ANY;
      });
      return { k: 'ctor', id: 'struct', args };
    }
    case 'RangePat': {
      if (p.from === undefined && p.to === undefined) return ANY;
      const domain = intDomain(cx.t.types.get(p));
      const lo = p.from ? boundOf(p.from) : domain?.[0];
      const hi = p.to ? boundOf(p.to) : domain?.[1];
      if (!domain || lo === undefined || hi === undefined) return { k: 'some' };
      return { k: 'range', lo, hi: p.to && !p.inclusive ? hi - 1n : hi };
    }
    case 'MapPat':
      return p.entries.length === 0 && p.open ? mapAny(cx, p) : { k: 'some' };
    default:
      return { k: 'some' };
  }
}

/**
 * A bitstring pattern needs whole bytes on each side of `..` (all of them
 * when it has none): one whose every field and element matches anything is
 * the array pattern of that many `_`; any other matches some arrays.
 */
function reduceBitstring(cx: Ctx, p: A.ArrayPat): Pat {
  const irrefutable = (e: A.Pattern): boolean => reduce(cx, e.kind === 'BitsPat' ? e.pattern : e).k === 'any';
  if (![...p.before, ...p.after].every(irrefutable)) return { k: 'some' };
  const anys = (bits: number): Pat[] => Array.from({ length: Math.ceil(bits / 8) }, () => ANY);
  return { k: 'array', before: anys(bitsOf(p.before)), rest: p.rest !== undefined, after: anys(bitsOf(p.after)) };
}

/** The values an integer-like type holds, as the bounds range patterns are compared with. */
function intDomain(t: Type | undefined): [bigint, bigint] | undefined {
  switch (t && coreName(t)) {
    case 'Int': return [-(2n ** 31n), 2n ** 31n - 1n];
    case 'UInt': return [0n, 2n ** 32n - 1n];
    case 'Int16': return [-(2n ** 15n), 2n ** 15n - 1n];
    case 'UInt16': return [0n, 2n ** 16n - 1n];
    case 'Byte': return [0n, 255n];
    case 'Int64': return [-(2n ** 63n), 2n ** 63n - 1n];
    case 'UInt64': return [0n, 2n ** 64n - 1n];
    case 'Char': return [0n, 0x10ffffn];
  }
  return undefined;
}

/** A literal pattern's value as an integer (a char's code point), if it is one. */
function boundOf(p: A.LitPat | A.ConstructorPat): bigint | undefined {
  if (p.kind !== 'LitPat') return undefined;
  const lit = p.value;
  switch (lit.kind) {
    case 'IntLit': return p.negative ? -lit.value : lit.value;
    case 'CharLit': return BigInt(lit.value.codePointAt(0)!);
    case 'ByteLit': return BigInt(lit.value);
  }
  return undefined;
}

/**
 * An integer-like column: its domain is cut where a pattern's range starts
 * or ends, and each piece is checked as a value every row either takes
 * whole or not at all.
 */
function usefulRange(cx: Ctx, rows: Pat[][], domain: [bigint, bigint], rest: Type[], depth: number): string[] | undefined {
  const cuts = new Set<bigint>([domain[0]]);
  for (const r of rows) {
    const h = r[0]!;
    if (h.k !== 'range') continue;
    if (h.lo > domain[0]) cuts.add(h.lo);
    if (h.hi < domain[1]) cuts.add(h.hi + 1n);
  }
  const starts = [...cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const lo of starts) {
    const specialized: Pat[][] = [];
    for (const r of rows) {
      const h = r[0]!;
      if (h.k === 'any' || (h.k === 'range' && h.lo <= lo && lo <= h.hi)) specialized.push(r.slice(1));
    }
    const w = useful(cx, specialized, rest, depth + 1);
    if (w) return ["_", ...w];
  }
  return undefined;
}

/** `{ .. }` matches every map, and every Json `Object`. */
function mapAny(cx: Ctx, p: A.MapPat): Pat {
  const t = cx.t.types.get(p);
  if (t && coreName(t) === 'Json') return { k: 'ctor', id: 'Json.Object', args: [ANY] };
  return ANY;
}

/** The constructors of a type: their ids and argument types; undefined for an infinite type. */
function signature(cx: Ctx, t: Type): { id: string; name: string; args: Type[] }[] | undefined {
  const h = resolveHead(t);
  if (h.k === 'tuple') return [{ id: 'tuple', name: '', args: [...h.elems] }];
  if (h.k !== 'con') return undefined;
  if (coreName(h) === 'Bool') return [{ id: 'true', name: 'true', args: [] }, { id: 'false', name: 'false', args: [] }];
  const shape = h.decl.shape;
  if (shape.k === 'enum') {
    if (h.decl.name === 'Error' && !h.decl.pkg) return undefined;
    return shape.ctors.map((c) => ({ id: `${c.owner.runtime}.${c.name}`, name: c.name, args: ctorFieldTypes(c, h) }));
  }
  if (shape.k === 'struct' && !shape.tuple) return [{ id: 'struct', name: h.decl.name, args: shape.fields.map((f) => instantiateField(h, f.type)) }];
  if (shape.k === 'struct' && shape.tuple) return [{ id: `${h.decl.runtime}.${h.decl.name}`, name: h.decl.name, args: shape.fields.map((f) => instantiateField(h, f.type)) }];
  return undefined;
}

function isArrayLike(cx: Ctx, t: Type): Type | undefined {
  return arrayShape(cx, t)?.elem;
}

/** Expands or-patterns at the head of a row. */
function expandRow(row: Pat[]): Pat[][] {
  const head = row[0];
  if (head?.k === 'or') return head.alts.flatMap((a) => expandRow([a, ...row.slice(1)]));
  return [row];
}

/**
 * Whether `q` matches a value no row matches; returns a witness (one
 * description per column) when it does.
 */
function useful(cx: Ctx, rows: Pat[][], types: Type[], depth = 0): string[] | undefined {
  if (depth > 60) return undefined;
  if (types.length === 0) return rows.length === 0 ? [] : undefined;
  const expanded = rows.flatMap(expandRow);
  const [t, ...rest] = types as [Type, ...Type[]];
  const heads = expanded.map((r) => r[0]!);
  const elem = isArrayLike(cx, t);
  if (elem && heads.some((h) => h.k === 'array')) return usefulArray(cx, expanded, elem, t, rest, depth);
  const domain = intDomain(t);
  if (domain && heads.some((h) => h.k === 'range')) return usefulRange(cx, expanded, domain, rest, depth);
  const sig = signature(cx, t);
  if (sig && heads.some((h) => h.k === 'ctor')) {
    for (const c of sig) {
      const specialized: Pat[][] = [];
      for (const r of expanded) {
        const h = r[0]!;
        if (h.k === 'ctor' && h.id === c.id) specialized.push([...h.args, ...r.slice(1)]);
        else if (h.k === 'any') specialized.push([...c.args.map(() => ANY), ...r.slice(1)]);
      }
      const w = useful(cx, specialized, [...c.args, ...rest], depth + 1);
      if (w) {
        const args = w.slice(0, c.args.length);
        const shown = c.id === 'tuple' ? `(${args.join(', ')})` : c.id === 'struct' ? `{ ${args.join(', ')} }` : args.length ? `${c.name}(${args.join(', ')})` : c.name;
        return [shown, ...w.slice(c.args.length)];
      }
    }
    return undefined;
  }
  // Only wildcards count for this column.
  const defaults = expanded.filter((r) => r[0]!.k === 'any').map((r) => r.slice(1));
  const w = useful(cx, defaults, rest, depth + 1);
  return w ? ['_', ...w] : undefined;
}

function usefulArray(cx: Ctx, rows: Pat[][], elem: Type, _t: Type, rest: Type[], depth: number): string[] | undefined {
  let max = 0;
  for (const r of rows) {
    const h = r[0]!;
    if (h.k === 'array') max = Math.max(max, h.before.length + h.after.length);
  }
  for (let len = 0; len <= max + 1; len++) {
    const specialized: Pat[][] = [];
    for (const r of rows) {
      const h = r[0]!;
      if (h.k === 'any') specialized.push([...new Array<Pat>(len).fill(ANY), ...r.slice(1)]);
      else if (h.k === 'array') {
        const fixed = h.before.length + h.after.length;
        if (!h.rest && fixed === len) specialized.push([...h.before, ...h.after, ...r.slice(1)]);
        else if (h.rest && fixed <= len) specialized.push([...h.before, ...new Array<Pat>(len - fixed).fill(ANY), ...h.after, ...r.slice(1)]);
      }
    }
    const w = useful(cx, specialized, [...new Array<Type>(len).fill(elem), ...rest], depth + 1);
    if (w) {
      const shown = len <= max ? `[${w.slice(0, len).join(', ')}]` : `[${w.slice(0, len).join(', ')}, ..]`;
      return [shown, ...w.slice(len)];
    }
  }
  return undefined;
}

/** Refuses a match (or catch, or loop) whose arms leave some value unmatched. */
export function checkExhaustive(cx: Ctx, subject: Type, arms: readonly { pattern: A.Pattern; guard?: A.Expr; span: A.Span }[], span: A.Span): void {
  const rows = arms.filter((a) => !a.guard).map((a) => [reduce(cx, a.pattern)]);
  const w = useful(cx, rows, [subject]);
  if (w) cx.error(`this match does not cover every value: ${w[0]} is not matched (MoonBit rejects a partial match)`, span);
}
