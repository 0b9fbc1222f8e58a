// Expressions, blocks and statements.
//
// Operator precedence (MoonBit's grammar), loosest to tightest:
//
//     |>                      left; its right side may be `x => { block }`
//     ||                      right
//     &&                      right
//     |  ^  &                 left, in this order
//     == != < > <= >=         left
//     << >>                   left
//     + -                     left
//     * / %                   left
//     ..< ..= ..<= >.. >=..   ranges of two operands below
//     e is Pattern, e as T    postfix, on a prefix expression (observed:
//                             `1 + 2 is 3` is `1 + (2 is 3)`, `-1 as &Show`
//                             is `(-1) as &Show`)
//     - + !                   prefix
//     call, .f, .f(), ..f(), [i], [i:j]   postfix
//
// so the bitwise operators bind LOOSER than comparison (unlike C):
// `a & b == c` is `a & (b == c)`. `if`, `match`, `while`, `for`, `loop`,
// `try`, `lexmatch` and arrow functions are `expr`, not operands: they cannot
// be the operand of a binary operator without parentheses. Conditions of
// `if` / `while`, `match` subjects, `loop` arguments and guards are infix
// expressions (no `|>` without parentheses).

import type * as A from './ast.ts';
import { byteOf, bytesOf, doubleOf, intOf, partsOf, textOf, type Token } from './lexer.ts';
import { PatternParser } from './patterns.ts';

const BINARY_PREC: Record<string, number> = {
  // `logger <+ text`, the newer write operator: it takes what follows whole.
  '<+': 1,
  '||': 1,
  '&&': 2,
  '|': 3,
  '^': 4,
  '&': 5,
  '==': 6,
  '!=': 6,
  '<': 6,
  '>': 6,
  '<=': 6,
  '>=': 6,
  '<<': 7,
  '>>': 7,
  '+': 8,
  '-': 8,
  '*': 9,
  '/': 9,
  '%': 9,
};
const RIGHT_ASSOC = new Set(['||', '&&']);

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '|=', '^=']);
const RANGE_OPS = new Set(['..<', '..=', '..<=', '>..', '>=..']);

/** Keywords that begin an operand of `break` / `return` / `continue`. */
const OPERAND_KWS = new Set(['true', 'false', 'fn', 'async', 'if', 'match', 'try', 'loop', 'for', 'while', 'lexmatch']);
const OPERAND_OPS = new Set(['(', '[', '{', '-', '+', '!', '_', '&']);

/** Token types that may be a map literal's key. */
const LITERAL_KEY = new Set<Token['type']>(['string', 'int', 'double', 'char', 'byte', 'bytes']);

/** Statement keywords that introduce a local type declaration. */
const LOCAL_TYPE_KWS = new Set(['struct', 'enum', 'type', 'suberror']);

export abstract class ExprParser extends PatternParser {
  /** A parser over other tokens of the same text (string interpolations). */
  protected abstract subParser(toks: Token[]): ExprParser;
  /** `fn name ...` inside a body (`start` is at `async` or `fn`). */
  protected abstract parseLocalFn(start: number): A.FnItem;
  /** `struct` / `enum` / `type` / `suberror` inside a body. */
  protected abstract parseLocalType(): A.LocalType['item'];
  /** Parameters of a function with a body: `(x : Int, y~ : Int = 1)`. */
  protected abstract parseParams(): A.Param[];

  // ---- blocks and statements ----------------------------------------------

  /** `{ stmts }` */
  parseBlock(): A.Block {
    const open = this.tok;
    this.expectOp('{');
    const stmts = this.withNl(true, () => this.parseStmtList('}'));
    if (!this.isOp('}')) {
      if (this.atEof()) this.error("unclosed block: expected '}' before end of input", open);
      this.fail("'}'");
    }
    this.advance();
    return { kind: 'Block', span: this.span(open.start), stmts };
  }

  protected parseStmtList(closer: 'eof' | '}'): A.Stmt[] {
    this.enter();
    const stmts: A.Stmt[] = [];
    this.skipSemis();
    while (!(closer === 'eof' ? this.tok.type === 'eof' : this.isOp('}'))) {
      if (this.tok.type === 'eof') break;
      stmts.push(this.parseStmt());
      this.endOfStatement('a statement', closer);
    }
    this.leave();
    return stmts;
  }

  private parseStmt(): A.Stmt {
    const t = this.tok;
    const start = t.start;
    if (t.type === 'kw') {
      switch (t.value) {
        case 'let':
          return this.parseLet();
        case 'letrec':
          return this.parseLetRec();
        case 'guard': {
          const kw = this.advance();
          // `guard! cond`: the guard that panics when cond fails (what `guard` without `else` does).
          if (this.isOp('!') && this.tok.start === kw.end) this.advance();
          const cond = this.parseInfix();
          const g: A.Guard = { kind: 'Guard', span: this.span(start), cond };
          if (this.isKw('else') && !this.atLineBreak()) {
            this.advance();
            g.else = this.parseBlock();
            g.span = this.span(start);
          }
          return g;
        }
        case 'defer': {
          this.advance();
          const expr = this.parseExpr();
          return { kind: 'Defer', span: this.span(start), expr };
        }
        case 'fn':
          if (this.peekAt(1).type === 'lident') return this.localFn(start);
          break;
        case 'async':
          if (this.isKw('fn', this.peekAt(1)) && this.peekAt(2).type === 'lident') return this.localFn(start);
          break;
        default:
          if (LOCAL_TYPE_KWS.has(t.value)) {
            const item = this.parseLocalType();
            return { kind: 'LocalType', span: item.span, item };
          }
      }
    }
    return this.parseExprStatement(false);
  }

  private localFn(start: number): A.LetFn {
    const fn = this.parseLocalFn(start);
    return { kind: 'LetFn', span: fn.span, fn };
  }

  private parseLet(): A.Let {
    const start = this.expectKw('let').start;
    let mutable = false;
    let pattern: A.Pattern;
    if (this.isKw('mut')) {
      this.advance();
      mutable = true;
      const n = this.expectLident("a variable name after 'let mut'");
      pattern = { kind: 'VarPat', span: this.tokSpan(n), name: n.value };
    } else {
      pattern = this.parsePattern();
    }
    const type = this.eatOp(':') ? this.parseType() : undefined;
    this.expectOp('=');
    const value = this.parseExpr();
    const s: A.Let = { kind: 'Let', span: this.span(start), pattern, mutable, value };
    if (type) s.type = type;
    return s;
  }

  /** `letrec p = e and q = e ...`. */
  private parseLetRec(): A.LetRec {
    const start = this.expectKw('letrec').start;
    const bindings: A.LetRec['bindings'] = [];
    for (;;) {
      const bstart = this.tok.start;
      const pattern = this.parsePattern();
      const type = this.eatOp(':') ? this.parseType() : undefined;
      this.expectOp('=');
      const value = this.parseExpr();
      const b: A.LetRec['bindings'][number] = { pattern, value, span: this.span(bstart) };
      if (type) b.type = type;
      bindings.push(b);
      if (!this.isWord('and')) break;
      this.advance();
    }
    return { kind: 'LetRec', span: this.span(start), bindings };
  }

  /** expr_statement: break / continue / return / raise / `...` / assignment / expr. */
  private parseExprStatement(noJump: boolean): A.Stmt {
    const start = this.tok.start;
    const t = this.tok;
    if (t.type === 'kw' && (t.value === 'break' || t.value === 'continue' || t.value === 'return')) {
      if (noJump) this.error(`'${t.value}' is not allowed directly in an arrow function body; wrap it in braces`, t);
      const e = this.parseJump();
      return { kind: 'ExprStmt', span: e.span, expr: e };
    }
    if (this.isKw('raise')) {
      this.advance();
      const value = this.parseExpr();
      const e: A.Raise = { kind: 'Raise', span: this.span(start), value };
      return { kind: 'ExprStmt', span: e.span, expr: e };
    }
    if (this.isOp('...')) {
      this.advance();
      const e: A.Todo = { kind: 'Todo', span: this.tokSpan(t) };
      return { kind: 'ExprStmt', span: e.span, expr: e };
    }
    const expr = this.parseExpr();
    const op = this.tok;
    if (op.type === 'op' && ASSIGN_OPS.has(op.value)) {
      if (expr.kind !== 'Ident' && expr.kind !== 'Field' && expr.kind !== 'Index')
        this.error(`invalid assignment target; expected a variable, field or index before '${op.value}'`, {
          start: expr.span.start.offset,
          end: expr.span.end.offset,
        });
      if (expr.kind === 'Ident' && expr.pkg !== undefined) this.error('cannot assign to a package value', op);
      this.advance();
      const value = this.parseExpr();
      return { kind: 'Assign', span: this.span(start), target: expr, op: op.value as A.Assign['op'], value };
    }
    return { kind: 'ExprStmt', span: expr.span, expr };
  }

  /** Whether the current token may begin an optional operand (break / return value). */
  private operandFollows(): boolean {
    const t = this.tok;
    if (t.type === 'eof') return false;
    if (this.nlMode && t.nl) return false;
    if (t.type === 'op') return OPERAND_OPS.has(t.value);
    if (t.type === 'kw') return OPERAND_KWS.has(t.value);
    return true;
  }

  /** `name~` naming a loop, after `break` / `continue`. */
  private jumpLabel(): string | undefined {
    const t = this.tok;
    const n = this.peekAt(1);
    if (t.type !== 'lident' || !this.isOp('~', n) || !this.adjacent(t, n) || (this.nlMode && t.nl)) return undefined;
    this.advance();
    this.advance();
    return t.value;
  }

  private parseJump(): A.Break | A.Continue | A.Return {
    const kw = this.advance();
    const start = kw.start;
    if (kw.value === 'return') {
      const r: A.Return = { kind: 'Return', span: this.span(start) };
      if (this.operandFollows()) {
        r.value = this.parseExpr();
        r.span = this.span(start);
      }
      return r;
    }
    const label = this.jumpLabel();
    if (kw.value === 'break') {
      const b: A.Break = { kind: 'Break', span: this.span(start) };
      if (label !== undefined) b.label = label;
      if (this.operandFollows()) {
        b.value = this.parseExpr();
        b.span = this.span(start);
      }
      return b;
    }
    const args: A.Expr[] = [];
    if (this.operandFollows()) {
      args.push(this.parseExpr());
      while (this.eatOp(',')) args.push(this.parseExpr());
    }
    const c: A.Continue = { kind: 'Continue', span: this.span(start), args };
    if (label !== undefined) c.label = label;
    return c;
  }

  /** A match / catch / arrow body: an expr_statement, as an expression. */
  protected parseArmBody(noJump: boolean): A.Expr {
    const s = this.parseExprStatement(noJump);
    if (s.kind === 'ExprStmt') return s.expr;
    // An assignment as a body: a block holding just that statement.
    return { kind: 'Block', span: s.span, stmts: [s] };
  }

  // ---- expressions --------------------------------------------------------

  /** `expr` in MoonBit's grammar. */
  parseExpr(): A.Expr {
    this.enter();
    const e = this.parseExprInner();
    this.leave();
    return e;
  }

  private parseExprInner(): A.Expr {
    const t = this.tok;
    const start = t.start;
    if (t.type === 'kw') {
      switch (t.value) {
        case 'if':
          return this.parseIf();
        case 'match':
          return this.parseMatch();
        case 'lexmatch':
          return this.parseLexmatch();
        case 'while':
        case 'for':
        case 'loop':
          return this.parseLoopExpr(undefined, start);
        case 'try':
          return this.parseTry();
      }
    }
    if (t.type === 'lident') {
      const n1 = this.peekAt(1);
      // A labeled loop: `outer~: for ...`.
      if (this.isOp('~', n1) && this.adjacent(t, n1) && this.isOp(':', this.peekAt(2))) {
        const loop = this.peekAt(3);
        if (this.isKw('while', loop) || this.isKw('for', loop) || this.isKw('loop', loop)) {
          this.i += 3;
          return this.parseLoopExpr(t.value, start);
        }
      }
    }
    // Arrow functions: `x => e`, `_ => e`, `(params) => e`, `() => e`.
    if ((t.type === 'lident' || this.isOp('_')) && this.isOp('=>', this.peekAt(1))) return this.parseArrowFn(false);
    if (this.isOp('(') && this.isArrowParams()) return this.parseArrowFn(false);
    let e = this.parsePipe();
    // `expr catch { ... }` without `try`.
    if (this.isKw('catch') && !this.atLineBreak()) e = this.parseCatch(start, e);
    return e;
  }

  private parseLoopExpr(label: string | undefined, start: number): A.While | A.For | A.ForIn | A.Loop {
    const loop = this.isKw('while') ? this.parseWhile(start) : this.isKw('for') ? this.parseFor(start) : this.parseLoop(start);
    if (label !== undefined) loop.label = label;
    return loop;
  }

  /** Whether `e as T` is a conversion here (inside `=~ ( ... )` it is a binder). */
  private asIsCast = true;

  /** At `(`: does the matching `)` precede `=>`? */
  private isArrowParams(): boolean {
    const j = this.tok.close;
    if (j < 0) return false;
    const next = this.toks[j + 1];
    return next !== undefined && next.type === 'op' && next.value === '=>';
  }

  /** `x => e`, `_ => e`, `(a, b : Int) => e`; after `|>` the body is a block. */
  private parseArrowFn(blockBody: boolean): A.Closure {
    const start = this.tok.start;
    let params: A.Param[];
    if (this.isOp('(')) {
      const open = this.advance();
      params = this.list(')', () => {
        const pstart = this.tok.start;
        const n = this.tok.type === 'lident' || this.isOp('_') ? this.advance() : this.fail('a parameter name');
        const p: A.Param = { kind: 'Param', span: this.span(pstart), name: n.value, label: 'positional' };
        if (this.eatOp(':')) {
          p.type = this.parseType();
          p.span = this.span(pstart);
        }
        return p;
      });
      this.expectClose(open, ')', "',' or ')'");
    } else {
      const n = this.advance();
      params = [{ kind: 'Param', span: this.tokSpan(n), name: n.value, label: 'positional' }];
    }
    this.expectOp('=>');
    const body = blockBody ? this.parseBlock() : this.parseArmBody(true);
    return { kind: 'Closure', span: this.span(start), params, body, arrow: true };
  }

  private parseIf(): A.If {
    const start = this.expectKw('if').start;
    const cond = this.parseInfix();
    const then = this.parseBlock();
    const node: A.If = { kind: 'If', span: this.span(start), cond, then };
    if (this.isKw('else') && !this.atLineBreak()) {
      this.advance();
      node.else = this.isKw('if') ? this.parseIf() : this.parseBlock();
      node.span = this.span(start);
    }
    return node;
  }

  private parseMatch(): A.Match {
    const start = this.expectKw('match').start;
    const subject = this.parseInfix();
    const arms = this.parseArms(() => this.parsePattern());
    return { kind: 'Match', span: this.span(start), subject, arms };
  }

  /** `lexmatch e (with|using) longest { lexpat => body ... }`. */
  private parseLexmatch(): A.Lexmatch {
    const start = this.expectKw('lexmatch').start;
    const subject = this.parseInfix();
    const node: A.Lexmatch = { kind: 'Lexmatch', span: this.span(start), subject, arms: [] };
    if (this.isKw('with') || this.isKw('using')) {
      this.advance();
      node.strategy = this.expectLident("a match strategy such as 'longest'").value;
    }
    node.arms = this.parseArms(() => this.parseLexPattern());
    node.span = this.span(start);
    return node;
  }

  /** `{ pattern (if guard)? => body ... }` */
  protected parseArms(pattern: () => A.Pattern): A.MatchArm[] {
    const open = this.tok;
    this.expectOp('{');
    const arms = this.withNl(true, () => {
      const out: A.MatchArm[] = [];
      this.skipSemis();
      while (!this.isOp('}')) {
        if (this.tok.type === 'eof') this.unclosed(open, '}');
        const astart = this.tok.start;
        out.push(this.isOp('...') ? this.todoArm() : this.finishArm(astart, pattern()));
        this.endOfStatement('a match arm', '}');
      }
      return out;
    });
    this.advance();
    return arms;
  }

  /** An arm written `...`: the rest is unfinished, as `_ => ...` says. */
  private todoArm(): A.MatchArm {
    const t = this.advance();
    const span = this.tokSpan(t);
    return { kind: 'MatchArm', span, pattern: { kind: 'WildcardPat', span }, body: { kind: 'Todo', span } };
  }

  private finishArm(astart: number, pattern: A.Pattern): A.MatchArm {
    let guard: A.Expr | undefined;
    if (this.isKw('if')) {
      this.advance();
      guard = this.parseInfix();
    }
    this.expectOp('=>', guard ? "'=>'" : "'if' or '=>'");
    const body = this.parseArmBody(false);
    const arm: A.MatchArm = { kind: 'MatchArm', span: this.span(astart), pattern, body };
    if (guard) arm.guard = guard;
    return arm;
  }

  private parseWhile(start: number): A.While {
    this.expectKw('while');
    const cond = this.parseInfix();
    const body = this.parseBlock();
    return this.loopElse({ kind: 'While', span: this.span(start), cond, body }, start);
  }

  private forBinding(): A.ForBinding {
    const n = this.expectLident('a loop variable');
    this.expectOp('=');
    const value = this.parseExpr();
    return { name: n.value, nameSpan: this.tokSpan(n), value };
  }

  /** `b, b, ...` where a line break after a comma is insignificant. */
  private forBindings(): A.ForBinding[] {
    const out = [this.forBinding()];
    while (this.eatOp(',')) out.push(this.forBinding());
    return out;
  }

  /** Between the parts of a loop header: `;`, or a line break as MoonBit reads one. */
  private headerSeparator(): boolean {
    if (this.eatOp(';')) return true;
    return this.tok.nl && !this.isOp('{');
  }

  /** `for x in xs { }`, `for x in xs; acc = 0 { }`, `for init; cond; update { }`;
   *  the header's parts may be separated by line breaks instead of `;`. */
  private parseFor(start: number): A.For | A.ForIn {
    this.expectKw('for');
    const saved = this.nlMode;
    this.nlMode = true;
    const loop = this.isForIn() ? this.parseForIn(start) : this.parseCFor(start);
    this.nlMode = saved;
    return this.loopElse(loop, start);
  }

  /** Binders followed by `in`. */
  private isForIn(): boolean {
    for (let j = this.i; ; j += 2) {
      const t = this.toks[j]!;
      if (!(t.type === 'lident' || (t.type === 'op' && t.value === '_'))) return false;
      const n = this.toks[j + 1]!;
      if (n.type === 'kw' && n.value === 'in') return true;
      if (!(n.type === 'op' && n.value === ',')) return false;
    }
  }

  private parseForIn(start: number): A.ForIn {
    const { binders, binderSpans } = this.parseBinders();
    this.expectKw('in');
    const iterable = this.parseExpr();
    const node: A.ForIn = { kind: 'ForIn', span: undefined!, binders, binderSpans, iterable, body: undefined! };
    if (this.headerSeparator()) node.state = this.forBindings();
    node.body = this.parseBlock();
    node.span = this.span(start);
    return node;
  }

  private parseCFor(start: number): A.For {
    const init: A.ForBinding[] = [];
    const update: A.Assign[] = [];
    let cond: A.Expr | undefined;
    if (!this.isOp('{') && !this.isOp(';')) init.push(...this.forBindings());
    if (this.headerSeparator()) {
      if (!this.isOp(';')) cond = this.parseInfix();
      if (!this.headerSeparator()) this.fail(cond ? "';'" : "a condition or ';'");
      if (!this.isOp('{')) {
        for (;;) {
          const ustart = this.tok.start;
          const n = this.expectLident('a loop variable to update');
          const target: A.Ident = { kind: 'Ident', span: this.tokSpan(n), name: n.value };
          const op = this.tok;
          if (!(op.type === 'op' && ASSIGN_OPS.has(op.value))) this.fail("'='");
          this.advance();
          const value = this.parseExpr();
          update.push({ kind: 'Assign', span: this.span(ustart), target, op: op.value as A.Assign['op'], value });
          if (!this.eatOp(',')) break;
        }
      }
    } else if (!this.isOp('{')) {
      this.fail(init.length ? "',', ';' or '{'" : "'in', a loop variable, ';' or '{'");
    }
    const body = this.parseBlock();
    const node: A.For = { kind: 'For', span: this.span(start), init, update, body };
    if (cond) node.cond = cond;
    return node;
  }

  /** `else { }` or `nobreak { }` after a loop. */
  private loopElse<T extends A.For | A.ForIn | A.While>(node: T, start: number): T {
    if ((this.isKw('else') || this.isWord('nobreak')) && !this.atLineBreak()) {
      this.advance();
      node.else = this.parseBlock();
      node.span = this.span(start);
    }
    return node;
  }

  private parseLoop(start: number): A.Loop {
    this.expectKw('loop');
    const args: A.Expr[] = [];
    this.withNl(false, () => {
      args.push(this.parseInfix());
      while (this.eatOp(',')) args.push(this.parseInfix());
    });
    const arms = this.parseMultiArms('a loop arm');
    return { kind: 'Loop', span: this.span(start), args, arms };
  }

  /** `{ p, q => body ... }`: arms of `loop` and of `fn { ... }`, one pattern per value. */
  private parseMultiArms(what: string): A.LoopArm[] {
    const open = this.tok;
    this.expectOp('{');
    const arms = this.withNl(true, () => {
      const out: A.LoopArm[] = [];
      this.skipSemis();
      while (!this.isOp('}')) {
        if (this.tok.type === 'eof') this.unclosed(open, '}');
        const astart = this.tok.start;
        const patterns = [this.parsePattern()];
        while (this.eatOp(',')) patterns.push(this.parsePattern());
        const m = this.finishArm(astart, patterns[0]!);
        const arm: A.LoopArm = { kind: 'LoopArm', span: m.span, patterns, body: m.body };
        if (m.guard) arm.guard = m.guard;
        out.push(arm);
        this.endOfStatement(what, '}');
      }
      return out;
    });
    this.advance();
    return arms;
  }

  private parseTry(): A.Expr {
    const kw = this.expectKw('try');
    const start = kw.start;
    if ((this.isOp('?') || this.isOp('!')) && this.adjacent(kw, this.tok)) {
      const bang = this.advance().value === '!';
      const expr = this.parsePipe();
      return bang ? { kind: 'TryBang', span: this.span(start), expr } : { kind: 'TryQuestion', span: this.span(start), expr };
    }
    const body = this.parsePipe();
    if (!this.isKw('catch')) this.fail("'catch'");
    return this.parseCatch(start, body);
  }

  private parseCatch(start: number, body: A.Expr): A.Try {
    this.expectKw('catch');
    let rethrow = false;
    if (this.isOp('!')) {
      this.advance();
      rethrow = true;
    }
    const catchArms = this.parseArms(() => this.parsePattern());
    const node: A.Try = { kind: 'Try', span: this.span(start), body, catchArms, rethrow };
    if ((this.isKw('noraise') || this.isKw('else')) && !this.atLineBreak()) {
      this.advance();
      node.noraiseArms = this.parseArms(() => this.parsePattern());
      node.span = this.span(start);
    }
    return node;
  }

  /** `pipe_expr`: infix (`|>` (infix | arrow function with a block body))*, or infix `<|` infix. */
  private parsePipe(): A.Expr {
    const start = this.tok.start;
    let left = this.parseInfix();
    if (this.isOp('<|') && !this.atLineBreak()) {
      this.advance();
      const right = this.parseInfix();
      if (this.isOp('<|')) this.error("'<|' cannot be chained");
      if (this.isOp('|>')) this.error("'|>' and '<|' cannot be mixed in one pipe expression");
      return { kind: 'Binary', span: this.span(start), op: '<|', left, right };
    }
    while (this.isOp('|>') && !this.atLineBreak()) {
      this.advance();
      const t = this.tok;
      const arrow = ((t.type === 'lident' || this.isOp('_')) && this.isOp('=>', this.peekAt(1))) || (this.isOp('(') && this.isArrowParams());
      const right = arrow ? this.parseArrowFn(true) : this.parseInfix();
      left = { kind: 'Binary', span: this.span(start), op: '|>', left, right };
    }
    if (this.isOp('<|') && !this.atLineBreak()) this.error("'|>' and '<|' cannot be mixed in one pipe expression");
    return left;
  }

  /** `infix_expr` by precedence climbing. */
  parseInfix(minPrec = 1): A.Expr {
    const start = this.tok.start;
    let left = this.parseRange();
    for (;;) {
      const t = this.tok;
      if (t.type !== 'op') break;
      const prec = BINARY_PREC[t.value];
      if (prec === undefined || prec < minPrec) break;
      if (this.atLineBreak()) break;
      this.advance();
      const right = this.parseInfix(RIGHT_ASSOC.has(t.value) ? prec : prec + 1);
      left = { kind: 'Binary', span: this.span(start), op: t.value as A.BinaryOp, left, right };
    }
    return left;
  }

  /** `range_expr`: operand (range-op operand)? */
  private parseRange(): A.Expr {
    const start = this.tok.start;
    const from = this.parseTested();
    if (this.tok.type === 'op' && RANGE_OPS.has(this.tok.value) && !this.atLineBreak()) {
      const op = this.advance().value as A.Range['op'];
      const to = this.parseTested();
      return { kind: 'Range', span: this.span(start), from, to, inclusive: op !== '..<' && op !== '>..', op };
    }
    return from;
  }

  /** A prefix expression with any `is P`, `as T` and `lexmatch? P` after it. */
  private parseTested(): A.Expr {
    const start = this.tok.start;
    let e = this.parsePrefix();
    for (;;) {
      if (this.atLineBreak()) break;
      if (this.isKw('is')) {
        this.advance();
        const pattern = this.parseRangePattern();
        e = { kind: 'Is', span: this.span(start), expr: e, pattern };
      } else if (this.isKw('as')) {
        this.advance();
        if (this.asIsCast) e = { kind: 'As', span: this.span(start), expr: e, type: this.parseAsType() };
        else {
          const name = (this.isOp('_') ? this.advance() : this.expectLident("a name after 'as'")).value;
          e = { kind: 'RegexAs', span: this.span(start), regex: e, name };
        }
      } else if (this.isOp('=~')) {
        this.advance();
        e = this.parseRegexMatch(e, start);
      } else if (this.isKw('lexmatch') && this.isOp('?', this.peekAt(1)) && this.adjacent(this.tok, this.peekAt(1))) {
        this.i += 2;
        const pattern = this.parseLexPattern();
        e = { kind: 'LexmatchTest', span: this.span(start), expr: e, pattern };
      } else break;
    }
    return e;
  }

  /** After `=~`: a regex constant, or `(regex (as name)?, before=name, after~)`. */
  private parseRegexMatch(expr: A.Expr, start: number): A.RegexMatch {
    if (!this.isOp('(')) return { kind: 'RegexMatch', span: this.span(start), expr, regex: this.parsePrefix() };
    const open = this.advance();
    const saved = this.nlMode;
    this.nlMode = false;
    // In the parentheses, `as` names what the regex matched instead of converting.
    this.asIsCast = false;
    const node: A.RegexMatch = { kind: 'RegexMatch', span: undefined!, expr, regex: this.parseInfix() };
    this.asIsCast = true;
    while (this.eatOp(',') && !this.isOp(')')) {
      const label = this.tok;
      if (!this.isWord('before') && !this.isWord('after')) this.fail("'before=' or 'after='");
      this.advance();
      let name: string;
      if (this.isOp('~') && this.adjacent(label, this.tok)) {
        this.advance();
        name = label.value;
      } else {
        this.expectOp('=', "'=' or '~'");
        name = (this.isOp('_') ? this.advance() : this.expectLident('a name')).value;
      }
      if (label.value === 'before') node.before = name;
      else node.after = name;
    }
    this.nlMode = saved;
    this.expectClose(open, ')', "',' or ')'");
    node.span = this.span(start);
    return node;
  }

  /** The type after `as`: `&Trait` or a type name. */
  private parseAsType(): A.TypeExpr {
    const start = this.tok.start;
    if (this.eatOp('&')) {
      const { name, pkg } = this.qualifiedUpper("a trait name after '&'");
      const t: A.TraitObjectType = { kind: 'TraitObjectType', span: this.span(start), name };
      if (pkg !== undefined) t.pkg = pkg;
      return t;
    }
    return this.parseNamedType();
  }

  protected parsePrefix(): A.Expr {
    const t = this.tok;
    if (t.type === 'op' && (t.value === '-' || t.value === '+' || t.value === '!')) {
      this.enter();
      this.advance();
      const operand = this.parsePrefix();
      this.leave();
      return { kind: 'Unary', span: this.span(t.start), op: t.value, operand };
    }
    return this.parsePostfix();
  }

  private parsePostfix(): A.Expr {
    const start = this.tok.start;
    let e = this.parsePrimary();
    for (;;) {
      const t = this.tok;
      if (t.type !== 'op') break;
      if (this.atLineBreak()) break;
      if (t.value === '(') {
        const args = this.parseArgs();
        e = { kind: 'Call', span: this.span(start), callee: e, args };
      } else if (t.value === '[') {
        e = this.parseIndex(e, start);
      } else if (t.value === '.') {
        this.advance();
        const n = this.tok;
        if (n.type === 'lident' && n.start === t.end) {
          this.advance();
          if (this.isOp('(') && this.adjacent(n, this.tok)) {
            const args = this.parseArgs();
            e = { kind: 'MethodCall', span: this.span(start), receiver: e, method: n.value, methodSpan: this.tokSpan(n), args };
          } else if ((this.isOp('!') || this.isOp('?')) && this.isOp('(', this.peekAt(1))) {
            this.error(`the old '${this.tok.value}' call syntax is not supported`);
          } else {
            e = { kind: 'Field', span: this.span(start), object: e, name: n.value };
          }
        } else if (n.type === 'int' && n.start === t.end && /^[0-9]+$/.test(n.value)) {
          this.advance();
          e = { kind: 'Field', span: this.span(start), object: e, name: Number(n.value) };
        } else {
          this.fail("a field or method name after '.'", n);
        }
      } else if (t.value === '..') {
        const n = this.peekAt(1);
        if (n.type !== 'lident' || !this.adjacent(t, n)) break;
        this.i += 2;
        if (!this.isOp('(')) this.fail(`'(' after the cascade '..${n.value}'`);
        const args = this.parseArgs();
        e = { kind: 'Cascade', span: this.span(start), receiver: e, method: n.value, methodSpan: this.tokSpan(n), args };
      } else if (t.value === '!' || t.value === '?') {
        if (this.isOp('(', this.peekAt(1)) && this.peekAt(1).start === t.end)
          this.error(`the old 'f${t.value}(...)' call syntax is not supported`);
        break;
      } else break;
    }
    return e;
  }

  /** `[i]`, or a slice `[i:j]` with either bound optional. */
  private parseIndex(object: A.Expr, start: number): A.Index | A.Slice {
    const open = this.advance();
    return this.withNl(false, () => {
      let from: A.Expr | undefined;
      if (!this.isOp(':')) from = this.parseExpr();
      if (this.eatOp(':')) {
        const s: A.Slice = { kind: 'Slice', span: this.span(start), object };
        if (from) s.start = from;
        if (!this.isOp(']')) s.end = this.parseExpr();
        this.expectClose(open, ']');
        s.span = this.span(start);
        return s;
      }
      this.expectClose(open, ']', "':' or ']'");
      return { kind: 'Index', span: this.span(start), object, index: from! } as A.Index;
    });
  }

  protected parseArgs(): A.Arg[] {
    const open = this.advance();
    const saved = this.nlMode;
    this.nlMode = false;
    const args: A.Arg[] = [];
    while (!this.isOp(')') && !this.atEof()) {
      args.push(this.parseArg());
      if (!this.eatOp(',')) break;
    }
    this.nlMode = saved;
    this.expectClose(open, ')', "',' or ')'");
    return args;
  }

  private parseArg(): A.Arg {
    const t = this.tok;
    const start = t.start;
    if (t.type === 'lident') {
      const n1 = this.peekAt(1);
      if (this.isOp('=', n1)) {
        // label=value
        this.i += 2;
        return this.labeledArg(t, start, this.parseExpr(), false, false);
      }
      if (this.isOp('~', n1) && this.adjacent(t, n1)) {
        // label~ / label~=value
        this.i += 2;
        if (this.eatOp('=')) return this.labeledArg(t, start, this.parseExpr(), false, false);
        return this.labeledArg(t, start, { kind: 'Ident', span: this.tokSpan(t), name: t.value }, true, false);
      }
      if (this.isOp('?', n1) && this.adjacent(t, n1)) {
        // label?=value / label?
        const n2 = this.peekAt(2);
        if (this.isOp('=', n2)) {
          this.i += 3;
          return this.labeledArg(t, start, this.parseExpr(), false, true);
        }
        if (this.isOp(',', n2) || this.isOp(')', n2)) {
          this.i += 2;
          return this.labeledArg(t, start, { kind: 'Ident', span: this.tokSpan(t), name: t.value }, true, true);
        }
      }
    }
    const value = this.parseExpr();
    return { kind: 'PositionalArg', span: this.span(start), value };
  }

  private labeledArg(label: Token, start: number, value: A.Expr, punned: boolean, optional: boolean): A.LabeledArg {
    return { kind: 'LabeledArg', span: this.span(start), label: label.value, labelSpan: this.tokSpan(label), value, punned, optional };
  }

  protected parsePrimary(): A.Expr {
    const t = this.tok;
    switch (t.type) {
      case 'int': {
        this.advance();
        return { kind: 'IntLit', span: this.tokSpan(t), raw: t.value, value: intOf(t).value, suffix: intOf(t).suffix };
      }
      case 'double': {
        this.advance();
        return { kind: 'DoubleLit', span: this.tokSpan(t), raw: t.value, value: doubleOf(t).value, suffix: doubleOf(t).suffix };
      }
      case 'char':
        this.advance();
        return { kind: 'CharLit', span: this.tokSpan(t), value: textOf(t)! };
      case 'byte':
        this.advance();
        return { kind: 'ByteLit', span: this.tokSpan(t), value: byteOf(t) };
      case 'string':
        if (t.badEscape) this.error(t.badEscape.message, t.badEscape);
        this.advance();
        return this.stringNode(partsOf(t), textOf(t), this.tokSpan(t), false);
      case 'bytes':
        this.advance();
        return { kind: 'BytesLit', span: this.tokSpan(t), value: bytesOf(t) };
      case 'regex':
        this.advance();
        return { kind: 'RegexLit', span: this.tokSpan(t), source: textOf(t)! };
      case 'mstring':
        return this.parseMultiline();
      case 'lident':
        this.advance();
        return { kind: 'Ident', span: this.tokSpan(t), name: t.value };
      case 'uident':
      case 'pkg':
        return this.parseUpperPrimary();
      case 'kw':
        switch (t.value) {
          case 'true':
          case 'false':
            this.advance();
            return { kind: 'BoolLit', span: this.tokSpan(t), value: t.value === 'true' };
          case 'fn':
          case 'async':
            return this.parseAnonFn();
          case 'if':
          case 'match':
          case 'lexmatch':
          case 'while':
          case 'for':
          case 'loop':
          case 'try':
            this.error(`'${t.value}' expression must be parenthesized here`, t);
        }
        break;
      case 'op':
        switch (t.value) {
          case '(':
            return this.parseParen();
          case '[':
            return this.parseArray();
          case '[|':
            return this.parseIterLit();
          case '{':
            return this.parseBraceExpr();
          case '_':
            this.advance();
            return { kind: 'Placeholder', span: this.tokSpan(t) };
          case '&':
            return this.parseUpperPrimary();
        }
        break;
      case 'eof':
        break;
    }
    this.fail('an expression');
  }

  /** Names starting with an upper-case letter, a package or `&`: constructors,
   *  constants, `T::name`, `@pkg.name`, `&Trait::method`, `T::{ record }`. */
  private parseUpperPrimary(): A.Expr {
    const start = this.tok.start;
    const traitObject = this.eatOp('&') !== undefined;
    let pkg: string | undefined;
    if (this.tok.type === 'pkg') {
      const p = this.advance();
      const dot = this.tok;
      if (!this.isOp('.')) this.fail(`'.' after '@${p.value}'`);
      this.advance();
      const n = this.tok;
      if (n.start !== dot.end || (n.type !== 'lident' && n.type !== 'uident')) this.fail(`a name after '@${p.value}.'`);
      if (n.type === 'lident') {
        if (traitObject) this.fail('a trait name', n);
        this.advance();
        return { kind: 'Ident', span: this.span(start), name: n.value, pkg: p.value };
      }
      pkg = p.value;
    }
    const n = this.expectUident(traitObject ? "a trait name after '&'" : 'a name');
    if (this.isOp('::')) {
      this.advance();
      if (this.isOp('{')) {
        const typeName: A.TypeName = { kind: 'TypeName', span: this.span(start), name: n.value, traitObject };
        if (pkg !== undefined) typeName.pkg = pkg;
        return this.parseRecordBody(start, typeName);
      }
      const m = this.tok;
      if (m.type !== 'lident' && m.type !== 'uident') this.fail("a name after '::'");
      this.advance();
      const c: A.Constructor = { kind: 'Constructor', span: this.span(start), name: m.value, typeName: n.value };
      if (pkg !== undefined) c.pkg = pkg;
      if (traitObject) c.traitObject = true;
      return c;
    }
    if (traitObject) this.fail("'::' after a trait object type");
    const c: A.Constructor = { kind: 'Constructor', span: this.span(start), name: n.value };
    if (pkg !== undefined) c.pkg = pkg;
    return c;
  }

  private stringNode(parts: (string | Token[])[] | undefined, str: string | undefined, span: A.Span, multiline: boolean): A.StringLit | A.InterpString {
    if (parts === undefined) return { kind: 'StringLit', span, value: str ?? '', multiline };
    const out: (string | A.Expr)[] = [];
    for (const p of parts) out.push(typeof p === 'string' ? p : this.parseInterpolation(p));
    return { kind: 'InterpString', span, parts: out, multiline };
  }

  private parseInterpolation(toks: Token[]): A.Expr {
    const sub = this.subParser(toks);
    sub.depth = this.depth;
    return sub.parseExprOnly();
  }

  parseExprOnly(): A.Expr {
    const e = this.withNl(false, () => this.parseExpr());
    if (this.tok.type !== 'eof') this.fail('end of expression');
    return e;
  }

  private parseMultiline(): A.Expr {
    const first = this.tok;
    const lines: Token[] = [];
    do {
      lines.push(this.advance());
    } while (this.tok.type === 'mstring' && this.tok.nl);
    const span = this.span(first.start);
    const parts: (string | A.Expr)[] = [];
    let interp = false;
    let buf = '';
    lines.forEach((l, k) => {
      if (l.badEscape) this.error(l.badEscape.message, l.badEscape);
      if (k > 0) buf += '\n';
      const lineParts = partsOf(l);
      if (lineParts === undefined) buf += textOf(l) ?? '';
      else {
        for (const p of lineParts) {
          if (typeof p === 'string') buf += p;
          else {
            interp = true;
            if (buf !== '') parts.push(buf);
            buf = '';
            parts.push(this.parseInterpolation(p));
          }
        }
      }
    });
    if (!interp) return { kind: 'StringLit', span, value: buf, multiline: true };
    if (buf !== '') parts.push(buf);
    return { kind: 'InterpString', span, parts, multiline: true };
  }

  /** `fn(params) -> T raise E { }`, `async fn(...) { }`, `fn { pattern => ... }`. */
  private parseAnonFn(): A.Closure | A.MatchFn {
    const start = this.tok.start;
    const isAsync = this.eatKw('async') !== undefined;
    this.expectKw('fn');
    if (this.isOp('!')) this.error("the old 'fn!' syntax is not supported; use 'raise'");
    if (this.isOp('{')) {
      const m: A.MatchFn = { kind: 'MatchFn', span: undefined!, arms: this.parseMultiArms('an arm') };
      if (isAsync) m.isAsync = true;
      m.span = this.span(start);
      return m;
    }
    if (!this.isOp('(')) this.fail("'(' or '{' after 'fn'");
    const params = this.parseParams();
    const c: A.Closure = { kind: 'Closure', span: this.span(start), params, body: undefined!, arrow: false };
    if (this.eatOp('->')) {
      const r = this.parseReturnType();
      c.returnType = r.type;
      if (r.raises) c.raises = r.raises;
      if (r.noraise) c.noraise = true;
    } else {
      const eff = this.parseEffect();
      if (eff.raises) c.raises = eff.raises;
      if (eff.noraise) c.noraise = true;
    }
    if (isAsync) c.isAsync = true;
    c.body = this.parseBlock();
    c.span = this.span(start);
    return c;
  }

  /** `()`, `(e)`, `(a, b)`, `(e : T)`. */
  private parseParen(): A.Expr {
    const open = this.advance();
    const start = open.start;
    return this.withNl(false, () => {
      if (this.isOp(')')) {
        this.advance();
        return { kind: 'UnitLit', span: this.span(start) } as A.UnitLit;
      }
      const first = this.parseExpr();
      if (this.isOp(':')) {
        this.advance();
        const type = this.parseType();
        this.expectClose(open, ')');
        return { kind: 'Constraint', span: this.span(start), expr: first, type } as A.Constraint;
      }
      if (this.isOp(',')) {
        const elements = [first];
        while (this.eatOp(',')) {
          if (this.isOp(')')) break;
          elements.push(this.parseExpr());
        }
        this.expectClose(open, ')', "',' or ')'");
        if (elements.length === 1) return first;
        return { kind: 'Tuple', span: this.span(start), elements } as A.Tuple;
      }
      this.expectClose(open, ')');
      return first;
    });
  }

  private parseArray(): A.ArrayLit | A.Comprehension {
    if (this.isKw('for', this.peekAt(1))) return this.parseComprehension();
    const open = this.advance();
    const start = open.start;
    const elements = this.list(']', () => this.parseElement());
    this.expectClose(open, ']', "',' or ']'");
    return { kind: 'ArrayLit', span: this.span(start), elements };
  }

  /** `[| a, ..xs |]`. */
  private parseIterLit(): A.IterLit {
    const open = this.advance();
    const elements = this.list('|]', () => this.parseElement());
    this.expectClose(open, '|]', "',' or '|]'");
    return { kind: 'IterLit', span: this.span(open.start), elements };
  }

  /** An element of an array or iterator literal: `e` or `..e`. */
  private parseElement(): A.Expr | A.Spread {
    if (!this.isOp('..')) return this.parseExpr();
    const s = this.advance();
    const value = this.parseExpr();
    return { kind: 'Spread', span: this.span(s.start), value };
  }

  /** `[for x in xs if cond => e]`, `[for k, v in m => e]`. */
  private parseComprehension(): A.Comprehension {
    const open = this.advance();
    this.advance();
    const saved = this.nlMode;
    this.nlMode = false;
    const { binders, binderSpans } = this.parseBinders();
    this.expectKw('in');
    const iterable = this.parseInfix();
    const node: A.Comprehension = { kind: 'Comprehension', span: undefined!, binders, binderSpans, iterable, body: undefined! };
    if (this.eatKw('if')) node.guard = this.parseInfix();
    this.expectOp('=>', node.guard ? "'=>'" : "'if' or '=>'");
    node.body = this.parseExpr();
    this.nlMode = saved;
    this.expectClose(open, ']');
    node.span = this.span(open.start);
    return node;
  }

  /** `x`, `k, v`, `_`: the names before `in`. */
  private parseBinders(): { binders: string[]; binderSpans: A.Span[] } {
    const binders: string[] = [];
    const binderSpans: A.Span[] = [];
    for (;;) {
      const b = this.tok.type === 'lident' || this.isOp('_') ? this.advance() : this.fail('a loop variable');
      binders.push(b.value);
      binderSpans.push(this.tokSpan(b));
      if (!this.eatOp(',')) break;
    }
    return { binders, binderSpans };
  }

  /** `{ ... }` in expression position: a block, a record or a map literal.
   *  `{}` is an empty map; `{ x }` a block, `{ x, }` a record. */
  private parseBraceExpr(): A.Block | A.RecordLit | A.MapLit {
    const n1 = this.peekAt(1);
    const n2 = this.peekAt(2);
    if (this.isOp('}', n1)) return this.parseMapBody();
    if (this.isOp('..', n1)) return this.parseRecordBody(this.tok.start, undefined);
    if (n1.type === 'lident' && (this.isOp(':', n2) || this.isOp(',', n2))) return this.parseRecordBody(this.tok.start, undefined);
    const keyEnd = this.isOp('-', n1) && (n2.type === 'int' || n2.type === 'double') ? this.peekAt(3) : n2;
    const literalKey = LITERAL_KEY.has(n1.type) || this.isKw('true', n1) || this.isKw('false', n1) || this.isOp('-', n1);
    if (literalKey && this.isOp(':', keyEnd)) return this.parseMapBody();
    return this.parseBlock();
  }

  /** `{ field: e, pun, ..spread }` after `T::` (or bare). */
  private parseRecordBody(start: number, typeName: A.TypeName | undefined): A.RecordLit {
    const open = this.expectOp('{');
    const node: A.RecordLit = { kind: 'RecordLit', span: undefined!, fields: [] };
    if (typeName) node.typeName = typeName;
    this.withNl(false, () => {
      if (this.isOp('..')) {
        this.advance();
        node.spread = this.parseExpr();
        if (!this.eatOp(',')) return;
      }
      node.fields = this.list('}', () => {
        const fstart = this.tok.start;
        const n = this.expectLident('a field name');
        const nameSpan = this.tokSpan(n);
        if (this.eatOp(':')) return { kind: 'RecordField', span: this.span(fstart), name: n.value, nameSpan, value: this.parseExpr(), punned: false } as A.RecordField;
        const value: A.Ident = { kind: 'Ident', span: nameSpan, name: n.value };
        return { kind: 'RecordField', span: this.span(fstart), name: n.value, nameSpan, value, punned: true } as A.RecordField;
      });
    });
    this.expectClose(open, '}', "',' or '}'");
    node.span = this.span(start);
    return node;
  }

  /** `{ key: value, ... }` with literal keys. */
  private parseMapBody(): A.MapLit {
    const open = this.advance();
    const entries = this.list('}', () => {
      const estart = this.tok.start;
      const k = this.isOp('-') ? this.peekAt(1) : this.tok;
      if (!LITERAL_KEY.has(k.type) && !this.isKw('true', k) && !this.isKw('false', k)) this.fail('a map key (a literal)');
      const key = this.parsePrefix();
      this.expectOp(':');
      const value = this.parseExpr();
      return { kind: 'MapEntry', span: this.span(estart), key, value } as A.MapEntry;
    });
    this.expectClose(open, '}', "',' or '}'");
    return { kind: 'MapLit', span: this.span(open.start), entries };
  }
}
