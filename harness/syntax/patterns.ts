// Patterns, and lexmatch's regex patterns.
//
//   pattern  := simple ('..<' | '..=' | '..<=') simple | pattern '|' pattern | pattern 'as' name | simple
//   simple   := literal | '-' number | name | '_' | Ctor ('(' args ')')? | '(' pattern (':' type)? ')'
//             | '(' pattern, ... ')' | '[' elements ']' | '{' fields '..'? '}' | '{' entries '..'? '}'
//
// `|` binds tighter than `as`: `A | B as x` binds x to either.

import type * as A from './ast.ts';
import { bytesOf, partsOf, textOf, type Token } from './lexer.ts';
import { TypeParser } from './types.ts';

/** `u8`, `i32`, `u16le`, `u64be`: the reader of a bit-field pattern. */
const BITS_FORMAT = /^[ui][0-9]+(?:le|be)?$/;

export abstract class PatternParser extends TypeParser {
  /** A literal token as an expression node (shared with the expression parser). */
  protected abstract parsePrimary(): A.Expr;
  /** A string token's text, raising its invalid escape or interpolation if it has one. */
  protected stringValue(t: Token): string {
    if (t.badEscape) this.error(t.badEscape.message, t.badEscape);
    const text = textOf(t);
    if (text === undefined) this.error('interpolation is not allowed in this string', t);
    return text;
  }

  parsePattern(): A.Pattern {
    this.enter();
    const r = this.parsePatternInner();
    this.leave();
    return r;
  }

  private parsePatternInner(): A.Pattern {
    const start = this.tok.start;
    let p = this.parseOrPattern();
    while (this.isKw('as')) {
      this.advance();
      const n = this.expectLident("a name after 'as'");
      p = { kind: 'AsPat', span: this.span(start), pattern: p, name: n.value };
    }
    return p;
  }

  private parseOrPattern(): A.Pattern {
    const start = this.tok.start;
    const first = this.parseRangePattern();
    if (!this.isOp('|')) return first;
    const alternatives = [first];
    while (this.eatOp('|')) alternatives.push(this.parseRangePattern());
    return { kind: 'OrPat', span: this.span(start), alternatives };
  }

  /** A simple pattern or a range of two: what `is` takes. */
  protected parseRangePattern(): A.Pattern {
    const start = this.tok.start;
    const lhs = this.parseSimplePattern();
    if (this.isOp('..<') || this.isOp('..=') || this.isOp('..<=')) {
      const op = this.advance();
      const rhs = this.parseSimplePattern();
      const r: A.RangePat = { kind: 'RangePat', span: this.span(start), inclusive: op.value !== '..<' };
      if (r.inclusive && rhs.kind === 'WildcardPat') this.error("an inclusive range pattern cannot end with '_'; write '..<_'", { start: rhs.span.start.offset, end: rhs.span.end.offset });
      const from = this.rangeBound(lhs);
      const to = this.rangeBound(rhs);
      if (from) r.from = from;
      if (to) r.to = to;
      return r;
    }
    if (this.isOp('..') && !this.tok.nl) this.error("expected '..<' or '..=' in a range pattern");
    return lhs;
  }

  private rangeBound(p: A.Pattern): A.LitPat | A.ConstructorPat | undefined {
    if (p.kind === 'WildcardPat') return undefined;
    if (p.kind === 'LitPat' || (p.kind === 'ConstructorPat' && p.args.length === 0 && !p.open)) return p;
    this.error('a range pattern bound must be a literal, a constant or _', { start: p.span.start.offset, end: p.span.end.offset });
  }

  private litPat(value: A.LitPat['value'], start: number, negative = false): A.LitPat {
    return { kind: 'LitPat', span: this.span(start), value, negative };
  }

  /** A literal pattern at a literal token (map keys too); undefined elsewhere. */
  private literalPattern(): A.LitPat | undefined {
    const t = this.tok;
    const start = t.start;
    switch (t.type) {
      case 'int':
      case 'double':
      case 'char':
      case 'byte':
      case 'bytes':
        return this.litPat(this.parsePrimary() as A.LitPat['value'], start);
      case 'string': {
        if (partsOf(t)) this.error('a string pattern cannot contain interpolation', t);
        const value = this.stringValue(t);
        this.advance();
        return this.litPat({ kind: 'StringLit', span: this.tokSpan(t), value, multiline: false }, start);
      }
      case 'kw':
        if (t.value !== 'true' && t.value !== 'false') return undefined;
        this.advance();
        return this.litPat({ kind: 'BoolLit', span: this.tokSpan(t), value: t.value === 'true' }, start);
      case 'op': {
        if (t.value !== '-') return undefined;
        this.advance();
        const n = this.tok;
        if (n.type !== 'int' && n.type !== 'double') this.fail("a number after '-' in a pattern");
        return this.litPat(this.parsePrimary() as A.IntLit | A.DoubleLit, start, true);
      }
    }
    return undefined;
  }

  protected parseSimplePattern(): A.Pattern {
    const lit = this.literalPattern();
    if (lit) return lit;
    const t = this.tok;
    switch (t.type) {
      case 'lident':
        this.advance();
        return { kind: 'VarPat', span: this.tokSpan(t), name: t.value };
      case 'uident':
      case 'pkg':
        return this.parseConstructorPattern();
      case 'op':
        switch (t.value) {
          case '_':
            this.advance();
            return { kind: 'WildcardPat', span: this.tokSpan(t) };
          case '(':
            return this.parseParenPattern(() => this.parsePattern());
          case '[':
            return this.parseArrayPattern();
          case '{':
            return this.parseBracePattern();
        }
        break;
    }
    this.fail('a pattern');
  }

  /** `()`, `(p)`, `(p : T)`, `(p, q, ...)`, with `inner` for the elements. */
  private parseParenPattern(inner: () => A.Pattern): A.Pattern {
    const open = this.advance();
    const start = open.start;
    return this.withNl(false, () => {
      if (this.isOp(')')) {
        this.advance();
        return this.litPat({ kind: 'UnitLit', span: this.span(start) }, start);
      }
      const first = inner();
      if (this.eatOp(':')) {
        const type = this.parseType();
        this.expectClose(open, ')');
        return { kind: 'ConstraintPat', span: this.span(start), pattern: first, type } as A.ConstraintPat;
      }
      if (this.isOp(',')) {
        const elements = [first];
        while (this.eatOp(',')) {
          if (this.isOp(')')) break;
          elements.push(inner());
        }
        this.expectClose(open, ')', "',' or ')'");
        if (elements.length === 1) return first;
        return { kind: 'TuplePat', span: this.span(start), elements } as A.TuplePat;
      }
      this.expectClose(open, ')');
      return first;
    });
  }

  private parseConstructorPattern(): A.ConstructorPat {
    const start = this.tok.start;
    let pkg: string | undefined;
    let typeName: string | undefined;
    if (this.tok.type === 'pkg') {
      pkg = this.advance().value;
      this.expectOp('.');
    }
    let name = this.expectUident('a constructor name').value;
    if (this.isOp('::')) {
      this.advance();
      typeName = name;
      name = this.expectUident("a constructor name after '::'").value;
    }
    const args: A.ConstructorPat['args'] = [];
    let open = false;
    if (this.isOp('(') && !(this.nlMode && this.tok.nl)) {
      const paren = this.advance();
      this.withNl(false, () => {
        while (!this.isOp(')') && !this.atEof()) {
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
        this.expectClose(paren, ')', "',' or ')'");
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
      while (!this.isOp(']') && !this.atEof()) {
        if (this.isOp('..')) {
          const dd = this.advance();
          const splice = this.splicePattern(dd);
          if (splice) (rest ? after : before).push(splice);
          else {
            if (rest) this.error("only one '..' is allowed in an array pattern", dd);
            let name: string | undefined;
            if (this.tok.type === 'lident') name = this.advance().value;
            else if (this.isOp('_')) this.advance();
            else if (this.isKw('as')) {
              this.advance();
              name = this.expectLident("a name after '.. as'").value;
            }
            rest = { span: this.span(dd.start) };
            if (name !== undefined) rest.name = name;
          }
        } else {
          (rest ? after : before).push(this.parseArrayElement());
        }
        if (!this.eatOp(',')) break;
      }
      this.expectClose(open, ']', "',' or ']'");
    });
    const p: A.ArrayPat = { kind: 'ArrayPat', span: this.span(start), before, after };
    if (rest) p.rest = rest;
    return p;
  }

  /** An element of an array pattern: a pattern, or a bit field `u16le(p)`. */
  private parseArrayElement(): A.Pattern {
    const t = this.tok;
    const n = this.peekAt(1);
    if (t.type === 'lident' && this.isOp('(', n) && this.adjacent(t, n) && BITS_FORMAT.test(t.value)) {
      this.advance();
      const open = this.advance();
      const pattern = this.parsePattern();
      this.expectClose(open, ')');
      return { kind: 'BitsPat', span: this.span(t.start), format: t.value, pattern };
    }
    return this.parsePattern();
  }

  /** After `..` in an array pattern: a string, bytes or constant run, if one follows. */
  private splicePattern(dd: Token): A.SplicePat | undefined {
    const t = this.tok;
    let value: A.SplicePat['value'];
    if (t.type === 'string') {
      if (partsOf(t)) this.error('a string pattern cannot contain interpolation', t);
      value = { kind: 'StringLit', span: this.tokSpan(t), value: this.stringValue(t), multiline: false };
      this.advance();
    } else if (t.type === 'bytes') {
      value = { kind: 'BytesLit', span: this.tokSpan(t), value: bytesOf(t) };
      this.advance();
    } else if (t.type === 'uident' || t.type === 'pkg') {
      value = this.parseConstructorPattern();
      if (value.args.length || value.open) this.error("'..' takes a constant here, not a constructor with arguments", t);
    } else return undefined;
    return { kind: 'SplicePat', span: this.span(dd.start), value };
  }

  /** `{}` (empty map), `{ x, y: p, .. }` (record) or `{ "k": p, "o"? : q, .. }` (map). */
  private parseBracePattern(): A.RecordPat | A.MapPat {
    const open = this.advance();
    const start = open.start;
    return this.withNl(false, () => {
      if (this.isOp('}')) {
        this.advance();
        return { kind: 'MapPat', span: this.span(start), entries: [], open: false } as A.MapPat;
      }
      if (this.tok.type === 'lident') {
        const fields: A.RecordPat['fields'] = [];
        let rest = false;
        while (!this.isOp('}') && !this.atEof()) {
          if (this.eatOp('..')) {
            rest = true;
            this.eatOp(',');
            break;
          }
          const fstart = this.tok.start;
          const n = this.expectLident('a field name');
          const nameSpan = this.tokSpan(n);
          if (this.eatOp(':')) fields.push({ name: n.value, nameSpan, pattern: this.parsePattern(), punned: false });
          else {
            if (this.isOp('~') && this.adjacent(n, this.tok)) this.advance();
            fields.push({ name: n.value, nameSpan, pattern: { kind: 'VarPat', span: this.span(fstart), name: n.value }, punned: true });
          }
          if (!this.eatOp(',')) break;
        }
        this.expectClose(open, '}', "',' or '}'");
        return { kind: 'RecordPat', span: this.span(start), fields, open: rest } as A.RecordPat;
      }
      if (this.isOp('..') && this.isOp('}', this.peekAt(1))) this.error("a record pattern cannot hold only '..'; use the wildcard pattern _");
      const entries: A.MapPat['entries'] = [];
      let rest = false;
      while (!this.isOp('}') && !this.atEof()) {
        if (this.eatOp('..')) {
          rest = true;
          this.eatOp(',');
          break;
        }
        const estart = this.tok.start;
        const key = this.literalPattern() ?? this.fail('a map key (a literal) or a field name');
        const optional = this.eatOp('?') !== undefined;
        this.expectOp(':');
        entries.push({ key, optional, pattern: this.parsePattern(), span: this.span(estart) });
        if (!this.eatOp(',')) break;
      }
      this.expectClose(open, '}', "',' or '}'");
      return { kind: 'MapPat', span: this.span(start), entries, open: rest } as A.MapPat;
    });
  }

  // ---- lexmatch -----------------------------------------------------------
  //   lexpat := lexseq ('|' lexseq)* ('as' name)*
  //   lexseq := lexsimple+                 (regexes in sequence)
  //   lexsimple := string | re"..." | '(' lexpat (',' lexpat)* ')' | pattern

  parseLexPattern(): A.Pattern {
    this.enter();
    const r = this.parseLexPatternInner();
    this.leave();
    return r;
  }

  private parseLexPatternInner(): A.Pattern {
    const start = this.tok.start;
    let p = this.parseLexSeq();
    if (this.isOp('|')) {
      const alternatives = [p];
      while (this.eatOp('|')) alternatives.push(this.parseLexSeq());
      p = { kind: 'OrPat', span: this.span(start), alternatives };
    }
    while (this.isKw('as')) {
      this.advance();
      const n = this.isOp('_') ? this.advance() : this.expectLident("a name after 'as'");
      p = { kind: 'AsPat', span: this.span(start), pattern: p, name: n.value };
    }
    return p;
  }

  private parseLexSeq(): A.Pattern {
    const start = this.tok.start;
    const items = [this.parseLexSimple()];
    while (this.tok.type === 'string' || this.tok.type === 'regex' || (this.isOp('(') && !(this.nlMode && this.tok.nl))) items.push(this.parseLexSimple());
    if (items.length === 1) return items[0]!;
    return { kind: 'SeqPat', span: this.span(start), items };
  }

  private parseLexSimple(): A.Pattern {
    const t = this.tok;
    if (t.type === 'string' || t.type === 'regex') {
      if (partsOf(t)) this.error('a regex cannot contain interpolation', t);
      this.advance();
      return { kind: 'RegexPat', span: this.tokSpan(t), source: t.type === 'regex' ? textOf(t)! : this.src.slice(t.start + 1, t.end - 1) };
    }
    if (this.isOp('(')) return this.parseParenPattern(() => this.parseLexPattern());
    return this.parseSimplePattern();
  }
}
