// The MoonBit abstract syntax tree: plain objects, each tagged by `kind` and
// carrying the exact source span it was parsed from. Positions are relative to
// the text handed to the parser (one code block); the Markdown layer maps them
// back to the document.
//
// The parser builds a node for every construct of MoonBit; whether a later
// stage supports it is that stage's business (it refuses a node at its span).

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

// ---- shared pieces of declarations --------------------------------------

/** As written; `none` when no modifier is given. */
export type Visibility = 'none' | 'priv' | 'pub' | 'pub(all)' | 'pub(open)' | 'pub(readonly)';

/** `#name`, `#name.sub`, `#name(args)`: `#deprecated("use g")`, `#cfg(not(target="js"))`. */
export interface Attribute extends Node<'Attribute'> {
  /** Without the `#`; dotted parts joined with `.` (`coverage.skip`). */
  name: string;
  nameSpan: Span;
  /** The text between the parentheses, exactly as written; absent without parentheses. */
  raw?: string;
  args?: AttrArg[];
}
/** One argument of an attribute: `x`, `"text"`, `label=value`, `f(args)`. */
export interface AttrArg extends Node<'AttrArg'> {
  label?: string;
  value: AttrValue;
}
export type AttrValue = AttrName | AttrString | AttrCall;
/** A bare word: identifier, constructor-like name or keyword (`false`). */
export interface AttrName extends Node<'AttrName'> {
  name: string;
}
export interface AttrString extends Node<'AttrString'> {
  value: string;
}
/** `not(target="js")`, `autofill(loc)`. */
export interface AttrCall extends Node<'AttrCall'> {
  name: string;
  args: AttrArg[];
}

/** A type parameter with its trait bounds: `T`, `T : Show + @pkg.Tr`. */
export interface TypeParam extends Node<'TypeParam'> {
  name: string;
  bounds: TypeExpr[];
}

/** One entry of `derive(...)`: `Show`, `@debug.Debug`, `ToJson(style="flat")`. */
export interface Derive extends Node<'Derive'> {
  trait: NamedType;
  /** Arguments as call arguments, when the entry has parentheses. */
  args?: Arg[];
}

/** The type a method or impl is attached to, as written before `::`: `Array`, `@pkg.T`, `&Show`. */
export interface TypeName extends Node<'TypeName'> {
  name: string;
  pkg?: string;
  /** `&Trait::method`: a method of the trait object type. */
  traitObject: boolean;
}

/**
 * What a function may raise. `raises` on a node holds:
 * absent: nothing written or `noraise` (see `noraise`);
 * `'any'`: `raise` alone (any Error); `'poly'`: `raise?` (raises what its
 * callback arguments raise); a TypeExpr: `raise E`.
 */
export type Raises = TypeExpr | 'any' | 'poly';

// ---- types --------------------------------------------------------------

export type TypeExpr = NamedType | TupleType | FnType | OptionType | TraitObjectType;

/** `Int`, `Array[String]`, `Result[Unit, Error]`, `@test.T`, `Self`, `_`. */
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
/** `(A, B) -> C raise E`, `async (A) -> B`. */
export interface FnType extends Node<'FnType'> {
  params: TypeExpr[];
  result: TypeExpr;
  raises?: Raises;
  /** `noraise` written explicitly. */
  noraise?: true;
  isAsync?: true;
}
/** `T?`, sugar for `Option[T]`. */
export interface OptionType extends Node<'OptionType'> {
  inner: TypeExpr;
}
/** `&Show`, `&@pkg.Trait`: a trait object. */
export interface TraitObjectType extends Node<'TraitObjectType'> {
  name: string;
  pkg?: string;
}

// ---- expressions --------------------------------------------------------

export type Expr =
  | IntLit
  | DoubleLit
  | BoolLit
  | UnitLit
  | CharLit
  | ByteLit
  | StringLit
  | InterpString
  | BytesLit
  | RegexLit
  | Ident
  | Constructor
  | Placeholder
  | Call
  | MethodCall
  | Cascade
  | Field
  | Index
  | Slice
  | Unary
  | Binary
  | Range
  | Is
  | As
  | RegexMatch
  | RegexAs
  | Tuple
  | ArrayLit
  | IterLit
  | Comprehension
  | MapLit
  | RecordLit
  | Constraint
  | If
  | Match
  | Lexmatch
  | LexmatchTest
  | Block
  | Closure
  | MatchFn
  | While
  | For
  | ForIn
  | Loop
  | Break
  | Continue
  | Return
  | Raise
  | Try
  | TryQuestion
  | TryBang
  | Todo;

export type IntSuffix = '' | 'L' | 'U' | 'UL' | 'N';

/** An integer literal; `value` is exact, whatever its width. */
export interface IntLit extends Node<'IntLit'> {
  raw: string;
  value: bigint;
  suffix: IntSuffix;
}
/** A floating-point literal (`1.5`, `1.0e21`, `0x1.8p3`); `F` suffix marks a Float. */
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
/** `b'a'`, `b'\x41'`: a Byte; `value` is 0..255. */
export interface ByteLit extends Node<'ByteLit'> {
  value: number;
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
/** `re"[a-z]+"`; `source` is the text between the quotes, undecoded. */
export interface RegexLit extends Node<'RegexLit'> {
  source: string;
}
/** A lower-case name: variable, function, or `@pkg.name`. */
export interface Ident extends Node<'Ident'> {
  name: string;
  pkg?: string;
}
/** An upper-case name used as a value: `None`, `Some`, `Ok`, `Err`,
 *  a constant such as `VALKIND_I32`, `@pkg.Ctor`, or `Type::name`
 *  (`typeName` set: a qualified constructor `T::Ctor` or a method `T::f`). */
export interface Constructor extends Node<'Constructor'> {
  name: string;
  typeName?: string;
  pkg?: string;
  /** `&Show::to_string`: `typeName` is a trait object type. */
  traitObject?: true;
}
/** `_` as an argument: `f(_, 1)` is the function `x => f(x, 1)`. */
export interface Placeholder extends Node<'Placeholder'> {}

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
/** `receiver..method(args)`: calls the method, and its value is the receiver. */
export interface Cascade extends Node<'Cascade'> {
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
/** `a[start:end]`, either bound optional: `a[1:]`, `a[:2]`, `a[:]`. */
export interface Slice extends Node<'Slice'> {
  object: Expr;
  start?: Expr;
  end?: Expr;
}
/** Prefix `-x`, `+x`, `!x` (MoonBit's `not` is a function, parsed as a Call). */
export interface Unary extends Node<'Unary'> {
  op: '-' | '!' | '+';
  operand: Expr;
}

export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%'
  | '<<' | '>>' | '&' | '|' | '^'
  | '==' | '!=' | '<' | '>' | '<=' | '>='
  | '&&' | '||' | '<+'
  | '|>' | '<|';
/** `<|` is the reverse pipe: `f(a) <| x` is `f(a, x)`. */
export interface Binary extends Node<'Binary'> {
  op: BinaryOp;
  left: Expr;
  right: Expr;
}
/** `a..<b` (b excluded), `a..=b` / `a..<=b` (b included); descending
 *  `a>..b` (a excluded, down to b) and `a>=..b` (a included, down to b).
 *  `inclusive` says whether both ends are included. */
export interface Range extends Node<'Range'> {
  from: Expr;
  to: Expr;
  inclusive: boolean;
  op: '..<' | '..=' | '..<=' | '>..' | '>=..';
}
/** `e is Pattern`: true when e matches; its binders are in scope where it is true. */
export interface Is extends Node<'Is'> {
  expr: Expr;
  pattern: Pattern;
}
/** `s =~ re"b"`, `s =~ (R as m, before=head, after~)`: whether the regex is
 *  found in s. `regex` is a regex constant expression (literals, constants,
 *  `+`, `|`, parentheses, RegexAs); `before` / `after` bind the text around the match. */
export interface RegexMatch extends Node<'RegexMatch'> {
  expr: Expr;
  regex: Expr;
  before?: string;
  after?: string;
}
/** Inside a regex match, `r as name`: binds the text r matched. */
export interface RegexAs extends Node<'RegexAs'> {
  regex: Expr;
  name: string;
}
/** `e as &Trait`: conversion to a trait object. */
export interface As extends Node<'As'> {
  expr: Expr;
  type: TypeExpr;
}
/** `(a, b, ...)` with at least two elements. */
export interface Tuple extends Node<'Tuple'> {
  elements: Expr[];
}
/** `[a, b, ..xs]`; also a Json array. */
export interface ArrayLit extends Node<'ArrayLit'> {
  elements: (Expr | Spread)[];
}
export interface Spread extends Node<'Spread'> {
  value: Expr;
}
/** `[| a, b, ..xs |]`: an iterator literal (an `Iter` of the elements). */
export interface IterLit extends Node<'IterLit'> {
  elements: (Expr | Spread)[];
}
/** `[for x in xs if cond => e]`: the values of e (an Array, or what the expected type builds). */
export interface Comprehension extends Node<'Comprehension'> {
  binders: string[];
  binderSpans: Span[];
  iterable: Expr;
  guard?: Expr;
  body: Expr;
}
/** `{ "a": 1, 2: x }`: a Map or Json object literal. `{}` is an empty MapLit
 *  (MoonBit reads an empty pair of braces as an empty map, never a block). */
export interface MapLit extends Node<'MapLit'> {
  entries: MapEntry[];
}
export interface MapEntry extends Node<'MapEntry'> {
  /** A literal key (a negative number is a Unary '-' of the literal). */
  key: Expr;
  value: Expr;
}
/** `{ x: 1, y }`, `Type::{ x: 1 }`, `{ ..base, x: 3 }`. */
export interface RecordLit extends Node<'RecordLit'> {
  /** `Type::{ ... }` / `@pkg.Type::{ ... }`. */
  typeName?: TypeName;
  fields: RecordField[];
  /** `..base`: the record the other fields are copied from. */
  spread?: Expr;
}
export interface RecordField extends Node<'RecordField'> {
  name: string;
  nameSpan: Span;
  /** For a punned field `{ x }`, the variable `x`. */
  value: Expr;
  punned: boolean;
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
/** An arm written `...` (unfinished code) is `_ => ...`: a WildcardPat and a Todo, both at the `...`. */
export interface MatchArm extends Node<'MatchArm'> {
  pattern: Pattern;
  guard?: Expr;
  body: Expr;
}
export interface Match extends Node<'Match'> {
  subject: Expr;
  arms: MatchArm[];
}
/** `lexmatch s with longest { (re"a+" as x, rest) => ... }`; patterns may
 *  hold RegexPat and SeqPat. `strategy` is the word after `with`/`using`. */
export interface Lexmatch extends Node<'Lexmatch'> {
  subject: Expr;
  strategy?: string;
  arms: MatchArm[];
}
/** `s lexmatch? pattern`: whether the lexmatch pattern matches. */
export interface LexmatchTest extends Node<'LexmatchTest'> {
  expr: Expr;
  pattern: Pattern;
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
/** `fn(x) { }`, `async fn(x) { }`, or `(x) => e` / `x => e`. */
export interface Closure extends Node<'Closure'> {
  params: Param[];
  returnType?: TypeExpr;
  raises?: Raises;
  noraise?: true;
  isAsync?: true;
  body: Block | Expr;
  arrow: boolean;
}
/** `fn { 0 => a; n => b }`: a function that matches its arguments (one pattern per parameter). */
export interface MatchFn extends Node<'MatchFn'> {
  arms: LoopArm[];
  isAsync?: true;
}
/** Loops may carry a label: `outer~: while ...`; `break outer~` leaves it. */
export interface While extends Node<'While'> {
  label?: string;
  cond: Expr;
  body: Block;
  /** `else { }` / `nobreak { }`: runs when the loop ends without `break`. */
  else?: Block;
}
export interface ForBinding {
  name: string;
  nameSpan: Span;
  value: Expr;
}
/** `for i = 0, j = 1; cond; i = i + 1 { }` (any part may be empty). */
export interface For extends Node<'For'> {
  label?: string;
  init: ForBinding[];
  cond?: Expr;
  update: Assign[];
  body: Block;
  else?: Block;
}
/** `for x in xs { }` / `for i, x in xs { }` / `for x in xs; acc = 0 { }`. */
export interface ForIn extends Node<'ForIn'> {
  label?: string;
  binders: string[];
  binderSpans?: Span[];
  iterable: Expr;
  /** `; acc = 0, n = 1` after the iterable: loop state, updated by `continue`. */
  state?: ForBinding[];
  body: Block;
  else?: Block;
}
/** MoonBit's functional loop: `loop a, b { pat, pat => body }`. */
export interface Loop extends Node<'Loop'> {
  label?: string;
  args: Expr[];
  arms: LoopArm[];
}
export interface LoopArm extends Node<'LoopArm'> {
  patterns: Pattern[];
  guard?: Expr;
  body: Expr;
}
/** `break`, `break value`, `break label~ value`. */
export interface Break extends Node<'Break'> {
  label?: string;
  value?: Expr;
}
/** `continue`, `continue label~`, or with new loop values `continue a, b`. */
export interface Continue extends Node<'Continue'> {
  label?: string;
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
/** `try! e`: e's value; an error aborts the program. */
export interface TryBang extends Node<'TryBang'> {
  expr: Expr;
}
/** `...`: a placeholder for unwritten code (aborts when reached). */
export interface Todo extends Node<'Todo'> {}

// ---- statements ---------------------------------------------------------

export type Stmt =
  | Let
  | LetFn
  | LetRec
  | Assign
  | ExprStmt
  | Guard
  | Defer
  | LocalType;

export interface Let extends Node<'Let'> {
  pattern: Pattern;
  mutable: boolean;
  type?: TypeExpr;
  value: Expr;
}
/** A named local function: `fn name(params) -> T { }`, `async fn name() { }`. */
export interface LetFn extends Node<'LetFn'> {
  fn: FnItem;
}
/** `letrec f = fn ... and g = fn ...`: mutually recursive local bindings. */
export interface LetRec extends Node<'LetRec'> {
  bindings: { pattern: Pattern; type?: TypeExpr; value: Expr; span: Span }[];
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
/** `guard cond else { }` / `guard x is P else { }`: without `else` (or written `guard! cond`), a failed guard aborts. */
export interface Guard extends Node<'Guard'> {
  cond: Expr;
  else?: Block;
}
/** `defer e`: runs e when the enclosing block is left. */
export interface Defer extends Node<'Defer'> {
  expr: Expr;
}
/** A struct, enum, type or error type declared inside a function body. */
export interface LocalType extends Node<'LocalType'> {
  item: StructItem | EnumItem | TypeItem | SuberrorItem;
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
  | RangePat
  | RecordPat
  | MapPat
  | ConstraintPat
  | SplicePat
  | BitsPat
  | RegexPat
  | SeqPat;

export interface WildcardPat extends Node<'WildcardPat'> {}
export interface VarPat extends Node<'VarPat'> {
  name: string;
}
/** Literal patterns: ints (possibly negative), doubles, chars, bytes, strings,
 *  bools and `()` (so `Ok(())` matches the unit value). */
export interface LitPat extends Node<'LitPat'> {
  value: IntLit | DoubleLit | CharLit | ByteLit | StringLit | BoolLit | UnitLit | BytesLit;
  negative: boolean;
}
/** `None`, `Some(p)`, `Ok(p)`, `Err(p)`, `Failure(msg)`, `Foo(label=p)`,
 *  `T::Ctor(p)`, `@pkg.Ctor`; also a constant name such as `MAX`. */
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
/** `'a'..='z'`, `0..<10`, `_..<0`, `MIN..=0`: a bound is a literal, a constant, or absent (`_`). */
export interface RangePat extends Node<'RangePat'> {
  from?: LitPat | ConstructorPat;
  to?: LitPat | ConstructorPat;
  inclusive: boolean;
}
/** `{ x, y: 0, .. }`: a record's fields. */
export interface RecordPat extends Node<'RecordPat'> {
  fields: { name: string; nameSpan: Span; pattern: Pattern; punned: boolean }[];
  /** `..` at the end: other fields ignored. */
  open: boolean;
}
/** `{ "k": p, "opt"? : v, .. }`: map entries by key; `{}` is an empty MapPat.
 *  `optional` (`key? : p`) matches the Option of the lookup instead of requiring the key. */
export interface MapPat extends Node<'MapPat'> {
  entries: { key: LitPat; optional: boolean; pattern: Pattern; span: Span }[];
  open: boolean;
}
/** `(p : T)`. */
export interface ConstraintPat extends Node<'ConstraintPat'> {
  pattern: Pattern;
  type: TypeExpr;
}
/** Inside an array pattern, `.."abc"`, `..b"ab"` or `..CONST`: matches that run of elements. */
export interface SplicePat extends Node<'SplicePat'> {
  value: StringLit | BytesLit | ConstructorPat;
}
/** Inside an array pattern over bytes, `u32be(p)`, `u8(p)`, `i16le(p)`: that many bits read as an integer. */
export interface BitsPat extends Node<'BitsPat'> {
  /** `u` or `i`, the bit width, and `le` / `be` when given: `u32be`. */
  format: string;
  pattern: Pattern;
}
/** In a lexmatch pattern, a string or `re"..."` literal read as a regular
 *  expression; `source` is the text between the quotes, undecoded. */
export interface RegexPat extends Node<'RegexPat'> {
  source: string;
}
/** In a lexmatch pattern, regexes in sequence: `"a" ("[0-9]+" as n) "b"`. */
export interface SeqPat extends Node<'SeqPat'> {
  items: Pattern[];
}

// ---- top level ----------------------------------------------------------

export type Item =
  | FnItem
  | ExternFnItem
  | FnDecl
  | TestItem
  | LetItem
  | ConstItem
  | StructItem
  | EnumItem
  | SuberrorItem
  | TypeItem
  | TypeAliasItem
  | TraitItem
  | ImplItem
  | FnAliasItem
  | UsingItem;

/** Every declaration item has its attributes (`#...` lines before it) and visibility. */
interface Declared {
  attrs: Attribute[];
  vis: Visibility;
}

/** `fn name(params) -> T raise E { }`; a method when `selfType` is set
 *  (`fn Type::name`). `isPub` is `vis !== 'none' && vis !== 'priv'`. */
export interface FnItem extends Node<'FnItem'>, Declared {
  name: string;
  nameSpan: Span;
  isPub: boolean;
  /** `fn[T : Show] f`. */
  typeParams: TypeParam[];
  /** `fn Type::name` / `fn[T] Array::name`. */
  selfType?: TypeName;
  isAsync: boolean;
  params: Param[];
  returnType?: TypeExpr;
  raises?: Raises;
  noraise?: true;
  /** `fn main { }` / `fn init { }`: an entry point, written without parameters or result. */
  entry?: 'main' | 'init';
  body: Block;
}
/** A function implemented outside MoonBit: `extern "js" fn f(x : Int) -> Int = "(x) => x"`,
 *  `fn f() -> Int = "%intrinsic"`, `extern "wasm" fn g() = "mod" "name"`. */
export interface ExternFnItem extends Node<'ExternFnItem'>, Declared {
  name: string;
  nameSpan: Span;
  typeParams: TypeParam[];
  selfType?: TypeName;
  isAsync: boolean;
  /** The language after `extern` (`js`, `C`, `wasm`); absent without `extern`. */
  linkage?: string;
  params: Param[];
  returnType?: TypeExpr;
  raises?: Raises;
  noraise?: true;
  /** The string(s) after `=`: one code string, or module and name. */
  source: string[];
}
/** `test { }`, `test "name" { }`, `test (t : @test.T) { }`, `async test { }`. */
export interface TestItem extends Node<'TestItem'> {
  attrs: Attribute[];
  isAsync: boolean;
  name?: string;
  param?: { name: string; type: TypeExpr };
  body: Block;
}
export interface LetItem extends Node<'LetItem'>, Declared {
  pattern: Pattern;
  type?: TypeExpr;
  value: Expr;
  isPub: boolean;
}
export interface ConstItem extends Node<'ConstItem'>, Declared {
  name: string;
  type?: TypeExpr;
  value: Expr;
  isPub: boolean;
}
/** `struct P { x : Int; mut y : Int }` or tuple struct `struct P(Int, Int)`. */
export interface StructItem extends Node<'StructItem'>, Declared {
  name: string;
  nameSpan: Span;
  typeParams: TypeParam[];
  fields: StructField[];
  /** The field types of a tuple struct; absent for a record struct. */
  tupleFields?: TypeExpr[];
  /** `fn new(x : Int) -> P` inside the braces: declares `P(...)` as a constructor call. */
  ctorSig?: SigDecl;
  derive: Derive[];
}
export interface StructField extends Node<'StructField'> {
  attrs: Attribute[];
  vis: Visibility;
  mutable: boolean;
  name: string;
  nameSpan: Span;
  type: TypeExpr;
}
/** `enum E[T] { A; B(Int, label~ : T); C = 2 } derive(Eq)`. */
export interface EnumItem extends Node<'EnumItem'>, Declared {
  name: string;
  nameSpan: Span;
  typeParams: TypeParam[];
  ctors: EnumCtor[];
  derive: Derive[];
}
export interface EnumCtor extends Node<'EnumCtor'> {
  attrs: Attribute[];
  name: string;
  nameSpan: Span;
  /** Payload fields; absent for a constructor without parentheses. */
  params?: CtorParam[];
  /** `A = 1`: the constructor's integer value. */
  discriminant?: IntLit;
}
/** `Int`, `label~ : Int`, `mut label~ : Int` in a constructor's payload. */
export interface CtorParam extends Node<'CtorParam'> {
  label?: string;
  labelSpan?: Span;
  mutable: boolean;
  type: TypeExpr;
}
/** `suberror E`, `suberror E String` (one payload), `suberror E { A(Int); B }`. */
export interface SuberrorItem extends Node<'SuberrorItem'>, Declared {
  name: string;
  nameSpan: Span;
  payload?: TypeExpr;
  ctors?: EnumCtor[];
  derive: Derive[];
}
/** `type T[A]` (abstract), `extern type T`, or `type T[A] = Underlying` (an alias). */
export interface TypeItem extends Node<'TypeItem'>, Declared {
  name: string;
  nameSpan: Span;
  typeParams: TypeParam[];
  isExtern: boolean;
  alias?: TypeExpr;
  derive: Derive[];
}
/** `typealias Int as MyInt`, `typealias @pkg.T as T[X]`, `typealias T = U`,
 *  `typealias @pkg.(A, B as C)`; likewise `traitalias` (`trait: true`). */
export interface TypeAliasItem extends Node<'TypeAliasItem'>, Declared {
  trait: boolean;
  aliases: AliasTarget[];
}
/** One name an alias item introduces: `name` (with its type parameters) stands for `target`. */
export interface AliasTarget extends Node<'AliasTarget'> {
  name: string;
  nameSpan: Span;
  typeParams: TypeParam[];
  target: TypeExpr;
}
/** `trait T : Super1 + Super2 { method(Self, Int) -> Int; other(Self) -> Unit = _ }`. */
export interface TraitItem extends Node<'TraitItem'>, Declared {
  name: string;
  nameSpan: Span;
  supertraits: TypeExpr[];
  methods: SigDecl[];
}
/** A function signature without a body: a trait method, a struct constructor,
 *  or an interface (`.mbti`) function. */
export interface SigDecl extends Node<'SigDecl'> {
  attrs: Attribute[];
  isAsync: boolean;
  name: string;
  nameSpan: Span;
  typeParams: TypeParam[];
  params: SigParam[];
  returnType?: TypeExpr;
  raises?: Raises;
  noraise?: true;
  /** `= _` after a trait method: it has a default implementation. */
  hasDefault: boolean;
}
/** A parameter of a signature; `name` is absent when only the type is written (`f(Int)`). */
export interface SigParam extends Node<'SigParam'> {
  name?: string;
  label: 'positional' | 'labeled' | 'optional';
  type?: TypeExpr;
  /** The default value; in an interface `= ..` (elided) sets `hasDefault` only. */
  default?: Expr;
  hasDefault: boolean;
}
/** `impl[T : Show] Show for Box[T] with output(self, logger) { }`, or with no method
 *  (`impl Show for T`: every method has a default). */
export interface ImplItem extends Node<'ImplItem'>, Declared {
  typeParams: TypeParam[];
  trait: NamedType;
  /** Absent in `impl Trait with method(...)` (a default implementation of the trait). */
  forType?: TypeExpr;
  /** The implemented method; its own `typeParams`, `vis` and `attrs` are empty. */
  method?: FnItem | ExternFnItem;
}
/** `fnalias @pkg.f`, `fnalias Type::(a, b as c)`, `fnalias f as g`, `fnalias f = @pkg.g`. */
export interface FnAliasItem extends Node<'FnAliasItem'>, Declared {
  pkg?: string;
  typeName?: TypeName;
  names: { name: string; alias?: string; span: Span }[];
  /** `fnalias name = target`. */
  target?: Expr;
}
/** `using @pkg { f, type T, trait Tr as U }`: brings names of a package into scope. */
export interface UsingItem extends Node<'UsingItem'>, Declared {
  pkg: string;
  names: { kind: 'value' | 'type' | 'trait'; name: string; alias?: string; span: Span }[];
}

export interface Program extends Node<'Program'> {
  items: Item[];
}

// ---- interfaces (.mbti) -------------------------------------------------

/** A parsed `.mbti` text: `package "name"`, `import { ... }` and declarations. */
export interface Interface extends Node<'Interface'> {
  package?: string;
  imports: { path: string; alias?: string; span: Span }[];
  items: Decl[];
}

/** What an interface declares. Structs, enums, error types, traits, types,
 *  aliases and `using` are written as in a program; functions and values have no body. */
export type Decl =
  | FnDecl
  | LetDecl
  | ConstItem
  | StructItem
  | EnumItem
  | SuberrorItem
  | TypeItem
  | TypeAliasItem
  | TraitItem
  | ImplItem
  | FnAliasItem
  | UsingItem;

/** `pub fn[T : Eq] Array::contains(Self[T], T) -> Bool` in an interface;
 *  in a program, `declare fn f(x : Int) -> Int` (implemented later). */
export interface FnDecl extends Node<'FnDecl'>, Declared {
  selfType?: TypeName;
  sig: SigDecl;
}
/** `pub let null : Json`. */
export interface LetDecl extends Node<'LetDecl'>, Declared {
  name: string;
  nameSpan: Span;
  type: TypeExpr;
}
