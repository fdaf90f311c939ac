// Speaker recall classes of issue #17: quotes whose speaker the text names in a way the
// attribution rules once missed (a bare Russian role as subject, a generic noun for a company
// in view, a body's name before a role after an inverted cue). All people, places and
// organisations are fictional.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/model/quote.h"
#include "common/quotes/attribution_lexicon.h"
#include "common/quotes/speaker_aliases.h"
#include "common/quotes/speaker_attributor.h"
#include "tests/support/quote_extraction.h"

namespace rostra {
namespace {

using testing_quotes::extract;
using testing_quotes::speakers_of;

TEST(RecallClasses, ABareRussianTitleOpeningTheClauseIsThePersonInViewIntroducedWithIt) {
  EXPECT_EQ(speakers_of("На встрече выступил президент Орлании Арсений Волков. Позднее президент, "
                        "отвечая на вопросы, назвал решение «большой ошибкой», одной из тех, "
                        "которые «нельзя повторять ни при каких условиях»."),
            (std::vector<std::string>{"Арсений Волков", "Арсений Волков"}));
}

TEST(RecallClasses, ABareRussianTitleIsNoOneWhenThePersonInViewWasNotIntroducedWithIt) {
  // The president in view is not the man the title was first given to.
  EXPECT_EQ(speakers_of("Президент Орлании Арсений Волков уехал. Вчера Глеб Рощин выступил в "
                        "Думе. Затем президент, отвечая на вопросы, назвал решение «ошибкой»."),
            (std::vector<std::string>{""}));
}

TEST(RecallClasses, ARussianTitleInAnObliqueCaseIsNoSubject) {
  EXPECT_TRUE(is_russian_office_title("глава"));
  EXPECT_FALSE(is_russian_office_title("журналист"));
  EXPECT_TRUE(is_russian_nominative_title("президент"));
  EXPECT_TRUE(is_russian_nominative_title("глава"));
  EXPECT_FALSE(is_russian_nominative_title("президента"));
  EXPECT_FALSE(is_russian_nominative_title("министру"));
}

TEST(RecallClasses, TheFirmOrTheCompanyIsTheCompanyThatSpokeUnderItsOneWordName) {
  EXPECT_EQ(speakers_of("Varnex said its profit fell by 4% last year. Its chief executive, Jan "
                        "Roe, plans to cut costs. \"We expect a return to growth in the spring,\" "
                        "the firm said in a statement."),
            (std::vector<std::string>{"Varnex"}));
  EXPECT_EQ(speakers_of("Varnex has said it will recall 20,000 kettles. The company said the "
                        "recall was a \"precaution after a handful of complaints\"."),
            (std::vector<std::string>{"Varnex"}));
}

TEST(RecallClasses, TheFirmIsNoPersonKnownByAnHonorificOrAForename) {
  // People come with a forename or a title: neither is a company known by one word.
  EXPECT_EQ(speakers_of("Mr Roe said the deal was done. \"We expect a return to growth in the "
                        "spring,\" the firm said."),
            (std::vector<std::string>{""}));
  EXPECT_EQ(speakers_of("Jan Roe said the deal was done. \"We expect a return to growth in the "
                        "spring,\" the firm said."),
            (std::vector<std::string>{""}));
}

TEST(RecallClasses, ADefiniteDescriptionOfASourceNamedBeforeIsThatSource) {
  EXPECT_EQ(speakers_of("Prosecutors said the man fled to Varnia in May. When he was arrested in "
                        "June, the prosecutors said, “he told officers that he had never left "
                        "the city.”"),
            (std::vector<std::string>{"prosecutors"}));
}

TEST(RecallClasses, AFirstDefiniteDescriptionIsNoSourceByItself) {
  // "the authors" of a study the article has not named as such: the study's body, not found.
  EXPECT_EQ(speakers_of("A study of the 1990 floods found few firms failed. “Most businesses "
                        "came through the floods without lasting harm,” the authors "
                        "concluded."),
            (std::vector<std::string>{""}));
}

TEST(RecallClasses, AsSomeonePutItCreditsTheWordsBeforeOrAfterIt) {
  EXPECT_EQ(speakers_of("Voters in Hull want one thing, \"a working bus\", as one campaigner put "
                        "it."),
            (std::vector<std::string>{"campaigner"}));
  EXPECT_EQ(speakers_of("The plan was, as Jane Roe put it, \"a total shambles\"."),
            (std::vector<std::string>{"Jane Roe"}));
  // "put it" without "as" before its subject is no cue.
  std::vector<Quote> quotes = extract("Ann Moss will put it to a vote on the \"bus question\".");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].cue, "");
  EXPECT_EQ(quotes[0].speaker, "");
}

TEST(RecallClasses, ARussianOfficeAndItsPlaceIsThePersonInViewWhomNoOtherTitleNames) {
  EXPECT_EQ(speakers_of("Арсений Волков провёл совещание в Москве. Глава государства во время "
                        "встречи с журналистами заявил, что после «долгой проверки на практике» "
                        "закон будет принят."),
            (std::vector<std::string>{"Арсений Волков"}));
  EXPECT_EQ(speakers_of("Арсений Волков провёл совещание в Москве. «Закон будет принят осенью», — "
                        "отметил глава государства."),
            (std::vector<std::string>{"Арсений Волков"}));
}

TEST(RecallClasses, ARussianOccupationOrATitleBeforeANameIsNoPersonInView) {
  // A journalist is one of many, not an office; a name after the title is the speaker.
  std::vector<Quote> quotes = extract(
      "Арсений Волков провёл совещание в Москве. «Там было очень шумно и тесно», — написал "
      "журналист газеты «Вестник».");
  ASSERT_FALSE(quotes.empty());
  EXPECT_EQ(quotes[0].speaker, "");
  EXPECT_EQ(speakers_of("Арсений Волков провёл совещание в Москве. Как заявила председатель "
                        "городского комитета Ирина Лапина, депутаты «внесли важный вклад в "
                        "работу»."),
            (std::vector<std::string>{"Ирина Лапина"}));
}

TEST(RecallClasses, ALeadRoleBeforeAnyoneIsInViewIsThePersonTheHeadlineOpensWith) {
  static const SpeakerAliases kNoAliases;
  std::string body =
      "The prime minister has defended the new bus law, saying \"several thousand\" people "
      "wait for a bus each day.\n\nJan Roe said there would be no change.";
  ArticleContext context;
  context.title = "Roe defends bus law";
  std::vector<Quote> quotes = extract_quotes(body, kNoAliases, context);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Jan Roe");
  // A name the headline addresses is no subject of it.
  context.title = "Congratulations to Jan Roe";
  quotes = extract_quotes(body, kNoAliases, context);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "");
}

TEST(RecallClasses, AfterAnInvertedCueABodysNameAndItsRoleGoBeforeThePersonsName) {
  EXPECT_EQ(speakers_of("\"It gives us a second life,\" said Varnex chief executive Jan Roe. "
                        "\"We will not sell,\" said Hull Water boss Ann Moss at a meeting."),
            (std::vector<std::string>{"Jan Roe", "Ann Moss"}));
}

}  // namespace
}  // namespace rostra
