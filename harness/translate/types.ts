// The translator's view of MoonBit types: just enough to pick integer widths,
// shape literals, choose equality and render values with `Show`.
import type { TypeExpr } from '../syntax/ast.ts';
import { describeNode } from '../syntax/describe.ts';
import { TranslateError } from './errors.ts';

export type Type =
  | { k: 'named'; name: string; args: Type[] }
  | { k: 'tuple'; elems: Type[] }
  | { k: 'fn'; params: Type[]; result: Type; raises: boolean }
  | { k: 'unknown' };

export const UNKNOWN: Type = { k: 'unknown' };

export function named(name: string, ...args: Type[]): Type {
  return { k: 'named', name, args };
}

export const INT = named('Int');
export const INT64 = named('Int64');
export const UINT64 = named('UInt64');
export const DOUBLE = named('Double');
export const BOOL = named('Bool');
export const STRING = named('String');
export const CHAR = named('Char');
export const BYTES = named('Bytes');
export const UNIT = named('Unit');
export const ERROR = named('Error');

/** MoonBit integer types whose JavaScript representation is `number`. */
const NUMBER_INTS = new Set(['Int', 'UInt', 'Int16', 'UInt16', 'Byte']);
/** MoonBit integer types whose JavaScript representation is `bigint`. */
const BIGINTS = new Set(['Int64', 'UInt64', 'BigInt']);
/** Type names the binding exports as opaque handle types. */
export const OPAQUE = new Set([
  'Engine', 'Config', 'Store', 'WasmtimeStore', 'Context', 'WasmtimeError', 'FuncType',
  'Module', 'Linker', 'Instance', 'CallFuture', 'CallFutureThread', 'WasmJob', 'WasiJob',
  'WasiConfig',
]);

export function isNamed(t: Type, name: string): boolean {
  return t.k === 'named' && t.name === name;
}

export function isIntegral(t: Type): boolean {
  return t.k === 'named' && (NUMBER_INTS.has(t.name) || BIGINTS.has(t.name));
}

export function isBigInt(t: Type): boolean {
  return t.k === 'named' && BIGINTS.has(t.name);
}

export function isNumeric(t: Type): boolean {
  return isIntegral(t) || isNamed(t, 'Double') || isNamed(t, 'Float');
}

/** Types whose values JavaScript's `===` compares as MoonBit's `==` does. */
export function hasPrimitiveEquality(t: Type): boolean {
  return isNumeric(t) || isNamed(t, 'Bool') || isNamed(t, 'String') || isNamed(t, 'Char')
    || isNamed(t, 'Unit');
}

export function fromTypeExpr(t: TypeExpr): Type {
  switch (t.kind) {
    case 'NamedType':
      if (t.name === 'Unit' && t.args.length === 0) return UNIT;
      return named(t.name, ...t.args.map(fromTypeExpr));
    case 'TupleType':
      return t.elements.length === 0 ? UNIT : { k: 'tuple', elems: t.elements.map(fromTypeExpr) };
    case 'OptionType':
      return named('Option', fromTypeExpr(t.inner));
    case 'FnType':
      return {
        k: 'fn',
        params: t.params.map(fromTypeExpr),
        result: fromTypeExpr(t.result),
        raises: t.raises !== undefined,
      };
    case 'TraitObjectType':
      throw new TranslateError(`${describeNode(t)} is not supported`, t.span);
  }
}

/**
 * The descriptor the runtime's `show` takes (`{ name, args }` or `{ tuple }`);
 * undefined for an unknown type. An unknown part of a known type becomes
 * `{ name: '_' }`, which the runtime shows by the value's representation.
 */
export function runtimeTy(t: Type): unknown {
  const part = (x: Type): unknown => runtimeTy(x) ?? { name: '_' };
  switch (t.k) {
    case 'named':
      return t.args.length ? { name: t.name, args: t.args.map(part) } : { name: t.name };
    case 'tuple':
      return { tuple: t.elems.map(part) };
    default:
      return undefined;
  }
}

/** A TypeScript type for a generated annotation. */
export function tsType(t: Type): string {
  switch (t.k) {
    case 'unknown':
      return 'any';
    case 'tuple':
      return `[${t.elems.map(tsType).join(', ')}]`;
    case 'fn':
      return `((${t.params.map((p, i) => `a${i}: ${tsType(p)}`).join(', ')}) => ${tsType(t.result)})`;
    case 'named':
      break;
  }
  const [a, b] = t.args;
  switch (t.name) {
    case 'Int': case 'UInt': case 'Int16': case 'UInt16': case 'Byte': case 'Char':
    case 'Float': case 'Double':
      return 'number';
    case 'Int64': case 'UInt64': case 'BigInt':
      return 'bigint';
    case 'Bool':
      return 'boolean';
    case 'String':
      return 'string';
    case 'Bytes':
      return 'Uint8Array';
    case 'Unit':
      return 'void';
    case 'Array': case 'FixedArray':
      return `${a ? wrapArrayElement(tsType(a)) : 'any'}[]`;
    case 'Option':
      return `$rt.Option<${a ? tsType(a) : 'any'}>`;
    case 'Result':
      return `$mb.Result<${a ? tsType(a) : 'any'}, ${b ? tsType(b) : 'any'}>`;
    case 'Error':
      return 'Error';
    default:
      return OPAQUE.has(t.name) ? `$b.${t.name}` : 'any';
  }
}

function wrapArrayElement(ts: string): string {
  return /^[\w.$]+$/.test(ts) || ts.startsWith('[') ? ts : `(${ts})`;
}

export function showType(t: Type): string {
  switch (t.k) {
    case 'unknown':
      return '?';
    case 'tuple':
      return `(${t.elems.map(showType).join(', ')})`;
    case 'fn':
      return `(${t.params.map(showType).join(', ')}) -> ${showType(t.result)}`;
    case 'named':
      return t.args.length ? `${t.name}[${t.args.map(showType).join(', ')}]` : t.name;
  }
}

/** Element type of an array-like type, or unknown. */
export function elementType(t: Type): Type {
  if (t.k === 'named' && (t.name === 'Array' || t.name === 'FixedArray') && t.args[0]) return t.args[0];
  if (isNamed(t, 'Bytes')) return named('Byte');
  if (isNamed(t, 'String')) return CHAR;
  return UNKNOWN;
}

/** Prefer a known type over an unknown one. */
export function join(a: Type, b: Type): Type {
  return a.k === 'unknown' ? b : a;
}
