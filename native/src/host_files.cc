#include "host_files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace wt {
namespace {

const char* Refused(mode_t mode) {
  if (S_ISDIR(mode)) return "it is a directory";
  if (S_ISFIFO(mode)) return "it is a FIFO (opening or using it could block forever)";
  if (S_ISSOCK(mode)) return "it is a socket";
  if (!S_ISREG(mode) && !S_ISCHR(mode)) return "it is not a regular file or a character device";
  return nullptr;
}

}  // namespace

std::string SetStdioFile(wasi_config_t* config, const std::string& path, StdioRole role,
                         bool (*set)(wasi_config_t*, const char*)) {
  struct stat st;
  if (stat(path.c_str(), &st) == 0) {
    if (const char* why = Refused(st.st_mode)) return why;
  } else if (errno != ENOENT || role == StdioRole::In) {
    return std::strerror(errno);
  }
  int flags = O_CLOEXEC | O_NONBLOCK | (role == StdioRole::In ? O_RDONLY : O_WRONLY | O_CREAT);
  int fd = open(path.c_str(), flags, 0666);
  if (fd < 0) return std::strerror(errno);
  std::string why;
  if (fstat(fd, &st) != 0) why = std::strerror(errno);
  else if (const char* refused = Refused(st.st_mode)) why = refused;
  else if (!set(config, ("/proc/self/fd/" + std::to_string(fd)).c_str())) why = "Wasmtime could not open it";
  close(fd);
  return why;
}

}  // namespace wt
