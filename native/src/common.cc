#include "common.h"

#include "host_stack.h"
#include "pointer_set.h"

#ifdef __linux__
#include <malloc.h>  // mallinfo2, for _test_heap_in_use
#endif

#include <cmath>
#include <cstring>
#include <mutex>
#include <set>

namespace wt {

namespace {
// Per environment (worker threads have their own). Made by InitCommon; the
// environment's instance-data finalizer and the handles' finalizers run in no
// fixed order at teardown, so whichever comes last frees it.
struct AddonData {
  Napi::FunctionReference failure, ok, err;
  // Every live Handle* wrapped in this env. An External made by some other
  // addon holds *their* pointer, so a pointer is only trusted once found here.
  PointerSet handles;
  size_t count = 0;  // live handles
  bool is_worker = false;
  bool env_gone = false;  // the instance data was finalized
};

void FinalizeAddonData(napi_env, void* data, void*) noexcept {
  auto* d = static_cast<AddonData*>(data);
  d->failure.Reset();
  d->ok.Reset();
  d->err.Reset();
  d->env_gone = true;
  if (d->count == 0) delete d;
}

AddonData* Data(napi_env env) {
  void* d = nullptr;
  napi_get_instance_data(env, &d);
  return static_cast<AddonData*>(d);
}

PointerSet& LiveHandles(napi_env env) { return Data(env)->handles; }

void FinalizeHandle(napi_env, void* data, void* hint) noexcept {
  auto* d = static_cast<AddonData*>(hint);
  d->handles.erase(data);
  d->count--;
  delete static_cast<Handle*>(data);
  if (d->env_gone && d->count == 0) delete d;
}
}  // namespace

const char* KindName(Kind k) {
  switch (k) {
    case Kind::Engine: return "Engine";
    case Kind::Config: return "Config";
    case Kind::Store: return "Store";
    case Kind::WasmtimeStore: return "WasmtimeStore";
    case Kind::Context: return "Context";
    case Kind::WasmtimeError: return "WasmtimeError";
    case Kind::FuncType: return "FuncType";
    case Kind::Module: return "Module";
    case Kind::Linker: return "Linker";
    case Kind::Instance: return "Instance";
    case Kind::CallFuture: return "CallFuture";
    case Kind::CallFutureThread: return "CallFutureThread";
    case Kind::WasmJob: return "WasmJob";
    case Kind::WasiJob: return "WasiJob";
    case Kind::WasiConfig: return "WasiConfig";
    case Kind::InstancePre: return "InstancePre";
  }
  return "?";
}

Napi::Object NewHandle(Napi::Env env, Handle* h) {
  // An External: JavaScript cannot create or alter one, and reading its
  // pointer back is one cheap check (a wrapped object costs a private-property
  // lookup on every use and three operations to create).
  AddonData* d = Data(env);
  napi_value v;
  if (napi_create_external(env, h, FinalizeHandle, d, &v) != napi_ok) {
    delete h;
    ThrowError(env, "internal error: could not create a handle");
  }
  d->handles.insert(h);
  d->count++;
  return Napi::Object(env, v);
}

static std::string A(Kind k) {
  const char* n = KindName(k);
  return std::string(std::strchr("AEIOU", n[0]) ? "an " : "a ") + n;
}

const char* Describe(Napi::Value v) {
  switch (v.Type()) {
    case napi_undefined: return "undefined";
    case napi_null: return "null";
    case napi_boolean: return "a boolean";
    case napi_number: return "a number";
    case napi_string: return "a string";
    case napi_symbol: return "a symbol";
    case napi_bigint: return "a bigint";
    case napi_function: return "a function";
    default: return "an object";
  }
}

Handle* UnwrapAny(const Napi::CallbackInfo& info, size_t i, Kind k, const char* fn, bool allowDead) {
  Napi::Env env = info.Env();
  napi_value v = info[i];
  void* p = nullptr;
  // napi_get_value_external fails for anything but an External; a pointer it
  // returns is only used once found in LiveHandles() (ours, not yet finalized).
  if (napi_get_value_external(env, v, &p) != napi_ok || !p || !LiveHandles(env).contains(p)) {
    ThrowType(env, std::string(fn) + ": argument " + std::to_string(i + 1) + " must be " + A(k) +
                       " handle, got " + Describe(info[i]));
  }
  Handle* h = static_cast<Handle*>(p);
  if (h->kind != k) {
    ThrowType(env, std::string(fn) + ": argument " + std::to_string(i + 1) + " must be " + A(k) +
                       ", got " + A(h->kind));
  }
  if (!allowDead && h->state != State::Live) {
    if (h->state == State::Consumed) {
      ThrowError(env, std::string(fn) + ": this " + KindName(k) + " was consumed by " +
                          (h->consumedBy ? h->consumedBy : "another call") + " and can no longer be used");
    }
    ThrowError(env, std::string(fn) + ": this " + KindName(k) + " has already been deleted");
  }
  return h;
}

void ThrowType(Napi::Env env, const std::string& msg) { throw Napi::TypeError::New(env, msg); }
void ThrowError(Napi::Env env, const std::string& msg) { throw Napi::Error::New(env, msg); }
void ThrowRange(Napi::Env env, const std::string& msg) { throw Napi::RangeError::New(env, msg); }

Napi::Value MakeFailure(Napi::Env env, const std::string& msg) {
  AddonData* d = Data(env);
  if (d->failure.IsEmpty()) return Napi::Error::New(env, msg).Value();
  return d->failure.New({Napi::String::New(env, msg)});
}
void ThrowFailure(Napi::Env env, const std::string& msg) {
  throw Napi::Error(env, MakeFailure(env, msg));
}
Napi::Value MakeOk(Napi::Env env, Napi::Value v) {
  AddonData* d = Data(env);
  if (d->ok.IsEmpty()) ThrowError(env, "internal error: setup() was not called");
  return d->ok.New({v});
}
Napi::Value MakeErr(Napi::Env env, Napi::Value e) {
  AddonData* d = Data(env);
  if (d->err.IsEmpty()) ThrowError(env, "internal error: setup() was not called");
  return d->err.New({e});
}

static std::string VecText(wasm_byte_vec_t& v) {
  std::string s(reinterpret_cast<const char*>(v.data), v.size);
  while (!s.empty() && s.back() == '\0') s.pop_back();
  wasm_byte_vec_delete(&v);
  return s;
}
std::string ErrorText(const wasmtime_error_t* e) {
  wasm_byte_vec_t v{0, nullptr};
  wasmtime_error_message(e, &v);
  return VecText(v);
}
std::string TrapText(const wasm_trap_t* t) {
  wasm_byte_vec_t v{0, nullptr};
  wasm_trap_message(t, &v);
  return VecText(v);
}
std::string TakeErrorText(wasmtime_error_t* e) {
  std::string s = ErrorText(e);
  wasmtime_error_delete(e);
  return s;
}
std::string TakeTrapText(wasm_trap_t* t) {
  std::string s = TrapText(t);
  wasm_trap_delete(t);
  return s;
}

void CheckArgc(const Napi::CallbackInfo& info, size_t n, const char* fn) {
  if (info.Length() < n) {
    ThrowType(info.Env(), std::string(fn) + ": expected " + std::to_string(n) + " argument(s), got " +
                              std::to_string(info.Length()));
  }
}

bool ArgBool(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  if (!info[i].IsBoolean()) {
    ThrowType(info.Env(), std::string(fn) + ": argument " + std::to_string(i + 1) + " must be a boolean, got " +
                              Describe(info[i]));
  }
  return info[i].As<Napi::Boolean>().Value();
}

int32_t ArgInt(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  if (info[i].IsNumber()) {
    double d = info[i].As<Napi::Number>().DoubleValue();
    if (std::isfinite(d) && d == std::trunc(d) && d >= -2147483648.0 && d <= 2147483647.0) return (int32_t)d;
  }
  ThrowType(info.Env(), std::string(fn) + ": argument " + std::to_string(i + 1) +
                            " must be a 32-bit integer (Int), got " + Describe(info[i]));
}

uint64_t ArgU64(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  Napi::Value v = info[i];
  if (v.IsBigInt()) {
    bool lossless = false;
    uint64_t r = v.As<Napi::BigInt>().Uint64Value(&lossless);
    if (lossless) return r;
  } else if (v.IsNumber()) {
    double d = v.As<Napi::Number>().DoubleValue();
    if (std::isfinite(d) && d == std::trunc(d) && d >= 0 && d <= 9007199254740991.0) return (uint64_t)d;
  }
  ThrowType(info.Env(), std::string(fn) + ": argument " + std::to_string(i + 1) +
                            " must be a UInt64 (a bigint in 0..2^64-1, or a safe non-negative integer number), got " +
                            Describe(v));
}

std::string ArgString(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  if (!info[i].IsString()) {
    ThrowType(info.Env(), std::string(fn) + ": argument " + std::to_string(i + 1) + " must be a string, got " +
                              Describe(info[i]));
  }
  return info[i].As<Napi::String>().Utf8Value();
}

std::string NoNul(Napi::Env env, std::string s, const char* fn, const char* what) {
  if (s.find('\0') != std::string::npos) ThrowType(env, std::string(fn) + ": " + what + " must not contain NUL characters");
  return s;
}

std::string ArgCString(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  return NoNul(info.Env(), ArgString(info, i, fn), fn, ("argument " + std::to_string(i + 1)).c_str());
}

Bytes ArgBytes(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  napi_env env = info.Env();
  napi_value v = info[i];
  napi_typedarray_type type = napi_int8_array;
  size_t length = 0;
  void* data = nullptr;
  // Fails (napi_invalid_arg) for anything that is not a typed array.
  bool is = napi_get_typedarray_info(env, v, &type, &length, &data, nullptr, nullptr) == napi_ok;
  if (!is || type != napi_uint8_array) {
    ThrowType(env, std::string(fn) + ": argument " + std::to_string(i + 1) + " must be a Uint8Array (Bytes), got " +
                       (is ? "another typed array" : Describe(info[i])));
  }
  if (!data) length = 0;  // detached / empty
  return Bytes{static_cast<uint8_t*>(data), length, v};
}

Bytes ArgViewBytes(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  void* data = nullptr;
  size_t length = 0;
  // Fails (napi_invalid_arg) for anything that is not an ArrayBufferView; the
  // length is in bytes whatever the view's kind, so the memory range is right.
  if (napi_get_buffer_info(info.Env(), info[i], &data, &length) != napi_ok) return ArgBytes(info, i, fn);
  if (!data) length = 0;  // detached / empty
  return Bytes{static_cast<uint8_t*>(data), length, info[i]};
}

Napi::Value NewBytes(Napi::Env env, const void* data, size_t len) {
  Napi::ArrayBuffer ab = Napi::ArrayBuffer::New(env, len);
  if (len) std::memcpy(ab.Data(), data, len);
  return Napi::Uint8Array::New(env, len, ab, 0);
}

Napi::Value U64ToJs(Napi::Env env, uint64_t v) { return Napi::BigInt::New(env, v); }

StoreState* LiveContext(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  ContextHandle* c = Unwrap<ContextHandle>(info, i, fn);
  if (!c->st->ptr) {
    ThrowError(info.Env(), std::string(fn) + ": the WasmtimeStore of this Context has been deleted");
  }
  if (const char* why = c->st->busy.load()) ThrowError(info.Env(), std::string(fn) + ": " + why);
  return c->st.get();
}

StoreState::StoreState(EngineRef e, wasmtime_store_t* s, napi_env env)
    : engine(std::move(e)),
      ptr(s),
      ctx(wasmtime_store_context(s)),
      env(env),
      js_thread(std::this_thread::get_id()),
      in_worker(IsWorkerEnv(env)) {}

void EngineHandle::BeforeDelete(Napi::Env env, const char* fn) {
  long users = ptr.use_count() - 1;
  if (users > 0) {
    ThrowError(env, std::string(fn) + ": the Engine is still used by " + std::to_string(users) +
                        " live store/module/linker/instance-pre handle(s); delete those first");
  }
}

void WasmtimeStoreHandle::BeforeDelete(Napi::Env env, const char* fn) {
  if (const char* why = ptr->busy.load()) ThrowError(env, std::string(fn) + ": " + why);
}

// The kind of a value type, found by comparison with one value type of each
// kind the binding knows (wasm_valtype_kind would abort on v128 and on
// reference types other than externref and funcref).
static uint8_t KindOf(const wasm_valtype_t* t) {
  static const std::vector<std::pair<uint8_t, wasm_valtype_t*>>* known = [] {
    auto* v = new std::vector<std::pair<uint8_t, wasm_valtype_t*>>();  // process lifetime
    for (uint8_t k : {WASM_I32, WASM_I64, WASM_F32, WASM_F64, WASM_EXTERNREF, WASM_FUNCREF}) {
      v->emplace_back(k, wasm_valtype_new(k));
    }
    v->emplace_back(WASM_V128, wasmtime_wasm_valtype_v128());
    return v;
  }();
  for (const auto& [k, known_type] : *known) {
    if (wasmtime_wasm_valtype_equal(t, known_type)) return k;
  }
  return WASM_OTHER_REF;
}

const FuncSig* InternSig(const wasm_functype_t* ft) {
  FuncSig sig{{}, {}, true};
  for (auto [vec, out] : {std::pair{wasm_functype_params(ft), &sig.params}, {wasm_functype_results(ft), &sig.results}}) {
    for (size_t i = 0; i < vec->size; i++) {
      uint8_t k = KindOf(vec->data[i]);
      out->push_back(k);
      sig.numeric = sig.numeric && k <= WASM_V128;
    }
  }
  // Few distinct signatures exist, and worker threads share them; never freed,
  // because a thread's funcs may outlive any particular owner.
  static std::mutex mu;
  static auto* table = new std::set<FuncSig>();
  std::lock_guard<std::mutex> lock(mu);
  return &*table->insert(std::move(sig)).first;
}

void RegisterFunc(StoreState* s, const wasmtime_func_t& f, const FuncSig* sig) {
  s->funcs[FuncKey{f.store_id, reinterpret_cast<uintptr_t>(f.private_)}] = sig;
}

Napi::Value HandOutFunc(Napi::Env env, StoreState* s, const wasmtime_func_t& f, const FuncSig* sig) {
  RegisterFunc(s, f, sig);
  return NewBytes(env, &f, sizeof f);
}

wasmtime_func_t LookupFunc(Napi::Env env, const Bytes& b, StoreState* s, const char* fn, const FuncSig** sig) {
  if (b.length != sizeof(wasmtime_func_t)) {
    ThrowType(env, std::string(fn) + ": func buffer must be exactly " + std::to_string(sizeof(wasmtime_func_t)) +
                       " bytes, got " + std::to_string(b.length));
  }
  wasmtime_func_t f;
  std::memcpy(&f, b.data, sizeof f);  // copy first: the JS bytes may change under us
  auto it = s->funcs.find(FuncKey{f.store_id, reinterpret_cast<uintptr_t>(f.private_)});
  if (it == s->funcs.end()) {
    ThrowType(env, std::string(fn) +
                       ": func buffer was not produced by this binding for this store (forged, or from another store)");
  }
  if (sig) *sig = it->second;
  return f;
}

wasmtime_func_t CheckFunc(const Napi::CallbackInfo& info, size_t i, StoreState* s, const char* fn,
                          const FuncSig** sig) {
  return LookupFunc(info.Env(), ArgBytes(info, i, fn), s, fn, sig);
}

namespace {
// Hands a C++ exception to JavaScript. When the environment is shutting down
// (a worker being terminated) it takes no new exception: then the error is
// dropped, as JavaScript will not run again there anyway.
void ThrowToJs(napi_env env, const Napi::Error* e, const char* what) noexcept {
  try {
    bool pending = false;
    if (napi_is_exception_pending(env, &pending) == napi_ok && pending) return;
    napi_value v = e ? static_cast<napi_value>(e->Value()) : nullptr;
    if (v) napi_throw(env, v);
    else napi_throw_error(env, nullptr, what);
  } catch (...) {
  }
}

napi_value CallExport(napi_env env, napi_callback_info cbinfo) noexcept {
  try {
    Napi::CallbackInfo info(env, cbinfo);
    Fn fn = reinterpret_cast<Fn>(reinterpret_cast<uintptr_t>(info.Data()));
    return fn(info);
  } catch (const Napi::Error& e) {
    ThrowToJs(env, &e, "internal error");
  } catch (const std::exception& e) {
    ThrowToJs(env, nullptr, e.what());
  } catch (...) {
    ThrowToJs(env, nullptr, "internal error: unknown native exception");
  }
  return nullptr;
}
}  // namespace

void Export(Napi::Env env, Napi::Object exports, const char* name, Fn fn) {
  napi_value f;
  void* data = reinterpret_cast<void*>(reinterpret_cast<uintptr_t>(fn));
  if (napi_create_function(env, name, NAPI_AUTO_LENGTH, CallExport, data, &f) != napi_ok) {
    ThrowError(env, std::string("internal error: could not export ") + name);
  }
  exports.Set(name, Napi::Value(env, f));
}

bool IsWorkerEnv(napi_env env) {
  AddonData* d = Data(env);
  return d && d->is_worker;
}

// setup(Failure, Ok, Err, isWorker): binding/native.ts hands over the shared
// classes of binding/moonbit.ts so native code can return and throw them
// directly, and says whether this environment is a worker thread.
static Napi::Value Setup(const Napi::CallbackInfo& info) {
  CheckArgc(info, 3, "setup");
  for (size_t i = 0; i < 3; i++) {
    if (!info[i].IsFunction()) ThrowType(info.Env(), "setup: expected three classes");
  }
  AddonData* d = Data(info.Env());
  d->is_worker = info.Length() > 3 && info[3].IsBoolean() && info[3].As<Napi::Boolean>().Value();
  d->failure = Napi::Persistent(info[0].As<Napi::Function>());
  d->ok = Napi::Persistent(info[1].As<Napi::Function>());
  d->err = Napi::Persistent(info[2].As<Napi::Function>());
  return info.Env().Undefined();
}

static Napi::Value Version(const Napi::CallbackInfo& info) {
  return Napi::String::New(info.Env(), WASMTIME_LINKED_VERSION);
}

// ---- for tests -----------------------------------------------------------------
// An External that some other addon could have made: its pointer is not a Handle.
static Napi::Value TestForeignExternal(const Napi::CallbackInfo& info) {
  static int notAHandle = 0;
  napi_value v;
  napi_create_external(info.Env(), &notAHandle, nullptr, nullptr, &v);
  return Napi::Value(info.Env(), v);
}

// Replays `n` random inserts, erases and lookups on a PointerSet and on a
// std::set side by side; returns how many answers differed.
static Napi::Value TestPointerSet(const Napi::CallbackInfo& info) {
  CheckArgc(info, 2, "_test_pointer_set");
  int n = ArgInt(info, 0, "_test_pointer_set");
  uint64_t state = ArgU64(info, 1, "_test_pointer_set") | 1;
  auto next = [&state] {  // xorshift64
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  PointerSet fast;
  std::set<const void*> reference;
  int mismatches = 0;
  for (int i = 0; i < n; i++) {
    // A small pool of 16-byte aligned addresses, so that operations collide.
    const void* p = reinterpret_cast<const void*>(static_cast<uintptr_t>(0x10000 + (next() % 4096) * 16));
    switch (next() % 3) {
      case 0: fast.insert(p); reference.insert(p); break;
      case 1: fast.erase(p); reference.erase(p); break;
      default: mismatches += fast.contains(p) != (reference.count(p) == 1);
    }
  }
  for (const void* p : reference) mismatches += !fast.contains(p);
  return Napi::Number::New(info.Env(), mismatches);
}

// Bytes that malloc has handed out and not got back, in every arena and in its
// own mmapped chunks: Wasmtime's Rust code allocates through malloc, so this
// counts its live structures exactly, unlike RSS.
static Napi::Value TestHeapInUse(const Napi::CallbackInfo& info) {
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
  struct mallinfo2 m = mallinfo2();
  return Napi::Number::New(info.Env(), static_cast<double>(m.uordblks + m.hblkhd));
#else
  ThrowError(info.Env(), "_test_heap_in_use: needs glibc 2.33 or later (mallinfo2)");
#endif
}

// A deliberate leak of `bytes` (written, so that RSS sees it too): shows that
// the leak tests notice one.
static Napi::Value TestLeak(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "_test_leak");
  int32_t bytes = ArgInt(info, 0, "_test_leak");
  if (bytes < 1 || bytes > (1 << 20)) {
    ThrowRange(info.Env(), "_test_leak: bytes must be in 1..1048576, got " + std::to_string(bytes));
  }
  void* p = malloc(bytes);
  if (!p) ThrowError(info.Env(), "_test_leak: out of memory");
  memset(p, 1, bytes);
  return info.Env().Undefined();
}

void InitCommon(Napi::Env env, Napi::Object exports) {
  auto* d = new AddonData();
  if (napi_set_instance_data(env, d, FinalizeAddonData, nullptr) != napi_ok) {
    delete d;
    ThrowError(env, "internal error: could not set up the addon");
  }
  Export(env, exports, "_test_foreign_external", TestForeignExternal);
  Export(env, exports, "_test_pointer_set", TestPointerSet);
  Export(env, exports, "_test_heap_in_use", TestHeapInUse);
  Export(env, exports, "_test_leak", TestLeak);
  Export(env, exports, "setup", Setup);
  Export(env, exports, "version", Version);
  Napi::Object layout = Napi::Object::New(env);
  layout.Set("valSize", kValSize);
  layout.Set("valKindOffset", kValKindOffset);
  layout.Set("valPayloadOffset", kValPayloadOffset);
  layout.Set("funcSize", kFuncSize);
  layout.Set("instanceSize", (uint32_t)sizeof(wasmtime_instance_t));
  layout.Set("stackCreatorSize", (uint32_t)sizeof(wasmtime_stack_creator_t));
  layout.Set("ptrSize", (uint32_t)sizeof(void*));
  exports.Set("layout", layout);
}

}  // namespace wt
