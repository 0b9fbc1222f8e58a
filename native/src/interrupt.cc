#include "interrupt.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>

#include "wasmtime_async_wasi_api.h"

namespace wt {
namespace {

wasmtime_error_t* OnEpochDeadline(wasmtime_context_t*, void* data, uint64_t* delta,
                                  wasmtime_update_deadline_kind_t* kind) {
  auto* s = static_cast<StoreState*>(data);
  *delta = 1;
  *kind = WASMTIME_UPDATE_DEADLINE_CONTINUE;
  bool stop = s->interrupt.load();
  if (!stop && std::this_thread::get_id() == s->js_thread) stop = EnvStopping(s->env);
  if (!stop) return nullptr;
  if (s->async) {
    *kind = WASMTIME_UPDATE_DEADLINE_YIELD;
    return nullptr;
  }
  return wasmtime_error_new("wasm interrupted: its worker thread is being terminated");
}

// Bumps, every few milliseconds, the epoch of each engine that has wasm
// running on a worker's JS thread. One thread for the process, started on
// first use; it sleeps while it knows no engine. A call only counts itself in
// and out (running_in_worker), so that calls in workers stay cheap.
struct Ticker {
  std::mutex mu;
  std::condition_variable cv;
  std::vector<EngineState*> engines;  // engines that ran wasm in a worker, until freed
  bool started = false;
};
Ticker& TheTicker() {
  static auto* t = new Ticker();  // never destroyed: its thread outlives static destructors
  return *t;
}
constexpr auto kTick = std::chrono::milliseconds(10);

void Tick() {
  Ticker& t = TheTicker();
  std::unique_lock<std::mutex> l(t.mu);
  for (;;) {
    t.cv.wait(l, [&] { return !t.engines.empty(); });
    t.cv.wait_for(l, kTick);
    // Under the lock: an engine leaves (and is then freed) only between bumps.
    for (EngineState* e : t.engines) {
      if (e->running_in_worker.load() > 0) e->Bump();
    }
  }
}

void JoinTicker(EngineState* e) {
  Ticker& t = TheTicker();
  std::lock_guard<std::mutex> l(t.mu);
  if (e->on_ticker) return;
  if (!t.started) {
    std::thread(Tick).detach();
    t.started = true;
  }
  t.engines.push_back(e);
  e->on_ticker = true;
  t.cv.notify_all();
}

}  // namespace

void LeaveTicker(EngineState* e) {
  Ticker& t = TheTicker();
  std::lock_guard<std::mutex> l(t.mu);
  t.engines.erase(std::remove(t.engines.begin(), t.engines.end(), e), t.engines.end());
}

void AttachEpochCallback(StoreState* s) {
  // The callback's data is the state itself, which outlives the store.
  wasmtime_store_epoch_deadline_callback(s->ptr, OnEpochDeadline, s, nullptr);
  wasmtime_context_set_epoch_deadline(s->ctx, 1);
  s->binding_callback = true;
}

void SetEpochDeadline(StoreState* s, uint64_t ticks) {
  if (!s->binding_callback) {
    wasmtime_context_set_epoch_deadline(s->ctx, ticks);
    return;
  }
  s->user_deadline = s->engine->epoch + ticks;
  s->user_deadline_set = true;
}

void DetachEpochCallback(StoreState* s) {
  if (!s->binding_callback) return;
  s->binding_callback = false;
  uint64_t now = s->engine->epoch;
  // No deadline of the user's: as good as none.
  uint64_t ticks = !s->user_deadline_set ? uint64_t(1) << 62 : s->user_deadline > now ? s->user_deadline - now : 0;
  wasmtime_context_set_epoch_deadline(s->ctx, ticks);
}

bool EnvStopping(napi_env env) {
  // Node-API calls that may run JavaScript fail at once, before touching the
  // engine, when the environment can no longer run it; coercing `undefined`
  // is such a call, and otherwise has no effect.
  napi_value undefined, out;
  if (napi_get_undefined(env, &undefined) != napi_ok) return true;
  return napi_coerce_to_bool(env, undefined, &out) != napi_ok;
}

WasmRun::WasmRun(StoreState* s) {
  if (!s->in_worker) return;
  // A terminated worker's JavaScript only stops at V8's next interrupt check,
  // which a loop of calls reaches late if each runs until the next tick.
  if (EnvStopping(s->env)) throw std::runtime_error("wasm not started: its worker thread is being terminated");
  if (!s->binding_callback) return;
  ticking_ = s->engine.get();
  if (!ticking_->on_ticker) JoinTicker(ticking_);
  ticking_->running_in_worker++;
}

WasmRun::~WasmRun() {
  if (ticking_) ticking_->running_in_worker--;
}

}  // namespace wt
