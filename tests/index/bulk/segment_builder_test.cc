// A bulk load's segment built in memory: written whole under DIR.tmp and renamed, readable as
// an index directory of its own, with a repeated article replacing its first version.
#include "common/index/bulk/segment_builder.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "common/base/errors.h"
#include "common/index/write/writable_index.h"
#include "common/input/metadata/article_metadata.h"
#include "common/schema/schema.h"
#include "common/search/search.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

PreparedArticle prepare(ArticlePreparer& preparer, const std::string& url,
                        const std::string& body) {
  Article a = testing::make_article("Title of " + url, body, url, "2025-01-20", "");
  resolve_metadata(a, OutletTable());
  return preparer.prepare(a);
}

std::uint64_t count(const std::string& dir, const std::string& query, bool quotes = false) {
  ReadableIndex index = open_index_for_reading(dir);
  Searcher searcher(index, nullptr);
  SearchRequest request;
  request.query = query;
  request.limit = 0;
  request.quotes = quotes;
  return searcher.search(request).total;
}

TEST(SegmentBuilder, WritesAWholeSegmentWhereARepeatedArticleReplacesItsFirstVersion) {
  testing::TempDir dir;
  const std::string segment = (dir.path() / "segments" / "0").string();
  fs::create_directories(dir.path() / "segments");
  TermDictionary dictionary;
  ArticlePreparer preparer(testing::project_aliases(), dictionary, true);
  SegmentBuilder builder(segment, "s0-");
  EXPECT_TRUE(fs::exists(segment + ".tmp"));
  EXPECT_FALSE(fs::exists(segment));

  PreparedArticle first = prepare(preparer, "https://a.example/1",
                                  "\"We will build the bridge,\" Varga said on Monday.");
  PreparedArticle second = prepare(preparer, "https://a.example/1",
                                   "\"We will repair the old road,\" Varga said on Tuesday.");
  PreparedArticle other =
      prepare(preparer, "https://b.example/2", "Farmers blocked the ring road.");
  EXPECT_FALSE(builder.add(first, "c1"));
  EXPECT_TRUE(builder.holds_unchanged(first.id_term, first.record_hash));
  EXPECT_TRUE(builder.add(second, "c1"));
  EXPECT_FALSE(builder.holds_unchanged(first.id_term, first.record_hash));
  EXPECT_TRUE(builder.holds_unchanged(second.id_term, second.record_hash));
  EXPECT_FALSE(builder.add(other, "c2"));
  EXPECT_EQ(builder.articles(), 2u);
  EXPECT_GT(builder.memory_bytes(), 0u);
  builder.finish();

  EXPECT_TRUE(fs::exists(segment));
  EXPECT_FALSE(fs::exists(segment + ".tmp"));
  ReadableIndex index = open_index_for_reading(segment);
  EXPECT_EQ(index.articles.get_doccount(), 2u);
  EXPECT_EQ(index.articles.get_lastdocid(), 3u);  // the first version's docid stays unused
  // The replaced version's words, record and quote are gone; the new ones are found.
  EXPECT_EQ(count(segment, "\"repair the old road\""), 1u);
  EXPECT_EQ(count(segment, "\"build the bridge\""), 0u);
  EXPECT_EQ(count(segment, "bridge"), 0u);
  EXPECT_EQ(count(segment, "speaker:\"Elena Varga\" quote:\"old road\""), 1u);
  EXPECT_EQ(count(segment, "\"old road\"", true), 1u);
  EXPECT_EQ(count(segment, "\"the bridge\"", true), 0u);
  EXPECT_EQ(count(segment, "\"ring road\""), 1u);
  for (std::string_view db : {schema::kArticlesDatabase, schema::kQuotesDatabase}) {
    bool has_part = false;
    for (const auto& entry : fs::directory_iterator(fs::path(segment) / db)) {
      if (entry.path().filename().string().starts_with(schema::kTokenPartPrefix)) has_part = true;
    }
    EXPECT_TRUE(has_part) << db;
  }
}

TEST(SegmentBuilder, RefusesASegmentThatExistsAndStartsAfreshFromAHalfWrittenOne) {
  testing::TempDir dir;
  const std::string segment = (dir.path() / "0").string();
  fs::create_directories(segment + ".tmp/junk");
  { SegmentBuilder builder(segment, "s0-"); }
  EXPECT_FALSE(fs::exists(segment + ".tmp/junk"));
  fs::create_directories(segment);
  EXPECT_THROW(SegmentBuilder(segment, "s0-"), DatabaseError);
}

}  // namespace
}  // namespace rostra
