// The few operations on core's insertion-ordered `Map` (and on the other
// map and set classes) that Json, Debug and derive need, in one place.
//
// A `Map[String, V]` made here is core's linked hash map (support/linked-table.ts),
// the same class `Map::new` gives. What the rest relies on: a map iterates as
// `[key, value]` pairs and a set as its elements, in MoonBit's iteration order.

import { desc } from '../../runtime/desc.ts';
import { MoonMap } from './linked-table.ts';

export type StringMap<V> = MoonMap & { readonly __values?: V };

// Maps with String keys, hashed and compared as String's impls do.
const STRING = desc('String');

export function newStringMap<V>(): StringMap<V> {
  return new MoonMap(8) as StringMap<V>;
}

export function setKey<V>(m: StringMap<V>, key: string, value: V): void {
  m.setWith(STRING, key, value);
}

export function getKey<V>(m: StringMap<V>, key: string): V | undefined {
  return m.getWith(STRING, key) as V | undefined;
}

export function size(m: StringMap<unknown>): number {
  return m.size;
}

/** A map's entries in iteration order. */
export function entries<K, V>(m: unknown): Iterable<readonly [K, V]> {
  return m as Iterable<readonly [K, V]>;
}

/** A set's elements in iteration order. */
export function elements<T>(s: unknown): Iterable<T> {
  return s as Iterable<T>;
}
