// See worker.h.
#include "worker.h"

#include <algorithm>
#include <cstdio>

#include "interrupt.h"
#include <cstdlib>
#include <unordered_map>

namespace wt {

namespace {

// Live workers per environment, for the shutdown hook. Never destroyed (a
// detached thread may still finish after static destructors ran).
struct Live {
  std::mutex mu;
  std::vector<std::weak_ptr<Worker>> workers;
  std::unordered_map<napi_env, bool> hooked;
};
Live& Registry() {
  static Live* l = new Live();
  return *l;
}

std::atomic<int> running_threads{0};

// Grace period at environment teardown for all workers together.
constexpr auto kShutdownGrace = std::chrono::milliseconds(500);

void CleanupHook(void* arg) noexcept try {
  napi_env env = static_cast<napi_env>(arg);
  std::vector<std::shared_ptr<Worker>> mine;
  {
    Live& r = Registry();
    std::lock_guard<std::mutex> l(r.mu);
    r.hooked.erase(env);
    std::vector<std::weak_ptr<Worker>> keep;
    for (auto& w : r.workers) {
      auto s = w.lock();
      if (!s) continue;
      if (s->env == env) mine.push_back(s);
      else keep.push_back(w);
    }
    r.workers.swap(keep);
  }
  for (auto& w : mine) w->RequestCancel();
  auto deadline = std::chrono::steady_clock::now() + kShutdownGrace;
  size_t stopped = 0;
  for (auto& w : mine) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() < 0) left = std::chrono::milliseconds(0);
    if (w->WaitFor(left)) stopped++;
    // Finished threads are joined by their handle's finalizer (Abandon);
    // unfinished ones are detached there.
  }
  // Observable for tests (test/binding/shutdown.test.ts).
  if (const char* dbg = std::getenv("WASMTIME_BINDING_DEBUG_SHUTDOWN"); dbg && *dbg == '1') {
    std::fprintf(stderr, "wasmtime binding shutdown: %zu live thread(s), %zu stopped, %zu left running\n",
                 mine.size(), stopped, mine.size() - stopped);
  }
} catch (...) {
  // Out of memory at teardown: the threads end with the process.
}

void Register(napi_env env, const std::shared_ptr<Worker>& w) {
  Live& r = Registry();
  std::lock_guard<std::mutex> l(r.mu);
  // Drop expired entries so the list stays small.
  std::vector<std::weak_ptr<Worker>> keep;
  for (auto& x : r.workers) if (!x.expired()) keep.push_back(x);
  keep.push_back(w);
  r.workers.swap(keep);
  if (!r.hooked[env]) {
    r.hooked[env] = true;
    napi_add_env_cleanup_hook(env, CleanupHook, env);
  }
}

struct WaitCtx {
  napi_deferred deferred;
  std::shared_ptr<Worker> worker;
  std::function<Napi::Value(Napi::Env)> settle;
  napi_threadsafe_function tsfn = nullptr;
};

void CallJs(napi_env env, napi_value, void* context, void*) noexcept {
  if (!env) return;  // environment is going away
  WaitCtx* c = static_cast<WaitCtx*>(context);
  try {
    Napi::Env e(env);
    Napi::HandleScope scope(e);
    try {
      Napi::Value v = c->settle(e);
      napi_resolve_deferred(env, c->deferred, v);
    } catch (const Napi::Error& err) {
      napi_reject_deferred(env, c->deferred, err.Value());
    }
  } catch (...) {
    // The environment can no longer take a value: nobody is waiting.
  }
}

// Runs when the threadsafe function is released after use, or freed with its
// environment: either way the worker must not call it again.
void FinalizeWait(napi_env, void* data, void*) noexcept {
  WaitCtx* c = static_cast<WaitCtx*>(data);
  {
    std::lock_guard<std::mutex> l(c->worker->mu);
    auto& ws = c->worker->waiters;
    ws.erase(std::remove(ws.begin(), ws.end(), c->tsfn), ws.end());
  }
  delete c;
}

}  // namespace

int RunningWorkerThreads() { return running_threads.load(); }

Worker::~Worker() {
  // Only reached once the thread is gone or detached (the thread holds a
  // reference to this object until it returns).
  if (th.joinable()) th.detach();
}

void Worker::Start(napi_env e) {
  env = e;
  std::shared_ptr<Worker> self = shared_from_this();
  running_threads++;
  try {
    th = std::thread([self] {
      self->Run();
      self->Finish();
      running_threads--;
    });
  } catch (...) {
    running_threads--;
    throw;
  }
  Register(e, self);
}

void Worker::Finish() {
  {
    std::lock_guard<std::mutex> l(mu);
    done = true;
    // Under the lock, so that no waiter's environment frees it meanwhile.
    for (napi_threadsafe_function t : waiters) {
      napi_call_threadsafe_function(t, nullptr, napi_tsfn_nonblocking);
      napi_release_threadsafe_function(t, napi_tsfn_release);
    }
    waiters.clear();
  }
  cv.notify_all();
}

bool Worker::WaitUnlessStopping(napi_env e) {
  for (;;) {
    if (EnvStopping(e)) {
      RequestCancel();
      return false;
    }
    if (WaitFor(std::chrono::milliseconds(20))) break;
  }
  Join();
  return true;
}

Napi::Value WhenDone(Napi::Env env, const std::shared_ptr<Worker>& w, std::function<Napi::Value(Napi::Env)> settle) {
  napi_deferred deferred;
  napi_value promise;
  if (napi_create_promise(env, &deferred, &promise) != napi_ok) ThrowError(env, "internal error: napi_create_promise");
  WaitCtx* c = new WaitCtx{deferred, w, std::move(settle)};
  napi_threadsafe_function tsfn;
  napi_status st = napi_create_threadsafe_function(env, nullptr, nullptr, Napi::String::New(env, "wasmtime-join"), 0,
                                                   1, c, FinalizeWait, c, CallJs, &tsfn);
  if (st != napi_ok) {
    delete c;
    ThrowError(env, "internal error: napi_create_threadsafe_function");
  }
  c->tsfn = tsfn;
  std::lock_guard<std::mutex> l(w->mu);
  if (w->done) {
    napi_call_threadsafe_function(tsfn, nullptr, napi_tsfn_nonblocking);
    napi_release_threadsafe_function(tsfn, napi_tsfn_release);
  } else {
    w->waiters.push_back(tsfn);
  }
  return Napi::Value(env, promise);
}

}  // namespace wt
