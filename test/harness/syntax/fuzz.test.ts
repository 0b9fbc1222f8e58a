import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MoonBitSyntaxError, parseProgram, parseStatements, parseType } from '../../../harness/syntax/index.ts';

/** Everyday statements (the performance test parses these). */
const BASIC_SAMPLES = [
  'let x = 1\nlet mut y : Int = x + 2 * 3\ny += 1\ninspect(y, content="8")',
  'fn f(a : Int, b~ : Int = 2, c? : String) -> Int raise E {\n  if a > b { a } else if a == b { 0 } else { b }\n}',
  'match v {\n  Some(x) if x > 0 => x\n  Ok(()) => 1\n  [a, .., z] => a + z\n  A | B as q => 2\n  _ => {\n    // none\n  }\n}',
  'for i = 0, j = 1; i < n; i = i + 1 { continue }\nfor k, v in m { break }\nwhile a { } else { }',
  'let s = "a\\{f(x, "b\\{y}")}c\\n\\u{1F600}"\nlet t =\n  #|raw \\{no}\n  $|esc \\{yes}\\t\nlet b = b"\\x00\\o017"',
  'try { f() } catch { E(m) => m } noraise { v => v }\nlet r = try? g()\nloop 0, xs { acc, [] => break acc\n acc, [x, ..r] => continue acc + x, r }',
  'let f = (x, y) => x |> g(y)\nlet h = fn(a : Int) -> Int { a }\nxs.map(x => x * 2).filter(fn(x) { x > 1 })\n  .length()',
  'test "t" { let (a, b) = (1, 2); assert_eq(a, -b..<3) }\n///|\npub fn main { @pkg.f(label~, opt?=None, Type::new(0x1FUL)) }',
];

/** Statements with the less common constructs. */
const SAMPLES = [
  ...BASIC_SAMPLES,
  'let r = { ..p, x: 1, y }\nlet m = { "a": [1, -2.5], "b": {} }\nlet s = a[1:] + a[:2]\nbuf..write(1)..write(2)\nguard o is Some({ x, .. }) else { return }\ndefer f()',
  'let c = [for i in 0..<=n if i is 1..<3 => i * 2]\nlet it = [|1, ..xs|]\nouter~: for x in xs; acc = 0 { continue outer~ acc + x } nobreak { acc }\nlet d = try! g() |> h\nlet b = s =~ (re"a+" as m, after~)',
  'lexmatch s with longest {\n  ("[0-9]+" as n, rest) => n\n  ("a" ("b*" as b) "c", _) => b\n  _ => ...\n}\nmatch v { [.."ab", u8(x), ..rest] => 1; { "k"? : v, .. } => 2; (n : Int) => 3; ... }',
];

/** Declarations: top-level items only. */
const PROGRAM_SAMPLES = [
  '#deprecated("x")\npub(all) struct P[T] {\n  mut x : T\n} derive(Show, ToJson(style="flat"))\nenum E { A(Int, l~ : P[Int]); B = 2 }\nsuberror Err { Bad(String) }',
  'pub(open) trait Tr : Show { m(Self, x~ : Int) -> Int = _ }\nimpl[T : Show] Tr for Box[T] with m(self, x~) { x }\nfn[T] Box::get(self : Self[T]) -> T raise? { self.v }\nextern "js" fn now() -> Double = "() => 0"',
];

const specBlocks = (() => {
  const md = readFileSync(fileURLToPath(new URL('../../fixtures/spec/API.md', import.meta.url)), 'utf8');
  return [...md.matchAll(/^```mbt[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
})();

const INSERTS = ['(', ')', '{', '}', '[', ']', '"', "'", '\\', '\n', ';', ',', '=>', '..', '.', '#|', '$|', '\\{', '@', '~', '?', '|', '-', 'let', 'fn', 'match', 'if', '0x', '1.', '/*', '\u0000', '😀', 'b"', "b'", 're"', '#', '[|', '|]', '=~', '<|', '>..', '..<=', '::', '&', 'is', 'as', 'guard', 'struct', 'impl', 'with', 'for'];

/** Deterministic PRNG (mulberry32). */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(src: string, r: () => number): string {
  const pos = Math.floor(r() * (src.length + 1));
  const k = r();
  if (k < 0.3) return src.slice(0, pos); // truncation
  if (k < 0.55) return src.slice(0, pos) + src.slice(pos + 1 + Math.floor(r() * 4)); // deletion
  if (k < 0.85) return src.slice(0, pos) + INSERTS[Math.floor(r() * INSERTS.length)] + src.slice(pos); // insertion
  const other = Math.floor(r() * (src.length + 1)); // swap two characters
  const chars = [...src];
  const a = chars[pos % Math.max(chars.length, 1)];
  const b = chars[other % Math.max(chars.length, 1)];
  if (a !== undefined && b !== undefined) {
    chars[pos % chars.length] = b;
    chars[other % chars.length] = a;
  }
  return chars.join('');
}

// Speed is the benchmarks' business (npm run bench); these check only that
// bad input ends in a located syntax error, never another exception.
function check(src: string, parse: (s: string) => unknown): 'ok' | 'error' {
  try {
    parse(src);
    return 'ok';
  } catch (e) {
    if (!(e instanceof MoonBitSyntaxError)) {
      assert.fail(`non-syntax error ${String(e)} for input ${JSON.stringify(src.slice(0, 200))}`);
    }
    const { line, column, offset } = e.position;
    assert.ok(line >= 1 && column >= 1 && offset >= 0 && offset <= src.length, `bad position for ${JSON.stringify(src.slice(0, 200))}`);
    return 'error';
  }
}

test('every truncation of valid programs fails cleanly or parses', () => {
  for (const s of [...SAMPLES, ...PROGRAM_SAMPLES, ...specBlocks.slice(0, 4)]) {
    for (let i = 0; i <= s.length; i++) {
      check(s.slice(0, i), parseStatements);
      check(s.slice(0, i), parseProgram);
    }
  }
});

test('random mutations only ever throw MoonBitSyntaxError', () => {
  const r = rng(12345);
  const pool = [...SAMPLES, ...PROGRAM_SAMPLES, ...specBlocks];
  let errors = 0;
  for (let n = 0; n < 4000; n++) {
    let src = pool[Math.floor(r() * pool.length)]!;
    const times = 1 + Math.floor(r() * 3);
    for (let k = 0; k < times; k++) src = mutate(src, r);
    if (check(src, n % 2 ? parseStatements : parseProgram) === 'error') errors++;
  }
  assert.ok(errors > 1000, 'mutations should mostly be rejected');
});

test('random type strings', () => {
  const r = rng(99);
  const types = ['UInt64', 'Array[(String, String)]', 'Result[Unit, Error]', '(Engine, WasmtimeStore, Context)', '(Int) -> Int? raise E', '@test.T'];
  for (let n = 0; n < 1000; n++) check(mutate(types[n % types.length]!, r), parseType);
});

test('pathological nesting is an error, not a stack overflow', () => {
  for (const open of ['(', '[', '{', '-', '!', 'f(', 'Some(', 'if a {', '"\\{']) {
    const src = open.repeat(20000);
    assert.equal(check(src, parseStatements), 'error', open);
  }
  assert.equal(check('Array['.repeat(20000), parseType), 'error');
  assert.equal(check('match x { ' + 'Some('.repeat(5000) + ' => 1 }', parseStatements), 'error');
});
