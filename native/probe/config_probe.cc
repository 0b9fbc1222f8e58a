// wasmtime_config_probe: replays a recorded sequence of config setter calls and
// creates an engine from it. The C API's wasm_engine_new_with_config aborts the
// whole process (Rust panic on unwrap) when the configuration is invalid, so the
// addon asks this helper first, in a child process; exit status 0 means valid.
// Arguments: a flat list of operations
//   bool NAME 0|1 / u64 NAME N / u8 NAME N / flag_enable KEY / flag_set KEY VALUE
//   target TRIPLE / cache PATH / cache_default
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "wasmtime_api.h"

namespace {
struct BoolSetter { const char* name; void (*fn)(wasm_config_t*, bool); };
struct U64Setter { const char* name; void (*fn)(wasm_config_t*, uint64_t); };
#define WT_ROW(name) {#name, wasmtime_config_##name##_set},
const BoolSetter kBool[] = {WT_BOOL_SETTERS(WT_ROW)};
const U64Setter kU64[] = {WT_U64_SETTERS(WT_ROW)};
#undef WT_ROW

int Usage(const char* what) {
  std::fprintf(stderr, "config_probe: bad arguments near %s\n", what);
  return 2;
}
}  // namespace

int main(int argc, char** argv) {
  wasm_config_t* c = wasm_config_new();
  for (int i = 1; i < argc; i++) {
    std::string op = argv[i];
    auto need = [&](int n) { return i + n < argc; };
    if (op == "bool" && need(2)) {
      const char* name = argv[++i];
      bool v = std::strcmp(argv[++i], "1") == 0;
      bool found = false;
      for (const auto& s : kBool) if (std::strcmp(s.name, name) == 0) { s.fn(c, v); found = true; }
      if (!found) return Usage(name);
    } else if (op == "u64" && need(2)) {
      const char* name = argv[++i];
      uint64_t v = std::strtoull(argv[++i], nullptr, 10);
      bool found = false;
      for (const auto& s : kU64) if (std::strcmp(s.name, name) == 0) { s.fn(c, v); found = true; }
      if (!found) return Usage(name);
    } else if (op == "u8" && need(2)) {
      std::string name = argv[++i];
      uint8_t v = (uint8_t)std::atoi(argv[++i]);
      if (name == "strategy") wasmtime_config_strategy_set(c, v);
      else if (name == "cranelift_opt_level") wasmtime_config_cranelift_opt_level_set(c, v);
      else if (name == "profiler") wasmtime_config_profiler_set(c, v);
      else return Usage(name.c_str());
    } else if (op == "flag_enable" && need(1)) {
      wasmtime_config_cranelift_flag_enable(c, argv[++i]);
    } else if (op == "flag_set" && need(2)) {
      const char* k = argv[++i];
      wasmtime_config_cranelift_flag_set(c, k, argv[++i]);
    } else if (op == "target" && need(1)) {
      if (wasmtime_error_t* e = wasmtime_config_target_set(c, argv[++i])) wasmtime_error_delete(e);
    } else if (op == "cache" && need(1)) {
      if (wasmtime_error_t* e = wasmtime_config_cache_config_load(c, argv[++i])) wasmtime_error_delete(e);
    } else if (op == "cache_default") {
      if (wasmtime_error_t* e = wasmtime_config_cache_config_load(c, nullptr)) wasmtime_error_delete(e);
    } else {
      return Usage(op.c_str());
    }
  }
  wasm_engine_t* e = wasm_engine_new_with_config(c);  // aborts here when invalid
  wasm_engine_delete(e);
  return 0;
}
