#pragma once
// cpp-httplib's Server with rostra-serve's own loop over a keep-alive connection.

#include <httplib.h>

namespace rostra {

/// cpp-httplib's Server, whose requests are read and answered as before (its parsing,
/// limits, routing and handlers), over a ConnectionStream kept for the connection: an
/// answer leaves in one send, and the wait for the next request is one poll (see
/// connection_stream.h for what each saves). At most keep_alive_max_count requests are
/// served on a connection (the last answer says "Connection: close"), and each wait is
/// bounded by the read, write or keep-alive timeout set on the Server. A request's
/// Accept-Encoding is narrowed to gzip: cpp-httplib's brotli runs at quality 11, tens of
/// milliseconds of CPU for an answer of a few KB.
/// Thread-safe as httplib::Server; wake_idle_connections() may be called from any thread.
class ConnectionServer : public httplib::Server {
 public:
  /// Throws std::system_error when no eventfd can be made.
  ConnectionServer();
  ~ConnectionServer() override;

  /// Ends every connection waiting for its next request, now and later (a request being
  /// answered is answered first). For stop(): without it, a stopping server waits for
  /// each idle keep-alive connection's timeout.
  /// One-shot: the signal is never cleared, so a server woken is not listened on again.
  void wake_idle_connections();

 private:
  bool process_and_close_socket(int sock) override;

  int wake_fd_;  ///< An eventfd, readable once wake_idle_connections() is called.
};

}  // namespace rostra
