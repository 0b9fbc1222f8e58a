// Native OS threads owned by JS handles: the polling threads of async.cc and
// the wasm / WASI jobs of jobs.cc.
//
// Ownership:
//  * A Worker is held by std::shared_ptr: one reference by its JS handle, one
//    by the thread's own closure. The thread never touches JavaScript or any
//    napi value; everything it produces stays in the Worker until the main
//    thread picks it up (join, or a join_async promise settling).
//  * Joining is main-thread only. A handle that is garbage-collected (or torn
//    down at exit) unjoined joins the thread if it has finished, and otherwise
//    detaches it: the detached thread keeps its Worker alive until it ends.
//    The destructor of a joinable std::thread is never reached (it would call
//    std::terminate).
//  * Shutdown: when the Node environment is torn down (natural exit), a cleanup
//    hook asks every live worker to stop (RequestCancel: jobs interrupt their
//    wasm through an epoch bump, polling threads stop between polls) and waits
//    for them up to a bounded grace period; whatever is still running after
//    that (wasm that never yields) is detached and ends with the process.
//    process.exit() skips the hooks; running threads simply end with the
//    process. Neither path hangs or crashes; see test/binding/shutdown.test.ts.
//  * A join_async promise waits through a threadsafe function, which the
//    environment frees when it is torn down: the worker calls it only under
//    `mu`, and its finalizer takes it off `waiters` under `mu`, so a thread
//    that ends after its environment never touches a freed one.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "common.h"

namespace wt {

struct Worker : std::enable_shared_from_this<Worker> {
  virtual ~Worker();
  // Runs on the worker thread.
  virtual void Run() = 0;
  // Called with `mu` held when cancellation is requested.
  virtual void OnCancel() {}

  // Starts the thread (throws std::system_error if it cannot be created).
  void Start(napi_env env);
  bool Done() {
    std::lock_guard<std::mutex> l(mu);
    return done;
  }
  bool WaitFor(std::chrono::milliseconds d) {
    std::unique_lock<std::mutex> l(mu);
    return cv.wait_for(l, d, [&] { return done; });
  }
  void RequestCancel() {
    std::lock_guard<std::mutex> l(mu);
    cancel = true;
    OnCancel();
  }
  bool Cancelled() {
    std::lock_guard<std::mutex> l(mu);
    return cancel;
  }
  // Main thread: waits for the thread to end.
  void Join() {
    if (th.joinable()) th.join();
  }
  // Main thread of `env`: waits for the thread to end, unless the environment
  // starts stopping meanwhile (a worker being terminated): then cancels the
  // thread and returns false without waiting for it.
  bool WaitUnlessStopping(napi_env env);
  // Main thread, for a handle that goes away unjoined: join if finished, else detach.
  void Abandon() {
    if (!th.joinable()) return;
    if (Done()) th.join();
    else th.detach();
  }

  napi_env env = nullptr;
  std::thread th;
  std::mutex mu;
  std::condition_variable cv;
  bool done = false;    // guarded by mu
  bool cancel = false;  // guarded by mu
  std::vector<napi_threadsafe_function> waiters;  // guarded by mu

 private:
  void Finish();
};

// Worker threads, process-wide, that have not yet returned from their work
// (detached ones included): lets tests wait until every job has ended.
int RunningWorkerThreads();

// Returns a promise settled on the main thread once `w` is done: `settle`
// returns the resolution value or throws (a Napi::Error) to reject. The
// pending promise keeps the event loop alive; the wait blocks no thread.
Napi::Value WhenDone(Napi::Env env, const std::shared_ptr<Worker>& w,
                     std::function<Napi::Value(Napi::Env)> settle);

}  // namespace wt
