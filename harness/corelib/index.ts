// Every module of the core library table (see README.md). The checker reads
// their signatures, the runtime their implementations.
import type { CoreModule } from './define.ts';
import abort from './abort.ts';
import builtinAssert from './builtin/assert.ts';
import builtinConsole from './builtin/console.ts';
import builtinFailure from './builtin/failure.ts';
import builtinJson from './builtin/json.ts';
import builtinSourceloc from './builtin/sourceloc.ts';
import debug from './debug.ts';
import error from './error.ts';
import json from './json.ts';
import prelude from './prelude.ts';
import test from './test.ts';

export const CORE_MODULES: readonly CoreModule[] = [
  abort,
  builtinAssert,
  builtinConsole,
  builtinFailure,
  builtinJson,
  builtinSourceloc,
  debug,
  error,
  json,
  prelude,
  test,
];
