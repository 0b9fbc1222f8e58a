// What `@immut/internal/path` and `@immut/internal/sparse_array` share.
//
// `Path(UInt)` and `Bitset(UInt)` are tuple structs of one `UInt`, which
// MoonBit stores unboxed: two of them are `physical_equal` exactly when their
// bits are. The harness's value for a tuple struct is an object `{ _0 }`, so
// each module keeps one object per bit pattern while anything holds it.

/** The `{ _0: bits }` value of a one-`UInt` tuple struct, the same object for the same bits. */
export function unboxedUInt(): (bits: number) => { readonly _0: number } {
  const live = new Map<number, WeakRef<{ readonly _0: number }>>();
  const collected = new FinalizationRegistry<number>((bits) => {
    if (live.get(bits)?.deref() === undefined) live.delete(bits);
  });
  return (raw) => {
    const bits = raw >>> 0;
    const held = live.get(bits)?.deref();
    if (held !== undefined) return held;
    const value = Object.freeze({ _0: bits });
    live.set(bits, new WeakRef(value));
    collected.register(value, bits);
    return value;
  };
}
