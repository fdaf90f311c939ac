#include "common/index/write/writable_index.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/base/errors.h"
#include "common/index/index_checker.h"
#include "common/index/write/article_writer.h"
#include "common/schema/schema.h"
#include "common/search/database_stats.h"
#include "common/search/search.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

using testing::TempDir;

TEST(Database, NewDatabaseRecordsTheSchemaVersion) {
  TempDir dir;
  std::string path = (dir.path() / "db").string();
  { open_for_writing(path); }
  EXPECT_EQ(stored_schema_version(open_for_reading(path)), schema::kSchemaVersion);
}

TEST(Database, ANewDatabaseAppearsWholeAndAHalfMadeOneIsMadeAgain) {
  namespace fs = std::filesystem;
  TempDir dir;
  std::string path = (dir.path() / "db").string();
  // What a writer killed while making the database leaves: PATH.new, half made.
  fs::create_directories(path + ".new");
  std::ofstream(path + ".new/flintlock") << "";
  fs::create_directories(path);  // and an empty directory at PATH
  {
    Xapian::WritableDatabase db = open_for_writing(path);
    EXPECT_EQ(stored_schema_version(db), schema::kSchemaVersion);
  }
  EXPECT_FALSE(fs::exists(path + ".new"));
  EXPECT_EQ(stored_schema_version(open_for_reading(path)), schema::kSchemaVersion);

  // A directory holding something else is never replaced.
  std::string other = (dir.path() / "other").string();
  fs::create_directories(other);
  std::ofstream(other + "/notes.txt") << "mine";
  try {
    open_for_writing(other);
    FAIL() << "replaced a directory that is not a database";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find(other), std::string::npos) << e.what();
  }
  EXPECT_TRUE(fs::exists(other + "/notes.txt"));
  EXPECT_FALSE(fs::exists(other + ".new"));
}

TEST(Database, RefusesAnotherSchemaVersionWithAClearMessage) {
  TempDir dir;
  std::string path = (dir.path() / "db").string();
  {
    Xapian::WritableDatabase db = open_for_writing(path);
    db.set_metadata(std::string(schema::kSchemaVersionKey), "999");
    db.commit();
  }
  try {
    open_for_reading(path);
    FAIL() << "opened a database of another schema version";
  } catch (const DatabaseError& e) {
    std::string message = e.what();
    EXPECT_NE(message.find("schema version 999"), std::string::npos) << message;
    EXPECT_NE(message.find(path), std::string::npos) << message;
  }
  EXPECT_THROW(open_for_writing(path), DatabaseError);
}

TEST(Database, RefusesAXapianDatabaseWrittenByAnotherTool) {
  TempDir dir;
  std::string path = (dir.path() / "plain").string();
  {
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
    Xapian::Document doc;
    doc.add_term("hello");
    db.add_document(doc);
    db.commit();
  }
  EXPECT_THROW(open_for_reading(path), DatabaseError);
}

TEST(Database, MissingDatabaseIsADatabaseError) {
  EXPECT_THROW(open_for_reading("/nonexistent/rostra-db"), DatabaseError);
}

TEST(Database, SecondWriterGetsALockedError) {
  TempDir dir;
  std::string path = (dir.path() / "db").string();
  Xapian::WritableDatabase first = open_for_writing(path);
  try {
    open_for_writing(path);
    FAIL() << "second writer opened the database";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find("locked"), std::string::npos) << e.what();
  }
}

// An incremental load whose articles' commit fails after its quotes' commit succeeded (an
// fdatasync error, a kill) leaves quotes without their articles until the next writer
// removes them (issue #21, item 5). Readers never show them meanwhile, and the checker
// calls them unfinished work, not damage.
TEST(Database, ReadersHideTheQuotesOfATornCommit) {
  TempDir dir;
  const std::string db = (dir.path() / "db").string();
  OutletTable outlets;
  auto quoted = [](const std::string& who, int n) {
    return testing::make_article(
        "Budget " + std::to_string(n),
        "\u201cWe will cut the budget deficit this year,\u201d " + who + " said on Monday.",
        "https://news.example/2024/05/0" + std::to_string(n));
  };
  auto quote_count = [](ReadableIndex index, const std::string& query) {
    Searcher searcher(index, nullptr);
    SearchRequest request;
    request.query = query;
    request.limit = 10;
    request.quotes = true;
    request.all_kinds = true;
    return searcher.search(request).total;
  };
  std::uint64_t first_quotes = 0;
  std::uint64_t before = 0;
  {
    WritableIndex index = open_index_for_writing(db);
    ArticleWriter writer(index, outlets, testing::project_aliases());
    std::vector<std::string> warnings;
    Article a = quoted("Olaf Scholz", 1);
    writer.write(a, warnings);
    index.commit();
    first_quotes = index.quotes.get_doccount();
    before = quote_count(open_index_for_reading(db), "budget");
    ASSERT_GT(before, 0u);
    Article b = quoted("Emmanuel Macron", 2);
    writer.write(b, warnings);
    // The articles' transaction is then discarded with the index, as after a failed
    // fdatasync of the articles' commit.
    index.commit_quotes();
  }
  ReadableIndex reader = open_index_for_reading(db);
  ASSERT_EQ(reader.articles.get_doccount(), 1u);
  ASSERT_GT(reader.quotes.get_doccount(), first_quotes);  // the torn batch's quotes are there
  EXPECT_EQ(reader.hidden_quote_links.size(), 1u);
  EXPECT_EQ(quote_count(reader, "budget"), before);
  EXPECT_EQ(quote_count(reader, "cut NEAR/3 deficit"), before);
  // --stats counts what readers show: the hidden quotes apart, their speaker not listed.
  const DatabaseStats stats = collect_stats(reader, db);
  EXPECT_EQ(stats.quotes, first_quotes);
  EXPECT_EQ(stats.hidden_quotes, reader.quotes.get_doccount() - first_quotes);
  for (const auto& [speaker, count] : stats.speakers) EXPECT_NE(speaker, "Emmanuel Macron");
  ASSERT_FALSE(stats.speakers.empty());
  EXPECT_EQ(stats.speakers.front().first, "Olaf Scholz");
  reader.reopen();
  EXPECT_EQ(reader.hidden_quote_links.size(), 1u);
  EXPECT_EQ(quote_count(reader, "budget"), before);
  IndexCheckReport report = check_index(db);
  EXPECT_EQ(report.status(), CheckStatus::kUnfinished) << format_check_report(report);
  EXPECT_EQ(report.count("orphan_quote"), 0u);
  EXPECT_GT(report.count("torn_commit_quote"), 0u);

  // The next writer removes them; nothing is hidden any more.
  { open_index_for_writing(db); }
  ReadableIndex after = open_index_for_reading(db);
  EXPECT_TRUE(after.hidden_quote_links.empty());
  EXPECT_EQ(after.quotes.get_doccount(), first_quotes);
  EXPECT_EQ(check_index(db).status(), CheckStatus::kHealthy);
}

}  // namespace
}  // namespace rostra
