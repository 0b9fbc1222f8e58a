// Everything a generated test module uses, under one import:
//   import * as $rt from '<abs>/harness/runtime/prelude.ts'
// The runtime library itself (index.ts) plus the few helpers that exist only
// because of how the translator lowers MoonBit: block wrappers, match
// failure, indexing with bounds checks, labeled optional arguments and
// method calls on values whose static type the translator did not know.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { Failure } from '../../binding/moonbit.ts';
import { show } from './show.ts';
import { takeOutput } from './builtins.ts';
import { method } from './methods.ts';
import { Panic, Some, None, isSome, type Loc, formatLoc } from './values.ts';
import { InspectError } from './inspect.ts';
import { Int64, Int } from './ints.ts';

export * from './index.ts';

/**
 * Runs a block's body. What it printed is attached to the error when it
 * fails, so that `println` output shows beside the failure. With
 * `DOCTEST_PROGRESS` set, the block's start and end are appended to that
 * file synchronously: if the process dies inside the block (a native crash,
 * a kill), the harness can still name the block that was running.
 */
export function runBlock(name: string, body: () => void): void {
  const progress = process.env.DOCTEST_PROGRESS || undefined;
  if (progress) appendFileSync(progress, `${JSON.stringify({ start: name })}\n`);
  takeOutput();
  try {
    body();
  } catch (error) {
    const printed = takeOutput();
    if (printed && error instanceof Error) {
      error.message += `\n--- printed by the block ---\n${printed.replace(/\n$/, '')}`;
    }
    throw error;
  } finally {
    if (progress) appendFileSync(progress, `${JSON.stringify({ end: name })}\n`);
  }
  takeOutput();
}

/** The test of a block that could not be translated. */
export function blockFailed(diagnostic: string): never {
  const error = new Error(diagnostic);
  error.name = 'DocBlockError';
  error.stack = `${error.name}: ${diagnostic}`;
  throw error;
}

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
 * with `snapshots/<doc>/<filename>` (`DOCTEST_SNAPSHOT_DIR` names the
 * folder; the harness sets it). In update mode the file is written instead.
 */
export class SnapshotWriter {
  private buffer = '';

  /** `name` is the test's (`@test.Test::name`). */
  constructor(
    private readonly doc: string,
    readonly name = '',
  ) {}

  write(text: string): void {
    this.buffer += text;
  }

  writeln(text: string): void {
    this.buffer += `${text}\n`;
  }

  snapshot(filename: string, loc: Loc): void {
    const root = process.env.DOCTEST_SNAPSHOT_DIR;
    if (!root) throw new Failure(`${formatLoc(loc)}: file snapshots need DOCTEST_SNAPSHOT_DIR (the doctest command sets it)`);
    if (!/^[\w.-]+$/.test(filename) || filename.startsWith('..')) {
      throw new Failure(`${formatLoc(loc)}: snapshot file name ${JSON.stringify(filename)} must be a plain file name`);
    }
    // `doc` is relative to the snapshot folder, or absolute for docs that keep their snapshots beside them.
    const path = resolve(root, this.doc, filename);
    if (process.env.DOCTEST_UPDATE === '1') {
      mkdirSync(dirname(path), { recursive: true });
      if (!existsSync(path) || readFileSync(path, 'utf8') !== this.buffer) writeFileSync(path, this.buffer);
      return;
    }
    if (!existsSync(path)) {
      throw new Failure(`${formatLoc(loc)}: snapshot ${path} does not exist; run with --update to create it`);
    }
    const expected = readFileSync(path, 'utf8');
    if (expected !== this.buffer) {
      throw new InspectError(loc, expected, this.buffer);
    }
  }
}
