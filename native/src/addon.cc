// Entry point: each concept file registers its own exports.
// The async / threads / WASI files add their Init* calls here.
#include "common.h"

namespace {
Napi::Object Init(Napi::Env env, Napi::Object exports) {
  wt::InitCommon(env, exports);
  wt::InitEngine(env, exports);
  wt::InitStore(env, exports);
  wt::InitErrors(env, exports);
  wt::InitFunc(env, exports);
  wt::InitModule(env, exports);
  wt::InitLinker(env, exports);
  wt::InitAsync(env, exports);
  wt::InitJobs(env, exports);
  wt::InitWasi(env, exports);
  wt::InitLifeline(env, exports);
  return exports;
}
}  // namespace

NODE_API_MODULE(wasmtime_native, Init)
