// `@json.JsonPath` (where in a document a decoder stands) and the
// `@json.JsonDecodeError((path, message))` that decoders raise.
//
// A path is the enum `Root | Key(parent, key~) | Index(parent, index~)`.
// Decoding an array or object reuses one path node per container and
// updates its index or key for each element, as core does, instead of
// allocating one per element.

import { MoonBitError } from '../../runtime/core-values.ts';
import type { Logger } from '../../runtime/core-values.ts';

export type JsonPath =
  | { readonly $c: 'Root' }
  | { readonly $c: 'Key'; readonly _0: JsonPath; _1: string }
  | { readonly $c: 'Index'; readonly _0: JsonPath; _1: number };

export const ROOT: JsonPath = Object.freeze({ $c: 'Root' });

export const DECODE_ERROR = '@json.JsonDecodeError';

export function addKey(parent: JsonPath, key: string): JsonPath & { $c: 'Key' } {
  return { $c: 'Key', _0: parent, _1: key };
}

export function addIndex(parent: JsonPath, index: number): JsonPath & { $c: 'Index' } {
  return { $c: 'Index', _0: parent, _1: index };
}

/** Raises `JsonDecodeError((path, message))`. */
export function decodeError(path: JsonPath, message: string): never {
  throw new MoonBitError(DECODE_ERROR, 'JsonDecodeError', [[path, message]]);
}

/** `Show for JsonPath`: a JSON Pointer (RFC 6901): `/a/0`, `~` and `/` in keys as `~0` and `~1`. */
export function writePath(path: JsonPath, logger: Logger): void {
  if (path.$c === 'Root') return;
  writePath(path._0, logger);
  logger.write_string('/');
  if (path.$c === 'Index') logger.write_string(String(path._1));
  else logger.write_string(path._1.replace(/[~/]/g, (c) => (c === '~' ? '~0' : '~1')));
}
