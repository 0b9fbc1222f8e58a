// The parser's position in the token array, the token tests every layer of
// the parser uses, its one error path, and MoonBit's newline rule.
//
// Newline rule. MoonBit separates statements by `;` or by a line break; its
// lexer inserts the semicolon at a line break depending on the tokens around
// it. Observed with the real compiler (a statement, a line break, then the
// token): a line that starts with `.`, `..` (a method chain or cascade),
// `|>`, `|`, `..<`, `..=`, `..<=`, `=` or a compound assignment, `as` or
// `is` continues the expression before it; a line that starts with any other
// binary operator (`&&`, `||`, `==`, `*`, `+`, `-`, ...), `!`, `(`, `[` or
// `{` starts a new statement. Tokens that cannot start a statement (`)`,
// `]`, `}`, `,`, `:`, `=>`, `->`, `catch`, `else`, `noraise`, `derive`,
// `with`, `nobreak`) continue it too. Inside ( ) and [ ] line breaks are
// insignificant, and an operator at the end of a line always continues onto
// the next line (the parser is then inside the operator's rule).

import type { Span } from './ast.ts';
import { LineIndex, MoonBitSyntaxError } from './errors.ts';
import { describeToken, type Token } from './lexer.ts';

/** Tokens that, at the start of a line, continue the previous expression. */
const CONTINUATION_OPS = new Set([
  '.', '..', '|>', '|', '..<', '..=', '..<=', '>..', '>=..', '=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=',
  '&=', '|=', '^=', '=>', ')', ']', '|]', '}', ',', ':', '::', '->', '=~',
]);
const CONTINUATION_KWS = new Set(['catch', 'else', 'noraise', 'as', 'is', 'derive', 'with']);

const MAX_DEPTH = 400;

export type Anchor = { start: number; end: number };

export class Cursor {
  protected i = 0;
  /** Whether line breaks are significant at the current nesting. */
  protected nlMode = true;
  protected depth = 0;

  constructor(
    protected readonly src: string,
    protected readonly index: LineIndex,
    protected readonly toks: Token[],
  ) {}

  protected get tok(): Token {
    return this.toks[this.i]!;
  }
  protected atEof(): boolean {
    return this.toks[this.i]!.type === 'eof';
  }
  protected peekAt(n: number): Token {
    return this.toks[Math.min(this.i + n, this.toks.length - 1)]!;
  }
  protected advance(): Token {
    const t = this.toks[this.i]!;
    if (t.type !== 'eof') this.i++;
    return t;
  }
  protected prevEnd(): number {
    return this.i > 0 ? this.toks[this.i - 1]!.end : 0;
  }
  protected isOp(v: string, t: Token = this.tok): boolean {
    return t.type === 'op' && t.value === v;
  }
  protected isKw(v: string, t: Token = this.tok): boolean {
    return t.type === 'kw' && t.value === v;
  }
  /** A contextual keyword, lexed as an identifier (`nobreak`, `longest`, `and`). */
  protected isWord(v: string, t: Token = this.tok): boolean {
    return t.type === 'lident' && t.value === v;
  }
  /** `b` starts right where `a` ends. */
  protected adjacent(a: Token, b: Token): boolean {
    return a.end === b.start;
  }
  protected eatOp(v: string): Token | undefined {
    if (this.isOp(v)) return this.advance();
    return undefined;
  }
  protected eatKw(v: string): Token | undefined {
    if (this.isKw(v)) return this.advance();
    return undefined;
  }
  protected expectOp(v: string, what = `'${v}'`): Token {
    if (this.isOp(v)) return this.advance();
    this.fail(what);
  }
  protected expectKw(v: string): Token {
    if (this.isKw(v)) return this.advance();
    this.fail(`'${v}'`);
  }
  protected expectLident(what = 'an identifier'): Token {
    if (this.tok.type === 'lident') return this.advance();
    this.fail(what);
  }
  protected expectUident(what: string): Token {
    if (this.tok.type === 'uident') return this.advance();
    this.fail(what);
  }

  /** Throws "expected X, found Y" at the current token. */
  fail(expected: string, t: Token = this.tok): never {
    const found = describeToken(t);
    throw new MoonBitSyntaxError(`expected ${expected}, found ${found}`, this.tokSpan(t), expected, found);
  }
  protected error(msg: string, t: Token | Anchor = this.tok): never {
    throw new MoonBitSyntaxError(msg, this.index.span(t.start, Math.max(t.end, t.start)));
  }
  /** The closing bracket is missing: reported at the opening one when the
   *  parser ran into the end of input or onto a later line without it. */
  protected unclosed(open: Token, close: string, expected = `'${close}'`): never {
    const t = this.tok;
    if (t.type === 'eof') this.error(`unclosed '${open.value}': expected '${close}' before end of input`, open);
    if (t.nl) this.error(`unclosed '${open.value}': expected ${expected} before ${describeToken(t)} on line ${this.index.position(t.start).line}`, open);
    this.fail(expected);
  }
  protected expectClose(open: Token, close: string, expected?: string): Token {
    if (this.isOp(close)) return this.advance();
    this.unclosed(open, close, expected);
  }
  protected tokSpan(t: Token): Span {
    return this.index.span(t.start, t.type === 'eof' ? t.start : t.end);
  }
  protected span(start: number, end = this.prevEnd()): Span {
    return this.index.span(start, end);
  }
  protected enter(): void {
    if (++this.depth > MAX_DEPTH) this.error('expression nested too deeply');
  }
  protected leave(): void {
    this.depth--;
  }
  /** Runs f with line breaks significant or not. No `finally`: a syntax
   *  error ends the whole parse, so the mode need not be restored then. */
  protected withNl<T>(mode: boolean, f: () => T): T {
    const saved = this.nlMode;
    this.nlMode = mode;
    const r = f();
    this.nlMode = saved;
    return r;
  }
  /** At a line break in statement context, where the next token starts a new statement. */
  protected atLineBreak(): boolean {
    const t = this.tok;
    if (!this.nlMode || !t.nl) return false;
    if (t.type === 'op') return !CONTINUATION_OPS.has(t.value);
    if (t.type === 'kw') return !CONTINUATION_KWS.has(t.value);
    return !this.isWord('nobreak', t);
  }

  /** Parses `elem (sep elem)* sep?` up to `close` (not consumed), with line breaks insignificant. */
  protected list<T>(close: string, elem: () => T): T[] {
    const saved = this.nlMode;
    this.nlMode = false;
    const out: T[] = [];
    while (!this.isOp(close) && !this.atEof()) {
      out.push(elem());
      if (!this.eatOp(',')) break;
    }
    this.nlMode = saved;
    return out;
  }

  protected skipSemis(): void {
    while (this.isOp(';')) this.advance();
  }

  /** After a statement / item / arm: `;`, a line break, or the closer. */
  protected endOfStatement(what: string, closer: 'eof' | '}' = 'eof'): void {
    if (this.isOp(';')) {
      this.skipSemis();
      return;
    }
    const t = this.tok;
    // At the end of input inside braces, the caller reports the unclosed brace.
    if (t.type === 'eof' || (closer === '}' && this.isOp('}'))) return;
    if (t.nl) return;
    this.fail(`';' or a line break after ${what}`);
  }
}
