#include "common/analysis/common_grams.h"

#include <gtest/gtest.h>

#include "common/schema/schema.h"

namespace rostra {
namespace {

// The units of rewrite_phrase as text: "a+b" for a pair, "a" for a single word.
std::vector<std::string> units(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const PhraseUnit& unit : rewrite_phrase(words)) {
    std::string text(unit.first);
    if (unit.is_pair()) text += "+" + std::string(unit.second);
    out.push_back(std::move(text));
  }
  return out;
}

using Units = std::vector<std::string>;

TEST(CommonGrams, KnowsEnglishAndRussianFunctionWords) {
  for (std::string_view word : {"the", "of", "and", "a", "in", "to", "is", "was", "with", "в", "и",
                                "не", "на", "что", "у", "для", "это", "ее"}) {
    EXPECT_TRUE(is_common_word(word)) << word;
  }
  for (std::string_view word : {"", "state", "minister", "said", "The", "the's", "нас", "выборы",
                                "т", "её", "themselves"}) {
    EXPECT_FALSE(is_common_word(word)) << word;
  }
}

TEST(CommonGrams, PairsNeedACommonWordAndAShortEnoughTerm) {
  EXPECT_TRUE(is_common_pair("of", "the"));
  EXPECT_TRUE(is_common_pair("secretary", "of"));
  EXPECT_TRUE(is_common_pair("of", "state"));
  EXPECT_FALSE(is_common_pair("secretary", "state"));
  const std::string long_word(schema::kMaxTermBytes, 'x');
  EXPECT_FALSE(is_common_pair("the", long_word));
  EXPECT_FALSE(is_common_pair(long_word, "of"));
}

TEST(CommonGrams, LeavesAPhraseWithoutCommonWordsUnchanged) {
  EXPECT_EQ(units({"prime", "minister"}), (Units{"prime", "minister"}));
  EXPECT_EQ(units({"third", "world", "war"}), (Units{"third", "world", "war"}));
  EXPECT_EQ(units({"prime", "minister", "elena", "varga", "said"}),
            (Units{"prime", "minister", "elena", "varga", "said"}));
}

TEST(CommonGrams, TurnsATwoWordPhraseWithACommonWordIntoOnePair) {
  EXPECT_EQ(units({"of", "the"}), (Units{"of+the"}));
  EXPECT_EQ(units({"the", "president"}), (Units{"the+president"}));
  EXPECT_EQ(units({"president", "said"}), (Units{"president", "said"}));
  EXPECT_EQ(units({"у", "нас"}), (Units{"у+нас"}));
}

TEST(CommonGrams, CoversEveryWordOfAThreeWordPhraseAtConsecutivePositions) {
  EXPECT_EQ(units({"one", "of", "the"}), (Units{"one+of", "of+the"}));
  EXPECT_EQ(units({"secretary", "of", "state"}), (Units{"secretary+of", "of+state"}));
  EXPECT_EQ(units({"у", "нас", "в"}), (Units{"у+нас", "нас+в"}));
  // Common word at the start only: the last pair is plain, so the last word stands alone.
  EXPECT_EQ(units({"the", "white", "house"}), (Units{"the+white", "white", "house"}));
  // Common word at the end only.
  EXPECT_EQ(units({"white", "house", "and"}), (Units{"white", "house+and"}));
}

TEST(CommonGrams, MixesPairsAndSingleWordsInLongerPhrases) {
  EXPECT_EQ(units({"in", "the", "united", "states", "senate"}),
            (Units{"in+the", "the+united", "united", "states", "senate"}));
  EXPECT_EQ(units({"prime", "minister", "of", "the", "republic"}),
            (Units{"prime", "minister+of", "of+the", "the+republic"}));
  EXPECT_EQ(units({"said", "in", "a", "statement", "that"}),
            (Units{"said+in", "in+a", "a+statement", "statement+that"}));
  EXPECT_EQ(units({"по", "его", "словам", "бюджет", "принят"}),
            (Units{"по+его", "его+словам", "словам", "бюджет", "принят"}));
}

TEST(CommonGrams, RewritesAnAllCommonPhraseIntoPairsOnly) {
  EXPECT_EQ(units({"of", "the"}), (Units{"of+the"}));
  EXPECT_EQ(units({"it", "is", "not", "a"}), (Units{"it+is", "is+not", "not+a"}));
  EXPECT_EQ(units({"the", "the"}), (Units{"the+the"}));
}

TEST(CommonGrams, GivesASingleWordAndNoWordsBackAsTheyAre) {
  EXPECT_EQ(units({"the"}), (Units{"the"}));
  EXPECT_EQ(units({"minister"}), (Units{"minister"}));
  EXPECT_TRUE(units({}).empty());
}

// The rewrite's contract, checked on every phrase of up to five words over a small
// vocabulary: unit i starts at word i, each pair joins two adjacent words, and together the
// units name every word exactly at its position.
TEST(CommonGrams, UnitsCoverEachWordAtItsOwnPositionForEveryShortPhrase) {
  const std::vector<std::string> vocabulary = {"the", "of", "war", "peace"};
  for (std::size_t n = 1; n <= 5; ++n) {
    std::vector<std::size_t> digits(n, 0);
    for (;;) {
      std::vector<std::string> words;
      for (std::size_t d : digits) words.push_back(vocabulary[d]);
      const std::vector<PhraseUnit> got = rewrite_phrase(words);
      // word -> the positions the units pin it to
      std::vector<int> covered(n, 0);
      for (std::size_t i = 0; i < got.size(); ++i) {
        ASSERT_LT(i, n);
        EXPECT_EQ(got[i].first, words[i]);
        ++covered[i];
        if (got[i].is_pair()) {
          ASSERT_LT(i + 1, n);
          EXPECT_TRUE(is_common_pair(words[i], words[i + 1]));
          EXPECT_EQ(got[i].second, words[i + 1]);
          ++covered[i + 1];
        } else if (i + 1 < n) {
          EXPECT_FALSE(is_common_pair(words[i], words[i + 1]));
        }
      }
      for (std::size_t i = 0; i < n; ++i) EXPECT_GE(covered[i], 1) << "word " << i;
      std::size_t k = 0;
      while (k < n && ++digits[k] == vocabulary.size()) digits[k++] = 0;
      if (k == n) break;
    }
  }
}

}  // namespace
}  // namespace rostra
