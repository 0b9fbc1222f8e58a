// Asks the configuration probe (native/probe/config_probe.cc, a child
// process) whether Wasmtime can build an engine from a configuration. The C
// API's wasm_engine_new_with_config aborts the whole process on an invalid
// one, so the addon never hands it a configuration the probe has not built.
#pragma once

#include <string>
#include <vector>

namespace wt {

// `ops` is every setter call made on the config, in the probe's request
// format (see config_probe.cc). Returns "" when an engine can be created,
// else the reason (Wasmtime's own words when it refused). Thread-safe;
// verdicts are remembered for the life of the process.
std::string ProbeConfiguration(const std::vector<std::string>& ops);

}  // namespace wt
