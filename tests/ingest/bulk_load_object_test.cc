// A bulk load driven directly, without a run or a process (common/ingest/bulk_load.h).
#include "common/ingest/bulk_load.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "common/base/text_util.h"
#include "common/index/readable_index.h"
#include "common/index/segment_directories.h"
#include "common/index/write/article_preparer.h"
#include "common/input/metadata/article_metadata.h"
#include "common/input/metadata/outlet_table.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

// `count` prepared articles, ids "bulk-<from>".. (resolved from their URLs).
std::vector<PreparedArticle> prepared_articles(WritableIndex& index, int from, int count) {
  ArticlePreparer preparer(testing::project_aliases(), index.dictionary(), true);
  OutletTable outlets;
  std::vector<PreparedArticle> out;
  for (int i = from; i < from + count; ++i) {
    Article article = testing::make_article(
        "Report " + std::to_string(i),
        "\u201cWe will finish the project number " + std::to_string(i) + ",\u201d the mayor said.",
        "https://wire.example/2024/05/bulk-" + std::to_string(i));
    resolve_metadata(article, outlets);
    out.push_back(preparer.prepare(article));
  }
  return out;
}

TEST(BulkLoadObject, StartsOnlyOnAnEmptyIndexWithSeveralWriters) {
  testing::TempDir dir;
  const std::string db = (dir.path() / "db").string();
  WritableIndex index = open_index_for_writing(db);
  EXPECT_EQ(BulkLoad::resume_or_start(index, db, 1, true, 10), nullptr);
  EXPECT_EQ(BulkLoad::resume_or_start(index, db, 2, false, 10), nullptr);
  EXPECT_NE(BulkLoad::resume_or_start(index, db, 2, true, 10), nullptr);
}

// Rounds fill, are written as segments at each commit, and merge into the main databases;
// a load interrupted after a committed round resumes with the stored number of writers.
TEST(BulkLoadObject, FillsRoundsCommitsResumesAndMerges) {
  testing::TempDir dir;
  const std::string db = (dir.path() / "db").string();
  {
    WritableIndex index = open_index_for_writing(db);
    std::unique_ptr<BulkLoad> bulk = BulkLoad::resume_or_start(index, db, 2, true, 3);
    ASSERT_NE(bulk, nullptr);
    int stored = 0;
    for (PreparedArticle& prepared : prepared_articles(index, 0, 6)) {
      ArticleWriter::Duplicate duplicate = ArticleWriter::Duplicate::kNone;
      const std::uint64_t id_hash = hash64(prepared.article.id);
      bulk->store(std::move(prepared), id_hash, duplicate);
      EXPECT_EQ(bulk->round_full(), ++stored == 6);
    }
    bulk->finish_round();
    EXPECT_FALSE(bulk->round_full());
    index.commit();
    EXPECT_EQ(list_segment_directories(db).size(), 2u);
    EXPECT_EQ(bulk->outcomes().added, 6u);
    // Killed here: the round is committed, the merge not done.
  }
  WritableIndex index = open_index_for_writing(db);
  // Resumed with the stored two writers, though one is asked for now.
  std::unique_ptr<BulkLoad> bulk = BulkLoad::resume_or_start(index, db, 1, true, 3);
  ASSERT_NE(bulk, nullptr);
  for (PreparedArticle& prepared : prepared_articles(index, 4, 4)) {  // 2 again, 2 new
    ArticleWriter::Duplicate duplicate = ArticleWriter::Duplicate::kNone;
    const std::uint64_t id_hash = hash64(prepared.article.id);
    bulk->store(std::move(prepared), id_hash, duplicate);
  }
  bulk->finish_round();
  index.commit();
  EXPECT_EQ(bulk->outcomes().added, 2u);
  EXPECT_EQ(bulk->outcomes().unchanged, 2u);
  bulk->merge(index);
  EXPECT_TRUE(list_segment_directories(db).empty());
  ReadableIndex merged = open_index_for_reading(db);
  EXPECT_EQ(merged.articles.get_doccount(), 8u);
  EXPECT_GE(merged.quotes.get_doccount(), 8u);
}

}  // namespace
}  // namespace rostra
