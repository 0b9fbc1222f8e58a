// `@quickcheck`: the `Arbitrary` trait with core's generators for builtin
// types, `gen` and `samples`, and the `Generator[T]` combinators. Every
// value is a function of the `@splitmix.RandomState` it draws from, so each
// impl makes core's draws in core's order: lengths before elements, a
// tuple's tail from a split state, an `Iter`'s elements only as it is
// consumed.
//
// A collection package's type is built from generated elements through that
// package's own table entry, as core builds it (`Map::from_iter`, `List(..)`,
// pushes for a PriorityQueue).
//
// Left out (the checker refuses them by name): the property driver (`check`,
// `report`, `QuickCheckReport`), observations (`label`, `collect`,
// `classify`, `Observation`), `Shrink`, and `Arbitrary` for the hash-based
// collections (`@hashmap.HashMap`, `@hashset.HashSet` and their `@immut`
// forms): their elements are drawn as core draws them, but the order they
// iterate in was not confirmed against the compiler.

import { defineModule, fn, impl, type ImplEntry } from './define.ts';
import type { Desc } from '../runtime/desc.ts';
import { ArrayView, Iter } from '../runtime/core-values.ts';
import { None, Some, isSome, type Option } from '../runtime/values.ts';
import { Ok, Err } from '../../binding/moonbit.ts';
import { panic } from './support/numeric.ts';
import { SplitMix } from './support/splitmix.ts';
import { ofArity } from './builtin/tuple.ts';
import type { CoreModule } from './define.ts';
import builtinMap from './builtin/map.ts';
import deque from './deque.ts';
import immutPriorityQueue from './immut/priority_queue.ts';
import immutSortedMap from './immut/sorted_map.ts';
import immutSortedSet from './immut/sorted_set.ts';
import immutVector from './immut/vector.ts';
import list from './list.ts';
import priorityQueue from './priority_queue.ts';
import queue from './queue.ts';
import set from './set.ts';
import sortedMap from './sorted_map.ts';
import sortedSet from './sorted_set.ts';

type Arbitrary = (size: number, rs: SplitMix) => unknown;

const ARBITRARY = '@quickcheck.Arbitrary.arbitrary';
const arbitraryOf = (d: Desc): Arbitrary => d[ARBITRARY] as Arbitrary;
const DEFAULT_SEED = 37n;

/** A collection's length: 0 for size 0, else a positive draw modulo the size. */
const lengthFor = (size: number, rs: SplitMix): number => (size === 0 ? 0 : rs.nextPositiveInt() % size);

const nextUInt = (rs: SplitMix): number => Number(rs.nextRaw() & 0xffffffffn);
const bool = (rs: SplitMix): boolean => rs.nextDouble() < 0.5;
// `| 0`: a remainder of a negative draw may be JS's -0.
const int = (size: number, rs: SplitMix): number => (size === 0 ? 0 : (rs.nextInt() % size) | 0);
const uint = (size: number, rs: SplitMix): number => (size === 0 ? 0 : nextUInt(rs) % (size >>> 0));
const byte = (rs: SplitMix): number => nextUInt(rs) & 0xff;

/** Three in four ASCII, else any Unicode scalar value (the surrogate block skipped). */
function char(rs: SplitMix): number {
  if (nextUInt(rs) % 4 < 3) return nextUInt(rs) % 128;
  const index = nextUInt(rs) % (0x110000 - 0x800);
  return index < 0xd800 ? index : index + 0x800;
}

function string(size: number, rs: SplitMix): string {
  const length = lengthFor(size, rs);
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCodePoint(char(rs));
  return s;
}

function array(X: Desc, size: number, rs: SplitMix): unknown[] {
  const length = lengthFor(size, rs);
  const element = arbitraryOf(X);
  return Array.from({ length }, (_, i) => element(i, rs));
}

/** The length is drawn now, each element when the iterator reaches it. */
function iter(X: Desc, size: number, rs: SplitMix): Iter {
  const length = lengthFor(size, rs);
  const element = arbitraryOf(X);
  let i = 0;
  return new Iter(() => (i < length ? element(i++, rs) : Iter.DONE));
}

const arbitraryImpl = (type: string, sig: string, arbitrary: Arbitrary): Record<string, ImplEntry> => ({
  [`@quickcheck.Arbitrary for ${type}`]: impl(sig, { arbitrary }),
});

const genericImpl = (type: string, sig: string, arbitrary: (...ds: Desc[]) => Arbitrary): Record<string, ImplEntry> => ({
  [`@quickcheck.Arbitrary for ${type}`]: impl(sig, ofArity(arbitrary.length, (...ds: Desc[]) => ({ arbitrary: arbitrary(...ds) }))),
});

/**
 * Elements of a tuple: the first from the given state, the rest from a split
 * of it, as a tuple one shorter (generated first) or, for a pair, alone.
 */
function tupleFrom(elements: Arbitrary[], size: number, r0: SplitMix): unknown[] {
  const r1 = r0.split();
  const [head, ...rest] = elements;
  if (rest.length === 1) return [head!(size, r0), rest[0]!(size, r1)];
  const tail = tupleFrom(rest, size, r1);
  return [head!(size, r0), ...tail];
}

function tupleImpls(): Record<string, ImplEntry> {
  const out: Record<string, ImplEntry> = {};
  for (let n = 2; n <= 9; n++) {
    const ps = Array.from({ length: n }, (_, i) => String.fromCharCode(65 + i));
    const sig = `impl[${ps.map((p) => `${p} : Arbitrary`).join(', ')}] Arbitrary for (${ps.join(', ')})`;
    out[`@quickcheck.Arbitrary for Tuple${n}`] = impl(sig, ofArity(n, (...ds: Desc[]) => {
      const elements = ds.map(arbitraryOf);
      return { arbitrary: (size: number, r0: SplitMix) => tupleFrom(elements, size, r0) };
    }));
  }
  return out;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const entryOf = (m: CoreModule, key: string): ((...args: any[]) => any) => m.fns[key]!.impl as never;

/** `Array[(K, V)]`'s generator, each pair as core's `(A, B)` impl draws it. */
function pairs(K: Desc, V: Desc, size: number, rs: SplitMix): unknown[] {
  const elements = [arbitraryOf(K), arbitraryOf(V)];
  return Array.from({ length: lengthFor(size, rs) }, (_, i) => tupleFrom(elements, i, rs));
}

const view = (xs: unknown[]): ArrayView => new ArrayView(xs, 0, xs.length);

/**
 * The collection types, each from an array of generated elements (or pairs
 * for a map) and its package's constructor; those core builds from an `Iter`
 * consume it at once, drawing the same values in the same order.
 */
function collectionImpls(): Record<string, ImplEntry> {
  const fromElements = (type: string, sig: string, build: (X: Desc, xs: unknown[]) => unknown) =>
    genericImpl(type, sig, (X: Desc) => (size, rs) => build(X, array(X, size, rs)));
  const fromPairs = (type: string, sig: string, build: (K: Desc, kvs: unknown[]) => unknown) =>
    genericImpl(type, sig, (K: Desc, V: Desc) => (size, rs) => build(K, pairs(K, V, size, rs)));
  const iterOf = (xs: unknown[]) => {
    let i = 0;
    return new Iter(() => (i < xs.length ? xs[i++] : Iter.DONE));
  };
  return {
    ...fromElements('@list.List', 'impl[X : Arbitrary] Arbitrary for @list.List[X]', (_, xs) => entryOf(list, '@list.List::List')(view(xs))),
    ...fromElements('@queue.Queue', 'impl[X : Arbitrary] Arbitrary for @queue.Queue[X]', (_, xs) => entryOf(queue, '@queue.Queue::from_iter')(iterOf(xs))),
    ...fromElements('@deque.Deque', 'impl[X : Arbitrary] Arbitrary for @deque.Deque[X]', (_, xs) => entryOf(deque, '@deque.Deque::Deque')(view(xs), None)),
    ...fromPairs('Map', 'impl[K : Arbitrary + Hash + Eq, V : Arbitrary] Arbitrary for Map[K, V]', (K, kvs) => entryOf(builtinMap, 'Map::from_iter')(K, iterOf(kvs))),
    ...fromElements('@set.Set', 'impl[X : Arbitrary + Eq + Hash] Arbitrary for @set.Set[X]', (X, xs) => entryOf(set, '@set.Set::from_iter')(X, iterOf(xs))),
    ...fromPairs('@sorted_map.SortedMap', 'impl[K : Arbitrary + Compare, V : Arbitrary] Arbitrary for @sorted_map.SortedMap[K, V]', (K, kvs) =>
      entryOf(sortedMap, '@sorted_map.SortedMap::from_iter')(K, iterOf(kvs)),
    ),
    ...fromElements('@sorted_set.SortedSet', 'impl[X : Arbitrary + Compare] Arbitrary for @sorted_set.SortedSet[X]', (X, xs) =>
      entryOf(sortedSet, '@sorted_set.SortedSet::from_iter')(X, iterOf(xs)),
    ),
    // Core pushes each element as it is drawn into an empty queue.
    ...genericImpl('@priority_queue.PriorityQueue', 'impl[X : Arbitrary + Compare] Arbitrary for @priority_queue.PriorityQueue[X]', (X: Desc) => (size, rs) => {
      const length = lengthFor(size, rs);
      const q = entryOf(priorityQueue, '@priority_queue.PriorityQueue::new')();
      for (let i = 0; i < length; i++) entryOf(priorityQueue, '@priority_queue.PriorityQueue::push')(X, q, arbitraryOf(X)(i, rs));
      return q;
    }),
    ...fromElements('@immut/vector.Vector', 'impl[X : Arbitrary] Arbitrary for @immut/vector.Vector[X]', (_, xs) =>
      entryOf(immutVector, '@immut/vector.Vector::Vector')(view(xs)),
    ),
    ...fromElements('@immut/priority_queue.PriorityQueue', 'impl[X : Arbitrary + Compare] Arbitrary for @immut/priority_queue.PriorityQueue[X]', (X, xs) =>
      entryOf(immutPriorityQueue, '@immut/priority_queue.PriorityQueue::PriorityQueue')(X, view(xs)),
    ),
    ...fromPairs('@immut/sorted_map.SortedMap', 'impl[K : Arbitrary + Compare, V : Arbitrary] Arbitrary for @immut/sorted_map.SortedMap[K, V]', (K, kvs) =>
      entryOf(immutSortedMap, '@immut/sorted_map.SortedMap::from_array')(K, view(kvs)),
    ),
    ...fromElements('@immut/sorted_set.SortedSet', 'impl[X : Arbitrary + Compare] Arbitrary for @immut/sorted_set.SortedSet[X]', (X, xs) =>
      entryOf(immutSortedSet, '@immut/sorted_set.SortedSet::from_array')(X, view(xs)),
    ),
  };
}

/** `Generator[T]`: a function of a size and a random state. */
export class Generator {
  constructor(readonly generate: Arbitrary) {}
  run(size: number, rs: SplitMix): unknown {
    return this.generate(size, rs);
  }
}

type G = Generator;

const pure = (value: unknown): G => new Generator(() => value);
const map = (self: G, transform: (x: unknown) => unknown): G => new Generator((size, rs) => transform(self.run(size, rs)));
/** The second generator runs on a state split off before the first runs. */
const flatMap = (self: G, transform: (x: unknown) => G): G =>
  new Generator((size, rs) => {
    const next = rs.split();
    return transform(self.run(size, rs)).run(size, next);
  });
const zipWith = (self: G, other: G, combine: (a: unknown, b: unknown) => unknown): G => flatMap(self, (a) => map(other, (b) => combine(a, b)));
const scale = (self: G, transform: (size: number) => number): G => new Generator((size, rs) => self.run(transform(size), rs));

/** `[lower, upper)` by a 32-bit draw modulo the width; an empty range is `pure(lower)`. */
function intRange(lower: number, upper: number): G {
  if (!(lower < upper)) {
    if (lower === upper) return pure(lower);
    panic('int_range: lower bound exceeds upper bound');
  }
  const width = (upper - lower) >>> 0;
  return new Generator((_, rs) => ((nextUInt(rs) % width) + lower) | 0);
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

function charRange(lower: number, upper: number): G {
  if (lower > upper) panic('char_range: lower bound exceeds upper bound');
  if (lower < 0 || upper > 0x10ffff || isSurrogate(lower) || isSurrogate(upper)) panic('char_range: bounds must be Unicode scalar values');
  const gap = lower < 0xd800 && upper > 0xdfff ? 0x800 : 0;
  return map(intRange(lower, upper + 1 - gap), (code) => ((code as number) >= 0xd800 ? (code as number) + gap : code));
}

function oneOf(generators: G[]): G {
  if (generators.length === 0) panic('one_of: empty array');
  return flatMap(intRange(0, generators.length), (i) => generators[i as number]!);
}

function elements(values: unknown[]): G {
  if (values.length === 0) panic('elements: empty array');
  return map(intRange(0, values.length), (i) => values[i as number]);
}

/** A weighted choice: a draw modulo the (32-bit wrapping) total weight picks the generator. */
function frequency(generators: [number, G][]): G {
  if (generators.length === 0) panic('frequency: empty array');
  const total = generators.reduce((sum, [weight]) => (sum + weight) >>> 0, 0);
  if (total === 0) panic('frequency: total weight is zero');
  return new Generator((size, rs) => {
    let remaining = nextUInt(rs) % total;
    for (const [weight, generator] of generators) {
      if (remaining < weight) return generator.run(size, rs);
      remaining -= weight;
    }
    return panic('frequency: invalid weights');
  });
}

function arrayWithSize(self: G, length: number): G {
  if (length < 0) panic('array_with_size: negative size');
  return new Generator((size, rs) => Array.from({ length }, () => self.run(size, rs)));
}

/** `count` values of sizes 0, 1, ... from the default state; the first is drawn even for no values. */
function samples(X: Desc, count: number): unknown[] {
  const rs = SplitMix.seeded(DEFAULT_SEED);
  const element = arbitraryOf(X);
  const first = element(0, rs);
  if (count < 0) panic('negative array length');
  return Array.from({ length: count }, (_, i) => (i === 0 ? first : element(i, rs)));
}

export default defineModule('quickcheck', {
  decls: `
    pub using @splitmix {type RandomState}
    pub(open) trait Arbitrary {
      arbitrary(Int, RandomState) -> Self
    }
    type Generator[T]
  `,
  fns: {
    gen: fn('fn[T : Arbitrary] gen(size? : Int, state? : RandomState) -> T', (T: Desc, size: Option<number>, state: Option<SplitMix>) =>
      arbitraryOf(T)(isSome(size) ? size.value : 0, isSome(state) ? state.value : SplitMix.seeded(DEFAULT_SEED)),
    ),
    samples: fn('fn[X : Arbitrary] samples(x : Int) -> Array[X]', samples),
    spawn: fn('fn[T : Arbitrary] spawn() -> Generator[T]', (T: Desc) => new Generator(arbitraryOf(T))),
    'Generator::Generator': fn('fn[T] Generator::Generator(generate : (Int, RandomState) -> T) -> Generator[T]', (generate: Arbitrary) => new Generator(generate)),
    'Generator::run': fn('fn[T] Generator::run(self : Generator[T], size : Int, state : RandomState) -> T', (self: G, size: number, rs: SplitMix) =>
      self.run(size, rs),
    ),
    'Generator::sample': fn('fn[T] Generator::sample(self : Generator[T], size? : Int = .., seed? : UInt64 = ..) -> T', (self: G, size: number | undefined, seed: bigint | undefined) =>
      self.run(size ?? 100, SplitMix.seeded(seed ?? DEFAULT_SEED)),
    ),
    'Generator::samples': fn(
      'fn[T] Generator::samples(self : Generator[T], count? : Int = .., size? : Int = .., seed? : UInt64 = ..) -> Array[T]',
      (self: G, count: number | undefined, size: number | undefined, seed: bigint | undefined) => {
        const rs = SplitMix.seeded(seed ?? DEFAULT_SEED);
        return Array.from({ length: Math.max(count ?? 10, 0) }, () => self.run(size ?? 100, rs));
      },
    ),
    pure: fn('fn[T] pure(value : T) -> Generator[T]', pure),
    'Generator::map': fn('fn[T, U] Generator::map(self : Generator[T], transform : (T) -> U) -> Generator[U]', map),
    'Generator::flat_map': fn('fn[T, U] Generator::flat_map(self : Generator[T], transform : (T) -> Generator[U]) -> Generator[U]', flatMap),
    'Generator::zip': fn('fn[T, U] Generator::zip(self : Generator[T], other : Generator[U]) -> Generator[(T, U)]', (self: G, other: G) =>
      zipWith(self, other, (a, b) => [a, b]),
    ),
    'Generator::zip_with': fn('fn[T, U, V] Generator::zip_with(self : Generator[T], other : Generator[U], combine : (T, U) -> V) -> Generator[V]', zipWith),
    'Generator::zip_with3': fn(
      'fn[T, U, V, W] Generator::zip_with3(self : Generator[T], second : Generator[U], third : Generator[V], combine : (T, U, V) -> W) -> Generator[W]',
      (self: G, second: G, third: G, combine: (a: unknown, b: unknown, c: unknown) => unknown) =>
        flatMap(self, (a) => flatMap(second, (b) => map(third, (c) => combine(a, b, c)))),
    ),
    sized: fn('fn[T] sized(create : (Int) -> Generator[T]) -> Generator[T]', (create: (size: number) => G) =>
      new Generator((size, rs) => create(size).run(size, rs)),
    ),
    'Generator::scale': fn('fn[T] Generator::scale(self : Generator[T], transform : (Int) -> Int) -> Generator[T]', scale),
    'Generator::resize': fn('fn[T] Generator::resize(self : Generator[T], size : Int) -> Generator[T]', (self: G, size: number) => scale(self, () => size)),
    int_range: fn('fn int_range(lower : Int, upper : Int) -> Generator[Int]', intRange),
    char_range: fn('fn char_range(lower : Char, upper : Char) -> Generator[Char]', charRange),
    one_of: fn('fn[T] one_of(generators : Array[Generator[T]]) -> Generator[T]', oneOf),
    elements: fn('fn[T] elements(values : Array[T]) -> Generator[T]', elements),
    frequency: fn('fn[T] frequency(generators : Array[(UInt, Generator[T])]) -> Generator[T]', frequency),
    'Generator::array_with_size': fn('fn[T] Generator::array_with_size(self : Generator[T], size : Int) -> Generator[Array[T]]', arrayWithSize),
  },
  impls: {
    ...arbitraryImpl('Unit', 'impl Arbitrary for Unit', () => undefined),
    ...arbitraryImpl('Bool', 'impl Arbitrary for Bool', (_, rs) => bool(rs)),
    ...arbitraryImpl('Int', 'impl Arbitrary for Int', int),
    ...arbitraryImpl('UInt', 'impl Arbitrary for UInt', uint),
    ...arbitraryImpl('Byte', 'impl Arbitrary for Byte', (_, rs) => byte(rs)),
    ...arbitraryImpl('Int16', 'impl Arbitrary for Int16', (size, rs) => (int(size, rs) << 16) >> 16),
    ...arbitraryImpl('UInt16', 'impl Arbitrary for UInt16', (size, rs) => uint(size, rs) & 0xffff),
    ...arbitraryImpl('Bytes', 'impl Arbitrary for Bytes', (size, rs) => {
      const length = lengthFor(size, rs);
      return Uint8Array.from({ length }, () => byte(rs));
    }),
    ...arbitraryImpl('Int64', 'impl Arbitrary for Int64', (size, rs) => (size === 0 ? 0n : BigInt.asIntN(64, rs.nextRaw()) % BigInt(size))),
    ...arbitraryImpl('UInt64', 'impl Arbitrary for UInt64', (size, rs) => (size === 0 ? 0n : rs.nextRaw() % BigInt.asUintN(64, BigInt(size)))),
    ...arbitraryImpl('Float', 'impl Arbitrary for Float', (_, rs) => rs.nextFloat()),
    ...arbitraryImpl('Double', 'impl Arbitrary for Double', (_, rs) => rs.nextDouble()),
    ...arbitraryImpl('Char', 'impl Arbitrary for Char', (_, rs) => char(rs)),
    ...arbitraryImpl('String', 'impl Arbitrary for String', string),
    ...arbitraryImpl('BigInt', 'impl Arbitrary for BigInt', (size, rs) => (size === 0 ? 0n : BigInt.asIntN(64, rs.nextRaw()))),
    ...genericImpl('Option', 'impl[X : Arbitrary] Arbitrary for X?', (X: Desc) => (size, rs) =>
      rs.nextDouble() < 0.3 ? None : new Some(arbitraryOf(X)(size, rs)),
    ),
    ...genericImpl('Result', 'impl[T : Arbitrary, E : Arbitrary] Arbitrary for Result[T, E]', (T: Desc, E: Desc) => (size, rs) =>
      bool(rs) ? new Ok(arbitraryOf(T)(size, rs)) : new Err(arbitraryOf(E)(size, rs)),
    ),
    ...genericImpl('Array', 'impl[X : Arbitrary] Arbitrary for Array[X]', (X: Desc) => (size, rs) => array(X, size, rs)),
    ...genericImpl('FixedArray', 'impl[X : Arbitrary] Arbitrary for FixedArray[X]', (X: Desc) => (size, rs) => array(X, size, rs)),
    ...genericImpl('ReadOnlyArray', 'impl[X : Arbitrary] Arbitrary for ReadOnlyArray[X]', (X: Desc) => (size, rs) => array(X, size, rs)),
    ...genericImpl('ArrayView', 'impl[A : Arbitrary] Arbitrary for ArrayView[A]', (A: Desc) => (size, rs) => {
      const xs = array(A, size, rs);
      return new ArrayView(xs, 0, xs.length);
    }),
    ...genericImpl('Iter', 'impl[X : Arbitrary] Arbitrary for Iter[X]', (X: Desc) => (size, rs) => iter(X, size, rs)),
    ...genericImpl('@ref.Ref', 'impl[X : Arbitrary] Arbitrary for @ref.Ref[X]', (X: Desc) => (size, rs) => ({ val: arbitraryOf(X)(size, rs) })),
    ...tupleImpls(),
    ...collectionImpls(),
  },
});
