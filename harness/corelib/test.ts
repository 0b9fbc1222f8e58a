// `@test`: assertions with `Debug` diagnostics, `fail`, identity checks, and
// the `Test` type (alias `T`) that buffers text for a file snapshot.
//
// `Test` values are the runtime's SnapshotWriter, the same object a
// `test (t : @test.T)` parameter is. A writer made with `@test.new(name)`
// needs to know which doc it belongs to: generated code names it once per
// module with `setSnapshotDoc(key)` (the key a test parameter's writer
// gets).

import { defineModule, fn } from './define.ts';
import { equal, to_string, type Desc, type Dyn } from '../runtime/desc.ts';
import type { SourceLoc, StringView } from '../runtime/core-values.ts';
import { isSome, type Option } from '../runtime/values.ts';
import { SnapshotWriter } from '../runtime/snapshot-writer.ts';
import { render } from './support/pretty.ts';
import type { Repr } from './support/repr.ts';
import { failAt, raiseFailure } from './support/failing.ts';

let snapshotDoc = '';

/** The snapshot key of the doc whose blocks run in this module. */
export function setSnapshotDoc(key: string): void {
  snapshotDoc = key;
}

const debugString = (T: Desc, x: unknown): string => render((T['Debug.to_repr'] as (x: unknown) => Repr)(x));

const newTest = (name: string): SnapshotWriter => new SnapshotWriter(snapshotDoc, name);

export default defineModule('test', {
  decls: `
    type Test
    pub type T = Test
  `,
  fns: {
    assert_eq: fn(
      'fn[T : Eq + Debug] assert_eq(a : T, b : T, msg? : String, loc~ : SourceLoc = _) -> Unit raise',
      (T: Desc, a: unknown, b: unknown, msg: Option<string>, loc: SourceLoc) => {
        if (!equal(T, a, b)) failAt(isSome(msg) ? msg.value : `\`${debugString(T, a)} != ${debugString(T, b)}\``, loc);
      },
    ),
    assert_not_eq: fn(
      'fn[T : Eq + Debug] assert_not_eq(a : T, b : T, msg? : String, loc~ : SourceLoc = _) -> Unit raise',
      (T: Desc, a: unknown, b: unknown, msg: Option<string>, loc: SourceLoc) => {
        if (equal(T, a, b)) failAt(isSome(msg) ? msg.value : `\`${debugString(T, a)} == ${debugString(T, b)}\``, loc);
      },
    ),
    assert_same_object: fn('fn[T : Debug] assert_same_object(a : T, b : T, loc~ : SourceLoc = _) -> Unit raise', (T: Desc, a: unknown, b: unknown, loc: SourceLoc) => {
      if (a !== b) failAt(`\`${debugString(T, a)} is ${debugString(T, b)}\``, loc);
    }),
    assert_not_same_object: fn(
      'fn[T : Debug] assert_not_same_object(a : T, b : T, loc~ : SourceLoc = _) -> Unit raise',
      (T: Desc, a: unknown, b: unknown, loc: SourceLoc) => {
        if (a === b) failAt(`\`!(${debugString(T, a)} is ${debugString(T, b)})\``, loc);
      },
    ),
    fail: fn('fn[T] fail(msg : StringView, loc~ : SourceLoc = _) -> T raise', (msg: StringView | string, loc: SourceLoc) => raiseFailure(msg.toString(), loc)),
    'Test::Test': fn('fn Test::Test(name : String) -> Test', newTest),
    'Test::new': fn('fn Test::new(name : String) -> Test', newTest),
    new: fn('fn new(name : String) -> Test', newTest),
    'Test::name': fn('fn Test::name(self : Test) -> String', (self: SnapshotWriter) => self.name),
    'Test::write': fn('fn Test::write(self : Test, obj : &Show) -> Unit', (self: SnapshotWriter, obj: Dyn) => self.write(to_string(obj.d, obj.v))),
    'Test::writeln': fn('fn Test::writeln(self : Test, obj : &Show) -> Unit', (self: SnapshotWriter, obj: Dyn) => self.writeln(to_string(obj.d, obj.v))),
    'Test::snapshot': fn(
      'fn Test::snapshot(self : Test, filename~ : String, loc~ : SourceLoc = _, args_loc~ : ArgsLoc = _) -> Unit raise SnapshotError',
      (self: SnapshotWriter, filename: string, loc: SourceLoc, _argsLoc: unknown) => self.snapshot(filename, loc),
    ),
  },
});
