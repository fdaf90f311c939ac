#pragma once
// rostra-serve's HTTP side, on cpp-httplib: the JSON API under /api/v1/, the built-in
// search page, and the limits that keep a server safe (see docs/SERVER.md).

#include <memory>
#include <string>

#include "common/serve/serve_options.h"

namespace rostra {

class Api;
class ConnectionServer;

/// Security headers every answer carries: a Content-Security-Policy that allows only
/// same-origin scripts, styles and fetches (no inline script), no framing, no sniffing.
inline constexpr const char* kContentSecurityPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// An HTTP server over one index. Only GET and HEAD are answered (no endpoint writes);
/// a request with a body is refused (413) before the body is read; the request line is
/// at most 8 KiB (414) and each header line 8 KiB (400), limits of cpp-httplib 0.11.
class HttpServer {
 public:
  /// Opens the index (through Api). Throws UsageError when `options.host` is not a
  /// loopback address and `options.allow_remote` is false; InputError, DatabaseError.
  explicit HttpServer(const ServeOptions& options);
  ~HttpServer();

  /// Binds the listening socket; returns the port (the chosen one when options.port is
  /// 0). Throws UsageError when the address cannot be bound.
  int bind();

  /// Serves until stop() is called (from another thread or a signal handler's thread).
  /// REQUIRES: bind() succeeded.
  void run();

  /// Stops run(): it returns once the requests in progress are answered. Thread-safe.
  void stop();

 private:
  void add_routes();

  ServeOptions options_;
  std::unique_ptr<Api> api_;
  std::unique_ptr<ConnectionServer> server_;
};

}  // namespace rostra
