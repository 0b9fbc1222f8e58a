// The runtime library generated doc tests import:
//   import * as $rt from '<abs>/harness/runtime/index.ts'

export { Some, None, Ok, Err, Failure, Panic, AssertionFailed, isSome, isNone, formatLoc } from './values.ts';
export type { Option, Result, MoonBitError, Loc } from './values.ts';
export { show, output, showError, escapeString, escapeChar, showBytes, showByte, showDouble, SHOW } from './show.ts';
export type { Ty } from './show.ts';
export { inspect, InspectError, recording } from './inspect.ts';
export { renderDiff } from '../diagnostics.ts';
export type { InspectRecord } from './inspect.ts';
export {
  eq,
  compare,
  not,
  ignore,
  println,
  takeOutput,
  fail,
  panic,
  abort,
  assert_eq,
  assert_not_eq,
  assert_true,
  assert_false,
} from './builtins.ts';
export { Int, UInt, Int64, UInt64, Byte, Int16, UInt16, Float, Double } from './ints.ts';
export { method } from './methods.ts';
