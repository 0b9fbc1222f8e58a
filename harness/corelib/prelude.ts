// `@prelude`: the names every doc sees without a package, beyond the
// builtin ones: `debug`, `debug_inspect` and `to_repr` of `@debug`,
// `json_inspect` of `@json`, and the types and traits they re-export.

import { defineModule } from './define.ts';
import debugModule from './debug.ts';
import jsonModule from './json.ts';

export default defineModule('', {
  decls: `
    pub using @debug {type Repr, trait Debug}
    pub using @json {trait FromJson}
  `,
  fns: {
    debug: debugModule.fns['@debug.debug']!,
    debug_inspect: debugModule.fns['@debug.debug_inspect']!,
    to_repr: debugModule.fns['@debug.to_repr']!,
    json_inspect: jsonModule.fns['@json.json_inspect']!,
  },
});
