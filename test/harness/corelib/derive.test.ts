// derive(Show, Debug, Eq, Compare, Hash, Default, ToJson, FromJson) for
// structs, tuple structs, enums and suberrors. Every expected value was
// printed by the real MoonBit compiler for the same declarations
// (/tmp/moonbit-oracle); hashes with `Hasher::new(seed=0)`, the seed of
// moon's default backend.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { desc, type Desc } from '../../../harness/runtime/desc.ts';
import { MoonBitError, SourceLoc } from '../../../harness/runtime/core-values.ts';
import { AssertionFailed, None, Some } from '../../../harness/runtime/values.ts';
import { deriveImpls, registerDerived, type Ctor, type TypeShape } from '../../../harness/runtime/derive.ts';
import * as J from '../../../harness/corelib/support/json.ts';
import type { JsonPath } from '../../../harness/corelib/support/json-path.ts';
import type { Repr } from '../../../harness/corelib/support/repr.ts';
import { render } from '../../../harness/corelib/support/pretty.ts';
import { CORE_MODULES } from '../../../harness/corelib/index.ts';
import { installStubs, registerModule, stringMap } from './stubs.ts';

installStubs();
for (const m of CORE_MODULES) registerModule(m);

const ALL = ['Show', '@debug.Debug', 'Eq', 'Compare', 'Hash', 'Default', 'ToJson', 'FromJson'];
const Int = desc('Int');
const Str = desc('String');

function enumShape(name: string, ctors: (...args: Desc[]) => Ctor[], error = false): TypeShape {
  const constants = new Map<number, unknown>();
  let cache: Ctor[] | undefined;
  return {
    kind: 'enum',
    name,
    ctors: (...args) => (cache ??= ctors(...args)),
    make: (i, values) => {
      const c = cache![i]!;
      if (error) return new MoonBitError(name, c.name, values);
      if (c.fields.length === 0) {
        if (!constants.has(i)) constants.set(i, Object.freeze({ $c: c.name }));
        return constants.get(i);
      }
      return Object.fromEntries([['$c', c.name], ...values.map((v, k) => [`_${k}`, v])]);
    },
  };
}

// struct P { x : Int; y : String } derive(...all)
registerDerived('P', { kind: 'struct', name: 'P', fields: () => [{ name: 'x', desc: Int }, { name: 'y', desc: Str }] }, ALL);
// struct T1(Int, String), struct T0(Int)
registerDerived('T1', { kind: 'tuple', name: 'T1', fields: () => [Int, Str] }, ALL);
registerDerived('T0', { kind: 'tuple', name: 'T0', fields: () => [Int] }, ALL);
// struct U {}
registerDerived('U', { kind: 'struct', name: 'U', fields: () => [] }, ALL);
// enum E { A; B(Int); C(Int, x~ : String); D(p~ : P) } derive(all but Default)
registerDerived(
  'E',
  enumShape('E', () => [
    { name: 'A', fields: [] },
    { name: 'B', fields: [{ desc: Int }] },
    { name: 'C', fields: [{ desc: Int }, { label: 'x', desc: Str }] },
    { name: 'D', fields: [{ label: 'p', desc: desc('P') }] },
  ]),
  ALL.filter((t) => t !== 'Default'),
);
// enum F { F1; F2(Int) } derive(Default, Show)
registerDerived('F', enumShape('F', () => [{ name: 'F1', fields: [] }, { name: 'F2', fields: [{ desc: Int }] }]), ['Default', 'Show']);
// struct N { s : String; c : Char; o : Int?; a : Array[String]; m : Map[String, Int]; u : Unit; d : Double }
registerDerived(
  'N',
  {
    kind: 'struct',
    name: 'N',
    fields: () => [
      { name: 's', desc: Str },
      { name: 'c', desc: desc('Char') },
      { name: 'o', desc: desc('Option', [Int]), optional: true },
      { name: 'a', desc: desc('Array', [Str]) },
      { name: 'm', desc: desc('Map', [Str, Int]) },
      { name: 'u', desc: desc('Unit') },
      { name: 'd', desc: desc('Double') },
    ],
  },
  ['Show', 'ToJson', 'FromJson', 'Default'],
);
// enum K { C4(Int, x~ : String, y~ : Int, Int); K1(k~ : Int?, Int?); L(Int?) }
registerDerived(
  'K',
  enumShape('K', () => [
    { name: 'C4', fields: [{ desc: Int }, { label: 'x', desc: Str }, { label: 'y', desc: Int }, { desc: Int }] },
    { name: 'K1', fields: [{ label: 'k', desc: desc('Option', [Int]), optional: true }, { desc: desc('Option', [Int]), optional: true }] },
    { name: 'L', fields: [{ desc: desc('Option', [Int]), optional: true }] },
  ]),
  ['Show', 'ToJson', 'FromJson'],
);
// struct G[T] { v : T } derive(Show, Debug, FromJson): field types come from the argument.
registerDerived('G', { kind: 'struct', name: 'G', fields: (T) => [{ name: 'v', desc: T! }] }, ['Show', 'Debug', 'FromJson']);
// struct Tree { kids : Array[Tree] } derive(Debug, Eq): a field of its own type.
registerDerived('Tree', { kind: 'struct', name: 'Tree', fields: () => [{ name: 'kids', desc: desc('Array', [desc('Tree')]) }] }, [
  'Debug',
  'Eq',
]);

const P = desc('P');
const E = desc('E');
const p = (x: number, y: string) => ({ x, y });
const B = (n: number) => ({ $c: 'B', _0: n });
const A = (E['FromJson.from_json'] as (j: J.Json, p: JsonPath) => unknown)(J.string('A'), { $c: 'Root' });
const C = (n: number, x: string) => ({ $c: 'C', _0: n, _1: x });
const D = (q: unknown) => ({ $c: 'D', _0: q });

const m = <F extends (...a: never[]) => unknown>(d: Desc, key: string) => d[key] as F;
const show = (d: Desc, x: unknown) => m<(x: unknown) => string>(d, 'Show.to_string')(x);
const debug = (d: Desc, x: unknown) => render(m<(x: unknown) => Repr>(d, 'Debug.to_repr')(x));
const toJson = (d: Desc, x: unknown) => J.stringify(m<(x: unknown) => J.Json>(d, 'ToJson.to_json')(x), false, 0, undefined);
const parse = (s: string) => (CORE_MODULES.find((x) => x.pkg === 'json')!.fns['@json.parse']!.impl as (s: string, d?: number) => J.Json)(s);

/** `ok <Show>` or `err <path> <message>`, as the oracle printed decode results. */
function decode(d: Desc, json: string): string {
  try {
    return `ok ${show(d, m<(j: J.Json, p: JsonPath) => unknown>(d, 'FromJson.from_json')(parse(json), { $c: 'Root' }))}`;
  } catch (e) {
    assert.ok(e instanceof MoonBitError && e.type === '@json.JsonDecodeError', String(e));
    const [path, msg] = e._0 as [JsonPath, string];
    return `err ${show(desc('@json.JsonPath'), path)} ${msg}`;
  }
}

test('Show', () => {
  assert.equal(show(P, p(1, 'a"')), '{x: 1, y: "a\\""}');
  assert.equal(show(desc('T1'), { _0: 1, _1: 's' }), 'T1(1, "s")');
  assert.equal(show(desc('T0'), { _0: 1 }), 'T0(1)');
  assert.equal([A, B(1), C(2, 's'), D(p(1, 'q'))].map((x) => show(E, x)).join(', '), 'A, B(1), C(2, x="s"), D(p={x: 1, y: "q"})');
  assert.equal(show(desc('U'), {}), '{}');
  const n = { s: 's', c: 0x63, o: new Some(1), a: ['x'], m: stringMap([['k', 1]]), u: undefined, d: 1.5 };
  assert.equal(show(desc('N'), n), '{s: "s", c: \'c\', o: Some(1), a: ["x"], m: {"k": 1}, u: (), d: 1.5}');
});

test('Debug', () => {
  assert.equal(debug(P, p(1, 'a')), '{ x: 1, y: "a" }');
  assert.equal(debug(desc('T1'), { _0: 1, _1: 's' }), 'T1(1, "s")');
  assert.equal(debug(desc('Array', [E]), [A, B(1), C(2, 's'), D(p(1, 'q'))]), '[A, B(1), C(2, x="s"), D(p={ x: 1, y: "q" })]');
  assert.equal(debug(desc('G', [desc('Array', [Int])]), { v: [1] }), '{ v: [1] }');
  assert.equal(debug(desc('U'), {}), '{}');
  assert.equal(debug(desc('Tree'), { kids: [{ kids: [] }, { kids: [{ kids: [] }] }] }), '{ kids: [{ kids: [] }, { kids: [{ kids: [] }] }] }');
});

test('Eq and Compare: constructor first, then fields in order', () => {
  const eq = m<(a: unknown, b: unknown) => boolean>(E, 'Eq.equal');
  assert.ok(eq(C(1, 'b'), C(1, 'b')));
  assert.ok(!eq(C(1, 'b'), C(1, 'a')));
  assert.ok(!eq(A, B(0)));
  assert.ok(eq(A, A));
  assert.ok(m<(a: unknown, b: unknown) => boolean>(desc('Tree'), 'Eq.equal')({ kids: [{ kids: [] }] }, { kids: [{ kids: [] }] }));
  const cmp = m<(a: unknown, b: unknown) => number>(P, 'Compare.compare');
  assert.equal(cmp(p(1, 'b'), p(1, 'a')), 1);
  assert.equal(cmp(p(1, 'b'), p(2, 'a')), -1);
  assert.equal(cmp(p(1, 'b'), p(1, 'b')), 0);
  const ecmp = m<(a: unknown, b: unknown) => number>(E, 'Compare.compare');
  assert.equal(ecmp(B(5), A), 1);
  assert.equal(ecmp(A, B(5)), -1);
  assert.equal(ecmp(C(1, 'b'), B(5)), 1);
  assert.equal(ecmp(C(1, 'b'), C(1, 'a')), 1);
  assert.equal(ecmp(D(p(0, '')), A), 1);
});

test('Hash combines the constructor index, then the fields', () => {
  const hash = (d: Desc, x: unknown) => m<(x: unknown) => number>(d, 'Hash.hash')(x);
  assert.equal(hash(P, p(1, 'b')), -384458007);
  assert.equal(hash(desc('T1'), { _0: 1, _1: 'b' }), -384458007);
  assert.equal(hash(desc('T0'), { _0: 1 }), -205818221);
  assert.equal(hash(E, A), 148298089);
  assert.equal(hash(E, B(1)), 530203256);
  assert.equal(hash(E, C(1, 's')), 1016499174);
  assert.equal(hash(desc('U'), {}), 46947589);
});

test('Default', () => {
  const dflt = (d: Desc) => m<() => unknown>(d, 'Default.default')();
  assert.equal(show(desc('N'), dflt(desc('N'))), "{s: \"\", c: '\\u{00}', o: None, a: [], m: {}, u: (), d: 0}");
  assert.equal(show(P, dflt(P)), '{x: 0, y: ""}');
  assert.equal(show(desc('T1'), dflt(desc('T1'))), 'T1(0, "")');
  assert.equal(show(desc('F'), dflt(desc('F'))), 'F1');
  assert.equal(dflt(desc('F')), dflt(desc('F')));
  const noConstant = deriveImpls(enumShape('Z', () => [{ name: 'Z1', fields: [{ desc: Int }] }]), ['Default']);
  assert.throws(() => noConstant.Default!().default!(), /cannot find a constant constructor/);
});

test('ToJson', () => {
  assert.equal(toJson(P, p(1, 'b')), '{"x":1,"y":"b"}');
  assert.equal(toJson(desc('T1'), { _0: 1, _1: 'b' }), '["T1",1,"b"]');
  assert.equal(toJson(desc('T0'), { _0: 1 }), '["T0",1]');
  assert.equal(toJson(E, A), '"A"');
  assert.equal(toJson(E, B(1)), '["B",1]');
  assert.equal(toJson(E, C(1, 's')), '["C",1,{"x":"s"}]');
  assert.equal(toJson(E, D(p(1, 'q'))), '["D",{"p":{"x":1,"y":"q"}}]');
  assert.equal(toJson(desc('U'), {}), '{}');
  const n = (o: unknown) => ({ s: 's', c: 0x63, o, a: ['x'], m: stringMap([['k', 1]]), u: undefined, d: 1.5 });
  assert.equal(toJson(desc('N'), n(new Some(1))), '{"s":"s","c":"c","o":1,"a":["x"],"m":{"k":1},"u":null,"d":1.5}');
  assert.equal(toJson(desc('N'), n(None)), '{"s":"s","c":"c","a":["x"],"m":{"k":1},"u":null,"d":1.5}');
  const K = desc('K');
  assert.equal(toJson(K, { $c: 'C4', _0: 1, _1: 's', _2: 2, _3: 3 }), '["C4",1,3,{"x":"s","y":2}]');
  assert.equal(toJson(K, { $c: 'K1', _0: None, _1: None }), '["K1",null,{}]');
  assert.equal(toJson(K, { $c: 'K1', _0: new Some(1), _1: new Some(2) }), '["K1",[2],{"k":1}]');
  assert.equal(toJson(K, { $c: 'L', _0: new Some(2) }), '["L",[2]]');
});

test('FromJson of structs: object fields, optional fields, missing fields', () => {
  const rows: [string, string][] = [
    ['{"x": 1, "y": "a"}', 'ok {x: 1, y: "a"}'],
    ['{"x": 1, "y": "a", "z": 3}', 'ok {x: 1, y: "a"}'],
    ['{"x": 1}', 'err  Missing field y'],
    ['{"y": "a"}', 'err  Missing field x'],
    ['{}', 'err  Missing field y'],
    ['{"x": "1", "y": "a"}', 'err /x Int::from_json: expected number'],
    ['{"y": 5}', 'err /y String::from_json: expected string'],
    ['{"y": "b", "x": "bad"}', 'err /x Int::from_json: expected number'],
    ['[1]', 'err  Expected object to deserialize P'],
    ['null', 'err  Expected object to deserialize P'],
  ];
  for (const [json, expected] of rows) assert.equal(decode(P, json), expected, json);
  const N = desc('N');
  const full = '"s": "s", "c": "c", "a": ["x"], "m": {"k": 1}, "u": null, "d": 1.5';
  assert.equal(decode(N, `{${full}}`), 'ok {s: "s", c: \'c\', o: None, a: ["x"], m: {"k": 1}, u: (), d: 1.5}');
  assert.equal(decode(N, `{${full}, "o": 3}`), 'ok {s: "s", c: \'c\', o: Some(3), a: ["x"], m: {"k": 1}, u: (), d: 1.5}');
  assert.equal(decode(N, `{${full}, "o": null}`), 'err /o Int::from_json: expected number');
  assert.equal(decode(desc('G', [Int]), '1'), 'err  Expected object to deserialize G');
  assert.equal(decode(desc('G', [Int]), '{"v": 2}'), 'ok {v: 2}');
});

test('FromJson of tuple structs and enums', () => {
  const rows: [Desc, string, string][] = [
    [desc('T1'), '["T1", 1, "b"]', 'ok T1(1, "b")'],
    [desc('T1'), '["X", 1, "b"]', 'ok T1(1, "b")'],
    [desc('T1'), '[1, "b"]', 'err  Expected array to deserialize T1'],
    [desc('T1'), '"T1"', 'err  Expected array to deserialize T1'],
    [desc('T0'), '["T0", 1]', 'ok T0(1)'],
    [desc('T0'), '1', 'err  Expected array to deserialize T0'],
    [E, '"A"', 'ok A'],
    [E, '["A"]', 'ok A'],
    [E, '["A", 1]', 'ok A'],
    [E, '["B", 1]', 'ok B(1)'],
    [E, '["B", "x"]', 'err /1 Int::from_json: expected number'],
    [E, '["B"]', 'err  Expected array to deserialize enum E constructor B when derserializing E'],
    [E, '["B", 1, 2]', 'err  Expected array to deserialize enum E constructor B when derserializing E'],
    [E, '"B"', 'err  Expected array to deserialize enum E constructor B when derserializing E'],
    [E, '["C", 1, {"x": "s"}]', 'ok C(1, x="s")'],
    [E, '["C", 1, {"y": "s"}]', 'err  Missing positional field 1 when derserializing E'],
    [E, '["C", 1]', 'err  Expected array to deserialize enum E constructor C when derserializing E'],
    [E, '["Z", 1]', 'err  Unknown enum constructor Z when deserializing E'],
    [E, '"Z"', 'err  Unknown enum constructor Z when deserializing E'],
    [E, '1', 'err  Expected string or array for tag in enum when derserializing E'],
    [E, '{"B": 1}', 'err  Expected string or array for tag in enum when derserializing E'],
    [E, '[1, 2]', 'err  Expected string tag at array[0] when derserializing E'],
    [E, '[]', 'err  Missing tag in array[0] when derserializing E'],
    [E, '["D", {"p": {"x": 1, "y": "q"}}]', 'ok D(p={x: 1, y: "q"})'],
    [E, '["D", {"p": {"x": 1}}]', 'err /1/p Missing field y'],
  ];
  for (const [d, json, expected] of rows) assert.equal(decode(d, json), expected, json);
  const K = desc('K');
  const krows: [string, string][] = [
    ['["C4", 1, 3, {"x": "s", "y": 2}]', 'ok C4(1, x="s", y=2, 3)'],
    ['["C4", 1, 3, {"x": "s"}]', 'err  Missing positional field 2 when derserializing K'],
    ['["C4", 1, 3, {"y": 2}]', 'err  Missing positional field 1 when derserializing K'],
    ['["C4", 1, 3, {}]', 'err  Missing positional field 2 when derserializing K'],
    ['["C4", 1, 3, 4]', 'err /3 Expected object to deserialize enum K constructor C4 when derserializing K'],
    ['["C4", 1, 3, {"x": 1, "y": 2}]', 'err /3/x String::from_json: expected string'],
    ['["C4", "bad", "bad", {"x": 1}]', 'err /1 Int::from_json: expected number'],
    ['["C4", 1, "bad", {}]', 'err /2 Int::from_json: expected number'],
    ['["C4", 1, "bad", 5]', 'err /2 Int::from_json: expected number'],
    ['["C4", 1, 2, {"y": "bad"}]', 'err /3/y Int::from_json: expected number'],
    ['["C4", 1, 2, {"y": "bad", "x": 1}]', 'err /3/x String::from_json: expected string'],
    ['["C4", 1, 2, 3, 4]', 'err  Expected array to deserialize enum K constructor C4 when derserializing K'],
    ['["K1", null, {}]', 'ok K1(k=None, None)'],
    ['["K1", null, {"k": null}]', 'err /2/k Int::from_json: expected number'],
    ['["K1", null, {"k": 1}]', 'ok K1(k=Some(1), None)'],
    ['["K1", {"k": 1}, 2]', 'err /1 Option::from_json: expected array or null'],
    ['["L", null]', 'ok L(None)'],
    ['["L", 5]', 'err /1 Option::from_json: expected array or null'],
    ['["L"]', 'err  Expected array to deserialize enum K constructor L when derserializing K'],
  ];
  for (const [json, expected] of krows) assert.equal(decode(K, json), expected, json);
});

test('suberrors derive like enums; @debug.assert_eq diffs derived values', () => {
  registerDerived('MyError', enumShape('MyError', () => [{ name: 'MyError', fields: [{ desc: Int }] }], true), ['ToJson', 'Show']);
  const e = new MoonBitError('MyError', 'MyError', [42]);
  assert.equal(toJson(desc('Error'), e), '["MyError",42]');
  assert.equal(show(desc('Error'), e), 'MyError(42)');
  registerDerived('Q', { kind: 'struct', name: 'Q', fields: () => [{ name: 'x', desc: Int }, { name: 'y', desc: desc('Array', [Int]) }] }, [
    'Eq',
    'Debug',
  ]);
  const assertEq = CORE_MODULES.find((x) => x.pkg === 'debug')!.fns['@debug.assert_eq']!.impl as (...a: unknown[]) => void;
  const loc = new SourceLoc('doc.md', 12, 13, 12, 73);
  assert.throws(
    () => assertEq(desc('Q'), { x: 1, y: [1, 2] }, { x: 2, y: [1, 3] }, None, loc),
    (err: AssertionFailed) =>
      err.message === 'doc.md:12:13-12:73@doctest FAILED: `{ x: 1, y: [1, 2] } != { x: 2, y: [1, 3] }`\ndiff:\n{ x: -1 +2, y: [1, -2 +3] }',
  );
  const testEq = CORE_MODULES.find((x) => x.pkg === 'test')!.fns['@test.assert_not_eq']!.impl as (...a: unknown[]) => void;
  assert.throws(
    () => testEq(desc('Q'), { x: 1, y: [1] }, { x: 1, y: [1] }, None, loc),
    (err: AssertionFailed) => err.message === 'doc.md:12:13-12:73@doctest FAILED: `{ x: 1, y: [1] } == { x: 1, y: [1] }`',
  );
});
