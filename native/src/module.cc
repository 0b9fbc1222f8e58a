// Modules: compile (from WAT or wasm), serialize, deserialize; wat2wasm.
#include <openssl/evp.h>

#include <cstring>
#include <mutex>

#include "common.h"

namespace wt {
namespace {

// Deserializing arbitrary bytes is unsafe in Wasmtime (they are trusted to be
// its own compiled code), so module_deserialize_or_raise only accepts bytes
// equal to a serialization that module_serialize_or_raise returned and that
// is still alive. Each is known by its SHA-256 digest (OpenSSL, as exported
// by Node), counted once per returned array, and forgotten when the last of
// those arrays is garbage-collected: nothing is kept for dropped modules.
struct Digest {
  uint8_t bytes[32];
  bool operator==(const Digest& o) const { return std::memcmp(bytes, o.bytes, sizeof bytes) == 0; }
};
struct DigestHash {
  size_t operator()(const Digest& d) const {
    size_t h;
    std::memcpy(&h, d.bytes, sizeof h);  // a cryptographic digest: any 8 bytes spread well
    return h;
  }
};

Digest Sha256(const uint8_t* p, size_t n) {
  Digest d{};
  unsigned int len = 0;
  EVP_Digest(p, n, d.bytes, &len, EVP_sha256(), nullptr);
  return d;
}

struct Serializations {
  std::mutex mu;
  std::unordered_map<Digest, size_t, DigestHash> live;  // digest -> arrays alive
};
Serializations& Trusted() {
  static auto* s = new Serializations();  // shared by every thread, never destroyed
  return *s;
}

void ForgetSerialization(napi_env, void* data, void*) noexcept {
  auto* d = static_cast<Digest*>(data);
  Serializations& t = Trusted();
  {
    std::lock_guard<std::mutex> l(t.mu);
    auto it = t.live.find(*d);
    if (it != t.live.end() && --it->second == 0) t.live.erase(it);
  }
  delete d;
}

bool IsTrusted(const uint8_t* p, size_t n) {
  Digest d = Sha256(p, n);
  Serializations& t = Trusted();
  std::lock_guard<std::mutex> l(t.mu);
  return t.live.count(d) != 0;
}

// A Uint8Array holding `bytes`, trusted for deserialization while its ArrayBuffer lives.
Napi::Value TrustedArray(Napi::Env env, const uint8_t* p, size_t n) {
  Napi::ArrayBuffer ab = Napi::ArrayBuffer::New(env, n);
  if (n) std::memcpy(ab.Data(), p, n);
  auto* d = new Digest(Sha256(p, n));
  if (napi_add_finalizer(env, ab, d, ForgetSerialization, nullptr, nullptr) != napi_ok) {
    delete d;
    ThrowError(env, "module_serialize_or_raise: internal error: could not track the serialization");
  }
  Serializations& t = Trusted();
  {
    std::lock_guard<std::mutex> l(t.mu);
    t.live[*d]++;
  }
  return Napi::Uint8Array::New(env, n, ab, 0);
}

Napi::Value Compile(Napi::Env env, EngineHandle* e, const uint8_t* wasm, size_t len) {
  wasmtime_module_t* m = nullptr;
  if (wasmtime_error_t* err = wasmtime_module_new(e->ptr->ptr, wasm, len, &m)) ThrowFailure(env, TakeErrorText(err));
  return NewHandle(env, new ModuleHandle(ModuleHandle::Pointer(m), e->ptr));
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
  wasmtime_error_t* err = wasmtime_module_new(e->ptr->ptr, wasm.data, wasm.size, &m);
  wasm_byte_vec_delete(&wasm);
  if (err) ThrowFailure(info.Env(), TakeErrorText(err));
  return NewHandle(info.Env(), new ModuleHandle(ModuleHandle::Pointer(m), e->ptr));
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
  if (wasmtime_error_t* err = wasmtime_module_serialize(m->ptr.get(), &out)) ThrowFailure(info.Env(), TakeErrorText(err));
  Unique<wasm_byte_vec_t, wasm_byte_vec_delete> owned(&out);
  return TrustedArray(info.Env(), out.data, out.size);
}

Napi::Value ModuleDeserialize(const Napi::CallbackInfo& info) {
  const char* fn = "module_deserialize_or_raise";
  CheckArgc(info, 2, fn);
  EngineHandle* e = Unwrap<EngineHandle>(info, 0, fn);
  Bytes b = ArgBytes(info, 1, fn);
  std::vector<uint8_t> copy(b.data, b.data + b.length);
  if (!IsTrusted(copy.data(), copy.size())) {
    ThrowFailure(info.Env(), std::string(fn) +
                                 ": refusing bytes that module_serialize_or_raise did not produce in this process "
                                 "(deserializing untrusted bytes is unsafe)");
  }
  wasmtime_module_t* m = nullptr;
  if (wasmtime_error_t* err = wasmtime_module_deserialize(e->ptr->ptr, copy.data(), copy.size(), &m)) {
    ThrowFailure(info.Env(), TakeErrorText(err));
  }
  return NewHandle(info.Env(), new ModuleHandle(ModuleHandle::Pointer(m), e->ptr));
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
  Export(env, exports, "module_delete", DeleteHandle<ModuleHandle>);
  Export(env, exports, "wat2wasm_or_raise", Wat2WasmOrRaise);
}

}  // namespace wt
