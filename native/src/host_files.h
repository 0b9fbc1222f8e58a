// Host files given to WASI as stdin, stdout or stderr. Wasmtime opens them
// by path, blocking: opening a FIFO (or a socket) could wait forever for the
// other end, so the binding only accepts regular files and character devices
// (such as /dev/null), plus, for output, a path that does not exist yet
// (Wasmtime creates it). It opens the file itself without blocking, checks
// what it is, and hands Wasmtime that very file (/proc/self/fd/N), so the
// path cannot be swapped for a FIFO in between.
#pragma once

#include <string>

#include "wasmtime_async_wasi_api.h"

namespace wt {

enum class StdioRole { In, Out };

// Calls `set(config, path')` with the checked file; returns "" or why the
// file cannot be used (its type, or the open's error).
std::string SetStdioFile(wasi_config_t* config, const std::string& path, StdioRole role,
                         bool (*set)(wasi_config_t*, const char*));

}  // namespace wt
