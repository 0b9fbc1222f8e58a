// The core library modules of the numbers area (the numbers*.test.ts files
// test these, independently of the other areas' modules).
import type { CoreModule } from '../../../harness/corelib/define.ts';
import builtinBool from '../../../harness/corelib/builtin/bool.ts';
import builtinByte from '../../../harness/corelib/builtin/byte.ts';
import builtinCompare from '../../../harness/corelib/builtin/compare.ts';
import builtinDouble from '../../../harness/corelib/builtin/double.ts';
import builtinFloat from '../../../harness/corelib/builtin/float.ts';
import builtinHasher from '../../../harness/corelib/builtin/hasher.ts';
import builtinInt from '../../../harness/corelib/builtin/int.ts';
import builtinInt16 from '../../../harness/corelib/builtin/int16.ts';
import builtinInt64 from '../../../harness/corelib/builtin/int64.ts';
import builtinUInt from '../../../harness/corelib/builtin/uint.ts';
import builtinUInt16 from '../../../harness/corelib/builtin/uint16.ts';
import builtinUInt64 from '../../../harness/corelib/builtin/uint64.ts';
import builtinUnit from '../../../harness/corelib/builtin/unit.ts';
import byte from '../../../harness/corelib/byte.ts';
import cmp from '../../../harness/corelib/cmp.ts';
import double from '../../../harness/corelib/double.ts';
import float from '../../../harness/corelib/float.ts';
import int from '../../../harness/corelib/int.ts';
import int16 from '../../../harness/corelib/int16.ts';
import int64 from '../../../harness/corelib/int64.ts';
import math from '../../../harness/corelib/math.ts';
import strconv from '../../../harness/corelib/strconv.ts';
import string from '../../../harness/corelib/string.ts';
import uint from '../../../harness/corelib/uint.ts';
import uint16 from '../../../harness/corelib/uint16.ts';
import uint64 from '../../../harness/corelib/uint64.ts';
import unit from '../../../harness/corelib/unit.ts';

const modules: readonly CoreModule[] = [
  builtinBool, builtinByte, builtinCompare, builtinDouble, builtinFloat, builtinHasher, builtinInt,
  builtinInt16, builtinInt64, builtinUInt, builtinUInt16, builtinUInt64, builtinUnit,
  byte, cmp, double, float, int, int16, int64, math, strconv, string, uint, uint16, uint64, unit,
];
export default modules;
