// Shared machinery of the addon: handle objects, argument conversion, and the
// MoonBit-style Failure / Ok / Err values. Every concept file (engine.cc,
// store.cc, ...) includes this and registers its exports from one function
// declared at the bottom, which addon.cc calls.
//
// Ownership model:
//  * Each JS handle is an External holding exactly one heap `Handle`, freed by
//    the External's GC finalizer. A pointer read back from an External is only
//    trusted once found in this addon's set of live handles, so a foreign
//    External or any other value is rejected. The Handle records its Kind and
//    State (live / deleted / consumed); every use goes through Unwrap<T>(),
//    which checks all three and throws a TypeError naming the function.
//  * Native objects live in *State structs held by std::shared_ptr. A dependent
//    (store, module, linker) holds a shared_ptr to its engine state, a context or
//    instance to its store state, so GC finalizers can run in any order: the
//    native object is freed exactly once, by State::Free() (explicit delete) or
//    by the State destructor (last reference gone).
#pragma once

#include <napi.h>

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "wasmtime_api.h"

namespace wt {

enum class Kind : uint32_t {
  Engine, Config, Store, WasmtimeStore, Context, WasmtimeError, FuncType, Module, Linker,
  Instance,
  // async.cc, jobs.cc, wasi.cc.
  CallFuture, CallFutureThread, WasmJob, WasiJob, WasiConfig,
};
const char* KindName(Kind k);

enum class State : uint8_t { Live, Deleted, Consumed };

struct Handle {
  explicit Handle(Kind k) : kind(k) {}
  virtual ~Handle() = default;
  // Marks the handle as used up by function `fn`: later uses name it.
  void Consume(const char* fn) {
    state = State::Consumed;
    consumedBy = fn;
  }
  Kind kind;
  State state = State::Live;
  const char* consumedBy = nullptr;  // function name that consumed it
};

// Wraps `h` (ownership moves to the JS object; freed by its GC finalizer).
Napi::Object NewHandle(Napi::Env env, Handle* h);

// Returns the live handle of kind `k` at info[i], or throws a TypeError.
Handle* UnwrapAny(const Napi::CallbackInfo& info, size_t i, Kind k, const char* fn, bool allowDead = false);
template <typename T>
T* Unwrap(const Napi::CallbackInfo& info, size_t i, const char* fn, bool allowDead = false) {
  return static_cast<T*>(UnwrapAny(info, i, T::kKind, fn, allowDead));
}

// ---- errors ---------------------------------------------------------------
[[noreturn]] void ThrowType(Napi::Env env, const std::string& msg);
[[noreturn]] void ThrowError(Napi::Env env, const std::string& msg);
// Throws binding/moonbit.ts's Failure(msg) (a Wasmtime-reported failure).
[[noreturn]] void ThrowFailure(Napi::Env env, const std::string& msg);
Napi::Value MakeFailure(Napi::Env env, const std::string& msg);
Napi::Value MakeOk(Napi::Env env, Napi::Value v);
Napi::Value MakeErr(Napi::Env env, Napi::Value e);

// Message of a wasmtime_error_t / wasm_trap_t (does not free it).
std::string ErrorText(const wasmtime_error_t* e);
std::string TrapText(const wasm_trap_t* t);
// Takes ownership: returns the message and frees the object.
std::string TakeErrorText(wasmtime_error_t* e);
std::string TakeTrapText(wasm_trap_t* t);

// ---- argument conversion --------------------------------------------------
void CheckArgc(const Napi::CallbackInfo& info, size_t n, const char* fn);
bool ArgBool(const Napi::CallbackInfo& info, size_t i, const char* fn);
int32_t ArgInt(const Napi::CallbackInfo& info, size_t i, const char* fn);
uint64_t ArgU64(const Napi::CallbackInfo& info, size_t i, const char* fn);
std::string ArgString(const Napi::CallbackInfo& info, size_t i, const char* fn);

// A Uint8Array argument, looked up at call time (handles detached and
// resizable buffers: the length is whatever it is now).
struct Bytes {
  uint8_t* data;
  size_t length;
  napi_value value;
};
Bytes ArgBytes(const Napi::CallbackInfo& info, size_t i, const char* fn);
// The same for any ArrayBufferView (its bytes), without telling typed-array
// kinds apart: cheaper, for hot paths whose TypeScript wrapper has already
// checked that the argument is a Uint8Array.
Bytes ArgViewBytes(const Napi::CallbackInfo& info, size_t i, const char* fn);
Napi::Value NewBytes(Napi::Env env, const void* data, size_t len);
Napi::Value U64ToJs(Napi::Env env, uint64_t v);

// ---- shared native states ---------------------------------------------------
struct EngineState {
  explicit EngineState(wasm_engine_t* e) : ptr(e) {}
  ~EngineState() { if (ptr) wasm_engine_delete(ptr); }
  wasm_engine_t* ptr;
};
using EngineRef = std::shared_ptr<EngineState>;

struct FuncKey {
  uint64_t store_id;
  uintptr_t priv;
  bool operator==(const FuncKey& o) const { return store_id == o.store_id && priv == o.priv; }
};
struct FuncKeyHash {
  size_t operator()(const FuncKey& k) const {
    return std::hash<uint64_t>()(k.store_id * 0x9E3779B97F4A7C15ull ^ k.priv);
  }
};
// A func's type as calls need it: parameter and result kinds in wasm.h
// numbering (which agrees with wasmtime_valkind_t for i32..v128; WASM_OTHER_REF
// for reference types other than externref and funcref). Interned for
// the life of the process (see InternSig), so holders keep a plain pointer.
struct FuncSig {
  std::vector<uint8_t> params, results;
  bool numeric;  // every kind is i32..v128: calls may skip Wasmtime's own type checks
  // Whether a call with these arguments (numeric kinds only, as the binding
  // allows) and this many results has exactly this type.
  bool Accepts(const wasmtime_val_t* args, size_t nargs, size_t nres) const {
    if (nargs != params.size() || nres != results.size()) return false;
    for (size_t i = 0; i < nargs; i++) {
      if (args[i].kind != params[i]) return false;
    }
    return true;
  }
  bool operator<(const FuncSig& o) const {
    return params != o.params ? params < o.params : results < o.results;
  }
};
const FuncSig* InternSig(const wasm_functype_t* ft);

// A wasmtime_store_t plus what the binding knows about it.
struct StoreState {
  StoreState(EngineRef e, wasmtime_store_t* s)
      : engine(std::move(e)), ptr(s), ctx(wasmtime_store_context(s)) {}
  ~StoreState() { Free(); }
  void Free() {
    if (ptr) wasmtime_store_delete(ptr);
    ptr = nullptr;
    ctx = nullptr;
    funcs.clear();
    engine.reset();
  }
  EngineRef engine;
  wasmtime_store_t* ptr;
  wasmtime_context_t* ctx;
  // Every wasmtime_func_t this binding handed out for this store, with its type.
  // Func bytes coming back from JS must be found here (Wasmtime aborts the
  // process on a func of another store, and forged bytes would be dereferenced).
  std::unordered_map<FuncKey, const FuncSig*, FuncKeyHash> funcs;
  // Set by the WASI file when a WASI context is attached (context_set_wasi);
  // instantiation through a linker with WASI defined requires it, because the
  // C API panics (aborts) when a WASI import runs without one.
  bool wasi_set = false;
  // Set by the async file for stores created with async support.
  bool async = false;
  // Set by async.cc while an unfinished CallFuture borrows the store (from
  // func_call_async until the call completes, is joined, or is deleted):
  // LiveContext then throws with this reason, and the store cannot be deleted.
  const char* busy = nullptr;
};
using StoreRef = std::shared_ptr<StoreState>;

// ---- handle types shared between concept files -------------------------------
struct EngineHandle : Handle {
  static constexpr Kind kKind = Kind::Engine;
  explicit EngineHandle(EngineRef s) : Handle(kKind), st(std::move(s)) {}
  EngineRef st;
};
struct WasmtimeStoreHandle : Handle {
  static constexpr Kind kKind = Kind::WasmtimeStore;
  explicit WasmtimeStoreHandle(StoreRef s) : Handle(kKind), st(std::move(s)) {}
  StoreRef st;
};
struct ContextHandle : Handle {
  static constexpr Kind kKind = Kind::Context;
  explicit ContextHandle(StoreRef s) : Handle(kKind), st(std::move(s)) {}
  StoreRef st;
};
struct ErrorHandle : Handle {
  static constexpr Kind kKind = Kind::WasmtimeError;
  explicit ErrorHandle(wasmtime_error_t* e) : Handle(kKind), ptr(e) {}
  ~ErrorHandle() override { if (ptr) wasmtime_error_delete(ptr); }
  wasmtime_error_t* ptr;
};
struct FuncTypeHandle : Handle {
  static constexpr Kind kKind = Kind::FuncType;
  // `f` is null for an invalid kind (functype_new_from_valkinds reports that by a null FuncType).
  explicit FuncTypeHandle(wasm_functype_t* f) : Handle(kKind), ptr(f), sig(f ? InternSig(f) : nullptr) {}
  ~FuncTypeHandle() override { if (ptr) wasm_functype_delete(ptr); }
  wasm_functype_t* ptr;
  const FuncSig* sig;
};
struct ModuleHandle : Handle {
  static constexpr Kind kKind = Kind::Module;
  ModuleHandle(EngineRef e, wasmtime_module_t* m) : Handle(kKind), engine(std::move(e)), ptr(m) {}
  ~ModuleHandle() override { Free(); }
  void Free() {
    if (ptr) wasmtime_module_delete(ptr);
    ptr = nullptr;
    engine.reset();
  }
  EngineRef engine;
  wasmtime_module_t* ptr;
};

// A Context argument whose store is still alive (throws otherwise).
StoreState* LiveContext(const Napi::CallbackInfo& info, size_t i, const char* fn);
// Registers a func handed out to JS and returns it as 16 bytes.
Napi::Value HandOutFunc(Napi::Env env, StoreState* s, const wasmtime_func_t& f, const FuncSig* sig);
// Looks func bytes from JS (kFuncSize of them) up in the store's registry, and
// gives the func's signature; throws if they are not a func of this store.
wasmtime_func_t LookupFunc(Napi::Env env, const Bytes& b, StoreState* s, const char* fn, const FuncSig** sig);
// The same for a func buffer argument.
wasmtime_func_t CheckFunc(const Napi::CallbackInfo& info, size_t i, StoreState* s, const char* fn,
                          const FuncSig** sig);

// ---- registration ---------------------------------------------------------------
using Fn = Napi::Value (*)(const Napi::CallbackInfo&);
void Export(Napi::Env env, Napi::Object exports, const char* name, Fn fn);

void InitCommon(Napi::Env env, Napi::Object exports);
void InitEngine(Napi::Env env, Napi::Object exports);    // engine.cc: engine, config
void InitStore(Napi::Env env, Napi::Object exports);     // store.cc: stores, contexts
void InitErrors(Napi::Env env, Napi::Object exports);    // errors.cc: errors, ptr buffers
void InitFunc(Napi::Env env, Napi::Object exports);      // func.cc: functypes, funcs, calls
void InitModule(Napi::Env env, Napi::Object exports);    // module.cc: modules, wat2wasm
void InitLinker(Napi::Env env, Napi::Object exports);    // linker.cc: linkers, instances
void InitAsync(Napi::Env env, Napi::Object exports);     // async.cc: async contexts, futures, polling threads
void InitJobs(Napi::Env env, Napi::Object exports);      // jobs.cc: wasm / WASI jobs on their own threads
void InitWasi(Napi::Env env, Napi::Object exports);      // wasi.cc: WASI configs

// async.cc: instantiates `module` on an async store (where the synchronous
// entry points are refused) by driving wasmtime_linker_instantiate_async to
// completion on the calling thread. `linker` may be null (no imports).
wasmtime_error_t* InstantiateOnAsyncStore(StoreState* s, const wasmtime_linker_t* linker,
                                          const wasmtime_module_t* module, wasmtime_instance_t* out,
                                          wasm_trap_t** trap);

}  // namespace wt
