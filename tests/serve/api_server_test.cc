// The JSON API over real HTTP: a server on 127.0.0.1 over the sample corpus and the
// hostile fixture, asked as a client would.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <simdjson.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <set>
#include <sstream>
#include <string>

#include "common/base/errors.h"
#include "tests/serve/serve_fixture.h"

namespace rostra {
namespace {

// A JSON string's text.
std::string text(simdjson::dom::element e) {
  return std::string(std::string_view(e));
}

class ApiServer : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { served_ = new testing::ServedIndex(); }
  static void TearDownTestSuite() {
    delete served_;
    served_ = nullptr;
  }

  // GET `path`; fails the test when the server does not answer.
  static httplib::Result get(const std::string& path) {
    httplib::Client client = served_->client();
    httplib::Result result = client.Get(path.c_str());
    EXPECT_TRUE(result) << path << ": " << httplib::to_string(result.error());
    return result;
  }

  // A new connection to the server with `raw` sent on it; -1 when it cannot connect.
  static int raw_connection(const std::string& raw) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(static_cast<std::uint16_t>(served_->port()));
    inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
      close(fd);
      return -1;
    }
    timeval timeout{10, 0};  // a server that does not answer fails the test, not hangs it
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    std::size_t sent = 0;
    while (sent < raw.size()) {
      ssize_t n = send(fd, raw.data() + sent, raw.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) break;
      sent += static_cast<std::size_t>(n);
    }
    return fd;
  }

  // Sends `raw` bytes on a new connection and returns the status line's code.
  static int raw_status(const std::string& raw) {
    const int fd = raw_connection(raw);
    if (fd < 0) return -1;
    char buffer[64] = {};
    ssize_t n = recv(fd, buffer, sizeof buffer - 1, 0);
    close(fd);
    if (n < 12) return -1;
    return std::atoi(buffer + 9);
  }

  // Sends `raw` bytes on a new connection and returns all the server sent back until it
  // closed the connection.
  static std::string raw_exchange(const std::string& raw) {
    const int fd = raw_connection(raw);
    std::string answer;
    char buffer[4096];
    for (ssize_t n; fd >= 0 && (n = recv(fd, buffer, sizeof buffer, 0)) > 0;) {
      answer.append(buffer, static_cast<std::size_t>(n));
    }
    if (fd >= 0) close(fd);
    return answer;
  }

  static testing::ServedIndex* served_;
  simdjson::dom::parser parser_;
};

testing::ServedIndex* ApiServer::served_ = nullptr;

TEST_F(ApiServer, SearchAnswersHitsWithSnippetRunsAndExactTotal) {
  auto res = get("/api/v1/search?q=tariffs&size=2");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "application/json; charset=utf-8");
  simdjson::dom::element doc = parser_.parse(res->body);
  EXPECT_EQ(uint64_t(doc["total"]), 3u);
  simdjson::dom::array hits = doc["hits"];
  ASSERT_EQ(hits.size(), 2u);
  simdjson::dom::element first = hits.at(0);
  EXPECT_EQ(uint64_t(first["rank"]), 1u);
  EXPECT_FALSE(std::string_view(first["id"]).empty());
  EXPECT_FALSE(std::string_view(first["title"]).empty());
  bool marked = false;
  for (simdjson::dom::element run : simdjson::dom::array(first["snippet"])) {
    if (bool(run["mark"])) marked = true;
  }
  EXPECT_TRUE(marked) << res->body;
  EXPECT_EQ(std::string_view(doc["next_cursor"]), "o2");
}

TEST_F(ApiServer, CursorPagesThroughMoreThanAPageWithoutRepeats) {
  auto first = get("/api/v1/search?q=date:2024..2025&size=5&sort=oldest");
  ASSERT_TRUE(first);
  simdjson::dom::element doc = parser_.parse(first->body);
  const std::uint64_t total = doc["total"];
  ASSERT_GT(total, 15u);
  std::set<std::string> ids;
  std::string previous_date;
  std::string body = first->body;
  for (int page = 0; page < 20; ++page) {
    simdjson::dom::element d = parser_.parse(body);
    for (simdjson::dom::element hit : simdjson::dom::array(d["hits"])) {
      EXPECT_TRUE(ids.insert(text(hit["id"])).second);
      std::string date = text(hit["date"]);
      EXPECT_LE(previous_date, date);
      previous_date = date;
    }
    if (d["next_cursor"].is_null()) break;
    auto next =
        get("/api/v1/search?q=date:2024..2025&size=5&sort=oldest&cursor=" + text(d["next_cursor"]));
    ASSERT_TRUE(next);
    body = next->body;
  }
  EXPECT_EQ(ids.size(), total);
}

TEST_F(ApiServer, MalformedQueryIs400WithTheCommandLinesMessage) {
  auto res = get("/api/v1/search?q=%22third%20world");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 400);
  simdjson::dom::element doc = parser_.parse(res->body);
  EXPECT_EQ(uint64_t(doc["error"]["status"]), 400u);
  // rostra-search prints the same message after "rostra-search: error: ".
  testing::ProgramResult cli =
      testing::run_program(ROSTRA_SEARCH_BIN, {"--db", served_->db(), "\"third world"});
  EXPECT_EQ(cli.exit_status, 2);
  EXPECT_EQ(cli.err, "rostra-search: error: " + text(doc["error"]["message"]) + "\n");
  for (const char* bad :
       {"/api/v1/search?q=a%20AND", "/api/v1/search?q=(a", "/api/v1/search?q=nofield:x",
        "/api/v1/search?q=date:2025-13", "/api/v1/search?q=a&sort=sideways",
        "/api/v1/search?q=a&size=-1", "/api/v1/search?q=a&cursor=zzz",
        "/api/v1/histogram?q=a&interval=fortnight", "/api/v1/search"}) {
    auto r = get(bad);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << bad << " " << r->body;
  }
}

TEST_F(ApiServer, AFilterThatNamesNothingIsSaidSoNotASilentZero) {
  // The command line notes "speaker:Bogus names nothing in the index"; so do the answers.
  testing::ProgramResult cli =
      testing::run_program(ROSTRA_SEARCH_BIN, {"--db", served_->db(), "war speaker:Bogus"});
  const std::string marker = "rostra-search: note: ";
  ASSERT_NE(cli.err.find(marker), std::string::npos) << cli.err;
  std::string note = cli.err.substr(cli.err.find(marker) + marker.size());
  note = note.substr(0, note.find('\n'));
  EXPECT_NE(note.find("names nothing in the index"), std::string::npos) << note;
  for (const char* path :
       {"/api/v1/search?q=war%20speaker:Bogus", "/api/v1/quotes?q=war%20speaker:Bogus",
        "/api/v1/facets?q=war%20speaker:Bogus", "/api/v1/histogram?q=war%20speaker:Bogus"}) {
    auto res = get(path);
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, 200) << path;
    simdjson::dom::element doc = parser_.parse(res->body);
    EXPECT_EQ(uint64_t(doc["total"]), 0u) << path;
    simdjson::dom::array notes = doc["notes"];
    ASSERT_EQ(notes.size(), 1u) << path << " " << res->body;
    EXPECT_EQ(std::string_view(notes.at(0)), note) << path;
  }
  // A query without such a filter says nothing.
  auto plain = get("/api/v1/search?q=war");
  ASSERT_TRUE(plain);
  EXPECT_EQ(simdjson::dom::array(parser_.parse(plain->body)["notes"]).size(), 0u);
}

TEST_F(ApiServer, QuotesFacetsHistogramListingsAndStats) {
  auto quotes = get("/api/v1/quotes?q=war&size=1");
  ASSERT_TRUE(quotes);
  simdjson::dom::element q = simdjson::dom::array(parser_.parse(quotes->body)["quotes"]).at(0);
  EXPECT_FALSE(std::string_view(q["speaker"]).empty());
  EXPECT_FALSE(std::string_view(q["article_id"]).empty());

  auto facets = get("/api/v1/facets?q=tariffs&limit=2");
  ASSERT_TRUE(facets);
  simdjson::dom::element f = parser_.parse(facets->body);
  EXPECT_EQ(simdjson::dom::array(f["outlets"]).size(), 2u);
  EXPECT_EQ(uint64_t(simdjson::dom::array(f["languages"]).at(0)["count"]), 3u);

  auto histogram = get("/api/v1/histogram?q=date:2025&interval=month");
  ASSERT_TRUE(histogram);
  simdjson::dom::element h = parser_.parse(histogram->body);
  std::uint64_t sum = 0;
  for (simdjson::dom::element bucket : simdjson::dom::array(h["buckets"])) {
    sum += uint64_t(bucket["count"]);
    EXPECT_LE(uint64_t(bucket["count"]), uint64_t(bucket["total"]));
  }
  EXPECT_EQ(sum, uint64_t(h["total"]));

  auto speakers = get("/api/v1/speakers?prefix=marta%20q");
  ASSERT_TRUE(speakers);
  EXPECT_EQ(std::string_view(
                simdjson::dom::array(parser_.parse(speakers->body)["speakers"]).at(0)["name"]),
            "Marta Quill");
  // The start of an alias in another script finds the speaker it names ("Волк" of
  // "Волков", Arseny Volkov), as --list-speakers does.
  auto cyrillic = get("/api/v1/speakers?prefix=%D0%92%D0%BE%D0%BB%D0%BA");
  ASSERT_TRUE(cyrillic);
  EXPECT_EQ(std::string_view(
                simdjson::dom::array(parser_.parse(cyrillic->body)["speakers"]).at(0)["name"]),
            "Arseny Volkov")
      << cyrillic->body;
  auto outlets = get("/api/v1/outlets?limit=1");
  ASSERT_TRUE(outlets);
  EXPECT_EQ(simdjson::dom::array(parser_.parse(outlets->body)["outlets"]).size(), 1u);
  auto stats = get("/api/v1/stats");
  ASSERT_TRUE(stats);
  // corpus/sample and the hostile fixture (40), and the brief item of tests/fixtures/brief.
  EXPECT_EQ(uint64_t(parser_.parse(stats->body)["articles"]), 41u);
}

TEST_F(ApiServer, CsvExportStreamsEveryRowUpToSize) {
  auto res = get("/api/v1/search?q=date:2024..2025&format=csv&size=30");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_EQ(res->get_header_value("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_NE(res->get_header_value("Content-Disposition").find("articles.csv"), std::string::npos);
  std::istringstream lines(res->body);
  std::string line;
  std::getline(lines, line);
  EXPECT_EQ(line, "rank,id,date,outlet,title,url,score,snippet\r");
  int rows = 0;
  while (std::getline(lines, line)) rows += line.empty() ? 0 : 1;
  EXPECT_GE(rows, 30);  // a snippet may hold a line break inside its quotes
  auto jsonl = get("/api/v1/quotes?q=we&format=jsonl&size=7");
  ASSERT_TRUE(jsonl);
  std::istringstream objects(jsonl->body);
  int count = 0;
  while (std::getline(objects, line)) {
    simdjson::dom::element o = parser_.parse(line);
    EXPECT_EQ(uint64_t(o["rank"]), static_cast<std::uint64_t>(++count));
  }
  EXPECT_EQ(count, 7);
}

TEST_F(ApiServer, ArticleViewMarksQuotesAndEscapesNothingAway) {
  // An article's id is its URL when it has one (else the id given, else a content hash).
  auto res = get("/api/v1/article/https://hostile.example/2025/04/01/script");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  simdjson::dom::element a = parser_.parse(res->body);
  // The title comes back as the text it is: JSON-escaped, never interpreted.
  EXPECT_EQ(std::string_view(a["title"]),
            "<script>document.body.dataset.pwned='1'</script> Harbour levy vote");
  int quoted_runs = 0;
  for (simdjson::dom::element run : simdjson::dom::array(a["body"])) {
    if (!run["quote"].error()) ++quoted_runs;
  }
  EXPECT_GE(quoted_runs, 1);
  EXPECT_EQ(std::string_view(simdjson::dom::array(a["quotes"]).at(0)["speaker"]), "Marta Quill");
  auto missing = get("/api/v1/article/no-such-article");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
  // The id may be a URL: by path (decoded) or by parameter.
  auto by_url =
      get("/api/v1/article?id=https%3A%2F%2Fmeridianpress.example%2F2025%2F03%2F04%2F"
          "varnia-seeks-exemption-us-machinery-tariffs");
  ASSERT_TRUE(by_url);
  EXPECT_EQ(by_url->status, 200);
}

TEST_F(ApiServer, ClusterOfAQuoteHitListsItsOccurrences) {
  auto quotes = get("/api/v1/quotes?q=%22not%20a%20policy%22&size=1");
  ASSERT_TRUE(quotes);
  simdjson::dom::element hit = simdjson::dom::array(parser_.parse(quotes->body)["quotes"]).at(0);
  const std::string cluster{std::string_view(hit["cluster"])};
  const std::string article{std::string_view(hit["article_id"])};  // before the parser is reused
  ASSERT_EQ(cluster.size(), 16u);
  auto res = get("/api/v1/cluster/" + cluster);
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  simdjson::dom::element view = parser_.parse(res->body);
  EXPECT_EQ(std::string_view(view["cluster"]["id"]), cluster);
  simdjson::dom::element first = simdjson::dom::array(view["occurrences"]).at(0);
  EXPECT_EQ(std::string_view(first["article_id"]), article);
  EXPECT_EQ(std::string_view(first["marked"]), std::string_view(first["text"]));
  auto missing = get("/api/v1/cluster/0000000000000000");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 404);
}

TEST_F(ApiServer, RefusesOversizedRequestsBodiesAndWrites) {
  std::string long_target = "/api/v1/search?q=" + std::string(9000, 'a');
  EXPECT_EQ(raw_status("GET " + long_target + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414);
  EXPECT_EQ(raw_status("GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(9000, 'b') +
                       "\r\n\r\n"),
            400);
  EXPECT_EQ(raw_status("GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n"),
            413);
  EXPECT_EQ(raw_status("GET /api/v1/stats HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                       "ffffff\r\n"),
            413);
  EXPECT_EQ(raw_status("POST /api/v1/search HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n"),
            405);
  EXPECT_EQ(raw_status("DELETE /api/v1/search HTTP/1.1\r\nHost: x\r\n\r\n"), 405);
  // Still answering after all that.
  auto res = get("/api/v1/stats");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
}

TEST_F(ApiServer, AnswersRequestsPipelinedOnOneConnectionInOrder) {
  // Both requests arrive in one segment: the bytes read ahead with the first must still
  // be there for the second (the connection keeps one stream for all its requests).
  const std::string answer = raw_exchange(
      "GET /api/v1/stats HTTP/1.1\r\nHost: x\r\n\r\n"
      "GET /app.css HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
  const std::size_t first = answer.find("HTTP/1.1 200 OK\r\n");
  ASSERT_EQ(first, 0u) << answer.substr(0, 200);
  const std::size_t second = answer.find("HTTP/1.1 200 OK\r\n", first + 1);
  ASSERT_NE(second, std::string::npos) << answer.size() << " bytes, one answer";
  EXPECT_NE(answer.find("application/json", first), std::string::npos);
  EXPECT_NE(answer.find("Content-Type: text/css", second), std::string::npos);
  EXPECT_NE(answer.find("Connection: close", second), std::string::npos);
}

TEST_F(ApiServer, CompressesWithGzipButNeverWithBrotliAtItsSlowestQuality) {
  const std::string browser = raw_exchange(
      "GET /app.js HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip, deflate, br\r\n"
      "Connection: close\r\n\r\n");
  EXPECT_EQ(browser.find("HTTP/1.1 200 OK\r\n"), 0u) << browser.substr(0, 200);
  EXPECT_NE(browser.find("Content-Encoding: gzip\r\n"), std::string::npos);
  const std::string brotli_only = raw_exchange(
      "GET /app.js HTTP/1.1\r\nHost: x\r\nAccept-Encoding: br\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(brotli_only.find("HTTP/1.1 200 OK\r\n"), 0u) << brotli_only.substr(0, 200);
  EXPECT_EQ(brotli_only.find("Content-Encoding"), std::string::npos);
}

TEST_F(ApiServer, ServesOnlyBuiltInFilesWithAPolicyForbiddingInlineScript) {
  auto page = get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  const std::string csp = page->get_header_value("Content-Security-Policy");
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(page->body.find("<script>"), std::string::npos);  // no inline script
  auto script = get("/app.js");
  ASSERT_TRUE(script);
  EXPECT_EQ(script->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  for (const char* path : {"/../CMakeLists.txt", "/etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                           "/api/v2/search", "/api/v1/nothing"}) {
    auto r = get(path);
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 404) << path;
  }
}

TEST(ApiServerLive, SeesArticlesIndexedWhileItRunsWithoutRestart) {
  testing::ServedIndex served(3000, /*hostile=*/false);
  httplib::Client client = served.client();
  simdjson::dom::parser parser;
  auto before = client.Get("/api/v1/search?q=harbour%20levy&size=0");
  ASSERT_TRUE(before);
  EXPECT_EQ(uint64_t(parser.parse(before->body)["total"]), 0u);
  const std::filesystem::path source = ROSTRA_SOURCE_DIR;
  testing::ProgramResult added = testing::run_program(
      ROSTRA_INDEX_BIN,
      {"--db", served.db(), "--quiet", (source / "tests" / "fixtures" / "hostile").string()});
  ASSERT_EQ(added.exit_status, 0) << added.err;
  auto after = client.Get("/api/v1/search?q=harbour%20levy&size=0");
  ASSERT_TRUE(after);
  EXPECT_EQ(uint64_t(parser.parse(after->body)["total"]), 2u);
}

TEST(ApiServerLive, SearchPastItsDeadlineIsCutOffWith503) {
  testing::ServedIndex served(/*search_timeout_ms=*/0, /*hostile=*/false);
  httplib::Client client = served.client();
  auto res = client.Get("/api/v1/search?q=said");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 503);
  EXPECT_NE(res->body.find("ran longer than 0 ms and was stopped"), std::string::npos) << res->body;
}

TEST(ApiServerLive, StopsAtOnceWhileAClientHoldsAnIdleKeepAliveConnection) {
  auto served = std::make_unique<testing::ServedIndex>(3000, /*hostile=*/false);
  httplib::Client client = served->client();
  client.set_keep_alive(true);
  auto res = client.Get("/api/v1/stats");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  // The connection now waits for its next request for up to the keep-alive timeout (5 s).
  const auto started = std::chrono::steady_clock::now();
  served.reset();
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
}

TEST(ServeOptions, NonLoopbackAddressNeedsTheExplicitFlag) {
  ServeOptions options;
  options.host = "0.0.0.0";
  options.db_path = "/nonexistent";
  EXPECT_THROW(HttpServer server(options), UsageError);
  EXPECT_TRUE(is_loopback_host("127.0.0.1"));
  EXPECT_TRUE(is_loopback_host("::1"));
  EXPECT_FALSE(is_loopback_host("192.168.1.2"));
}

}  // namespace
}  // namespace rostra
