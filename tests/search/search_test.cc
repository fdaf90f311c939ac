// Index -> search round trips, run against the in-memory and the glass backend.
#include "common/search/search.h"

#include <gtest/gtest.h>

#include "common/base/errors.h"
#include "common/input/metadata/article_metadata.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

using testing::Backend;
using testing::build_index;
using testing::make_article;
using testing::readable;
using testing::TempDir;

SearchResults search_index(const WritableIndex& index, const OutletTable* outlets,
                           const std::string& query, SortOrder sort = SortOrder::kRelevance,
                           bool facets = false, std::size_t limit = 10) {
  Searcher searcher(readable(index), outlets);
  SearchRequest request;
  request.query = query;
  request.sort = sort;
  request.facets = facets;
  request.limit = limit;
  return searcher.search(request);
}

std::vector<Article> fixture_articles() {
  return {
      make_article("Putin congratulates Trump",
                   "Trump spoke about the need to prevent a third world war.\n\n"
                   "Dialogue remains open, the Kremlin said.",
                   "https://outlet-a.example/2025/01/20/a", "", ""),
      make_article("Putin signals readiness for dialogue",
                   "We hear statements on the need to prevent World War III, Putin said.",
                   "https://www.themoscowtimes.com/2025/01/20/b", "", ""),
      make_article("Budget passes", "Parliament passed the budget. The war of words ended.", "",
                   "2024-12-31", "Reuters"),
      make_article("Выборы в парламент", "Партии готовятся к выборам. «Мы готовы», заявил он.",
                   "https://vestnik.example/2025/03/01/c", "", ""),
      make_article("Long-term pact", "A long term plan and a long-term pact, Varga's aides said.",
                   "https://outlet-a.example/2024/06/15/d", "", ""),
  };
}

class SearchRoundTrip : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    outlets_.add("host", "themoscowtimes.com", "The Moscow Times");
    index_ = build_index(GetParam(), dir_, fixture_articles(), outlets_);
  }
  SearchResults search(const std::string& query, SortOrder sort = SortOrder::kRelevance,
                       bool facets = false, std::size_t limit = 10) {
    return search_index(index_, &outlets_, query, sort, facets, limit);
  }
  std::vector<std::string> urls(const SearchResults& results) {
    std::vector<std::string> out;
    for (const SearchHit& hit : results.hits) out.push_back(hit.article.url);
    return out;
  }

  TempDir dir_;
  OutletTable outlets_;
  WritableIndex index_;
};

TEST_P(SearchRoundTrip, PhraseMatchesOnlyTheExactWording) {
  SearchResults r = search("\"third world war\"");
  ASSERT_EQ(r.total, 1u);
  EXPECT_EQ(r.hits[0].article.url, "https://outlet-a.example/2025/01/20/a");
  r = search("\"World War III\"");
  ASSERT_EQ(r.total, 1u);
  EXPECT_EQ(r.hits[0].article.outlet, "The Moscow Times");
  EXPECT_EQ(r.hits[0].article.date, "2025-01-20");
}

TEST_P(SearchRoundTrip, PhraseNeverMatchesAcrossParagraphs) {
  EXPECT_EQ(search("\"world war dialogue\"").total, 0u);
  EXPECT_EQ(search("\"war dialogue\"").total, 0u);
}

TEST_P(SearchRoundTrip, WordsMatchByStem) {
  EXPECT_EQ(search("congratulating").total, 1u);
  EXPECT_EQ(search("выбор").total, 1u);
}

TEST_P(SearchRoundTrip, WordsThatAreTheirOwnStemMatchEveryForm) {
  // "war" is its own stem, so documents hold only the exact term "war" for it (no Zwar):
  // "wars" must still find all three, and "statement" the article saying "statements".
  EXPECT_EQ(search("wars").total, 3u);
  EXPECT_EQ(search("war").total, 3u);
  EXPECT_EQ(search("statement").total, 1u);
  EXPECT_EQ(search("statements").total, 1u);
  EXPECT_EQ(search("budgets").total, 1u);
  EXPECT_EQ(search("выборами").total, 1u);
}

TEST_P(SearchRoundTrip, CountingAloneGivesTheTotalsAndFacetsOfARankedSearch) {
  // A request for no hits is answered without weights (BoolWeight); its counts must be
  // those of the ranked search.
  for (const char* query : {"war", "\"the war\"", "\"the need to prevent\" putin",
                            "putin OR dialogue OR budget", "war NEAR/5 world", "-putin war"}) {
    SearchResults a = search(query, SortOrder::kRelevance, true);
    SearchResults b = search(query, SortOrder::kRelevance, true, 0);
    EXPECT_GT(a.total, 0u) << query;
    EXPECT_EQ(a.total, b.total) << query;
    EXPECT_EQ(a.facets.outlets, b.facets.outlets) << query;
    EXPECT_EQ(a.facets.months, b.facets.months) << query;
    EXPECT_TRUE(b.hits.empty()) << query;
  }
}

TEST_P(SearchRoundTrip, TitleMatchesRankAboveBodyMatches) {
  SearchResults r = search("dialogue");
  ASSERT_EQ(r.total, 2u);
  EXPECT_EQ(r.hits[0].article.title, "Putin signals readiness for dialogue");
}

TEST_P(SearchRoundTrip, BooleanOperatorsCombine) {
  EXPECT_EQ(search("putin AND budget").total, 0u);
  EXPECT_EQ(search("putin OR budget").total, 3u);
  EXPECT_EQ(search("war NOT putin").total, 1u);
  EXPECT_EQ(search("war -putin").total, 1u);
  EXPECT_EQ(search("(putin OR budget) war").total, 3u);
  EXPECT_EQ(search("NOT putin").total, 3u);
}

TEST_P(SearchRoundTrip, NearAndAdjRespectDistanceAndOrder) {
  // "prevent a third world war" (4 apart) and "prevent World War III" (2 apart).
  EXPECT_EQ(search("prevent NEAR/4 war").total, 2u);
  EXPECT_EQ(search("prevent NEAR/3 war").total, 1u);
  EXPECT_EQ(search("prevent NEAR/1 war").total, 0u);
  EXPECT_EQ(search("war NEAR/4 prevent").total, 2u);
  EXPECT_EQ(search("war ADJ/4 prevent").total, 0u);
  EXPECT_EQ(search("prevent ADJ/4 war").total, 2u);
}

TEST_P(SearchRoundTrip, NearMatchesInflectedFormsOfEachWord) {
  // The text says "Партии готовятся к выборам"; the query names other forms of both words.
  EXPECT_EQ(search("партия NEAR/3 выборы").total, 1u);
  EXPECT_EQ(search("партия ADJ/3 выборы").total, 1u);
  EXPECT_EQ(search("выборы ADJ/3 партия").total, 0u);
}

TEST_P(SearchRoundTrip, LexisProximityMatchesNearAndAdj) {
  for (const char* words : {"putin trump", "trump putin", "prevent war", "war prevent"}) {
    const std::string a = std::string(words).substr(0, std::string(words).find(' '));
    const std::string b = std::string(words).substr(a.size() + 1);
    for (unsigned n : {1u, 3u, 10u}) {
      const std::string k = std::to_string(n);
      EXPECT_EQ(search(a + " w/" + k + " " + b).total, search(a + " NEAR/" + k + " " + b).total)
          << words << n;
      EXPECT_EQ(search(a + " PRE/" + k + " " + b).total, search(a + " ADJ/" + k + " " + b).total)
          << words << n;
    }
  }
  EXPECT_EQ(search("prevent pre/5 war").total, 2u);  // "prevent a third world war", "… World War"
  EXPECT_EQ(search("war pre/5 prevent").total, 0u);
  EXPECT_EQ(search("war w/5 prevent").total, 2u);
  EXPECT_EQ(search("prevent pre/2 war").total, 1u);  // "prevent World War", not "a third world"
}

TEST_P(SearchRoundTrip, WildcardsExpandFromTheIndexedWords) {
  if (GetParam() == Backend::kInMemory) {
    GTEST_SKIP() << "Xapian's in-memory backend lists no metadata keys (the word dictionary)";
  }
  EXPECT_EQ(search("congratulat*").total, 1u);
  EXPECT_EQ(search("congratulat!").total, 1u);
  EXPECT_EQ(search("statem?nts").total, 1u);
  EXPECT_EQ(search("parliam*").total, search("parliament").total);
  EXPECT_EQ(search("прев* OR выбор*").total, search("выборы").total);
  EXPECT_EQ(search("dialog* NEAR/3 open*").total, 1u);
  SearchResults none = search("zzzq*");
  EXPECT_EQ(none.total, 0u);
  ASSERT_EQ(none.notes.size(), 1u);
  EXPECT_NE(none.notes[0].find("matches no word"), std::string::npos);
}

TEST_P(SearchRoundTrip, HyphenatedWordMatchesSpacedPhrase) {
  SearchResults r = search("long-term");
  EXPECT_EQ(r.total, 1u);
  EXPECT_EQ(search("\"long term pact\"").total, 1u);
}

TEST_P(SearchRoundTrip, ApostropheFormsAreTheSameWord) {
  EXPECT_EQ(search("\"Varga’s aides\"").total, 1u);
  EXPECT_EQ(search("\"Varga's aides\"").total, 1u);
}

// Issue #18: title: matched the exact form only ("title:signal" missed "signals").
TEST_P(SearchRoundTrip, TitleWordMatchesByStemAndQuotedTitleWordExactly) {
  EXPECT_EQ(search("title:signal").total, 1u);
  EXPECT_EQ(search("title:signals").total, 1u);
  EXPECT_EQ(search("title:dialogues").total, 1u);
  EXPECT_EQ(search("title:\"signal\"").total, 0u);
  EXPECT_EQ(search("title:\"signals\"").total, 1u);
  EXPECT_EQ(search("title:(signal OR passed)").total, 2u);
  // Wildcards read the word list from metadata keys, which Xapian's in-memory backend cannot
  // list.
  if (GetParam() == Backend::kGlass) {
    EXPECT_EQ(search("title:sign*").total, 1u);
  }
  EXPECT_EQ(search("title:congratulate").total, 1u);
  EXPECT_GT(search("title:signal").hits.at(0).score, 0.0) << "title: ranks";
}

TEST_P(SearchRoundTrip, FiltersByTitleOutletAndDate) {
  EXPECT_EQ(search("title:dialogue").total, 1u);
  EXPECT_EQ(search("title:\"signals readiness\"").total, 1u);
  EXPECT_EQ(search("outlet:\"The Moscow Times\"").total, 1u);
  EXPECT_EQ(search("outlet:themoscowtimes.com").total, 1u);
  EXPECT_EQ(search("outlet:reuters budget").total, 1u);
  EXPECT_EQ(search("date:2025").total, 3u);
  EXPECT_EQ(search("date:2025-01").total, 2u);
  EXPECT_EQ(search("date:2024-12-31").total, 1u);
  EXPECT_EQ(search("date:2024-06-01..2024-12-31").total, 2u);
  EXPECT_EQ(search("date:..2024-12").total, 2u);
  EXPECT_EQ(search("war date:2025..").total, 2u);
}

TEST_P(SearchRoundTrip, SortsByDateBothWays) {
  SearchResults newest = search("date:2024..2025", SortOrder::kNewest);
  ASSERT_EQ(newest.hits.size(), 5u);
  EXPECT_EQ(newest.hits.front().article.date, "2025-03-01");
  EXPECT_EQ(newest.hits.back().article.date, "2024-06-15");
  SearchResults oldest = search("date:2024..2025", SortOrder::kOldest);
  EXPECT_EQ(oldest.hits.front().article.date, "2024-06-15");
}

TEST_P(SearchRoundTrip, FacetsCountTheWholeMatchSet) {
  Searcher searcher(readable(index_), &outlets_);
  SearchRequest request;
  request.query = "date:2024..2025";
  request.facets = true;
  request.limit = 1;  // facets must not depend on the page
  SearchResults r = searcher.search(request);
  EXPECT_EQ(r.total, 5u);
  EXPECT_EQ(r.hits.size(), 1u);
  ASSERT_TRUE(r.has_facets);
  std::map<std::string, std::uint64_t> outlets(r.facets.outlets.begin(), r.facets.outlets.end());
  EXPECT_EQ(outlets["outlet-a.example"], 2u);
  EXPECT_EQ(outlets["The Moscow Times"], 1u);
  EXPECT_EQ(outlets["Reuters"], 1u);
  std::map<std::string, std::uint64_t> months(r.facets.months.begin(), r.facets.months.end());
  EXPECT_EQ(months["2025-01"], 2u);
  EXPECT_EQ(months["2024-06"], 1u);
}

TEST_P(SearchRoundTrip, PagesWithOffsetAndLimit) {
  Searcher searcher(readable(index_), &outlets_);
  SearchRequest request;
  request.query = "date:2024..2025";
  request.sort = SortOrder::kOldest;
  request.offset = 3;
  request.limit = 10;
  SearchResults r = searcher.search(request);
  EXPECT_EQ(r.total, 5u);
  ASSERT_EQ(r.hits.size(), 2u);
  EXPECT_EQ(r.hits[0].rank, 4u);
}

TEST_P(SearchRoundTrip, SnippetMarksTheMatchedPhraseAsAWhole) {
  SearchResults r = search("\"third world war\"");
  ASSERT_EQ(r.hits.size(), 1u);
  std::string rendered = render_snippet(r.hits[0].snippet, "[", "]");
  EXPECT_NE(rendered.find("[third world war]"), std::string::npos) << rendered;
}

TEST_P(SearchRoundTrip, ReindexingSkipsUnchangedAndReplacesChangedArticles) {
  std::vector<Article> again = fixture_articles();
  again[1].body += " An added sentence.";
  Xapian::doccount quotes = index_.quotes.get_doccount();
  ArticleWriter writer(index_, outlets_, testing::project_aliases());
  std::vector<std::string> warnings;
  for (std::size_t i = 0; i < again.size(); ++i) {
    EXPECT_EQ(writer.write(again[i], warnings),
              i == 1 ? ArticleWriter::Outcome::kReplaced : ArticleWriter::Outcome::kUnchanged);
  }
  index_.commit();
  EXPECT_EQ(index_.articles.get_doccount(), 5u);
  EXPECT_EQ(index_.quotes.get_doccount(), quotes);
  EXPECT_EQ(search("\"an added sentence\"").total, 1u);
}

TEST_P(SearchRoundTrip, DeletesArticlesWithTheirQuotes) {
  ArticleWriter writer(index_, outlets_, testing::project_aliases());
  EXPECT_TRUE(writer.erase("https://outlet-a.example/2025/01/20/a"));
  EXPECT_FALSE(writer.erase("https://outlet-a.example/2025/01/20/a"));
  index_.commit();
  EXPECT_EQ(index_.articles.get_doccount(), 4u);
  EXPECT_EQ(search("\"third world war\"").total, 0u);
}

TEST_P(SearchRoundTrip, MalformedQueriesThrowQueryError) {
  EXPECT_THROW(search("(putin"), QueryError);
  EXPECT_THROW(search("\"unterminated"), QueryError);
  EXPECT_THROW(search("speeker:putin"), QueryError);
  EXPECT_THROW(search("\"...\""), QueryError);
}

INSTANTIATE_TEST_SUITE_P(Backends, SearchRoundTrip,
                         ::testing::Values(Backend::kInMemory, Backend::kGlass),
                         [](const auto& param_info) {
                           return testing::backend_name(param_info.param);
                         });

}  // namespace
}  // namespace rostra

namespace rostra {
namespace {

// Articles whose quotes tell speakers apart: who said "world war", and where.
std::vector<Article> quote_articles() {
  return {
      testing::make_article(
          "Leaders trade words",
          "\u201CWe must prevent a world war,\u201D Russian President Vladimir Putin said.\n\n"
          "U.S. President Donald Trump said the talks were \u201Cproductive and long "
          "overdue.\u201D",
          "https://a.example/2025/01/20/one", "", ""),
      testing::make_article(
          "A warning from Washington",
          "Donald Trump said: \u201CA world war would be a disaster for everyone.\u201D\n\n"
          "Sergey Lavrov replied that the West wanted \u201Ca world of its own rules.\u201D",
          "https://b.example/2025/02/01/two", "", ""),
      testing::make_article(
          "Two voices",
          "\u201CThe war ended,\u201D Sergey Lavrov said. \u201CWorld peace is near,\u201D "
          "Vladimir Putin said.",
          "https://a.example/2024/05/05/three", "", ""),
  };
}

class QuoteSearch : public ::testing::TestWithParam<testing::Backend> {
 protected:
  void SetUp() override { index_ = testing::build_index(GetParam(), dir_, quote_articles()); }
  SearchResults run(const std::string& query, bool quotes = false, bool facets = false,
                    SortOrder sort = SortOrder::kRelevance) {
    Searcher searcher(testing::readable(index_), nullptr, &testing::project_aliases());
    SearchRequest request;
    request.query = query;
    request.quotes = quotes;
    request.facets = facets;
    request.sort = sort;
    return searcher.search(request);
  }
  testing::TempDir dir_;
  WritableIndex index_;
};

TEST_P(QuoteSearch, SpeakerAndQuoteMatchOnlyWhatThatSpeakerSaid) {
  SearchResults r = run("speaker:\"Vladimir Putin\" quote:\"world war\"");
  ASSERT_EQ(r.total, 1u);
  EXPECT_EQ(r.hits[0].article.title, "Leaders trade words");
  r = run("speaker:\"Donald Trump\" quote:\"world war\"");
  ASSERT_EQ(r.total, 1u);
  EXPECT_EQ(r.hits[0].article.title, "A warning from Washington");
  EXPECT_GT(r.hits[0].score, 0.0) << "quote: must rank, not only filter";
  EXPECT_GT(run("speaker:\"Vladimir Putin\" quote:\"world war\"", true).hits.at(0).score, 0.0);
  // Lavrov is quoted in the second article, but not saying "world war".
  EXPECT_EQ(run("speaker:\"Sergey Lavrov\" quote:\"world war\"").total, 0u);
}

TEST_P(QuoteSearch, QuoteFieldMatchesOnlyInsideQuotes) {
  EXPECT_EQ(run("quote:\"world war\"").total, 2u);
  // "productive" is inside a quote; "talks" is not.
  EXPECT_EQ(run("quote:productive").total, 1u);
  EXPECT_EQ(run("quote:talks").total, 0u);
  EXPECT_EQ(run("talks").total, 1u);
}

// Issue #18: quote: matched the exact form only ("quote:prevents" missed "prevent").
TEST_P(QuoteSearch, QuoteWordMatchesByStemAndQuotedQuoteWordExactly) {
  EXPECT_EQ(run("quote:prevents").total, 1u);
  EXPECT_EQ(run("quote:\"prevents\"").total, 0u);
  EXPECT_EQ(run("quote:\"prevent\"").total, 1u);
  EXPECT_EQ(run("speaker:\"Vladimir Putin\" quote:preventing").total, 1u);
  EXPECT_EQ(run("speaker:\"Donald Trump\" quote:preventing").total, 0u);
  EXPECT_EQ(run("quote:prevents", true).total, 1u);
  EXPECT_EQ(run("quote:\"prevents\"", true).total, 0u);
  EXPECT_EQ(run("quote:rule").total, 1u) << "\"rules\" is inside Lavrov's quote";
}

TEST_P(QuoteSearch, PhraseNeverMatchesAcrossTwoQuotes) {
  // "…The war ended," Lavrov said. "World peace…": adjacent in the text, separate quotes.
  EXPECT_EQ(run("quote:\"ended world\"").total, 0u);
  EXPECT_EQ(run("\"ended world\"", true).total, 0u);
}

TEST_P(QuoteSearch, SpeakerAliasesWorkInQueries) {
  EXPECT_EQ(run("speaker:Путин quote:\"world war\"").total, 1u);
  EXPECT_EQ(run("speaker:Путин").total, 2u);
}

TEST_P(QuoteSearch, QuotesModeListsQuotesWithSpeakerSortedByDate) {
  SearchResults r = run("world", true, true, SortOrder::kOldest);
  ASSERT_EQ(r.total, 4u) << "world war, world war, world of rules, world peace";
  EXPECT_EQ(r.hits.front().quote.date, "2024-05-05");
  EXPECT_EQ(r.hits.front().quote.speaker, "Vladimir Putin");
  EXPECT_EQ(r.hits.front().quote.text, "World peace is near,");
  EXPECT_EQ(r.hits.back().quote.date, "2025-02-01");
  std::map<std::string, std::uint64_t> speakers(r.facets.speakers.begin(), r.facets.speakers.end());
  EXPECT_EQ(speakers["Vladimir Putin"], 2u);
  EXPECT_EQ(speakers["Donald Trump"], 1u);
  EXPECT_EQ(speakers["Sergey Lavrov"], 1u);
}

TEST_P(QuoteSearch, ArticleFacetsCountSpeakers) {
  SearchResults r = run("date:2024..2025", false, true);
  std::map<std::string, std::uint64_t> speakers(r.facets.speakers.begin(), r.facets.speakers.end());
  EXPECT_EQ(speakers["Vladimir Putin"], 2u);
  EXPECT_EQ(speakers["Donald Trump"], 2u);
  EXPECT_EQ(speakers["Sergey Lavrov"], 2u);
}

TEST_P(QuoteSearch, IndexingQuotesDoesNotChangeArticleRanking) {
  WritableIndex without = testing::in_memory_index_without_quotes(quote_articles());
  Searcher plain(testing::readable(without), nullptr);
  SearchRequest request;
  request.query = "world OR war OR talks";
  SearchResults a = run(request.query);
  SearchResults b = plain.search(request);
  ASSERT_EQ(a.hits.size(), b.hits.size());
  for (std::size_t i = 0; i < a.hits.size(); ++i) {
    EXPECT_EQ(a.hits[i].article.id, b.hits[i].article.id);
    EXPECT_DOUBLE_EQ(a.hits[i].score, b.hits[i].score);
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, QuoteSearch,
                         ::testing::Values(testing::Backend::kInMemory, testing::Backend::kGlass),
                         [](const auto& param_info) {
                           return testing::backend_name(param_info.param);
                         });

}  // namespace
}  // namespace rostra

namespace rostra {
namespace {

TEST(Duplicates, ExactAndNearCopiesShareAClusterAndCollapse) {
  const std::string wire =
      "The central bank raised its key interest rate by half a point on Tuesday, the third "
      "increase this year, citing stubborn inflation in food and energy prices. The governor "
      "said further increases were possible if prices did not slow by the summer. Economists "
      "had expected a smaller move.";
  std::vector<Article> articles = {
      testing::make_article("Bank raises rates", wire, "https://a.example/2025/03/04/rates", "",
                            ""),
      testing::make_article("Bank raises rates", wire, "https://b.example/2025/03/04/rates", "",
                            ""),
      testing::make_article("Central bank raises rates again",
                            wire + " Markets fell slightly after the announcement.",
                            "https://c.example/2025/03/04/rates", "", ""),
      testing::make_article("Farmers protest", "Farmers blocked roads around the capital.",
                            "https://a.example/2025/03/05/farmers", "", ""),
  };
  WritableIndex index = in_memory_index();
  OutletTable outlets;
  ArticleWriter writer(index, outlets, testing::project_aliases());
  std::vector<ArticleWriter::Duplicate> kinds;
  for (Article& a : articles) {
    resolve_metadata(a, outlets);
    PreparedArticle prepared =
        ArticlePreparer(testing::project_aliases(), index.dictionary(), true).prepare(a);
    ArticleWriter::Duplicate duplicate;
    writer.store(prepared, &duplicate);
    kinds.push_back(duplicate);
  }
  index.commit();
  EXPECT_EQ(kinds[0], ArticleWriter::Duplicate::kNone);
  EXPECT_EQ(kinds[1], ArticleWriter::Duplicate::kExact);
  EXPECT_EQ(kinds[2], ArticleWriter::Duplicate::kNear);
  EXPECT_EQ(kinds[3], ArticleWriter::Duplicate::kNone);

  Searcher searcher(testing::readable(index), nullptr);
  SearchRequest request;
  request.query = "bank OR farmers";
  request.facets = true;
  SearchResults plain = searcher.search(request);
  EXPECT_EQ(plain.total, 4u);
  request.collapse = true;
  SearchResults collapsed = searcher.search(request);
  EXPECT_EQ(collapsed.total, 4u);    // carriage
  EXPECT_EQ(collapsed.stories, 2u);  // distinct stories
  ASSERT_EQ(collapsed.hits.size(), 2u);
  std::uint64_t copies = collapsed.hits[0].collapsed + collapsed.hits[1].collapsed;
  EXPECT_EQ(copies, 2u);
  std::map<std::string, std::uint64_t> stories(collapsed.facets.outlet_stories.begin(),
                                               collapsed.facets.outlet_stories.end());
  EXPECT_EQ(stories["a.example"], 2u);  // two different stories from a.example
  EXPECT_EQ(collapsed.facets.stories, 2u);

  // Regression: the stories of a short page were Xapian's estimate ("82 matches (90
  // distinct stories)" with -n 5): they must not depend on the page.
  for (std::size_t limit : {0u, 1u}) {
    request.limit = limit;
    request.facets = false;
    SearchResults page = searcher.search(request);
    EXPECT_EQ(page.total, 4u) << limit;
    EXPECT_EQ(page.stories, 2u) << limit;
  }
}

// Articles with and without date and outlet, for sorting and the ":unknown" filters.
class UnknownMetadata : public ::testing::Test {
 protected:
  void SetUp() override {
    index_ = testing::build_index(
        Backend::kInMemory, dir_,
        {
            testing::make_article("Grain deal talks", "Talks on the grain deal resumed.", "",
                                  "2024-05-01", "Reuters"),
            testing::make_article("Grain exports", "Grain exports rose.", "", "", "Reuters"),
            testing::make_article("Grain prices", "Grain prices fell.", "", "2025-02-01", ""),
            testing::make_article("Sanctions on grain", "Grain sanctions were extended.", "",
                                  "2023-01-01", "Reuters"),
        });
  }
  SearchResults search(const std::string& query, SortOrder sort = SortOrder::kRelevance) {
    return search_index(index_, nullptr, query, sort);
  }
  static std::vector<std::string> dates(const SearchResults& results) {
    std::vector<std::string> out;
    for (const SearchHit& hit : results.hits) out.push_back(hit.article.date);
    return out;
  }

  TempDir dir_;
  WritableIndex index_;
};

// Regression: --sort oldest listed undated articles first.
TEST_F(UnknownMetadata, UndatedArticlesSortLastBothWays) {
  EXPECT_EQ(dates(search("grain", SortOrder::kOldest)),
            (std::vector<std::string>{"2023-01-01", "2024-05-01", "2025-02-01", ""}));
  EXPECT_EQ(dates(search("grain", SortOrder::kNewest)),
            (std::vector<std::string>{"2025-02-01", "2024-05-01", "2023-01-01", ""}));
}

TEST_F(UnknownMetadata, FiltersArticlesWithoutADateOrOutlet) {
  SearchResults r = search("grain date:unknown");
  ASSERT_EQ(r.total, 1u);
  EXPECT_EQ(r.hits[0].article.title, "Grain exports");
  r = search("outlet:unknown");
  ASSERT_EQ(r.total, 1u);
  EXPECT_EQ(r.hits[0].article.title, "Grain prices");
  EXPECT_EQ(search("grain -date:unknown -outlet:Unknown").total, 2u);
}

TEST_F(UnknownMetadata, FieldNamesAreCaseInsensitiveAndTakeGroups) {
  EXPECT_EQ(search("Title:sanctions").total, 1u);
  EXPECT_EQ(search("TITLE:prices").total, 1u);
  EXPECT_EQ(search("title:(prices OR exports)").total, 2u);
  EXPECT_EQ(search("title:(grain -talks)").total, 3u);
}

}  // namespace
}  // namespace rostra
