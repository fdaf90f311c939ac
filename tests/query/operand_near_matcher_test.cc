// NEAR/ADJ between phrases and OR-groups (OperandNearMatcher): with one-word operands it must
// answer exactly as the plain-word NEAR (PositionalMatcher, Xapian's OP_NEAR window) does, and
// with phrases as a search over every choice of occurrences says; plus hand-made cases.
#include "common/query/operand_near_matcher.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <random>

#include "common/query/positional_pattern.h"

namespace rostra {
namespace {

struct Stream {
  std::string bytes;
  TokenRecordView record;
};

// A record whose text stream is `words`, 0 standing for a paragraph break.
void build(const std::vector<WordId>& words, Stream& out) {
  TokenRecordBuilder builder;
  for (WordId id : words) {
    if (id == 0) {
      builder.end_text_paragraph();
    } else {
      builder.add_text_word(id);
    }
  }
  out.bytes = builder.finish();
  ASSERT_TRUE(parse_token_record(out.bytes, out.record));
}

bool near(const std::vector<WordId>& words, std::vector<UnitOperand> operands, unsigned n,
          bool ordered) {
  Stream s;
  build(words, s);
  OperandNearMatcher matcher(std::move(operands), n, ordered);
  return matcher.matches(s.record);
}

TEST(OperandNearMatcher, APhraseCountsAsOneWordOfTheDistance) {
  // "prime minister" (1 2), then two words, then "step down" (5 6).
  const std::vector<WordId> text = {1, 2, 9, 9, 5, 6};
  const UnitOperand prime_minister = {{{1}, {2}}};
  const UnitOperand resign_or_step_down = {{{4}}, {{5}, {6}}};
  EXPECT_TRUE(near(text, {prime_minister, resign_or_step_down}, 3, false));
  EXPECT_FALSE(near(text, {prime_minister, resign_or_step_down}, 2, false));
  EXPECT_TRUE(near(text, {resign_or_step_down, prime_minister}, 3, false));  // any order
  EXPECT_FALSE(near(text, {resign_or_step_down, prime_minister}, 3, true));  // pre/N: in order
  EXPECT_TRUE(near(text, {prime_minister, resign_or_step_down}, 3, true));
}

TEST(OperandNearMatcher, APhraseNeverSpansAParagraphBreakNorTheWindowOne) {
  EXPECT_FALSE(near({1, 0, 2, 7}, {{{{1}, {2}}}, {{{7}}}}, 5, false));
  EXPECT_FALSE(near({1, 2, 0, 7}, {{{{1}, {2}}}, {{{7}}}}, 5, false));
  EXPECT_TRUE(near({1, 2, 7}, {{{{1}, {2}}}, {{{7}}}}, 5, false));
}

TEST(OperandNearMatcher, OperandsNeverShareAWord) {
  // "white house" and "house" overlap at one word; with a second "house" apart they match.
  EXPECT_FALSE(near({3, 4}, {{{{3}, {4}}}, {{{4}}}}, 5, false));
  EXPECT_TRUE(near({3, 4, 8, 4}, {{{{3}, {4}}}, {{{4}}}}, 5, false));
}

// Every choice of one occurrence per operand, as the matcher's contract states it.
bool plainly(const std::vector<std::pair<std::uint32_t, WordId>>& words,
             const std::vector<UnitOperand>& operands, unsigned n, bool ordered) {
  struct Occ {
    std::uint32_t start, end;
  };
  std::vector<std::vector<Occ>> found(operands.size());
  for (std::size_t o = 0; o < operands.size(); ++o) {
    for (std::size_t at = 0; at < words.size(); ++at) {
      for (const PhraseIds& phrase : operands[o]) {
        bool all = at + phrase.size() <= words.size();
        for (std::size_t k = 0; all && k < phrase.size(); ++k) {
          all = words[at + k].first == words[at].first + k &&
                std::count(phrase[k].begin(), phrase[k].end(), words[at + k].second) > 0;
        }
        if (all)
          found[o].push_back(
              {words[at].first, words[at].first + static_cast<std::uint32_t>(phrase.size()) - 1});
      }
    }
  }
  std::vector<Occ> chosen(operands.size());
  std::function<bool(std::size_t)> place = [&](std::size_t i) -> bool {
    if (i == operands.size()) {
      std::int64_t first = INT64_MAX, last = 0, extra = 0;
      for (std::size_t k = 0; k < i; ++k) {
        for (std::size_t j = k + 1; j < i; ++j) {
          if (!(chosen[k].end < chosen[j].start || chosen[j].end < chosen[k].start)) return false;
        }
        if (ordered && k > 0 && chosen[k].start <= chosen[k - 1].end) return false;
        first = std::min<std::int64_t>(first, chosen[k].start);
        last = std::max<std::int64_t>(last, chosen[k].end);
        extra += chosen[k].end - chosen[k].start;
      }
      return last - first - extra <= static_cast<std::int64_t>(n + operands.size() - 2);
    }
    for (const Occ& o : found[i]) {
      chosen[i] = o;
      if (place(i + 1)) return true;
    }
    return false;
  };
  return place(0);
}

TEST(OperandNearMatcher, MatchesThePlainWordNearAndEveryChoiceOfOccurrences) {
  std::mt19937 rng(41);
  auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  };
  const std::vector<WordId> vocabulary = {3, 7, 9, 130, 300, 20000};
  std::size_t matched = 0;
  const int rounds = 30000;
  for (int round = 0; round < rounds; ++round) {
    SCOPED_TRACE("round " + std::to_string(round));
    std::vector<WordId> text;
    for (std::size_t i = 0, length = 1 + pick(50); i < length; ++i) {
      text.push_back(pick(10) == 0 ? 0 : vocabulary[pick(vocabulary.size())]);
    }
    if (text.back() == 0) text.pop_back();  // a stream does not end in a break
    if (text.empty()) continue;
    Stream s;
    build(text, s);
    std::vector<std::pair<std::uint32_t, WordId>> words;
    ASSERT_TRUE(for_each_word(s.record.text,
                              [&](std::uint32_t p, WordId id) { words.emplace_back(p, id); }));
    const std::size_t count = 2 + pick(2);
    const unsigned n = static_cast<unsigned>(1 + pick(8));
    const bool ordered = pick(2) == 0;
    const bool single_words = round % 2 == 0;
    std::vector<UnitOperand> operands(count);
    PositionalPattern plain;
    plain.kind = PositionalPattern::Kind::kNear;
    plain.ordered = ordered;
    plain.window = static_cast<unsigned>(n + count - 1);  // as the query builder converts
    for (UnitOperand& operand : operands) {
      std::vector<WordId> forms;
      for (std::size_t alternatives = 1 + pick(2); alternatives > 0; --alternatives) {
        PhraseIds phrase;
        for (std::size_t k = single_words ? 1 : 1 + pick(2); k > 0; --k) {
          phrase.push_back({vocabulary[pick(vocabulary.size())]});
        }
        forms.push_back(phrase[0][0]);
        operand.push_back(phrase);
      }
      plain.words.push_back(forms);
    }
    OperandNearMatcher matcher(operands, n, ordered);
    const bool got = matcher.matches(s.record);
    EXPECT_EQ(got, plainly(words, operands, n, ordered));
    if (single_words) {
      PositionalMatcher words_near(plain);
      EXPECT_EQ(got, words_near.matches(s.record));
    }
    if (got) ++matched;
  }
  EXPECT_GT(matched, rounds / 10u);  // both answers are tested often
  EXPECT_LT(matched, rounds * 9u / 10u);
}

}  // namespace
}  // namespace rostra
