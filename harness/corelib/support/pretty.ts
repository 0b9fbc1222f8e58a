// `@debug.render`: core's width-aware layout of a `Repr`.
//
// Every node is laid out bottom-up as lines. A container first takes its
// multi-line form (opening line, one indented line per child ending in `,`,
// closing line); then, if joining it back onto one line keeps every line
// within 70 UTF-16 code units, the joined form wins. Records and maps join
// as `{ a: 1 }`, arrays as `[1, 2]`, calls as `Name(1, x=2)`, opaque
// wrappers as `<Name: ...>`. Before layout the tree is pruned to a depth
// (16 by default): deeper containers become `...`.
//
// The leaves' texts come from their types' own Show: Double and Float by
// `to_string`, strings and chars by `Show::output` (which quotes and escapes
// them), through the descriptors, so this file holds layout only.

import { desc, output, to_string } from '../../runtime/desc.ts';
import { StringBuilder } from '../../runtime/core-values.ts';
import { addsDepth, children, type Repr } from './repr.ts';

const WIDTH = 70;
const DEFAULT_MAX_DEPTH = 16;
const INDENT = '  ';

/** `render(r, max_depth?)`: the layout as one string. */
export function render(r: Repr, maxDepth = DEFAULT_MAX_DEPTH): string {
  return layout(r, Math.max(1, maxDepth)).join('\n');
}

/** The lines of `r` pruned to `depth` levels (`render_repr` after `prune_info`). */
export function layout(r: Repr, depth: number): string[] {
  const kids = children(r);
  if (kids.length === 0) return resize(printNode(r, []));
  const adds = addsDepth(r);
  if (depth <= 0 && adds) return ['...'];
  const next = adds ? depth - 1 : depth;
  const laid = new Array<string[]>(kids.length);
  let simple = true;
  for (let i = 0; i < kids.length; i++) {
    const lines = (laid[i] = layout(kids[i]!, next));
    simple &&= lines.length === 1 && isClean(lines[0]!);
  }
  if (simple) {
    // The one-line form straight away; it is what compacting the multi-line form gives.
    const line = oneLine(r, laid);
    if (line !== undefined) return line.length <= WIDTH ? [line] : printNode(r, laid);
  }
  return resize(printNode(r, laid));
}

function joinFirst(kids: string[][]): string {
  let out = kids[0]![0]!;
  for (let i = 1; i < kids.length; i++) out += ', ' + kids[i]![0];
  return out;
}

/** Non-empty, and nothing for `trim` to take off: joining such lines needs no trimming. */
function isClean(line: string): boolean {
  return line !== '' && !isTrimmed(line.charCodeAt(0)) && !isTrimmed(line.charCodeAt(line.length - 1));
}

/** A container's compact form when each child is one clean line; undefined for other nodes. */
function oneLine(r: Repr, kids: string[][]): string | undefined {
  switch (r.$c) {
    case 'Array':
      return `[${joinFirst(kids)}]`;
    case 'Record':
    case 'Map':
      return `{ ${joinFirst(kids)} }`;
    case 'Tuple':
      return `(${joinFirst(kids)})`;
    case 'Enum':
      return `${r._0 === 'Tuple' ? '' : r._0}(${joinFirst(kids)})`;
    case 'Opaque':
      return `<${r._0}: ${kids[0]![0]}>`;
    default:
      return undefined;
  }
}

/** The compact form when it fits, otherwise the multi-line one. */
export function resize(lines: string[]): string[] {
  const compacted = compact(lines);
  for (const line of compacted) if (line.length > WIDTH) return lines;
  return compacted;
}

/** One node's multi-line form, given its children's laid-out lines. */
export function printNode(r: Repr, kids: string[][]): string[] {
  switch (r.$c) {
    case 'UnitLit':
      return ['()'];
    case 'Integer':
    case 'Literal':
      return [r._0];
    case 'DoubleLit':
      return [to_string(desc('Double'), r._0)];
    case 'FloatLit':
      return [to_string(desc('Float'), r._0)];
    case 'BoolLit':
      return [r._0 ? 'true' : 'false'];
    case 'CharLit':
      return [shown('Char', r._0)];
    case 'StringLit':
      return [shown('String', r._0)];
    case 'Tuple':
      return sequence('(', ')', kids);
    case 'Enum':
      if (kids.length === 0) return [r._0];
      return sequence(r._0 === 'Tuple' ? '(' : `${r._0}(`, ')', kids);
    case 'Array':
      return brackets('[', ']', kids);
    case 'Record':
    case 'Map':
      return brackets('{', '}', kids);
    case 'Opaque': {
      const body = [`${r._0}:`];
      for (const line of kids[0] ?? []) if (line !== '') body.push(INDENT + line);
      return surround('<', '>', body);
    }
    case 'MapEntry': {
      const [key = [], value = []] = kids;
      if (value.length === 0) return [];
      return prefixFirst(surround('', ': ', key).join('\n'), value);
    }
    case 'EnumLabeledArg': {
      const value = kids[0] ?? [];
      return value.length === 0 ? [] : prefixFirst(`${r._0}=`, value);
    }
    case 'RecordField': {
      const value = kids[0] ?? [];
      return value.length === 0 ? [] : prefixFirst(`${fieldLabel(r._0)}: `, value);
    }
    case 'Omitted':
      return ['...'];
  }
}

/** Show::output of a leaf (quoted and escaped for String and Char). */
function shown(type: 'String' | 'Char', x: unknown): string {
  const sb = new StringBuilder();
  output(desc(type), x, sb);
  return sb.toString();
}

/** A record field name prints bare when it is a lowercase identifier, quoted otherwise. */
function fieldLabel(name: string): string {
  return /^[a-z_][a-zA-Z0-9_]*$/.test(name) ? name : shown('String', name);
}

function prefixFirst(prefix: string, lines: readonly string[]): string[] {
  const out = lines.slice();
  out[0] = prefix + out[0];
  return out;
}

/** `start` before the first line and `finish` after the last; one line when empty. */
export function surround(start: string, finish: string, lines: readonly string[]): string[] {
  if (lines.length === 0) return [start + finish];
  const out = lines.slice();
  out[0] = start + out[0];
  out[out.length - 1] += finish;
  return out;
}

const nonEmpty = (line: string): boolean => line !== '';

/** Children one per indented line, each ending in `,`, between `open` and `close`. */
function manyLines(open: string, close: string, kids: readonly string[][]): string[] {
  const out = [open];
  for (const kid of kids) {
    const lines = kid.filter(nonEmpty);
    for (let i = 0; i < lines.length; i++) {
      out.push(INDENT + lines[i] + (i === lines.length - 1 ? ',' : ''));
    }
  }
  out.push(close);
  return out;
}

/** Arrays, records and maps: a single short child stays on the bracket's line. */
function brackets(open: '[' | '{', close: ']' | '}', kids: readonly string[][]): string[] {
  if (kids.length === 0) return [open + close];
  if (kids.length > 1) return manyLines(open, close, kids);
  const kid = kids[0]!;
  if (kid.length > 1) {
    const lines = kid.map((line) => INDENT + line);
    lines[lines.length - 1] += ',';
    return [open, ...lines, close];
  }
  if (kid.length === 0) return [open + close];
  if (open === '[') return [open + kid[0] + close];
  const inner = trim(kid[0]!);
  return [inner === '' ? '{}' : `{ ${inner} }`];
}

/** Tuples and constructor calls. */
function sequence(begin: string, end: string, kids: readonly string[][]): string[] {
  if (kids.length === 0) return [begin + end];
  if (kids.length > 1) return manyLines(begin, end, kids);
  const lines = kids[0]!.filter(nonEmpty);
  if (lines.length === 0) return [begin + end];
  if (lines.length === 1) return [begin + lines[0] + end];
  return manyLines(begin, end, [lines]);
}

/** The multi-line form joined back onto one line. */
export function compact(lines: string[]): string[] {
  if (lines.length <= 1) return lines;
  const first = lines[0]!;
  const last = lines[lines.length - 1]!;
  const bracketed = (first === '[' && last === ']') || (first === '{' && last === '}');
  if (bracketed || (first.endsWith('(') && last === ')')) {
    const parts: string[] = [];
    for (let i = 1; i < lines.length - 1; i++) {
      const t = trim(lines[i]!);
      if (t !== '') parts.push(t);
    }
    let joined = parts.join(' ');
    if (joined.endsWith(',')) joined = joined.slice(0, -1);
    if (first !== '{') return [first + joined + last];
    if (joined.startsWith(' ')) joined = joined.slice(1);
    if (joined.endsWith(' ')) joined = joined.slice(0, -1);
    return [joined === '' ? '{}' : `{ ${joined} }`];
  }
  const parts = [first];
  for (let i = 1; i < lines.length; i++) parts.push(trim(lines[i]!));
  return [parts.join(' ')];
}

/** MoonBit's default `trim`: tabs, newlines, carriage returns and spaces. */
function trim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isTrimmed(s.charCodeAt(start))) start++;
  while (end > start && isTrimmed(s.charCodeAt(end - 1))) end--;
  return start === 0 && end === s.length ? s : s.slice(start, end);
}

function isTrimmed(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
