// `Iter[X]` (an external iterator: `next` gives an element or `Iter.DONE`)
// and `Iter2[X, Y]` (the struct `Iter2(Iter[(X, Y)])`, `{ _0: iter }`), with
// every combinator of core's `iterator.mbt`, and the `until` ranges.
//
// Core also tracks a size hint per iterator; its only observable use is
// `Iter::size_hint()` (and the capacity `to_array` reserves, invisible on
// the JS backend), so hints are accepted and not tracked, and
// `Iter::size_hint` is not in the table.

import { defineModule, fn, impl } from '../define.ts';
import { Iter, type Logger } from '../../runtime/core-values.ts';
import type { Desc } from '../../runtime/desc.ts';
import { Some, None, type Option } from '../../runtime/values.ts';
import { text } from '../support/seq.ts';

const DONE: typeof Iter.DONE = Iter.DONE;
type It = Iter;
type Pair = [unknown, unknown];
type It2 = { _0: Iter<Pair> };
type F1 = (x: unknown) => unknown;
type Pred = (x: unknown) => boolean;

/** An `Iter` from a MoonBit `() -> X?` function. */
function fromOptionFn(f: () => Option<unknown>): It {
  return new Iter(() => {
    const r = f();
    return r instanceof Some ? r.value : DONE;
  });
}

function opt(x: unknown): Option<unknown> {
  return x === DONE ? None : new Some(x);
}

function toArray(it: It): unknown[] {
  const out = [];
  for (let x = it.next(); x !== DONE; x = it.next()) out.push(x);
  return out;
}

function count(it: It): number {
  let n = 0;
  while (it.next() !== DONE) n++;
  return n;
}

function take(it: It, n: number): It {
  let remaining = n;
  return new Iter(() => {
    if (remaining <= 0) return DONE;
    const x = it.next();
    if (x !== DONE) remaining--;
    return x;
  });
}

function drop(it: It, n: number): It {
  let remaining = n;
  return new Iter(() => {
    for (; remaining > 0; remaining--) if (it.next() === DONE) return DONE;
    return it.next();
  });
}

function concat(a: It, b: It): It {
  let inFirst = true;
  return new Iter(() => {
    if (inFirst) {
      const x = a.next();
      if (x !== DONE) return x;
      inFirst = false;
    }
    return b.next();
  });
}

function zip(a: It, b: It): It {
  return new Iter(() => {
    const x = a.next();
    if (x === DONE) return DONE;
    const y = b.next();
    return y === DONE ? DONE : [x, y];
  });
}

function flatMap(it: It, f: (x: unknown) => It): It {
  let current: It | undefined;
  return new Iter(() => {
    for (;;) {
      if (current !== undefined) {
        const y = current.next();
        if (y !== DONE) return y;
      }
      const x = it.next();
      if (x === DONE) return DONE;
      current = f(x);
    }
  });
}

/** `view(start?, end?)`: the elements at positions `start..end`, lazily. */
function viewOf(it: It, start: number, end: Option<number>): It {
  if (!(end instanceof Some)) return start <= 0 ? it : drop(it, start);
  if (start <= 0) return take(it, end.value);
  const e = end.value;
  let index = 0;
  return new Iter(() => {
    if (index >= e) return DONE;
    for (; index < start; index++) if (it.next() === DONE) return DONE;
    if (index >= e) return DONE;
    const x = it.next();
    if (x !== DONE) index++;
    return x;
  });
}

function extreme(X: Desc, it: It, sign: 1 | -1): Option<unknown> {
  const cmp = X['Compare.compare'] as (a: unknown, b: unknown) => number;
  let res = it.next();
  if (res === DONE) return None;
  for (let x = it.next(); x !== DONE; x = it.next()) if (cmp(x, res) * sign > 0) res = x;
  return new Some(res);
}

function iter2(it: It): It2 {
  let i = 0;
  return { _0: new Iter<Pair>(() => {
    const x = it.next();
    return x === DONE ? DONE : [i++, x];
  }) };
}


export default defineModule('', {
  decls: `
    type Iter[X]
    pub(all) struct Iter2[X, Y](Iter[(X, Y)])
  `,
  fns: {
    'Iter::new': fn('fn[X] Iter::new(f : () -> X?, size_hint? : Int) -> Iter[X]', (f: () => Option<unknown>, _sizeHint: Option<number>) => fromOptionFn(f)),
    'Iter::empty': fn('fn[X] Iter::empty() -> Iter[X]', () => new Iter(() => DONE)),
    'Iter::singleton': fn('fn[X] Iter::singleton(elem : X) -> Iter[X]', (elem: unknown) => {
      let consumed = false;
      return new Iter(() => (consumed ? DONE : ((consumed = true), elem)));
    }),
    'Iter::repeat': fn('fn[X] Iter::repeat(x : X) -> Iter[X]', (x: unknown) => new Iter(() => x)),
    'Iter::next': fn('fn[X] Iter::next(self : Iter[X]) -> X?', (it: It) => opt(it.next())),
    'Iter::head': fn('fn[X] Iter::head(self : Iter[X]) -> X?', (it: It) => opt(it.next())),
    'Iter::each': fn('fn[X] Iter::each(self : Iter[X], f : (X) -> Unit raise?) -> Unit raise?', (it: It, f: F1) => {
      for (let x = it.next(); x !== DONE; x = it.next()) f(x);
    }),
    'Iter::eachi': fn('fn[X] Iter::eachi(self : Iter[X], f : (Int, X) -> Unit raise?) -> Unit raise?', (it: It, f: (i: number, x: unknown) => unknown) => {
      let i = 0;
      for (let x = it.next(); x !== DONE; x = it.next()) f(i++, x);
    }),
    'Iter::any': fn('fn[X] Iter::any(self : Iter[X], f : (X) -> Bool) -> Bool', (it: It, f: Pred) => {
      for (let x = it.next(); x !== DONE; x = it.next()) if (f(x)) return true;
      return false;
    }),
    'Iter::all': fn('fn[X] Iter::all(self : Iter[X], f : (X) -> Bool) -> Bool', (it: It, f: Pred) => {
      for (let x = it.next(); x !== DONE; x = it.next()) if (!f(x)) return false;
      return true;
    }),
    'Iter::fold': fn('fn[X, R] Iter::fold(self : Iter[X], init~ : R, f : (R, X) -> R raise?) -> R raise?', (it: It, init: unknown, f: (acc: unknown, x: unknown) => unknown) => {
      let acc = init;
      for (let x = it.next(); x !== DONE; x = it.next()) acc = f(acc, x);
      return acc;
    }),
    'Iter::count': fn('fn[X] Iter::count(self : Iter[X]) -> Int', count),
    'Iter::length': fn('fn[X] Iter::length(self : Iter[X]) -> Int', count),
    'Iter::count_if': fn('fn[X] Iter::count_if(self : Iter[X], f : (X) -> Bool) -> Int', (it: It, f: Pred) => {
      let n = 0;
      for (let x = it.next(); x !== DONE; x = it.next()) if (f(x)) n++;
      return n;
    }),
    'Iter::filter': fn('fn[X] Iter::filter(self : Iter[X], f : (X) -> Bool) -> Iter[X]', (it: It, f: Pred) =>
      new Iter(() => {
        for (let x = it.next(); x !== DONE; x = it.next()) if (f(x)) return x;
        return DONE;
      }),
    ),
    'Iter::map': fn('fn[X, Y] Iter::map(self : Iter[X], f : (X) -> Y) -> Iter[Y]', (it: It, f: F1) =>
      new Iter(() => {
        const x = it.next();
        return x === DONE ? DONE : f(x);
      }),
    ),
    'Iter::mapi': fn('fn[X, Y] Iter::mapi(self : Iter[X], f : (Int, X) -> Y) -> Iter[Y]', (it: It, f: (i: number, x: unknown) => unknown) => {
      let i = 0;
      return new Iter(() => {
        const x = it.next();
        return x === DONE ? DONE : f(i++, x);
      });
    }),
    'Iter::filter_map': fn('fn[X, Y] Iter::filter_map(self : Iter[X], f : (X) -> Y?) -> Iter[Y]', (it: It, f: (x: unknown) => Option<unknown>) =>
      new Iter(() => {
        for (let x = it.next(); x !== DONE; x = it.next()) {
          const y = f(x);
          if (y instanceof Some) return y.value;
        }
        return DONE;
      }),
    ),
    'Iter::flat_map': fn('fn[X, Y] Iter::flat_map(self : Iter[X], f : (X) -> Iter[Y]) -> Iter[Y]', flatMap),
    'Iter::flatten': fn('fn[X] Iter::flatten(self : Iter[Iter[X]]) -> Iter[X]', (it: It) => flatMap(it, (x) => x as It)),
    'Iter::join': fn('fn[A : ToStringView] Iter::join(self : Iter[A], sep : StringView) -> String', (A: Desc, it: It, sep: unknown) => {
      const s = text(sep);
      let out = '';
      let first = true;
      for (let x = it.next(); x !== DONE; x = it.next()) {
        if (!first) out += s;
        out += text(x, A);
        first = false;
      }
      return out;
    }),
    'Iter::tap': fn('fn[X] Iter::tap(self : Iter[X], f : (X) -> Unit) -> Iter[X]', (it: It, f: F1) =>
      new Iter(() => {
        const x = it.next();
        if (x !== DONE) f(x);
        return x;
      }),
    ),
    'Iter::take': fn('fn[X] Iter::take(self : Iter[X], n : Int) -> Iter[X]', take),
    'Iter::take_while': fn('fn[X] Iter::take_while(self : Iter[X], f : (X) -> Bool) -> Iter[X]', (it: It, f: Pred) => {
      let running = true;
      return new Iter(() => {
        if (!running) return DONE;
        const x = it.next();
        if (x !== DONE && !f(x)) {
          running = false;
          return DONE;
        }
        return x;
      });
    }),
    'Iter::map_while': fn('fn[X, Y] Iter::map_while(self : Iter[X], f : (X) -> Y?) -> Iter[Y]', (it: It, f: (x: unknown) => Option<unknown>) => {
      let running = true;
      return new Iter(() => {
        if (!running) return DONE;
        const x = it.next();
        if (x === DONE) return DONE;
        const y = f(x);
        if (y instanceof Some) return y.value;
        running = false;
        return DONE;
      });
    }),
    'Iter::drop': fn('fn[X] Iter::drop(self : Iter[X], n : Int) -> Iter[X]', drop),
    'Iter::drop_while': fn('fn[X] Iter::drop_while(self : Iter[X], f : (X) -> Bool) -> Iter[X]', (it: It, f: Pred) => {
      let dropped = false;
      return new Iter(() => {
        if (dropped) return it.next();
        dropped = true;
        let x = it.next();
        while (x !== DONE && f(x)) x = it.next();
        return x;
      });
    }),
    'Iter::find_first': fn('fn[X] Iter::find_first(self : Iter[X], f : (X) -> Bool) -> X?', (it: It, f: Pred) => {
      for (let x = it.next(); x !== DONE; x = it.next()) if (f(x)) return new Some(x);
      return None;
    }),
    'Iter::concat': fn('fn[X] Iter::concat(self : Iter[X], other : Iter[X]) -> Iter[X]', concat),
    'Iter::zip': fn('fn[X, Y] Iter::zip(self : Iter[X], other : Iter[Y]) -> Iter[(X, Y)]', zip),
    'Iter::combine': fn('fn[X, Y] Iter::combine(self : Iter[X], other : Iter[Y]) -> Iter[(X, Y)]', zip),
    'Iter::add': fn('fn[T] Iter::add(self : Iter[T], other : Iter[T]) -> Iter[T]', concat),
    'Iter::to_array': fn('fn[X] Iter::to_array(self : Iter[X]) -> Array[X]', toArray),
    'Iter::collect': fn('fn[X] Iter::collect(self : Iter[X]) -> Array[X]', toArray),
    'Iter::iter': fn('fn[X] Iter::iter(self : Iter[X]) -> Iter[X]', (it: It) => it),
    'Iter::iterator': fn('fn[X] Iter::iterator(self : Iter[X]) -> Iter[X]', (it: It) => it),
    'Iter::iter2': fn('fn[X] Iter::iter2(self : Iter[X]) -> Iter2[Int, X]', iter2),
    'Iter::iterator2': fn('fn[X] Iter::iterator2(self : Iter[X]) -> Iter2[Int, X]', iter2),
    'Iter::last': fn('fn[X] Iter::last(self : Iter[X]) -> X?', (it: It) => {
      let last: unknown = DONE;
      for (let x = it.next(); x !== DONE; x = it.next()) last = x;
      return opt(last);
    }),
    'Iter::intersperse': fn('fn[X] Iter::intersperse(self : Iter[X], sep : X) -> Iter[X]', (it: It, sep: unknown) => {
      let started = false;
      let pending: unknown = DONE;
      return new Iter(() => {
        if (!started) {
          started = true;
          return it.next();
        }
        if (pending !== DONE) {
          const x = pending;
          pending = DONE;
          return x;
        }
        // A separator only when another element follows.
        pending = it.next();
        return pending === DONE ? DONE : sep;
      });
    }),
    'Iter::view': fn('#alias("_[_:_]")\nfn[X] Iter::view(self : Iter[X], start? : Int = .., end? : Int) -> Iter[X]', (it: It, start: number | undefined, end: Option<number>) =>
      viewOf(it, start ?? 0, end),
    ),
    'Iter::contains': fn('fn[X : Eq] Iter::contains(self : Iter[X], value : X) -> Bool', (X: Desc, it: It, value: unknown) => {
      const eq = X['Eq.equal'] as (a: unknown, b: unknown) => boolean;
      for (let x = it.next(); x !== DONE; x = it.next()) if (eq(x, value)) return true;
      return false;
    }),
    'Iter::nth': fn('fn[X] Iter::nth(self : Iter[X], n : Int) -> X?', (it: It, n: number) => {
      if (n < 0) return None;
      for (let i = 0; i < n; i++) if (it.next() === DONE) return None;
      return opt(it.next());
    }),
    'Iter::maximum': fn('fn[X : Compare] Iter::maximum(self : Iter[X]) -> X?', (X: Desc, it: It) => extreme(X, it, 1)),
    'Iter::minimum': fn('fn[X : Compare] Iter::minimum(self : Iter[X]) -> X?', (X: Desc, it: It) => extreme(X, it, -1)),

    'Iter2::new': fn('fn[X, Y] Iter2::new(f : () -> (X, Y)?, size_hint? : Int) -> Iter2[X, Y]', (f: () => Option<unknown>, _sizeHint: Option<number>) => ({ _0: fromOptionFn(f) })),
    'Iter2::iter': fn('fn[X, Y] Iter2::iter(self : Iter2[X, Y]) -> Iter[(X, Y)]', (it: It2) => it._0),
    'Iter2::iterator': fn('fn[X, Y] Iter2::iterator(self : Iter2[X, Y]) -> Iter[(X, Y)]', (it: It2) => it._0),
    'Iter2::iter2': fn('fn[X, Y] Iter2::iter2(self : Iter2[X, Y]) -> Iter2[X, Y]', (it: It2) => it),
    'Iter2::iterator2': fn('fn[X, Y] Iter2::iterator2(self : Iter2[X, Y]) -> Iter2[X, Y]', (it: It2) => it),
    'Iter2::next': fn('fn[X, Y] Iter2::next(self : Iter2[X, Y]) -> (X, Y)?', (it: It2) => opt(it._0.next())),
    'Iter2::each': fn('fn[X, Y] Iter2::each(self : Iter2[X, Y], f : (X, Y) -> Unit) -> Unit', (it: It2, f: (x: unknown, y: unknown) => unknown) => {
      for (let p = it._0.next(); p !== DONE; p = it._0.next()) f(p[0], p[1]);
    }),
    'Iter2::concat': fn('fn[X, Y] Iter2::concat(self : Iter2[X, Y], other : Iter2[X, Y]) -> Iter2[X, Y]', (a: It2, b: It2) => ({ _0: concat(a._0, b._0) })),
    'Iter2::to_array': fn('fn[X, Y] Iter2::to_array(self : Iter2[X, Y]) -> Array[(X, Y)]', (it: It2) => toArray(it._0)),
  },
  impls: {
    'Show for Iter': impl('impl[X : Show] Show for Iter[X]', (X: Desc) => ({
      output: (it: It, logger: Logger) => {
        const out = X['Show.output'] as (x: unknown, l: Logger) => void;
        logger.write_string('[');
        let first = true;
        for (let x = it.next(); x !== DONE; x = it.next()) {
          if (!first) logger.write_string(', ');
          out(x, logger);
          first = false;
        }
        logger.write_string(']');
      },
    })),
    'Show for Iter2': impl('impl[X : Show, Y : Show] Show for Iter2[X, Y]', (X: Desc, Y: Desc) => ({
      output: (it: It2, logger: Logger) => {
        const ox = X['Show.output'] as (x: unknown, l: Logger) => void;
        const oy = Y['Show.output'] as (x: unknown, l: Logger) => void;
        logger.write_string('[');
        let first = true;
        for (let p = it._0.next(); p !== DONE; p = it._0.next()) {
          if (!first) logger.write_string(', ');
          logger.write_string('(');
          ox(p[0], logger);
          logger.write_string(', ');
          oy(p[1], logger);
          logger.write_string(')');
          first = false;
        }
        logger.write_string(']');
      },
    })),
    'Add for Iter': impl('impl[T] Add for Iter[T]', { add: concat }),
  },
});
