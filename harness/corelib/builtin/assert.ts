// The assertions every doc uses: `inspect`, `assert_eq`, `assert_not_eq`,
// `assert_true`, `assert_false`, `debug_assert`.
//
// Failures raise `Failure("<loc> FAILED: <msg>")` (see failure.ts); the
// messages are core's: `` `1 != 2` `` (both sides by `Show::output`, so
// strings are quoted), `` `[1] == [1]` ``, `` `false` is not true ``,
// `` `true` is not false ``, or the `msg` given. `inspect` compares
// `to_string` of the value with `content` (default `""`) through the
// runtime's inspect protocol (record and update modes included).
// `debug_assert` checks, as `moon test` builds in debug mode.

import { defineModule, fn } from '../define.ts';
import { equal, output, to_string, type Desc, type Dyn } from '../../runtime/desc.ts';
import { StringBuilder, type SourceLoc, type StringView } from '../../runtime/core-values.ts';
import { Panic, isSome, type Option } from '../../runtime/values.ts';
import { inspectRendered } from '../../runtime/inspect.ts';
import { failAt } from '../support/failing.ts';

function shown(T: Desc, x: unknown): string {
  const sb = new StringBuilder();
  output(T, x, sb);
  return sb.toString();
}

const given = (msg: Option<StringView | string>): string | undefined => (isSome(msg) ? msg.value.toString() : undefined);

export default defineModule('', {
  fns: {
    inspect: fn(
      'fn inspect(obj : &Show, content? : String = .., loc~ : SourceLoc = _, args_loc~ : ArgsLoc = _) -> Unit raise InspectError',
      (obj: Dyn, content: string | undefined, loc: SourceLoc, _argsLoc: unknown) => inspectRendered(to_string(obj.d, obj.v), content, loc),
    ),
    assert_eq: fn(
      'fn[T : Eq + Show] assert_eq(a : T, b : T, msg? : String, loc~ : SourceLoc = _) -> Unit raise',
      (T: Desc, a: unknown, b: unknown, msg: Option<string>, loc: SourceLoc) => {
        if (!equal(T, a, b)) failAt(given(msg) ?? `\`${shown(T, a)} != ${shown(T, b)}\``, loc);
      },
    ),
    assert_not_eq: fn(
      'fn[T : Eq + Show] assert_not_eq(a : T, b : T, msg? : String, loc~ : SourceLoc = _) -> Unit raise',
      (T: Desc, a: unknown, b: unknown, msg: Option<string>, loc: SourceLoc) => {
        if (equal(T, a, b)) failAt(given(msg) ?? `\`${shown(T, a)} == ${shown(T, b)}\``, loc);
      },
    ),
    assert_true: fn('fn assert_true(x : Bool, msg? : StringView, loc~ : SourceLoc = _) -> Unit raise', (x: boolean, msg: Option<StringView>, loc: SourceLoc) => {
      if (!x) failAt(given(msg) ?? '`false` is not true', loc);
    }),
    assert_false: fn('fn assert_false(x : Bool, msg? : StringView, loc~ : SourceLoc = _) -> Unit raise', (x: boolean, msg: Option<StringView>, loc: SourceLoc) => {
      if (x) failAt(given(msg) ?? '`true` is not false', loc);
    }),
    debug_assert: fn('fn debug_assert(x : () -> Bool) -> Unit', (x: () => boolean) => {
      if (!x()) throw new Panic('debug_assert failed');
    }),
  },
});
