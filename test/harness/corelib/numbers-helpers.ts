// Shared by the numbers*.test.ts files: the table entries by key, the
// registration of this area's trait impls into the descriptor registry, and
// small local stand-ins for impls other areas own (the Show of Char, String,
// Option, Array, Bytes, tuples and Result; String's Hash), written to what the
// compiler prints, so that results can be compared with its output as text.

import assert from 'node:assert/strict';
import numberModules from './numbers-modules.ts';
import { desc, registerImpl, registerDefaults, type Desc } from '../../../harness/runtime/desc.ts';
import { Iter, StringBuilder, MoonBitError, type Logger } from '../../../harness/runtime/core-values.ts';
import { Some, Ok, Err, Panic } from '../../../harness/runtime/values.ts';
import { Hasher } from '../../../harness/runtime/hasher.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (...args: any[]) => any;

const modules = numberModules;

/** The implementation of a function entry (`Int::abs`, `@math.sinf`) or a constant's value. */
export function entry(key: string): AnyFn {
  for (const m of modules) {
    const e = m.fns[key];
    if (e) return e.impl as AnyFn;
  }
  throw new Error(`no entry ${key}`);
}
export function constant(key: string): unknown {
  return entry(key) as unknown;
}

let registered = false;

/** Registers every impl of the table, the defaults the lead's loader provides, and the stand-ins. */
export function registerAll(): void {
  if (registered) return;
  registered = true;
  for (const m of modules) {
    for (const [key, e] of Object.entries(m.impls)) {
      const [trait, type] = key.split(' for ') as [string, string];
      registerImpl(type, trait, e.impl);
    }
  }
  registerDefaults('Show', {
    to_string: (d) => (x: unknown) => {
      const sb = new StringBuilder();
      (d['Show.output'] as AnyFn)(x, sb);
      return sb.toString();
    },
  });
  registerDefaults('Hash', {
    hash: (d) => (x: unknown) => {
      const h = new Hasher();
      (d['Hash.hash_combine'] as AnyFn)(x, h);
      return h.finalize();
    },
  });
  registerStandIns();
}

const CHAR_ESCAPES: Record<number, string> = { 10: '\\n', 13: '\\r', 8: '\\b', 9: '\\t', 0x27: "\\'", 0x5c: '\\\\' };
const writeOut = (d: Desc, x: unknown, logger: Logger): void => (d['Show.output'] as AnyFn)(x, logger);

function registerStandIns(): void {
  registerImpl('Char', 'Show', {
    output: (c: number, logger: Logger) => logger.write_string(`'${CHAR_ESCAPES[c] ?? String.fromCodePoint(c)}'`),
    to_string: (c: number) => String.fromCodePoint(c),
  });
  registerImpl('String', 'Show', {
    output: (s: string, logger: Logger) => logger.write_string(JSON.stringify(s)),
    to_string: (s: string) => s,
  });
  registerImpl('String', 'Hash', { hash_combine: (s: string, h: Hasher) => h.combine_string(s) });
  registerImpl('Option', 'Show', (T: Desc) => ({
    output: (x: { tag: string; value?: unknown }, logger: Logger) => {
      if (!(x instanceof Some)) return logger.write_string('None');
      logger.write_string('Some(');
      writeOut(T, x.value, logger);
      logger.write_string(')');
    },
  }));
  registerImpl('Result', 'Show', (T: Desc, E: Desc) => ({
    output: (x: Ok<unknown> | Err<unknown>, logger: Logger) => {
      logger.write_string(x instanceof Ok ? 'Ok(' : 'Err(');
      if (x instanceof Ok) writeOut(T, x.value, logger);
      else writeOut(E, x.error, logger);
      logger.write_string(')');
    },
  }));
  registerImpl('Array', 'Show', (T: Desc) => ({
    output: (xs: unknown[], logger: Logger) => {
      logger.write_string('[');
      xs.forEach((x, i) => {
        if (i > 0) logger.write_string(', ');
        writeOut(T, x, logger);
      });
      logger.write_string(']');
    },
  }));
  registerImpl('Tuple2', 'Show', (A: Desc, B: Desc) => ({
    output: ([a, b]: [unknown, unknown], logger: Logger) => {
      logger.write_string('(');
      writeOut(A, a, logger);
      logger.write_string(', ');
      writeOut(B, b, logger);
      logger.write_string(')');
    },
  }));
  registerImpl('Bytes', 'Show', {
    output: (bytes: Uint8Array, logger: Logger) => {
      let s = 'b"';
      for (const b of bytes) {
        if (b === 0x22 || b === 0x5c) s += `\\${String.fromCharCode(b)}`;
        else if (b >= 0x20 && b < 0x7f) s += String.fromCharCode(b);
        else s += `\\x${b.toString(16).padStart(2, '0')}`;
      }
      logger.write_string(`${s}"`);
    },
  });
}

/**
 * A descriptor from a type as MoonBit writes it: `Int`, `Char?`,
 * `Array[Int]`, `(Int, Int)`, `Result[Int, @strconv.StrConvError]`.
 */
export function ty(text: string): Desc {
  registerAll();
  const s = text.trim();
  if (s.endsWith('?')) return desc('Option', [ty(s.slice(0, -1))]);
  if (s.startsWith('(')) return desc('Tuple2', splitArgs(s.slice(1, -1)).map(ty));
  const open = s.indexOf('[');
  if (open < 0) return desc(s);
  return desc(s.slice(0, open), splitArgs(s.slice(open + 1, -1)).map(ty));
}

function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/** `println(x)` of a value of type `type`: its Show to_string. */
export function show(type: string, value: unknown): string {
  return (ty(type)['Show.to_string'] as AnyFn)(value);
}

export function collect<T>(it: Iter<T>): T[] {
  const out: T[] = [];
  for (let x = it.next(); x !== Iter.DONE; x = it.next()) out.push(x as T);
  return out;
}

/** Runs `f`, turning a raised MoonBit error into `Err` as `try?` does. */
export function tryResult(f: () => unknown): Ok<unknown> | Err<unknown> {
  try {
    return new Ok(f());
  } catch (e) {
    if (e instanceof MoonBitError) return new Err(e);
    throw e;
  }
}

/**
 * One oracle-checked case: `mbt` is the MoonBit expression whose `println`
 * output the compiler gave as `expected`; `run` computes the same value
 * through the table, and `type` is the value's MoonBit type (for rendering).
 */
export type Case = readonly [mbt: string, type: string, run: () => unknown, expected: string];

export function checkCases(cases: readonly Case[]): void {
  const failures: string[] = [];
  for (const [mbt, type, run, expected] of cases) {
    let actual: string;
    try {
      actual = show(type, run());
    } catch (e) {
      actual = `<threw ${(e as Error).message}>`;
    }
    if (actual !== expected) failures.push(`${mbt}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
  assert.deepEqual(failures, []);
}

/** Cases that panic in the compiled program (a `test "panic ..."` passes). */
export function checkPanics(cases: readonly (readonly [mbt: string, run: () => unknown])[]): void {
  for (const [mbt, run] of cases) assert.throws(run, Panic, mbt);
}

/** A trait method of a type, through its descriptor: `method('Int16', 'Add.add')`. */
export function method(type: string, key: string): AnyFn {
  const f = ty(type)[key];
  if (typeof f !== 'function') throw new Error(`${type} has no ${key}`);
  return f as AnyFn;
}

/** The MoonBit error `f` raises. */
export function raised(f: () => unknown): unknown {
  const r = tryResult(f);
  if (!(r instanceof Err)) throw new Error('expected a raised error');
  return r.error;
}
