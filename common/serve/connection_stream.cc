#include "common/serve/connection_stream.h"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

namespace rostra {
namespace {

// The numeric address and port of a socket's peer (`peer`) or its own end, as cpp-httplib
// gives them (getnameinfo's numeric host); empty and 0 when there is none (AF_UNIX).
void socket_address(int sock, bool peer, std::string& ip, int& port) {
  sockaddr_storage addr{};
  socklen_t length = sizeof addr;
  auto* any = reinterpret_cast<sockaddr*>(&addr);
  if ((peer ? ::getpeername(sock, any, &length) : ::getsockname(sock, any, &length)) != 0) return;
  if (addr.ss_family == AF_INET) {
    port = ntohs(reinterpret_cast<const sockaddr_in*>(&addr)->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    port = ntohs(reinterpret_cast<const sockaddr_in6*>(&addr)->sin6_port);
  } else {
    return;
  }
  char host[NI_MAXHOST];
  if (::getnameinfo(any, length, host, sizeof host, nullptr, 0, NI_NUMERICHOST) == 0) ip = host;
}

}  // namespace

ConnectionStream::ConnectionStream(int sock, int wake_fd, const ConnectionTimeouts& timeouts)
    : sock_(sock), wake_fd_(wake_fd), timeouts_(timeouts), in_(16 * 1024) {
  socket_address(sock_, true, remote_ip_, remote_port_);
  socket_address(sock_, false, local_ip_, local_port_);
}

bool ConnectionStream::wait(short events, std::chrono::milliseconds timeout, bool wakeable) const {
  pollfd fds[2] = {{sock_, events, 0}, {wake_fd_, POLLIN, 0}};
  for (;;) {
    // Clamped: a negative poll timeout (a timeout past INT_MAX ms) would wait for ever.
    const auto ms = std::clamp<std::chrono::milliseconds::rep>(timeout.count(), 0, INT_MAX);
    const int ready = ::poll(fds, wakeable ? 2 : 1, static_cast<int>(ms));
    if (ready < 0 && errno == EINTR) continue;
    if (ready <= 0) return false;
    if (wakeable && (fds[1].revents & POLLIN)) return false;
    // An error or hang-up counts as ready: the recv or send that follows reports it.
    return fds[0].revents != 0;
  }
}

bool ConnectionStream::is_readable() const {
  return in_at_ < in_end_ || wait(POLLIN, timeouts_.read, false);
}

bool ConnectionStream::is_writable() const {
  if (failed_) return false;
  // As cpp-httplib's SocketStream: a peer that has closed its end is gone (a streamed
  // export stops); one that sent more (a pipelined request) is still there.
  if (in_at_ < in_end_ || !wait(POLLIN, std::chrono::milliseconds(0), false)) return true;
  char byte;
  return ::recv(sock_, &byte, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
}

ssize_t ConnectionStream::fill() {
  for (;;) {
    const ssize_t got = ::recv(sock_, in_.data(), in_.size(), MSG_DONTWAIT);
    if (got >= 0) {
      in_at_ = 0;
      in_end_ = static_cast<std::size_t>(got);
      return got;
    }
    if (errno == EINTR) continue;
    if (errno != EAGAIN) return -1;  // EWOULDBLOCK is EAGAIN on Linux
    if (!flush() || !wait(POLLIN, timeouts_.read, false)) return -1;
  }
}

ssize_t ConnectionStream::read(char* ptr, std::size_t size) {
  if (in_at_ == in_end_) {
    const ssize_t got = fill();
    if (got <= 0) return got;
  }
  const std::size_t n = std::min(size, in_end_ - in_at_);
  std::memcpy(ptr, in_.data() + in_at_, n);
  in_at_ += n;
  return static_cast<ssize_t>(n);
}

ssize_t ConnectionStream::write(const char* ptr, std::size_t size) {
  if (failed_) return -1;
  out_.append(ptr, size);
  if (out_.size() >= kFlushBytes && !flush()) return -1;
  return static_cast<ssize_t>(size);
}

bool ConnectionStream::flush() {
  std::size_t sent = 0;
  while (!failed_ && sent < out_.size()) {
    const ssize_t n =
        ::send(sock_, out_.data() + sent, out_.size() - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n >= 0) {
      sent += static_cast<std::size_t>(n);
    } else if (errno != EINTR && !(errno == EAGAIN && wait(POLLOUT, timeouts_.write, false))) {
      failed_ = true;
    }
  }
  out_.clear();
  return !failed_;
}

bool ConnectionStream::wait_for_request() {
  if (in_at_ < in_end_) return true;
  return flush() && wait(POLLIN, timeouts_.keep_alive, true);
}

void ConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  ip = remote_ip_;
  port = remote_port_;
}

void ConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const {
  ip = local_ip_;
  port = local_port_;
}

}  // namespace rostra
