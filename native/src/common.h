// Shared machinery of the addon: handle objects and their one owner template,
// argument conversion, and the MoonBit-style Failure / Ok / Err values. Every
// concept file (engine.cc, store.cc, ...) includes this and registers its
// exports from one function declared at the bottom, which addon.cc calls.
//
// Ownership model:
//  * Each JS handle is an External holding exactly one heap `Handle`, freed by
//    the External's GC finalizer. A pointer read back from an External is only
//    trusted once found in this addon's set of live handles, so a foreign
//    External or any other value is rejected. The Handle records its Kind and
//    State (live / deleted / consumed); every use goes through Unwrap<T>(),
//    which checks all three and throws a TypeError naming the function.
//  * A handle that owns something is an Owner<Kind, Ptr>: the one place that
//    frees it (Delete, or the destructor at GC), marks it deleted, or hands it
//    over and marks it consumed (Take). DeleteHandle<H> is every `*_delete`.
//  * Native objects shared between handles live in *State structs held by
//    std::shared_ptr. A dependent (store, module, linker) holds a reference to
//    its engine state, a context or instance to its store state, so GC
//    finalizers can run in any order: the native object is freed exactly once.
//
// Reading arguments: converting a JS value that is an object or an array
// (an options object, a string array) can run JavaScript (getters, proxies),
// which may delete or consume any handle. So every function reads all such
// values first and unwraps its handles last; nothing after an Unwrap runs
// JavaScript until the native work is done.
#pragma once

#include <napi.h>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "wasmtime_api.h"

namespace wt {

enum class Kind : uint32_t {
  Engine, Config, Store, WasmtimeStore, Context, WasmtimeError, FuncType, Module, Linker,
  Instance,
  // async.cc, jobs.cc, wasi.cc.
  CallFuture, CallFutureThread, WasmJob, WasiJob, WasiConfig,
  InstancePre,  // linker.h
};
const char* KindName(Kind k);

enum class State : uint8_t { Live, Deleted, Consumed };

struct Handle {
  explicit Handle(Kind k) : kind(k) {}
  virtual ~Handle() = default;
  Kind kind;
  State state = State::Live;
  const char* consumedBy = nullptr;  // function name that consumed it
};

// A C API object owned through a unique_ptr that frees it with `Free`.
template <typename T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* p) const { Free(p); }
};
template <typename T, void (*Free)(T*)>
using Unique = std::unique_ptr<T, Deleter<T, Free>>;

struct EngineState;
using EngineRef = std::shared_ptr<EngineState>;

// A handle owning `ptr` (a Unique<...> or a shared_ptr to a *State), and
// optionally a reference to the engine the object belongs to, released after
// it (members go in reverse order of declaration).
template <Kind K, typename Ptr>
struct Owner : Handle {
  static constexpr Kind kKind = K;
  using Pointer = Ptr;
  explicit Owner(Ptr p, EngineRef e = nullptr) : Handle(K), engine(std::move(e)), ptr(std::move(p)) {}
  // Throws when the object may not be deleted yet (still in use).
  virtual void BeforeDelete(Napi::Env, const char* /*fn*/) {}
  // Frees what the handle owns now; later uses say it was deleted.
  void Delete() {
    Drop();
    state = State::Deleted;
  }
  // Hands what the handle owns to the caller; later uses name `fn`.
  Ptr Take(const char* fn) {
    Ptr p = std::move(ptr);
    Drop();
    state = State::Consumed;
    consumedBy = fn;
    return p;
  }
  EngineRef engine;
  Ptr ptr;

 protected:
  virtual void Drop() {
    ptr = Ptr();
    engine.reset();
  }
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
[[noreturn]] void ThrowRange(Napi::Env env, const std::string& msg);
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
// A string that becomes a C string: NUL characters are refused.
std::string ArgCString(const Napi::CallbackInfo& info, size_t i, const char* fn);
std::string NoNul(Napi::Env env, std::string s, const char* fn, const char* what);
// "a number", "an object", ...: what a value is, for messages (runs no JavaScript).
const char* Describe(Napi::Value v);

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
// Wasm may use this much of the stack it runs on (Wasmtime's default).
constexpr uint64_t kDefaultMaxWasmStack = 512 * 1024;

struct EngineState;
// interrupt.cc: takes an engine off the ticker that bumps epochs in workers.
void LeaveTicker(EngineState* e);

struct EngineState {
  EngineState(wasm_engine_t* e, uint64_t maxWasmStack, bool bindingEpoch)
      : ptr(e), max_wasm_stack(maxWasmStack), binding_epoch(bindingEpoch) {}
  ~EngineState() {
    if (on_ticker) LeaveTicker(this);
    if (ptr) wasm_engine_delete(ptr);
  }
  // Every epoch increment goes through here, so `epoch` is Wasmtime's count.
  void Bump() {
    epoch++;
    wasmtime_engine_increment_epoch(ptr);
  }
  wasm_engine_t* ptr;
  std::atomic<uint64_t> epoch{0};
  uint64_t max_wasm_stack;
  // Epoch interruption was turned on by the binding (async_context_new, and
  // engines made in worker threads), not asked for by the user: the binding
  // may bump this engine's epoch to interrupt running wasm (interrupt.h), and
  // no store of it traps at an epoch deadline.
  bool binding_epoch;
  // Calls running wasm on a worker's JS thread (the ticker bumps the epoch
  // while there are any), and whether the ticker knows the engine.
  std::atomic<int> running_in_worker{0};
  std::atomic<bool> on_ticker{false};
};

// Builds an engine from `cfg` (consumed); null if Wasmtime fails. With
// `bindingEpoch`, epoch interruption is turned on for the binding's own use.
EngineRef NewEngine(wasm_config_t* cfg, uint64_t maxWasmStack, bool bindingEpoch);

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
  StoreState(EngineRef e, wasmtime_store_t* s, napi_env env);
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
  // The environment and JS thread the store was made in (the only ones whose
  // handles can reach it; other threads only poll its calls).
  napi_env env;
  std::thread::id js_thread;
  bool in_worker;  // env is a worker_threads worker
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
  // The binding's epoch callback handles this store's deadlines (interrupt.h)
  // until the user configures epoch yields instead; meanwhile a deadline the
  // user sets is only remembered (as an absolute epoch), for that moment.
  bool binding_callback = false;
  bool user_deadline_set = false;
  uint64_t user_deadline = 0;
  // Asks the binding's epoch callback to stop the running call (a polling
  // thread being cancelled); written by the JS thread, read by any.
  std::atomic<bool> interrupt{false};
  // Set by async.cc while an unfinished CallFuture borrows the store (from
  // func_call_async until the call completes, is delivered, or its native half
  // is freed, possibly on a polling thread): LiveContext then throws with this
  // reason, and the store cannot be deleted.
  std::atomic<const char*> busy{nullptr};
};
using StoreRef = std::shared_ptr<StoreState>;
// store.cc: a wasmtime store of `engine` made in `env`; null if Wasmtime fails.
StoreRef NewStore(Napi::Env env, const EngineRef& engine);

// ---- handle types shared between concept files -------------------------------
struct EngineHandle : Owner<Kind::Engine, EngineRef> {
  static constexpr const char* kDeleteFn = "engine_delete";
  using Owner::Owner;
  void BeforeDelete(Napi::Env env, const char* fn) override;
};
struct WasmtimeStoreHandle : Owner<Kind::WasmtimeStore, StoreRef> {
  static constexpr const char* kDeleteFn = "wasmtime_store_delete";
  using Owner::Owner;
  void BeforeDelete(Napi::Env env, const char* fn) override;

 protected:
  // An explicit delete frees the store now; its Contexts and Instances see ptr == null.
  void Drop() override {
    if (ptr) ptr->Free();
    Owner::Drop();
  }
};
struct ContextHandle : Handle {  // borrows its store
  static constexpr Kind kKind = Kind::Context;
  explicit ContextHandle(StoreRef s) : Handle(kKind), st(std::move(s)) {}
  StoreRef st;
};
struct ErrorHandle : Owner<Kind::WasmtimeError, Unique<wasmtime_error_t, wasmtime_error_delete>> {
  static constexpr const char* kDeleteFn = "error_delete";
  using Owner::Owner;
};
struct FuncTypeHandle : Owner<Kind::FuncType, Unique<wasm_functype_t, wasm_functype_delete>> {
  static constexpr const char* kDeleteFn = "functype_delete";
  // `f` is null for an invalid kind (functype_new_from_valkinds reports that by a null FuncType).
  explicit FuncTypeHandle(wasm_functype_t* f) : Owner(Pointer(f)), sig(f ? InternSig(f) : nullptr) {}
  const FuncSig* sig;
};
struct ModuleHandle : Owner<Kind::Module, Unique<wasmtime_module_t, wasmtime_module_delete>> {
  static constexpr const char* kDeleteFn = "module_delete";
  using Owner::Owner;
};

// Every `*_delete(handle)` export: checks, frees, marks the handle deleted.
template <typename H>
Napi::Value DeleteHandle(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, H::kDeleteFn);
  H* h = Unwrap<H>(info, 0, H::kDeleteFn);
  h->BeforeDelete(info.Env(), H::kDeleteFn);
  h->Delete();
  return info.Env().Undefined();
}

// Payload bytes that a value of `kind` uses (16 for v128; 0 for references,
// whose payload the binding never exposes).
inline size_t PayloadSize(uint8_t kind) {
  return kind == WASMTIME_I32 || kind == WASMTIME_F32 ? 4
         : kind == WASMTIME_I64 || kind == WASMTIME_F64 ? 8
         : kind == WASMTIME_V128 ? 16 : 0;
}
// A result slot as JavaScript gets it: the kind, its payload, zeros elsewhere
// (Wasmtime leaves padding and unused payload bytes undefined), as the
// setters of binding/values.ts write slots.
inline void NormalizeResult(wasmtime_val_t* v) {
  uint8_t* p = reinterpret_cast<uint8_t*>(v);
  size_t used = offsetof(wasmtime_val_t, of) + PayloadSize(v->kind);
  std::memset(p + 1, 0, offsetof(wasmtime_val_t, of) - 1);
  std::memset(p + used, 0, sizeof(wasmtime_val_t) - used);
}

// A Context argument whose store is still alive (throws otherwise).
StoreState* LiveContext(const Napi::CallbackInfo& info, size_t i, const char* fn);
// Registers a func handed out to JS (its bytes are then accepted back).
void RegisterFunc(StoreState* s, const wasmtime_func_t& f, const FuncSig* sig);
// Registers a func and returns it as 16 new bytes.
Napi::Value HandOutFunc(Napi::Env env, StoreState* s, const wasmtime_func_t& f, const FuncSig* sig);
// Looks func bytes from JS (kFuncSize of them) up in the store's registry, and
// gives the func's signature; throws if they are not a func of this store.
wasmtime_func_t LookupFunc(Napi::Env env, const Bytes& b, StoreState* s, const char* fn, const FuncSig** sig);
// The same for a func buffer argument.
wasmtime_func_t CheckFunc(const Napi::CallbackInfo& info, size_t i, StoreState* s, const char* fn,
                          const FuncSig** sig);

// Whether this environment is a worker_threads worker (told by setup()).
bool IsWorkerEnv(napi_env env);

// ---- registration ---------------------------------------------------------------
using Fn = Napi::Value (*)(const Napi::CallbackInfo&);
// Exports `fn` behind a boundary that turns every C++ exception into a JS
// exception, and swallows it when the environment can no longer take one
// (a worker being terminated): nothing reaches std::terminate.
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
void InitLifeline(Napi::Env env, Napi::Object exports);  // lifeline.cc: dying with another process

// async.cc: instantiates `module` on an async store (where the synchronous
// entry points are refused) by driving wasmtime_linker_instantiate_async to
// completion on the calling thread. `linker` may be null (no imports).
wasmtime_error_t* InstantiateOnAsyncStore(StoreState* s, const wasmtime_linker_t* linker,
                                          const wasmtime_module_t* module, wasmtime_instance_t* out,
                                          wasm_trap_t** trap);

}  // namespace wt
