// Walking input directories (list_input_files): what is read, in which order, and what
// happens to a directory that cannot be read.
#include "common/input/input_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <vector>

#include "tests/support/test_support.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

TEST(InputReader, ListsFilesOfNestedDirectoriesInNameOrderAndSkipsReadmes) {
  test::TempDir dir;
  dir.write("b.txt", "B\n\nbody\n");
  fs::create_directories(dir.path() / "a" / "deeper");
  dir.write("a/deeper/c.txt", "C\n\nbody\n");
  dir.write("README.md", "not an article\n");
  std::vector<InputIssue> issues;
  ReaderSink sink{[](Article&&) {}, [&](InputIssue&& issue) { issues.push_back(issue); }, {}};
  InputStats stats;
  std::vector<fs::path> files = list_input_files({dir.path()}, sink, stats);
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files[0], dir.path() / "a" / "deeper" / "c.txt");
  EXPECT_EQ(files[1], dir.path() / "b.txt");
  EXPECT_EQ(stats.files_skipped, 1u);
  EXPECT_TRUE(issues.empty());
}

// A subdirectory that cannot be read was skipped silently (exit 0): it is an input failure,
// reported with its path, and the rest is still read.
TEST(InputReader, ReportsAnUnreadableSubdirectoryAndReadsTheRest) {
  test::TempDir dir;
  dir.write("a.txt", "A\n\nbody\n");
  fs::create_directories(dir.path() / "locked");
  dir.write("locked/b.txt", "B\n\nbody\n");
  dir.write("z.txt", "Z\n\nbody\n");
  fs::permissions(dir.path() / "locked", fs::perms::none);
  if (::access((dir.path() / "locked").c_str(), R_OK) == 0) {
    fs::permissions(dir.path() / "locked", fs::perms::owner_all);
    GTEST_SKIP() << "permission bits do not apply to this user (root)";
  }
  std::vector<InputIssue> issues;
  ReaderSink sink{[](Article&&) {}, [&](InputIssue&& issue) { issues.push_back(issue); }, {}};
  InputStats stats;
  std::vector<fs::path> files = list_input_files({dir.path()}, sink, stats);
  fs::permissions(dir.path() / "locked", fs::perms::owner_all);
  ASSERT_EQ(files.size(), 2u);
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].kind, InputIssue::Kind::kRejected);
  EXPECT_EQ(issues[0].file, (dir.path() / "locked").string());
  EXPECT_NE(issues[0].reason.find("cannot read directory"), std::string::npos);
}

TEST(InputReader, DetectsJsonArraysAndTsvOrCsvByTheirHeader) {
  EXPECT_EQ(detect_format("dump.tsv", ""), InputFormat::kTsv);
  EXPECT_EQ(detect_format("dump.tab.zst", ""), InputFormat::kTsv);
  EXPECT_EQ(detect_format("-", "  [{\"title\":\"A\"}]"), InputFormat::kJsonLines);
  EXPECT_EQ(detect_format("-", "title\ttext\tdate\nA\tB\t2024\n"), InputFormat::kTsv);
  EXPECT_EQ(detect_format("-", "\"title\",text,url\nA,B,C\n"), InputFormat::kCsv);
  // A JSON Lines export named .csv or .tsv is JSON; a CSV whose header merely holds a brace
  // is CSV.
  EXPECT_EQ(detect_format("export.csv", "{\"title\": \"A\", \"text\": \"B\"}\n"),
            InputFormat::kJsonLines);
  EXPECT_EQ(detect_format("export.tsv.gz", "  {\"title\":\"A\"}\n"), InputFormat::kJsonLines);
  EXPECT_EQ(detect_format("dump.csv", "{title},text\nA,B\n"), InputFormat::kCsv);
  EXPECT_EQ(detect_format("dump.csv", "title,text\n{\"a\":1},B\n"), InputFormat::kCsv);
  // A text article whose first line has commas or tabs is still text.
  EXPECT_EQ(detect_format("-", "Talks, again\n\nBody.\n"), InputFormat::kText);
  EXPECT_EQ(detect_format("-", "title\tnotes\nA\tB\n"), InputFormat::kText);
}

// "-" is standard input: listed once, read with its format found from its content.
TEST(InputReader, ReadsStandardInput) {
  test::TempDir dir;
  dir.write("piped", "title\ttext\nFrom a pipe\tPiped body.\n");
  std::vector<Article> articles;
  std::vector<InputIssue> issues;
  ReaderSink sink{[&](Article&& a) { articles.push_back(std::move(a)); },
                  [&](InputIssue&& issue) { issues.push_back(issue); },
                  {}};
  InputStats stats;
  std::vector<fs::path> files = list_input_files({"-", "-"}, sink, stats);
  ASSERT_EQ(files.size(), 1u);
  ASSERT_EQ(issues.size(), 1u);  // named twice
  EXPECT_EQ(issues[0].file, "-");
  issues.clear();
  ASSERT_NE(std::freopen((dir.path() / "piped").c_str(), "rb", stdin), nullptr);
  read_input_file("-", sink, stats);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_TRUE(issues.empty());
  EXPECT_EQ(articles[0].title, "From a pipe");
  EXPECT_EQ(articles[0].body, "Piped body.");
  EXPECT_EQ(articles[0].origin_file, "-");
}

// A saved page that says it is an article and shows only its headline is indexed with a
// warning; a page with no text that says nothing of itself is rejected, named.
TEST(InputReader, KeepsAHeadlineOnlyArticlePageAndRejectsAPageWithNoText) {
  test::TempDir dir;
  dir.write("brief.html",
            "<html><head><meta property=\"og:type\" content=\"article\"><title>Minister "
            "resigns</title></head><body><h1>Minister resigns</h1></body></html>");
  dir.write("front.html",
            "<html><head><title>Front page</title></head><body><ul><li><a href=\"/a\">A</a>"
            "</li></ul></body></html>");
  std::vector<Article> articles;
  std::vector<InputIssue> issues;
  ReaderSink sink{[&](Article&& a) { articles.push_back(std::move(a)); },
                  [&](InputIssue&& issue) { issues.push_back(issue); },
                  {}};
  InputStats stats;
  read_input_file(dir.path() / "brief.html", sink, stats);
  read_input_file(dir.path() / "front.html", sink, stats);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].title, "Minister resigns");
  EXPECT_TRUE(articles[0].body.empty());
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].kind, InputIssue::Kind::kWarning);
  EXPECT_NE(issues[0].file.find("brief.html"), std::string::npos);
  EXPECT_EQ(issues[1].kind, InputIssue::Kind::kRejected);
  EXPECT_NE(issues[1].file.find("front.html"), std::string::npos);
  EXPECT_NE(issues[1].reason.find("no main text"), std::string::npos);
}

// A text file that is a list (one name a line, as the tables beside Reuters-21578's stories)
// is rejected, named, and not indexed as an article; a text article beside it is read.
TEST(InputReader, RejectsAWordListTextFileAndReadsTheArticleBesideIt) {
  test::TempDir dir;
  dir.write("all-people-strings.lc.txt",
            "abdel-hadi-kandeel\nalfonsin\nalhaji-abdul-ahmed\nalptemocin\namato\n"
            "anthony-wright\narafat\naristotle-kabila\nbaker\n");
  dir.write("story.txt", "Minister resigns\n\nThe minister resigned on Tuesday evening.\n");
  std::vector<Article> articles;
  std::vector<InputIssue> issues;
  ReaderSink sink{[&](Article&& a) { articles.push_back(std::move(a)); },
                  [&](InputIssue&& issue) { issues.push_back(issue); },
                  {}};
  InputStats stats;
  read_inputs({dir.path()}, sink, stats);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].title, "Minister resigns");
  ASSERT_EQ(issues.size(), 1u);
  EXPECT_EQ(issues[0].kind, InputIssue::Kind::kRejected);
  EXPECT_NE(issues[0].file.find("all-people-strings.lc.txt"), std::string::npos);
  EXPECT_NE(issues[0].reason.find("not an article"), std::string::npos);
}

}  // namespace
}  // namespace rostra
