#include "common/search/snippet.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "common/base/text_util.h"
#include "common/base/utf8.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

using test::contains;

std::string marked(const Snippet& snippet) {
  return render_snippet(snippet, "<mark>", "</mark>");
}

// "w0 w1 w2 ..." with `special` words placed at the given indexes.
std::string filler(std::size_t count,
                   const std::vector<std::pair<std::size_t, std::string>>& special) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    if (!out.empty()) out += ' ';
    std::string word = "w" + std::to_string(i);
    for (const auto& [at, text] : special) {
      if (at == i) word = text;
    }
    out += word;
  }
  return out + ".";
}

TEST(Snippet, MarksMatchedWord) {
  HighlightTerms terms;
  terms.words = {"delegation"};
  SnippetMaker maker;
  Snippet snippet = maker.make("Putin met the delegation on Monday.", terms, "en");
  EXPECT_EQ(snippet.text, "Putin met the delegation on Monday.");
  EXPECT_EQ(marked(snippet), "Putin met the <mark>delegation</mark> on Monday.");
}

TEST(Snippet, MarksMatchIgnoringCase) {
  HighlightTerms terms;
  terms.words = {"putin"};
  SnippetMaker maker;
  EXPECT_EQ(marked(maker.make("PUTIN and Putin spoke.", terms, "en")),
            "<mark>PUTIN</mark> and <mark>Putin</mark> spoke.");
}

TEST(Snippet, MarksPhraseAsOneRange) {
  HighlightTerms terms;
  terms.phrases = {{"third", "world", "war"}};
  SnippetMaker maker;
  Snippet snippet = maker.make("Fears of a third world war grew.", terms, "en");
  ASSERT_EQ(snippet.marks.size(), 1u);
  EXPECT_EQ(marked(snippet), "Fears of a <mark>third world war</mark> grew.");
}

TEST(Snippet, MarksPhraseOverlappingMatchedWordOnce) {
  HighlightTerms terms;
  terms.words = {"world"};
  terms.phrases = {{"third", "world", "war"}};
  SnippetMaker maker;
  Snippet snippet = maker.make("A third world war.", terms, "en");
  ASSERT_EQ(snippet.marks.size(), 1u);
  EXPECT_EQ(marked(snippet), "A <mark>third world war</mark>.");
}

TEST(Snippet, DoesNotMarkIncompletePhrase) {
  HighlightTerms terms;
  terms.phrases = {{"third", "world", "war"}};
  SnippetMaker maker;
  Snippet snippet = maker.make("The third world is not a war.", terms, "en");
  EXPECT_TRUE(snippet.marks.empty());
}

TEST(Snippet, MarksWordWhoseStemMatches) {
  TermStemmer stemmer("en");
  HighlightTerms terms;
  terms.stems = {stemmer.stem("dialogue", Script::kLatin)};
  SnippetMaker maker;
  EXPECT_EQ(marked(maker.make("They held dialogues in Geneva.", terms, "en")),
            "They held <mark>dialogues</mark> in Geneva.");
}

TEST(Snippet, MarksCyrillicWordInOriginalCase) {
  HighlightTerms terms;
  terms.words = {"путин"};
  SnippetMaker maker;
  EXPECT_EQ(marked(maker.make("Владимир Путин заявил.", terms, "ru")),
            "Владимир <mark>Путин</mark> заявил.");
}

TEST(Snippet, CentresWindowOnMatchInLongText) {
  HighlightTerms terms;
  terms.words = {"sanctions"};
  SnippetMaker maker(20);
  std::string text = filler(300, {{150, "sanctions"}});
  Snippet snippet = maker.make(text, terms, "en");
  const std::string ellipsis = "\xE2\x80\xA6";
  EXPECT_EQ(snippet.text.rfind(ellipsis, 0), 0u) << snippet.text;
  EXPECT_EQ(snippet.text.substr(snippet.text.size() - ellipsis.size()), ellipsis) << snippet.text;
  EXPECT_TRUE(contains(marked(snippet), "<mark>sanctions</mark>")) << snippet.text;
  EXPECT_LT(snippet.text.size(), text.size() / 4);
  EXPECT_FALSE(contains(snippet.text, "w100 "));
  EXPECT_FALSE(contains(snippet.text, "w200"));
}

TEST(Snippet, HasNoLeadingEllipsisWhenMatchIsAtStart) {
  HighlightTerms terms;
  terms.words = {"sanctions"};
  SnippetMaker maker(20);
  Snippet snippet = maker.make(filler(300, {{1, "sanctions"}}), terms, "en");
  EXPECT_EQ(snippet.text.rfind("w0 ", 0), 0u) << snippet.text;
  EXPECT_TRUE(contains(marked(snippet), "<mark>sanctions</mark>"));
}

TEST(Snippet, PrefersWindowWithMostMatches) {
  HighlightTerms terms;
  terms.words = {"grain", "corridor", "odesa"};
  SnippetMaker maker(20);
  std::string text =
      filler(400, {{10, "grain"}, {250, "grain"}, {253, "corridor"}, {256, "odesa"}});
  Snippet snippet = maker.make(text, terms, "en");
  EXPECT_EQ(snippet.marks.size(), 3u) << snippet.text;
  EXPECT_TRUE(contains(snippet.text, "corridor"));
  EXPECT_TRUE(contains(snippet.text, "odesa"));
}

TEST(Snippet, ReturnsStartOfTextUnmarkedWhenNothingMatches) {
  HighlightTerms terms;
  terms.words = {"absent"};
  SnippetMaker maker(20);
  Snippet snippet = maker.make(filler(300, {}), terms, "en");
  EXPECT_TRUE(snippet.marks.empty());
  EXPECT_EQ(snippet.text.rfind("w0 w1 w2", 0), 0u) << snippet.text;
  EXPECT_EQ(snippet.text.substr(snippet.text.size() - 3), "\xE2\x80\xA6");
}

TEST(Snippet, MarksPointIntoSnippetText) {
  HighlightTerms terms;
  terms.words = {"kremlin"};
  SnippetMaker maker(10);
  Snippet snippet = maker.make(filler(100, {{40, "Kremlin"}, {42, "kremlin"}}), terms, "en");
  ASSERT_EQ(snippet.marks.size(), 2u);
  for (const auto& [from, to] : snippet.marks) {
    ASSERT_LE(to, snippet.text.size());
    EXPECT_EQ(ascii_lower(snippet.text.substr(from, to - from)), "kremlin");
  }
}

TEST(Snippet, CollapsesParagraphBreaks) {
  HighlightTerms terms;
  terms.words = {"talks"};
  SnippetMaker maker;
  Snippet snippet = maker.make("First paragraph.\n\nThe talks went on.", terms, "en");
  EXPECT_EQ(marked(snippet), "First paragraph. The <mark>talks</mark> went on.");
}

TEST(Snippet, HandlesEmptyText) {
  HighlightTerms terms;
  terms.words = {"x"};
  SnippetMaker maker;
  Snippet snippet = maker.make("", terms, "en");
  EXPECT_EQ(snippet.text, "");
  EXPECT_TRUE(snippet.marks.empty());
}

TEST(RenderSnippet, WrapsEachMarkedRange) {
  Snippet snippet{"abc def ghi", {{0, 3}, {8, 11}}};
  EXPECT_EQ(render_snippet(snippet, "<mark>", "</mark>"), "<mark>abc</mark> def <mark>ghi</mark>");
  EXPECT_EQ(render_snippet(snippet, "[", "]"), "[abc] def [ghi]");
}

TEST(RenderSnippet, LeavesUnmarkedTextUnchanged) {
  Snippet snippet{"no marks here", {}};
  EXPECT_EQ(render_snippet(snippet, "<mark>", "</mark>"), "no marks here");
}

}  // namespace
// Regression: the closing punctuation kept after a snippet's last word was cut at three
// bytes, and a text without words at 200, splitting "»" and "—" (the JSON showed mojibake).
TEST(Snippet, NeverCutsACharacterInHalf) {
  HighlightTerms terms;
  terms.words = {"w5"};
  SnippetMaker maker;
  for (const std::string mark : {"\xC2\xBB\xC2\xBB", "\xE2\x80\x94\xE2\x80\x94", "\xC2\xBB."}) {
    std::string text;
    for (int i = 0; i < 200; ++i) text += "w" + std::to_string(i) + mark + " ";
    const Snippet snippet = maker.make(text, terms, "en");
    EXPECT_TRUE(is_valid_utf8(snippet.text)) << snippet.text;
  }
  std::string dashes;
  for (int i = 0; i < 150; ++i) dashes += "\xE2\x80\x94";
  EXPECT_TRUE(is_valid_utf8(maker.make(dashes, terms, "en").text));
}

// Regression: a snippet began at its first token and ended three bytes after its last, so a
// hyphenated word at either edge was cut ("…летний москвич" for "29-летний", "Нью-Д…"), as
// rostra-search printed for a ru-news article.
TEST(Snippet, NeverStartsOrEndsInsideAWord) {
  HighlightTerms terms;
  terms.words = {"sanctions"};
  SnippetMaker maker(20);
  std::string text = filler(300, {{150, "sanctions"}});
  std::string before = maker.make(text, terms, "en").text;
  // The same text with the words at the snippet's two edges joined to their neighbours.
  const std::string ellipsis = "\xE2\x80\xA6";
  ASSERT_EQ(before.rfind(ellipsis, 0), 0u) << before;
  const std::string first = before.substr(ellipsis.size(), before.find(' ') - ellipsis.size());
  const std::string last_word = before.substr(before.rfind(' ') + 1);
  const std::string last = last_word.substr(0, last_word.size() - ellipsis.size());
  std::string joined = text;
  joined.replace(joined.find(" " + first + " "), first.size() + 2, " 29-" + first + " ");
  joined.replace(joined.find(" " + last + " "), last.size() + 2,
                 " " + last + "-\xD0\x94\xD0\xB6\xD0\xB5\xD1\x80\xD1\x81\xD0\xB8, ");
  const Snippet snippet = maker.make(joined, terms, "en");
  EXPECT_EQ(snippet.text.rfind(ellipsis + "29-" + first + " ", 0), 0u) << snippet.text;
  EXPECT_TRUE(contains(
      snippet.text, " " + last + "-\xD0\x94\xD0\xB6\xD0\xB5\xD1\x80\xD1\x81\xD0\xB8," + ellipsis))
      << snippet.text;
  EXPECT_TRUE(contains(marked(snippet), "<mark>sanctions</mark>")) << snippet.text;
}

}  // namespace rostra
