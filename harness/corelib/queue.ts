// `@queue`: `Queue[A]`, a first-in first-out queue. Core's is a value
// struct whose one field is a `@deque.Deque[A]`, so its runtime value is
// that deque (`MoonDeque`, support/deque.ts): `push` is `push_back`, `pop`
// is `pop_front`, and iteration is the deque's (the length fixed when it
// starts). Core's `Eq` for Queue is private: there is none here.

import { defineModule, fn, impl, type FnEntry } from './define.ts';
import { ArrayView, Iter, type Logger } from '../runtime/core-values.ts';
import type { Desc } from '../runtime/desc.ts';
import { Panic, Some, None, type Option } from '../runtime/values.ts';
import { MoonDeque, dequeOf, drive, forward, forwardPairs } from './support/deque.ts';
import { span } from './support/seq.ts';
import * as R from './support/repr.ts';

type Q = MoonDeque;

function fromView(arr: ArrayView | unknown[]): Q {
  const [a, s, e] = span(arr);
  return dequeOf(a.slice(s, e));
}

function fromIter(iter: Iter): Q {
  const q = dequeOf([]);
  drive(iter, (x) => q.pushBack(x));
  return q;
}

const front = (q: Q): Option<unknown> => (q.len === 0 ? None : new Some(q.get(0)));

const pop = (q: Q): Option<unknown> => (q.len === 0 ? None : new Some(q.popFront()));

function unwrapOrAbort(o: Option<unknown>): unknown {
  if (o instanceof Some) return o.value;
  throw new Panic('Queue is empty');
}

/** Appends `q`'s elements to `dst` (as `Deque::append`), then empties `q`; a queue into itself is a no-op. */
function transfer(q: Q, dst: Q): void {
  if (q === dst) return;
  dst.append(q);
  q.clear();
}

const newQueue = () => dequeOf([]);

const fns = {
  'Queue::Queue': fn('fn[A] Queue::Queue(arr : ArrayView[A]) -> Queue[A]', fromView),
  'Queue::from_array': fn('fn[A] Queue::from_array(arr : ArrayView[A]) -> Queue[A]', fromView),
  from_array: fn('fn[A] from_array(arr : ArrayView[A]) -> Queue[A]', fromView),
  'Queue::new': fn('fn[A] Queue::new() -> Queue[A]', newQueue),
  new: fn('fn[A] new() -> Queue[A]', newQueue),
  'Queue::from_iter': fn('fn[A] Queue::from_iter(iter : Iter[A]) -> Queue[A]', fromIter),
  from_iter: fn('fn[A] from_iter(iter : Iter[A]) -> Queue[A]', fromIter),
  'Queue::clear': fn('fn[A] Queue::clear(self : Queue[A]) -> Unit', (q: Q) => q.clear()),
  'Queue::length': fn('fn[A] Queue::length(self : Queue[A]) -> Int', (q: Q) => q.len),
  'Queue::is_empty': fn('fn[A] Queue::is_empty(self : Queue[A]) -> Bool', (q: Q) => q.len === 0),
  'Queue::push': fn('fn[A] Queue::push(self : Queue[A], x : A) -> Unit', (q: Q, x: unknown) => q.pushBack(x)),
  'Queue::peek': fn('fn[A] Queue::peek(self : Queue[A]) -> A?', front),
  'Queue::unsafe_peek': fn('fn[A] Queue::unsafe_peek(self : Queue[A]) -> A', (q: Q) => unwrapOrAbort(front(q))),
  'Queue::pop': fn('fn[A] Queue::pop(self : Queue[A]) -> A?', pop),
  'Queue::unsafe_pop': fn('fn[A] Queue::unsafe_pop(self : Queue[A]) -> A', (q: Q) => unwrapOrAbort(pop(q))),
  'Queue::each': fn('fn[A] Queue::each(self : Queue[A], f : (A) -> Unit) -> Unit', (q: Q, f: (x: unknown) => unknown) => drive(forward(q), f)),
  'Queue::eachi': fn('fn[A] Queue::eachi(self : Queue[A], f : (Int, A) -> Unit) -> Unit', (q: Q, f: (i: number, x: unknown) => unknown) =>
    drive(forwardPairs(q), (p) => f(...(p as [number, unknown]))),
  ),
  'Queue::fold': fn('fn[A, B] Queue::fold(self : Queue[A], init~ : B, f : (B, A) -> B) -> B', (q: Q, init: unknown, f: (acc: unknown, x: unknown) => unknown) => {
    let acc = init;
    drive(forward(q), (x) => {
      acc = f(acc, x);
    });
    return acc;
  }),
  'Queue::copy': fn('fn[A] Queue::copy(self : Queue[A]) -> Queue[A]', (q: Q) => dequeOf(q.elements())),
  'Queue::transfer': fn('fn[A] Queue::transfer(self : Queue[A], dst : Queue[A]) -> Unit', transfer),
  'Queue::iter': fn('fn[A] Queue::iter(self : Queue[A]) -> Iter[A]', forward),
};

/** The names core deprecated but still exports, each beside the entry it names. */
const deprecated: [alias: string, entry: keyof typeof fns][] = [
  ['of', 'from_array'],
  ['Queue::of', 'Queue::from_array'],
  ['from_iterator', 'from_iter'],
  ['Queue::from_iterator', 'Queue::from_iter'],
  ['Queue::clone', 'Queue::copy'],
  ['Queue::iterator', 'Queue::iter'],
  ['Queue::peek_exn', 'Queue::unsafe_peek'],
  ['Queue::pop_exn', 'Queue::unsafe_pop'],
];
const renamed = (e: FnEntry, from: string, to: string) => fn(e.sig.replace(`${from}(`, `${to}(`), e.impl as (...args: unknown[]) => unknown);

export default defineModule('queue', {
  decls: 'type Queue[A]',
  fns: { ...fns, ...Object.fromEntries(deprecated.map(([alias, entry]) => [alias, renamed(fns[entry], entry, alias)])) },
  impls: {
    'Show for @queue.Queue': impl('impl[A : Show] Show for Queue[A]', (A: Desc) => {
      const out = A['Show.output'] as (x: unknown, l: Logger) => void;
      return {
        output: (q: Q, logger: Logger) => {
          logger.write_string('@queue.from_array([');
          let first = true;
          drive(forward(q), (x) => {
            if (!first) logger.write_string(', ');
            first = false;
            out(x, logger);
          });
          logger.write_string('])');
        },
      };
    }),
    'Debug for @queue.Queue': impl('impl[A : @debug.Debug] @debug.Debug for Queue[A]', (A: Desc) => {
      const repr = A['Debug.to_repr'] as (x: unknown) => R.Repr;
      return { to_repr: (q: Q) => R.opaque('Queue', R.array(q.elements().map(repr))) };
    }),
  },
});
