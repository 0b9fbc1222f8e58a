// `@lazy_list`: `LazyList[A]`, core's persistent list with a strict head and
// a memoized lazy tail. The type is abstract, so its values are the runtime
// classes below; what they must reproduce is when thunks and callbacks run
// (at most once per tail, none before a tail is forced) and what `Debug`
// shows: the cells reached through tails already forced, then `...`.
//
// `concat` records what is still to be appended as data on the new cell's
// tail (`Append(inner, pending)`), and forcing such a tail walks down to the
// innermost ordinary tail in a loop, so left-nested chains of `concat` force
// in constant stack, as core's do. Only the tail being forced is memoized,
// not the appends it walks through; `Debug` shows an unforced append as `...`.

import { defineModule, fn, impl } from './define.ts';
import type { Desc } from '../runtime/desc.ts';
import { Iter } from '../runtime/core-values.ts';
import { Some, None, type Option } from '../runtime/values.ts';
import { abort } from './builtin/console.ts';
import * as R from './support/repr.ts';

type F1 = (x: unknown) => unknown;
type Pred = (x: unknown) => boolean;
type Thunk = () => LazyList;

/** A cell: `cons` is undefined for the empty list. */
class LazyList {
  constructor(readonly cons?: { readonly head: unknown; readonly tail: Tail }) {}
}

/** Lists still to be appended, in order; `cat` joins two in O(1). Never a `cat` with an empty side. */
type Pending = { k: 'nil' } | { k: 'one'; t: Tail } | { k: 'cat'; a: Pending; b: Pending };

const NIL: Pending = { k: 'nil' };

function joinPending(a: Pending, b: Pending): Pending {
  if (a.k === 'nil') return b;
  if (b.k === 'nil') return a;
  return { k: 'cat', a, b };
}

/** The first pending tail and the rest, rotating left-nested joins to the right as it goes. */
function unconsPending(p: Pending): [Tail, Pending] | undefined {
  let cur = p;
  for (;;) {
    if (cur.k === 'nil') return undefined;
    if (cur.k === 'one') return [cur.t, NIL];
    const { a, b } = cur;
    if (a.k === 'one') return [a.t, b];
    cur = a.k === 'cat' ? { k: 'cat', a: a.a, b: { k: 'cat', a: a.b, b } } : b;
  }
}

type TailState =
  | { k: 'unforced'; thunk: Thunk }
  | { k: 'forcing' }
  | { k: 'append'; inner: Tail; pending: Pending }
  | { k: 'forced'; value: LazyList };

const FORCING: TailState = { k: 'forcing' };

class Tail {
  constructor(public state: TailState) {}

  /** The value if already known; an append is not known until flattened. */
  peek(): LazyList | undefined {
    return this.state.k === 'forced' ? this.state.value : undefined;
  }

  force(): LazyList {
    const s = this.state;
    switch (s.k) {
      case 'forced':
        return s.value;
      case 'forcing':
        return abort('LazyList: reentrant force on the same tail');
      case 'unforced': {
        this.state = FORCING;
        const value = s.thunk();
        this.state = { k: 'forced', value };
        return value;
      }
      case 'append': {
        this.state = FORCING;
        let cur = s.inner;
        let owed = s.pending;
        // `cur` followed by `owed`; an append in `cur` puts its own pending lists in front.
        for (let st = cur.state; st.k === 'append'; st = cur.state) {
          owed = joinPending(st.pending, owed);
          cur = st.inner;
        }
        const value = appendPending(cur.force(), owed);
        this.state = { k: 'forced', value };
        return value;
      }
    }
  }
}

const ready = (value: LazyList): Tail => new Tail({ k: 'forced', value });
const delay = (thunk: Thunk): Tail => new Tail({ k: 'unforced', thunk });
const cell = (head: unknown, tail: Tail): LazyList => new LazyList({ head, tail });
const lazyCons = (head: unknown, thunk: Thunk): LazyList => cell(head, delay(thunk));
const empty = (): LazyList => new LazyList();

/** `xs` followed by the pending lists: the first cell with a head carries the rest on its tail. */
function appendPending(xs: LazyList, pending: Pending): LazyList {
  let cur = xs;
  let rest = pending;
  for (;;) {
    if (cur.cons) {
      if (rest.k === 'nil') return cur;
      return cell(cur.cons.head, new Tail({ k: 'append', inner: cur.cons.tail, pending: rest }));
    }
    const next = unconsPending(rest);
    if (!next) return cur;
    cur = next[0].force();
    rest = next[1];
  }
}

function fromIter(iter: Iter): LazyList {
  const x = iter.next();
  return x === Iter.DONE ? empty() : lazyCons(x, () => fromIter(iter));
}

function map(xs: LazyList, f: F1): LazyList {
  if (!xs.cons) return empty();
  const { tail } = xs.cons;
  return lazyCons(f(xs.cons.head), () => map(tail.force(), f));
}

function filter(xs: LazyList, pred: Pred): LazyList {
  for (let cur = xs; cur.cons; cur = cur.cons.tail.force()) {
    const { head, tail } = cur.cons;
    if (pred(head)) return lazyCons(head, () => filter(tail.force(), pred));
  }
  return empty();
}

function take(xs: LazyList, n: number): LazyList {
  if (n <= 0 || !xs.cons) return empty();
  const { head, tail } = xs.cons;
  return n === 1 ? cell(head, ready(empty())) : lazyCons(head, () => take(tail.force(), n - 1));
}

function drop(xs: LazyList, n: number): LazyList {
  let cur = xs;
  for (let k = n; k > 0 && cur.cons; k--) cur = cur.cons.tail.force();
  return cur;
}

function takeWhile(xs: LazyList, pred: Pred): LazyList {
  if (!xs.cons || !pred(xs.cons.head)) return empty();
  const { tail } = xs.cons;
  return lazyCons(xs.cons.head, () => takeWhile(tail.force(), pred));
}

function dropWhile(xs: LazyList, pred: Pred): LazyList {
  let cur = xs;
  while (cur.cons && pred(cur.cons.head)) cur = cur.cons.tail.force();
  return cur;
}

/** Nothing is forced: `other` (or nothing, when it is empty) is owed on the new first cell's tail. */
function concat(xs: LazyList, other: LazyList): LazyList {
  if (!xs.cons) return other;
  if (!other.cons) return xs;
  return cell(xs.cons.head, new Tail({ k: 'append', inner: xs.cons.tail, pending: { k: 'one', t: ready(other) } }));
}

function concatLazy(xs: LazyList, other: Thunk): LazyList {
  if (!xs.cons) return other();
  return cell(xs.cons.head, new Tail({ k: 'append', inner: xs.cons.tail, pending: { k: 'one', t: delay(other) } }));
}

function flatMap(xs: LazyList, f: (x: unknown) => LazyList): LazyList {
  for (let cur = xs; cur.cons; cur = cur.cons.tail.force()) {
    const inner = f(cur.cons.head);
    if (inner.cons) {
      const outerTail = cur.cons.tail;
      const innerTail = inner.cons.tail;
      return lazyCons(inner.cons.head, () => concatLazy(innerTail.force(), () => flatMap(outerTail.force(), f)));
    }
  }
  return empty();
}

/** The left tail is forced first; the right one only if the left goes on. */
function zip(xs: LazyList, ys: LazyList): LazyList {
  if (!xs.cons || !ys.cons) return empty();
  const tx = xs.cons.tail;
  const ty = ys.cons.tail;
  return lazyCons([xs.cons.head, ys.cons.head], () => (tx.force().cons ? zip(tx.force(), ty.force()) : empty()));
}

function each(xs: LazyList, f: F1): void {
  for (let cur = xs; cur.cons; cur = cur.cons.tail.force()) f(cur.cons.head);
}

function fold(xs: LazyList, init: unknown, f: (acc: unknown, x: unknown) => unknown): unknown {
  let acc = init;
  for (let cur = xs; cur.cons; cur = cur.cons.tail.force()) acc = f(acc, cur.cons.head);
  return acc;
}

function toArray(xs: LazyList): unknown[] {
  const out: unknown[] = [];
  each(xs, (x) => out.push(x));
  return out;
}

/** Each `next` forces at most the tail of the cell it yielded last. */
function iter(xs: LazyList): Iter {
  let cur: LazyList | undefined = xs;
  let owed: Tail | undefined;
  return new Iter(() => {
    if (owed) cur = owed.force();
    if (!cur?.cons) return Iter.DONE;
    owed = cur.cons.tail;
    return cur.cons.head;
  });
}

/** The cells reached through forced tails, then `...` where a tail is still suspended. */
function toRepr(A: Desc, xs: LazyList): R.Repr {
  const elem = A['Debug.to_repr'] as (x: unknown) => R.Repr;
  const parts: R.Repr[] = [];
  for (let cur: LazyList | undefined = xs; cur?.cons; ) {
    parts.push(elem(cur.cons.head));
    cur = cur.cons.tail.peek();
    if (!cur) parts.push(R.OMITTED);
  }
  return R.opaque('LazyList', R.array(parts));
}

const L = 'LazyList[A]';

export default defineModule('lazy_list', {
  decls: 'type LazyList[A]',
  fns: {
    'LazyList::empty': fn('fn[A] LazyList::empty() -> LazyList[A]', empty),
    empty: fn('fn[A] empty() -> LazyList[A]', empty),
    'LazyList::lazy_cons': fn('fn[A] LazyList::lazy_cons(head : A, tail : () -> LazyList[A]) -> LazyList[A]', lazyCons),
    lazy_cons: fn('fn[A] lazy_cons(head : A, tail : () -> LazyList[A]) -> LazyList[A]', lazyCons),
    'LazyList::from_iter': fn('fn[A] LazyList::from_iter(iter : Iter[A]) -> LazyList[A]', fromIter),
    from_iter: fn('fn[A] from_iter(iter : Iter[A]) -> LazyList[A]', fromIter),

    'LazyList::is_empty': fn(`fn[A] LazyList::is_empty(self : ${L}) -> Bool`, (xs: LazyList) => !xs.cons),
    'LazyList::head': fn(`fn[A] LazyList::head(self : ${L}) -> A?`, (xs: LazyList): Option<unknown> => (xs.cons ? new Some(xs.cons.head) : None)),
    'LazyList::tail': fn(`fn[A] LazyList::tail(self : ${L}) -> ${L}?`, (xs: LazyList): Option<unknown> => (xs.cons ? new Some(xs.cons.tail.force()) : None)),
    'LazyList::map': fn(`fn[A, B] LazyList::map(self : ${L}, f : (A) -> B) -> LazyList[B]`, map),
    'LazyList::filter': fn(`fn[A] LazyList::filter(self : ${L}, pred : (A) -> Bool) -> ${L}`, filter),
    'LazyList::take': fn(`fn[A] LazyList::take(self : ${L}, n : Int) -> ${L}`, take),
    'LazyList::drop': fn(`fn[A] LazyList::drop(self : ${L}, n : Int) -> ${L}`, drop),
    'LazyList::take_while': fn(`fn[A] LazyList::take_while(self : ${L}, pred : (A) -> Bool) -> ${L}`, takeWhile),
    'LazyList::drop_while': fn(`fn[A] LazyList::drop_while(self : ${L}, pred : (A) -> Bool raise?) -> ${L} raise?`, dropWhile),
    'LazyList::concat': fn(`fn[A] LazyList::concat(self : ${L}, other : ${L}) -> ${L}`, concat),
    'LazyList::flat_map': fn(`fn[A, B] LazyList::flat_map(self : ${L}, f : (A) -> LazyList[B]) -> LazyList[B]`, flatMap),
    'LazyList::zip': fn(`fn[A, B] LazyList::zip(self : ${L}, other : LazyList[B]) -> LazyList[(A, B)]`, zip),
    'LazyList::each': fn(`fn[A] LazyList::each(self : ${L}, f : (A) -> Unit raise?) -> Unit raise?`, each),
    'LazyList::fold': fn(`fn[A, B] LazyList::fold(self : ${L}, init~ : B, f : (B, A) -> B raise?) -> B raise?`, fold),
    'LazyList::to_array': fn(`fn[A] LazyList::to_array(self : ${L}) -> Array[A]`, toArray),
    'LazyList::iter': fn(`fn[A] LazyList::iter(self : ${L}) -> Iter[A]`, iter),
    'LazyList::to_repr': fn(`fn[A : @debug.Debug] LazyList::to_repr(self : ${L}) -> @debug.Repr`, toRepr),
  },
  impls: {
    'Debug for @lazy_list.LazyList': impl('impl[A : @debug.Debug] @debug.Debug for LazyList[A]', (A: Desc) => ({
      to_repr: (xs: LazyList) => toRepr(A, xs),
    })),
  },
});
