// The binding benchmark's loops written directly against the C API, compiled
// at bench time with the system cc and native/src/wasmtime_api.h.
// Usage: bench <call_iters> <instantiate_iters> <compile_iters>; prints one JSON line.
#define _POSIX_C_SOURCE 199309L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "wasmtime_api.h"

static const char WAT[] =
    "(module (func (export \"add\") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))";

static double now_ns(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static void check(wasmtime_error_t* e, wasm_trap_t* t, const char* what) {
  if (e || t) {
    fprintf(stderr, "bench.c: %s failed\n", what);
    exit(1);
  }
}

int main(int argc, char** argv) {
  long calls = argc > 1 ? atol(argv[1]) : 1000000;
  long insts = argc > 2 ? atol(argv[2]) : 10000;
  long compiles = argc > 3 ? atol(argv[3]) : 200;
  wasm_engine_t* engine = wasm_engine_new();
  wasm_byte_vec_t wasm;
  check(wasmtime_wat2wasm(WAT, strlen(WAT), &wasm), NULL, "wat2wasm");
  wasmtime_module_t* module;
  check(wasmtime_module_new(engine, wasm.data, wasm.size, &module), NULL, "module_new");

  // (1) call cycle: set two args, call, read the result.
  wasmtime_store_t* store = wasmtime_store_new(engine, NULL, NULL);
  wasmtime_context_t* ctx = wasmtime_store_context(store);
  wasmtime_instance_t inst;
  wasm_trap_t* trap = NULL;
  check(wasmtime_instance_new(ctx, module, NULL, 0, &inst, &trap), trap, "instance_new");
  wasmtime_extern_t ext;
  if (!wasmtime_instance_export_get(ctx, &inst, "add", 3, &ext)) return 1;
  wasmtime_val_t args[2], results[1];
  long long sum = 0;
  double t0 = now_ns();
  for (long i = 0; i < calls; i++) {
    args[0].kind = WASMTIME_I32; args[0].of.i32 = (int32_t)i;
    args[1].kind = WASMTIME_I32; args[1].of.i32 = 1;
    check(wasmtime_func_call(ctx, &ext.of.func, args, 2, results, 1, &trap), trap, "func_call");
    sum += results[0].of.i32;
  }
  double call_ns = (now_ns() - t0) / calls;
  wasmtime_store_delete(store);

  // (2) store creation plus instantiation.
  t0 = now_ns();
  for (long i = 0; i < insts; i++) {
    wasmtime_store_t* s = wasmtime_store_new(engine, NULL, NULL);
    wasmtime_instance_t in;
    check(wasmtime_instance_new(wasmtime_store_context(s), module, NULL, 0, &in, &trap), trap, "instance_new");
    wasmtime_store_delete(s);
  }
  double inst_ns = (now_ns() - t0) / insts;

  // (3) WAT compilation (text to a compiled module).
  t0 = now_ns();
  for (long i = 0; i < compiles; i++) {
    wasm_byte_vec_t w;
    check(wasmtime_wat2wasm(WAT, strlen(WAT), &w), NULL, "wat2wasm");
    wasmtime_module_t* m;
    check(wasmtime_module_new(engine, w.data, w.size, &m), NULL, "module_new");
    wasm_byte_vec_delete(&w);
    wasmtime_module_delete(m);
  }
  double compile_ns = (now_ns() - t0) / compiles;

  printf("{\"call\": %.1f, \"instantiate\": %.1f, \"compile\": %.1f, \"checksum\": %lld}\n", call_ns, inst_ns,
         compile_ns, sum);
  wasmtime_module_delete(module);
  wasm_byte_vec_delete(&wasm);
  wasm_engine_delete(engine);
  return 0;
}
