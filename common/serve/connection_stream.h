#pragma once
// One keep-alive connection of rostra-serve as cpp-httplib's Stream: reads buffered, and
// a response written whole in one send.

#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

namespace rostra {

/// Timeouts of one connection, each for one wait on the socket.
struct ConnectionTimeouts {
  std::chrono::milliseconds read;        ///< For more of a request that has begun.
  std::chrono::milliseconds write;       ///< For the client to take more of an answer.
  std::chrono::milliseconds keep_alive;  ///< For the next request.
};

/// The Stream cpp-httplib's Server::process_request reads a request from and writes its
/// answer to, kept for the whole connection (cpp-httplib 0.11 makes a SocketStream per
/// request). What it changes, each measured (benchmarks/NOTES.md, "What HTTP adds"):
///   - writes are gathered and sent by flush(), so an answer's headers and body leave in
///     one send (cpp-httplib sends them apart: two trips through loopback's TCP stack
///     and, often, two wake-ups of the client); more than kFlushBytes is sent at once, so
///     a streamed export is sent as it is made, in bounded memory;
///   - a read tries the socket before waiting on it (cpp-httplib polls first), and
///     pending output is sent before any wait, so a client is never left waiting on an
///     answer held here (an interim "100 Continue" included);
///   - wait_for_request() sleeps in poll until the next request, the keep-alive timeout
///     or `wake_fd` (cpp-httplib polls every 10 ms and sleeps 1 ms between polls, which
///     delays a request that arrives during the sleep);
///   - the peer's and local addresses are read once, not per request.
/// Every wait is bounded by its timeout, so a slow or silent client holds a worker at
/// most that long per wait. Sends use MSG_NOSIGNAL: a client gone mid-answer is a
/// failed write, not a SIGPIPE. Not thread-safe: one per connection, on its worker.
class ConnectionStream : public httplib::Stream {
 public:
  /// Output gathered before it is sent without waiting for the answer's end.
  static constexpr std::size_t kFlushBytes = 64 * 1024;

  /// `sock`: a connected socket, owned by the caller. `wake_fd`: a descriptor that
  /// becomes readable when waiting connections should end (the server stops).
  ConnectionStream(int sock, int wake_fd, const ConnectionTimeouts& timeouts);

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, std::size_t size) override;
  ssize_t write(const char* ptr, std::size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  int socket() const override { return sock_; }

  /// Sends what is gathered. Returns false when the client is gone or did not take the
  /// output within the write timeout (the connection is then unusable).
  bool flush();

  /// Waits for the next request: true when its first bytes are here, false on the
  /// keep-alive timeout, the peer closing, or `wake_fd`.
  bool wait_for_request();

 private:
  // Waits up to `timeout` for `events` on the socket (and for wake_fd when `wakeable`);
  // true when the socket is ready.
  bool wait(short events, std::chrono::milliseconds timeout, bool wakeable) const;

  // Reads what the socket has into in_, waiting (after sending pending output) when it
  // has nothing: as recv, > 0 bytes, 0 when the peer closed, -1 on an error or timeout.
  ssize_t fill();

  int sock_;
  int wake_fd_;
  ConnectionTimeouts timeouts_;
  std::vector<char> in_;
  std::size_t in_at_ = 0, in_end_ = 0;  ///< What in_ holds not yet read.
  std::string out_;
  bool failed_ = false;  ///< A send failed: nothing more is written.
  std::string remote_ip_, local_ip_;
  int remote_port_ = 0, local_port_ = 0;
};

}  // namespace rostra
