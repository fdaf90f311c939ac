// Issue #17, unnamed sources, bodies and documents as speakers: a cue's subject that is a
// description headed by a source noun is the speaker as that phrase (without its article),
// a possessive pronoun's office or aide is the owner's, a definite description is the
// indefinite one the article introduced, and a document is its author's where an earlier
// mention names one. English and Russian; all people, places and bodies are fictional.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/model/quote.h"
#include "common/quotes/speaker_aliases.h"
#include "common/quotes/speaker_attributor.h"
#include "tests/support/quote_extraction.h"

namespace rostra {
namespace {

using testing_quotes::extract;
using testing_quotes::speakers_of;

TEST(UnnamedSources, KeepABodysWholeNameWithItsConnectorsInTheDescription) {
  std::vector<Quote> quotes = extract(
      "Tom Hale left in May. \"No date was ever given,\" a Ministry for Roads and "
      "Harbours spokeswoman said.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Ministry for Roads and Harbours spokeswoman");
  EXPECT_EQ(quotes[0].mention, SpeakerMention::kDescription);
  // Named before the cue and then meant by a pronoun of its gender, past a party's name.
  EXPECT_EQ(speakers_of("The move was attacked by Tory and Lib Dem leaders. A Ministry for Roads "
                        "and Harbours spokeswoman confirmed Mr Hale was still in post. \"No date "
                        "was ever given,\" she said."),
            (std::vector<std::string>{"Ministry for Roads and Harbours spokeswoman"}));
}

TEST(UnnamedSources, NameALowerCaseBodyInADescriptionByItsFullestName) {
  EXPECT_EQ(speakers_of("A reorganisation of the Harbour Department has stalled. Ann Bell is "
                        "\"stepping away\" to return to Boston, said a department spokesman."),
            (std::vector<std::string>{"Harbour Department spokesman"}));
  // No capitalised mention before: the description as written.
  EXPECT_EQ(speakers_of("Ann Bell is \"stepping away\", said a department spokesman."),
            (std::vector<std::string>{"department spokesman"}));
}

// A person of the pronoun's gender named after the owner's latest turn, in a possessive or
// a place no cue gives, may be the one meant: the office is nobody's by that rule.
TEST(UnnamedSources, CreditAnOfficeToNoOwnerWhenAnotherPersonWasNamedSince) {
  EXPECT_NE(speakers_of("Senator Tom Wade said he would back the bill. The vote was delayed by "
                        "Senator Bill Roe's illness. His office said he \"looks forward to "
                        "returning to work soon.\""),
            (std::vector<std::string>{"Tom Wade's office"}));
  // A person of the other gender named since does not hide the owner.
  EXPECT_EQ(speakers_of("Ms Ana Varga missed three votes. She sued Mr Piet Lund in March. Her "
                        "lawyers said \"the case goes on.\""),
            (std::vector<std::string>{"Ana Varga's lawyers"}));
}

// A joint document has several authors: none of them is credited with its words.
TEST(UnnamedSources, CreditAJointStatementToNoOneOfItsSigners) {
  EXPECT_EQ(speakers_of("After a joint statement was signed, President Tom Wade said ties were "
                        "strong. \"Trade between neighbours must be fair and open to all,\" the "
                        "statement said."),
            (std::vector<std::string>{""}));
}

TEST(UnnamedSources, CreditAPossessivePronounsOfficeOrAideToItsOwner) {
  EXPECT_EQ(speakers_of("Senator Ana Varga missed three votes this week. Her office said she "
                        "\"looks forward to returning to work soon.\""),
            (std::vector<std::string>{"Ana Varga's office"}));
  EXPECT_EQ(speakers_of("Governor Piet Lund is unhappy with the bill and \"undecided\" on the "
                        "vote, his spokesman has told reporters."),
            (std::vector<std::string>{"Piet Lund's spokesman"}));
  // A capitalised word after the pronoun is no office of its owner.
  EXPECT_NE(speakers_of("Lord Ames spoke. \"We are ready,\" Her Majesty's Treasury said.")[0],
            "Ames's Majesty's Treasury");
}

TEST(UnnamedSources, TakeADefiniteDescriptionForTheIndefiniteOneTheArticleIntroduced) {
  EXPECT_EQ(speakers_of("A former Harbour Bank official, contacted in the summer, said the panel "
                        "was split. The vetting team was \"very much opposed to fixed rules,\" "
                        "said the former official, who spoke on condition of anonymity. Gary "
                        "Lott declined to comment."),
            (std::vector<std::string>{"former Harbour Bank official"}));
}

TEST(UnnamedSources, RelayTheWordsOfThePersonWhoseCueIntroducesThem) {
  EXPECT_EQ(speakers_of("Senator Carl Brisk, who chairs the panel, said on Wednesday that he "
                        "\"doesn't anticipate that either nominee would be confirmed,\" a "
                        "spokesman said."),
            (std::vector<std::string>{"Carl Brisk"}));
  // The person a definite occupation means stands before it, not in its own phrase.
  EXPECT_EQ(speakers_of("The lawyer for former adviser Tom Venn on Friday labeled as "
                        "\"outrageous\" the reports about his client."),
            (std::vector<std::string>{"lawyer"}));
}

TEST(Documents, CreditADocumentToTheBodyAnEarlierMentionOfItNames) {
  EXPECT_EQ(speakers_of("Reporters have seen the Harbour Authority memo. The memo, which was to "
                        "be signed by deputy director Ivo Marek on Thursday, called the dredging "
                        "plan \"a costly mistake.\""),
            (std::vector<std::string>{"Harbour Authority"}));
}

TEST(CueVerbs, AVerbBeforeAPassiveInfinitiveAndAQuoteReportsNothingItsSubjectSaid) {
  EXPECT_EQ(speakers_of("Ms Ann Kelp, who is a Catholic, is reported to be \"pro-life\" and has "
                        "opposed the research."),
            (std::vector<std::string>{""}));
  // "is alleged to have told": the verb after the infinitive is the cue.
  EXPECT_EQ(speakers_of("In the book Mr Brand is alleged to have told the premier: \"There is "
                        "nothing you could ever say to me now.\""),
            (std::vector<std::string>{"Brand"}));
}

TEST(UnnamedSources, CreditARussianSourceAfterTheCueToItsWholeDescription) {
  EXPECT_EQ(speakers_of("«Решение уже принято», — сообщил источник в правительстве области."),
            (std::vector<std::string>{"источник в правительстве области"}));
  EXPECT_EQ(speakers_of("«Решение уже принято», — сказал представитель министерства обороны."),
            (std::vector<std::string>{"представитель министерства обороны"}));
  EXPECT_EQ(
      speakers_of("«Мы выставляем её на аукцион», — рассказал представитель Harbor Auctions."),
      (std::vector<std::string>{"представитель Harbor Auctions"}));
  // A name after the noun names the person.
  EXPECT_EQ(speakers_of("«Мы не согласны», — заявил представитель министерства Иван Грачев."),
            (std::vector<std::string>{"Иван Грачев"}));
}

TEST(UnnamedSources, KeepARussianBodysNameInMarksWholeAndNoAdverbBeforeTheNoun) {
  EXPECT_EQ(speakers_of("«Переговоры прерваны», — сообщил представитель движения «Новый путь»."),
            (std::vector<std::string>{"представитель движения «Новый путь»", ""}));
  EXPECT_EQ(speakers_of("Позднее источники в министерстве сообщили, что план «отложен до весны»."),
            (std::vector<std::string>{"источники в министерстве"}));
}

TEST(UnnamedSources, TakeABareOccupationForThePersonInView) {
  EXPECT_EQ(speakers_of("Дмитрий Святов вручил призы победителям. «Этот конкурс очень важен для "
                        "детей», — сказал депутат."),
            (std::vector<std::string>{"Дмитрий Святов"}));
  // Not a person of the other gender than the cue verb's.
  EXPECT_EQ(speakers_of("Гран-при получила Вероника Карпова. «Этот конкурс очень важен для детей», "
                        "— сказал депутат."),
            (std::vector<std::string>{"депутат"}));
  EXPECT_EQ(
      speakers_of("Gregory Lamb said the charges should be dropped. The lawyer added that the "
                  "authorities \"knew\" where his client was."),
      (std::vector<std::string>{"Gregory Lamb"}));
  // A name before the comma before an unnamed source's article is the speaker.
  EXPECT_EQ(speakers_of("\"We are doing research,\" Michael Lamm, a Lufthansa spokesman told "
                        "reporters."),
            (std::vector<std::string>{"Michael Lamm"}));
}

TEST(UnnamedSources, WriteADescriptionOpeningItsSentenceInLowerCase) {
  EXPECT_EQ(speakers_of("Prosecutors said the contacts were \"not minor at all.\""),
            (std::vector<std::string>{"prosecutors"}));
  EXPECT_EQ(speakers_of("Местные наблюдатели считают, что глава перестал отвечать «требованиям "
                        "времени»."),
            (std::vector<std::string>{"местные наблюдатели"}));
  // Not an acronym's other capitals.
  EXPECT_EQ(speakers_of("MPs said the rules would \"remove ambiguity\" from the law."),
            (std::vector<std::string>{"MPs"}));
}

TEST(UnnamedSources, TakeTheRussianInterlocutorForTheSourceDescribedBefore) {
  std::vector<Quote> quotes = extract(
      "Глава комитета Андрей Ракитин заявил, что позиции нет. Причиной отставки источник "
      "\"Вестника\" в областной администрации назвал слабость аппарата. \"Администрация "
      "значительно ослабла\",- рассказал собеседник \"Вестника\".");
  std::vector<std::string> speakers;
  for (const Quote& q : quotes) {
    if (q.kind == QuoteKind::kQuote) speakers.push_back(q.speaker);
  }
  EXPECT_EQ(speakers,
            (std::vector<std::string>{"источник \"Вестника\" в областной администрации"}));
}

TEST(UnnamedSources, LetARussianPronounMeanASourceTheNarrativeNamed) {
  EXPECT_EQ(speakers_of("Пожар тушил Ярослав Дронов. По факту поджога был задержан 27-летний "
                        "житель одного из сёл области. Он сказал, что «огонь ветром опрокинулся "
                        "дальше»."),
            (std::vector<std::string>{"27-летний житель одного из сёл области"}));
}

}  // namespace
}  // namespace rostra
