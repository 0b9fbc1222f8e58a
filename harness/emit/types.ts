// Types at run time: the descriptor expression of a MoonBit type (what trait
// methods are called through), and, for TypeScript output, the annotation
// a value of the type gets.

import type { EmitCtx } from './context.ts';
import { prune, resolveHead, zonk, type Type } from '../typing/types.ts';

/** The runtime name of a type's descriptor head. */
function headName(t: Type): string {
  const h = resolveHead(t);
  switch (h.k) {
    case 'con':
      return h.decl.runtime;
    case 'tuple':
      return `Tuple${h.elems.length}`;
    case 'fn':
      return 'Fn';
    case 'dyn':
      return `&${h.trait.name}`;
    default:
      return 'Unit';
  }
}

function args(t: Type): Type[] {
  const h = resolveHead(t);
  if (h.k === 'con') return [...h.args];
  if (h.k === 'tuple') return [...h.elems];
  return [];
}

function closed(t: Type): boolean {
  const h = prune(t);
  switch (h.k) {
    case 'param':
      return false;
    case 'con':
      return h.args.every(closed);
    case 'tuple':
      return h.elems.every(closed);
    default:
      return true;
  }
}

/**
 * A JavaScript expression for the descriptor of `t`. Closed types are
 * hoisted to module constants; a type parameter is the descriptor its
 * function received.
 */
export function descOf(cx: EmitCtx, type: Type): string {
  const t = resolveHead(zonk(type));
  if (t.k === 'param') {
    const d = cx.descParams.get(t.param);
    // A parameter without bounds has no descriptor; nothing may ask it for a method.
    return d ?? '$rt.desc("Unit")';
  }
  const name = headName(t);
  const parts = args(t);
  const init = parts.length ? `$rt.desc(${JSON.stringify(name)}, [${parts.map((a) => descOf(cx, a)).join(', ')}])` : `$rt.desc(${JSON.stringify(name)})`;
  // Typed, a descriptor built in place is `any`, as the hoisted ones are declared.
  if (!closed(t)) return cx.typed ? `(${init} as any)` : init;
  const hint = `$d_${name.replace(/[^\w$]/g, '')}`;
  return cx.hoist(hint, init);
}

/** A TypeScript type for an annotation of a value of type `t` (`any` where no exact one exists). */
export function tsType(t: Type): string {
  const h = resolveHead(t);
  switch (h.k) {
    case 'tuple':
      return `[${h.elems.map(tsType).join(', ')}]`;
    case 'fn':
      return `((${h.params.map((p, i) => `a${i}: ${tsType(p)}`).join(', ')}) => ${h.async ? `Promise<${tsType(h.result)}>` : tsType(h.result)})`;
    case 'con':
      break;
    default:
      return 'any';
  }
  if (h.decl.runtime.startsWith("@wasmtime.")) return `$binding.${h.decl.name}`;
  if (h.decl.pkg || h.decl.local) return 'any';
  switch (h.decl.name) {
    case 'Int': case 'UInt': case 'Int16': case 'UInt16': case 'Byte': case 'Char': case 'Float': case 'Double':
      return 'number';
    case 'Int64': case 'UInt64': case 'BigInt':
      return 'bigint';
    case 'Bool':
      return 'boolean';
    case 'String':
      return 'string';
    case 'Bytes':
      return 'Uint8Array';
    case 'Unit':
      return 'void';
    case 'Array': case 'FixedArray': case 'ReadOnlyArray': {
      const el = tsType(h.args[0]!);
      return /^[\w.$]+$/.test(el) || el.startsWith('[') ? `${el}[]` : `(${el})[]`;
    }
    default:
      return 'any';
  }
}
