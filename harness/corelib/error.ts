// `@error`: Show, ToJson and Debug for the builtin `Error` type, which hold
// any raised value. Each uses the actual error type's own implementation
// when it has one, else its constructor path (support/errors.ts).

import { defineModule, impl } from './define.ts';
import type { Logger } from '../runtime/core-values.ts';
import { errorToJson, errorToRepr, errorToString, outputError } from './support/errors.ts';

export default defineModule('error', {
  impls: {
    'Show for Error': impl('impl Show for Error', {
      output: (e: unknown, logger: Logger) => outputError(e, logger),
      to_string: errorToString,
    }),
    'ToJson for Error': impl('impl ToJson for Error', { to_json: errorToJson }),
    'Debug for Error': impl('impl Debug for Error', { to_repr: errorToRepr }),
  },
});
