// Linkers, instances and exported functions.
#include "common.h"

namespace wt {
namespace {

struct LinkerHandle : Handle {
  static constexpr Kind kKind = Kind::Linker;
  LinkerHandle(EngineRef e, wasmtime_linker_t* l) : Handle(kKind), engine(std::move(e)), ptr(l) {}
  ~LinkerHandle() override { Free(); }
  void Free() {
    if (ptr) wasmtime_linker_delete(ptr);
    ptr = nullptr;
    engine.reset();
  }
  EngineRef engine;
  wasmtime_linker_t* ptr;
  bool wasi_defined = false;
};

struct InstanceHandle : Handle {
  static constexpr Kind kKind = Kind::Instance;
  InstanceHandle(StoreRef s, wasmtime_instance_t i) : Handle(kKind), st(std::move(s)), inst(i) {}
  StoreRef st;  // an instance is an index into its store
  wasmtime_instance_t inst;
};

Napi::Value LinkerNew(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "linker_new");
  EngineHandle* e = Unwrap<EngineHandle>(info, 0, "linker_new");
  return NewHandle(info.Env(), new LinkerHandle(e->st, wasmtime_linker_new(e->st->ptr)));
}

Napi::Value LinkerDelete(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "linker_delete");
  LinkerHandle* l = Unwrap<LinkerHandle>(info, 0, "linker_delete");
  l->Free();
  l->state = State::Deleted;
  return info.Env().Undefined();
}

Napi::Value LinkerDefineWasi(const Napi::CallbackInfo& info) {
  const char* fn = "linker_define_wasi_or_raise";
  CheckArgc(info, 1, fn);
  LinkerHandle* l = Unwrap<LinkerHandle>(info, 0, fn);
  if (wasmtime_error_t* e = wasmtime_linker_define_wasi(l->ptr)) ThrowFailure(info.Env(), TakeErrorText(e));
  l->wasi_defined = true;
  return info.Env().Undefined();
}

void CheckSameEngine(Napi::Env env, const char* fn, const EngineRef& a, const EngineRef& b, const char* what) {
  if (a.get() != b.get()) {
    ThrowFailure(env, std::string(fn) + ": the " + what + " belongs to a different Engine than the store "
                                          "(cross-engine instantiation is not supported)");
  }
}

Napi::Value Finish(Napi::Env env, StoreState* s, const StoreRef& ref, wasmtime_error_t* err, wasm_trap_t* trap,
                   wasmtime_instance_t inst) {
  if (err) ThrowFailure(env, TakeErrorText(err));
  if (trap) ThrowFailure(env, TakeTrapText(trap));
  return NewHandle(env, new InstanceHandle(ref, inst));
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
  if (l->wasi_defined && !s->wasi_set) {
    ThrowFailure(info.Env(), std::string(fn) +
                                 ": the linker defines WASI but the store has no WASI context; call "
                                 "context_set_wasi_or_raise first");
  }
  wasmtime_instance_t inst{};
  wasm_trap_t* trap = nullptr;
  wasmtime_error_t* err = s->async ? InstantiateOnAsyncStore(s.get(), l->ptr, m->ptr, &inst, &trap)
                                   : wasmtime_linker_instantiate(l->ptr, s->ctx, m->ptr, &inst, &trap);
  return Finish(info.Env(), s.get(), s, err, trap, inst);
}

Napi::Value InstanceNew(const Napi::CallbackInfo& info) {
  const char* fn = "instance_new_or_raise";
  CheckArgc(info, 2, fn);
  StoreRef s = RefOfContext(info, 0, fn);
  ModuleHandle* m = Unwrap<ModuleHandle>(info, 1, fn);
  CheckSameEngine(info.Env(), fn, m->engine, s->engine, "Module");
  wasmtime_instance_t inst{};
  wasm_trap_t* trap = nullptr;
  wasmtime_error_t* err = s->async ? InstantiateOnAsyncStore(s.get(), nullptr, m->ptr, &inst, &trap)
                                   : wasmtime_instance_new(s->ctx, m->ptr, nullptr, 0, &inst, &trap);
  return Finish(info.Env(), s.get(), s, err, trap, inst);
}

Napi::Value InstanceExportFunc(const Napi::CallbackInfo& info) {
  const char* fn = "instance_export_func_or_raise";
  CheckArgc(info, 3, fn);
  StoreState* s = LiveContext(info, 0, fn);
  InstanceHandle* i = Unwrap<InstanceHandle>(info, 1, fn);
  std::string name = ArgString(info, 2, fn);
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

}  // namespace

void InitLinker(Napi::Env env, Napi::Object exports) {
  Export(env, exports, "linker_new", LinkerNew);
  Export(env, exports, "linker_delete", LinkerDelete);
  Export(env, exports, "linker_define_wasi_or_raise", LinkerDefineWasi);
  Export(env, exports, "linker_instantiate_or_raise", LinkerInstantiate);
  Export(env, exports, "instance_new_or_raise", InstanceNew);
  Export(env, exports, "instance_export_func_or_raise", InstanceExportFunc);
}

}  // namespace wt
