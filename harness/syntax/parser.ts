// A recursive-descent parser for the MoonBit subset used in doc blocks.
//
// Grammar reference: MoonBit's own Menhir grammar (parser.mly, © IDEA; the
// copy in the search index, rules `expr`, `pipe_expr`, `infix_expr`,
// `range_expr`, `prefix_expr`, `simple_expr`, `statement`, `pattern`,
// `type_`). Operator precedence there, loosest to tightest:
//
//     %right BARBAR            ||
//     %right AMPERAMPER        &&
//     %left  BAR               |
//     %left  CARET             ^
//     %left  AMPER             &
//     %left  INFIX1            > < == != <= >=
//     %left  INFIX2            << >>
//     %left  PLUS MINUS        + -
//     %left  INFIX3            * / %
//
// so in MoonBit the bitwise operators bind LOOSER than comparison (unlike
// the rough list in our brief, and unlike C where only & ^ | sit below
// == but above &&): `a & b == c` is `a & (b == c)`. `|>` (`pipe_expr`) is
// looser than all of them and left-associative; its right side is an
// infix expression. `..<` / `..=` (`range_expr`) take prefix expressions
// on both sides, so they bind tighter than every binary operator. Prefix
// `-` `+` `!` bind tighter still, and postfix call / method call / field /
// index bind tightest. `if`, `match`, `while`, `for`, `loop`, `try` and
// arrow functions are `expr`, not operands: they cannot be the operand of
// a binary operator without parentheses. Conditions of `if` / `while`,
// `match` subjects, `loop` arguments and guards are infix expressions
// (no `|>` without parentheses).
//
// Newline rule. MoonBit separates statements by `;` or by a line break;
// its lexer inserts the semicolon at a line break depending on the tokens
// around it (the tree-sitter grammar models this with an external
// `automatic_semicolon` token). We could not find the lexer's exact token
// sets in the reference material, so this parser implements the rule the
// grammar implies, decided at the token after the line break:
//  * inside ( ) and [ ] line breaks are insignificant;
//  * inside { } (blocks, match / loop / catch arms) and at top level, an
//    expression continues on the next line only if that line starts with a
//    token that cannot start a statement: `.x` / `.0` (method chains,
//    field access), `|>`, a binary operator other than `+` / `-`, `..<`,
//    `..=`, `=` and compound assignments, `catch`, `else`, `noraise`, `as`,
//    `is`, `=>`, `)`, `]`, `}`, `,`. A line starting with `(`, `[`, `+`,
//    `-`, `!`, `?` or anything else starts a new statement. An operator at
//    the end of a line always continues onto the next line.
// Positions in the AST are offsets into the parsed text.

import type * as A from './ast.ts';
import { LineIndex, MoonBitSyntaxError } from './errors.ts';
import { describeToken, tokenize, type Token } from './lexer.ts';

const BINARY_PREC: Record<string, number> = {
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

/** Tokens that, at the start of a line, continue the previous expression. */
const CONTINUATION_OPS = new Set([
  '.', '..', '|>', '||', '&&', '|', '^', '&', '==', '!=', '<', '>', '<=', '>=', '<<', '>>', '*', '/', '%',
  '..<', '..=', '=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '|=', '^=', '=>', ')', ']', '}', ',',
  ':', '::', '->',
]);
const CONTINUATION_KWS = new Set(['catch', 'else', 'noraise', 'as', 'is']);

const MAX_DEPTH = 400;

type Anchor = { start: number; end: number };

export class Parser {
  private i = 0;
  /** Whether line breaks are significant at the current nesting. */
  private nlMode = true;
  private depth = 0;

  constructor(
    private readonly src: string,
    private readonly index: LineIndex,
    private readonly toks: Token[],
  ) {}

  static forSource(source: string): Parser {
    const index = new LineIndex(source);
    return new Parser(source, index, tokenize(source, index));
  }

  // ---- token helpers ------------------------------------------------------

  private get tok(): Token {
    return this.toks[this.i]!;
  }
  private peekAt(n: number): Token {
    return this.toks[Math.min(this.i + n, this.toks.length - 1)]!;
  }
  private advance(): Token {
    const t = this.toks[this.i]!;
    if (t.type !== 'eof') this.i++;
    return t;
  }
  private prevEnd(): number {
    return this.i > 0 ? this.toks[this.i - 1]!.end : 0;
  }
  private isOp(v: string, t: Token = this.tok): boolean {
    return t.type === 'op' && t.value === v;
  }
  private isKw(v: string, t: Token = this.tok): boolean {
    return t.type === 'kw' && t.value === v;
  }
  private eatOp(v: string): Token | undefined {
    if (this.isOp(v)) return this.advance();
    return undefined;
  }
  private expectOp(v: string, what = `'${v}'`): Token {
    if (this.isOp(v)) return this.advance();
    this.fail(what);
  }
  private expectKw(v: string): Token {
    if (this.isKw(v)) return this.advance();
    this.fail(`'${v}'`);
  }
  private expectLident(what = 'an identifier'): Token {
    if (this.tok.type === 'lident') return this.advance();
    this.fail(what);
  }

  /** Throws "expected X, found Y" at the current token. */
  fail(expected: string, t: Token = this.tok): never {
    const found = describeToken(t);
    throw new MoonBitSyntaxError(`expected ${expected}, found ${found}`, this.tokSpan(t), expected, found);
  }
  private error(msg: string, t: Token | Anchor = this.tok): never {
    throw new MoonBitSyntaxError(msg, this.index.span(t.start, Math.max(t.end, t.start)));
  }
  private tokSpan(t: Token): A.Span {
    return this.index.span(t.start, t.type === 'eof' ? t.start : t.end);
  }
  private span(start: number, end = this.prevEnd()): A.Span {
    return this.index.span(start, end);
  }
  private enter(): void {
    if (++this.depth > MAX_DEPTH) this.error('expression nested too deeply');
  }
  private leave(): void {
    this.depth--;
  }
  private withNl<T>(mode: boolean, f: () => T): T {
    const saved = this.nlMode;
    this.nlMode = mode;
    try {
      return f();
    } finally {
      this.nlMode = saved;
    }
  }
  /** At a line break in statement context, where the next token starts a new statement. */
  private atLineBreak(): boolean {
    const t = this.tok;
    if (!this.nlMode || !t.nl) return false;
    if (t.type === 'op') return !CONTINUATION_OPS.has(t.value);
    if (t.type === 'kw') return !CONTINUATION_KWS.has(t.value);
    return true;
  }

  // ---- entry points -------------------------------------------------------

  parseProgram(): A.Program {
    const items: A.Item[] = [];
    this.skipSemis();
    while (this.tok.type !== 'eof') {
      items.push(this.parseItem());
      this.endOfStatement('an item');
    }
    return { kind: 'Program', span: this.index.span(0, this.src.length), items };
  }

  parseStatementsBody(): A.Block {
    const stmts = this.parseStmtList('eof');
    return { kind: 'Block', span: this.index.span(0, this.src.length), stmts };
  }

  parseTypeOnly(): A.TypeExpr {
    const ty = this.withNl(false, () => this.parseType());
    if (this.tok.type !== 'eof') this.fail('end of type');
    return ty;
  }

  parseExprOnly(): A.Expr {
    const e = this.withNl(false, () => this.parseExpr());
    if (this.tok.type !== 'eof') this.fail('end of expression');
    return e;
  }

  private skipSemis(): void {
    while (this.isOp(';')) this.advance();
  }

  /** After a statement / item / arm: `;`, a line break, or the closer. */
  private endOfStatement(what: string, closer: 'eof' | '}' = 'eof'): void {
    if (this.isOp(';')) {
      this.skipSemis();
      return;
    }
    const t = this.tok;
    if (closer === 'eof' ? t.type === 'eof' : this.isOp('}')) return;
    if (t.nl) return;
    this.fail(`';' or a line break after ${what}`);
  }

  // ---- top level ----------------------------------------------------------

  private parseItem(): A.Item {
    const start = this.tok.start;
    let isPub = false;
    if (this.isKw('pub')) {
      this.advance();
      isPub = true;
      if (this.isOp('(')) this.error("visibility modifiers such as 'pub(all)' are not supported");
    }
    const t = this.tok;
    if (this.isKw('fn')) return this.parseFnItem(start, isPub);
    if (this.isKw('let')) {
      this.advance();
      if (this.isKw('mut')) this.error("'let mut' is not allowed at top level");
      const pattern = this.parsePattern();
      const type = this.eatOp(':') ? this.parseType() : undefined;
      this.expectOp('=');
      const value = this.parseExpr();
      const item: A.LetItem = { kind: 'LetItem', span: this.span(start), attrs: [], vis: isPub ? 'pub' : 'none', pattern, value, isPub };
      if (type) item.type = type;
      return item;
    }
    if (this.isKw('const')) {
      this.advance();
      if (this.tok.type !== 'uident') this.fail('an upper-case constant name');
      const name = this.advance().value;
      const type = this.eatOp(':') ? this.parseType() : undefined;
      this.expectOp('=');
      const value = this.parseExpr();
      const item: A.ConstItem = { kind: 'ConstItem', span: this.span(start), attrs: [], vis: isPub ? 'pub' : 'none', name, value, isPub };
      if (type) item.type = type;
      return item;
    }
    if (this.isKw('test') && !isPub) {
      this.advance();
      let name: string | undefined;
      let param: { name: string; type: A.TypeExpr } | undefined;
      if (this.tok.type === 'string') {
        const s = this.advance();
        if (s.str === undefined) this.error('a test name cannot contain interpolation', s);
        name = s.str;
      }
      if (this.isOp('(')) {
        this.advance();
        const p = this.tok.type === 'lident' || this.isOp('_') ? this.advance() : this.fail('a parameter name');
        this.expectOp(':');
        const type = this.withNl(false, () => this.parseType());
        this.expectOp(')');
        param = { name: p.value, type };
      }
      const body = this.parseBlock();
      const item: A.TestItem = { kind: 'TestItem', span: this.span(start), attrs: [], isAsync: false, body };
      if (name !== undefined) item.name = name;
      if (param) item.param = param;
      return item;
    }
    if (t.type === 'kw' && ['struct', 'enum', 'type', 'trait', 'impl', 'typealias', 'traitalias', 'fnalias', 'extern', 'priv', 'async', 'suberror', 'using', 'declare', 'letrec'].includes(t.value))
      this.error(`'${t.value}' declarations are not supported in doc blocks`, t);
    this.fail("a top-level item ('fn', 'let', 'const' or 'test')");
  }

  private parseFnItem(start: number, isPub: boolean): A.FnItem {
    this.expectKw('fn');
    if (this.isOp('[')) this.error('generic functions are not supported');
    const nameTok = this.tok;
    if (nameTok.type === 'uident' && this.isOp('::', this.peekAt(1))) this.error("methods ('fn Type::name') are not supported", nameTok);
    const name = this.expectLident('a function name');
    if (this.isOp('!')) this.error("the old 'fn f!(...)' syntax is not supported; use 'raise'");
    if (this.isOp('[')) this.error('generic functions are not supported');
    const params = this.isOp('(') ? this.parseParams() : [];
    const { returnType, raises } = this.parseReturnAnnotation();
    const body = this.parseBlock();
    const fn: A.FnItem = {
      kind: 'FnItem',
      span: this.span(start),
      name: name.value,
      nameSpan: this.tokSpan(name),
      isPub,
      attrs: [],
      vis: isPub ? 'pub' : 'none',
      typeParams: [],
      isAsync: false,
      params,
      body,
    };
    if (returnType) fn.returnType = returnType;
    if (raises) fn.raises = raises;
    return fn;
  }

  private parseParams(): A.Param[] {
    this.expectOp('(');
    return this.withNl(false, () => {
      const params: A.Param[] = [];
      while (!this.isOp(')')) {
        params.push(this.parseParam());
        if (!this.eatOp(',')) break;
      }
      this.expectOp(')', "',' or ')'");
      return params;
    });
  }

  private parseParam(): A.Param {
    const start = this.tok.start;
    let name: string;
    let label: A.Param['label'] = 'positional';
    if (this.isOp('_')) {
      this.advance();
      name = '_';
    } else {
      name = this.expectLident('a parameter name').value;
      if (this.isOp('~') && this.tok.start === this.prevEnd()) {
        this.advance();
        label = 'labeled';
      } else if (this.isOp('?') && this.tok.start === this.prevEnd()) {
        this.advance();
        label = 'optional';
      }
    }
    const type = this.eatOp(':') ? this.parseType() : undefined;
    let def: A.Expr | undefined;
    if (label !== 'positional' && this.eatOp('=')) {
      def = this.parseExpr();
      label = 'optional';
    }
    const p: A.Param = { kind: 'Param', span: this.span(start), name, label };
    if (type) p.type = type;
    if (def) p.default = def;
    return p;
  }

  /** `-> T`, `-> T raise E`, `raise`, `noraise`, or nothing. */
  private parseReturnAnnotation(): { returnType?: A.TypeExpr; raises?: A.TypeExpr | 'any' } {
    const out: { returnType?: A.TypeExpr; raises?: A.TypeExpr | 'any' } = {};
    if (this.eatOp('->')) {
      const r = this.parseReturnType();
      out.returnType = r.type;
      if (r.raises) out.raises = r.raises;
      return out;
    }
    const raises = this.parseErrorAnnotation();
    if (raises) out.raises = raises;
    return out;
  }

  /** `raise` / `raise E` / `noraise`; returns undefined for noraise / none. */
  private parseErrorAnnotation(): A.TypeExpr | 'any' | undefined {
    if (this.isKw('noraise')) {
      this.advance();
      return undefined;
    }
    if (this.isKw('raise')) {
      this.advance();
      if (this.tok.type === 'uident' || this.tok.type === 'pkg' || this.isOp('_')) return this.parseErrorType();
      if (this.isOp('?')) this.error("'raise?' is not supported");
      return 'any';
    }
    return undefined;
  }

  private parseErrorType(): A.TypeExpr {
    const start = this.tok.start;
    if (this.isOp('_')) {
      this.advance();
      return { kind: 'NamedType', span: this.span(start), name: '_', args: [] };
    }
    let pkg: string | undefined;
    if (this.tok.type === 'pkg') {
      pkg = this.advance().value;
      this.expectOp('.');
    }
    const name = this.tok.type === 'uident' ? this.advance().value : this.fail('an error type name');
    const t: A.NamedType = { kind: 'NamedType', span: this.span(start), name, args: [] };
    if (pkg !== undefined) t.pkg = pkg;
    return t;
  }

  // ---- types --------------------------------------------------------------

  parseType(): A.TypeExpr {
    this.enter();
    try {
      const start = this.tok.start;
      if (this.isKw('async')) this.error('async function types are not supported');
      if (this.isOp('(')) {
        this.advance();
        const elems: A.TypeExpr[] = [];
        const r = this.withNl(false, () => {
          while (!this.isOp(')')) {
            elems.push(this.parseType());
            if (!this.eatOp(',')) break;
          }
          return this.expectOp(')', "',' or ')'");
        });
        void r;
        if (this.isOp('->')) {
          this.advance();
          const res = this.parseReturnType();
          const fnt: A.FnType = { kind: 'FnType', span: this.span(start), params: elems, result: res.type };
          if (res.raises) fnt.raises = res.raises;
          return fnt;
        }
        let t: A.TypeExpr;
        if (elems.length === 0) t = { kind: 'NamedType', span: this.span(start), name: 'Unit', args: [] };
        else if (elems.length === 1) {
          // `(T)` is T; a trailing comma `(T,)` is not a 1-tuple in MoonBit either.
          t = elems[0]!;
        } else t = { kind: 'TupleType', span: this.span(start), elements: elems };
        return this.typeSuffix(t, start);
      }
      return this.typeSuffix(this.parseNamedType(), start);
    } finally {
      this.leave();
    }
  }

  private typeSuffix(t: A.TypeExpr, start: number): A.TypeExpr {
    while (this.isOp('?') && !this.tok.nl) {
      this.advance();
      t = { kind: 'OptionType', span: this.span(start), inner: t };
    }
    return t;
  }

  private parseNamedType(): A.NamedType {
    const start = this.tok.start;
    if (this.isOp('_')) {
      this.advance();
      return { kind: 'NamedType', span: this.span(start), name: '_', args: [] };
    }
    if (this.isOp('&')) this.error('trait object types are not supported');
    let pkg: string | undefined;
    if (this.tok.type === 'pkg') {
      pkg = this.advance().value;
      this.expectOp('.');
    }
    if (this.tok.type !== 'uident') this.fail('a type');
    const name = this.advance().value;
    const args: A.TypeExpr[] = [];
    if (this.isOp('[') && !(this.nlMode && this.tok.nl)) {
      this.advance();
      this.withNl(false, () => {
        while (!this.isOp(']')) {
          args.push(this.parseType());
          if (!this.eatOp(',')) break;
        }
        this.expectOp(']', "',' or ']'");
      });
      if (args.length === 0) this.error('empty type argument list', { start, end: this.prevEnd() });
    }
    const t: A.NamedType = { kind: 'NamedType', span: this.span(start), name, args };
    if (pkg !== undefined) t.pkg = pkg;
    return t;
  }

  /** Return type of a function type / signature, with its error annotation. */
  private parseReturnType(): { type: A.TypeExpr; raises?: A.TypeExpr | 'any' } {
    const type = this.parseType();
    if (this.isOp('!') && !this.tok.nl) {
      // Old syntax `T!` / `T!E`.
      this.advance();
      if (this.tok.type === 'uident' || this.tok.type === 'pkg') return { type, raises: this.parseErrorType() };
      return { type, raises: 'any' };
    }
    const raises = this.parseErrorAnnotation();
    return raises ? { type, raises } : { type };
  }

  // ---- blocks and statements ----------------------------------------------

  /** `{ stmts }` */
  parseBlock(): A.Block {
    const open = this.tok;
    this.expectOp('{');
    const stmts = this.withNl(true, () => this.parseStmtList('}'));
    if (!this.isOp('}')) {
      if (this.tok.type === 'eof') this.error("unclosed block: expected '}' before end of input", open);
      this.fail("'}'");
    }
    this.advance();
    return { kind: 'Block', span: this.span(open.start), stmts };
  }

  private parseStmtList(closer: 'eof' | '}'): A.Stmt[] {
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
    const start = this.tok.start;
    if (this.isKw('let')) {
      this.advance();
      let mutable = false;
      let pattern: A.Pattern;
      if (this.isKw('mut')) {
        this.advance();
        mutable = true;
        const n = this.expectLident('a variable name after \'let mut\'');
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
    if (this.isKw('fn') && this.peekAt(1).type === 'lident') {
      const fn = this.parseFnItem(start, false);
      return { kind: 'LetFn', span: fn.span, fn };
    }
    const t = this.tok;
    if (t.type === 'kw' && ['guard', 'defer', 'letrec', 'struct', 'enum', 'type', 'async'].includes(t.value))
      this.error(`'${t.value}' is not supported`, t);
    return this.parseExprStatement(false);
  }

  /** expr_statement: break / continue / return / raise / assignment / expr. */
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
    if (this.isOp('...')) this.error("'...' (todo) is not supported");
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
    if (t.type === 'op') return ['(', '[', '{', '-', '+', '!', '_'].includes(t.value);
    if (t.type === 'kw') return ['true', 'false', 'fn', 'if', 'match', 'try', 'loop', 'for', 'while'].includes(t.value);
    return true;
  }

  private parseJump(): A.Break | A.Continue | A.Return {
    const kw = this.advance();
    const start = kw.start;
    if (this.tok.type === 'lident' && this.isOp('~', this.peekAt(1))) this.error('loop labels are not supported');
    if (kw.value === 'break') {
      const b: A.Break = { kind: 'Break', span: this.span(start) };
      if (this.operandFollows()) {
        b.value = this.parseExpr();
        b.span = this.span(start);
      }
      return b;
    }
    if (kw.value === 'return') {
      const r: A.Return = { kind: 'Return', span: this.span(start) };
      if (this.operandFollows()) {
        r.value = this.parseExpr();
        r.span = this.span(start);
      }
      return r;
    }
    const args: A.Expr[] = [];
    if (this.operandFollows()) {
      args.push(this.parseExpr());
      while (this.eatOp(',')) args.push(this.parseExpr());
    }
    return { kind: 'Continue', span: this.span(start), args };
  }

  /** A match / catch / arrow body: an expr_statement, as an expression. */
  private parseArmBody(noJump: boolean): A.Expr {
    const s = this.parseExprStatement(noJump);
    if (s.kind === 'ExprStmt') return s.expr;
    // An assignment as a body: a block holding just that statement.
    return { kind: 'Block', span: s.span, stmts: [s] };
  }

  // ---- expressions --------------------------------------------------------

  /** `expr` in MoonBit's grammar. */
  parseExpr(): A.Expr {
    this.enter();
    try {
      const t = this.tok;
      const start = t.start;
      if (t.type === 'kw') {
        switch (t.value) {
          case 'if':
            return this.parseIf();
          case 'match':
            return this.parseMatch();
          case 'while':
            return this.parseWhile();
          case 'for':
            return this.parseFor();
          case 'loop':
            return this.parseLoop();
          case 'try':
            return this.parseTry();
        }
      }
      // Arrow functions: `x => e`, `_ => e`, `(params) => e`, `() => e`.
      if ((t.type === 'lident' || this.isOp('_')) && this.isOp('=>', this.peekAt(1))) {
        this.advance();
        this.advance();
        const body = this.parseArrowBody();
        const param: A.Param = { kind: 'Param', span: this.tokSpan(t), name: t.value, label: 'positional' };
        return { kind: 'Closure', span: this.span(start), params: [param], body, arrow: true };
      }
      if (this.isOp('(') && this.isArrowParams()) return this.parseArrowFn();
      let e = this.parsePipe();
      // `expr catch { ... }` without `try`.
      if (this.isKw('catch') && !this.atLineBreak()) e = this.parseCatch(start, e);
      return e;
    } finally {
      this.leave();
    }
  }

  private parseArrowBody(): A.Expr {
    return this.parseArmBody(true);
  }

  /** Index of the matching closing bracket for each opening one (-1: none); computed once. */
  private closeOf: Int32Array | undefined;

  /** At `(`: does the matching `)` precede `=>`? */
  private isArrowParams(): boolean {
    if (!this.closeOf) {
      const close = new Int32Array(this.toks.length).fill(-1);
      const stack: number[] = [];
      this.toks.forEach((t, j) => {
        if (t.type !== 'op') return;
        if (t.value === '(' || t.value === '[' || t.value === '{') stack.push(j);
        else if (t.value === ')' || t.value === ']' || t.value === '}') {
          const o = stack.pop();
          if (o !== undefined) close[o] = j;
        }
      });
      this.closeOf = close;
    }
    const j = this.closeOf[this.i]!;
    if (j < 0) return false;
    const next = this.toks[j + 1];
    return next !== undefined && next.type === 'op' && next.value === '=>';
  }

  private parseArrowFn(): A.Closure {
    const start = this.tok.start;
    this.expectOp('(');
    const params = this.withNl(false, () => {
      const ps: A.Param[] = [];
      while (!this.isOp(')')) {
        const pstart = this.tok.start;
        const n = this.tok.type === 'lident' || this.isOp('_') ? this.advance() : this.fail('a parameter name');
        const p: A.Param = { kind: 'Param', span: this.span(pstart), name: n.value, label: 'positional' };
        if (this.eatOp(':')) {
          p.type = this.parseType();
          p.span = this.span(pstart);
        }
        ps.push(p);
        if (!this.eatOp(',')) break;
      }
      this.expectOp(')', "',' or ')'");
      return ps;
    });
    this.expectOp('=>');
    const body = this.parseArrowBody();
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
    const arms = this.parseArms();
    return { kind: 'Match', span: this.span(start), subject, arms };
  }

  /** `{ pattern (if guard)? => body ... }` */
  private parseArms(): A.MatchArm[] {
    const open = this.tok;
    this.expectOp('{');
    const arms = this.withNl(true, () => {
      const out: A.MatchArm[] = [];
      this.skipSemis();
      while (!this.isOp('}')) {
        if (this.tok.type === 'eof') this.error("unclosed '{': expected '}' before end of input", open);
        const astart = this.tok.start;
        const pattern = this.parsePattern();
        const arm = this.finishArm(astart, pattern);
        out.push(arm);
        this.endOfStatement('a match arm', '}');
      }
      return out;
    });
    this.advance();
    return arms;
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

  private parseWhile(): A.While {
    const start = this.expectKw('while').start;
    const cond = this.parseInfix();
    const body = this.parseBlock();
    const node: A.While = { kind: 'While', span: this.span(start), cond, body };
    if (this.isKw('else') && !this.atLineBreak()) {
      this.advance();
      node.else = this.parseBlock();
      node.span = this.span(start);
    }
    return node;
  }

  private parseFor(): A.For | A.ForIn {
    const start = this.expectKw('for').start;
    // for-in: binders followed by `in`.
    let j = this.i;
    let isIn = false;
    for (;;) {
      const t = this.toks[j]!;
      if (!(t.type === 'lident' || (t.type === 'op' && t.value === '_'))) break;
      const n = this.toks[j + 1]!;
      if (n.type === 'kw' && n.value === 'in') {
        isIn = true;
        break;
      }
      if (n.type === 'op' && n.value === ',') {
        j += 2;
        continue;
      }
      break;
    }
    if (isIn) {
      const binders: string[] = [];
      for (;;) {
        binders.push(this.advance().value);
        if (!this.eatOp(',')) break;
      }
      this.expectKw('in');
      const iterable = this.withNl(false, () => this.parseExpr());
      const body = this.parseBlock();
      const node: A.ForIn = { kind: 'ForIn', span: this.span(start), binders, iterable, body };
      return this.forElse(node, start);
    }
    const init: A.For['init'] = [];
    const update: A.Assign[] = [];
    let cond: A.Expr | undefined;
    this.withNl(false, () => {
      const binding = () => {
        const n = this.expectLident('a loop variable');
        this.expectOp('=');
        const value = this.parseExpr();
        return { name: n.value, nameSpan: this.tokSpan(n), value };
      };
      if (!this.isOp('{') && !this.isOp(';')) {
        init.push(binding());
        while (this.eatOp(',')) init.push(binding());
      }
      if (this.eatOp(';')) {
        if (!this.isOp(';')) cond = this.parseInfix();
        this.expectOp(';', cond ? "';'" : "a condition or ';'");
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
    });
    const body = this.parseBlock();
    const node: A.For = { kind: 'For', span: this.span(start), init, update, body };
    if (cond) node.cond = cond;
    return this.forElse(node, start);
  }

  private forElse<T extends A.For | A.ForIn>(node: T, start: number): T {
    if (this.isKw('else') && !this.atLineBreak()) {
      this.advance();
      node.else = this.parseBlock();
      node.span = this.span(start);
    }
    return node;
  }

  private parseLoop(): A.Loop {
    const start = this.expectKw('loop').start;
    const args: A.Expr[] = [];
    this.withNl(false, () => {
      args.push(this.parseInfix());
      while (this.eatOp(',')) args.push(this.parseInfix());
    });
    const open = this.tok;
    this.expectOp('{');
    const arms = this.withNl(true, () => {
      const out: A.LoopArm[] = [];
      this.skipSemis();
      while (!this.isOp('}')) {
        if (this.tok.type === 'eof') this.error("unclosed '{': expected '}' before end of input", open);
        const astart = this.tok.start;
        const patterns = [this.parsePattern()];
        while (this.eatOp(',')) patterns.push(this.parsePattern());
        const m = this.finishArm(astart, patterns[0]!);
        const arm: A.LoopArm = { kind: 'LoopArm', span: m.span, patterns, body: m.body };
        if (m.guard) arm.guard = m.guard;
        out.push(arm);
        this.endOfStatement('a loop arm', '}');
      }
      return out;
    });
    this.advance();
    return { kind: 'Loop', span: this.span(start), args, arms };
  }

  private parseTry(): A.Expr {
    const kw = this.expectKw('try');
    const start = kw.start;
    if (this.isOp('?') && this.tok.start === kw.end) {
      this.advance();
      const expr = this.parsePipe();
      return { kind: 'TryQuestion', span: this.span(start), expr };
    }
    if (this.isOp('!') && this.tok.start === kw.end) this.error("'try!' is not supported", this.tok);
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
    const catchArms = this.parseArms();
    const node: A.Try = { kind: 'Try', span: this.span(start), body, catchArms, rethrow };
    if ((this.isKw('noraise') || this.isKw('else')) && !this.atLineBreak()) {
      this.advance();
      node.noraiseArms = this.parseArms();
      node.span = this.span(start);
    }
    return node;
  }

  /** `pipe_expr`: infix (`|>` infix)* */
  private parsePipe(): A.Expr {
    const start = this.tok.start;
    let left = this.parseInfix();
    while (this.isOp('|>') && !this.atLineBreak()) {
      this.advance();
      const right = this.parseInfix();
      left = { kind: 'Binary', span: this.span(start), op: '|>', left, right };
    }
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

  /** `range_expr`: prefix (`..<` | `..=`) prefix */
  private parseRange(): A.Expr {
    const start = this.tok.start;
    const from = this.parsePrefix();
    if ((this.isOp('..<') || this.isOp('..=')) && !this.atLineBreak()) {
      const inclusive = this.advance().value === '..=';
      const to = this.parsePrefix();
      return { kind: 'Range', span: this.span(start), from, to, inclusive };
    }
    if (this.isKw('as') && !this.atLineBreak()) this.error("'as' casts are not supported");
    if (this.isKw('is') && !this.atLineBreak()) this.error("'is' expressions are not supported");
    return from;
  }

  private parsePrefix(): A.Expr {
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
        this.advance();
        const index = this.withNl(false, () => {
          if (this.isOp(':')) this.error('slices are not supported');
          const ix = this.parseExpr();
          if (this.isOp(':')) this.error('slices are not supported');
          return ix;
        });
        this.expectOp(']');
        e = { kind: 'Index', span: this.span(start), object: e, index };
      } else if (t.value === '.') {
        this.advance();
        const n = this.tok;
        if (n.type === 'lident' && n.start === t.end) {
          this.advance();
          if (this.isOp('(') && this.tok.start === n.end) {
            const args = this.parseArgs();
            e = { kind: 'MethodCall', span: this.span(start), receiver: e, method: n.value, methodSpan: this.tokSpan(n), args };
          } else if (this.isOp('!') || this.isOp('?')) {
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
        this.error("cascade calls ('..method()') are not supported");
      } else if (t.value === '!' || t.value === '?') {
        if (this.isOp('(', this.peekAt(1)) && this.peekAt(1).start === t.end)
          this.error(`the old 'f${t.value}(...)' call syntax is not supported`);
        break;
      } else break;
    }
    return e;
  }

  private parseArgs(): A.Arg[] {
    this.expectOp('(');
    return this.withNl(false, () => {
      const args: A.Arg[] = [];
      while (!this.isOp(')')) {
        args.push(this.parseArg());
        if (!this.eatOp(',')) break;
      }
      if (!this.isOp(')')) this.fail("',' or ')'");
      this.advance();
      return args;
    });
  }

  private parseArg(): A.Arg {
    const t = this.tok;
    const start = t.start;
    if (t.type === 'lident') {
      const n1 = this.peekAt(1);
      const n2 = this.peekAt(2);
      const labelSpan = this.tokSpan(t);
      const mk = (value: A.Expr, punned: boolean, optional: boolean): A.LabeledArg => ({
        kind: 'LabeledArg',
        span: this.span(start),
        label: t.value,
        labelSpan,
        value,
        punned,
        optional,
      });
      // label=value
      if (this.isOp('=', n1)) {
        this.advance();
        this.advance();
        return mk(this.parseExpr(), false, false);
      }
      // label~ / label~=value
      if (this.isOp('~', n1) && n1.start === t.end) {
        this.advance();
        this.advance();
        if (this.eatOp('=')) return mk(this.parseExpr(), false, false);
        return mk({ kind: 'Ident', span: labelSpan, name: t.value }, true, false);
      }
      // label?=value / label?
      if (this.isOp('?', n1) && n1.start === t.end) {
        if (this.isOp('=', n2)) {
          this.advance();
          this.advance();
          this.advance();
          return mk(this.parseExpr(), false, true);
        }
        if (this.isOp(',', n2) || this.isOp(')', n2)) {
          this.advance();
          this.advance();
          return mk({ kind: 'Ident', span: labelSpan, name: t.value }, true, true);
        }
      }
    }
    const value = this.parseExpr();
    return { kind: 'PositionalArg', span: this.span(start), value };
  }

  private parsePrimary(): A.Expr {
    const t = this.tok;
    const start = t.start;
    switch (t.type) {
      case 'int': {
        this.advance();
        return { kind: 'IntLit', span: this.tokSpan(t), raw: t.value, value: t.int!.value, suffix: t.int!.suffix };
      }
      case 'double': {
        this.advance();
        return { kind: 'DoubleLit', span: this.tokSpan(t), raw: t.value, value: t.dbl!.value, suffix: t.dbl!.suffix };
      }
      case 'char':
        this.advance();
        return { kind: 'CharLit', span: this.tokSpan(t), value: t.str! };
      case 'string':
        this.advance();
        return this.stringNode(t.parts, t.str, this.tokSpan(t), false);
      case 'bytes':
        this.advance();
        return { kind: 'BytesLit', span: this.tokSpan(t), value: t.bytes! };
      case 'mstring':
        return this.parseMultiline();
      case 'lident':
        this.advance();
        return { kind: 'Ident', span: this.tokSpan(t), name: t.value };
      case 'uident': {
        this.advance();
        if (this.isOp('::')) {
          this.advance();
          const n = this.tok;
          if (n.type !== 'lident' && n.type !== 'uident') this.fail("a name after '::'");
          this.advance();
          return { kind: 'Constructor', span: this.span(start), name: n.value, typeName: t.value };
        }
        return { kind: 'Constructor', span: this.tokSpan(t), name: t.value };
      }
      case 'pkg': {
        this.advance();
        const dot = this.tok;
        if (!this.isOp('.')) this.fail(`'.' after '@${t.value}'`);
        this.advance();
        const n = this.tok;
        if (n.start !== dot.end || (n.type !== 'lident' && n.type !== 'uident')) this.fail(`a name after '@${t.value}.'`);
        this.advance();
        if (n.type === 'lident') return { kind: 'Ident', span: this.span(start), name: n.value, pkg: t.value };
        if (this.isOp('::')) {
          this.advance();
          const m = this.tok;
          if (m.type !== 'lident' && m.type !== 'uident') this.fail("a name after '::'");
          this.advance();
          return { kind: 'Constructor', span: this.span(start), name: m.value, typeName: n.value, pkg: t.value };
        }
        return { kind: 'Constructor', span: this.span(start), name: n.value, pkg: t.value };
      }
      case 'kw':
        switch (t.value) {
          case 'true':
          case 'false':
            this.advance();
            return { kind: 'BoolLit', span: this.tokSpan(t), value: t.value === 'true' };
          case 'fn':
            return this.parseAnonFn();
          case 'if':
          case 'match':
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
          case '{':
            return this.parseBraceExpr();
          case '_':
            this.error("'_' is not allowed as an expression", t);
        }
        break;
      case 'eof':
        break;
    }
    this.fail('an expression');
  }

  private stringNode(parts: (string | Token[])[] | undefined, str: string | undefined, span: A.Span, multiline: boolean): A.StringLit | A.InterpString {
    if (parts === undefined) return { kind: 'StringLit', span, value: str ?? '', multiline };
    const out: (string | A.Expr)[] = [];
    for (const p of parts) out.push(typeof p === 'string' ? p : this.parseInterpolation(p));
    return { kind: 'InterpString', span, parts: out, multiline };
  }

  private parseInterpolation(toks: Token[]): A.Expr {
    const sub = new Parser(this.src, this.index, toks);
    sub.depth = this.depth;
    return sub.parseExprOnly();
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
      if (k > 0) buf += '\n';
      if (l.parts === undefined) buf += l.str ?? '';
      else {
        for (const p of l.parts) {
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

  private parseAnonFn(): A.Closure {
    const start = this.expectKw('fn').start;
    if (this.isOp('!')) this.error("the old 'fn!' syntax is not supported; use 'raise'");
    if (!this.isOp('(')) this.fail("'(' to start the parameters of an anonymous function");
    const params = this.parseParams();
    const { returnType, raises } = this.parseReturnAnnotation();
    const body = this.parseBlock();
    const c: A.Closure = { kind: 'Closure', span: this.span(start), params, body, arrow: false };
    if (returnType) c.returnType = returnType;
    if (raises) c.raises = raises;
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
        this.closeParen(open);
        return { kind: 'Constraint', span: this.span(start), expr: first, type } as A.Constraint;
      }
      if (this.isOp(',')) {
        const elements = [first];
        while (this.eatOp(',')) {
          if (this.isOp(')')) break;
          elements.push(this.parseExpr());
        }
        this.closeParen(open);
        if (elements.length === 1) return first;
        return { kind: 'Tuple', span: this.span(start), elements } as A.Tuple;
      }
      this.closeParen(open);
      return first;
    });
  }

  private closeParen(open: Token): void {
    if (this.isOp(')')) {
      this.advance();
      return;
    }
    if (this.tok.type === 'eof') this.error("unclosed '(': expected ')' before end of input", open);
    this.fail("')'");
  }

  private parseArray(): A.ArrayLit {
    const open = this.advance();
    const start = open.start;
    const elements = this.withNl(false, () => {
      const out: (A.Expr | A.Spread)[] = [];
      while (!this.isOp(']')) {
        if (this.isOp('..')) {
          const s = this.advance();
          const value = this.parseExpr();
          out.push({ kind: 'Spread', span: this.span(s.start), value });
        } else out.push(this.parseExpr());
        if (!this.eatOp(',')) break;
      }
      if (!this.isOp(']')) {
        if (this.tok.type === 'eof') this.error("unclosed '[': expected ']' before end of input", open);
        this.fail("',' or ']'");
      }
      this.advance();
      return out;
    });
    return { kind: 'ArrayLit', span: this.span(start), elements };
  }

  /** `{ ... }` in expression position: a block (records / maps unsupported). */
  private parseBraceExpr(): A.Block {
    const n1 = this.peekAt(1);
    const n2 = this.peekAt(2);
    if (this.isOp(':', n2) && (n1.type === 'lident' || n1.type === 'string' || n1.type === 'int' || n1.type === 'char'))
      this.error('record and map literals are not supported', n1);
    if (this.isOp('..', n1)) this.error('record update syntax is not supported', n1);
    if (n1.type === 'lident' && this.isOp(',', n2)) this.error('record literals are not supported', n1);
    return this.parseBlock();
  }

  // ---- patterns -----------------------------------------------------------

  parsePattern(): A.Pattern {
    this.enter();
    try {
      const start = this.tok.start;
      let p = this.parseOrPattern();
      while (this.isKw('as')) {
        this.advance();
        const n = this.expectLident("a name after 'as'");
        p = { kind: 'AsPat', span: this.span(start), pattern: p, name: n.value };
      }
      return p;
    } finally {
      this.leave();
    }
  }

  private parseOrPattern(): A.Pattern {
    const start = this.tok.start;
    const first = this.parseRangePattern();
    if (!this.isOp('|')) return first;
    const alternatives = [first];
    while (this.eatOp('|')) alternatives.push(this.parseRangePattern());
    return { kind: 'OrPat', span: this.span(start), alternatives };
  }

  private parseRangePattern(): A.Pattern {
    const start = this.tok.start;
    const lhs = this.parseSimplePattern();
    if (this.isOp('..<') || this.isOp('..=')) {
      const op = this.advance();
      const rhs = this.parseSimplePattern();
      const bound = (p: A.Pattern, side: Token | A.Pattern): A.LitPat | undefined => {
        if (p.kind === 'WildcardPat') return undefined;
        if (p.kind === 'LitPat') return p;
        void side;
        this.error('a range pattern bound must be a literal or _', { start: p.span.start.offset, end: p.span.end.offset });
      };
      const r: A.RangePat = { kind: 'RangePat', span: this.span(start), inclusive: op.value === '..=' };
      const from = bound(lhs, op);
      const to = bound(rhs, op);
      if (from) r.from = from;
      if (to) r.to = to;
      return r;
    }
    if (this.isOp('..')) this.error("expected '..<' or '..=' in a range pattern");
    return lhs;
  }

  private litPat(value: A.LitPat['value'], start: number, negative = false): A.LitPat {
    return { kind: 'LitPat', span: this.span(start), value, negative };
  }

  private parseSimplePattern(): A.Pattern {
    const t = this.tok;
    const start = t.start;
    switch (t.type) {
      case 'int':
      case 'double':
      case 'char':
      case 'bytes':
        return this.litPat(this.parsePrimary() as A.LitPat['value'], start);
      case 'string': {
        if (t.parts) this.error('a string pattern cannot contain interpolation', t);
        this.advance();
        return this.litPat({ kind: 'StringLit', span: this.tokSpan(t), value: t.str!, multiline: false }, start);
      }
      case 'lident': {
        this.advance();
        if (this.isOp('(') && this.tok.start === t.end) this.error('special constructor patterns are not supported');
        return { kind: 'VarPat', span: this.tokSpan(t), name: t.value };
      }
      case 'uident':
      case 'pkg':
        return this.parseConstructorPattern();
      case 'kw':
        if (t.value === 'true' || t.value === 'false') {
          this.advance();
          return this.litPat({ kind: 'BoolLit', span: this.tokSpan(t), value: t.value === 'true' }, start);
        }
        break;
      case 'op':
        switch (t.value) {
          case '_':
            this.advance();
            return { kind: 'WildcardPat', span: this.tokSpan(t) };
          case '-': {
            this.advance();
            const n = this.tok;
            if (n.type !== 'int' && n.type !== 'double') this.fail("a number after '-' in a pattern");
            const lit = this.parsePrimary() as A.IntLit | A.DoubleLit;
            return this.litPat(lit, start, true);
          }
          case '(': {
            const open = this.advance();
            return this.withNl(false, () => {
              if (this.isOp(')')) {
                this.advance();
                return this.litPat({ kind: 'UnitLit', span: this.span(start) }, start);
              }
              const first = this.parsePattern();
              if (this.isOp(':')) this.error('type annotations in patterns are not supported');
              if (this.isOp(',')) {
                const elements = [first];
                while (this.eatOp(',')) {
                  if (this.isOp(')')) break;
                  elements.push(this.parsePattern());
                }
                this.closeParen(open);
                if (elements.length === 1) return first;
                return { kind: 'TuplePat', span: this.span(start), elements } as A.TuplePat;
              }
              this.closeParen(open);
              return first;
            });
          }
          case '[':
            return this.parseArrayPattern();
          case '{':
            this.error('record and map patterns are not supported', t);
        }
        break;
      case 'mstring':
      case 'eof':
        break;
    }
    this.fail('a pattern');
  }

  private parseConstructorPattern(): A.ConstructorPat {
    const start = this.tok.start;
    let pkg: string | undefined;
    let typeName: string | undefined;
    if (this.tok.type === 'pkg') {
      pkg = this.advance().value;
      this.expectOp('.');
    }
    if (this.tok.type !== 'uident') this.fail('a constructor name');
    let name = this.advance().value;
    if (this.isOp('::')) {
      this.advance();
      typeName = name;
      if (this.tok.type !== 'uident') this.fail("a constructor name after '::'");
      name = this.advance().value;
    }
    const args: A.ConstructorPat['args'] = [];
    let open = false;
    if (this.isOp('(')) {
      const paren = this.advance();
      this.withNl(false, () => {
        while (!this.isOp(')')) {
          if (this.isOp('..')) {
            this.advance();
            open = true;
            this.eatOp(',');
            break;
          }
          const t = this.tok;
          if (t.type === 'lident' && this.isOp('=', this.peekAt(1))) {
            this.advance();
            this.advance();
            args.push({ label: t.value, pattern: this.parsePattern() });
          } else if (t.type === 'lident' && this.isOp('~', this.peekAt(1))) {
            this.advance();
            this.advance();
            args.push({ label: t.value, pattern: { kind: 'VarPat', span: this.tokSpan(t), name: t.value } });
          } else {
            args.push({ pattern: this.parsePattern() });
          }
          if (!this.eatOp(',')) break;
        }
        this.closeParen(paren);
      });
    }
    const p: A.ConstructorPat = { kind: 'ConstructorPat', span: this.span(start), name, args, open };
    if (typeName !== undefined) p.typeName = typeName;
    if (pkg !== undefined) p.pkg = pkg;
    return p;
  }

  private parseArrayPattern(): A.ArrayPat {
    const open = this.advance();
    const start = open.start;
    const before: A.Pattern[] = [];
    const after: A.Pattern[] = [];
    let rest: A.ArrayPat['rest'];
    this.withNl(false, () => {
      while (!this.isOp(']')) {
        if (this.isOp('..')) {
          const dd = this.advance();
          if (rest) this.error("only one '..' is allowed in an array pattern", dd);
          let name: string | undefined;
          if (this.tok.type === 'lident') name = this.advance().value;
          else if (this.isOp('_')) this.advance();
          else if (this.isKw('as')) {
            this.advance();
            name = this.expectLident("a name after '.. as'").value;
          } else if (this.tok.type === 'string' || this.tok.type === 'bytes' || this.tok.type === 'uident' || this.tok.type === 'pkg')
            this.error('spread patterns of strings, bytes or constants are not supported');
          rest = { span: this.span(dd.start) };
          if (name !== undefined) rest.name = name;
        } else {
          (rest ? after : before).push(this.parsePattern());
        }
        if (!this.eatOp(',')) break;
      }
      if (!this.isOp(']')) {
        if (this.tok.type === 'eof') this.error("unclosed '[': expected ']' before end of input", open);
        this.fail("',' or ']'");
      }
      this.advance();
    });
    const p: A.ArrayPat = { kind: 'ArrayPat', span: this.span(start), before, after };
    if (rest) p.rest = rest;
    return p;
  }
}
