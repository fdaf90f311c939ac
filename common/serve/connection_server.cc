#include "common/serve/connection_server.h"

#include <sys/eventfd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <system_error>

#include "common/serve/connection_stream.h"

namespace rostra {
namespace {

std::chrono::milliseconds to_ms(time_t seconds, time_t microseconds) {
  return std::chrono::milliseconds(seconds * 1000 + microseconds / 1000);
}

// Leaves gzip the only encoding a request accepts. Debian's cpp-httplib compresses with
// brotli at its default quality (11) whenever a client accepts br (curl --compressed
// does): 27 ms of CPU and 170 ms under load for the page's 23 KB app.js, against 0.5 ms
// with gzip (benchmarks/NOTES.md) -- and any client could make the server spend that.
void accept_gzip_only(httplib::Request& req) {
  bool gzip = false;
  for (auto [it, end] = req.headers.equal_range("Accept-Encoding"); it != end;) {
    gzip = gzip || it->second.find("gzip") != std::string::npos;
    it = req.headers.erase(it);
  }
  if (gzip) req.headers.emplace("Accept-Encoding", "gzip");
}

}  // namespace

ConnectionServer::ConnectionServer() : wake_fd_(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {
  if (wake_fd_ < 0) throw std::system_error(errno, std::generic_category(), "eventfd");
}

ConnectionServer::~ConnectionServer() {
  ::close(wake_fd_);
}

void ConnectionServer::wake_idle_connections() {
  const std::uint64_t one = 1;
  // Never read back: the eventfd stays readable, so every later wait ends too.
  [[maybe_unused]] const ssize_t written = ::write(wake_fd_, &one, sizeof one);
}

bool ConnectionServer::process_and_close_socket(int sock) {
  const ConnectionTimeouts timeouts{to_ms(read_timeout_sec_, read_timeout_usec_),
                                    to_ms(write_timeout_sec_, write_timeout_usec_),
                                    std::chrono::seconds(keep_alive_timeout_sec_)};
  ConnectionStream stream(sock, wake_fd_, timeouts);
  bool ok = false;
  for (std::size_t left = keep_alive_max_count_;
       left > 0 && svr_sock_ != INVALID_SOCKET && stream.wait_for_request(); --left) {
    bool closed = false;
    const bool answered = process_request(stream, left == 1, closed, accept_gzip_only);
    ok = stream.flush() && answered;
    if (!ok || closed) break;
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

}  // namespace rostra
