// The addon's side of the configuration probe: one long-lived child process,
// started on first use and again after an invalid configuration ended it.
#include "config_probe_client.h"

#include <dlfcn.h>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <unordered_map>

extern char** environ;

namespace wt {
namespace {

std::string ProbePath() {
  Dl_info di;
  if (!dladdr(reinterpret_cast<void*>(&ProbePath), &di) || !di.dli_fname) return "";
  std::string p = di.dli_fname;
  size_t slash = p.rfind('/');
  return (slash == std::string::npos ? std::string(".") : p.substr(0, slash)) + "/wasmtime_config_probe";
}

// The probe process (native/probe/config_probe.cc): started on first use, and
// again after an invalid configuration ended it. One per process, shared by
// every thread under `mu`.
struct ProbeProcess {
  pid_t pid = -1;
  int to = -1;      // its stdin (a socket, so a write to a dead process fails with EPIPE, not SIGPIPE)
  int from = -1;    // its stdout
  int errors = -1;  // its stderr
};

// Starts `p`; returns "" or why it could not be started.
std::string StartProbe(ProbeProcess* p) {
  std::string path = ProbePath();
  int in[2] = {-1, -1}, out[2] = {-1, -1}, err[2] = {-1, -1};
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, in) != 0 || pipe2(out, O_CLOEXEC) != 0 ||
      pipe2(err, O_CLOEXEC) != 0) {
    for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]}) if (fd >= 0) close(fd);
    return "could not create pipes for " + path + ": " + std::strerror(errno);
  }
  std::vector<std::string> envs;
  for (char** e = environ; *e; e++) {
    if (std::strncmp(*e, "RUST_BACKTRACE=", 15) != 0) envs.push_back(*e);
  }
  envs.push_back("RUST_BACKTRACE=0");  // the message alone, no backtrace to cut off
  std::vector<char*> envp;
  for (auto& e : envs) envp.push_back(&e[0]);
  envp.push_back(nullptr);
  char* argv[] = {&path[0], nullptr};
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, in[1], 0);
  posix_spawn_file_actions_adddup2(&fa, out[1], 1);
  posix_spawn_file_actions_adddup2(&fa, err[1], 2);
  int rc = posix_spawn(&p->pid, path.c_str(), &fa, nullptr, argv, envp.data());
  posix_spawn_file_actions_destroy(&fa);
  close(in[1]);
  close(out[1]);
  close(err[1]);
  if (rc != 0) {
    close(in[0]);
    close(out[0]);
    close(err[0]);
    p->pid = -1;
    return "could not run " + path + " to validate the configuration: " + std::strerror(rc);
  }
  p->to = in[0];
  p->from = out[0];
  p->errors = err[0];
  return "";
}

// Closes `p`'s pipes and reaps it (it ends on end of input, if still running).
void StopProbe(ProbeProcess* p) {
  for (int fd : {p->to, p->from, p->errors}) close(fd);
  while (waitpid(p->pid, nullptr, 0) < 0 && errno == EINTR) {}
  *p = ProbeProcess{};
}

bool SendAll(int fd, const std::string& data) {
  for (size_t done = 0; done < data.size();) {
    ssize_t n = send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += n;
  }
  return true;
}

// Reads up to `limit` bytes, stopping early at end of input or after the byte
// `stop`. Reads one byte at a time when there is a `stop`, so that nothing
// after it is consumed.
std::string ReadUntil(int fd, size_t limit, int stop = -1) {
  std::string out;
  char buf[4096];
  while (out.size() < limit) {
    size_t want = stop < 0 ? std::min(sizeof buf, limit - out.size()) : 1;
    ssize_t n = read(fd, buf, want);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, n);
    if (stop >= 0 && buf[0] == stop) break;
  }
  return out;
}

// Discards what the process has written to stderr so far, without waiting,
// so that a chatty probe can never fill the pipe and block.
void DrainNow(int fd) {
  char buf[4096];
  pollfd pfd{fd, POLLIN, 0};
  while (poll(&pfd, 1, 0) > 0 && (pfd.revents & POLLIN) && read(fd, buf, sizeof buf) > 0) {}
}

// Wasmtime's own words from the probe's stderr after a failed engine creation.
std::string PanicMessage(const std::string& err) {
  const char* marker = "`Err` value: ";
  size_t at = err.find(marker);
  std::string result = err;
  if (at != std::string::npos) {
    result = err.substr(at + std::strlen(marker));
    result = result.substr(0, result.find("\nstack backtrace"));
    result = result.substr(0, result.find("\nnote: "));
  }
  while (!result.empty() && (result.back() == '\n' || result.back() == ' ')) result.pop_back();
  return result.empty() ? "engine creation failed" : result;
}

std::string Request(const std::vector<std::string>& ops) {
  std::string r;
  auto u32 = [&r](uint32_t v) { for (int i = 0; i < 4; i++) r.push_back(static_cast<char>((v >> (8 * i)) & 0xff)); };
  u32(static_cast<uint32_t>(ops.size()));
  for (const auto& s : ops) {
    u32(static_cast<uint32_t>(s.size()));
    r += s;
  }
  return r;
}

}  // namespace

std::string ProbeConfiguration(const std::vector<std::string>& ops) {
  static std::mutex mu;
  static std::unordered_map<std::string, std::string> verdicts;
  static ProbeProcess probe;
  std::string request = Request(ops);
  std::lock_guard<std::mutex> lock(mu);
  auto it = verdicts.find(request);
  if (it != verdicts.end()) return it->second;

  std::string verdict;
  for (int attempt = 0;; attempt++) {
    if (probe.pid < 0) {
      std::string why = StartProbe(&probe);
      if (!why.empty()) return why;  // not remembered: the next call tries again
    }
    bool sent = SendAll(probe.to, request);
    std::string reply = sent ? ReadUntil(probe.from, 1) : "";
    if (reply == "y") {
      DrainNow(probe.errors);
      verdict = "";
      break;
    }
    if (reply == "u") {
      verdict = "internal error: the configuration probe refused the request: " + ReadUntil(probe.from, 4096, '\n');
      break;
    }
    // The process ended. Either this configuration ended it, with Wasmtime's
    // panic on stderr, or it was gone already (then one fresh try).
    std::string err = ReadUntil(probe.errors, 65536);
    StopProbe(&probe);
    if (err.empty() && attempt == 0) continue;
    verdict = PanicMessage(err);
    break;
  }
  verdicts.emplace(request, verdict);
  return verdict;
}


}  // namespace wt
