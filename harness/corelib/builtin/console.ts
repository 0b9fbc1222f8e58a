// `println`, and the intrinsics `abort`, `panic`, `ignore` and
// `physical_equal`.
//
// `println` writes `to_string` of its argument to the block's captured
// output. `abort(msg)` and `panic()` panic (MoonBit code cannot catch a
// panic; the harness reports it, with `msg`). `physical_equal` is
// JavaScript identity, which for strings and numbers compares values;
// constructors without fields are identical by name, and one-field tuple
// structs by their content, as MoonBit unboxes them.

import { defineModule, fn } from '../define.ts';

/**
 * MoonBit stores a tuple struct of one field as that field (the compiler
 * unboxes it), so two of them are physically equal when their contents
 * are; here they are `{ _0: x }` objects.
 */
const isNewtype = (x: unknown): x is { _0: unknown } =>
  typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype && Object.keys(x).length === 1 && '_0' in x;

function physicalEqual(a: unknown, b: unknown): boolean {
  while (isNewtype(a) && isNewtype(b)) {
    a = a._0;
    b = b._0;
  }
  return a === b || sameConstant(a, b);
}

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
    physical_equal: fn('fn[T] physical_equal(a : T, b : T) -> Bool', physicalEqual),
  },
});
