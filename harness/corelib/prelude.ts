// `@prelude`: the names every doc sees without a package besides the
// builtin ones, as core's prelude re-exports them (prelude/prelude.mbt of
// the core the docs follow). Re-exports of packages the table does not have
// (`@bigint`, `@lazy`, `@string.Regex`) are left out.

import { defineModule } from './define.ts';

export default defineModule('', {
  decls: `
    pub using @buffer {type Buffer}
    pub using @set {type Set}
    pub using @debug {debug, type Repr, trait Debug, debug_inspect, to_repr}
    pub using @json {trait FromJson, json_inspect}
    pub using @ref {type Ref}
    pub using @test {assert_eq, assert_not_eq}
  `,
});
