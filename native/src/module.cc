// Modules: compile (from WAT or wasm), serialize, deserialize; wat2wasm.
#include <cstring>
#include <mutex>

#include "common.h"

namespace wt {
namespace {

// Deserializing arbitrary bytes is unsafe in Wasmtime (they are trusted to be
// its own compiled code), so module_deserialize_or_raise only accepts bytes
// that module_serialize_or_raise produced in this process: exact copies are
// kept here (deduplicated), and compared in full.
struct SerializedSet {
  std::mutex mu;
  std::unordered_multimap<uint64_t, std::vector<uint8_t>> blobs;
  static uint64_t Hash(const uint8_t* p, size_t n) {
    // Only a bucket index: membership is decided by a full comparison.
    uint64_t h = 1469598103934665603ull ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
      uint64_t w;
      std::memcpy(&w, p + i, 8);
      h = (h ^ w) * 0x100000001b3ull;
      h ^= h >> 29;
    }
    for (; i < n; i++) h = (h ^ p[i]) * 1099511628211ull;
    return h;
  }
  void Add(const uint8_t* p, size_t n) {
    std::lock_guard<std::mutex> l(mu);
    if (ContainsLocked(p, n)) return;
    blobs.emplace(Hash(p, n), std::vector<uint8_t>(p, p + n));
  }
  bool Contains(const uint8_t* p, size_t n) {
    std::lock_guard<std::mutex> l(mu);
    return ContainsLocked(p, n);
  }
  bool ContainsLocked(const uint8_t* p, size_t n) {
    auto range = blobs.equal_range(Hash(p, n));
    for (auto it = range.first; it != range.second; ++it) {
      if (it->second.size() == n && std::memcmp(it->second.data(), p, n) == 0) return true;
    }
    return false;
  }
};
SerializedSet& Serialized() {
  static auto* s = new SerializedSet();
  return *s;
}

Napi::Value Compile(Napi::Env env, EngineHandle* e, const uint8_t* wasm, size_t len) {
  wasmtime_module_t* m = nullptr;
  if (wasmtime_error_t* err = wasmtime_module_new(e->st->ptr, wasm, len, &m)) ThrowFailure(env, TakeErrorText(err));
  return NewHandle(env, new ModuleHandle(e->st, m));
}

wasm_byte_vec_t Wat2Wasm(Napi::Env env, const std::string& wat) {
  wasm_byte_vec_t out{0, nullptr};
  if (wasmtime_error_t* err = wasmtime_wat2wasm(wat.data(), wat.size(), &out)) ThrowFailure(env, TakeErrorText(err));
  return out;
}

Napi::Value ModuleNewFromWat(const Napi::CallbackInfo& info) {
  const char* fn = "module_new_from_wat_or_raise";
  CheckArgc(info, 2, fn);
  EngineHandle* e = Unwrap<EngineHandle>(info, 0, fn);
  wasm_byte_vec_t wasm = Wat2Wasm(info.Env(), ArgString(info, 1, fn));
  wasmtime_module_t* m = nullptr;
  wasmtime_error_t* err = wasmtime_module_new(e->st->ptr, wasm.data, wasm.size, &m);
  wasm_byte_vec_delete(&wasm);
  if (err) ThrowFailure(info.Env(), TakeErrorText(err));
  return NewHandle(info.Env(), new ModuleHandle(e->st, m));
}

Napi::Value ModuleNew(const Napi::CallbackInfo& info) {
  const char* fn = "module_new_or_raise";
  CheckArgc(info, 2, fn);
  EngineHandle* e = Unwrap<EngineHandle>(info, 0, fn);
  Bytes b = ArgBytes(info, 1, fn);
  std::vector<uint8_t> copy(b.data, b.data + b.length);  // stable while compiling
  return Compile(info.Env(), e, copy.data(), copy.size());
}

Napi::Value ModuleSerialize(const Napi::CallbackInfo& info) {
  const char* fn = "module_serialize_or_raise";
  CheckArgc(info, 1, fn);
  ModuleHandle* m = Unwrap<ModuleHandle>(info, 0, fn);
  wasm_byte_vec_t out{0, nullptr};
  if (wasmtime_error_t* err = wasmtime_module_serialize(m->ptr, &out)) ThrowFailure(info.Env(), TakeErrorText(err));
  Serialized().Add(out.data, out.size);
  Napi::Value v = NewBytes(info.Env(), out.data, out.size);
  wasm_byte_vec_delete(&out);
  return v;
}

Napi::Value ModuleDeserialize(const Napi::CallbackInfo& info) {
  const char* fn = "module_deserialize_or_raise";
  CheckArgc(info, 2, fn);
  EngineHandle* e = Unwrap<EngineHandle>(info, 0, fn);
  Bytes b = ArgBytes(info, 1, fn);
  std::vector<uint8_t> copy(b.data, b.data + b.length);
  if (!Serialized().Contains(copy.data(), copy.size())) {
    ThrowFailure(info.Env(), std::string(fn) +
                                 ": refusing bytes that module_serialize_or_raise did not produce in this process "
                                 "(deserializing untrusted bytes is unsafe)");
  }
  wasmtime_module_t* m = nullptr;
  if (wasmtime_error_t* err = wasmtime_module_deserialize(e->st->ptr, copy.data(), copy.size(), &m)) {
    ThrowFailure(info.Env(), TakeErrorText(err));
  }
  return NewHandle(info.Env(), new ModuleHandle(e->st, m));
}

Napi::Value ModuleDelete(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "module_delete");
  ModuleHandle* m = Unwrap<ModuleHandle>(info, 0, "module_delete");
  m->Free();
  m->state = State::Deleted;
  return info.Env().Undefined();
}

Napi::Value Wat2WasmOrRaise(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "wat2wasm_or_raise");
  wasm_byte_vec_t out = Wat2Wasm(info.Env(), ArgString(info, 0, "wat2wasm_or_raise"));
  Napi::Value v = NewBytes(info.Env(), out.data, out.size);
  wasm_byte_vec_delete(&out);
  return v;
}

}  // namespace

void InitModule(Napi::Env env, Napi::Object exports) {
  Export(env, exports, "module_new_from_wat_or_raise", ModuleNewFromWat);
  Export(env, exports, "module_new_or_raise", ModuleNew);
  Export(env, exports, "module_serialize_or_raise", ModuleSerialize);
  Export(env, exports, "module_deserialize_or_raise", ModuleDeserialize);
  Export(env, exports, "module_delete", ModuleDelete);
  Export(env, exports, "wat2wasm_or_raise", Wat2WasmOrRaise);
}

}  // namespace wt
