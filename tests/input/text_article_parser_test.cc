#include "common/input/text_article_parser.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/support/test_support.h"

namespace rostra {
namespace {

using test::contains;

constexpr const char* kSeedArticle =
    "\n"
    "\n"
    "Leaders discuss grain corridor in Moscow\n"
    "\n"
    "January 20, 2025\n"
    "\n"
    "kremlin.ru\n"
    "\n"
    "The leaders met in the [Kremlin](#) on Monday and discussed\n"
    "the grain corridor at length.\n"
    "\n"
    "Both sides [agreed](https://kremlin.ru/acts/1) to continue talks. ![A photo](#)\n"
    "\n"
    "Original url:\n"
    "\n"
    "<https://kremlin.ru/2025/01/20/grain-corridor-talks>\n";

TEST(TextArticleParser, ReadsSeedShapedArticle) {
  Article a = parse_text_article(kSeedArticle);
  EXPECT_EQ(a.title, "Leaders discuss grain corridor in Moscow");
  EXPECT_EQ(a.raw_date, "January 20, 2025");
  EXPECT_EQ(a.source, "kremlin.ru");
  EXPECT_EQ(a.url, "https://kremlin.ru/2025/01/20/grain-corridor-talks");
  EXPECT_EQ(a.body,
            "The leaders met in the Kremlin on Monday and discussed the grain corridor at "
            "length.\n\nBoth sides agreed to continue talks. A photo");
}

TEST(TextArticleParser, DropsFooterFromBody) {
  Article a = parse_text_article(kSeedArticle);
  EXPECT_FALSE(contains(a.body, "Original url"));
  EXPECT_FALSE(contains(a.body, "grain-corridor-talks"));
  EXPECT_FALSE(contains(a.body, "]("));
}

TEST(TextArticleParser, ReadsFooterUrlOnTheSameLine) {
  Article a = parse_text_article(
      "Title here\n\nA paragraph of text.\n\nOriginal url: https://news.example/2024/05/01/x\n");
  EXPECT_EQ(a.url, "https://news.example/2024/05/01/x");
  EXPECT_EQ(a.body, "A paragraph of text.");
}

TEST(TextArticleParser, ReadsByline) {
  Article a = parse_text_article(
      "Council approves budget\n\nBy Jane Doe\n\nThe council approved the budget.\n");
  EXPECT_EQ(a.title, "Council approves budget");
  EXPECT_EQ(a.author, "Jane Doe");
  EXPECT_EQ(a.body, "The council approved the budget.");
}

TEST(TextArticleParser, ReadsUsenetPost) {
  Article a = parse_text_article(
      "From: jsmith@campus.example (John Smith)\n"
      "Subject: Re: sanctions and the grain trade\n"
      "Organization: Example University\n"
      "Lines: 4\n"
      "\n"
      "I think the sanctions debate\n"
      "misses the point.\n"
      "\n"
      "-- John\n");
  EXPECT_EQ(a.title, "Re: sanctions and the grain trade");
  EXPECT_EQ(a.author, "jsmith@campus.example (John Smith)");
  EXPECT_EQ(a.body, "I think the sanctions debate misses the point.\n\n-- John");
  EXPECT_FALSE(contains(a.body, "Organization"));
}

TEST(TextArticleParser, ReadsBbcShapedFile) {
  Article a = parse_text_article(
      "Ministers clash over rail funding\n"
      "\n"
      "Ministers have clashed over how to pay for new rail lines.\n"
      "\n"
      "The transport secretary said the plan was affordable.\n");
  EXPECT_EQ(a.title, "Ministers clash over rail funding");
  EXPECT_EQ(a.raw_date, "");
  EXPECT_EQ(a.source, "");
  EXPECT_EQ(a.body,
            "Ministers have clashed over how to pay for new rail lines.\n\n"
            "The transport secretary said the plan was affordable.");
}

TEST(TextArticleParser, JoinsHardWrappedLinesWithOneSpace) {
  Article a = parse_text_article(
      "Title\n\nThe first line of a wrapped paragraph goes here\n  and the second line  \n"
      "ends it.\n");
  EXPECT_EQ(a.body, "The first line of a wrapped paragraph goes here and the second line ends it.");
}

TEST(TextArticleParser, KeepsSentenceStartingWithDateInBody) {
  Article a =
      parse_text_article("Title\n\nJanuary 20, 2025 was the coldest day of the winter so far.\n");
  EXPECT_EQ(a.raw_date, "");
  EXPECT_EQ(a.body, "January 20, 2025 was the coldest day of the winter so far.");
}

TEST(TextArticleParser, ReadsRussianArticle) {
  Article a = parse_text_article(
      "Совещание по экономическим вопросам\n\n20 января 2025 г.\n\n"
      "Президент провел совещание.\n");
  EXPECT_EQ(a.title, "Совещание по экономическим вопросам");
  EXPECT_EQ(a.raw_date, "20 января 2025 г.");
  EXPECT_EQ(a.body, "Президент провел совещание.");
}

TEST(TextArticleParser, HandlesCrlfLineEnds) {
  Article a = parse_text_article("Title\r\n\r\nJanuary 20, 2025\r\n\r\nBody text.\r\n");
  EXPECT_EQ(a.title, "Title");
  EXPECT_EQ(a.raw_date, "January 20, 2025");
  EXPECT_EQ(a.body, "Body text.");
}

TEST(TextArticleParser, ReturnsEmptyArticleForEmptyContent) {
  Article a = parse_text_article("");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.body, "");
  a = parse_text_article("\n\n  \n");
  EXPECT_EQ(a.title, "");
  EXPECT_EQ(a.body, "");
}

TEST(StripMarkdownLinks, KeepsLinkText) {
  EXPECT_EQ(strip_markdown_links("See [the decree](https://x.example/d) now."),
            "See the decree now.");
  EXPECT_EQ(strip_markdown_links("In the [Kremlin](#)."), "In the Kremlin.");
}

TEST(StripMarkdownLinks, KeepsImageAltText) {
  EXPECT_EQ(strip_markdown_links("![Putin at the podium](https://x.example/p.jpg)"),
            "Putin at the podium");
}

TEST(StripMarkdownLinks, DropsAutolinks) {
  EXPECT_EQ(strip_markdown_links("Source: <https://x.example/a>"), "Source: ");
}

TEST(StripMarkdownLinks, LeavesOtherBracketsAlone) {
  EXPECT_EQ(strip_markdown_links("a [1] note and 3 < 5 > 2"), "a [1] note and 3 < 5 > 2");
  EXPECT_EQ(strip_markdown_links("plain text"), "plain text");
}

TEST(TextArticleParser, ReadsAngleBracketedFooterUrlOnTheSameLine) {
  Article a = parse_text_article(
      "Title here\n\nA paragraph of text.\n\nORIGINAL URL: <https://news.example/a/b>\n");
  EXPECT_EQ(a.url, "https://news.example/a/b");
  EXPECT_EQ(a.body, "A paragraph of text.");
}

TEST(WordList, AListOfNamesOneALineIsNoArticle) {
  // As Reuters-21578's all-people-strings.lc.txt: one entry a line, no sentence.
  EXPECT_TRUE(
      is_word_list("abdel-hadi-kandeel\nalfonsin\nalhaji-abdul-ahmed\nalptemocin\n"
                   "amato\nanthony-wright\narafat\naristotle-kabila\n"));
  // Entries of up to three words; blank lines and CRLF line ends are no matter.
  EXPECT_TRUE(
      is_word_list("nyse\n\ntokyo\r\nlondon\r\nparis\nfrankfurt\nzurich\nmilan\n"
                   "madrid stock\n"));
}

TEST(WordList, AnythingWithALineOfProseOrFewLinesIsAnArticle) {
  EXPECT_FALSE(is_word_list(""));
  EXPECT_FALSE(is_word_list("Putin arrives\n\nIn Minsk.\n"));  // too few lines to say
  EXPECT_FALSE(
      is_word_list("Summit\n\nOne\nTwo\nThree\nFour\nFive\nSix\nSeven\n"
                   "The leaders met on Tuesday.\n"));
  EXPECT_FALSE(is_word_list("Заголовок\n\nПрезидент прибыл в Минск утром.\n"));
}

}  // namespace
}  // namespace rostra
