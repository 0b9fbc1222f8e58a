// The builtin `Json` enum and what every Json entry shares: its values'
// representation (the enum representation; `Null`, `True` and `False` are
// shared frozen objects), equality, `stringify` and `transform`.

import { desc, output } from '../../runtime/desc.ts';
import { StringBuilder } from '../../runtime/core-values.ts';
import { None, isSome, type Option } from '../../runtime/values.ts';
import { entries, getKey, newStringMap, setKey, size, type StringMap } from './maps.ts';

export type Json =
  | { readonly $c: 'Null' }
  | { readonly $c: 'True' }
  | { readonly $c: 'False' }
  | { readonly $c: 'Number'; readonly _0: number; readonly _1: Option<string> }
  | { readonly $c: 'String'; readonly _0: string }
  | { readonly $c: 'Array'; readonly _0: Json[] }
  | { readonly $c: 'Object'; readonly _0: StringMap<Json> };

export const NULL: Json = Object.freeze({ $c: 'Null' });
export const TRUE: Json = Object.freeze({ $c: 'True' });
export const FALSE: Json = Object.freeze({ $c: 'False' });

export const number = (n: number, repr: Option<string> = None): Json => ({ $c: 'Number', _0: n, _1: repr });
export const string = (s: string): Json => ({ $c: 'String', _0: s });
export const array = (xs: Json[]): Json => ({ $c: 'Array', _0: xs });
export const object = (m: StringMap<Json>): Json => ({ $c: 'Object', _0: m });
export const boolean = (b: boolean): Json => (b ? TRUE : FALSE);

/** `Eq for Json`: numbers by value only (their `repr` is ignored), objects regardless of key order. */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a.$c !== b.$c) return false;
  switch (a.$c) {
    case 'Number':
      return a._0 === (b as typeof a)._0;
    case 'String':
      return a._0 === (b as typeof a)._0;
    case 'Array': {
      const ys = (b as typeof a)._0;
      if (a._0.length !== ys.length) return false;
      for (let i = 0; i < ys.length; i++) if (!jsonEqual(a._0[i]!, ys[i]!)) return false;
      return true;
    }
    case 'Object': {
      const other = (b as typeof a)._0;
      if (size(a._0) !== size(other)) return false;
      for (const [k, v] of entries<string, Json>(a._0)) {
        const w = getKey(other, k);
        if (w === undefined || !jsonEqual(v, w)) return false;
      }
      return true;
    }
    default:
      return true;
  }
}

/** `@json.Replacer`: keeps (possibly replacing) or drops each object member. */
export interface Replacer {
  readonly f: (key: string, value: Json) => Option<Json>;
}

/** `Json::stringify(escape_slash?, indent?, replacer?)`. */
export function stringify(j: Json, escapeSlash: boolean, indent: number, replacer: Replacer | undefined): string {
  const w = new Writer(escapeSlash, indent, replacer);
  w.write(j, 0);
  return w.out;
}

class Writer {
  out = '';
  private readonly sb = new StringBuilder();
  // Double's Show decides how a number without `repr` reads (`1`, `1.5`, `1e+21`).
  private readonly double = desc('Double');

  constructor(
    private readonly escapeSlash: boolean,
    private readonly indent: number,
    private readonly replacer: Replacer | undefined,
  ) {}

  private newline(level: number): string {
    return this.indent === 0 ? '' : '\n' + ' '.repeat(this.indent * level);
  }

  private number(n: number): string {
    this.sb.reset();
    output(this.double, n, this.sb);
    return this.sb.toString();
  }

  write(v: Json, level: number): void {
    switch (v.$c) {
      case 'Null':
        this.out += 'null';
        return;
      case 'True':
        this.out += 'true';
        return;
      case 'False':
        this.out += 'false';
        return;
      case 'Number':
        this.out += isSome(v._1) ? v._1.value : this.number(v._0);
        return;
      case 'String':
        this.out += '"' + escapeJson(v._0, this.escapeSlash) + '"';
        return;
      case 'Array': {
        const items = v._0;
        if (items.length === 0) {
          this.out += '[]';
          return;
        }
        const inner = this.newline(level + 1);
        this.out += '[' + inner;
        for (let i = 0; i < items.length; i++) {
          if (i > 0) this.out += ',' + inner;
          this.write(items[i]!, level + 1);
        }
        this.out += this.newline(level) + ']';
        return;
      }
      case 'Object': {
        if (size(v._0) === 0) {
          this.out += '{}';
          return;
        }
        const inner = this.newline(level + 1);
        const colon = this.indent > 0 ? '": ' : '":';
        this.out += '{' + inner;
        let first = true;
        for (const [k, member] of entries<string, Json>(v._0)) {
          let value = member;
          if (this.replacer !== undefined) {
            const kept = this.replacer.f(k, member);
            if (!isSome(kept)) continue;
            value = kept.value;
          }
          this.out += (first ? '"' : ',' + inner + '"') + escapeJson(k, this.escapeSlash) + colon;
          this.write(value, level + 1);
          first = false;
        }
        this.out += this.newline(level) + '}';
        return;
      }
    }
  }
}

const NEEDS_ESCAPE = /["\\/\u0000-\u001f]/;

/** A JSON string body: `"` `\` and control characters escaped, `/` only when asked. */
export function escapeJson(s: string, escapeSlash: boolean): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let esc: string;
    if (c === 0x22) esc = '\\"';
    else if (c === 0x5c) esc = '\\\\';
    else if (c === 0x2f) {
      if (!escapeSlash) continue;
      esc = '\\/';
    } else if (c >= 0x20) continue;
    else if (c === 0x0a) esc = '\\n';
    else if (c === 0x0d) esc = '\\r';
    else if (c === 0x08) esc = '\\b';
    else if (c === 0x09) esc = '\\t';
    else if (c === 0x0c) esc = '\\f';
    else esc = '\\u00' + c.toString(16).padStart(2, '0');
    out += s.slice(from, i) + esc;
    from = i + 1;
  }
  return out + s.slice(from);
}

/** `Json::transform`: the replacer applied to every object member, recursively. */
export function transform(j: Json, replacer: Replacer): Json {
  switch (j.$c) {
    case 'Object': {
      const m = newStringMap<Json>();
      for (const [k, v] of entries<string, Json>(j._0)) {
        const kept = replacer.f(k, v);
        if (isSome(kept)) setKey(m, k, transform(kept.value, replacer));
      }
      return object(m);
    }
    case 'Array':
      return array(j._0.map((x) => transform(x, replacer)));
    default:
      return j;
  }
}
