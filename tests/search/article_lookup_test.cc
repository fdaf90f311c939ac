#include "common/search/article_lookup.h"

#include <gtest/gtest.h>

#include "common/schema/schema.h"
#include "common/search/facet_listing.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

using testing::Backend;

class ArticleLookupOn : public ::testing::TestWithParam<Backend> {};

TEST_P(ArticleLookupOn, FindsAnArticleByIdWithItsQuotesInBodyOrder) {
  testing::TempDir dir;
  WritableIndex index = testing::build_index(
      GetParam(), dir,
      {testing::make_article("Levy vote",
                             "\"We will pass it,\" said Marta Quill.\n\n\"Not this year,\" said "
                             "Oskar Lind.",
                             "https://a.example/1", "2025-04-01", "Capital Wire"),
       testing::make_article("Other", "Nothing quoted here.", "https://a.example/2")});
  ReadableIndex view = testing::readable(index);
  std::optional<ArticleWithQuotes> found = find_article(view, "https://a.example/1");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->article.title, "Levy vote");
  ASSERT_EQ(found->quotes.size(), 2u);
  EXPECT_EQ(found->quotes[0].speaker, "Marta Quill");
  EXPECT_EQ(found->quotes[1].speaker, "Oskar Lind");
  EXPECT_LT(found->quotes[0].start, found->quotes[1].start);
  EXPECT_EQ(found->article.body.substr(found->quotes[0].start,
                                       found->quotes[0].end - found->quotes[0].start),
            found->quotes[0].text);
  EXPECT_FALSE(find_article(view, "https://a.example/3"));
  EXPECT_FALSE(find_article(view, ""));

  std::vector<FacetEntry> speakers =
      list_facet(view.quotes, schema::kPrefixSpeaker, schema::kSlotSpeakers, "li", 10);
  ASSERT_EQ(speakers.size(), 1u);  // "Oskar Lind": a later word starts with "li"
  EXPECT_EQ(speakers[0].name, "Oskar Lind");
  EXPECT_EQ(list_facet(view.quotes, schema::kPrefixSpeaker, schema::kSlotSpeakers, "", 1).size(),
            1u);
  std::vector<FacetEntry> outlets =
      list_facet(view.articles, schema::kPrefixOutlet, schema::kSlotOutlet, "CAP", 10);
  ASSERT_EQ(outlets.size(), 1u);
  EXPECT_EQ(outlets[0].name, "Capital Wire");
  EXPECT_EQ(outlets[0].count, 1u);
}

INSTANTIATE_TEST_SUITE_P(Backends, ArticleLookupOn,
                         ::testing::Values(Backend::kInMemory, Backend::kGlass),
                         [](const auto& param_info) {
                           return testing::backend_name(param_info.param);
                         });

}  // namespace
}  // namespace rostra
