// `@json`: parse / valid, stringify and transform with replacers,
// `from_json` with `JsonPath` and `JsonDecodeError`, `json_inspect`, the
// `Show` of `Json` and of parse errors, and `FromJson` for every core type.
//
// Decoding messages are core's, path first: `Int::from_json: expected
// number`, `Int::from_json: overflow` (integers must be finite and within
// range; fractions are truncated), `Option::from_json: expected array or
// null` (`null` is None, `[x]` is Some(x)), `Result::from_json: expected
// object with one field`, `expected tuple of size 2`, ... Int64 and UInt64
// are read from strings with core's integer syntax; Double also accepts the
// strings "NaN", "Infinity" and "-Infinity"; Bytes read `\xhh` escapes and
// printable ASCII.

import { defineModule, fn, impl } from './define.ts';
import { ofArity, tupleImplSig } from './builtin/tuple.ts';
import { desc, output, type Desc } from '../runtime/desc.ts';
import { ArrayView, StringBuilder, StringView, type Logger, type SourceLoc } from '../runtime/core-values.ts';
import { None, Panic, Some, isSome, type Option } from '../runtime/values.ts';
import { Ok, Err } from '../../binding/moonbit.ts';
import { InspectError } from '../runtime/inspect.ts';
import * as J from './support/json.ts';
import * as R from './support/repr.ts';
import { parse, parseError } from './support/json-parse.ts';
import { addIndex, addKey, decodeError, ROOT, writePath, type JsonPath } from './support/json-path.ts';
import { entries, getKey, newStringMap, setKey, size } from './support/maps.ts';
import { parseInteger } from './support/integers.ts';
import { deriveImpls, type TypeShape } from '../runtime/derive.ts';

type FromJsonFn = (json: J.Json, path: JsonPath) => unknown;

const fromJsonOf = (d: Desc): FromJsonFn => d['FromJson.from_json'] as FromJsonFn;

/** A `StringView` argument (generated code may also pass a plain string). */
const text = (v: StringView | string): string => (typeof v === 'string' ? v : v.toString());

function shown(d: Desc, x: unknown, logger: Logger): void {
  output(d, x, logger);
}

// ---- Show ------------------------------------------------------------------------

function outputJson(j: J.Json, logger: Logger): void {
  switch (j.$c) {
    case 'Null':
    case 'True':
    case 'False':
      logger.write_string(j.$c);
      return;
    case 'Number':
      logger.write_string('Number(');
      shown(desc('Double'), j._0, logger);
      if (isSome(j._1)) {
        logger.write_string(', repr=Some(');
        shown(desc('String'), j._1.value, logger);
        logger.write_string(')');
      }
      logger.write_string(')');
      return;
    case 'String':
      logger.write_string('String(');
      shown(desc('String'), j._0, logger);
      logger.write_string(')');
      return;
    case 'Array':
      logger.write_string('Array(');
      shown(desc('Array', [desc('Json')]), j._0, logger);
      logger.write_string(')');
      return;
    case 'Object':
      logger.write_string('Object(');
      shown(desc('Map', [desc('String'), desc('Json')]), j._0, logger);
      logger.write_string(')');
      return;
  }
}

interface Position {
  readonly line: number;
  readonly column: number;
}

function writePosition(p: Position, logger: Logger): void {
  logger.write_string(` at line ${p.line}, column ${p.column}`);
}

function outputParseError(e: { $c: string; _0?: unknown; _1?: unknown }, logger: Logger): void {
  switch (e.$c) {
    case 'InvalidChar':
      logger.write_string('Invalid character ');
      shown(desc('Char'), e._1, logger);
      return writePosition(e._0 as Position, logger);
    case 'InvalidEof':
      return logger.write_string('Unexpected end of file');
    case 'InvalidNumber':
      logger.write_string(`Invalid number ${e._1 as string}`);
      return writePosition(e._0 as Position, logger);
    case 'InvalidIdentEscape':
      logger.write_string('Invalid escape sequence in identifier');
      return writePosition(e._0 as Position, logger);
    case 'DepthLimitExceeded':
      return logger.write_string('Depth limit exceeded, please increase the max_nesting_depth parameter');
  }
}

// ---- derived impls of the package's own types --------------------------------------

const POSITION: TypeShape = {
  kind: 'struct',
  name: 'Position',
  fields: () => [
    { name: 'line', desc: desc('Int') },
    { name: 'column', desc: desc('Int') },
  ],
};

const PARSE_ERROR_CTORS = ['InvalidChar', 'InvalidEof', 'InvalidNumber', 'InvalidIdentEscape', 'DepthLimitExceeded'];
const PARSE_ERROR: TypeShape = {
  kind: 'enum',
  name: 'ParseError',
  ctors: () => {
    const pos = { desc: desc('@json.Position') };
    return [
      { name: 'InvalidChar', fields: [pos, { desc: desc('Char') }] },
      { name: 'InvalidEof', fields: [] },
      { name: 'InvalidNumber', fields: [pos, { desc: desc('String') }] },
      { name: 'InvalidIdentEscape', fields: [pos] },
      { name: 'DepthLimitExceeded', fields: [] },
    ];
  },
  make: (i, values) => parseError(PARSE_ERROR_CTORS[i]!, values),
};

const PATH_CTORS = ['Root', 'Key', 'Index'];
const JSON_PATH: TypeShape = {
  kind: 'enum',
  name: 'JsonPath',
  ctors: () => {
    const parent = { desc: desc('@json.JsonPath') };
    return [
      { name: 'Root', fields: [] },
      { name: 'Key', fields: [parent, { label: 'key', desc: desc('String') }] },
      { name: 'Index', fields: [parent, { label: 'index', desc: desc('Int') }] },
    ];
  },
  make: (i, [parent, step]) => (i === 0 ? ROOT : { $c: PATH_CTORS[i], _0: parent, _1: step }),
};

const positionImpls = deriveImpls(POSITION, ['Eq', 'ToJson']);
const parseErrorImpls = deriveImpls(PARSE_ERROR, ['Eq', 'ToJson']);
const pathImpls = deriveImpls(JSON_PATH, ['Eq', 'Debug']);

/** `JsonDecodeError((path, message))` as the error value holds it. */
type DecodeErrorValue = { _0: [JsonPath, string] };

const pathEqual = (a: JsonPath, b: JsonPath) => (desc('@json.JsonPath')['Eq.equal'] as (a: JsonPath, b: JsonPath) => boolean)(a, b);

function pathText(p: JsonPath): string {
  const sb = new StringBuilder();
  writePath(p, sb);
  return sb.toString();
}

// ---- FromJson -----------------------------------------------------------------------

function expectNumber(json: J.Json, type: string, path: JsonPath): number {
  if (json.$c !== 'Number' || json._0 === Infinity || json._0 === -Infinity) return decodeError(path, `${type}::from_json: expected number`);
  return json._0;
}

function integerFromString(json: J.Json, type: 'Int64' | 'UInt64', path: JsonPath): bigint {
  if (json.$c !== 'String') return decodeError(path, `${type}::from_json: expected number in string representation`);
  const n = parseInteger(json._0, type === 'Int64');
  if (typeof n === 'bigint') return n;
  return decodeError(path, `${type}::from_json: parsing failure ${n}`);
}

function expectString(json: J.Json, message: string, path: JsonPath): string {
  if (json.$c !== 'String') return decodeError(path, message);
  return json._0;
}

function charFromJson(json: J.Json, path: JsonPath): number {
  const s = expectString(json, 'Char::from_json: expected string', path);
  if (s.length === 1) return s.charCodeAt(0);
  if (s.length !== 2) return decodeError(path, 'Char::from_json: expected single character');
  const hi = s.charCodeAt(0);
  const lo = s.charCodeAt(1);
  if (hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff) return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000;
  return decodeError(path, 'Char::from_json: invalid surrogate pair');
}

const HEX_DIGIT = /[0-9a-f]/;

function bytesFromJson(json: J.Json, path: JsonPath): Uint8Array {
  const s = expectString(json, 'Bytes::from_json: expected string', path);
  const out: number[] = [];
  for (let i = 0; i < s.length; ) {
    if (s.startsWith('\\x', i) && HEX_DIGIT.test(s[i + 2] ?? '') && HEX_DIGIT.test(s[i + 3] ?? '')) {
      out.push(parseInt(s.slice(i + 2, i + 4), 16));
      i += 4;
      continue;
    }
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return decodeError(path, 'Bytes::from_json: invalid byte sequence');
    if (c === 0x5c || c === 0x22) return decodeError(path, 'Bytes::from_json: invalid escape sequence');
    out.push(c);
    i++;
  }
  return Uint8Array.from(out);
}

/** Array elements, the path's index updated in place as core does. */
function elementsFromJson(X: Desc, json: J.Json, type: string, path: JsonPath): unknown[] {
  if (json.$c !== 'Array') return decodeError(path, `${type}::from_json: expected array`);
  const f = fromJsonOf(X);
  const at = addIndex(path, 0);
  return json._0.map((x, i) => {
    at._1 = i;
    return f(x, at);
  });
}

function optionFromJson(T: Desc, json: J.Json, path: JsonPath): Option<unknown> {
  if (json.$c === 'Null') return None;
  if (json.$c === 'Array' && json._0.length === 1) return new Some(fromJsonOf(T)(json._0[0]!, addIndex(path, 0)));
  return decodeError(path, 'Option::from_json: expected array or null');
}

function resultFromJson(T: Desc, E: Desc, json: J.Json, path: JsonPath): Ok<unknown> | Err<unknown> {
  if (json.$c !== 'Object') return decodeError(path, 'Result::from_json: expected object');
  if (size(json._0) !== 1) return decodeError(path, 'Result::from_json: expected object with one field');
  const ok = getKey(json._0, 'Ok');
  if (ok !== undefined) return new Ok(fromJsonOf(T)(ok, addKey(path, 'Ok')));
  const err = getKey(json._0, 'Err');
  if (err !== undefined) return new Err(fromJsonOf(E)(err, addKey(path, 'Err')));
  return decodeError(path, 'Result::from_json: expected object with Ok or Err field');
}

function mapFromJson(V: Desc, json: J.Json, path: JsonPath): unknown {
  if (json.$c !== 'Object') return decodeError(path, 'Map::from_json: expected object');
  const f = fromJsonOf(V);
  const out = newStringMap<unknown>();
  const at = addKey(path, '');
  for (const [k, v] of entries<string, J.Json>(json._0)) {
    at._1 = k;
    setKey(out, k, f(v, at));
  }
  return out;
}

const TUPLE_NAMES = 'ABCDEFGHIJKLMNOP';

/** `impl[A : FromJson, B : FromJson] FromJson for (A, B)` and so on up to 16 elements. */
function tupleImpls(): Record<string, ReturnType<typeof impl>> {
  const out: Record<string, ReturnType<typeof impl>> = {};
  for (let n = 2; n <= 16; n++) {
    const params = TUPLE_NAMES.slice(0, n).split('');
    const type = `(${params.join(', ')})`;
    out[`FromJson for ${type}`] = impl(tupleImplSig('FromJson', n, 'letters'), ofArity(n, (...ds: Desc[]) => {
      const fs = ds.map(fromJsonOf);
      return {
        from_json: (json: J.Json, path: JsonPath) => {
          if (json.$c !== 'Array' || json._0.length !== n) return decodeError(path, `expected tuple of size ${n}`);
          return json._0.map((x, i) => fs[i]!(x, addIndex(path, i)));
        },
      };
    }));
  }
  return out;
}

/** Trait objects (`&ToJson`) as generated code passes them. */
interface DynValue {
  readonly d: Desc;
  readonly v: unknown;
}

/** `Replacer::keep` / `exclude` take an `ArrayView[StringView]`; an array of strings is accepted too. */
function keyList(keys: ArrayView<StringView | string> | (StringView | string)[]): Set<string> {
  const items = keys instanceof ArrayView ? keys.arr.slice(keys.start, keys.end) : keys;
  return new Set(items.map(text));
}

const replacer = (f: J.Replacer['f']): J.Replacer => ({ f });

export default defineModule('json', {
  decls: `
    pub(all) struct Position {
      line : Int
      column : Int
    }
    pub(all) suberror ParseError {
      InvalidChar(Position, Char)
      InvalidEof
      InvalidNumber(Position, String)
      InvalidIdentEscape(Position)
      DepthLimitExceeded
    }
    type JsonPath
    pub(all) suberror JsonDecodeError {
      JsonDecodeError((JsonPath, String))
    }
    pub(open) trait FromJson {
      from_json(Json, JsonPath) -> Self raise JsonDecodeError
    }
    type Replacer
  `,
  fns: {
    // The deprecated accessors core still has (a `Json`'s payload when it is that kind).
    'Json::as_null': fn('fn Json::as_null(self : Json) -> Unit?', (self: J.Json) => (self.$c === 'Null' ? new Some(undefined) : None)),
    'Json::as_bool': fn('fn Json::as_bool(self : Json) -> Bool?', (self: J.Json) =>
      self.$c === 'True' ? new Some(true) : self.$c === 'False' ? new Some(false) : None,
    ),
    'Json::as_number': fn('fn Json::as_number(self : Json) -> Double?', (self: J.Json) => (self.$c === 'Number' ? new Some(self._0) : None)),
    'Json::as_string': fn('fn Json::as_string(self : Json) -> String?', (self: J.Json) => (self.$c === 'String' ? new Some(self._0) : None)),
    'Json::as_array': fn('fn Json::as_array(self : Json) -> Array[Json]?', (self: J.Json) => (self.$c === 'Array' ? new Some(self._0) : None)),
    'Json::item': fn('fn Json::item(self : Json, index : Int) -> Json?', (self: J.Json, index: number) =>
      self.$c === 'Array' && index >= 0 && index < self._0.length ? new Some(self._0[index]) : None,
    ),
    'Json::as_object': fn('fn Json::as_object(self : Json) -> Map[String, Json]?', (self: J.Json) => (self.$c === 'Object' ? new Some(self._0) : None)),
    'Json::value': fn('fn Json::value(self : Json, key : String) -> Json?', (self: J.Json, key: string) => {
      if (self.$c !== 'Object') return None;
      const v = getKey<J.Json>(self._0, key);
      return v === undefined ? None : new Some(v);
    }),
    parse: fn('fn parse(input : StringView, max_nesting_depth? : Int = ..) -> Json raise ParseError', (input: StringView | string, depth?: number) =>
      parse(text(input), depth ?? 1024),
    ),
    to_json: fn('fn[T : ToJson] to_json(value : T) -> Json', (T: Desc, value: unknown) => (T['ToJson.to_json'] as (x: unknown) => J.Json)(value)),
    valid: fn('fn valid(input : StringView) -> Bool', (input: StringView | string) => {
      try {
        parse(text(input), 1024);
        return true;
      } catch {
        return false;
      }
    }),
    from_json: fn('fn[T : FromJson] from_json(json : Json, path? : JsonPath = ..) -> T raise JsonDecodeError', (T: Desc, json: J.Json, path?: JsonPath) =>
      fromJsonOf(T)(json, path ?? ROOT),
    ),
    json_inspect: fn(
      'fn json_inspect(obj : &ToJson, content? : Json, loc~ : SourceLoc = _, args_loc~ : ArgsLoc = _) -> Unit raise InspectError',
      (obj: DynValue, content: Option<J.Json>, loc: SourceLoc, _argsLoc: unknown) => {
        const actual = J.stringify((obj.d['ToJson.to_json'] as (x: unknown) => J.Json)(obj.v), false, 0, undefined);
        const want = J.stringify(isSome(content) ? content.value : J.string(''), false, 0, undefined);
        // `--update` cannot write a Json literal back, so a mismatch is never recorded as fixable.
        if (actual !== want) throw new InspectError(loc, want, actual);
      },
    ),
    'Json::stringify': fn(
      'fn Json::stringify(self : Json, escape_slash? : Bool = .., indent? : Int = .., replacer? : Replacer) -> String',
      (self: J.Json, escapeSlash: boolean | undefined, indent: number | undefined, r: Option<J.Replacer>) =>
        J.stringify(self, escapeSlash ?? false, indent ?? 0, isSome(r) ? r.value : undefined),
    ),
    'Json::transform': fn('fn Json::transform(self : Json, replacer : Replacer) -> Json', J.transform),
    'Replacer::Replacer': fn('fn Replacer::Replacer(f : (String, Json) -> Json?) -> Replacer', replacer),
    'Replacer::new': fn('fn Replacer::new(f : (String, Json) -> Json?) -> Replacer', replacer),
    'Replacer::keep': fn('fn Replacer::keep(array : ArrayView[StringView]) -> Replacer', (keys: ArrayView<StringView>) => {
      const kept = keyList(keys);
      return replacer((k, v) => (kept.has(k) ? new Some(v) : None));
    }),
    'Replacer::exclude': fn('fn Replacer::exclude(array : ArrayView[StringView]) -> Replacer', (keys: ArrayView<StringView>) => {
      const dropped = keyList(keys);
      return replacer((k, v) => (dropped.has(k) ? None : new Some(v)));
    }),
    'JsonPath::add_index': fn('fn JsonPath::add_index(self : JsonPath, index : Int) -> JsonPath', addIndex),
    'JsonPath::add_key': fn('fn JsonPath::add_key(self : JsonPath, key : String) -> JsonPath', addKey),
  },
  impls: {
    'Show for Json': impl('impl Show for Json', { output: outputJson }),
    'ToJson for Json': impl('impl ToJson for Json', { to_json: (j: J.Json) => j }),
    'FromJson for Json': impl('impl FromJson for Json', { from_json: (j: J.Json) => j }),
    'Eq for @json.Position': impl('impl Eq for Position', positionImpls.Eq!),
    'ToJson for @json.Position': impl('impl ToJson for Position', positionImpls.ToJson!),
    'Show for @json.ParseError': impl('impl Show for ParseError', { output: outputParseError }),
    'Eq for @json.ParseError': impl('impl Eq for ParseError', parseErrorImpls.Eq!),
    'ToJson for @json.ParseError': impl('impl ToJson for ParseError', parseErrorImpls.ToJson!),
    'Show for @json.JsonPath': impl('impl Show for JsonPath', { output: writePath }),
    'ToJson for @json.JsonPath': impl('impl ToJson for JsonPath', { to_json: (p: JsonPath) => J.string(pathText(p)) }),
    'Eq for @json.JsonPath': impl('impl Eq for JsonPath', pathImpls.Eq!),
    'Debug for @json.JsonPath': impl('impl Debug for JsonPath', pathImpls.Debug!),
    'Eq for @json.JsonDecodeError': impl('impl Eq for JsonDecodeError', {
      equal: (a: DecodeErrorValue, b: DecodeErrorValue) => pathEqual(a._0[0], b._0[0]) && a._0[1] === b._0[1],
    }),
    'Show for @json.JsonDecodeError': impl('impl Show for JsonDecodeError', {
      output: ({ _0: [path, message] }: DecodeErrorValue, logger: Logger) => {
        logger.write_string('JsonDecodeError((');
        writePath(path, logger);
        logger.write_string(', ');
        shown(desc('String'), message, logger);
        logger.write_string('))');
      },
    }),
    'ToJson for @json.JsonDecodeError': impl('impl ToJson for JsonDecodeError', {
      to_json: ({ _0: [path, message] }: DecodeErrorValue) =>
        J.array([J.string('JsonDecodeError'), J.array([J.string(pathText(path)), J.string(message)])]),
    }),
    'Debug for @json.JsonDecodeError': impl('impl Debug for JsonDecodeError', {
      to_repr: ({ _0: [path, message] }: DecodeErrorValue) =>
        R.ctor('JsonDecodeError', [
          [undefined, R.tuple([(desc('@json.JsonPath')['Debug.to_repr'] as (p: JsonPath) => R.Repr)(path), R.string(message)])],
        ]),
    }),
    'FromJson for Bool': impl('impl FromJson for Bool', {
      from_json: (json: J.Json, path: JsonPath) =>
        json.$c === 'True' ? true : json.$c === 'False' ? false : decodeError(path, 'Bool::from_json: expected boolean'),
    }),
    'FromJson for Int': impl('impl FromJson for Int', {
      from_json: (json: J.Json, path: JsonPath) => {
        const n = expectNumber(json, 'Int', path);
        if (n > 2147483647 || n < -2147483648) return decodeError(path, 'Int::from_json: overflow');
        return Math.trunc(n) | 0;
      },
    }),
    'FromJson for UInt': impl('impl FromJson for UInt', {
      from_json: (json: J.Json, path: JsonPath) => {
        const n = expectNumber(json, 'UInt', path);
        if (n < 0 || n > 4294967295) return decodeError(path, 'UInt::from_json: overflow');
        return Math.trunc(n) >>> 0;
      },
    }),
    'FromJson for Int64': impl('impl FromJson for Int64', {
      from_json: (json: J.Json, path: JsonPath) => integerFromString(json, 'Int64', path),
    }),
    'FromJson for UInt64': impl('impl FromJson for UInt64', {
      from_json: (json: J.Json, path: JsonPath) => integerFromString(json, 'UInt64', path),
    }),
    'FromJson for BigInt': impl('impl FromJson for BigInt', {
      from_json: (json: J.Json, path: JsonPath) => {
        const s = expectString(json, 'BigInt::from_json: expected number in string representation', path);
        // Core's BigInt::from_string aborts on text that is not a decimal integer.
        if (!/^-?[0-9]+$/.test(s)) throw new Panic(`BigInt::from_string: invalid ${JSON.stringify(s)}`);
        return BigInt(s);
      },
    }),
    'FromJson for Double': impl('impl FromJson for Double', {
      from_json: (json: J.Json, path: JsonPath) => {
        if (json.$c === 'String') {
          if (json._0 === 'NaN') return NaN;
          if (json._0 === 'Infinity') return Infinity;
          if (json._0 === '-Infinity') return -Infinity;
        }
        return expectNumber(json, 'Double', path);
      },
    }),
    'FromJson for Float': impl('impl FromJson for Float', {
      from_json: (json: J.Json, path: JsonPath) => {
        if (json.$c === 'String') {
          if (json._0 === 'NaN') return NaN;
          if (json._0 === 'Infinity') return Infinity;
          if (json._0 === '-Infinity') return -Infinity;
        }
        return Math.fround(expectNumber(json, 'Float', path));
      },
    }),
    'FromJson for String': impl('impl FromJson for String', {
      from_json: (json: J.Json, path: JsonPath) => expectString(json, 'String::from_json: expected string', path),
    }),
    'FromJson for StringView': impl('impl FromJson for StringView', {
      from_json: (json: J.Json, path: JsonPath) => {
        const s = expectString(json, 'View::from_json: expected string', path);
        return new StringView(s, 0, s.length);
      },
    }),
    'FromJson for Char': impl('impl FromJson for Char', { from_json: charFromJson }),
    'FromJson for Bytes': impl('impl FromJson for Bytes', { from_json: bytesFromJson }),
    'FromJson for Unit': impl('impl FromJson for Unit', {
      from_json: (json: J.Json, path: JsonPath) => (json.$c === 'Null' ? undefined : decodeError(path, 'Unit::from_json: expected null')),
    }),
    'FromJson for Array': impl('impl[X : FromJson] FromJson for Array[X]', (X) => ({
      from_json: (json: J.Json, path: JsonPath) => elementsFromJson(X, json, 'Array', path),
    })),
    'FromJson for FixedArray': impl('impl[X : FromJson] FromJson for FixedArray[X]', (X) => ({
      from_json: (json: J.Json, path: JsonPath) => elementsFromJson(X, json, 'FixedArray', path),
    })),
    'FromJson for ArrayView': impl('impl[X : FromJson] FromJson for ArrayView[X]', (X) => ({
      from_json: (json: J.Json, path: JsonPath) => {
        const items = elementsFromJson(X, json, 'ArrayView', path);
        return new ArrayView(items, 0, items.length);
      },
    })),
    'FromJson for Map': impl('impl[V : FromJson] FromJson for Map[String, V]', (_K, V) => ({
      from_json: (json: J.Json, path: JsonPath) => mapFromJson(V, json, path),
    })),
    'FromJson for Option': impl('impl[T : FromJson] FromJson for T?', (T) => ({
      from_json: (json: J.Json, path: JsonPath) => optionFromJson(T, json, path),
    })),
    'FromJson for Result': impl('impl[Ok : FromJson, Err : FromJson] FromJson for Result[Ok, Err]', (T, E) => ({
      from_json: (json: J.Json, path: JsonPath) => resultFromJson(T, E, json, path),
    })),
    ...tupleImpls(),
  },
});
