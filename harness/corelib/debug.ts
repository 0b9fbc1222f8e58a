// `@debug`: the `Debug` trait, `Repr` and its constructors, the pretty
// printer, `debug_inspect` and `@debug.assert_eq`, and `Debug` for every
// core type (core's debug/*.mbt and the impls its other packages define).
//
// Shapes (checked against the compiler): numbers, Bool, Char and String as
// literals (`1`, `1.5`, `true`, `'c'`, `"s"`); Byte as `0x61`; arrays
// `[1, 2]`; tuples `(1, "a")`; `Some(1)`, `Ok(1)`; maps `{ "a": 1 }`; views,
// fixed arrays, bytes and the collection classes as opaque wrappers around
// their elements (`<ArrayView: [2, 3]>`, `<Bytes: [0x61]>`,
// `<HashMap: { 1: "a" }>`, `<Ref: 1>`); iterators as `<Iter: ...>`.

import { defineModule, fn, impl } from './define.ts';
import { ofArity, tupleImplSig } from './builtin/tuple.ts';
import type { Desc } from '../runtime/desc.ts';
import { ArrayView, BytesView, StringBuilder, StringView, type Logger, type SourceLoc } from '../runtime/core-values.ts';
import { isSome, type Option } from '../runtime/values.ts';
import { Ok, type Result } from '../../binding/moonbit.ts';
import { println } from '../runtime/output.ts';
import { inspectRendered } from '../runtime/inspect.ts';
import * as R from './support/repr.ts';
import { render } from './support/pretty.ts';
import { renderDelta } from './support/delta.ts';
import { entries, elements } from './support/maps.ts';
import type { Json } from './support/json.ts';
import { locText, payload } from './support/errors.ts';
import { failAt } from './support/failing.ts';

type ToRepr = (x: unknown) => R.Repr;

const reprOf = (d: Desc): ToRepr => d['Debug.to_repr'] as ToRepr;

function elementsRepr(T: Desc, xs: Iterable<unknown>): R.Repr {
  const f = reprOf(T);
  const out: R.Repr[] = [];
  for (const x of xs) out.push(f(x));
  return R.array(out);
}

function viewItems<T>(v: ArrayView<T>): T[] {
  return v.arr.slice(v.start, v.end);
}

const byteRepr = (b: number): R.Repr => R.literal('0x' + b.toString(16).padStart(2, '0'));

function bytesRepr(name: string, bytes: Uint8Array, start: number, end: number): R.Repr {
  const out: R.Repr[] = [];
  for (let i = start; i < end; i++) out.push(byteRepr(bytes[i]!));
  return R.opaque(name, R.array(out));
}

function mapRepr(K: Desc, V: Desc, m: unknown): R.Repr {
  const k = reprOf(K);
  const v = reprOf(V);
  const out: R.Repr[] = [];
  for (const [key, value] of entries<unknown, unknown>(m)) out.push(R.mapEntry(k(key), v(value)));
  return R.map(out);
}

const integer = { to_repr: (x: number | bigint) => R.integer(String(x)) };

function jsonRepr(j: Json): R.Repr {
  switch (j.$c) {
    case 'Null':
    case 'True':
    case 'False':
      return R.ctor(j.$c);
    case 'Number':
      return isSome(j._1)
        ? R.ctor('Number', [
            [undefined, R.double(j._0)],
            ['repr', R.ctor('Some', [[undefined, R.string(j._1.value)]])],
          ])
        : R.ctor('Number', [[undefined, R.double(j._0)]]);
    case 'String':
      return R.ctor('String', [[undefined, R.string(j._0)]]);
    case 'Array':
      return R.ctor('Array', [[undefined, R.array(j._0.map(jsonRepr))]]);
    case 'Object': {
      const out: R.Repr[] = [];
      for (const [k, v] of entries<string, Json>(j._0)) out.push(R.mapEntry(R.string(k), jsonRepr(v)));
      return R.ctor('Object', [[undefined, R.map(out)]]);
    }
  }
}

/** A builtin error with one String payload: `Failure("msg")`. */
const messageError = (name: string) => ({ to_repr: (e: unknown) => R.ctor(name, [[undefined, R.string(payload(e))]]) });

const TUPLE_NAMES = 'ABCDEFGHIJKLMNOPQRSTUV';

/** `impl[A : Debug, B : Debug] Debug for (A, B)` and so on up to 22 elements. */
function tupleImpls(): Record<string, ReturnType<typeof impl>> {
  const out: Record<string, ReturnType<typeof impl>> = {};
  for (let n = 2; n <= TUPLE_NAMES.length; n++) {
    const params = TUPLE_NAMES.slice(0, n).split('');
    const type = `(${params.join(', ')})`;
    out[`Debug for ${type}`] = impl(tupleImplSig('Debug', n, 'letters'), ofArity(n, (...ds: Desc[]) => {
      const fs = ds.map(reprOf);
      return { to_repr: (t: unknown[]) => R.tuple(t.map((x, i) => fs[i]!(x))) };
    }));
  }
  return out;
}

/** `@debug.to_string` and what `debug_inspect` compares. */
function debugString(T: Desc, x: unknown): string {
  return render(reprOf(T)(x));
}

/** Trait objects (`&Debug`) as generated code passes them. */
interface DynValue {
  readonly d: Desc;
  readonly v: unknown;
}

export default defineModule('debug', {
  decls: `
    pub enum Repr {
      UnitLit
      Integer(String)
      DoubleLit(Double)
      FloatLit(Float)
      BoolLit(Bool)
      CharLit(Char)
      StringLit(String)
      Tuple(Array[Repr])
      Array(Array[Repr])
      Record(Array[Repr])
      Enum(String, Array[Repr])
      Map(Array[Repr])
      RecordField(String, Repr)
      EnumLabeledArg(String, Repr)
      Opaque(String, Repr)
      Literal(String)
      MapEntry(Repr, Repr)
      Omitted
    }
    pub(open) trait Debug {
      to_repr(Self) -> Repr
    }
  `,
  fns: {
    'Repr::integer': fn('fn Repr::integer(x : String) -> Repr', R.integer),
    'Repr::double': fn('fn Repr::double(x : Double) -> Repr', R.double),
    'Repr::float': fn('fn Repr::float(x : Float) -> Repr', R.float),
    'Repr::bool': fn('fn Repr::bool(x : Bool) -> Repr', R.bool),
    'Repr::char': fn('fn Repr::char(x : Char) -> Repr', R.char),
    'Repr::string': fn('fn Repr::string(x : String) -> Repr', R.string),
    'Repr::tuple': fn('fn Repr::tuple(children : Array[Repr]) -> Repr', R.tuple),
    'Repr::array': fn('fn Repr::array(children : Array[Repr]) -> Repr', R.array),
    'Repr::record': fn('fn Repr::record(fields : Map[String, Repr]) -> Repr', (fields: unknown) =>
      R.record([...entries<string, R.Repr>(fields)].map(([k, v]) => R.field(k, v))),
    ),
    'Repr::opaque_': fn('fn Repr::opaque_(name : String, children : Repr) -> Repr', R.opaque),
    'Repr::literal': fn('fn Repr::literal(value : String) -> Repr', R.literal),
    'Repr::map': fn('fn Repr::map(contents : Array[(Repr, Repr)]) -> Repr', (contents: [R.Repr, R.Repr][]) =>
      R.map(contents.map(([k, v]) => R.mapEntry(k, v))),
    ),
    'Repr::omitted': fn('fn Repr::omitted() -> Repr', () => R.OMITTED),
    // The newer core's spelling of `to_repr`: `Repr(x)`, and `"\{Repr(x)}"` renders it.
    'Repr::Repr': fn('fn[T : Debug] Repr::Repr(x : T) -> Repr', (T: Desc, x: unknown) => reprOf(T)(x)),
    'Repr::to_string': fn('fn Repr::to_string(self : Repr) -> String', (self: R.Repr) => render(self)),
    'Repr::unit': fn('fn Repr::unit() -> Repr', () => R.UNIT),
    'Repr::ctor': fn('fn Repr::ctor(name : String, args : Array[(String?, Repr)]) -> Repr', (name: string, args: [Option<string>, R.Repr][]) =>
      R.ctor(name, args.map(([label, value]) => [isSome(label) ? label.value : undefined, value] as const)),
    ),
    'Repr::traverse': fn('fn Repr::traverse(self : Repr, f : (Repr) -> Repr) -> Repr', (self: R.Repr, f: (r: R.Repr) => R.Repr) => {
      const go = (node: R.Repr): R.Repr => f(R.withChildren(node, R.children(node).map(go)));
      return go(self);
    }),
    render: fn('fn render(r : Repr, max_depth? : Int) -> String', (r: R.Repr, maxDepth: Option<number>) =>
      render(r, isSome(maxDepth) ? maxDepth.value : undefined),
    ),
    to_repr: fn('fn[T : Debug] to_repr(self : T) -> Repr', (T: Desc, x: unknown) => reprOf(T)(x)),
    to_string: fn('fn[T : Debug] to_string(x : T) -> String', debugString),
    debug: fn('fn[T : Debug] debug(x : T) -> Unit', (T: Desc, x: unknown) => println(debugString(T, x))),
    debug_inspect: fn(
      'fn debug_inspect(obj : &Debug, content? : String, loc~ : SourceLoc = _, args_loc~ : ArgsLoc = _) -> Unit raise InspectError',
      (obj: DynValue, content: Option<string>, loc: SourceLoc, _argsLoc: unknown) =>
        inspectRendered(debugString(obj.d, obj.v), isSome(content) ? content.value : undefined, loc),
    ),
    assert_eq: fn(
      'fn[T : Eq + Debug] assert_eq(a : T, b : T, msg? : String, loc~ : SourceLoc = _) -> Unit raise',
      (T: Desc, a: unknown, b: unknown, msg: Option<string>, loc: SourceLoc) => {
        if ((T['Eq.equal'] as (x: unknown, y: unknown) => boolean)(a, b)) return;
        if (isSome(msg)) failAt(msg.value, loc);
        const ra = reprOf(T)(a);
        const rb = reprOf(T)(b);
        failAt(`\`${render(ra)} != ${render(rb)}\`\ndiff:\n${renderDelta(ra, rb)}`, loc);
      },
    ),
    dump: fn('fn[T : Debug] dump(t : T, name? : String, loc~ : SourceLoc = _) -> T', (T: Desc, t: unknown, name: Option<string>, loc: SourceLoc) => {
      println(`dump(${isSome(name) ? name.value : ''}@${locText(loc)}) = ${debugString(T, t)}`);
      return t;
    }),
  },
  impls: {
    'Show for @debug.Repr': impl('impl Show for Repr', {
      output: (self: R.Repr, logger: Logger) => logger.write_string(render(self)),
    }),
    'Debug for Int': impl('impl Debug for Int', integer),
    'Debug for Int16': impl('impl Debug for Int16', integer),
    'Debug for Int64': impl('impl Debug for Int64', integer),
    'Debug for UInt16': impl('impl Debug for UInt16', integer),
    'Debug for UInt': impl('impl Debug for UInt', integer),
    'Debug for UInt64': impl('impl Debug for UInt64', integer),
    'Debug for BigInt': impl('impl Debug for BigInt', integer),
    'Debug for Double': impl('impl Debug for Double', { to_repr: R.double }),
    'Debug for Float': impl('impl Debug for Float', { to_repr: R.float }),
    'Debug for Bool': impl('impl Debug for Bool', { to_repr: R.bool }),
    'Debug for Byte': impl('impl Debug for Byte', { to_repr: byteRepr }),
    'Debug for Char': impl('impl Debug for Char', { to_repr: R.char }),
    'Debug for String': impl('impl Debug for String', { to_repr: R.string }),
    'Debug for StringView': impl('impl Debug for StringView', {
      to_repr: (v: StringView) => R.opaque('StringView', R.string(v.toString())),
    }),
    'Debug for Bytes': impl('impl Debug for Bytes', { to_repr: (b: Uint8Array) => bytesRepr('Bytes', b, 0, b.length) }),
    'Debug for BytesView': impl('impl Debug for BytesView', {
      to_repr: (v: BytesView) => bytesRepr('BytesView', v.bytes, v.start, v.end),
    }),
    'Debug for Unit': impl('impl Debug for Unit', { to_repr: () => R.UNIT }),
    'Debug for StringBuilder': impl('impl Debug for StringBuilder', {
      to_repr: (sb: StringBuilder) => R.string(sb.toString()),
    }),
    'Debug for Json': impl('impl Debug for Json', { to_repr: jsonRepr }),
    'Debug for SourceLoc': impl('impl Debug for SourceLoc', {
      to_repr: (loc: SourceLoc) => R.opaque('SourceLoc', R.string(locText(loc))),
    }),
    'Debug for Array': impl('impl[T : Debug] Debug for Array[T]', (T) => ({
      to_repr: (xs: unknown[]) => elementsRepr(T, xs),
    })),
    'Debug for FixedArray': impl('impl[T : Debug] Debug for FixedArray[T]', (T) => ({
      to_repr: (xs: unknown[]) => R.opaque('FixedArray', elementsRepr(T, xs)),
    })),
    'Debug for ReadOnlyArray': impl('impl[T : Debug] Debug for ReadOnlyArray[T]', (T) => ({
      to_repr: (xs: unknown[]) => R.opaque('ReadOnlyArray', elementsRepr(T, xs)),
    })),
    'Debug for ArrayView': impl('impl[T : Debug] Debug for ArrayView[T]', (T) => ({
      to_repr: (v: ArrayView) => R.opaque('ArrayView', elementsRepr(T, viewItems(v))),
    })),
    'Debug for MutArrayView': impl('impl[T : Debug] Debug for MutArrayView[T]', (T) => ({
      to_repr: (v: ArrayView) => R.opaque('MutArrayView', elementsRepr(T, viewItems(v))),
    })),
    'Debug for Option': impl('impl[T : Debug] Debug for T?', (T) => {
      const f = reprOf(T);
      return { to_repr: (o: Option<unknown>) => (isSome(o) ? R.ctor('Some', [[undefined, f(o.value)]]) : R.ctor('None')) };
    }),
    'Debug for Result': impl('impl[T : Debug, E : Debug] Debug for Result[T, E]', (T, E) => {
      const ok = reprOf(T);
      const err = reprOf(E);
      return {
        to_repr: (r: Result<unknown, unknown>) =>
          r instanceof Ok ? R.ctor('Ok', [[undefined, ok(r.value)]]) : R.ctor('Err', [[undefined, err(r.error)]]),
      };
    }),
    'Debug for Iter': impl('impl[A] Debug for Iter[A]', { to_repr: () => R.opaque('Iter', R.OMITTED) }),
    'Debug for Iter2': impl('impl[A, B] Debug for Iter2[A, B]', { to_repr: () => R.opaque('Iter2', R.OMITTED) }),
    'Debug for Map': impl('impl[K : Debug, V : Debug] Debug for Map[K, V]', (K, V) => ({
      to_repr: (m: unknown) => mapRepr(K, V, m),
    })),
    'Debug for @hashmap.HashMap': impl('impl[K : Debug, V : Debug] Debug for @hashmap.HashMap[K, V]', (K, V) => ({
      to_repr: (m: unknown) => R.opaque('HashMap', mapRepr(K, V, m)),
    })),
    'Debug for @hashset.HashSet': impl('impl[K : Debug] Debug for @hashset.HashSet[K]', (K) => ({
      to_repr: (s: unknown) => R.opaque('HashSet', elementsRepr(K, elements(s))),
    })),
    'Debug for @set.Set': impl('impl[K : Debug] Debug for @set.Set[K]', (K) => ({
      to_repr: (s: unknown) => R.opaque('Set', elementsRepr(K, elements(s))),
    })),
    'Debug for @ref.Ref': impl('impl[T : Debug] Debug for @ref.Ref[T]', (T) => {
      const f = reprOf(T);
      return { to_repr: (r: { val: unknown }) => R.opaque('Ref', f(r.val)) };
    }),
    'Debug for Failure': impl('impl Debug for Failure', messageError('Failure')),
    'Debug for InspectError': impl('impl Debug for InspectError', messageError('InspectError')),
    'Debug for SnapshotError': impl('impl Debug for SnapshotError', messageError('SnapshotError')),
    ...tupleImpls(),
  },
});
