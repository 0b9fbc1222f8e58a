// Engines and configs.
#include <dlfcn.h>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <mutex>
#include <unordered_map>

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

// The probe process (native/probe/config_probe.cc): started on first use, and
// again after an invalid configuration ended it. One per process, shared by
// every thread under `mu`.
struct ProbeProcess {
  pid_t pid = -1;
  int to = -1;      // its stdin (a socket, so a write to a dead process fails with EPIPE, not SIGPIPE)
  int from = -1;    // its stdout
  int errors = -1;  // its stderr
};

// Starts `p`; returns "" or why it could not be started.
std::string StartProbe(ProbeProcess* p) {
  std::string path = ProbePath();
  int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in) != 0 || pipe2(out, O_CLOEXEC) != 0 ||
      pipe2(err, O_CLOEXEC) != 0) {
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) if (fd >= 0) close(fd);
    return "could not create pipes for " + path + ": " + std::strerror(errno);
  }
  std::vector<std::string> envs;
  for (char** e = environ; *e; e++) {
    if (std::strncmp(*e, "RUST_BACKTRACE=", 15) != 0) envs.push_back(*e);
  }
  envs.push_back("RUST_BACKTRACE=0");  // the message alone, no backtrace to cut off
  std::vector<char*> envp;
  for (auto& e : envs) envp.push_back(&e[0]);
  envp.push_back(nullptr);
  char* argv[] = {&path[0], nullptr};
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, in[1], 0);
  posix_spawn_file_actions_adddup2(&fa, out[1], 1);
  posix_spawn_file_actions_adddup2(&fa, err[1], 2);
  int rc = posix_spawn(&p->pid, path.c_str(), &fa, nullptr, argv, envp.data());
  posix_spawn_file_actions_destroy(&fa);
  close(in[1]);
  close(out[1]);
  close(err[1]);
  if (rc != 0) {
    close(in[0]);
    close(out[0]);
    close(err[0]);
    p->pid = -1;
    return "could not run " + path + " to validate the configuration: " + std::strerror(rc);
  }
  p->to = in[0];
  p->from = out[0];
  p->errors = err[0];
  return "";
}

// Closes `p`'s pipes and reaps it (it ends on end of input, if still running).
void StopProbe(ProbeProcess* p) {
  for (int fd : {p->to, p->from, p->errors}) close(fd);
  while (waitpid(p->pid, nullptr, 0) < 0 && errno == EINTR) {}
  *p = ProbeProcess{};
}

bool SendAll(int fd, const std::string& data) {
  for (size_t done = 0; done < data.size();) {
    ssize_t n = send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += n;
  }
  return true;
}

// Reads up to `limit` bytes, stopping early at end of input or after the byte
// `stop`. Reads one byte at a time when there is a `stop`, so that nothing
// after it is consumed.
std::string ReadUntil(int fd, size_t limit, int stop = -1) {
  std::string out;
  char buf[4096];
  while (out.size() < limit) {
    size_t want = stop < 0 ? std::min(sizeof buf, limit - out.size()) : 1;
    ssize_t n = read(fd, buf, want);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, n);
    if (stop >= 0 && buf[0] == stop) break;
  }
  return out;
}

// Discards what the process has written to stderr so far, without waiting,
// so that a chatty probe can never fill the pipe and block.
void DrainNow(int fd) {
  char buf[4096];
  pollfd pfd{fd, POLLIN, 0};
  while (poll(&pfd, 1, 0) > 0 && (pfd.revents & POLLIN) && read(fd, buf, sizeof buf) > 0) {}
}

// Wasmtime's own words from the probe's stderr after a failed engine creation.
std::string PanicMessage(const std::string& err) {
  const char* marker = "`Err` value: ";
  size_t at = err.find(marker);
  std::string result = err;
  if (at != std::string::npos) {
    result = err.substr(at + std::strlen(marker));
    result = result.substr(0, result.find("\nstack backtrace"));
    result = result.substr(0, result.find("\nnote: "));
  }
  while (!result.empty() && (result.back() == '\n' || result.back() == ' ')) result.pop_back();
  return result.empty() ? "engine creation failed" : result;
}

std::string Request(const std::vector<std::string>& ops) {
  std::string r;
  auto u32 = [&r](uint32_t v) { for (int i = 0; i < 4; i++) r.push_back(static_cast<char>((v >> (8 * i)) & 0xff)); };
  u32(static_cast<uint32_t>(ops.size()));
  for (const auto& s : ops) {
    u32(static_cast<uint32_t>(s.size()));
    r += s;
  }
  return r;
}

// Returns "" when an engine can be created from `ops`, else the reason.
std::string Probe(const std::vector<std::string>& ops) {
  static std::mutex mu;
  static std::unordered_map<std::string, std::string> verdicts;
  static ProbeProcess probe;
  std::string request = Request(ops);
  std::lock_guard<std::mutex> lock(mu);
  auto it = verdicts.find(request);
  if (it != verdicts.end()) return it->second;

  std::string verdict;
  for (int attempt = 0;; attempt++) {
    if (probe.pid < 0) {
      std::string why = StartProbe(&probe);
      if (!why.empty()) return why;  // not remembered: the next call tries again
    }
    bool sent = SendAll(probe.to, request);
    std::string reply = sent ? ReadUntil(probe.from, 1) : "";
    if (reply == "y") {
      DrainNow(probe.errors);
      verdict = "";
      break;
    }
    if (reply == "u") {
      verdict = "internal error: the configuration probe refused the request: " + ReadUntil(probe.from, 4096, '\n');
      break;
    }
    // The process ended. Either this configuration ended it, with Wasmtime's
    // panic on stderr, or it was gone already (then one fresh try).
    std::string err = ReadUntil(probe.errors, 65536);
    StopProbe(&probe);
    if (err.empty() && attempt == 0) continue;
    verdict = PanicMessage(err);
    break;
  }
  verdicts.emplace(request, verdict);
  return verdict;
}

Napi::Value EngineNewWithConfig(const Napi::CallbackInfo& info) {
  const char* fn = "engine_new_with_config";
  CheckArgc(info, 1, fn);
  ConfigHandle* c = Unwrap<ConfigHandle>(info, 0, fn);
  wasm_config_t* cfg = c->ptr;
  c->ptr = nullptr;
  c->Consume(fn);
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
