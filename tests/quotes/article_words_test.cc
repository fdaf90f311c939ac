// Unit tests for article_words (common/article_words.h): the words of a body with case, quote
// membership, sentence and paragraph, as speaker attribution reads them.
#include "common/quotes/article_words.h"

#include <gtest/gtest.h>

#include <cstdio>

#include <string>
#include <string_view>
#include <vector>

#include "common/model/quote.h"
#include "common/quotes/quote_extractor.h"
#include "tests/support/legacy_article_words.h"
#include "tests/support/shared_corpus.h"

namespace rostra {
namespace {

using Strings = std::vector<std::string>;

std::vector<ArticleWord> words_of(std::string_view body) {
  return article_words(body, find_quotes(body));
}

Strings lowers(const std::vector<ArticleWord>& words) {
  Strings out;
  for (const ArticleWord& w : words) out.push_back(w.lower);
  return out;
}

// The word whose lower-case form is `lower`; fails the test when there is none.
const ArticleWord& word(const std::vector<ArticleWord>& words, std::string_view lower) {
  for (const ArticleWord& w : words) {
    if (w.lower == lower) return w;
  }
  ADD_FAILURE() << "no word " << lower;
  static const ArticleWord kNone;
  return kNone;
}

std::vector<int> sentences(const std::vector<ArticleWord>& words) {
  std::vector<int> out;
  for (const ArticleWord& w : words) out.push_back(w.sentence);
  return out;
}

// --- splitting and case ------------------------------------------------------------------------

TEST(ArticleWords, SplitsABodyIntoLowerCasedWordsWithByteOffsets) {
  std::string_view body = "Varga met the press, twice.";
  std::vector<ArticleWord> words = words_of(body);
  EXPECT_EQ(lowers(words), (Strings{"varga", "met", "the", "press", "twice"}));
  ASSERT_EQ(words.size(), 5u);
  EXPECT_EQ(words[0].start, 0u);
  EXPECT_EQ(words[0].end, 5u);
  for (const ArticleWord& w : words) {
    EXPECT_EQ(body.substr(w.start, w.end - w.start), w.lower == "varga" ? "Varga" : w.lower);
    EXPECT_EQ(w.paragraph, 0u);
    EXPECT_EQ(w.quote, -1);
    EXPECT_FALSE(w.cyrillic);
  }
}

TEST(ArticleWords, ReturnsNoWordsForAnEmptyBody) {
  EXPECT_TRUE(article_words("", {}).empty());
  EXPECT_TRUE(article_words(" , . — \n\n ", {}).empty());
}

TEST(ArticleWords, MarksCapitalizedWords) {
  std::vector<ArticleWord> words = words_of("Varga met the Estmark envoy.");
  EXPECT_TRUE(word(words, "varga").capitalized);
  EXPECT_FALSE(word(words, "met").capitalized);
  EXPECT_FALSE(word(words, "the").capitalized);
  EXPECT_TRUE(word(words, "estmark").capitalized);
  EXPECT_FALSE(word(words, "envoy").capitalized);
}

TEST(ArticleWords, MarksAllCapsWordsOfTwoOrMoreLetters) {
  std::vector<ArticleWord> words = words_of("TESSIN (Wire) - NATO and A few EU states met.");
  EXPECT_TRUE(word(words, "tessin").all_caps);
  EXPECT_TRUE(word(words, "nato").all_caps);
  EXPECT_TRUE(word(words, "eu").all_caps);
  EXPECT_FALSE(word(words, "wire").all_caps);
  EXPECT_FALSE(word(words, "a").all_caps);  // one letter
  EXPECT_TRUE(word(words, "a").capitalized);
  EXPECT_FALSE(word(words, "few").all_caps);
}

TEST(ArticleWords, LowerCasesCyrillicWords) {
  std::vector<ArticleWord> words = words_of("Владимир ПУТИН прибыл в Тессин.");
  EXPECT_EQ(lowers(words), (Strings{"владимир", "путин", "прибыл", "в", "тессин"}));
  EXPECT_TRUE(word(words, "владимир").cyrillic);
  EXPECT_TRUE(word(words, "владимир").capitalized);
  EXPECT_FALSE(word(words, "владимир").all_caps);
  EXPECT_TRUE(word(words, "путин").all_caps);
  EXPECT_TRUE(word(words, "путин").capitalized);
  EXPECT_FALSE(word(words, "прибыл").capitalized);
  EXPECT_TRUE(word(words, "прибыл").cyrillic);
}

TEST(ArticleWords, KeepsApostrophesHyphensAndPeriodsBetweenLetters) {
  std::vector<ArticleWord> words = words_of("The U.S. envoy don’t know the пресс-секретарь.");
  EXPECT_EQ(lowers(words),
            (Strings{"the", "u.s", "envoy", "don't", "know", "the", "пресс-секретарь"}));
}

// Before: the token stream's split at "&" made "S&P" two words, "S" and "P", and a speaker
// named "S" ("финансов S&P Карен Вартапетов" in ru-news).
TEST(ArticleWords, KeepsAnAmpersandBetweenLettersInOneWordInCapitals) {
  std::vector<ArticleWord> words = words_of("Analysts at S&P and AT&T, Marks & Spencer agree.");
  EXPECT_EQ(lowers(words),
            (Strings{"analysts", "at", "s&p", "and", "at&t", "marks", "spencer", "agree"}));
  EXPECT_TRUE(word(words, "s&p").all_caps);
}

TEST(ArticleWords, DropsTheTrailingPeriodOfAWord) {
  std::vector<ArticleWord> words = words_of("Mr. Tesar spoke.");
  EXPECT_EQ(lowers(words), (Strings{"mr", "tesar", "spoke"}));
}

TEST(ArticleWords, StripsAStraightPossessiveAndSetsTheFlag) {
  std::vector<ArticleWord> words = words_of("Varga's plan");
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(words[0].lower, "varga");
  EXPECT_TRUE(words[0].possessive);
  EXPECT_TRUE(words[0].capitalized);
  EXPECT_FALSE(words[1].possessive);
}

TEST(ArticleWords, StripsACurlyPossessiveAndSetsTheFlag) {
  std::vector<ArticleWord> words = words_of("Tesar’s reply");
  ASSERT_EQ(words.size(), 2u);
  EXPECT_EQ(words[0].lower, "tesar");
  EXPECT_TRUE(words[0].possessive);
}

TEST(ArticleWords, DoesNotMarkContractionsAsPossessive) {
  std::vector<ArticleWord> words = words_of("We don't know and won’t say.");
  EXPECT_FALSE(word(words, "don't").possessive);
  EXPECT_FALSE(word(words, "won't").possessive);
}

// --- quote membership ----------------------------------------------------------------------------

TEST(ArticleWords, GivesWordsInsideAQuoteItsIndex) {
  std::string_view body = "Varga said “we will win” today and “they will lose” later.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 2u);
  std::vector<ArticleWord> words = article_words(body, quotes);
  EXPECT_EQ(word(words, "varga").quote, -1);
  EXPECT_EQ(word(words, "said").quote, -1);
  EXPECT_EQ(word(words, "we").quote, 0);
  EXPECT_EQ(word(words, "win").quote, 0);
  EXPECT_EQ(word(words, "today").quote, -1);
  EXPECT_EQ(word(words, "they").quote, 1);
  EXPECT_EQ(word(words, "lose").quote, 1);
  EXPECT_EQ(word(words, "later").quote, -1);
}

TEST(ArticleWords, PutsEveryWordInNarrativeTextWithoutQuotes) {
  std::string_view body = "Varga said “we will win” today.";
  for (const ArticleWord& w : article_words(body, {})) EXPECT_EQ(w.quote, -1);
}

// --- sentences and paragraphs ------------------------------------------------------------------

TEST(ArticleWords, EndsSentencesAtPeriodsExclamationAndQuestionMarks) {
  std::vector<ArticleWord> words = words_of("Stop now! Go where? Yes. Fine");
  EXPECT_EQ(sentences(words), (std::vector<int>{0, 0, 1, 1, 2, 3}));
}

TEST(ArticleWords, DoesNotEndASentenceAfterMrUsOrAnInitial) {
  std::vector<ArticleWord> words = words_of("Mr. Tesar met U.S. envoy J. Smith. Then he left.");
  for (const ArticleWord& w : words) {
    EXPECT_EQ(w.sentence, (w.lower == "then" || w.lower == "he" || w.lower == "left") ? 1 : 0)
        << w.lower;
  }
}

TEST(ArticleWords, DoesNotEndASentenceAtPeriodsInsideAQuote) {
  std::string_view body = "He said \"It is over. We lost.\" and left. Next came Varga.";
  std::vector<ArticleWord> words = words_of(body);
  EXPECT_EQ(word(words, "over").sentence, 0);
  EXPECT_EQ(word(words, "we").sentence, 0);
  EXPECT_EQ(word(words, "lost").sentence, 0);
  EXPECT_EQ(word(words, "and").sentence, 0);
  EXPECT_EQ(word(words, "left").sentence, 0);
  EXPECT_EQ(word(words, "next").sentence, 1);
  EXPECT_EQ(word(words, "varga").sentence, 1);
}

TEST(ArticleWords, EndsASentenceAndCountsAParagraphAtABlankLine) {
  std::string_view body = "First paragraph without a period\n\nSecond one\nstill second\n\nThird";
  std::vector<ArticleWord> words = words_of(body);
  EXPECT_EQ(word(words, "period").sentence, 0);
  EXPECT_EQ(word(words, "period").paragraph, 0u);
  EXPECT_EQ(word(words, "second").sentence, 1);
  EXPECT_EQ(word(words, "second").paragraph, 1u);
  EXPECT_EQ(word(words, "still").sentence, 1);  // a single newline is not a break
  EXPECT_EQ(word(words, "still").paragraph, 1u);
  EXPECT_EQ(word(words, "third").sentence, 2);
  EXPECT_EQ(word(words, "third").paragraph, 2u);
}

TEST(ArticleWords, EndsASentenceAtAParagraphBreakInsideAContinuedQuote) {
  std::string_view body = "“We will win\n\n“and they will lose,” Varga said.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 2u);
  std::vector<ArticleWord> words = article_words(body, quotes);
  EXPECT_EQ(word(words, "win").sentence, 0);
  EXPECT_EQ(word(words, "win").quote, 0);
  EXPECT_EQ(word(words, "and").sentence, 1);
  EXPECT_EQ(word(words, "and").quote, 1);
  EXPECT_EQ(word(words, "and").paragraph, 1u);
}

TEST(ArticleWords, NumbersParagraphsLikeFindQuotes) {
  std::string_view body = "One.\n\nTwo “quoted words” here.\n\nThree.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 1u);
  std::vector<ArticleWord> words = article_words(body, quotes);
  EXPECT_EQ(word(words, "quoted").paragraph, quotes[0].paragraph);
  EXPECT_EQ(word(words, "three").paragraph, 2u);
}

// --- is_abbreviation -----------------------------------------------------------------------------

TEST(ArticleWords, TreatsTitlesInitialsAndUsAsAbbreviations) {
  std::vector<ArticleWord> words = words_of("Mr Dr U.S J Jan plan Varga");
  ASSERT_EQ(words.size(), 7u);
  EXPECT_TRUE(is_abbreviation(words[0]));
  EXPECT_TRUE(is_abbreviation(words[1]));
  EXPECT_TRUE(is_abbreviation(words[2]));
  EXPECT_TRUE(is_abbreviation(words[3]));
  EXPECT_TRUE(is_abbreviation(words[4]));
  EXPECT_FALSE(is_abbreviation(words[5]));
  EXPECT_FALSE(is_abbreviation(words[6]));
}

// --- robustness --------------------------------------------------------------------------------

TEST(ArticleWords, SkipsInvalidUtf8Bytes) {
  std::string body = "Varga \xFF\xFE said \xE2\x80 “yes\xC3” today \xF4\x90\x80\x80.";
  std::vector<ArticleWord> words = words_of(body);
  for (const ArticleWord& w : words) {
    EXPECT_LE(w.start, w.end);
    EXPECT_LE(w.end, body.size());
  }
  EXPECT_EQ(word(words, "varga").start, 0u);
  EXPECT_EQ(word(words, "said").sentence, 0);
}

// The words read from the token stream are the words attribution split for itself before:
// the same spans, forms, flags, quotes, sentences and paragraphs, on every body of the real
// corpus (skipped when ../shared is absent).
TEST(ArticleWords, FromTheTokenStreamEqualTheirOwnSplitOnRealText) {
  std::vector<Article> articles = shared_corpus_articles();
  if (articles.empty()) GTEST_SKIP() << "../shared/corpus not present";
  std::size_t differing = 0;
  std::size_t words = 0;
  for (const Article& article : articles) {
    const std::vector<Quote> quotes = find_quotes(article.body);
    const std::vector<ArticleWord> now = article_words(article.body, quotes);
    const std::vector<ArticleWord> before = legacy_article_words(article.body, quotes);
    words += before.size();
    bool same = now.size() == before.size();
    for (std::size_t i = 0; same && i < now.size(); ++i) {
      const ArticleWord& a = now[i];
      const ArticleWord& b = before[i];
      same = a.start == b.start && a.end == b.end && a.lower == b.lower &&
             a.capitalized == b.capitalized && a.all_caps == b.all_caps &&
             a.cyrillic == b.cyrillic && a.possessive == b.possessive && a.quote == b.quote &&
             a.sentence == b.sentence && a.paragraph == b.paragraph;
      if (!same && differing < 5) {
        ADD_FAILURE() << article.id << " word " << i << ": '" << a.lower << "' s" << a.sentence
                      << " p" << a.paragraph << " vs '" << b.lower << "' s" << b.sentence << " p"
                      << b.paragraph << " at " << b.start;
      }
    }
    if (!same) ++differing;
  }
  EXPECT_EQ(differing, 0u) << "of " << articles.size() << " articles, " << words << " words";
  std::printf("[ article words ] %zu articles, %zu words, %zu differing\n", articles.size(), words,
              differing);
  EXPECT_GT(words, 1'000'000u);
}

}  // namespace
}  // namespace rostra
