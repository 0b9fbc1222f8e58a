// Engines and configs.
#include <dlfcn.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstring>
#include <mutex>

#include "common.h"

extern char** environ;

namespace wt {
namespace {

struct ConfigHandle : Handle {
  static constexpr Kind kKind = Kind::Config;
  explicit ConfigHandle(wasm_config_t* c) : Handle(kKind), ptr(c) {}
  ~ConfigHandle() override { if (ptr) wasm_config_delete(ptr); }
  wasm_config_t* ptr;
  // Every setter call so far, as arguments for wasmtime_config_probe.
  std::vector<std::string> ops;
};

Napi::Value EngineNew(const Napi::CallbackInfo& info) {
  wasm_engine_t* e = wasm_engine_new();
  if (!e) ThrowFailure(info.Env(), "engine_new: wasm_engine_new failed");
  return NewHandle(info.Env(), new EngineHandle(std::make_shared<EngineState>(e)));
}

// ---- validating a configuration in a child process -------------------------
std::string ProbePath() {
  Dl_info di;
  if (!dladdr(reinterpret_cast<void*>(&ProbePath), &di) || !di.dli_fname) return "";
  std::string p = di.dli_fname;
  size_t slash = p.rfind('/');
  return (slash == std::string::npos ? std::string(".") : p.substr(0, slash)) + "/wasmtime_config_probe";
}

// Returns "" when an engine can be created from `ops`, else the reason.
std::string Probe(const std::vector<std::string>& ops) {
  static std::mutex mu;
  static std::unordered_map<std::string, std::string> cache;
  std::string key;
  for (const auto& s : ops) { key += s; key.push_back('\0'); }
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;

  std::string path = ProbePath();
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(path.c_str()));
  for (const auto& s : ops) argv.push_back(const_cast<char*>(s.c_str()));
  argv.push_back(nullptr);
  std::vector<std::string> envs;
  for (char** e = environ; *e; e++) {
    if (std::strncmp(*e, "RUST_BACKTRACE=", 15) != 0) envs.push_back(*e);
  }
  envs.push_back("RUST_BACKTRACE=0");
  std::vector<char*> envp;
  for (auto& s : envs) envp.push_back(const_cast<char*>(s.c_str()));
  envp.push_back(nullptr);

  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return "could not create a pipe to validate the configuration";
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, fds[1], 2);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, path.c_str(), &fa, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  close(fds[1]);
  std::string out;
  if (rc == 0) {
    char buf[4096];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR)) {
      if (n > 0 && out.size() < 65536) out.append(buf, n);
    }
  }
  close(fds[0]);
  if (rc != 0) return "could not run " + path + " to validate the configuration: " + std::strerror(rc);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
  std::string result;
  if (!(WIFEXITED(status) && WEXITSTATUS(status) == 0)) {
    const char* marker = "`Err` value: ";
    size_t at = out.find(marker);
    if (at != std::string::npos) {
      result = out.substr(at + std::strlen(marker));
      result = result.substr(0, result.find("\nstack backtrace"));
      result = result.substr(0, result.find("\nnote: "));
    } else {
      result = out.empty() ? "engine creation failed" : out;
    }
    while (!result.empty() && (result.back() == '\n' || result.back() == ' ')) result.pop_back();
  }
  cache.emplace(key, result);
  return result;
}

Napi::Value EngineNewWithConfig(const Napi::CallbackInfo& info) {
  const char* fn = "engine_new_with_config";
  CheckArgc(info, 1, fn);
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);
  wasm_config_t* cfg = c->ptr;
  c->ptr = nullptr;
  c->state = State::Consumed;
  c->consumedBy = fn;
  std::vector<std::string> ops = std::move(c->ops);
  if (!ops.empty()) {
    std::string why = Probe(ops);
    if (!why.empty()) {
      wasm_config_delete(cfg);
      ThrowFailure(info.Env(), std::string(fn) + ": invalid configuration: " + why);
    }
  }
  wasm_engine_t* e = wasm_engine_new_with_config(cfg);
  return NewHandle(info.Env(), new EngineHandle(std::make_shared<EngineState>(e)));
}

Napi::Value EngineDelete(const Napi::CallbackInfo& info) {
  const char* fn = "engine_delete";
  CheckArgc(info, 1, fn);
  EngineHandle* h = Unwrap<EngineHandle>(info, 0, fn);
  long users = h->st.use_count() - 1;
  if (users > 0) {
    ThrowError(info.Env(), std::string(fn) + ": the Engine is still used by " + std::to_string(users) +
                               " live store/module/linker handle(s); delete those first");
  }
  h->st.reset();
  h->state = State::Deleted;
  return info.Env().Undefined();
}

Napi::Value EngineIncrementEpoch(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "engine_increment_epoch");
  wasmtime_engine_increment_epoch(Unwrap<EngineHandle>(info, 0, "engine_increment_epoch")->st->ptr);
  return info.Env().Undefined();
}

Napi::Value ConfigNew(const Napi::CallbackInfo& info) {
  return NewHandle(info.Env(), new ConfigHandle(wasm_config_new()));
}

Napi::Value ConfigDelete(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "config_delete");
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, "config_delete");
  wasm_config_delete(c->ptr);
  c->ptr = nullptr;
  c->state = State::Deleted;
  return info.Env().Undefined();
}

#define WT_BOOL_FN(name)                                                      \
  Napi::Value config_##name##_set(const Napi::CallbackInfo& info) {           \
    const char* fn = "config_" #name "_set";                                  \
    CheckArgc(info, 2, fn);                                                   \
    ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);                      \
    bool v = ArgBool(info, 1, fn);                                            \
    wasmtime_config_##name##_set(c->ptr, v);                                  \
    c->ops.insert(c->ops.end(), {"bool", #name, v ? "1" : "0"});              \
    return info.Env().Undefined();                                            \
  }
#define WT_U64_FN(name)                                                       \
  Napi::Value config_##name##_set(const Napi::CallbackInfo& info) {           \
    const char* fn = "config_" #name "_set";                                  \
    CheckArgc(info, 2, fn);                                                   \
    ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);                      \
    uint64_t v = ArgU64(info, 1, fn);                                         \
    wasmtime_config_##name##_set(c->ptr, v);                                  \
    c->ops.insert(c->ops.end(), {"u64", #name, std::to_string(v)});           \
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
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);
  int32_t v = ArgInt(info, 1, fn);
  if (v < 0 || v > max) {
    throw Napi::RangeError::New(info.Env(), std::string(fn) + ": value must be in 0.." + std::to_string(max) +
                                                ", got " + std::to_string(v));
  }
  Set(c->ptr, (uint8_t)v);
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

std::string CString(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  std::string s = ArgString(info, i, fn);
  if (s.find('\0') != std::string::npos) {
    ThrowType(info.Env(), std::string(fn) + ": argument " + std::to_string(i + 1) + " must not contain NUL characters");
  }
  return s;
}

Napi::Value ConfigFlagEnable(const Napi::CallbackInfo& info) {
  const char* fn = "config_cranelift_flag_enable";
  CheckArgc(info, 2, fn);
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);
  std::string k = CString(info, 1, fn);
  wasmtime_config_cranelift_flag_enable(c->ptr, k.c_str());
  c->ops.insert(c->ops.end(), {"flag_enable", k});
  return info.Env().Undefined();
}

Napi::Value ConfigFlagSet(const Napi::CallbackInfo& info) {
  const char* fn = "config_cranelift_flag_set";
  CheckArgc(info, 3, fn);
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);
  std::string k = CString(info, 1, fn), v = CString(info, 2, fn);
  wasmtime_config_cranelift_flag_set(c->ptr, k.c_str(), v.c_str());
  c->ops.insert(c->ops.end(), {"flag_set", k, v});
  return info.Env().Undefined();
}

Napi::Value ErrorResult(Napi::Env env, wasmtime_error_t* e) { return NewHandle(env, new ErrorHandle(e)); }

Napi::Value ConfigTargetSet(const Napi::CallbackInfo& info) {
  const char* fn = "config_target_set";
  CheckArgc(info, 2, fn);
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);
  std::string t = CString(info, 1, fn);
  wasmtime_error_t* e = wasmtime_config_target_set(c->ptr, t.c_str());
  if (!e) c->ops.insert(c->ops.end(), {"target", t});
  return ErrorResult(info.Env(), e);
}

Napi::Value ConfigCacheLoad(const Napi::CallbackInfo& info) {
  const char* fn = "config_cache_config_load";
  CheckArgc(info, 2, fn);
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);
  std::string p = CString(info, 1, fn);
  wasmtime_error_t* e = wasmtime_config_cache_config_load(c->ptr, p.c_str());
  if (!e) c->ops.insert(c->ops.end(), {"cache", p});
  return ErrorResult(info.Env(), e);
}

Napi::Value ConfigCacheLoadDefault(const Napi::CallbackInfo& info) {
  const char* fn = "config_cache_config_load_default";
  CheckArgc(info, 1, fn);
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);
  wasmtime_error_t* e = wasmtime_config_cache_config_load(c->ptr, nullptr);
  if (!e) c->ops.push_back("cache_default");
  return ErrorResult(info.Env(), e);
}

}  // namespace

void InitEngine(Napi::Env env, Napi::Object exports) {
  Export(env, exports, "engine_new", EngineNew);
  Export(env, exports, "engine_new_with_config", EngineNewWithConfig);
  Export(env, exports, "engine_delete", EngineDelete);
  Export(env, exports, "engine_increment_epoch", EngineIncrementEpoch);
  Export(env, exports, "config_new", ConfigNew);
  Export(env, exports, "config_delete", ConfigDelete);
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
}

}  // namespace wt
