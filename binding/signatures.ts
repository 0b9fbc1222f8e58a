// A machine-readable table of the public surface, parsed from the copy of the
// interface kept next to this file (binding/surface.mbti, a verbatim copy of
// the spec). The doc-test harness uses it to map labeled arguments and to
// type integer literals; test/binding/signatures.test.ts checks it against the
// real exports.
import { readFileSync } from 'node:fs';

export type ParamLabel = 'positional' | 'labeled' | 'optional';

export interface Param {
  /** Present for labeled (`name~`) and optional (`name?`) parameters. */
  name?: string;
  label: ParamLabel;
  /** MoonBit type text, e.g. "UInt64", "Array[(String, String)]". */
  type: string;
  /** MoonBit source text of the default value, when there is one. */
  default?: string;
}

export interface FnSignature {
  kind: 'fn';
  name: string;
  params: Param[];
  returns: string;
  raises: boolean;
  /** `pub async fn`: callable from async MoonBit code; JavaScript gets a Promise. */
  async: boolean;
  /** The `// ---- section ----` heading it appears under, e.g. "async". */
  section: string;
}

export interface ConstSignature {
  kind: 'const';
  name: string;
  type: string;
  value: string;
  section: string;
}

export type Signature = FnSignature | ConstSignature;

/** Splits at top-level commas (outside brackets, parentheses and strings). */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inString = false;
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (inString) {
      current += ch;
      if (ch === '\\') current += text[++i] ?? '';
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) {
      if (current.trim()) parts.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}

/** Removes a trailing `// comment` that is not inside a string literal. */
function stripComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '/' && line[i + 1] === '/') return line.slice(0, i);
  }
  return line;
}

/** Index of the parenthesis closing the one at `open`. */
function matchParen(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth === 0) return i;
  }
  throw new Error(`unbalanced parentheses in: ${text}`);
}

function parseParam(text: string): Param {
  const m = /^([A-Za-z_][A-Za-z0-9_]*)([~?])\s*:\s*(.*)$/s.exec(text);
  if (!m) return { label: 'positional', type: text.trim() };
  const [, name, mark, rest] = m as unknown as [string, string, string, string];
  const parts = splitAtTopLevelEquals(rest);
  const param: Param = { name, label: mark === '~' ? 'labeled' : 'optional', type: parts[0].trim() };
  if (parts[1] !== undefined) param.default = parts[1].trim();
  return param;
}

function splitAtTopLevelEquals(text: string): [string, string?] {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === '"') break;
    else if (ch === '=' && depth === 0 && text[i + 1] !== '=' && text[i - 1] !== '=') {
      return [text.slice(0, i), text.slice(i + 1)];
    }
  }
  return [text];
}

/** Parses the text of a .mbti interface into a table keyed by name. */
export function parseSurface(source: string): Map<string, Signature> {
  const table = new Map<string, Signature>();
  let section = '';
  for (const rawLine of source.split('\n')) {
    const heading = /^\s*\/\/\s*-{2,}\s*(.*?)\s*-{2,}\s*$/.exec(rawLine);
    if (heading) {
      section = heading[1]!.replace(/\s*\(.*$/, '').replace(/:.*$/, '').trim();
      continue;
    }
    const line = stripComment(rawLine).trim();
    if (line.startsWith('pub const ')) {
      const m = /^pub const ([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.+?)\s*=\s*(.+)$/.exec(line);
      if (!m) throw new Error(`cannot parse const: ${rawLine}`);
      table.set(m[1]!, { kind: 'const', name: m[1]!, type: m[2]!, value: m[3]!, section });
    } else if (line.startsWith('pub fn ') || line.startsWith('pub async fn ')) {
      const m = /^pub (async )?fn ([A-Za-z_][A-Za-z0-9_]*)\s*\(/.exec(line);
      if (!m) throw new Error(`cannot parse fn: ${rawLine}`);
      const open = line.indexOf('(', m[0].length - 1);
      const close = matchParen(line, open);
      const after = line.slice(close + 1).trim();
      const ret = /^->\s*(.+?)(\s+raise)?$/.exec(after);
      if (!ret) throw new Error(`cannot parse return type: ${rawLine}`);
      table.set(m[2]!, {
        kind: 'fn',
        name: m[2]!,
        params: splitTopLevel(line.slice(open + 1, close)).map(parseParam),
        returns: ret[1]!.trim(),
        raises: ret[2] !== undefined,
        async: m[1] !== undefined,
        section,
      });
    }
  }
  return table;
}

const surfaceText = readFileSync(new URL('./surface.mbti', import.meta.url), 'utf8');

/** Every public name of binding/surface.mbti. */
export const signatures: ReadonlyMap<string, Signature> = parseSurface(surfaceText);
