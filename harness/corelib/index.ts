// Every module of the core library table (see README.md). The checker reads
// their signatures, the runtime their implementations.
import type { CoreModule } from './define.ts';
import builtinArray from './builtin/array.ts';
import builtinArrayView from './builtin/arrayview.ts';
import builtinFixedArray from './builtin/fixedarray.ts';
import builtinIter from './builtin/iter.ts';
import builtinMap from './builtin/map.ts';
import builtinOption from './builtin/option.ts';
import builtinResult from './builtin/result.ts';
import builtinTuple from './builtin/tuple.ts';
import pkgArray from './array.ts';
import pkgHashmap from './hashmap.ts';
import pkgHashset from './hashset.ts';
import pkgOption from './option.ts';
import pkgRef from './ref.ts';
import pkgResult from './result.ts';
import pkgSet from './set.ts';
import pkgTuple from './tuple.ts';

export const CORE_MODULES: readonly CoreModule[] = [
  builtinArray,
  builtinArrayView,
  builtinFixedArray,
  builtinIter,
  builtinMap,
  builtinOption,
  builtinResult,
  builtinTuple,
  pkgArray,
  pkgHashmap,
  pkgHashset,
  pkgOption,
  pkgRef,
  pkgResult,
  pkgSet,
  pkgTuple,
];
