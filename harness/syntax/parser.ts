// A recursive-descent parser for the whole MoonBit grammar, in layers, each
// in its own module: the token cursor and newline rule (cursor.ts), types
// (types.ts), patterns (patterns.ts), expressions and statements
// (expressions.ts), and items and interface declarations (declarations.ts).
//
// Grammar references: MoonBit's Menhir grammar (parser.mly) and tree-sitter
// grammar, MoonBit's documentation, and, for every doubtful rule, the real
// compiler (the notes in each module say what was observed). Positions in
// the AST are offsets into the parsed text.

import type * as A from './ast.ts';
import { DeclarationParser } from './declarations.ts';
import { LineIndex } from './errors.ts';
import { tokenize, type Token } from './lexer.ts';

export class Parser extends DeclarationParser {
  static forSource(source: string): Parser {
    const index = new LineIndex(source);
    return new Parser(source, index, tokenize(source, index));
  }

  protected subParser(toks: Token[]): Parser {
    return new Parser(this.src, this.index, toks);
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
}
