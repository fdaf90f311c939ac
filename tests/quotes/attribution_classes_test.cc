// One test per error class of issue #17, in English and Russian, written from the rules (kind
// before speaker, sentence ends after a quote, cue verbs in every inflection, subject phrases,
// unnamed sources, names joined to the fullest form, multi-paragraph quotations, evidence).
// All people, places and organisations are fictional.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/model/quote.h"
#include "common/quotes/cue_verbs.h"
#include "common/quotes/quote_extractor.h"
#include "common/quotes/speaker_aliases.h"
#include "common/quotes/speaker_attributor.h"
#include "tests/support/quote_extraction.h"

namespace rostra {
namespace {

using testing_quotes::extract;

// The one quote of `body`; fails the test when there is not exactly one.
Quote only_quote(std::string_view body) {
  std::vector<Quote> quotes = extract(body);
  EXPECT_EQ(quotes.size(), 1u) << body;
  return quotes.empty() ? Quote{} : quotes[0];
}

std::string_view text_of(std::string_view body, const Quote& q) {
  return body.substr(q.start, q.end - q.start);
}

// --- kind before speaker -------------------------------------------------------------------

TEST(QuoteKinds, TakesANameInGuillemetsAfterAGoverningNounForATitleEvenNearACue) {
  std::string body = "Директор компании «Северный вектор» Ирина Лапина заявила, что завод закроют.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.kind, QuoteKind::kTitle);
  EXPECT_EQ(q.speaker, "");
}

TEST(QuoteKinds, TakesANameInGuillemetsAfterAnAcronymForATitle) {
  std::string body = "Глава ведомства Олег Ракитин сообщил ИА «Вестник», что проверка закончена.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.kind, QuoteKind::kTitle);
}

TEST(QuoteKinds, TakesAGoverningNounInAnyCaseAndASloganWithAnExclamationForATitle) {
  std::string body = "Волонтеры проекта «Все на берег!» собрали две тонны мусора.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.kind, QuoteKind::kTitle);
}

// Reuters-21578: 'Chairman C. J. "Pete" Silas said his company's stock …' made "Pete" a quote
// of Silas's. A nickname between a forename or initial and a surname is part of the name.
TEST(QuoteKinds, TakesANicknameInsideANameForATitleNotAQuote) {
  std::string body =
      "Harbour Mills Chairman R. J. \"Ned\" Calloway said the firm would pay its debts. "
      "Former mayor Thomas \u201cTip\u201d Arnaud said \"the bridge will open on Tuesday.\"";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(text_of(body, quotes[0]), "Ned");
  EXPECT_EQ(quotes[0].kind, QuoteKind::kTitle);
  EXPECT_TRUE(quotes[0].speaker.empty());
  EXPECT_EQ(text_of(body, quotes[1]), "Tip");
  EXPECT_EQ(quotes[1].kind, QuoteKind::kTitle);
  EXPECT_EQ(quotes[2].kind, QuoteKind::kQuote);
  EXPECT_EQ(quotes[2].speaker, "Arnaud");
}

// Not a nickname: a capitalised word quoted after a verb, though a capitalised word follows.
TEST(QuoteKinds, AWordQuotedAfterACueBeforeACapitalisedWordIsStillAQuote) {
  std::string body = "Jane Roe said \"Stop\" Monday to the crowd.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.kind, QuoteKind::kQuote);
  EXPECT_EQ(q.speaker, "Jane Roe");
}

TEST(QuoteKinds, TakesAShortCapitalisedRussianNameThatIsNotDirectSpeechForATitle) {
  std::string body = "Пограничники заставы на перевале «Белый камень» получили новую технику.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.kind, QuoteKind::kTitle);
}

TEST(QuoteKinds, TakesALatinNameAmidRussianWordsForATitle) {
  std::string body = "Отчет опубликован на портале ''openreview.example'', сообщил автор.";
  EXPECT_EQ(only_quote(body).kind, QuoteKind::kTitle);
  body = "Судьба сервиса «Fastmail» решится осенью, заявил министр Олег Ракитин.";
  EXPECT_EQ(only_quote(body).kind, QuoteKind::kTitle);
  // A lower-case foreign word is cited, not named.
  body = "Посол назвал эту сделку «nonsense», сообщил Олег Ракитин.";
  EXPECT_EQ(only_quote(body).kind, QuoteKind::kQuote);
}

TEST(SubjectPhrases, ABodyNameEndingInACountryCodeIsTheWholeBody) {
  // "UK" after a body's name is its national branch, not a demonym role with no one named;
  // before a title it stays a demonym ("UK Foreign Secretary Jane Roe").
  const std::pair<std::string_view, std::string_view> kCases[] = {
      {"Ministers defended the plan. Fairtrade Alliance UK also questioned whether the \"rushed "
       "review\" was lawful.",
       "Fairtrade Alliance UK"},
      {"UK Foreign Secretary Jane Roe said the talks were \"useful\".", "Jane Roe"},
      // A sentence-initial "The" before a country code names no body.
      {"The US tycoon has approached the club with \"detailed proposals\", it has confirmed.", ""}};
  for (const auto& [body, speaker] : kCases) EXPECT_EQ(only_quote(body).speaker, speaker) << body;
}

TEST(SubjectPhrases, AConfederationOfUnionsIsOneBodyWithItsWholeName) {
  std::string body =
      "The Confederation of Harbour Unions said the plan was \"a step backwards\" for ports.";
  EXPECT_EQ(only_quote(body).speaker, "Confederation of Harbour Unions");
}

TEST(QuoteKinds, TakesADottedBrandOrAddressForATitleButNotInitials) {
  std::string body = "Финал шоу «Песня.Юниоры» покажут в субботу, сообщил продюсер Олег Ракитин.";
  EXPECT_EQ(only_quote(body).kind, QuoteKind::kTitle);
  body = "Сервис «Справка.рф» заработал в мае, пообещал министр Олег Ракитин.";
  EXPECT_EQ(only_quote(body).kind, QuoteKind::kTitle);
  body = "The figures were posted on \"ledger.example\", the minister said.";
  EXPECT_EQ(only_quote(body).kind, QuoteKind::kTitle);
  // Initials and sentences with dots are no dotted names.
  body = "Он ответил: «Да. Нет», сообщил Олег Ракитин.";
  EXPECT_EQ(only_quote(body).kind, QuoteKind::kQuote);
}

TEST(QuoteKinds, TakesANameOpenedByAGoverningNounInsideTheMarksForATitle) {
  std::string body = "До вступления в силу «закона Ракитина» прошло два года.";
  EXPECT_EQ(only_quote(body).kind, QuoteKind::kTitle);
  body = "Он предложил провести десятилетие по образцу «года Океана», сказал Волков.";
  EXPECT_EQ(only_quote(body).kind, QuoteKind::kTitle);
}

TEST(QuoteKinds, TakesOneAdjectiveBeforeItsNounOrATermPeopleCallSomethingForAScare) {
  std::string body = "Эксперт Павел Орешкин продолжил «северную» тему, рассказав о льдах.";
  EXPECT_EQ(only_quote(body).kind, QuoteKind::kScare);
  body = "Жильцов, занявших чужие дома, в городе называют «захватчики».";
  EXPECT_EQ(only_quote(body).kind, QuoteKind::kScare);
  // What people the text names call something is their word.
  body = "Находку эксперты называют «редкой удачей» для музея.";
  EXPECT_EQ(only_quote(body).kind, QuoteKind::kQuote);
  // One adjective that is an answer of its own stays a quote.
  body = "«Превосходный», — сказал Павел Орешкин о новом мосте.";
  EXPECT_EQ(only_quote(body).kind, QuoteKind::kQuote);
}

TEST(QuoteKinds, KeepsShortRussianDirectSpeechFollowedByADashAndACueAQuote) {
  std::string body = "«Это большая победа», — заявил губернатор Павел Орешкин.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.kind, QuoteKind::kQuote);
  EXPECT_EQ(q.speaker, "Павел Орешкин");
}

TEST(QuoteKinds, TakesOneLowerCaseWordAfterAPrepositionForAScareTerm) {
  std::string body = "Уровень угрозы в регионе повысили до «оранжевого», сообщил президент.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.kind, QuoteKind::kScare);
}

TEST(QuoteKinds, TakesATitleCaseProgrammeNameForATitleEvenWithATrailingPeriod) {
  std::string body =
      "Senator Mara Quill told Channel 9's “Sunday Morning Hour.” She did not elaborate.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.kind, QuoteKind::kTitle);
}

TEST(QuoteKinds, KeepsAListOfClubNamesAfterAColonAsTitles) {
  std::string body = "Соболезнования выразили клубы: «Вымпел», «Заря», «Маяк».";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 3u);
  for (const Quote& q : quotes) EXPECT_EQ(q.kind, QuoteKind::kTitle) << text_of(body, q);
}

// --- cue verbs from lemmas -----------------------------------------------------------------

TEST(CueVerbs, GeneratesEveryEnglishInflectionOfALemma) {
  for (std::string_view w :
       {"says", "said", "saying", "denied", "denies", "criticised", "criticized", "criticising",
        "insisted", "warns", "rejected", "praised", "branded", "cited", "told", "reads"}) {
    EXPECT_TRUE(is_cue_verb_form(w)) << w;
  }
}

TEST(CueVerbs, KeepsNounPluralsOfPastOnlyLemmasOut) {
  for (std::string_view w : {"states", "reports", "calls", "notes", "posts"}) {
    EXPECT_FALSE(is_cue_verb_form(w)) << w;
  }
}

TEST(CueVerbs, GeneratesRussianPastPresentAndReflexiveFormsWithGender) {
  Gender g = Gender::kUnknown;
  EXPECT_TRUE(is_cue_verb_form("заявила", &g));
  EXPECT_EQ(g, Gender::kFemale);
  g = Gender::kUnknown;
  EXPECT_TRUE(is_cue_verb_form("подчеркнул", &g));
  EXPECT_EQ(g, Gender::kMale);
  for (std::string_view w :
       {"заявляет", "заявит", "заявили", "скажет", "сообщает", "отметит", "подчеркнет",
        "подчеркивает", "добавила", "поделилась", "поделился", "констатирует", "пояснил"}) {
    EXPECT_TRUE(is_cue_verb_form(w)) << w;
  }
}

TEST(CueVerbs, TakesCharacterisingVerbsAsNamingCuesOfTheQuoteAfterThem) {
  EXPECT_TRUE(is_cue_verb_form("mischaracterized"));
  EXPECT_TRUE(is_cue_verb_form("characterises"));
  EXPECT_TRUE(is_cue_verb_form("labelled") || is_cue_verb_form("labeled"));
  std::string body = "Prosecutors said Lev Arno mischaracterized the meetings as “routine”.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Lev Arno");
  EXPECT_EQ(q.cue, "mischaracterized");
}

TEST(CueVerbs, TakesABareFormOnlyAfterAnAuxiliary) {
  std::string body = "Nora Vance cannot say whether she will back it “until I see the text.”";
  Quote q = only_quote(body);
  EXPECT_NE(q.cue, "say");
}

// --- sentence boundaries after a quote -----------------------------------------------------

TEST(SentenceBoundaries, EndsTheSentenceAtAPeriodInsideTheClosingMark) {
  std::string body =
      "Tomas Brandt said the levy was unfair. “The whole scheme is wrong.” Officials in Kessen "
      "said on Monday the levy would stay.";
  Quote q = only_quote(body);
  EXPECT_NE(q.speaker, "Officials");
  EXPECT_NE(q.rule, AttributionRule::kCueAfter);
}

// --- subject phrases -----------------------------------------------------------------------

TEST(SubjectPhrases, SkipsLowerCaseDescriptorsBeforeANameAfterTheCue) {
  std::string body = "“They are flexing their muscles,” said former federal prosecutor Jane Orlo.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Jane Orlo");
  EXPECT_EQ(q.mention, SpeakerMention::kName);
}

TEST(SubjectPhrases, TakesThePersonBeforeOfAPlaceOrCompany) {
  std::string body = "“Things are getting worse,” said Dan Whitlow of Harrow Capital in Leeds.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Dan Whitlow");
}

TEST(SubjectPhrases, DropsThePlaceAPrepositionGovernsBeforeTheName) {
  std::string body =
      "“The deal is mostly old orders,” former Valdorian envoy to Estmark Jonas Berg posted.";
  EXPECT_EQ(only_quote(body).speaker, "Jonas Berg");
  // After "of" the capitalised words are one body.
  body = "“Prices will fall,” said an analyst of Northern Grain Research.";
  EXPECT_NE(only_quote(body).speaker, "Grain Research");
}

TEST(SubjectPhrases, CreditsAnUnnamedSourceToItsDescription) {
  std::string body = "Maria Kessel is “stepping away” from the post, said a department spokesman.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "department spokesman");
  EXPECT_EQ(q.mention, SpeakerMention::kDescription);  // an unnamed source has no name
}

TEST(SubjectPhrases, CreditsAnUnnamedSourceWithCapitalisedOrHyphenatedModifiers) {
  std::string body = "“Nobody sells in a panic here,” one Lindmark grain trader said on Friday.";
  EXPECT_EQ(only_quote(body).speaker, "Lindmark grain trader");
  body = "As one thoroughly-annoyed backbencher said before the vote: “We were not asked.”";
  EXPECT_EQ(only_quote(body).speaker, "thoroughly-annoyed backbencher");
  // Without an article the noun opens no subject phrase of its own.
  body = "Prices rose. “Nobody sells in a panic here,” Lindmark trader said.";
  EXPECT_NE(only_quote(body).speaker, "Lindmark trader");
}

TEST(SubjectPhrases, ReadsPastABodysNameInGuillemetsToThePersonAfterIt) {
  // After a title ("председатель") and after a plain noun chain ("координатор движения").
  for (std::string_view cue : {"заявил председатель общества", "сказал координатор движения"}) {
    std::string body =
        "«Решение принято без обсуждения», — " + std::string(cue) + " «Старый двор» Глеб Рощин.";
    std::vector<Quote> quotes = extract(body);
    ASSERT_EQ(quotes.size(), 2u) << cue;
    EXPECT_EQ(quotes[0].speaker, "Глеб Рощин") << cue;
    EXPECT_EQ(quotes[1].kind, QuoteKind::kTitle) << cue;
  }
}

TEST(SubjectPhrases, KeepsANameInsideADescriptionADescription) {
  std::string body =
      "Governor Alan Reece spoke first. “God knows what he will say now,” said the former Reece "
      "campaign adviser.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "former Reece campaign adviser");
}

TEST(SubjectPhrases, CreditsARussianRoleWithNoNameToTheRole) {
  std::string body = "Прокурор заявил, что приговор вынесен на «законных основаниях».";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "прокурор");
}

TEST(SubjectPhrases, SkipsAPlaceAdverbialAfterARussianCue) {
  std::string body = "«Суд не приговаривал его к этому», — заявил на суде защитник Олег Бродин.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Олег Бродин");
}

TEST(SubjectPhrases, ResolvesTheCapitalisedRoleDescriptionToTheLatestPerson) {
  std::string body =
      "Senator Ruth Calloway met the mayor. The Varnian moderate has said she will vote “only "
      "when I see the bill.”";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Ruth Calloway");
}

TEST(SubjectPhrases, TakesTheNameThatOpensAnAppositionBeforeTheCue) {
  std::string body =
      "Hana Lorcan, a prospective parliamentary candidate said the party was ready: “We will "
      "have no trouble with turnout at all.”";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Hana Lorcan");
}

TEST(SubjectPhrases, TakesTheNameThatOpensARussianAppositionBeforeTheCue) {
  std::string body =
      "Ирина Лапина, кандидат от округа, заявила: «Мы справимся с этим без всякой помощи».";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Ирина Лапина");
}

TEST(SubjectPhrases, ResolvesADefiniteRoleNoOneWasIntroducedWithToTheLatestPerson) {
  std::string body =
      "Mr Okafor was asked about the plan on Monday. Later the foreign secretary said: “We will "
      "not move on this.”";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Okafor");
  EXPECT_EQ(q.mention, SpeakerMention::kRole);
}

TEST(SubjectPhrases, KeepsALongRussianChainOfGenitivesAfterATitle) {
  std::string body =
      "Как считает руководитель совета местной независимой оппозиции Рамиль Гарипов, решение "
      "было «принято заранее и без обсуждения».";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Рамиль Гарипов");
}

TEST(SubjectPhrases, CreditsAnAcronymSubjectToTheBodyItNames) {
  std::string body = "ВОЗ сообщила, что вакцина «прошла все испытания без замечаний».";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "ВОЗ");
  std::string english = "The FAA said the engines were “safe to fly under every condition”.";
  EXPECT_EQ(only_quote(english).speaker, "FAA");
}

// Reuters-21578 names analysts by their firms, whose names hold "and" or "&" ("Peter Fellner
// of James Capel and Co said"): the firm's last word ("Co") was taken for the speaker.
TEST(SubjectPhrases, APersonOfAFirmNamedWithAndIsTheSpeakerNotTheFirmsLastWord) {
  EXPECT_EQ(only_quote("Peter Fallow of Capel Marsh and Co said \"a budget of tax cuts would be "
                       "a budget for an early election.\"")
                .speaker,
            "Peter Fallow");
  EXPECT_EQ(only_quote("\"The big number is the debt assumption,\" analyst Jack Kerwin of Kidder "
                       "Hale and Co told Reuters.")
                .speaker,
            "Jack Kerwin");
  EXPECT_EQ(only_quote("Thom Brand of Butcher & Slinger said \"we will get a positive day on "
                       "balance.\"")
                .speaker,
            "Thom Brand");
  EXPECT_EQ(only_quote("Derek Wyman, MP for Sittingford and Shepton said the party was \"trying "
                       "very hard\".")
                .speaker,
            "Derek Wyman");
}

// Not a firm: a title after "and" opens a second subject, and "for" after a body is part of
// the body's name.
TEST(SubjectPhrases, AndBeforeATitleOrInABodysNameJoinsNoFirm) {
  std::string two =
      "Senate Whip Steve Scalby of Louisiana and Committee Chairman Jed Hennard of "
      "Texas said \"the bill will pass this week.\"";
  EXPECT_EQ(only_quote(two).speaker, "Committee Chairman Jed Hennard of Texas");
  std::string body =
      "The Organisation for Economic Cooperation and Development said \"growth "
      "will slow next year in most member countries.\"";
  EXPECT_NE(only_quote(body).speaker, "Organisation");
}

// --- entity hygiene --------------------------------------------------------------------------

TEST(EntityHygiene, ReadsASurnameAfterAnHonorificAsANameEvenWhenItIsATitleWord) {
  std::string body = "Ms Judge has held the seat since 2001. Ms Judge said she was “delighted”.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Judge");
}

TEST(EntityHygiene, ReadsASurnameWithADemonymEndingAfterAForenameAsAName) {
  std::string body = "“We opposed the candidate from the start,” said Andy Marovian.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Andy Marovian");
}

TEST(EntityHygiene, ReadsARussianSurnameWithAnAdjectiveEndingAfterAForenameAsAName) {
  std::string body = "«Мы не отступим ни на шаг», — заявил Павел Ковальский.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Павел Ковальский");
}

// --- pronouns --------------------------------------------------------------------------------

TEST(Pronouns, TakesGenderFromTheForenameList) {
  // "Sarah" is a woman's name in the forename list (a guess from its last letter would make
  // it a man's, and "she" would skip back to Oduya, whose gender the text does not give).
  std::string body =
      "Oduya asked for more time. Sarah Lindqvist, the harbour commissioner, refused. “We cannot "
      "wait another year,” she said.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Sarah Lindqvist");
  EXPECT_EQ(q.mention, SpeakerMention::kPronoun);
}

TEST(Pronouns, SkipsAPersonOfTheOtherGenderForTheNearestCompatibleOne) {
  std::string body =
      "Helen Marsh chairs the committee. Mr Pell spoke after her. “The report is late,” she said.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Helen Marsh");
}

TEST(Pronouns, IgnoresANameInTheReportedClause) {
  std::string body =
      "Committee member Piet Rosko said he was surprised Mr Vanek was still in the post. “We were "
      "told he was leaving,” he said.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Piet Rosko");
}

TEST(Pronouns, DoesNotTakeGenderFromAnObliqueRussianSurname) {
  // "Ракитина" is the genitive of a man's surname: it must not make him a woman "он" skips.
  std::string body =
      "По словам министра Олега Ракитина, решение уже принято. При этом он подчеркнул, что «сроки "
      "не изменятся ни при каких условиях».";
  Quote q = only_quote(body);
  EXPECT_NE(q.speaker.find("Ракитин"), std::string::npos) << q.speaker;
  EXPECT_EQ(q.mention, SpeakerMention::kPronoun);
}

TEST(EntityHygiene, KeepsAWomansForenameInANominativeThatIsAlsoAMansGenitive) {
  // "Валентина" is a woman's nominative and the genitive of "Валентин": the woman, her
  // indeclinable surname kept; a later "она" means her.
  std::string body =
      "Председатель палаты Валентина Корниенко открыла заседание. «Мы примем бюджет в срок», — "
      "заявила Валентина Корниенко. «Откладывать нельзя», — добавила она.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].speaker, "Валентина Корниенко");
  EXPECT_EQ(quotes[1].speaker, "Валентина Корниенко");
}

TEST(EntityHygiene, ReadsAFormThatIsAlsoAWomansForenameAsAMansGenitiveBeforeHisSurname) {
  // "Евгения Тарасюка": the surname can only be a man's genitive, so the forename is his too.
  Quote q = only_quote("По словам Евгения Тарасюка, «переговоры продолжатся».");
  EXPECT_EQ(q.speaker, "Евгений Тарасюк");
  Quote named = only_quote(
      "Встреча Андрея Тарасюка с губернатором прошла утром. Андрей Тарасюк сказал: «Всё "
      "решено».");
  EXPECT_EQ(named.speaker, "Андрей Тарасюк");
  Quote woman = only_quote("«Работа продолжается», — сообщила Евгения Соколова.");
  EXPECT_EQ(woman.speaker, "Евгения Соколова");
}

TEST(Pronouns, TakesGenderFromARussianForenameAndTheVerb) {
  std::string body =
      "Ольга Зимина возглавила фонд в мае. Олег Ракитин ее поддержал. «Мы продолжим работу», — "
      "сказала она.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Ольга Зимина");
}

// --- next-sentence attribution ---------------------------------------------------------------

TEST(SentenceBoundaries, DoesNotTakeANextSentenceThatReportsAClauseOfItsOwn) {
  std::string body =
      "Mayor Ines Coll described the audit as a “farce” and a “witch hunt.” Karvia has denied "
      "interfering with it.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "Ines Coll");
}

TEST(SentenceBoundaries, DoesNotTakeARussianNextSentenceThatReportsAClauseOfItsOwn) {
  std::string body =
      "Мэр Инесса Колл назвала проверку «фарсом». Министр заявил, что проверка продолжится.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_NE(quotes[0].speaker, "министр");
}

// --- one name per person -------------------------------------------------------------------

TEST(OneNamePerPerson, JoinsSurnameHonorificTitleAndPossessiveMentionsToTheFullName) {
  std::string body =
      "Labour's Ken Rowe opened the debate. “We are ready,” Mr Rowe said. Sen. Rowe later "
      "added: “We will win the vote.” Rowe’s aides were calm. “It is over,” Rowe told "
      "reporters.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 3u);
  for (const Quote& q : quotes) EXPECT_EQ(q.speaker, "Ken Rowe") << text_of(body, q);
}

TEST(OneNamePerPerson, KeepsAPartyPrefixOutOfTheName) {
  std::string body = "“The plan is dead,” said Tory Ann Moss. Ms Moss later repeated it.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Ann Moss");
}

TEST(OneNamePerPerson, NamesASpeakerInTheGenitiveAfterPoSlovamInTheNominative) {
  std::string body =
      "По словам директора фонда Ольги Зиминой, программа «будет продолжена в следующем году».";
  EXPECT_EQ(only_quote(body).speaker, "Ольга Зимина");
  std::string male =
      "По словам министра Сергея Ракитина, решение «не будет пересмотрено ни при каких "
      "условиях».";
  EXPECT_EQ(only_quote(male).speaker, "Сергей Ракитин");
}

TEST(OneNamePerPerson, NamesAPersonFirstMetInAnObliqueCaseInTheNominative) {
  std::string body =
      "Губернатор вручил награду Олегу Ракитину. Позже Ракитин заявил: «Это честь для всего "
      "нашего города».";
  EXPECT_EQ(only_quote(body).speaker, "Олег Ракитин");
  std::string female =
      "Губернатор поздравил Ольгу Зимину. Позже Зимина заявила: «Это честь для всего нашего "
      "города».";
  EXPECT_EQ(only_quote(female).speaker, "Ольга Зимина");
}

TEST(OneNamePerPerson, KeepsAnEnglishNameAsWrittenWhenAPossessiveMentionFollows) {
  std::string body =
      "Ken Rowe opened the debate. Rowe’s aides were calm. “It is over,” Rowe told reporters.";
  EXPECT_EQ(only_quote(body).speaker, "Ken Rowe");
}

TEST(OneNamePerPerson, JoinsALaterForenameToTheFullName) {
  std::string body =
      "Андрей Салтыков возглавляет холдинг с 2013 года. «Я сам перенес болезнь», — сказал в "
      "беседе Андрей.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Андрей Салтыков");
}

// --- multi-paragraph quotations --------------------------------------------------------------

TEST(MultiParagraphQuotes, RunsAQuotationThatNeverReopensItsMarksToItsClosingMark) {
  std::string body =
      "The message reads:\n\n“Your festival has brightened many lives.\n\nI wish you every "
      "success.”\n\nThe festival opens on Friday.";
  Quote q = only_quote(body);
  EXPECT_EQ(text_of(body, q),
            "Your festival has brightened many lives.\n\nI wish you every success.");
  EXPECT_TRUE(q.closed);
}

TEST(MultiParagraphQuotes, DoesNotRunOnPastAParagraphWithOtherMarks) {
  std::string body = "He said:\n\n“We will win.\n\nShe called it “odd”.\n\nThen it ended.”";
  std::vector<Quote> quotes = extract(body);
  ASSERT_GE(quotes.size(), 1u);
  EXPECT_EQ(text_of(body, quotes[0]), "We will win.");
}

// --- evidence ------------------------------------------------------------------------------

TEST(Evidence, RecordsTheRuleTheMentionAndTheWordsAsWritten) {
  std::string body =
      "“We will not retreat,” she said. Earlier, Minister Lena Farr arrived. "
      "“Not one step,” Farr said. “Never,” she added.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(quotes[1].rule, AttributionRule::kCueAfter);
  EXPECT_EQ(quotes[1].mention, SpeakerMention::kName);
  EXPECT_EQ(quotes[1].as_written, "Farr");
  EXPECT_EQ(quotes[2].mention, SpeakerMention::kPronoun);
  EXPECT_EQ(quotes[2].as_written, "she");
  EXPECT_EQ(quotes[2].speaker, "Lena Farr");
  EXPECT_EQ(attribution_rule_name(quotes[1].rule), "cue-after");
}

TEST(Evidence, LeavesNoEvidenceOnATitle) {
  std::string body = "Партия «Новый путь» провела съезд, заявил Игорь Седов.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.rule, AttributionRule::kNone);
  EXPECT_EQ(q.as_written, "");
}

}  // namespace
}  // namespace rostra

namespace rostra {
namespace {

// --- documents and continuations -------------------------------------------------------------

TEST(Documents, CreditsADocumentToTheOwnerItIsWrittenWith) {
  std::string body = "Mirela Stan’s message reads, in part:\n\n“Your work inspires us all.”";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Mirela Stan");
  EXPECT_EQ(q.mention, SpeakerMention::kDocument);
}

TEST(Documents, CreditsTheMessageToThePersonWhoseLetterTheArticleReported) {
  std::string body =
      "In a letter to the speaker, President Ivo Marek said reform was overdue.\n\n“The code "
      "lacks any treatment of the problem,” the message said.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Ivo Marek");
  EXPECT_EQ(q.as_written, "the message");
}

TEST(Documents, LeavesAnUnsignedDocumentWithoutASpeaker) {
  std::string body = "“The bridge will close for a month,” the notice said.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "");
}

// The quotes of `body`, `count` of them, each expected to be `speaker`'s.
std::vector<Quote> all_spoken_by(std::string_view body, std::size_t count,
                                 std::string_view speaker) {
  std::vector<Quote> quotes = extract(body);
  EXPECT_EQ(quotes.size(), count) << body;
  for (const Quote& q : quotes) EXPECT_EQ(q.speaker, speaker) << text_of(body, q);
  return quotes;
}

TEST(Continuations, KeepsTheSpeakerAcrossALongOneSentenceAttribution) {
  // 29 words between the two pieces, one sentence: an apposition, a letter, its addressee.
  std::vector<Quote> quotes = all_spoken_by(
      "“The levy will empty our towns,” Harbour Mayor Ilse Brandt, an independent and one of the "
      "loudest critics of the plan in the north, wrote in a letter to Tom Varga this week. “It is "
      "an attack on every small port.” Shipping firms were quiet.",
      2, "Ilse Brandt");
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].rule, AttributionRule::kInterrupted);
}

TEST(Continuations, GivesPiecesOfAQuotationAfterAnAttributionSentenceThatSpeaker) {
  // Pieces reopened without closing ("said: "A. "B. "C.""), right after "…, he added."
  all_spoken_by(
      "\"We owe them more,\" Mr Lund said in a speech in Tarvik. The debt was moral as much as "
      "financial, he added. \"Ten billion a year is needed. \"Old promises will not stop the "
      "fever. \"Our plan matters more than ever.\" The minister flew home.",
      4, "Lund");
}

TEST(Continuations, GivesAQuotationStandingAloneAsItsParagraphThePreviousSpeaker) {
  std::string body =
      "«Это большая потеря», — сказал премьер Илья Горин.\n\n«Он был замечательным человеком и "
      "другом».\n\nПохороны пройдут в пятницу.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[1].speaker, "Илья Горин");
  EXPECT_EQ(quotes[1].rule, AttributionRule::kContinuation);
}

TEST(Continuations, GivesAQuotationFillingTheSentenceAfterAnAttributionThatSpeaker) {
  std::string body =
      "Ines Coll spoke in Kallen on Friday. The levy hurt farmers most, she added. “We need at "
      "least two more years to fix it.”";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Ines Coll");
  EXPECT_EQ(q.rule, AttributionRule::kContinuation);
  std::string russian =
      "Инесса Колл выступила в Каллене. Налог ударил по фермерам, добавила она. «Нам нужно еще "
      "два года, чтобы это исправить».";
  EXPECT_EQ(only_quote(russian).speaker, "Инесса Колл");
}

TEST(Continuations, DoesNotContinueAnAttributionAfterAnotherName) {
  std::string body =
      "Ines Coll spoke in Kallen. The levy hurt farmers most, she added, and Piet Rosko agreed. "
      "“We need at least two more years to fix it.”";
  Quote q = only_quote(body);
  EXPECT_NE(q.speaker, "Ines Coll");
}

TEST(SubjectPhrases, TakesADefiniteOfficeForTheLatestPersonNotAnUnnamedSource) {
  std::string body =
      "Mr Halvard met the unions on Monday. Later the prime minister said: “Nobody will lose "
      "their job.”";
  Quote q = only_quote(body);
  EXPECT_EQ(q.speaker, "Halvard");
}

TEST(Continuations, DoesNotContinueAcrossAnotherNamedPerson) {
  std::string body =
      "“We will win,” said Tom Reyes.\n\nHis rival Ada Kline disagreed on Monday.\n\n“Not a "
      "chance.”";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_NE(quotes[1].speaker, "Tom Reyes");
}

// --- issue #17, second round: each case a made-up sentence and the speaker its one quote
// (or its first) must get; "!" marks a speaker it must NOT get. ---------------------------

struct SpeakerCase {
  std::string_view body;
  std::string_view speaker;
  bool negated = false;  // the quote's speaker must differ from `speaker`
};

void expect_speakers(const std::vector<SpeakerCase>& cases) {
  for (const SpeakerCase& c : cases) {
    std::vector<Quote> quotes = extract(c.body);
    ASSERT_FALSE(quotes.empty()) << c.body;
    if (c.negated) {
      EXPECT_NE(quotes[0].speaker, c.speaker) << c.body;
    } else {
      EXPECT_EQ(quotes[0].speaker, c.speaker) << c.body;
    }
  }
}

// A quote ending in "!" or "?" ends its sentence unless a subject phrase and cue follow.
TEST(SentenceEnds, EndsAtAnExclamationInsideTheMarksUnlessASubjectAndCueFollow) {
  expect_speakers({
      {"“We will keep on winning!” At the rally, Piet Rosko told voters the result was a "
       "message.",
       "Piet Rosko", true},
      {"“Thank you, Kallen!” Democratic U.S. Representative Jane Roe of Varnia told the crowd.",
       "Jane Roe"},
      {"“Why do we wait?” Varnian foreign minister Ola Brand asked.", "Ola Brand"},
  });
}

// "Deb Ross in a statement called": the medium between subject and cue; "H. Wood Thalberg".
TEST(SubjectPhrases, SkipsTheMediumBeforeTheCueAndKeepsAnInitialBeforeTheForename) {
  expect_speakers({
      {"Association President and Republican Kallen state senator Deb Ross in a statement "
       "called the bill “an attack on the states.”",
       "Deb Ross"},
      {"“The size is unprecedented,” Kallen Secretary of Commerce H. Wood Thalberg said in a "
       "statement.",
       "H. Wood Thalberg"},
      {"Kallen Secretary of Commerce H. Wood Thalberg spoke first. Later Thalberg added: “We "
       "are ready.”",
       "H. Wood Thalberg"},
  });
}

// A quoting verb relays its object's words: the person, not the outlet.
TEST(QuotingVerbs, GivesTheQuotedPersonNotTheOutletInRussianAndEnglish) {
  expect_speakers({
      {"Сын Владислав Ренов заявил, что не виноват. Как рассказал дед Владимир Ренов, внук "
       "молчал. «Он ничего не мог сказать», - цитирует Ренова агентство Vestnik.kz.",
       "Владимир Ренов"},
      {"«Мам, я этого не делал!» - цитирует издание мать солдата Светлану Ващенко.",
       "Светлана Ващенко"},
      {"The Varnian Herald quoted Jane Roe as saying: “We are ready.”", "Jane Roe"},
      {"“We are ready,” the Varnian Herald quoted Jane Roe as saying.", "Jane Roe"},
      {"«Работы идут по плану», - цитирует агентство Vestnik.kz.", ""},
      {"«Для выживания цивилизации ей необходимы вся планета и все ресурсы», — на форуме Арсений "
       "Волков процитировал выдающегося мыслителя Олега Ракитина.",
       "Олег Ракитин"},
  });
}

// Russian puts the subject after its verb; an oblique full name is no subject.
TEST(Pronouns, TakesARussianFullNameAfterItsVerbAsTheSubjectLaterPronounsMean) {
  expect_speakers({
      {"Доклад подготовил Совет Федерации. Конференцию открыл спецпредставитель Артур Волков. "
       "По его словам, «работы хватит всем».",
       "Артур Волков"},
      {"Олег Лапин выступил первым. Встречу с Александром Ренским провели вчера. Он заявил: "
       "«Мы договорились».",
       "Олег Лапин"},
  });
}

// A Russian name is a subject by its case: a fronted object is not what "он" means; a title
// and the genitive of a place ("мэр Ковельки") is a role, not a person named for the place.
TEST(Pronouns, TakesNoRussianObjectForASubjectAndNoPlaceForAPerson) {
  expect_speakers({
      {"Посол Андрей Мельков уволен. Так, Степана Ракитина он называл «борцом за свободу».",
       "Андрей Мельков"},
      // An indeclinable surname looks oblique by its ending; at a clause start it is a subject.
      {"Энди Карей выиграл финал в Кальме. Позже он сказал: «Я счастлив, что всё получилось».",
       "Энди Карей"},
      {"Снос памятника мэр Ковельки объяснил так: «Жертвы должны покоиться на кладбище».",
       "Ковельки", true},
  });
}

// A demonym and one unknown word name an event or a body, not a person.
TEST(EntityHygiene, TakesADemonymAndOneUnknownWordForABodyNotAPersonPronounsMean) {
  expect_speakers({
      {"Победителем турнира (Varnian Open) стал Олег Рябов. Посеянный первым Рябов выиграл "
       "финал.\n\nПосле матча он сказал: «Я не знаю, как мне это удалось».",
       "Open", true},
      {"The Varnian Legion, which rarely speaks on policy, said in a statement it would “not "
       "be silent”.",
       "Varnian Legion"},
      {"Brokers were split. Another said: “The rate will fall.”", "Another", true},
      {"Спор идет о слове «кризис». Так, во всяком случае, пишут в прессе: «Раскол близок».", "Так",
       true},
  });
}

// The object of a preposition is never the subject of the cue after it; "The Kallen North
// MP" is the person the story is about; a placed spokesman stays an unnamed source.
TEST(SubjectPhrases, TakesNoObjectOfAPrepositionAndResolvesAPlacedOffice) {
  expect_speakers({
      {"Mr Amsel, who on Thursday won damages from the Daily Courier said he would stand in "
       "Kallen. The Kallen North MP, who left his party last year, accused Ms Vell of being a "
       "\"party stooge\".",
       "Amsel"},
      {"A memo signed by Deputy Defense Secretary Jon Amsel called the shells \"useful "
       "weapons\".",
       "Jon Amsel", true},
      {"In a speech to the Varnian Policy Centre Mr Amsel said: \"We are ready.\"", "Amsel"},
      {"Mr Vell spoke after Mr Amsel told members the rivals had a \"hard agenda\".", "Amsel"},
      {"Jon Amsel arrived. \"No comment,\" the Varnian Embassy spokesman said.", "Jon Amsel", true},
  });
}

// "Name, <apposition>, said": the name before the apposition, not a body inside it.
TEST(SubjectPhrases, TakesTheNameBeforeAnAppositionBetweenCommasNotTheBodyInIt) {
  expect_speakers({
      {"“The bill will raise costs,” Sandy Vell, president of the Kallen Association of Bond "
       "Lawyers, said in a statement.",
       "Sandy Vell"},
      {"Jon Amsel met them. “We are very close,” Amsel, one of a few Republicans and Democrats "
       "leading the effort, told reporters.",
       "Jon Amsel"},
      {"«Мы почти готовы», — Иван Пестов, глава компании «Вектор», заявил журналистам.",
       "Иван Пестов"},
  });
}

}  // namespace
}  // namespace rostra

namespace rostra {
namespace {

// --- transcript turns ------------------------------------------------------------------------

TEST(SpeakerTurns, AttributesEachLabelledParagraphToItsSpeakerAsATurn) {
  std::string body =
      "The talks began in the Green Hall.\n\nPresident of Varnia Elena Varga: Good afternoon, "
      "colleagues.\n\nWe have much to discuss.\n\nJonas Keller: Thank you, Madam President.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(quotes[0].kind, QuoteKind::kTurn);
  EXPECT_EQ(quotes[0].speaker, "Elena Varga");
  EXPECT_EQ(text_of(body, quotes[0]), "Good afternoon, colleagues.\n\nWe have much to discuss.");
  EXPECT_EQ(quotes[0].rule, AttributionRule::kTurn);
  EXPECT_EQ(quotes[1].speaker, "Jonas Keller");
  EXPECT_EQ(quote_kind_name(quotes[1].kind), "turn");
}

TEST(SpeakerTurns, GivesAQuestionLabelNoSpeakerAndJoinsAShortLabelToTheFullName) {
  std::string body =
      "Вопрос: Когда откроют мост?\n\nПрезидент Орлании Арсений Волков: В мае.\n\nВопрос: А "
      "дорогу?\n\nВолков: Позже.";
  std::vector<Quote> quotes = extract(body);
  ASSERT_EQ(quotes.size(), 4u);
  EXPECT_EQ(quotes[0].speaker, "");
  EXPECT_EQ(quotes[0].kind, QuoteKind::kTurn);
  EXPECT_EQ(quotes[1].speaker, "Арсений Волков");
  EXPECT_EQ(quotes[3].speaker, "Арсений Волков");
}

// The speakers of the turns of `body`, in order.
std::vector<std::string> turn_speakers(std::string_view body) {
  std::vector<std::string> out;
  for (const Quote& q : extract(body)) {
    if (q.kind == QuoteKind::kTurn) out.push_back(q.speaker);
  }
  return out;
}

TEST(SpeakerTurns, TakesNoEditorialLabelForASpeakerAndStripsAModeratorTitle) {
  EXPECT_EQ(turn_speakers("Note: these updates are summarised from local reports.\n\nNOTE: "
                          "figures are unaudited.\n\nModerator Ilse Varga: Good evening.\n\n"
                          "Jonas Keller: Thank you."),
            (std::vector<std::string>{"Ilse Varga", "Jonas Keller"}));
}

// A lone label makes a turn only as a titled full name; no-break spaces separate its words;
// a note in parentheses after the name is dropped.
TEST(SpeakerTurns, TakesALoneTitledFullNameLabelForATurnButNoLoneBareName) {
  EXPECT_EQ(turn_speakers("The talks ended.\n\n* * *\n\nPresident of\u00A0Varnia Elena Varga: "
                          "Colleagues, welcome to Kallen.\n\nWe have much to discuss."),
            (std::vector<std::string>{"Elena Varga"}));
  EXPECT_EQ(turn_speakers("President of Estmark Jonas Keller (retranslated): Thank you.\n\n"
                          "Elena Varga: Thank you too."),
            (std::vector<std::string>{"Jonas Keller", "Elena Varga"}));
  EXPECT_TRUE(
      turn_speakers("The talks ended.\n\nElena Varga: a profile of the new president.").empty());
}

TEST(SpeakerTurns, TakesNoLoneLabelOrLowerCaseIntroductionForATurn) {
  std::string body =
      "Update: the vote was moved to Friday.\n\nThe message reads in part: we are grateful.";
  for (const Quote& q : extract(body)) EXPECT_NE(q.kind, QuoteKind::kTurn);
}

// Before: a cookie table's rows ("Purpose: …", "Duration of Cookie: …", data.gov.uk in the
// WARC) and a list of "Ideas: …" were read as a transcript with those speakers.
TEST(SpeakerTurns, TakesNoTableOfCommonNounLabelsForATranscript) {
  EXPECT_TRUE(turn_speakers("A list of our cookies:\n\nPurpose: This login is for those who "
                            "publish data.\n\nDuration of Cookie: 2 years.\n\nPurpose: This "
                            "cookie lets you post comments.\n\nDuration of Cookie: 2 days.\n\n"
                            "The duration of a cookie is set by the site.")
                  .empty());
  EXPECT_TRUE(turn_speakers("Ways to take part:\n\nIdeas: let us know any ideas you have.\n\n"
                            "Applications: have you built applications with our data?")
                  .empty());
}

// A one-word label is a name beside other names, or when the body names the person too.
TEST(SpeakerTurns, TakesAOneWordLabelForANameBesideNamesOrNamedInTheBody) {
  EXPECT_EQ(turn_speakers("Reporter Ken Lormond covered the rally.\n\nLormond: The rally was "
                          "small.\n\nRask: Good."),
            (std::vector<std::string>{"Lormond", "Rask"}));
  EXPECT_EQ(turn_speakers("Rask: Welcome.\n\nElena Varga: Thank you.\n\nRask: The first "
                          "question."),
            (std::vector<std::string>{"Rask", "Elena Varga", "Rask"}));
}

// --- rules of issue #17, fourth round ------------------------------------------------------

using testing_quotes::speakers_of;

struct KindCase {
  std::string_view body;
  QuoteKind kind;
};

void expect_kinds(const std::vector<KindCase>& cases) {
  for (const KindCase& c : cases) EXPECT_EQ(only_quote(c.body).kind, c.kind) << c.body;
}

TEST(QuoteKinds, TakesATermANounCitesForAScareInEnglishAndRussian) {
  expect_kinds({
      {"Dr Ann Moss said the plan was \"a stretch\" for the port.", QuoteKind::kQuote},
      {"Dr Ann Moss said the word \"bluefin\" was new to her.", QuoteKind::kScare},
      {"Врач Анна Мосина рассказала о новом штамме «синий», он опаснее прежнего.",
       QuoteKind::kScare},
      {"Министр Олег Ракитин заявил, что термин «перезапуск» устарел.", QuoteKind::kScare},
  });
}

// A noun or an adjective before the marks governs a short term: a name, not words. After a
// verb, as a naming complement, before a dash and a cue or with a name inside: words.
TEST(QuoteKinds, TakesAShortLowerCaseTermANounGovernsForAScareButNotAWordingAfterAVerb) {
  expect_kinds({
      {"Олег Ракитин заявил, что на встрече северной «тройки» решат вопрос.", QuoteKind::kScare},
      {"Олег Ракитин сказал, что угроза «ледяной бури» сохраняется.", QuoteKind::kScare},
      {"Олег Ракитин назвал решение «ошибкой».", QuoteKind::kQuote},
      {"Олег Ракитин назвал проверки «выборочными», — сообщил он.", QuoteKind::kQuote},
      {"Газеты писали о пропавшем «рыбаке из Заречья», сообщил Олег Ракитин.", QuoteKind::kQuote},
  });
}

// A speech verb before an unattributed fragment keeps it as words, unless the fragment
// qualifies the noun after it ("this “tidying” effort") or a naming verb gives it an article
// ("dubbed the “ghost port”"): then the writer marks a term.
TEST(QuoteKinds, AnUnattributedFragmentQualifyingANounOrNamedWithAnArticleIsAScare) {
  expect_kinds({
      {"I want to say that this \"tidying\" effort must go on in every town.", QuoteKind::kScare},
      {"We shall see the old harbour, the one called the \"ghost port,\" which we all know.",
       QuoteKind::kScare},
      {"It is a trend that some writers have dubbed the \"slow exodus\".", QuoteKind::kScare},
      {"The paper said it \"misleads\" young readers.", QuoteKind::kQuote},
  });
}

TEST(SpeakerPronouns, ACueInAnotherSpeakersReportedClauseGivesNeitherTheQuoteNorLaterPronouns) {
  EXPECT_EQ(speakers_of("Sir Tom Wade, who chairs the transport committee, said that when Mr Roe "
                        "had announced the closure he got the \"clear impression\" the depot "
                        "would stay open.\n\nHe added the committee was \"duty bound\" to ask "
                        "again."),
            (std::vector<std::string>{"Tom Wade", "Tom Wade"}));
  // A cue adjacent to the quote keeps it: "Roe said Doe told him “…”".
  EXPECT_EQ(speakers_of("Mr Roe said Ms Doe told him \"the depot is safe\" in March."),
            (std::vector<std::string>{"Doe"}));
}

// The reported-clause rule above needs a cue that opens a clause ("said that"): a participle
// opening the sentence reports nothing, and a colon before the quote makes its cue adjacent.
TEST(SpeakerPronouns, AParticipleOpeningTheSentenceHoldsNoReportedClause) {
  EXPECT_EQ(speakers_of("Saying Varnia must change course, Mr Drozd argues the state is too big "
                        "and cannot go on \"down the road of ever higher taxes\". He promises to "
                        "curb \"bureaucrats\"."),
            (std::vector<std::string>{"Drozd", "Drozd"}));
  // A coordinated clause after a comma is no part of the first cue's report.
  EXPECT_EQ(speakers_of("Varnia has denied any such plan, and Mr Drozd has dismissed talk of a "
                        "secret deal as a \"fairy tale\" told by his rivals."),
            (std::vector<std::string>{"Drozd"}));
  // "According to" opens its sentence as a cue, not as a participle.
  EXPECT_EQ(speakers_of("Company spokesman Ivan Drozd said the deal stood. According to Mr Drozd, "
                        "the firm \"was not planning to bid again\"."),
            (std::vector<std::string>{"Ivan Drozd"}));
  EXPECT_EQ(
      speakers_of(
          "Addressing claims that the new rule was weak, Mr Varga told Varnia "
          "Radio 4's Morning Programme: \"There has been a lot of noise about it. \"The truth "
          "is that the rule is clear.\""),
      (std::vector<std::string>{"Varga", "Varga"}));
}

TEST(SpeakerPronouns, AGenderedUnnamedSourceIsWhomAPronounOfItsGenderMeans) {
  EXPECT_EQ(speakers_of("\"The port will stay open,\" said a ministry spokeswoman. Mr Roe left "
                        "for Hull on Monday. \"We are not worried about the vote,\" she added."),
            (std::vector<std::string>{"ministry spokeswoman", "ministry spokeswoman"}));
}

TEST(FollowOn, ASecondFragmentInTheSameSentenceWithNoCueBetweenKeepsItsSpeaker) {
  EXPECT_EQ(speakers_of("Ann Moss, a vice president at the Harbour Trade Council, said delay "
                        "\"would hurt the ports,\" and that for the thousands of Kestrel Bay "
                        "workers who hold Varnian permits it would \"simply end their jobs.\""),
            (std::vector<std::string>{"Ann Moss", "Ann Moss"}));
}

TEST(Introductions, ARussianFullNameInTheNominativeRightBeforeTheColonIntroducesTheQuote) {
  EXPECT_EQ(speakers_of("Тревогу Волкова развеял директор института Олег Ракитин: «Нет причин "
                        "для паники. Лед держится»."),
            (std::vector<std::string>{"Олег Ракитин"}));
}

TEST(Continuations, AQuoteOpeningItsParagraphAsItsOwnSentenceContinuesTheSpeakerBefore) {
  EXPECT_EQ(speakers_of("Ann Moss spoke in Hull. \"There is a deep lack of trust in the "
                        "council,\" she said.\n\n\"What we have to do is show people what we "
                        "stand for.\" Ms Moss also defended her tax plan."),
            (std::vector<std::string>{"Ann Moss", "Ann Moss"}));
}

TEST(Continuations, AQuoteAfterASentenceWideCueContinuesItDespiteNamesItReports) {
  EXPECT_EQ(speakers_of("Voters are tired. The problem, according to Mr Reed, is not the war "
                        "but Mr Doe himself. \"I have a new motto. That is what I tell "
                        "people.\" His friend blames the war."),
            (std::vector<std::string>{"Reed"}));
}

TEST(RussianNames, ANameFirstMetInTheGenitiveIsKeptInTheNominative) {
  EXPECT_EQ(speakers_of("Об отставке Игоря Ракитина сообщили в среду. Ракитин не раз удивлял "
                        "коллег. Так, реформу он называл «ошибкой века»."),
            (std::vector<std::string>{"Игорь Ракитин"}));
}

TEST(Continuations, GivesBothPiecesOfARussianQuoteInterruptedInsideItsMarksTheSpeaker) {
  // «А, — написал он. — Б»: two pieces, the attribution between them outside both.
  std::string body =
      "На пожар отреагировал и мэр Олег Ракитин.\n\n«Горит склад на окраине, — написал он в "
      "своем канале. — Держитесь подальше!»";
  EXPECT_EQ(speakers_of(body), (std::vector<std::string>{"Олег Ракитин", "Олег Ракитин"}));
  for (const Quote& q : extract(body)) EXPECT_EQ(q.cue, "написал") << text_of(body, q);
  // A short capitalised second piece is speech, not a name.
  body = "«Вы спросите, зачем это, — усмехается Ракитин. — Ответ прост: ремонт»";
  for (const Quote& q : extract(body)) EXPECT_EQ(q.kind, QuoteKind::kQuote) << text_of(body, q);
}

// Regression: only an em dash set off the attribution, and only inside «»; ru-news texts type
// it as " - " or " – ", and in "…" too, so the attribution stayed inside the quote's text
// ("…трех лет, - заявил он. - Мы в восторге…") and the quote had no speaker.
TEST(Continuations, SplitsARussianQuoteInterruptedByAHyphenOrEnDashInAnyMarks) {
  for (const std::string dash : {"-", "\xE2\x80\x93"}) {
    for (const auto& [open, close] : {std::pair<std::string, std::string>{"«", "»"},
                                      std::pair<std::string, std::string>{"\"", "\""}}) {
      const std::string body = "На пожар отреагировал и мэр Олег Ракитин.\n\n" + open +
                               "Горит склад на окраине, " + dash + " написал он в своем канале. " +
                               dash + " Держитесь подальше!" + close;
      const std::vector<Quote> quotes = extract(body);
      ASSERT_EQ(quotes.size(), 2u) << body;
      EXPECT_EQ(text_of(body, quotes[0]), "Горит склад на окраине");
      EXPECT_EQ(text_of(body, quotes[1]), "Держитесь подальше!");
      for (const Quote& q : quotes) {
        EXPECT_EQ(q.speaker, "Олег Ракитин") << text_of(body, q);
        EXPECT_EQ(q.kind, QuoteKind::kQuote) << text_of(body, q);
      }
    }
  }
  // A short capitalised second piece after a hyphen is speech, as after an em dash.
  const std::string body = "«Вы спросите, зачем это, - усмехается Ракитин. - Ответ прост»";
  for (const Quote& q : extract(body)) EXPECT_EQ(q.kind, QuoteKind::kQuote) << text_of(body, q);
}

TEST(RussianNames, DropsAnIndeclinablePlaceBeforeANameTheCueGovernsInTheGenitive) {
  // "округа Маринго": a place the noun before governs, not the start of the sheriff's name.
  EXPECT_EQ(speakers_of("По словам шерифа округа Маринго Олега Ракитина, «мост откроют в мае»."),
            (std::vector<std::string>{"Олег Ракитин"}));
  // Three words all in the genitive are one name: nothing is dropped.
  EXPECT_EQ(speakers_of("По словам Олега Петровича Ракитина, «мост откроют в мае»."),
            (std::vector<std::string>{"Олег Петрович Ракитин"}));
}

TEST(Continuations, AFirstPersonQuoteAfterASentenceAboutANamedPersonIsTheirs) {
  std::vector<Quote> quotes = extract(
      "Voters are tired. His friend, Ada Kline, leader of the Hull county group, blames one "
      "issue above all. \"You cannot ignore the war. We lost people.\"\n\nThe vote is in May.");
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Ada Kline");
  EXPECT_EQ(quotes[0].cue, "");
  EXPECT_EQ(quotes[0].rule, AttributionRule::kContext);
  EXPECT_EQ(speakers_of("Жители устали. Его подруга, Инесса Колл, глава районного совета, винит "
                        "во всем войну. «Мы потеряли людей»."),
            (std::vector<std::string>{"Инесса Колл"}));
}

TEST(Continuations, LeavesAQuoteAfterASentenceAboutSomeoneUnattributedWhenInDoubt) {
  // Not in the first person; another person named; a quote in the sentence before.
  EXPECT_EQ(speakers_of("Ada Kline visited the depot. \"The roof is falling in.\""),
            (std::vector<std::string>{""}));
  EXPECT_EQ(speakers_of("Ada Kline met Tom Reyes at the depot. \"We agreed on everything.\""),
            (std::vector<std::string>{""}));
  // A transcript turn's speaker quoting others' words.
  EXPECT_EQ(speakers_of("Ada Kline: That is great! \"Would we like to meet?\""),
            (std::vector<std::string>{""}));
  // A lone capitalised word opening the sentence is no person's name.
  EXPECT_EQ(speakers_of("Varnia, Ostland and Kallen are all tied on five points. \"In Basel we "
                        "did not play well.\""),
            (std::vector<std::string>{""}));
}

TEST(QuoteKinds, AShortFragmentAReportingVerbBeforeItGovernsIsAQuote) {
  // After a preposition, a lone lower-case word is a term, unless a speech verb reports it.
  std::string body = "Министр Олег Ракитин заявил, что после «обкатки» систему внедрят везде.";
  Quote q = only_quote(body);
  EXPECT_EQ(q.kind, QuoteKind::kQuote);
  EXPECT_EQ(q.speaker, "Олег Ракитин");
  EXPECT_EQ(only_quote("Систему внедрят везде после «обкатки» в столице.").kind, QuoteKind::kScare);
  // A speaker the text does not resolve leaves the fragment someone's words, speaker unknown.
  body = "It is a deficit that he has long railed against and called \"shockingly high\" today.";
  EXPECT_EQ(only_quote(body).kind, QuoteKind::kQuote);
  EXPECT_EQ(only_quote("Congress met to debate the \"bump stocks\" again.").kind,
            QuoteKind::kScare);
  // A cue word used as a noun, in an idiom or a passive naming reports nothing.
  for (std::string_view term : {"The mutual claims turned into \"time bombs\" then.",
                                "It goes without saying that the \"stuffing\" is fine.",
                                "Aggregators and what are called \"bots\" pushed it.",
                                "The shadow or, as we say now, the \"garage\" economy grew."}) {
    EXPECT_EQ(only_quote(term).kind, QuoteKind::kScare) << term;
  }
  // A Russian naming verb gives a name in the nominative, an evaluation in the instrumental.
  EXPECT_EQ(only_quote("Поэтому клуб и назвали конспиративно — «ассоциация».").kind,
            QuoteKind::kScare);
  EXPECT_EQ(only_quote("Позднее он назвал нападение «ужасной атакой» на школу.").kind,
            QuoteKind::kQuote);
}

TEST(Continuations, ContinuesAnAttributionInABodyOpeningWithBlankLines) {
  // Blank lines before the first paragraph must not shift where paragraphs are thought to be.
  EXPECT_EQ(speakers_of("\n\nVoters are tired. The problem, according to Mr Reed, is not the "
                        "war but Mr Doe himself. \"I have a new motto. That is what I tell "
                        "people.\" His friend blames the war."),
            (std::vector<std::string>{"Reed"}));
}

TEST(Introductions, InAVoxPopTheNameOpeningTheSentenceSpeaksNotItsDescription) {
  EXPECT_EQ(speakers_of("Activists gave their views.\n\nAda Kline, leader of the Labour group on "
                        "Hull Council: \"The voters are keener than our members.\"\n\nTom Reyes, "
                        "a nurse from Leeds: \"We lost people over the war.\""),
            (std::vector<std::string>{"Ada Kline", "Tom Reyes"}));
}

TEST(RussianNames, KeepsTheArticlesOwnScriptBesideTheAliasTablesCanonicalName) {
  SpeakerAliases aliases;
  aliases.add("Ракитин", "Oleg Rakitin");
  aliases.add("Олег Ракитин", "Oleg Rakitin");
  std::string body = "Министр Олег Ракитин выступил в Думе. «Реформа нужна», — заявил Ракитин.";
  std::vector<Quote> quotes = extract_quotes(body, aliases);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Oleg Rakitin");  // what facets and speaker: group by
  EXPECT_EQ(quotes[0].speaker_in_text, "Олег Ракитин");
  // No alias: the name as written is the speaker, and nothing more is kept.
  quotes = extract(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Олег Ракитин");
  EXPECT_EQ(quotes[0].speaker_in_text, "");
}

TEST(SentenceEnds, AQuestionInMarksFollowedByAnotherQuoteEndsItsSentence) {
  // The second quote's cue is not the question's: the question is someone else's.
  EXPECT_EQ(speakers_of("Voters in Hull ask one thing. \"Why did the council close the depot?\" "
                        "\"We had no money left,\" Ann Moss said."),
            (std::vector<std::string>{"", "Ann Moss"}));
}

}  // namespace
}  // namespace rostra
