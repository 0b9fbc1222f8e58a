// wasm_store_t stores, wasmtime stores and their contexts.
#include "common.h"

namespace wt {
namespace {

struct StoreHandle : Handle {  // a plain wasm.h store
  static constexpr Kind kKind = Kind::Store;
  StoreHandle(EngineRef e, wasm_store_t* s) : Handle(kKind), engine(std::move(e)), ptr(s) {}
  ~StoreHandle() override { Free(); }
  void Free() {
    if (ptr) wasm_store_delete(ptr);
    ptr = nullptr;
    engine.reset();
  }
  EngineRef engine;
  wasm_store_t* ptr;
};

Napi::Value StoreNew(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "store_new");
  EngineHandle* e = Unwrap<EngineHandle>(info, 0, "store_new");
  wasm_store_t* s = wasm_store_new(e->st->ptr);
  if (!s) ThrowFailure(info.Env(), "store_new: wasm_store_new failed");
  return NewHandle(info.Env(), new StoreHandle(e->st, s));
}

Napi::Value StoreDelete(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "store_delete");
  StoreHandle* s = Unwrap<StoreHandle>(info, 0, "store_delete");
  s->Free();
  s->state = State::Deleted;
  return info.Env().Undefined();
}

Napi::Value WasmtimeStoreNew(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "wasmtime_store_new");
  EngineHandle* e = Unwrap<EngineHandle>(info, 0, "wasmtime_store_new");
  wasmtime_store_t* s = wasmtime_store_new(e->st->ptr, nullptr, nullptr);
  if (!s) ThrowFailure(info.Env(), "wasmtime_store_new: failed");
  return NewHandle(info.Env(), new WasmtimeStoreHandle(std::make_shared<StoreState>(e->st, s)));
}

Napi::Value WasmtimeStoreContext(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "wasmtime_store_context");
  WasmtimeStoreHandle* s = Unwrap<WasmtimeStoreHandle>(info, 0, "wasmtime_store_context");
  return NewHandle(info.Env(), new ContextHandle(s->st));
}

Napi::Value WasmtimeStoreDelete(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "wasmtime_store_delete");
  WasmtimeStoreHandle* s = Unwrap<WasmtimeStoreHandle>(info, 0, "wasmtime_store_delete");
  if (s->st->busy) ThrowError(info.Env(), std::string("wasmtime_store_delete: ") + s->st->busy);
  // Explicit delete frees the store now; its Contexts and Instances see ptr == null.
  s->st->Free();
  s->st.reset();
  s->state = State::Deleted;
  return info.Env().Undefined();
}

Napi::Value ContextSetFuel(const Napi::CallbackInfo& info) {
  const char* fn = "context_set_fuel";
  CheckArgc(info, 2, fn);
  StoreState* s = LiveContext(info, 0, fn);
  uint64_t fuel = ArgU64(info, 1, fn);
  return NewHandle(info.Env(), new ErrorHandle(wasmtime_context_set_fuel(s->ctx, fuel)));
}

Napi::Value ContextGetFuel(const Napi::CallbackInfo& info) {
  const char* fn = "context_get_fuel";
  CheckArgc(info, 1, fn);
  StoreState* s = LiveContext(info, 0, fn);
  uint64_t fuel = 0;
  if (wasmtime_error_t* e = wasmtime_context_get_fuel(s->ctx, &fuel)) {
    ThrowFailure(info.Env(), TakeErrorText(e));
  }
  return U64ToJs(info.Env(), fuel);
}

Napi::Value ContextSetEpochDeadline(const Napi::CallbackInfo& info) {
  const char* fn = "context_set_epoch_deadline";
  CheckArgc(info, 2, fn);
  StoreState* s = LiveContext(info, 0, fn);
  wasmtime_context_set_epoch_deadline(s->ctx, ArgU64(info, 1, fn));
  return info.Env().Undefined();
}

Napi::Value ContextGc(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "context_gc");
  StoreState* s = LiveContext(info, 0, "context_gc");
  if (wasmtime_error_t* e = wasmtime_context_gc(s->ctx)) ThrowFailure(info.Env(), TakeErrorText(e));
  return info.Env().Undefined();
}

}  // namespace

void InitStore(Napi::Env env, Napi::Object exports) {
  Export(env, exports, "store_new", StoreNew);
  Export(env, exports, "store_delete", StoreDelete);
  Export(env, exports, "wasmtime_store_new", WasmtimeStoreNew);
  Export(env, exports, "wasmtime_store_context", WasmtimeStoreContext);
  Export(env, exports, "wasmtime_store_delete", WasmtimeStoreDelete);
  Export(env, exports, "context_set_fuel", ContextSetFuel);
  Export(env, exports, "context_get_fuel", ContextGetFuel);
  Export(env, exports, "context_set_epoch_deadline", ContextSetEpochDeadline);
  Export(env, exports, "context_gc", ContextGc);
}

}  // namespace wt
