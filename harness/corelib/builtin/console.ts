// `println`, and the intrinsics `abort`, `panic`, `ignore` and
// `physical_equal`.
//
// `println` writes `to_string` of its argument to the block's captured
// output. `abort(msg)` and `panic()` panic (MoonBit code cannot catch a
// panic; the harness reports it, with `msg`). `physical_equal` is
// JavaScript identity, which for strings and numbers compares values.

import { defineModule, fn } from '../define.ts';
import { to_string, type Desc } from '../../runtime/desc.ts';
import { Panic } from '../../runtime/values.ts';
import { println } from '../../runtime/output.ts';

export function abort(msg: string): never {
  throw new Panic(msg);
}

export default defineModule('', {
  fns: {
    println: fn('fn[T : Show] println(input : T) -> Unit', (T: Desc, input: unknown) => println(to_string(T, input))),
    abort: fn('fn[T] abort(msg : String) -> T', abort),
    panic: fn('fn[T] panic() -> T', () => {
      throw new Panic('panic');
    }),
    ignore: fn('fn[T] ignore(t : T) -> Unit', (_t: unknown) => undefined),
    physical_equal: fn('fn[T] physical_equal(a : T, b : T) -> Bool', (a: unknown, b: unknown) => a === b),
  },
});
