// `Bytes`: an immutable byte sequence, a Uint8Array nobody writes to.
// `b[i]` is `Bytes::at` and `b[i:j]` is `Bytes::view` (core's `_[_]` and
// `_[_:_]` aliases).

import { BytesView, type Iter, type Logger } from '../../runtime/core-values.ts';
import type { Hasher } from '../../runtime/hasher.ts';
import { None, type Option, Some } from '../../runtime/values.ts';
import { defineModule, fn, impl } from '../define.ts';
import * as B from '../support/bytes.ts';
import type { Bin } from '../support/bytes.ts';
import { found, panic } from '../support/strings.ts';

function make(len: number, init: number): Uint8Array {
  return len < 0 ? new Uint8Array(0) : new Uint8Array(len).fill(init);
}

/** `chop_prefix` / `chop_suffix`: the rest after removing `part`, when it is there. */
export function chop(b: Uint8Array, start: number, end: number, part: Bin, front: boolean): Option<BytesView> {
  const n = B.lengthOf(part);
  if (front) return B.hasPrefix(b, start, end, part) ? new Some(new BytesView(b, start + n, end)) : None;
  return B.hasSuffix(b, start, end, part) ? new Some(new BytesView(b, start, end - n)) : None;
}

export default defineModule('', {
  fns: {
    'Bytes::length': fn('fn Bytes::length(self : Bytes) -> Int', (self: Uint8Array) => self.length),
    'Bytes::at': fn('fn Bytes::at(self : Bytes, idx : Int) -> Byte', (self: Uint8Array, idx: number) =>
      B.at(self, 0, self.length, idx),
    ),
    'Bytes::get': fn('fn Bytes::get(self : Bytes, index : Int) -> Byte?', (self: Uint8Array, index: number) =>
      B.get(self, 0, self.length, index),
    ),
    'Bytes::is_empty': fn('fn Bytes::is_empty(self : Bytes) -> Bool', (self: Uint8Array) => self.length === 0),
    'Bytes::make': fn('fn Bytes::make(len : Int, init : Byte) -> Bytes', make),
    'Bytes::new': fn('fn Bytes::new(len : Int) -> Bytes', (len: number) => make(len, 0)),
    'Bytes::makei': fn(
      'fn Bytes::makei(length : Int, value : (Int) -> Byte raise?) -> Bytes raise?',
      (length: number, value: (i: number) => number) => {
        const out = new Uint8Array(length > 0 ? length : 0);
        for (let i = 0; i < out.length; i++) out[i] = value(i);
        return out;
      },
    ),
    'Bytes::from_array': fn('fn Bytes::from_array(arr : ArrayView[Byte]) -> Bytes', B.fromArray),
    'Bytes::from_iter': fn('fn Bytes::from_iter(iter : Iter[Byte]) -> Bytes', B.fromIter),
    'Bytes::to_array': fn('fn Bytes::to_array(self : Bytes) -> Array[Byte]', (self: Uint8Array) =>
      B.toArray(self, 0, self.length),
    ),
    'Bytes::to_fixedarray': fn(
      'fn Bytes::to_fixedarray(self : Bytes, len? : Int) -> FixedArray[Byte]',
      (self: Uint8Array, len: Option<number>) => {
        const n = len instanceof Some ? len.value : self.length;
        if (n < 0 || n > self.length) panic('invalid length');
        return B.toArray(self, 0, n);
      },
    ),
    'Bytes::iter': fn('fn Bytes::iter(self : Bytes) -> Iter[Byte]', (self: Uint8Array) => B.iterOf(self, 0, self.length)),
    'Bytes::iter2': fn('fn Bytes::iter2(self : Bytes) -> Iter2[Int, Byte]', (self: Uint8Array) =>
      B.indexedOf(self, 0, self.length),
    ),
    'Bytes::view': fn(
      'fn Bytes::view(self : Bytes, start? : Int = .., end? : Int) -> BytesView',
      (self: Uint8Array, start: number | undefined, end: Option<number>) => B.view(self, 0, self.length, start, end),
    ),
    'Bytes::get_view': fn(
      'fn Bytes::get_view(self : Bytes, start? : Int = .., end? : Int) -> BytesView?',
      (self: Uint8Array, start: number | undefined, end: Option<number>) => B.getView(self, 0, self.length, start, end),
    ),
    'Bytes::find': fn('fn Bytes::find(target : Bytes, pattern : BytesView) -> Int?', (self: Uint8Array, pattern: Bin) =>
      found(B.indexOf(self, 0, self.length, pattern, false), 0),
    ),
    'Bytes::rev_find': fn('fn Bytes::rev_find(target : Bytes, pattern : BytesView) -> Int?', (self: Uint8Array, pattern: Bin) =>
      found(B.indexOf(self, 0, self.length, pattern, true), 0),
    ),
    'Bytes::has_prefix': fn('fn Bytes::has_prefix(self : Bytes, prefix : BytesView) -> Bool', (self: Uint8Array, prefix: Bin) =>
      B.hasPrefix(self, 0, self.length, prefix),
    ),
    'Bytes::has_suffix': fn('fn Bytes::has_suffix(self : Bytes, suffix : BytesView) -> Bool', (self: Uint8Array, suffix: Bin) =>
      B.hasSuffix(self, 0, self.length, suffix),
    ),
    'Bytes::chop_prefix': fn('fn Bytes::chop_prefix(self : Bytes, prefix : BytesView) -> BytesView?', (self: Uint8Array, prefix: Bin) =>
      chop(self, 0, self.length, prefix, true),
    ),
    'Bytes::chop_suffix': fn('fn Bytes::chop_suffix(self : Bytes, suffix : BytesView) -> BytesView?', (self: Uint8Array, suffix: Bin) =>
      chop(self, 0, self.length, suffix, false),
    ),
    'Bytes::repeat': fn('fn Bytes::repeat(self : Bytes, count : Int) -> Bytes', (self: Uint8Array, count: number) => {
      if (count <= 0 || self.length === 0) return new Uint8Array(0);
      if (count === 1) return self;
      const out = new Uint8Array(self.length * count);
      for (let i = 0; i < count; i++) out.set(self, i * self.length);
      return out;
    }),
    'Bytes::lexical_compare': fn('fn Bytes::lexical_compare(self : Bytes, other : Bytes) -> Int', (a: Bin, b: Bin) =>
      B.compare(a, b, false),
    ),
    'Bytes::to_unchecked_string': fn(
      'fn Bytes::to_unchecked_string(self : Bytes, offset? : Int = .., length? : Int) -> String',
      (self: Uint8Array, offset: number | undefined, length: Option<number>) => {
        const off = offset ?? 0;
        const len = length instanceof Some ? length.value : self.length - off;
        if (!(off >= 0 && len >= 0 && off + len <= self.length)) panic('invalid range');
        return B.utf16le(self, off, len);
      },
    ),
  },
  impls: {
    'Show for Bytes': impl('impl Show for Bytes', {
      output: (self: Uint8Array, logger: Logger) => B.output(self, 0, self.length, logger),
    }),
    'Eq for Bytes': impl('impl Eq for Bytes', { equal: B.equal }),
    'Compare for Bytes': impl('impl Compare for Bytes', { compare: (a: Bin, b: Bin) => B.compare(a, b, true) }),
    'Hash for Bytes': impl('impl Hash for Bytes', {
      hash_combine: (self: Uint8Array, hasher: Hasher) => B.hashCombine(self, 0, self.length, hasher),
    }),
    'Default for Bytes': impl('impl Default for Bytes', { default: () => new Uint8Array(0) }),
    'Add for Bytes': impl('impl Add for Bytes', {
      add: (a: Uint8Array, b: Uint8Array) => {
        const out = new Uint8Array(a.length + b.length);
        out.set(a);
        out.set(b, a.length);
        return out;
      },
    }),
  },
});
