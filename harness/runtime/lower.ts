// What generated code calls besides the core table: the few operations the
// emitter lowers MoonBit constructs to (indexing with bounds checks, views
// of literals, iteration, locations, doc types' impls, failures of
// patterns and guards). Each follows MoonBit's rule for the construct.

import { Failure } from '../../binding/moonbit.ts';
import { coreTable } from '../corelib/runtime.ts';
import { MoonMap } from '../corelib/support/linked-table.ts';
import { charToString } from '../corelib/support/strings.ts';
import { ArrayView, BytesView, Iter, MoonBitError, SourceLoc, StringView, type Logger } from './core-values.ts';
import { desc, registerImpl, type Desc } from './desc.ts';
import { InspectError } from './inspect.ts';
import { isBindingError } from './binding-errors.ts';
import { None, Panic, Some, type Option } from './values.ts';

export { coreTable };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (...args: any[]) => any;

const entry = (key: string): AnyFn => {
  const f = coreTable()[key];
  if (typeof f !== 'function') throw new Error(`internal: the core table has no function ${key}`);
  return f as AnyFn;
};

/** The module's table of source locations: `[line, column, endLine, endColumn]` each. */
export function locations(table: readonly (readonly number[])[], file: string): SourceLoc[] {
  return table.map(([l, c, el, ec]) => new SourceLoc(file, l!, c!, el!, ec!));
}

/** A panic at a doc position, which the harness reads from the message's `file:line:col: ` prefix. */
export function panicAt(loc: SourceLoc | undefined, message: string): never {
  throw new Panic(loc ? `${loc.file}:${loc.line}:${loc.column}: ${message}` : message);
}

// ---- indexing --------------------------------------------------------------

function outOfBounds(loc: SourceLoc, index: number, length: number): never {
  panicAt(loc, `index ${index} out of bounds for length ${length}`);
}

export function at<T>(xs: ArrayLike<T>, i: number, loc: SourceLoc): T {
  if (i < 0 || i >= xs.length) outOfBounds(loc, i, xs.length);
  return xs[i]!;
}

export function setAt<T>(xs: T[] | Uint8Array, i: number, v: T, loc: SourceLoc): void {
  if (i < 0 || i >= xs.length) outOfBounds(loc, i, xs.length);
  (xs as T[])[i] = v;
}

/** `s[i]`: the UTF-16 code unit, as MoonBit's String indexing gives it. */
export function stringAt(s: string, i: number, loc: SourceLoc): number {
  if (i < 0 || i >= s.length) outOfBounds(loc, i, s.length);
  return s.charCodeAt(i);
}

export function stringViewAt(v: StringView, i: number, loc: SourceLoc): number {
  const n = v.end - v.start;
  if (i < 0 || i >= n) outOfBounds(loc, i, n);
  return v.str.charCodeAt(v.start + i);
}

export function viewAt(v: ArrayView | BytesView, i: number, loc: SourceLoc): unknown {
  const n = v.end - v.start;
  if (i < 0 || i >= n) outOfBounds(loc, i, n);
  return v instanceof BytesView ? v.bytes[v.start + i] : v.arr[v.start + i];
}

export function viewSet(v: ArrayView, i: number, x: unknown, loc: SourceLoc): void {
  const n = v.end - v.start;
  if (i < 0 || i >= n) outOfBounds(loc, i, n);
  v.arr[v.start + i] = x;
}

// ---- slices and views --------------------------------------------------------

function bounds(len: number, start: number | undefined, end: number | undefined, loc: SourceLoc): [number, number] {
  const s = start ?? 0;
  const e = end ?? len;
  if (s < 0 || e > len || s > e) panicAt(loc, `slice [${s}:${e}] out of bounds for length ${len}`);
  return [s, e];
}

export function sliceArray(x: unknown[] | ArrayView, start: number | undefined, end: number | undefined, loc: SourceLoc): ArrayView {
  if (x instanceof ArrayView) {
    const [s, e] = bounds(x.end - x.start, start, end, loc);
    return new ArrayView(x.arr, x.start + s, x.start + e);
  }
  const [s, e] = bounds(x.length, start, end, loc);
  return new ArrayView(x, s, e);
}

export function sliceString(x: string | StringView, start: number | undefined, end: number | undefined, loc: SourceLoc): StringView {
  const [str, base, len] = x instanceof StringView ? [x.str, x.start, x.end - x.start] : [x, 0, x.length];
  const [s, e] = bounds(len, start, end, loc);
  // A view may not split a surrogate pair.
  const cuts = (i: number) => i > 0 && i < str.length && isTrailing(str.charCodeAt(i)) && isLeading(str.charCodeAt(i - 1));
  if (cuts(base + s) || cuts(base + e)) panicAt(loc, 'a string view cannot start or end inside a surrogate pair');
  return new StringView(str, base + s, base + e);
}

function isLeading(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isTrailing(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function sliceBytes(x: Uint8Array | BytesView, start: number | undefined, end: number | undefined, loc: SourceLoc): BytesView {
  if (x instanceof BytesView) {
    const [s, e] = bounds(x.end - x.start, start, end, loc);
    return new BytesView(x.bytes, x.start + s, x.start + e);
  }
  const [s, e] = bounds(x.length, start, end, loc);
  return new BytesView(x, s, e);
}

export function viewStringView(s: string): StringView {
  return new StringView(s, 0, s.length);
}
export function viewArrayView(a: unknown[] | ArrayView): ArrayView {
  return a instanceof ArrayView ? a : new ArrayView(a, 0, a.length);
}
export function viewBytesView(b: Uint8Array): BytesView {
  return new BytesView(b, 0, b.length);
}

/** A doc type's own `impl Logger`, seen as the Logger object `Show::output` writes to. */
export function loggerOf(d: Desc, v: unknown): Logger {
  const call = (k: string, ...a: unknown[]) => (d[`Logger.${k}`] as AnyFn)(v, ...a);
  return {
    write_string: (s) => call('write_string', s),
    write_char: (c) => call('write_char', c),
    write_view: (x) => call('write_view', x),
    write_substring: (s, start, len) => call('write_substring', s, start, len),
  };
}

const utf8 = new TextEncoder();
/** A string literal used as Bytes (deprecated in MoonBit): its UTF-8 encoding. */
export function utf8Bytes(s: string): Uint8Array {
  return utf8.encode(s);
}

// ---- patterns ------------------------------------------------------------------

/** The chars (code points) of a String or StringView. */
export function charsOf(s: string | StringView): number[] {
  const str = typeof s === 'string' ? s : s.str.slice(s.start, s.end);
  return Array.from(str, (c) => c.codePointAt(0)!);
}

/** `..rest` of a string pattern that matched `before` chars in front and `after` behind. */
export function charsRest(s: string | StringView, chars: readonly number[], before: number, after: number): StringView {
  const [str, base, end] = typeof s === 'string' ? [s, 0, s.length] : [s.str, s.start, s.end];
  const width = (c: number) => (c > 0xffff ? 2 : 1);
  let start = base;
  for (let i = 0; i < before; i++) start += width(chars[i]!);
  let stop = end;
  for (let i = 0; i < after; i++) stop -= width(chars[chars.length - 1 - i]!);
  return new StringView(str, start, stop);
}

/** `..rest` of an array or bytes pattern. */
export function restView(x: unknown[] | ArrayView | Uint8Array | BytesView, before: number, after: number): ArrayView | BytesView {
  if (x instanceof Uint8Array) return new BytesView(x, before, x.length - after);
  if (x instanceof BytesView) return new BytesView(x.bytes, x.start + before, x.end - after);
  if (x instanceof ArrayView) return new ArrayView(x.arr, x.start + before, x.end - after);
  return new ArrayView(x, before, x.length - after);
}

/** The bytes a bitstring pattern reads: an array of them, where they start, how many. */
export interface ByteRun {
  bytes: ArrayLike<number>;
  start: number;
  length: number;
}

export function byteRun(x: Uint8Array | BytesView | number[] | ArrayView<number>): ByteRun {
  if (x instanceof BytesView) return { bytes: x.bytes, start: x.start, length: x.end - x.start };
  if (x instanceof ArrayView) return { bytes: x.arr, start: x.start, length: x.end - x.start };
  return { bytes: x, start: 0, length: x.length };
}

/**
 * `width` bits of `run` from bit `offset` (most significant first), or,
 * little-endian, `width / 8` bytes from there, the first the least
 * significant. Up to 32 bits a UInt or Int (a number), past that a UInt64
 * or Int64 (a bigint); signed fields are sign-extended from their width.
 */
export function readBits(run: ByteRun, offset: number, width: number, signed: boolean, le: boolean): number | bigint {
  const bit = (i: number): bigint => BigInt((run.bytes[run.start + (i >> 3)]! >> (7 - (i & 7))) & 1);
  const field = (from: number, n: number): bigint => {
    let v = 0n;
    for (let i = 0; i < n; i++) v = (v << 1n) | bit(from + i);
    return v;
  };
  let v = 0n;
  if (le) for (let k = width / 8 - 1; k >= 0; k--) v = (v << 8n) | field(offset + 8 * k, 8);
  else v = field(offset, width);
  if (signed) v = BigInt.asIntN(width, v);
  return width <= 32 ? Number(v) : signed ? v : BigInt.asUintN(64, v);
}

export function viewEqualsString(v: StringView, s: string): boolean {
  return v.end - v.start === s.length && v.str.startsWith(s, v.start);
}

export function bytesEqual(a: Uint8Array | BytesView, b: Uint8Array): boolean {
  const [bytes, start, end] = a instanceof BytesView ? [a.bytes, a.start, a.end] : [a, 0, a.length];
  if (end - start !== b.length) return false;
  for (let i = 0; i < b.length; i++) if (bytes[start + i] !== b[i]) return false;
  return true;
}

/** Whether a caught error is constructor `ctor` of error type `type`. */
export function isError(e: unknown, type: string, ctor: string): boolean {
  if (e instanceof MoonBitError) return e.type === type && e.$c === ctor;
  if (e instanceof Failure) return type === 'Failure' && ctor === 'Failure';
  if (e instanceof InspectError) return type === 'InspectError' && ctor === 'InspectError';
  return false;
}

export function matchFailed(loc: SourceLoc): never {
  panicAt(loc, 'no match arm matched the value');
}

export function guardFailed(loc: SourceLoc): never {
  panicAt(loc, 'guard failed');
}

export function todo(loc: SourceLoc): never {
  panicAt(loc, 'not yet implemented (`...`)');
}

/** What a `catch` may take: MoonBit errors, and the errors the binding throws. Panics and failures of the harness itself pass through. */
export function catchable(e: unknown): void {
  if (e instanceof MoonBitError || e instanceof Failure || e instanceof InspectError || isBindingError(e)) return;
  throw e;
}

export function tryBangFailed(e: unknown, loc: SourceLoc): never {
  catchable(e);
  panicAt(loc, `\`try!\` got an error: ${e instanceof Error ? e.message : String(e)}`);
}

// ---- arguments -----------------------------------------------------------------

/** `label?=opt` for a parameter with a default: the Option's value, or the default (`undefined`). */
export function orDefault(o: Option<unknown>): unknown {
  return o instanceof Some ? o.value : undefined;
}

/** `label?=opt` at a binding call: passes the label only when `opt` is `Some`. */
export function optionalArg(label: string, opt: unknown): Record<string, unknown> {
  return opt instanceof Some ? { [label]: opt.value } : {};
}

/** `ArgsLoc` for an autofilled `args_loc~`: the call's location stands for each argument's. */
export function argsLoc(loc: SourceLoc): { _0: Option<SourceLoc>[] } {
  return { _0: [new Some(loc)] };
}

export function notExported(name: string): never {
  throw new Error(`binding function \`${name}\` is not exported yet`);
}

// ---- iteration -------------------------------------------------------------------

/** What `for x in it` walks, by the iterable's runtime representation. */
export function* iterate(x: unknown): Generator<unknown> {
  if (Array.isArray(x) || x instanceof Uint8Array) {
    // The length is read once, as the compiler's loop does: elements pushed during the loop are not visited.
    for (let i = 0, n = x.length; i < n; i++) yield x[i];
  } else if (typeof x === 'string' || x instanceof StringView) {
    yield* charsOf(x);
  } else if (x instanceof ArrayView) {
    for (let i = x.start; i < x.end; i++) yield x.arr[i];
  } else if (x instanceof BytesView) {
    for (let i = x.start; i < x.end; i++) yield x.bytes[i];
  } else if (x instanceof Iter) {
    for (let v = x.next(); v !== Iter.DONE; v = x.next()) yield v;
  } else if (x && typeof x === 'object' && (x as { _0?: unknown })._0 instanceof Iter) {
    yield* iterate((x as { _0: Iter })._0);
  } else if (x instanceof MoonMap) {
    yield* iterate(entry('Map::iter')(x));
  } else {
    // The checker resolves every other iterable to its type's `iter()`.
    throw new Error('internal: a value the checker did not resolve is iterated');
  }
}

/** An array literal wanted as a String: its chars, in order. */
export function stringOfChars(chars: readonly number[]): string {
  let s = '';
  for (const c of chars) s += charToString(c);
  return s;
}

/** `[| a, b |]`: an Iter over the elements. */
export function iterOfArray(xs: unknown[]): Iter {
  let i = 0;
  return new Iter(() => (i < xs.length ? xs[i++] : Iter.DONE));
}

/** `for i, x in xs`: index and element. */
export function* indexed(x: unknown): Generator<[number, unknown]> {
  let i = 0;
  for (const v of iterate(x)) yield [i++, v];
}

// ---- maps and Json literals --------------------------------------------------------

export function mapOf(K: Desc, pairs: [unknown, unknown][]): unknown {
  return entry('Map::of')(K, pairs);
}
// A value of the map's (or Json's) own type, which typed translations annotate.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function mapGet(K: Desc, m: unknown, k: unknown): Option<any> {
  if (m && typeof m === 'object' && '$c' in (m as object)) m = (m as { _0: unknown })._0;
  return entry('Map::get')(K, m, k);
}
export function mapAt(K: Desc, m: unknown, k: unknown, loc: SourceLoc): unknown {
  const v = entry('Map::get')(K, m, k) as Option<unknown>;
  if (v instanceof Some) return v.value;
  return panicAt(loc, 'key not found in the map');
}
export function mapSet(K: Desc, m: unknown, k: unknown, v: unknown): void {
  entry('Map::set')(K, m, k, v);
}

export function jsonNumber(n: number): unknown {
  return { $c: 'Number', _0: n, _1: None };
}
const TRUE = Object.freeze({ $c: 'True' });
const FALSE = Object.freeze({ $c: 'False' });
export function jsonBool(b: boolean): unknown {
  return b ? TRUE : FALSE;
}
export function jsonString(s: string): unknown {
  return { $c: 'String', _0: s };
}
export function jsonArray(xs: unknown[]): unknown {
  return { $c: 'Array', _0: xs };
}
export function jsonObject(pairs: [unknown, unknown][]): unknown {
  return { $c: 'Object', _0: mapOf(desc('String'), pairs) };
}

// ---- doc types -----------------------------------------------------------------------

const docImpls = new Map<string, Record<string, AnyFn>>();

/**
 * One method of a doc's `impl Trait for Type`: `factory` gives it from the
 * descriptors of the type's arguments. The impl is registered again with
 * each method added.
 */
export function registerMethod(type: string, trait: string, method: string, factory: (...args: Desc[]) => AnyFn): void {
  const key = `${trait} for ${type}`;
  const methods = docImpls.get(key) ?? {};
  methods[method] = factory;
  docImpls.set(key, methods);
  registerImpl(type, trait, (...args: Desc[]) => {
    const out: Record<string, AnyFn> = {};
    for (const [name, f] of Object.entries(methods)) out[name] = f(...args);
    return out;
  });
}

/** `impl Trait for T` without methods: the trait's defaults are all `T`'s methods. */
export function registerEmptyImpl(type: string, trait: string): void {
  if (!docImpls.has(`${trait} for ${type}`)) registerImpl(type, trait, {});
}

export { Dyn, desc, registerDefaults } from './desc.ts';
export { wrapBinding } from './binding-errors.ts';
export { setSnapshotDoc } from '../corelib/test.ts';
export { MoonBitError, SourceLoc };

const constants = new Map<string, unknown>();
/** An enum value built at run time (by derived FromJson or Default): constructors without fields are shared. */
export function enumValue(ctor: string, fields: readonly unknown[]): unknown {
  if (fields.length === 0) {
    let v = constants.get(ctor);
    if (!v) constants.set(ctor, (v = Object.freeze({ $c: ctor })));
    return v;
  }
  const v: Record<string, unknown> = { $c: ctor };
  fields.forEach((f, i) => {
    v[`_${i}`] = f;
  });
  return v;
}
