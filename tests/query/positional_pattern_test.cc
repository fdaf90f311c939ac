// PositionalMatcher against a plain reading of the same positions: random streams of word
// ids with paragraph breaks, and NEAR/ADJ and phrase patterns over several forms a word, so
// that the shortcuts (the byte search of a phrase, NEAR read only around its anchor word's
// occurrences, whichever word the anchor is) are compared with every position decoded.
#include "common/query/positional_pattern.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace rostra {
namespace {

struct Word {
  std::uint32_t position;
  WordId id;
};

// Whether `words` (a stream's positions) match `pattern`, by trying every choice of one
// position per query word.
bool plainly_matches(const std::vector<Word>& words, const PositionalPattern& pattern) {
  const std::size_t n = pattern.words.size();
  std::vector<std::size_t> chosen(n);
  auto is_form = [&](std::size_t w, WordId id) {
    return std::find(pattern.words[w].begin(), pattern.words[w].end(), id) !=
           pattern.words[w].end();
  };
  // Depth-first over the query words, each at a position of its own.
  std::function<bool(std::size_t)> place = [&](std::size_t w) {
    if (w == n) {
      std::uint32_t low = UINT32_MAX;
      std::uint32_t high = 0;
      for (std::size_t k = 0; k < n; ++k) {
        low = std::min(low, words[chosen[k]].position);
        high = std::max(high, words[chosen[k]].position);
      }
      if (pattern.kind == PositionalPattern::Kind::kPhrase) {
        for (std::size_t k = 0; k < n; ++k) {
          if (words[chosen[k]].position != words[chosen[0]].position + k) return false;
        }
        return true;
      }
      if (pattern.ordered) {
        for (std::size_t k = 1; k < n; ++k) {
          if (words[chosen[k]].position <= words[chosen[k - 1]].position) return false;
        }
      }
      return high - low < pattern.window;
    }
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (!is_form(w, words[i].id)) continue;
      if (std::find(chosen.begin(), chosen.begin() + static_cast<std::ptrdiff_t>(w), i) !=
          chosen.begin() + static_cast<std::ptrdiff_t>(w)) {
        continue;
      }
      chosen[w] = i;
      if (place(w + 1)) return true;
    }
    return false;
  };
  return place(0);
}

TEST(PositionalMatcher, MatchesWhatEveryPositionDecodedSays) {
  std::mt19937 rng(23);
  // Small ids (one byte) and large ones (two and three bytes), few enough to repeat.
  const std::vector<WordId> vocabulary = {3,   7,    9,     100,   127,   128,   200,
                                          300, 5000, 16383, 16384, 20000, 70000, 2000000};
  auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  };
  std::size_t matched = 0;
  std::size_t tried = 0;
  for (int round = 0; round < 3000; ++round) {
    TokenRecordBuilder builder;
    // Short streams, and longer ones the 16- and 32-byte steps of the byte search reach.
    const std::size_t length = 1 + pick(pick(4) == 0 ? 300 : 60);
    for (std::size_t i = 0; i < length; ++i) {
      if (pick(9) == 0) builder.end_text_paragraph();
      builder.add_text_word(vocabulary[pick(vocabulary.size())]);
    }
    const std::string bytes = builder.finish();
    TokenRecordView record;
    ASSERT_TRUE(parse_token_record(bytes, record));
    std::vector<Word> words;
    ASSERT_TRUE(for_each_word(record.text, [&](std::uint32_t position, WordId id) {
      words.push_back({position, id});
    }));
    PositionalPattern pattern;
    pattern.kind = pick(3) == 0 ? PositionalPattern::Kind::kPhrase : PositionalPattern::Kind::kNear;
    const std::size_t n = 2 + pick(2);
    const bool several_forms = pattern.kind == PositionalPattern::Kind::kNear || pick(2) == 0;
    for (std::size_t w = 0; w < n; ++w) {
      std::vector<WordId> forms = {vocabulary[pick(vocabulary.size())]};
      while (several_forms && pick(2) == 0) forms.push_back(vocabulary[pick(vocabulary.size())]);
      pattern.words.push_back(forms);
    }
    pattern.ordered = pick(2) == 0;
    // The anchor from given frequencies (any word may be the rarest) or guessed from ids.
    if (pick(2) == 0) {
      for (std::size_t w = 0; w < n; ++w) pattern.frequencies.push_back(pick(5));
    }
    // Windows inside a paragraph (read around the anchor) and wider than the break's gap.
    const unsigned windows[] = {static_cast<unsigned>(n), static_cast<unsigned>(n) + 2, 8, 150};
    pattern.window = windows[pick(4)];
    SCOPED_TRACE("round " + std::to_string(round));
    const bool expected = plainly_matches(words, pattern);
    PositionalMatcher matcher(pattern);
    EXPECT_EQ(matcher.matches(record), expected);
    ++tried;
    if (expected) ++matched;
  }
  EXPECT_GT(matched, tried / 10);  // both answers are tested often
  EXPECT_LT(matched, tried * 9 / 10);
}

}  // namespace
}  // namespace rostra
