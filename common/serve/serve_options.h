#pragma once
// rostra-serve's settings as plain values, with the limits that keep one server safe.

#include <cstddef>
#include <string>

namespace rostra {

/// What rostra-serve serves, where, and within which bounds.
struct ServeOptions {
  std::string db_path;
  std::string outlets_path;   ///< Empty: default_outlets_path(), if it exists.
  std::string speakers_path;  ///< Empty: default_speakers_path(), if it exists.
  std::string host = "127.0.0.1";
  int port = 8080;                      ///< 0: any free port (see HttpServer::bind).
  bool allow_remote = false;            ///< Needed to listen on an address other than loopback.
  std::size_t threads = 64;             ///< Worker threads: connections served at once (a
                                        ///< keep-alive client holds its worker between requests).
  std::size_t searches = 0;             ///< Requests worked on at once, the others wait in
                                        ///< arrival order; 0: one per core.
  std::size_t max_queued = 64;          ///< Accepted connections waiting for a worker; more wait in
                                        ///< the kernel's backlog (the accept loop stops).
  unsigned search_timeout_ms = 3000;    ///< A search running longer is cut off (503).
  unsigned read_timeout_s = 5;          ///< Per read of a request (slow clients).
  unsigned write_timeout_s = 5;         ///< Per write of a response.
  unsigned keep_alive_timeout_s = 5;    ///< Idle time between requests of a connection.
  std::size_t keep_alive_max = 100;     ///< Requests per connection.
  std::size_t max_body_bytes = 0;       ///< Request bodies: none (no endpoint takes one).
  std::size_t max_export_rows = 10000;  ///< Rows of one CSV or JSON Lines export.
};

/// `options.searches`, or the number of cores when it is 0 (at least 1).
std::size_t concurrent_searches(const ServeOptions& options);

/// Whether `host` is a loopback address ("127.x.x.x", "::1", "localhost").
bool is_loopback_host(const std::string& host);

}  // namespace rostra
