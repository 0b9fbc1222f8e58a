// Linkers, instance-pres, instances and exported functions.
#include "linker.h"

#include "interrupt.h"
#include "stack.h"

namespace wt {
namespace {

struct InstanceHandle : Handle {
  static constexpr Kind kKind = Kind::Instance;
  InstanceHandle(StoreRef s, wasmtime_instance_t i) : Handle(kKind), st(std::move(s)), inst(i) {}
  StoreRef st;  // an instance is an index into its store
  wasmtime_instance_t inst;
};

Napi::Value LinkerNew(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "linker_new");
  EngineHandle* e = Unwrap<EngineHandle>(info, 0, "linker_new");
  return NewHandle(info.Env(), new LinkerHandle(LinkerHandle::Pointer(wasmtime_linker_new(e->ptr->ptr)), e->ptr));
}

Napi::Value LinkerDefineWasi(const Napi::CallbackInfo& info) {
  const char* fn = "linker_define_wasi_or_raise";
  CheckArgc(info, 1, fn);
  LinkerHandle* l = Unwrap<LinkerHandle>(info, 0, fn);
  if (wasmtime_error_t* e = wasmtime_linker_define_wasi(l->ptr.get())) ThrowFailure(info.Env(), TakeErrorText(e));
  l->wasi_defined = true;
  return info.Env().Undefined();
}

void CheckSameEngine(Napi::Env env, const char* fn, const EngineRef& a, const EngineRef& b, const char* what,
                     const char* than = "store") {
  if (a.get() != b.get()) {
    ThrowFailure(env, std::string(fn) + ": the " + what + " belongs to a different Engine than the " + than +
                          " (cross-engine instantiation is not supported)");
  }
}

// Instantiates (running the module's start function, if any, on this thread
// or, for an async store, on a fiber).
Napi::Value Instantiate(Napi::Env env, const StoreRef& s, const wasmtime_linker_t* linker,
                        const wasmtime_module_t* module, const char* fn) {
  wasmtime_instance_t inst{};
  wasm_trap_t* trap = nullptr;
  wasmtime_error_t* err;
  if (!s->async) CheckStackRoom(env, *s->engine, fn);
  {
    WasmRun running(s.get());
    if (s->async) err = InstantiateOnAsyncStore(s.get(), linker, module, &inst, &trap);
    else if (linker) err = wasmtime_linker_instantiate(linker, s->ctx, module, &inst, &trap);
    else err = wasmtime_instance_new(s->ctx, module, nullptr, 0, &inst, &trap);
  }
  if (err) ThrowFailure(env, TakeErrorText(err));
  if (trap) ThrowFailure(env, TakeTrapText(trap));
  return NewHandle(env, new InstanceHandle(s, inst));
}

StoreRef RefOfContext(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  LiveContext(info, i, fn);
  return Unwrap<ContextHandle>(info, i, fn)->st;
}

Napi::Value LinkerInstantiate(const Napi::CallbackInfo& info) {
  const char* fn = "linker_instantiate_or_raise";
  CheckArgc(info, 3, fn);
  LinkerHandle* l = Unwrap<LinkerHandle>(info, 0, fn);
  StoreRef s = RefOfContext(info, 1, fn);
  ModuleHandle* m = Unwrap<ModuleHandle>(info, 2, fn);
  CheckSameEngine(info.Env(), fn, l->engine, s->engine, "Linker");
  CheckSameEngine(info.Env(), fn, m->engine, s->engine, "Module");
  if (l->async_funcs && !s->async) {
    ThrowFailure(info.Env(), std::string(fn) +
                                 ": the linker defines async host functions (linker_define_async_func_ptr); "
                                 "instantiate it in an async store (async_context_new)");
  }
  if (l->wasi_defined && !s->wasi_set) {
    ThrowFailure(info.Env(), std::string(fn) +
                                 ": the linker defines WASI but the store has no WASI context; call "
                                 "context_set_wasi_or_raise first");
  }
  return Instantiate(info.Env(), s, l->ptr.get(), m->ptr.get(), fn);
}

Napi::Value InstanceNew(const Napi::CallbackInfo& info) {
  const char* fn = "instance_new_or_raise";
  CheckArgc(info, 2, fn);
  StoreRef s = RefOfContext(info, 0, fn);
  ModuleHandle* m = Unwrap<ModuleHandle>(info, 1, fn);
  CheckSameEngine(info.Env(), fn, m->engine, s->engine, "Module");
  return Instantiate(info.Env(), s, nullptr, m->ptr.get(), fn);
}

Napi::Value InstanceExportFunc(const Napi::CallbackInfo& info) {
  const char* fn = "instance_export_func_or_raise";
  CheckArgc(info, 3, fn);
  std::string name = ArgString(info, 2, fn);
  StoreState* s = LiveContext(info, 0, fn);
  InstanceHandle* i = Unwrap<InstanceHandle>(info, 1, fn);
  if (i->st.get() != s) ThrowType(info.Env(), std::string(fn) + ": the Instance belongs to a different store");
  wasmtime_extern_t ext{};
  if (!wasmtime_instance_export_get(s->ctx, &i->inst, name.data(), name.size(), &ext)) {
    ThrowFailure(info.Env(), std::string(fn) + ": no export named `" + name + "`");
  }
  if (ext.kind != WASMTIME_EXTERN_FUNC) {
    wasmtime_extern_delete(&ext);
    ThrowFailure(info.Env(), std::string(fn) + ": export `" + name + "` is not a function");
  }
  wasm_functype_t* ft = wasmtime_func_type(s->ctx, &ext.of.func);
  const FuncSig* sig = InternSig(ft);
  wasm_functype_delete(ft);
  return HandOutFunc(info.Env(), s, ext.of.func, sig);
}

// Resolves the module's imports in the linker once; later instantiations
// (instance_pre_instantiate_async_bytes) reuse them. Later definitions in the
// linker do not change it.
Napi::Value LinkerInstantiatePre(const Napi::CallbackInfo& info) {
  const char* fn = "linker_instantiate_pre_or_raise";
  CheckArgc(info, 2, fn);
  LinkerHandle* l = Unwrap<LinkerHandle>(info, 0, fn);
  ModuleHandle* m = Unwrap<ModuleHandle>(info, 1, fn);
  CheckSameEngine(info.Env(), fn, m->engine, l->engine, "Module", "Linker");
  wasmtime_instance_pre_t* pre = nullptr;
  if (wasmtime_error_t* e = wasmtime_linker_instantiate_pre(l->ptr.get(), m->ptr.get(), &pre)) {
    ThrowFailure(info.Env(), std::string(fn) + ": " + TakeErrorText(e));
  }
  auto state = std::make_shared<InstancePreState>(pre, l->engine, l->wasi_defined);
  return NewHandle(info.Env(), new InstancePreHandle(std::move(state)));
}

}  // namespace

void InitLinker(Napi::Env env, Napi::Object exports) {
  Export(env, exports, "linker_new", LinkerNew);
  Export(env, exports, "linker_delete", DeleteHandle<LinkerHandle>);
  Export(env, exports, "linker_define_wasi_or_raise", LinkerDefineWasi);
  Export(env, exports, "linker_instantiate_or_raise", LinkerInstantiate);
  Export(env, exports, "instance_new_or_raise", InstanceNew);
  Export(env, exports, "instance_export_func_or_raise", InstanceExportFunc);
  Export(env, exports, "linker_instantiate_pre_or_raise", LinkerInstantiatePre);
  Export(env, exports, "instance_pre_delete", DeleteHandle<InstancePreHandle>);
}

}  // namespace wt
