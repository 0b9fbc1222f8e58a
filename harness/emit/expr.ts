// Lowering checked expressions and statements to JavaScript.
//
// MoonBit's if, match, loops, try and blocks are expressions; JavaScript's
// are statements. An expression that needs statements is emitted in
// destination-passing style: as statements that deliver its value to a
// `Dest` (discard it, assign it, return it). Inside an expression that
// JavaScript can write directly, such a part is first spilled into a
// temporary, and operands before it are pinned so that evaluation order
// stays MoonBit's (left to right).

import type * as A from '../syntax/ast.ts';
import { coreName } from '../typing/expr.ts';
import type { LocalVar, SyntaxNode } from '../typing/typed.ts';
import { prune, resolveHead, type Type } from '../typing/types.ts';
import { emitCall, emitCtorValue, emitGlobalRef, emitMethodRef, traitRuntime } from './calls.ts';
import type { EmitCtx } from './context.ts';
import { emitPattern, type PatternCode } from './patterns.ts';
import { descOf, tsType } from './types.ts';

export type Dest = { k: 'discard' } | { k: 'assign'; js: string } | { k: 'return' };
export const DISCARD: Dest = { k: 'discard' };

const STATEMENT_KINDS = new Set<A.Expr['kind']>([
  'Match', 'Block', 'While', 'For', 'ForIn', 'Loop', 'Break', 'Continue', 'Return', 'Raise', 'Try', 'TryQuestion', 'TryBang',
]);

/** Whether `e` can be written as one JavaScript expression. Closures are: their bodies are nested functions. */
export function isSimple(cx: EmitCtx, e: A.Expr | A.Spread): boolean {
  switch (e.kind) {
    case 'Closure':
      return true;
    case 'If':
      return !e.else ? false : isSimple(cx, e.cond) && !condHasBinders(cx, e.cond) && blockIsSimple(cx, e.then) && (e.else.kind === 'If' ? isSimple(cx, e.else) : blockIsSimple(cx, e.else));
    case 'MapLit':
      if (cx.t.unitBraces.has(e)) return true;
      return e.entries.every((x) => isSimple(cx, x.key) && isSimple(cx, x.value));
    default:
      if (STATEMENT_KINDS.has(e.kind as A.Expr['kind'])) return false;
      return children(e).every((c) => isSimple(cx, c));
  }
}

function blockIsSimple(cx: EmitCtx, b: A.Block): boolean {
  if (b.stmts.length !== 1) return b.stmts.length === 0;
  const s = b.stmts[0]!;
  return s.kind === 'ExprStmt' && isSimple(cx, s.expr);
}

/** The direct sub-expressions of an expression that is not a statement kind. */
function children(e: A.Expr | A.Spread): (A.Expr | A.Spread)[] {
  switch (e.kind) {
    case 'InterpString':
      return e.parts.filter((p): p is A.Expr => typeof p !== 'string');
    case 'Call':
      return [e.callee, ...e.args.map((a) => a.value)];
    case 'MethodCall':
    case 'Cascade':
      return [e.receiver, ...e.args.map((a) => a.value)];
    case 'Field':
      return [e.object];
    case 'Index':
      return [e.object, e.index];
    case 'Slice':
      return [e.object, ...(e.start ? [e.start] : []), ...(e.end ? [e.end] : [])];
    case 'Unary':
      return [e.operand];
    case 'Binary':
      return [e.left, e.right];
    case 'Range':
      return [e.from, e.to];
    case 'Is':
      return [e.expr];
    case 'As':
    case 'Constraint':
      return [e.expr];
    case 'Tuple':
      return e.elements;
    case 'ArrayLit':
    case 'IterLit':
      return e.elements;
    case 'Spread':
      return [e.value];
    case 'MapLit':
      return e.entries.flatMap((x) => [x.key, x.value]);
    case 'RecordLit':
      return [...e.fields.map((f) => f.value), ...(e.spread ? [e.spread] : [])];
    default:
      return [];
  }
}

/** A condition whose `is` tests bind variables needs those declared first. */
function condHasBinders(cx: EmitCtx, e: A.Expr): boolean {
  if (e.kind === 'Is') return (cx.t.isBinders.get(e)?.size ?? 0) > 0;
  if (e.kind === 'Binary' && (e.op === '&&' || e.op === '||')) return condHasBinders(cx, e.left) || condHasBinders(cx, e.right);
  if (e.kind === 'Unary' && e.op === '!') return condHasBinders(cx, e.operand);
  return false;
}

/** Declares (as `let`) the variables the `is` tests inside `e` bind, before the statement using them. */
export function declareIsBinders(cx: EmitCtx, e: A.Expr): void {
  const names: string[] = [];
  const walk = (x: A.Expr | A.Spread): void => {
    if (x.kind === 'Is') for (const v of cx.t.isBinders.get(x)?.values() ?? []) names.push(cx.nameOf(v));
    if (x.kind === 'Closure') return;
    for (const c of children(x)) walk(c);
  };
  walk(e);
  if (names.length) cx.w.line(`let ${names.join(', ')};`);
}

// ---- delivering values -------------------------------------------------------

export function deliver(cx: EmitCtx, js: string, dest: Dest, span?: A.Span): void {
  const origin = span ? cx.at(span) : undefined;
  switch (dest.k) {
    case 'discard':
      if (js !== 'undefined' && !/^[\w$]+$/.test(js)) cx.w.line(`${js};`, origin);
      return;
    case 'assign':
      cx.w.line(`${dest.js} = ${js};`, origin);
      return;
    case 'return':
      cx.w.line(js === 'undefined' ? 'return;' : `return ${js};`, origin);
      return;
  }
}

/** Emits `e` so that its value reaches `dest`. */
export function exprInto(cx: EmitCtx, e: A.Expr, dest: Dest): void {
  switch (e.kind) {
    case 'Block':
      cx.w.line('{', cx.at(e.span));
      cx.w.indent(() => blockInto(cx, e, dest));
      cx.w.line('}');
      return;
    case 'If':
      if (isSimple(cx, e)) break;
      return ifInto(cx, e, dest);
    case 'Match':
      return matchInto(cx, e, dest);
    case 'While':
      return whileInto(cx, e, dest);
    case 'For':
      return forInto(cx, e, dest);
    case 'ForIn':
      return forInInto(cx, e, dest);
    case 'Loop':
      return loopInto(cx, e, dest);
    case 'Try':
      return tryInto(cx, e, dest);
    case 'TryQuestion':
      return tryQuestionInto(cx, e, dest);
    case 'TryBang':
      return tryBangInto(cx, e, dest);
    case 'Return': {
      if (!cx.inFunction) {
        // `return` in a test body ends the test.
        if (e.value) exprInto(cx, e.value, DISCARD);
        cx.w.line('return;', cx.at(e.span));
      } else if (e.value) {
        exprInto(cx, e.value, { k: 'return' });
      } else {
        cx.w.line('return;', cx.at(e.span));
      }
      return;
    }
    case 'Raise': {
      const v = value(cx, e.value);
      cx.w.line(`throw ${v};`, cx.at(e.span));
      return;
    }
    case 'Break':
      return breakStmt(cx, e);
    case 'Continue':
      return continueStmt(cx, e);
    default:
      break;
  }
  deliver(cx, value(cx, e), dest, e.span);
}

/** A JavaScript expression for `e`, emitting statements first when parts of it need them. */
export function value(cx: EmitCtx, e: A.Expr): string {
  if (STATEMENT_KINDS.has(e.kind) || (e.kind === 'If' && !isSimple(cx, e))) {
    const t = cx.tmp();
    cx.w.line(`let ${t}${cx.typed ? ': any' : ''};`, cx.at(e.span));
    exprInto(cx, e, { k: 'assign', js: t });
    return coerce(cx, e, t);
  }
  return coerce(cx, e, direct(cx, e));
}

/** A value that can be read several times: a temporary unless it is a name. */
export function pin(cx: EmitCtx, js: string): string {
  if (/^[\w$]+$/.test(js) || /^-?\d/.test(js) || js === 'undefined') return js;
  return copy(cx, js);
}

/** `js`'s value now, in a constant (a variable's too, which later code may assign). */
export function copy(cx: EmitCtx, js: string): string {
  const t = cx.tmp();
  cx.w.line(`const ${t} = ${js};`);
  return t;
}

/**
 * The values of several expressions, left to right. When a later one needs
 * statements, earlier ones that may have effects are pinned first.
 */
export function operands(cx: EmitCtx, es: readonly A.Expr[]): string[] {
  let lastComplex = -1;
  es.forEach((e, i) => {
    if (!isSimple(cx, e)) lastComplex = i;
  });
  return es.map((e, i) => {
    const v = value(cx, e);
    if (i >= lastComplex || isPure(cx, e)) return v;
    return e.kind === 'Ident' ? copy(cx, v) : pin(cx, v);
  });
}

/** Whether `e`'s value cannot change while later operands run: a `let mut` variable's can. */
function isPure(cx: EmitCtx, e: A.Expr): boolean {
  switch (e.kind) {
    case 'IntLit': case 'DoubleLit': case 'BoolLit': case 'UnitLit': case 'CharLit': case 'ByteLit': case 'StringLit': case 'Closure':
      return true;
    case 'Ident': {
      const ref = cx.t.names.get(e);
      return ref?.k !== 'local' || !ref.v.mutable;
    }
    default:
      return false;
  }
}

/** Applies the implicit conversion the checker recorded for `e`. */
function coerce(cx: EmitCtx, e: A.Expr, js: string): string {
  const c = cx.t.coercions.get(e);
  if (!c) return js;
  switch (c.k) {
    case 'view':
      return `$rt.view${c.to}(${js})`;
    case 'dyn':
      if (c.trait.name === 'Logger' && !c.trait.local) {
        return coreName(c.type) === 'StringBuilder' || prune(c.type).k === 'dyn' ? js : `$rt.loggerOf(${descOf(cx, c.type)}, ${js})`;
      }
      return `new $rt.Dyn(${descOf(cx, c.type)}, ${js})`;
    case 'tojson':
      return `${descOf(cx, c.type)}["ToJson.to_json"](${js})`;
  }
}

// ---- direct expressions ------------------------------------------------------

function typeOf(cx: EmitCtx, e: SyntaxNode): Type {
  return cx.t.typeOf(e);
}

function numberJs(n: number): string {
  if (Object.is(n, -0)) return '-0';
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  return String(n);
}

/** An integer literal of type `t` (negated for `-lit`). */
export function intLiteral(value: bigint, t: Type): string {
  switch (coreName(t)) {
    case 'Int64':
      return `${BigInt.asIntN(64, value)}n`;
    case 'UInt64':
      return `${BigInt.asUintN(64, value)}n`;
    case 'BigInt':
      return `${value}n`;
    case 'Double':
      return numberJs(Number(value));
    case 'Float':
      return numberJs(Math.fround(Number(value)));
    case 'Json':
      return `$rt.jsonNumber(${numberJs(Number(value))})`;
    case 'Int':
      return numberJs(Number(BigInt.asIntN(32, value)));
    default:
      return numberJs(Number(value));
  }
}

function stringJs(s: string): string {
  return JSON.stringify(s);
}

function direct(cx: EmitCtx, e: A.Expr): string {
  const t = (): Type => typeOf(cx, e);
  switch (e.kind) {
    case 'IntLit':
      return intLiteral(e.value, t());
    case 'DoubleLit': {
      const n = coreName(t());
      if (n === 'Json') return `$rt.jsonNumber(${numberJs(e.value)})`;
      return numberJs(n === 'Float' ? Math.fround(e.value) : e.value);
    }
    case 'BoolLit':
      return coreName(t()) === 'Json' ? `$rt.jsonBool(${e.value})` : String(e.value);
    case 'UnitLit':
      return 'undefined';
    case 'CharLit':
      return String(e.value.codePointAt(0));
    case 'ByteLit':
      return String(e.value);
    case 'StringLit': {
      const n = coreName(t());
      if (n === 'Bytes') return cx.hoist('$bytes', `$rt.utf8Bytes(${stringJs(e.value)})`);
      if (n === 'Json') return `$rt.jsonString(${stringJs(e.value)})`;
      return stringJs(e.value);
    }
    case 'InterpString': {
      const parts = e.parts.map((p) => (typeof p === 'string' ? stringJs(p) : showString(cx, p, value(cx, p))));
      const s = parts.length ? parts.join(' + ') : '""';
      return coreName(t()) === 'Json' ? `$rt.jsonString(${s})` : `(${s})`;
    }
    case 'BytesLit':
      return cx.hoist('$bytes', `new Uint8Array([${Array.from(e.value).join(', ')}])`);
    case 'Ident':
    case 'Constructor': {
      const ref = cx.t.names.get(e);
      if (ref?.k === 'local') return localRef(cx, ref.v, e);
      if (ref?.k === 'global') return emitGlobalRef(cx, ref.v, e);
      if (ref?.k === 'method') return emitMethodRef(cx, ref.m, ref.inst);
      if (ref?.k === 'traitMethod') {
        return `((...a${cx.typed ? ': any[]' : ''}) => ${descOf(cx, ref.self)}[${JSON.stringify(`${traitRuntime(ref.trait)}.${ref.method}`)}](...a))`;
      }
      return emitCtorValue(cx, e as A.Constructor);
    }
    case 'Call':
    case 'MethodCall':
    case 'Cascade':
      return emitCall(cx, e);
    case 'Binary':
      if (e.op === '|>') return emitCall(cx, cx.t.pipes.get(e)!);
      return binary(cx, e);
    case 'Unary':
      return unary(cx, e);
    case 'Field': {
      const obj = value(cx, e.object);
      const ref = cx.t.fields.get(e);
      if (ref) return `${wrap(obj)}.${ref.field.js}`;
      return `${wrap(obj)}[${e.name}]`;
    }
    case 'Index': {
      const call = cx.t.rewrites.get(e);
      if (call) return emitCall(cx, call);
      const [obj, idx] = operands(cx, [e.object, e.index]);
      return indexRead(cx, e, obj!, idx!);
    }
    case 'Slice': {
      const parts = operands(cx, [e.object, ...(e.start ? [e.start] : []), ...(e.end ? [e.end] : [])]);
      const obj = parts[0]!;
      const start = e.start ? parts[1]! : 'undefined';
      const end = e.end ? parts[e.start ? 2 : 1]! : 'undefined';
      const kind = coreName(typeOf(cx, e)) === 'StringView' ? 'String' : coreName(typeOf(cx, e)) === 'BytesView' ? 'Bytes' : 'Array';
      return `$rt.slice${kind}(${obj}, ${start}, ${end}, ${cx.loc(e.span)})`;
    }
    case 'Is': {
      const subject = pin(cx, value(cx, e.expr));
      const code = emitPattern(cx, e.pattern, subject);
      return testWithBinds(cx, code);
    }
    case 'As':
    case 'Constraint':
      return value(cx, e.expr);
    case 'Tuple':
      return `[${operands(cx, e.elements).join(', ')}]`;
    case 'ArrayLit':
      return arrayLiteral(cx, e);
    case 'IterLit': {
      const exprs = e.elements.map((x) => (x.kind === 'Spread' ? x.value : x));
      const vals = operands(cx, exprs);
      const elem = spreadElement(typeOf(cx, e));
      return `$rt.iterOfArray([${e.elements.map((x, i) => (x.kind === 'Spread' ? `...${iterate(cx, x.value, vals[i]!, elem)}` : vals[i]!)).join(', ')}])`;
    }
    case 'MapLit':
      return mapLiteral(cx, e);
    case 'RecordLit':
      return recordLiteral(cx, e);
    case 'If': {
      const cond = value(cx, e.cond);
      const thenV = blockValue(cx, e.then);
      const elseV = e.else!.kind === 'If' ? value(cx, e.else!) : blockValue(cx, e.else as A.Block);
      return `(${cond} ? ${thenV} : ${elseV})`;
    }
    case 'Closure':
      return closure(cx, e);
    case 'Todo':
      return `$rt.todo(${cx.loc(e.span)})`;
    case 'Placeholder':
    case 'Range':
    case 'RegexLit':
    case 'Lexmatch':
    case 'LexmatchTest':
      throw new Error(`internal: ${e.kind} reached the emitter`);
    default:
      throw new Error(`internal: ${e.kind} is not a direct expression`);
  }
}

function blockValue(cx: EmitCtx, b: A.Block): string {
  if (b.stmts.length === 0) return 'undefined';
  return value(cx, (b.stmts[0] as A.ExprStmt).expr);
}

function wrap(js: string): string {
  return /^[\w$.[\]]+$/.test(js) ? js : `(${js})`;
}

function localRef(cx: EmitCtx, v: LocalVar, e: A.Expr): string {
  const name = cx.nameOf(v);
  if (v.fn && v.fn.scheme.tparams.some((p) => p.bounds.length)) {
    throw new Error(`internal: generic local function ${v.name} used as a value at ${e.span.start.line}`);
  }
  return name;
}

/** `x.to_string()` as interpolation and `println` need it. */
export function showString(cx: EmitCtx, e: A.Expr, js: string): string {
  const t = typeOf(cx, e);
  switch (coreName(t)) {
    case 'String':
      return wrap(js);
    case 'Int':
    case 'Int64':
    case 'UInt':
    case 'UInt64':
    case 'Int16':
    case 'UInt16':
    case 'BigInt':
      return `String(${js})`;
  }
  return `${descOf(cx, t)}["Show.to_string"](${js})`;
}

/** `tests` joined, with binders assigned as the tests pass (for `is`). */
export function testWithBinds(cx: EmitCtx, code: PatternCode): string {
  const parts = [...code.tests];
  if (code.binds.length) {
    parts.push(`(${code.binds.map((b) => `${cx.nameOf(b.v)} = ${b.js}`).join(', ')}, true)`);
  }
  return parts.length ? `(${parts.join(' && ')})` : 'true';
}

// ---- operators ---------------------------------------------------------------

const INLINE_INT: Record<string, (a: string, b: string) => string> = {
  Add: (a, b) => `((${a} + ${b}) | 0)`,
  Sub: (a, b) => `((${a} - ${b}) | 0)`,
  Mul: (a, b) => `Math.imul(${a}, ${b})`,
  BitAnd: (a, b) => `(${a} & ${b})`,
  BitOr: (a, b) => `(${a} | ${b})`,
  BitXOr: (a, b) => `(${a} ^ ${b})`,
};
const INLINE_DOUBLE: Record<string, (a: string, b: string) => string> = {
  Add: (a, b) => `(${a} + ${b})`,
  Sub: (a, b) => `(${a} - ${b})`,
  Mul: (a, b) => `(${a} * ${b})`,
  Div: (a, b) => `(${a} / ${b})`,
};
/** The operator trait of each binary (and compound assignment) operator. */
export const OPERATOR_TRAIT: Record<string, string> = {
  '+': 'Add', '-': 'Sub', '*': 'Mul', '/': 'Div', '%': 'Mod', '&': 'BitAnd', '|': 'BitOr', '^': 'BitXOr', '<<': 'Shl', '>>': 'Shr',
};
const TRAIT_METHODS: Record<string, string> = {
  Add: 'add', Sub: 'sub', Mul: 'mul', Div: 'div', Mod: 'mod', BitAnd: 'land', BitOr: 'lor', BitXOr: 'lxor', Shl: 'shl', Shr: 'shr', Neg: 'neg',
};
const CMP: Record<string, string> = { '<': '<', '>': '>', '<=': '<=', '>=': '>=' };
/** Types whose `==` is JavaScript's `===` and whose order is `<`. */
const PRIMITIVE_ORDER = new Set(['Int', 'UInt', 'Int16', 'UInt16', 'Byte', 'Char', 'Int64', 'UInt64', 'BigInt', 'Double', 'Float', 'Bool']);

/** An arithmetic operator on `type` (a core number or String, or through the trait). */
export function arith(cx: EmitCtx, traitName: string, type: Type, a: string, b: string): string {
  const name = coreName(type);
  if (name === 'Int' && INLINE_INT[traitName]) return INLINE_INT[traitName]!(a, b);
  if (name === 'Double' && INLINE_DOUBLE[traitName]) return INLINE_DOUBLE[traitName]!(a, b);
  if (name === 'String' && traitName === 'Add') return `(${a} + ${b})`;
  const method = `${descOf(cx, type)}[${JSON.stringify(`${traitName}.${TRAIT_METHODS[traitName]}`)}]`;
  // A core type's method is fixed once the table is loaded: one module constant. A doc
  // type's impl is registered as the module runs, so its method is looked up at the call.
  const h = resolveHead(type);
  if (h.k !== 'con' || h.decl.local) return `${method}(${a}, ${b})`;
  return `${cx.hoist(`$op_${(name ?? 'T').replace(/[^\w]/g, '')}_${TRAIT_METHODS[traitName]}`, method)}(${a}, ${b})`;
}

function binary(cx: EmitCtx, e: A.Binary): string {
  if (e.op === '&&' || e.op === '||') {
    const l = value(cx, e.left);
    if (isSimple(cx, e.right)) return `(${l} ${e.op} ${value(cx, e.right)})`;
    // The right side needs statements: it runs only when the left side allows.
    const t = cx.tmp();
    cx.w.line(`let ${t} = ${l};`);
    cx.w.line(e.op === '&&' ? `if (${t}) {` : `if (!${t}) {`);
    cx.w.indent(() => cx.w.line(`${t} = ${value(cx, e.right)};`));
    cx.w.line('}');
    return t;
  }
  const [l, r] = operands(cx, [e.left, e.right]);
  const info = cx.t.calls.get(e)!;
  const callee = info.callee;
  const type = callee.k === 'prim' ? callee.type : callee.k === 'trait' ? callee.self : typeOf(cx, e.left);
  const name = coreName(type);
  switch (e.op) {
    case '==':
    case '!=': {
      const neg = e.op === '!=';
      if (name && (PRIMITIVE_ORDER.has(name) || name === 'String' || name === 'Unit')) {
        // Typed, two literals compared (`5 != 3`) are widened: TypeScript refuses to compare distinct literal types.
        const left = cx.typed && isLiteral(e.left) && isLiteral(e.right) ? `(${l} as ${tsType(type)})` : l;
        return `(${left} ${neg ? '!==' : '==='} ${r})`;
      }
      const eq = `${descOf(cx, type)}["Eq.equal"](${l}, ${r})`;
      return neg ? `!${eq}` : eq;
    }
    case '<':
    case '>':
    case '<=':
    case '>=':
      if (name && PRIMITIVE_ORDER.has(name) && name !== 'Bool') return `(${l} ${CMP[e.op]} ${r})`;
      return `(${descOf(cx, type)}["Compare.compare"](${l}, ${r}) ${CMP[e.op]} 0)`;
    default: {
      const traitName = OPERATOR_TRAIT[e.op]!;
      return arith(cx, traitName, type, l!, r!);
    }
  }
}

function unary(cx: EmitCtx, e: A.Unary): string {
  if (e.op === '!') return `!${wrap(value(cx, e.operand))}`;
  if (e.op === '+') return value(cx, e.operand);
  const t = typeOf(cx, e);
  if (e.operand.kind === 'IntLit') return intLiteral(-e.operand.value, t);
  if (e.operand.kind === 'DoubleLit') {
    if (coreName(t) === 'Json') return `$rt.jsonNumber(${numberJs(-e.operand.value)})`;
    return numberJs(coreName(t) === 'Float' ? Math.fround(-e.operand.value) : -e.operand.value);
  }
  const v = value(cx, e.operand);
  switch (coreName(t)) {
    case 'Int':
      return `(-${wrap(v)} | 0)`;
    case 'Double':
    case 'Float':
      return `(-${wrap(v)})`;
  }
  return `${descOf(cx, t)}["Neg.neg"](${v})`;
}

// ---- indexing ----------------------------------------------------------------

function indexRead(cx: EmitCtx, e: A.Index, obj: string, idx: string): string {
  const t = typeOf(cx, e.object);
  switch (coreName(t)) {
    case 'Map':
      return `$rt.mapAt(${descOf(cx, resolveArg(t, 0))}, ${obj}, ${idx}, ${cx.loc(e.span)})`;
    case 'String':
      return `$rt.stringAt(${obj}, ${idx}, ${cx.loc(e.span)})`;
    case 'StringView':
      return `$rt.stringViewAt(${obj}, ${idx}, ${cx.loc(e.span)})`;
    case 'ArrayView':
    case 'MutArrayView':
    case 'BytesView':
      return `$rt.viewAt(${obj}, ${idx}, ${cx.loc(e.span)})`;
    default:
      return `$rt.at(${obj}, ${idx}, ${cx.loc(e.span)})`;
  }
}

function resolveArg(t: Type, i: number): Type {
  const h = resolveHead(t);
  return h.k === 'con' ? h.args[i]! : h;
}

// ---- literals ----------------------------------------------------------------

function arrayLiteral(cx: EmitCtx, e: A.ArrayLit): string {
  const t = typeOf(cx, e);
  const name = coreName(t);
  const exprs = e.elements.map((x) => (x.kind === 'Spread' ? x.value : x));
  const vals = operands(cx, exprs);
  const parts = e.elements.map((x, i) => (x.kind === 'Spread' ? `...${iterate(cx, x.value, vals[i]!, spreadElement(t))}` : vals[i]!));
  if (name === 'Json') return `$rt.jsonArray([${parts.join(', ')}])`;
  if (name === 'Bytes') return `new Uint8Array([${parts.join(', ')}])`;
  if (name === 'String') return `$rt.stringOfChars([${parts.join(', ')}])`;
  if (name === 'ArrayView' || name === 'MutArrayView') return `$rt.viewArrayView([${parts.join(', ')}])`;
  return `[${parts.join(', ')}]`;
}

function mapLiteral(cx: EmitCtx, e: A.MapLit): string {
  if (cx.t.unitBraces.has(e)) return 'undefined';
  const t = typeOf(cx, e);
  const vals = operands(cx, e.entries.flatMap((x) => [x.key, x.value]));
  const pairs: string[] = [];
  for (let i = 0; i < vals.length; i += 2) pairs.push(`[${vals[i]}, ${vals[i + 1]}]`);
  if (coreName(t) === 'Json') return `$rt.jsonObject([${pairs.join(', ')}])`;
  return `$rt.mapOf(${descOf(cx, resolveArg(t, 0))}, [${pairs.join(', ')}])`;
}

function recordLiteral(cx: EmitCtx, e: A.RecordLit): string {
  const decl = cx.t.records.get(e)!;
  if (decl.shape.k !== 'struct') throw new Error('internal: record literal of a non-struct');
  const exprs = [...(e.spread ? [e.spread] : []), ...e.fields.map((f) => f.value)];
  const vals = operands(cx, exprs);
  const base = e.spread ? vals.shift() : undefined;
  // Fields are evaluated in the order written, whatever order the object takes them in (an
  // update `{ ..base, b: .., a: .. }` lists them as written, after the base, so needs nothing).
  const position = (name: string) => decl.shape.k === 'struct' ? decl.shape.fields.findIndex((f) => f.name === name) : 0;
  const reordered = base === undefined && e.fields.some((f, i) => i > 0 && position(f.name) < position(e.fields[i - 1]!.name));
  const fieldVals = vals.map((v, i) => (!reordered || isPure(cx, e.fields[i]!.value) ? v : copy(cx, v)));
  const given = new Map(e.fields.map((f, i) => [f.name, fieldVals[i]!] as const));
  if (base !== undefined) {
    return `{ ...${wrap(base)}${[...given].map(([n, v]) => `, ${jsKey(decl.shape.k === 'struct' ? decl.shape.fields.find((f) => f.name === n)!.js : n)}: ${v}`).join('')} }`;
  }
  // Fields in declaration order, whatever order the literal gives them in: one shape per struct.
  return `{ ${decl.shape.fields.map((f) => `${jsKey(f.js)}: ${given.get(f.name)}`).join(', ')} }`;
}

function jsKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}

// ---- closures ----------------------------------------------------------------

function closure(cx: EmitCtx, e: A.Closure): string {
  const w = cx.w;
  const inner = w.child();
  cx.w = inner;
  const savedLoops = cx.loops;
  const savedFn = cx.inFunction;
  cx.loops = [];
  cx.inFunction = true;
  const params = e.params.map((p) => {
    const v = cx.t.binders.get(p)!;
    return `${cx.nameOf(v)}${cx.typed ? `: ${tsType(v.type)}` : ''}`;
  });
  try {
    if (e.body.kind === 'Block') blockInto(cx, e.body, { k: 'return' });
    else exprInto(cx, e.body, { k: 'return' });
  } finally {
    cx.w = w;
    cx.loops = savedLoops;
    cx.inFunction = savedFn;
  }
  return `(${e.isAsync ? 'async ' : ''}(${params.join(', ')}) => ${inner.inline()})`;
}

// ---- blocks and statements -----------------------------------------------------

export function blockInto(cx: EmitCtx, b: A.Block, dest: Dest): void {
  // Local functions are visible throughout their block.
  for (const s of b.stmts) if (s.kind === 'LetFn') cx.nameOf(cx.t.localFns.get(s.fn)!);
  if (b.stmts.length === 0) deliver(cx, 'undefined', dest);
  stmtsInto(cx, b.stmts, 0, dest);
}

/** Statements `from` on, the block's value into `dest`. */
function stmtsInto(cx: EmitCtx, stmts: readonly A.Stmt[], from: number, dest: Dest): void {
  for (let i = from; i < stmts.length; i++) {
    const s = stmts[i]!;
    const last = i === stmts.length - 1;
    if (last && s.kind === 'ExprStmt') {
      declareIsBinders(cx, s.expr);
      exprInto(cx, s.expr, dest);
    } else if (s.kind === 'Defer') {
      // `defer e` runs `e` when the block is left, however: after the rest of it, or on a raise, return or break.
      cx.w.line('try {', cx.at(s.span));
      cx.w.indent(() => {
        if (last) deliver(cx, 'undefined', dest);
        else stmtsInto(cx, stmts, i + 1, dest);
      });
      cx.w.line('} finally {');
      cx.w.indent(() => exprInto(cx, s.expr, DISCARD));
      cx.w.line('}');
      return;
    } else if (s.kind === 'Guard' && s.else) {
      // A failed guard's `else` is the block's value; the statements after it run only when it holds.
      declareIsBinders(cx, s.cond);
      cx.w.line(`if (!${wrap(value(cx, s.cond))}) {`, cx.at(s.span));
      cx.w.indent(() => exprInto(cx, s.else!, dest));
      cx.w.line('} else {');
      cx.w.indent(() => {
        if (last) deliver(cx, 'undefined', dest);
        else stmtsInto(cx, stmts, i + 1, dest);
      });
      cx.w.line('}');
      return;
    } else {
      statement(cx, s);
      if (last) deliver(cx, 'undefined', dest);
    }
  }
}

function statement(cx: EmitCtx, s: A.Stmt): void {
  switch (s.kind) {
    case 'ExprStmt':
      declareIsBinders(cx, s.expr);
      exprInto(cx, s.expr, DISCARD);
      return;
    case 'Let':
      return letStmt(cx, s);
    case 'LetFn':
      emitLocalFn(cx, s.fn);
      return;
    case 'Assign':
      declareIsBinders(cx, s.value);
      return assign(cx, s);
    case 'Guard': {
      declareIsBinders(cx, s.cond);
      const cond = value(cx, s.cond);
      cx.w.line(`if (!${wrap(cond)}) {`, cx.at(s.span));
      cx.w.indent(() => cx.w.line(`$rt.guardFailed(${cx.loc(s.span)});`));
      cx.w.line('}');
      return;
    }
    default:
      throw new Error(`internal: ${s.kind} reached the emitter`);
  }
}

function letStmt(cx: EmitCtx, s: A.Let): void {
  declareIsBinders(cx, s.value);
  const p = s.pattern;
  if (p.kind === 'VarPat' || p.kind === 'WildcardPat') {
    const v = value(cx, s.value);
    if (p.kind === 'WildcardPat') {
      deliver(cx, v, DISCARD, s.span);
      return;
    }
    const local = cx.t.binders.get(p)!;
    const ann = cx.typed ? `: ${tsType(local.type)}` : '';
    cx.w.line(`${s.mutable || local.assigned ? 'let' : 'const'} ${cx.nameOf(local)}${ann} = ${v};`, cx.at(s.span));
    return;
  }
  const v = pin(cx, value(cx, s.value));
  const code = emitPattern(cx, p, v);
  if (code.tests.length) cx.w.line(`if (!(${code.tests.join(' && ')})) $rt.matchFailed(${cx.loc(s.span)});`, cx.at(s.span));
  for (const b of code.binds) cx.w.line(`${s.mutable || b.v.assigned ? 'let' : 'const'} ${cx.nameOf(b.v)} = ${b.js};`, cx.at(s.span));
}

function assign(cx: EmitCtx, s: A.Assign): void {
  const target = s.target;
  const op = s.op === '=' ? undefined : s.op.slice(0, -1);
  const traitName = op ? OPERATOR_TRAIT[op]! : undefined;
  const combine = (cur: string, rhs: string): string => (traitName ? arith(cx, traitName, typeOf(cx, target), cur, rhs) : rhs);
  if (target.kind === 'Ident') {
    const ref = cx.t.names.get(target);
    if (ref?.k !== 'local') throw new Error('internal: assignment to a non-local');
    const name = cx.nameOf(ref.v);
    // `x op= e` reads `x` before `e` runs, which may assign it.
    const cur = op && !isSimple(cx, s.value) ? copy(cx, name) : name;
    cx.w.line(`${name} = ${combine(cur, value(cx, s.value))};`, cx.at(s.span));
    return;
  }
  // The target's parts are taken before the value runs, which may assign a `let mut` they name.
  const complexValue = !isSimple(cx, s.value);
  const fix = (e: A.Expr, js: string): string => (complexValue && !isPure(cx, e) && e.kind === 'Ident' ? copy(cx, js) : pin(cx, js));
  if (target.kind === 'Field') {
    const obj = fix(target.object, value(cx, target.object));
    const ref = cx.t.fields.get(target)!;
    const lhs = `${obj}.${ref.field.js}`;
    const cur = op && complexValue ? copy(cx, lhs) : lhs;
    cx.w.line(`${lhs} = ${combine(cur, value(cx, s.value))};`, cx.at(s.span));
    return;
  }
  if (target.kind === 'Index') {
    const call = cx.t.rewrites.get(target);
    if (call) {
      cx.w.line(`${emitCall(cx, call)};`, cx.at(s.span));
      return;
    }
    const parts = operands(cx, [target.object, target.index]);
    const obj = fix(target.object, parts[0]!);
    const idx = fix(target.index, parts[1]!);
    const read = traitName ? indexRead(cx, target, obj, idx) : '';
    const cur = traitName && complexValue ? copy(cx, read) : read;
    const rhs = combine(cur, value(cx, s.value));
    const t = typeOf(cx, target.object);
    if (coreName(t) === 'Map') cx.w.line(`$rt.mapSet(${descOf(cx, resolveArg(t, 0))}, ${obj}, ${idx}, ${rhs});`, cx.at(s.span));
    else if (coreName(t) === 'MutArrayView') cx.w.line(`$rt.viewSet(${obj}, ${idx}, ${rhs}, ${cx.loc(target.span)});`, cx.at(s.span));
    else cx.w.line(`$rt.setAt(${obj}, ${idx}, ${rhs}, ${cx.loc(target.span)});`, cx.at(s.span));
    return;
  }
  throw new Error('internal: unsupported assignment target');
}

/** A local `fn`: a JavaScript function declaration, hoisted like MoonBit's. */
export function emitLocalFn(cx: EmitCtx, fn: A.FnItem): void {
  const v = cx.t.localFns.get(fn)!;
  emitFunction(cx, `function ${cx.nameOf(v)}`, fn.params, fn.body, v.fn!.scheme, fn.span);
}

/** A function's parameters and body, in the core calling convention (descriptors first, then every parameter in order). */
export function emitFunction(
  cx: EmitCtx, head: string, params: readonly (A.Param | A.SigParam)[], body: A.Block,
  scheme: import('../typing/types.ts').FnScheme, span: A.Span,
): void {
  const savedDescs = cx.descParams;
  const savedLoops = cx.loops;
  const savedFn = cx.inFunction;
  cx.descParams = new Map(cx.descParams);
  cx.loops = [];
  cx.inFunction = true;
  const descs = scheme.tparams.filter((p) => p.bounds.length).map((p) => {
    const d = cx.fresh(`$${p.name}`);
    cx.descParams.set(p, d);
    return d;
  });
  const names = params.map((p, i) => {
    const v = cx.t.binders.get(p)!;
    // A defaulted parameter arrives as `undefined` when left out; the body fills it in.
    const left = scheme.params[i]?.kind === 'defaulted' ? ' | undefined' : '';
    return `${cx.nameOf(v)}${cx.typed ? `: ${tsType(v.type)}${left}` : ''}`;
  });
  const result = cx.typed ? `: ${scheme.async ? `Promise<${tsType(scheme.result)}>` : tsType(scheme.result)}` : '';
  try {
    cx.w.block(`${scheme.async ? 'async ' : ''}${head}(${[...descs.map((d) => (cx.typed ? `${d}: any` : d)), ...names].join(', ')})${result}`, () => {
      params.forEach((p, i) => {
        const info = scheme.params[i]!;
        if (info.kind !== 'defaulted' || !p.default || p.default.kind === 'Placeholder') return;
        const name = cx.nameOf(cx.t.binders.get(p)!);
        cx.w.line(`if (${name} === undefined) {`);
        cx.w.indent(() => exprInto(cx, p.default!, { k: 'assign', js: name }));
        cx.w.line('}');
      });
      blockInto(cx, body, { k: 'return' });
    }, cx.at(span));
  } finally {
    cx.descParams = savedDescs;
    cx.loops = savedLoops;
    cx.inFunction = savedFn;
  }
}

// ---- control flow ----------------------------------------------------------

function ifInto(cx: EmitCtx, e: A.If, dest: Dest): void {
  declareIsBinders(cx, e.cond);
  const cond = value(cx, e.cond);
  cx.w.line(`if (${cond}) {`, cx.at(e.span));
  cx.w.indent(() => blockInto(cx, e.then, dest));
  if (e.else) {
    cx.w.line('} else {');
    const els = e.else;
    cx.w.indent(() => (els.kind === 'Block' ? blockInto(cx, els, dest) : exprInto(cx, els, dest)));
  } else if (dest.k !== 'discard') {
    cx.w.line('} else {');
    cx.w.indent(() => deliver(cx, 'undefined', dest));
  }
  cx.w.line('}');
}

/** One arm: test the pattern, bind, check the guard, run the body, leave the match. */
function arm(cx: EmitCtx, pattern: A.Pattern, guard: A.Expr | undefined, body: A.Expr, subject: string, dest: Dest, label: string): void {
  const code = emitPattern(cx, pattern, subject);
  cx.w.line(`if (${code.tests.length ? code.tests.join(' && ') : 'true'}) {`, cx.at(pattern.span));
  cx.w.indent(() => {
    for (const b of code.binds) cx.w.line(`const ${cx.nameOf(b.v)} = ${b.js};`);
    const run = () => {
      armBody(cx, body, dest);
      if (dest.k !== 'return') cx.w.line(`break ${label};`);
    };
    if (!guard) return run();
    declareIsBinders(cx, guard);
    const g = value(cx, guard);
    cx.w.line(`if (${g}) {`, cx.at(guard.span));
    cx.w.indent(run);
    cx.w.line('}');
  });
  cx.w.line('}');
}

function armBody(cx: EmitCtx, body: A.Expr, dest: Dest): void {
  declareIsBinders(cx, body);
  exprInto(cx, body, dest);
}

function matchInto(cx: EmitCtx, e: A.Match, dest: Dest): void {
  declareIsBinders(cx, e.subject);
  const subject = value(cx, e.subject);
  const s = cx.tmp();
  const label = cx.label('match');
  cx.w.line(`${label}: {`, cx.at(e.span));
  cx.w.indent(() => {
    cx.w.line(`const ${s}${cx.typed ? ': any' : ''} = ${subject};`);
    for (const a of e.arms) arm(cx, a.pattern, a.guard, a.body, s, dest, label);
    cx.w.line(`$rt.matchFailed(${cx.loc(e.span)});`);
  });
  cx.w.line('}');
}

function loopResult(cx: EmitCtx, hasValue: boolean, dest: Dest): string | undefined {
  if (!hasValue || dest.k === 'discard') return undefined;
  const r = cx.tmp();
  cx.w.line(`let ${r}${cx.typed ? ': any' : ''};`);
  return r;
}

function finishLoop(cx: EmitCtx, result: string | undefined, dest: Dest): void {
  deliver(cx, result ?? 'undefined', dest);
}

function whileInto(cx: EmitCtx, e: A.While, dest: Dest): void {
  const label = cx.label('loop');
  const result = loopResult(cx, e.else !== undefined, dest);
  cx.w.line(`${label}: while (true) {`, cx.at(e.span));
  cx.w.indent(() => {
    declareIsBinders(cx, e.cond);
    const cond = value(cx, e.cond);
    cx.w.line(`if (!${wrap(cond)}) {`);
    cx.w.indent(() => {
      if (e.else) blockInto(cx, e.else, result ? { k: 'assign', js: result } : DISCARD);
      cx.w.line(`break ${label};`);
    });
    cx.w.line('}');
    cx.loops.push({ label, result, moonLabel: e.label });
    blockInto(cx, e.body, DISCARD);
    cx.loops.pop();
  });
  cx.w.line('}');
  finishLoop(cx, result, dest);
}

function forInto(cx: EmitCtx, e: A.For, dest: Dest): void {
  const label = cx.label('loop');
  const vars = e.init.map((b) => {
    const v = cx.t.binders.get(b as unknown as A.Expr)!;
    const js = cx.tmp();
    cx.w.line(`let ${js} = ${value(cx, b.value)};`, cx.at(e.span));
    return { v, js };
  });
  const update = () => {
    // MoonBit updates every loop variable at once, from the old values.
    const values = e.update.map((u) => {
      const ref = cx.t.names.get(u.target);
      const v = vars.find((x) => ref?.k === 'local' && x.v === ref.v)!;
      const rhs = value(cx, u.value);
      if (u.op === '=') return { v, rhs };
      const traitName = OPERATOR_TRAIT[u.op.slice(0, -1)]!;
      return { v, rhs: arith(cx, traitName, v.v.type, cx.nameOf(v.v), rhs) };
    });
    if (values.length === 1) cx.w.line(`${values[0]!.v.js} = ${values[0]!.rhs};`);
    else if (values.length) cx.w.line(`[${values.map((x) => x.v.js).join(', ')}] = [${values.map((x) => x.rhs).join(', ')}];`);
  };
  const result = loopResult(cx, e.else !== undefined || !e.cond, dest);
  cx.w.line(`${label}: while (true) {`);
  cx.w.indent(() => {
    for (const v of vars) cx.w.line(`const ${cx.nameOf(v.v)} = ${v.js};`);
    if (e.cond) {
      const cond = value(cx, e.cond);
      cx.w.line(`if (!${wrap(cond)}) {`);
      cx.w.indent(() => {
        if (e.else) blockInto(cx, e.else, result ? { k: 'assign', js: result } : DISCARD);
        cx.w.line(`break ${label};`);
      });
      cx.w.line('}');
    }
    cx.loops.push({ label, result, vars: vars.map((v) => v.js), beforeContinue: update, moonLabel: e.label });
    cx.w.line('{');
    cx.w.indent(() => blockInto(cx, e.body, DISCARD));
    cx.w.line('}');
    cx.loops.pop();
    update();
  });
  cx.w.line('}');
  finishLoop(cx, result, dest);
}

const isLiteral = (e: A.Expr): boolean =>
  ['IntLit', 'DoubleLit', 'StringLit', 'CharLit', 'BoolLit', 'ByteLit'].includes(e.kind) || (e.kind === 'Unary' && isLiteral(e.operand));

/**
 * `$rt.iterate` over `node`'s value `js` (a type that iterates by its own
 * `iter()`/`iter2()` through that method), whose elements have TypeScript
 * type `elem` for the typed translation.
 */
function iterate(cx: EmitCtx, node: A.Expr, js: string, elem: string): string {
  const via = cx.t.iterMethods.get(node);
  const it = `$rt.iterate(${via ? `${emitMethodRef(cx, via.m, via.inst)}(${js})` : js})`;
  return cx.typed ? `(${it} as Iterable<${elem}>)` : it;
}

/** The TypeScript type of what a spread puts into a literal of type `t`. */
function spreadElement(t: Type): string {
  const h = resolveHead(t);
  switch (coreName(h)) {
    case 'Json': return tsType(h);
    case 'Bytes': return 'number';
  }
  return h.k === 'con' && h.args[0] ? tsType(h.args[0]) : 'any';
}

function forInInto(cx: EmitCtx, e: A.ForIn, dest: Dest): void {
  const label = cx.label('loop');
  const binders = cx.t.forBinders.get(e) ?? [];
  const result = loopResult(cx, e.else !== undefined, dest);
  const state = (e.state ?? []).map((b) => {
    const v = cx.t.binders.get(b as unknown as A.Expr)!;
    const js = cx.nameOf(v);
    cx.w.line(`let ${js} = ${value(cx, b.value)};`, cx.at(e.span));
    return js;
  });
  // With a `nobreak` branch, the loop and the branch sit in a block a `break` leaves.
  const outer = e.else ? cx.label('nobreak') : undefined;
  if (outer) cx.w.line(`${outer}: {`);
  const body = (): void => {
    cx.loops.push({ label, result, vars: state.length ? state : undefined, moonLabel: e.label, breakLabel: outer });
    blockInto(cx, e.body, DISCARD);
    cx.loops.pop();
  };
  const elseBranch = (): void => {
    if (e.else) blockInto(cx, e.else, result ? { k: 'assign', js: result } : DISCARD);
  };
  const name = (i: number): string => (binders[i] && binders[i]!.name !== '_' ? cx.nameOf(binders[i]!) : `$_${i}`);
  if (e.iterable.kind === 'Range') {
    const [from, to] = operands(cx, [e.iterable.from, e.iterable.to]);
    const t = cx.t.typeOf(e.iterable);
    const big = ['Int64', 'UInt64', 'BigInt'].includes(coreName(t) ?? '');
    const i = cx.tmp();
    const end = cx.tmp();
    cx.w.line(`const ${end} = ${to};`, cx.at(e.span));
    const one = big ? '1n' : '1';
    if (e.iterable.op === '>..' || e.iterable.op === '>=..') {
      // `a>..b` counts down from below `a` to `b`, `a>=..b` from `a`; both reach `b`.
      const start = e.iterable.op === '>..' ? `${from} - ${one}` : from;
      cx.w.line(`${label}: for (let ${i} = ${start}; ${i} >= ${end}; ${i} -= ${one}) {`);
    } else {
      cx.w.line(`${label}: for (let ${i} = ${from}; ${i} ${e.iterable.inclusive ? '<=' : '<'} ${end}; ${i} += ${one}) {`);
    }
    cx.w.indent(() => {
      cx.w.line(`const ${name(0)} = ${i};`);
      body();
    });
    cx.w.line('}');
    if (e.else) elseBranch();
    if (outer) cx.w.line('}');
    finishLoop(cx, result, dest);
    return;
  }
  const it = value(cx, e.iterable);
  const t = cx.t.typeOf(e.iterable);
  const two = e.binders.length === 2;
  const kind = coreName(t);
  const types = binders.map((v) => tsType(v.type));
  if (two && (kind === 'Map' || kind === 'Iter2' || cx.t.iterMethods.has(e.iterable))) {
    cx.w.line(`${label}: for (const [${name(0)}, ${name(1)}] of ${iterate(cx, e.iterable, it, `[${types.join(', ')}]`)}) {`, cx.at(e.span));
  } else if (two) {
    const indexed = `$rt.indexed(${it})`;
    cx.w.line(`${label}: for (const [${name(0)}, ${name(1)}] of ${cx.typed ? `(${indexed} as Iterable<[number, ${types[1]}]>)` : indexed}) {`, cx.at(e.span));
  } else {
    cx.w.line(`${label}: for (const ${name(0)} of ${iterate(cx, e.iterable, it, types[0]!)}) {`, cx.at(e.span));
  }
  cx.w.indent(body);
  cx.w.line('}');
  if (e.else) elseBranch();
  if (outer) cx.w.line('}');
  finishLoop(cx, result, dest);
}

function loopInto(cx: EmitCtx, e: A.Loop, dest: Dest): void {
  const label = cx.label('loop');
  const args = operands(cx, e.args);
  const vars = args.map((a) => {
    const v = cx.tmp();
    cx.w.line(`let ${v} = ${a};`, cx.at(e.span));
    return v;
  });
  const result = dest.k === 'discard' ? undefined : cx.tmp();
  if (result) cx.w.line(`let ${result}${cx.typed ? ': any' : ''};`);
  cx.w.line(`${label}: while (true) {`, cx.at(e.span));
  cx.w.indent(() => {
    cx.loops.push({ label, result, vars, moonLabel: e.label });
    const inner = cx.label('match');
    cx.w.line(`${inner}: {`);
    cx.w.indent(() => {
      for (const a of e.arms) {
        const codes = a.patterns.map((p, i) => emitPattern(cx, p, vars[i]!));
        const tests = codes.flatMap((c) => c.tests);
        cx.w.line(`if (${tests.length ? tests.join(' && ') : 'true'}) {`, cx.at(a.span));
        cx.w.indent(() => {
          for (const b of codes.flatMap((c) => c.binds)) cx.w.line(`const ${cx.nameOf(b.v)} = ${b.js};`);
          const run = () => {
            armBody(cx, a.body, result ? { k: 'assign', js: result } : DISCARD);
            cx.w.line(`break ${label};`);
          };
          if (!a.guard) return run();
          const g = value(cx, a.guard);
          cx.w.line(`if (${g}) {`);
          cx.w.indent(run);
          cx.w.line('}');
        });
        cx.w.line('}');
      }
      cx.w.line(`$rt.matchFailed(${cx.loc(e.span)});`);
    });
    cx.w.line('}');
    cx.loops.pop();
  });
  cx.w.line('}');
  deliver(cx, result ?? 'undefined', dest);
}

function findLoop(cx: EmitCtx, label: string | undefined): import('./context.ts').LoopCtx {
  if (label === undefined) return cx.loops[cx.loops.length - 1]!;
  for (let i = cx.loops.length - 1; i >= 0; i--) if (cx.loops[i]!.moonLabel === label) return cx.loops[i]!;
  throw new Error(`internal: no loop labeled ${label}`);
}

function breakStmt(cx: EmitCtx, e: A.Break): void {
  const loop = findLoop(cx, e.label);
  if (e.value) {
    if (loop.result) exprInto(cx, e.value, { k: 'assign', js: loop.result });
    else exprInto(cx, e.value, DISCARD);
  }
  cx.w.line(`break ${loop.breakLabel ?? loop.label};`, cx.at(e.span));
}

function continueStmt(cx: EmitCtx, e: A.Continue): void {
  const loop = findLoop(cx, e.label);
  if (e.args.length && loop.vars) {
    const vals = operands(cx, e.args);
    if (vals.length === 1) cx.w.line(`${loop.vars[0]} = ${vals[0]};`, cx.at(e.span));
    else cx.w.line(`[${loop.vars.join(', ')}] = [${vals.join(', ')}];`, cx.at(e.span));
  } else {
    loop.beforeContinue?.();
  }
  cx.w.line(`continue ${loop.label};`, cx.at(e.span));
}

// ---- try -------------------------------------------------------------------

function tryInto(cx: EmitCtx, e: A.Try, dest: Dest): void {
  const err = cx.tmp();
  const noraise = e.noraiseArms !== undefined;
  const bodyValue = noraise ? cx.tmp() : undefined;
  if (bodyValue) cx.w.line(`let ${bodyValue}${cx.typed ? ': any' : ''};`);
  const ok = noraise ? cx.tmp() : undefined;
  if (ok) cx.w.line(`let ${ok} = false;`);
  cx.w.line('try {', cx.at(e.span));
  cx.w.indent(() => {
    const d: Dest = bodyValue ? { k: 'assign', js: bodyValue } : dest;
    if (e.body.kind === 'Block') blockInto(cx, e.body, d);
    else exprInto(cx, e.body, d);
    if (ok) cx.w.line(`${ok} = true;`);
  });
  cx.w.line(`} catch (${err}${cx.typed ? ': any' : ''}) {`);
  cx.w.indent(() => {
    // Panics and the harness's own failures are not MoonBit errors a `catch` may take.
    cx.w.line(`$rt.catchable(${err});`);
    const label = cx.label('match');
    cx.w.line(`${label}: {`);
    cx.w.indent(() => {
      for (const a of e.catchArms) arm(cx, a.pattern, a.guard, a.body, err, dest, label);
      cx.w.line(`throw ${err};`);
    });
    cx.w.line('}');
  });
  cx.w.line('}');
  if (bodyValue && e.noraiseArms) {
    // `noraise` arms run only when the body did not raise, outside the `try`, so their errors propagate.
    cx.w.line(`if (${ok}) {`);
    cx.w.indent(() => {
      const label = cx.label('match');
      cx.w.line(`${label}: {`);
      cx.w.indent(() => {
        for (const a of e.noraiseArms!) arm(cx, a.pattern, a.guard, a.body, bodyValue, dest, label);
        cx.w.line(`$rt.matchFailed(${cx.loc(e.span)});`);
      });
      cx.w.line('}');
    });
    cx.w.line('}');
  }
}

function tryQuestionInto(cx: EmitCtx, e: A.TryQuestion, dest: Dest): void {
  const r = dest.k === 'assign' ? dest.js : cx.tmp();
  const err = cx.tmp();
  if (dest.k !== 'assign') cx.w.line(`let ${r}${cx.typed ? ': any' : ''};`, cx.at(e.span));
  cx.w.line('try {');
  cx.w.indent(() => {
    const v = value(cx, e.expr);
    cx.w.line(`${r} = new $mb.Ok(${v});`);
  });
  cx.w.line(`} catch (${err}${cx.typed ? ': any' : ''}) {`);
  cx.w.indent(() => {
    cx.w.line(`$rt.catchable(${err});`);
    cx.w.line(`${r} = new $mb.Err(${err});`);
  });
  cx.w.line('}');
  if (dest.k !== 'assign') deliver(cx, r, dest);
}

function tryBangInto(cx: EmitCtx, e: A.TryBang, dest: Dest): void {
  const r = cx.tmp();
  const err = cx.tmp();
  cx.w.line(`let ${r}${cx.typed ? ': any' : ''};`, cx.at(e.span));
  cx.w.line('try {');
  cx.w.indent(() => cx.w.line(`${r} = ${value(cx, e.expr)};`));
  cx.w.line(`} catch (${err}${cx.typed ? ': any' : ''}) {`);
  cx.w.indent(() => cx.w.line(`$rt.tryBangFailed(${err}, ${cx.loc(e.span)});`));
  cx.w.line('}');
  deliver(cx, r, dest);
}
