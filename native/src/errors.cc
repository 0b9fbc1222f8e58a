// WasmtimeError handles and out-pointer buffers (see ptr_registry.h).
#include <cstring>
#include <mutex>

#include "ptr_registry.h"

namespace wt {

namespace {
std::mutex g_mu;  // the async / thread files may create tokens off the main thread
std::unordered_map<uint64_t, PtrEntry>& Registry() {
  static auto* r = new std::unordered_map<uint64_t, PtrEntry>();  // never destroyed: safe at exit
  return *r;
}
uint64_t g_next = 0x5754000000000001ull;  // "WT" prefix; just makes tokens recognisable

void FinalizeToken(napi_env, void*, void* hint) noexcept {
  uint64_t token = reinterpret_cast<uintptr_t>(hint);
  PtrEntry e;
  if (PtrTake(token, &e)) PtrFree(e);
}

uint64_t Load(const Bytes& b) {
  uint64_t v;
  std::memcpy(&v, b.data, 8);
  return v;
}
}  // namespace

bool PtrTake(uint64_t token, PtrEntry* out) {
  std::lock_guard<std::mutex> lock(g_mu);
  auto it = Registry().find(token);
  if (it == Registry().end()) return false;
  *out = it->second;
  Registry().erase(it);
  return true;
}

bool PtrPeek(uint64_t token, PtrEntry* out) {
  std::lock_guard<std::mutex> lock(g_mu);
  auto it = Registry().find(token);
  if (it == Registry().end()) return false;
  *out = it->second;
  return true;
}

bool PtrMessage(uint64_t token, PtrKind* kind, std::string* text) {
  // Under the lock: another thread sharing the buffer's memory (a
  // SharedArrayBuffer) may be deleting the object meanwhile.
  std::lock_guard<std::mutex> lock(g_mu);
  auto it = Registry().find(token);
  if (it == Registry().end()) return false;
  *kind = it->second.kind;
  *text = *kind == PtrKind::Error ? ErrorText(static_cast<wasmtime_error_t*>(it->second.ptr))
                                  : TrapText(static_cast<wasm_trap_t*>(it->second.ptr));
  return true;
}

void PtrFree(const PtrEntry& e) {
  if (e.kind == PtrKind::Error) wasmtime_error_delete(static_cast<wasmtime_error_t*>(e.ptr));
  else wasm_trap_delete(static_cast<wasm_trap_t*>(e.ptr));
}

uint64_t PtrBufferToken(Napi::Env env, const Bytes& b, const char* fn) {
  if (b.length != 8) {
    ThrowType(env, std::string(fn) + ": a pointer buffer must be exactly 8 bytes (from make_ptr_buffer), got " +
                       std::to_string(b.length));
  }
  uint64_t t = Load(b);
  if (t == 0) return 0;
  PtrEntry e;
  if (!PtrPeek(t, &e)) {
    ThrowType(env, std::string(fn) +
                       ": pointer buffer holds bytes this binding did not write, or a stale copy of a deleted pointer");
  }
  return t;
}

void PtrBufferPut(Napi::Env env, const Bytes& b, PtrKind kind, void* p) {
  uint64_t t;
  {
    std::lock_guard<std::mutex> lock(g_mu);
    t = g_next++;
    Registry()[t] = PtrEntry{kind, p};
  }
  std::memcpy(b.data, &t, 8);
  napi_add_finalizer(env, b.value, nullptr, FinalizeToken, reinterpret_cast<void*>(static_cast<uintptr_t>(t)),
                     nullptr);
}

namespace {

Napi::Value ErrorIsNull(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "error_is_null");
  return Napi::Boolean::New(info.Env(), Unwrap<ErrorHandle>(info, 0, "error_is_null")->ptr == nullptr);
}

Napi::Value ErrorMessage(const Napi::CallbackInfo& info) {
  CheckArgc(info, 1, "error_message");
  ErrorHandle* e = Unwrap<ErrorHandle>(info, 0, "error_message");
  if (!e->ptr) ThrowError(info.Env(), "error_message: the WasmtimeError is null (no error)");
  return Napi::String::New(info.Env(), ErrorText(e->ptr.get()));
}

Napi::Value MakePtrBuffer(const Napi::CallbackInfo& info) {
  return Napi::Uint8Array::New(info.Env(), 8);
}

// Each pointer-buffer function has two names: upstream's lower-level ptr_*
// and its *_ptr_buffer wrapper do the same here.
Napi::Value IsNullVia(const Napi::CallbackInfo& info, const char* fn) {
  CheckArgc(info, 1, fn);
  Bytes b = ArgBytes(info, 0, fn);
  return Napi::Boolean::New(info.Env(), PtrBufferToken(info.Env(), b, fn) == 0);
}
Napi::Value PtrBufferIsNull(const Napi::CallbackInfo& info) { return IsNullVia(info, "ptr_buffer_is_null"); }
Napi::Value PtrIsNull(const Napi::CallbackInfo& info) { return IsNullVia(info, "ptr_is_null"); }

Napi::Value ReadU64Via(const Napi::CallbackInfo& info, const char* fn) {
  CheckArgc(info, 1, fn);
  Bytes b = ArgBytes(info, 0, fn);
  if (b.length != 8) PtrBufferToken(info.Env(), b, fn);  // throws the length error
  return U64ToJs(info.Env(), Load(b));  // the raw content: a token, never an address
}
Napi::Value PtrBufferReadU64(const Napi::CallbackInfo& info) { return ReadU64Via(info, "ptr_buffer_read_u64"); }
Napi::Value PtrReadU64(const Napi::CallbackInfo& info) { return ReadU64Via(info, "ptr_read_u64"); }

// Deletes what a buffer holds (of the expected kind, or either) and zeroes it.
Napi::Value DeleteVia(const Napi::CallbackInfo& info, const char* fn, int want /* -1 any */) {
  CheckArgc(info, 1, fn);
  Bytes b = ArgBytes(info, 0, fn);
  uint64_t t = PtrBufferToken(info.Env(), b, fn);
  if (t == 0) return info.Env().Undefined();
  PtrEntry e;
  if (!PtrPeek(t, &e)) ThrowType(info.Env(), std::string(fn) + ": the pointer was deleted meanwhile (by another thread)");
  if (want >= 0 && (int)e.kind != want) {
    ThrowType(info.Env(), std::string(fn) + ": the buffer holds a" + (e.kind == PtrKind::Error ? "n error" : " trap") +
                              ", not a" + (want == (int)PtrKind::Error ? "n error" : " trap"));
  }
  if (PtrTake(t, &e)) PtrFree(e);
  std::memset(b.data, 0, 8);
  return info.Env().Undefined();
}

Napi::Value PtrBufferClear(const Napi::CallbackInfo& info) { return DeleteVia(info, "ptr_buffer_clear", -1); }
Napi::Value PtrClear(const Napi::CallbackInfo& info) { return DeleteVia(info, "ptr_clear", -1); }
Napi::Value ErrorDeletePtrBuffer(const Napi::CallbackInfo& info) {
  return DeleteVia(info, "error_delete_ptr_buffer", (int)PtrKind::Error);
}
Napi::Value ErrorDeletePtr(const Napi::CallbackInfo& info) {
  return DeleteVia(info, "error_delete_ptr", (int)PtrKind::Error);
}
Napi::Value TrapDeletePtrBuffer(const Napi::CallbackInfo& info) {
  return DeleteVia(info, "trap_delete_ptr_buffer", (int)PtrKind::Trap);
}
Napi::Value TrapDeletePtr(const Napi::CallbackInfo& info) { return DeleteVia(info, "trap_delete_ptr", (int)PtrKind::Trap); }

Napi::Value MessageVia(const Napi::CallbackInfo& info, const char* fn, PtrKind want) {
  CheckArgc(info, 1, fn);
  Bytes b = ArgBytes(info, 0, fn);
  uint64_t t = PtrBufferToken(info.Env(), b, fn);
  if (t == 0) ThrowError(info.Env(), std::string(fn) + ": the pointer buffer is null");
  PtrKind kind;
  std::string text;
  if (!PtrMessage(t, &kind, &text)) {
    ThrowType(info.Env(), std::string(fn) + ": the pointer was deleted meanwhile (by another thread)");
  }
  if (kind != want) ThrowType(info.Env(), std::string(fn) + ": the buffer holds a different kind of pointer");
  return Napi::String::New(info.Env(), text);
}
Napi::Value ErrorMessagePtrBuffer(const Napi::CallbackInfo& info) {
  return MessageVia(info, "error_message_ptr_buffer", PtrKind::Error);
}
Napi::Value TrapMessagePtrBuffer(const Napi::CallbackInfo& info) {
  return MessageVia(info, "trap_message_ptr_buffer", PtrKind::Trap);
}

// Test-only helper (not part of surface.mbti): puts a fresh error or trap with
// `message` into a null ptr buffer, so tests can exercise the buffer functions
// without the async API that normally fills them.
Napi::Value TestFillPtrBuffer(const Napi::CallbackInfo& info) {
  const char* fn = "_test_fill_ptr_buffer";
  CheckArgc(info, 3, fn);
  Bytes b = ArgBytes(info, 0, fn);
  if (PtrBufferToken(info.Env(), b, fn) != 0) ThrowType(info.Env(), std::string(fn) + ": buffer is not null");
  std::string kind = ArgString(info, 1, fn), msg = ArgString(info, 2, fn);
  if (kind == "error") {
    PtrBufferPut(info.Env(), b, PtrKind::Error, wasmtime_error_new(msg.c_str()));
  } else {
    PtrBufferPut(info.Env(), b, PtrKind::Trap, wasmtime_trap_new(msg.data(), msg.size()));
  }
  return info.Env().Undefined();
}

Napi::Value TestLiveTokens(const Napi::CallbackInfo& info) {
  std::lock_guard<std::mutex> lock(g_mu);
  return Napi::Number::New(info.Env(), (double)Registry().size());
}

}  // namespace

void InitErrors(Napi::Env env, Napi::Object exports) {
  Export(env, exports, "error_is_null", ErrorIsNull);
  Export(env, exports, "error_delete", DeleteHandle<ErrorHandle>);
  Export(env, exports, "error_message", ErrorMessage);
  Export(env, exports, "make_ptr_buffer", MakePtrBuffer);
  Export(env, exports, "ptr_buffer_is_null", PtrBufferIsNull);
  Export(env, exports, "ptr_buffer_clear", PtrBufferClear);
  Export(env, exports, "ptr_buffer_read_u64", PtrBufferReadU64);
  Export(env, exports, "error_delete_ptr_buffer", ErrorDeletePtrBuffer);
  Export(env, exports, "trap_delete_ptr_buffer", TrapDeletePtrBuffer);
  Export(env, exports, "ptr_is_null", PtrIsNull);
  Export(env, exports, "ptr_clear", PtrClear);
  Export(env, exports, "ptr_read_u64", PtrReadU64);
  Export(env, exports, "error_delete_ptr", ErrorDeletePtr);
  Export(env, exports, "trap_delete_ptr", TrapDeletePtr);
  Export(env, exports, "error_message_ptr_buffer", ErrorMessagePtrBuffer);
  Export(env, exports, "trap_message_ptr_buffer", TrapMessagePtrBuffer);
  Export(env, exports, "_test_fill_ptr_buffer", TestFillPtrBuffer);
  Export(env, exports, "_test_live_tokens", TestLiveTokens);
}

}  // namespace wt
