// The core library's table: each entry is a MoonBit signature (interface
// syntax, parsed by the checker) beside the JavaScript that implements it.
// The checker reads only the signatures and the runtime only the
// implementations, so the two can never disagree about which names exist;
// test/harness/corelib/table.test.ts checks that each signature parses and
// that each implementation takes the arguments its signature implies.
//
// Calling convention (what generated code passes to an implementation):
//   1. one type descriptor (runtime/desc.ts) for each type parameter that has
//      a trait bound, in the order the parameters are declared (`fn[K : Hash
//      + Eq, V]` passes K's descriptor only);
//   2. then every parameter in declaration order, positional and labeled
//      alike; an omitted `x? : T = ..` arrives as `undefined` (the
//      implementation applies the default), an omitted `x? : T` as `None`,
//      an autofilled `loc~ : SourceLoc = _` as a SourceLoc.
// A `raise` in the signature means the implementation may throw a MoonBit
// error value; a callback typed `raise?` may throw and its error propagates.

import type { Desc } from '../runtime/desc.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (...args: any[]) => any;

/** A function, method or constant of a core package. */
export interface FnEntry {
  /** `fn[T] Array::length(self : Array[T]) -> Int`, or `let MAX_VALUE : Int16` for a constant. */
  readonly sig: string;
  /** The implementation; for a constant, its value. */
  readonly impl: unknown;
}

/** An implementation of a trait for a type. */
export interface ImplEntry {
  /** `impl[X : Show] Show for Array[X]`. */
  readonly sig: string;
  /**
   * The trait's methods by name (`output`, `to_string`, `equal`, ...). A
   * generic type's implementation is a function of the descriptors of the
   * type's arguments, in order, returning the methods.
   */
  readonly impl: Record<string, AnyFn> | ((...args: Desc[]) => Record<string, AnyFn>);
}

export interface CoreModule {
  /** Package alias (`json` for `@json`); `''` for the prelude, whose names need no qualifier. */
  readonly pkg: string;
  /** Types, traits and constructors the entries use, in interface syntax. */
  readonly decls: string;
  /** Keyed by the name generated code uses: `Array::length`, `println`; package entries get `@pkg.` prefixed. */
  readonly fns: Readonly<Record<string, FnEntry>>;
  /** Keyed by `Trait for Type` with the type's full name (`Show for Array`, `Show for @json.ParseError`). */
  readonly impls: Readonly<Record<string, ImplEntry>>;
}

export function fn(sig: string, impl: AnyFn): FnEntry {
  return { sig, impl };
}

export function constant(sig: string, value: unknown): FnEntry {
  return { sig, impl: value };
}

export function impl(sig: string, methods: ImplEntry['impl']): ImplEntry {
  return { sig, impl: methods };
}

export function defineModule(
  pkg: string,
  parts: { decls?: string; fns?: Record<string, FnEntry>; impls?: Record<string, ImplEntry> },
): CoreModule {
  const prefix = pkg === '' ? '' : `@${pkg}.`;
  const fns: Record<string, FnEntry> = {};
  for (const [key, entry] of Object.entries(parts.fns ?? {})) fns[prefix + key] = entry;
  return { pkg, decls: parts.decls ?? '', fns, impls: parts.impls ?? {} };
}

/**
 * The trait and type an impl entry's key names: `Show for Array` gives
 * `Show` and `Array`; a tuple written `(A, B)` is named as descriptors name
 * tuples, `Tuple2`.
 */
export function implKeyParts(key: string): { trait: string; type: string } {
  const at = key.indexOf(' for ');
  if (at < 0) throw new Error(`core table: impl key \`${key}\` is not \`Trait for Type\``);
  const type = key.slice(at + 5).trim();
  const tuple = /^\((.*)\)$/.exec(type);
  return { trait: key.slice(0, at), type: tuple ? `Tuple${tuple[1]!.split(',').length}` : type };
}
