// The few operations on core's insertion-ordered `Map` (and on the other
// map and set classes) that Json, Debug and derive need, in one place.
//
// The runtime classes of `Map`, `@hashmap.HashMap`, `@hashset.HashSet` and
// `@set.Set` belong to the collections part of the table. Until they land,
// a `Map[String, V]` made here is a JavaScript `Map` (insertion-ordered, and
// string keys compare as MoonBit's do); every other module goes through these
// functions, so adopting the real class is a change to this file only. The
// contract this file relies on: a map iterates as `[key, value]` pairs and a
// set as its elements, both in MoonBit's iteration order.

export type StringMap<V> = Map<string, V>;

export function newStringMap<V>(): StringMap<V> {
  return new Map<string, V>();
}

export function setKey<V>(m: StringMap<V>, key: string, value: V): void {
  m.set(key, value);
}

export function getKey<V>(m: StringMap<V>, key: string): V | undefined {
  return m.get(key);
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
