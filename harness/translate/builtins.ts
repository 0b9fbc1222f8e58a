// MoonBit's prelude functions as the translator lowers them, and the result
// types of the everyday methods that the runtime's method library provides.
import type * as A from '../syntax/ast.ts';
import type { Translator } from './translator.ts';
import {
  BOOL, CHAR, DOUBLE, INT, INT64, STRING, UINT64, UNIT, UNKNOWN,
  elementType, named, type Type,
} from './types.ts';

interface Val {
  js: string;
  type: Type;
}

type Builtin = (tr: Translator, e: A.Call, expected: Type, allowSpill: boolean) => Val;

export const BUILTINS: Record<string, Builtin> = {
  inspect(tr, e, _expected, allowSpill) {
    const { pos, labeled } = tr.builtinArgs(e, 'inspect', 1, ['content'], allowSpill);
    const content = labeled.get('content');
    const value = pos[0]!;
    const contentArg = e.args.find((a) => a.kind === 'LabeledArg' && a.label === 'content');
    tr.requireShow(value.type, e.args[0]!.span);
    tr.recordInspect(e.span, contentArg?.value.span);
    return {
      js: `$rt.inspect(${value.js}, ${tr.showTy(value.type)}, ${content ? content.val.js : 'undefined'}, ${tr.locOf(e.span)})`,
      type: UNIT,
    };
  },
  println(tr, e, _expected, allowSpill) {
    const { pos } = tr.builtinArgs(e, 'println', 1, [], allowSpill);
    tr.requireShow(pos[0]!.type, e.args[0]!.span);
    return { js: `$rt.println(${pos[0]!.js}, ${tr.showTy(pos[0]!.type)})`, type: UNIT };
  },
  assert_eq: equality('assert_eq'),
  assert_not_eq: equality('assert_not_eq'),
  assert_true: truth('assert_true'),
  assert_false: truth('assert_false'),
  fail(tr, e, _expected, allowSpill) {
    const { pos } = tr.builtinArgs(e, 'fail', 1, [], allowSpill, [STRING]);
    return { js: `$rt.fail(${pos[0]!.js}, ${tr.locOf(e.span)})`, type: UNKNOWN };
  },
  abort(tr, e, _expected, allowSpill) {
    const { pos } = tr.builtinArgs(e, 'abort', 1, [], allowSpill, [STRING]);
    return { js: `$rt.abort(${pos[0]!.js})`, type: UNKNOWN };
  },
  panic(tr, e, _expected, allowSpill) {
    tr.builtinArgs(e, 'panic', 0, [], allowSpill);
    return { js: '$rt.panic()', type: UNKNOWN };
  },
  not(tr, e, _expected, allowSpill) {
    const { pos } = tr.builtinArgs(e, 'not', 1, [], allowSpill, [BOOL]);
    return { js: `!(${pos[0]!.js})`, type: BOOL };
  },
  ignore(tr, e, _expected, allowSpill) {
    const { pos } = tr.builtinArgs(e, 'ignore', 1, [], allowSpill);
    return { js: `void (${pos[0]!.js})`, type: UNIT };
  },
};

function equality(name: 'assert_eq' | 'assert_not_eq'): Builtin {
  return (tr, e, _expected, allowSpill) => {
    if (e.args.length !== 2 || e.args.some((a) => a.kind !== 'PositionalArg')) {
      tr.builtinArgs(e, name, 2, [], allowSpill);
    }
    const [a, b] = e.args.map((x) => x.value);
    const [l, r] = tr.typedPair(a!, b!, allowSpill);
    const type = l.type.k === 'unknown' ? r.type : l.type;
    return { js: `$rt.${name}(${l.js}, ${r.js}, ${tr.showTy(type)}, ${tr.locOf(e.span)})`, type: UNIT };
  };
}

function truth(name: 'assert_true' | 'assert_false'): Builtin {
  return (tr, e, _expected, allowSpill) => {
    const { pos } = tr.builtinArgs(e, name, 1, [], allowSpill, [BOOL]);
    return { js: `$rt.${name}(${pos[0]!.js}, ${tr.locOf(e.span)})`, type: UNIT };
  };
}

/** Result types of methods by receiver type; unknown when not listed. */
export function methodResult(recv: Type, method: string, args: Type[]): Type {
  const same = recv;
  const elem = elementType(recv);
  const common: Record<string, Type> = {
    to_string: STRING,
    length: INT,
    is_empty: BOOL,
    contains: BOOL,
    compare: INT,
    equal: BOOL,
    hash: INT,
  };
  if (recv.k !== 'named') return common[method] ?? UNKNOWN;
  const byType: Record<string, Record<string, Type>> = {
    String: {
      starts_with: BOOL, ends_with: BOOL, trim: STRING, to_upper: STRING, to_lower: STRING,
      split: named('Array', STRING), repeat: STRING, replace: STRING, replace_all: STRING,
      char_length: INT, rev: STRING,
    },
    Array: {
      push: UNIT, pop: named('Option', elem), get: named('Option', elem), set: UNIT,
      clear: UNIT, rev: same, copy: same, join: STRING, map: named('Array', UNKNOWN),
      filter: same, each: UNIT, eachi: UNIT, sort: UNIT, last: named('Option', elem),
      fold: args[0] ?? UNKNOWN, iter: UNKNOWN, unsafe_get: elem,
    },
    Bytes: { to_array: named('Array', named('Byte')), to_unchecked_string: STRING },
    Int: conversions(),
    UInt: conversions(),
    Int64: conversions(),
    UInt64: conversions(),
    Byte: conversions(),
    Double: conversions(),
    Float: conversions(),
    Char: { to_int: INT, to_uint: named('UInt'), is_digit: BOOL, is_whitespace: BOOL },
    Bool: {},
    Option: {
      unwrap: recv.args[0] ?? UNKNOWN, is_some: BOOL, is_none: BOOL,
      unwrap_or: recv.args[0] ?? UNKNOWN, or: recv.args[0] ?? UNKNOWN,
    },
    Result: {
      unwrap: recv.args[0] ?? UNKNOWN, is_ok: BOOL, is_err: BOOL, unwrap_err: recv.args[1] ?? UNKNOWN,
    },
  };
  return byType[recv.name]?.[method] ?? common[method] ?? UNKNOWN;
}

function conversions(): Record<string, Type> {
  return {
    to_int: INT, to_int64: INT64, to_uint64: UINT64, to_uint: named('UInt'), to_double: DOUBLE,
    to_float: named('Float'), to_byte: named('Byte'), to_char: named('Option', CHAR),
    unsafe_to_char: CHAR, reinterpret_as_uint: named('UInt'), reinterpret_as_int: INT,
    reinterpret_as_uint64: UINT64, reinterpret_as_int64: INT64, abs: UNKNOWN,
    land: UNKNOWN, lor: UNKNOWN, lxor: UNKNOWN, floor: DOUBLE, ceil: DOUBLE, round: DOUBLE,
    sqrt: DOUBLE, is_nan: BOOL, to_string: STRING,
  };
}
