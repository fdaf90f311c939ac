// Embedding Rostra through its public header alone: index the sample corpus into a new
// directory and search it, as a program that links the library would.
#include "common/rostra.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "tests/support/test_support.h"

namespace {

namespace fs = std::filesystem;
const fs::path kSource = ROSTRA_SOURCE_DIR;

TEST(PublicApi, IndexesAndSearchesThroughTheOneHeader) {
  rostra::test::TempDir dir;
  rostra::IndexOptions options;
  options.db_path = (dir.path() / "db").string();
  options.inputs = {kSource / "corpus" / "sample"};
  options.outlets_path = kSource / "corpus" / "outlets.tsv";
  options.speakers_path = kSource / "corpus" / "speakers.tsv";
  std::uint64_t progress_reports = 0;
  options.on_progress = [&](const rostra::IndexProgress&, bool) { ++progress_reports; };
  std::ostringstream log;
  rostra::IndexSummary summary = rostra::run_index(options, log);
  EXPECT_EQ(summary.rejected, 0u) << log.str();
  EXPECT_GT(summary.indexed, 30u);
  EXPECT_GT(summary.quotes, 100u);
  EXPECT_GE(progress_reports, summary.indexed);

  rostra::ReadableIndex index = rostra::open_index_for_reading(options.db_path);
  rostra::OutletTable outlets = rostra::OutletTable::load(options.outlets_path);
  rostra::SpeakerAliases speakers = rostra::load_speaker_aliases(options.speakers_path);
  rostra::Searcher searcher(index, &outlets, &speakers);
  rostra::SearchRequest request;
  request.query = "minister";
  request.facets = true;
  rostra::SearchResults articles = searcher.search(request);
  EXPECT_GT(articles.total, 0u);
  ASSERT_FALSE(articles.hits.empty());
  EXPECT_FALSE(articles.hits[0].article.title.empty());
  EXPECT_TRUE(articles.has_facets);

  request.quotes = true;
  request.query = "speaker:\"Elena Varga\"";
  EXPECT_GT(searcher.search(request).total, 0u);

  request.query = "\"unbalanced";
  EXPECT_THROW(searcher.search(request), rostra::QueryError);
  EXPECT_THROW(rostra::open_index_for_reading((dir.path() / "missing").string()),
               rostra::DatabaseError);
}

}  // namespace
