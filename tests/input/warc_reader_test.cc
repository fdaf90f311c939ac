#include "common/input/warc_reader.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/test_support.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

const fs::path kWarcs = fs::path(ROSTRA_SOURCE_DIR) / ".." / "shared" / "warc";

struct WarcRun {
  test::Collected got;
  WarcRecordCounts counts;
};

WarcRun read_one(const fs::path& path) {
  WarcRun run;
  read_warc(path, run.got.sink(), run.counts);
  std::printf("%s:", path.filename().c_str());
  for (const auto& [kind, count] : run.counts)
    std::printf(" [%s %llu]", kind.c_str(), (unsigned long long)count);
  std::printf("; %zu articles\n", run.got.articles.size());
  for (const Article& a : run.got.articles) {
    std::printf("  article %s @%llu %s: %s (%s %s) %zu bytes\n", a.origin_record.c_str(),
                (unsigned long long)a.origin_offset, a.url.c_str(), a.title.c_str(),
                a.raw_date.c_str(), a.date_source.c_str(), a.body.size());
  }
  for (const InputIssue& issue : run.got.rejected())
    std::printf("  rejected %s\n", issue.message().c_str());
  return run;
}

std::uint64_t count(const WarcRun& run, const std::string& kind) {
  auto it = run.counts.find(kind);
  return it == run.counts.end() ? 0 : it->second;
}

// Counts from shared/warc/README.md: the records of each kind each file holds.
TEST(WarcReader, CountsTheRecordsOfTheSharedWarcFilesByKind) {
  if (!fs::exists(kWarcs)) GTEST_SKIP() << "no " << kWarcs;
  WarcRun cc = read_one(kWarcs / "cc-main-2024-22-wikipedia.warc.gz");
  EXPECT_EQ(count(cc, "warcinfo") + count(cc, "request") + count(cc, "metadata"), 3u);
  EXPECT_EQ(count(cc, "response: article") + count(cc, "response: no text"), 1u);

  WarcRun wget = read_one(kWarcs / "wget-creativecommons-2024.warc.gz");
  EXPECT_EQ(count(wget, "request"), 15u);
  EXPECT_EQ(count(wget, "response: article") + count(wget, "response: no text"), 15u);
  EXPECT_EQ(count(wget, "resource: not HTML"), 2u);
  EXPECT_GE(wget.got.articles.size(), 10u);
  for (const Article& a : wget.got.articles) {
    EXPECT_EQ(a.url.front(), 'h') << "angle brackets left on " << a.url;
    EXPECT_EQ(a.origin_record.rfind("<urn:uuid:", 0), 0u) << a.origin_record;
  }

  WarcRun heritrix = read_one(kWarcs / "heritrix-data-gov-uk-revisits-2014.warc.gz");
  EXPECT_EQ(count(heritrix, "revisit"), 55u);
  EXPECT_EQ(count(heritrix, "response: dns"), 3u);
  EXPECT_EQ(count(heritrix, "request"), 62u);
  EXPECT_EQ(count(heritrix, "metadata"), 62u);

  WarcRun pywb = read_one(kWarcs / "pywb-sohu-news-portal-2018.warc.gz");
  EXPECT_EQ(count(pywb, "response: not HTML"), 54u);  // images, scripts, CSS, JSON
  EXPECT_EQ(count(pywb, "request"), 56u);
  EXPECT_TRUE(pywb.got.rejected().size() <= 2u);  // the two HTML pages: no broken HTTP

  WarcRun warcio = read_one(kWarcs / "warcio-js-redirect-warc-1.1.warc");
  EXPECT_EQ(count(warcio, "response: not 2xx"), 1u);

  WarcRun cut = read_one(kWarcs / "truncated-houstonpress-article-2016.warc.gz");
  ASSERT_EQ(cut.got.rejected().size(), 1u);
  EXPECT_NE(cut.got.rejected()[0].reason.find("(record at byte 0)"), std::string::npos);
  EXPECT_NE(cut.got.rejected()[0].reason.find("truncated"), std::string::npos);
  // Regression: the clipped record (75,207 of 88,275 bytes) was rejected whole, the article
  // lost with it; its first part is the page's head and most of its text.
  ASSERT_EQ(cut.got.articles.size(), 1u);
  EXPECT_EQ(cut.got.articles[0].title,
            "A Humble Chance The Rapper Leads a Spiritual Awakening at Revention");
  EXPECT_GT(cut.got.articles[0].body.size(), 2000u);
  EXPECT_EQ(count(cut, "response: truncated article"), 1u);
  bool said = false;
  for (const InputIssue& w : cut.got.warnings()) {
    said |= w.reason.find("(75207 of 88275 bytes)") != std::string::npos;
  }
  EXPECT_TRUE(said);
}

std::string warc_record(const std::string& uri, const std::string& http) {
  return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Record-ID: <urn:uuid:" +
         uri.substr(uri.size() - 1) + ">\r\nContent-Length: " + std::to_string(http.size()) +
         "\r\n\r\n" + http + "\r\n\r\n";
}

std::string http_page(const std::string& body, const std::string& type = "text/html") {
  return "HTTP/1.1 200 OK\r\nContent-Type: " + type + "\r\n\r\n" + body;
}

// Bad records in one .warc.gz: each is reported with its byte offset, and the run goes on.
TEST(WarcReader, ReportsBadRecordsAndGoesOn) {
  std::string paragraph =
      "<p>The minister said on Friday that the talks would resume next month, after both sides "
      "had agreed on the agenda for the meeting in the capital.</p>";
  std::string page = "<html><body><article>" + paragraph + paragraph + "</article></body></html>";
  std::string members[] = {
      test::gzip_compress(warc_record("http://x.example/1", http_page(page))),
      test::gzip_compress(
          warc_record("http://x.example/2", http_page("%PDF-1.4 ...", "application/pdf"))),
      test::gzip_compress(
          warc_record("http://x.example/3", "HTTP/1.1 200 OK\r\n\x01\x02 no colon\r\n\r\n<html>")),
      test::gzip_compress(
          warc_record("http://x.example/4", http_page(page + std::string(50u << 20, ' ')))),
      test::gzip_compress(warc_record("http://x.example/5", http_page(page))),
  };
  std::string file;
  std::uint64_t last_member = 0;
  for (const std::string& member : members) {
    last_member = file.size();
    file += member;
  }
  file.resize(file.size() - 20);  // the last member is cut short
  test::TempDir dir;
  WarcRun run = read_one(dir.write("bad.warc.gz", file));
  ASSERT_EQ(run.got.articles.size(), 3u);  // the cut last record's page too
  EXPECT_EQ(run.got.articles[0].origin_offset, 0u);
  EXPECT_EQ(run.got.articles[0].date_source, "crawl");
  EXPECT_EQ(run.got.articles[0].raw_date, "2024-01-02T03:04:05Z");
  EXPECT_EQ(run.got.articles[1].url, "http://x.example/4");  // the 50 MB page, cut to 8 MiB
  EXPECT_EQ(run.got.articles[2].url, "http://x.example/5");
  EXPECT_EQ(run.got.articles[2].origin_offset, last_member);
  EXPECT_EQ(count(run, "response: not HTML"), 1u);  // the PDF
  EXPECT_EQ(count(run, "response: broken HTTP"), 1u);
  std::vector<InputIssue> rejected = run.got.rejected();
  ASSERT_EQ(rejected.size(), 2u);
  EXPECT_NE(rejected[0].reason.find("broken HTTP header line 1 (record at byte " +
                                    std::to_string(members[0].size() + members[1].size()) + ")"),
            std::string::npos)
      << rejected[0].reason;
  EXPECT_NE(rejected[1].reason.find("truncated gzip"), std::string::npos) << rejected[1].reason;
  EXPECT_NE(rejected[1].reason.find("(record at byte " + std::to_string(last_member) + ")"),
            std::string::npos)
      << rejected[1].reason;
  bool cut_said = false;
  for (const InputIssue& w : run.got.warnings())
    cut_said |= w.reason.find("cut to 8 MiB") != std::string::npos;
  EXPECT_TRUE(cut_said);
}

TEST(WarcReader, RecognizesARevisitOfAPageIndexed) {
  std::string paragraph =
      "<p>The court ruled on Wednesday that the law was valid, and the government welcomed the "
      "decision in a statement issued shortly after the ruling.</p>";
  std::string page = "<html><body>" + paragraph + paragraph + "</body></html>";
  std::string revisit =
      "WARC/1.1\r\nWARC-Type: revisit\r\nWARC-Target-URI: http://x.example/1"
      "\r\nWARC-Record-ID: <urn:uuid:r>\r\nContent-Length: 0\r\n\r\n\r\n\r\n";
  std::string other =
      "WARC/1.1\r\nWARC-Type: revisit\r\nWARC-Target-URI: http://x.example/9"
      "\r\nWARC-Record-ID: <urn:uuid:s>\r\nContent-Length: 0\r\n\r\n\r\n\r\n";
  test::TempDir dir;
  WarcRun run = read_one(dir.write(
      "revisit.warc", warc_record("http://x.example/1", http_page(page)) + revisit + other));
  EXPECT_EQ(run.got.articles.size(), 1u);
  EXPECT_EQ(count(run, "revisit of a page indexed"), 1u);
  EXPECT_EQ(count(run, "revisit"), 1u);  // its original is not in the file
}

// Pages we write, served by python3 -m http.server on 127.0.0.1 and archived by wget.
TEST(WarcReader, ReadsWhatWgetArchives) {
  if (std::system("command -v wget >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "wget or python3 missing";
  }
  test::TempDir dir;
  fs::create_directories(dir.path() / "site" / "2024" / "05" / "06");
  std::string paragraph =
      "<p>The council met on Monday evening and voted to rebuild the bridge over the river, "
      "which has been closed to traffic since the floods of the spring.</p>";
  dir.write("site/index.html",
            "<html><head><title>Home</title></head><body><a href=\"2024/05/06/"
            "bridge.html\">bridge</a> <a href=\"dated.html\">dated</a></body></html>");
  dir.write("site/2024/05/06/bridge.html",
            "<html lang=\"en\"><head><title>Bridge to be rebuilt</title></head><body>"
            "<article>" +
                paragraph + paragraph + "</article></body></html>");
  dir.write("site/dated.html",
            "<html><head><title>Undated page</title></head><body>" + paragraph + "</body></html>");
  int port = 20000 + static_cast<int>(::getpid() % 20000);
  std::string base = "http://127.0.0.1:" + std::to_string(port) + "/";
  std::string server = "cd " + (dir.path() / "site").string() + " && (python3 -m http.server " +
                       std::to_string(port) + " --bind 127.0.0.1 >/dev/null 2>&1 & echo $! > " +
                       (dir.path() / "pid").string() + ")";
  ASSERT_EQ(std::system(server.c_str()), 0);
  // The server may take seconds to start on a loaded machine: wait up to 15 s for it.
  std::string fetch = "cd " + dir.path().string() + " && for i in $(seq 50); do " +
                      "wget -q -O /dev/null " + base + " && break; sleep 0.3; done; wget -q -r " +
                      "-l 1 --no-host-directories -P fetched --warc-file=crawl " + base +
                      " >/dev/null 2>&1; kill $(cat pid)";
  [[maybe_unused]] int status = std::system(fetch.c_str());
  fs::path warc = dir.path() / "crawl.warc.gz";
  ASSERT_TRUE(fs::exists(warc));
  WarcRun run = read_one(warc);
  ASSERT_EQ(run.got.articles.size(), 2u);  // the link page has no text; robots.txt is a 404
  const Article* bridge = nullptr;
  const Article* dated = nullptr;
  for (const Article& a : run.got.articles) {
    if (a.url == base + "2024/05/06/bridge.html") bridge = &a;
    if (a.url == base + "dated.html") dated = &a;
  }
  ASSERT_NE(bridge, nullptr);
  ASSERT_NE(dated, nullptr);
  EXPECT_EQ(bridge->title, "Bridge to be rebuilt");
  EXPECT_EQ(bridge->date_source, "url");
  EXPECT_EQ(dated->date_source, "crawl");  // the page gives none: the WARC-Date stands in
  EXPECT_FALSE(dated->raw_date.empty());
  EXPECT_NE(bridge->body.find("spring.\n\nThe council"), std::string::npos) << bridge->body;
  EXPECT_GE(count(run, "request"), 3u);
  EXPECT_EQ(count(run, "warcinfo"), 1u);
}

}  // namespace
}  // namespace rostra
