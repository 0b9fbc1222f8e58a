// Wasm and WASI jobs: a WAT module compiled and run on its own OS thread with
// its own engine and store (nothing shared with other jobs or the main
// thread, so jobs run truly in parallel). The exported function must have
// type () -> i32; join returns that i32 or raises with the reason.
//
// Each job engine has epoch interruption enabled and its store a deadline of
// one tick: nothing ever bumps the epoch except cancellation at shutdown
// (worker.h), which makes running wasm trap promptly so the thread can end.
#include "host_files.h"
#include "wasmtime_async_wasi_api.h"
#include "worker.h"

namespace wt {
namespace {

// How many jobs are inside their wasm call right now, and the most seen at
// once since the last reset (a test observable: several jobs really are in
// wasm at the same time; nothing serializes them).
std::atomic<int> g_in_wasm{0};
std::atomic<int> g_max_in_wasm{0};

struct JobWorker : Worker {
  std::string wat, name;
  wasi_config_t* wasi = nullptr;  // WASI jobs: built on the main thread, consumed by the thread
  wasm_engine_t* engine = nullptr;  // guarded by mu while wasm may run (for OnCancel)
  // Outcome, written by the thread before Finish (read after join / done).
  bool ok = false;
  int32_t result = 0;
  std::string error;

  ~JobWorker() override {
    if (wasi) wasi_config_delete(wasi);
  }

  void OnCancel() override {
    if (engine) wasmtime_engine_increment_epoch(engine);
  }

  void Run() override {
    try {
      RunJob();
    } catch (...) {
      ok = false;
      error = "internal error in the job thread";
    }
  }

  void RunJob() {
    wasm_config_t* cfg = wasm_config_new();
    wasmtime_config_epoch_interruption_set(cfg, true);
    wasm_engine_t* e = wasm_engine_new_with_config(cfg);
    wasm_byte_vec_t bin{0, nullptr};
    wasmtime_module_t* module = nullptr;
    wasmtime_store_t* store = nullptr;
    wasmtime_linker_t* linker = nullptr;
    auto fail = [&](const std::string& why) {
      ok = false;
      error = why;
    };
    do {
      if (wasmtime_error_t* err = wasmtime_wat2wasm(wat.data(), wat.size(), &bin)) {
        fail("invalid WAT: " + TakeErrorText(err));
        break;
      }
      if (wasmtime_error_t* err = wasmtime_module_new(e, bin.data, bin.size, &module)) {
        fail("invalid module: " + TakeErrorText(err));
        break;
      }
      store = wasmtime_store_new(e, nullptr, nullptr);
      wasmtime_context_t* ctx = wasmtime_store_context(store);
      wasmtime_context_set_epoch_deadline(ctx, 1);
      linker = wasmtime_linker_new(e);
      if (wasi) {
        wasi_config_t* w = wasi;
        wasi = nullptr;
        if (wasmtime_error_t* err = wasmtime_context_set_wasi(ctx, w)) {
          fail("WASI setup failed: " + TakeErrorText(err));
          break;
        }
        if (wasmtime_error_t* err = wasmtime_linker_define_wasi(linker)) {
          fail("WASI setup failed: " + TakeErrorText(err));
          break;
        }
      }
      {
        // From here on wasm may run: make the engine reachable for OnCancel,
        // and stop now if cancellation came first (its epoch bump could have
        // preceded our deadline).
        std::lock_guard<std::mutex> l(mu);
        if (cancel) {
          fail("cancelled");
          break;
        }
        engine = e;
      }
      wasmtime_instance_t inst{};
      wasm_trap_t* trap = nullptr;
      if (wasmtime_error_t* err = wasmtime_linker_instantiate(linker, ctx, module, &inst, &trap)) {
        fail("instantiation failed: " + TakeErrorText(err));
        break;
      }
      if (trap) {
        fail("wasm trap during instantiation: " + TakeTrapText(trap));
        break;
      }
      wasmtime_extern_t ext{};
      if (!wasmtime_instance_export_get(ctx, &inst, name.data(), name.size(), &ext)) {
        fail("no export named `" + name + "`");
        break;
      }
      if (ext.kind != WASMTIME_EXTERN_FUNC) {
        wasmtime_extern_delete(&ext);
        fail("export `" + name + "` is not a function");
        break;
      }
      wasm_functype_t* ft = wasmtime_func_type(ctx, &ext.of.func);
      const FuncSig* sig = InternSig(ft);
      wasm_functype_delete(ft);
      bool typed = sig->params.empty() && sig->results == std::vector<uint8_t>{WASM_I32};
      if (!typed) {
        fail("export `" + name + "` must have type () -> i32");
        break;
      }
      wasmtime_val_t res{};
      int now = ++g_in_wasm;
      for (int m = g_max_in_wasm.load(); now > m && !g_max_in_wasm.compare_exchange_weak(m, now);) {
      }
      wasmtime_error_t* callErr = wasmtime_func_call(ctx, &ext.of.func, nullptr, 0, &res, 1, &trap);
      --g_in_wasm;
      if (wasmtime_error_t* err = callErr) {
        fail("error: " + TakeErrorText(err));
        break;
      }
      if (trap) {
        fail("wasm trap: " + TakeTrapText(trap));
        break;
      }
      ok = true;
      result = res.of.i32;
    } while (false);
    {
      std::lock_guard<std::mutex> l(mu);
      engine = nullptr;
    }
    if (linker) wasmtime_linker_delete(linker);
    if (store) wasmtime_store_delete(store);
    if (module) wasmtime_module_delete(module);
    if (bin.data) wasm_byte_vec_delete(&bin);
    if (wasi) {
      wasi_config_delete(wasi);
      wasi = nullptr;
    }
    wasm_engine_delete(e);
  }
};

// A job's handle owns its worker until a join consumes it; dropped unjoined,
// the worker detaches (or joins, if done) and the job ends on its own.
template <Kind K>
using JobHandle = Owner<K, std::shared_ptr<JobWorker>>;
using WasmJobHandle = JobHandle<Kind::WasmJob>;
using WasiJobHandle = JobHandle<Kind::WasiJob>;

template <typename H>
Napi::Value Spawn(const Napi::CallbackInfo& info, const char* fn, std::shared_ptr<JobWorker> w) {
  Napi::Env env = info.Env();
  try {
    w->Start(env);
  } catch (const std::exception& ex) {
    ThrowFailure(env, std::string(fn) + ": could not start a thread: " + ex.what());
  }
  return NewHandle(env, new H(std::move(w)));
}

Napi::Value WasmJobSpawn(const Napi::CallbackInfo& info) {
  const char* fn = "wasm_job_spawn_wat_or_raise";
  CheckArgc(info, 2, fn);
  auto w = std::make_shared<JobWorker>();
  w->wat = ArgString(info, 0, fn);
  w->name = ArgString(info, 1, fn);
  return Spawn<WasmJobHandle>(info, fn, std::move(w));
}

Napi::Value WasiJobSpawn(const Napi::CallbackInfo& info) {
  const char* fn = "wasi_job_spawn_wat_or_raise";
  CheckArgc(info, 3, fn);
  auto w = std::make_shared<JobWorker>();
  w->wat = ArgString(info, 0, fn);
  w->name = ArgString(info, 1, fn);
  std::string path = ArgCString(info, 2, fn);
  // Configured here, on the calling thread, so a bad stdin path raises now.
  w->wasi = wasi_config_new();
  std::string why = SetStdioFile(w->wasi, path, StdioRole::In, wasi_config_set_stdin_file);
  if (!why.empty()) ThrowFailure(info.Env(), std::string(fn) + ": cannot use `" + path + "` as stdin: " + why);
  return Spawn<WasiJobHandle>(info, fn, std::move(w));
}

template <typename H>
std::shared_ptr<JobWorker> TakeJob(const Napi::CallbackInfo& info, const char* fn) {
  CheckArgc(info, 1, fn);
  return Unwrap<H>(info, 0, fn)->Take(fn);
}

Napi::Value Outcome(Napi::Env env, JobWorker* w, const char* fn) {
  w->Join();
  if (!w->ok) ThrowFailure(env, std::string(fn) + ": " + w->error);
  return Napi::Number::New(env, w->result);
}

template <typename H>
Napi::Value JoinSync(const Napi::CallbackInfo& info, const char* fn) {
  std::shared_ptr<JobWorker> w = TakeJob<H>(info, fn);
  if (!w->WaitUnlessStopping(info.Env())) ThrowError(info.Env(), std::string(fn) + ": the worker is terminating");
  return Outcome(info.Env(), w.get(), fn);
}

// Beyond surface.mbti: Promise-returning joins; the event loop keeps running.
template <typename H>
Napi::Value JoinAsync(const Napi::CallbackInfo& info, const char* fn) {
  std::shared_ptr<JobWorker> w = TakeJob<H>(info, fn);
  JobWorker* raw = w.get();
  return WhenDone(info.Env(), w, [raw, fn](Napi::Env env) { return Outcome(env, raw, fn); });
}

Napi::Value WasmJobJoin(const Napi::CallbackInfo& info) { return JoinSync<WasmJobHandle>(info, "wasm_job_join_or_raise"); }
Napi::Value WasiJobJoin(const Napi::CallbackInfo& info) { return JoinSync<WasiJobHandle>(info, "wasi_job_join_or_raise"); }
Napi::Value WasmJobJoinAsync(const Napi::CallbackInfo& info) {
  return JoinAsync<WasmJobHandle>(info, "wasm_job_join_async");
}
Napi::Value WasiJobJoinAsync(const Napi::CallbackInfo& info) {
  return JoinAsync<WasiJobHandle>(info, "wasi_job_join_async");
}

Napi::Value MaxInWasm(const Napi::CallbackInfo& info) {
  int m = g_max_in_wasm.load();
  if (info.Length() > 0 && info[0].IsBoolean() && info[0].As<Napi::Boolean>().Value()) g_max_in_wasm = g_in_wasm.load();
  return Napi::Number::New(info.Env(), m);
}

Napi::Value TestWorkerThreads(const Napi::CallbackInfo& info) {
  return Napi::Number::New(info.Env(), RunningWorkerThreads());
}

}  // namespace

void InitJobs(Napi::Env env, Napi::Object exports) {
  Export(env, exports, "wasm_job_spawn_wat_or_raise", WasmJobSpawn);
  Export(env, exports, "wasm_job_join_or_raise", WasmJobJoin);
  Export(env, exports, "wasi_job_spawn_wat_or_raise", WasiJobSpawn);
  Export(env, exports, "wasi_job_join_or_raise", WasiJobJoin);
  Export(env, exports, "wasm_job_join_async", WasmJobJoinAsync);
  Export(env, exports, "wasi_job_join_async", WasiJobJoinAsync);
  Export(env, exports, "_jobs_max_in_wasm", MaxInWasm);
  Export(env, exports, "_test_worker_threads", TestWorkerThreads);
}

}  // namespace wt
