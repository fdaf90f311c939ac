#include "common/analysis/word_tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "common/analysis/script.h"

namespace rostra {
namespace {

using Words = std::vector<std::string>;

Words words(std::string_view text) {
  WordTokenizer tokenizer;
  TokenList list;
  tokenizer.tokenize(text, list);
  Words out;
  for (const Token& token : list) out.emplace_back(list.text(token));
  return out;
}

// The original bytes each token covers.
Words spans(std::string_view text) {
  WordTokenizer tokenizer;
  TokenList list;
  tokenizer.tokenize(text, list);
  Words out;
  for (const Token& token : list)
    out.emplace_back(text.substr(token.start, token.end - token.start));
  return out;
}

TEST(WordTokenizer, SplitsOnSpacesAndPunctuation) {
  EXPECT_EQ(words("Hello, world! (Really?)"), (Words{"hello", "world", "really"}));
}

TEST(WordTokenizer, ReturnsNothingForEmptyOrPunctuationOnlyText) {
  EXPECT_TRUE(words("").empty());
  EXPECT_TRUE(words(" ,.;!? -- ").empty());
}

TEST(WordTokenizer, KeepsCurlyAndStraightApostrophesAsStraight) {
  EXPECT_EQ(words("Trump\xE2\x80\x99s"), (Words{"trump's"}));
  EXPECT_EQ(words("Trump's"), (Words{"trump's"}));
  EXPECT_EQ(words("Trump\xCA\xBCs"), (Words{"trump's"}));
}

TEST(WordTokenizer, DropsQuotingApostrophesAroundWords) {
  EXPECT_EQ(words("'peace' talks"), (Words{"peace", "talks"}));
}

TEST(WordTokenizer, SplitsHyphenatedWords) {
  EXPECT_EQ(words("long-term"), (Words{"long", "term"}));
  EXPECT_EQ(words("Москва-Сити"), (Words{"москва", "сити"}));
}

TEST(WordTokenizer, JoinsDottedAcronyms) {
  EXPECT_EQ(words("U.S."), (Words{"us"}));
  EXPECT_EQ(words("The U.S. said"), (Words{"the", "us", "said"}));
}

TEST(WordTokenizer, JoinsThousandsGroups) {
  EXPECT_EQ(words("2,000 troops"), (Words{"2000", "troops"}));
  EXPECT_EQ(words("1,234,567"), (Words{"1234567"}));
}

TEST(WordTokenizer, KeepsDecimalPoint) {
  EXPECT_EQ(words("3.5 percent"), (Words{"3.5", "percent"}));
}

TEST(WordTokenizer, WritesDecimalCommaAsPoint) {
  EXPECT_EQ(words("3,5"), (Words{"3.5"}));
}

TEST(WordTokenizer, DropsSentenceFinalPeriodAfterNumber) {
  EXPECT_EQ(words("in 2025. Then"), (Words{"in", "2025", "then"}));
}

TEST(WordTokenizer, SeparatesWordsAtNoBreakSpace) {
  EXPECT_EQ(words("в\u00a0этом"), (Words{"в", "этом"}));
}

TEST(WordTokenizer, RemovesSoftHyphenInsideWord) {
  EXPECT_EQ(words("inter\u00adnational"), (Words{"international"}));
}

TEST(WordTokenizer, RemovesZeroWidthSpaceInsideWord) {
  EXPECT_EQ(words("sanc\u200btions"), (Words{"sanctions"}));
}

TEST(WordTokenizer, FoldsYoToYe) {
  EXPECT_EQ(words("Ёлка"), (Words{"елка"}));
  EXPECT_EQ(words("ещё"), (Words{"еще"}));
}

TEST(WordTokenizer, LowerCasesCyrillic) {
  EXPECT_EQ(words("ПУТИН Путин"), (Words{"путин", "путин"}));
}

TEST(WordTokenizer, AppliesNfkcCaseFolding) {
  EXPECT_EQ(words("\xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3"), (Words{"abc"}));  // full-width ABC
  EXPECT_EQ(words("\xEF\xAC\x81nance"), (Words{"finance"}));                 // fi ligature
  EXPECT_EQ(words("Stra\xC3\x9F"
                  "e"),
            (Words{"strasse"}));
}

TEST(WordTokenizer, TagsScripts) {
  WordTokenizer tokenizer;
  TokenList list;
  tokenizer.tokenize("Путин met Trump in 2025", list);
  ASSERT_EQ(list.size(), 5u);
  EXPECT_EQ(list[0].script, Script::kCyrillic);
  EXPECT_EQ(list[1].script, Script::kLatin);
  EXPECT_EQ(list[2].script, Script::kLatin);
  EXPECT_EQ(list[4].script, Script::kOther);
}

TEST(WordTokenizer, SeparatesWordsAtInvalidUtf8Bytes) {
  EXPECT_EQ(words("abc\xFF"
                  "def"),
            (Words{"abc", "def"}));
  EXPECT_EQ(words("peace\xC3 talks"), (Words{"peace", "talks"}));
}

TEST(WordTokenizer, SurvivesArbitraryBytes) {
  std::string text;
  for (int round = 0; round < 4; ++round) {
    for (int b = 0; b < 256; ++b) text.push_back(static_cast<char>((b * 37 + round) & 0xFF));
  }
  WordTokenizer tokenizer;
  TokenList list;
  tokenizer.tokenize(text, list);
  for (const Token& token : list) {
    EXPECT_LE(token.start, token.end);
    EXPECT_LE(token.end, text.size());
  }
}

TEST(WordTokenizer, OffsetsPointAtOriginalText) {
  std::string_view text =
      "  Trump\xE2\x80\x99s long-term \xC2\xAB\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD\xC2\xBB";
  EXPECT_EQ(spans(text), (Words{"Trump\xE2\x80\x99s", "long", "term",
                                "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD"}));
}

TEST(WordTokenizer, OffsetsCoverRemovedCharacters) {
  std::string_view text = "x inter\u00adnational y";
  Words covered = spans(text);
  ASSERT_EQ(covered.size(), 3u);
  EXPECT_EQ(covered[1], "inter\u00adnational");
}

TEST(WordTokenizer, AcronymOffsetsStartAtFirstLetter) {
  std::string_view text = "the U.S. said";
  Words covered = spans(text);
  ASSERT_EQ(covered.size(), 3u);
  EXPECT_EQ(covered[1].rfind("U.S", 0), 0u);
}

TEST(WordTokenizer, AppendsWithoutClearing) {
  WordTokenizer tokenizer;
  TokenList list;
  tokenizer.tokenize("one two", list);
  tokenizer.tokenize("three", list);
  ASSERT_EQ(list.size(), 3u);
  EXPECT_EQ(list.text(list[0]), "one");
  EXPECT_EQ(list.text(list[2]), "three");
  list.clear();
  EXPECT_TRUE(list.empty());
  tokenizer.tokenize("four", list);
  ASSERT_EQ(list.size(), 1u);
  EXPECT_EQ(list.text(list[0]), "four");
}

TEST(WordTokenizer, DropsWordsLongerThanLimit) {
  std::string limit(WordTokenizer::kMaxWordBytes, 'a');
  std::string over(WordTokenizer::kMaxWordBytes + 1, 'b');
  EXPECT_EQ(words(limit + " " + over + " end"), (Words{limit, "end"}));
}

TEST(Script, ClassifiesCodePoints) {
  EXPECT_EQ(script_of(U'a'), Script::kLatin);
  EXPECT_EQ(script_of(U'\u00E9'), Script::kLatin);
  EXPECT_EQ(script_of(U'\u0416'), Script::kCyrillic);
  EXPECT_EQ(script_of(U'7'), Script::kOther);
  EXPECT_EQ(script_of(U'-'), Script::kOther);
  EXPECT_EQ(script_of(U'\u4E2D'), Script::kOther);
}

TEST(Script, DetectsLanguageByMajorityScript) {
  EXPECT_EQ(detect_language("Путин встретился с делегацией"), "ru");
  EXPECT_EQ(detect_language("Putin met the delegation"), "en");
  EXPECT_EQ(detect_language("Путин (Putin) заявил"), "ru");
  EXPECT_EQ(detect_language(""), "en");
  EXPECT_EQ(detect_language("\xFF\xFE Путин"), "ru");
}

TEST(WordTokenizer, SplitsAcronymFromFollowingHyphenatedWord) {
  EXPECT_EQ(words("U.S.-backed plan"), (Words{"us", "backed", "plan"}));
}

TEST(WordTokenizer, FoldsUpperCaseYo) {
  EXPECT_EQ(words("ЁЛКА"), (Words{"елка"}));
}

TEST(WordTokenizer, DropsTrailingApostrophe) {
  EXPECT_EQ(words("the senators’ vote"), (Words{"the", "senators", "vote"}));
}

}  // namespace
}  // namespace rostra
