// Token records and positional patterns: encoding, decoding and matching, without Xapian.
#include "common/tokens/token_record.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "common/query/positional_pattern.h"
#include "common/query/same_unit_matcher.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

std::vector<std::pair<std::uint32_t, WordId>> words_of(std::string_view stream) {
  std::vector<std::pair<std::uint32_t, WordId>> out;
  EXPECT_TRUE(for_each_word(stream, [&](std::uint32_t p, WordId id) { out.emplace_back(p, id); }));
  return out;
}

TEST(TokenRecord, RoundTripsStreamsBreaksAndSpans) {
  TokenRecordBuilder builder;
  builder.add_title_word(7);
  builder.add_text_word(7);
  builder.end_text_paragraph();
  builder.add_text_word(300);  // two varint bytes
  builder.begin_quote("elena varga");
  builder.add_text_word(1);
  builder.add_text_word(2);
  builder.end_text_paragraph();  // the quote goes on in the next paragraph
  builder.add_text_word(3);
  builder.end_quote();
  builder.add_text_word(4);
  builder.begin_quote("");
  builder.add_text_word(5);
  std::string bytes = builder.finish();

  TokenRecordView record;
  ASSERT_TRUE(parse_token_record(bytes, record));
  const std::uint32_t gap = schema::kFieldPositionGap;
  EXPECT_EQ(words_of(record.title), (std::vector<std::pair<std::uint32_t, WordId>>{{1, 7}}));
  EXPECT_EQ(words_of(record.text),
            (std::vector<std::pair<std::uint32_t, WordId>>{{1, 7},
                                                           {2 + gap, 300},
                                                           {3 + gap, 1},
                                                           {4 + gap, 2},
                                                           {5 + 2 * gap, 3},
                                                           {6 + 2 * gap, 4},
                                                           {7 + 2 * gap, 5}}));
  ASSERT_EQ(record.spans.size(), 2u);
  EXPECT_EQ(record.spans[0].speaker, "elena varga");
  EXPECT_EQ(record.spans[1].speaker, "");
  auto span_words = [&](const TokenSpan& span) {
    std::vector<WordId> ids;
    for_each_word(record.text.substr(span.start, span.end - span.start),
                  [&](std::uint32_t, WordId id) { ids.push_back(id); });
    return ids;
  };
  EXPECT_EQ(span_words(record.spans[0]), (std::vector<WordId>{1, 2, 3}));
  EXPECT_EQ(span_words(record.spans[1]), (std::vector<WordId>{5}));
}

TEST(TokenRecord, RoundTripsSentenceStarts) {
  TokenRecordBuilder builder;
  builder.add_text_word(5);
  builder.begin_sentence();
  builder.add_text_word(300);  // starts at byte 1
  builder.add_text_word(6);
  builder.begin_sentence();
  builder.add_text_word(7);  // starts at byte 4
  builder.end_text_paragraph();
  builder.add_text_word(8);
  const std::string record = builder.finish();
  TokenRecordView view;
  ASSERT_TRUE(parse_token_record(record, view));
  std::vector<std::uint32_t> starts;
  ASSERT_TRUE(sentence_starts(view, starts));
  EXPECT_EQ(starts, (std::vector<std::uint32_t>{1, 4}));
}

TEST(SameUnitMatcher, FindsOperandsInOneSentenceOrParagraph) {
  // [5 300 6 | 7] 0x00 [8 9]: sentences {5 300 6}, {7}, {8 9}; paragraphs {5 300 6 7}, {8 9}
  TokenRecordBuilder builder;
  builder.add_text_word(5);
  builder.add_text_word(300);
  builder.add_text_word(6);
  builder.begin_sentence();
  builder.add_text_word(7);
  builder.end_text_paragraph();
  builder.add_text_word(8);
  builder.add_text_word(9);
  const std::string record = builder.finish();
  TokenRecordView view;
  ASSERT_TRUE(parse_token_record(record, view));
  auto in = [&](TextUnit unit, std::vector<UnitOperand> operands) {
    return SameUnitMatcher(unit, std::move(operands)).matches(view);
  };
  const UnitOperand w5 = {{{5}}}, w7 = {{{7}}}, w8 = {{{8}}}, w9 = {{{9}}};
  EXPECT_TRUE(in(TextUnit::kSentence, {w5, {{{300}, {6}}}}));  // a word and a phrase
  EXPECT_FALSE(in(TextUnit::kSentence, {w5, w7}));
  EXPECT_TRUE(in(TextUnit::kParagraph, {w5, w7}));
  EXPECT_FALSE(in(TextUnit::kParagraph, {w7, w8}));            // the break parts them
  EXPECT_TRUE(in(TextUnit::kSentence, {{{{7}}, {{9}}}, w8}));  // an OR-group: 7 or 9
  EXPECT_FALSE(in(TextUnit::kSentence, {w5, {{{6}, {7}}}}));   // a phrase across sentences
  EXPECT_TRUE(in(TextUnit::kParagraph, {w5, {{{6}, {7}}}}));
}

TEST(TokenRecord, BuilderStartsAfreshAfterClear) {
  TokenRecordBuilder builder;
  builder.add_text_word(9);
  builder.begin_quote("x");
  builder.add_text_word(9);
  builder.clear();
  builder.add_text_word(1);
  std::string bytes = builder.finish();
  TokenRecordView record;
  ASSERT_TRUE(parse_token_record(bytes, record));
  EXPECT_EQ(words_of(record.text), (std::vector<std::pair<std::uint32_t, WordId>>{{1, 1}}));
  EXPECT_TRUE(record.spans.empty());
}

// A Kremlin transcript names dozens of speakers (its turns); a reader that capped them at 64
// refused its record as damaged ("malformed token record") and failed every quote: search
// that reached it.
TEST(TokenRecord, ReadsARecordOfManySpeakers) {
  TokenRecordBuilder builder;
  for (WordId i = 1; i <= 300; ++i) {
    builder.begin_quote("speaker " + std::to_string(i));
    builder.add_text_word(i);
  }
  const std::string bytes = builder.finish();
  TokenRecordView record;
  ASSERT_TRUE(parse_token_record(bytes, record));
  ASSERT_EQ(record.spans.size(), 300u);
  EXPECT_EQ(record.spans[0].speaker, "speaker 1");
  EXPECT_EQ(record.spans[299].speaker, "speaker 300");
  // A count of speakers larger than the bytes left is damage, not an allocation.
  std::string damaged;
  put_varint(damaged, 0);  // no title
  std::string quotes;
  put_varint(quotes, 1u << 30);
  put_varint(damaged, quotes.size());
  damaged += quotes;
  put_varint(damaged, 0);  // no sentences
  EXPECT_FALSE(parse_token_record(damaged, record));
}

TEST(TokenRecord, RefusesMalformedRecords) {
  TokenRecordBuilder builder;
  builder.add_text_word(1);
  builder.begin_quote("s");
  builder.add_text_word(2);  // the quote runs to the last byte, so any cut shortens it
  std::string good = builder.finish();
  TokenRecordView record;
  ASSERT_TRUE(parse_token_record(good, record));
  for (std::size_t cut = 0; cut < good.size(); ++cut) {
    EXPECT_FALSE(parse_token_record(good.substr(0, cut), record)) << cut;
  }
  // Spans are decoded only when asked for; their damage shows then.
  std::string past_the_end;
  put_varint(past_the_end, 0);  // no title
  std::string quotes;
  for (std::uint32_t v : {0u, 1u, 0u, 5u, 0u}) put_varint(quotes, v);  // one span of 5 bytes
  put_varint(past_the_end, quotes.size());
  past_the_end += quotes + "\x01\x02";
  EXPECT_FALSE(parse_token_record(past_the_end, record));
  EXPECT_TRUE(parse_token_record(past_the_end, record, /*spans=*/false));
  // A text stream whose last varint is cut parses, and reads as malformed.
  std::string cut = good + "\x85";
  ASSERT_TRUE(parse_token_record(cut, record, false));
  EXPECT_FALSE(for_each_word(record.text, [](std::uint32_t, WordId) {}));
}

TEST(TokenRecord, FindsARunOfWordsOnlyAtWordBoundaries) {
  TokenRecordBuilder builder;
  builder.add_text_word(133);  // varint 0x85 0x01: its second byte reads as id 1
  builder.add_text_word(2);
  builder.end_text_paragraph();
  builder.add_text_word(1);
  builder.add_text_word(3);
  std::string bytes = builder.finish();
  TokenRecordView record;
  ASSERT_TRUE(parse_token_record(bytes, record));
  EXPECT_FALSE(contains_word_run(record.text, encode_word_run({1, 2}), 0, record.text.size()));
  EXPECT_TRUE(contains_word_run(record.text, encode_word_run({133, 2}), 0, record.text.size()));
  EXPECT_TRUE(contains_word_run(record.text, encode_word_run({1, 3}), 0, record.text.size()));
  // Never across a paragraph break.
  EXPECT_FALSE(contains_word_run(record.text, encode_word_run({2, 1}), 0, record.text.size()));
  // Only inside the range given.
  EXPECT_FALSE(contains_word_run(record.text, encode_word_run({1, 3}), 0, record.text.size() - 1));
}

PositionalPattern phrase(std::vector<WordId> ids,
                         PositionalPattern::Scope scope = PositionalPattern::Scope::kText) {
  PositionalPattern p;
  p.scope = scope;
  for (WordId id : ids) p.words.push_back({id});
  return p;
}

PositionalPattern near(std::vector<std::vector<WordId>> words, unsigned window, bool ordered) {
  PositionalPattern p;
  p.kind = PositionalPattern::Kind::kNear;
  p.words = std::move(words);
  p.window = window;
  p.ordered = ordered;
  return p;
}

// Text "1 2 3 4 5 | 6 7" (| a paragraph break); title "8 9"; "2 3" quoted by "a", "6 7" by
// nobody.
TokenRecordView sample_record(std::string& bytes) {
  TokenRecordBuilder builder;
  builder.add_title_word(8);
  builder.add_title_word(9);
  builder.add_text_word(1);
  builder.begin_quote("a");
  builder.add_text_word(2);
  builder.add_text_word(3);
  builder.end_quote();
  builder.add_text_word(4);
  builder.add_text_word(5);
  builder.end_text_paragraph();
  builder.begin_quote("");
  builder.add_text_word(6);
  builder.add_text_word(7);
  bytes = builder.finish();
  TokenRecordView record;
  EXPECT_TRUE(parse_token_record(bytes, record));
  return record;
}

TEST(PositionalMatcher, MatchesPhrasesInTheirScope) {
  std::string bytes;
  TokenRecordView record = sample_record(bytes);
  using Scope = PositionalPattern::Scope;
  EXPECT_TRUE(PositionalMatcher(phrase({2, 3, 4})).matches(record));
  EXPECT_FALSE(PositionalMatcher(phrase({2, 4})).matches(record));
  EXPECT_FALSE(PositionalMatcher(phrase({5, 6})).matches(record));  // across the break
  EXPECT_TRUE(PositionalMatcher(phrase({8, 9}, Scope::kTitle)).matches(record));
  EXPECT_FALSE(PositionalMatcher(phrase({8, 9})).matches(record));
  EXPECT_TRUE(PositionalMatcher(phrase({2, 3}, Scope::kQuotes)).matches(record));
  EXPECT_FALSE(PositionalMatcher(phrase({2, 3, 4}, Scope::kQuotes)).matches(record));
  EXPECT_FALSE(PositionalMatcher(phrase({1, 2}, Scope::kQuotes)).matches(record));
  EXPECT_TRUE(PositionalMatcher(phrase({7}, Scope::kQuotes)).matches(record));
}

TEST(PositionalMatcher, LimitsQuotesToTheSpeakersGiven) {
  std::string bytes;
  TokenRecordView record = sample_record(bytes);
  PositionalPattern by_a = phrase({2, 3}, PositionalPattern::Scope::kQuotes);
  by_a.speakers = {"a"};
  EXPECT_TRUE(PositionalMatcher(by_a).matches(record));
  by_a.speakers = {"b"};
  EXPECT_FALSE(PositionalMatcher(by_a).matches(record));
  by_a.speakers = {"b", "a"};
  EXPECT_TRUE(PositionalMatcher(by_a).matches(record));
  PositionalPattern unattributed = phrase({6, 7}, PositionalPattern::Scope::kQuotes);
  unattributed.speakers = {"a"};
  EXPECT_FALSE(PositionalMatcher(unattributed).matches(record));
}

TEST(PositionalMatcher, MatchesPhrasesOfWordsWithSeveralForms) {
  std::string bytes;
  TokenRecordView record = sample_record(bytes);
  PositionalPattern p;
  p.words = {{9, 2}, {3, 11}, {12, 4}};
  EXPECT_TRUE(PositionalMatcher(p).matches(record));
  p.words = {{9, 2}, {12, 4}};
  EXPECT_FALSE(PositionalMatcher(p).matches(record));
}

TEST(PositionalMatcher, MatchesNearWithinTheWindowInAnyOrderOrInOrder) {
  std::string bytes;
  TokenRecordView record = sample_record(bytes);
  // 1 and 5 stand four positions apart: a window of 5 holds both, one of 4 does not.
  EXPECT_TRUE(PositionalMatcher(near({{1}, {5}}, 5, false)).matches(record));
  EXPECT_FALSE(PositionalMatcher(near({{1}, {5}}, 4, false)).matches(record));
  EXPECT_TRUE(PositionalMatcher(near({{5}, {1}}, 5, false)).matches(record));
  EXPECT_TRUE(PositionalMatcher(near({{1}, {5}}, 5, true)).matches(record));
  EXPECT_FALSE(PositionalMatcher(near({{5}, {1}}, 5, true)).matches(record));
  // A paragraph break adds kFieldPositionGap positions.
  const unsigned gap = schema::kFieldPositionGap;
  EXPECT_FALSE(PositionalMatcher(near({{5}, {6}}, gap, false)).matches(record));
  EXPECT_TRUE(PositionalMatcher(near({{5}, {6}}, gap + 2, false)).matches(record));
  // Forms: any id of a word counts.
  EXPECT_TRUE(PositionalMatcher(near({{40, 1}, {3, 41}, {4}}, 4, true)).matches(record));
  EXPECT_FALSE(PositionalMatcher(near({{40, 1}, {3, 41}, {42}}, 4, true)).matches(record));
}

// As in Xapian's OP_NEAR, each word needs a position of its own: "the NEAR the" wants two.
TEST(PositionalMatcher, GivesEachNearWordAPositionOfItsOwn) {
  TokenRecordBuilder builder;
  for (WordId id : {1u, 2u, 3u, 1u}) builder.add_text_word(id);
  std::string bytes = builder.finish();
  TokenRecordView record;
  ASSERT_TRUE(parse_token_record(bytes, record));
  EXPECT_FALSE(PositionalMatcher(near({{1}, {1}}, 3, false)).matches(record));
  EXPECT_TRUE(PositionalMatcher(near({{1}, {1}}, 4, false)).matches(record));
  // Shared forms: 2 can only stand for one of the first two words.
  EXPECT_FALSE(PositionalMatcher(near({{2, 9}, {2, 8}}, 4, false)).matches(record));
  EXPECT_TRUE(PositionalMatcher(near({{2, 3}, {2}}, 2, false)).matches(record));
  EXPECT_TRUE(PositionalMatcher(near({{1, 2}, {2}, {3}}, 3, false)).matches(record));
  EXPECT_FALSE(PositionalMatcher(near({{2}, {2}, {3}}, 4, false)).matches(record));
}

// The matcher scans sixteen bytes at a time; against a plain word-by-word check on random
// records of one- to three-byte ids with breaks, every NEAR, ADJ and phrase answer agrees.
TEST(PositionalMatcher, AgreesWithAWordByWordCheckOnRandomRecords) {
  std::mt19937 random(7);
  const std::vector<WordId> vocabulary = {1, 2, 3, 90, 127, 128, 200, 300, 16383, 16384, 70000};
  auto pick = [&] { return vocabulary[random() % vocabulary.size()]; };
  std::size_t matched = 0;
  for (int round = 0; round < 400; ++round) {
    TokenRecordBuilder builder;
    const int words = static_cast<int>(random() % 120);
    for (int i = 0; i < words; ++i) {
      if (random() % 15 == 0) builder.end_text_paragraph();
      builder.add_text_word(pick());
    }
    std::string bytes = builder.finish();
    TokenRecordView record;
    ASSERT_TRUE(parse_token_record(bytes, record));
    std::vector<std::pair<std::uint32_t, WordId>> all = words_of(record.text);
    const std::vector<WordId> a = {pick(), pick()};
    const std::vector<WordId> b = {pick()};
    const unsigned window = 2 + static_cast<unsigned>(random() % 6);
    for (bool ordered : {false, true}) {
      bool expected = false;
      for (const auto& [pa, ia] : all) {
        for (const auto& [pb, ib] : all) {
          if (pa == pb) continue;
          const bool in_a = std::find(a.begin(), a.end(), ia) != a.end();
          const bool in_b = std::find(b.begin(), b.end(), ib) != b.end();
          const std::uint32_t lo = std::min(pa, pb);
          const std::uint32_t hi = std::max(pa, pb);
          if (in_a && in_b && hi - lo < window && (!ordered || pa < pb)) expected = true;
        }
      }
      EXPECT_EQ(PositionalMatcher(near({a, b}, window, ordered)).matches(record), expected)
          << "round " << round << (ordered ? " ADJ" : " NEAR");
      matched += expected;
    }
    bool phrase_expected = false;
    for (std::size_t i = 0; i + 1 < all.size(); ++i) {
      phrase_expected |= all[i].second == b[0] && all[i + 1].second == a[0] &&
                         all[i + 1].first == all[i].first + 1;
    }
    EXPECT_EQ(PositionalMatcher(phrase({b[0], a[0]})).matches(record), phrase_expected) << round;
  }
  EXPECT_GT(matched, 100u);
}

}  // namespace
}  // namespace rostra
