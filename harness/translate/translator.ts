// Translates MoonBit syntax trees into TypeScript, keeping MoonBit's meaning:
// 32-bit wrapping `Int`, 64-bit `bigint` integers, literals typed by the type
// their context expects, labeled arguments mapped by signature, and
// expressions (if, match, blocks, loops, try) that produce values.
//
// Expressions that need statements are lowered in destination-passing style:
// each is emitted as statements that deliver its value to a `Dest` (discard
// it, assign it to a variable, or return it), and an expression nested inside
// another is first spilled into a temporary.
import type * as A from '../syntax/ast.ts';
import { describeNode } from '../syntax/index.ts';
import { TranslateError } from './errors.ts';
import {
  BOOL, BYTES, CHAR, DOUBLE, ERROR, INT, STRING, UNIT, UNKNOWN,
  OPAQUE, elementType, fromTypeExpr, hasPrimitiveEquality, isBigInt, isIntegral, isNamed,
  join, named, runtimeTy, showType, tsType, type Type,
} from './types.ts';
import type { DocPos, Writer } from './writer.ts';
import { bindingFnSig, type BindingEntry, type FnSig, type ParamSig } from './signatures.ts';
import { BUILTINS, methodResult } from './builtins.ts';
import { method as RUNTIME_METHODS } from '../runtime/methods.ts';

/** A problem found while translating, at a position inside the block. */
export { TranslateError };

type Dest = { k: 'discard' } | { k: 'assign'; js: string } | { k: 'return' };
const DISCARD: Dest = { k: 'discard' };

interface Val {
  js: string;
  type: Type;
}

export type Binding =
  | { kind: 'var'; js: string; type: Type; mutable: boolean }
  | { kind: 'fn'; js: string; sig: FnSig }
  | { kind: 'const'; js: string; type: Type };

/** What the translator needs to know about the binding. */
export interface BindingInfo {
  table: ReadonlyMap<string, BindingEntry>;
  exported: ReadonlySet<string>;
}

/** Context of a loop, for `break`/`continue`. */
interface LoopCtx {
  label: string;
  /** Variable receiving `break value`, if the loop yields one. */
  result?: string;
  /** For MoonBit's `loop`: the variables `continue a, b` assigns. */
  loopVars?: string[];
  /** The statement `continue` runs before jumping (C-style for updates). */
  beforeContinue?: () => void;
}

const JS_RESERVED = new Set((
  'arguments await break case catch class const continue debugger default delete do else enum '
  + 'eval export extends false finally for function if implements import in instanceof interface '
  + 'let new null package private protected public return static super switch this throw true '
  + 'try typeof undefined var void while with yield'
).split(' '));

export class Translator {
  private scopes: Map<string, Binding>[] = [new Map()];
  private readonly used = new Map<string, number>();
  private temp = 0;
  private loops: LoopCtx[] = [];
  /** The result type of the function being translated, for `return`. */
  private fnResult: Type[] = [];
  /** Every `inspect` call translated, for `--update`. */
  readonly inspectSites: InspectSite[] = [];
  /** Types found by `probeType`, per node and expected type. */
  private readonly probed = new WeakMap<A.Expr, Map<string, Type>>();

  constructor(
    private w: Writer,
    private readonly binding: BindingInfo,
    /** Maps a span inside the current block to the doc. */
    public toDoc: (pos: A.Position) => DocPos & { offset?: number },
    /** The doc path shown in messages. */
    private readonly file: string,
    /** Emit TypeScript annotations (false: plain JavaScript). */
    readonly typed = true,
  ) {}

  /** A type annotation (`: T`), or nothing when emitting JavaScript. */
  ann(t: Type): string {
    return this.typed ? `: ${tsType(t)}` : '';
  }

  /** A cast (` as T`) for a known type, or nothing. */
  cast(t: Type): string {
    return this.typed && t.k !== 'unknown' ? ` as ${tsType(t)}` : '';
  }

  // ---- scopes -----------------------------------------------------------

  pushScope(): void {
    this.scopes.push(new Map());
  }
  popScope(): void {
    this.scopes.pop();
  }

  declare(name: string, b: Binding): void {
    this.scopes[this.scopes.length - 1]!.set(name, b);
  }

  lookup(name: string): Binding | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const b = this.scopes[i]!.get(name);
      if (b) return b;
    }
    return undefined;
  }

  /** A fresh JavaScript name for the MoonBit variable `name` (shadowing is legal in MoonBit). */
  fresh(name: string): string {
    const base = JS_RESERVED.has(name) ? `${name}_` : name;
    const n = this.used.get(base) ?? 0;
    this.used.set(base, n + 1);
    return n === 0 ? base : `${base}$${n}`;
  }

  private tmp(): string {
    return `$t${++this.temp}`;
  }

  private err(message: string, span: A.Span): TranslateError {
    return new TranslateError(message, span);
  }

  private at(span: A.Span): DocPos {
    return this.toDoc(span.start);
  }

  private loc(span: A.Span): string {
    const p = this.at(span);
    return `{ file: ${JSON.stringify(this.file)}, line: ${p.line}, column: ${p.column} }`;
  }

  // ---- top-level items --------------------------------------------------

  /** Signature of a doc-level `fn`, registered before any block is translated. */
  fnSig(fn: A.FnItem): FnSig {
    return {
      params: fn.params.map((p) => paramSig(p)),
      result: fn.returnType ? fromTypeExpr(fn.returnType) : UNIT,
      raises: fn.raises !== undefined,
    };
  }

  /** Emits a function declaration (doc-level or local). */
  emitFn(fn: A.FnItem, js: string, sig: FnSig, prefix = 'function'): void {
    this.pushScope();
    const params = this.bindParams(fn.params, sig.params);
    const result = sig.result;
    this.fnResult.push(result);
    const savedLoops = this.loops;
    this.loops = [];
    this.w.block(`${prefix} ${js}(${params})${this.ann(result)}`, () => {
      this.emitParamDefaults(fn.params, sig.params);
      this.blockInto(fn.body, { k: 'return' }, result);
    }, this.at(fn.span));
    this.loops = savedLoops;
    this.fnResult.pop();
    this.popScope();
  }

  /** Declares parameters in the current scope; labeled ones arrive in `$opts`. */
  private bindParams(params: A.Param[], sigs: ParamSig[]): string {
    const out: string[] = [];
    const labeled: string[] = [];
    params.forEach((p, i) => {
      const sig = sigs[i]!;
      const js = this.fresh(p.name);
      const type = p.label === 'optional' && !p.default ? named('Option', sig.type) : sig.type;
      this.declare(p.name, { kind: 'var', js, type, mutable: false });
      if (p.label === 'positional') out.push(`${js}${this.ann(type)}`);
      else labeled.push(`${p.name}?: ${tsType(sig.type)}`);
    });
    if (labeled.length) out.push(`$opts${this.typed ? `: { ${labeled.join('; ')} }` : ''} = {}`);
    return out.join(', ');
  }

  private emitParamDefaults(params: A.Param[], sigs: ParamSig[]): void {
    params.forEach((p, i) => {
      if (p.label === 'positional') return;
      const b = this.lookup(p.name) as { js: string };
      const sig = sigs[i]!;
      if (p.default) {
        const d = this.expr(p.default, sig.type);
        this.w.line(`const ${b.js} = $opts.${p.name} !== undefined ? $opts.${p.name} : ${d.js};`);
      } else if (p.label === 'optional') {
        this.w.line(`const ${b.js} = $opts.${p.name} !== undefined ? new $rt.Some($opts.${p.name}) : $rt.None;`);
      } else {
        this.w.line(`if ($opts.${p.name} === undefined) throw new TypeError(${JSON.stringify(`missing labeled argument ${p.name}~`)});`);
        this.w.line(`const ${b.js} = $opts.${p.name};`);
      }
    });
  }

  // ---- statements -------------------------------------------------------

  /** Emits a block's statements; the last expression's value goes to `dest`. */
  blockInto(block: A.Block, dest: Dest, expected?: Type): Type {
    this.pushScope();
    const stmts = block.stmts;
    // Local functions are visible throughout their block, as in MoonBit.
    for (const s of stmts) {
      if (s.kind === 'LetFn') {
        const sig = this.fnSig(s.fn);
        this.declare(s.fn.name, { kind: 'fn', js: this.fresh(s.fn.name), sig });
      }
    }
    let type: Type = UNIT;
    if (stmts.length === 0) this.deliver({ js: 'undefined', type: UNIT }, dest);
    stmts.forEach((s, i) => {
      const last = i === stmts.length - 1;
      if (last && s.kind === 'ExprStmt') {
        type = this.exprInto(s.expr, dest, expected);
      } else {
        this.stmt(s);
        if (last) this.deliver({ js: 'undefined', type: UNIT }, dest);
      }
    });
    this.popScope();
    return type;
  }

  stmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'ExprStmt':
        this.exprInto(s.expr, DISCARD);
        return;
      case 'Let':
        return this.letStmt(s);
      case 'LetFn': {
        const b = this.lookup(s.fn.name) as { js: string; sig: FnSig };
        this.emitFn(s.fn, b.js, b.sig);
        return;
      }
      case 'Assign':
        return this.assign(s);
    }
  }

  private letStmt(s: A.Let): void {
    const declared = s.type ? fromTypeExpr(s.type) : undefined;
    if (s.pattern.kind === 'VarPat' || s.pattern.kind === 'WildcardPat') {
      const name = s.pattern.kind === 'VarPat' ? s.pattern.name : undefined;
      const kw = s.mutable ? 'let' : 'const';
      let v: Val;
      if (!isSimple(s.value)) {
        const t = this.tmp();
        this.w.line(`let ${t}${this.ann(declared ?? UNKNOWN)};`, this.at(s.span));
        const type = this.exprInto(s.value, { k: 'assign', js: t }, declared);
        v = { js: t, type };
      } else {
        v = this.expr(s.value, declared);
      }
      const type = declared ?? v.type;
      if (name === undefined) {
        this.w.line(`void (${v.js});`, this.at(s.span));
        return;
      }
      const js = this.fresh(name);
      const ann = declared || s.mutable ? this.ann(type) : '';
      this.w.line(`${kw} ${js}${ann} = ${v.js};`, this.at(s.span));
      this.declare(name, { kind: 'var', js, type, mutable: s.mutable });
      return;
    }
    // A destructuring `let`: an irrefutable pattern.
    const v = this.pin(this.spill(s.value, declared));
    const m = this.pattern(s.pattern, v.js, declared ?? v.type);
    if (m.tests.length) {
      this.w.line(`if (!(${m.tests.join(' && ')})) $rt.matchFailed(${this.loc(s.span)});`, this.at(s.span));
    }
    for (const b of m.binds) {
      const js = this.fresh(b.name);
      this.w.line(`${s.mutable ? 'let' : 'const'} ${js} = ${b.js};`, this.at(s.span));
      this.declare(b.name, { kind: 'var', js, type: b.type, mutable: s.mutable });
    }
  }

  private assign(s: A.Assign): void {
    const target = s.target;
    if (target.kind === 'Ident') {
      const b = this.lookup(target.name);
      if (!b || b.kind !== 'var') throw this.err(`cannot assign to \`${target.name}\`: not a local variable`, target.span);
      if (!b.mutable) throw this.err(`cannot assign to \`${target.name}\`: it is not declared with \`let mut\``, target.span);
      const value = this.assignedValue(s, { js: b.js, type: b.type });
      this.w.line(`${b.js} = ${value};`, this.at(s.span));
      return;
    }
    if (target.kind === 'Index') {
      const obj = this.pin(this.spill(target.object));
      const idx = this.pin(this.spill(target.index, INT));
      const cur = { js: `$rt.index(${obj.js}, ${idx.js}, ${this.loc(target.span)})`, type: elementType(obj.type) };
      const value = this.assignedValue(s, cur);
      this.w.line(`$rt.setIndex(${obj.js}, ${idx.js}, ${value}, ${this.loc(target.span)});`, this.at(s.span));
      return;
    }
    throw this.err('only variables and indexed elements can be assigned to', target.span);
  }

  /** The JS value an assignment stores, applying a compound operator. */
  private assignedValue(s: A.Assign, current: Val): string {
    const rhs = this.spill(s.value, current.type);
    if (s.op === '=') return rhs.js;
    const op = s.op.slice(0, -1) as A.BinaryOp;
    return this.arith(op, current, rhs, s.span).js;
  }

  // ---- delivering values ------------------------------------------------

  private deliver(v: Val, dest: Dest, origin?: DocPos): void {
    switch (dest.k) {
      case 'discard':
        if (v.js !== 'undefined') this.w.line(`${v.js};`, origin);
        return;
      case 'assign':
        this.w.line(`${dest.js} = ${v.js};`, origin);
        return;
      case 'return':
        this.w.line(v.js === 'undefined' ? 'return;' : `return ${v.js};`, origin);
        return;
    }
  }

  /** Emits `e` so that its value reaches `dest`; returns its type. */
  exprInto(e: A.Expr, dest: Dest, expected?: Type): Type {
    const origin = this.at(e.span);
    switch (e.kind) {
      case 'Block':
        this.w.line('{', origin);
        let t: Type = UNIT;
        this.w.indent(() => { t = this.blockInto(e, dest, expected); });
        this.w.line('}');
        return t;
      case 'If':
        if (!isSimple(e)) return this.ifInto(e, dest, expected);
        break;
      case 'Match':
        return this.matchInto(e, dest, expected);
      case 'While':
        return this.whileInto(e, dest);
      case 'For':
        return this.forInto(e, dest);
      case 'ForIn':
        return this.forInInto(e, dest);
      case 'Loop':
        return this.loopInto(e, dest, expected);
      case 'Try':
        return this.tryInto(e, dest, expected);
      case 'TryQuestion':
        return this.tryQuestionInto(e, dest);
      case 'Return': {
        const expectedResult = this.fnResult[this.fnResult.length - 1];
        if (expectedResult === undefined) {
          // `return` in a test body ends the test.
          if (e.value) this.exprInto(e.value, DISCARD);
          this.w.line('return;', origin);
        } else if (e.value) {
          this.exprInto(e.value, { k: 'return' }, expectedResult);
        } else {
          this.w.line('return;', origin);
        }
        return UNKNOWN;
      }
      case 'Raise': {
        const v = this.spill(e.value, ERROR);
        this.w.line(`throw ${v.js};`, origin);
        return UNKNOWN;
      }
      case 'Break':
        return this.breakStmt(e);
      case 'Continue':
        return this.continueStmt(e);
      default:
        break;
    }
    if (!isSimple(e)) {
      // Spill the parts that need statements, then deliver the rest.
      const v = this.expr(e, expected, true);
      this.deliver(v, dest, origin);
      return v.type;
    }
    const v = this.expr(e, expected);
    this.deliver(v, dest, origin);
    return v.type;
  }

  /** Evaluates `e` into a JS expression, spilling into a temporary when it needs statements. */
  spill(e: A.Expr, expected?: Type): Val {
    if (isSimple(e)) return this.expr(e, expected);
    if (STATEMENT_KINDS.has(e.kind)) {
      const t = this.tmp();
      this.w.line(`let ${t}${this.ann(UNKNOWN)};`, this.at(e.span));
      const type = this.exprInto(e, { k: 'assign', js: t }, expected);
      return { js: t, type };
    }
    // A compound expression some of whose operands need statements: they are
    // spilled left to right, keeping evaluation order (see `operands`).
    return this.expr(e, expected, true);
  }

  /** A value that can be read several times: a temporary unless it is a name already. */
  pin(v: Val): Val {
    if (/^[\w$]+$/.test(v.js)) return v;
    const t = this.tmp();
    this.w.line(`const ${t} = ${v.js};`);
    return { js: t, type: v.type };
  }


  /**
   * Translates operands left to right. When a later operand needs statements,
   * earlier ones with possible side effects are pinned in temporaries so that
   * MoonBit's evaluation order is kept.
   */
  private operands(items: { e: A.Expr; expected?: Type | ((prev: Val[]) => Type | undefined) }[], allowSpill: boolean): Val[] {
    const lastComplex = allowSpill ? findLastIndex(items, (it) => !isSimple(it.e)) : -1;
    const out: Val[] = [];
    items.forEach((it, i) => {
      const expected = typeof it.expected === 'function' ? it.expected(out) : it.expected;
      if (i < lastComplex && !isPure(it.e)) {
        const v = this.expr(it.e, expected);
        const t = this.tmp();
        this.w.line(`const ${t} = ${v.js};`);
        out.push({ js: t, type: v.type });
        return;
      }
      out.push(allowSpill ? this.spill(it.e, expected) : this.expr(it.e, expected));
    });
    return out;
  }

  // ---- control flow -----------------------------------------------------

  private ifInto(e: A.If, dest: Dest, expected?: Type): Type {
    const cond = this.spill(e.cond, BOOL);
    let type: Type = UNIT;
    this.w.line(`if (${cond.js}) {`, this.at(e.span));
    this.w.indent(() => { type = this.blockInto(e.then, dest, expected); });
    if (e.else) {
      this.w.line('} else {');
      const els = e.else;
      this.w.indent(() => {
        const t = els.kind === 'Block' ? this.blockInto(els, dest, expected ?? type) : this.exprInto(els, dest, expected ?? type);
        type = join(type, t);
      });
    } else if (dest.k !== 'discard') {
      this.w.line('} else {');
      this.w.indent(() => this.deliver({ js: 'undefined', type: UNIT }, dest));
    }
    this.w.line('}');
    return e.else ? type : UNIT;
  }

  private matchInto(e: A.Match, dest: Dest, expected?: Type): Type {
    const subject = this.spill(e.subject);
    const s = this.tmp();
    const label = `$match${this.temp}`;
    let type: Type = expected ?? UNKNOWN;
    this.w.line(`${label}: {`, this.at(e.span));
    this.w.indent(() => {
      // Typed by a cast, not an annotation: TypeScript would narrow an annotated
      // union to the initializer's variant and reject the other arms.
      this.w.line(`const ${s} = ${subject.js}${this.cast(subject.type)};`);
      for (const arm of e.arms) {
        type = join(type, this.arm(arm, s, subject.type, dest, expected ?? (type.k === 'unknown' ? undefined : type), label));
      }
      this.w.line(`$rt.matchFailed(${this.loc(e.span)});`);
    });
    this.w.line('}');
    return type;
  }

  /** One match arm: test, bind, guard, body, leave the match. */
  private arm(arm: A.MatchArm, s: string, sType: Type, dest: Dest, expected: Type | undefined, label: string): Type {
    const m = this.pattern(arm.pattern, s, sType);
    let type: Type = UNKNOWN;
    this.w.line(`if (${m.tests.length ? m.tests.join(' && ') : 'true'}) {`, this.at(arm.span));
    this.w.indent(() => {
      this.pushScope();
      this.bindAll(m.binds);
      const body = () => {
        type = arm.body.kind === 'Block'
          ? this.blockInto(arm.body, dest, expected)
          : this.exprInto(arm.body, dest, expected);
        if (dest.k !== 'return') this.w.line(`break ${label};`);
      };
      this.guarded(arm.guard, body);
      this.popScope();
    });
    this.w.line('}');
    return type;
  }

  /** Emits `body`, under `if (guard)` when an arm has a guard. */
  private guarded(guard: A.Expr | undefined, body: () => void): void {
    if (!guard) return body();
    const g = this.spill(guard, BOOL);
    this.w.line(`if (${g.js}) {`, this.at(guard.span));
    this.w.indent(body);
    this.w.line('}');
  }

  private bindAll(binds: PatternBind[]): void {
    for (const b of binds) {
      const js = this.fresh(b.name);
      this.w.line(`const ${js} = ${b.js};`);
      this.declare(b.name, { kind: 'var', js, type: b.type, mutable: false });
    }
  }

  private whileInto(e: A.While, dest: Dest): Type {
    const label = `$loop${++this.temp}`;
    const result = e.else && dest.k !== 'discard' ? this.tmp() : undefined;
    if (result) this.w.line(`let ${result}${this.ann(UNKNOWN)};`);
    this.w.line(`${label}: while (true) {`, this.at(e.span));
    this.w.indent(() => {
      const cond = this.spill(e.cond, BOOL);
      if (e.else) {
        this.w.line(`if (!(${cond.js})) {`);
        this.w.indent(() => {
          this.blockInto(e.else!, result ? { k: 'assign', js: result } : DISCARD);
          this.w.line(`break ${label};`);
        });
        this.w.line('}');
      } else {
        this.w.line(`if (!(${cond.js})) break;`);
      }
      this.loops.push({ label, result });
      this.blockInto(e.body, DISCARD);
      this.loops.pop();
    });
    this.w.line('}');
    if (result) this.deliver({ js: result, type: UNKNOWN }, dest);
    else this.deliver({ js: 'undefined', type: UNIT }, dest);
    return result ? UNKNOWN : UNIT;
  }

  private forInto(e: A.For, dest: Dest): Type {
    const label = `$loop${++this.temp}`;
    this.pushScope();
    const vars = e.init.map((init) => {
      const v = this.spill(init.value);
      const js = this.fresh(init.name);
      this.w.line(`let ${js} = ${v.js};`, this.at(e.span));
      this.declare(init.name, { kind: 'var', js, type: v.type, mutable: false });
      return { name: init.name, js, type: v.type };
    });
    const update = () => {
      // MoonBit updates all loop variables at once from the old values.
      const values = e.update.map((u) => {
        if (u.target.kind !== 'Ident') throw this.err('a for-loop update must assign a loop variable', u.target.span);
        const v = vars.find((x) => x.name === (u.target as A.Ident).name);
        if (!v) throw this.err(`\`${u.target.name}\` is not a variable of this loop`, u.target.span);
        return { v, value: this.assignedValue(u, { js: v.js, type: v.type }) };
      });
      if (values.length === 1) this.w.line(`${values[0]!.v.js} = ${values[0]!.value};`);
      else if (values.length) this.w.line(`[${values.map((x) => x.v.js).join(', ')}] = [${values.map((x) => x.value).join(', ')}];`);
    };
    const result = e.else && dest.k !== 'discard' ? this.tmp() : undefined;
    if (result) this.w.line(`let ${result}${this.ann(UNKNOWN)};`);
    this.w.line(`${label}: while (true) {`);
    this.w.indent(() => {
      if (e.cond) {
        const cond = this.spill(e.cond, BOOL);
        this.w.line(`if (!(${cond.js})) {`);
        this.w.indent(() => {
          if (e.else) this.blockInto(e.else, result ? { k: 'assign', js: result } : DISCARD);
          this.w.line(`break ${label};`);
        });
        this.w.line('}');
      }
      // The body sees each iteration's values; `continue` runs the update first.
      this.loops.push({ label, result, beforeContinue: update });
      this.pushScope();
      for (const v of vars) {
        const js = this.fresh(v.name);
        this.w.line(`const ${js} = ${v.js};`);
        this.declare(v.name, { kind: 'var', js, type: v.type, mutable: false });
      }
      this.blockInto(e.body, DISCARD);
      this.popScope();
      this.loops.pop();
      update();
    });
    this.w.line('}');
    this.popScope();
    this.deliver(result ? { js: result, type: UNKNOWN } : { js: 'undefined', type: UNIT }, dest);
    return result ? UNKNOWN : UNIT;
  }

  private forInInto(e: A.ForIn, dest: Dest): Type {
    const label = `$loop${++this.temp}`;
    this.pushScope();
    const [first, second] = e.binders;
    if (e.iterable.kind === 'Range') {
      if (second !== undefined) throw this.err('a range gives one value per iteration', e.span);
      const ops = this.operands([{ e: e.iterable.from }, { e: e.iterable.to }], true);
      const t = join(ops[0]!.type, ops[1]!.type);
      const from = t.k === 'unknown' ? ops[0]! : this.expr(e.iterable.from, t);
      const to = t.k === 'unknown' ? ops[1]! : this.expr(e.iterable.to, t);
      const i = this.tmp();
      const end = this.tmp();
      const one = isBigInt(t) ? '1n' : '1';
      this.w.line(`const ${end} = ${to.js};`, this.at(e.span));
      this.w.line(`${label}: for (let ${i} = ${from.js}; ${i} ${e.iterable.inclusive ? '<=' : '<'} ${end}; ${i} += ${one}) {`);
      this.w.indent(() => {
        this.bindLoopVar(first!, i, t.k === 'unknown' ? INT : t);
        this.loopBody(e.body, label);
      });
    } else {
      const it = this.spill(e.iterable);
      const elem = elementType(it.type);
      if (second === undefined) {
        this.w.line(`${label}: for (const $e of $rt.iterate(${it.js})${this.cast(named('Array', elem))}) {`, this.at(e.span));
        this.w.indent(() => {
          this.bindLoopVar(first!, '$e', elem);
          this.loopBody(e.body, label);
        });
      } else {
        this.w.line(`${label}: for (const [$i, $e] of ($rt.iterate(${it.js})${this.cast(named('Array', elem))}).entries()) {`, this.at(e.span));
        this.w.indent(() => {
          this.bindLoopVar(first!, '$i', INT);
          this.bindLoopVar(second, '$e', elem);
          this.loopBody(e.body, label);
        });
      }
    }
    this.w.line('}');
    this.popScope();
    this.deliver({ js: 'undefined', type: UNIT }, dest);
    return UNIT;
  }

  private bindLoopVar(name: string, js: string, type: Type): void {
    if (name === '_') return;
    const v = this.fresh(name);
    this.w.line(`const ${v} = ${js};`);
    this.declare(name, { kind: 'var', js: v, type, mutable: false });
  }

  private loopBody(body: A.Block, label: string): void {
    this.loops.push({ label });
    this.blockInto(body, DISCARD);
    this.loops.pop();
  }

  private loopInto(e: A.Loop, dest: Dest, expected?: Type): Type {
    const label = `$loop${++this.temp}`;
    const args = this.operands(e.args.map((a) => ({ e: a })), true);
    const vars = args.map((a) => {
      const v = this.tmp();
      this.w.line(`let ${v} = ${a.js};`, this.at(e.span));
      return { js: v, type: a.type };
    });
    const result = dest.k === 'discard' ? undefined : this.tmp();
    if (result) this.w.line(`let ${result}${this.ann(UNKNOWN)};`);
    let type: Type = expected ?? UNKNOWN;
    this.w.line(`${label}: while (true) {`, this.at(e.span));
    this.w.indent(() => {
      this.loops.push({ label, result, loopVars: vars.map((v) => v.js) });
      const inner = `$match${++this.temp}`;
      this.w.line(`${inner}: {`);
      this.w.indent(() => {
        for (const arm of e.arms) {
          if (arm.patterns.length !== vars.length) {
            throw this.err(`this arm has ${arm.patterns.length} patterns for ${vars.length} loop values`, arm.span);
          }
          const ms = arm.patterns.map((p, i) => this.pattern(p, vars[i]!.js, vars[i]!.type));
          const tests = ms.flatMap((m) => m.tests);
          this.w.line(`if (${tests.length ? tests.join(' && ') : 'true'}) {`, this.at(arm.span));
          this.w.indent(() => {
            this.pushScope();
            this.bindAll(ms.flatMap((m) => m.binds));
            const body = () => {
              const t = this.exprInto(arm.body, result ? { k: 'assign', js: result } : DISCARD, expected);
              type = join(type, t);
              this.w.line(`break ${label};`);
            };
            this.guarded(arm.guard, body);
            this.popScope();
          });
          this.w.line('}');
        }
        this.w.line(`$rt.matchFailed(${this.loc(e.span)});`);
      });
      this.w.line('}');
      this.loops.pop();
    });
    this.w.line('}');
    if (result) this.deliver({ js: result, type }, dest);
    return type;
  }

  private breakStmt(e: A.Break): Type {
    const loop = this.loops[this.loops.length - 1];
    if (!loop) throw this.err('`break` outside of a loop', e.span);
    if (e.value) {
      if (loop.result) this.exprInto(e.value, { k: 'assign', js: loop.result });
      else this.exprInto(e.value, DISCARD);
    }
    this.w.line(`break ${loop.label};`, this.at(e.span));
    return UNKNOWN;
  }

  private continueStmt(e: A.Continue): Type {
    const loop = this.loops[this.loops.length - 1];
    if (!loop) throw this.err('`continue` outside of a loop', e.span);
    if (loop.loopVars) {
      if (e.args.length !== loop.loopVars.length) {
        throw this.err(`\`continue\` needs ${loop.loopVars.length} values for this loop`, e.span);
      }
      const vals = this.operands(e.args.map((a) => ({ e: a })), true);
      this.w.line(`[${loop.loopVars.join(', ')}] = [${vals.map((v) => v.js).join(', ')}];`, this.at(e.span));
    } else if (e.args.length) {
      throw this.err('`continue` with values is only allowed in `loop`', e.span);
    } else {
      loop.beforeContinue?.();
    }
    this.w.line(`continue ${loop.label};`, this.at(e.span));
    return UNKNOWN;
  }

  private tryInto(e: A.Try, dest: Dest, expected?: Type): Type {
    const err = `$err${++this.temp}`;
    const value = e.noraiseArms ? this.tmp() : undefined;
    if (value) this.w.line(`let ${value}${this.ann(UNKNOWN)};`);
    let type: Type = expected ?? UNKNOWN;
    this.w.line('try {', this.at(e.span));
    this.w.indent(() => {
      const bodyDest: Dest = value ? { k: 'assign', js: value } : dest;
      const t = e.body.kind === 'Block' ? this.blockInto(e.body, bodyDest, expected) : this.exprInto(e.body, bodyDest, expected);
      type = join(type, t);
    });
    this.w.line(`} catch (${err}${this.ann(UNKNOWN)}) {`);
    this.w.indent(() => {
      this.w.line(`$rt.rethrowPanic(${err});`);
      const label = `$match${this.temp}`;
      this.w.line(`${label}: {`);
      this.w.indent(() => {
        for (const arm of e.catchArms) type = join(type, this.arm(arm, err, ERROR, dest, expected, label));
        this.w.line(`throw ${err};`);
      });
      this.w.line('}');
    });
    this.w.line('}');
    if (value && e.noraiseArms) {
      const label = `$match${++this.temp}`;
      this.w.line(`${label}: {`);
      this.w.indent(() => {
        for (const arm of e.noraiseArms!) type = join(type, this.arm(arm, value, UNKNOWN, dest, expected, label));
        this.w.line(`$rt.matchFailed(${this.loc(e.span)});`);
      });
      this.w.line('}');
    }
    return type;
  }

  private tryQuestionInto(e: A.TryQuestion, dest: Dest): Type {
    const r = this.tmp();
    const err = `$err${++this.temp}`;
    this.w.line(`let ${r}${this.ann(UNKNOWN)};`, this.at(e.span));
    let inner: Type = UNKNOWN;
    this.w.line('try {');
    this.w.indent(() => {
      const v = this.spill(e.expr);
      inner = v.type;
      this.w.line(`${r} = new $mb.Ok(${v.js});`);
    });
    this.w.line(`} catch (${err}${this.ann(UNKNOWN)}) {`);
    this.w.indent(() => {
      this.w.line(`$rt.rethrowPanic(${err});`);
      this.w.line(`${r} = new $mb.Err(${err});`);
    });
    this.w.line('}');
    const type = named('Result', inner, ERROR);
    this.deliver({ js: r, type }, dest);
    return type;
  }

  // ---- patterns ---------------------------------------------------------

  pattern(p: A.Pattern, s: string, t: Type): { tests: string[]; binds: PatternBind[] } {
    const tests: string[] = [];
    const binds: PatternBind[] = [];
    const go = (p: A.Pattern, s: string, t: Type): void => {
      switch (p.kind) {
        case 'WildcardPat':
          return;
        case 'VarPat':
          binds.push({ name: p.name, js: s, type: t });
          return;
        case 'LitPat': {
          if (p.value.kind === 'UnitLit') return;
          const v = this.literal(p.value, t, p.negative);
          tests.push(hasPrimitiveEquality(v.type) || v.type.k === 'unknown' && p.value.kind !== 'BytesLit'
            ? `${s} === ${v.js}` : `$rt.eq(${s}, ${v.js})`);
          return;
        }
        case 'TuplePat': {
          const elems = t.k === 'tuple' ? t.elems : [];
          p.elements.forEach((e, i) => go(e, `${s}[${i}]`, elems[i] ?? UNKNOWN));
          return;
        }
        case 'ArrayPat': {
          const n = p.before.length + p.after.length;
          tests.push(p.rest ? `${s}.length >= ${n}` : `${s}.length === ${n}`);
          const elem = elementType(t);
          p.before.forEach((e, i) => go(e, `${s}[${i}]`, elem));
          p.after.forEach((e, i) => go(e, `${s}[${s}.length - ${p.after.length - i}]`, elem));
          if (p.rest?.name) {
            binds.push({ name: p.rest.name, js: `${s}.slice(${p.before.length}, ${s}.length - ${p.after.length})`, type: t });
          }
          return;
        }
        case 'OrPat': {
          const alts = p.alternatives.map((alt) => this.pattern(alt, s, t));
          if (alts.some((a) => a.binds.length)) {
            throw this.err('or-patterns that bind variables are not supported', p.span);
          }
          tests.push(`(${alts.map((a) => (a.tests.length ? a.tests.join(' && ') : 'true')).join(' || ')})`);
          return;
        }
        case 'AsPat':
          binds.push({ name: p.name, js: s, type: t });
          go(p.pattern, s, t);
          return;
        case 'RangePat': {
          if (p.from?.kind === 'ConstructorPat' || p.to?.kind === 'ConstructorPat') throw this.err('range patterns with constant bounds are not supported', p.span);
          if (p.from) tests.push(`${s} >= ${this.literal(p.from.value, t, p.from.negative).js}`);
          if (p.to) tests.push(`${s} ${p.inclusive ? '<=' : '<'} ${this.literal(p.to.value, t, p.to.negative).js}`);
          return;
        }
        case 'ConstructorPat':
          return this.constructorPattern(p, s, t, tests, go);
        default:
          throw this.err(`${describeNode(p)} is not supported`, p.span);
      }
    };
    go(p, s, t);
    return { tests, binds };
  }

  private constructorPattern(
    p: A.ConstructorPat, s: string, t: Type, tests: string[],
    go: (p: A.Pattern, s: string, t: Type) => void,
  ): void {
    const arity = (n: number) => {
      if (p.args.length !== n && !(p.open && p.args.length <= n)) {
        throw this.err(`\`${p.name}\` takes ${n} argument${n === 1 ? '' : 's'} in a pattern`, p.span);
      }
    };
    const [a0, a1] = t.k === 'named' ? t.args : [];
    switch (p.name) {
      case 'Some':
        arity(1);
        tests.push(`${s}.tag === 'Some'`);
        if (p.args[0]) go(p.args[0].pattern, `${s}.value`, a0 ?? UNKNOWN);
        return;
      case 'None':
        arity(0);
        tests.push(`${s}.tag === 'None'`);
        return;
      case 'Ok':
        arity(1);
        tests.push(`${s}.tag === 'Ok'`);
        if (p.args[0]) go(p.args[0].pattern, `${s}.value`, a0 ?? UNKNOWN);
        return;
      case 'Err':
        arity(1);
        tests.push(`${s}.tag === 'Err'`);
        if (p.args[0]) go(p.args[0].pattern, `${s}.error`, a1 ?? ERROR);
        return;
      case 'Failure':
        arity(1);
        tests.push(`${s} instanceof $mb.Failure`);
        if (p.args[0]) go(p.args[0].pattern, `${s}.message`, STRING);
        return;
    }
    const entry = this.binding.table.get(p.name);
    if (entry?.kind === 'const' && p.args.length === 0) {
      tests.push(`${s} === $b.${p.name}`);
      return;
    }
    throw this.err(`unknown constructor \`${p.name}\` in a pattern`, p.span);
  }

  // ---- expressions ------------------------------------------------------

  /** A literal as a JS expression of the type its context expects. */
  private literal(lit: A.LitPat['value'], expected: Type, negative = false): Val {
    const sign = negative ? '-' : '';
    switch (lit.kind) {
      case 'IntLit':
        return this.intLiteral(lit, expected, negative);
      case 'DoubleLit': {
        const type = lit.suffix === 'F' || isNamed(expected, 'Float') ? named('Float') : DOUBLE;
        const v = negative ? -lit.value : lit.value;
        return { js: type.k === 'named' && type.name === 'Float' ? `${Math.fround(v)}` : numberJs(v), type };
      }
      case 'BoolLit':
        return { js: String(lit.value), type: BOOL };
      case 'UnitLit':
        return { js: 'undefined', type: UNIT };
      case 'CharLit':
        return { js: `${sign}${lit.value.codePointAt(0)}`, type: CHAR };
      case 'StringLit':
        return { js: JSON.stringify(lit.value), type: STRING };
      case 'BytesLit':
        return { js: `new Uint8Array([${Array.from(lit.value).join(', ')}])`, type: BYTES };
      case 'ByteLit':
        throw this.err(`${describeNode(lit)} is not supported`, lit.span);
    }
  }

  private intLiteral(lit: A.IntLit, expected: Type, negative: boolean): Val {
    const value = negative ? -lit.value : lit.value;
    const bySuffix: Record<A.IntSuffix, string | undefined> = { '': undefined, L: 'Int64', U: 'UInt', UL: 'UInt64', N: 'BigInt' };
    let name = bySuffix[lit.suffix];
    if (!name) {
      if (expected.k === 'named' && (isIntegral(expected) || expected.name === 'Double' || expected.name === 'Float')) {
        name = expected.name;
      } else {
        name = 'Int';
      }
    }
    const type = named(name);
    if (isBigInt(type)) return { js: `${value}n`, type };
    const range = INT_RANGES[name];
    if (range && (value < range[0] || value > range[1])) {
      // MoonBit accepts hex literals up to the unsigned range for Int and wraps them.
      if (name === 'Int' && value >= 0n && value <= 0xffffffffn && /^0[xob]/i.test(lit.raw)) {
        return { js: String(Number(BigInt.asIntN(32, value))), type };
      }
      throw this.err(`integer literal ${negative ? '-' : ''}${lit.raw} is out of range for ${name}`, lit.span);
    }
    return { js: name === 'Float' ? String(Math.fround(Number(value))) : numberJs(Number(value)), type };
  }

  /**
   * Translates a simple expression (or, with `allowSpill`, an expression whose
   * operands may need statements) into a JS expression and its type.
   */
  expr(e: A.Expr, expected: Type = UNKNOWN, allowSpill = false): Val {
    switch (e.kind) {
      case 'IntLit': case 'DoubleLit': case 'BoolLit': case 'UnitLit': case 'CharLit': case 'StringLit': case 'BytesLit':
        return this.literal(e, expected);
      case 'InterpString': {
        const parts = e.parts.map((part) => {
          if (typeof part === 'string') return JSON.stringify(part);
          const v = allowSpill ? this.spill(part) : this.expr(part);
          return `$rt.show(${v.js}, ${tyJs(v.type)})`;
        });
        return { js: `(${parts.join(' + ') || '""'})`, type: STRING };
      }
      case 'Ident':
        return this.ident(e);
      case 'Constructor':
        return this.constructorValue(e, expected);
      case 'Call':
        return this.call(e, expected, allowSpill);
      case 'MethodCall':
        return this.methodCall(e, allowSpill);
      case 'Field': {
        const obj = this.operand(e.object, undefined, allowSpill);
        if (typeof e.name === 'number') {
          const type = obj.type.k === 'tuple' ? obj.type.elems[e.name] ?? UNKNOWN : UNKNOWN;
          return { js: `${obj.js}[${e.name}]`, type };
        }
        throw this.err(`field access \`.${e.name}\` needs a struct type, which doc blocks cannot define`, e.span);
      }
      case 'Index': {
        const [obj, idx] = this.operands([{ e: e.object }, { e: e.index, expected: INT }], allowSpill);
        return { js: `$rt.index(${obj!.js}, ${idx!.js}, ${this.loc(e.span)})`, type: elementType(obj!.type) };
      }
      case 'Unary':
        return this.unary(e, expected, allowSpill);
      case 'Binary':
        return this.binary(e, expected, allowSpill);
      case 'Range':
        throw this.err('a range can only be iterated by `for ... in`', e.span);
      case 'Tuple': {
        const elems = expected.k === 'tuple' ? expected.elems : [];
        const vals = this.operands(e.elements.map((x, i) => ({ e: x, expected: elems[i] })), allowSpill);
        return { js: `[${vals.map((v) => v.js).join(', ')}]`, type: { k: 'tuple', elems: vals.map((v) => v.type) } };
      }
      case 'ArrayLit':
        return this.arrayLiteral(e, expected, allowSpill);
      case 'Constraint': {
        const t = fromTypeExpr(e.type);
        const v = this.operand(e.expr, t, allowSpill);
        return { js: v.js, type: t };
      }
      case 'If': {
        if (!isSimple(e)) break;
        const cond = this.expr(e.cond, BOOL);
        const then = this.expr(onlyExpr(e.then)!, expected);
        const elseExpr = e.else!.kind === 'Block' ? onlyExpr(e.else!)! : e.else!;
        const els = this.expr(elseExpr, join(expected, then.type));
        return { js: `(${cond.js} ? ${then.js} : ${els.js})`, type: join(then.type, els.type) };
      }
      case 'Closure':
        return this.closure(e, expected);
      case 'MapLit':
        // Only the empty `{}` gets here (see unsupported.ts): read as an empty block.
        return { js: 'undefined', type: UNIT };
      default:
        break;
    }
    if (allowSpill) return this.spill(e, expected);
    throw this.err(`internal: \`${e.kind}\` reached expression position`, e.span);
  }

  private operand(e: A.Expr, expected: Type | undefined, allowSpill: boolean): Val {
    return allowSpill ? this.spill(e, expected) : this.expr(e, expected);
  }

  private ident(e: A.Ident): Val {
    if (e.pkg) throw this.err(`package-qualified name @${e.pkg}.${e.name} is not available in doc blocks`, e.span);
    const b = this.lookup(e.name);
    if (b) {
      if (b.kind === 'fn') return { js: b.js, type: { k: 'fn', params: b.sig.params.map((p) => p.type), result: b.sig.result, raises: b.sig.raises } };
      return { js: b.js, type: b.type };
    }
    const entry = this.binding.table.get(e.name);
    if (entry?.kind === 'fn') {
      const sig = bindingFnSig(entry);
      return { js: this.bindingRef(e.name), type: { k: 'fn', params: sig.params.map((p) => p.type), result: sig.result, raises: sig.raises } };
    }
    throw this.err(`unknown name \`${e.name}\`: neither the binding nor this doc defines it`, e.span);
  }

  private bindingRef(name: string): string {
    return this.binding.exported.has(name) ? `$b.${name}` : `$rt.notExported(${JSON.stringify(name)})`;
  }

  private constructorValue(e: A.Constructor, expected: Type): Val {
    if (e.name === 'None') return { js: '$rt.None', type: expected.k === 'named' && expected.name === 'Option' ? expected : named('Option', UNKNOWN) };
    const entry = this.binding.table.get(e.name);
    if (entry?.kind === 'const') {
      if (!this.binding.exported.has(e.name)) return { js: `$rt.notExported(${JSON.stringify(e.name)})`, type: INT };
      return { js: `$b.${e.name}`, type: INT };
    }
    const b = this.lookup(e.name);
    if (b) return { js: b.js, type: b.kind === 'fn' ? UNKNOWN : b.type };
    throw this.err(`unknown constant or constructor \`${e.name}\``, e.span);
  }

  private arrayLiteral(e: A.ArrayLit, expected: Type, allowSpill: boolean): Val {
    const isBytes = isNamed(expected, 'Bytes');
    let elem = isBytes ? named('Byte') : elementType(expected);
    const items = e.elements.map((x) => (x.kind === 'Spread' ? { e: x.value, spread: true } : { e: x, spread: false }));
    const vals = this.operands(items.map((it) => ({ e: it.e, expected: it.spread ? undefined : elem })), allowSpill);
    vals.forEach((v, i) => { if (!items[i]!.spread) elem = join(elem, v.type); });
    const parts = vals.map((v, i) => (items[i]!.spread ? `...$rt.iterate(${v.js})` : v.js)).join(', ');
    if (isBytes) return { js: `new Uint8Array([${parts}])`, type: BYTES };
    return { js: `[${parts}]`, type: named('Array', elem) };
  }

  private closure(e: A.Closure, expected: Type): Val {
    const fnType = expected.k === 'fn' ? expected : undefined;
    const params = e.params.map((p, i) => ({
      ...paramSig(p),
      type: p.type ? fromTypeExpr(p.type) : fnType?.params[i] ?? UNKNOWN,
    }));
    const result = e.returnType ? fromTypeExpr(e.returnType) : fnType?.result ?? UNKNOWN;
    // A closure body is translated into its own writer and inlined.
    const saved = this.loops;
    this.loops = [];
    this.pushScope();
    const js: string[] = [];
    for (const [i, p] of e.params.entries()) {
      const name = this.fresh(p.name);
      this.declare(p.name, { kind: 'var', js: name, type: params[i]!.type, mutable: false });
      js.push(`${name}${this.ann(params[i]!.type)}`);
    }
    this.fnResult.push(result);
    const sub = this.w.child();
    const saveW = this.w;
    this.w = sub;
    let bodyType: Type = UNKNOWN;
    try {
      bodyType = e.body.kind === 'Block' ? this.blockInto(e.body, { k: 'return' }, result) : this.exprInto(e.body, { k: 'return' }, result);
    } finally {
      this.w = saveW;
      this.fnResult.pop();
      this.popScope();
      this.loops = saved;
    }
    const type: Type = { k: 'fn', params: params.map((p) => p.type), result: join(result, bodyType), raises: e.raises !== undefined };
    return { js: `((${js.join(', ')}) => ${sub.inline()})`, type };
  }

  private unary(e: A.Unary, expected: Type, allowSpill: boolean): Val {
    if (e.op === '-' && (e.operand.kind === 'IntLit' || e.operand.kind === 'DoubleLit')) {
      return this.literal(e.operand, expected, true);
    }
    const v = this.operand(e.operand, e.op === '!' ? BOOL : expected, allowSpill);
    if (e.op === '!') return { js: `!${paren(v.js)}`, type: BOOL };
    if (e.op === '+') return v;
    return this.numericOp('neg', v.type, [v.js], `(-${paren(v.js)})`);
  }

  private binary(e: A.Binary, expected: Type, allowSpill: boolean): Val {
    if (e.op === '|>') {
      const right = e.right;
      const call: A.Call = right.kind === 'Call'
        ? { ...right, args: [{ kind: 'PositionalArg', span: e.left.span, value: e.left }, ...right.args] }
        : { kind: 'Call', span: e.span, callee: right, args: [{ kind: 'PositionalArg', span: e.left.span, value: e.left }] };
      return this.call(call, expected, allowSpill);
    }
    if (e.op === '&&' || e.op === '||') {
      const l = this.operand(e.left, BOOL, allowSpill);
      if (!isSimple(e.right)) {
        // Keep short-circuiting when the right side needs statements.
        const t = this.tmp();
        this.w.line(`let ${t} = ${l.js};`);
        this.w.line(`if (${e.op === '&&' ? t : `!${t}`}) {`);
        this.w.indent(() => this.exprInto(e.right, { k: 'assign', js: t }, BOOL));
        this.w.line('}');
        return { js: t, type: BOOL };
      }
      const r = this.expr(e.right, BOOL);
      return { js: `(${l.js} ${e.op} ${r.js})`, type: BOOL };
    }
    // Type the operands from each other: a literal takes the other side's type.
    const comparison = ['==', '!=', '<', '>', '<=', '>='].includes(e.op);
    const opExpected = comparison ? UNKNOWN : expected;
    const leftLiteral = isLiteral(e.left) && !isLiteral(e.right);
    let l: Val;
    let r: Val;
    if (leftLiteral) {
      const probe = this.probeType(e.right, opExpected);
      [l, r] = this.operands([{ e: e.left, expected: probe }, { e: e.right, expected: probe }], allowSpill);
    } else {
      const shift = e.op === '<<' || e.op === '>>';
      [l, r] = this.operands([
        { e: e.left, expected: opExpected },
        { e: e.right, expected: (prev) => (shift ? INT : prev[0]!.type) },
      ], allowSpill);
    }
    if (comparison) return this.compare(e.op, l!, r!);
    return this.arith(e.op, l!, r!, e.span);
  }

  /** The type `e` would have, without emitting anything (used to type literals). */
  private probeType(e: A.Expr, expected: Type): Type {
    if (isLiteral(e)) return expected.k === 'unknown' ? this.literalDefault(e) : expected;
    const key = showType(expected);
    const memo = this.probed.get(e);
    if (memo?.has(key)) return memo.get(key)!;
    const type = this.probeUncached(e, expected);
    if (memo) memo.set(key, type);
    else this.probed.set(e, new Map([[key, type]]));
    return type;
  }

  private probeUncached(e: A.Expr, expected: Type): Type {
    try {
      const mark = this.w.mark();
      const sites = this.inspectSites.length;
      const temp = this.temp;
      const used = new Map(this.used);
      const v = this.expr(e, expected, !isSimple(e));
      this.w.reset(mark);
      this.inspectSites.length = sites;
      this.temp = temp;
      this.used.clear();
      for (const [k, n] of used) this.used.set(k, n);
      return v.type;
    } catch {
      return expected;
    }
  }

  private literalDefault(e: A.Expr): Type {
    const lit = e.kind === 'Unary' ? e.operand : e;
    if (lit.kind === 'DoubleLit') return lit.suffix === 'F' ? named('Float') : DOUBLE;
    if (lit.kind === 'IntLit') return named({ '': 'Int', L: 'Int64', U: 'UInt', UL: 'UInt64', N: 'BigInt' }[lit.suffix]);
    return UNKNOWN;
  }

  private compare(op: string, l: Val, r: Val): Val {
    const t = join(l.type, r.type);
    if (op === '==' || op === '!=') {
      const js = hasPrimitiveEquality(t) ? `(${l.js} ${op}= ${r.js})` : `${op === '!=' ? '!' : ''}$rt.eq(${l.js}, ${r.js})`;
      return { js, type: BOOL };
    }
    if (hasPrimitiveEquality(t)) return { js: `(${l.js} ${op} ${r.js})`, type: BOOL };
    return { js: `($rt.compare(${l.js}, ${r.js}) ${op} 0)`, type: BOOL };
  }

  /** Arithmetic and bitwise operators with MoonBit's wrapping semantics. */
  arith(op: A.BinaryOp, l: Val, r: Val, span: A.Span): Val {
    const t = join(l.type, r.type);
    if (op === '+' && isNamed(t, 'String')) return { js: `(${l.js} + ${r.js})`, type: STRING };
    if (op === '+' && (isNamed(t, 'Array') || isNamed(t, 'Bytes'))) {
      return { js: `$rt.concat(${l.js}, ${r.js})`, type: t };
    }
    const name = OP_NAMES[op];
    if (!name) throw this.err(`operator \`${op}\` is not supported here`, span);
    if (isNamed(t, 'Int')) {
      const fast: Record<string, string> = {
        add: `((${l.js} + ${r.js}) | 0)`,
        sub: `((${l.js} - ${r.js}) | 0)`,
        mul: `Math.imul(${l.js}, ${r.js})`,
        shl: `(${l.js} << ${r.js})`,
        shr: `(${l.js} >> ${r.js})`,
        and: `(${l.js} & ${r.js})`,
        or: `(${l.js} | ${r.js})`,
        xor: `(${l.js} ^ ${r.js})`,
      };
      if (fast[name]) return { js: fast[name]!, type: INT };
    }
    const jsOp = `(${l.js} ${op} ${r.js})`;
    return this.numericOp(name, t, [l.js, r.js], jsOp);
  }

  private numericOp(name: string, t: Type, args: string[], plain: string): Val {
    if (t.k === 'named' && (isIntegral(t) || t.name === 'Float')) {
      return { js: `$rt.${t.name}.${name}(${args.join(', ')})`, type: t };
    }
    if (t.k === 'unknown') return { js: `$rt.dyn.${name}(${args.join(', ')})`, type: UNKNOWN };
    return { js: plain, type: t };
  }

  // ---- calls ------------------------------------------------------------

  private call(e: A.Call, expected: Type, allowSpill: boolean): Val {
    const callee = e.callee;
    if (callee.kind === 'Constructor' && !callee.typeName) return this.construct(callee, e, expected, allowSpill);
    if (callee.kind === 'Ident' && !callee.pkg) {
      const local = this.lookup(callee.name);
      if (local?.kind === 'fn') return this.callWith(local.js, local.sig, e, allowSpill);
      if (local?.kind === 'var') {
        const ft = local.type.k === 'fn' ? local.type : undefined;
        const args = this.positional(e, ft?.params ?? [], allowSpill);
        return { js: `${local.js}(${args.join(', ')})`, type: ft?.result ?? UNKNOWN };
      }
      const builtin = BUILTINS[callee.name];
      if (builtin && !local) return builtin(this, e, expected, allowSpill);
      const entry = this.binding.table.get(callee.name);
      if (entry?.kind === 'fn') return this.callWith(this.bindingRef(callee.name), bindingFnSig(entry), e, allowSpill);
      throw this.err(`unknown function \`${callee.name}\`: neither the binding nor this doc defines it`, callee.span);
    }
    if (callee.kind === 'Constructor' && callee.typeName) {
      // `Type::method(args)`: a method call with the receiver as first argument.
      const [first, ...rest] = e.args;
      if (!first || first.kind !== 'PositionalArg') throw this.err(`\`${callee.typeName}::${callee.name}\` needs a receiver argument`, e.span);
      return this.methodCall({
        kind: 'MethodCall', span: e.span, receiver: { kind: 'Constraint', span: first.span, expr: first.value, type: { kind: 'NamedType', span: callee.span, name: callee.typeName, args: [] } },
        method: callee.name, methodSpan: callee.span, args: rest,
      }, allowSpill);
    }
    const f = this.operand(callee, undefined, allowSpill);
    const ft = f.type.k === 'fn' ? f.type : undefined;
    const args = this.positional(e, ft?.params ?? [], allowSpill);
    return { js: `${paren(f.js)}(${args.join(', ')})`, type: ft?.result ?? UNKNOWN };
  }

  /** Positional arguments only (closures and function values take no labels). */
  private positional(e: A.Call, params: Type[], allowSpill: boolean): string[] {
    for (const a of e.args) {
      if (a.kind === 'LabeledArg') throw this.err(`labeled argument \`${a.label}\` passed to a function value`, a.labelSpan);
    }
    return this.operands(e.args.map((a, i) => ({ e: (a as A.PositionalArg).value, expected: params[i] })), allowSpill).map((v) => v.js);
  }

  /** Calls a function with a known signature, mapping labeled arguments. */
  callWith(js: string, sig: FnSig, e: A.Call, allowSpill: boolean): Val {
    const name = e.callee.kind === 'Ident' ? e.callee.name : js;
    const positional = sig.params.filter((p) => p.label === 'positional');
    const labeled = new Map(sig.params.filter((p) => p.label !== 'positional').map((p) => [p.name!, p]));
    const items: { e: A.Expr; expected: Type }[] = [];
    const slots: ({ kind: 'pos' } | { kind: 'label'; name: string; optional: boolean })[] = [];
    let posIndex = 0;
    const seen = new Set<string>();
    for (const a of e.args) {
      if (a.kind === 'PositionalArg') {
        const p = positional[posIndex++];
        if (!p) throw this.err(`\`${name}\` takes ${positional.length} positional argument${positional.length === 1 ? '' : 's'}, got more`, a.span);
        items.push({ e: a.value, expected: p.type });
        slots.push({ kind: 'pos' });
      } else {
        const p = labeled.get(a.label);
        if (!p) throw this.err(`\`${name}\` has no parameter labeled \`${a.label}\``, a.labelSpan);
        if (seen.has(a.label)) throw this.err(`labeled argument \`${a.label}\` given twice`, a.labelSpan);
        seen.add(a.label);
        const value: A.Expr = a.punned ? { kind: 'Ident', span: a.labelSpan, name: a.label } : a.value;
        items.push({ e: value, expected: a.optional ? named('Option', p.type) : p.type });
        slots.push({ kind: 'label', name: a.label, optional: a.optional });
      }
    }
    if (posIndex < positional.length) {
      throw this.err(`\`${name}\` takes ${positional.length} positional argument${positional.length === 1 ? '' : 's'}, got ${posIndex}`, e.span);
    }
    for (const [label, p] of labeled) {
      if (!p.hasDefault && !seen.has(label)) throw this.err(`\`${name}\` needs the labeled argument \`${label}=\``, e.span);
    }
    const vals = this.operands(items, allowSpill);
    const pos: string[] = [];
    const opts: string[] = [];
    vals.forEach((v, i) => {
      const slot = slots[i]!;
      if (slot.kind === 'pos') pos.push(v.js);
      else if (slot.optional) opts.push(`...$rt.optionalArg(${JSON.stringify(slot.name)}, ${v.js})`);
      else opts.push(`${slot.name}: ${v.js}`);
    });
    if (opts.length) pos.push(`{ ${opts.join(', ')} }`);
    return { js: `${js}(${pos.join(', ')})`, type: sig.result };
  }

  private construct(c: A.Constructor, e: A.Call, expected: Type, allowSpill: boolean): Val {
    const [a0, a1] = expected.k === 'named' ? expected.args : [];
    const one = (exp: Type | undefined) => {
      if (e.args.length !== 1 || e.args[0]!.kind !== 'PositionalArg') throw this.err(`\`${c.name}\` takes one argument`, e.span);
      return this.operand(e.args[0]!.value, exp, allowSpill);
    };
    switch (c.name) {
      case 'Some': {
        const v = one(a0);
        return { js: `new $rt.Some(${v.js})`, type: named('Option', v.type) };
      }
      case 'Ok': {
        const v = one(a0);
        return { js: `new $mb.Ok(${v.js})`, type: named('Result', v.type, a1 ?? ERROR) };
      }
      case 'Err': {
        const v = one(a1);
        return { js: `new $mb.Err(${v.js})`, type: named('Result', a0 ?? UNKNOWN, v.type) };
      }
      case 'Failure': {
        const v = one(STRING);
        return { js: `new $mb.Failure(${v.js})`, type: ERROR };
      }
    }
    throw this.err(`unknown constructor \`${c.name}\``, c.span);
  }

  private methodCall(e: A.MethodCall, allowSpill: boolean): Val {
    const receiver = e.receiver.kind === 'Ident' ? this.lookup(e.receiver.name) : undefined;
    if (receiver?.kind === 'var' && isNamed(receiver.type, 'T')) return this.snapshotCall(receiver.js, e, allowSpill);
    const items = [{ e: e.receiver }, ...e.args.map((a) => {
      if (a.kind === 'LabeledArg') throw this.err(`labeled argument \`${a.label}\` in a method call is not supported`, a.labelSpan);
      return { e: a.value };
    })];
    // The receiver's type decides the method; arguments take the receiver's element type.
    const takesElement = ['push', 'contains', 'set'].includes(e.method);
    const vals = this.operands(items.map((it, i) => ({
      ...it,
      expected: i === 0 ? undefined : (prev: Val[]) => (takesElement ? elementType(prev[0]!.type) : undefined),
    })), allowSpill);
    const recv = vals[0]!;
    const args = vals.slice(1).map((v) => v.js);
    const typeName = recv.type.k === 'named' ? recv.type.name : recv.type.k === 'tuple' ? 'Tuple' : undefined;
    const result = methodResult(recv.type, e.method, vals.slice(1).map((v) => v.type));
    if (typeName && typeName !== 'Tuple') {
      const table = (RUNTIME_METHODS as Record<string, Record<string, unknown> | undefined>)[typeName];
      if (!table?.[e.method]) throw this.err(`no method \`${e.method}\` for type ${showType(recv.type)}`, e.methodSpan);
      return { js: `$rt.method.${typeName}.${e.method}(${[recv.js, ...args].join(', ')})`, type: result };
    }
    return { js: `$rt.callMethod(${recv.js}, ${JSON.stringify(e.method)}${args.map((a) => `, ${a}`).join('')})`, type: result };
  }

  /** Methods of `@test.T`: `write`, `writeln` and `snapshot(filename=...)`. */
  private snapshotCall(t: string, e: A.MethodCall, allowSpill: boolean): Val {
    const call: A.Call = { kind: 'Call', span: e.span, callee: { kind: 'Ident', span: e.methodSpan, name: e.method }, args: e.args };
    if (e.method === 'write' || e.method === 'writeln') {
      const { pos } = this.builtinArgs(call, e.method, 1, [], allowSpill);
      return { js: `${t}.${e.method}($rt.show(${pos[0]!.js}, ${tyJs(pos[0]!.type)}))`, type: UNIT };
    }
    if (e.method === 'snapshot') {
      const { labeled } = this.builtinArgs(call, 'snapshot', 0, ['filename'], allowSpill);
      const filename = labeled.get('filename');
      if (!filename) throw this.err('`snapshot` needs `filename=`', e.span);
      return { js: `${t}.snapshot(${filename.val.js}, ${this.loc(e.span)})`, type: UNIT };
    }
    throw this.err(`\`@test.T\` has no method \`${e.method}\``, e.methodSpan);
  }

  // ---- helpers for builtins ---------------------------------------------

  /** Location literal of a span, for runtime messages. */
  locOf(span: A.Span): string {
    return this.loc(span);
  }

  /** Records an `inspect` call site (see InspectSite). */
  recordInspect(call: A.Span, content: A.Span | undefined): void {
    const offset = (p: A.Position) => this.toDoc(p).offset ?? -1;
    const at = this.at(call);
    this.inspectSites.push({
      line: at.line,
      column: at.column,
      call: { start: offset(call.start), end: offset(call.end) },
      content: content && { start: offset(content.start), end: offset(content.end) },
    });
  }

  /** Fails translation when `t` has no `Show`, as MoonBit's type checker would. */
  requireShow(t: Type, span: A.Span): void {
    const bad = (x: Type): boolean => x.k === 'fn' || (x.k === 'named' && (OPAQUE.has(x.name) || x.args.some(bad))) || (x.k === 'tuple' && x.elems.some(bad));
    if (bad(t)) throw this.err(`type ${showType(t)} has no Show: inspect a value computed from it instead`, span);
  }

  showTy(t: Type): string {
    return tyJs(t);
  }

  /** Named arguments of a builtin call, checked against the allowed labels. */
  builtinArgs(e: A.Call, name: string, positional: number, labels: string[], allowSpill: boolean, expected: (Type | undefined)[] = []): { pos: Val[]; labeled: Map<string, { val: Val; span: A.Span }> } {
    const posExprs: A.Expr[] = [];
    const labeledExprs: { label: string; e: A.Expr; span: A.Span }[] = [];
    for (const a of e.args) {
      if (a.kind === 'PositionalArg') posExprs.push(a.value);
      else {
        if (!labels.includes(a.label)) throw this.err(`\`${name}\` has no parameter labeled \`${a.label}\``, a.labelSpan);
        labeledExprs.push({ label: a.label, e: a.punned ? { kind: 'Ident', span: a.labelSpan, name: a.label } : a.value, span: a.span });
      }
    }
    if (posExprs.length !== positional) {
      throw this.err(`\`${name}\` takes ${positional} positional argument${positional === 1 ? '' : 's'}, got ${posExprs.length}`, e.span);
    }
    const vals = this.operands([
      ...posExprs.map((x, i) => ({ e: x, expected: expected[i] })),
      ...labeledExprs.map((l) => ({ e: l.e, expected: STRING })),
    ], allowSpill);
    const labeled = new Map(labeledExprs.map((l, i) => [l.label, { val: vals[posExprs.length + i]!, span: l.span }]));
    return { pos: vals.slice(0, posExprs.length), labeled };
  }

  /** Re-typing for `assert_eq`: the second operand takes the first's type. */
  typedPair(a: A.Expr, b: A.Expr, allowSpill: boolean): [Val, Val] {
    if (isLiteral(a) && !isLiteral(b)) {
      const t = this.probeType(b, UNKNOWN);
      const [l, r] = this.operands([{ e: a, expected: t }, { e: b, expected: t }], allowSpill);
      return [l!, r!];
    }
    const [l, r] = this.operands([{ e: a }, { e: b, expected: (prev) => prev[0]!.type }], allowSpill);
    return [l!, r!];
  }

}

/** Where an `inspect` call and its `content` argument stand in the doc. */
export interface InspectSite {
  /** Doc line and column of the call, as the runtime reports them. */
  line: number;
  column: number;
  /** Doc offsets of the call (`inspect` to the closing parenthesis, exclusive). */
  call: { start: number; end: number };
  /** Doc offsets of the `content` value, when the call has one. */
  content?: { start: number; end: number };
}

export interface PatternBind {
  name: string;
  js: string;
  type: Type;
}

function paramSig(p: A.Param): ParamSig {
  return {
    name: p.name,
    label: p.label,
    type: p.type ? fromTypeExpr(p.type) : UNKNOWN,
    hasDefault: p.default !== undefined || p.label === 'optional',
    defaultExpr: p.default,
  };
}

const OP_NAMES: Partial<Record<A.BinaryOp, string>> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'mod',
  '<<': 'shl', '>>': 'shr', '&': 'and', '|': 'or', '^': 'xor',
};

const INT_RANGES: Record<string, [bigint, bigint]> = {
  Int: [-(2n ** 31n), 2n ** 31n - 1n],
  UInt: [0n, 2n ** 32n - 1n],
  Int16: [-(2n ** 15n), 2n ** 15n - 1n],
  UInt16: [0n, 2n ** 16n - 1n],
  Byte: [0n, 255n],
};

/** Expression kinds that are statements in JavaScript. */
const STATEMENT_KINDS = new Set<A.Expr['kind']>([
  'Block', 'If', 'Match', 'While', 'For', 'ForIn', 'Loop', 'Break', 'Continue', 'Return', 'Raise', 'Try', 'TryQuestion',
]);

/** True when `e` translates to a JS expression with no statements. */
export function isSimple(e: A.Expr): boolean {
  if (e.kind === 'If') {
    const then = onlyExpr(e.then);
    const els = e.else && (e.else.kind === 'Block' ? onlyExpr(e.else) : e.else);
    return !!then && !!els && isSimple(e.cond) && isSimple(then) && isSimple(els);
  }
  if (STATEMENT_KINDS.has(e.kind)) return false;
  return children(e).every(isSimple);
}

/** The single expression of a block `{ e }`, if that is all it holds. */
function onlyExpr(b: A.Block): A.Expr | undefined {
  const [s, ...rest] = b.stmts;
  return s && rest.length === 0 && s.kind === 'ExprStmt' ? s.expr : undefined;
}

/** Direct subexpressions evaluated where `e` is (closure bodies excluded). */
function children(e: A.Expr): A.Expr[] {
  switch (e.kind) {
    case 'InterpString': return e.parts.filter((p): p is A.Expr => typeof p !== 'string');
    case 'Call': return [e.callee, ...e.args.map((a) => a.value)];
    case 'MethodCall': return [e.receiver, ...e.args.map((a) => a.value)];
    case 'Field': return [e.object];
    case 'Index': return [e.object, e.index];
    case 'Unary': return [e.operand];
    case 'Binary': return [e.left, e.right];
    case 'Range': return [e.from, e.to];
    case 'Tuple': return e.elements;
    case 'ArrayLit': return e.elements.map((x) => (x.kind === 'Spread' ? x.value : x));
    case 'Constraint': return [e.expr];
    default: return [];
  }
}

/** Evaluating `e` twice, or later, cannot change what it or others see. */
function isPure(e: A.Expr): boolean {
  return isLiteral(e) || e.kind === 'Ident' || e.kind === 'Constructor';
}

function isLiteral(e: A.Expr): boolean {
  if (e.kind === 'Unary' && e.op === '-') return e.operand.kind === 'IntLit' || e.operand.kind === 'DoubleLit';
  return e.kind === 'IntLit' || e.kind === 'DoubleLit';
}

function findLastIndex<T>(xs: T[], f: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!)) return i;
  return -1;
}

function paren(js: string): string {
  return /^[\w$.]+$/.test(js) || /^\(.*\)$/.test(js) ? js : `(${js})`;
}

function numberJs(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  if (Object.is(v, -0)) return '-0';
  return String(v);
}

function tyJs(t: Type): string {
  const ty = runtimeTy(t);
  return ty === undefined ? 'undefined' : JSON.stringify(ty);
}
