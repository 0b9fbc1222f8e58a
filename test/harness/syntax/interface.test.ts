// parseInterface: MoonBit interface (.mbti) text, as `moon info` writes it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseInterface } from '../../../harness/syntax/index.ts';
import { strip, syntaxError } from './helpers.ts';

const SAMPLE = `// Generated using \`moon info\`, DON'T EDIT IT
package "example/shapes"

import {
  "moonbitlang/core/debug",
  "example/util" @u,
}

// Values
pub const LIMIT : Int = 3

pub let origin : Point

#callsite(autofill(loc))
pub fn[T : Show + Eq] check(T, T, msg? : String, loc~ : SourceLoc) -> Unit raise

pub fn f(Int, label~ : String, opt? : Int = ..) -> Int raise Error

// Errors
pub(all) suberror ShapeError String

pub suberror Invalid {
  TooBig(Int)
  Empty
} derive(Eq, @debug.Debug)

// Types and methods
pub(all) struct Point {
  x : Int
  mut y : Int
} derive(Show)
pub fn Point::norm(Self) -> Int
pub fn[T] Point::map(Self, (Int) -> T raise?) -> Array[T] raise?
pub impl Show for Point

pub(all) enum Shape {
  Dot
  Circle(Point, radius~ : Double)
}

type Handle
pub impl[T : Show] Show for Array[T]

pub typealias Point as P

// Traits
pub(open) trait Area : Show {
  area(Self) -> Double
  describe(Self) -> String = _
}
`;

test('package, imports, values, functions without parameter names', () => {
  const i = parseInterface(SAMPLE) as any;
  assert.equal(i.kind, 'Interface');
  assert.equal(i.package, 'example/shapes');
  assert.deepEqual(i.imports.map((x: any) => [x.path, x.alias]), [['moonbitlang/core/debug', undefined], ['example/util', 'u']]);
  const kinds = i.items.map((d: any) => d.kind);
  assert.deepEqual(kinds, [
    'ConstItem', 'LetDecl', 'FnDecl', 'FnDecl', 'SuberrorItem', 'SuberrorItem', 'StructItem', 'FnDecl', 'FnDecl',
    'ImplItem', 'EnumItem', 'TypeItem', 'ImplItem', 'TypeAliasItem', 'TraitItem',
  ]);
  const [, origin, check, f] = i.items;
  assert.deepEqual([origin.name, origin.type.name], ['origin', 'Point']);
  assert.deepEqual([check.attrs[0].name, check.sig.name, check.sig.typeParams[0].bounds.length, check.sig.raises], ['callsite', 'check', 2, 'any']);
  assert.deepEqual(strip(f.sig.params), [
    { kind: 'SigParam', label: 'positional', hasDefault: false, type: { kind: 'NamedType', name: 'Int', args: [] } },
    { kind: 'SigParam', label: 'labeled', hasDefault: false, name: 'label', type: { kind: 'NamedType', name: 'String', args: [] } },
    { kind: 'SigParam', label: 'optional', hasDefault: true, name: 'opt', type: { kind: 'NamedType', name: 'Int', args: [] } },
  ]);
  assert.equal(f.sig.raises.name, 'Error');
  assert.deepEqual(f.sig.params[0].span.start, { line: 17, column: 10, offset: 310 });
});

test('methods, impls, types and traits in an interface', () => {
  const i = parseInterface(SAMPLE) as any;
  const norm = i.items[7];
  assert.deepEqual([norm.selfType.name, norm.sig.name, norm.sig.params[0].type.name, norm.vis], ['Point', 'norm', 'Self', 'pub']);
  const map = i.items[8];
  assert.deepEqual([map.sig.typeParams[0].name, map.sig.params[1].type.raises, map.sig.raises], ['T', 'poly', 'poly']);
  const impl = i.items[9];
  assert.deepEqual([impl.trait.name, impl.forType.name, impl.method], ['Show', 'Point', undefined]);
  const generic = i.items[12];
  assert.deepEqual([generic.typeParams[0].name, generic.forType.args[0].name], ['T', 'T']);
  const area = i.items[14];
  assert.deepEqual(area.methods.map((m: any) => [m.name, m.hasDefault]), [['area', false], ['describe', true]]);
  assert.deepEqual(i.items[5].derive.map((d: any) => d.trait.name), ['Eq', 'Debug']);
});

test('the binding surface and the upstream package interface parse', () => {
  const surface = readFileSync(fileURLToPath(new URL('../../../binding/surface.mbti', import.meta.url)), 'utf8');
  const s = parseInterface(surface) as any;
  assert.equal(s.package, 'wasmtime');
  const fns = s.items.filter((d: any) => d.kind === 'FnDecl');
  assert.ok(fns.length > 100);
  const preopen = fns.find((d: any) => d.sig.name === 'wasi_config_preopen_dir_or_raise');
  assert.deepEqual(preopen.sig.params.map((p: any) => [p.name, p.label, p.default?.kind]), [
    [undefined, 'positional', undefined],
    [undefined, 'positional', undefined],
    ['guest_path', 'optional', 'StringLit'],
    ['dir_perms', 'optional', 'Constructor'],
    ['file_perms', 'optional', 'Constructor'],
  ]);
});

test('errors in an interface are located', () => {
  const e = syntaxError(() => parseInterface('package "p"\n\npub fn f(Int -> Int'));
  assert.deepEqual([e.position.line, e.position.column], [3, 14]);
  const b = syntaxError(() => parseInterface('pub fn g() -> Int {\n  1\n}'));
  assert.match(b.reason, /expected ';' or a line break after a declaration, found '\{'/);
});

test('one-line declarations as a signature table writes them', () => {
  const i = parseInterface(
    'fn[T : Eq] Array::contains(self : Array[T], value : T) -> Bool\n' +
      'pub(all) enum E { A(Int); B }\n' +
      'pub trait T { m(Self) -> Int }\n' +
      'pub(all) struct S { x : Int }\n' +
      'type Opaque\n' +
      'pub typealias Array[Int] as Ints\n',
  ) as any;
  const [contains, e, t, s, o, a] = i.items;
  assert.deepEqual([contains.selfType.name, contains.sig.typeParams[0].bounds[0].name], ['Array', 'Eq']);
  assert.deepEqual(contains.sig.params.map((p: any) => [p.name, p.type.name]), [['self', 'Array'], ['value', 'T']]);
  assert.deepEqual([e.ctors.map((c: any) => c.name), e.ctors[0].params[0].type.name], [['A', 'B'], 'Int']);
  assert.deepEqual([t.methods[0].name, t.methods[0].params[0].name], ['m', undefined]);
  assert.deepEqual([s.fields[0].name, o.kind, a.aliases[0].name, a.aliases[0].target.args[0].name], ['x', 'TypeItem', 'Ints', 'Int']);
});
