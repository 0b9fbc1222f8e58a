// Package @string: the parsers that replace @strconv's (same rules, but a
// bad input raises `Failure("invalid syntax")` or `Failure("value out of
// range")`), its FromStr trait, and the deprecated String constructors it
// kept. Regex (`re"..."`) is not emulated.

import { defineModule, fn, impl } from './define.ts';
import type { StringView } from '../runtime/core-values.ts';
import type { Desc } from '../runtime/desc.ts';
import { Failure } from '../../binding/moonbit.ts';
import builtinString from './builtin/string.ts';
import * as parse from './support/numparse.ts';

function fail(message: string): never {
  throw new Failure(message);
}

type View = StringView | string;
type Parser = (s: View) => unknown;
const { parseInt64, parseInt, parseUInt64, parseUInt, parseBool, parseDouble } = parse.viewParsers(fail);

const FROM_STR = '@string.FromStr.from_str';
const fromStr = (type: string, parser: Parser) => impl(`impl FromStr for ${type}`, { from_str: parser });
const builtin = (key: string) => builtinString.fns[key]!.impl as (...args: never[]) => unknown;

export default defineModule('string', {
  decls: `
    pub(open) trait FromStr {
      fn from_str(StringView) -> Self raise
    }
  `,
  fns: {
    parse_int64: fn('fn parse_int64(str : StringView, base? : Int = ..) -> Int64 raise', parseInt64),
    parse_int: fn('fn parse_int(str : StringView, base? : Int = ..) -> Int raise', parseInt),
    parse_uint64: fn('fn parse_uint64(str : StringView, base? : Int = ..) -> UInt64 raise', parseUInt64),
    parse_uint: fn('fn parse_uint(str : StringView, base? : Int = ..) -> UInt raise', parseUInt),
    parse_bool: fn('fn parse_bool(str : StringView) -> Bool raise', parseBool),
    parse_double: fn('fn parse_double(str : StringView) -> Double raise', parseDouble),
    // The trait method as a free function (`#as_free_fn`): the result type picks the parser.
    from_str: fn('fn[A : FromStr] from_str(str : StringView) -> A raise', (A: Desc, s: View) => (A[FROM_STR] as Parser)(s)),
    from_array: fn('fn from_array(chars : ArrayView[Char]) -> String', builtin('String::from_array')),
    from_iter: fn('fn from_iter(iter : Iter[Char]) -> String', builtin('String::from_iter')),
    from_iterator: fn('fn from_iterator(iter : Iter[Char]) -> String', builtin('String::from_iter')),
    default: fn('fn default() -> String', () => ''),
  },
  impls: {
    '@string.FromStr for Bool': fromStr('Bool', parseBool),
    '@string.FromStr for Int': fromStr('Int', (s) => parseInt(s)),
    '@string.FromStr for Int64': fromStr('Int64', (s) => parseInt64(s)),
    '@string.FromStr for UInt': fromStr('UInt', (s) => parseUInt(s)),
    '@string.FromStr for UInt64': fromStr('UInt64', (s) => parseUInt64(s)),
    '@string.FromStr for Double': fromStr('Double', parseDouble),
  },
});
