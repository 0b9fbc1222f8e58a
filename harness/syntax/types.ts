// Types, type parameters and effect annotations.
//
//   type      := 'async'? '(' types ')' '->' return | '(' types ')' | '&' qualified
//              | qualified ('[' types ']')? | '_'        — each followed by any number of '?'
//   return    := type ('raise' error? | 'raise' '?' | 'noraise')?     (old: type '!' error?)
//   typeParam := Name (':' bound ('+' bound)*)?

import type * as A from './ast.ts';
import { Cursor } from './cursor.ts';

/** A return type's or a signature's effect. */
export interface Effect {
  raises?: A.Raises;
  noraise?: true;
}

export class TypeParser extends Cursor {
  parseType(): A.TypeExpr {
    this.enter();
    const r = this.parseTypeInner();
    this.leave();
    return r;
  }

  private parseTypeInner(): A.TypeExpr {
    const start = this.tok.start;
    if (this.isKw('async')) {
      this.advance();
      if (!this.isOp('(')) this.fail("'(' of an async function type");
      const fn = this.parseParenType(start);
      if (fn.kind !== 'FnType') this.error("'async' needs a function type", { start, end: fn.span.end.offset });
      fn.isAsync = true;
      return fn;
    }
    if (this.isOp('(')) return this.typeSuffix(this.parseParenType(start), start);
    if (this.isOp('&')) {
      this.advance();
      const { name, pkg } = this.qualifiedUpper('a trait name after \'&\'');
      const t: A.TraitObjectType = { kind: 'TraitObjectType', span: this.span(start), name };
      if (pkg !== undefined) t.pkg = pkg;
      return this.typeSuffix(t, start);
    }
    return this.typeSuffix(this.parseNamedType(), start);
  }

  /** `(...)`: Unit, a parenthesized type, a tuple, or a function type. */
  private parseParenType(start: number): A.TypeExpr {
    const open = this.advance();
    const elems = this.list(')', () => this.parseType());
    this.expectClose(open, ')', "',' or ')'");
    if (this.isOp('->')) {
      this.advance();
      const res = this.parseReturnType();
      const fnt: A.FnType = { kind: 'FnType', span: this.span(start), params: elems, result: res.type };
      if (res.raises) fnt.raises = res.raises;
      if (res.noraise) fnt.noraise = true;
      return fnt;
    }
    if (elems.length === 0) return { kind: 'NamedType', span: this.span(start), name: 'Unit', args: [] };
    // `(T)` is T; a trailing comma `(T,)` is not a 1-tuple in MoonBit either.
    if (elems.length === 1) return elems[0]!;
    return { kind: 'TupleType', span: this.span(start), elements: elems };
  }

  private typeSuffix(t: A.TypeExpr, start: number): A.TypeExpr {
    while (this.isOp('?') && !this.tok.nl) {
      this.advance();
      t = { kind: 'OptionType', span: this.span(start), inner: t };
    }
    return t;
  }

  /** `Name` or `@pkg.Name`. */
  protected qualifiedUpper(what: string): { name: string; pkg?: string } {
    let pkg: string | undefined;
    if (this.tok.type === 'pkg') {
      pkg = this.advance().value;
      this.expectOp('.');
    }
    const name = this.expectUident(what).value;
    return pkg === undefined ? { name } : { name, pkg };
  }

  protected parseNamedType(): A.NamedType {
    const start = this.tok.start;
    if (this.isOp('_')) {
      this.advance();
      return { kind: 'NamedType', span: this.span(start), name: '_', args: [] };
    }
    const { name, pkg } = this.qualifiedUpper('a type');
    const args: A.TypeExpr[] = [];
    if (this.isOp('[') && !(this.nlMode && this.tok.nl)) {
      const open = this.advance();
      args.push(...this.list(']', () => this.parseType()));
      this.expectClose(open, ']', "',' or ']'");
      if (args.length === 0) this.error('empty type argument list', { start, end: this.prevEnd() });
    }
    const t: A.NamedType = { kind: 'NamedType', span: this.span(start), name, args };
    if (pkg !== undefined) t.pkg = pkg;
    return t;
  }

  /** Return type of a function type / signature, with its error annotation. */
  protected parseReturnType(): { type: A.TypeExpr } & Effect {
    const type = this.parseType();
    if (this.isOp('!') && !this.tok.nl) {
      // Old syntax `T!` / `T!E`.
      this.advance();
      if (this.tok.type === 'uident' || this.tok.type === 'pkg') return { type, raises: this.parseErrorType() };
      return { type, raises: 'any' };
    }
    return { type, ...this.parseEffect() };
  }

  /** `raise`, `raise E`, `raise?`, `noraise`, or nothing. */
  protected parseEffect(): Effect {
    if (this.isKw('noraise')) {
      this.advance();
      return { noraise: true };
    }
    if (!this.isKw('raise')) return {};
    this.advance();
    if (this.isOp('?')) {
      this.advance();
      return { raises: 'poly' };
    }
    if (this.tok.type === 'uident' || this.tok.type === 'pkg' || this.isOp('_')) return { raises: this.parseErrorType() };
    return { raises: 'any' };
  }

  private parseErrorType(): A.TypeExpr {
    if (this.isOp('_')) return this.parseNamedType();
    const start = this.tok.start;
    const { name, pkg } = this.qualifiedUpper('an error type name');
    const t: A.NamedType = { kind: 'NamedType', span: this.span(start), name, args: [] };
    if (pkg !== undefined) t.pkg = pkg;
    return t;
  }

  /** `[T, U : Show + Eq]` after `fn`, `impl`, or a type's name. */
  protected parseTypeParams(): A.TypeParam[] {
    if (!this.isOp('[')) return [];
    const open = this.advance();
    const params = this.list(']', () => {
      const start = this.tok.start;
      const name = (this.isOp('_') ? this.advance() : this.expectUident('a type parameter name')).value;
      const bounds: A.TypeExpr[] = [];
      if (this.eatOp(':')) {
        bounds.push(this.parseNamedType());
        while (this.eatOp('+')) bounds.push(this.parseNamedType());
      }
      return { kind: 'TypeParam', span: this.span(start), name, bounds } as A.TypeParam;
    });
    this.expectClose(open, ']', "',' or ']'");
    return params;
  }
}
