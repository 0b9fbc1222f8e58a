// `@immut/vector` (`@vector`): `Vector[A]`, core's persistent vector
// (runtime class `MoonVector`, support/immut-vector.ts). Its trie shows
// through nothing public; what does show is kept: `makei` computes the
// elements of core's tail first (all of 32 or fewer, else the last
// `len % 32`, none for a multiple of 32), and the operations that
// hand back an operand unchanged (`concat` with an empty side, a full
// `slice`, `take`, `drop` or side of a `split`, `copy`) return that very
// object, which `==` tests before it compares elements (a NaN shows it).

import { defineModule, fn, impl, type FnEntry } from '../define.ts';
import { ArrayView, Iter, type Logger } from '../../runtime/core-values.ts';
import type { Desc } from '../../runtime/desc.ts';
import type { Hasher } from '../../runtime/hasher.ts';
import { Panic, Some, None, type Option } from '../../runtime/values.ts';
import { MoonVector, emptyVector, iterate, pop, push, set, vectorOf } from '../support/immut-vector.ts';
import { span } from '../support/seq.ts';
import * as R from '../support/repr.ts';
import * as J from '../support/json.ts';
import { addIndex, decodeError, type JsonPath } from '../support/json-path.ts';

type V = MoonVector;
type F1 = (x: unknown) => unknown;
type Eq = (a: unknown, b: unknown) => boolean;

const WIDTH = 32;

function checkIndex(v: V, index: number): void {
  if (index < 0 || index >= v.size) throw new Panic(`index out of bounds: the len is ${v.size} but the index is ${index}`);
}

function at(v: V, index: number): unknown {
  checkIndex(v, index);
  return v.at(index);
}

function makei(len: number, f: (i: number) => unknown): V {
  if (len <= 0) return emptyVector();
  const xs = new Array<unknown>(len);
  const treeLen = len <= WIDTH ? 0 : len - (len % WIDTH);
  for (let i = treeLen; i < len; i++) xs[i] = f(i);
  for (let i = 0; i < treeLen; i++) xs[i] = f(i);
  return vectorOf(xs);
}

function fromView(arr: ArrayView | unknown[]): V {
  const [a, s, e] = span(arr);
  return vectorOf(a.slice(s, e));
}

function fromIter(iter: Iter): V {
  const xs: unknown[] = [];
  for (let x = iter.next(); x !== Iter.DONE; x = iter.next()) xs.push(x);
  return vectorOf(xs);
}

function concat(a: V, b: V): V {
  if (a.size === 0) return b;
  if (b.size === 0) return a;
  return vectorOf([...a.toArray(), ...b.toArray()]);
}

/** `[start, end)`, bounds already checked: `v` itself when that is all of it. */
function range(v: V, start: number, end: number): V {
  if (start === end) return emptyVector();
  if (start === 0 && end === v.size) return v;
  return vectorOf(v.toArray().slice(start, end));
}

const clamp = (count: number, size: number) => (count <= 0 ? 0 : Math.min(count, size));

function each(v: V, f: F1): void {
  for (const chunk of v.chunks()) for (const x of chunk) f(x);
}

function fold(v: V, init: unknown, f: (acc: unknown, x: unknown) => unknown): unknown {
  let acc = init;
  each(v, (x) => (acc = f(acc, x)));
  return acc;
}

function revFold(v: V, init: unknown, f: (acc: unknown, x: unknown) => unknown): unknown {
  const xs = v.toArray();
  let acc = init;
  for (let i = xs.length - 1; i >= 0; i--) acc = f(acc, xs[i]);
  return acc;
}

function equal(A: Desc, a: V, b: V): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  const eq = A['Eq.equal'] as Eq;
  const left = iterate(a);
  const right = iterate(b);
  for (let i = 0; i < a.size; i++) if (!eq(left.next(), right.next())) return false;
  return true;
}

function compare(A: Desc, a: V, b: V): number {
  if (a.size !== b.size) return a.size < b.size ? -1 : 1;
  const cmp = A['Compare.compare'] as (a: unknown, b: unknown) => number;
  for (let i = 0; i < a.size; i++) {
    const c = cmp(a.at(i), b.at(i));
    if (c !== 0) return c;
  }
  return 0;
}

const toRepr = (A: Desc, v: V): R.Repr => R.opaque('Vector', R.array(v.toArray().map(A['Debug.to_repr'] as (x: unknown) => R.Repr)));
const sigFromArray = (name: string) => `fn[A] ${name}(arr : ArrayView[A]) -> Vector[A]`;
const sigFromIter = (name: string) => `fn[A] ${name}(iter : Iter[A]) -> Vector[A]`;
const sigFold = (name: string) => `fn[A, B] Vector::${name}(self : Vector[A], init~ : B, f : (B, A) -> B raise?) -> B raise?`;

const fns = {
  'Vector::new': fn('fn[A] Vector::new() -> Vector[A]', emptyVector),
  new: fn('fn[A] new() -> Vector[A]', emptyVector),
  'Vector::singleton': fn('fn[A] Vector::singleton(value : A) -> Vector[A]', (value: unknown) => vectorOf([value])),
  singleton: fn('fn[A] singleton(value : A) -> Vector[A]', (value: unknown) => vectorOf([value])),
  'Vector::make': fn('fn[A] Vector::make(len : Int, value : A) -> Vector[A]', (len: number, value: unknown) =>
    len <= 0 ? emptyVector() : vectorOf(new Array(len).fill(value)),
  ),
  make: fn('fn[A] make(len : Int, value : A) -> Vector[A]', (len: number, value: unknown) =>
    len <= 0 ? emptyVector() : vectorOf(new Array(len).fill(value)),
  ),
  'Vector::makei': fn('fn[A] Vector::makei(len : Int, f : (Int) -> A raise?) -> Vector[A] raise?', makei),
  makei: fn('fn[A] makei(len : Int, f : (Int) -> A raise?) -> Vector[A] raise?', makei),
  // Current core's constructor; the oracle's core has `from_array` only.
  'Vector::Vector': fn(sigFromArray('Vector::Vector'), fromView),
  'Vector::from_array': fn(sigFromArray('Vector::from_array'), fromView),
  from_array: fn(sigFromArray('from_array'), fromView),
  'Vector::from_iter': fn(sigFromIter('Vector::from_iter'), fromIter),
  from_iter: fn(sigFromIter('from_iter'), fromIter),
  'Vector::to_array': fn('fn[A] Vector::to_array(self : Vector[A]) -> Array[A]', (v: V) => v.toArray()),
  'Vector::is_empty': fn('fn[A] Vector::is_empty(self : Vector[A]) -> Bool', (v: V) => v.size === 0),
  'Vector::length': fn('fn[A] Vector::length(self : Vector[A]) -> Int', (v: V) => v.size),
  'Vector::at': fn('#alias("_[_]")\nfn[A] Vector::at(self : Vector[A], index : Int) -> A', at),
  'Vector::get': fn('fn[A] Vector::get(self : Vector[A], index : Int) -> A?', (v: V, index: number): Option<unknown> =>
    index >= 0 && index < v.size ? new Some(v.at(index)) : None,
  ),
  'Vector::peek': fn('fn[A] Vector::peek(self : Vector[A]) -> A?', (v: V): Option<unknown> => (v.size === 0 ? None : new Some(v.at(v.size - 1)))),
  'Vector::contains': fn('fn[A : Eq] Vector::contains(self : Vector[A], value : A) -> Bool', (A: Desc, v: V, value: unknown) => {
    const eq = A['Eq.equal'] as Eq;
    const it = iterate(v);
    for (let x = it.next(); x !== Iter.DONE; x = it.next()) if (eq(x, value)) return true;
    return false;
  }),
  'Vector::set': fn('fn[A] Vector::set(self : Vector[A], index : Int, value : A) -> Vector[A]', (v: V, index: number, value: unknown) => {
    checkIndex(v, index);
    return set(v, index, value);
  }),
  'Vector::push': fn('fn[A] Vector::push(self : Vector[A], value : A) -> Vector[A]', push),
  'Vector::pop': fn('fn[A] Vector::pop(self : Vector[A]) -> Vector[A]?', (v: V): Option<V> => (v.size === 0 ? None : new Some(pop(v)))),
  'Vector::concat': fn('fn[A] Vector::concat(self : Vector[A], other : Vector[A]) -> Vector[A]', concat),
  'Vector::split': fn('fn[A] Vector::split(self : Vector[A], index : Int) -> (Vector[A], Vector[A])', (v: V, index: number) => {
    if (index < 0 || index > v.size) throw new Panic('Index out of bounds');
    return [range(v, 0, index), range(v, index, v.size)];
  }),
  'Vector::take': fn('fn[A] Vector::take(self : Vector[A], count : Int) -> Vector[A]', (v: V, count: number) => range(v, 0, clamp(count, v.size))),
  'Vector::drop': fn('fn[A] Vector::drop(self : Vector[A], count : Int) -> Vector[A]', (v: V, count: number) => range(v, clamp(count, v.size), v.size)),
  'Vector::slice': fn('fn[A] Vector::slice(self : Vector[A], start : Int, end : Int) -> Vector[A]', (v: V, start: number, end: number) => {
    if (start > end) throw new Panic('start index greater than end index');
    if (start < 0 || end > v.size) throw new Panic('Index out of bounds');
    return range(v, start, end);
  }),
  'Vector::iter': fn('fn[A] Vector::iter(self : Vector[A]) -> Iter[A]', iterate),
  'Vector::each': fn('fn[A] Vector::each(self : Vector[A], f : (A) -> Unit raise?) -> Unit raise?', each),
  'Vector::eachi': fn('fn[A] Vector::eachi(self : Vector[A], f : (Int, A) -> Unit raise?) -> Unit raise?', (v: V, f: (i: number, x: unknown) => unknown) => {
    let i = 0;
    each(v, (x) => f(i++, x));
  }),
  'Vector::fold': fn(sigFold('fold'), fold),
  'Vector::rev_fold': fn(sigFold('rev_fold'), revFold),
  'Vector::map': fn('fn[A, B] Vector::map(self : Vector[A], f : (A) -> B raise?) -> Vector[B] raise?', (v: V, f: F1) => {
    const out: unknown[] = [];
    each(v, (x) => out.push(f(x)));
    return vectorOf(out);
  }),
  'Vector::filter': fn('fn[A] Vector::filter(self : Vector[A], f : (A) -> Bool raise?) -> Vector[A] raise?', (v: V, f: F1) => {
    const out: unknown[] = [];
    each(v, (x) => {
      if (f(x)) out.push(x);
    });
    return vectorOf(out);
  }),
  'Vector::rev': fn('fn[A] Vector::rev(self : Vector[A]) -> Vector[A]', (v: V) => vectorOf(v.toArray().reverse())),
  'Vector::copy': fn('fn[A] Vector::copy(self : Vector[A]) -> Vector[A]', (v: V) => v),
  'Vector::to_repr': fn('fn[A : @debug.Debug] Vector::to_repr(self : Vector[A]) -> @debug.Repr', toRepr),
};

/** The names core deprecated but still exports, each beside the entry it names. */
const deprecated: [alias: string, entry: keyof typeof fns][] = [
  ['of', 'from_array'],
  ['Vector::of', 'Vector::from_array'],
  ['from_iterator', 'from_iter'],
  ['Vector::from_iterator', 'Vector::from_iter'],
  ['Vector::iterator', 'Vector::iter'],
  ['Vector::fold_left', 'Vector::fold'],
  ['Vector::fold_right', 'Vector::rev_fold'],
  ['Vector::clone', 'Vector::copy'],
];
const renamed = (e: FnEntry, from: string, to: string) => fn(e.sig.replace(`${from}(`, `${to}(`), e.impl as (...args: unknown[]) => unknown);

export default defineModule('immut/vector', {
  decls: 'type Vector[A]',
  fns: { ...fns, ...Object.fromEntries(deprecated.map(([alias, entry]) => [alias, renamed(fns[entry], entry, alias)])) },
  impls: {
    'Show for @immut/vector.Vector': impl('impl[A : Show] Show for Vector[A]', (A: Desc) => {
      const out = A['Show.output'] as (x: unknown, l: Logger) => void;
      return {
        output: (v: V, logger: Logger) => {
          logger.write_string('@immut/vector.from_array([');
          let first = true;
          each(v, (x) => {
            if (!first) logger.write_string(', ');
            first = false;
            out(x, logger);
          });
          logger.write_string('])');
        },
      };
    }),
    'Debug for @immut/vector.Vector': impl('impl[A : @debug.Debug] @debug.Debug for Vector[A]', (A: Desc) => ({ to_repr: (v: V) => toRepr(A, v) })),
    'Eq for @immut/vector.Vector': impl('impl[A : Eq] Eq for Vector[A]', (A: Desc) => ({ equal: (a: V, b: V) => equal(A, a, b) })),
    'Compare for @immut/vector.Vector': impl('impl[A : Compare] Compare for Vector[A]', (A: Desc) => ({ compare: (a: V, b: V) => compare(A, a, b) })),
    'Hash for @immut/vector.Vector': impl('impl[A : Hash] Hash for Vector[A]', (A: Desc) => {
      const combine = A['Hash.hash_combine'] as (x: unknown, h: Hasher) => void;
      return { hash_combine: (v: V, hasher: Hasher) => each(v, (x) => combine(x, hasher)) };
    }),
    'Add for @immut/vector.Vector': impl('impl[A] Add for Vector[A]', { add: concat }),
    'ToJson for @immut/vector.Vector': impl('impl[A : ToJson] ToJson for Vector[A]', (A: Desc) => {
      const toJson = A['ToJson.to_json'] as (x: unknown) => J.Json;
      return { to_json: (v: V) => J.array(v.toArray().map(toJson)) };
    }),
    'FromJson for @immut/vector.Vector': impl('impl[A : @json.FromJson] @json.FromJson for Vector[A]', (A: Desc) => {
      const fromJson = A['FromJson.from_json'] as (j: J.Json, path: JsonPath) => unknown;
      return {
        from_json: (json: J.Json, path: JsonPath) => {
          if (json.$c !== 'Array') return decodeError(path, '@immut/vector.from_json: expected array');
          return vectorOf(json._0.map((x, i) => fromJson(x, addIndex(path, i))));
        },
      };
    }),
  },
});
