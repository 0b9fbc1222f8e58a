// The MoonBit abstract syntax tree: plain objects, each tagged by `kind` and
// carrying the exact source span it was parsed from. Positions are relative to
// the text handed to the parser (one code block); the Markdown layer maps them
// back to the document.

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units. */
  column: number;
  /** 0-based offset into the parsed text. */
  offset: number;
}

export interface Span {
  start: Position;
  end: Position;
}

interface Node<K extends string> {
  kind: K;
  span: Span;
}

// ---- types --------------------------------------------------------------

export type TypeExpr = NamedType | TupleType | FnType | OptionType;

/** `Int`, `Array[String]`, `Result[Unit, Error]`, `@test.T`. */
export interface NamedType extends Node<'NamedType'> {
  name: string;
  /** Package qualifier without the `@` (`test` in `@test.T`). */
  pkg?: string;
  args: TypeExpr[];
}
/** `(A, B)`; `()` is `Unit` and is written as a NamedType. */
export interface TupleType extends Node<'TupleType'> {
  elements: TypeExpr[];
}
/** `(A, B) -> C raise E`. */
export interface FnType extends Node<'FnType'> {
  params: TypeExpr[];
  result: TypeExpr;
  raises?: TypeExpr | 'any';
}
/** `T?`, sugar for `Option[T]`. */
export interface OptionType extends Node<'OptionType'> {
  inner: TypeExpr;
}

// ---- expressions --------------------------------------------------------

export type Expr =
  | IntLit
  | DoubleLit
  | BoolLit
  | UnitLit
  | CharLit
  | StringLit
  | InterpString
  | BytesLit
  | Ident
  | Constructor
  | Call
  | MethodCall
  | Field
  | Index
  | Unary
  | Binary
  | Range
  | Tuple
  | ArrayLit
  | Constraint
  | If
  | Match
  | Block
  | Closure
  | While
  | For
  | ForIn
  | Loop
  | Break
  | Continue
  | Return
  | Raise
  | Try
  | TryQuestion;

export type IntSuffix = '' | 'L' | 'U' | 'UL' | 'N';

/** An integer literal; `value` is exact, whatever its width. */
export interface IntLit extends Node<'IntLit'> {
  raw: string;
  value: bigint;
  suffix: IntSuffix;
}
/** A floating-point literal (`1.5`, `1.0e21`); `F` suffix marks a Float. */
export interface DoubleLit extends Node<'DoubleLit'> {
  raw: string;
  value: number;
  suffix: '' | 'F';
}
export interface BoolLit extends Node<'BoolLit'> {
  value: boolean;
}
/** `()`. */
export interface UnitLit extends Node<'UnitLit'> {}
/** A char literal; `value` is the character as a JS string (one code point). */
export interface CharLit extends Node<'CharLit'> {
  value: string;
}
/** A string without interpolation, escapes already decoded. Multi-line
 *  (`#|` / `$|`) strings arrive here or as InterpString, joined with `\n`. */
export interface StringLit extends Node<'StringLit'> {
  value: string;
  multiline: boolean;
}
/** `"a\{x}b"`: literal parts and interpolated expressions in order. */
export interface InterpString extends Node<'InterpString'> {
  parts: (string | Expr)[];
  multiline: boolean;
}
/** `b"..."` with escapes decoded to bytes. */
export interface BytesLit extends Node<'BytesLit'> {
  value: Uint8Array;
}
/** A lower-case name: variable, function, or `@pkg.name`. */
export interface Ident extends Node<'Ident'> {
  name: string;
  pkg?: string;
}
/** An upper-case name used as a value: `None`, `Some`, `Ok`, `Err`,
 *  a constant such as `VALKIND_I32`, or `Type::name` (`typeName` set). */
export interface Constructor extends Node<'Constructor'> {
  name: string;
  typeName?: string;
  pkg?: string;
}

export type Arg = PositionalArg | LabeledArg;
export interface PositionalArg extends Node<'PositionalArg'> {
  value: Expr;
}
/** `label=value`, or `label~` (punned: the value is the variable `label`). */
export interface LabeledArg extends Node<'LabeledArg'> {
  label: string;
  labelSpan: Span;
  value: Expr;
  punned: boolean;
  /** `label?=value`: passes an Option directly to an optional parameter. */
  optional: boolean;
}

/** `f(args)`, `Some(x)`, `Type::f(args)`. */
export interface Call extends Node<'Call'> {
  callee: Expr;
  args: Arg[];
}
/** `receiver.method(args)`. */
export interface MethodCall extends Node<'MethodCall'> {
  receiver: Expr;
  method: string;
  methodSpan: Span;
  args: Arg[];
}
/** `x.name`, or tuple access `t.0` (`name` is then a number). */
export interface Field extends Node<'Field'> {
  object: Expr;
  name: string | number;
}
export interface Index extends Node<'Index'> {
  object: Expr;
  index: Expr;
}
export interface Unary extends Node<'Unary'> {
  op: '-' | '!' | '+';
  operand: Expr;
}

export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%'
  | '<<' | '>>' | '&' | '|' | '^'
  | '==' | '!=' | '<' | '>' | '<=' | '>='
  | '&&' | '||'
  | '|>';
export interface Binary extends Node<'Binary'> {
  op: BinaryOp;
  left: Expr;
  right: Expr;
}
/** `a..<b` (exclusive) or `a..=b` (inclusive). */
export interface Range extends Node<'Range'> {
  from: Expr;
  to: Expr;
  inclusive: boolean;
}
/** `(a, b, ...)` with at least two elements. */
export interface Tuple extends Node<'Tuple'> {
  elements: Expr[];
}
/** `[a, b, ..xs]`. */
export interface ArrayLit extends Node<'ArrayLit'> {
  elements: (Expr | Spread)[];
}
export interface Spread extends Node<'Spread'> {
  value: Expr;
}
/** `(e : T)`. */
export interface Constraint extends Node<'Constraint'> {
  expr: Expr;
  type: TypeExpr;
}
export interface If extends Node<'If'> {
  cond: Expr;
  then: Block;
  else?: Block | If;
}
export interface MatchArm extends Node<'MatchArm'> {
  pattern: Pattern;
  guard?: Expr;
  body: Expr;
}
export interface Match extends Node<'Match'> {
  subject: Expr;
  arms: MatchArm[];
}
/** `{ stmts }`; its value is that of a final expression statement, else Unit. */
export interface Block extends Node<'Block'> {
  stmts: Stmt[];
}
export interface Param extends Node<'Param'> {
  name: string;
  /** `positional` x, `labeled` x~, `optional` x? or x~ : T = default. */
  label: 'positional' | 'labeled' | 'optional';
  type?: TypeExpr;
  default?: Expr;
}
/** `fn(x) { }` or `(x) => e` / `x => e`. */
export interface Closure extends Node<'Closure'> {
  params: Param[];
  returnType?: TypeExpr;
  raises?: TypeExpr | 'any';
  body: Block | Expr;
  arrow: boolean;
}
export interface While extends Node<'While'> {
  cond: Expr;
  body: Block;
  else?: Block;
}
/** `for i = 0, j = 1; cond; i = i + 1 { }` (any part may be empty). */
export interface For extends Node<'For'> {
  init: { name: string; nameSpan: Span; value: Expr }[];
  cond?: Expr;
  update: Assign[];
  body: Block;
  else?: Block;
}
/** `for x in xs { }` / `for i, x in xs { }`. */
export interface ForIn extends Node<'ForIn'> {
  binders: string[];
  iterable: Expr;
  body: Block;
  else?: Block;
}
/** MoonBit's functional loop: `loop a, b { pat, pat => body }`. */
export interface Loop extends Node<'Loop'> {
  args: Expr[];
  arms: LoopArm[];
}
export interface LoopArm extends Node<'LoopArm'> {
  patterns: Pattern[];
  guard?: Expr;
  body: Expr;
}
export interface Break extends Node<'Break'> {
  value?: Expr;
}
/** `continue` or, inside `loop`, `continue a, b`. */
export interface Continue extends Node<'Continue'> {
  args: Expr[];
}
export interface Return extends Node<'Return'> {
  value?: Expr;
}
export interface Raise extends Node<'Raise'> {
  value: Expr;
}
/** `try { } catch { arms } noraise { arms }`; also `try f() catch { }`. */
export interface Try extends Node<'Try'> {
  body: Expr;
  catchArms: MatchArm[];
  /** `catch!`: rethrow what no arm matches. */
  rethrow: boolean;
  noraiseArms?: MatchArm[];
}
/** `try? e`: a Result of e's value or its error. */
export interface TryQuestion extends Node<'TryQuestion'> {
  expr: Expr;
}

// ---- statements ---------------------------------------------------------

export type Stmt = Let | LetFn | Assign | ExprStmt;

export interface Let extends Node<'Let'> {
  pattern: Pattern;
  mutable: boolean;
  type?: TypeExpr;
  value: Expr;
}
/** A named local function: `fn name(params) -> T { }`. */
export interface LetFn extends Node<'LetFn'> {
  fn: FnItem;
}
/** `target = value` or compound `target += value`. */
export interface Assign extends Node<'Assign'> {
  target: Expr;
  op: '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '<<=' | '>>=' | '&=' | '|=' | '^=';
  value: Expr;
}
export interface ExprStmt extends Node<'ExprStmt'> {
  expr: Expr;
}

// ---- patterns -----------------------------------------------------------

export type Pattern =
  | WildcardPat
  | VarPat
  | LitPat
  | ConstructorPat
  | TuplePat
  | ArrayPat
  | OrPat
  | AsPat
  | RangePat;

export interface WildcardPat extends Node<'WildcardPat'> {}
export interface VarPat extends Node<'VarPat'> {
  name: string;
}
/** Literal patterns: ints (possibly negative), doubles, chars, strings,
 *  bools and `()` (so `Ok(())` matches the unit value). */
export interface LitPat extends Node<'LitPat'> {
  value: IntLit | DoubleLit | CharLit | StringLit | BoolLit | UnitLit | BytesLit;
  negative: boolean;
}
/** `None`, `Some(p)`, `Ok(p)`, `Err(p)`, `Failure(msg)`, `Foo(label=p)`. */
export interface ConstructorPat extends Node<'ConstructorPat'> {
  name: string;
  typeName?: string;
  pkg?: string;
  args: { label?: string; pattern: Pattern }[];
  /** `Foo(x, ..)`: remaining fields ignored. */
  open: boolean;
}
export interface TuplePat extends Node<'TuplePat'> {
  elements: Pattern[];
}
/** `[a, b, ..rest, z]`; `rest` is absent when there is no `..`. */
export interface ArrayPat extends Node<'ArrayPat'> {
  before: Pattern[];
  rest?: { name?: string; span: Span };
  after: Pattern[];
}
export interface OrPat extends Node<'OrPat'> {
  alternatives: Pattern[];
}
/** `p as name`. */
export interface AsPat extends Node<'AsPat'> {
  pattern: Pattern;
  name: string;
}
/** `'a'..='z'`, `0..<10`, `_..<0`. */
export interface RangePat extends Node<'RangePat'> {
  from?: LitPat;
  to?: LitPat;
  inclusive: boolean;
}

// ---- top level ----------------------------------------------------------

export type Item = FnItem | TestItem | LetItem | ConstItem;

export interface FnItem extends Node<'FnItem'> {
  name: string;
  nameSpan: Span;
  isPub: boolean;
  params: Param[];
  returnType?: TypeExpr;
  raises?: TypeExpr | 'any';
  body: Block;
}
/** `test { }`, `test "name" { }`, `test (t : @test.T) { }`. */
export interface TestItem extends Node<'TestItem'> {
  name?: string;
  param?: { name: string; type: TypeExpr };
  body: Block;
}
export interface LetItem extends Node<'LetItem'> {
  pattern: Pattern;
  type?: TypeExpr;
  value: Expr;
  isPub: boolean;
}
export interface ConstItem extends Node<'ConstItem'> {
  name: string;
  type?: TypeExpr;
  value: Expr;
  isPub: boolean;
}

export interface Program extends Node<'Program'> {
  items: Item[];
}
