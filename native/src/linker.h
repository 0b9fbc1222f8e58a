// Linker and instance-pre handles: made in linker.cc, given async host
// functions in func.cc, instantiated asynchronously in async.cc.
#pragma once

#include "common.h"
#include "wasmtime_async_wasi_api.h"

namespace wt {

struct LinkerHandle : Owner<Kind::Linker, Unique<wasmtime_linker_t, wasmtime_linker_delete>> {
  static constexpr const char* kDeleteFn = "linker_delete";
  using Owner::Owner;
  bool wasi_defined = false;
  // linker_define_async_func_ptr defined a function: only async stores may
  // instantiate through it (Wasmtime would refuse a synchronous one, and
  // leave the store requiring async calls from then on).
  bool async_funcs = false;
};

// A wasmtime_instance_pre_t, shared by its handle and the async
// instantiations that borrow it, so that deleting the handle while one is
// unfinished frees nothing it uses.
struct InstancePreState {
  InstancePreState(wasmtime_instance_pre_t* p, EngineRef e, bool wasi)
      : ptr(p), engine(std::move(e)), needs_wasi(wasi) {}
  ~InstancePreState() { wasmtime_instance_pre_delete(ptr); }
  InstancePreState(const InstancePreState&) = delete;
  InstancePreState& operator=(const InstancePreState&) = delete;
  wasmtime_instance_pre_t* ptr;
  EngineRef engine;
  // Made from a linker that defines WASI: a store needs a WASI context (the
  // C API aborts when a WASI import runs without one).
  bool needs_wasi;
};
using InstancePreRef = std::shared_ptr<InstancePreState>;

struct InstancePreHandle : Owner<Kind::InstancePre, InstancePreRef> {
  static constexpr const char* kDeleteFn = "instance_pre_delete";
  using Owner::Owner;
};

}  // namespace wt
