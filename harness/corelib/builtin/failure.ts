// The builtin error types `Failure`, `InspectError` and `SnapshotError`,
// and `fail`.
//
// `Failure` values are the binding's `Failure` class (its message is the
// payload); they show as `Failure("msg")` and convert to JSON as
// `["Failure", "msg"]` (core derives both). `fail(msg)` raises
// `Failure("<loc> FAILED: <msg>")`, `<loc>` being the call's location with
// its package (`doc.md:3:5-3:20@doctest`). InspectError and SnapshotError
// have no Show: as `Error`s they print their constructor path.

import { defineModule, fn, impl } from '../define.ts';
import { desc, output } from '../../runtime/desc.ts';
import type { Logger, SourceLoc, StringView } from '../../runtime/core-values.ts';
import type { Failure } from '../../../binding/moonbit.ts';
import * as J from '../support/json.ts';
import { raiseFailure } from '../support/failing.ts';

export default defineModule('', {
  decls: `
    pub(all) suberror Failure {
      Failure(String)
    }
    pub(all) suberror InspectError {
      InspectError(String)
    }
    pub(all) suberror SnapshotError {
      SnapshotError(String)
    }
  `,
  fns: {
    fail: fn('fn[T] fail(msg : StringView, loc~ : SourceLoc = _) -> T raise Failure', (msg: StringView | string, loc: SourceLoc) =>
      raiseFailure(msg.toString(), loc),
    ),
  },
  impls: {
    'Show for Failure': impl('impl Show for Failure', {
      output: (e: Failure, logger: Logger) => {
        logger.write_string('Failure(');
        output(desc('String'), e.message, logger);
        logger.write_string(')');
      },
    }),
    'ToJson for Failure': impl('impl ToJson for Failure', {
      to_json: (e: Failure) => J.array([J.string('Failure'), J.string(e.message)]),
    }),
  },
});
