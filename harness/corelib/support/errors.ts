// What the builtin `Error` type (any raised value) shows as, and the package
// path that error names and source locations carry.
//
// `Error`'s Show, Debug and ToJson dispatch on the actual error's type: when
// that type implements the trait (derived or written by hand), its method is
// used; otherwise the error prints as its full constructor path
// `<package>.<Type>.<Constructor>` (Show; ToJson gives the same text as a
// string; Debug gives `<path: ...>`), e.g.
// `moonbitlang/core/json.ParseError.InvalidEof`.
//
// The package of a doc's own types: moon runs a doc's blocks as a test
// package of the module it belongs to (`user/module/pkg_blackbox_test`);
// docs here belong to no MoonBit module, so the harness names that package
// `doctest`. It appears wherever MoonBit prints a package path: error names
// (`doctest.MyError.A`) and source locations (`fail`'s message,
// `docs/API.md:3:5-3:20@doctest FAILED: msg`).

import { desc, output, type Desc } from '../../runtime/desc.ts';
import { MoonBitError, SourceLoc, StringBuilder, displayName, type Logger } from '../../runtime/core-values.ts';
import { Failure } from '../../../binding/moonbit.ts';
import { InspectError } from '../../runtime/inspect.ts';
import * as R from './repr.ts';
import { isBindingError } from '../../runtime/binding-errors.ts';
import * as J from './json.ts';
import { escapeString } from './strings.ts';

export const DOC_PACKAGE = 'doctest';

/** Core's error types that live in its builtin package. */
const BUILTIN_ERRORS = new Set(['Failure', 'InspectError', 'SnapshotError', 'BenchError']);

/** The runtime type name of a raised value (`Failure`, `@json.ParseError`, a doc's `MyError`). */
export function errorType(e: unknown): string {
  if (e instanceof MoonBitError) return e.type;
  if (e instanceof Failure) return 'Failure';
  if (e instanceof InspectError) return 'InspectError';
  return e instanceof Error ? e.name : 'Error';
}

function errorCtor(e: unknown): string {
  return e instanceof MoonBitError ? e.$c : errorType(e);
}

/** `moonbitlang/core/json.ParseError`, `moonbitlang/core/builtin.Failure`, `doctest.MyError`. */
export function typePath(type: string): string {
  const m = /^@([\w/]+)\.(.+)$/.exec(type);
  if (m) return `moonbitlang/core/${m[1]}.${m[2]}`;
  if (BUILTIN_ERRORS.has(type)) return `moonbitlang/core/builtin.${type}`;
  return `${DOC_PACKAGE}.${displayName(type)}`;
}

/** The constructor path an error without a Show of its own prints as. */
export function constructorPath(e: unknown): string {
  return `${typePath(errorType(e))}.${errorCtor(e)}`;
}

/** The descriptor of the error's own type. */
function ownDesc(e: unknown): Desc {
  return desc(errorType(e));
}

/** An error the binding threw shows as its JavaScript name and message: `TypeError("...")`. */
function bindingErrorText(e: Error): string {
  return `${e.name}(${escapeString(e.message, 0, e.message.length, true)})`;
}

export function outputError(e: unknown, logger: Logger): void {
  if (isBindingError(e)) return logger.write_string(bindingErrorText(e));
  const d = ownDesc(e);
  if (d['Show.output'] !== undefined) output(d, e, logger);
  else logger.write_string(constructorPath(e));
}

export function errorToString(e: unknown): string {
  const sb = new StringBuilder();
  outputError(e, sb);
  return sb.toString();
}

export function errorToRepr(e: unknown): R.Repr {
  if (isBindingError(e)) return R.ctor(e.name, [[undefined, R.string(e.message)]]);
  const f = ownDesc(e)['Debug.to_repr'] as ((x: unknown) => R.Repr) | undefined;
  return f !== undefined ? f(e) : R.opaque(constructorPath(e), R.OMITTED);
}

export function errorToJson(e: unknown): J.Json {
  if (isBindingError(e)) return J.string(bindingErrorText(e));
  const f = ownDesc(e)['ToJson.to_json'] as ((x: unknown) => J.Json) | undefined;
  return f !== undefined ? f(e) : J.string(constructorPath(e));
}

/** The message a `Failure`, `InspectError` or `SnapshotError` carries. */
export function payload(e: unknown): string {
  if (e instanceof MoonBitError) return e._0 as string;
  return (e as Error).message;
}

/** `Show for SourceLoc`: `file:line:col-line:col@package`. */
export function locText(loc: SourceLoc): string {
  return `${loc.toString()}@${DOC_PACKAGE}`;
}
