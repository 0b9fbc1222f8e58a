// The builtin `Json` enum, its constructors, and `ToJson` for every core type
// (core's builtin/json.mbt, the tuple impls, and the impls its other
// packages define for their own types).
//
// Renderings (checked against the compiler): integers up to 32 bits, Byte,
// Float and Double as numbers, except that a Double NaN or infinity becomes
// the string `"NaN"`, `"Infinity"` or `"-Infinity"`; Int64, UInt64 and
// BigInt as decimal strings (a Double cannot hold them); Char as a
// one-character string; Bytes as a string of printable ASCII with every
// other byte, and `"` and `\`, written `\xhh`; `None` as `null` and
// `Some(x)` as `[x]`; `Ok(x)`/`Err(e)` as `{"Ok": x}`/`{"Err": e}`; Unit as
// `null`; map keys by their `Show`; tuples as arrays.

import { constant, defineModule, fn, impl } from '../define.ts';
import { ofArity, tupleImplSig } from './tuple.ts';
import { to_string, type Desc } from '../../runtime/desc.ts';
import { ArrayView, BytesView, Iter, StringView } from '../../runtime/core-values.ts';
import { isSome, type Option } from '../../runtime/values.ts';
import { Ok, type Result } from '../../../binding/moonbit.ts';
import * as J from '../support/json.ts';
import { elements, entries, newStringMap, setKey } from '../support/maps.ts';

type ToJsonFn = (x: unknown) => J.Json;

const toJsonOf = (d: Desc): ToJsonFn => d['ToJson.to_json'] as ToJsonFn;

const asNumber = { to_json: (x: number) => J.number(x) };
const asDecimalString = { to_json: (x: bigint) => J.string(x.toString()) };

const MAX_DOUBLE = Number.MAX_VALUE;

function doubleToJson(x: number): J.Json {
  if (x !== x) return J.string('NaN');
  if (x > MAX_DOUBLE) return J.string('Infinity');
  if (x < -MAX_DOUBLE) return J.string('-Infinity');
  return J.number(x);
}

function bytesToJson(bytes: Uint8Array, start: number, end: number): J.Json {
  let s = '';
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    s += b >= 0x20 && b <= 0x7e && b !== 0x22 && b !== 0x5c ? String.fromCharCode(b) : '\\x' + b.toString(16).padStart(2, '0');
  }
  return J.string(s);
}

function elementsToJson(X: Desc, xs: Iterable<unknown>): J.Json {
  const f = toJsonOf(X);
  const out: J.Json[] = [];
  for (const x of xs) out.push(f(x));
  return J.array(out);
}

function mapToJson(K: Desc, V: Desc, m: unknown): J.Json {
  const f = toJsonOf(V);
  const object = newStringMap<J.Json>();
  for (const [k, v] of entries<unknown, unknown>(m)) setKey(object, to_string(K, k), f(v));
  return J.object(object);
}

const TUPLE_NAMES = 'ABCDEFGHIJKLMNOP';

/** `impl[A : ToJson, B : ToJson] ToJson for (A, B)` and so on up to 16 elements. */
function tupleImpls(): Record<string, ReturnType<typeof impl>> {
  const out: Record<string, ReturnType<typeof impl>> = {};
  for (let n = 2; n <= 16; n++) {
    const params = TUPLE_NAMES.slice(0, n).split('');
    const type = `(${params.join(', ')})`;
    out[`ToJson for ${type}`] = impl(
      tupleImplSig('ToJson', n, 'letters'),
      ofArity(n, (...ds: Desc[]) => {
        const fs = ds.map(toJsonOf);
        return { to_json: (t: unknown[]) => J.array(t.map((x, i) => fs[i]!(x))) };
      }),
    );
  }
  return out;
}

export default defineModule('', {
  decls: `
    pub enum Json {
      Null
      True
      False
      Number(Double, repr~ : String?)
      String(String)
      Array(Array[Json])
      Object(Map[String, Json])
    }
    pub(open) trait ToJson {
      to_json(Self) -> Json
    }
  `,
  fns: {
    // The newer core's `Json(x)`: any ToJson value as Json.
    'Json::Json': fn('fn[T : ToJson] Json::Json(value : T) -> Json', (T: Desc, value: unknown) => (T['ToJson.to_json'] as (x: unknown) => unknown)(value)),
    'Json::null': fn('fn Json::null() -> Json', () => J.NULL),
    'Json::number': fn('fn Json::number(number : Double, repr? : String) -> Json', (n: number, repr: Option<string>) =>
      J.number(n, repr),
    ),
    'Json::string': fn('fn Json::string(string : String) -> Json', J.string),
    'Json::boolean': fn('fn Json::boolean(boolean : Bool) -> Json', J.boolean),
    'Json::array': fn('fn Json::array(array : Array[Json]) -> Json', J.array),
    'Json::object': fn('fn Json::object(object : Map[String, Json]) -> Json', J.object),
    null: constant('let null : Json', J.NULL),
  },
  impls: {
    'Eq for Json': impl('impl Eq for Json', { equal: J.jsonEqual }),
    'Default for Json': impl('impl Default for Json', { default: () => J.FALSE }),
    'ToJson for Bool': impl('impl ToJson for Bool', { to_json: J.boolean }),
    'ToJson for Byte': impl('impl ToJson for Byte', asNumber),
    'ToJson for Int': impl('impl ToJson for Int', asNumber),
    'ToJson for Int16': impl('impl ToJson for Int16', asNumber),
    'ToJson for UInt16': impl('impl ToJson for UInt16', asNumber),
    'ToJson for UInt': impl('impl ToJson for UInt', asNumber),
    'ToJson for Float': impl('impl ToJson for Float', asNumber),
    'ToJson for Int64': impl('impl ToJson for Int64', asDecimalString),
    'ToJson for UInt64': impl('impl ToJson for UInt64', asDecimalString),
    'ToJson for BigInt': impl('impl ToJson for BigInt', asDecimalString),
    'ToJson for Double': impl('impl ToJson for Double', { to_json: doubleToJson }),
    'ToJson for Char': impl('impl ToJson for Char', { to_json: (c: number) => J.string(String.fromCodePoint(c)) }),
    'ToJson for String': impl('impl ToJson for String', { to_json: J.string }),
    'ToJson for StringView': impl('impl ToJson for StringView', { to_json: (v: StringView) => J.string(v.toString()) }),
    'ToJson for Bytes': impl('impl ToJson for Bytes', { to_json: (b: Uint8Array) => bytesToJson(b, 0, b.length) }),
    'ToJson for BytesView': impl('impl ToJson for BytesView', {
      to_json: (v: BytesView) => bytesToJson(v.bytes, v.start, v.end),
    }),
    'ToJson for Unit': impl('impl ToJson for Unit', { to_json: () => J.NULL }),
    'ToJson for Array': impl('impl[X : ToJson] ToJson for Array[X]', (X) => ({
      to_json: (xs: unknown[]) => elementsToJson(X, xs),
    })),
    'ToJson for FixedArray': impl('impl[X : ToJson] ToJson for FixedArray[X]', (X) => ({
      to_json: (xs: unknown[]) => elementsToJson(X, xs),
    })),
    'ToJson for ReadOnlyArray': impl('impl[T : ToJson] ToJson for ReadOnlyArray[T]', (T) => ({
      to_json: (xs: unknown[]) => elementsToJson(T, xs),
    })),
    'ToJson for ArrayView': impl('impl[X : ToJson] ToJson for ArrayView[X]', (X) => ({
      to_json: (v: ArrayView) => elementsToJson(X, v.arr.slice(v.start, v.end)),
    })),
    'ToJson for Iter': impl('impl[X : ToJson] ToJson for Iter[X]', (X) => ({
      to_json: (it: Iter) => {
        const items: unknown[] = [];
        for (let x = it.next(); x !== Iter.DONE; x = it.next()) items.push(x);
        return elementsToJson(X, items);
      },
    })),
    'ToJson for Map': impl('impl[K : Show, V : ToJson] ToJson for Map[K, V]', (K, V) => ({
      to_json: (m: unknown) => mapToJson(K, V, m),
    })),
    'ToJson for @hashmap.HashMap': impl('impl[K : Show, V : ToJson] ToJson for @hashmap.HashMap[K, V]', (K, V) => ({
      to_json: (m: unknown) => mapToJson(K, V, m),
    })),
    'ToJson for @hashset.HashSet': impl('impl[X : ToJson] ToJson for @hashset.HashSet[X]', (X) => ({
      to_json: (s: unknown) => elementsToJson(X, elements(s)),
    })),
    'ToJson for @set.Set': impl('impl[X : ToJson] ToJson for @set.Set[X]', (X) => ({
      to_json: (s: unknown) => elementsToJson(X, elements(s)),
    })),
    'ToJson for Option': impl('impl[T : ToJson] ToJson for T?', (T) => {
      const f = toJsonOf(T);
      return { to_json: (o: Option<unknown>) => (isSome(o) ? J.array([f(o.value)]) : J.NULL) };
    }),
    'ToJson for Result': impl('impl[Ok : ToJson, Err : ToJson] ToJson for Result[Ok, Err]', (T, E) => {
      const ok = toJsonOf(T);
      const err = toJsonOf(E);
      return {
        to_json: (r: Result<unknown, unknown>) => {
          const m = newStringMap<J.Json>();
          if (r instanceof Ok) setKey(m, 'Ok', ok(r.value));
          else setKey(m, 'Err', err(r.error));
          return J.object(m);
        },
      };
    }),
    ...tupleImpls(),
  },
});
