// Test helpers: AST without spans, and error capture.
import assert from 'node:assert/strict';
import { MoonBitSyntaxError } from '../../../harness/syntax/index.ts';

const SPAN_KEYS = new Set(['span', 'labelSpan', 'methodSpan', 'nameSpan']);

/** A deep copy with span fields removed (bigints kept). */
export function strip<T>(node: T): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node instanceof Uint8Array) return node;
  if (node !== null && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) if (!SPAN_KEYS.has(k)) out[k] = strip(v);
    return out;
  }
  return node;
}

/** Runs f, asserts it throws a MoonBitSyntaxError, and returns it. */
export function syntaxError(f: () => unknown): MoonBitSyntaxError {
  try {
    f();
  } catch (e) {
    if (e instanceof MoonBitSyntaxError) return e;
    throw new assert.AssertionError({ message: `expected MoonBitSyntaxError, got ${String(e)}`, actual: e });
  }
  assert.fail('expected a MoonBitSyntaxError, but parsing succeeded');
}

/** Renders an expression tree compactly to check grouping: `(a + (b * c))`. */
export function group(e: any): string {
  switch (e.kind) {
    case 'Binary':
      return `(${group(e.left)} ${e.op} ${group(e.right)})`;
    case 'Unary':
      return `(${e.op}${group(e.operand)})`;
    case 'Range':
      return `(${group(e.from)}${e.inclusive ? '..=' : '..<'}${group(e.to)})`;
    case 'Ident':
      return e.pkg ? `@${e.pkg}.${e.name}` : e.name;
    case 'IntLit':
    case 'DoubleLit':
      return e.raw;
    case 'BoolLit':
      return String(e.value);
    case 'Call':
      return `${group(e.callee)}(${e.args.map((a: any) => group(a.value)).join(', ')})`;
    case 'MethodCall':
      return `${group(e.receiver)}.${e.method}(${e.args.map((a: any) => group(a.value)).join(', ')})`;
    case 'Field':
      return `${group(e.object)}.${e.name}`;
    case 'Index':
      return `${group(e.object)}[${group(e.index)}]`;
    case 'Constructor':
      return (e.pkg ? `@${e.pkg}.` : '') + (e.typeName ? `${e.typeName}::` : '') + e.name;
    default:
      return `<${e.kind}>`;
  }
}
