// Top-level items of a program, and the declarations of an interface (.mbti).
//
//   item   := attribute* visibility? ( fn | extern fn | test | let | const | struct | enum
//             | suberror | type | typealias | traitalias | trait | impl | fnalias | using )
//   attribute := '#' name ('.' name)* ('(' args ')')?
//   visibility := 'priv' | 'pub' ('(' ('all' | 'open' | 'readonly') ')')?
//
// Items are separated by `;` or line breaks, like statements.

import type * as A from './ast.ts';
import { ExprParser } from './expressions.ts';
import { partsOf } from './lexer.ts';
import type { Effect } from './types.ts';

type Head = { start: number; attrs: A.Attribute[]; vis: A.Visibility };

const PUB_KINDS = new Set(['all', 'open', 'readonly']);
/** Keywords that start statements, not items (for a hint when one is at top level). */
const STATEMENT_KWS = new Set(['if', 'match', 'while', 'for', 'loop', 'guard', 'defer', 'return', 'break', 'continue', 'raise', 'try', 'letrec']);

export abstract class DeclarationParser extends ExprParser {
  parseProgram(): A.Program {
    const items: A.Item[] = [];
    this.skipSemis();
    while (this.tok.type !== 'eof') {
      items.push(this.parseItem());
      this.endOfStatement('an item');
    }
    return { kind: 'Program', span: this.index.span(0, this.src.length), items };
  }

  parseInterface(): A.Interface {
    const node: A.Interface = { kind: 'Interface', span: this.index.span(0, this.src.length), imports: [], items: [] };
    this.skipSemis();
    if (this.isWord('package') && this.peekAt(1).type === 'string') {
      this.advance();
      node.package = this.stringValue(this.advance());
      this.endOfStatement("the 'package' line");
    }
    while (this.isKw('import')) {
      node.imports.push(...this.parseImports());
      this.endOfStatement('the imports');
    }
    while (this.tok.type !== 'eof') {
      node.items.push(this.parseDecl());
      this.endOfStatement('a declaration');
    }
    return node;
  }

  // ---- shared heads -------------------------------------------------------

  private parseHead(): Head {
    const start = this.tok.start;
    const attrs = this.parseAttributes();
    return { start, attrs, vis: this.parseVisibility() };
  }

  protected parseAttributes(): A.Attribute[] {
    const attrs: A.Attribute[] = [];
    while (this.isOp('#')) {
      const hash = this.advance();
      const first = this.tok;
      if (!this.adjacent(hash, first) || (first.type !== 'lident' && first.type !== 'uident' && first.type !== 'kw')) this.fail('an attribute name after #');
      this.advance();
      let name = first.value;
      while (this.isOp('.') && this.adjacent(this.toks[this.i - 1]!, this.tok)) {
        this.advance();
        const part = this.tok;
        if (part.type !== 'lident' && part.type !== 'uident' && part.type !== 'kw') this.fail("a name after '.' in an attribute");
        name += `.${this.advance().value}`;
      }
      const attr: A.Attribute = { kind: 'Attribute', span: undefined!, name, nameSpan: this.span(first.start) };
      if (this.isOp('(') && this.adjacent(this.toks[this.i - 1]!, this.tok)) {
        const open = this.advance();
        attr.args = this.parseAttrArgs();
        const close = this.expectClose(open, ')', "',' or ')'");
        attr.raw = this.src.slice(open.end, close.start);
      }
      attr.span = this.span(hash.start);
      attrs.push(attr);
      if (!this.tok.nl && this.tok.type !== 'eof' && !this.isOp('#')) continue;
    }
    return attrs;
  }

  private parseAttrArgs(): A.AttrArg[] {
    return this.list(')', () => {
      const start = this.tok.start;
      const t = this.tok;
      if (t.type === 'lident' && this.isOp('=', this.peekAt(1))) {
        this.i += 2;
        return { kind: 'AttrArg', span: this.span(start), label: t.value, value: this.parseAttrValue() } as A.AttrArg;
      }
      return { kind: 'AttrArg', span: this.span(start), value: this.parseAttrValue() } as A.AttrArg;
    });
  }

  private parseAttrValue(): A.AttrValue {
    const t = this.tok;
    const start = t.start;
    if (t.type === 'string') {
      this.advance();
      return { kind: 'AttrString', span: this.tokSpan(t), value: this.stringValue(t) };
    }
    if (t.type !== 'lident' && t.type !== 'uident' && t.type !== 'kw') this.fail('an attribute argument');
    this.advance();
    let name = t.value;
    while (this.isOp('.') && (this.peekAt(1).type === 'lident' || this.peekAt(1).type === 'uident')) {
      this.advance();
      name += `.${this.advance().value}`;
    }
    if (this.isOp('(')) {
      const open = this.advance();
      const args = this.parseAttrArgs();
      this.expectClose(open, ')', "',' or ')'");
      return { kind: 'AttrCall', span: this.span(start), name, args };
    }
    return { kind: 'AttrName', span: this.span(start), name };
  }

  private parseVisibility(): A.Visibility {
    if (this.eatKw('priv')) return 'priv';
    const pub = this.eatKw('pub');
    if (!pub) return 'none';
    if (!this.isOp('(') || !this.adjacent(pub, this.tok)) return 'pub';
    this.advance();
    const k = this.tok;
    if (k.type !== 'lident' || !PUB_KINDS.has(k.value)) this.fail("'all', 'open' or 'readonly'");
    this.advance();
    this.expectOp(')');
    return `pub(${k.value})` as A.Visibility;
  }

  private noVisibility(h: Head, what: string): void {
    if (h.vis !== 'none') this.error(`${what} cannot have a visibility modifier`, { start: h.start, end: this.tok.start });
  }

  /** `derive(Show, @debug.Debug, ToJson(style="flat"))` after a type declaration. */
  private parseDerive(): A.Derive[] {
    if (!this.isKw('derive') || this.atLineBreak()) return [];
    this.advance();
    const open = this.tok;
    this.expectOp('(');
    const out = this.list(')', () => {
      const start = this.tok.start;
      const trait = this.parseNamedType();
      const d: A.Derive = { kind: 'Derive', span: this.span(start), trait };
      if (this.isOp('(') && this.adjacent(this.toks[this.i - 1]!, this.tok)) {
        d.args = this.parseArgs();
        d.span = this.span(start);
      }
      return d;
    });
    this.expectClose(open, ')', "',' or ')'");
    return out;
  }

  /** `Type::` before a method name: `Array`, `@pkg.T`, `&Show`; undefined when the name is plain. */
  private parseSelfType(): A.TypeName | undefined {
    const t = this.tok;
    const amp = this.isOp('&', t);
    const j = amp ? 1 : 0;
    const first = this.peekAt(j);
    const colons = first.type === 'pkg' ? this.peekAt(j + 3) : this.peekAt(j + 1);
    if (!(first.type === 'uident' || first.type === 'pkg') || !this.isOp('::', colons)) return undefined;
    const start = t.start;
    if (amp) this.advance();
    const { name, pkg } = this.qualifiedUpper('a type name');
    this.expectOp('::');
    const n: A.TypeName = { kind: 'TypeName', span: this.span(start), name, traitObject: amp };
    if (pkg !== undefined) n.pkg = pkg;
    return n;
  }

  // ---- program items ------------------------------------------------------

  private parseItem(): A.Item {
    const h = this.parseHead();
    const t = this.tok;
    if (t.type === 'kw') {
      switch (t.value) {
        case 'fn':
          return this.parseFn(h, false, undefined);
        case 'async':
          this.advance();
          if (this.isKw('test')) {
            this.noVisibility(h, 'a test');
            return this.parseTest(h, true);
          }
          if (!this.isKw('fn')) this.fail("'fn' or 'test' after 'async'");
          return this.parseFn(h, true, undefined);
        case 'extern': {
          this.advance();
          if (this.isKw('type')) return this.parseTypeItem(h, true);
          const lang = this.tok.type === 'string' ? this.stringValue(this.advance()) : this.fail("a language such as \"js\" after 'extern'");
          return this.parseFn(h, false, lang);
        }
        case 'test':
          this.noVisibility(h, 'a test');
          return this.parseTest(h, false);
        case 'let': {
          if (h.vis === 'priv') this.error("a top-level 'let' has no 'priv' visibility (it is private already)", { start: h.start, end: this.tok.start });
          this.advance();
          if (this.isKw('mut')) this.error("'let mut' is not allowed at top level");
          // As in MoonBit, a top-level `let` binds one name.
          if (this.tok.type !== 'lident' && !this.isOp('_')) this.error('a top-level `let` binds a name; destructure inside a function or test', this.tok);
          const pattern = this.parsePattern();
          const type = this.eatOp(':') ? this.parseType() : undefined;
          this.expectOp('=');
          const value = this.parseExpr();
          const item: A.LetItem = { kind: 'LetItem', span: this.span(h.start), attrs: h.attrs, vis: h.vis, pattern, value, isPub: isPub(h.vis) };
          if (type) item.type = type;
          return item;
        }
        case 'const':
          return this.parseConst(h);
        case 'declare':
          return this.parseDeclare(h);
      }
    }
    const shared = this.parseSharedDecl(h);
    if (shared) return shared;
    if (this.isKw('import')) this.error("'import' belongs in the package's moon.pkg file, not in MoonBit source");
    const what = "a top-level item ('fn', 'let', 'const', 'test', 'struct', 'enum', 'trait', 'impl', ...)";
    if (t.type === 'kw' && STATEMENT_KWS.has(t.value)) this.fail(`${what}; statements belong in a function or test body`);
    this.fail(what);
  }

  /** `declare pub fn f(x : Int) -> Int`: a signature implemented later. */
  private parseDeclare(h: Head): A.FnDecl {
    this.expectKw('declare');
    if (h.vis !== 'none') this.error("write the visibility after 'declare'", { start: h.start, end: this.prevEnd() });
    const vis = this.parseVisibility();
    if (!this.isKw('fn') && !this.isKw('async')) this.fail("'fn' after 'declare'");
    return this.parseFnDecl({ ...h, vis });
  }

  /** `fn[T] Type::name(Int, x~ : T) -> R raise E`, without a body. */
  private parseFnDecl(h: Head): A.FnDecl {
    const t = this.tok;
    const isAsync = this.eatKw('async') !== undefined;
    this.expectKw('fn');
    const typeParams = this.parseTypeParams();
    const selfType = this.parseSelfType();
    const sig = this.parseSigRest(t.start, [], isAsync, typeParams, selfType !== undefined);
    const d: A.FnDecl = { kind: 'FnDecl', span: this.span(h.start), attrs: h.attrs, vis: h.vis, sig };
    if (selfType) d.selfType = selfType;
    return d;
  }

  /** Declarations written alike in programs and interfaces. */
  private parseSharedDecl(h: Head): A.Item & A.Decl | undefined {
    const t = this.tok;
    if (t.type !== 'kw') return undefined;
    switch (t.value) {
      case 'struct':
        return this.parseStruct(h);
      case 'enum':
        return this.parseEnum(h);
      case 'suberror':
        return this.parseSuberror(h);
      case 'type':
        return this.parseTypeItem(h, false);
      case 'typealias':
      case 'traitalias':
        return this.parseAlias(h);
      case 'trait':
        return this.parseTrait(h);
      case 'impl':
        return this.parseImpl(h);
      case 'fnalias':
        return this.parseFnAlias(h);
      case 'using':
        return this.parseUsing(h);
    }
    return undefined;
  }

  private parseConst(h: Head): A.ConstItem {
    this.expectKw('const');
    const name = this.expectUident('an upper-case constant name').value;
    const type = this.eatOp(':') ? this.parseType() : undefined;
    this.expectOp('=');
    const value = this.parseExpr();
    const item: A.ConstItem = { kind: 'ConstItem', span: this.span(h.start), attrs: h.attrs, vis: h.vis, name, value, isPub: isPub(h.vis) };
    if (type) item.type = type;
    return item;
  }

  private parseTest(h: Head, isAsync: boolean): A.TestItem {
    this.expectKw('test');
    const item: A.TestItem = { kind: 'TestItem', span: undefined!, attrs: h.attrs, isAsync, body: undefined! };
    if (this.tok.type === 'string') {
      const s = this.advance();
      if (partsOf(s)) this.error('a test name cannot contain interpolation', s);
      item.name = this.stringValue(s);
    }
    if (this.isOp('(')) {
      const open = this.advance();
      this.withNl(false, () => {
        const p = this.tok.type === 'lident' || this.isOp('_') ? this.advance() : this.fail('a parameter name');
        this.expectOp(':');
        item.param = { name: p.value, type: this.parseType() };
      });
      this.expectClose(open, ')');
    }
    item.body = this.parseBlock();
    item.span = this.span(h.start);
    return item;
  }

  protected parseLocalFn(start: number): A.FnItem {
    const isAsync = this.eatKw('async') !== undefined;
    const fn = this.parseFn({ start, attrs: [], vis: 'none' }, isAsync, undefined);
    if (fn.kind !== 'FnItem') this.error('a local function needs a body', { start, end: this.prevEnd() });
    return fn;
  }

  /** `fn[T] Type::name(params) -> R raise E { body }` or `... = "external"`. */
  private parseFn(h: Head, isAsync: boolean, linkage: string | undefined): A.FnItem | A.ExternFnItem {
    this.expectKw('fn');
    let typeParams = this.parseTypeParams();
    const selfType = this.parseSelfType();
    // `fn Type::Type(...)` implements the constructor a struct declares.
    const nameTok = selfType && this.tok.type === 'uident' ? this.advance() : this.expectLident('a function name');
    if (this.isOp('!')) this.error("the old 'fn f!(...)' syntax is not supported; use 'raise'");
    if (typeParams.length === 0) typeParams = this.parseTypeParams();
    // Only the entry points `main` and `init` are written without a parameter list.
    const entry = !selfType && !this.isOp('(') && (nameTok.value === 'main' || nameTok.value === 'init') ? nameTok.value : undefined;
    if (!this.isOp('(') && !entry) this.error(`missing parameter list: write '()' after '${nameTok.value}' if it takes no parameters`, this.tok);
    const params = this.isOp('(') ? this.parseParams() : [];
    const sig = { returnType: undefined as A.TypeExpr | undefined, ...this.parseSignatureEnd() };
    const common = {
      attrs: h.attrs,
      vis: h.vis,
      name: nameTok.value,
      nameSpan: this.tokSpan(nameTok),
      typeParams,
      isAsync,
      params,
    };
    if (this.isOp('=')) {
      this.advance();
      const source = this.parseExternSource();
      const fn: A.ExternFnItem = { kind: 'ExternFnItem', span: this.span(h.start), ...common, source };
      if (linkage !== undefined) fn.linkage = linkage;
      return withSig(withSelf(fn, selfType), sig);
    }
    if (linkage !== undefined) this.fail(`'=' and the external code of an 'extern "${linkage}"' function`);
    const body = this.parseBlock();
    const fn: A.FnItem = { kind: 'FnItem', span: this.span(h.start), ...common, isPub: isPub(h.vis), body };
    if (entry) fn.entry = entry;
    return withSig(withSelf(fn, selfType), sig);
  }

  /** `-> T raise E`, or just an effect. */
  private parseSignatureEnd(): { returnType?: A.TypeExpr } & Effect {
    if (this.eatOp('->')) {
      const r = this.parseReturnType();
      const { type, ...eff } = r;
      return { returnType: type, ...eff };
    }
    return this.parseEffect();
  }

  /** After `=`: `"code"`, `"module" "name"`, or `#|` lines. */
  private parseExternSource(): string[] {
    const t = this.tok;
    if (t.type === 'mstring') {
      const e = this.parsePrimary();
      if (e.kind !== 'StringLit') this.error('external code cannot contain interpolation', { start: t.start, end: this.prevEnd() });
      return [e.value];
    }
    if (t.type !== 'string') this.fail('a string with the external code or name');
    const out = [this.stringValue(this.advance())];
    if (this.tok.type === 'string' && !this.tok.nl) out.push(this.stringValue(this.advance()));
    return out;
  }

  protected parseParams(): A.Param[] {
    const open = this.expectOp('(');
    const params = this.list(')', () => this.parseParam());
    this.expectClose(open, ')', "',' or ')'");
    return params;
  }

  private parseParam(): A.Param {
    const start = this.tok.start;
    let name: string;
    let label: A.Param['label'] = 'positional';
    if (this.isOp('_')) {
      this.advance();
      name = '_';
    } else {
      const n = this.expectLident('a parameter name');
      name = n.value;
      if (this.isOp('~') && this.adjacent(n, this.tok)) {
        this.advance();
        label = 'labeled';
      } else if (this.isOp('?') && this.adjacent(n, this.tok)) {
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

  // ---- type declarations --------------------------------------------------

  protected parseLocalType(): A.LocalType['item'] {
    const item = this.parseSharedDecl({ start: this.tok.start, attrs: [], vis: 'none' });
    if (!item || (item.kind !== 'StructItem' && item.kind !== 'EnumItem' && item.kind !== 'TypeItem' && item.kind !== 'SuberrorItem')) this.fail('a local type declaration');
    return item;
  }

  /** `{ elem ; elem \n elem }`: members separated by `;` or line breaks. */
  private members<T>(what: string, elem: () => T): T[] {
    const open = this.expectOp('{');
    return this.withNl(true, () => {
      const out: T[] = [];
      this.skipSemis();
      while (!this.isOp('}')) {
        if (this.tok.type === 'eof') this.unclosed(open, '}');
        out.push(elem());
        this.endOfStatement(what, '}');
      }
      this.advance();
      return out;
    });
  }

  private parseStruct(h: Head): A.StructItem {
    this.expectKw('struct');
    const nameTok = this.expectUident('a struct name');
    const item: A.StructItem = {
      kind: 'StructItem', span: undefined!, attrs: h.attrs, vis: h.vis, name: nameTok.value, nameSpan: this.tokSpan(nameTok),
      typeParams: this.parseTypeParams(), fields: [], derive: [],
    };
    if (this.isOp('(')) {
      const open = this.advance();
      item.tupleFields = this.list(')', () => this.parseType());
      this.expectClose(open, ')', "',' or ')'");
    } else if (this.isOp('{')) {
      this.members('a field', () => {
        const start = this.tok.start;
        const attrs = this.parseAttributes();
        if (this.isKw('fn') || this.isKw('async')) {
          if (item.ctorSig) this.error('a struct has at most one constructor declaration', { start, end: this.tok.end });
          item.ctorSig = this.parseSig(start, attrs, false);
          const n = item.ctorSig.nameSpan;
          if (item.ctorSig.name !== 'new') this.error("a constructor declared inside a struct must be named 'new'", { start: n.start.offset, end: n.end.offset });
          return;
        }
        const vis = this.parseVisibility();
        const mutable = this.eatKw('mut') !== undefined;
        const n = this.expectLident('a field name');
        this.expectOp(':');
        const type = this.parseType();
        item.fields.push({ kind: 'StructField', span: this.span(start), attrs, vis, mutable, name: n.value, nameSpan: this.tokSpan(n), type });
      });
    } else this.fail("'{' or '(' after the struct name");
    item.derive = this.parseDerive();
    item.span = this.span(h.start);
    return item;
  }

  private parseEnum(h: Head): A.EnumItem {
    this.expectKw('enum');
    const nameTok = this.expectUident('an enum name');
    const typeParams = this.parseTypeParams();
    const ctors = this.parseCtors();
    const derive = this.parseDerive();
    return { kind: 'EnumItem', span: this.span(h.start), attrs: h.attrs, vis: h.vis, name: nameTok.value, nameSpan: this.tokSpan(nameTok), typeParams, ctors, derive };
  }

  private parseCtors(): A.EnumCtor[] {
    return this.members('a constructor', () => {
      const start = this.tok.start;
      const attrs = this.parseAttributes();
      const n = this.expectUident('a constructor name');
      const c: A.EnumCtor = { kind: 'EnumCtor', span: undefined!, attrs, name: n.value, nameSpan: this.tokSpan(n) };
      if (this.isOp('(')) {
        const open = this.advance();
        c.params = this.list(')', () => this.parseCtorParam());
        this.expectClose(open, ')', "',' or ')'");
      }
      if (this.eatOp('=')) {
        if (this.tok.type !== 'int') this.fail("an integer after '=' in an enum constructor");
        c.discriminant = this.parsePrimary() as A.IntLit;
      }
      c.span = this.span(start);
      return c;
    });
  }

  private parseCtorParam(): A.CtorParam {
    const start = this.tok.start;
    const mutable = this.eatKw('mut') !== undefined;
    const t = this.tok;
    if (t.type === 'lident' && this.isOp('~', this.peekAt(1))) {
      this.i += 2;
      this.expectOp(':');
      return { kind: 'CtorParam', span: this.span(start), label: t.value, labelSpan: this.tokSpan(t), mutable, type: this.parseType() };
    }
    return { kind: 'CtorParam', span: this.span(start), mutable, type: this.parseType() };
  }

  private parseSuberror(h: Head): A.SuberrorItem {
    this.expectKw('suberror');
    const nameTok = this.expectUident('an error type name');
    const item: A.SuberrorItem = { kind: 'SuberrorItem', span: undefined!, attrs: h.attrs, vis: h.vis, name: nameTok.value, nameSpan: this.tokSpan(nameTok), derive: [] };
    const t = this.tok;
    if (this.isOp('{')) item.ctors = this.parseCtors();
    else if (!t.nl && (t.type === 'uident' || t.type === 'pkg' || this.isOp('(') || this.isOp('&'))) item.payload = this.parseType();
    item.derive = this.parseDerive();
    item.span = this.span(h.start);
    return item;
  }

  private parseTypeItem(h: Head, isExtern: boolean): A.TypeItem {
    this.expectKw('type');
    if (this.isOp('!')) this.error("the old 'type!' syntax is not supported; use 'suberror'");
    const nameTok = this.expectUident('a type name');
    const item: A.TypeItem = {
      kind: 'TypeItem', span: undefined!, attrs: h.attrs, vis: h.vis, name: nameTok.value, nameSpan: this.tokSpan(nameTok),
      typeParams: this.parseTypeParams(), isExtern, derive: [],
    };
    if (this.eatOp('=')) item.alias = this.parseType();
    item.derive = this.parseDerive();
    item.span = this.span(h.start);
    return item;
  }

  /** `typealias` / `traitalias`: `T as N[X]`, `N[X] = T`, `@pkg.N`, `@pkg.(A, B as C)`. */
  private parseAlias(h: Head): A.TypeAliasItem {
    const trait = this.advance().value === 'traitalias';
    const aliases: A.AliasTarget[] = [];
    const start = this.tok.start;
    if (this.tok.type === 'pkg' && this.isOp('.', this.peekAt(1)) && this.isOp('(', this.peekAt(2))) {
      const pkg = this.advance().value;
      this.advance();
      const open = this.advance();
      aliases.push(
        ...this.list(')', () => {
          const tstart = this.tok.start;
          const n = this.expectUident('a type name');
          const target: A.NamedType = { kind: 'NamedType', span: this.tokSpan(n), name: n.value, pkg, args: [] };
          const alias = this.eatKw('as') ? this.expectUident('an alias name') : n;
          return { kind: 'AliasTarget', span: this.span(tstart), name: alias.value, nameSpan: this.tokSpan(alias), typeParams: [], target } as A.AliasTarget;
        }),
      );
      this.expectClose(open, ')', "',' or ')'");
    } else {
      const first = this.parseType();
      if (this.eatKw('as')) {
        const n = this.expectUident('an alias name');
        aliases.push({ kind: 'AliasTarget', span: this.span(start), name: n.value, nameSpan: this.tokSpan(n), typeParams: this.parseTypeParams(), target: first });
      } else if (this.eatOp('=')) {
        if (first.kind !== 'NamedType' || first.pkg !== undefined) this.error('expected the alias name before =', { start, end: first.span.end.offset });
        const typeParams = first.args.map((a): A.TypeParam => {
          if (a.kind !== 'NamedType' || a.args.length || a.pkg !== undefined) this.error('expected a type parameter', { start: a.span.start.offset, end: a.span.end.offset });
          return { kind: 'TypeParam', span: a.span, name: a.name, bounds: [] };
        });
        const nameSpan = this.index.span(start, start + first.name.length);
        aliases.push({ kind: 'AliasTarget', span: undefined!, name: first.name, nameSpan, typeParams, target: this.parseType() });
        aliases[0]!.span = this.span(start);
      } else {
        if (first.kind !== 'NamedType' || first.pkg === undefined) this.fail("'as' or '='");
        aliases.push({ kind: 'AliasTarget', span: first.span, name: first.name, nameSpan: first.span, typeParams: [], target: first });
      }
    }
    return { kind: 'TypeAliasItem', span: this.span(h.start), attrs: h.attrs, vis: h.vis, trait, aliases };
  }

  private parseTrait(h: Head): A.TraitItem {
    this.expectKw('trait');
    const nameTok = this.expectUident('a trait name');
    const supertraits: A.TypeExpr[] = [];
    if (this.eatOp(':')) {
      supertraits.push(this.parseNamedType());
      while (this.eatOp('+')) supertraits.push(this.parseNamedType());
    }
    const methods = this.isOp('{') ? this.members('a trait method', () => this.parseSig(this.tok.start, this.parseAttributes(), true)) : [];
    return { kind: 'TraitItem', span: this.span(h.start), attrs: h.attrs, vis: h.vis, name: nameTok.value, nameSpan: this.tokSpan(nameTok), supertraits, methods };
  }

  /** A body-less signature: a trait method (`name(Self) -> T = _`, also `fn name`) or a
   *  struct constructor (`fn new(x : Int) -> S`). */
  protected parseSig(start: number, attrs: A.Attribute[], inTrait: boolean): A.SigDecl {
    const isAsync = this.eatKw('async') !== undefined;
    // Trait methods may be written with or without `fn`.
    if (inTrait && !this.isKw('fn')) return this.parseSigRest(start, attrs, isAsync, []);
    this.expectKw('fn');
    return this.parseSigRest(start, attrs, isAsync, this.parseTypeParams());
  }

  /** From the name on: `name[T](params) -> R raise E` and a trait method's `= _`. */
  private parseSigRest(start: number, attrs: A.Attribute[], isAsync: boolean, typeParams: A.TypeParam[], method = false): A.SigDecl {
    // `fn Type::Type(...)` is the constructor a struct declares.
    const nameTok = method && this.tok.type === 'uident' ? this.advance() : this.expectLident('a function name');
    if (typeParams.length === 0) typeParams = this.parseTypeParams();
    const open = this.tok;
    this.expectOp('(');
    const params = this.list(')', () => this.parseSigParam());
    this.expectClose(open, ')', "',' or ')'");
    const sig: A.SigDecl = {
      kind: 'SigDecl', span: undefined!, attrs, isAsync, name: nameTok.value, nameSpan: this.tokSpan(nameTok), typeParams, params, hasDefault: false,
    };
    withSig(sig, this.parseSignatureEnd());
    if (this.isOp('=') && this.isOp('_', this.peekAt(1))) {
      this.i += 2;
      sig.hasDefault = true;
    }
    sig.span = this.span(start);
    return sig;
  }

  /** `Int`, `x : Int`, `label~ : Int`, `opt? : Int`, `opt~ : Int = ..` (elided default). */
  private parseSigParam(): A.SigParam {
    const start = this.tok.start;
    const t = this.tok;
    const n = this.peekAt(1);
    let name: string | undefined;
    let label: A.SigParam['label'] = 'positional';
    if ((t.type === 'lident' || this.isOp('_')) && this.isOp(':', n)) {
      name = t.value;
      this.advance();
    } else if (t.type === 'lident' && (this.isOp('~', n) || this.isOp('?', n)) && this.adjacent(t, n)) {
      name = t.value;
      label = this.isOp('~', n) ? 'labeled' : 'optional';
      this.i += 2;
    }
    const p: A.SigParam = { kind: 'SigParam', span: undefined!, label, hasDefault: false };
    if (name !== undefined) {
      p.name = name;
      if (this.eatOp(':')) p.type = this.parseType();
    } else p.type = this.parseType();
    if (label !== 'positional' && this.eatOp('=')) {
      p.hasDefault = true;
      p.label = 'optional';
      if (this.isOp('..')) this.advance();
      else p.default = this.parseExpr();
    }
    p.span = this.span(start);
    return p;
  }

  /** `impl[T] Trait for Type with method(params) { }`, `impl Trait with m(...)`, or bodiless `impl Trait for Type`. */
  private parseImpl(h: Head): A.ImplItem {
    this.expectKw('impl');
    const typeParams = this.parseTypeParams();
    const trait = this.parseNamedType();
    const item: A.ImplItem = { kind: 'ImplItem', span: undefined!, attrs: h.attrs, vis: h.vis, typeParams, trait };
    if (this.eatKw('for')) item.forType = this.parseType();
    if (this.isKw('with') && !this.atLineBreak()) {
      this.advance();
      const mstart = this.tok.start;
      const isAsync = this.eatKw('async') !== undefined;
      this.eatKw('fn');
      const nameTok = this.expectLident('a method name');
      if (this.isOp('!')) this.error("the old 'f!(...)' syntax is not supported; use 'raise'");
      const params = this.parseParams();
      const sig = this.parseSignatureEnd();
      const common = { attrs: [], vis: 'none' as const, name: nameTok.value, nameSpan: this.tokSpan(nameTok), typeParams: [], isAsync, params };
      const method: A.FnItem | A.ExternFnItem = this.eatOp('=')
        ? { kind: 'ExternFnItem', span: undefined!, ...common, source: this.parseExternSource() }
        : { kind: 'FnItem', span: undefined!, ...common, isPub: false, body: this.parseBlock() };
      method.span = this.span(mstart);
      item.method = withSig(method, sig);
    } else if (!item.forType) this.fail("'for' or 'with'");
    item.span = this.span(h.start);
    return item;
  }

  /** `fnalias @pkg.f`, `fnalias @pkg.(f, g as h)`, `fnalias T::(f, g)`, `fnalias f as g`, `fnalias f = target`. */
  private parseFnAlias(h: Head): A.FnAliasItem {
    this.expectKw('fnalias');
    const item: A.FnAliasItem = { kind: 'FnAliasItem', span: undefined!, attrs: h.attrs, vis: h.vis, names: [] };
    const selfType = this.parseSelfType();
    if (selfType) item.typeName = selfType;
    else if (this.tok.type === 'pkg') {
      item.pkg = this.advance().value;
      this.expectOp('.');
    }
    const aliasName = () => {
      const start = this.tok.start;
      const n = this.expectLident('a function name');
      const entry: A.FnAliasItem['names'][number] = { name: n.value, span: undefined! };
      if (this.eatKw('as')) entry.alias = this.expectLident('an alias name').value;
      entry.span = this.span(start);
      return entry;
    };
    if (this.isOp('(')) {
      const open = this.advance();
      item.names = this.list(')', aliasName);
      this.expectClose(open, ')', "',' or ')'");
    } else {
      const entry = aliasName();
      item.names = [entry];
      if (!item.pkg && !item.typeName && entry.alias === undefined && this.eatOp('=')) item.target = this.parseExpr();
    }
    item.span = this.span(h.start);
    return item;
  }

  /** `using @pkg { f, g as h, type T, trait Tr as U }`. */
  private parseUsing(h: Head): A.UsingItem {
    this.expectKw('using');
    const pkg = this.tok.type === 'pkg' ? this.advance().value : this.fail("a package such as '@pkg' after 'using'");
    const open = this.tok;
    this.expectOp('{');
    const names = this.list('}', () => {
      const start = this.tok.start;
      const kind: 'value' | 'type' | 'trait' = this.eatKw('type') ? 'type' : this.eatKw('trait') ? 'trait' : 'value';
      const n = this.tok;
      if (kind === 'value' ? n.type !== 'lident' : n.type !== 'uident') this.fail(kind === 'value' ? 'a name' : `a ${kind} name`);
      this.advance();
      const entry: A.UsingItem['names'][number] = { kind, name: n.value, span: undefined! };
      if (this.eatKw('as')) {
        const a = this.tok;
        if (a.type !== n.type) this.fail('an alias name');
        entry.alias = this.advance().value;
      }
      entry.span = this.span(start);
      return entry;
    });
    this.expectClose(open, '}', "',' or '}'");
    return { kind: 'UsingItem', span: this.span(h.start), attrs: h.attrs, vis: h.vis, pkg, names };
  }

  // ---- interfaces ---------------------------------------------------------

  /** `import { "path", "other" @alias }` (also with parentheses). */
  private parseImports(): A.Interface['imports'] {
    this.expectKw('import');
    const close = this.isOp('(') ? ')' : '}';
    const open = this.tok;
    if (!this.isOp('(') && !this.isOp('{')) this.fail("'{' after 'import'");
    this.advance();
    const out = this.list(close, () => {
      const start = this.tok.start;
      const path = this.tok.type === 'string' ? this.stringValue(this.advance()) : this.fail('a package path string');
      const entry: A.Interface['imports'][number] = { path, span: undefined! };
      this.eatKw('as');
      if (this.tok.type === 'pkg') entry.alias = this.advance().value;
      entry.span = this.span(start);
      return entry;
    });
    this.expectClose(open, close, `',' or '${close}'`);
    return out;
  }

  private parseDecl(): A.Decl {
    const h = this.parseHead();
    if (this.isKw('fn') || (this.isKw('async') && this.isKw('fn', this.peekAt(1)))) return this.parseFnDecl(h);
    if (this.isKw('let')) {
      this.advance();
      const n = this.expectLident('a value name');
      this.expectOp(':');
      const type = this.parseType();
      return { kind: 'LetDecl', span: this.span(h.start), attrs: h.attrs, vis: h.vis, name: n.value, nameSpan: this.tokSpan(n), type };
    }
    if (this.isKw('const')) return this.parseConst(h);
    const shared = this.parseSharedDecl(h);
    if (shared) return shared;
    this.fail("a declaration ('fn', 'let', 'const', 'struct', 'enum', 'trait', 'impl', 'type', ...)");
  }

}

function isPub(vis: A.Visibility): boolean {
  return vis !== 'none' && vis !== 'priv';
}

function withSelf<T extends { selfType?: A.TypeName }>(node: T, selfType: A.TypeName | undefined): T {
  if (selfType) node.selfType = selfType;
  return node;
}

function withSig<T extends { returnType?: A.TypeExpr; raises?: A.Raises; noraise?: true }>(node: T, sig: { returnType?: A.TypeExpr } & Effect): T {
  if (sig.returnType) node.returnType = sig.returnType;
  if (sig.raises) node.raises = sig.raises;
  if (sig.noraise) node.noraise = true;
  return node;
}
