// Package @strconv (deprecated in favour of @string's parsers, same rules):
// number and Bool parsing that raises StrConvError, and the FromStr trait.

import { defineModule, fn, impl } from './define.ts';
import { MoonBitError, type StringView, type Logger } from '../runtime/core-values.ts';
import type { Desc } from '../runtime/desc.ts';
import * as parse from './support/numparse.ts';

const ERROR_TYPE = '@strconv.StrConvError';

function fail(message: string): never {
  throw new MoonBitError(ERROR_TYPE, 'StrConvError', [message]);
}

type View = StringView | string;
const { parseInt64, parseInt, parseUInt64, parseUInt, parseBool, parseDouble } = parse.viewParsers(fail);

/** `impl FromStr for T`: `from_str` parses a view, `from_string` a String, by the same rule. */
function fromStr(type: string, parser: (s: View) => unknown) {
  return impl(`impl FromStr for ${type}`, { from_str: parser, from_string: parser });
}

type Parser = (s: View) => unknown;
const FROM_STR = '@strconv.FromStr.from_str';

export default defineModule('strconv', {
  decls: `
    pub(all) suberror StrConvError {
      StrConvError(String)
    }
    pub(open) trait FromStr {
      fn from_str(StringView) -> Self raise StrConvError = _
      fn from_string(String) -> Self raise StrConvError = _
    }
  `,
  fns: {
    parse_int64: fn('fn parse_int64(str : StringView, base? : Int = ..) -> Int64 raise StrConvError', parseInt64),
    parse_int: fn('fn parse_int(str : StringView, base? : Int = ..) -> Int raise StrConvError', parseInt),
    parse_uint64: fn('fn parse_uint64(str : StringView, base? : Int = ..) -> UInt64 raise StrConvError', parseUInt64),
    parse_uint: fn('fn parse_uint(str : StringView, base? : Int = ..) -> UInt raise StrConvError', parseUInt),
    parse_bool: fn('fn parse_bool(str : StringView) -> Bool raise StrConvError', parseBool),
    parse_double: fn('fn parse_double(str : StringView) -> Double raise StrConvError', parseDouble),
    from_str: fn('fn[A : FromStr] from_str(str : StringView) -> A raise StrConvError', (A: Desc, s: View) => (A[FROM_STR] as Parser)(s)),
    parse: fn('fn[A : FromStr] parse(str : StringView) -> A raise StrConvError', (A: Desc, s: View) => (A[FROM_STR] as Parser)(s)),
  },
  impls: {
    'Show for @strconv.StrConvError': impl('impl Show for StrConvError', {
      output: (self: MoonBitError, logger: Logger) => logger.write_string(self._0 as string),
      to_string: (self: MoonBitError) => self._0 as string,
    }),
    '@strconv.FromStr for Bool': fromStr('Bool', parseBool),
    '@strconv.FromStr for Int': fromStr('Int', (s) => parseInt(s)),
    '@strconv.FromStr for Int64': fromStr('Int64', (s) => parseInt64(s)),
    '@strconv.FromStr for UInt': fromStr('UInt', (s) => parseUInt(s)),
    '@strconv.FromStr for UInt64': fromStr('UInt64', (s) => parseUInt64(s)),
    '@strconv.FromStr for Double': fromStr('Double', parseDouble),
  },
});
