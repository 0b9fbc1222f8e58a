// Every module of the core library table (see README.md). The checker reads
// their signatures, the runtime their implementations.
import type { CoreModule } from './define.ts';
import builtinBool from './builtin/bool.ts';
import builtinByte from './builtin/byte.ts';
import builtinCompare from './builtin/compare.ts';
import builtinDouble from './builtin/double.ts';
import builtinFloat from './builtin/float.ts';
import builtinHasher from './builtin/hasher.ts';
import builtinInt from './builtin/int.ts';
import builtinInt16 from './builtin/int16.ts';
import builtinInt64 from './builtin/int64.ts';
import builtinUInt from './builtin/uint.ts';
import builtinUInt16 from './builtin/uint16.ts';
import builtinUInt64 from './builtin/uint64.ts';
import builtinUnit from './builtin/unit.ts';
import byte from './byte.ts';
import cmp from './cmp.ts';
import double from './double.ts';
import float from './float.ts';
import int from './int.ts';
import int16 from './int16.ts';
import int64 from './int64.ts';
import math from './math.ts';
import strconv from './strconv.ts';
import uint from './uint.ts';
import uint16 from './uint16.ts';
import uint64 from './uint64.ts';
import unit from './unit.ts';

export const CORE_MODULES: readonly CoreModule[] = [
  builtinBool,
  builtinByte,
  builtinCompare,
  builtinDouble,
  builtinFloat,
  builtinHasher,
  builtinInt,
  builtinInt16,
  builtinInt64,
  builtinUInt,
  builtinUInt16,
  builtinUInt64,
  builtinUnit,
  byte,
  cmp,
  double,
  float,
  int,
  int16,
  int64,
  math,
  strconv,
  uint,
  uint16,
  uint64,
  unit,
];
