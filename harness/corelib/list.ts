// `@list`: `List[A]`, core's immutable singly linked list. It is the enum
// `Empty | More(A, mut tail~ : List[A])`, so its values follow the enum
// representation: `{ $c: 'More', _0: head, _1: tail }`, and `Empty`, which
// generated code may build as its own frozen object, is recognized by `$c`.
//
// What is observable beyond the elements is kept: which results share cells
// with an argument (`concat` ends in `other`; `drop`, `unsafe_tail` and what
// follows the cell `remove` / `remove_at` drop are suffixes of `self`;
// `flatten` links its last list in), the order callbacks run in, that
// equality stops at physically equal tails, that `maximum` / `minimum` keep
// the first of equal elements, and that decoding from JSON goes from the
// last element.
//
// The entries are the newer core's the docs were written for: `List(arr)`,
// `has_prefix` / `has_suffix` (the old `is_` names kept as aliases), `repeat`
// aborting on a negative count, and the trait methods core also exposes as
// methods (`equal`, `compare`, `hash`, and the deprecated rest).

import { defineModule, fn, impl } from './define.ts';
import { compare, equal, hash_combine, output, type Desc } from '../runtime/desc.ts';
import { Iter, StringBuilder, type Logger } from '../runtime/core-values.ts';
import { Hasher } from '../runtime/hasher.ts';
import { Some, None, type Option } from '../runtime/values.ts';
import { abort } from './builtin/console.ts';
import * as J from './support/json.ts';
import { addIndex, decodeError, ROOT, type JsonPath } from './support/json-path.ts';
import * as R from './support/repr.ts';
import { span } from './support/seq.ts';
import { quickSort } from './support/sort.ts';

type List = { readonly $c: 'Empty' } | Cell;
interface Cell {
  readonly $c: 'More';
  readonly _0: unknown;
  _1: List;
}

type F1 = (x: unknown) => unknown;
type Pred = (x: unknown) => boolean;
type Fold = (acc: unknown, x: unknown) => unknown;

const EMPTY: List = Object.freeze({ $c: 'Empty' });

const more = (head: unknown, tail: List): Cell => ({ $c: 'More', _0: head, _1: tail });

/** The elements of `items`, in order, in front of `tail` (shared, not copied). */
function listOf(items: readonly unknown[], tail: List = EMPTY): List {
  let out = tail;
  for (let i = items.length - 1; i >= 0; i--) out = more(items[i], out);
  return out;
}

function toArray(xs: List): unknown[] {
  const out = [];
  for (let c = xs; c.$c === 'More'; c = c._1) out.push(c._0);
  return out;
}

function length(xs: List): number {
  let n = 0;
  for (let c = xs; c.$c === 'More'; c = c._1) n++;
  return n;
}

function listIter(xs: List): Iter {
  let cur = xs;
  return new Iter(() => {
    if (cur.$c === 'Empty') return Iter.DONE;
    const x = cur._0;
    cur = cur._1;
    return x;
  });
}

function fromIter(iter: Iter): List {
  const items = [];
  for (let x = iter.next(); x !== Iter.DONE; x = iter.next()) items.push(x);
  return listOf(items);
}

function fromIterRev(iter: Iter): List {
  let out: List = EMPTY;
  for (let x = iter.next(); x !== Iter.DONE; x = iter.next()) out = more(x, out);
  return out;
}

function fromArray(arr: Parameters<typeof span>[0]): List {
  const [a, s, e] = span(arr);
  let out: List = EMPTY;
  for (let i = e - 1; i >= s; i--) out = more(a[i], out);
  return out;
}

function revConcat(xs: List, other: List): List {
  let out = other;
  for (let c = xs; c.$c === 'More'; c = c._1) out = more(c._0, out);
  return out;
}

const rev = (xs: List): List => revConcat(xs, EMPTY);

function concat(xs: List, other: List): List {
  return listOf(toArray(xs), other);
}

function map(xs: List, f: F1): List {
  const out = [];
  for (let c = xs; c.$c === 'More'; c = c._1) out.push(f(c._0));
  return listOf(out);
}

function filter(xs: List, f: Pred): List {
  const out = [];
  for (let c = xs; c.$c === 'More'; c = c._1) if (f(c._0)) out.push(c._0);
  return listOf(out);
}

function fold(xs: List, init: unknown, f: Fold): unknown {
  let acc = init;
  for (let c = xs; c.$c === 'More'; c = c._1) acc = f(acc, c._0);
  return acc;
}

function foldi(xs: List, init: unknown, f: (i: number, acc: unknown, x: unknown) => unknown): unknown {
  let acc = init;
  let i = 0;
  for (let c = xs; c.$c === 'More'; c = c._1) acc = f(i++, acc, c._0);
  return acc;
}

/** The first `f(x)` for which `found` holds, or `None`. */
function search(xs: List, f: (x: unknown, i: number) => boolean, found: (x: unknown, i: number) => unknown): Option<unknown> {
  let i = 0;
  for (let c = xs; c.$c === 'More'; c = c._1, i++) if (f(c._0, i)) return new Some(found(c._0, i));
  return None;
}

function nth(xs: List, n: number): Option<unknown> {
  let c = xs;
  for (let i = n; c.$c === 'More'; c = c._1, i--) if (i === 0) return new Some(c._0);
  return None;
}

function last(xs: List): Option<unknown> {
  if (xs.$c === 'Empty') return None;
  let c: Cell = xs;
  while (c._1.$c === 'More') c = c._1;
  return new Some(c._0);
}

/** Core's scan: `x > best` (or `<`) replaces, so the first of equal elements stays. */
function extreme(A: Desc, xs: List, sign: 1 | -1): Option<unknown> {
  if (xs.$c === 'Empty') return None;
  let best = xs._0;
  for (let c = xs._1; c.$c === 'More'; c = c._1) if (sign * compare(A, c._0, best) > 0) best = c._0;
  return new Some(best);
}

const unwrapOr = (o: Option<unknown>, message: string): unknown => (o instanceof Some ? o.value : abort(message));

/**
 * The lists of `lists` joined, linked as core links them: the first
 * non-empty list is copied, and so is every later one except the last,
 * which becomes the result's tail.
 */
function flatten(lists: List): List {
  const inner = toArray(lists) as List[];
  const first = inner.findIndex((l) => l.$c === 'More');
  if (first < 0) return EMPTY;
  const lastIndex = inner.length - 1;
  if (first === lastIndex) return listOf(toArray(inner[first]!));
  const items = [];
  for (let i = first; i < lastIndex; i++) items.push(...toArray(inner[i]!));
  return listOf(items, inner[lastIndex]);
}

/** `f` runs on the elements in order; the results are joined as `flatten` joins them. */
function flatMap(xs: List, f: (x: unknown) => List): List {
  const results = [];
  for (let c = xs; c.$c === 'More'; c = c._1) results.push(f(c._0));
  return flatten(listOf(results));
}

function filterMap(xs: List, f: (x: unknown) => Option<unknown>): List {
  const out = [];
  for (let c = xs; c.$c === 'More'; c = c._1) {
    const r = f(c._0);
    if (r instanceof Some) out.push(r.value);
  }
  return listOf(out);
}

function take(xs: List, n: number): List {
  const out = [];
  for (let c = xs; c.$c === 'More' && out.length < n; c = c._1) out.push(c._0);
  return listOf(out);
}

function drop(xs: List, n: number): List {
  let c = xs;
  for (let i = n; i > 0 && c.$c === 'More'; i--) c = c._1;
  return c;
}

function takeWhile(xs: List, p: Pred): List {
  const out = [];
  for (let c = xs; c.$c === 'More' && p(c._0); c = c._1) out.push(c._0);
  return listOf(out);
}

/** The suffix from the first element failing `p`, in a new first cell (as core rebuilds it). */
function dropWhile(xs: List, p: Pred): List {
  let c = xs;
  while (c.$c === 'More' && p(c._0)) c = c._1;
  return c.$c === 'More' ? more(c._0, c._1) : EMPTY;
}

function intersperse(xs: List, sep: unknown): List {
  const out = [];
  for (let c = xs; c.$c === 'More'; c = c._1) {
    if (out.length > 0) out.push(sep);
    out.push(c._0);
  }
  return listOf(out);
}

function zip(xs: List, ys: List): List {
  const out = [];
  for (let a = xs, b = ys; a.$c === 'More' && b.$c === 'More'; a = a._1, b = b._1) out.push([a._0, b._0]);
  return listOf(out);
}

function unzip(xs: List): [List, List] {
  const pairs = toArray(xs) as [unknown, unknown][];
  return [listOf(pairs.map((p) => p[0])), listOf(pairs.map((p) => p[1]))];
}

function scanLeft(xs: List, f: Fold, init: unknown): List {
  const out = [init];
  let acc = init;
  for (let c = xs; c.$c === 'More'; c = c._1) out.push((acc = f(acc, c._0)));
  return listOf(out);
}

function unfold(f: (s: unknown) => Option<[unknown, unknown]>, init: unknown): List {
  const out = [];
  for (let r = f(init); r instanceof Some; r = f(r.value[1])) out.push(r.value[0]);
  return listOf(out);
}

function revUnfold(f: (s: unknown) => Option<[unknown, unknown]>, init: unknown): List {
  let out: List = EMPTY;
  for (let r = f(init); r instanceof Some; r = f(r.value[1])) out = more(r.value[0], out);
  return out;
}

function repeat(n: number, x: unknown): List {
  if (n < 0) abort('negative repeat count');
  let out: List = EMPTY;
  for (let i = n; i > 0; i--) out = more(x, out);
  return out;
}

/** The list without the cell at `index`; the rest after it is shared. Out of range: `self` (negative) or a copy. */
function removeAt(xs: List, index: number): List {
  if (index < 0 || xs.$c === 'Empty') return index < 0 ? xs : EMPTY;
  const front = [];
  let c: List = xs;
  for (let i = 0; c.$c === 'More'; c = c._1, i++) {
    if (i === index) return listOf(front, c._1);
    front.push(c._0);
  }
  return listOf(front);
}

function remove(A: Desc, xs: List, elem: unknown): List {
  const front = [];
  for (let c = xs; c.$c === 'More'; c = c._1) {
    if (equal(A, c._0, elem)) return listOf(front, c._1);
    front.push(c._0);
  }
  return listOf(front);
}

function hasPrefix(A: Desc, xs: List, prefix: List): boolean {
  let a = xs;
  for (let b = prefix; b.$c === 'More'; b = b._1, a = (a as Cell)._1) {
    if (a.$c === 'Empty' || !equal(A, a._0, b._0)) return false;
  }
  return true;
}

/** The last `length(suffix)` elements of `xs` compared from the front, as core walks them. */
function hasSuffix(A: Desc, xs: List, suffix: List): boolean {
  const skip = length(xs) - length(suffix);
  return skip >= 0 && hasPrefix(A, drop(xs, skip), suffix);
}

function contains(A: Desc, xs: List, value: unknown): boolean {
  for (let c = xs; c.$c === 'More'; c = c._1) if (equal(A, c._0, value)) return true;
  return false;
}

/** Core's `Array::sort` on the elements (so equal elements end where it puts them). */
function sort(A: Desc, xs: List): List {
  const arr = toArray(xs);
  const cmp = A['Compare.compare'] as (a: unknown, b: unknown) => number;
  const eq = A['Eq.equal'] as (a: unknown, b: unknown) => boolean;
  quickSort(arr, 0, arr.length, cmp, (a, b) => (eq(a, b) ? 0 : 1));
  return listOf(arr);
}

function listEqual(A: Desc, xs: List, ys: List): boolean {
  for (let a = xs, b = ys; ; a = (a as Cell)._1, b = (b as Cell)._1) {
    if (a === b) return true;
    if (a.$c === 'Empty' || b.$c === 'Empty') return a.$c === b.$c;
    if (!equal(A, a._0, b._0)) return false;
  }
}

function listCompare(A: Desc, xs: List, ys: List): number {
  for (let a = xs, b = ys; ; a = (a as Cell)._1, b = (b as Cell)._1) {
    if (a.$c === 'Empty') return b.$c === 'Empty' ? 0 : -1;
    if (b.$c === 'Empty') return 1;
    const r = compare(A, a._0, b._0);
    if (r !== 0) return r;
  }
}

function toJson(A: Desc, xs: List): J.Json {
  const f = A['ToJson.to_json'] as (x: unknown) => J.Json;
  return J.array(toArray(xs).map(f));
}

function fromJson(A: Desc, json: J.Json, path: JsonPath): List {
  if (json.$c !== 'Array') return decodeError(path, '@list.from_json: expected array');
  const f = A['FromJson.from_json'] as (j: J.Json, p: JsonPath) => unknown;
  let out: List = EMPTY;
  for (let i = json._0.length - 1; i >= 0; i--) out = more(f(json._0[i]!, addIndex(path, i)), out);
  return out;
}

const toRepr = (A: Desc, xs: List): R.Repr => R.opaque('List', R.array(toArray(xs).map(A['Debug.to_repr'] as (x: unknown) => R.Repr)));

const each = (xs: List, f: F1): void => {
  for (let c = xs; c.$c === 'More'; c = c._1) f(c._0);
};

const hashCombine = (A: Desc, xs: List, hasher: Hasher): void => each(xs, (x) => hash_combine(A, x, hasher));

function hashOf(A: Desc, xs: List): number {
  const hasher = new Hasher();
  hashCombine(A, xs, hasher);
  return hasher.finalize();
}

function outputList(A: Desc, xs: List, logger: Logger): void {
  logger.write_string('@list.from_array([');
  for (let c = xs, first = true; c.$c === 'More'; c = c._1, first = false) {
    if (!first) logger.write_string(', ');
    output(A, c._0, logger);
  }
  logger.write_string('])');
}

function listToString(A: Desc, xs: List): string {
  const sb = new StringBuilder();
  outputList(A, xs, sb);
  return sb.toString();
}

function iter2(xs: List): { _0: Iter<[number, unknown]> } {
  const it = listIter(xs);
  let i = 0;
  return {
    _0: new Iter(() => {
      const x = it.next();
      return x === Iter.DONE ? x : [i++, x];
    }),
  };
}

const L = 'List[A]';

export default defineModule('list', {
  decls: `
    pub enum List[A] {
      Empty
      More(A, mut tail~ : List[A])
    }
  `,
  fns: {
    'List::List': fn('fn[A] List::List(arr : ArrayView[A]) -> List[A]', fromArray),
    'List::from_array': fn('fn[A] List::from_array(arr : ArrayView[A]) -> List[A]', fromArray),
    from_array: fn('fn[A] from_array(arr : ArrayView[A]) -> List[A]', fromArray),
    'List::of': fn('fn[A] List::of(arr : ArrayView[A]) -> List[A]', fromArray),
    of: fn('fn[A] of(arr : ArrayView[A]) -> List[A]', fromArray),
    'List::new': fn('fn[A] List::new() -> List[A]', () => EMPTY),
    new: fn('fn[A] new() -> List[A]', () => EMPTY),
    'List::empty': fn('fn[A] List::empty() -> List[A]', () => EMPTY),
    empty: fn('fn[A] empty() -> List[A]', () => EMPTY),
    default: fn('fn[X] default() -> List[X]', () => EMPTY),
    'List::singleton': fn('fn[A] List::singleton(x : A) -> List[A]', (x: unknown) => more(x, EMPTY)),
    singleton: fn('fn[A] singleton(x : A) -> List[A]', (x: unknown) => more(x, EMPTY)),
    'List::cons': fn('fn[A] List::cons(head : A, tail : List[A]) -> List[A]', more),
    cons: fn('fn[A] cons(head : A, tail : List[A]) -> List[A]', more),
    construct: fn('fn[A] construct(head : A, tail : List[A]) -> List[A]', more),
    'List::prepend': fn(`fn[A] List::prepend(self : ${L}, head : A) -> ${L}`, (xs: List, head: unknown) => more(head, xs)),
    'List::add': fn(`fn[A] List::add(self : ${L}, head : A) -> ${L}`, (xs: List, head: unknown) => more(head, xs)),
    'List::repeat': fn('fn[A] List::repeat(n : Int, x : A) -> List[A]', repeat),
    repeat: fn('fn[A] repeat(n : Int, x : A) -> List[A]', repeat),
    'List::unfold': fn('fn[A, S] List::unfold(f : (S) -> (A, S)? raise?, init~ : S) -> List[A] raise?', unfold),
    unfold: fn('fn[A, S] unfold(f : (S) -> (A, S)? raise?, init~ : S) -> List[A] raise?', unfold),
    'List::rev_unfold': fn('fn[A, S] List::rev_unfold(f : (S) -> (A, S)? raise?, init~ : S) -> List[A] raise?', revUnfold),
    rev_unfold: fn('fn[A, S] rev_unfold(f : (S) -> (A, S)? raise?, init~ : S) -> List[A] raise?', revUnfold),
    'List::from_iter': fn('fn[A] List::from_iter(iter : Iter[A]) -> List[A]', fromIter),
    from_iter: fn('fn[A] from_iter(iter : Iter[A]) -> List[A]', fromIter),
    'List::from_iterator': fn('fn[A] List::from_iterator(iter : Iter[A]) -> List[A]', fromIter),
    from_iterator: fn('fn[A] from_iterator(iter : Iter[A]) -> List[A]', fromIter),
    'List::from_iter_rev': fn('fn[A] List::from_iter_rev(iter : Iter[A]) -> List[A]', fromIterRev),
    from_iter_rev: fn('fn[A] from_iter_rev(iter : Iter[A]) -> List[A]', fromIterRev),
    'List::from_iterator_rev': fn('fn[A] List::from_iterator_rev(iter : Iter[A]) -> List[A]', fromIterRev),
    from_iterator_rev: fn('fn[A] from_iterator_rev(iter : Iter[A]) -> List[A]', fromIterRev),
    'List::from_json': fn('fn[A : FromJson] List::from_json(json : Json) -> List[A] raise @json.JsonDecodeError', (A: Desc, json: J.Json) =>
      fromJson(A, json, ROOT),
    ),
    from_json: fn('fn[A : FromJson] from_json(json : Json) -> List[A] raise @json.JsonDecodeError', (A: Desc, json: J.Json) => fromJson(A, json, ROOT)),
    'List::to_json': fn(`fn[A : ToJson] List::to_json(self : ${L}) -> Json`, toJson),
    'List::to_repr': fn(`fn[A : @debug.Debug] List::to_repr(self : ${L}) -> @debug.Repr`, toRepr),

    'List::length': fn(`fn[A] List::length(self : ${L}) -> Int`, length),
    'List::is_empty': fn(`fn[A] List::is_empty(self : ${L}) -> Bool`, (xs: List) => xs.$c === 'Empty'),
    'List::head': fn(`fn[A] List::head(self : ${L}) -> A?`, (xs: List) => (xs.$c === 'More' ? new Some(xs._0) : None)),
    'List::unsafe_head': fn(`fn[A] List::unsafe_head(self : ${L}) -> A`, (xs: List) => (xs.$c === 'More' ? xs._0 : abort('head of empty list'))),
    'List::unsafe_tail': fn(`fn[A] List::unsafe_tail(self : ${L}) -> ${L}`, (xs: List) => (xs.$c === 'More' ? xs._1 : abort('tail of empty list'))),
    'List::tail': fn(`fn[A] List::tail(self : ${L}) -> ${L}`, (xs: List) => (xs.$c === 'More' ? xs._1 : EMPTY)),
    'List::last': fn(`fn[A] List::last(self : ${L}) -> A?`, last),
    'List::unsafe_last': fn(`fn[A] List::unsafe_last(self : ${L}) -> A`, (xs: List) => unwrapOr(last(xs), 'last of empty list')),
    'List::nth': fn(`fn[A] List::nth(self : ${L}, n : Int) -> A?`, nth),
    'List::unsafe_nth': fn(`fn[A] List::unsafe_nth(self : ${L}, n : Int) -> A`, (xs: List, n: number) => unwrapOr(nth(xs, n), 'nth: index out of bounds')),
    'List::maximum': fn(`fn[A : Compare] List::maximum(self : ${L}) -> A?`, (A: Desc, xs: List) => extreme(A, xs, 1)),
    'List::unsafe_maximum': fn(`fn[A : Compare] List::unsafe_maximum(self : ${L}) -> A`, (A: Desc, xs: List) =>
      unwrapOr(extreme(A, xs, 1), 'maximum: empty list'),
    ),
    'List::minimum': fn(`fn[A : Compare] List::minimum(self : ${L}) -> A?`, (A: Desc, xs: List) => extreme(A, xs, -1)),
    'List::unsafe_minimum': fn(`fn[A : Compare] List::unsafe_minimum(self : ${L}) -> A`, (A: Desc, xs: List) =>
      unwrapOr(extreme(A, xs, -1), 'minimum: empty list'),
    ),
    'List::contains': fn(`fn[A : Eq] List::contains(self : ${L}, value : A) -> Bool`, contains),
    'List::lookup': fn(`fn[A : Eq, B] List::lookup(self : List[(A, B)], v : A) -> B?`, (A: Desc, xs: List, v: unknown) =>
      search(xs, (p) => equal(A, (p as unknown[])[0], v), (p) => (p as unknown[])[1]),
    ),
    'List::find': fn(`fn[A] List::find(self : ${L}, f : (A) -> Bool raise?) -> A? raise?`, (xs: List, f: Pred) => search(xs, f, (x) => x)),
    'List::find_index': fn(`fn[A] List::find_index(self : ${L}, f : (A) -> Bool raise?) -> Int? raise?`, (xs: List, f: Pred) =>
      search(xs, f, (_, i) => i),
    ),
    'List::findi': fn(`fn[A] List::findi(self : ${L}, f : (A, Int) -> Bool raise?) -> A? raise?`, (xs: List, f: (x: unknown, i: number) => boolean) =>
      search(xs, f, (x) => x),
    ),
    'List::all': fn(`fn[A] List::all(self : ${L}, f : (A) -> Bool raise?) -> Bool raise?`, (xs: List, f: Pred) =>
      search(xs, (x) => !f(x), () => undefined) === None,
    ),
    'List::any': fn(`fn[A] List::any(self : ${L}, f : (A) -> Bool raise?) -> Bool raise?`, (xs: List, f: Pred) =>
      search(xs, f, () => undefined) !== None,
    ),
    'List::is_prefix': fn(`fn[A : Eq] List::is_prefix(self : ${L}, prefix : ${L}) -> Bool`, hasPrefix),
    'List::has_prefix': fn(`fn[A : Eq] List::has_prefix(self : ${L}, prefix : ${L}) -> Bool`, hasPrefix),
    'List::is_suffix': fn(`fn[A : Eq] List::is_suffix(self : ${L}, suffix : ${L}) -> Bool`, hasSuffix),
    'List::has_suffix': fn(`fn[A : Eq] List::has_suffix(self : ${L}, suffix : ${L}) -> Bool`, hasSuffix),

    'List::each': fn(`fn[A] List::each(self : ${L}, f : (A) -> Unit raise?) -> Unit raise?`, each),
    'List::eachi': fn(`fn[A] List::eachi(self : ${L}, f : (Int, A) -> Unit raise?) -> Unit raise?`, (xs: List, f: (i: number, x: unknown) => unknown) => {
      let i = 0;
      for (let c = xs; c.$c === 'More'; c = c._1) f(i++, c._0);
    }),
    'List::fold': fn(`fn[A, B] List::fold(self : ${L}, init~ : B, f : (B, A) -> B raise?) -> B raise?`, fold),
    'List::foldi': fn(`fn[A, B] List::foldi(self : ${L}, init~ : B, f : (Int, B, A) -> B raise?) -> B raise?`, foldi),
    'List::rev_fold': fn(`fn[A, B] List::rev_fold(self : ${L}, init~ : B, f : (B, A) -> B) -> B`, (xs: List, init: unknown, f: Fold) => fold(rev(xs), init, f)),
    'List::rev_foldi': fn(`fn[A, B] List::rev_foldi(self : ${L}, init~ : B, f : (Int, B, A) -> B) -> B`, (xs: List, init: unknown, f: (i: number, acc: unknown, x: unknown) => unknown) =>
      foldi(rev(xs), init, f),
    ),
    'List::iter': fn(`fn[A] List::iter(self : ${L}) -> Iter[A]`, listIter),
    'List::iterator': fn(`fn[A] List::iterator(self : ${L}) -> Iter[A]`, listIter),
    'List::iter2': fn(`fn[A] List::iter2(self : ${L}) -> Iter2[Int, A]`, iter2),
    'List::iterator2': fn(`fn[A] List::iterator2(self : ${L}) -> Iter2[Int, A]`, iter2),
    'List::to_array': fn(`fn[A] List::to_array(self : ${L}) -> Array[A]`, toArray),

    'List::map': fn(`fn[A, B] List::map(self : ${L}, f : (A) -> B raise?) -> List[B] raise?`, map),
    'List::mapi': fn(`fn[A, B] List::mapi(self : ${L}, f : (Int, A) -> B raise?) -> List[B] raise?`, (xs: List, f: (i: number, x: unknown) => unknown) => {
      let i = 0;
      return map(xs, (x) => f(i++, x));
    }),
    'List::rev_map': fn(`fn[A, B] List::rev_map(self : ${L}, f : (A) -> B raise?) -> List[B] raise?`, (xs: List, f: F1) => {
      let out: List = EMPTY;
      for (let c = xs; c.$c === 'More'; c = c._1) out = more(f(c._0), out);
      return out;
    }),
    'List::filter': fn(`fn[A] List::filter(self : ${L}, f : (A) -> Bool raise?) -> ${L} raise?`, filter),
    'List::filter_map': fn(`fn[A, B] List::filter_map(self : ${L}, f : (A) -> B? raise?) -> List[B] raise?`, filterMap),
    'List::flat_map': fn(`fn[A, B] List::flat_map(self : ${L}, f : (A) -> List[B] raise?) -> List[B] raise?`, flatMap),
    'List::flatten': fn('fn[A] List::flatten(self : List[List[A]]) -> List[A]', flatten),
    'List::concat': fn(`fn[A] List::concat(self : ${L}, other : ${L}) -> ${L}`, concat),
    'List::rev_concat': fn(`fn[A] List::rev_concat(self : ${L}, other : ${L}) -> ${L}`, revConcat),
    'List::rev': fn(`fn[A] List::rev(self : ${L}) -> ${L}`, rev),
    'List::take': fn(`fn[A] List::take(self : ${L}, n : Int) -> ${L}`, take),
    'List::drop': fn(`fn[A] List::drop(self : ${L}, n : Int) -> ${L}`, drop),
    'List::take_while': fn(`fn[A] List::take_while(self : ${L}, p : (A) -> Bool raise?) -> ${L} raise?`, takeWhile),
    'List::drop_while': fn(`fn[A] List::drop_while(self : ${L}, p : (A) -> Bool raise?) -> ${L} raise?`, dropWhile),
    'List::intersperse': fn(`fn[A] List::intersperse(self : ${L}, separator : A) -> ${L}`, intersperse),
    'List::intercalate': fn('fn[A] List::intercalate(self : List[List[A]], sep : List[A]) -> List[A]', (xs: List, sep: List) =>
      flatten(intersperse(xs, sep)),
    ),
    'List::zip': fn(`fn[A, B] List::zip(self : ${L}, other : List[B]) -> List[(A, B)]`, zip),
    zip: fn(`fn[A, B] zip(self : ${L}, other : List[B]) -> List[(A, B)]`, zip),
    'List::unzip': fn('fn[A, B] List::unzip(self : List[(A, B)]) -> (List[A], List[B])', unzip),
    'List::scan_left': fn(`fn[A, E] List::scan_left(self : ${L}, f : (E, A) -> E raise?, init~ : E) -> List[E] raise?`, scanLeft),
    'List::scan_right': fn(`fn[A, B] List::scan_right(self : ${L}, f : (B, A) -> B raise?, init~ : B) -> List[B] raise?`, (xs: List, f: Fold, init: unknown) =>
      rev(scanLeft(rev(xs), f, init)),
    ),
    'List::remove_at': fn(`fn[A] List::remove_at(self : ${L}, index : Int) -> ${L}`, removeAt),
    'List::remove': fn(`fn[A : Eq] List::remove(self : ${L}, elem : A) -> ${L}`, remove),
    'List::sort': fn(`fn[A : Compare] List::sort(self : ${L}) -> ${L}`, sort),

    // Trait methods core also exposes as methods (`pub extend List with Eq::{equal}`, ...).
    'List::equal': fn(`fn[A : Eq] List::equal(self : ${L}, other : ${L}) -> Bool`, listEqual),
    'List::not_equal': fn(`fn[A : Eq] List::not_equal(self : ${L}, other : ${L}) -> Bool`, (A: Desc, a: List, b: List) => !listEqual(A, a, b)),
    'List::compare': fn(`fn[A : Compare] List::compare(self : ${L}, other : ${L}) -> Int`, listCompare),
    'List::op_lt': fn(`fn[A : Compare] List::op_lt(self : ${L}, other : ${L}) -> Bool`, (A: Desc, a: List, b: List) => listCompare(A, a, b) < 0),
    'List::op_le': fn(`fn[A : Compare] List::op_le(self : ${L}, other : ${L}) -> Bool`, (A: Desc, a: List, b: List) => listCompare(A, a, b) <= 0),
    'List::op_gt': fn(`fn[A : Compare] List::op_gt(self : ${L}, other : ${L}) -> Bool`, (A: Desc, a: List, b: List) => listCompare(A, a, b) > 0),
    'List::op_ge': fn(`fn[A : Compare] List::op_ge(self : ${L}, other : ${L}) -> Bool`, (A: Desc, a: List, b: List) => listCompare(A, a, b) >= 0),
    'List::hash': fn(`fn[A : Hash] List::hash(self : ${L}) -> Int`, hashOf),
    'List::hash_combine': fn(`fn[A : Hash] List::hash_combine(self : ${L}, hasher : Hasher) -> Unit`, hashCombine),
    'List::default': fn('fn[X] List::default() -> List[X]', () => EMPTY),
    'List::output': fn(`fn[A : Show] List::output(self : ${L}, logger : &Logger) -> Unit`, outputList),
    'List::to_string': fn(`fn[A : Show] List::to_string(self : ${L}) -> String`, listToString),
  },
  impls: {
    'Show for @list.List': impl('impl[A : Show] Show for List[A]', (A: Desc) => ({ output: (xs: List, logger: Logger) => outputList(A, xs, logger) })),
    'Debug for @list.List': impl('impl[A : @debug.Debug] @debug.Debug for List[A]', (A: Desc) => ({ to_repr: (xs: List) => toRepr(A, xs) })),
    'Eq for @list.List': impl('impl[A : Eq] Eq for List[A]', (A: Desc) => ({ equal: (a: List, b: List) => listEqual(A, a, b) })),
    'Compare for @list.List': impl('impl[A : Compare] Compare for List[A]', (A: Desc) => ({ compare: (a: List, b: List) => listCompare(A, a, b) })),
    'Hash for @list.List': impl('impl[A : Hash] Hash for List[A]', (A: Desc) => ({
      hash_combine: (xs: List, hasher: Hasher) => hashCombine(A, xs, hasher),
    })),
    'ToJson for @list.List': impl('impl[A : ToJson] ToJson for List[A]', (A: Desc) => ({ to_json: (xs: List) => toJson(A, xs) })),
    'FromJson for @list.List': impl('impl[A : FromJson] FromJson for List[A]', (A: Desc) => ({
      from_json: (json: J.Json, path: JsonPath) => fromJson(A, json, path),
    })),
    'Add for @list.List': impl('impl[A] Add for List[A]', { add: concat }),
    'Default for @list.List': impl('impl[X] Default for List[X]', { default: () => EMPTY }),
  },
});
