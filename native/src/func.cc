// Function types, host functions and synchronous calls.
#include <algorithm>
#include <cstring>

#include "interrupt.h"
#include "linker.h"
#include "ptr_registry.h"
#include "stack.h"

namespace wt {
namespace {

bool ValidValKind(uint8_t k) {
  return k <= WASM_V128 || k == WASM_EXTERNREF || k == WASM_FUNCREF;
}

// Builds a functype; returns nullptr (and the reason) on an invalid kind byte.
wasm_functype_t* BuildFuncType(const Bytes& params, const Bytes& results, std::string* why) {
  for (const Bytes* b : {&params, &results}) {
    for (size_t i = 0; i < b->length; i++) {
      if (!ValidValKind(b->data[i])) {
        *why = std::string("invalid value kind ") + std::to_string(b->data[i]) + " at " +
               (b == &params ? "params" : "results") + "[" + std::to_string(i) +
               "] (expected one of 0,1,2,3,4,128,129)";
        return nullptr;
      }
    }
  }
  auto vec = [](const Bytes& b, wasm_valtype_vec_t* out) {
    std::vector<wasm_valtype_t*> v;
    for (size_t i = 0; i < b.length; i++) {
      v.push_back(b.data[i] == WASM_V128 ? wasmtime_wasm_valtype_v128() : wasm_valtype_new(b.data[i]));
    }
    if (v.empty()) wasm_valtype_vec_new_empty(out);
    else wasm_valtype_vec_new(out, v.size(), v.data());  // takes ownership of the valtypes
  };
  wasm_valtype_vec_t p, r;
  vec(params, &p);
  vec(results, &r);
  return wasm_functype_new(&p, &r);  // takes ownership of both vectors
}

enum class Mode { Plain, Raise, Result };

Napi::Value FuncTypeNew(const Napi::CallbackInfo& info, const char* fn, Mode mode) {
  CheckArgc(info, 2, fn);
  Bytes p = ArgBytes(info, 0, fn), r = ArgBytes(info, 1, fn);
  std::string why;
  wasm_functype_t* ft = BuildFuncType(p, r, &why);
  Napi::Env env = info.Env();
  if (!ft && mode == Mode::Raise) ThrowFailure(env, std::string(fn) + ": " + why);
  if (!ft && mode == Mode::Result) return MakeErr(env, MakeFailure(env, std::string(fn) + ": " + why));
  Napi::Value h = NewHandle(env, new FuncTypeHandle(ft));
  return mode == Mode::Result ? MakeOk(env, h) : h;
}
Napi::Value FuncTypeNewPlain(const Napi::CallbackInfo& info) {
  return FuncTypeNew(info, "functype_new_from_valkinds", Mode::Plain);
}
Napi::Value FuncTypeNewRaise(const Napi::CallbackInfo& info) {
  return FuncTypeNew(info, "functype_new_from_valkinds_or_raise", Mode::Raise);
}
Napi::Value FuncTypeNewResult(const Napi::CallbackInfo& info) {
  return FuncTypeNew(info, "functype_new_from_valkinds_result", Mode::Result);
}
// binding/index.ts hands it the first nparams / nresults kinds.
Napi::Value FuncTypeNewFromKinds(const Napi::CallbackInfo& info) {
  return FuncTypeNew(info, "functype_new_from_kinds", Mode::Plain);
}

Napi::Value FuncTypeIsNull(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "functype_is_null");
  return Napi::Boolean::New(info.Env(), Unwrap<FuncTypeHandle>(info, 0, "functype_is_null")->ptr == nullptr);
}

// The built-in host callbacks (a synchronous one, and an asynchronous one for
// linker_define_async_func_ptr): they do nothing but return zero values (null
// for references) of the declared result kinds. Their internal env (not the
// user's, which must be 0) is the list of result kinds, freed by Wasmtime's
// finalizer.
struct NoopEnv {
  std::vector<uint8_t> kinds;  // wasmtime_valkind_t numbering
};
void ZeroResults(const NoopEnv* e, wasmtime_val_t* results, size_t nresults) {
  for (size_t i = 0; i < nresults; i++) {
    std::memset(&results[i], 0, sizeof results[i]);
    results[i].kind = (e && i < e->kinds.size()) ? e->kinds[i] : (uint8_t)WASMTIME_I32;
  }
}
wasm_trap_t* NoopCallback(void* env, wasmtime_caller_t*, const wasmtime_val_t*, size_t, wasmtime_val_t* results,
                          size_t nresults) {
  ZeroResults(static_cast<const NoopEnv*>(env), results, nresults);
  return nullptr;
}
bool Completed(void*) { return true; }
void AsyncNoopCallback(void* env, wasmtime_caller_t*, const wasmtime_val_t*, size_t, wasmtime_val_t* results,
                       size_t nresults, wasm_trap_t**, wasmtime_async_continuation_t* continuation) {
  ZeroResults(static_cast<const NoopEnv*>(env), results, nresults);
  *continuation = wasmtime_async_continuation_t{Completed, nullptr, nullptr};  // done at its first poll
}
void NoopFinalize(void* env) { delete static_cast<NoopEnv*>(env); }

NoopEnv* NoopEnvFor(const FuncTypeHandle* ty) {
  NoopEnv* ne = new NoopEnv();
  for (uint8_t k : ty->sig->results) {
    ne->kinds.push_back(k == WASM_EXTERNREF ? (uint8_t)WASMTIME_EXTERNREF : k == WASM_FUNCREF ? (uint8_t)WASMTIME_FUNCREF : k);
  }
  return ne;
}

// The one callback "address" JavaScript can hold: it names the built-in no-op
// callback (the synchronous one's address; the asynchronous one goes with it).
uint64_t NoopAddress() { return static_cast<uint64_t>(reinterpret_cast<uintptr_t>(&NoopCallback)); }

Napi::Value FuncNoopCallbackPtr(const Napi::CallbackInfo& info) { return U64ToJs(info.Env(), NoopAddress()); }

// Checks a (callback, env, finalizer) triple at info[i..i+2]: only the no-op
// callback, with no env and no finalizer.
void CheckNoopCallback(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  uint64_t cb = ArgU64(info, i, fn), env = ArgU64(info, i + 1, fn), fin = ArgU64(info, i + 2, fn);
  if (cb != NoopAddress()) {
    ThrowType(info.Env(), std::string(fn) +
                              ": callback address was not handed out by this binding (only func_noop_callback_ptr() is accepted)");
  }
  if (env != 0 || fin != 0) {
    ThrowType(info.Env(), std::string(fn) + ": env and finalizer must be 0 (arbitrary addresses are not accepted)");
  }
}

// A live, non-null FuncType at info[i].
FuncTypeHandle* LiveFuncType(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  FuncTypeHandle* ty = Unwrap<FuncTypeHandle>(info, i, fn);
  if (!ty->ptr) ThrowType(info.Env(), std::string(fn) + ": the FuncType is null");
  return ty;
}

// (context, functype, callback, env, finalizer): a new no-op host func of the store.
wasmtime_func_t NewNoopFunc(const Napi::CallbackInfo& info, const char* fn, StoreState** store,
                            const FuncSig** sig) {
  CheckNoopCallback(info, 2, fn);
  StoreState* s = LiveContext(info, 0, fn);
  FuncTypeHandle* ty = LiveFuncType(info, 1, fn);
  wasmtime_func_t f;
  wasmtime_func_new(s->ctx, ty->ptr.get(), &NoopCallback, NoopEnvFor(ty), &NoopFinalize, &f);
  *store = s;
  *sig = ty->sig;
  return f;
}

Napi::Value FuncBufferNewWithPtr(const Napi::CallbackInfo& info) {
  const char* fn = "func_buffer_new_with_ptr";
  CheckArgc(info, 5, fn);
  StoreState* s;
  const FuncSig* sig;
  wasmtime_func_t f = NewNoopFunc(info, fn, &s, &sig);
  return HandOutFunc(info.Env(), s, f, sig);
}

// The same, written into a func buffer (make_func_buffer()) instead of a new one.
Napi::Value FuncNewPtrBytes(const Napi::CallbackInfo& info) {
  const char* fn = "func_new_ptr_bytes";
  CheckArgc(info, 6, fn);
  Bytes out = ArgBytes(info, 5, fn);
  if (out.length != sizeof(wasmtime_func_t)) {
    ThrowType(info.Env(), std::string(fn) + ": func_out must be exactly " + std::to_string(sizeof(wasmtime_func_t)) +
                              " bytes (make_func_buffer()), got " + std::to_string(out.length));
  }
  StoreState* s;
  const FuncSig* sig;
  wasmtime_func_t f = NewNoopFunc(info, fn, &s, &sig);
  RegisterFunc(s, f, sig);
  std::memcpy(out.data, &f, sizeof f);  // no JavaScript ran since out was read
  return info.Env().Undefined();
}

// (linker, module, module_len, name, name_len, functype, callback, env,
// finalizer): binding/index.ts has checked the UTF-8 bytes and passes module
// and name decoded (their lengths, at the same positions, are no longer
// needed), so that argument numbers in messages are the caller's.
Napi::Value LinkerDefineAsyncFuncPtr(const Napi::CallbackInfo& info) {
  const char* fn = "linker_define_async_func_ptr";
  CheckArgc(info, 9, fn);
  std::string module = ArgString(info, 1, fn), name = ArgString(info, 3, fn);
  CheckNoopCallback(info, 6, fn);
  LinkerHandle* l = Unwrap<LinkerHandle>(info, 0, fn);
  FuncTypeHandle* ty = LiveFuncType(info, 5, fn);
  wasmtime_error_t* e = wasmtime_linker_define_async_func(l->ptr.get(), module.data(), module.size(), name.data(),
                                                          name.size(), ty->ptr.get(), &AsyncNoopCallback,
                                                          NoopEnvFor(ty), &NoopFinalize);
  if (!e) l->async_funcs = true;
  return NewHandle(info.Env(), new ErrorHandle(ErrorHandle::Pointer(e)));
}

// ---- synchronous calls ---------------------------------------------------------
constexpr size_t kInline = 8;

struct CallOutcome {
  bool ok;
  std::string message;
};

// The context's store, which must be a synchronous one.
StoreState* SyncStore(const Napi::CallbackInfo& info, const char* fn) {
  StoreState* s = LiveContext(info, 0, fn);
  if (s->async) ThrowType(info.Env(), std::string(fn) + ": this store was created for async calls; use func_call_async");
  return s;
}


// Calls `f` with `nargs` values read from `argBytes`; on success writes `nres`
// values to `resultBytes` (on failure that memory is left as it was).
CallOutcome Call(Napi::Env env, StoreState* s, const wasmtime_func_t& f, const FuncSig& sig,
                 const uint8_t* argBytes, size_t nargs, uint8_t* resultBytes, size_t nres, const char* fn) {
  wasmtime_val_t argsInline[kInline], resInline[kInline];
  std::vector<wasmtime_val_t> argsHeap, resHeap;
  wasmtime_val_t* args = argsInline;
  wasmtime_val_t* res = resInline;
  if (nargs > kInline) { argsHeap.resize(nargs); args = argsHeap.data(); }
  if (nres > kInline) { resHeap.resize(nres); res = resHeap.data(); }
  // A private copy, so concurrent writers (a SharedArrayBuffer) cannot change
  // the values after they were checked.
  if (nargs) std::memcpy(args, argBytes, nargs * sizeof(wasmtime_val_t));
  for (size_t i = 0; i < nargs; i++) {
    // Only plain numeric kinds: a reference slot would carry a (forgeable) pointer,
    // and an unknown kind makes the C API abort.
    if (args[i].kind > WASMTIME_V128) {
      ThrowType(env, std::string(fn) + ": args[" + std::to_string(i) + "] has kind " + std::to_string(args[i].kind) +
                         "; only i32/i64/f32/f64/v128 (0..4) may be passed");
    }
  }
  std::memset(res, 0, nres * sizeof(wasmtime_val_t));

  wasm_trap_t* trap = nullptr;
  wasmtime_error_t* err;
  size_t nraw = std::max(nargs, nres);
  CheckStackRoom(env, *s->engine, fn);
  WasmRun running(s);
  // When the values have exactly the func's types, all numeric (what
  // wasmtime_func_call would verify), the unchecked entry point makes the same
  // call without Wasmtime's per-call type lookups (about a quarter of the time
  // of a small call).
  if (nraw <= kInline && sig.numeric && sig.Accepts(args, nargs, nres)) {
    wasmtime_val_raw_t raw[kInline];
    for (size_t i = 0; i < nargs; i++) std::memcpy(&raw[i], &args[i].of, sizeof raw[i]);
    err = wasmtime_func_call_unchecked(s->ctx, &f, raw, nraw, &trap);
    for (size_t i = 0; !err && !trap && i < nres; i++) {
      res[i].kind = sig.results[i];
      std::memcpy(&res[i].of, &raw[i], PayloadSize(res[i].kind));
    }
  } else {
    // Anything else, including every mismatch, gets Wasmtime's own checks and messages.
    err = wasmtime_func_call(s->ctx, &f, args, nargs, res, nres, &trap);
  }
  if (err) return CallOutcome{false, "error: " + TakeErrorText(err)};
  if (trap) return CallOutcome{false, "trap: " + TakeTrapText(trap)};
  for (size_t i = 0; i < nres; i++) {
    // Reference results are not exposed: release the root; the payload goes.
    if (res[i].kind > WASMTIME_FUNCREF) wasmtime_val_unroot(&res[i]);
    NormalizeResult(&res[i]);
  }
  if (nres) std::memcpy(resultBytes, res, nres * sizeof(wasmtime_val_t));
  return CallOutcome{true, ""};
}

// How the buffer arguments are read. Strict tells typed-array kinds apart for
// its error messages; Views, for the TypeScript wrapper once it has checked
// that every buffer is a Uint8Array, skips that (the costliest part of a call's
// argument handling) and is still memory-safe for any view it is handed.
enum class Buffers { Strict, Views };

Bytes BufferArg(const Napi::CallbackInfo& info, size_t i, const char* fn, Buffers how) {
  return how == Buffers::Views ? ArgViewBytes(info, i, fn) : ArgBytes(info, i, fn);
}

// The number of values in a value buffer argument (whose bytes go to `b`).
size_t ValCount(const Napi::CallbackInfo& info, size_t i, const char* fn, const char* what, Buffers how, Bytes* b) {
  *b = BufferArg(info, i, fn, how);
  if (b->length % sizeof(wasmtime_val_t) != 0) {
    ThrowType(info.Env(), std::string(fn) + ": " + what + " buffer length " + std::to_string(b->length) +
                              " is not a multiple of " + std::to_string(sizeof(wasmtime_val_t)) + " (val_sizeof())");
  }
  return b->length / sizeof(wasmtime_val_t);
}

// (context, func, args, results, ...): checks the arguments, then calls.
CallOutcome CallWithBuffers(const Napi::CallbackInfo& info, const char* fn, Buffers how) {
  Napi::Env env = info.Env();
  StoreState* s = SyncStore(info, fn);
  const FuncSig* sig = nullptr;
  wasmtime_func_t f = LookupFunc(env, BufferArg(info, 1, fn, how), s, fn, &sig);
  Bytes ab, rb;
  size_t nargs = ValCount(info, 2, fn, "args", how, &ab);
  size_t nres = ValCount(info, 3, fn, "results", how, &rb);
  // No JavaScript runs during the call, so the results buffer stays where it is.
  return Call(env, s, f, *sig, ab.data, nargs, rb.data, nres, fn);
}

constexpr const char* kOrRaise = "func_call_sync_or_raise";
constexpr const char* kAutoclean = "func_call_sync_result_autoclean";

template <Buffers how>
Napi::Value FuncCallSyncOrRaise(const Napi::CallbackInfo& info) {
  CheckArgc(info, 4, kOrRaise);
  CallOutcome o = CallWithBuffers(info, kOrRaise, how);
  if (!o.ok) ThrowFailure(info.Env(), o.message);
  return info.Env().Undefined();
}

template <Buffers how>
Napi::Value FuncCallSyncResultAutoclean(const Napi::CallbackInfo& info) {
  CheckArgc(info, 6, kAutoclean);
  Napi::Env env = info.Env();
  Bytes tb = BufferArg(info, 4, kAutoclean, how), eb = BufferArg(info, 5, kAutoclean, how);
  if (PtrBufferToken(env, tb, kAutoclean) != 0 || PtrBufferToken(env, eb, kAutoclean) != 0) {
    ThrowType(env, std::string(kAutoclean) + ": trap and error pointer buffers must be null on entry");
  }
  CallOutcome o = CallWithBuffers(info, kAutoclean, how);
  // The C call's trap/error were taken (message read, object deleted) inside
  // Call, so both buffers are still null here, as documented.
  if (!o.ok) return MakeErr(env, MakeFailure(env, o.message));
  return MakeOk(env, env.Undefined());
}

}  // namespace

void InitFunc(Napi::Env env, Napi::Object exports) {
  Export(env, exports, "functype_new_from_valkinds", FuncTypeNewPlain);
  Export(env, exports, "functype_new_from_valkinds_or_raise", FuncTypeNewRaise);
  Export(env, exports, "functype_new_from_valkinds_result", FuncTypeNewResult);
  Export(env, exports, "functype_is_null", FuncTypeIsNull);
  Export(env, exports, "functype_delete", DeleteHandle<FuncTypeHandle>);
  Export(env, exports, "func_noop_callback_ptr", FuncNoopCallbackPtr);
  Export(env, exports, "noop_callback_ptr", FuncNoopCallbackPtr);
  Export(env, exports, "func_buffer_new_with_ptr", FuncBufferNewWithPtr);
  Export(env, exports, "func_new_ptr_bytes", FuncNewPtrBytes);
  Export(env, exports, "functype_new_from_kinds", FuncTypeNewFromKinds);
  Export(env, exports, "linker_define_async_func_ptr", LinkerDefineAsyncFuncPtr);
  Export(env, exports, "func_call_sync_or_raise", FuncCallSyncOrRaise<Buffers::Strict>);
  Export(env, exports, "func_call_sync_result_autoclean", FuncCallSyncResultAutoclean<Buffers::Strict>);
  Export(env, exports, "_func_call_sync_or_raise_views", FuncCallSyncOrRaise<Buffers::Views>);
  Export(env, exports, "_func_call_sync_result_autoclean_views", FuncCallSyncResultAutoclean<Buffers::Views>);
}

}  // namespace wt
