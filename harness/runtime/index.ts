// The runtime library generated doc tests import (through prelude.ts).

export { Some, None, Ok, Err, Failure, Panic, AssertionFailed, isSome, isNone, formatLoc } from './values.ts';
export type { Option, Result, Loc } from './values.ts';
export { InspectError, recording } from './inspect.ts';
export type { InspectRecord } from './inspect.ts';
export { renderDiff } from '../diagnostics.ts';
export { takeOutput } from './output.ts';
