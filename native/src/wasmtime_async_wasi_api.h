// The async and WASI part of Wasmtime's C API (release 49.0.0) that async.cc,
// jobs.cc and wasi.cc call, declared by hand in the style of wasmtime_api.h
// (no vendored headers). Every signature was checked against the library's
// dynamic symbols (`nm -D .wasmtime/lib/libwasmtime.so`) and against the ctypes
// bindings generated from the 49.0.0 headers (wasmtime-py's _bindings.py).
//
// Facts of 49.0.0 that differ from older/newer docs:
//  * There is no `wasmtime_config_async_support_set`: async support is always
//    compiled in, and a store becomes "async" by its use. Once a store has an
//    async yield configured (fuel_async_yield_interval / epoch async yield),
//    the synchronous entry points return the error "store configuration
//    requires that `*_async` functions are used instead".
//  * `wasmtime_context_epoch_deadline_async_yield_and_update` returns void
//    (the header says wasmtime_error_t*; see below).
//  * `wasi_config_preopen_dir` takes FOUR arguments
//    (config, host_path, guest_path, bool fs_mutable) -- not the
//    (dir_perms, file_perms) pair of other releases. See wasi.cc.
#pragma once

#include "wasmtime_api.h"

extern "C" {

typedef struct wasmtime_call_future wasmtime_call_future_t;
typedef struct wasi_config_t wasi_config_t;

// ---- async (wasmtime/async.h) ------------------------------------------------
wasmtime_error_t* wasmtime_context_fuel_async_yield_interval(wasmtime_context_t*, uint64_t interval);
// The 49.0.0 header (and bindings generated from it) declare a
// wasmtime_error_t* result, but the library's implementation returns nothing:
// disassembly shows rax left holding an unrelated static address (a vtable),
// which, taken for an error, crashes on use. Declared void here.
void wasmtime_context_epoch_deadline_async_yield_and_update(wasmtime_context_t*, uint64_t delta);
// args/results/trap_ret/error_ret must stay valid until the future completes
// (poll returned true) or is deleted: the call writes them when it finishes.
wasmtime_call_future_t* wasmtime_func_call_async(wasmtime_context_t*, const wasmtime_func_t*,
                                                 const wasmtime_val_t* args, size_t nargs,
                                                 wasmtime_val_t* results, size_t nresults,
                                                 wasm_trap_t** trap_ret, wasmtime_error_t** error_ret);
wasmtime_call_future_t* wasmtime_linker_instantiate_async(const wasmtime_linker_t*, wasmtime_context_t*,
                                                          const wasmtime_module_t*, wasmtime_instance_t* out,
                                                          wasm_trap_t** trap_ret, wasmtime_error_t** error_ret);
bool wasmtime_call_future_poll(wasmtime_call_future_t*);  // true when finished; never poll again after
void wasmtime_call_future_delete(wasmtime_call_future_t*);

// ---- async host functions and instance-pres (wasmtime/async.h, linker.h, instance.h) ----
typedef struct wasmtime_instance_pre wasmtime_instance_pre_t;
// Returns true once the host call has completed (false: yield to the poller, ask again).
typedef bool (*wasmtime_func_async_continuation_callback_t)(void* env);
typedef struct wasmtime_async_continuation_t {
  wasmtime_func_async_continuation_callback_t callback;
  void* env;
  void (*finalizer)(void*);
} wasmtime_async_continuation_t;
typedef void (*wasmtime_func_async_callback_t)(void* env, wasmtime_caller_t* caller, const wasmtime_val_t* args,
                                               size_t nargs, wasmtime_val_t* results, size_t nresults,
                                               wasm_trap_t** trap_ret, wasmtime_async_continuation_t* continuation_ret);
// Module and name are UTF-8 of the given lengths (Wasmtime reports bad UTF-8 as an error).
wasmtime_error_t* wasmtime_linker_define_async_func(wasmtime_linker_t*, const char* module, size_t module_len,
                                                   const char* name, size_t name_len, const wasm_functype_t* ty,
                                                   wasmtime_func_async_callback_t cb, void* data,
                                                   void (*finalizer)(void*));
wasmtime_error_t* wasmtime_linker_instantiate_pre(const wasmtime_linker_t*, const wasmtime_module_t*,
                                                  wasmtime_instance_pre_t** out);
void wasmtime_instance_pre_delete(wasmtime_instance_pre_t*);
// Borrows the instance-pre until the future is deleted.
wasmtime_call_future_t* wasmtime_instance_pre_instantiate_async(const wasmtime_instance_pre_t*, wasmtime_context_t*,
                                                                wasmtime_instance_t* out, wasm_trap_t** trap_ret,
                                                                wasmtime_error_t** error_ret);
// New owned handles to the same linker / module (a future can then own what it borrows).
wasmtime_linker_t* wasmtime_linker_clone(const wasmtime_linker_t*);
wasmtime_module_t* wasmtime_module_clone(const wasmtime_module_t*);

// ---- epoch deadline callback (wasmtime/store.h) ---------------------------------
// What Wasmtime does after the callback returns no error: continue, or (async
// calls only) yield to the poller first; either way the deadline moves
// `*delta` ticks past the current epoch.
typedef uint8_t wasmtime_update_deadline_kind_t;
enum { WASMTIME_UPDATE_DEADLINE_CONTINUE = 0, WASMTIME_UPDATE_DEADLINE_YIELD = 1 };
typedef wasmtime_error_t* (*wasmtime_epoch_deadline_callback_t)(wasmtime_context_t*, void* data, uint64_t* delta,
                                                                wasmtime_update_deadline_kind_t* kind);
void wasmtime_store_epoch_deadline_callback(wasmtime_store_t*, wasmtime_epoch_deadline_callback_t, void* data,
                                            void (*finalizer)(void*));

// ---- misc used by the async / job code -------------------------------------------
void wasm_byte_vec_new(wasm_byte_vec_t* out, size_t size, const uint8_t* data);  // copies

// ---- WASI (wasi.h) ------------------------------------------------------------
wasi_config_t* wasi_config_new(void);
void wasi_config_delete(wasi_config_t*);
bool wasi_config_set_argv(wasi_config_t*, size_t argc, const char* const argv[]);
void wasi_config_inherit_argv(wasi_config_t*);
bool wasi_config_set_env(wasi_config_t*, size_t envc, const char* const names[], const char* const values[]);
void wasi_config_inherit_env(wasi_config_t*);
bool wasi_config_set_stdin_file(wasi_config_t*, const char* path);
void wasi_config_set_stdin_bytes(wasi_config_t*, wasm_byte_vec_t* binary);  // takes the vector's contents
void wasi_config_inherit_stdin(wasi_config_t*);
bool wasi_config_set_stdout_file(wasi_config_t*, const char* path);
void wasi_config_inherit_stdout(wasi_config_t*);
bool wasi_config_set_stderr_file(wasi_config_t*, const char* path);
void wasi_config_inherit_stderr(wasi_config_t*);
// 49.0.0: four arguments (see the note at the top).
bool wasi_config_preopen_dir(wasi_config_t*, const char* host_path, const char* guest_path, bool fs_mutable);
// Takes ownership of the config in every case (also on error).
wasmtime_error_t* wasmtime_context_set_wasi(wasmtime_context_t*, wasi_config_t*);

}  // extern "C"

static_assert(sizeof(bool) == 1, "the C API's bool is one byte");
static_assert(sizeof(wasmtime_async_continuation_t) == 24 &&
                  offsetof(wasmtime_async_continuation_t, finalizer) == 16,
              "wasmtime_async_continuation_t");
static_assert(sizeof(wasmtime_update_deadline_kind_t) == 1, "wasmtime_update_deadline_kind_t is a uint8_t");

// The two declarations above that differ between releases are only called
// when the linked library is the release they were checked against (the
// build may link another one through WASMTIME_HOME): calling a five-argument
// preopen with four arguments would leave its permissions to chance.
inline bool LinkedIsAbiChecked() {
  const char* v = WASMTIME_LINKED_VERSION;
  return v[0] == '4' && v[1] == '9' && v[2] == '.';
}
static_assert(sizeof(const char* const*) == 8 && sizeof(size_t) == 8, "x86_64 / LP64 only");
