// `BytesView`: bytes `start..end` of a Bytes, shared with it. `v[i]` is
// `BytesView::at` and `v[i:j]` is `BytesView::view`. Bytes may arrive
// wherever a view is expected (MoonBit converts them implicitly).

import type { Logger } from '../../runtime/core-values.ts';
import type { Hasher } from '../../runtime/hasher.ts';
import type { Option } from '../../runtime/values.ts';
import { defineModule, fn, impl } from '../define.ts';
import * as B from '../support/bytes.ts';
import type { Bin } from '../support/bytes.ts';
import { found } from '../support/strings.ts';
import { chop } from './bytes.ts';

/** Applies `f` to the parts of a view (or of Bytes standing for one). */
function parts<R>(f: (b: Uint8Array, start: number, end: number) => R): (self: Bin) => R {
  return (self) => f(B.bytesOf(self), B.startOf(self), B.endOf(self));
}

/** The same for a method with one more parameter. */
function parts1<X, R>(f: (b: Uint8Array, start: number, end: number, x: X) => R): (self: Bin, x: X) => R {
  return (self, x) => f(B.bytesOf(self), B.startOf(self), B.endOf(self), x);
}

const sig = (rest: string) => `fn BytesView::${rest}`;

export default defineModule('', {
  fns: {
    'BytesView::length': fn(sig('length(self : BytesView) -> Int'), B.lengthOf),
    'BytesView::is_empty': fn(sig('is_empty(self : BytesView) -> Bool'), (self: Bin) => B.lengthOf(self) === 0),
    'BytesView::at': fn(sig('at(self : BytesView, index : Int) -> Byte'), parts1(B.at)),
    'BytesView::get': fn(sig('get(self : BytesView, index : Int) -> Byte?'), parts1(B.get)),
    'BytesView::data': fn(sig('data(self : BytesView) -> Bytes'), B.bytesOf),
    'BytesView::start_offset': fn(sig('start_offset(self : BytesView) -> Int'), B.startOf),
    'BytesView::to_owned': fn(sig('to_owned(self : BytesView) -> Bytes'), (self: Bin) => {
      const b = B.bytesOf(self);
      return B.lengthOf(self) === b.length ? b : b.slice(B.startOf(self), B.endOf(self));
    }),
    'BytesView::view': fn(
      sig('view(self : BytesView, start? : Int = .., end? : Int) -> BytesView'),
      (self: Bin, start: number | undefined, end: Option<number>) => B.view(B.bytesOf(self), B.startOf(self), B.endOf(self), start, end),
    ),
    'BytesView::get_view': fn(
      sig('get_view(self : BytesView, start? : Int = .., end? : Int) -> BytesView?'),
      (self: Bin, start: number | undefined, end: Option<number>) =>
        B.getView(B.bytesOf(self), B.startOf(self), B.endOf(self), start, end),
    ),
    'BytesView::iter': fn(sig('iter(self : BytesView) -> Iter[Byte]'), parts(B.iterOf)),
    'BytesView::iter2': fn(sig('iter2(self : BytesView) -> Iter2[Int, Byte]'), parts(B.indexedOf)),
    'BytesView::to_array': fn(sig('to_array(self : BytesView) -> Array[Byte]'), parts(B.toArray)),
    'BytesView::to_fixedarray': fn(sig('to_fixedarray(self : BytesView) -> FixedArray[Byte]'), parts(B.toArray)),
    'BytesView::find': fn(sig('find(target : BytesView, pattern : BytesView) -> Int?'), (self: Bin, pattern: Bin) =>
      found(B.indexOf(B.bytesOf(self), B.startOf(self), B.endOf(self), pattern, false), 0),
    ),
    'BytesView::rev_find': fn(sig('rev_find(target : BytesView, pattern : BytesView) -> Int?'), (self: Bin, pattern: Bin) =>
      found(B.indexOf(B.bytesOf(self), B.startOf(self), B.endOf(self), pattern, true), 0),
    ),
    'BytesView::has_prefix': fn(sig('has_prefix(self : BytesView, prefix : BytesView) -> Bool'), parts1(B.hasPrefix)),
    'BytesView::has_suffix': fn(sig('has_suffix(self : BytesView, suffix : BytesView) -> Bool'), parts1(B.hasSuffix)),
    'BytesView::chop_prefix': fn(sig('chop_prefix(self : BytesView, prefix : BytesView) -> BytesView?'), (self: Bin, prefix: Bin) =>
      chop(B.bytesOf(self), B.startOf(self), B.endOf(self), prefix, true),
    ),
    'BytesView::chop_suffix': fn(sig('chop_suffix(self : BytesView, suffix : BytesView) -> BytesView?'), (self: Bin, suffix: Bin) =>
      chop(B.bytesOf(self), B.startOf(self), B.endOf(self), suffix, false),
    ),
    'BytesView::lexical_compare': fn(sig('lexical_compare(self : BytesView, other : BytesView) -> Int'), (a: Bin, b: Bin) =>
      B.compare(a, b, false),
    ),
    // Newer cores (the corpus's) add this; the oracle's core lacks it.
    'BytesView::equal_to_bytes': fn(sig('equal_to_bytes(self : BytesView, other : Bytes) -> Bool'), B.equal),
  },
  impls: {
    'Show for BytesView': impl('impl Show for BytesView', {
      output: (self: Bin, logger: Logger) => B.output(B.bytesOf(self), B.startOf(self), B.endOf(self), logger),
    }),
    'Eq for BytesView': impl('impl Eq for BytesView', { equal: B.equal }),
    'Compare for BytesView': impl('impl Compare for BytesView', { compare: (a: Bin, b: Bin) => B.compare(a, b, true) }),
    'Hash for BytesView': impl('impl Hash for BytesView', {
      hash_combine: (self: Bin, hasher: Hasher) => B.hashCombine(B.bytesOf(self), B.startOf(self), B.endOf(self), hasher),
    }),
  },
});

