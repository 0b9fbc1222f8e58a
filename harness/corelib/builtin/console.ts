// `println`, and the intrinsics `abort`, `panic`, `ignore` and
// `physical_equal`.
//
// `println` writes `to_string` of its argument to the block's captured
// output. `abort(msg)` and `panic()` panic (MoonBit code cannot catch a
// panic; the harness reports it, with `msg`). `physical_equal` is
// JavaScript identity, which for strings and numbers compares values, and
// constructors without fields are identical by name.

import { defineModule, fn } from '../define.ts';

/**
 * A constructor without fields is one value in MoonBit, but generated code,
 * the table and decoders each hold their own frozen object for it: two of
 * the same type are the same constructor when their names agree.
 */
function sameConstant(a: unknown, b: unknown): boolean {
  const constant = (x: unknown): x is { $c: string } =>
    typeof x === 'object' && x !== null && Object.isFrozen(x) && Object.keys(x).length === 1 && '$c' in x;
  return constant(a) && constant(b) && a.$c === b.$c;
}
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
    physical_equal: fn('fn[T] physical_equal(a : T, b : T) -> Bool', (a: unknown, b: unknown) => a === b || sameConstant(a, b)),
  },
});
