#include "common/input/metadata/article_metadata.h"

#include <gtest/gtest.h>

#include <string>

namespace rostra {
namespace {

OutletTable sample_table() {
  OutletTable table;
  table.add("host", "themoscowtimes.com", "The Moscow Times");
  table.add("alias", "moscow times", "The Moscow Times");
  table.add("host", "kremlin.ru", "President of Russia");
  table.add("wire", "Reuters", "Reuters");
  table.add("wire", "Capital Wire", "Capital Wire Service");
  return table;
}

Article article_with(std::string title, std::string body) {
  Article article;
  article.title = std::move(title);
  article.body = std::move(body);
  return article;
}

TEST(ResolveMetadata, TakesDateFromDateField) {
  Article article = article_with("Budget vote", "The parliament voted.");
  article.raw_date = "December 31, 2017 ";
  auto warnings = resolve_metadata(article, sample_table());
  EXPECT_EQ(article.date, "2017-12-31");
  EXPECT_TRUE(warnings.empty());
}

TEST(ResolveMetadata, TakesDateFromUrlWhenThereIsNoField) {
  Article article = article_with("Talks", "Delegations met.");
  article.url = "https://www.themoscowtimes.com/2025/01/20/talks-a87671";
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.date, "2025-01-20");
}

TEST(ResolveMetadata, PrefersDateFieldOverUrl) {
  Article article = article_with("Talks", "Delegations met.");
  article.url = "https://www.1tv.ru/news/2022-01-01/123-talks";
  article.raw_date = "2022-01-02";
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.date, "2022-01-02");
}

TEST(ResolveMetadata, UnparseableDateWarnsAndLeavesDateEmpty) {
  Article article = article_with("Talks", "Delegations met.");
  article.raw_date = "some time last week";
  auto warnings = resolve_metadata(article, sample_table());
  EXPECT_EQ(article.date, "");
  EXPECT_EQ(warnings.size(), 1u);
}

TEST(ResolveMetadata, AmbiguousDateIsNotGuessed) {
  Article article = article_with("Talks", "Delegations met.");
  article.raw_date = "03/04/2022";
  auto warnings = resolve_metadata(article, sample_table());
  EXPECT_EQ(article.date, "");
  EXPECT_FALSE(warnings.empty());
}

TEST(ResolveMetadata, NeverTakesDateFromBodyText) {
  Article article = article_with("Talks", "On January 20, 2025 the delegations met.");
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.date, "");
}

TEST(ResolveMetadata, MapsOutletFieldThroughTable) {
  Article article = article_with("Talks", "Delegations met.");
  article.raw_outlet = "Moscow Times";
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.outlet, "The Moscow Times");
}

TEST(ResolveMetadata, KeepsUnknownOutletFieldTrimmed) {
  Article article = article_with("Talks", "Delegations met.");
  article.raw_outlet = "  Regional Herald ";
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.outlet, "Regional Herald");
}

TEST(ResolveMetadata, PrefersOutletFieldOverUrlHost) {
  Article article = article_with("Talks", "Delegations met.");
  article.raw_outlet = "Moscow Times";
  article.url = "https://kremlin.ru/events/1";
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.outlet, "The Moscow Times");
}

TEST(ResolveMetadata, MapsUrlHostThroughTable) {
  Article article = article_with("Talks", "Delegations met.");
  article.url = "https://www.themoscowtimes.com/2025/01/20/talks-a87671";
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.outlet, "The Moscow Times");
}

TEST(ResolveMetadata, MapsSubdomainHostThroughParentEntry) {
  Article article = article_with("Talks", "Delegations met.");
  article.url = "http://en.kremlin.ru/events/president/news/1";
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.outlet, "President of Russia");
}

TEST(ResolveMetadata, UsesUnlistedHostItselfAsOutlet) {
  Article article = article_with("Talks", "Delegations met.");
  article.url = "https://www.unlisted-news.example/story";
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.outlet, "unlisted-news.example");
}

TEST(ResolveMetadata, TakesOutletFromWireDatelineAgency) {
  Article article = article_with("Vote", "WASHINGTON (Reuters) - The Senate voted on Tuesday.");
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.outlet, "Reuters");
  EXPECT_EQ(article.place, "WASHINGTON");
}

TEST(ResolveMetadata, MapsDatelineAgencyThroughTable) {
  Article article = article_with("Vote", "BRASLAV (Capital Wire) - The council met.");
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.outlet, "Capital Wire Service");
}

TEST(ResolveMetadata, EmptyDatelineAgencyLeavesOutletEmpty) {
  Article article = article_with("Vote", "WASHINGTON () - The Senate voted on Tuesday.");
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.outlet, "");
  EXPECT_EQ(article.place, "WASHINGTON");
}

TEST(ResolveMetadata, LeavesUnknownOutletEmpty) {
  Article article = article_with("Vote", "The Senate voted on Tuesday.");
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.outlet, "");
  EXPECT_EQ(article.place, "");
  EXPECT_EQ(article.date, "");
}

TEST(ResolveMetadata, DetectsRussianForCyrillicText) {
  Article article = article_with("Переговоры в Москве", "Делегации встретились в Кремле.");
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.language, "ru");
}

TEST(ResolveMetadata, DetectsEnglishForLatinText) {
  Article article = article_with("Talks in Moscow", "Delegations met in the Kremlin.");
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.language, "en");
}

TEST(ResolveMetadata, KeepsGivenLanguage) {
  Article article = article_with("Talks in Moscow", "Delegations met in the Kremlin.");
  article.language = "de";
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.language, "de");
}

TEST(ResolveMetadata, UsesUrlAsId) {
  Article article = article_with("Talks", "Delegations met.");
  article.url = "https://kremlin.ru/events/president/news/75000";
  article.given_id = "75000";
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.id, "https://kremlin.ru/events/president/news/75000");
}

TEST(ResolveMetadata, BuildsIdFromOutletAndGivenId) {
  Article article = article_with("Talks", "Delegations met.");
  article.raw_outlet = "moscow times";
  article.given_id = "55882";
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.id, "The Moscow Times:55882");
}

TEST(ResolveMetadata, BuildsIdFromGivenIdWithoutOutlet) {
  Article article = article_with("Talks", "Delegations met.");
  article.given_id = "55882";
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.id, "id:55882");
}

TEST(ResolveMetadata, HashesContentWhenThereIsNoUrlOrId) {
  Article article = article_with("Talks", "Delegations met.");
  resolve_metadata(article, sample_table());
  ASSERT_EQ(article.id.size(), 2u + 16u);
  EXPECT_EQ(article.id.substr(0, 2), "h:");
}

TEST(ResolveMetadata, SameContentGivesSameIdDespiteWhitespace) {
  Article first = article_with("Talks in   Moscow", "Delegations met.\n\nThey talked.");
  Article second = article_with(" Talks in Moscow ", "Delegations  met.\n\n They talked.");
  resolve_metadata(first, sample_table());
  resolve_metadata(second, sample_table());
  EXPECT_EQ(first.id, second.id);
}

TEST(ResolveMetadata, DifferentContentGivesDifferentId) {
  Article first = article_with("Talks in Moscow", "Delegations met.");
  Article second = article_with("Talks in Minsk", "Delegations met.");
  resolve_metadata(first, sample_table());
  resolve_metadata(second, sample_table());
  EXPECT_NE(first.id, second.id);
}

TEST(ResolveMetadata, CollapsesTitleWhitespace) {
  Article article = article_with("  Putin   meets\n Trump ", "Text.");
  resolve_metadata(article, sample_table());
  EXPECT_EQ(article.title, "Putin meets Trump");
}

TEST(ContentHash, IsSixteenLowerCaseHexDigits) {
  std::string hash = content_hash(article_with("Title", "Body"));
  ASSERT_EQ(hash.size(), 16u);
  for (char c : hash) {
    EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << hash;
  }
}

TEST(ContentHash, IgnoresWhitespaceDifferences) {
  EXPECT_EQ(content_hash(article_with("A  title", "Body\n text")),
            content_hash(article_with("A title", "Body text")));
}

TEST(ResolveMetadata, FallsBackToUrlDateWhenDateFieldIsUnparseable) {
  Article article = article_with("Talks", "Delegations met.");
  article.raw_date = "not a date";
  article.url = "https://www.1tv.ru/news/2022-01-01/123-talks";
  auto warnings = resolve_metadata(article, sample_table());
  EXPECT_EQ(article.date, "2022-01-01");
  EXPECT_FALSE(warnings.empty());
}

TEST(InputDefaults, FillOnlyWhatTheRecordLacksAndGoThroughTheOutletTable) {
  InputDefaults defaults{"moscow times", "ru"};
  Article bare = article_with("Talks", "The ministers met in the capital on Monday.");
  apply_input_defaults(defaults, bare);
  resolve_metadata(bare, sample_table());
  EXPECT_EQ(bare.outlet, "The Moscow Times");
  EXPECT_EQ(bare.language, "ru");  // not detected: the default says so

  Article named = article_with("Talks", "The ministers met in the capital on Monday.");
  named.raw_outlet = "Reuters";
  named.language = "en";
  apply_input_defaults(defaults, named);
  resolve_metadata(named, sample_table());
  EXPECT_EQ(named.outlet, "Reuters");
  EXPECT_EQ(named.language, "en");

  Article none = article_with("Talks", "The ministers met in the capital on Monday.");
  apply_input_defaults({}, none);
  resolve_metadata(none, sample_table());
  EXPECT_EQ(none.outlet, "");
  EXPECT_EQ(none.language, "en");
}

}  // namespace
}  // namespace rostra
