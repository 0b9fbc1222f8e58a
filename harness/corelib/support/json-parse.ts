// `@json.parse`: JSON text to `Json`, raising `@json.ParseError` exactly
// where core does.
//
// Errors are `InvalidChar(position, char)` (the position of the offending
// character: 1-based line, 0-based column in UTF-16 code units; the char
// read there, or U+FFFD when no whole character starts there),
// `InvalidEof`, and `DepthLimitExceeded` once arrays and objects nest deeper
// than `max_nesting_depth`. Numbers: an integer beyond ±(2^53 - 1), or a
// literal that overflows a Double, becomes ±Infinity carrying its text as
// `repr`, so `stringify` writes it back unchanged. An escape `\uXXXX` is the
// character it names; a surrogate is accepted only as the first half of an
// escaped pair, as the core the docs follow requires (strings stay well-formed).

import { MoonBitError } from '../../runtime/core-values.ts';
import { None, Some } from '../../runtime/values.ts';
import * as J from './json.ts';
import { newStringMap, setKey } from './maps.ts';

export const PARSE_ERROR = '@json.ParseError';

export function parseError(ctor: string, fields: readonly unknown[] = []): MoonBitError {
  return new MoonBitError(PARSE_ERROR, ctor, fields);
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export function parse(text: string, maxDepth: number): J.Json {
  return new Parser(text, maxDepth).document();
}

class Parser {
  private offset = 0;

  constructor(
    private readonly text: string,
    private depthLeft: number,
  ) {}

  document(): J.Json {
    const value = this.value();
    this.skipWhitespace();
    if (this.offset < this.text.length) this.invalidChar(0);
    return value;
  }

  /** The next character (a surrogate pair read as one), or -1 at the end. */
  private read(): number {
    const { text } = this;
    if (this.offset >= text.length) return -1;
    const c = text.charCodeAt(this.offset++);
    if (c >= 0xd800 && c <= 0xdbff && this.offset < text.length) {
      const d = text.charCodeAt(this.offset);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.offset++;
        return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
      }
    }
    return c;
  }

  private eof(): never {
    throw parseError('InvalidEof');
  }

  /** `InvalidChar` at `shift` code units from the current offset. */
  private invalidChar(shift: number): never {
    const at = this.offset + shift;
    let line = 1;
    let column = 0;
    for (let i = 0; i < at; i++) {
      if (this.text.charCodeAt(i) === 0x0a) {
        line++;
        column = 0;
      } else column++;
    }
    throw parseError('InvalidChar', [{ line, column }, this.charAt(at)]);
  }

  /** The whole character starting at `i`, or U+FFFD. */
  private charAt(i: number): number {
    const { text } = this;
    if (i < 0 || i >= text.length) return 0xfffd;
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) return 0xfffd;
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      return d >= 0xdc00 && d <= 0xdfff ? ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000 : 0xfffd;
    }
    return c;
  }

  private skipWhitespace(): void {
    const { text } = this;
    while (this.offset < text.length) {
      const c = text.charCodeAt(this.offset);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
      this.offset++;
    }
  }

  private expectUnit(c: number): void {
    if (this.offset >= this.text.length) this.eof();
    if (this.text.charCodeAt(this.offset++) !== c) this.invalidChar(-1);
  }

  private expectWord(rest: string): void {
    for (let i = 0; i < rest.length; i++) this.expectUnit(rest.charCodeAt(i));
  }

  private value(): J.Json {
    this.skipWhitespace();
    const c = this.read();
    switch (c) {
      case -1:
        return this.eof();
      case 0x7b /* { */:
        return this.object();
      case 0x5b /* [ */:
        return this.array();
      case 0x6e /* n */:
        this.expectWord('ull');
        return J.NULL;
      case 0x74 /* t */:
        this.expectWord('rue');
        return J.TRUE;
      case 0x66 /* f */:
        this.expectWord('alse');
        return J.FALSE;
      case 0x2d /* - */: {
        const d = this.read();
        if (d === -1) return this.eof();
        if (d === 0x30) return this.zero(this.offset - 2);
        if (d >= 0x31 && d <= 0x39) return this.integer(this.offset - 2);
        return this.invalidChar(-1);
      }
      case 0x30:
        return this.zero(this.offset - 1);
      case QUOTE:
        return J.string(this.string());
      default:
        if (c >= 0x31 && c <= 0x39) return this.integer(this.offset - 1);
        return this.invalidChar(c > 0xffff ? -2 : -1);
    }
  }

  private object(): J.Json {
    if (this.depthLeft <= 0) throw parseError('DepthLimitExceeded');
    this.depthLeft--;
    const members = newStringMap<J.Json>();
    let key = this.propertyName(true);
    while (key !== undefined) {
      this.skipWhitespace();
      const colon = this.read();
      if (colon === -1) this.eof();
      if (colon !== 0x3a) this.invalidChar(-1);
      setKey(members, key, this.value());
      if (!this.separator(0x7d /* } */)) break;
      key = this.propertyName(false);
    }
    this.depthLeft++;
    return J.object(members);
  }

  /** A member name, or undefined for `}` where that may close the object. */
  private propertyName(allowClose: boolean): string | undefined {
    this.skipWhitespace();
    const c = this.read();
    if (c === -1) this.eof();
    if (c === QUOTE) return this.string();
    if (c === 0x7d && allowClose) return undefined;
    return this.invalidChar(-1);
  }

  private array(): J.Json {
    if (this.depthLeft <= 0) throw parseError('DepthLimitExceeded');
    this.depthLeft--;
    const items: J.Json[] = [];
    this.skipWhitespace();
    if (this.text.charCodeAt(this.offset) === 0x5d /* ] */) this.offset++;
    else {
      do items.push(this.value());
      while (this.separator(0x5d /* ] */));
    }
    this.depthLeft++;
    return J.array(items);
  }

  /** After a member or element: true for `,`, false for the closing bracket. */
  private separator(close: number): boolean {
    this.skipWhitespace();
    const c = this.read();
    if (c === -1) this.eof();
    if (c === 0x2c) return true;
    if (c === close) return false;
    return this.invalidChar(-1);
  }

  private string(): string {
    const { text } = this;
    let out = '';
    let start = this.offset;
    for (;;) {
      const c = this.read();
      if (c === -1) this.eof();
      if (c === QUOTE) return out + text.slice(start, this.offset - 1);
      if (c === 0x0a || c === 0x0d) this.invalidChar(-1);
      if (c === BACKSLASH) {
        out += text.slice(start, this.offset - 1) + this.escape();
        start = this.offset;
      } else if (c < 0x20) this.invalidChar(-1);
    }
  }

  private escape(): string {
    const c = this.read();
    switch (c) {
      case -1:
        return this.eof();
      case 0x62:
        return '\b';
      case 0x66:
        return '\f';
      case 0x6e:
        return '\n';
      case 0x72:
        return '\r';
      case 0x74:
        return '\t';
      case QUOTE:
        return '"';
      case BACKSLASH:
        return '\\';
      case 0x2f:
        return '/';
      case 0x75 /* u */: {
        // A surrogate escape must be the first half of an escaped pair, or the
        // string would not be well-formed; the error names the opening backslash.
        const escapeStart = this.offset - 2;
        const unpaired = (): never => this.invalidChar(escapeStart - this.offset);
        const c1 = this.hex4();
        if (c1 >= 0xdc00 && c1 <= 0xdfff) return unpaired();
        if (c1 < 0xd800 || c1 > 0xdbff) return String.fromCharCode(c1);
        for (const want of [BACKSLASH, 0x75]) {
          const c = this.read();
          if (c === -1) this.eof();
          if (c !== want) return unpaired();
        }
        const c2 = this.hex4();
        if (c2 < 0xdc00 || c2 > 0xdfff) return unpaired();
        return String.fromCharCode(c1, c2);
      }
      default:
        return this.invalidChar(-1);
    }
  }

  private hex4(): number {
    let r = 0;
    for (let i = 0; i < 4; i++) {
      const c = this.read();
      if (c === -1) this.eof();
      let digit: number;
      if (c >= 0x30 && c <= 0x39) digit = c - 0x30;
      else if (c >= 0x41 && c <= 0x46) digit = c - 0x41 + 10;
      else if (c >= 0x61 && c <= 0x66) digit = c - 0x61 + 10;
      // Blamed at the character's start, which is 2 code units back for one outside the BMP.
      else return this.invalidChar(c > 0xffff ? -2 : -1);
      r = (r << 4) | digit;
    }
    return r;
  }

  private isDigit(c: number): boolean {
    return c >= 0x30 && c <= 0x39;
  }

  /** Steps back over the character just read (one code unit, as core does). */
  private unread(): void {
    this.offset--;
  }

  private zero(start: number): J.Json {
    const c = this.read();
    if (c === 0x2e) return this.fraction(start);
    if (c === 0x65 || c === 0x45) return this.exponent(start);
    if (c !== -1) {
      this.unread();
      if (this.isDigit(c)) this.invalidChar(0);
    }
    return this.numberEnd(start);
  }

  private integer(start: number): J.Json {
    for (;;) {
      const c = this.read();
      if (c === 0x2e) return this.fraction(start);
      if (c === 0x65 || c === 0x45) return this.exponent(start);
      if (c === -1) return this.numberEnd(start);
      if (!this.isDigit(c)) {
        this.unread();
        return this.numberEnd(start);
      }
    }
  }

  /** After `.`: at least one digit, then more, then an optional exponent. */
  private fraction(start: number): J.Json {
    const first = this.read();
    if (first === -1) this.eof();
    if (!this.isDigit(first)) this.invalidChar(-1);
    for (;;) {
      const c = this.read();
      if (c === 0x65 || c === 0x45) return this.exponent(start);
      if (c === -1) return this.numberEnd(start);
      if (!this.isDigit(c)) {
        this.unread();
        return this.numberEnd(start);
      }
    }
  }

  /** After `e`: an optional sign, then at least one digit. */
  private exponent(start: number): J.Json {
    let c = this.read();
    if (c === 0x2b || c === 0x2d) c = this.read();
    if (c === -1) this.eof();
    if (!this.isDigit(c)) {
      this.unread();
      this.invalidChar(0);
    }
    for (;;) {
      c = this.read();
      if (c === -1) return this.numberEnd(start);
      if (!this.isDigit(c)) {
        this.unread();
        return this.numberEnd(start);
      }
    }
  }

  private numberEnd(start: number): J.Json {
    const literal = this.text.slice(start, this.offset);
    const n = Number(literal);
    const integral = !/[.eE]/.test(literal);
    // Integers are exact up to 2^53 - 1 (and `-0` reads as 0); beyond that,
    // and for Doubles that overflow, the text is kept.
    if (integral ? Math.abs(n) <= Number.MAX_SAFE_INTEGER : Number.isFinite(n)) {
      return J.number(integral && n === 0 ? 0 : n, None);
    }
    return J.number(literal.startsWith('-') ? -Infinity : Infinity, new Some(literal));
  }
}
