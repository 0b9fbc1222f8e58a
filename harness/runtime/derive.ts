// `derive(Show, Debug, Eq, Compare, Hash, Default, ToJson, FromJson)`: the
// trait methods MoonBit generates for a doc's struct, tuple struct, enum or
// suberror, built at run time from the type's shape.
//
// API (what the emitter calls):
//
//   registerDerived(runtimeName, shape, traits)
//     registers, for each trait in `traits` (`'Show'`, `'@debug.Debug'`, ...;
//     a package qualifier is ignored), an implementation with desc.ts's
//     registerImpl. `deriveImpls(shape, traits)` returns the same
//     implementations without registering them.
//
//   shape: one of
//     { kind: 'struct', name, fields: (...args) => [{ name, js?, desc }] }
//         `js` is the property holding the field (default: its name);
//     { kind: 'tuple', name, fields: (...args) => [desc, ...] }
//         a tuple struct `struct T(A, B)`, fields in `_0`, `_1`, ...;
//     { kind: 'enum', name, ctors: (...args) => [{ name, fields: [{ label?, desc }] }],
//       make: (index, values) => value }
//         an enum or suberror; values are `{ $c, _0, _1, ... }` (errors:
//         MoonBitError), and `make` builds the value of constructor `index`
//         from its field values (the shared object for a constructor without
//         fields, a MoonBitError for a suberror).
//   `args` are the descriptors of the type's arguments (none for a
//   non-generic type); field lists are computed on first use, so a field may
//   name its own type (`struct Tree { kids : Array[Tree] }`). `name` is the
//   type's name as written (`Point`); it appears in Show, Debug and FromJson
//   messages.
//
// The renderings and orders (verified against the compiler):
//   Show     struct `{x: 1, y: "a"}`, tuple struct `T(1, "a")`, enum `A`,
//            `B(1, x="a")`; fields by their Show::output (strings quoted).
//   Debug    struct as a record, tuple struct and enum as constructor calls.
//   Eq       field by field (enums: same constructor first).
//   Compare  constructor index first (-1 or 1), then field by field.
//   Hash     each field combined in order, after the constructor index for enums.
//   Default  every field's default; an enum's only constructor without fields.
//   ToJson   struct: an object of its fields, a field of type `T?` omitted when
//            None and written as its `T` otherwise; tuple struct: `["T", a, b]`;
//            enum: `"A"`, or `["B", positional..., { labeled... }]` (labeled
//            `T?` fields as in structs).
//   FromJson the inverse, with core's messages. Fields decode in order;
//            a missing field is reported only after the others decoded, and
//            when several are missing, the last one is named.

import { registerImpl, type Desc } from './desc.ts';
import { Hasher } from './hasher.ts';
import type { Logger } from './core-values.ts';
import { None, Some, isSome, type Option } from './values.ts';
import * as R from '../corelib/support/repr.ts';
import * as J from '../corelib/support/json.ts';
import { addIndex, addKey, decodeError, type JsonPath } from '../corelib/support/json-path.ts';
import { getKey, newStringMap, setKey } from '../corelib/support/maps.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFn = (...args: any[]) => any;
type Methods = Record<string, AnyFn>;
type Factory = (...args: Desc[]) => Methods;

export interface StructField {
  readonly name: string;
  readonly js?: string;
  readonly desc: Desc;
  /** Declared as `T?` (not a type parameter that happens to be an Option): JSON leaves its None out. */
  readonly optional?: boolean;
}
export interface CtorField {
  readonly label?: string;
  readonly desc: Desc;
  readonly optional?: boolean;
}
export interface Ctor {
  readonly name: string;
  readonly fields: readonly CtorField[];
}
export type TypeShape =
  | { readonly kind: 'struct'; readonly name: string; readonly fields: (...args: Desc[]) => readonly StructField[] }
  | { readonly kind: 'tuple'; readonly name: string; readonly fields: (...args: Desc[]) => readonly Desc[] }
  | {
      readonly kind: 'enum';
      readonly name: string;
      readonly ctors: (...args: Desc[]) => readonly Ctor[];
      readonly make: (index: number, values: unknown[]) => unknown;
    };

export const DERIVABLE = ['Show', 'Debug', 'Eq', 'Compare', 'Hash', 'Default', 'ToJson', 'FromJson'] as const;
export type Derivable = (typeof DERIVABLE)[number];

/** Registers the derived implementations of `traits` for the type named `runtimeName`. */
export function registerDerived(runtimeName: string, shape: TypeShape, traits: readonly string[]): void {
  for (const [trait, factory] of Object.entries(deriveImpls(shape, traits))) registerImpl(runtimeName, trait, factory);
}

/** The derived implementations, keyed by trait name (without package qualifier). */
export function deriveImpls(shape: TypeShape, traits: readonly string[]): Record<string, Factory> {
  const out: Record<string, Factory> = {};
  for (const written of traits) {
    const trait = written.replace(/^@\w+\./, '') as Derivable;
    if (!DERIVABLE.includes(trait)) throw new Error(`internal: cannot derive ${written}`);
    out[trait] = (...args) => BUILDERS[trait](normalize(shape, args));
  }
  return out;
}

// ---- one view of the three shapes ---------------------------------------------

/** A field as the builders see it: where it is read from, its label, its type. */
interface Field {
  readonly key: string;
  /** Struct field name, or an enum constructor's label. */
  readonly label: string | undefined;
  readonly desc: Desc;
  readonly optional?: boolean;
}
interface Variant {
  readonly name: string;
  readonly fields: readonly Field[];
}
interface Normalized {
  readonly kind: TypeShape['kind'];
  readonly name: string;
  /** Computed on first use: the field types may refer to the type itself. */
  readonly variants: () => readonly Variant[];
  readonly indexOf: (value: unknown) => number;
  readonly make: (index: number, values: unknown[]) => unknown;
}

const key = (i: number): string => `_${i}`;

function normalize(shape: TypeShape, args: Desc[]): Normalized {
  let variants: readonly Variant[] | undefined;
  const once = (build: () => readonly Variant[]) => () => (variants ??= build());
  switch (shape.kind) {
    case 'struct': {
      const all = once(() => [
        { name: shape.name, fields: shape.fields(...args).map((f) => ({ key: f.js ?? f.name, label: f.name, desc: f.desc, optional: f.optional })) },
      ]);
      return {
        kind: 'struct',
        name: shape.name,
        variants: all,
        indexOf: () => 0,
        make: (_i, values) => {
          const o: Record<string, unknown> = {};
          all()[0]!.fields.forEach((f, i) => (o[f.key] = values[i]));
          return o;
        },
      };
    }
    case 'tuple':
      return {
        kind: 'tuple',
        name: shape.name,
        variants: once(() => [{ name: shape.name, fields: shape.fields(...args).map((d, i) => ({ key: key(i), label: undefined, desc: d })) }]),
        indexOf: () => 0,
        make: (_i, values) => {
          const o: Record<string, unknown> = {};
          values.forEach((v, i) => (o[key(i)] = v));
          return o;
        },
      };
    case 'enum': {
      let index: Map<string, number> | undefined;
      const all = once(() =>
        shape.ctors(...args).map((c) => ({ name: c.name, fields: c.fields.map((f, i) => ({ key: key(i), label: f.label, desc: f.desc, optional: f.optional })) })),
      );
      return {
        kind: 'enum',
        name: shape.name,
        variants: all,
        indexOf: (value) => {
          index ??= new Map(all().map((v, i) => [v.name, i]));
          return index.get((value as { $c: string }).$c)!;
        },
        make: shape.make,
      };
    }
  }
}

const fieldOf = (value: unknown, f: Field): unknown => (value as Record<string, unknown>)[f.key];

function method<F extends AnyFn>(d: Desc, name: string): F {
  return d[name] as F;
}

// ---- the builders -----------------------------------------------------------------

const BUILDERS: Record<Derivable, (t: Normalized) => Methods> = {
  Show: (t) => ({
    output: (self: unknown, logger: Logger) => {
      const v = t.variants()[t.indexOf(self)]!;
      if (t.kind === 'struct') {
        logger.write_string('{');
        v.fields.forEach((f, i) => {
          logger.write_string(i > 0 ? `, ${f.label}: ` : `${f.label}: `);
          method(f.desc, 'Show.output')(fieldOf(self, f), logger);
        });
        logger.write_string('}');
        return;
      }
      logger.write_string(v.name);
      if (v.fields.length === 0) return;
      logger.write_string('(');
      v.fields.forEach((f, i) => {
        if (i > 0) logger.write_string(', ');
        if (f.label !== undefined) logger.write_string(`${f.label}=`);
        method(f.desc, 'Show.output')(fieldOf(self, f), logger);
      });
      logger.write_string(')');
    },
  }),

  Debug: (t) => ({
    to_repr: (self: unknown): R.Repr => {
      const v = t.variants()[t.indexOf(self)]!;
      const kids = v.fields.map((f) => {
        const repr = method<(x: unknown) => R.Repr>(f.desc, 'Debug.to_repr')(fieldOf(self, f));
        if (t.kind === 'struct') return R.field(f.label!, repr);
        return f.label === undefined ? repr : R.labeled(f.label, repr);
      });
      return t.kind === 'struct' ? R.record(kids) : R.enumNode(v.name, kids);
    },
  }),

  Eq: (t) => ({
    equal: (a: unknown, b: unknown): boolean => {
      const i = t.indexOf(a);
      if (i !== t.indexOf(b)) return false;
      for (const f of t.variants()[i]!.fields) {
        if (!method(f.desc, 'Eq.equal')(fieldOf(a, f), fieldOf(b, f))) return false;
      }
      return true;
    },
  }),

  Compare: (t) => ({
    compare: (a: unknown, b: unknown): number => {
      const i = t.indexOf(a);
      const j = t.indexOf(b);
      if (i !== j) return i < j ? -1 : 1;
      for (const f of t.variants()[i]!.fields) {
        const c = method(f.desc, 'Compare.compare')(fieldOf(a, f), fieldOf(b, f)) as number;
        if (c !== 0) return c;
      }
      return 0;
    },
  }),

  Hash: (t) => ({
    hash_combine: (self: unknown, hasher: Hasher): void => {
      const i = t.indexOf(self);
      if (t.kind === 'enum') hasher.combine_int(i);
      for (const f of t.variants()[i]!.fields) method(f.desc, 'Hash.hash_combine')(fieldOf(self, f), hasher);
    },
  }),

  Default: (t) => ({
    default: (): unknown => {
      const variants = t.variants();
      if (t.kind !== 'enum') return t.make(0, variants[0]!.fields.map((f) => method(f.desc, 'Default.default')()));
      const constant = variants.flatMap((v, i) => (v.fields.length === 0 ? [i] : []));
      if (constant.length !== 1) {
        throw new Error(
          constant.length === 0
            ? `internal: cannot derive Default for ${t.name}: cannot find a constant constructor as default`
            : `internal: cannot derive Default for ${t.name}: ${constant.map((i) => variants[i]!.name).join(' and ')} are all candidates`,
        );
      }
      return t.make(constant[0]!, []);
    },
  }),

  ToJson: (t) => ({ to_json: (self: unknown) => toJson(t, self) }),

  FromJson: (t) => ({ from_json: (json: J.Json, path: JsonPath) => fromJson(t, json, path) }),
};

// ---- Json ---------------------------------------------------------------------------

/** The `T` of a field declared `T?`, whose None is omitted from objects. */
function optionalInner(f: Field): Desc | undefined {
  return f.optional ? f.desc.args[0] : undefined;
}

function toJsonOf(d: Desc, x: unknown): J.Json {
  return method<(x: unknown) => J.Json>(d, 'ToJson.to_json')(x);
}

/** Labeled fields as an object: `T?` fields left out when None. */
function membersToJson(self: unknown, fields: readonly Field[]): J.Json {
  const m = newStringMap<J.Json>();
  for (const f of fields) {
    const value = fieldOf(self, f);
    const inner = optionalInner(f);
    if (inner === undefined) setKey(m, f.label!, toJsonOf(f.desc, value));
    else if (isSome(value as Option<unknown>)) setKey(m, f.label!, toJsonOf(inner, (value as Some<unknown>).value));
  }
  return J.object(m);
}

function toJson(t: Normalized, self: unknown): J.Json {
  const v = t.variants()[t.indexOf(self)]!;
  if (t.kind === 'struct') return membersToJson(self, v.fields);
  if (t.kind === 'enum' && v.fields.length === 0) return J.string(v.name);
  const items: J.Json[] = [J.string(v.name)];
  const labeled: Field[] = [];
  for (const f of v.fields) {
    if (f.label === undefined) items.push(toJsonOf(f.desc, fieldOf(self, f)));
    else labeled.push(f);
  }
  if (labeled.length > 0) items.push(membersToJson(self, labeled));
  return J.array(items);
}

function fromJsonOf(d: Desc, json: J.Json, path: JsonPath): unknown {
  return method<(j: J.Json, p: JsonPath) => unknown>(d, 'FromJson.from_json')(json, path);
}

/**
 * Decodes labeled fields from an object into `values`; returns the index of
 * the missing (and not optional) field whose name sorts last, or -1.
 */
function membersFromJson(
  obj: J.Json & { $c: 'Object' },
  fields: readonly { f: Field; at: number }[],
  path: JsonPath,
  values: unknown[],
): number {
  // Of several missing fields, moon reports the one whose name sorts last.
  let missing = -1;
  for (const { f, at } of fields) {
    const member = getKey(obj._0, f.label!);
    const inner = optionalInner(f);
    if (member === undefined) {
      if (inner === undefined && (missing < 0 || f.label! > fields.find((x) => x.at === missing)!.f.label!)) missing = at;
      else if (inner !== undefined) values[at] = None;
    } else if (inner === undefined) values[at] = fromJsonOf(f.desc, member, addKey(path, f.label!));
    else values[at] = new Some(fromJsonOf(inner, member, addKey(path, f.label!)));
  }
  return missing;
}

function fromJson(t: Normalized, json: J.Json, path: JsonPath): unknown {
  const variants = t.variants();
  if (t.kind === 'struct') {
    const [v] = variants;
    if (json.$c !== 'Object') return decodeError(path, `Expected object to deserialize ${t.name}`);
    const values: unknown[] = [];
    const missing = membersFromJson(json, v!.fields.map((f, at) => ({ f, at })), path, values);
    if (missing >= 0) decodeError(path, `Missing field ${v!.fields[missing]!.label}`);
    return t.make(0, values);
  }
  if (t.kind === 'tuple') {
    const [v] = variants;
    if (json.$c !== 'Array' || json._0.length !== v!.fields.length + 1) {
      return decodeError(path, `Expected array to deserialize ${t.name}`);
    }
    return t.make(0, v!.fields.map((f, i) => fromJsonOf(f.desc, json._0[i + 1]!, addIndex(path, i + 1))));
  }
  const where = `when derserializing ${t.name}`;
  let tag: string;
  if (json.$c === 'String') tag = json._0;
  else if (json.$c === 'Array') {
    const head = json._0[0];
    if (head === undefined) return decodeError(path, `Missing tag in array[0] ${where}`);
    if (head.$c !== 'String') return decodeError(path, `Expected string tag at array[0] ${where}`);
    tag = head._0;
  } else return decodeError(path, `Expected string or array for tag in enum ${where}`);
  const index = variants.findIndex((v) => v.name === tag);
  if (index < 0) return decodeError(path, `Unknown enum constructor ${tag} when deserializing ${t.name}`);
  const v = variants[index]!;
  if (v.fields.length === 0) return t.make(index, []);
  const positional = v.fields.filter((f) => f.label === undefined).length;
  const hasLabeled = positional < v.fields.length;
  const expected = 1 + positional + (hasLabeled ? 1 : 0);
  const shapeError = `Expected array to deserialize enum ${t.name} constructor ${tag} ${where}`;
  if (json.$c !== 'Array' || json._0.length !== expected) return decodeError(path, shapeError);
  const items = json._0;
  const values: unknown[] = new Array(v.fields.length);
  let slot = 1;
  v.fields.forEach((f, at) => {
    if (f.label === undefined) {
      values[at] = fromJsonOf(f.desc, items[slot]!, addIndex(path, slot));
      slot++;
    }
  });
  if (hasLabeled) {
    const objPath = addIndex(path, slot);
    const obj = items[slot]!;
    if (obj.$c !== 'Object') return decodeError(objPath, `Expected object to deserialize enum ${t.name} constructor ${tag} ${where}`);
    const labeled = v.fields.flatMap((f, at) => (f.label === undefined ? [] : [{ f, at }]));
    const missing = membersFromJson(obj, labeled, objPath, values);
    if (missing >= 0) decodeError(path, `Missing positional field ${missing} ${where}`);
  }
  return t.make(index, values);
}
