// wasm_store_t stores, wasmtime stores and their contexts.
#include "interrupt.h"

namespace wt {

StoreRef NewStore(Napi::Env env, const EngineRef& engine) {
  wasmtime_store_t* s = wasmtime_store_new(engine->ptr, nullptr, nullptr);
  if (!s) return nullptr;
  auto st = std::make_shared<StoreState>(engine, s, env);
  if (engine->binding_epoch) AttachEpochCallback(st.get());
  return st;
}

namespace {

struct StoreHandle : Owner<Kind::Store, Unique<wasm_store_t, wasm_store_delete>> {  // a plain wasm.h store
  static constexpr const char* kDeleteFn = "store_delete";
  using Owner::Owner;
};

Napi::Value StoreNew(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "store_new");
  EngineHandle* e = Unwrap<EngineHandle>(info, 0, "store_new");
  wasm_store_t* s = wasm_store_new(e->ptr->ptr);
  if (!s) ThrowFailure(info.Env(), "store_new: wasm_store_new failed");
  return NewHandle(info.Env(), new StoreHandle(StoreHandle::Pointer(s), e->ptr));
}

Napi::Value WasmtimeStoreNew(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "wasmtime_store_new");
  EngineHandle* e = Unwrap<EngineHandle>(info, 0, "wasmtime_store_new");
  StoreRef s = NewStore(info.Env(), e->ptr);
  if (!s) ThrowFailure(info.Env(), "wasmtime_store_new: failed");
  return NewHandle(info.Env(), new WasmtimeStoreHandle(std::move(s)));
}

Napi::Value WasmtimeStoreContext(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "wasmtime_store_context");
  WasmtimeStoreHandle* s = Unwrap<WasmtimeStoreHandle>(info, 0, "wasmtime_store_context");
  return NewHandle(info.Env(), new ContextHandle(s->ptr));
}

Napi::Value ContextSetFuel(const Napi::CallbackInfo& info) {
  const char* fn = "context_set_fuel";
  CheckArgc(info, 2, fn);
  StoreState* s = LiveContext(info, 0, fn);
  uint64_t fuel = ArgU64(info, 1, fn);
  return NewHandle(info.Env(), new ErrorHandle(ErrorHandle::Pointer(wasmtime_context_set_fuel(s->ctx, fuel))));
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
  SetEpochDeadline(s, ArgU64(info, 1, fn));
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
  Export(env, exports, "store_delete", DeleteHandle<StoreHandle>);
  Export(env, exports, "wasmtime_store_new", WasmtimeStoreNew);
  Export(env, exports, "wasmtime_store_context", WasmtimeStoreContext);
  Export(env, exports, "wasmtime_store_delete", DeleteHandle<WasmtimeStoreHandle>);
  Export(env, exports, "context_set_fuel", ContextSetFuel);
  Export(env, exports, "context_get_fuel", ContextGetFuel);
  Export(env, exports, "context_set_epoch_deadline", ContextSetEpochDeadline);
  Export(env, exports, "context_gc", ContextGc);
}

}  // namespace wt
