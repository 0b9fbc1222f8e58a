// Out-pointer buffers (`make_ptr_buffer()`: 8 bytes) never hold a native
// address. They hold a token: a never-reused 64-bit id that maps, in this
// process-wide registry, to an owned wasmtime_error_t* or wasm_trap_t*.
// A zero buffer is "null". Bytes the binding never wrote, or a copy of a token
// whose object was since deleted, are rejected instead of dereferenced.
#pragma once

#include "common.h"

namespace wt {

enum class PtrKind : uint8_t { Error, Trap };

struct PtrEntry {
  PtrKind kind;
  void* ptr;
};

// Checks that `b` is an 8-byte ptr buffer; returns its token (0 = null), after
// verifying that a non-zero token is live. Throws TypeError otherwise.
uint64_t PtrBufferToken(Napi::Env env, const Bytes& b, const char* fn);
// Takes ownership of `p` and writes a fresh token into the (null) buffer `b`.
// A GC finalizer on the buffer frees the object if JS drops it undeleted.
void PtrBufferPut(Napi::Env env, const Bytes& b, PtrKind kind, void* p);
// Removes a live token's entry (returns false if unknown); the caller owns the object.
bool PtrTake(uint64_t token, PtrEntry* out);
// Looks a live token up without removing it. The entry's object may be
// freed by another thread right after: use PtrMessage to read it.
bool PtrPeek(uint64_t token, PtrEntry* out);
// The kind and message of a live token's object (false if not live).
bool PtrMessage(uint64_t token, PtrKind* kind, std::string* text);
// Frees a registry entry's object.
void PtrFree(const PtrEntry& e);

}  // namespace wt
