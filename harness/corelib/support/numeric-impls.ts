// The trait implementations every numeric type has, built from the type's
// operations: Show, Eq, Compare, Hash, Default and the operator traits. Each
// builder returns table entries keyed `Trait for Type`, ready to spread into
// a module's `impls`.

import { impl, type ImplEntry } from '../define.ts';
import { Hasher } from '../../runtime/hasher.ts';
import type { Logger } from '../../runtime/core-values.ts';

type Impls = Record<string, ImplEntry>;

/** `Show`: `output` writes what `to_string` returns (numbers need no quoting). */
export function showImpl<T>(type: string, toString: (x: T) => string): Impls {
  return {
    [`Show for ${type}`]: impl(`impl Show for ${type}`, {
      output: (self: T, logger: Logger) => logger.write_string(toString(self)),
      to_string: toString,
    }),
  };
}

/** `Eq` by JavaScript identity, which is MoonBit's `==` for every number representation (NaN ≠ NaN, -0 = 0). */
export function eqImpl(type: string): Impls {
  return { [`Eq for ${type}`]: impl(`impl Eq for ${type}`, { equal: (a: unknown, b: unknown) => a === b }) };
}

/** `Compare` by the natural order: -1, 0 or 1 (0 when either Double is NaN). */
export function compareImpl(type: string): Impls {
  const compare = (a: number | bigint, b: number | bigint): number => (a < b ? -1 : a > b ? 1 : 0);
  return { [`Compare for ${type}`]: impl(`impl Compare for ${type}`, { compare }) };
}

/** `Hash` by one `Hasher` step; `hash` is that step on a fresh hasher (seed 0), as the default method computes. */
export function hashImpl<T>(type: string, combine: (hasher: Hasher, x: T) => void): Impls {
  return {
    [`Hash for ${type}`]: impl(`impl Hash for ${type}`, {
      hash_combine: (self: T, hasher: Hasher) => combine(hasher, self),
      hash: (self: T) => {
        const hasher = new Hasher();
        combine(hasher, self);
        return hasher.finalize();
      },
    }),
  };
}

export function defaultImpl(type: string, value: unknown): Impls {
  return { [`Default for ${type}`]: impl(`impl Default for ${type}`, { default: () => value }) };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Op = (...args: any[]) => any;

/** The operator traits and the method each one has. */
const OPERATORS = {
  Add: 'add',
  Sub: 'sub',
  Mul: 'mul',
  Div: 'div',
  Mod: 'mod',
  Neg: 'neg',
  BitAnd: 'land',
  BitOr: 'lor',
  BitXOr: 'lxor',
  Shl: 'shl',
  Shr: 'shr',
} as const;
type Operator = keyof typeof OPERATORS;

/** `impl Add for T` etc., one entry per operator given. */
export function operatorImpls(type: string, ops: Partial<Record<Operator, Op>>): Impls {
  const out: Impls = {};
  for (const [trait, f] of Object.entries(ops) as [Operator, Op][]) {
    out[`${trait} for ${type}`] = impl(`impl ${trait} for ${type}`, { [OPERATORS[trait]]: f });
  }
  return out;
}
