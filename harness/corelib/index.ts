// Every module of the core library table (see README.md). The checker reads
// their signatures, the runtime their implementations.
import type { CoreModule } from './define.ts';
import builtin_intrinsics from './builtin/intrinsics.ts';
import abort from './abort.ts';
import argparse from './argparse.ts';
import array from './array.ts';
import bench from './bench.ts';
import bigint from './bigint.ts';
import buffer from './buffer.ts';
import builtin_array from './builtin/array.ts';
import builtin_arrayview from './builtin/arrayview.ts';
import builtin_assert from './builtin/assert.ts';
import builtin_bool from './builtin/bool.ts';
import builtin_byte from './builtin/byte.ts';
import builtin_bytes from './builtin/bytes.ts';
import builtin_bytesview from './builtin/bytesview.ts';
import builtin_char from './builtin/char.ts';
import builtin_compare from './builtin/compare.ts';
import builtin_console from './builtin/console.ts';
import builtin_double from './builtin/double.ts';
import builtin_failure from './builtin/failure.ts';
import builtin_fixedarray from './builtin/fixedarray.ts';
import builtin_float from './builtin/float.ts';
import builtin_hasher from './builtin/hasher.ts';
import builtin_int from './builtin/int.ts';
import builtin_int16 from './builtin/int16.ts';
import builtin_int64 from './builtin/int64.ts';
import builtin_iter from './builtin/iter.ts';
import builtin_json from './builtin/json.ts';
import builtin_map from './builtin/map.ts';
import builtin_option from './builtin/option.ts';
import builtin_result from './builtin/result.ts';
import builtin_sourceloc from './builtin/sourceloc.ts';
import builtin_string from './builtin/string.ts';
import builtin_stringbuilder from './builtin/stringbuilder.ts';
import builtin_stringview from './builtin/stringview.ts';
import builtin_tuple from './builtin/tuple.ts';
import builtin_uint from './builtin/uint.ts';
import builtin_uint16 from './builtin/uint16.ts';
import builtin_uint64 from './builtin/uint64.ts';
import builtin_unit from './builtin/unit.ts';
import byte from './byte.ts';
import cmp from './cmp.ts';
import coverage from './coverage.ts';
import debug from './debug.ts';
import deque from './deque.ts';
import diff from './diff.ts';
import double from './double.ts';
import encoding_ascii from './encoding/ascii.ts';
import encoding_base64 from './encoding/base64.ts';
import encoding_hex from './encoding/hex.ts';
import encoding_utf16 from './encoding/utf16.ts';
import encoding_utf8 from './encoding/utf8.ts';
import env from './env.ts';
import error from './error.ts';
import float from './float.ts';
import hashmap from './hashmap.ts';
import hashset from './hashset.ts';
import immut_hashmap from './immut/hashmap.ts';
import immut_hashset from './immut/hashset.ts';
import immut_internal_path from './immut/internal/path.ts';
import immut_internal_sparse_array from './immut/internal/sparse_array.ts';
import immut_priority_queue from './immut/priority_queue.ts';
import immut_sorted_map from './immut/sorted_map.ts';
import immut_sorted_set from './immut/sorted_set.ts';
import immut_vector from './immut/vector.ts';
import immut_vector_map from './immut/vector_map.ts';
import int from './int.ts';
import int16 from './int16.ts';
import int64 from './int64.ts';
import json from './json.ts';
import lazy_list from './lazy_list.ts';
import list from './list.ts';
import math from './math.ts';
import option from './option.ts';
import prelude from './prelude.ts';
import priority_queue from './priority_queue.ts';
import queue from './queue.ts';
import quickcheck from './quickcheck.ts';
import quickcheck_splitmix from './quickcheck/splitmix.ts';
import random from './random.ts';
import ref from './ref.ts';
import result from './result.ts';
import set from './set.ts';
import sorted_map from './sorted_map.ts';
import sorted_set from './sorted_set.ts';
import strconv from './strconv.ts';
import string from './string.ts';
import test from './test.ts';
import tuple from './tuple.ts';
import uint from './uint.ts';
import uint16 from './uint16.ts';
import uint64 from './uint64.ts';
import unit from './unit.ts';

export const CORE_MODULES: readonly CoreModule[] = [
  builtin_intrinsics,
  abort,
  argparse,
  array,
  bench,
  bigint,
  buffer,
  builtin_array,
  builtin_arrayview,
  builtin_assert,
  builtin_bool,
  builtin_byte,
  builtin_bytes,
  builtin_bytesview,
  builtin_char,
  builtin_compare,
  builtin_console,
  builtin_double,
  builtin_failure,
  builtin_fixedarray,
  builtin_float,
  builtin_hasher,
  builtin_int,
  builtin_int16,
  builtin_int64,
  builtin_iter,
  builtin_json,
  builtin_map,
  builtin_option,
  builtin_result,
  builtin_sourceloc,
  builtin_string,
  builtin_stringbuilder,
  builtin_stringview,
  builtin_tuple,
  builtin_uint,
  builtin_uint16,
  builtin_uint64,
  builtin_unit,
  byte,
  cmp,
  coverage,
  debug,
  deque,
  diff,
  double,
  encoding_ascii,
  encoding_base64,
  encoding_hex,
  encoding_utf16,
  encoding_utf8,
  env,
  error,
  float,
  hashmap,
  hashset,
  immut_hashmap,
  immut_hashset,
  immut_internal_path,
  immut_internal_sparse_array,
  immut_priority_queue,
  immut_sorted_map,
  immut_sorted_set,
  immut_vector,
  immut_vector_map,
  int,
  int16,
  int64,
  json,
  lazy_list,
  list,
  math,
  option,
  prelude,
  priority_queue,
  queue,
  quickcheck,
  quickcheck_splitmix,
  random,
  ref,
  result,
  set,
  sorted_map,
  sorted_set,
  strconv,
  string,
  test,
  tuple,
  uint,
  uint16,
  uint64,
  unit,
];
