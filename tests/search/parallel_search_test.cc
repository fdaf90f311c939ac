// Searches split between threads by docid range (Searcher::set_threads) give the totals,
// facets and pages of one thread.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/search/search.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

using testing::make_article;
using testing::TempDir;

// 48 articles over three outlets and two years, with quotes by three speakers, and the
// same story (identical text) from one outlet first and nearly last, so that a split puts
// its copies apart.
std::vector<Article> articles() {
  const std::vector<std::string> sentences = {
      "\u201CWe must prevent a world war,\u201D Russian President Vladimir Putin said.",
      "Donald Trump said the talks were \u201Cone of the best we have had.\u201D",
      "Sergey Lavrov said the West wanted \u201Ca world of its own rules.\u201D",
      "The budget passed after one of the longest debates in years.",
      "Farmers blocked roads around the capital as well as the port.",
      "The secretary of state met the minister on the other hand of the river.",
  };
  const std::string story =
      "The central bank raised its key interest rate by half a point on Tuesday, one of the "
      "sharpest increases this year, citing stubborn inflation in food and energy prices.";
  std::vector<Article> out;
  for (int i = 0; i < 48; ++i) {
    std::string body;
    for (std::size_t k = 0; k < sentences.size(); ++k) {
      if ((i + 1) % (k + 2) != 0) body += sentences[k] + (k % 2 == 0 ? " " : "\n\n");
    }
    if (i == 0 || i == 45) body = story;
    const char* host = i % 3 == 0 ? "a.example" : i % 3 == 1 ? "b.example" : "c.example";
    // 16 distinct dates, so that date sorts meet ties.
    std::string date = std::to_string(2023 + i % 2) + "/0" + std::to_string(1 + i % 4) + "/1" +
                       std::to_string(i % 2);
    out.push_back(make_article(
        "Report " + std::to_string(i), body,
        "https://" + std::string(host) + "/" + date + "/story-" + std::to_string(i), "", ""));
  }
  return out;
}

class ParallelSearch : public ::testing::Test {
 protected:
  void SetUp() override {
    writer_ = testing::build_index(testing::Backend::kGlass, dir_, articles());
  }
  std::string path() const { return (dir_.path() / "db").string(); }
  SearchResults count(Searcher& searcher, const std::string& query, bool quotes = false) {
    SearchRequest request;
    request.query = query;
    request.limit = 0;
    request.facets = true;
    request.quotes = quotes;
    return searcher.search(request);
  }

  TempDir dir_;
  WritableIndex writer_;
};

void expect_same_counts(const SearchResults& a, const SearchResults& b, const std::string& what) {
  SCOPED_TRACE(what);
  EXPECT_EQ(a.total, b.total);
  EXPECT_EQ(a.facets.outlets, b.facets.outlets);
  EXPECT_EQ(a.facets.speakers, b.facets.speakers);
  EXPECT_EQ(a.facets.months, b.facets.months);
  EXPECT_EQ(a.facets.outlet_stories, b.facets.outlet_stories);
}

TEST_F(ParallelSearch, SplitCountsEqualOneThreadsCountsAndFacets) {
  ReadableIndex index = open_index_for_reading(path());
  Searcher one(index, nullptr, &testing::project_aliases());
  one.set_threads(1);
  const std::vector<std::pair<std::string, bool>> queries = {
      {"war", false},
      {"\"world war\"", false},
      {"\"one of the\"", false},
      {"\"as well as\" OR farmers", false},
      {"speaker:\"Vladimir Putin\"", false},
      {"bank date:2023..2024", false},
      {"world NEAR/3 war", false},
      {"quote:world", true},
      {"speaker:\"Sergey Lavrov\"", true},
  };
  for (unsigned threads : {2u, 3u}) {
    Searcher split(index, nullptr, &testing::project_aliases());
    split.set_threads(threads, 0);
    for (const auto& [query, quotes] : queries) {
      SearchResults expected = count(one, query, quotes);
      EXPECT_EQ(one.threads_used(), 1u);
      SearchResults got = count(split, query, quotes);
      EXPECT_EQ(split.threads_used(), threads) << query;
      EXPECT_GT(expected.total, 0u) << query;
      expect_same_counts(expected, got, query + " on " + std::to_string(threads) + " threads");
    }
  }
}

TEST_F(ParallelSearch, AStoryWhoseCopiesFallInDifferentRangesCountsOnce) {
  ReadableIndex index = open_index_for_reading(path());
  Searcher split(index, nullptr);
  split.set_threads(2, 0);
  SearchResults r = count(split, "\"central bank\"");
  ASSERT_EQ(split.threads_used(), 2u);
  ASSERT_EQ(r.total, 2u);
  ASSERT_EQ(r.facets.outlet_stories.size(), 1u);
  EXPECT_EQ(r.facets.outlet_stories[0].second, 1u);  // two copies, one story
  EXPECT_EQ(r.facets.outlets[0].second, 2u);
}

TEST_F(ParallelSearch, SplitPagesEqualOneThreadsPagesInEverySortOrder) {
  ReadableIndex index = open_index_for_reading(path());
  Searcher one(index, nullptr, &testing::project_aliases());
  one.set_threads(1);
  Searcher split(index, nullptr, &testing::project_aliases());
  split.set_threads(2, 0);
  for (const char* query : {"war", "\"one of the\"", "world OR farmers", "budget debates"}) {
    for (SortOrder sort : {SortOrder::kRelevance, SortOrder::kNewest, SortOrder::kOldest}) {
      for (auto [offset, limit] : {std::pair<std::size_t, std::size_t>{0, 10}, {3, 7}, {0, 100}}) {
        for (bool quotes : {false, true}) {
          SearchRequest request;
          request.query = query;
          request.sort = sort;
          request.offset = offset;
          request.limit = limit;
          request.quotes = quotes;
          SearchResults expected = one.search(request);
          SearchResults got = split.search(request);
          const std::string what = std::string(query) + " sort " +
                                   std::to_string(static_cast<int>(sort)) + " offset " +
                                   std::to_string(offset) + (quotes ? " quotes" : "");
          SCOPED_TRACE(what);
          EXPECT_EQ(split.threads_used(), 2u);
          EXPECT_EQ(expected.total, got.total);
          ASSERT_EQ(expected.hits.size(), got.hits.size());
          for (std::size_t i = 0; i < got.hits.size(); ++i) {
            EXPECT_EQ(expected.hits[i].rank, got.hits[i].rank);
            EXPECT_EQ(expected.hits[i].score, got.hits[i].score);
            EXPECT_EQ(expected.hits[i].article.url, got.hits[i].article.url);
            EXPECT_EQ(expected.hits[i].quote.text, got.hits[i].quote.text);
            // Identical quotes of one date tie on date and weight: docid order decides.
            EXPECT_EQ(expected.hits[i].quote.url, got.hits[i].quote.url);
            EXPECT_EQ(expected.hits[i].snippet.text, got.hits[i].snippet.text);
          }
        }
      }
    }
  }
}

TEST_F(ParallelSearch, CollapsingSmallAndInMemorySearchesRunOnOneThread) {
  ReadableIndex index = open_index_for_reading(path());
  Searcher searcher(index, nullptr);
  searcher.set_threads(2, 0);
  SearchRequest collapsing;
  collapsing.query = "bank";
  collapsing.collapse = true;
  SearchResults collapsed = searcher.search(collapsing);
  EXPECT_EQ(searcher.threads_used(), 1u);
  EXPECT_EQ(collapsed.total, 2u);
  EXPECT_EQ(collapsed.stories, 1u);

  searcher.set_threads(2, 49);  // more documents than the index holds
  count(searcher, "war");
  EXPECT_EQ(searcher.threads_used(), 1u);

  WritableIndex memory = testing::build_index(testing::Backend::kInMemory, dir_, articles());
  Searcher in_memory(testing::readable(memory), nullptr);
  in_memory.set_threads(2, 0);
  SearchResults r = count(in_memory, "war");
  EXPECT_EQ(in_memory.threads_used(), 1u);
  EXPECT_GT(r.total, 0u);
}

TEST_F(ParallelSearch, LoweringTheThreadCountUsesFewerHandles) {
  ReadableIndex index = open_index_for_reading(path());
  Searcher searcher(index, nullptr);
  searcher.set_threads(3, 0);
  const std::uint64_t total = count(searcher, "war").total;
  EXPECT_EQ(searcher.threads_used(), 3u);
  searcher.set_threads(2, 0);  // a third handle is open, but no longer used
  EXPECT_EQ(count(searcher, "war").total, total);
  EXPECT_EQ(searcher.threads_used(), 2u);
}

TEST_F(ParallelSearch, ACommitAfterOpeningLeavesTheCountOnTheOpenedRevision) {
  ReadableIndex index = open_index_for_reading(path());
  Searcher early(index, nullptr);
  early.set_threads(2, 0);
  const std::uint64_t before = count(early, "farmers").total;
  ASSERT_EQ(early.threads_used(), 2u);
  Searcher late(index, nullptr);  // opens its own handles at its first search
  late.set_threads(2, 0);

  const OutletTable outlets;  // the writer keeps a reference: it must outlive it
  ArticleWriter writer(writer_, outlets, testing::project_aliases());
  std::vector<std::string> warnings;
  Article more = make_article("Farmers again", "Farmers blocked roads again.",
                              "https://a.example/2025/05/05/farmers-again", "", "");
  writer.write(more, warnings);
  writer_.commit();

  // Handles opened before the commit read the opened revision: still split.
  EXPECT_EQ(count(early, "farmers").total, before);
  EXPECT_EQ(early.threads_used(), 2u);
  // New handles would read the new revision: the searcher counts alone, as opened.
  EXPECT_EQ(count(late, "farmers").total, before);
  EXPECT_EQ(late.threads_used(), 1u);

  Searcher fresh(open_index_for_reading(path()), nullptr);
  fresh.set_threads(2, 0);
  EXPECT_EQ(count(fresh, "farmers").total, before + 1);
  EXPECT_EQ(fresh.threads_used(), 2u);
}

}  // namespace
}  // namespace rostra
