#pragma once
// A real rostra-serve HTTP server on 127.0.0.1 (a free port) over the sample corpus plus
// the hostile fixture, started once per test suite.

#include <gtest/gtest.h>
#include <httplib.h>

#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "common/serve/http_server.h"
#include "tests/support/index_fixture.h"
#include "tests/support/program_runner.h"

namespace rostra::testing {

/// Indexes corpus/sample, tests/fixtures/hostile and tests/fixtures/brief with the real
/// rostra-index into a temporary directory and serves it from a thread of this process.
class ServedIndex {
 public:
  /// `search_timeout_ms`: the server's search deadline.
  explicit ServedIndex(unsigned search_timeout_ms = 3000, bool hostile = true) {
    const std::filesystem::path source = ROSTRA_SOURCE_DIR;
    db_ = (dir_.path() / "db").string();
    std::vector<std::string> args = {"--db", db_, "--quiet",
                                     (source / "corpus" / "sample").string()};
    if (hostile) {
      args.push_back((source / "tests" / "fixtures" / "hostile").string());
      args.push_back((source / "tests" / "fixtures" / "brief").string());
    }
    ProgramResult indexed = run_program(ROSTRA_INDEX_BIN, args);
    if (indexed.exit_status != 0) throw std::runtime_error("indexing failed: " + indexed.err);
    ServeOptions options;
    options.db_path = db_;
    // The table rostra-serve reads by default, as the indexer did.
    options.speakers_path = (source / "corpus" / "speakers.tsv").string();
    options.port = 0;
    options.threads = 4;
    options.search_timeout_ms = search_timeout_ms;
    server_ = std::make_unique<HttpServer>(options);
    port_ = server_->bind();
    thread_ = std::thread([this] { server_->run(); });
  }
  ~ServedIndex() {
    server_->stop();
    thread_.join();
  }

  int port() const { return port_; }
  const std::string& db() const { return db_; }
  std::string url(const std::string& path = "/") const {
    return "http://127.0.0.1:" + std::to_string(port_) + path;
  }
  /// A client of this server, with short timeouts so that a hung server fails the test.
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_connection_timeout(5);
    c.set_read_timeout(10);
    return c;
  }

 private:
  TempDir dir_;
  std::string db_;
  std::unique_ptr<HttpServer> server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace rostra::testing
