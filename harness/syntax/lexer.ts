// The MoonBit tokenizer. It turns the whole text into an array of tokens up
// front; each token records whether a line break separates it from the
// previous token (`nl`), which the parser uses for MoonBit's newline rule.
//
// Lexical rules follow the MoonBit reference, "Lexical Conventions"
// (docs.moonbitlang.com/en/latest/language/lexical-conventions):
//  * simple escapes in strings and chars: \\ \" \' \/ \n \r \t \b \f
//  * unicode escapes: \uXXXX (exactly four hex digits) and \u{X...}
//  * \xHH (two hex digits) and \oOOO (three octal digits, at most \o377)
//    in strings, chars, bytes and byte literals; only these two and the
//    simple escapes in byte literals `b'a'` and bytes literals. The real
//    compiler turns a string's \o escape of 128 or more into U+FFFD (it
//    decodes the byte as UTF-8); a char's is the code point.
//  * interpolation `\{ expr }`: no line break inside, nested strings allowed
//  * `#|` lines are raw; `$|` lines take escapes and interpolation
//  * `re"..."` regex literals are raw up to the closing quote (`\"` escapes it)
// A string with an invalid escape is still one token: it records the first
// bad escape, which the parser reports unless the string is a lexmatch
// regex (those use regex escapes such as `\[`).
// Number forms, as the real compiler reads them: `1.` and `1.5` are Doubles,
// `1.e3`, `1.5E+2` too, but an exponent needs the dot (`1e3` is `1` then
// `e3`); hexadecimal Doubles need it as well (`0x1.8p1`, `0x1.8`);
// `1.to_string()` is the Double `1.` and then a name (an error), `1..<3` a
// range, `t.0.1` tuple access. `F` after a Double makes a Float.

import type { IntSuffix } from './ast.ts';
import { LineIndex, MoonBitSyntaxError } from './errors.ts';

export type TokType =
  | 'lident'
  | 'uident'
  | 'pkg'
  | 'int'
  | 'double'
  | 'char'
  | 'byte'
  | 'string'
  | 'regex'
  | 'bytes'
  | 'mstring'
  | 'op'
  | 'kw'
  | 'eof';

type TokenLit =
  | undefined
  | string
  | number
  | Uint8Array
  | (string | Token[])[]
  | { value: bigint; suffix: IntSuffix }
  | { value: number; suffix: '' | 'F' };

export interface Token {
  type: TokType;
  /** Identifier / keyword / operator text; raw text for literals. */
  value: string;
  start: number;
  end: number;
  /** A line break occurs between the previous token and this one. */
  nl: boolean;
  /** For `(`, `[`, `[|` and `{`: the index of the matching closing token, or -1. */
  close: number;
  /** The decoded literal (read it with the accessors below): an int's or
   *  Double's value and suffix, a byte's value, a bytes literal's bytes, the
   *  text of a char, regex or plain string, or an interpolated string's parts
   *  (text, or the tokens of `\{ ... }` ending with an `eof` at the brace).
   *  One field for all of them keeps tokens small and of one shape. */
  lit: TokenLit;
  /** For `string` / `mstring`: the first invalid escape, reported when the text is used as a string. */
  badEscape?: { start: number; end: number; message: string };
}

/** Every token has every field, so that all tokens share one shape (fast property reads). */
function tokenOf(type: TokType, value: string, start: number, end: number, nl: boolean): Token {
  return { type, value, start, end, nl, close: -1, lit: undefined, badEscape: undefined };
}

export function intOf(t: Token): { value: bigint; suffix: IntSuffix } {
  return t.lit as { value: bigint; suffix: IntSuffix };
}
export function doubleOf(t: Token): { value: number; suffix: '' | 'F' } {
  return t.lit as { value: number; suffix: '' | 'F' };
}
/** A char's, regex's or `#|` line's text, or a string's when it has no interpolation. */
export function textOf(t: Token): string | undefined {
  return typeof t.lit === 'string' ? t.lit : undefined;
}
/** An interpolated string's parts. */
export function partsOf(t: Token): (string | Token[])[] | undefined {
  return Array.isArray(t.lit) ? t.lit : undefined;
}
export function bytesOf(t: Token): Uint8Array {
  return t.lit as Uint8Array;
}
export function byteOf(t: Token): number {
  return t.lit as number;
}

/** Sets `close` of each opening bracket to the index of its closing one. */
function linkBrackets(toks: Token[]): Token[] {
  const opens: number[] = [];
  for (let j = 0; j < toks.length; j++) {
    const t = toks[j]!;
    if (t.type !== 'op') continue;
    const v = t.value;
    if (v === '(' || v === '[' || v === '{' || v === '[|') opens.push(j);
    else if (v === ')' || v === ']' || v === '}' || v === '|]') {
      const o = opens.pop();
      if (o !== undefined) toks[o]!.close = j;
    }
  }
  return toks;
}

export const KEYWORDS = new Set([
  'let', 'mut', 'fn', 'pub', 'priv', 'test', 'const', 'if', 'else', 'match',
  'while', 'for', 'in', 'loop', 'break', 'continue', 'return', 'raise', 'try',
  'catch', 'noraise', 'true', 'false', 'as', 'is', 'guard', 'defer', 'type',
  'struct', 'enum', 'trait', 'impl', 'typealias', 'traitalias', 'fnalias',
  'async', 'with', 'extern', 'derive', 'letrec', 'suberror', 'using', 'throw',
  'import', 'lexmatch', 'where', 'declare',
]);

// Longest first within each leading character.
const OPERATORS = [
  '...', '..<', '..=', '..<=', '<<=', '>>=', '>=..', '>..',
  '..', '::', '->', '=>', '=~', '[|', '|]', '==', '!=', '<=', '>=', '<<', '>>', '<+', '+=', '-=', '*=',
  '/=', '%=', '&&', '||', '|>', '<|', '&=', '|=', '^=',
  '.', ':', '=', '!', '<', '>', '+', '-', '*', '/', '%', '&', '|', '^', '(',
  ')', '[', ']', '{', '}', ',', ';', '?', '~', '_', '#',
];
const NO_OPS: string[] = [];
/** Candidates by the char code of their first character, longest first. */
const OPS_BY_CODE: string[][] = [];
for (const op of OPERATORS) {
  const list = (OPS_BY_CODE[op.charCodeAt(0)] ??= []);
  list.push(op);
  list.sort((a, b) => b.length - a.length);
}

const NONASCII_IDENT = /[\p{L}\p{N}]/u;

function isIdentStart(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95) return true;
  return code > 127 && NONASCII_IDENT.test(c);
}
function isIdentChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95)
    return true;
  return code > 127 && NONASCII_IDENT.test(c);
}
function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}
function isHex(c: string | undefined): boolean {
  return c !== undefined && /^[0-9a-fA-F]$/.test(c);
}

const SIMPLE_ESCAPES: Record<string, string> = { '\\': '\\', '"': '"', "'": "'", '/': '/', n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

function withoutUnderscores(digits: string): string {
  return digits.includes('_') ? digits.replace(/_/g, '') : digits;
}

/** A decimal or hexadecimal (`0x1.8p3`) Double, without `_`. */
function parseDouble(text: string): number {
  if (!/^0[xX]/.test(text)) return Number(text);
  const m = /^0[xX]([0-9a-fA-F]*)\.([0-9a-fA-F]*)(?:[pP]([+-]?[0-9]+))?$/.exec(text)!;
  const frac = m[2]!;
  const mantissa = Number(BigInt(`0x${m[1]! || '0'}${frac}`));
  return mantissa * 2 ** (Number(m[3] ?? 0) - 4 * frac.length);
}

export function describeToken(t: Token): string {
  switch (t.type) {
    case 'eof':
      return 'end of input';
    case 'lident':
    case 'uident':
      return `identifier '${t.value}'`;
    case 'pkg':
      return `package name '${t.value}'`;
    case 'kw':
      return `keyword '${t.value}'`;
    case 'op':
      return `'${t.value}'`;
    case 'int':
      return `integer literal ${t.value}`;
    case 'double':
      return `floating-point literal ${t.value}`;
    case 'char':
      return `char literal ${t.value}`;
    case 'byte':
      return `byte literal ${t.value}`;
    case 'regex':
      return 'regex literal';
    case 'string':
      return 'string literal';
    case 'bytes':
      return 'bytes literal';
    case 'mstring':
      return 'multi-line string';
  }
}

class Lexer {
  pos = 0;
  private lastSignificant: Token | undefined;
  private interpDepth = 0;
  /** The first invalid escape of the string being read. */
  private badEscape: Token['badEscape'];

  constructor(
    readonly src: string,
    readonly index: LineIndex,
  ) {}

  error(msg: string, start: number, end = start + 1): never {
    const e = Math.min(Math.max(end, start), this.src.length);
    throw new MoonBitSyntaxError(msg, this.index.span(start, e));
  }

  /** Skips whitespace and comments; returns whether a line break was seen. */
  private skipTrivia(): boolean {
    const src = this.src;
    let nl = false;
    while (this.pos < src.length) {
      const c = src[this.pos]!;
      if (c === '\n' || c === '\r') {
        nl = true;
        this.pos++;
      } else if (c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\u00a0' || c === '\ufeff') {
        this.pos++;
      } else if (c === '/' && src[this.pos + 1] === '/') {
        while (this.pos < src.length && src[this.pos] !== '\n' && src[this.pos] !== '\r') this.pos++;
      } else {
        break;
      }
    }
    return nl;
  }

  /** Tokenizes until end of input. */
  all(): Token[] {
    const out: Token[] = [];
    for (;;) {
      const nl = this.skipTrivia();
      const t = this.token(nl);
      out.push(t);
      if (t.type === 'eof') return linkBrackets(out);
    }
  }

  /** Tokens of an interpolation body; `this.pos` is just after `\{`. */
  interpolation(openAt: number): Token[] {
    if (++this.interpDepth > 64) this.error('string interpolation nested too deeply', openAt, openAt + 2);
    const out: Token[] = [];
    let depth = 0;
    for (;;) {
      const nl = this.skipTrivia();
      if (nl) this.error('line break inside string interpolation', openAt, openAt + 2);
      if (this.pos >= this.src.length) this.error("unterminated string interpolation: expected '}'", openAt, openAt + 2);
      const c = this.src[this.pos];
      if (c === '}' && depth === 0) {
        if (out.length === 0) this.error('empty string interpolation', openAt, this.pos + 1);
        out.push(tokenOf('eof', '}', this.pos, this.pos, false));
        this.pos++;
        this.interpDepth--;
        return linkBrackets(out);
      }
      const t = this.token(false);
      if (t.type === 'op' && t.value === '{') depth++;
      else if (t.type === 'op' && t.value === '}') depth--;
      out.push(t);
    }
  }

  private token(nl: boolean): Token {
    const src = this.src;
    const start = this.pos;
    if (start >= src.length) return tokenOf('eof', '', start, start, nl);
    const c = src[start]!;
    let t: Token;
    if (c === 'b' && src[start + 1] === '"') {
      t = this.bytesLit(nl);
    } else if (c === 'b' && src[start + 1] === "'") {
      t = this.byteLit(nl);
    } else if (c === 'r' && src[start + 1] === 'e' && src[start + 2] === '"') {
      t = this.regexLit(nl);
    } else if (isIdentStart(c) && !(c === '_' && !isIdentChar(src[start + 1]))) {
      let p = start + 1;
      for (;;) {
        const k = src.charCodeAt(p);
        if ((k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || k === 95 || (k > 127 && isIdentChar(src[p]))) p++;
        else break;
      }
      const word = src.slice(start, p);
      this.pos = p;
      const code = c.charCodeAt(0);
      const type: TokType = KEYWORDS.has(word) ? 'kw' : code >= 65 && code <= 90 ? 'uident' : 'lident';
      t = tokenOf(type, word, start, p, nl);
    } else if (isDigit(c)) {
      t = this.number(nl);
    } else if (c === '"') {
      t = this.stringLit(nl);
    } else if (c === "'") {
      t = this.charLit(nl);
    } else if ((c === '#' || c === '$') && src[start + 1] === '|') {
      t = this.multilineLine(nl);
    } else if (c === '@') {
      let p = start + 1;
      while (isIdentChar(src[p]) || (src[p] === '/' && isIdentChar(src[p + 1]))) p++;
      if (p === start + 1) this.error("expected a package name after '@'", start);
      this.pos = p;
      t = tokenOf('pkg', src.slice(start + 1, p), start, p, nl);
    } else {
      let op: string | undefined;
      for (const o of OPS_BY_CODE[c.charCodeAt(0)] ?? NO_OPS) {
        if (src.startsWith(o, start)) {
          op = o;
          break;
        }
      }
      if (op === undefined || (op === '#' && !isIdentStart(src[start + 1]))) {
        const cp = src.codePointAt(start)!;
        const ch = String.fromCodePoint(cp);
        const shown = cp < 32 || cp === 127 ? `U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `'${ch}'`;
        this.error(`unexpected character ${shown}`, start, start + ch.length);
      }
      this.pos = start + op.length;
      t = tokenOf('op', op, start, this.pos, nl);
    }
    this.lastSignificant = t;
    return t;
  }

  private number(nl: boolean): Token {
    const src = this.src;
    const start = this.pos;
    let p = start;
    const afterDot = this.lastSignificant?.type === 'op' && this.lastSignificant.value === '.' && this.lastSignificant.end === start;
    if (afterDot) {
      // Tuple index: plain decimal digits.
      while (isDigit(src[p])) p++;
      this.pos = p;
      const raw = src.slice(start, p);
      const tk = tokenOf('int', raw, start, p, nl);
      tk.lit = { value: BigInt(raw), suffix: '' };
      return tk;
    }
    // A `.` makes a Double unless it starts `..` (a range or cascade).
    const fractionDot = (q: number) => src[q] === '.' && src[q + 1] !== '.';
    let isFloat = false;
    let digits: string;
    const pfx = src[p] === '0' ? src[p + 1] : undefined;
    if (pfx === 'x' || pfx === 'X' || pfx === 'o' || pfx === 'O' || pfx === 'b' || pfx === 'B') {
      const kind = pfx.toLowerCase();
      const ok = kind === 'x' ? isHex : kind === 'o' ? (ch?: string) => ch !== undefined && ch >= '0' && ch <= '7' : (ch?: string) => ch === '0' || ch === '1';
      p += 2;
      const ds = p;
      while (ok(src[p]) || src[p] === '_') p++;
      const body = withoutUnderscores(src.slice(ds, p));
      if (body.length === 0) this.error(`expected digits after '0${pfx}'`, start, p);
      digits = `0${kind}${body}`;
      if (kind === 'x' && fractionDot(p)) {
        isFloat = true;
        p++;
        while (isHex(src[p]) || src[p] === '_') p++;
        if ((src[p] === 'p' || src[p] === 'P') && (isDigit(src[p + 1]) || ((src[p + 1] === '+' || src[p + 1] === '-') && isDigit(src[p + 2])))) {
          p += 2;
          while (isDigit(src[p])) p++;
        }
      }
    } else {
      while (isDigit(src[p]) || src[p] === '_') p++;
      digits = withoutUnderscores(src.slice(start, p));
      if (fractionDot(p)) {
        isFloat = true;
        p++;
        while (isDigit(src[p]) || src[p] === '_') p++;
        if (
          (src[p] === 'e' || src[p] === 'E') &&
          (isDigit(src[p + 1]) || ((src[p + 1] === '+' || src[p + 1] === '-') && isDigit(src[p + 2])))
        ) {
          p += 2;
          while (isDigit(src[p]) || src[p] === '_') p++;
        }
      }
    }
    const numEnd = p;
    if (isFloat) {
      let suffix: '' | 'F' = '';
      if (src[p] === 'F' && !isIdentChar(src[p + 1])) {
        suffix = 'F';
        p++;
      }
      // `1.` followed by a name is the Double `1.` and then that name.
      if (isIdentChar(src[p]) && src[p - 1] !== '.') this.error(`invalid suffix on number literal '${src.slice(start, p + 1)}'`, start, p + 1);
      this.pos = p;
      const text = withoutUnderscores(src.slice(start, numEnd));
      const tk = tokenOf('double', src.slice(start, p), start, p, nl);
      tk.lit = { value: parseDouble(text), suffix };
      return tk;
    }
    let suffix: IntSuffix = '';
    if (src.startsWith('UL', p)) suffix = 'UL';
    else if (src[p] === 'U') suffix = 'U';
    else if (src[p] === 'L') suffix = 'L';
    else if (src[p] === 'N') suffix = 'N';
    p += suffix.length;
    if (isIdentChar(src[p])) this.error(`invalid suffix on number literal '${src.slice(start, p + 1)}'`, start, p + 1);
    this.pos = p;
    const tk = tokenOf('int', src.slice(start, p), start, p, nl);
    tk.lit = { value: BigInt(digits), suffix };
    return tk;
  }

  /**
   * Reads one escape starting at the backslash. Returns the decoded text (a
   * byte value in `bytes` mode), or, for an invalid escape in a string, the
   * problem: the caller records it and goes on.
   */
  private escape(mode: 'string' | 'char' | 'bytes'): string | number | { bad: string; end: number } {
    const src = this.src;
    const at = this.pos;
    const e = src[at + 1];
    const fail = (message: string, end: number): { bad: string; end: number } => {
      if (mode !== 'string') this.error(message, at, end);
      this.pos = at + (e === undefined || e === '\n' || e === '\r' ? 1 : 2);
      return { bad: message, end };
    };
    const simple = SIMPLE_ESCAPES[e ?? ''];
    if (simple !== undefined) {
      this.pos = at + 2;
      return mode === 'bytes' ? simple.charCodeAt(0) : simple;
    }
    if (e === 'u' && mode !== 'bytes') {
      let cp: number;
      if (src[at + 2] === '{') {
        let p = at + 3;
        while (isHex(src[p])) p++;
        if (p === at + 3 || src[p] !== '}') return fail('invalid unicode escape: expected \\u{hex digits}', p + 1);
        cp = parseInt(src.slice(at + 3, p), 16);
        this.pos = p + 1;
      } else {
        const hex = src.slice(at + 2, at + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) return fail('invalid unicode escape: expected \\uXXXX or \\u{...}', at + 2);
        cp = parseInt(hex, 16);
        this.pos = at + 6;
      }
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return fail('unicode escape is not a Unicode scalar value', this.pos);
      return String.fromCodePoint(cp);
    }
    if (e === 'x') {
      const hex = src.slice(at + 2, at + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) return fail(`invalid ${mode === 'bytes' ? 'byte ' : ''}escape: expected \\x and two hex digits`, at + 2);
      this.pos = at + 4;
      const v = parseInt(hex, 16);
      return mode === 'bytes' ? v : String.fromCharCode(v);
    }
    if (e === 'o') {
      const oct = src.slice(at + 2, at + 5);
      if (!/^[0-7]{3}$/.test(oct) || parseInt(oct, 8) > 255) return fail(`invalid ${mode === 'bytes' ? 'byte ' : ''}escape: expected \\o and three octal digits (at most \\o377)`, at + 2);
      this.pos = at + 5;
      const v = parseInt(oct, 8);
      if (mode === 'bytes') return v;
      return mode === 'string' && v >= 128 ? '\ufffd' : String.fromCharCode(v);
    }
    const shown = e === undefined || e === '\n' || e === '\r' ? '\\' : `\\${e}`;
    return fail(`invalid escape sequence '${shown}'`, at + (shown.length === 1 ? 1 : 2));
  }

  private stringLit(nl: boolean): Token {
    const start = this.pos;
    this.pos++;
    this.badEscape = undefined;
    const parts = this.interpolatedParts((c) => {
      if (c === undefined || c === '\n' || c === '\r') this.error('unterminated string literal', start, this.pos);
      if (c !== '"') return false;
      this.pos++;
      return true;
    });
    return this.withParts(tokenOf('string', this.src.slice(start, this.pos), start, this.pos, nl), parts);
  }

  /**
   * Reads string content with escapes and `\{...}` interpolations up to the
   * character for which `atEnd` says true (it may consume it, or raise).
   */
  private interpolatedParts(atEnd: (c: string | undefined) => boolean): (string | Token[])[] {
    const src = this.src;
    const parts: (string | Token[])[] = [];
    let buf = '';
    for (;;) {
      const c = src[this.pos];
      if (atEnd(c)) break;
      if (c === '\\') {
        if (src[this.pos + 1] === '{') {
          const openAt = this.pos;
          this.pos += 2;
          if (buf !== '') parts.push(buf);
          buf = '';
          parts.push(this.interpolation(openAt));
          continue;
        }
        const at = this.pos;
        const v = this.escape('string');
        if (typeof v === 'object') {
          this.badEscape ??= { start: at, end: v.end, message: v.bad };
          buf += this.src.slice(at, this.pos);
        } else buf += v as string;
        continue;
      }
      buf += c;
      this.pos++;
    }
    if (buf !== '' || parts.length === 0) parts.push(buf);
    return parts;
  }

  /** A plain string when there is no interpolation, else the parts. */
  private withParts(t: Token, parts: (string | Token[])[]): Token {
    t.lit = parts.length === 1 && typeof parts[0] === 'string' ? parts[0] : parts;
    if (this.badEscape) t.badEscape = this.badEscape;
    this.badEscape = undefined;
    return t;
  }

  private charLit(nl: boolean): Token {
    const src = this.src;
    const start = this.pos;
    this.pos++;
    const c = src[this.pos];
    if (c === undefined || c === '\n' || c === '\r') this.error('unterminated char literal', start, this.pos);
    if (c === "'") this.error('empty char literal', start, this.pos + 1);
    let value: string;
    if (c === '\\') value = this.escape('char') as string;
    else {
      const cp = src.codePointAt(this.pos)!;
      value = String.fromCodePoint(cp);
      this.pos += value.length;
    }
    if (src[this.pos] !== "'") {
      let p = this.pos;
      while (p < src.length && src[p] !== "'" && src[p] !== '\n') p++;
      if (src[p] === "'") this.error('char literal must contain exactly one character', start, p + 1);
      this.error('unterminated char literal', start, this.pos);
    }
    this.pos++;
    const tk = tokenOf('char', src.slice(start, this.pos), start, this.pos, nl);
    tk.lit = value;
    return tk;
  }

  private bytesLit(nl: boolean): Token {
    const src = this.src;
    const start = this.pos;
    this.pos += 2;
    const out: number[] = [];
    const enc = new TextEncoder();
    for (;;) {
      const c = src[this.pos];
      if (c === undefined || c === '\n' || c === '\r') this.error('unterminated bytes literal', start, this.pos);
      if (c === '"') {
        this.pos++;
        break;
      }
      if (c === '\\') {
        if (src[this.pos + 1] === '{') this.error('interpolation is not allowed in a bytes literal', this.pos, this.pos + 2);
        out.push(this.escape('bytes') as number);
        continue;
      }
      const cp = src.codePointAt(this.pos)!;
      const ch = String.fromCodePoint(cp);
      out.push(...enc.encode(ch));
      this.pos += ch.length;
    }
    const tk = tokenOf('bytes', src.slice(start, this.pos), start, this.pos, nl);
    tk.lit = Uint8Array.from(out);
    return tk;
  }

  private byteLit(nl: boolean): Token {
    const src = this.src;
    const start = this.pos;
    this.pos += 2;
    const c = src[this.pos];
    if (c === undefined || c === '\n' || c === '\r') this.error('unterminated byte literal', start, this.pos);
    if (c === "'") this.error('empty byte literal', start, this.pos + 1);
    let value: number;
    if (c === '\\') value = this.escape('bytes') as number;
    else {
      const code = src.charCodeAt(this.pos);
      if (code > 127) this.error('a byte literal holds an ASCII character or an escape', this.pos, this.pos + 1);
      value = code;
      this.pos++;
    }
    if (src[this.pos] !== "'") this.error('unterminated byte literal', start, this.pos);
    this.pos++;
    const tk = tokenOf('byte', src.slice(start, this.pos), start, this.pos, nl);
    tk.lit = value;
    return tk;
  }

  private regexLit(nl: boolean): Token {
    const src = this.src;
    const start = this.pos;
    let p = start + 3;
    while (src[p] !== '"') {
      if (p >= src.length || src[p] === '\n' || src[p] === '\r') this.error('unterminated regex literal', start, p);
      p += src[p] === '\\' && src[p + 1] !== '\n' && src[p + 1] !== undefined ? 2 : 1;
    }
    this.pos = p + 1;
    const tk = tokenOf('regex', src.slice(start, this.pos), start, this.pos, nl);
    tk.lit = src.slice(start + 3, p);
    return tk;
  }

  /** One `#|` or `$|` line, up to (not including) the line break. */
  private multilineLine(nl: boolean): Token {
    const src = this.src;
    const start = this.pos;
    const raw = src[start] === '#';
    this.pos += 2;
    if (raw) {
      let p = this.pos;
      while (p < src.length && src[p] !== '\n' && src[p] !== '\r') p++;
      const text = src.slice(this.pos, p);
      this.pos = p;
      const tk = tokenOf('mstring', src.slice(start, p), start, p, nl);
      tk.lit = text;
      return tk;
    }
    this.badEscape = undefined;
    const parts = this.interpolatedParts((c) => c === undefined || c === '\n' || c === '\r');
    const tk = tokenOf('mstring', src.slice(start, this.pos), start, this.pos, nl);
    return this.withParts(tk, parts);
  }
}

export function tokenize(source: string, index = new LineIndex(source)): Token[] {
  return new Lexer(source, index).all();
}
