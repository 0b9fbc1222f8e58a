// Engines and configs.
#include <cstring>

#include "config_probe_client.h"
#include "host_stack.h"
#include "stack.h"

namespace wt {

EngineRef NewEngine(wasm_config_t* cfg, uint64_t maxWasmStack, bool bindingEpoch) {
  // Without epoch checks compiled in, running wasm cannot be interrupted at
  // all; with them, and no store trapping at a deadline (interrupt.h), the
  // binding can stop a call whose worker or polling thread is going away.
  if (bindingEpoch) wasmtime_config_epoch_interruption_set(cfg, true);
  wasm_engine_t* e = wasm_engine_new_with_config(cfg);  // takes cfg
  return e ? std::make_shared<EngineState>(e, maxWasmStack, bindingEpoch) : nullptr;
}

// Engines made in a worker thread get the binding's epoch checks, so that
// worker.terminate() can interrupt their wasm; on the main thread (which no
// one terminates) an engine is exactly what its configuration says.
static bool WantsBindingEpoch(napi_env env, bool userEpochs) { return !userEpochs && IsWorkerEnv(env); }

namespace {

struct ConfigHandle : Owner<Kind::Config, Unique<wasm_config_t, wasm_config_delete>> {
  static constexpr const char* kDeleteFn = "config_delete";
  using Owner::Owner;
  // Every setter call so far, as arguments for wasmtime_config_probe.
  std::vector<std::string> ops;
  // What the binding itself needs to know of the configuration.
  uint64_t max_wasm_stack = kDefaultMaxWasmStack;
  uint64_t async_stack_size = kDefaultAsyncStack;
  bool epoch_interruption = false;
};

Napi::Value EngineNew(const Napi::CallbackInfo& info) {
  EngineRef e = NewEngine(wasm_config_new(), kDefaultMaxWasmStack, WantsBindingEpoch(info.Env(), false));
  if (!e) ThrowFailure(info.Env(), "engine_new: wasm_engine_new failed");
  return NewHandle(info.Env(), new EngineHandle(std::move(e)));
}

Napi::Value EngineNewWithConfig(const Napi::CallbackInfo& info) {
  const char* fn = "engine_new_with_config";
  CheckArgc(info, 1, fn);
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);
  std::vector<std::string> ops = std::move(c->ops);
  uint64_t maxWasmStack = c->max_wasm_stack, asyncStack = c->async_stack_size;
  bool bindingEpoch = WantsBindingEpoch(info.Env(), c->epoch_interruption);
  Unique<wasm_config_t, wasm_config_delete> cfg = c->Take(fn);
  // Host code shares an async call's stack with its wasm; Wasmtime accepts
  // configurations that leave it no room and then aborts the process.
  if (asyncStack < maxWasmStack || asyncStack - maxWasmStack < kHostStackReserve) {
    ThrowFailure(info.Env(), std::string(fn) + ": invalid configuration: async_stack_size (" +
                                 std::to_string(asyncStack) + ") must exceed max_wasm_stack (" +
                                 std::to_string(maxWasmStack) + ") by at least " + std::to_string(kHostStackReserve) +
                                 " bytes, the stack that host code needs during an async call");
  }
  if (!ops.empty()) {
    // The probe builds what NewEngine will build, epoch checks included.
    if (bindingEpoch) ops.insert(ops.end(), {"bool", "epoch_interruption", "1"});
    std::string why = ProbeConfiguration(ops);
    if (!why.empty()) ThrowFailure(info.Env(), std::string(fn) + ": invalid configuration: " + why);
  }
  EngineRef e = NewEngine(cfg.release(), maxWasmStack, bindingEpoch);
  if (!e) ThrowFailure(info.Env(), std::string(fn) + ": wasm_engine_new_with_config failed");
  return NewHandle(info.Env(), new EngineHandle(std::move(e)));
}

Napi::Value EngineIncrementEpoch(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "engine_increment_epoch");
  Unwrap<EngineHandle>(info, 0, "engine_increment_epoch")->ptr->Bump();
  return info.Env().Undefined();
}

Napi::Value ConfigNew(const Napi::CallbackInfo& info) {
  return NewHandle(info.Env(), new ConfigHandle(ConfigHandle::Pointer(wasm_config_new())));
}

// Remembers what the binding must know of a u64 setting.
void Note(ConfigHandle* c, const char* name, uint64_t v) {
  if (std::strcmp(name, "max_wasm_stack") == 0) c->max_wasm_stack = v;
  if (std::strcmp(name, "async_stack_size") == 0) c->async_stack_size = v;
}
void Note(ConfigHandle* c, const char* name, bool v) {
  if (std::strcmp(name, "epoch_interruption") == 0) c->epoch_interruption = v;
}

#define WT_BOOL_FN(name)                                                      \
  Napi::Value config_##name##_set(const Napi::CallbackInfo& info) {           \
    const char* fn = "config_" #name "_set";                                  \
    CheckArgc(info, 2, fn);                                                   \
    bool v = ArgBool(info, 1, fn);                                            \
    ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);                      \
    wasmtime_config_##name##_set(c->ptr.get(), v);                            \
    c->ops.insert(c->ops.end(), {"bool", #name, v ? "1" : "0"});              \
    Note(c, #name, v);                                                        \
    return info.Env().Undefined();                                            \
  }
#define WT_U64_FN(name)                                                       \
  Napi::Value config_##name##_set(const Napi::CallbackInfo& info) {           \
    const char* fn = "config_" #name "_set";                                  \
    CheckArgc(info, 2, fn);                                                   \
    uint64_t v = ArgU64(info, 1, fn);                                         \
    ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);                      \
    wasmtime_config_##name##_set(c->ptr.get(), v);                            \
    c->ops.insert(c->ops.end(), {"u64", #name, std::to_string(v)});           \
    Note(c, #name, v);                                                        \
    return info.Env().Undefined();                                            \
  }
WT_BOOL_SETTERS(WT_BOOL_FN)
WT_U64_SETTERS(WT_U64_FN)
#undef WT_BOOL_FN
#undef WT_U64_FN

// Enum-valued setters: the C API reinterprets the byte as a Rust enum, so an
// out-of-range value would be undefined behaviour; check the range first.
template <void (*Set)(wasm_config_t*, uint8_t)>
Napi::Value EnumSetter(const Napi::CallbackInfo& info, const char* fn, const char* opname, int max) {
  CheckArgc(info, 2, fn);
  int32_t v = ArgInt(info, 1, fn);
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);
  if (v < 0 || v > max) {
    ThrowRange(info.Env(), std::string(fn) + ": value must be in 0.." + std::to_string(max) + ", got " + std::to_string(v));
  }
  Set(c->ptr.get(), (uint8_t)v);
  c->ops.insert(c->ops.end(), {"u8", opname, std::to_string(v)});
  return info.Env().Undefined();
}
Napi::Value ConfigStrategySet(const Napi::CallbackInfo& info) {
  return EnumSetter<wasmtime_config_strategy_set>(info, "config_strategy_set", "strategy", 1);
}
Napi::Value ConfigOptLevelSet(const Napi::CallbackInfo& info) {
  return EnumSetter<wasmtime_config_cranelift_opt_level_set>(info, "config_cranelift_opt_level_set",
                                                             "cranelift_opt_level", 2);
}
Napi::Value ConfigProfilerSet(const Napi::CallbackInfo& info) {
  return EnumSetter<wasmtime_config_profiler_set>(info, "config_profiler_set", "profiler", 3);
}

// Each string setter also has upstream's *_bytes name: binding/index.ts
// checks and decodes the UTF-8 bytes, then calls it with the string.
Napi::Value FlagEnable(const Napi::CallbackInfo& info, const char* fn) {
  CheckArgc(info, 2, fn);
  std::string k = ArgCString(info, 1, fn);
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);
  wasmtime_config_cranelift_flag_enable(c->ptr.get(), k.c_str());
  c->ops.insert(c->ops.end(), {"flag_enable", k});
  return info.Env().Undefined();
}
Napi::Value ConfigFlagEnable(const Napi::CallbackInfo& info) { return FlagEnable(info, "config_cranelift_flag_enable"); }
Napi::Value ConfigFlagEnableBytes(const Napi::CallbackInfo& info) {
  return FlagEnable(info, "config_cranelift_flag_enable_bytes");
}

Napi::Value FlagSet(const Napi::CallbackInfo& info, const char* fn) {
  CheckArgc(info, 3, fn);
  std::string k = ArgCString(info, 1, fn), v = ArgCString(info, 2, fn);
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);
  wasmtime_config_cranelift_flag_set(c->ptr.get(), k.c_str(), v.c_str());
  c->ops.insert(c->ops.end(), {"flag_set", k, v});
  return info.Env().Undefined();
}
Napi::Value ConfigFlagSet(const Napi::CallbackInfo& info) { return FlagSet(info, "config_cranelift_flag_set"); }
Napi::Value ConfigFlagSetBytes(const Napi::CallbackInfo& info) { return FlagSet(info, "config_cranelift_flag_set_bytes"); }

Napi::Value ErrorResult(Napi::Env env, wasmtime_error_t* e) {
  return NewHandle(env, new ErrorHandle(ErrorHandle::Pointer(e)));
}

Napi::Value TargetSet(const Napi::CallbackInfo& info, const char* fn) {
  CheckArgc(info, 2, fn);
  std::string t = ArgCString(info, 1, fn);
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);
  wasmtime_error_t* e = wasmtime_config_target_set(c->ptr.get(), t.c_str());
  if (!e) c->ops.insert(c->ops.end(), {"target", t});
  return ErrorResult(info.Env(), e);
}
Napi::Value ConfigTargetSet(const Napi::CallbackInfo& info) { return TargetSet(info, "config_target_set"); }
Napi::Value ConfigTargetSetBytes(const Napi::CallbackInfo& info) { return TargetSet(info, "config_target_set_bytes"); }

// `path` null: Wasmtime's default cache configuration.
Napi::Value CacheLoad(const Napi::CallbackInfo& info, ConfigHandle* c, const std::string* path) {
  wasmtime_error_t* e = wasmtime_config_cache_config_load(c->ptr.get(), path ? path->c_str() : nullptr);
  if (!e && path) c->ops.insert(c->ops.end(), {"cache", *path});
  if (!e && !path) c->ops.push_back("cache_default");
  return ErrorResult(info.Env(), e);
}

Napi::Value ConfigCacheLoad(const Napi::CallbackInfo& info) {
  const char* fn = "config_cache_config_load";
  CheckArgc(info, 2, fn);
  std::string p = ArgCString(info, 1, fn);
  return CacheLoad(info, Unwrap<ConfigHandle>(info, 0, fn), &p);
}

// As upstream has it, no bytes (length 0) load the default configuration.
Napi::Value ConfigCacheLoadBytes(const Napi::CallbackInfo& info) {
  const char* fn = "config_cache_config_load_bytes";
  CheckArgc(info, 2, fn);
  std::string p = ArgCString(info, 1, fn);
  return CacheLoad(info, Unwrap<ConfigHandle>(info, 0, fn), p.empty() ? nullptr : &p);
}

Napi::Value ConfigCacheLoadDefault(const Napi::CallbackInfo& info) {
  const char* fn = "config_cache_config_load_default";
  CheckArgc(info, 1, fn);
  return CacheLoad(info, Unwrap<ConfigHandle>(info, 0, fn), nullptr);
}

// A buffer naming the binding's host stack creator (host_stack.h).
Napi::Value MakeStackCreatorBuffer(const Napi::CallbackInfo& info) {
  Napi::Uint8Array b = Napi::Uint8Array::New(info.Env(), sizeof(wasmtime_stack_creator_t));
  std::memcpy(b.Data(), kStackCreatorTag, sizeof kStackCreatorTag);
  return b;
}

Napi::Value ConfigHostStackCreatorSetBytes(const Napi::CallbackInfo& info) {
  const char* fn = "config_host_stack_creator_set_bytes";
  CheckArgc(info, 2, fn);
  Bytes b = ArgBytes(info, 1, fn);
  uint8_t expected[sizeof(wasmtime_stack_creator_t)] = {};
  std::memcpy(expected, kStackCreatorTag, sizeof kStackCreatorTag);
  if (b.length != sizeof expected || std::memcmp(b.data, expected, sizeof expected) != 0) {
    ThrowType(info.Env(), std::string(fn) + ": the creator must be the " + std::to_string(sizeof expected) +
                              " bytes of make_stack_creator_buffer() (the binding's own stack creator; native "
                              "callback addresses are not accepted)");
  }
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);
  SetHostStackCreator(c->ptr.get());
  c->ops.push_back("host_stack");
  return info.Env().Undefined();
}

// Test helper: how many stacks the host stack creator made in this process.
Napi::Value HostStacksMade(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), (double)g_host_stacks_made.load());
}

}  // namespace

void InitEngine(Napi::Env env, Napi::Object exports) {
  Export(env, exports, "engine_new", EngineNew);
  Export(env, exports, "engine_new_with_config", EngineNewWithConfig);
  Export(env, exports, "engine_delete", DeleteHandle<EngineHandle>);
  Export(env, exports, "engine_increment_epoch", EngineIncrementEpoch);
  Export(env, exports, "config_new", ConfigNew);
  Export(env, exports, "config_delete", DeleteHandle<ConfigHandle>);
#define WT_EXPORT(name) Export(env, exports, "config_" #name "_set", config_##name##_set);
  WT_BOOL_SETTERS(WT_EXPORT)
  WT_U64_SETTERS(WT_EXPORT)
#undef WT_EXPORT
  Export(env, exports, "config_strategy_set", ConfigStrategySet);
  Export(env, exports, "config_cranelift_opt_level_set", ConfigOptLevelSet);
  Export(env, exports, "config_profiler_set", ConfigProfilerSet);
  Export(env, exports, "config_cranelift_flag_enable", ConfigFlagEnable);
  Export(env, exports, "config_cranelift_flag_set", ConfigFlagSet);
  Export(env, exports, "config_target_set", ConfigTargetSet);
  Export(env, exports, "config_cache_config_load", ConfigCacheLoad);
  Export(env, exports, "config_cache_config_load_default", ConfigCacheLoadDefault);
  Export(env, exports, "config_cranelift_flag_enable_bytes", ConfigFlagEnableBytes);
  Export(env, exports, "config_cranelift_flag_set_bytes", ConfigFlagSetBytes);
  Export(env, exports, "config_target_set_bytes", ConfigTargetSetBytes);
  Export(env, exports, "config_cache_config_load_bytes", ConfigCacheLoadBytes);
  Export(env, exports, "make_stack_creator_buffer", MakeStackCreatorBuffer);
  Export(env, exports, "config_host_stack_creator_set_bytes", ConfigHostStackCreatorSetBytes);
  Export(env, exports, "_host_stacks_made", HostStacksMade);
}

}  // namespace wt
