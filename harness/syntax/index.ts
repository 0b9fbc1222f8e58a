// The MoonBit front end: tokenizer, parser and syntax errors.

import type { Block, Expr, Interface, Program, TypeExpr } from './ast.ts';
import { Parser } from './parser.ts';

export type * from './ast.ts';
export { MoonBitSyntaxError, formatSyntaxError, LineIndex } from './errors.ts';
export { tokenize, type Token } from './lexer.ts';
export { describeNode } from './describe.ts';

/** Top-level items of an `mbt check` / `mbt` block or a `.mbt` file. */
export function parseProgram(source: string): Program {
  return Parser.forSource(source).parseProgram();
}

/** The body of an `mbt test` block: statements as in a function body. */
export function parseStatements(source: string): Block {
  return Parser.forSource(source).parseStatementsBody();
}

/** A MoonBit interface (`.mbti`): package, imports and body-less declarations. */
export function parseInterface(source: string): Interface {
  return Parser.forSource(source).parseInterface();
}

/** A type such as `Array[(String, String)]` or `(A, B) -> C raise E`. */
export function parseType(source: string): TypeExpr {
  return Parser.forSource(source).parseTypeOnly();
}

/** A single expression (the whole text). */
export function parseExpression(source: string): Expr {
  return Parser.forSource(source).parseExprOnly();
}
