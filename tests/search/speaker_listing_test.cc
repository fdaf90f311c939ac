// One person under several names: speaker: by surname, full name and alias (issue #17, item 4),
// and --list-speakers' listing, over an index written without the alias table (as an index
// written before the table listed a name is).
#include "common/search/speaker_listing.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "common/search/search.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

using testing::make_article;

std::vector<Article> speaker_articles() {
  return {
      make_article("Reform plans", "\u201CWe will act on reform,\u201D Tony Blair said.",
                   "https://x.example/1"),
      make_article(
          "Later remarks",
          "The meeting ended late.\n\n\u201CWe must wait for the report,\u201D Blair said.",
          "https://x.example/2"),
      make_article("Prices", "\u201CPrices will rise,\u201D Boris Johnson said.",
                   "https://x.example/3"),
      make_article("History", "\u201CNo deal was made,\u201D Andrew Johnson said.",
                   "https://x.example/4"),
      make_article("Maybe", "The talks went on.\n\n\u201CMaybe later,\u201D Johnson said.",
                   "https://x.example/5"),
      make_article("Выборы", "\u00ABМы готовы к диалогу\u00BB, \u2014 заявил Путин.",
                   "https://x.example/6"),
  };
}

class SpeakerNames : public ::testing::TestWithParam<testing::Backend> {
 protected:
  void SetUp() override {
    index_ = GetParam() == testing::Backend::kInMemory
                 ? in_memory_index()
                 : open_index_for_writing((dir_.path() / "db").string());
    OutletTable outlets;
    SpeakerAliases no_aliases;  // names stay as written: "Путин", "Blair"
    ArticleWriter writer(index_, outlets, no_aliases);
    std::vector<std::string> warnings;
    for (Article& article : speaker_articles()) writer.write(article, warnings);
    index_.commit();
  }
  SearchResults run(const std::string& query) {
    Searcher searcher(testing::readable(index_), nullptr, &testing::project_aliases());
    SearchRequest request;
    request.query = query;
    return searcher.search(request);
  }
  static bool has_note(const SearchResults& r, const std::string& part) {
    return std::ranges::any_of(
        r.notes, [&](const std::string& note) { return note.find(part) != std::string::npos; });
  }
  testing::TempDir dir_;
  WritableIndex index_;
};

TEST_P(SpeakerNames, SurnameAloneFindsTheOneFullNameAndItself) {
  SearchResults r = run("speaker:Blair");
  EXPECT_EQ(r.total, 2u);
  EXPECT_TRUE(has_note(r, "speaker:Blair also finds tony blair (1)")) << r.notes.at(0);
}

TEST_P(SpeakerNames, FullNameAlsoFindsItsSurnameAloneWhenNoOneElseHasIt) {
  SearchResults r = run("speaker:\"Tony Blair\"");
  EXPECT_EQ(r.total, 2u);
  EXPECT_TRUE(has_note(r, "'blair' alone"));
  EXPECT_EQ(run("speaker:\"Boris Johnson\"").total, 1u) << "johnson alone may be Andrew";
}

TEST_P(SpeakerNames, AmbiguousSurnameListsTheChoicesAndStillSearches) {
  SearchResults r = run("speaker:johnson");
  EXPECT_EQ(r.total, 1u) << "only the quotes attributed to 'johnson' alone";
  EXPECT_TRUE(has_note(r, "surname of several speakers: andrew johnson (1), boris johnson (1)"));
}

// Before: the alias table mapped "Путин" to "Vladimir Putin", so speaker:"Vladimir Putin"
// looked for that name only and missed an index that stored "Путин".
TEST_P(SpeakerNames, AnyAliasOrScriptFindsANameStoredUnderAnother) {
  EXPECT_EQ(run("speaker:\"Vladimir Putin\"").total, 1u);
  EXPECT_EQ(run("speaker:Putin").total, 1u);
  EXPECT_EQ(run("speaker:Путин").total, 1u);
  EXPECT_EQ(run("speaker:\"Vladimir Putin\" quote:диалогу").total, 1u);
}

TEST_P(SpeakerNames, ListingGivesCountsAliasesAndNamesSharingASurname) {
  std::vector<SpeakerListing> all =
      list_speakers(testing::readable(index_).quotes, &testing::project_aliases(), "", 100);
  ASSERT_EQ(all.size(), 6u);
  auto find = [&](const std::string& name) {
    return *std::ranges::find_if(all, [&](const SpeakerListing& s) { return s.name == name; });
  };
  const SpeakerListing blair = find("Tony Blair");
  EXPECT_EQ(blair.quotes, 1u);
  ASSERT_EQ(blair.same_surname.size(), 1u);
  EXPECT_EQ(blair.same_surname[0].name, "blair");
  EXPECT_EQ(find("Johnson").same_surname.size(), 2u);
  const SpeakerListing putin = find("Путин");
  EXPECT_EQ(putin.canonical, "Vladimir Putin");
  std::vector<SpeakerListing> some =
      list_speakers(testing::readable(index_).quotes, &testing::project_aliases(), "john", 100);
  EXPECT_EQ(some.size(), 3u) << "johnson and the two ending in it";
  EXPECT_EQ(list_speakers(testing::readable(index_).quotes, nullptr, "", 2).size(), 2u);
}

// Before: --list-speakers=путин listed nothing when the index holds "Vladimir Putin".
TEST_P(SpeakerNames, AnAliasAsPrefixListsTheNameItStandsFor) {
  testing::TempDir dir;
  WritableIndex canonical = testing::build_index(
      GetParam(), dir,
      {make_article("War", "\u201CWe must prevent a war,\u201D Vladimir Putin said.",
                    "https://y.example/1")});
  std::vector<SpeakerListing> found =
      list_speakers(testing::readable(canonical).quotes, &testing::project_aliases(), "Путин", 10);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].name, "Vladimir Putin");
  // The start of an alias too (before: --list-speakers=Пут listed nothing; found by a user).
  for (const char* start : {"Пут", "пут", "Владимир Пу"}) {
    found =
        list_speakers(testing::readable(canonical).quotes, &testing::project_aliases(), start, 10);
    ASSERT_EQ(found.size(), 1u) << start;
    EXPECT_EQ(found[0].name, "Vladimir Putin") << start;
  }
}

// Before: "spokesman" listed "company spokesman", "party spokesman", … as names sharing its
// surname: a description's last word is a common noun, not a surname.
TEST_P(SpeakerNames, ADescriptionListsNoNamesSharingItsLastWord) {
  testing::TempDir dir;
  WritableIndex sources = testing::build_index(
      GetParam(), dir,
      {make_article("Appeal", "\u201CWe will appeal the ruling,\u201D a company spokesman said.",
                    "https://y.example/1"),
       make_article("Vote", "\u201CThe vote will go ahead,\u201D a party spokesman said.",
                    "https://y.example/2"),
       make_article("Talks", "\u201CThe talks will go on,\u201D a spokesman said.",
                    "https://y.example/3"),
       make_article("Prices", "\u201CPrices will rise,\u201D Boris Johnson said.",
                    "https://y.example/4"),
       make_article("History", "\u201CNo deal was made,\u201D Andrew Johnson said.",
                    "https://y.example/5")});
  std::vector<SpeakerListing> found =
      list_speakers(testing::readable(sources).quotes, nullptr, "", 10);
  ASSERT_EQ(found.size(), 5u);
  for (const SpeakerListing& speaker : found) {
    if (speaker.name.ends_with("Johnson")) {
      EXPECT_EQ(speaker.same_surname.size(), 1u) << "a surname still lists the others";
    } else {
      EXPECT_TRUE(speaker.same_surname.empty()) << speaker.name;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, SpeakerNames,
                         ::testing::Values(testing::Backend::kInMemory, testing::Backend::kGlass),
                         [](const auto& param_info) {
                           return testing::backend_name(param_info.param);
                         });

}  // namespace
}  // namespace rostra
