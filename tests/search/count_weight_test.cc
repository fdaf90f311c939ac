// Regression test: counting a word that every article holds, on an index whose docids have a
// gap (a deleted article), failed with "DatabaseCorruptError: Unexpected
// end of posting list" under Xapian::BoolWeight (Xapian 1.4.22's all-documents shortcut);
// searches that only count use CountWeight instead (count_weight.h).
#include "common/search/count_weight.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "common/rostra.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

TEST(CountWeight, CountsAWordEveryArticleHoldsWhenDocidsHaveGaps) {
  // Enough articles for the document length list to span several chunks.
  constexpr unsigned kArticles = 2000;
  test::TempDir dir;
  const auto input = dir.path() / "articles.jsonl";
  {
    std::ofstream out(input);
    for (unsigned i = 0; i < kArticles; ++i) {
      out << "{\"id\":\"a" << i << "\",\"title\":\"Common ground " << i
          << "\",\"body\":\"Every article says common words about item " << i << ".\"}\n";
    }
  }
  for (unsigned segments : {1u, 2u}) {
    SCOPED_TRACE("segments " + std::to_string(segments));
    IndexOptions options;
    options.db_path = (dir.path() / ("db" + std::to_string(segments))).string();
    options.inputs = {input};
    options.segment_writers = segments;
    std::ostringstream log;
    run_index(options, log);
    // Deleting an article leaves its docid a gap.
    options.inputs.clear();
    options.delete_ids = {"id:a3"};
    run_index(options, log);
    ReadableIndex index = open_index_for_reading(options.db_path);
    ASSERT_EQ(index.articles.get_doccount(), kArticles - 1);
    ASSERT_GT(index.articles.get_lastdocid(), kArticles - 1);
    ASSERT_EQ(index.articles.get_termfreq("common"), kArticles - 1);
    Searcher searcher(index, nullptr);
    SearchRequest count;
    count.query = "common";
    count.limit = 0;
    EXPECT_EQ(searcher.search(count).total, kArticles - 1);
    count.query = "common NOT title:ground";
    EXPECT_EQ(searcher.search(count).total, 0u);
  }
  CountWeight weight;
  EXPECT_EQ(weight.name(), "rostra::CountWeight");
  EXPECT_EQ(weight.get_maxpart(), 0);
}

}  // namespace
}  // namespace rostra
