// WASI configurations (wasi_config_t) and attaching them to a store.
//
// A WasiConfig handle owns its wasi_config_t until context_set_wasi_or_raise
// consumes it (Wasmtime takes ownership in every case, also on error); any
// later use of the handle throws "... was consumed by context_set_wasi_or_raise".
//
// Preopened directories and Wasmtime 49.0.0
// ------------------------------------------
// In 49.0.0 `wasi_config_preopen_dir` takes FOUR arguments:
//   (wasi_config_t*, const char* host_path, const char* guest_path, bool fs_mutable)
// (verified against the library: disassembly, and the ctypes table generated
// from the 49.0.0 headers) -- not the (dir_perms, file_perms) pair that other
// releases and docs show. It offers exactly two permission sets:
//   fs_mutable = false: the directory and its files are read-only;
//   fs_mutable = true : the directory may be mutated (create/remove entries)
//                       and its files read and written.
// The surface's `dir_perms` / `file_perms` (bit flags WASI_*_PERMS_READ = 1,
// WASI_*_PERMS_WRITE = 2; default READ / READ) are mapped onto that:
//   dir_perms = READ,       file_perms = READ        -> fs_mutable = false
//   dir_perms = READ|WRITE, file_perms = READ|WRITE  -> fs_mutable = true
// Every other combination (WRITE on one side only, WRITE without READ, no
// permission at all, unknown bits) cannot be expressed by 49.0.0 without
// granting more or less than was asked, so it raises a Failure saying so.
#include <sys/stat.h>

#include <cerrno>
#include <cstring>

#include "common.h"
#include "host_files.h"
#include "wasmtime_async_wasi_api.h"

namespace wt {
namespace {

constexpr int kRead = 1, kWrite = 2;

struct WasiConfigHandle : Owner<Kind::WasiConfig, Unique<wasi_config_t, wasi_config_delete>> {
  static constexpr const char* kDeleteFn = "wasi_config_delete";
  using Owner::Owner;
};

// The config at argument 1; called once every other argument has been read.
wasi_config_t* Cfg(const Napi::CallbackInfo& info, const char* fn) {
  return Unwrap<WasiConfigHandle>(info, 0, fn)->ptr.get();
}

std::string PathArg(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  return NoNul(info.Env(), ArgString(info, i, fn), fn, "the path");
}

Napi::Value New(const Napi::CallbackInfo& info) {
  wasi_config_t* c = wasi_config_new();
  if (!c) ThrowFailure(info.Env(), "wasi_config_new_or_raise: wasi_config_new failed");
  return NewHandle(info.Env(), new WasiConfigHandle(WasiConfigHandle::Pointer(c)));
}

Napi::Value StdioFile(const Napi::CallbackInfo& info, const char* fn, const char* what, StdioRole role,
                      bool (*set)(wasi_config_t*, const char*)) {
  CheckArgc(info, 2, fn);
  std::string path = PathArg(info, 1, fn);
  std::string why = SetStdioFile(Cfg(info, fn), path, role, set);
  if (!why.empty()) ThrowFailure(info.Env(), std::string(fn) + ": cannot use `" + path + "` as " + what + ": " + why);
  return info.Env().Undefined();
}
Napi::Value StdinFile(const Napi::CallbackInfo& info) {
  return StdioFile(info, "wasi_config_set_stdin_file_or_raise", "stdin", StdioRole::In, wasi_config_set_stdin_file);
}
// Wasmtime creates (or truncates) the output file.
Napi::Value OutFile(const Napi::CallbackInfo& info, const char* fn, const char* what,
                    bool (*set)(wasi_config_t*, const char*)) {
  return StdioFile(info, fn, what, StdioRole::Out, set);
}
Napi::Value StdoutFile(const Napi::CallbackInfo& info) {
  return OutFile(info, "wasi_config_set_stdout_file_or_raise", "stdout", wasi_config_set_stdout_file);
}
Napi::Value StderrFile(const Napi::CallbackInfo& info) {
  return OutFile(info, "wasi_config_set_stderr_file_or_raise", "stderr", wasi_config_set_stderr_file);
}

Napi::Value StdinBytes(const Napi::CallbackInfo& info) {
  const char* fn = "wasi_config_set_stdin_bytes";
  CheckArgc(info, 2, fn);
  Bytes b = ArgBytes(info, 1, fn);
  wasi_config_t* c = Cfg(info, fn);
  wasm_byte_vec_t v{0, nullptr};
  wasm_byte_vec_new(&v, b.length, b.data);  // a copy; Wasmtime takes it over
  wasi_config_set_stdin_bytes(c, &v);
  return info.Env().Undefined();
}

std::vector<std::string> StringArray(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  if (!info[i].IsArray()) ThrowType(info.Env(), std::string(fn) + ": argument 2 must be an Array of strings");
  Napi::Array a = info[i].As<Napi::Array>();
  std::vector<std::string> out;
  for (uint32_t k = 0; k < a.Length(); k++) {
    Napi::Value v = a.Get(k);
    if (!v.IsString()) ThrowType(info.Env(), std::string(fn) + ": element " + std::to_string(k) + " is not a string");
    out.push_back(NoNul(info.Env(), v.As<Napi::String>().Utf8Value(), fn, "strings"));
  }
  return out;
}

Napi::Value Argv(const Napi::CallbackInfo& info) {
  const char* fn = "wasi_config_set_argv_or_raise";
  CheckArgc(info, 2, fn);
  std::vector<std::string> args = StringArray(info, 1, fn);
  wasi_config_t* c = Cfg(info, fn);
  std::vector<const char*> ptrs;
  for (auto& s : args) ptrs.push_back(s.c_str());
  if (!wasi_config_set_argv(c, ptrs.size(), ptrs.data())) {
    ThrowFailure(info.Env(), std::string(fn) + ": Wasmtime rejected the arguments");
  }
  return info.Env().Undefined();
}

Napi::Value Env(const Napi::CallbackInfo& info) {
  const char* fn = "wasi_config_set_env_or_raise";
  CheckArgc(info, 2, fn);
  if (!info[1].IsArray()) ThrowType(info.Env(), std::string(fn) + ": argument 2 must be an Array of [name, value] pairs");
  Napi::Array a = info[1].As<Napi::Array>();
  std::vector<std::string> names, values;
  for (uint32_t k = 0; k < a.Length(); k++) {
    Napi::Value pair = a.Get(k);
    bool ok = pair.IsArray() && pair.As<Napi::Array>().Length() == 2;
    Napi::Value n = ok ? pair.As<Napi::Array>().Get(0u) : Napi::Value();
    Napi::Value v = ok ? pair.As<Napi::Array>().Get(1u) : Napi::Value();
    if (!ok || !n.IsString() || !v.IsString()) {
      ThrowType(info.Env(), std::string(fn) + ": element " + std::to_string(k) + " is not a [string, string] pair");
    }
    std::string name = NoNul(info.Env(), n.As<Napi::String>().Utf8Value(), fn, "names");
    if (name.empty() || name.find('=') != std::string::npos) {
      ThrowFailure(info.Env(), std::string(fn) + ": invalid environment variable name `" + name + "`");
    }
    names.push_back(name);
    values.push_back(NoNul(info.Env(), v.As<Napi::String>().Utf8Value(), fn, "values"));
  }
  wasi_config_t* c = Cfg(info, fn);
  std::vector<const char*> np, vp;
  for (size_t k = 0; k < names.size(); k++) {
    np.push_back(names[k].c_str());
    vp.push_back(values[k].c_str());
  }
  if (!wasi_config_set_env(c, np.size(), np.data(), vp.data())) {
    ThrowFailure(info.Env(), std::string(fn) + ": Wasmtime rejected the environment");
  }
  return info.Env().Undefined();
}

#define WT_INHERIT(what)                                              \
  Napi::Value Inherit_##what(const Napi::CallbackInfo& info) {        \
    const char* fn = "wasi_config_inherit_" #what;                    \
    CheckArgc(info, 1, fn);                                           \
    wasi_config_inherit_##what(Cfg(info, fn));                        \
    return info.Env().Undefined();                                    \
  }
WT_INHERIT(argv)
WT_INHERIT(env)
WT_INHERIT(stdin)
WT_INHERIT(stdout)
WT_INHERIT(stderr)
#undef WT_INHERIT

int PermOption(const Napi::CallbackInfo& info, Napi::Object o, const char* key, const char* fn) {
  Napi::Value v = o.Get(key);
  if (v.IsUndefined()) return kRead;
  double d = v.IsNumber() ? v.As<Napi::Number>().DoubleValue() : -1;
  if (!(d >= 0 && d <= 3 && d == (double)(int)d)) {
    std::string got = v.IsNumber() ? std::to_string(d) : Describe(v);
    ThrowFailure(info.Env(), std::string(fn) + ": " + key + " must be a combination of WASI_*_PERMS_READ (1) and " +
                                 "WASI_*_PERMS_WRITE (2), got " + got);
  }
  return (int)d;
}

Napi::Value PreopenDir(const Napi::CallbackInfo& info) {
  const char* fn = "wasi_config_preopen_dir_or_raise";
  CheckArgc(info, 2, fn);
  Napi::Env env = info.Env();
  std::string host = PathArg(info, 1, fn);
  std::string guest = ".";
  int dir = kRead, file = kRead;
  if (info.Length() > 2 && !info[2].IsUndefined()) {
    if (!info[2].IsObject()) {
      ThrowType(env, std::string(fn) + ": argument 3 must be an options object { guest_path, dir_perms, file_perms }");
    }
    Napi::Object o = info[2].As<Napi::Object>();
    Napi::Value g = o.Get("guest_path");
    if (!g.IsUndefined()) {
      if (!g.IsString()) ThrowType(env, std::string(fn) + ": guest_path must be a string");
      guest = NoNul(env, g.As<Napi::String>().Utf8Value(), fn, "guest_path");
    }
    dir = PermOption(info, o, "dir_perms", fn);
    file = PermOption(info, o, "file_perms", fn);
  }
  bool mutable_;
  if (dir == kRead && file == kRead) {
    mutable_ = false;
  } else if (dir == (kRead | kWrite) && file == (kRead | kWrite)) {
    mutable_ = true;
  } else {
    ThrowFailure(env, std::string(fn) + ": dir_perms=" + std::to_string(dir) + ", file_perms=" + std::to_string(file) +
                          " cannot be expressed by Wasmtime 49.0.0, whose wasi_config_preopen_dir only offers "
                          "read-only (dir_perms=READ, file_perms=READ) or fully mutable (dir_perms=READ|WRITE, "
                          "file_perms=READ|WRITE) preopens");
  }
  if (!LinkedIsAbiChecked()) {
    ThrowFailure(env, std::string(fn) + ": this build declares wasi_config_preopen_dir as in Wasmtime 49.0.0, but "
                          "the linked library is " + WASMTIME_LINKED_VERSION + "; refusing to call it");
  }
  // Wasmtime would only report `false`; check the directory ourselves for a clear message.
  struct stat st;
  if (stat(host.c_str(), &st) != 0) {
    ThrowFailure(env, std::string(fn) + ": cannot preopen `" + host + "`: " + std::strerror(errno));
  }
  if (!S_ISDIR(st.st_mode)) ThrowFailure(env, std::string(fn) + ": cannot preopen `" + host + "`: not a directory");
  if (!wasi_config_preopen_dir(Cfg(info, fn), host.c_str(), guest.c_str(), mutable_)) {
    ThrowFailure(env, std::string(fn) + ": Wasmtime could not preopen `" + host + "` as `" + guest + "`");
  }
  return env.Undefined();
}

Napi::Value ContextSetWasi(const Napi::CallbackInfo& info) {
  const char* fn = "context_set_wasi_or_raise";
  CheckArgc(info, 2, fn);
  StoreState* s = LiveContext(info, 0, fn);
  WasiConfigHandle* c = Unwrap<WasiConfigHandle>(info, 1, fn);
  if (wasmtime_error_t* e = wasmtime_context_set_wasi(s->ctx, c->Take(fn).release())) {
    ThrowFailure(info.Env(), TakeErrorText(e));
  }
  s->wasi_set = true;
  return info.Env().Undefined();
}

}  // namespace

void InitWasi(Napi::Env env, Napi::Object exports) {
  Export(env, exports, "wasi_config_new_or_raise", New);
  Export(env, exports, "wasi_config_delete", DeleteHandle<WasiConfigHandle>);
  Export(env, exports, "wasi_config_set_stdin_file_or_raise", StdinFile);
  Export(env, exports, "wasi_config_set_stdout_file_or_raise", StdoutFile);
  Export(env, exports, "wasi_config_set_stderr_file_or_raise", StderrFile);
  Export(env, exports, "wasi_config_set_stdin_bytes", StdinBytes);
  Export(env, exports, "wasi_config_set_argv_or_raise", Argv);
  Export(env, exports, "wasi_config_set_env_or_raise", Env);
  Export(env, exports, "wasi_config_inherit_argv", Inherit_argv);
  Export(env, exports, "wasi_config_inherit_env", Inherit_env);
  Export(env, exports, "wasi_config_inherit_stdin", Inherit_stdin);
  Export(env, exports, "wasi_config_inherit_stdout", Inherit_stdout);
  Export(env, exports, "wasi_config_inherit_stderr", Inherit_stderr);
  Export(env, exports, "wasi_config_preopen_dir_or_raise", PreopenDir);
  Export(env, exports, "context_set_wasi_or_raise", ContextSetWasi);
}

}  // namespace wt
