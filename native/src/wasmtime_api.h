// The subset of Wasmtime's C API (wasm.h + wasmtime.h, release 49) that this
// addon calls, declared by hand from the published ABI. No vendored headers:
// every struct layout relied upon is pinned by a static_assert below, so a
// mismatch with the linked library's ABI fails the build instead of corrupting
// memory at run time.
// The header is valid C11 as well as C++, so bench/c/ can use it too.
#pragma once

#ifdef __cplusplus
#include <cstddef>
#include <cstdint>
extern "C" {
#else
#include <assert.h>
#include <stdalign.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#endif

// ---- opaque types ------------------------------------------------------
typedef struct wasm_engine_t wasm_engine_t;
typedef struct wasm_config_t wasm_config_t;
typedef struct wasm_store_t wasm_store_t;
typedef struct wasm_valtype_t wasm_valtype_t;
typedef struct wasm_functype_t wasm_functype_t;
typedef struct wasm_trap_t wasm_trap_t;
typedef struct wasmtime_error wasmtime_error_t;
typedef struct wasmtime_store wasmtime_store_t;
typedef struct wasmtime_context wasmtime_context_t;
typedef struct wasmtime_module wasmtime_module_t;
typedef struct wasmtime_linker wasmtime_linker_t;
typedef struct wasmtime_caller wasmtime_caller_t;

// ---- vectors -----------------------------------------------------------
typedef struct wasm_byte_vec_t {
  size_t size;
  uint8_t* data;
} wasm_byte_vec_t;

typedef struct wasm_valtype_vec_t {
  size_t size;
  wasm_valtype_t** data;
} wasm_valtype_vec_t;

void wasm_byte_vec_delete(wasm_byte_vec_t*);
void wasm_valtype_vec_new(wasm_valtype_vec_t* out, size_t n, wasm_valtype_t* const data[]);
void wasm_valtype_vec_new_empty(wasm_valtype_vec_t* out);

// ---- value types (wasm.h numbering) -------------------------------------
// WASM_V128 is this binding's own number (the spec's VALKIND_V128), matching
// WASMTIME_V128; WASM_OTHER_REF stands for any other reference type.
typedef uint8_t wasm_valkind_t;
enum { WASM_I32 = 0, WASM_I64 = 1, WASM_F32 = 2, WASM_F64 = 3, WASM_V128 = 4,
                 WASM_EXTERNREF = 128, WASM_FUNCREF = 129, WASM_OTHER_REF = 255 };
// wasm.h has no v128 kind: wasm_valtype_new aborts on 4, and wasm_valtype_kind
// aborts on a v128 (or any reference type other than externref / funcref), so
// kinds are only ever read through wasmtime_wasm_valtype_equal (see InternSig).
wasm_valtype_t* wasm_valtype_new(wasm_valkind_t);
void wasm_valtype_delete(wasm_valtype_t*);
wasm_valtype_t* wasmtime_wasm_valtype_v128(void);
bool wasmtime_wasm_valtype_equal(const wasm_valtype_t*, const wasm_valtype_t*);
wasm_functype_t* wasm_functype_new(wasm_valtype_vec_t* params, wasm_valtype_vec_t* results);
void wasm_functype_delete(wasm_functype_t*);
const wasm_valtype_vec_t* wasm_functype_params(const wasm_functype_t*);
const wasm_valtype_vec_t* wasm_functype_results(const wasm_functype_t*);

// ---- engine / config / store ---------------------------------------------
wasm_engine_t* wasm_engine_new(void);
wasm_engine_t* wasm_engine_new_with_config(wasm_config_t*);
void wasm_engine_delete(wasm_engine_t*);
void wasmtime_engine_increment_epoch(wasm_engine_t*);
wasm_config_t* wasm_config_new(void);
void wasm_config_delete(wasm_config_t*);
wasm_store_t* wasm_store_new(wasm_engine_t*);
void wasm_store_delete(wasm_store_t*);

wasmtime_store_t* wasmtime_store_new(wasm_engine_t*, void* data, void (*finalizer)(void*));
wasmtime_context_t* wasmtime_store_context(wasmtime_store_t*);
void wasmtime_store_delete(wasmtime_store_t*);
wasmtime_error_t* wasmtime_context_set_fuel(wasmtime_context_t*, uint64_t fuel);
wasmtime_error_t* wasmtime_context_get_fuel(const wasmtime_context_t*, uint64_t* fuel);
void wasmtime_context_set_epoch_deadline(wasmtime_context_t*, uint64_t ticks);
wasmtime_error_t* wasmtime_context_gc(wasmtime_context_t*);

// Config setters: (config, bool) / (config, uint64) / (config, uint8 enum) / strings.
#define WT_BOOL_SETTERS(X)                                                   \
  X(debug_info) X(consume_fuel) X(epoch_interruption) X(wasm_threads)        \
  X(shared_memory) X(wasm_tail_call) X(wasm_reference_types)                 \
  X(wasm_function_references) X(wasm_gc) X(wasm_simd) X(wasm_relaxed_simd)   \
  X(wasm_relaxed_simd_deterministic) X(wasm_bulk_memory) X(wasm_multi_value) \
  X(wasm_multi_memory) X(wasm_memory64) X(wasm_stack_switching)              \
  X(wasm_wide_arithmetic) X(wasm_exceptions) X(wasm_custom_page_sizes)       \
  X(wasm_branch_hinting) X(wasm_component_model) X(gc_support)              \
  X(concurrency_support) X(parallel_compilation) X(cranelift_debug_verifier) \
  X(cranelift_nan_canonicalization) X(memory_may_move) X(memory_init_cow)    \
  X(native_unwind_info) X(macos_use_mach_ports) X(signals_based_traps)
#define WT_U64_SETTERS(X)                                                    \
  X(max_wasm_stack) X(async_stack_size) X(memory_reservation)                \
  X(memory_guard_size) X(memory_reservation_for_growth)
#define WT_DECL_BOOL(name) void wasmtime_config_##name##_set(wasm_config_t*, bool);
#define WT_DECL_U64(name) void wasmtime_config_##name##_set(wasm_config_t*, uint64_t);
WT_BOOL_SETTERS(WT_DECL_BOOL)
WT_U64_SETTERS(WT_DECL_U64)
#undef WT_DECL_BOOL
#undef WT_DECL_U64
// max_wasm_stack and async_stack_size take size_t in the header; identical on x86_64.
void wasmtime_config_strategy_set(wasm_config_t*, uint8_t);          // wasmtime_strategy_t
void wasmtime_config_cranelift_opt_level_set(wasm_config_t*, uint8_t);  // wasmtime_opt_level_t
void wasmtime_config_profiler_set(wasm_config_t*, uint8_t);          // wasmtime_profiling_strategy_t
void wasmtime_config_cranelift_flag_enable(wasm_config_t*, const char*);
void wasmtime_config_cranelift_flag_set(wasm_config_t*, const char* key, const char* value);
wasmtime_error_t* wasmtime_config_target_set(wasm_config_t*, const char*);
wasmtime_error_t* wasmtime_config_cache_config_load(wasm_config_t*, const char* path_or_null);

// ---- errors and traps -------------------------------------------------------
wasmtime_error_t* wasmtime_error_new(const char*);
void wasmtime_error_delete(wasmtime_error_t*);
void wasmtime_error_message(const wasmtime_error_t*, wasm_byte_vec_t* out);
wasm_trap_t* wasmtime_trap_new(const char* msg, size_t len);
void wasm_trap_delete(wasm_trap_t*);
void wasm_trap_message(const wasm_trap_t*, wasm_byte_vec_t* out);

// ---- values ----------------------------------------------------------------
typedef uint8_t wasmtime_valkind_t;
enum { WASMTIME_I32 = 0, WASMTIME_I64 = 1, WASMTIME_F32 = 2, WASMTIME_F64 = 3,
                 WASMTIME_V128 = 4, WASMTIME_FUNCREF = 5, WASMTIME_EXTERNREF = 6,
                 WASMTIME_ANYREF = 7, WASMTIME_EXNREF = 8 };

typedef struct wasmtime_func {
  uint64_t store_id;
  void* private_;
} wasmtime_func_t;

typedef struct wasmtime_gc_ref_repr {  // anyref / externref / exnref share this shape
  uint64_t store_id;
  uint32_t private1;
  uint32_t private2;
  void* private3;
} wasmtime_gc_ref_repr_t;

typedef union wasmtime_valunion {
  int32_t i32;
  int64_t i64;
  float f32;
  double f64;
  wasmtime_gc_ref_repr_t anyref;
  wasmtime_gc_ref_repr_t externref;
  wasmtime_gc_ref_repr_t exnref;
  wasmtime_func_t funcref;
  uint8_t v128[16];
} wasmtime_valunion_t;

typedef struct wasmtime_val {
  wasmtime_valkind_t kind;
  wasmtime_valunion_t of;
} wasmtime_val_t;

void wasmtime_val_unroot(wasmtime_val_t*);

// One value in the untyped form of wasmtime_func_call_unchecked: the payload
// alone, stored little-endian at offset 0 (the same bytes as wasmtime_val_t.of).
typedef union wasmtime_val_raw {
  int32_t i32;
  int64_t i64;
  float f32;
  double f64;
  uint8_t v128[16];
  uint32_t anyref;
  uint32_t externref;
  uint32_t exnref;
  void* funcref;
} wasmtime_val_raw_t;

// ---- modules, functions, instances, linkers ----------------------------------
wasmtime_error_t* wasmtime_wat2wasm(const char* wat, size_t len, wasm_byte_vec_t* out);
wasmtime_error_t* wasmtime_module_new(wasm_engine_t*, const uint8_t* wasm, size_t len, wasmtime_module_t** out);
void wasmtime_module_delete(wasmtime_module_t*);
wasmtime_error_t* wasmtime_module_serialize(wasmtime_module_t*, wasm_byte_vec_t* out);
wasmtime_error_t* wasmtime_module_deserialize(wasm_engine_t*, const uint8_t* bytes, size_t len, wasmtime_module_t** out);

typedef wasm_trap_t* (*wasmtime_func_callback_t)(void* env, wasmtime_caller_t* caller,
                                                 const wasmtime_val_t* args, size_t nargs,
                                                 wasmtime_val_t* results, size_t nresults);
void wasmtime_func_new(wasmtime_context_t*, const wasm_functype_t*, wasmtime_func_callback_t,
                       void* env, void (*finalizer)(void*), wasmtime_func_t* out);
wasm_functype_t* wasmtime_func_type(const wasmtime_context_t*, const wasmtime_func_t*);
wasmtime_error_t* wasmtime_func_call(wasmtime_context_t*, const wasmtime_func_t*,
                                     const wasmtime_val_t* args, size_t nargs,
                                     wasmtime_val_t* results, size_t nresults, wasm_trap_t** trap);
// Calls without Wasmtime's type checks: the caller guarantees that the params
// have the func's exact types and that the buffer (args, then overwritten by
// results) holds max(params, results) values.
wasmtime_error_t* wasmtime_func_call_unchecked(wasmtime_context_t*, const wasmtime_func_t*,
                                               wasmtime_val_raw_t* args_and_results, size_t args_and_results_len,
                                               wasm_trap_t** trap);

typedef struct wasmtime_instance {
  uint64_t store_id;
  size_t private_;
} wasmtime_instance_t;

typedef uint8_t wasmtime_extern_kind_t;
enum { WASMTIME_EXTERN_FUNC = 0 };
typedef union wasmtime_extern_union {
  wasmtime_func_t func;
  uint8_t other[24];  // table / global / memory / tag / sharedmemory: not inspected here
} wasmtime_extern_union_t;
typedef struct wasmtime_extern {
  wasmtime_extern_kind_t kind;
  wasmtime_extern_union_t of;
} wasmtime_extern_t;
void wasmtime_extern_delete(wasmtime_extern_t*);

wasmtime_error_t* wasmtime_instance_new(wasmtime_context_t*, const wasmtime_module_t*,
                                        const wasmtime_extern_t* imports, size_t nimports,
                                        wasmtime_instance_t* out, wasm_trap_t** trap);
bool wasmtime_instance_export_get(wasmtime_context_t*, const wasmtime_instance_t*, const char* name,
                                  size_t len, wasmtime_extern_t* out);

wasmtime_linker_t* wasmtime_linker_new(wasm_engine_t*);
void wasmtime_linker_delete(wasmtime_linker_t*);
wasmtime_error_t* wasmtime_linker_define_wasi(wasmtime_linker_t*);
wasmtime_error_t* wasmtime_linker_instantiate(const wasmtime_linker_t*, wasmtime_context_t*,
                                              const wasmtime_module_t*, wasmtime_instance_t* out,
                                              wasm_trap_t** trap);
#ifdef __cplusplus
}  // extern "C"
#endif

// ---- ABI pins (values from the 49.0.0 headers, x86_64 Linux) -----------------
static_assert(sizeof(wasm_byte_vec_t) == 16 && offsetof(wasm_byte_vec_t, data) == 8, "wasm_byte_vec_t");
static_assert(sizeof(wasm_valtype_vec_t) == 16 && offsetof(wasm_valtype_vec_t, data) == 8, "wasm_valtype_vec_t");
static_assert(sizeof(wasmtime_func_t) == 16 && offsetof(wasmtime_func_t, private_) == 8, "wasmtime_func_t");
static_assert(sizeof(wasmtime_gc_ref_repr_t) == 24, "anyref/externref/exnref");
static_assert(sizeof(wasmtime_valunion_t) == 24 && alignof(wasmtime_valunion_t) == 8, "wasmtime_valunion_t");
static_assert(sizeof(wasmtime_val_t) == 32 && offsetof(wasmtime_val_t, of) == 8, "wasmtime_val_t");
static_assert(sizeof(wasmtime_val_raw_t) == 16 && alignof(wasmtime_val_raw_t) == 8, "wasmtime_val_raw_t");
static_assert(sizeof(wasmtime_instance_t) == 16, "wasmtime_instance_t");
static_assert(sizeof(wasmtime_extern_union_t) == 24, "wasmtime_extern_union_t");
static_assert(sizeof(wasmtime_extern_t) == 32 && offsetof(wasmtime_extern_t, of) == 8, "wasmtime_extern_t");
static_assert(sizeof(bool) == 1 && sizeof(size_t) == 8, "bool / size_t");

#ifdef __cplusplus
// Layout facts exported to JavaScript so binding/ can cross-check its offsets.
constexpr uint32_t kValSize = sizeof(wasmtime_val_t);
constexpr uint32_t kValKindOffset = offsetof(wasmtime_val_t, kind);
constexpr uint32_t kValPayloadOffset = offsetof(wasmtime_val_t, of);
constexpr uint32_t kFuncSize = sizeof(wasmtime_func_t);
#endif
