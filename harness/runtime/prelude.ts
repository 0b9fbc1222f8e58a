// Everything a generated test module uses, under one import:
//   import * as $rt from '<abs>/harness/runtime/prelude.ts'
// The runtime library itself (index.ts) plus the few helpers that exist only
// because of how the translator lowers MoonBit: block wrappers, match
// failure, indexing with bounds checks, labeled optional arguments and
// method calls on values whose static type the translator did not know.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { Failure } from '../../binding/moonbit.ts';
import { show } from './show.ts';
import { method } from './methods.ts';
import { Panic, Some, None, isSome, type Loc, formatLoc } from './values.ts';
import { InspectError, recording } from './inspect.ts';
import { Int64, Int } from './ints.ts';
import { PROJECT_ROOT } from '../run/paths.ts';
import { send } from '../run/protocol.ts';

export * from './index.ts';
export { test, blockFailed } from './blocks.ts';

/** A binding function the signature table lists but the binding does not export yet. */
export function notExported(name: string): never {
  throw new Error(`binding function \`${name}\` is not exported yet`);
}

export function matchFailed(loc: Loc): never {
  throw new Panic(`${formatLoc(loc)}: no match arm matched the value`);
}

/** Panics, failed assertions and inspect mismatches are not MoonBit errors a `catch` may take. */
export function rethrowPanic(error: unknown): void {
  if (error instanceof Panic || error instanceof InspectError) throw error;
  if (!(error instanceof Error)) throw error;
}

type Indexable = { length: number; [i: number]: unknown };

function checkIndex(xs: Indexable, i: number, loc: Loc): void {
  if (!Number.isInteger(i) || i < 0 || i >= xs.length) {
    throw new Panic(`${formatLoc(loc)}: index ${i} out of bounds for length ${xs.length}`);
  }
}

export function index<T>(xs: ArrayLike<T>, i: number, loc: Loc): T {
  if (typeof xs === 'string') {
    checkIndex(xs, i, loc);
    return (xs as string).charCodeAt(i) as T;
  }
  checkIndex(xs, i, loc);
  return xs[i]!;
}

export function setIndex<T>(xs: T[] | Uint8Array, i: number, value: T, loc: Loc): void {
  checkIndex(xs, i, loc);
  (xs as T[])[i] = value;
}

/** What `for x in xs` walks: arrays and bytes by element, strings by char (code point). */
export function iterate(xs: unknown): unknown[] {
  if (typeof xs === 'string') return Array.from(xs, (c) => c.codePointAt(0)!);
  if (Array.isArray(xs)) return xs;
  if (xs instanceof Uint8Array) return Array.from(xs);
  throw new Panic(`cannot iterate over ${show(xs)}`);
}

export function concat<T>(a: T[] | Uint8Array, b: T[] | Uint8Array): T[] | Uint8Array {
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a);
    out.set(b, a.length);
    return out;
  }
  return [...(a as T[]), ...(b as T[])];
}

/** `label?=opt` at a call site: passes the label only when `opt` is `Some`. */
export function optionalArg(label: string, opt: unknown): Record<string, unknown> {
  return isSome(opt) ? { [label]: opt.value } : {};
}

/**
 * A method call on a value whose MoonBit type was not known statically:
 * the JavaScript representation picks the type.
 */
export function callMethod(receiver: unknown, name: string, ...args: unknown[]): unknown {
  const table = methodTable(receiver) as Record<string, ((...a: unknown[]) => unknown) | undefined> | undefined;
  const f = table?.[name];
  if (!f) throw new Failure(`no method \`${name}\` for ${describe(receiver)}`);
  return f(receiver, ...args);
}

function methodTable(x: unknown): object | undefined {
  if (typeof x === 'string') return method.String;
  if (typeof x === 'boolean') return method.Bool;
  if (typeof x === 'bigint') return method.Int64;
  if (typeof x === 'number') return Number.isInteger(x) ? method.Int : method.Double;
  if (x instanceof Uint8Array) return method.Bytes;
  if (Array.isArray(x)) return method.Array;
  if (x instanceof Some || x === None) return method.Option;
  const tag = (x as { tag?: unknown } | null)?.tag;
  if (tag === 'Ok' || tag === 'Err') return method.Result;
  return undefined;
}

function describe(x: unknown): string {
  if (x === null || typeof x !== 'object') return typeof x;
  return x.constructor?.name ?? 'object';
}

/**
 * Arithmetic on operands of a type the translator could not infer: bigint
 * operands use Int64 semantics, integral numbers Int, others Double.
 */
export const dyn = {
  add: (a: unknown, b: unknown): unknown => binary('add', a, b, (x, y) => x + y),
  sub: (a: unknown, b: unknown): unknown => binary('sub', a, b, (x, y) => x - y),
  mul: (a: unknown, b: unknown): unknown => binary('mul', a, b, (x, y) => x * y),
  div: (a: unknown, b: unknown): unknown => binary('div', a, b, (x, y) => x / y),
  mod: (a: unknown, b: unknown): unknown => binary('mod', a, b, (x, y) => x % y),
  shl: (a: unknown, b: unknown): unknown => binary('shl', a, b),
  shr: (a: unknown, b: unknown): unknown => binary('shr', a, b),
  and: (a: unknown, b: unknown): unknown => binary('and', a, b),
  or: (a: unknown, b: unknown): unknown => binary('or', a, b),
  xor: (a: unknown, b: unknown): unknown => binary('xor', a, b),
  neg: (a: unknown): unknown => (typeof a === 'bigint' ? Int64.neg(a) : Number.isInteger(a) ? Int.neg(a as number) : -(a as number)),
};

type Op = 'add' | 'sub' | 'mul' | 'div' | 'mod' | 'shl' | 'shr' | 'and' | 'or' | 'xor';

function binary(op: Op, a: unknown, b: unknown, double?: (x: number, y: number) => number): unknown {
  if (typeof a === 'string' && typeof b === 'string' && op === 'add') return a + b;
  if (typeof a === 'bigint' && typeof b === 'bigint') return (Int64[op] as (x: bigint, y: bigint) => bigint)(a, b);
  if (typeof a === 'number' && typeof b === 'number') {
    if (Number.isInteger(a) && Number.isInteger(b) || !double) return (Int[op] as (x: number, y: number) => number)(a, b);
    return double(a, b);
  }
  throw new Panic(`operator ${op} cannot combine ${describe(a)} and ${describe(b)}`);
}

/**
 * MoonBit's `@test.T` for file snapshots: what a test writes is compared
 * with `__snapshot__/<doc name>/<filename>` beside the doc, as MoonBit keeps
 * them beside a test file. `doc` is the doc's project-relative path, or its
 * absolute path for a doc outside the project. In the record mode of
 * `--update` the content goes to the harness, which writes it.
 */
export class SnapshotWriter {
  private buffer = '';

  constructor(private readonly doc: string) {}

  write(text: string): void {
    this.buffer += text;
  }

  writeln(text: string): void {
    this.buffer += `${text}\n`;
  }

  snapshot(filename: string, loc: Loc): void {
    if (!/^[\w.-]+$/.test(filename) || /^\.+$/.test(filename)) {
      throw new Failure(`${formatLoc(loc)}: snapshot file name ${JSON.stringify(filename)} must be a plain file name`);
    }
    const doc = resolve(PROJECT_ROOT, this.doc);
    const path = resolve(dirname(doc), '__snapshot__', basename(doc), filename);
    if (recording()) {
      send({ type: 'file-snapshot', path, content: this.buffer });
      return;
    }
    if (!existsSync(path)) {
      throw new Failure(`${formatLoc(loc)}: snapshot ${path} does not exist; run with --update to create it`);
    }
    const expected = readFileSync(path, 'utf8');
    if (expected !== this.buffer) throw new InspectError(loc, expected, this.buffer, path);
  }
}
