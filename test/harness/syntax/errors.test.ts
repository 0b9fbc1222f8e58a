import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  MoonBitSyntaxError,
  formatSyntaxError,
  parseProgram,
  parseStatements,
  parseType,
} from '../../../harness/syntax/index.ts';
import { syntaxError } from './helpers.ts';

function at(src: string, line: number, column: number, message: RegExp, parse: (s: string) => unknown = parseStatements) {
  const e = syntaxError(() => parse(src));
  assert.match(e.reason, message, `message for ${JSON.stringify(src)}: ${e.reason}`);
  assert.deepEqual([e.position.line, e.position.column], [line, column], `position for ${JSON.stringify(src)}: ${e.reason}`);
  // the offset agrees with line/column
  const lines = src.split('\n');
  const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  assert.equal(e.position.offset, offset);
  return e;
}

test('unterminated string, char, bytes', () => {
  at('let a = 1\nlet s = "abc', 2, 9, /unterminated string literal/);
  at("let c = 'a", 1, 9, /unterminated char literal/);
  at('let b = b"ab\n', 1, 9, /unterminated bytes literal/);
  at('let s = "a\\{x', 1, 11, /unterminated string interpolation/);
});

test('missing closing parenthesis, bracket, brace', () => {
  at('f(1, 2', 1, 2, /unclosed '\(': expected '\)' before end of input/);
  const e = at('f(1, 2 3)', 1, 8, /expected ',' or '\)', found integer literal 3/);
  assert.equal(e.expected, "',' or ')'");
  assert.equal(e.found, 'integer literal 3');
  at('let x = (1 + 2', 1, 9, /unclosed '\('/);
  at('let x = [1, 2', 1, 9, /unclosed '\['/);
  at('fn f() {\n  let x = 1\n', 1, 8, /unclosed block/, parseProgram);
  at('if x {\n  y\n', 1, 6, /unclosed block/);
  at('match x {\n  1 => 2\n', 1, 9, /unclosed '\{'/);
  at('let p = { x: 1,\n  y: 2\n', 1, 9, /unclosed '\{'/);
  at('struct P {\n  x : Int\n', 1, 10, /unclosed '\{'/, parseProgram);
  at('let t = f(\n  g(1),\n  [2,\n', 3, 3, /unclosed '\['/);
  // a bracket left open when the next statement starts is reported at the bracket too
  at('inspect(f(1, content="x")\nlet y = 2', 1, 8, /unclosed '\(': expected ',' or '\)' before keyword 'let' on line 2/);
});

test('stray tokens', () => {
  at('let x = 1 )', 1, 11, /expected ';' or a line break after a statement, found '\)'/);
  at('foo bar', 1, 5, /found identifier 'bar'/);
  at('a + * b', 1, 5, /expected an expression, found '\*'/);
  at('}', 1, 1, /expected an expression, found '\}'/);
  at('fn f() { } }', 1, 12, /found '\}'/, parseProgram);
  at('x = = 1', 1, 5, /expected an expression, found '='/);
});

test('bad escapes', () => {
  at('let s = "a\\qb"', 1, 11, /invalid escape sequence '\\q'/);
  at('let s = "\\x4"', 1, 10, /expected \\x and two hex digits/);
  at('let s = "\\o400"', 1, 10, /three octal digits \(at most \\o377\)/);
  at("let c = '\\d'", 1, 10, /invalid escape sequence '\\d'/);
  at("let c = b'é'", 1, 11, /a byte literal holds an ASCII character or an escape/);
  at("let c = b'\\u{41}'", 1, 11, /invalid escape sequence '\\u'/);
  at('let r = re"abc', 1, 9, /unterminated regex literal/);
  at('let s = "\\u12"', 1, 10, /invalid unicode escape/);
  at('let s = "\\u{}"', 1, 10, /invalid unicode escape/);
  at("let c = '\\u{D800}'", 1, 10, /not a Unicode scalar value/);
  at('let b = b"\\xZZ"', 1, 11, /invalid byte escape/);
  at('let b = b"\\u{41}"', 1, 11, /invalid escape sequence '\\u'/);
});

test('let = 3 and other malformed statements', () => {
  const e = at('let = 3', 1, 5, /expected a pattern, found '='/);
  assert.equal(e.expected, 'a pattern');
  at('let x 3', 1, 7, /expected '=', found integer literal 3/);
  at('let mut (a, b) = t', 1, 9, /expected a variable name/);
  at('f() = 3', 1, 1, /invalid assignment target/);
  at('let x = 1 let y = 2', 1, 11, /expected ';' or a line break/);
  at('match x { 1 => }', 1, 16, /expected an expression/);
  at('for i = 0; i < n; i += 1 j { }', 1, 26, /expected ',' or ';' or|found identifier 'j'/);
});

test('unknown characters', () => {
  at('let x = 1 # 2', 1, 11, /unexpected character '#'/);
  at('let y = 2\n  x ` y', 2, 5, /unexpected character '`'/);
  at('let z = €', 1, 9, /unexpected character '€'/);
  at('let z = \u0001', 1, 9, /unexpected character U\+0001/);
});

test('numbers', () => {
  at('let x = 0x', 1, 9, /expected digits after '0x'/);
  at('let x = 12abc', 1, 9, /invalid suffix/);
  at('let x = 1.5q', 1, 9, /invalid suffix/);
  // MoonBit wants the dot before an exponent: `1e3` is `1` and then `e3`.
  at('let x = 1e3', 1, 9, /invalid suffix on number literal '1e'/);
  at('let x = 1.to_string()', 1, 11, /found identifier 'to_string'/);
});

test('constructs MoonBit itself rejects are errors at their position', () => {
  at('let f = 1 + if a { 1 } else { 2 }', 1, 13, /must be parenthesized/);
  at('fn f!() { }', 1, 5, /old 'fn f!\(...\)' syntax/, parseProgram);
  at('let x = 1 |> y => y + 1', 1, 19, /expected '\{'/);
  at('type! E', 1, 5, /old 'type!' syntax/, parseProgram);
  at('pub test { }', 1, 1, /a test cannot have a visibility modifier/, parseProgram);
  at('let m = { "a": 1, b: 2 }', 1, 19, /expected a map key \(a literal\)/);
  at('extern "js" fn f() -> Int { 1 }', 1, 27, /'=' and the external code/, parseProgram);
  at('impl Show', 1, 10, /expected 'for' or 'with'/, parseProgram);
  at('pub fn greet -> Unit { }', 1, 14, /missing parameter list: write '\(\)' after 'greet'/, parseProgram);
  at('match v {\n  0..=_ => 1\n}', 2, 7, /an inclusive range pattern cannot end with '_'/);
  at('match p {\n  { .. } => 1\n}', 2, 5, /a record pattern cannot hold only '\.\.'/);
  at('struct S {\n  x : Int\n  fn make(x : Int) -> S\n}', 3, 6, /must be named 'new'/, parseProgram);
  at('priv let v = 3', 1, 1, /no 'priv' visibility/, parseProgram);
});

test('empty input', () => {
  assert.deepEqual(parseStatements('').stmts, []);
  assert.deepEqual(parseStatements('  \n// just a comment\n').stmts, []);
  assert.deepEqual(parseProgram('').items, []);
  at('', 1, 1, /expected a type, found end of input/, parseType);
  at('Int Int', 1, 5, /expected end of type/, parseType);
  at('Array[', 1, 6, /unclosed '\['/, parseType);
});

test('formatSyntaxError renders file:line:column, source line and caret', () => {
  const src = 'let a = 1\n\tlet s = "abc\nlet b = 2';
  const e = syntaxError(() => parseStatements(src));
  assert.ok(e instanceof MoonBitSyntaxError);
  assert.ok(e instanceof Error);
  assert.equal(
    formatSyntaxError(e, src, 'docs/API.md', 20),
    'docs/API.md:22:10: unterminated string literal\n\tlet s = "abc\n\t        ^',
  );
  assert.equal(formatSyntaxError(e, src, 'x.mbt').split('\n')[0], 'x.mbt:2:10: unterminated string literal');
  assert.match(e.message, /unterminated string literal \(at 2:10\)/);
  assert.deepEqual(e.span.start, e.position);
});

test('a top-level let binds one name, as in MoonBit', () => {
  at('let (engine, store) = make()\n', 1, 5, /a top-level `let` binds a name; destructure inside a function or test/, parseProgram);
  at('fn f() -> Unit { }\nlet Some(x) = y\n', 2, 5, /a top-level `let` binds a name/, parseProgram);
  assert.equal(parseProgram('let x : Int = 1\nlet _ = 2\n').items.length, 2);
});

test('fn main and fn init take no parameter list; other functions need one', () => {
  const [main] = parseProgram('fn main {\n  println(1)\n}\n').items;
  assert.ok(main?.kind === 'FnItem' && main.entry === 'main');
  at('fn helper {\n}\n', 1, 11, /missing parameter list: write '\(\)' after 'helper'/, parseProgram);
});
