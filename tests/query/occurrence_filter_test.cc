// atleastN(word): round trips on both backends, against counts made by reading the text.
#include "common/query/occurrence_filter.h"

#include <gtest/gtest.h>

#include "common/base/errors.h"
#include "common/search/search.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

std::vector<Article> repeated_words() {
  using testing::make_article;
  return {
      // "sanction" in four forms, four times in the body.
      make_article("Trade",
                   "Sanctions were discussed. A sanction fell; more sanctions came. "
                   "They sanctioned banks.",
                   "https://a.example/1"),
      // Three times, once in the title (weighted 3 in the stem's wdf, counted once here).
      make_article("Sanctions debate", "The sanctions vote. Sanctions again.",
                   "https://a.example/2"),
      // Once, in the title: wdf 3, one occurrence.
      make_article("New sanctions", "Nothing else was said.", "https://a.example/3"),
      // Twice.
      make_article("Budget", "The sanction and the sanctions.", "https://a.example/4"),
  };
}

class AtLeast : public ::testing::TestWithParam<testing::Backend> {
 protected:
  void SetUp() override { index_ = testing::build_index(GetParam(), dir_, repeated_words()); }
  std::uint64_t count(const std::string& query) {
    Searcher searcher(testing::readable(index_), nullptr);
    SearchRequest request;
    request.query = query;
    return searcher.search(request).total;
  }
  testing::TempDir dir_;
  WritableIndex index_;
};

TEST_P(AtLeast, CountsEveryFormOfTheWordOnce) {
  EXPECT_EQ(count("sanction"), 4u);
  EXPECT_EQ(count("atleast1(sanction)"), 4u);
  EXPECT_EQ(count("atleast2(sanction)"), 3u);
  EXPECT_EQ(count("atleast3(sanctions)"), 2u);
  EXPECT_EQ(count("atleast4(sanction)"), 1u);
  EXPECT_EQ(count("atleast5(sanction)"), 0u);
}

// A title occurrence weighs 3 in the stem's wdf: the count comes from the words, so the
// article with "sanctions" once, in its title, is not taken for three occurrences.
TEST_P(AtLeast, TitleOccurrenceCountsOnce) {
  EXPECT_EQ(count("atleast3(sanction) title:debate"), 1u);
  EXPECT_EQ(count("atleast2(sanction) title:new"), 0u);
}

TEST_P(AtLeast, CombinesWithOtherOperatorsAndWildcards) {
  EXPECT_EQ(count("atleast2(sanction) -budget"), 2u);
  EXPECT_EQ(count("atleast4(sanction) OR budget"), 2u);
  // Wildcards read the word list from metadata keys, which the in-memory backend cannot list.
  if (GetParam() == testing::Backend::kGlass) {
    EXPECT_EQ(count("atleast4(sanct*)"), 1u);
  }
  EXPECT_EQ(count("atleast3 (sanction)"), 2u);
  EXPECT_EQ(count("ATLEAST3(sanction)"), 2u);
  EXPECT_EQ(count("atleast2(nowhere)"), 0u);
}

TEST_P(AtLeast, RefusesMoreThanOneWord) {
  EXPECT_THROW(count("atleast2(long-term)"), QueryError);
}

INSTANTIATE_TEST_SUITE_P(Backends, AtLeast,
                         ::testing::Values(testing::Backend::kInMemory, testing::Backend::kGlass),
                         [](const auto& param_info) {
                           return testing::backend_name(param_info.param);
                         });

}  // namespace
}  // namespace rostra
