// `@abort.abort`, which the prelude's `abort` is.

import { defineModule, fn } from './define.ts';
import { abort } from './builtin/console.ts';

export default defineModule('abort', {
  fns: {
    abort: fn('fn[T] abort(msg : String) -> T', abort),
  },
});
