// Stack room for wasm. Wasmtime lets wasm use up to max_wasm_stack bytes of
// the stack it runs on, counted from where the call enters wasm, and relies
// on that much being there: on a thread's own stack (synchronous calls) a
// shortfall is a crash, on an async call's fiber stack an abort. The binding
// refuses calls and configurations that do not leave the room, so deep
// recursion always ends in Wasmtime's "call stack exhausted" trap.
#pragma once

#include "common.h"

namespace wt {

// Room that host code needs besides the wasm frames: Wasmtime's entry and
// exit paths and host functions called from wasm (WASI's among them).
constexpr uint64_t kHostStackReserve = 256 * 1024;
// Wasmtime's default async stack size.
constexpr uint64_t kDefaultAsyncStack = 2 * 1024 * 1024;

// Throws a RangeError naming `fn` unless the calling thread's stack has
// room for `e`'s max_wasm_stack plus kHostStackReserve.
void CheckStackRoom(Napi::Env env, const EngineState& e, const char* fn);

}  // namespace wt
