// Tuples `(A, B, ...)`: JS arrays of their elements. Their descriptors are
// named by arity: `(Int, String)` is `desc('Tuple2', [Int, String])`. Core
// implements Show, Eq and Compare for 2 to 16 elements and Hash for 2 to 7;
// the same entries are generated for each arity.

import { defineModule, impl, type ImplEntry } from '../define.ts';
import type { Logger } from '../../runtime/core-values.ts';
import type { Desc } from '../../runtime/desc.ts';
import type { Hasher } from '../../runtime/hasher.ts';

type Tup = readonly unknown[];

/** `impl[A : Show, B : Show] Show for (A, B)` for `n` elements, with core's parameter names. */
export function tupleImplSig(trait: string, n: number, names: 'letters' | 'numbered'): string {
  const ps = Array.from({ length: n }, (_, i) => (names === 'letters' ? String.fromCharCode(65 + i) : `T${i}`));
  return `impl[${ps.map((p) => `${p} : ${trait}`).join(', ')}] ${trait} for (${ps.join(', ')})`;
}

/** A factory of `n` descriptors: its declared arity is the tuple's, as for any generic impl. */
export function ofArity<F extends (...ds: Desc[]) => unknown>(n: number, f: F): F {
  return Object.defineProperty(f, 'length', { value: n });
}

function methods<K extends string>(ds: readonly Desc[], key: K): ((...a: never[]) => unknown)[] {
  return ds.map((d) => d[key] as (...a: never[]) => unknown);
}

const impls: Record<string, ImplEntry> = {};
for (let n = 2; n <= 16; n++) {
  impls[`Show for Tuple${n}`] = impl(tupleImplSig('Show', n, 'letters'), ofArity(n, (...ds: Desc[]) => {
    const outs = methods(ds, 'Show.output') as ((x: unknown, l: Logger) => void)[];
    return {
      output: (self: Tup, logger: Logger) => {
        logger.write_string('(');
        for (let i = 0; i < outs.length; i++) {
          if (i > 0) logger.write_string(', ');
          outs[i]!(self[i], logger);
        }
        logger.write_string(')');
      },
    };
  }));
  impls[`Eq for Tuple${n}`] = impl(tupleImplSig('Eq', n, 'numbered'), ofArity(n, (...ds: Desc[]) => {
    const eqs = methods(ds, 'Eq.equal') as ((a: unknown, b: unknown) => boolean)[];
    return { equal: (a: Tup, b: Tup) => eqs.every((eq, i) => eq(a[i], b[i])) };
  }));
  impls[`Compare for Tuple${n}`] = impl(tupleImplSig('Compare', n, 'numbered'), ofArity(n, (...ds: Desc[]) => {
    const cmps = methods(ds, 'Compare.compare') as ((a: unknown, b: unknown) => number)[];
    return {
      compare: (a: Tup, b: Tup) => {
        for (let i = 0; i < cmps.length; i++) {
          const c = cmps[i]!(a[i], b[i]);
          if (c !== 0) return c;
        }
        return 0;
      },
    };
  }));
  if (n <= 7) {
    impls[`Hash for Tuple${n}`] = impl(tupleImplSig('Hash', n, 'letters'), ofArity(n, (...ds: Desc[]) => {
      const combines = methods(ds, 'Hash.hash_combine') as ((x: unknown, h: Hasher) => void)[];
      return {
        hash_combine: (self: Tup, hasher: Hasher) => {
          for (let i = 0; i < combines.length; i++) combines[i]!(self[i], hasher);
        },
      };
    }));
  }
}

export default defineModule('', { impls });
