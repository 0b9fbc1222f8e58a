// `SourceLoc` (where a call stands, autofilled by `loc~`) and `ArgsLoc`
// (where each argument stands, autofilled by `args_loc~`).
//
// A location shows as `file:line:col-line:col@package` (the package a doc
// runs as is `doctest`, see support/errors.ts).

import { defineModule, fn, impl } from '../define.ts';
import { desc, output } from '../../runtime/desc.ts';
import { StringBuilder, type Logger, type SourceLoc } from '../../runtime/core-values.ts';
import { isSome, type Option } from '../../runtime/values.ts';
import { locText } from '../support/errors.ts';

function locJson(loc: SourceLoc): string {
  const sb = new StringBuilder();
  sb.write_string('{"filename":');
  output(desc('String'), loc.file, sb);
  sb.write_string(`,"start_line":${loc.line},"start_column":${loc.column},"end_line":${loc.endLine},"end_column":${loc.endColumn}}`);
  return sb.toString();
}

type ArgsLoc = { readonly _0: Option<SourceLoc>[] };

export default defineModule('', {
  decls: `
    type SourceLoc
    pub(all) struct ArgsLoc(Array[SourceLoc?])
  `,
  fns: {
    'SourceLoc::to_json_string': fn('fn SourceLoc::to_json_string(self : SourceLoc) -> String', locJson),
    'ArgsLoc::to_json': fn('fn ArgsLoc::to_json(self : ArgsLoc) -> String', (self: ArgsLoc) =>
      `[${self._0.map((l) => (isSome(l) ? locJson(l.value) : 'null')).join(', ')}]`,
    ),
  },
  impls: {
    'Show for SourceLoc': impl('impl Show for SourceLoc', {
      output: (loc: SourceLoc, logger: Logger) => logger.write_string(locText(loc)),
      to_string: locText,
    }),
    'Show for ArgsLoc': impl('impl Show for ArgsLoc', {
      output: (self: ArgsLoc, logger: Logger) => output(desc('Array', [desc('Option', [desc('SourceLoc')])]), self._0, logger),
    }),
  },
});
