// lifeline_hold(fd): the process dies when `fd`, the read end of a pipe whose
// write end another process holds, reaches end of file -- that is, when the
// other process is gone, however it ended (harness/run/lifeline.ts). A thread
// of the addon's own waits on it, so a JS thread spinning in a synchronous
// loop does not keep it from acting, and no worker isolate has to start.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

#include "common.h"

namespace wt {
namespace {

std::atomic<bool> held{false};  // one lifeline per process

void Watch(int fd) {
  char buf[256];
  for (;;) {
    // poll first: the fd may be non-blocking, where a bare read would spin.
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, -1) < 0) {
      if (errno == EINTR) continue;
      break;
    }
    if (p.revents & POLLNVAL) break;  // closed under us: the lifeline is lost too
    ssize_t n = read(fd, buf, sizeof buf);
    if (n > 0 || (n < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK))) continue;
    break;  // end of file, or an error: the other end is gone
  }
  kill(getpid(), SIGKILL);
}

Napi::Value LifelineHold(const Napi::CallbackInfo& info) {
  const char* fn = "lifeline_hold";
  Napi::Env env = info.Env();
  CheckArgc(info, 1, fn);
  int fd = ArgInt(info, 0, fn);
  if (fd < 0) ThrowRange(env, std::string(fn) + ": fd must be >= 0, got " + std::to_string(fd));
  // What would end the process at once (a closed fd, a file at its end, a
  // write end) is refused rather than taken for the other end's going.
  struct stat st;
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0 || fstat(fd, &st) != 0) ThrowError(env, std::string(fn) + ": fd " + std::to_string(fd) + " is not open");
  if (!S_ISFIFO(st.st_mode) && !S_ISSOCK(st.st_mode)) {
    ThrowError(env, std::string(fn) + ": fd " + std::to_string(fd) + " is not a pipe or a socket");
  }
  if ((flags & O_ACCMODE) == O_WRONLY) {
    ThrowError(env, std::string(fn) + ": fd " + std::to_string(fd) + " is not open for reading");
  }
  if (held.exchange(true)) ThrowError(env, std::string(fn) + ": this process already holds a lifeline");
  try {
    std::thread(Watch, fd).detach();
  } catch (const std::system_error& e) {
    held = false;
    ThrowError(env, std::string(fn) + ": could not start its thread: " + e.what());
  }
  return env.Undefined();
}

}  // namespace

void InitLifeline(Napi::Env env, Napi::Object exports) {
  Export(env, exports, "lifeline_hold", LifelineHold);
}

}  // namespace wt
