// `@debug.Repr`: the structural picture of a value that `Debug::to_repr`
// builds and the pretty printer lays out. It is a MoonBit enum, so its
// values follow the enum representation (`$c` plus `_0`, `_1`; constructors
// without fields are shared frozen objects) and doc code can match on them.

export type Repr =
  | { readonly $c: 'UnitLit' }
  | { readonly $c: 'Integer'; readonly _0: string }
  | { readonly $c: 'DoubleLit'; readonly _0: number }
  | { readonly $c: 'FloatLit'; readonly _0: number }
  | { readonly $c: 'BoolLit'; readonly _0: boolean }
  | { readonly $c: 'CharLit'; readonly _0: number }
  | { readonly $c: 'StringLit'; readonly _0: string }
  | { readonly $c: 'Tuple'; readonly _0: readonly Repr[] }
  | { readonly $c: 'Array'; readonly _0: readonly Repr[] }
  | { readonly $c: 'Record'; readonly _0: readonly Repr[] }
  | { readonly $c: 'Enum'; readonly _0: string; readonly _1: readonly Repr[] }
  | { readonly $c: 'Map'; readonly _0: readonly Repr[] }
  | { readonly $c: 'RecordField'; readonly _0: string; readonly _1: Repr }
  | { readonly $c: 'EnumLabeledArg'; readonly _0: string; readonly _1: Repr }
  | { readonly $c: 'Opaque'; readonly _0: string; readonly _1: Repr }
  | { readonly $c: 'Literal'; readonly _0: string }
  | { readonly $c: 'MapEntry'; readonly _0: Repr; readonly _1: Repr }
  | { readonly $c: 'Omitted' };

export const UNIT: Repr = Object.freeze({ $c: 'UnitLit' });
export const OMITTED: Repr = Object.freeze({ $c: 'Omitted' });

export const integer = (s: string): Repr => ({ $c: 'Integer', _0: s });
export const double = (x: number): Repr => ({ $c: 'DoubleLit', _0: x });
export const float = (x: number): Repr => ({ $c: 'FloatLit', _0: x });
export const bool = (x: boolean): Repr => ({ $c: 'BoolLit', _0: x });
export const char = (c: number): Repr => ({ $c: 'CharLit', _0: c });
export const string = (s: string): Repr => ({ $c: 'StringLit', _0: s });
export const literal = (s: string): Repr => ({ $c: 'Literal', _0: s });
export const tuple = (xs: readonly Repr[]): Repr => ({ $c: 'Tuple', _0: xs });
export const array = (xs: readonly Repr[]): Repr => ({ $c: 'Array', _0: xs });
export const opaque = (name: string, child: Repr): Repr => ({ $c: 'Opaque', _0: name, _1: child });
export const enumNode = (name: string, args: readonly Repr[]): Repr => ({ $c: 'Enum', _0: name, _1: args });
export const labeled = (label: string, value: Repr): Repr => ({ $c: 'EnumLabeledArg', _0: label, _1: value });
export const field = (name: string, value: Repr): Repr => ({ $c: 'RecordField', _0: name, _1: value });
export const record = (fields: readonly Repr[]): Repr => ({ $c: 'Record', _0: fields });
export const mapEntry = (key: Repr, value: Repr): Repr => ({ $c: 'MapEntry', _0: key, _1: value });
export const map = (entries: readonly Repr[]): Repr => ({ $c: 'Map', _0: entries });

/** A constructor application: positional and labeled arguments in order. */
export function ctor(name: string, args: readonly (readonly [label: string | undefined, value: Repr])[] = []): Repr {
  return enumNode(
    name,
    args.map(([label, value]) => (label === undefined ? value : labeled(label, value))),
  );
}

const NO_CHILDREN: readonly Repr[] = [];

/** The node's children: the elements of containers, the value of field-like nodes. */
export function children(r: Repr): readonly Repr[] {
  switch (r.$c) {
    case 'Tuple':
    case 'Array':
    case 'Record':
    case 'Map':
      return r._0;
    case 'Enum':
      return r._1;
    case 'RecordField':
    case 'EnumLabeledArg':
    case 'Opaque':
      return [r._1];
    case 'MapEntry':
      return [r._0, r._1];
    default:
      return NO_CHILDREN;
  }
}

/** The same node over new children (a field-like node takes the first, a map entry the first two). */
export function withChildren(r: Repr, kids: readonly Repr[]): Repr {
  switch (r.$c) {
    case 'Tuple':
    case 'Array':
    case 'Record':
    case 'Map':
      return { $c: r.$c, _0: kids };
    case 'Enum':
      return enumNode(r._0, kids);
    case 'RecordField':
    case 'EnumLabeledArg':
    case 'Opaque':
      return { $c: r.$c, _0: r._0, _1: kids.length === 1 ? kids[0]! : OMITTED };
    case 'MapEntry':
      return kids.length === 2 ? mapEntry(kids[0]!, kids[1]!) : mapEntry(OMITTED, OMITTED);
    default:
      return r;
  }
}

/**
 * Field-like nodes (record fields, labeled arguments, map entries) are edges,
 * not levels: they do not use up depth, so labels survive pruning.
 */
export function addsDepth(r: Repr): boolean {
  return r.$c !== 'RecordField' && r.$c !== 'EnumLabeledArg' && r.$c !== 'MapEntry';
}
