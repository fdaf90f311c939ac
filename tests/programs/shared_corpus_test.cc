// Ingests each real dump of ../shared/corpus whose format Rostra reads. Skips cleanly when
// ../shared is absent (a user's fresh clone).
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

#include "common/input/input_reader.h"
#include "common/input/metadata/article_metadata.h"
#include "common/search/search.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;

const fs::path kCorpus = fs::path(ROSTRA_SOURCE_DIR) / ".." / "shared" / "corpus";

struct Ingest {
  std::vector<Article> articles;
  std::vector<InputIssue> rejected;
  std::vector<InputIssue> warnings;
};

// Reads `path` and resolves each article's metadata with the project's outlet table.
Ingest ingest(const fs::path& path) {
  static const OutletTable outlets = load_outlet_table(ROSTRA_SOURCE_DIR "/corpus/outlets.tsv");
  Ingest result;
  ReaderSink sink;
  sink.article = [&](Article&& a) {
    resolve_metadata(a, outlets);
    result.articles.push_back(std::move(a));
  };
  sink.issue = [&](InputIssue&& issue) {
    (issue.kind == InputIssue::Kind::kRejected ? result.rejected : result.warnings)
        .push_back(std::move(issue));
  };
  InputStats stats;
  read_inputs({path}, sink, stats);
  return result;
}

std::string first_message(const std::vector<InputIssue>& issues) {
  return issues.empty() ? std::string() : issues.front().message();
}

class SharedCorpus : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kCorpus)) GTEST_SKIP() << "../shared/corpus not present";
  }
};

TEST_F(SharedCorpus, IsotReutersRowsGetOutletReutersAndTheirDates) {
  Ingest in = ingest(kCorpus / "isot-fake-news" / "True.csv.zst");
  EXPECT_EQ(in.articles.size(), 908u);
  EXPECT_TRUE(in.rejected.empty()) << first_message(in.rejected);
  std::size_t reuters = 0;
  for (const Article& a : in.articles) {
    EXPECT_FALSE(a.date.empty()) << a.raw_date;
    EXPECT_GE(a.date, "2017-10-19");
    EXPECT_LE(a.date, "2017-12-31");
    reuters += a.outlet == "Reuters";
  }
  // Rows without a "(Reuters)" dateline keep an unknown outlet rather than a guess.
  EXPECT_GE(reuters, 840u);
  EXPECT_EQ(in.articles.front().date, "2017-12-31");  // newest first, "December 31, 2017 "
}

TEST_F(SharedCorpus, IsotReutersRowsAreSearchableByOutletAndDate) {
  Ingest in = ingest(kCorpus / "isot-fake-news" / "True.csv.zst");
  testing::TempDir dir;
  OutletTable outlets = load_outlet_table(ROSTRA_SOURCE_DIR "/corpus/outlets.tsv");
  WritableIndex index =
      testing::build_index(testing::Backend::kInMemory, dir, in.articles, outlets);
  // 4 of the 908 rows repeat another row's title and text exactly: they share a content id
  // and replace each other, leaving 904 distinct articles.
  EXPECT_EQ(index.articles.get_doccount(), 904u);
  Searcher searcher(testing::readable(index), &outlets);
  SearchRequest request;
  request.query = "outlet:Reuters date:2017-12";
  request.facets = true;
  SearchResults r = searcher.search(request);
  EXPECT_GT(r.total, 100u);
  ASSERT_FALSE(r.facets.outlets.empty());
  EXPECT_EQ(r.facets.outlets.front().first, "Reuters");
  EXPECT_EQ(r.facets.months.size(), 1u);
}

TEST_F(SharedCorpus, IsotFakeRowsParseTheirDatesAndLeaveOutletUnknown) {
  Ingest in = ingest(kCorpus / "isot-fake-news" / "Fake.csv.zst");
  EXPECT_EQ(in.articles.size(), 917u);
  EXPECT_TRUE(in.rejected.empty()) << first_message(in.rejected);
  std::size_t dated = 0;
  for (const Article& a : in.articles) dated += !a.date.empty();
  EXPECT_EQ(dated, 917u);
}

TEST_F(SharedCorpus, ChannelOneCsvIsRussianWithDatesAndOutlet) {
  Ingest in = ingest(kCorpus / "1tv-ru-news-2022" / "chunk_2022.csv.zst");
  EXPECT_EQ(in.articles.size(), 4894u);
  EXPECT_TRUE(in.rejected.empty()) << first_message(in.rejected);
  for (const Article& a : in.articles) {
    ASSERT_EQ(a.outlet, "Channel One Russia") << a.url;
    ASSERT_EQ(a.language, "ru") << a.url;
    ASSERT_EQ(a.date.substr(0, 4), "2022") << a.url;
  }
}

TEST_F(SharedCorpus, KremlinJsonLinesUseStatusDateWhenDateIsNull) {
  Ingest in = ingest(kCorpus / "kremlin-en-full" / "kremlin-en.jsonl.zst");
  EXPECT_EQ(in.articles.size(), 6513u);
  EXPECT_TRUE(in.rejected.empty()) << first_message(in.rejected);
  std::size_t dated = 0;
  for (const Article& a : in.articles) dated += !a.date.empty();
  EXPECT_EQ(dated, 6513u);
  EXPECT_EQ(in.articles.front().outlet, "President of Russia (kremlin.ru)");
}

TEST_F(SharedCorpus, BbcFoldersReadEveryArticleAndRepairTheLatin1Pound) {
  Ingest in = ingest(kCorpus / "bbc-news");
  EXPECT_EQ(in.articles.size(), 2004u);  // README.TXT and SHA256SUMS are skipped
  EXPECT_TRUE(in.rejected.empty()) << first_message(in.rejected);
  ASSERT_EQ(in.warnings.size(), 1u);
  EXPECT_NE(in.warnings[0].file.find("sport/199.txt"), std::string::npos);
  for (const Article& a : in.articles) ASSERT_FALSE(a.title.empty()) << a.origin_file;
}

TEST_F(SharedCorpus, UsenetPostsTakeTheirTitleFromSubject) {
  Ingest in = ingest(kCorpus / "20news-politics");
  EXPECT_EQ(in.articles.size(), 2365u);
  EXPECT_TRUE(in.rejected.empty()) << first_message(in.rejected);
  std::size_t with_author = 0;
  for (const Article& a : in.articles) {
    ASSERT_FALSE(a.title.empty()) << a.origin_file;
    with_author += !a.author.empty();
  }
  EXPECT_EQ(with_author, 2365u);
}

TEST_F(SharedCorpus, ReutersSgmlStoriesAreReadOneArticleEach) {
  Ingest in = ingest(kCorpus / "reuters21578");
  std::size_t stories = 0;
  std::size_t dated = 0;
  for (const Article& a : in.articles) {
    if (a.origin_file.find(".sgm") == std::string::npos) continue;
    ++stories;
    dated += !a.date.empty();
    EXPECT_EQ(a.outlet, "Reuters") << a.origin_record;
    EXPECT_FALSE(a.origin_record.empty());
  }
  std::size_t empty = 0;
  for (const InputIssue& issue : in.rejected) {
    if (issue.file.find(".sgm") == std::string::npos) continue;
    EXPECT_NE(issue.reason.find("empty story"), std::string::npos) << issue.message();
    ++empty;
  }
  EXPECT_EQ(empty, 1u);  // NEWID 12793 has neither title nor text
  EXPECT_EQ(stories + empty, 19578u);
  EXPECT_EQ(dated, stories);
}

}  // namespace
}  // namespace rostra
