// What an article says about itself beside its body: the sender a title names and the office a
// publisher speaks for give an unsigned message its author. Sentences written for the tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/base/errors.h"
#include "common/quotes/publisher_office.h"
#include "common/quotes/speaker_aliases.h"
#include "common/quotes/speaker_attributor.h"
#include "common/quotes/title_sender.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

constexpr std::string_view kOffice = "President of Russia (kremlin.ru)";

// The project's office table (corpus/offices.tsv), as the programs load it.
const OfficeTable& project_offices() {
  static const OfficeTable offices = load_office_table(ROSTRA_SOURCE_DIR "/corpus/offices.tsv");
  return offices;
}

OfficeHolder publisher_office_holder(std::string_view outlet, std::string_view date) {
  return project_offices().holder(outlet, date);
}

// No speaker aliases; the project's offices.
std::vector<Quote> extract(std::string_view body, const ArticleContext& context) {
  static const SpeakerAliases kOffices = [] {
    SpeakerAliases aliases;
    aliases.set_offices(project_offices());
    return aliases;
  }();
  return extract_quotes(body, kOffices, context);
}

// The one quote of `body`; fails the test when there is not exactly one.
Quote only_quote(std::string_view body, const ArticleContext& context) {
  std::vector<Quote> quotes = extract(body, context);
  EXPECT_EQ(quotes.size(), 1u) << body;
  return quotes.empty() ? Quote{} : quotes[0];
}

TEST(TitleSender, TakesTheNameBeforeASendingVerbAndAMessageNounWithoutItsTitle) {
  EXPECT_EQ(title_sender("President Arvid Kessel sent a message of condolences to the people of "
                         "Estmark"),
            (std::vector<std::string>{"Arvid", "Kessel"}));
  EXPECT_EQ(title_sender("Mira Holt addressed greetings to the harbour pilots"),
            (std::vector<std::string>{"Mira", "Holt"}));
  EXPECT_EQ(title_sender("Президент Арсений Волков направил поздравление морякам"),
            (std::vector<std::string>{"Арсений", "Волков"}));
}

TEST(TitleSender, NamesNobodyWithoutASendingClauseOrAFullName) {
  EXPECT_TRUE(title_sender("Greetings on Harbour Pilots' Day").empty());
  EXPECT_TRUE(title_sender("Arvid Kessel sent troops to the border").empty());
  EXPECT_TRUE(title_sender("Kessel sent a letter to the council").empty());
  EXPECT_TRUE(title_sender("Kessel and Holt sent a letter to the council").empty());
}

TEST(PublisherOffice, GivesTheHolderOfTheOfficeOnTheArticleDate) {
  EXPECT_EQ(publisher_office_holder(kOffice, "2010-06-01").name, "Dmitry Medvedev");
  EXPECT_EQ(publisher_office_holder(kOffice, "2019-04-19").name, "Vladimir Putin");
  EXPECT_EQ(publisher_office_holder("President of Russia", "2004-02-02").name, "Vladimir Putin");
  // A hand-over day belongs to the incoming holder.
  EXPECT_EQ(publisher_office_holder(kOffice, "2012-05-07").name, "Vladimir Putin");
  EXPECT_EQ(publisher_office_holder(kOffice, "2010-06-01").roles,
            (std::vector<std::string>{"president", "russia"}));
}

TEST(PublisherOffice, ReadsTermsFromATableAndRejectsAMalformedLine) {
  test::TempDir dir;
  auto path = dir.write("offices.tsv",
                        "# office, holder, from, to\nMayor of Tessin\tArvid Kessel\t2019-01-01\t"
                        "2023-01-01\nMayor of Tessin\tMira Holt\t2023-01-01\t\n");
  OfficeTable table = load_office_table(path);
  EXPECT_EQ(table.size(), 2u);
  EXPECT_EQ(table.holder("Mayor of Tessin (tessin.example)", "2020-03-01").name, "Arvid Kessel");
  EXPECT_EQ(table.holder("Mayor of Tessin", "2025-03-01").name, "Mira Holt");
  EXPECT_TRUE(table.holder("Mayor of Tessin", "2018-03-01").name.empty());
  EXPECT_EQ(load_office_table("").size(), 0u);
  EXPECT_THROW(load_office_table(dir.path() / "missing.tsv"), InputError);
  for (std::string_view bad :
       {"Mayor\tKessel\n", "Mayor\tKessel\t2019\t\n", "Mayor\tKessel\t2023-01-01\t2019-01-01\n"}) {
    auto bad_path = dir.write("bad.tsv", std::string(bad));
    EXPECT_THROW(load_office_table(bad_path), InputError) << bad;
  }
}

// Without an office table, an office's site credits nobody.
TEST(PublisherOffice, CreditsNobodyWithoutAnOfficeTable) {
  static const SpeakerAliases kNoAliases;
  std::string body = "The message reads:\n\n“You sing for all of us.”";
  std::vector<Quote> quotes =
      extract_quotes(body, kNoAliases, {"Greetings", kOffice, "2010-06-01"});
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "");
  EXPECT_EQ(extract(body, {"Greetings", kOffice, "2010-06-01"})[0].speaker, "Dmitry Medvedev");
}

TEST(PublisherOffice, GivesNobodyForAnOtherOutletOrAnUnknownDate) {
  EXPECT_TRUE(publisher_office_holder("The Harbor Times", "2010-06-01").name.empty());
  EXPECT_TRUE(publisher_office_holder("President of Russian Railways", "2010-06-01").name.empty());
  EXPECT_TRUE(publisher_office_holder(kOffice, "").name.empty());
}

TEST(UnsignedDocuments, AreThePublishersOfficeHoldersWhenTheArticleNamesNoAuthor) {
  std::string body =
      "The message reads, in part:\n\n“Your fleet has kept the northern coast safe for a "
      "century.”\n\nThe fleet was founded in 1925.";
  Quote q = only_quote(body, {"Greetings on Harbour Day", kOffice, "2010-06-01"});
  EXPECT_EQ(q.speaker, "Dmitry Medvedev");
  EXPECT_EQ(q.cue, "reads");
  EXPECT_EQ(q.mention, SpeakerMention::kDocument);
  // Without the article's context the text names nobody.
  EXPECT_EQ(extract(body, {})[0].speaker, "");
  // Another outlet publishes no office holder's messages.
  EXPECT_EQ(
      extract(body, {"Greetings on Harbour Day", "The Harbor Times", "2010-06-01"})[0].speaker, "");
}

TEST(UnsignedDocuments, AreTheTitlesSenderBeforeThePublisher) {
  std::string body =
      "The letter read, in particular:\n\n“Our two cities have traded salt and grain for three "
      "hundred years.”";
  Quote q = only_quote(body, {"Mayor Arvid Kessel sent a letter of greetings to the people of "
                              "Tessin",
                              kOffice, "2019-04-19"});
  EXPECT_EQ(q.speaker, "Arvid Kessel");
  EXPECT_EQ(q.cue, "read");
}

TEST(UnsignedDocuments, TakeTheOfficeForTheHolderInARoleOrAPossessive) {
  ArticleContext context{"Congratulations to the choir", kOffice, "2010-06-01"};
  std::string possessive = "The President’s message reads, in part:\n\n“You sing for all of us.”";
  Quote q = only_quote(possessive, context);
  EXPECT_EQ(q.speaker, "Dmitry Medvedev");
  std::string role =
      "“You sing for all of us,” the President of Russia wrote in his message.\n\nThe choir "
      "was founded in 1950.";
  EXPECT_EQ(only_quote(role, context).speaker, "Dmitry Medvedev");
}

TEST(UnsignedDocuments, AreTheSendersTheArticleNamesBeforeThePublishers) {
  std::string body =
      "Minister Olga Reiter sent a message to the congress. The message reads:\n\n“Science "
      "is our best export.”";
  Quote q = only_quote(body, {"Greetings to the congress", kOffice, "2010-06-01"});
  EXPECT_EQ(q.speaker, "Olga Reiter");
}

TEST(UnsignedDocuments, AreTheBodyTheCapitalisedWordsBeforeTheDocumentName) {
  std::string body = "“Growth will slow next year,” the Northern Grain Bank report said.";
  Quote q = only_quote(body, {});
  EXPECT_EQ(q.speaker, "Northern Grain Bank");
  EXPECT_EQ(q.mention, SpeakerMention::kDocument);
}

// The speaker of each quote and turn of `body`, in order.
std::vector<std::string> speakers(std::string_view body, const ArticleContext& context) {
  std::vector<std::string> out;
  for (const Quote& q : extract(body, context)) out.push_back(q.speaker);
  return out;
}

TEST(SpeakerTurnLabels, ReadCapitalsInTitleCaseWithoutTheHonorific) {
  std::string body =
      "MS. HOLT: Welcome to the programme.\n\nSENATOR ARVID KESSEL: Thank you for having "
      "me.\n\nMS. HOLT: Will the bridge be built?";
  EXPECT_EQ(speakers(body, {}), (std::vector<std::string>{"Holt", "Arvid Kessel", "Holt"}));
  EXPECT_EQ(extract(body, {})[0].kind, QuoteKind::kTurn);
  body = "SECRETARY HOLT: We begin.\n\nQ: Why now?\n\nSECRETARY HOLT: Because.";
  EXPECT_EQ(speakers(body, {}), (std::vector<std::string>{"Holt", "", "Holt"}));
}

TEST(SpeakerTurnLabels, TakeNoMailHeaderForASpeaker) {
  std::string body =
      "From: desk@tessin.example\n\nSubject: Bridge vote\n\nThe council meets on Friday.";
  EXPECT_TRUE(speakers(body, {}).empty());
}

TEST(SpeakerTurnLabels, TakeALabelOfTitlesAloneForARoleNotAName) {
  std::string body =
      "THE PRESIDENT: Good afternoon.\n\nQUESTION: When will the talks resume?\n\nTHE "
      "PRESIDENT: Next month.";
  EXPECT_EQ(speakers(body, {}), (std::vector<std::string>{"", "", ""}));
  // On the site of the office, the role is its holder's on the article's date.
  EXPECT_EQ(speakers(body, {"Press conference", kOffice, "2010-06-01"}),
            (std::vector<std::string>{"Dmitry Medvedev", "", "Dmitry Medvedev"}));
}

}  // namespace
}  // namespace rostra
