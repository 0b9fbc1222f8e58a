// Interrupting running wasm when the thread or worker it belongs to goes
// away: a worker_threads worker being terminated, a polling thread being
// cancelled or stopped at shutdown.
//
// Wasm can only be stopped at the epoch checks that Wasmtime compiles in.
// They are on in engines of async_context_new and, unless the configuration
// asked for epochs itself (then they are the user's, untouched), in engines
// made in a worker thread (NewEngine's binding_epoch); each store of such an
// engine gets the binding's epoch deadline callback with a deadline one tick
// away. (Main-thread engines stay exactly as configured: epoch checks change
// what Wasmtime reports, e.g. the offset of a trap at a function's first
// instruction.) The callback lets the call go on, except when
//  * the store's `interrupt` flag is set (a polling thread being cancelled):
//    an async call yields, so its poller regains control;
//  * it runs on the store's JS thread and that environment is stopping (a
//    worker being terminated): an async call yields, a synchronous one fails.
// So no store of such an engine ever traps at an epoch deadline, and bumping
// the engine's epoch is harmless: the binding bumps it to get the callback to
// run (cancellation, shutdown, and a ticker while wasm runs on a worker).
#pragma once

#include "common.h"

namespace wt {

// Gives a new store of a binding_epoch engine the binding's deadline callback.
void AttachEpochCallback(StoreState* s);
// The user's context_set_epoch_deadline.
void SetEpochDeadline(StoreState* s, uint64_t ticks);
// Hands the store's deadlines over to Wasmtime's own epoch yields (the
// caller has just configured them), with the deadline the user asked for,
// or none.
void DetachEpochCallback(StoreState* s);

// Whether JavaScript can no longer run in `env` (it is being torn down or
// its worker terminated). Only on `env`'s own thread.
bool EnvStopping(napi_env env);

// Scope of wasm running on a store's JS thread: in a worker environment the
// engine's epoch is bumped every few milliseconds meanwhile, so the callback
// notices a termination; and no wasm starts once the worker is terminating
// (throws).
class WasmRun {
 public:
  explicit WasmRun(StoreState* s);
  ~WasmRun();
  WasmRun(const WasmRun&) = delete;
  WasmRun& operator=(const WasmRun&) = delete;

 private:
  EngineState* ticking_ = nullptr;
};

}  // namespace wt
