// Raising `Failure` the way `fail` does: the message is prefixed with where
// the failing call stands (`file:line:col-line:col@package FAILED: msg`).

import type { SourceLoc } from '../../runtime/core-values.ts';
import { AssertionFailed } from '../../runtime/values.ts';
import { Failure } from '../../../binding/moonbit.ts';
import { locText } from './errors.ts';

/** An assertion (`assert_eq`, ...) that does not hold. */
export function failAt(msg: string, loc: SourceLoc): never {
  throw new AssertionFailed(`${locText(loc)} FAILED: ${msg}`, loc);
}

/** `fail(msg)`: a raised `Failure`, not an assertion. */
export function raiseFailure(msg: string, loc: SourceLoc): never {
  throw new Failure(`${locText(loc)} FAILED: ${msg}`);
}
