#include "stack.h"

#include <pthread.h>

namespace wt {
namespace {

// Lowest address of the calling thread's stack, found once per thread.
uintptr_t StackFloor() {
  thread_local uintptr_t floor = [] {
    pthread_attr_t attr;
    void* addr = nullptr;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attr) == 0) {
      pthread_attr_getstack(&attr, &addr, &size);
      pthread_attr_destroy(&attr);
    }
    return reinterpret_cast<uintptr_t>(addr);
  }();
  return floor;
}

}  // namespace

void CheckStackRoom(Napi::Env env, const EngineState& e, const char* fn) {
  uintptr_t here = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
  uintptr_t floor = StackFloor();
  if (!floor) return;  // unknown (not expected on Linux): leave it to Wasmtime
  uint64_t left = here > floor ? here - floor : 0;
  if (left >= e.max_wasm_stack + kHostStackReserve) return;
  ThrowRange(env, std::string(fn) + ": this thread has " + std::to_string(left) +
                      " bytes of stack left, less than the engine's max_wasm_stack (" +
                      std::to_string(e.max_wasm_stack) + ") plus " + std::to_string(kHostStackReserve) +
                      " for host code; lower it with config_max_wasm_stack_set");
}

}  // namespace wt
