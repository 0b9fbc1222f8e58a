// The binding's host stack creator: the only one config_host_stack_creator_set_bytes
// accepts (JavaScript cannot supply native callbacks). It gives Wasmtime the
// stacks of async calls as fresh anonymous mappings, page aligned, zero filled,
// with an inaccessible guard page below each, as Wasmtime's StackCreator
// contract asks. Header-only, so that wasmtime_config_probe (which replays
// configurations) installs the very same creator.
//
// The C declarations follow wasmtime/async.h of release 49 (checked against
// the ctypes table of the 49.0.0 wheel, wasmtime-py's _bindings.py).
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

#include "wasmtime_api.h"

extern "C" {
typedef uint8_t* (*wasmtime_stack_memory_get_callback_t)(void* env, size_t* out_len);
typedef struct wasmtime_stack_memory_t {
  void* env;
  wasmtime_stack_memory_get_callback_t get_stack_memory;
  void (*finalizer)(void*);
} wasmtime_stack_memory_t;
typedef wasmtime_error_t* (*wasmtime_new_stack_memory_callback_t)(void* env, size_t size, bool zeroed,
                                                                  wasmtime_stack_memory_t* stack_ret);
typedef struct wasmtime_stack_creator_t {
  void* env;
  wasmtime_new_stack_memory_callback_t new_stack;
  void (*finalizer)(void*);
} wasmtime_stack_creator_t;
// Wasmtime copies the struct (and owns env from then on).
void wasmtime_config_host_stack_creator_set(wasm_config_t*, const wasmtime_stack_creator_t*);
}

static_assert(sizeof(wasmtime_stack_memory_t) == 24 && offsetof(wasmtime_stack_memory_t, finalizer) == 16,
              "wasmtime_stack_memory_t");
static_assert(sizeof(wasmtime_stack_creator_t) == 24 && offsetof(wasmtime_stack_creator_t, new_stack) == 8,
              "wasmtime_stack_creator_t");

namespace wt {

// What make_stack_creator_buffer() writes into its sizeof(wasmtime_stack_creator_t)
// bytes: a tag naming the binding's creator (the rest stays zero). It holds no
// address; config_host_stack_creator_set_bytes accepts these bytes only.
constexpr char kStackCreatorTag[] = "wt-stack-creator/mmap";
static_assert(sizeof(kStackCreatorTag) <= sizeof(wasmtime_stack_creator_t), "tag fits the buffer");

// Stacks the creator made so far, in this process (a test observable).
inline std::atomic<uint64_t> g_host_stacks_made{0};

struct HostStack {
  uint8_t* mapping;  // guard page first, then the stack
  size_t mapping_len;
  size_t stack_len;
};

inline uint8_t* HostStackTop(void* env, size_t* out_len) {
  auto* s = static_cast<HostStack*>(env);
  *out_len = s->stack_len;
  return s->mapping + s->mapping_len;  // stacks grow down from here
}

inline void HostStackFree(void* env) {
  auto* s = static_cast<HostStack*>(env);
  munmap(s->mapping, s->mapping_len);
  delete s;
}

// Anonymous mappings are zero filled, so `zeroed` is always honoured.
inline wasmtime_error_t* HostStackNew(void*, size_t size, bool, wasmtime_stack_memory_t* out) {
  const size_t page = static_cast<size_t>(sysconf(_SC_PAGESIZE));
  const size_t stack_len = (size + page - 1) / page * page;
  const size_t mapping_len = stack_len + page;
  void* p = mmap(nullptr, mapping_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return wasmtime_error_new("host stack creator: mmap failed");
  if (mprotect(p, page, PROT_NONE) != 0) {
    munmap(p, mapping_len);
    return wasmtime_error_new("host stack creator: could not protect the guard page");
  }
  out->env = new HostStack{static_cast<uint8_t*>(p), mapping_len, stack_len};
  out->get_stack_memory = HostStackTop;
  out->finalizer = HostStackFree;
  g_host_stacks_made++;
  return nullptr;
}

inline void SetHostStackCreator(wasm_config_t* cfg) {
  wasmtime_stack_creator_t creator{nullptr, HostStackNew, nullptr};
  wasmtime_config_host_stack_creator_set(cfg, &creator);
}

}  // namespace wt
