// Expression and statement checking: bidirectional inference. `check(e,
// expected)` pushes the expected type into literals, closures, branches and
// collection literals; every expression's type is recorded for the
// emitter.

import type * as A from '../syntax/ast.ts';
import { checkCall, checkCascade, checkConstructorValue, checkIdent, checkMethodCall, checkPipe, instantiate } from './calls.ts';
import type { Ctx, LoopFrame, Sink } from './context.ts';
import { raiseError } from './effects.ts';
import { fit, isError, isErrorTop } from './fit.ts';
import { bindPattern, checkExhaustive, checkPattern } from './patterns.ts';
import { require } from './traits.ts';
import { declareLocalFn, checkFnBody } from './functions.ts';
import { resolveType } from './declare.ts';
import {
  fnType, freshEffect, freshVar, prune, pruneEffect, resolveHead, showType, tuple, typeArg, unify,
  type Effect, type Type,
} from './types.ts';

/** Checks `e`, making it fit `expected` when given; returns the type its context sees. */
export function check(cx: Ctx, e: A.Expr, expected?: Type): Type {
  const found = infer(cx, e, expected);
  cx.t.types.set(e, found);
  return expected ? fit(cx, e, found, expected) : found;
}

const INT_RANGES: Record<string, [bigint, bigint]> = {
  Int: [-(2n ** 31n), 2n ** 31n - 1n],
  UInt: [0n, 2n ** 32n - 1n],
  Int16: [-(2n ** 15n), 2n ** 15n - 1n],
  UInt16: [0n, 2n ** 16n - 1n],
  Byte: [0n, 255n],
  Int64: [-(2n ** 63n), 2n ** 63n - 1n],
  UInt64: [0n, 2n ** 64n - 1n],
};
const NUMERIC_LITERAL_TYPES = new Set(['Int', 'UInt', 'Int16', 'UInt16', 'Byte', 'Int64', 'UInt64', 'BigInt', 'Double', 'Float']);

/** The name of a core type at the head of `t`, if it is one. */
export function coreName(t: Type | undefined): string | undefined {
  if (!t) return undefined;
  const h = resolveHead(t);
  return h.k === 'con' && !h.decl.pkg && !h.decl.local ? h.decl.name : undefined;
}

function isJson(t: Type | undefined): boolean {
  return coreName(t) === 'Json';
}

/** An integer literal's type and range check; `negated` for `-literal`. */
export function intLiteralType(cx: Ctx, lit: A.IntLit, expected: Type | undefined, negated = false): Type {
  const bySuffix: Record<A.IntSuffix, string | undefined> = { '': undefined, L: 'Int64', U: 'UInt', UL: 'UInt64', N: 'BigInt' };
  let name = bySuffix[lit.suffix];
  if (!name) {
    const want = coreName(expected);
    if (want && NUMERIC_LITERAL_TYPES.has(want)) name = want;
    else if (isJson(expected)) return cx.type('Json');
    else name = 'Int';
  }
  const range = INT_RANGES[name];
  const value = negated ? -lit.value : lit.value;
  if (range && (value < range[0] || value > range[1])) {
    // A hexadecimal, octal or binary literal may spell an Int's bits.
    const bits = /^0[xob]/i.test(lit.raw) && !negated && (name === 'Int' && value <= 0xffffffffn || name === 'Int64' && value <= 0xffffffffffffffffn);
    if (!bits) cx.error(`integer literal ${negated ? '-' : ''}${lit.raw} is out of range for ${name}`, lit.span);
  }
  return cx.type(name);
}

function infer(cx: Ctx, e: A.Expr, expected: Type | undefined): Type {
  switch (e.kind) {
    case 'IntLit':
      return intLiteralType(cx, e, expected);
    case 'DoubleLit': {
      if (e.suffix === 'F') return cx.type('Float');
      const want = coreName(expected);
      if (want === 'Float') return cx.type('Float');
      if (isJson(expected)) return cx.type('Json');
      return cx.type('Double');
    }
    case 'BoolLit':
      return isJson(expected) ? cx.type('Json') : cx.type('Bool');
    case 'UnitLit':
      return cx.type('Unit');
    case 'CharLit':
      return cx.type('Char');
    case 'ByteLit':
      return cx.type('Byte');
    case 'StringLit':
      if (coreName(expected) === 'Bytes') return cx.type('Bytes');
      if (isJson(expected)) return cx.type('Json');
      return cx.type('String');
    case 'InterpString':
      for (const part of e.parts) {
        if (typeof part === 'string') continue;
        const t = check(cx, part);
        require(cx, t, cx.trait('Show'), part.span);
      }
      return isJson(expected) ? cx.type('Json') : cx.type('String');
    case 'BytesLit':
      return cx.type('Bytes');
    case 'RegexLit':
      return cx.error('regular expression literals (re"...") are not supported by the harness yet', e.span);
    case 'Ident':
      return checkIdent(cx, e, expected);
    case 'Constructor':
      return checkConstructorValue(cx, e, expected);
    case 'Placeholder':
      return cx.error('`_` stands for an argument only in a call (partial application)', e.span);
    case 'Call':
      return checkCall(cx, e, expected);
    case 'MethodCall':
      return checkMethodCall(cx, e, expected);
    case 'Cascade':
      return checkCascade(cx, e);
    case 'Field':
      return checkField(cx, e);
    case 'Index':
      return checkIndex(cx, e);
    case 'Slice':
      return checkSlice(cx, e);
    case 'Unary':
      return checkUnary(cx, e, expected);
    case 'Binary':
      if (e.op === '<+') return cx.error('the `<+` write operator (`logger <+ text`) is not supported by the harness yet', e.span);
      return e.op === '|>' ? checkPipe(cx, e, expected) : checkBinary(cx, e, expected);
    case 'Range':
      return cx.error('a range is only meaningful as the iterable of `for ... in`', e.span);
    case 'Is': {
      // Outside a condition, the binders are not visible anywhere.
      cx.push();
      checkIs(cx, e);
      cx.pop();
      return cx.type('Bool');
    }
    case 'As': {
      const target = resolveType(typeScope(cx), e.type);
      if (prune(target).k !== 'dyn') cx.error('`as` converts to a trait object type (`&Trait`)', e.type.span);
      check(cx, e.expr, target);
      return target;
    }
    case 'Tuple': {
      const want = expected ? resolveHead(expected) : undefined;
      const elems = want?.k === 'tuple' && want.elems.length === e.elements.length ? want.elems : undefined;
      return tuple(e.elements.map((x, i) => check(cx, x, elems?.[i])));
    }
    case 'ArrayLit':
      return checkArrayLit(cx, e, expected);
    case 'MapLit':
      return checkMapLit(cx, e, expected);
    case 'RecordLit':
      return checkRecordLit(cx, e, expected);
    case 'Constraint': {
      const t = resolveType({ ...typeScope(cx), holes: true }, e.type);
      check(cx, e.expr, t);
      return t;
    }
    case 'If':
      return checkIf(cx, e, expected);
    case 'Match':
      return checkMatch(cx, e, expected);
    case 'Lexmatch':
    case 'LexmatchTest':
      return cx.error('`lexmatch` is not supported by the harness yet', e.span);
    case 'Block':
      return checkBlock(cx, e, expected);
    case 'Closure':
      return checkClosure(cx, e, expected);
    case 'While':
      return checkWhile(cx, e, expected);
    case 'For':
      return checkFor(cx, e, expected);
    case 'ForIn':
      return checkForIn(cx, e, expected);
    case 'Loop':
      return checkLoop(cx, e, expected);
    case 'Break':
      return checkBreak(cx, e);
    case 'Continue':
      return checkContinue(cx, e);
    case 'Return': {
      const frame = cx.fns[cx.fns.length - 1];
      if (!frame) cx.error('`return` outside of a function', e.span);
      if (e.value) check(cx, e.value, frame.result);
      else fit(cx, e, cx.type('Unit'), frame.result, '`return` without a value');
      return freshVar();
    }
    case 'Raise': {
      const t = check(cx, e.value);
      if (!isError(t)) cx.error(`\`raise\` needs an error value, but this has type ${showType(t)}`, e.value.span);
      raiseError(cx, t, e.span);
      return freshVar();
    }
    case 'Try':
      return checkTry(cx, e, expected);
    case 'TryQuestion': {
      const sink: Sink = { k: 'try', errors: [] };
      const want = expected ? resolveHead(expected) : undefined;
      const inner = want?.k === 'con' && coreName(want) === 'Result' ? want.args[0] : undefined;
      const t = cx.withSink(sink, () => check(cx, e.expr, inner));
      // Any error fits a wanted `Result[_, Error]`; else the errors' own
      // type. An expression that cannot raise is only a warning in MoonBit;
      // its error type is `Error`.
      const wantedError = want?.k === 'con' && coreName(want) === 'Result' ? want.args[1] : undefined;
      const error = wantedError && isErrorTop(resolveHead(wantedError)) ? wantedError : joinErrors(cx, sink.errors);
      return cx.type('Result', t, error);
    }
    case 'TryBang': {
      const sink: Sink = { k: 'try', errors: [] };
      return cx.withSink(sink, () => check(cx, e.expr, expected));
    }
    case 'Todo':
      return freshVar();
    case 'RegexMatch':
    case 'RegexAs':
      return cx.error('regular expression matching (`=~`) is not supported by the harness yet', e.span);
    case 'MatchFn':
      return cx.error('matching functions (`fn { pattern => ... }`) are not supported by the harness yet', e.span);
    case 'IterLit': {
      // `[| a, b, ..xs |]`: an Iter of the elements, typed as an array literal's.
      const want = expected ? resolveHead(expected) : undefined;
      const elem = want?.k === 'con' && coreName(want) === 'Iter' ? want.args[0]! : freshVar();
      checkArrayLit(cx, { kind: 'ArrayLit', elements: e.elements, span: e.span }, cx.type('Array', elem));
      return cx.type('Iter', elem);
    }
    case 'Comprehension':
      return cx.error('array comprehensions (`[for x in xs => e]`) are not supported by the harness yet', e.span);
  }
}

/** The error type of several raises: the one type they share, else `Error`. */
export function joinErrors(cx: Ctx, errors: Type[]): Type {
  const first = errors[0];
  if (first && errors.every((t) => !unifyProbe(t, first))) return first;
  return cx.type('Error');
}

function unifyProbe(a: Type, b: Type): boolean {
  const pa = resolveHead(a);
  const pb = resolveHead(b);
  return !(pa.k === 'con' && pb.k === 'con' && pa.decl === pb.decl);
}

export function typeScope(cx: Ctx): declareModule.TypeScope {
  return { env: cx.env, tparams: cx.tparams, self: cx.selfType, onUse: (e, span) => cx.use(e, span) };
}

// ---- fields, indexes, slices -----------------------------------------------

/** The receiver's type, which must be known by the time it is used. */
export function knownType(cx: Ctx, e: A.Expr, what: string): Type {
  const t = resolveHead(check(cx, e));
  if (t.k === 'var') cx.error(`the type of this expression must be known to ${what}; add a type annotation`, e.span);
  return t;
}

function checkField(cx: Ctx, e: A.Field): Type {
  const t = knownType(cx, e.object, `access \`.${e.name}\``);
  if (typeof e.name === 'number') {
    if (t.k === 'tuple') {
      const elem = t.elems[e.name];
      if (!elem) cx.error(`tuple of ${t.elems.length} elements has no element ${e.name}`, e.span);
      return elem;
    }
  }
  if (t.k === 'con' && t.decl.shape.k === 'struct') {
    const name = String(e.name);
    const field = t.decl.shape.fields.find((f) => f.name === name);
    if (!field) cx.error(`type ${showType(t)} has no field \`${name}\``, e.span);
    cx.t.fields.set(e, { field, owner: t.decl });
    return instantiateField(t, field.type);
  }
  return cx.error(`type ${showType(t)} has no field \`${e.name}\``, e.span);
}

/** A field's type in an instance of its generic struct. */
export function instantiateField(t: Type, fieldType: Type): Type {
  const h = resolveHead(t);
  if (h.k !== 'con' || h.decl.params.length === 0) return fieldType;
  const subst = new Map(h.decl.params.map((p, i) => [p, h.args[i]!] as const));
  return substituteParams(fieldType, subst);
}

import { substitute as substituteParams } from './types.ts';

/** Element type of what `x[i]` reads, by the receiver's core type. */
function indexedElement(cx: Ctx, t: Type): { elem: Type; index: Type } | undefined {
  const h = resolveHead(t);
  if (h.k !== 'con') return undefined;
  switch (coreName(h)) {
    case 'Array': case 'FixedArray': case 'ArrayView': case 'MutArrayView': case 'ReadOnlyArray':
      return { elem: h.args[0]!, index: cx.type('Int') };
    case 'Bytes': case 'BytesView':
      return { elem: cx.type('Byte'), index: cx.type('Int') };
    case 'String': case 'StringView':
      return { elem: cx.type('UInt16'), index: cx.type('Int') };
    case 'Map':
      return { elem: h.args[1]!, index: h.args[0]! };
    default:
      return undefined;
  }
}

/** `x[i]` on a type whose method carries `#alias("_[_]")`: a call of that method. */
function aliasCall(cx: Ctx, node: A.Expr, t: Type, alias: string, args: A.Expr[]): A.MethodCall | undefined {
  const h = resolveHead(t);
  if (h.k !== 'con') return undefined;
  const m = cx.env.method(h.decl, alias);
  if (!m) return undefined;
  const call: A.MethodCall = {
    kind: 'MethodCall', receiver: (node as A.Index).object, method: m.name, methodSpan: node.span, span: node.span,
    args: args.map((value) => ({ kind: 'PositionalArg', value, span: value.span })),
  };
  cx.t.rewrites.set(node, call);
  return call;
}

function checkIndex(cx: Ctx, e: A.Index): Type {
  const t = knownType(cx, e.object, 'index it');
  const r = indexedElement(cx, t);
  if (!r) {
    const call = aliasCall(cx, e, t, '_[_]', [e.index]);
    if (call) return checkMethodCall(cx, call, undefined);
    cx.error(`type ${showType(t)} cannot be indexed`, e.span);
  }
  check(cx, e.index, r.index);
  if (coreName(t) === 'Map') require(cx, r.index, cx.trait('Hash'), e.index.span);
  return r.elem;
}

function checkSlice(cx: Ctx, e: A.Slice): Type {
  const t = knownType(cx, e.object, 'slice it');
  const int = cx.type('Int');
  if (e.start) check(cx, e.start, int);
  if (e.end) check(cx, e.end, int);
  const h = resolveHead(t);
  switch (coreName(h)) {
    case 'Array': case 'FixedArray': case 'ArrayView': case 'ReadOnlyArray':
      return cx.type('ArrayView', typeArg(h, 0));
    case 'MutArrayView':
      return cx.type('MutArrayView', typeArg(h, 0));
    case 'String': case 'StringView':
      return cx.type('StringView');
    case 'Bytes': case 'BytesView':
      return cx.type('BytesView');
  }
  return cx.error(`type ${showType(t)} cannot be sliced`, e.span);
}

// ---- operators -----------------------------------------------------------

const ARITH: Record<string, string> = {
  '+': 'Add', '-': 'Sub', '*': 'Mul', '/': 'Div', '%': 'Mod', '&': 'BitAnd', '|': 'BitOr', '^': 'BitXOr', '<<': 'Shl', '>>': 'Shr',
};
const TRAIT_METHOD: Record<string, string> = {
  Add: 'add', Sub: 'sub', Mul: 'mul', Div: 'div', Mod: 'mod', BitAnd: 'land', BitOr: 'lor', BitXOr: 'lxor', Shl: 'shl', Shr: 'shr',
};

/** Core types whose operators the emitter writes inline. */
export const PRIM_NUMERIC = new Set(['Int', 'UInt', 'Int16', 'UInt16', 'Byte', 'Int64', 'UInt64', 'Double', 'Float', 'BigInt']);

function checkUnary(cx: Ctx, e: A.Unary, expected: Type | undefined): Type {
  if (e.op === '!') {
    check(cx, e.operand, cx.type('Bool'));
    return cx.type('Bool');
  }
  // A negative number literal wanted as Json is a JSON number.
  const json = expected !== undefined && coreName(expected) === 'Json' && e.op === '-';
  if (json && e.operand.kind === 'DoubleLit') {
    cx.t.types.set(e.operand, expected);
    return expected;
  }
  if (e.op === '-' && e.operand.kind === 'IntLit') {
    const t = intLiteralType(cx, e.operand, expected, true);
    cx.t.types.set(e.operand, t);
    if (!json) requireOp(cx, e, t, 'Neg');
    return t;
  }
  const t = check(cx, e.operand, expected && isNumericExpectation(expected) ? expected : undefined);
  if (e.op === '+') return t;
  requireOp(cx, e, t, 'Neg');
  return t;
}

function isNumericExpectation(t: Type): boolean {
  const n = coreName(t);
  return n !== undefined && PRIM_NUMERIC.has(n);
}

/** Records how an operator on `t` runs: inline for core numbers and strings, else the trait's method. */
function requireOp(cx: Ctx, node: A.Expr, t: Type, traitName: string): void {
  const h = resolveHead(t);
  if (h.k === 'var') cx.error('the type of this operand must be known; add a type annotation', node.span);
  const trait = cx.trait(traitName);
  const name = coreName(h);
  require(cx, h, trait, node.span);
  const prim = name !== undefined && (PRIM_NUMERIC.has(name) || (traitName === 'Add' && name === 'String'));
  cx.t.calls.set(node, {
    callee: prim
      ? { k: 'prim', op: traitName, type: h }
      : { k: 'trait', trait, method: traitName === 'Neg' ? 'neg' : TRAIT_METHOD[traitName]!, self: h },
    args: [],
    raises: undefined,
    awaited: false,
  });
}

function checkBinary(cx: Ctx, e: A.Binary, expected: Type | undefined): Type {
  const bool = cx.type('Bool');
  switch (e.op) {
    case '&&':
    case '||':
      check(cx, e.left, bool);
      if (e.op === '&&') {
        // `a is P && b`: b sees a's binders.
        cx.push();
        checkCondition(cx, e.left, true);
        check(cx, e.right, bool);
        cx.pop();
      } else {
        check(cx, e.right, bool);
      }
      return bool;
    case '==':
    case '!=':
    case '<':
    case '>':
    case '<=':
    case '>=': {
      const l = check(cx, e.left);
      check(cx, e.right, l);
      const traitName = e.op === '==' || e.op === '!=' ? 'Eq' : 'Compare';
      const h = resolveHead(l);
      if (h.k === 'var') cx.error('the type of these operands must be known; add a type annotation', e.left.span);
      const trait = cx.trait(traitName);
      require(cx, h, trait, e.span);
      const name = coreName(h);
      const prim = name !== undefined && (PRIM_NUMERIC.has(name) || ['Bool', 'Char', 'String', 'Unit'].includes(name));
      cx.t.calls.set(e, {
        callee: prim ? { k: 'prim', op: traitName, type: h } : { k: 'trait', trait, method: traitName === 'Eq' ? 'equal' : 'compare', self: h },
        args: [],
        raises: undefined,
        awaited: false,
      });
      return bool;
    }
    default: {
      const traitName = ARITH[e.op]!;
      const want = expected && isNumericExpectation(expected) ? expected : undefined;
      const l = check(cx, e.left, want);
      if (traitName === 'Shl' || traitName === 'Shr') {
        check(cx, e.right, cx.type('Int'));
      } else {
        check(cx, e.right, l);
      }
      requireOp(cx, e, l, traitName);
      return l;
    }
  }
}

// ---- conditions and `is` ---------------------------------------------------

/**
 * Re-walks a checked condition, declaring in the current scope the binders
 * its `is` tests introduce where the condition is `truth`. Conditions are
 * checked before this (their own scopes hold nothing that outlives them).
 */
function checkCondition(cx: Ctx, cond: A.Expr, truth: boolean): void {
  if (cond.kind === 'Is' && truth) {
    for (const [name, v] of cx.t.isBinders.get(cond) ?? []) cx.scopes[cx.scopes.length - 1]!.set(name, v);
    return;
  }
  if (cond.kind === 'Binary' && cond.op === '&&' && truth) {
    checkCondition(cx, cond.left, true);
    checkCondition(cx, cond.right, true);
    return;
  }
  if (cond.kind === 'Unary' && cond.op === '!') checkCondition(cx, cond.operand, !truth);
}

function checkIs(cx: Ctx, e: A.Is): void {
  const subject = check(cx, e.expr);
  cx.push();
  const binders = checkPattern(cx, e.pattern, subject);
  cx.pop();
  cx.t.isBinders.set(e, binders);
}

/** A condition (of if, while, guard): Bool, with its `is` binders in the current scope where true. */
export function condition(cx: Ctx, cond: A.Expr): void {
  check(cx, cond, cx.type('Bool'));
  checkCondition(cx, cond, true);
}

// ---- collections -----------------------------------------------------------

function checkArrayLit(cx: Ctx, e: A.ArrayLit, expected: Type | undefined): Type {
  const want = expected ? resolveHead(expected) : undefined;
  const name = coreName(want);
  if (isJson(want)) {
    for (const el of e.elements) {
      if (el.kind === 'Spread') cx.error('a spread `..` is not allowed in a Json array literal', el.span);
      else jsonElement(cx, el);
    }
    return cx.type('Json');
  }
  let container = 'Array';
  let elem: Type = freshVar();
  if (want?.k === 'con' && name && ['Array', 'FixedArray', 'ArrayView', 'ReadOnlyArray', 'MutArrayView'].includes(name)) {
    container = name;
    elem = want.args[0]!;
  } else if (name === 'Bytes') {
    container = 'Bytes';
    elem = cx.type('Byte');
  } else if (name === 'String') {
    // `let s : String = [..prefix, 'c']`: the chars of a string.
    container = 'String';
    elem = cx.type('Char');
  }
  for (const el of e.elements) {
    if (el.kind === 'Spread') {
      const t = resolveHead(check(cx, el.value));
      const inner = iterElement(cx, t, el.value);
      if (!inner) cx.error(`cannot spread a value of type ${showType(t)} into an array`, el.span);
      const m = unify(inner, elem);
      if (m) cx.error(`type mismatch: the spread elements have type ${showType(inner)}, but ${showType(elem)} is wanted`, el.span);
    } else {
      check(cx, el, elem);
    }
  }
  if (container === 'Bytes') return cx.type('Bytes');
  if (container === 'String') return cx.type('String');
  // A literal read as a view is an array under a view.
  return cx.type(container, elem);
}

const JSON_LITERALS = new Set(['IntLit', 'DoubleLit', 'StringLit', 'InterpString', 'BoolLit', 'ArrayLit', 'MapLit']);

/** An element of a Json literal: a literal is read as Json, any other value converted by its `ToJson`. */
function jsonElement(cx: Ctx, e: A.Expr): void {
  const json = cx.type('Json');
  const literal = JSON_LITERALS.has(e.kind) || (e.kind === 'Unary' && e.op === '-' && (e.operand.kind === 'IntLit' || e.operand.kind === 'DoubleLit'));
  if (literal) {
    check(cx, e, json);
    return;
  }
  const t = check(cx, e);
  if (coreName(t) === 'Json') return;
  require(cx, t, cx.trait('ToJson'), e.span);
  cx.t.coercions.set(e, { k: 'tojson', type: t });
}

function checkMapLit(cx: Ctx, e: A.MapLit, expected: Type | undefined): Type {
  const want = expected ? resolveHead(expected) : undefined;
  if (isJson(want)) {
    const json = cx.type('Json');
    for (const entry of e.entries) {
      if (entry.key.kind !== 'StringLit') cx.error('a Json object key must be a string literal', entry.key.span);
      check(cx, entry.key, cx.type('String'));
      jsonElement(cx, entry.value);
    }
    return json;
  }
  let key: Type = freshVar();
  let value: Type = freshVar();
  if (want?.k === 'con' && coreName(want) === 'Map') {
    key = want.args[0]!;
    value = want.args[1]!;
  }
  for (const entry of e.entries) {
    check(cx, entry.key, key);
    check(cx, entry.value, value);
  }
  const map = cx.type('Map', key, value);
  if (e.entries.length) require(cx, key, cx.trait('Hash'), e.span);
  return map;
}

function checkRecordLit(cx: Ctx, e: A.RecordLit, expected: Type | undefined): Type {
  let t: Type | undefined;
  if (e.typeName) {
    const { lookupTypeDecl } = declareModule;
    const decl = lookupTypeDecl(typeScope(cx), e.typeName.name, e.typeName.pkg, e.typeName.span);
    t = instantiateDecl(decl);
  } else if (expected && resolveHead(expected).k === 'con' && (resolveHead(expected) as { decl: { shape: { k: string } } }).decl.shape.k === 'struct') {
    t = expected;
  } else if (e.spread) {
    t = knownType(cx, e.spread, 'update it');
  } else {
    t = structByFields(cx, e);
  }
  const h = resolveHead(t);
  if (h.k !== 'con' || h.decl.shape.k !== 'struct' || h.decl.shape.tuple) {
    return cx.error(`type ${showType(h)} is not a struct with named fields`, e.span);
  }
  cx.t.records.set(e, h.decl);
  const fields = h.decl.shape.fields;
  const given = new Set<string>();
  for (const f of e.fields) {
    const field = fields.find((x) => x.name === f.name);
    if (!field) cx.error(`struct ${h.decl.name} has no field \`${f.name}\``, f.nameSpan);
    if (given.has(f.name)) cx.error(`field \`${f.name}\` is given twice`, f.nameSpan);
    given.add(f.name);
    check(cx, f.value, instantiateField(h, field.type));
  }
  if (e.spread) {
    check(cx, e.spread, h);
  } else {
    const missing = fields.filter((f) => !given.has(f.name)).map((f) => `\`${f.name}\``);
    if (missing.length) cx.error(`struct ${h.decl.name} needs field${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`, e.span);
  }
  return h;
}

import * as declareModule from './declare.ts';
import type { TypeDecl } from './types.ts';

export function instantiateDecl(decl: TypeDecl): Type {
  return { k: 'con', decl, args: decl.params.map(() => freshVar()) };
}

/** The one struct of the doc (or core) whose fields are exactly these names. */
function structByFields(cx: Ctx, e: A.RecordLit): Type {
  const names = new Set(e.fields.map((f) => f.name));
  const matches: TypeDecl[] = [];
  for (const key of cx.env.types.keys()) {
    const d = cx.env.types.get(key)!;
    if (d.shape.k !== 'struct' || d.shape.tuple) continue;
    const fields = d.shape.fields.map((f) => f.name);
    if (fields.length === names.size && fields.every((f) => names.has(f))) matches.push(d);
  }
  const local = matches.filter((d) => d.local);
  const pick = local.length ? local : matches;
  if (pick.length !== 1) {
    cx.error(pick.length === 0
      ? `no struct has exactly the fields ${[...names].map((n) => `\`${n}\``).join(', ')}`
      : `several structs have these fields; write \`Type::{ ... }\``, e.span);
  }
  return instantiateDecl(pick[0]!);
}

// ---- control flow --------------------------------------------------------

function checkIf(cx: Ctx, e: A.If, expected: Type | undefined): Type {
  cx.push();
  condition(cx, e.cond);
  const unit = cx.type('Unit');
  if (!e.else) {
    check(cx, e.then, expected ? unitExpectation(cx, e, expected) : unit);
    cx.pop();
    return unit;
  }
  const t = check(cx, e.then, expected);
  cx.pop();
  check(cx, e.else, expected ?? t);
  return expected ?? t;
}

/** `if` without `else` is Unit; its context must accept Unit. */
function unitExpectation(cx: Ctx, e: A.Expr, expected: Type): Type {
  fit(cx, e, cx.type('Unit'), expected, 'an `if` without `else`');
  return cx.type('Unit');
}

/**
 * An arm's body. Empty braces there (`{ }` holding only a comment, as the
 * spec writes a do-nothing arm) are the empty block, not an empty map.
 */
export function armBody(cx: Ctx, body: A.Expr, expected: Type | undefined): Type {
  if (body.kind === 'MapLit' && body.entries.length === 0) {
    cx.t.unitBraces.add(body);
    cx.t.types.set(body, cx.type('Unit'));
    return expected ? fit(cx, body, cx.type('Unit'), expected, 'this empty arm') : cx.type('Unit');
  }
  return check(cx, body, expected);
}

function checkMatch(cx: Ctx, e: A.Match, expected: Type | undefined): Type {
  const subject = check(cx, e.subject);
  let result = expected;
  for (const arm of e.arms) {
    cx.push();
    bindPattern(cx, arm.pattern, subject);
    if (arm.guard) condition(cx, arm.guard);
    const t = armBody(cx, arm.body, result);
    result ??= t;
    cx.pop();
  }
  checkExhaustive(cx, subject, e.arms, e.span);
  return result ?? freshVar();
}

export function checkBlock(cx: Ctx, b: A.Block, expected: Type | undefined): Type {
  cx.push();
  try {
    // Local functions are visible throughout their block, as in MoonBit.
    for (const s of b.stmts) if (s.kind === 'LetFn') declareLocalFn(cx, s.fn);
    // What the block gives: its last expression's value, or a `guard ... else`'s.
    const result = expected ?? freshVar();
    b.stmts.forEach((s, i) => {
      const last = i === b.stmts.length - 1;
      if (last && s.kind === 'ExprStmt') {
        const type = check(cx, s.expr, expected);
        if (!expected) fit(cx, s.expr, type, result, 'this block\'s value (a `guard ... else` gives the same type)');
      } else {
        statement(cx, s, result);
        if (last) fit(cx, b, cx.type('Unit'), result, 'this block (its last statement is not an expression)');
      }
    });
    if (b.stmts.length === 0) fit(cx, b, cx.type('Unit'), result, 'an empty block');
    return result;
  } finally {
    cx.pop();
  }
}

function statement(cx: Ctx, s: A.Stmt, blockType: Type): void {
  switch (s.kind) {
    case 'ExprStmt':
      check(cx, s.expr);
      return;
    case 'Let': {
      const declared = s.type ? resolveType({ ...typeScope(cx), holes: true }, s.type) : undefined;
      const t = check(cx, s.value, declared);
      bindPattern(cx, s.pattern, declared ?? t, s.mutable);
      // MoonBit rejects a refutable `let` as a partial match.
      checkExhaustive(cx, declared ?? t, [{ pattern: s.pattern, span: s.pattern.span }], s.pattern.span);
      return;
    }
    case 'LetFn':
      checkFnBody(cx, s.fn);
      return;
    case 'LetRec':
      return cx.error('`letrec` is not supported by the harness yet', s.span);
    case 'Assign':
      return checkAssign(cx, s);
    case 'Guard': {
      // A failed guard's `else` ends the enclosing block with its value.
      if (s.else) {
        cx.push();
        check(cx, s.else, blockType);
        cx.pop();
      }
      condition(cx, s.cond);
      return;
    }
    case 'Defer':
      check(cx, s.expr);
      return;
    case 'LocalType':
      return cx.error('types declared inside a function are not supported by the harness yet', s.span);
  }
}

function checkAssign(cx: Ctx, s: A.Assign): void {
  const target = s.target;
  let t: Type;
  if (target.kind === 'Ident' && !target.pkg) {
    const v = cx.lookupLocal(target.name);
    if (!v) {
      if (cx.env.values.get(target.name)) cx.error(`cannot assign to \`${target.name}\`: it is not a local variable`, target.span);
      cx.unknownName(target.name, target.span);
    }
    if (!v.mutable) cx.error(`cannot assign to \`${target.name}\`: it is not declared with \`let mut\``, target.span);
    v.assigned = true;
    cx.t.names.set(target, { k: 'local', v });
    cx.t.types.set(target, v.type);
    t = v.type;
  } else if (target.kind === 'Field') {
    t = check(cx, target);
    const ref = cx.t.fields.get(target);
    if (ref && !ref.field.mutable) cx.error(`field \`${ref.field.name}\` is not mutable (declare it \`mut\`)`, target.span);
    if (!ref) cx.error('only struct fields can be assigned to', target.span);
  } else if (target.kind === 'Index') {
    const objType = knownType(cx, target.object, 'index it');
    if (!indexedElement(cx, objType)) {
      // `x[i] = v` through `#alias("_[_]=_")`.
      if (s.op !== '=') cx.error('a compound assignment through an index method is not supported by the harness yet', s.span);
      const call = aliasCall(cx, target, objType, '_[_]=_', [target.index, s.value]);
      if (!call) cx.error(`type ${showType(objType)} cannot be assigned by index`, target.span);
      checkMethodCall(cx, call, cx.type('Unit'));
      return;
    }
    t = check(cx, target);
    const obj = coreName(cx.t.typeOf(target.object));
    if (obj === 'String' || obj === 'StringView' || obj === 'Bytes' || obj === 'ArrayView' || obj === 'ReadOnlyArray') {
      cx.error(`a ${obj} cannot be modified by index`, target.span);
    }
  } else {
    return cx.error('only variables, fields and indexed elements can be assigned to', target.span);
  }
  if (s.op === '=') {
    check(cx, s.value, t);
    return;
  }
  const op = s.op.slice(0, -1);
  const traitName = ARITH[op]!;
  if (traitName === 'Shl' || traitName === 'Shr') check(cx, s.value, cx.type('Int'));
  else check(cx, s.value, t);
  requireOp(cx, s as unknown as A.Expr, t, traitName);
}

// ---- closures --------------------------------------------------------------

function checkClosure(cx: Ctx, e: A.Closure, expected: Type | undefined): Type {
  const want = expected ? resolveHead(expected) : undefined;
  const wantFn = want?.k === 'fn' ? want : undefined;
  if (wantFn && wantFn.params.length !== e.params.length) {
    cx.error(`this function takes ${e.params.length} parameter${e.params.length === 1 ? '' : 's'}, but ${wantFn.params.length} ${wantFn.params.length === 1 ? 'is' : 'are'} expected here`, e.span);
  }
  cx.push();
  const params = e.params.map((p, i) => {
    if (p.label !== 'positional') cx.error('an anonymous function cannot have labeled parameters', p.span);
    const t = p.type ? resolveType({ ...typeScope(cx), holes: true }, p.type) : wantFn?.params[i] ?? freshVar();
    if (p.type && wantFn) fit(cx, p, t, wantFn.params[i]!, `parameter \`${p.name}\``);
    const v = cx.declare(p.name, t, false, p.span);
    cx.t.binders.set(p, v);
    return t;
  });
  const declaredResult = e.returnType ? resolveType({ ...typeScope(cx), holes: true }, e.returnType) : undefined;
  const result = declaredResult ?? wantFn?.result ?? freshVar();
  // The closure's effect: as declared, else as its expected type allows, inferred from the body.
  const effect = freshEffect();
  const wantEffect = wantFn ? pruneEffect(wantFn.effect) : undefined;
  const declaredEffect: Effect | undefined = e.raises !== undefined ? declareModule.resolveEffect(typeScope(cx), e.raises) : e.noraise ? { k: 'none' } : undefined;
  const allowed: 'none' | 'any' = declaredEffect
    ? (declaredEffect.k === 'none' ? 'none' : 'any')
    : wantEffect && wantEffect.k === 'none' ? 'none' : 'any';
  const sink: Sink = { k: 'closure', effect, errors: [], allowed };
  cx.fns.push({ result, async: e.isAsync === true });
  const savedLoops = cx.loops;
  cx.loops = [];
  try {
    cx.withSink(sink, () => check(cx, e.body, result));
  } finally {
    cx.loops = savedLoops;
    cx.fns.pop();
    cx.pop();
  }
  if (declaredEffect) effect.ref = declaredEffect;
  else effect.ref = sink.errors.length ? { k: 'raise', error: joinErrors(cx, sink.errors) } : { k: 'none' };
  return fnType(params, result, effect, e.isAsync === true);
}

// ---- loops -----------------------------------------------------------------

function withLoop<T>(cx: Ctx, frame: LoopFrame, body: () => T): T {
  cx.loops.push(frame);
  try {
    return body();
  } finally {
    cx.loops.pop();
  }
}

/** A loop's value: Unit, or with `else`/`nobreak` the type both it and `break v` give. */
function loopValueType(cx: Ctx, hasElse: boolean, expected: Type | undefined): Type {
  return hasElse ? expected ?? freshVar() : cx.type('Unit');
}

function checkWhile(cx: Ctx, e: A.While, expected: Type | undefined): Type {
  const result = loopValueType(cx, e.else !== undefined, expected);
  cx.push();
  condition(cx, e.cond);
  withLoop(cx, { label: e.label, breakType: e.else ? result : undefined, valued: e.else !== undefined }, () => check(cx, e.body, cx.type('Unit')));
  cx.pop();
  if (e.else) check(cx, e.else, result);
  return result;
}

function checkFor(cx: Ctx, e: A.For, expected: Type | undefined): Type {
  // Without a condition the loop ends only by `break`, which may give its value (as `loop`'s).
  const valued = e.else !== undefined || !e.cond;
  const result = loopValueType(cx, valued, expected);
  cx.push();
  const vars = e.init.map((b) => {
    const t = check(cx, b.value);
    const v = cx.declare(b.name, t, false, b.nameSpan);
    cx.t.binders.set(b as unknown as A.Expr, v);
    return v;
  });
  if (e.cond) check(cx, e.cond, cx.type('Bool'));
  withLoop(cx, { label: e.label, breakType: valued ? result : undefined, continueTypes: vars.map((v) => v.type), valued }, () => {
    check(cx, e.body, cx.type('Unit'));
  });
  for (const u of e.update) {
    if (u.target.kind !== 'Ident' || !vars.some((v) => v.name === (u.target as A.Ident).name)) {
      cx.error('a `for` update must assign one of the loop\'s variables', u.target.span);
    }
    const v = vars.find((x) => x.name === (u.target as A.Ident).name)!;
    cx.t.names.set(u.target, { k: 'local', v });
    cx.t.types.set(u.target, v.type);
    if (u.op === '=') check(cx, u.value, v.type);
    else {
      const traitName = ARITH[u.op.slice(0, -1)]!;
      check(cx, u.value, traitName === 'Shl' || traitName === 'Shr' ? cx.type('Int') : v.type);
      requireOp(cx, u as unknown as A.Expr, v.type, traitName);
    }
  }
  if (e.else) check(cx, e.else, result);
  cx.pop();
  return result;
}

/** What `for x in it` walks: the element types bound per iteration. */
export function iterElement(cx: Ctx, t: Type, node: A.Expr): Type | undefined {
  const h = resolveHead(t);
  if (h.k !== 'con') return undefined;
  switch (coreName(h)) {
    case 'Array': case 'FixedArray': case 'ArrayView': case 'MutArrayView': case 'ReadOnlyArray': case 'Iter':
      return h.args[0]!;
    case 'String': case 'StringView':
      return cx.type('Char');
    case 'Bytes': case 'BytesView':
      return cx.type('Byte');
    case 'Map':
      return tuple([h.args[0]!, h.args[1]!]);
    case 'Iter2':
      return tuple([h.args[0]!, h.args[1]!]);
  }
  return iterMethod(cx, h, 'iter', node)?.[0];
}

/** `for a, b in it`: the two binders' types (index and element, or key and value). */
function iterPair(cx: Ctx, t: Type, node: A.Expr): [Type, Type] | undefined {
  const h = resolveHead(t);
  if (h.k !== 'con') return undefined;
  switch (coreName(h)) {
    case 'Array': case 'FixedArray': case 'ArrayView': case 'MutArrayView': case 'ReadOnlyArray':
      return [cx.type('Int'), h.args[0]!];
    case 'String': case 'StringView':
      return [cx.type('Int'), cx.type('Char')];
    case 'Bytes': case 'BytesView':
      return [cx.type('Int'), cx.type('Byte')];
    case 'Map': case 'Iter2':
      return [h.args[0]!, h.args[1]!];
  }
  const args = iterMethod(cx, h, 'iter2', node);
  return args && [args[0]!, args[1]!];
}

/**
 * Any other type iterates by its `iter()` returning `Iter[T]` (`iter2()`
 * returning `Iter2[A, B]` for two variables), instantiated for this
 * receiver: the result's type arguments. The emitter calls the method.
 */
function iterMethod(cx: Ctx, h: Type & { k: 'con' }, name: 'iter' | 'iter2', node: A.Expr): readonly Type[] | undefined {
  const m = cx.env.method(h.decl, name);
  if (!m || m.scheme.params.length !== 1) return undefined;
  const inst = instantiate(cx, m.scheme, node.span);
  const result = resolveHead(inst.result);
  if (unify(inst.params[0]!.type, h) || result.k !== 'con' || coreName(result) !== (name === 'iter' ? 'Iter' : 'Iter2')) return undefined;
  cx.useOrigin(m.origin, node.span);
  cx.t.iterMethods.set(node, { m, inst: inst.inst });
  return result.args;
}

function checkForIn(cx: Ctx, e: A.ForIn, expected: Type | undefined): Type {
  const result = loopValueType(cx, e.else !== undefined, expected);
  let types: Type[];
  if (e.iterable.kind === 'Range') {
    const from = check(cx, e.iterable.from);
    check(cx, e.iterable.to, from);
    const name = coreName(from);
    if (!name || !['Int', 'UInt', 'Int64', 'UInt64', 'Int16', 'UInt16', 'Byte', 'Char'].includes(name)) {
      cx.error(`a range of ${showType(from)} cannot be iterated`, e.iterable.span);
    }
    cx.t.types.set(e.iterable, from);
    if (e.binders.length !== 1) cx.error('a range gives one value per iteration', e.span);
    types = [from];
  } else {
    const t = knownType(cx, e.iterable, 'iterate over it');
    if (e.binders.length === 1) {
      const el = iterElement(cx, t, e.iterable);
      if (!el) cx.error(`a value of type ${showType(t)} cannot be iterated`, e.iterable.span);
      types = [el];
    } else if (e.binders.length === 2) {
      const pair = iterPair(cx, t, e.iterable);
      if (!pair) cx.error(`a value of type ${showType(t)} cannot be iterated with two variables`, e.iterable.span);
      types = pair;
    } else {
      return cx.error('`for ... in` takes one or two variables', e.span);
    }
  }
  cx.push();
  const state = (e.state ?? []).map((b) => {
    const t = check(cx, b.value);
    const v = cx.declare(b.name, t, false, b.nameSpan);
    cx.t.binders.set(b as unknown as A.Expr, v);
    return v;
  });
  e.binders.forEach((name, i) => {
    const v = cx.declare(name, types[i]!, false, e.binderSpans?.[i] ?? e.span);
    cx.t.forBinders.set(e, [...(cx.t.forBinders.get(e) ?? []), v]);
  });
  withLoop(cx, {
    label: e.label, breakType: e.else ? result : undefined, valued: e.else !== undefined,
    continueTypes: state.length ? state.map((v) => v.type) : undefined,
  }, () => check(cx, e.body, cx.type('Unit')));
  cx.pop();
  if (e.else) {
    cx.push();
    for (const v of state) cx.scopes[cx.scopes.length - 1]!.set(v.name, v);
    check(cx, e.else, result);
    cx.pop();
  }
  return result;
}

function checkLoop(cx: Ctx, e: A.Loop, expected: Type | undefined): Type {
  const argTypes = e.args.map((a) => check(cx, a));
  const result = expected ?? freshVar();
  withLoop(cx, { label: e.label, breakType: result, continueTypes: argTypes, valued: true }, () => {
    for (const arm of e.arms) {
      if (arm.patterns.length !== argTypes.length) {
        cx.error(`this arm has ${arm.patterns.length} pattern${arm.patterns.length === 1 ? '' : 's'} for ${argTypes.length} loop value${argTypes.length === 1 ? '' : 's'}`, arm.span);
      }
      cx.push();
      arm.patterns.forEach((p, i) => bindPattern(cx, p, argTypes[i]!));
      if (arm.guard) condition(cx, arm.guard);
      armBody(cx, arm.body, result);
      cx.pop();
    }
  });
  const subject = argTypes.length === 1 ? argTypes[0]! : tuple(argTypes);
  checkExhaustive(cx, subject, e.arms.map((a) => ({
    pattern: a.patterns.length === 1 ? a.patterns[0]! : { kind: 'TuplePat', elements: a.patterns, span: a.span } as A.TuplePat,
    guard: a.guard,
    span: a.span,
  })), e.span);
  return result;
}

function findLoop(cx: Ctx, label: string | undefined, span: A.Span, what: string): LoopFrame {
  if (cx.loops.length === 0) cx.error(`\`${what}\` outside of a loop`, span);
  if (label === undefined) return cx.loops[cx.loops.length - 1]!;
  for (let i = cx.loops.length - 1; i >= 0; i--) if (cx.loops[i]!.label === label) return cx.loops[i]!;
  return cx.error(`no enclosing loop is labeled \`${label}~\``, span);
}

function checkBreak(cx: Ctx, e: A.Break): Type {
  const loop = findLoop(cx, e.label, e.span, 'break');
  if (e.value) {
    if (!loop.valued) cx.error('`break` with a value is only allowed in a loop that has a value (`loop`, or a loop with `nobreak`)', e.span);
    check(cx, e.value, loop.breakType);
  } else if (loop.breakType) {
    fit(cx, e, cx.type('Unit'), loop.breakType, '`break` without a value');
  }
  return freshVar();
}

function checkContinue(cx: Ctx, e: A.Continue): Type {
  const loop = findLoop(cx, e.label, e.span, 'continue');
  if (e.args.length) {
    const types = loop.continueTypes;
    if (!types) cx.error('`continue` with values is only allowed in `loop` and in `for` loops with variables', e.span);
    if (types.length !== e.args.length) cx.error(`\`continue\` needs ${types.length} value${types.length === 1 ? '' : 's'} here`, e.span);
    e.args.forEach((a, i) => check(cx, a, types[i]));
  } else if (loop.continueTypes && cx.loops[cx.loops.length - 1] === loop && loop.breakType !== undefined && !loop.label && false) {
    // (unreachable: plain `continue` keeps the loop's values)
  }
  return freshVar();
}

// ---- try -------------------------------------------------------------------

function checkTry(cx: Ctx, e: A.Try, expected: Type | undefined): Type {
  const sink: Sink = { k: 'try', errors: [] };
  const noraise = e.noraiseArms !== undefined;
  const bodyType = cx.withSink(sink, () => check(cx, e.body, noraise ? undefined : expected));
  const errorType = sink.errors.length ? joinErrors(cx, sink.errors) : cx.type('Error');
  cx.t.types.set(e.body, bodyType);
  let result = noraise ? expected : expected ?? bodyType;
  for (const arm of e.catchArms) {
    cx.push();
    bindPattern(cx, arm.pattern, errorType);
    if (arm.guard) condition(cx, arm.guard);
    const t = armBody(cx, arm.body, result);
    result ??= t;
    cx.pop();
  }
  if (!e.rethrow) checkExhaustive(cx, errorType, e.catchArms, e.span);
  else raiseError(cx, errorType, e.span);
  for (const arm of e.noraiseArms ?? []) {
    cx.push();
    bindPattern(cx, arm.pattern, bodyType);
    if (arm.guard) condition(cx, arm.guard);
    const t = armBody(cx, arm.body, result);
    result ??= t;
    cx.pop();
  }
  if (e.noraiseArms) checkExhaustive(cx, bodyType, e.noraiseArms, e.span);
  cx.t.tryErrors.set(e, errorType);
  return result ?? bodyType;
}

export { isErrorTop };
