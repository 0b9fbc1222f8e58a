// `Hasher` (runtime/hasher.ts) and the `hash` function. `Hasher()` with no
// seed starts from seed 0, as on core's non-JS backends (the JS backend
// seeds randomly per process), so hashes in docs are reproducible.

import { defineModule, fn } from '../define.ts';
import { Hasher } from '../../runtime/hasher.ts';
import type { Desc } from '../../runtime/desc.ts';
import { hash_combine } from '../../runtime/desc.ts';

const create = (seed?: number): Hasher => new Hasher(seed ?? 0);

export default defineModule('', {
  decls: `
    type Hasher
  `,
  fns: {
    'Hasher::Hasher': fn('fn Hasher::Hasher(seed? : Int = ..) -> Hasher', create),
    'Hasher::new': fn('fn Hasher::new(seed? : Int = ..) -> Hasher', create),
    'Hasher::combine': fn('fn[T : Hash] Hasher::combine(self : Hasher, value : T) -> Unit', (T: Desc, self: Hasher, value: unknown) =>
      hash_combine(T, value, self),
    ),
    'Hasher::combine_unit': fn('fn Hasher::combine_unit(self : Hasher) -> Unit', (self: Hasher) => self.combine_unit()),
    'Hasher::combine_bool': fn('fn Hasher::combine_bool(self : Hasher, value : Bool) -> Unit', (self: Hasher, v: boolean) => self.combine_bool(v)),
    'Hasher::combine_int': fn('fn Hasher::combine_int(self : Hasher, value : Int) -> Unit', (self: Hasher, v: number) => self.combine_int(v)),
    'Hasher::combine_uint': fn('fn Hasher::combine_uint(self : Hasher, value : UInt) -> Unit', (self: Hasher, v: number) => self.combine_uint(v)),
    'Hasher::combine_int64': fn('fn Hasher::combine_int64(self : Hasher, value : Int64) -> Unit', (self: Hasher, v: bigint) => self.combine_int64(v)),
    'Hasher::combine_uint64': fn('fn Hasher::combine_uint64(self : Hasher, value : UInt64) -> Unit', (self: Hasher, v: bigint) => self.combine_int64(v)),
    'Hasher::combine_double': fn('fn Hasher::combine_double(self : Hasher, value : Double) -> Unit', (self: Hasher, v: number) => self.combine_double(v)),
    'Hasher::combine_float': fn('fn Hasher::combine_float(self : Hasher, value : Float) -> Unit', (self: Hasher, v: number) => self.combine_float(v)),
    'Hasher::combine_byte': fn('fn Hasher::combine_byte(self : Hasher, value : Byte) -> Unit', (self: Hasher, v: number) => self.combine_byte(v)),
    'Hasher::combine_bytes': fn('fn Hasher::combine_bytes(self : Hasher, value : Bytes) -> Unit', (self: Hasher, v: Uint8Array) => self.combine_bytes(v)),
    'Hasher::combine_string': fn('fn Hasher::combine_string(self : Hasher, value : String) -> Unit', (self: Hasher, v: string) => self.combine_string(v)),
    'Hasher::combine_char': fn('fn Hasher::combine_char(self : Hasher, value : Char) -> Unit', (self: Hasher, v: number) => self.combine_char(v)),
    'Hasher::finalize': fn('fn Hasher::finalize(self : Hasher) -> Int', (self: Hasher) => self.finalize()),
    hash: fn('fn[T : Hash] hash(value : T) -> Int', (T: Desc, value: unknown) => (T['Hash.hash'] as (v: unknown) => number)(value)),
  },
});
