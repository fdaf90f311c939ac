// ValueColumns and ColumnCounter: facet and date counts read from columns equal those read
// from each matching document (FacetCounter, DateCounter, ValueCountMatchSpy), for articles
// and quotes; ValueColumnCache reads a revision once and a new commit again.
#include "common/serve/column_counter.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "common/index/write/article_writer.h"
#include "common/schema/schema.h"
#include "common/search/date_histogram.h"
#include "common/search/search.h"
#include "common/serve/value_column_cache.h"
#include "tests/support/index_fixture.h"
#include "tests/support/program_runner.h"

namespace rostra {
namespace {

using testing::TempDir;

class ColumnCounterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir();
    const std::filesystem::path source = ROSTRA_SOURCE_DIR;
    testing::ProgramResult indexed = testing::run_program(
        ROSTRA_INDEX_BIN, {"--db", db(), "--quiet", (source / "corpus" / "sample").string(),
                           (source / "tests" / "fixtures" / "hostile").string()});
    ASSERT_EQ(indexed.exit_status, 0) << indexed.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static std::string db() { return (dir_->path() / "db").string(); }

  static TempDir* dir_;
};

TempDir* ColumnCounterTest::dir_ = nullptr;

TEST_F(ColumnCounterTest, CountsWhatTheSpiesReadingEachDocumentCount) {
  ReadableIndex index = open_index_for_reading(db());
  Searcher searcher(index, nullptr, &testing::project_aliases());
  searcher.set_threads(1);
  ValueColumnCache article_columns, quote_columns;
  std::size_t compared = 0;
  for (bool quotes : {false, true}) {
    for (const char* query : {"the", "said", "war OR tariffs", "date:2024..2025", "minister"}) {
      SearchRequest request;
      request.query = query;
      request.quotes = quotes;
      request.limit = 0;
      request.snippets = false;
      request.facets = true;
      Xapian::ValueCountMatchSpy languages(schema::kSlotLanguage);
      DateCounter days;
      request.spies = {&languages, &days};
      const SearchResults read = searcher.search(request);

      const Xapian::Database& database = quotes ? index.quotes : index.articles;
      ColumnCounter counter((quotes ? quote_columns : article_columns).columns(database));
      request.facets = false;
      request.spies = {&counter};
      const SearchResults counted = searcher.search(request);

      SCOPED_TRACE(std::string(quotes ? "quotes: " : "articles: ") + query);
      ASSERT_GT(read.total, 0u);
      EXPECT_EQ(counted.total, read.total);
      EXPECT_EQ(counter.outlets(), read.facets.outlets);
      EXPECT_EQ(counter.speakers(), read.facets.speakers);
      EXPECT_EQ(counter.months(), read.facets.months);
      ColumnCounter::Counts top_languages;
      for (auto it = languages.top_values_begin(3); it != languages.top_values_end(3); ++it) {
        top_languages.emplace_back(*it, it.get_termfreq());
      }
      EXPECT_EQ(counter.languages(3), top_languages);
      EXPECT_EQ(counter.days(), days.days());
      EXPECT_EQ(counter.undated(), days.undated());
      EXPECT_EQ(counter.columns().all_days(), count_all_days(database));
      for (DateInterval interval :
           {DateInterval::kDay, DateInterval::kWeek, DateInterval::kMonth, DateInterval::kYear}) {
        const auto from_columns =
            date_histogram(counter.days(), counter.columns().bucket_totals(interval), interval);
        const auto from_documents = date_histogram(days.days(), count_all_days(database), interval);
        ASSERT_EQ(from_columns.size(), from_documents.size());
        for (std::size_t i = 0; i < from_columns.size(); ++i) {
          EXPECT_EQ(from_columns[i].key, from_documents[i].key);
          EXPECT_EQ(from_columns[i].matches, from_documents[i].matches);
          EXPECT_EQ(from_columns[i].total, from_documents[i].total);
        }
      }
      ++compared;
    }
  }
  EXPECT_EQ(compared, 10u);
}

TEST(ValueColumnCache, ReadsARevisionOnceAndANewCommitAgain) {
  TempDir dir;
  OutletTable outlets;
  WritableIndex writable = testing::build_index(
      testing::Backend::kGlass, dir,
      {testing::make_article("Budget", "The committee passed the budget.", "https://a.example/1",
                             "2025-03-04", "Alpha Wire")});
  ReadableIndex index = open_index_for_reading((dir.path() / "db").string());
  ValueColumnCache cache;
  const auto first = cache.columns(index.articles);
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(cache.columns(index.articles), first);
  EXPECT_EQ(first->all_days(), (std::map<std::string, std::uint64_t>{{"2025-03-04", 1}}));

  ArticleWriter writer(writable, outlets, testing::project_aliases());
  std::vector<std::string> warnings;
  Article second = testing::make_article("Tariffs", "The minister spoke of tariffs.",
                                         "https://b.example/2", "2025-03-05", "Beta Post");
  writer.write(second, warnings);
  writable.commit();
  index.reopen();
  const auto after = cache.columns(index.articles);
  ASSERT_NE(after, first);
  EXPECT_EQ(after->revision(), index.articles.get_revision());
  EXPECT_EQ(after->all_days(),
            (std::map<std::string, std::uint64_t>{{"2025-03-04", 1}, {"2025-03-05", 1}}));
  EXPECT_EQ(first->all_days().size(), 1u);  // a request still holding it sees its revision
}

}  // namespace
}  // namespace rostra
