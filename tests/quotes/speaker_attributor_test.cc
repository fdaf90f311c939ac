// Unit tests for attribute_speakers / extract_quotes (common/speaker_attributor.h): where the
// attribution stands, how subjects resolve to canonical names, cues, and quote kinds.
// All people, places and programmes are fictional.
#include "common/quotes/speaker_attributor.h"
#include "tests/support/quote_extraction.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/model/quote.h"
#include "common/quotes/quote_extractor.h"
#include "common/quotes/speaker_aliases.h"

namespace rostra {
namespace {

std::string_view text_of(std::string_view body, const Quote& q) {
  return body.substr(q.start, q.end - q.start);
}

using testing_quotes::extract;

// --- where the attribution stands ---------------------------------------------------------

TEST(SpeakerAttributor, AttributesAQuoteToTheSpeakerNamedAfterIt) {
  std::vector<Quote> quotes = extract("“We will not retreat,” Anton Brask said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Anton Brask");
  EXPECT_EQ(quotes[0].cue, "said");
  EXPECT_EQ(quotes[0].kind, QuoteKind::kQuote);
}

TEST(SpeakerAttributor, AttributesAQuoteFollowedBySaidAndTheName) {
  std::vector<Quote> quotes = extract("“The budget is fair to everyone,” said Marta Kolar.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Marta Kolar");
  EXPECT_EQ(quotes[0].cue, "said");
}

TEST(SpeakerAttributor, AttributesAQuoteIntroducedByTheSpeakerWithAColon) {
  std::vector<Quote> quotes = extract("Anton Brask said: “The budget is fair to everyone.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Anton Brask");
  EXPECT_EQ(quotes[0].cue, "said");
}

TEST(SpeakerAttributor, AttributesAQuoteAfterAccordingTo) {
  std::string body = "According to Marta Kolar, the new bridge is “a gift to the whole region”.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Marta Kolar");
  EXPECT_EQ(quotes[0].cue, "according to");
}

TEST(SpeakerAttributor, StripsTheTitleOfASpeakerNamedAfterAccordingTo) {
  std::string body =
      "According to Governor Irena Kos, inflation will be “back under control by May”.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Irena Kos");
  EXPECT_EQ(quotes[0].cue, "according to");
}

TEST(SpeakerAttributor, AttributesAQuoteToASpeakerWhoToldReporters) {
  std::vector<Quote> quotes = extract("“We will win this vote,” Karel Drozd told reporters.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Karel Drozd");
  EXPECT_EQ(quotes[0].cue, "told");
}

TEST(SpeakerAttributor, AttributesAQuoteToASpeakerNamedInTheNextParagraph) {
  std::string body = "“We will build the bridge by spring,”\n\nMarta Kolar said.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Marta Kolar");
  EXPECT_EQ(quotes[0].cue, "said");
}

TEST(SpeakerAttributor, AttributesAQuoteToASpeakerNamedInTheNextSentence) {
  std::string body =
      "“We will build the bridge by spring.” Marta Kolar said. The works start soon.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Marta Kolar");
}

TEST(SpeakerAttributor, GivesBothHalvesOfAnInterruptedQuoteTheSameSpeaker) {
  std::string body = "\"We are ready,\" Anton Brask said. \"We will act this week.\"";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Anton Brask");
  EXPECT_EQ(quotes[1].speaker, "Anton Brask");
}

TEST(SpeakerAttributor, GivesAContinuedQuoteTheSpeakerOfItsFirstPart) {
  std::string body =
      "Anton Brask said: “We will cut the deficit this year.\n\n“We will not raise taxes.”";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_TRUE(quotes[1].continuation);
  EXPECT_EQ(quotes[0].speaker, "Anton Brask");
  EXPECT_EQ(quotes[1].speaker, "Anton Brask");
}

TEST(SpeakerAttributor, GivesTheFirstPartOfAContinuedQuoteTheSpeakerNamedAfterItsLastPart) {
  std::string body =
      "“We will cut the deficit this year.\n\n“We will not raise taxes,” Anton Brask said.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Anton Brask");
  EXPECT_EQ(quotes[1].speaker, "Anton Brask");
}

// --- Russian ---------------------------------------------------------------------------------

TEST(SpeakerAttributor, AttributesARussianQuoteFollowedByADashAndTheCue) {
  std::vector<Quote> quotes = extract("«Мы не отступим», — заявил Арсений Волков.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Арсений Волков");
  EXPECT_EQ(quotes[0].cue, "заявил");
  EXPECT_EQ(quotes[0].kind, QuoteKind::kQuote);
}

TEST(SpeakerAttributor, AttributesARussianQuoteIntroducedWithAColon) {
  std::vector<Quote> quotes = extract("Арсений Волков заявил: «Мы готовы к диалогу».");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Арсений Волков");
  EXPECT_EQ(quotes[0].cue, "заявил");
}

TEST(SpeakerAttributor, AttributesARussianQuoteAfterPoSlovamWithAGenitiveSurname) {
  std::string body =
      "Президент Эстмарка Йонас Келлер прибыл в столицу.\n\n"
      "По словам Келлера, «граница останется открытой для всех».";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Йонас Келлер");
  EXPECT_EQ(quotes[0].cue, "по словам");
}

TEST(SpeakerAttributor, JoinsAGenitiveOvSurnameAfterPoSlovamToTheFullName) {
  std::string body =
      "Арсений Волков выступил в парламенте.\n\n"
      "По словам Волкова, «решение уже принято и пересмотру не подлежит».";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Арсений Волков");
  EXPECT_EQ(quotes[0].cue, "по словам");
}

TEST(SpeakerAttributor, ResolvesARussianFemininePronounToTheLastFemaleSpeaker) {
  std::string body =
      "«Бюджет сбалансирован», — заявила министр финансов Марина Лисицына.\n\n"
      "«Это не так», — возразил депутат Олег Ершов.\n\n"
      "«Мы проверили каждую статью», — сказала она.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[0].speaker, "Марина Лисицына");
  EXPECT_EQ(quotes[2].speaker, "Марина Лисицына");
  EXPECT_EQ(quotes[2].cue, "сказала");
}

// --- resolving subjects ---------------------------------------------------------------------

TEST(SpeakerAttributor, StripsTitlesFromTheSpeakerName) {
  std::vector<Quote> quotes =
      extract("Russian President Vladimir Putin said: “The talks were useful for both sides.”");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Vladimir Putin");
}

TEST(SpeakerAttributor, StripsADemonymAndTitleFromASpeakerNamedAfterTheQuote) {
  std::vector<Quote> quotes =
      extract("“Our borders are safe,” Varnian Defence Minister Tomas Brenner said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Tomas Brenner");
}

TEST(SpeakerAttributor, StripsARussianTitleFromTheSpeakerName) {
  std::vector<Quote> quotes =
      extract("«Мост откроют весной», — сообщил главный инженер проекта Артем Гусев.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Артем Гусев");
}

TEST(SpeakerAttributor, JoinsMrAndTheSurnameToTheFullName) {
  std::string body =
      "Russian President Vladimir Putin arrived in Tessin on Monday.\n\n"
      "“The talks were useful,” Mr Putin said.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Vladimir Putin");
}

TEST(SpeakerAttributor, JoinsMrsAndTheSurnameToTheFullName) {
  std::string body =
      "Prime Minister Elena Marsh opened the session.\n\n"
      "\"We have a plan for the railways,\" Mrs Marsh said.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Elena Marsh");
}

TEST(SpeakerAttributor, JoinsABareSurnameToTheFullNameUsedEarlier) {
  std::string body =
      "“Taxes will not rise,” Anton Brask said on Monday.\n\n"
      "“Nobody believes that,” Karel Drozd replied.\n\n"
      "“I stand by every word,” Brask said.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[1].speaker, "Karel Drozd");
  EXPECT_EQ(quotes[2].speaker, "Anton Brask");
}

TEST(SpeakerAttributor, ResolvesARoleToThePersonIntroducedWithIt) {
  std::string body =
      "Russian President Vladimir Putin spoke to reporters on Monday.\n\n"
      "The Russian president believes “the sanctions will fail within a year”.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Vladimir Putin");
  EXPECT_EQ(quotes[0].cue, "believes");
}

TEST(SpeakerAttributor, ResolvesTheMinisterToTheMinisterNamedEarlier) {
  std::string body =
      "“The harvest was good,” Agriculture Minister Pavel Ronin said.\n\n"
      "“Prices will fall by autumn,” the minister added.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Pavel Ronin");
  EXPECT_EQ(quotes[1].speaker, "Pavel Ronin");
  EXPECT_EQ(quotes[1].cue, "added");
}

TEST(SpeakerAttributor, ResolvesAPronounToTheMostRecentSpeakerOfMatchingGender) {
  std::string body =
      "“Taxes will rise,” Finance Minister Olga Reiter said.\n\n"
      "“That is a mistake,” opposition leader Karel Drozd said.\n\n"
      "“We have no other choice,” she said.\n\n"
      "“There is always a choice,” he replied.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 4u);
  EXPECT_EQ(quotes[0].speaker, "Olga Reiter");
  EXPECT_EQ(quotes[1].speaker, "Karel Drozd");
  EXPECT_EQ(quotes[2].speaker, "Olga Reiter");
  EXPECT_EQ(quotes[3].speaker, "Karel Drozd");
}

TEST(SpeakerAttributor, ResolvesAPronounToTheNewestOfTwoSameGenderSpeakers) {
  std::string body =
      "“The port will close,” Jonas Keller said.\n\n"
      "Thomas Halvik, the harbour master, said the decision was rushed.\n\n"
      "“The port will stay open,” he said.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Jonas Keller");
  EXPECT_EQ(quotes[1].speaker, "Thomas Halvik");
}

TEST(SpeakerAttributor, LeavesAPronounEmptyWhenNoSpeakerHasItsGender) {
  std::string body =
      "“Taxes will rise,” Finance Minister Olga Reiter said.\n\n"
      "“That is a mistake,” he said.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Olga Reiter");
  EXPECT_EQ(quotes[1].speaker, "");
}

TEST(SpeakerAttributor, NamesTheKremlinWithoutTheArticle) {
  std::vector<Quote> quotes = extract("“The talks are over for now,” the Kremlin said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Kremlin");
  EXPECT_EQ(quotes[0].cue, "said");
}

TEST(SpeakerAttributor, NamesAMinistrySpeakingInAStatementAsWritten) {
  std::string body =
      "“The ambassador must leave the country within 48 hours,” the Varnian Foreign Ministry "
      "said in a statement.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Varnian Foreign Ministry");
  EXPECT_EQ(quotes[0].cue, "said in a statement");
}

TEST(SpeakerAttributor, ResolvesTheMinistryToTheMinistryNamedEarlier) {
  std::string body =
      "“The ambassador must leave,” the Varnian Foreign Ministry said in a statement.\n\n"
      "“Our patience has limits,” the ministry added.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "Varnian Foreign Ministry");
}

TEST(SpeakerAttributor, ResolvesItToTheOrganisationThatSpokeLast) {
  std::string body =
      "“The ambassador must leave,” the Varnian Foreign Ministry said in a statement.\n\n"
      "“Further steps will follow,” it said.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "Varnian Foreign Ministry");
}

TEST(SpeakerAttributor, MapsASpeakerThroughTheAliasTable) {
  SpeakerAliases aliases;
  aliases.add("Путин", "Vladimir Putin");
  std::vector<Quote> quotes = extract_quotes("«Мы готовы к переговорам», — заявил Путин.", aliases);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Vladimir Putin");
  EXPECT_EQ(quotes[0].cue, "заявил");
}

TEST(SpeakerAttributor, MapsAnInflectedRussianSurnameThroughTheAliasTable) {
  SpeakerAliases aliases;
  aliases.add("Путин", "Vladimir Putin");
  std::vector<Quote> quotes =
      extract_quotes("По словам Путина, «переговоры продолжатся в марте».", aliases);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Vladimir Putin");
  EXPECT_EQ(quotes[0].cue, "по словам");
}

TEST(SpeakerAttributor, MapsAFullRussianNameThroughTheAliasTable) {
  SpeakerAliases aliases;
  aliases.add("Арсений Волков", "Arseny Volkov");
  std::vector<Quote> quotes = extract_quotes(
      "«Реформа начнётся в январе», — заявил президент Орлании Арсений Волков.", aliases);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Arseny Volkov");
}

TEST(SpeakerAttributor, LeavesTheSpeakerEmptyWhenTheTextDoesNotSayWhoSpoke) {
  std::string body =
      "Karel Drozd left the hall early.\n\n"
      "Outside, a banner read “We will not pay for your war”.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "");
  EXPECT_EQ(quotes[0].cue, "");
  EXPECT_EQ(quotes[0].kind, QuoteKind::kQuote);
}

TEST(SpeakerAttributor, LeavesTheSpeakerEmptyForAnUnnamedSpeaker) {
  std::string body = "“Nobody asked us,” one retired welder said.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "");
}

TEST(SpeakerAttributor, DoesNotAttributeAQuoteToAPersonOnlyMentionedInIt) {
  std::string body = "“Karel Drozd has no plan for the railways at all.”";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "");
}

TEST(SpeakerAttributor, FillsNothingWhenThereAreNoQuotes) {
  std::vector<Quote> quotes;
  attribute_speakers("Anton Brask said nothing.", quotes, SpeakerAliases());
  EXPECT_TRUE(quotes.empty());
}

TEST(SpeakerAttributor, AttributesTheQuotesThatFindQuotesReturned) {
  std::string body = "“We are ready,” Anton Brask said.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 1u);
  attribute_speakers(body, quotes, SpeakerAliases());
  EXPECT_EQ(quotes[0].speaker, "Anton Brask");
  EXPECT_EQ(text_of(body, quotes[0]), "We are ready,");
}

// --- kinds -----------------------------------------------------------------------------------

TEST(SpeakerAttributor, ClassifiesAQuoteAfterTheShowAsATitle) {
  std::string body = "Karel Drozd appeared on the show “Evening Hour” on Sunday night.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(text_of(body, quotes[0]), "Evening Hour");
  EXPECT_EQ(quotes[0].kind, QuoteKind::kTitle);
  EXPECT_EQ(quotes[0].speaker, "");
}

TEST(SpeakerAttributor, ClassifiesAQuoteAfterProgrammaAsATitle) {
  std::string body = "Он выступил в программе «Время» в воскресенье.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, QuoteKind::kTitle);
  EXPECT_EQ(quotes[0].speaker, "");
}

TEST(SpeakerAttributor, ClassifiesAQuoteAfterPartiyaAsATitle) {
  std::string body = "В субботу партия «Единая Орлания» провела съезд в столице.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(text_of(body, quotes[0]), "Единая Орлания");
  EXPECT_EQ(quotes[0].kind, QuoteKind::kTitle);
  EXPECT_EQ(quotes[0].speaker, "");
}

TEST(SpeakerAttributor, ClassifiesATitleCaseQuoteWithNoSpeakerAsATitle) {
  std::string body = "Her memoir “The Long Road Home” sold well in Tessin.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, QuoteKind::kTitle);
}

TEST(SpeakerAttributor, ClassifiesAQuoteAfterSoCalledAsAScareQuote) {
  std::string body = "The so-called “reforms” have closed six hospitals.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, QuoteKind::kScare);
  EXPECT_EQ(quotes[0].speaker, "");
}

TEST(SpeakerAttributor, ClassifiesAQuoteAfterTakNazyvaemayaAsAScareQuote) {
  std::string body = "Так называемая «оптимизация» закрыла шесть больниц.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, QuoteKind::kScare);
}

TEST(SpeakerAttributor, ClassifiesAOneWordLowerCaseQuoteWithNoSpeakerAsAScareQuote) {
  std::string body = "The government finished its “modernisation” of the railways.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, QuoteKind::kScare);
  EXPECT_EQ(quotes[0].speaker, "");
  EXPECT_EQ(quotes[0].cue, "");
}

TEST(SpeakerAttributor, ClassifiesAOneWordQuoteWithASpeakerAsAQuote) {
  std::string body = "Karel Drozd said the vote was “theatre”.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Karel Drozd");
  EXPECT_EQ(quotes[0].kind, QuoteKind::kQuote);
}

TEST(SpeakerAttributor, ClassifiesAOneWordRussianQuoteWithASpeakerAsAQuote) {
  std::string body = "Вера Самойлова назвала проверки «выборочными», — сообщила она журналистам.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Вера Самойлова");
  EXPECT_EQ(quotes[0].kind, QuoteKind::kQuote);
}

TEST(SpeakerAttributor, ClassifiesAnAttributedSentenceAsAQuote) {
  std::string body =
      "“We will open two new hospitals next year,” Health Minister Igor Shanin said.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, QuoteKind::kQuote);
  EXPECT_EQ(quotes[0].speaker, "Igor Shanin");
}

}  // namespace
}  // namespace rostra
