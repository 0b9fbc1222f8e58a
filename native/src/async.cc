// Async contexts, call futures and the threads that poll them.
//
// Ownership of a call (see also worker.h):
//  * func_call_async copies the arguments into native memory and gives Wasmtime
//    native result slots and native trap/error out-pointers, all owned by a
//    FutureCore (shared_ptr) that also holds the store (StoreRef). Wasmtime
//    never sees JavaScript memory, so nothing JS does (detach, resize, GC) can
//    make the call write to freed or moved memory.
//  * The CallFuture handle holds strong references to the JS results / trap /
//    err buffers. When the call completes (call_future_poll returns true, or the
//    polling thread is joined) the main thread re-validates those buffers and
//    copies the results out / hands the trap or error to the pointer buffers;
//    then the handle lets go of the buffers and of the FutureCore, so a
//    finished call holds nothing. A buffer that became unusable (detached,
//    resized, non-null) makes that poll/join throw an Error that still carries
//    the trap or error text.
//  * While the call is unfinished the store is "busy" (StoreState::busy): every
//    other use of its Context throws and the store cannot be deleted. The
//    FutureCore clears it on delivery, or when it is freed (a dropped or
//    deleted future; possibly on the polling thread that held it last).
//  * A polling thread takes the future over: from spawn until join, polling or
//    deleting the CallFuture from JS throws. The thread handle holds a strong
//    reference to the CallFuture object and a shared_ptr to its FutureCore.
//    If the thread handle is garbage-collected unjoined, the future becomes
//    the JS side's again once the thread has finished.
//  * call_future_thread_cancel stops a polling thread at its call's next
//    yield; on stores with the binding's epoch callback it makes one happen
//    (interrupt.h). Joining then hands the unfinished future back.
//  * Async instantiations (linker_instantiate_async_bytes,
//    instance_pre_instantiate_async_bytes) are futures of the same kind, with
//    the same rules: their FutureCore owns its own handles to the linker and
//    module (or a share of the instance-pre) that Wasmtime borrows, and the
//    wasmtime_instance_t that delivery copies into the JS instance buffer.
#include <cstring>

#include "interrupt.h"
#include "linker.h"
#include "ptr_registry.h"
#include "stack.h"
#include "wasmtime_async_wasi_api.h"
#include "worker.h"

namespace wt {

const char kBusy[] =
    "the store is in use by an unfinished CallFuture (poll it to completion, join its polling thread, or "
    "delete it first)";

wasmtime_error_t* InstantiateOnAsyncStore(StoreState* s, const wasmtime_linker_t* linker,
                                          const wasmtime_module_t* module, wasmtime_instance_t* out,
                                          wasm_trap_t** trap) {
  Unique<wasmtime_linker_t, wasmtime_linker_delete> none;
  if (!linker) {
    none.reset(wasmtime_linker_new(s->engine->ptr));
    linker = none.get();
  }
  wasmtime_error_t* err = nullptr;
  *trap = nullptr;
  wasmtime_call_future_t* f = wasmtime_linker_instantiate_async(linker, s->ctx, module, out, trap, &err);
  bool finished;
  // A start function that yields hands control back here: give up when the
  // environment is going away (it yields then, see interrupt.h).
  while (!(finished = wasmtime_call_future_poll(f)) && !EnvStopping(s->env)) {
  }
  wasmtime_call_future_delete(f);
  if (!finished) return wasmtime_error_new("instantiation interrupted: its worker thread is being terminated");
  return err;
}

namespace {

struct PollWorker;

// ---- the native half of a call -------------------------------------------------
struct FutureCore {
  explicit FutureCore(StoreRef s) : store(std::move(s)) {}
  ~FutureCore() {
    if (fut) wasmtime_call_future_delete(fut);  // drops a suspended call (unwinds its fiber)
    if (trap) wasm_trap_delete(trap);
    if (err) wasmtime_error_delete(err);
    ReleaseStore();
  }
  // Polls once; on completion deletes the Wasmtime future. Only one thread at a
  // time calls this (the main thread, or the polling thread that owns it).
  bool PollOnce() {
    if (finished) return true;
    polls_to_finish++;
    if (wasmtime_call_future_poll(fut)) {
      wasmtime_call_future_delete(fut);
      fut = nullptr;
      finished = true;
    }
    return finished;
  }
  void HoldStore() {
    store->busy = kBusy;
    holds_store = true;
  }
  void ReleaseStore() {
    if (holds_store.exchange(false)) store->busy = nullptr;
  }

  StoreRef store;
  wasmtime_call_future_t* fut = nullptr;
  // Everything the C call borrows lives here until it finishes: the future
  // keeps a reference to the func itself, not a copy.
  wasmtime_func_t func{};
  std::vector<wasmtime_val_t> args, results;
  // func_call_async_bytes may fill the first slots of a longer results buffer.
  bool exact_results = true;
  // An instantiation instead of a call: what it borrows (its own handles to
  // the linker and module, a share of the instance-pre, so that deleting the
  // JS handles meanwhile frees nothing it uses) and the instance it makes.
  bool instantiates = false;
  Unique<wasmtime_linker_t, wasmtime_linker_delete> linker;
  Unique<wasmtime_module_t, wasmtime_module_delete> module;
  InstancePreRef pre;
  wasmtime_instance_t instance{};
  wasm_trap_t* trap = nullptr;
  wasmtime_error_t* err = nullptr;
  bool finished = false;
  uint64_t polls_to_finish = 0;
  std::atomic<bool> holds_store{false};  // this call made the store busy
  // The polling thread that owns the call (main thread only).
  std::weak_ptr<PollWorker> poller;
};

struct CallFutureHandle : Owner<Kind::CallFuture, std::shared_ptr<FutureCore>> {
  static constexpr const char* kDeleteFn = "call_future_delete";
  using Owner::Owner;
  void BeforeDelete(Napi::Env env, const char* fn) override;
  Napi::Reference<Napi::Value> results, trapBuf, errBuf;
  bool delivered = false;
  uint64_t polls = 0;  // how many polls the call took, once delivered

 protected:
  // Lets go of the call (freeing an unfinished one cancels it, unless a
  // polling thread still holds it) and of the JS buffers. Unless a thread
  // still runs it, the call is over for the store even if a finished
  // thread's last reference to it is not gone yet.
  void Drop() override {
    if (ptr && ptr->poller.expired()) ptr->ReleaseStore();
    Owner::Drop();
    results.Reset();
    trapBuf.Reset();
    errBuf.Reset();
  }
};

// Looks a held buffer up again (it may have been detached or resized since).
bool HeldBytes(Napi::Env env, Napi::Reference<Napi::Value>& ref, Bytes* out) {
  napi_value v = ref.Value();
  bool is = false;
  napi_is_typedarray(env, v, &is);
  if (!is) return false;
  napi_typedarray_type type;
  size_t length = 0;
  void* data = nullptr;
  napi_get_typedarray_info(env, v, &type, &length, &data, nullptr, nullptr);
  if (type != napi_uint8_array) return false;
  if (!data) length = 0;
  *out = Bytes{static_cast<uint8_t*>(data), length, v};
  return true;
}

// Main thread, once the call finished: copy the outcome into the JS buffers,
// then let go of the call and the buffers.
void Deliver(Napi::Env env, CallFutureHandle* h, const char* fn) {
  if (h->delivered) return;
  std::shared_ptr<FutureCore> c = std::move(h->ptr);
  h->delivered = true;
  h->polls = c->polls_to_finish;
  c->ReleaseStore();
  std::string problem;
  auto put = [&](Napi::Reference<Napi::Value>& ref, PtrKind kind, void* p, const char* what) {
    Bytes b;
    uint64_t v = 1;
    if (HeldBytes(env, ref, &b) && b.length == 8) std::memcpy(&v, b.data, 8);
    if (v != 0) {
      std::string text = kind == PtrKind::Trap ? TakeTrapText(static_cast<wasm_trap_t*>(p))
                                               : TakeErrorText(static_cast<wasmtime_error_t*>(p));
      problem = std::string(what) + " buffer is no longer an empty 8-byte pointer buffer, so the " + what +
                " could not be stored; it was: " + text;
      return;
    }
    PtrBufferPut(env, b, kind, p);
  };
  if (c->trap) {
    wasm_trap_t* t = c->trap;
    c->trap = nullptr;
    put(h->trapBuf, PtrKind::Trap, t, "trap");
  } else if (c->err) {
    wasmtime_error_t* e = c->err;
    c->err = nullptr;
    put(h->errBuf, PtrKind::Error, e, "error");
  } else if (c->instantiates) {
    Bytes b;
    if (!HeldBytes(env, h->results, &b) || b.length != sizeof(wasmtime_instance_t)) {
      problem = "the instance buffer no longer holds " + std::to_string(sizeof(wasmtime_instance_t)) +
                " bytes (detached or resized), so the instance was not written";
    } else {
      std::memcpy(b.data, &c->instance, sizeof c->instance);
    }
  } else {
    size_t n = c->results.size();
    for (auto& r : c->results) {
      // Reference results are not exposed (as in func.cc): release; the payload goes.
      if (r.kind > WASMTIME_FUNCREF) wasmtime_val_unroot(&r);
      NormalizeResult(&r);
    }
    Bytes b;
    bool held = HeldBytes(env, h->results, &b);
    size_t need = n * sizeof(wasmtime_val_t);
    if (!held || (c->exact_results ? b.length != need : b.length < need)) {
      problem = "the results buffer no longer holds " + std::to_string(n) +
                " value slot(s) (detached or resized), so the results were dropped";
    } else if (n) {
      std::memcpy(b.data, c->results.data(), n * sizeof(wasmtime_val_t));
    }
  }
  h->results.Reset();
  h->trapBuf.Reset();
  h->errBuf.Reset();
  if (!problem.empty()) ThrowError(env, std::string(fn) + ": the call finished but " + problem);
}

// ---- async contexts ------------------------------------------------------------
// The async stack holds the call's wasm frames (at most max_wasm_stack) and the
// host code around them (kHostStackReserve).
constexpr uint64_t kMinAsyncStack = 512 * 1024;
constexpr uint64_t kMaxAsyncStack = 1ull << 30;

Napi::Value AsyncContextNew(const Napi::CallbackInfo& info) {
  const char* fn = "async_context_new";
  CheckArgc(info, 1, fn);
  Napi::Env env = info.Env();
  uint64_t stack = ArgU64(info, 0, fn);
  if (stack < kMinAsyncStack || stack > kMaxAsyncStack) {
    ThrowRange(env, std::string(fn) + ": async stack size must be in " + std::to_string(kMinAsyncStack) + ".." +
                        std::to_string(kMaxAsyncStack) + " bytes, got " + std::to_string(stack));
  }
  // Wasmtime 49 has no async_support switch: async is always available and a
  // store turns async by use. Fuel (for fuel-based yields) and epoch
  // interruption (for epoch-based yields, and the binding's interruptions)
  // are enabled; the store starts with ample fuel, so calls run until the
  // user configures limits.
  uint64_t maxWasmStack = std::min(kDefaultMaxWasmStack, stack - kHostStackReserve);
  wasm_config_t* cfg = wasm_config_new();
  wasmtime_config_consume_fuel_set(cfg, true);
  wasmtime_config_async_stack_size_set(cfg, stack);
  wasmtime_config_max_wasm_stack_set(cfg, maxWasmStack);
  EngineRef engine = NewEngine(cfg, maxWasmStack, true);
  if (!engine) ThrowFailure(env, std::string(fn) + ": engine creation failed");
  StoreRef store = NewStore(env, engine);
  if (!store) ThrowFailure(env, std::string(fn) + ": store creation failed");
  store->async = true;
  if (wasmtime_error_t* err = wasmtime_context_set_fuel(store->ctx, uint64_t(INT64_MAX))) {
    ThrowFailure(env, std::string(fn) + ": " + TakeErrorText(err));
  }
  Napi::Array out = Napi::Array::New(env, 3);
  out.Set(0u, NewHandle(env, new EngineHandle(engine)));
  out.Set(1u, NewHandle(env, new WasmtimeStoreHandle(store)));
  out.Set(2u, NewHandle(env, new ContextHandle(store)));
  return out;
}

Napi::Value AsyncContextDelete(const Napi::CallbackInfo& info) {
  const char* fn = "async_context_delete";
  CheckArgc(info, 2, fn);
  Napi::Env env = info.Env();
  EngineHandle* e = Unwrap<EngineHandle>(info, 0, fn);
  WasmtimeStoreHandle* s = Unwrap<WasmtimeStoreHandle>(info, 1, fn);
  if (s->ptr->engine != e->ptr) ThrowType(env, std::string(fn) + ": the WasmtimeStore belongs to a different Engine");
  s->BeforeDelete(env, fn);
  long users = e->ptr.use_count() - 2;  // minus this handle and the store's reference
  if (users > 0) {
    ThrowError(env, std::string(fn) + ": the Engine is still used by " + std::to_string(users) +
                        " other live store/module/linker/instance-pre handle(s); delete those first");
  }
  s->Delete();
  e->Delete();
  return env.Undefined();
}

Napi::Value ErrorHandleOf(Napi::Env env, wasmtime_error_t* e) {
  return NewHandle(env, new ErrorHandle(ErrorHandle::Pointer(e)));
}

Napi::Value FuelAsyncYieldInterval(const Napi::CallbackInfo& info) {
  const char* fn = "context_fuel_async_yield_interval";
  CheckArgc(info, 2, fn);
  uint64_t interval = ArgU64(info, 1, fn);
  StoreState* s = LiveContext(info, 0, fn);
  wasmtime_error_t* e = wasmtime_context_fuel_async_yield_interval(s->ctx, interval);
  if (!e) s->async = true;  // the synchronous entry points now refuse this store
  return ErrorHandleOf(info.Env(), e);
}

Napi::Value EpochAsyncYield(const Napi::CallbackInfo& info) {
  const char* fn = "context_epoch_deadline_async_yield_and_update";
  CheckArgc(info, 2, fn);
  uint64_t delta = ArgU64(info, 1, fn);
  StoreState* s = LiveContext(info, 0, fn);
  // Returns void in 49.0.0 (see wasmtime_async_wasi_api.h), so it cannot fail:
  // the surface's WasmtimeError result is always the null error.
  if (!LinkedIsAbiChecked()) {
    ThrowFailure(info.Env(), std::string(fn) + ": this build declares the function as in Wasmtime 49.0.0, but the "
                                 "linked library is " + WASMTIME_LINKED_VERSION + "; refusing to call it");
  }
  wasmtime_context_epoch_deadline_async_yield_and_update(s->ctx, delta);  // replaces the binding's callback
  DetachEpochCallback(s);
  s->async = true;
  return ErrorHandleOf(info.Env(), nullptr);
}

// ---- starting a call --------------------------------------------------------------
enum class Mode { Raise, Result, Autoclean, Bytes };

size_t ValSlots(const Napi::CallbackInfo& info, size_t i, const char* fn, const char* what, Bytes* b) {
  *b = ArgBytes(info, i, fn);
  if (b->length % sizeof(wasmtime_val_t) != 0) {
    ThrowType(info.Env(), std::string(fn) + ": " + what + " buffer length " + std::to_string(b->length) +
                              " is not a multiple of " + std::to_string(sizeof(wasmtime_val_t)) + " (val_sizeof())");
  }
  return b->length / sizeof(wasmtime_val_t);
}

// A count argument of func_call_async_bytes: how many of the buffer's slots to use.
size_t SlotCount(const Napi::CallbackInfo& info, size_t i, const char* fn, const char* what, size_t slots) {
  int32_t n = ArgInt(info, i, fn);
  if (n < 0 || (size_t)n > slots) {
    ThrowRange(info.Env(), std::string(fn) + ": " + what + " must be in 0.." + std::to_string(slots) + " (the " +
                               "buffer's value slots), got " + std::to_string(n));
  }
  return (size_t)n;
}

// Two null pointer buffers for the trap and the error.
void CheckOutPointers(Napi::Env env, const Bytes& tb, const Bytes& eb, const char* fn) {
  if (PtrBufferToken(env, tb, fn) != 0 || PtrBufferToken(env, eb, fn) != 0) {
    ThrowType(env, std::string(fn) + ": trap and error pointer buffers must be null on entry");
  }
}

// The live, async Context at info[i].
StoreRef AsyncContext(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  StoreState* s = LiveContext(info, i, fn);
  if (!s->async) {
    ThrowType(info.Env(), std::string(fn) + ": the Context is not async (create it with async_context_new)");
  }
  return Unwrap<ContextHandle>(info, i, fn)->st;
}

// The CallFuture of a started call or instantiation, which holds the store
// and the JS buffers the outcome goes to until it is delivered.
Napi::Value HandOutFuture(Napi::Env env, std::shared_ptr<FutureCore> core, const Bytes& out, const Bytes& tb,
                          const Bytes& eb) {
  core->HoldStore();
  auto* h = new CallFutureHandle(std::move(core));
  h->results = Napi::Persistent(Napi::Value(env, out.value));
  h->trapBuf = Napi::Persistent(Napi::Value(env, tb.value));
  h->errBuf = Napi::Persistent(Napi::Value(env, eb.value));
  return NewHandle(env, h);
}

// (context, func, args, [nargs,] results, [nresults,] trap_ptr, err_ptr).
Napi::Value CallAsync(const Napi::CallbackInfo& info, const char* fn, Mode mode) {
  const bool counted = mode == Mode::Bytes;
  CheckArgc(info, counted ? 8 : 6, fn);
  Napi::Env env = info.Env();
  StoreRef ref = AsyncContext(info, 0, fn);
  StoreState* s = ref.get();
  const FuncSig* sig = nullptr;
  wasmtime_func_t f = CheckFunc(info, 1, s, fn, &sig);
  Bytes ab, rb;
  size_t nargs = ValSlots(info, 2, fn, "args", &ab);
  if (counted) nargs = SlotCount(info, 3, fn, "nargs", nargs);
  size_t resultsAt = counted ? 4 : 3;
  size_t nres = ValSlots(info, resultsAt, fn, "results", &rb);
  if (counted) nres = SlotCount(info, 5, fn, "nresults", nres);
  Bytes tb = ArgBytes(info, resultsAt + (counted ? 2 : 1), fn), eb = ArgBytes(info, resultsAt + (counted ? 3 : 2), fn);
  CheckOutPointers(env, tb, eb, fn);
  auto core = std::make_shared<FutureCore>(ref);
  core->exact_results = !counted;
  core->args.resize(nargs);
  if (nargs) std::memcpy(core->args.data(), ab.data, nargs * sizeof(wasmtime_val_t));
  for (size_t i = 0; i < nargs; i++) {
    if (core->args[i].kind > WASMTIME_V128) {
      ThrowType(env, std::string(fn) + ": args[" + std::to_string(i) + "] has kind " +
                         std::to_string(core->args[i].kind) + "; only i32/i64/f32/f64/v128 (0..4) may be passed");
    }
  }
  core->results.assign(nres, wasmtime_val_t{});
  bool matches = sig->Accepts(core->args.data(), nargs, nres);
  core->func = f;
  core->fut = wasmtime_func_call_async(s->ctx, &core->func, core->args.data(), nargs, core->results.data(), nres,
                                       &core->trap, &core->err);
  // The *_bytes entry point reports a mistyped call as Wasmtime does: in
  // err_ptr once the future is polled. The others report it now.
  if (!matches && !counted) {
    // Wasmtime type-checks before running any wasm, so a single poll yields
    // its own error for the mismatch without executing guest code.
    core->PollOnce();
    if (!core->finished) {
      // Not expected; never leave a half-started call behind.
      core.reset();
      ThrowError(env, std::string(fn) + ": internal error: a mistyped call did not fail at once");
    }
  }
  if (core->finished) {
    bool isErr = core->err != nullptr, isTrap = core->trap != nullptr;
    std::string text = isErr ? ErrorText(core->err) : isTrap ? TrapText(core->trap) : std::string("finished at once");
    std::string msg = std::string("func_call_async failed (error=") + (isErr ? "true" : "false") +
                      ", trap=" + (isTrap ? "true" : "false") + "): " + text;
    if (mode == Mode::Result) {
      // Plain Result: the error/trap goes to its pointer buffer too (caller deletes it).
      if (isErr) { PtrBufferPut(env, eb, PtrKind::Error, core->err); core->err = nullptr; }
      if (isTrap) { PtrBufferPut(env, tb, PtrKind::Trap, core->trap); core->trap = nullptr; }
    }
    core.reset();  // autoclean / raise: deleted here, buffers stay null
    if (mode == Mode::Raise) ThrowFailure(env, msg);
    return MakeErr(env, MakeFailure(env, msg));
  }
  Napi::Value v = HandOutFuture(env, std::move(core), rb, tb, eb);
  return mode == Mode::Raise || mode == Mode::Bytes ? v : MakeOk(env, v);
}

Napi::Value FuncCallAsync(const Napi::CallbackInfo& info) { return CallAsync(info, "func_call_async", Mode::Raise); }
Napi::Value FuncCallAsyncResult(const Napi::CallbackInfo& info) {
  return CallAsync(info, "func_call_async_result", Mode::Result);
}
Napi::Value FuncCallAsyncResultAutoclean(const Napi::CallbackInfo& info) {
  return CallAsync(info, "func_call_async_result_autoclean", Mode::Autoclean);
}
Napi::Value FuncCallAsyncBytes(const Napi::CallbackInfo& info) {
  return CallAsync(info, "func_call_async_bytes", Mode::Bytes);
}

// ---- starting an instantiation --------------------------------------------------
// The instance, trap and error buffers at info[i..i+2], checked.
void InstantiationOuts(const Napi::CallbackInfo& info, size_t i, const char* fn, Bytes* ib, Bytes* tb, Bytes* eb) {
  *ib = ArgBytes(info, i, fn);
  if (ib->length != sizeof(wasmtime_instance_t)) {
    ThrowType(info.Env(), std::string(fn) + ": instance_out must be exactly " +
                              std::to_string(sizeof(wasmtime_instance_t)) + " bytes (make_instance_buffer()), got " +
                              std::to_string(ib->length));
  }
  *tb = ArgBytes(info, i + 1, fn);
  *eb = ArgBytes(info, i + 2, fn);
  CheckOutPointers(info.Env(), *tb, *eb, fn);
}

void CheckEngine(Napi::Env env, const char* fn, const EngineRef& of, const StoreRef& store, const char* what) {
  if (of.get() != store->engine.get()) {
    ThrowType(env, std::string(fn) + ": the " + what +
                       " belongs to a different Engine than the store (cross-engine instantiation is not supported)");
  }
}

void CheckWasi(Napi::Env env, const char* fn, bool needsWasi, const StoreRef& store, const char* what) {
  if (needsWasi && !store->wasi_set) {
    ThrowError(env, std::string(fn) + ": the " + what +
                        " defines WASI but the store has no WASI context; call context_set_wasi_or_raise first");
  }
}

// (linker, context, module, instance_out, trap_out, error_out): runs nothing
// until polled; the instance (or the trap / error) is written when it finishes.
Napi::Value LinkerInstantiateAsyncBytes(const Napi::CallbackInfo& info) {
  const char* fn = "linker_instantiate_async_bytes";
  CheckArgc(info, 6, fn);
  Napi::Env env = info.Env();
  Bytes ib, tb, eb;
  InstantiationOuts(info, 3, fn, &ib, &tb, &eb);
  LinkerHandle* l = Unwrap<LinkerHandle>(info, 0, fn);
  StoreRef ref = AsyncContext(info, 1, fn);
  ModuleHandle* m = Unwrap<ModuleHandle>(info, 2, fn);
  CheckEngine(env, fn, l->engine, ref, "Linker");
  CheckEngine(env, fn, m->engine, ref, "Module");
  CheckWasi(env, fn, l->wasi_defined, ref, "linker");
  auto core = std::make_shared<FutureCore>(ref);
  core->instantiates = true;
  core->linker.reset(wasmtime_linker_clone(l->ptr.get()));
  core->module.reset(wasmtime_module_clone(m->ptr.get()));
  core->fut = wasmtime_linker_instantiate_async(core->linker.get(), ref->ctx, core->module.get(), &core->instance,
                                                &core->trap, &core->err);
  return HandOutFuture(env, std::move(core), ib, tb, eb);
}

// (instance_pre, context, instance_out, trap_out, error_out): the same from an instance-pre.
Napi::Value InstancePreInstantiateAsyncBytes(const Napi::CallbackInfo& info) {
  const char* fn = "instance_pre_instantiate_async_bytes";
  CheckArgc(info, 5, fn);
  Napi::Env env = info.Env();
  Bytes ib, tb, eb;
  InstantiationOuts(info, 2, fn, &ib, &tb, &eb);
  InstancePreHandle* p = Unwrap<InstancePreHandle>(info, 0, fn);
  StoreRef ref = AsyncContext(info, 1, fn);
  CheckEngine(env, fn, p->ptr->engine, ref, "InstancePre");
  CheckWasi(env, fn, p->ptr->needs_wasi, ref, "InstancePre's linker");
  auto core = std::make_shared<FutureCore>(ref);
  core->instantiates = true;
  core->pre = p->ptr;
  core->fut = wasmtime_instance_pre_instantiate_async(core->pre->ptr, ref->ctx, &core->instance, &core->trap,
                                                      &core->err);
  return HandOutFuture(env, std::move(core), ib, tb, eb);
}

// ---- polling threads ---------------------------------------------------------------------
struct PollWorker : Worker {
  std::shared_ptr<FutureCore> core;
  uint32_t sleep_us = 1000;
  bool abandoned = false;  // its handle was garbage-collected unjoined (main thread only)
  // Polls at least once (a spawned thread always starts the call, even if
  // cancellation came first), then until finished or cancelled.
  void Run() override {
    for (;;) {
      if (core->PollOnce()) return;
      if (Cancelled()) return;
      if (sleep_us) std::this_thread::sleep_for(std::chrono::microseconds(sleep_us));
      else std::this_thread::yield();
    }
  }
  // Makes a call that runs without yielding yield (on stores with the
  // binding's epoch callback), so Run sees the cancellation.
  void OnCancel() override {
    if (!core->store->engine->binding_epoch) return;  // the user's epoch: not ours to move
    core->store->interrupt = true;
    core->store->engine->Bump();
  }
};

void CallFutureHandle::BeforeDelete(Napi::Env env, const char* fn) {
  if (ptr && !ptr->poller.expired()) {
    ThrowError(env, std::string(fn) + ": the CallFuture is owned by a polling thread; join the thread first");
  }
}

// The live future at info[i], not owned by a running polling thread.
CallFutureHandle* LiveFuture(const Napi::CallbackInfo& info, size_t i, const char* fn) {
  CallFutureHandle* h = Unwrap<CallFutureHandle>(info, i, fn);
  if (!h->ptr) return h;
  if (std::shared_ptr<PollWorker> w = h->ptr->poller.lock()) {
    // A thread whose handle was dropped gives the future back once it is done.
    if (!w->abandoned || !w->Done()) {
      ThrowError(info.Env(), std::string(fn) + ": the CallFuture is owned by a polling thread; join the thread first");
    }
    h->ptr->poller.reset();
  }
  return h;
}

// ---- polling and deleting ------------------------------------------------------------
Napi::Value CallFuturePoll(const Napi::CallbackInfo& info) {
  const char* fn = "call_future_poll";
  CheckArgc(info, 1, fn);
  CallFutureHandle* h = LiveFuture(info, 0, fn);
  if (h->delivered) return Napi::Boolean::New(info.Env(), true);
  bool finished;
  {
    WasmRun running(h->ptr->store.get());
    finished = h->ptr->PollOnce();
  }
  if (!finished) return Napi::Boolean::New(info.Env(), false);
  Deliver(info.Env(), h, fn);
  return Napi::Boolean::New(info.Env(), true);
}

Napi::Value CallFutureDelete(const Napi::CallbackInfo& info) {
  LiveFuture(info, 0, CallFutureHandle::kDeleteFn);
  return DeleteHandle<CallFutureHandle>(info);
}

// Test helper: how many polls the call took to finish (0 while unfinished).
Napi::Value CallFuturePolls(const Napi::CallbackInfo& info) {
  CallFutureHandle* h = Unwrap<CallFutureHandle>(info, 0, "_call_future_polls", true);
  return Napi::Number::New(info.Env(), h->delivered ? (double)h->polls : 0);
}

struct CallFutureThreadHandle : Owner<Kind::CallFutureThread, std::shared_ptr<PollWorker>> {
  using Owner::Owner;
  ~CallFutureThreadHandle() override {
    // Unjoined: the future goes back to JS once the thread is done (LiveFuture).
    if (ptr) {
      ptr->abandoned = true;
      ptr->Abandon();
    }
  }
  Napi::ObjectReference future;  // keeps the CallFuture (and its buffer references) alive
};

Napi::Value ThreadSpawn(const Napi::CallbackInfo& info) {
  const char* fn = "call_future_thread_spawn_or_raise";
  CheckArgc(info, 1, fn);
  Napi::Env env = info.Env();
  uint32_t sleep_us = 1000;
  if (info.Length() > 1 && !info[1].IsUndefined()) {
    if (!info[1].IsObject()) ThrowType(env, std::string(fn) + ": argument 2 must be an options object { poll_sleep_us }");
    Napi::Value v = info[1].As<Napi::Object>().Get("poll_sleep_us");
    if (!v.IsUndefined()) {
      double d = v.IsNumber() ? v.As<Napi::Number>().DoubleValue() : -1;
      if (!(d >= 0 && d <= 2147483647.0 && d == (double)(int64_t)d)) {
        ThrowRange(env, std::string(fn) + ": poll_sleep_us must be an Int in 0..2147483647");
      }
      sleep_us = (uint32_t)d;
    }
  }
  CallFutureHandle* h = LiveFuture(info, 0, fn);
  if (h->delivered) ThrowFailure(env, std::string(fn) + ": the CallFuture has already finished");
  auto w = std::make_shared<PollWorker>();
  w->core = h->ptr;
  w->sleep_us = sleep_us;
  try {
    w->Start(env);
  } catch (const std::exception& ex) {
    ThrowFailure(env, std::string(fn) + ": could not start a thread: " + ex.what());
  }
  h->ptr->poller = w;
  auto* t = new CallFutureThreadHandle(w);
  t->future = Napi::Persistent(info[0].As<Napi::Object>());
  return NewHandle(env, t);
}

Napi::Value ThreadCancel(const Napi::CallbackInfo& info) {
  const char* fn = "call_future_thread_cancel";
  CheckArgc(info, 1, fn);
  Unwrap<CallFutureThreadHandle>(info, 0, fn)->ptr->RequestCancel();
  return info.Env().Undefined();
}

// A polling thread being joined: the worker and the CallFuture object.
struct Joining {
  std::shared_ptr<PollWorker> worker;
  std::shared_ptr<Napi::ObjectReference> future;
};

Joining TakeThread(const Napi::CallbackInfo& info, const char* fn) {
  CheckArgc(info, 1, fn);
  CallFutureThreadHandle* t = Unwrap<CallFutureThreadHandle>(info, 0, fn);
  auto future = std::make_shared<Napi::ObjectReference>(std::move(t->future));
  return Joining{t->Take(fn), std::move(future)};
}

// Main thread, after the polling thread ended: give the future back to JS and deliver.
void FinishThread(Napi::Env env, const Joining& j, const char* fn) {
  j.worker->Join();
  std::shared_ptr<FutureCore> core = std::move(j.worker->core);  // the thread is done with it
  core->poller.reset();
  core->store->interrupt = false;
  Napi::Object fo = j.future->Value();
  j.future->Reset();
  void* p = nullptr;
  napi_get_value_external(env, fo, &p);
  auto* h = static_cast<CallFutureHandle*>(static_cast<Handle*>(p));
  if (!h || h->ptr != core) return;
  if (!core->finished) {
    if (j.worker->Cancelled()) return;  // cancelled: the unfinished future is JS's again
    ThrowError(env, std::string(fn) + ": the polling thread stopped before the call finished");
  }
  Deliver(env, h, fn);
}

Napi::Value ThreadJoin(const Napi::CallbackInfo& info) {
  const char* fn = "call_future_thread_join_or_raise";
  Joining j = TakeThread(info, fn);
  if (!j.worker->WaitUnlessStopping(info.Env())) ThrowError(info.Env(), std::string(fn) + ": the worker is terminating");
  FinishThread(info.Env(), j, fn);
  return info.Env().Undefined();
}

// Beyond surface.mbti: a Promise that settles once the thread has finished,
// without blocking the event loop.
Napi::Value ThreadJoinAsync(const Napi::CallbackInfo& info) {
  const char* fn = "call_future_thread_join_async";
  Joining j = TakeThread(info, fn);
  return WhenDone(info.Env(), j.worker, [j, fn](Napi::Env env) -> Napi::Value {
    FinishThread(env, j, fn);
    return env.Undefined();
  });
}

}  // namespace

void InitAsync(Napi::Env env, Napi::Object exports) {
  Export(env, exports, "async_context_new", AsyncContextNew);
  Export(env, exports, "async_context_delete", AsyncContextDelete);
  Export(env, exports, "context_fuel_async_yield_interval", FuelAsyncYieldInterval);
  Export(env, exports, "context_epoch_deadline_async_yield_and_update", EpochAsyncYield);
  Export(env, exports, "func_call_async", FuncCallAsync);
  Export(env, exports, "func_call_async_result", FuncCallAsyncResult);
  Export(env, exports, "func_call_async_result_autoclean", FuncCallAsyncResultAutoclean);
  Export(env, exports, "func_call_async_bytes", FuncCallAsyncBytes);
  Export(env, exports, "linker_instantiate_async_bytes", LinkerInstantiateAsyncBytes);
  Export(env, exports, "instance_pre_instantiate_async_bytes", InstancePreInstantiateAsyncBytes);
  Export(env, exports, "call_future_poll", CallFuturePoll);
  Export(env, exports, "call_future_delete", CallFutureDelete);
  Export(env, exports, "call_future_thread_spawn_or_raise", ThreadSpawn);
  Export(env, exports, "call_future_thread_cancel", ThreadCancel);
  Export(env, exports, "call_future_thread_join_or_raise", ThreadJoin);
  Export(env, exports, "call_future_thread_join_async", ThreadJoinAsync);
  Export(env, exports, "_call_future_polls", CallFuturePolls);
}

}  // namespace wt
