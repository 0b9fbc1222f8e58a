// wasmtime_config_probe: tells the addon whether a configuration is valid.
// The C API's wasm_engine_new_with_config aborts the whole process (a Rust
// panic on unwrap) when a configuration is invalid, so the addon asks this
// helper first. It runs as a long-lived child process of the addon: for each
// request on stdin it replays the recorded setter calls on a fresh config,
// creates an engine and answers `y` on stdout. An invalid configuration ends
// the process, with Wasmtime's message on stderr; the addon starts a new one
// for its next request. End of input ends the process.
//
// A request is a u32 count, then that many strings, each a u32 length and its
// bytes (all little-endian). The strings are a flat list of operations:
//   bool NAME 0|1 / u64 NAME N / u8 NAME N / flag_enable KEY / flag_set KEY VALUE
//   target TRIPLE / cache PATH / cache_default / host_stack
// A request it cannot read is answered `u` and a line saying why.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "host_stack.h"
#include "wasmtime_api.h"

namespace {
struct BoolSetter { const char* name; void (*fn)(wasm_config_t*, bool); };
struct U64Setter { const char* name; void (*fn)(wasm_config_t*, uint64_t); };
#define WT_ROW(name) {#name, wasmtime_config_##name##_set},
const BoolSetter kBool[] = {WT_BOOL_SETTERS(WT_ROW)};
const U64Setter kU64[] = {WT_U64_SETTERS(WT_ROW)};
#undef WT_ROW

// Replays `ops` on `c`; returns "" or the operation it does not know.
std::string Apply(wasm_config_t* c, const std::vector<std::string>& ops) {
  for (size_t i = 0; i < ops.size(); i++) {
    const std::string& op = ops[i];
    auto need = [&](size_t n) { return i + n < ops.size(); };
    if (op == "bool" && need(2)) {
      const std::string& name = ops[++i];
      bool v = ops[++i] == "1";
      bool found = false;
      for (const auto& s : kBool) if (name == s.name) { s.fn(c, v); found = true; }
      if (!found) return name;
    } else if (op == "u64" && need(2)) {
      const std::string& name = ops[++i];
      uint64_t v = std::strtoull(ops[++i].c_str(), nullptr, 10);
      bool found = false;
      for (const auto& s : kU64) if (name == s.name) { s.fn(c, v); found = true; }
      if (!found) return name;
    } else if (op == "u8" && need(2)) {
      const std::string& name = ops[++i];
      uint8_t v = (uint8_t)std::atoi(ops[++i].c_str());
      if (name == "strategy") wasmtime_config_strategy_set(c, v);
      else if (name == "cranelift_opt_level") wasmtime_config_cranelift_opt_level_set(c, v);
      else if (name == "profiler") wasmtime_config_profiler_set(c, v);
      else return name;
    } else if (op == "flag_enable" && need(1)) {
      wasmtime_config_cranelift_flag_enable(c, ops[++i].c_str());
    } else if (op == "flag_set" && need(2)) {
      const std::string& k = ops[++i];
      wasmtime_config_cranelift_flag_set(c, k.c_str(), ops[++i].c_str());
    } else if (op == "target" && need(1)) {
      if (wasmtime_error_t* e = wasmtime_config_target_set(c, ops[++i].c_str())) wasmtime_error_delete(e);
    } else if (op == "cache" && need(1)) {
      if (wasmtime_error_t* e = wasmtime_config_cache_config_load(c, ops[++i].c_str())) wasmtime_error_delete(e);
    } else if (op == "cache_default") {
      if (wasmtime_error_t* e = wasmtime_config_cache_config_load(c, nullptr)) wasmtime_error_delete(e);
    } else if (op == "host_stack") {
      wt::SetHostStackCreator(c);
    } else {
      return op;
    }
  }
  return "";
}

bool ReadU32(uint32_t* v) {
  unsigned char b[4];
  if (std::fread(b, 1, 4, stdin) != 4) return false;
  *v = b[0] | (b[1] << 8) | (b[2] << 16) | ((uint32_t)b[3] << 24);
  return true;
}

// Reads one request; false at end of input (or a truncated request).
bool ReadRequest(std::vector<std::string>* ops) {
  uint32_t count;
  if (!ReadU32(&count)) return false;
  ops->clear();
  for (uint32_t i = 0; i < count; i++) {
    uint32_t len;
    if (!ReadU32(&len) || len > (1u << 20)) return false;
    std::string s(len, '\0');
    if (len && std::fread(&s[0], 1, len, stdin) != len) return false;
    ops->push_back(std::move(s));
  }
  return true;
}
}  // namespace

int main() {
  std::vector<std::string> ops;
  while (ReadRequest(&ops)) {
    wasm_config_t* c = wasm_config_new();
    std::string unknown = Apply(c, ops);
    if (!unknown.empty()) {
      wasm_config_delete(c);
      std::printf("uunknown operation %s\n", unknown.c_str());
    } else {
      wasm_engine_t* e = wasm_engine_new_with_config(c);  // aborts here when invalid; takes `c`
      wasm_engine_delete(e);
      std::fputc('y', stdout);
    }
    std::fflush(stdout);
  }
  return 0;
}
