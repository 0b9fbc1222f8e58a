// Json: parse (values and exact errors), Show, stringify and its options,
// replacers, from_json for every core type (messages and paths), ToJson
// for the core types, json_inspect. Expected strings were printed by the
// real MoonBit compiler (/tmp/moonbit-oracle); fixtures/json-cases.json
// holds 73 inputs to `@json.parse` and 86 decodings with the compiler's
// output for each. Escapes follow the newer core the docs are written for
// (json/lex_string.mbt there): hex digits are exactly 0-9, A-F, a-f (the
// oracle's core took '`' for 9), and a surrogate escape must open an
// escaped pair; the cases that differ from the oracle say so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { desc, type Desc } from '../../../harness/runtime/desc.ts';
import { ArrayView, BytesView, Iter, MoonBitError, SourceLoc, StringView } from '../../../harness/runtime/core-values.ts';
import { None, Some } from '../../../harness/runtime/values.ts';
import { Ok, Err } from '../../../binding/moonbit.ts';
import { InspectError } from '../../../harness/runtime/inspect.ts';
import * as J from '../../../harness/corelib/support/json.ts';
import type { JsonPath } from '../../../harness/corelib/support/json-path.ts';
import jsonModule from '../../../harness/corelib/json.ts';
import builtinJson from '../../../harness/corelib/builtin/json.ts';
import debugModule from '../../../harness/corelib/debug.ts';
import { installStubs, registerModule, stringMap } from './stubs.ts';

installStubs();
registerModule(debugModule);
registerModule(builtinJson);
registerModule(jsonModule);

const fns = { ...jsonModule.fns, ...builtinJson.fns, ...debugModule.fns };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const call = (name: string, ...args: unknown[]): any => (fns[name]!.impl as (...a: unknown[]) => unknown)(...args);
const showOf = (d: Desc, x: unknown): string => (d['Show.to_string'] as (x: unknown) => string)(x);
const JsonD = desc('Json');
const show = (j: J.Json): string => showOf(JsonD, j);
const parse = (s: string): J.Json => call('@json.parse', s, undefined);
const stringify = (j: J.Json, escapeSlash?: boolean, indent?: number, replacer: unknown = None): string =>
  call('@json.Json::stringify', j, escapeSlash, indent, replacer);

/** `Array[Map[String, Int]]`, `Int?`, `(Int, String)` as descriptors (tuples named `TupleN` here). */
function typeDesc(text: string): Desc {
  let i = 0;
  const parseType = (): Desc => {
    let d: Desc;
    if (text[i] === '(') {
      i++;
      const elems = [parseType()];
      while (text[i] === ',') {
        i += 2;
        elems.push(parseType());
      }
      i++;
      d = desc(`Tuple${elems.length}`, elems);
    } else {
      const name = /^[\w@.]+/.exec(text.slice(i))![0];
      i += name.length;
      const args: Desc[] = [];
      if (text[i] === '[') {
        i++;
        args.push(parseType());
        while (text[i] === ',') {
          i += 2;
          args.push(parseType());
        }
        i++;
      }
      d = desc(name, args);
    }
    while (text[i] === '?') {
      i++;
      d = desc('Option', [d]);
    }
    return d;
  };
  return parseType();
}

const fixture = JSON.parse(readFileSync(new URL('./fixtures/json-cases.json', import.meta.url), 'utf8')) as {
  parse: [string, string][];
  decode: [string, string, string][];
};

function pathText(p: JsonPath): string {
  return showOf(desc('@json.JsonPath'), p);
}

test('parse: values, positions and messages of every error', () => {
  for (const [input, expected] of fixture.parse) {
    let actual: string;
    try {
      const j = parse(input);
      actual = `ok ${show(j)} | ${stringify(j)}`;
    } catch (e) {
      assert.ok(e instanceof MoonBitError && e.type === '@json.ParseError', String(e));
      actual = `err ${showOf(desc('@json.ParseError'), e)}`;
    }
    // The compiler's output went through stdout, which writes a lone surrogate as U+FFFD.
    assert.equal(actual.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'), expected, JSON.stringify(input));
  }
});

test('parse: StringView input, nesting limit, valid', () => {
  const j = call('@json.parse', new StringView('x[1]y', 1, 4), undefined);
  assert.equal(show(j), 'Array([Number(1)])');
  assert.throws(() => call('@json.parse', '[[[1]]]', 2), (e: MoonBitError) => e.$c === 'DepthLimitExceeded');
  assert.equal(show(call('@json.parse', '[[1]]', 2)), 'Array([Array([Number(1)])])');
  const err = (() => {
    try {
      call('@json.parse', '{"a":{"b":{}}}', 2);
    } catch (e) {
      return showOf(desc('@json.ParseError'), e);
    }
  })();
  assert.equal(err, 'Depth limit exceeded, please increase the max_nesting_depth parameter');
  assert.equal(call('@json.valid', '[1]'), true);
  assert.equal(call('@json.valid', '[1'), false);
  assert.equal(call('@json.valid', new StringView('[1]]', 0, 3)), true);
});

test('from_json: every core type, with the messages and paths of core', () => {
  for (const [input, type, expected] of fixture.decode) {
    const T = typeDesc(type);
    let actual: string;
    try {
      const value = call('@json.from_json', T, parse(input), undefined);
      actual = `ok ${call('@debug.to_string', T, value)}`;
    } catch (e) {
      assert.ok(e instanceof MoonBitError && e.type === '@json.JsonDecodeError', String(e));
      const [path, message] = e._0 as [JsonPath, string];
      actual = `err ${pathText(path)} ${message}`;
    }
    assert.equal(actual, expected, `${input} : ${type}`);
  }
});

test('from_json starts at the given path', () => {
  const path = call('@json.JsonPath::add_key', call('@json.JsonPath::add_index', { $c: 'Root' }, 1), 'a');
  assert.throws(
    () => call('@json.from_json', desc('Int'), J.string('x'), path),
    (e: MoonBitError) => pathText((e._0 as [JsonPath])[0]) === '/1/a',
  );
});

test('Show of Json, JsonPath, JsonDecodeError; Debug of the path', () => {
  const obj = stringMap<J.Json>([
    ['a', J.array([J.number(1), J.number(2.5), J.NULL, J.TRUE, J.FALSE])],
    ['b', J.object(stringMap([['c', J.string('x"y\n/\u0001\u000c')]]))],
    ['e', J.array([])],
    ['f', J.object(stringMap())],
  ]);
  const j = J.object(obj);
  assert.equal(
    show(j),
    'Object({"a": Array([Number(1), Number(2.5), Null, True, False]), "b": Object({"c": String("x\\"y\\n/\\u{01}\\u{0c}")}), "e": Array([]), "f": Object({})})',
  );
  assert.equal(show(J.number(1.5, new Some('1.50'))), 'Number(1.5, repr=Some("1.50"))');
  let e: MoonBitError | undefined;
  try {
    call('@json.from_json', desc('Array', [desc('Int')]), J.array([J.number(1), J.string('x')]), undefined);
  } catch (x) {
    e = x as MoonBitError;
  }
  assert.equal(showOf(desc('@json.JsonDecodeError'), e), 'JsonDecodeError((/1, "Int::from_json: expected number"))');
  assert.equal(call('@debug.to_string', desc('@json.JsonDecodeError'), e), 'JsonDecodeError((Index(Root, index=1), "Int::from_json: expected number"))');
  assert.equal(stringify((desc('@json.JsonDecodeError')['ToJson.to_json'] as (x: unknown) => J.Json)(e)), '["JsonDecodeError",["/1","Int::from_json: expected number"]]');
  const [path] = e!._0 as [JsonPath];
  const deeper = call('@json.JsonPath::add_index', call('@json.JsonPath::add_key', path, 'a'), 2);
  assert.equal(pathText(deeper), '/1/a/2');
  assert.equal(call('@debug.to_string', desc('@json.JsonPath'), deeper), 'Index(Key(Index(Root, index=1), key="a"), index=2)');
  assert.equal(stringify((desc('@json.JsonPath')['ToJson.to_json'] as (x: unknown) => J.Json)(deeper)), '"/1/a/2"');
  const tricky = call('@json.JsonPath::add_key', call('@json.JsonPath::add_key', { $c: 'Root' }, 'a~/b'), '');
  assert.equal(pathText(tricky), '/a~0~1b/');
});

test('ParseError: Show, ToJson and Eq', () => {
  const invalid = new MoonBitError('@json.ParseError', 'InvalidChar', [{ line: 1, column: 2 }, 0x78]);
  const ParseErrorD = desc('@json.ParseError');
  assert.equal(showOf(ParseErrorD, invalid), "Invalid character 'x' at line 1, column 2");
  const toJson = ParseErrorD['ToJson.to_json'] as (x: unknown) => J.Json;
  assert.equal(stringify(toJson(invalid)), '["InvalidChar",{"line":1,"column":2},"x"]');
  assert.equal(stringify(toJson(new MoonBitError('@json.ParseError', 'InvalidEof', []))), '"InvalidEof"');
  const eq = ParseErrorD['Eq.equal'] as (a: unknown, b: unknown) => boolean;
  assert.ok(eq(invalid, new MoonBitError('@json.ParseError', 'InvalidChar', [{ line: 1, column: 2 }, 0x78])));
  assert.ok(!eq(invalid, new MoonBitError('@json.ParseError', 'InvalidChar', [{ line: 1, column: 3 }, 0x78])));
  assert.ok(!eq(invalid, new MoonBitError('@json.ParseError', 'InvalidEof', [])));
});

test('stringify: indentation, escapes, slashes, numbers with repr', () => {
  const j = parse('{"a":[1,2.5,null,true,false],"b":{"c":"x\\"y\\n/\\u0001\\f"},"e":[],"f":{}}');
  assert.equal(stringify(j), '{"a":[1,2.5,null,true,false],"b":{"c":"x\\"y\\n/\\u0001\\f"},"e":[],"f":{}}');
  assert.equal(stringify(j, true), '{"a":[1,2.5,null,true,false],"b":{"c":"x\\"y\\n\\/\\u0001\\f"},"e":[],"f":{}}');
  assert.equal(
    stringify(j, undefined, 2),
    '{\n  "a": [\n    1,\n    2.5,\n    null,\n    true,\n    false\n  ],\n  "b": {\n    "c": "x\\"y\\n/\\u0001\\f"\n  },\n  "e": [],\n  "f": {}\n}',
  );
  assert.equal(stringify(J.object(stringMap([['k', J.number(42)]])), false, 1), '{\n "k": 42\n}');
  assert.equal(stringify(J.number(Infinity)), 'Infinity');
  assert.equal(stringify(J.number(NaN)), 'NaN');
  assert.equal(stringify(J.string('\u001f/é😀')), '"\\u001f/é😀"');
  assert.equal(stringify(J.number(Infinity, new Some('1e9999'))), '1e9999');
});

test('replacers: keep, exclude, custom; transform', () => {
  const j = J.object(stringMap([['name', J.string('Alice')], ['age', J.number(30)], ['secret', J.string('hidden')]]));
  const keep = call('@json.Replacer::keep', new ArrayView([new StringView('name', 0, 4), 'age'], 0, 2));
  assert.equal(stringify(j, undefined, undefined, new Some(keep)), '{"name":"Alice","age":30}');
  const exclude = call('@json.Replacer::exclude', new ArrayView(['secret'], 0, 1));
  assert.equal(stringify(j, undefined, undefined, new Some(exclude)), '{"name":"Alice","age":30}');
  const none = call('@json.Replacer::new', () => None);
  assert.equal(stringify(j, undefined, 2, new Some(none)), '{\n  \n}');
  const doubled = call('@json.Replacer::Replacer', (_k: string, v: J.Json) =>
    new Some(v.$c === 'Number' ? J.number(v._0 * 2) : v),
  );
  const nested = J.object(stringMap([['x', J.number(1)], ['y', J.object(stringMap([['z', J.number(2)]]))], ['w', J.array([J.number(3)])]]));
  assert.equal(stringify(call('@json.Json::transform', nested, doubled)), '{"x":2,"y":{"z":4},"w":[3]}');
  assert.equal(stringify(nested, undefined, undefined, new Some(doubled)), '{"x":2,"y":{"z":4},"w":[3]}');
});

test('Json constructors, equality and default', () => {
  assert.equal(show(call('Json::null')), 'Null');
  assert.equal(show(call('Json::number', 3.14, None)), 'Number(3.14)');
  assert.equal(stringify(call('Json::number', Infinity, new Some('1e999'))), '1e999');
  assert.equal(show(call('Json::string', 'hello')), 'String("hello")');
  assert.equal(show(call('Json::boolean', false)), 'False');
  assert.equal(show(call('Json::array', [J.number(1), J.string('hello')])), 'Array([Number(1), String("hello")])');
  assert.equal(show(call('Json::object', stringMap([['name', J.string('John')], ['age', J.number(42)]]))), 'Object({"name": String("John"), "age": Number(42)})');
  assert.equal(fns['null']!.impl, J.NULL);
  const eq = JsonD['Eq.equal'] as (a: J.Json, b: J.Json) => boolean;
  assert.ok(eq(J.number(1, new Some('1.0')), J.number(1)));
  assert.ok(eq(parse('{"a":1,"b":[2]}'), parse('{"b":[2],"a":1}')));
  assert.ok(!eq(parse('{"a":1}'), parse('{"a":1,"b":2}')));
  assert.ok(!eq(parse('[1]'), parse('[1,2]')));
  assert.ok(!eq(J.NULL, J.FALSE));
  assert.ok(!eq(J.number(NaN), J.number(NaN)));
  assert.equal(show((JsonD['Default.default'] as () => J.Json)()), 'False');
});

const toJson = (type: string, x: unknown): string => stringify((typeDesc(type)['ToJson.to_json'] as (x: unknown) => J.Json)(x));

test('ToJson for the core types', () => {
  assert.equal(toJson('Bytes', new Uint8Array([0x61, 0x22, 0x5c, 0x7f, 0xab, 0x7e, 0x20])), '"a\\\\x22\\\\x5c\\\\x7f\\\\xab~ "');
  assert.equal(toJson('BytesView', new BytesView(new Uint8Array([0x61, 0x62, 0x63]), 1, 3)), '"bc"');
  assert.equal(toJson('Float', 1.5), '1.5');
  assert.equal(toJson('Char', 0x1f600), '"😀"');
  assert.equal(toJson('UInt64', 18446744073709551615n), '"18446744073709551615"');
  assert.equal(toJson('Int64', -5n), '"-5"');
  assert.equal(toJson('BigInt', 12n), '"12"');
  assert.equal(toJson('UInt', 4294967295), '4294967295');
  assert.equal(toJson('Int', -3), '-3');
  assert.equal(toJson('Int16', -3), '-3');
  assert.equal(toJson('UInt16', 3), '3');
  assert.equal(toJson('Byte', 255), '255');
  assert.equal(toJson('Bool', true), 'true');
  assert.equal(toJson('Double', -0), '0');
  assert.equal(toJson('Double', Infinity), '"Infinity"');
  assert.equal(toJson('Double', -Infinity), '"-Infinity"');
  assert.equal(toJson('Double', NaN), '"NaN"');
  assert.equal(toJson('Double', 1e21), '1e+21');
  assert.equal(toJson('Unit', undefined), 'null');
  assert.equal(toJson('String', 'a"'), '"a\\""');
  assert.equal(toJson('StringView', new StringView('abc', 1, 2)), '"b"');
  assert.equal(toJson('Array[Int]', [1, 2]), '[1,2]');
  assert.equal(toJson('FixedArray[Int]', []), '[]');
  assert.equal(toJson('ReadOnlyArray[Int]', [3]), '[3]');
  assert.equal(toJson('ArrayView[Int]', new ArrayView([1, 2, 3], 1, 3)), '[2,3]');
  let i = 0;
  assert.equal(toJson('Iter[Int]', new Iter(() => (i < 2 ? ++i : Iter.DONE))), '[1,2]');
  assert.equal(toJson('Map[Int, String]', new Map([[1, 'a'], [2, 'b']])), '{"1":"a","2":"b"}');
  assert.equal(toJson('@hashmap.HashMap[String, Int]', new Map([['k', 1]])), '{"k":1}');
  assert.equal(toJson('@hashset.HashSet[Int]', new Set([2, 1])), '[2,1]');
  assert.equal(toJson('@set.Set[Int]', new Set([3])), '[3]');
  assert.equal(toJson('Int??', new Some(new Some(1))), '[[1]]');
  assert.equal(toJson('Int??', new Some(None)), '[null]');
  assert.equal(toJson('Result[Int, String]', new Err('e')), '{"Err":"e"}');
  assert.equal(toJson('Result[Int, String]', new Ok(1)), '{"Ok":1}');
  assert.equal(toJson('(Int, String, Bool)', [1, 'a', true]), '[1,"a",true]');
  assert.equal(toJson('Json', J.NULL), 'null');
});

test('json_inspect compares the compact stringification', () => {
  const loc = new SourceLoc('doc.md', 1, 1, 1, 30);
  const dyn = { d: desc('Array', [desc('Int')]), v: [1, 2] };
  call('@json.json_inspect', dyn, new Some(J.array([J.number(1), J.number(2)])), loc);
  assert.throws(() => call('@json.json_inspect', dyn, new Some(J.array([J.number(1)])), loc), (e: InspectError) => e.expected === '[1]' && e.actual === '[1,2]');
  assert.throws(() => call('@json.json_inspect', dyn, None, loc), (e: InspectError) => e.expected === '""');
});

test('parse: a surrogate escape is accepted only as the first half of an escaped pair (newer core)', () => {
  const result = (input: string): string => {
    try {
      return `ok ${show(parse(input))}`;
    } catch (e) {
      return `err ${showOf(desc('@json.ParseError'), e)}`;
    }
  };
  assert.equal(result('"\\uD83D\\uDE00"'), 'ok String("\u{1F600}")'.replace('\\u{1F600}', '😀'));
  // Blamed at the backslash that opens the escape (column 1).
  assert.equal(result('"\\uD800"'), "err Invalid character '\\\\' at line 1, column 1");
  assert.equal(result('"\\uDC00x"'), "err Invalid character '\\\\' at line 1, column 1");
  assert.equal(result('"\\uD800\\u0041"'), "err Invalid character '\\\\' at line 1, column 1");
});
