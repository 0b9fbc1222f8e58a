// Unit tests of the translation: what the generated TypeScript says for the
// constructs where MoonBit and JavaScript differ. What the translation means
// is tested by running docs (semantics.test.ts); snapshots/ records what it
// says for docs/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanBlocks } from '../../../harness/markdown/index.ts';
import { translateDoc } from '../../../harness/translate/document.ts';
import { parseSurface } from '../../../binding/signatures.ts';
import { docPackageOf } from '../../../harness/corelib/packages.ts';
import { unknownPackageMessage } from '../../../harness/typing/diagnostics.ts';

// A small surface in the binding's own format, read by the binding's own parser.
const TABLE = parseSurface([
  '// ---- test ----',
  'pub fn async_context_new(UInt64) -> (Engine, WasmtimeStore, Context)',
  'pub fn spawn(Int, poll_sleep_us~ : Int = 1000) -> Int raise',
  'pub fn pending_fn() -> Unit',
  'pub const KIND : Int = 1',
].join('\n'));
const BINDING = { table: TABLE, exported: new Set(['async_context_new', 'spawn', 'KIND']) };
const IMPORTS = { runtime: 'RT', moonbit: 'MB', binding: 'B' };

function translate(markdown: string) {
  const { blocks } = scanBlocks(markdown, 'doc.md');
  return translateDoc({ file: 'doc.md', sourcePath: '/abs/doc.md', source: markdown, blocks, includeNocheck: false, binding: BINDING, imports: IMPORTS });
}

function body(code: string) {
  const out = translate('```mbt test\n' + code + '\n```\n');
  assert.deepEqual(out.diagnostics, []);
  return out.text;
}

test('integer literals take the type the binding signature expects', () => {
  const text = body('let (engine, store, context) = async_context_new(4 * 1024 * 1024)');
  // UInt64 values are bigints; their product goes through UInt64's Mul.
  assert.match(text, /\$b\.async_context_new\(\$op_UInt64_mul\(\$op_UInt64_mul\(4n, 1024n\), 1024n\)\)/);
  assert.match(text, /const \$op_UInt64_mul: any = \$d_UInt64\["Mul\.mul"\];/);
});

test('a destructured value is computed once', () => {
  const text = body('let (engine, store, context) = async_context_new(1)');
  assert.equal(text.match(/async_context_new/g)?.length, 1);
});

test('Int arithmetic wraps at 32 bits, Int64 goes through bigint helpers', () => {
  assert.match(body('let a = 1\nlet b = a + 2'), /const b: number = \(\(a \+ 2\) \| 0\);/);
  assert.match(body('let a = 1L\nlet b = a * 2'), /const b: bigint = \$op_Int64_mul\(a, 2n\);/);
});

test('labeled arguments become a trailing options object', () => {
  assert.match(body('let r = spawn(1, poll_sleep_us=5)'), /\$b\.spawn\(1, \{ poll_sleep_us: 5 \}\)/);
  assert.match(body('let r = spawn(1)'), /\$b\.spawn\(1\)/);
});

test('a name the signature table lists but the binding does not export fails at run time, by name', () => {
  assert.match(body('pending_fn()'), /\$rt\.notExported\("pending_fn"\)\(\)/);
});

test('constants of the binding are read from it', () => {
  assert.match(body('let k = KIND'), /const k: number = \$b\.KIND;/);
});

test('mistakes are diagnosed at their doc position before anything runs', () => {
  const cases: [string, RegExp, number, number][] = [
    ['let x = nope(1)', /unknown function `nope`/, 2, 9],
    ['spawn()', /missing argument: this takes 1 positional argument, but 0 are given/, 2, 1],
    ['spawn(1, sleep=2)', /no parameter is labeled `sleep`/, 2, 10],
    ['let x = 1\nx = 2', /not declared with `let mut`/, 3, 1],
    ['let v = 99999999999', /out of range for Int/, 2, 9],
    ['let (e, s, c) = async_context_new(1)\ninspect(e)', /type Engine does not implement trait Show/, 3, 9],
    ['let s = "x"\nlet n = s.no_such_method()', /type String has no method `no_such_method`/, 3, 11],
    // A core type declared `pub` (read-only) is matched anywhere but built only in its package.
    ['let j : Json = Null', /`Null` cannot be built here: Json is a read-only type of its package/, 2, 16],
    // Bitstring patterns read bytes, with fields of 1 to 64 bits; `..rest` takes whole bytes.
    ['let s = "ab"\nguard s is [u8be(c), ..] else { return }', /a bitstring pattern reads Bytes, .*, not String/, 3, 12],
    ['let a : Array[Int] = [1]\nguard a is [u8be(c), ..] else { return }', /not Array\[Int\]/, 3, 12],
    ['guard b"ab" is [u65be(v), ..] else { return }', /`u65be` reads no bit field: the width must be 1 to 64/, 2, 17],
    ['guard b"ab" is [u12le(v), ..] else { return }', /`u12le`: a little-endian field .* not supported by the harness/, 2, 17],
    ['guard b"ab" is [u4be(v), ..rest] else { return }', /`\.\.rest` takes whole bytes/, 2, 26],
    ['let n = match b"ab" { [u16be(v), ..] => 1; [] => 0 }', /does not cover every value: \[_\] is not matched/, 2, 9],
  ];
  for (const [code, message, line, column] of cases) {
    const out = translate('```mbt test\n' + code + '\n```\n');
    assert.equal(out.diagnostics.length, 1, code);
    const [d] = out.diagnostics;
    assert.match(d!.message, message, code);
    assert.deepEqual([d!.line, d!.column], [line, column], code);
    assert.match(out.text, /\$rt\.blockFailed\(/, 'the block becomes a failing test');
  }
});

// A method call resolves only to MoonBit methods: the properties every
// JavaScript object has are not methods of any MoonBit type.
test('JavaScript object properties are not MoonBit methods', () => {
  for (const name of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', '__defineGetter__']) {
    for (const [value, type] of [['"x"', 'String'], ['[1]', 'Array\\[Int\\]'], ['1', 'Int']] as const) {
      const out = translate(`\`\`\`mbt test\nlet v = ${value}\nlet n = v.${name}()\n\`\`\`\n`);
      assert.equal(out.diagnostics.length, 1, `${value}.${name}()`);
      assert.match(out.diagnostics[0]!.message, new RegExp(`type ${type} has no method \`${name}\``), `${value}.${name}()`);
    }
  }
});

test('nocheck and moonbit blocks are not translated unless asked; define blocks run no test', () => {
  const doc = '```mbt nocheck\nlet x = 1\n```\n\n```moonbit\nlet y = 2\n```\n\n```mbt\nfn f() -> Int { 1 }\n```\n';
  assert.deepEqual(translate(doc).tests, []);
  const { blocks } = scanBlocks(doc, 'doc.md');
  const all = translateDoc({ file: 'doc.md', sourcePath: '/abs/doc.md', source: doc, blocks, includeNocheck: true, binding: BINDING, imports: IMPORTS });
  assert.deepEqual(all.tests.map((t) => t.line), [1, 5]);
});

test('test names are stable: the test\'s own name or its heading path, an ordinal when taken, no line numbers', () => {
  const doc = (prose: string) => translate(`# Top\n\n${prose}## Section A\n\n\`\`\`mbt test\nlet x = 1\n\`\`\`\n\n\`\`\`mbt test\nlet x = 2\n\`\`\`\n\n\`\`\`mbt check\ntest "named" {\n  let y = 2\n}\ntest {\n  let z = 3\n}\n\`\`\`\n\n## B\n\n\`\`\`mbt test\nlet w = 1\n\`\`\`\n`);
  const names = ['Top › Section A', 'Top › Section A (2)', 'named', 'Top › Section A (3)', 'Top › B'];
  assert.deepEqual(doc('').tests.map((t) => t.name), names);
  assert.deepEqual(doc('Some prose\n\nand more.\n\n').tests.map((t) => t.name), names, 'prose above renames nothing');
});

test('the generated module carries a source map into the doc', () => {
  const out = translate('```mbt test\nlet x = 1\n```\n');
  const map = /sourceMappingURL=data:application\/json;base64,(\S+)/.exec(out.code);
  assert.ok(map);
  const json = JSON.parse(Buffer.from(map[1]!, 'base64').toString('utf8'));
  assert.deepEqual(json.sources, ['/abs/doc.md']);
  assert.ok(json.mappings.length > 0);
});

test('a refused definition leaks nothing: its locals are unknown later, and a use of it is refused at the use', () => {
  const out = translate([
    '```mbt', 'fn f(p : Int) -> Int {', '  let z = p', '  nosuch()', '}', '```', '',
    '```mbt test', 'inspect(z + p, content="2")', '```', '',
    '```mbt test', 'let r = try? f(1)', 'inspect(r, content="Ok(1)")', '```', '',
  ].join('\n'));
  assert.deepEqual(out.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`), [
    '4:3 unknown function `nosuch`',
    '9:9 unknown value `z` (did you mean `f`?)',
    '13:14 this block uses a definition from another block that failed to check (unknown function `nosuch`)',
  ]);
  assert.ok(out.tests.every((t) => t.refused), 'every block fails with its diagnostic');
});

test('a doc in core\'s layout tests the package its folders name; its alias means that package there', () => {
  assert.equal(docPackageOf('/src/core/immut/array'), 'immut/array');
  assert.equal(docPackageOf('/src/core/encoding/utf8'), 'encoding/utf8');
  assert.equal(docPackageOf('/src/core/array'), 'array');
  assert.equal(docPackageOf('/home/me/lib'), 'lib');
  const doc = '```mbt check\ntest {\n  inspect(@array.zip_with([1, 2], [10, 20], (a, b) => a + b), content="[11, 22]")\n}\n```\n';
  const inPackage = (docPackage: string) => {
    const { blocks } = scanBlocks(doc, 'doc.mbt.md');
    return translateDoc({ file: 'doc.mbt.md', sourcePath: '/abs/doc.mbt.md', source: doc, blocks, includeNocheck: false, binding: BINDING, imports: IMPORTS, docPackage });
  };
  // In @immut/array's own doc, `@array` is @immut/array, which the table lacks: refused, not run as the top-level @array.
  assert.deepEqual(inPackage('immut/array').diagnostics.map((d) => [d.line, d.column, d.message]), [
    [3, 11, 'core package `@immut/array` is not supported by the harness yet'],
  ]);
  assert.deepEqual(inPackage('array').diagnostics, []);
});

test('a core package the table lacks is named as one; any other unknown package is unknown', () => {
  assert.equal(unknownPackageMessage('quickcheck'), 'core package `@quickcheck` is not supported by the harness yet');
  assert.equal(unknownPackageMessage('splitmix'), 'core package `@quickcheck/splitmix` is not supported by the harness yet');
  assert.equal(unknownPackageMessage('nosuch'), 'unknown package `@nosuch`');
});

test('a test takes only a @test.T parameter; a bench test is refused by name', () => {
  const out = translate([
    '```mbt check', 'test "b" (b : @bench.T) {', '  b.keep(1)', '}', '```', '',
    '```mbt check', 'test "x" (x : Int) {', '  ignore(x)', '}', '```', '',
    '```mbt check', 'test "t" (t : @test.T) {', '  t.write("a")', '}', '```', '',
  ].join('\n'));
  assert.deepEqual(out.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`), [
    '2:15 bench tests (`test (b : @bench.T)`) are not supported by the harness yet',
    '8:15 a test\'s parameter is `@test.T` (or `@bench.T`), not Int',
  ]);
});

test('derive(Default) of an enum needs exactly one constructor without fields, as moon (E4078)', () => {
  const out = translate('```mbt check\nenum Color {\n  Red\n  Green(Int)\n  Blue\n} derive(Default)\n```\n');
  assert.deepEqual(out.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`), [
    '2:6 cannot derive Default for enum Color: Red and Blue are both candidates as default constructor',
  ]);
});

test('a doc trait implemented for a core type gives it no dot method, as moon (E4015); Trait::m(x) reaches it', () => {
  const doc = '```mbt check\ntrait Label {\n  label(Self) -> String\n}\n\nimpl Label for Int with label(self) {\n  self.to_string()\n}\n\ntest {\n  ignore(Label::label(1))\n  ignore((1).label())\n}\n```\n';
  assert.deepEqual(translate(doc).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`), ['12:14 type Int has no method `label`']);
});

test('derive options (ToJson(rename_fields=...)) are refused by name, not ignored', () => {
  const out = translate('```mbt check\nstruct A {\n  my_field : Int\n} derive(ToJson(rename_fields="camelCase"))\n```\n');
  assert.deepEqual(out.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`), [
    '4:10 derive options (`ToJson(...)`) are not supported by the harness yet',
  ]);
});

test('the newer <+ write operator is refused by name at its position', () => {
  const out = translate('```mbt test\nlet buf = StringBuilder::new()\nbuf <+ "x"\n```\n');
  assert.deepEqual(out.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`), [
    '3:1 the `<+` write operator (`logger <+ text`) is not supported by the harness yet',
  ]);
});

test('ranges leaving a gap in their type are a partial match, as moon (E0011)', () => {
  const out = translate('```mbt check\nfn f(x : Int) -> Int {\n  match x {\n    _..<0 => 1\n    1..<_ => 2\n  }\n}\n```\n');
  assert.deepEqual(out.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`), [
    '3:3 this match does not cover every value: _ is not matched (MoonBit rejects a partial match)',
  ]);
});
