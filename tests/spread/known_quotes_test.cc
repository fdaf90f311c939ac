// The quotes an indexing run keeps for placing: taken by id once, the last written of an id
// kept, no new one kept once the bound is reached (and one written again then forgotten), and every
// field placing reads given back as it was kept (packed, see known_quotes.h).
#include "common/spread/known_quotes.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "common/schema/schema.h"

namespace rostra {
namespace {

SpreadQuote quote(WordingAnalyzer& analyzer, const std::string& id, const std::string& text) {
  SpreadQuote q;
  q.id = id;
  q.date = "2025-06-10";
  q.language = "en";
  q.article_id = "https://example.org/a";
  q.speaker = "Miroslav Tesar";
  q.wording = analyzer.analyze(text, "en");
  return q;
}

TEST(KnownQuotes, GivesEachQuoteOnceAsLastWritten) {
  WordingAnalyzer analyzer;
  KnownQuotes known;
  known.add(quote(analyzer, "Qa#0", "We will restore direct contacts."));
  known.add(quote(analyzer, "Qa#0", "We will restore direct contacts with Russia."));
  known.add(quote(analyzer, "Qa#1", "The talks went well."));
  EXPECT_EQ(known.size(), 2u);
  SpreadQuote q;
  ASSERT_TRUE(known.take("Qa#0", q));
  EXPECT_EQ(q.id, "Qa#0");
  EXPECT_EQ(q.speaker, "Miroslav Tesar");
  EXPECT_EQ(q.wording, analyzer.analyze("We will restore direct contacts with Russia.", "en"));
  EXPECT_FALSE(known.take("Qa#0", q));
  EXPECT_FALSE(known.take("Qb#0", q));
  EXPECT_EQ(known.size(), 1u);
}

TEST(KnownQuotes, KeepsNoNewQuoteOnceItsBoundIsReached) {
  WordingAnalyzer analyzer;
  KnownQuotes known(1);  // the first quote fills it
  known.add(quote(analyzer, "Qa#0", "The first statement of the day."));
  known.add(quote(analyzer, "Qa#1", "The second statement of the day."));
  EXPECT_EQ(known.size(), 1u);
  EXPECT_GT(known.bytes(), sizeof(SpreadQuote));
  // A quote written again once full is forgotten, not kept in a second copy past the bound
  // (placing reads what the index holds instead): rewrites cannot grow the store.
  const std::size_t full = known.bytes();
  for (int i = 0; i < 3; ++i) {
    known.add(quote(analyzer, "Qa#0", "The first statement of the day, again."));
  }
  EXPECT_EQ(known.bytes(), full);
  SpreadQuote q;
  EXPECT_FALSE(known.take("Qa#1", q));
  EXPECT_FALSE(known.take("Qa#0", q));
  EXPECT_EQ(known.size(), 0u);
}

TEST(KnownQuotes, GivesBackEveryFieldPlacingReads) {
  WordingAnalyzer analyzer;
  KnownQuotes known;
  SpreadQuote q = quote(analyzer, "Qhttps://example.org/a#3",
                        "Estmark will send 40 inspectors to Varnia in March. We expect the "
                        "talks to end by 2026! Ask Minister Halloran what comes next?");
  q.text = "kept out";
  ASSERT_GT(q.wording.sentences.size(), 1u);
  ASSERT_FALSE(q.wording.numbers.empty());
  ASSERT_FALSE(q.wording.names.empty());
  known.add(q);
  // A wording not made by quote_wording: a sentence's stem the content lacks, a 64-bit
  // shingle, no date; packed without loss all the same.
  SpreadQuote odd = q;
  odd.id = "Qc#4";  // not its article's id with a number
  odd.date.clear();
  odd.wording.sentences.push_back({"zzz-not-content"});
  odd.wording.shingles.push_back(UINT64_MAX);
  known.add(odd);
  SpreadQuote out;
  ASSERT_TRUE(known.take("Qhttps://example.org/a#3", out));
  EXPECT_EQ(out.text, "");
  q.text.clear();
  auto fields = [](const SpreadQuote& x) {
    return std::tie(x.id, x.text, x.date, x.language, x.article_id, x.speaker, x.wording);
  };
  EXPECT_TRUE(fields(out) == fields(q));
  ASSERT_TRUE(known.take("Qc#4", out));
  EXPECT_EQ(out.date, "");
  EXPECT_EQ(out.wording, odd.wording);
}

// Taking a quote's head leaves its wording packed, for another thread to unpack (placing's
// clustering threads): the head and the unpacked wording are what take gives, and the quote
// is forgotten.
TEST(KnownQuotes, TakesAHeadAndUnpacksItsWordingApart) {
  WordingAnalyzer analyzer;
  KnownQuotes known;
  SpreadQuote q = quote(analyzer, "Qhttps://example.org/a#3",
                        "Estmark will send 40 inspectors to Varnia in March. We expect the "
                        "talks to end by 2026!");
  known.add(q);
  known.add(quote(analyzer, "Qhttps://example.org/a#4", "The talks went well."));
  SpreadQuote head;
  head.wording.key = "left alone";
  std::string_view packed;
  ASSERT_TRUE(known.take_head("Qhttps://example.org/a#3", head, packed));
  EXPECT_EQ(head.id, q.id);
  EXPECT_EQ(head.date, q.date);
  EXPECT_EQ(head.language, q.language);
  EXPECT_EQ(head.article_id, q.article_id);
  EXPECT_EQ(head.speaker, q.speaker);
  EXPECT_EQ(head.wording.key, "left alone");
  ASSERT_FALSE(packed.empty());
  SpreadQuote out;
  std::string_view again;
  EXPECT_FALSE(known.take("Qhttps://example.org/a#3", out)) << "forgotten";
  EXPECT_FALSE(known.take_head("Qhttps://example.org/a#3", out, again));
  QuoteWording wording;
  ASSERT_TRUE(known.unpack_wording(packed, wording));
  EXPECT_EQ(wording, q.wording);
  EXPECT_FALSE(known.unpack_wording(packed.substr(0, packed.size() - 1), wording)) << "cut off";
  // The other quote, taken whole, is as it was added.
  ASSERT_TRUE(known.take("Qhttps://example.org/a#4", out));
  EXPECT_EQ(out.wording, analyzer.analyze("The talks went well.", "en"));
}

// A quote of `words` words drawn (deterministically, from `seed`) from a vocabulary of
// 20,000 made-up words, in sentences of 20, with a name and a number: as long as the
// generated corpus's quotes are on average, and as varied.
std::string made_up_text(std::uint64_t seed, int words) {
  std::string text = "Minister Halloran said 40";
  std::uint64_t x = seed * 0x9e3779b97f4a7c15ULL + 1;
  for (int i = 0; i < words; ++i) {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    std::uint64_t n = x % 20000;
    std::string word;
    do {
      word += static_cast<char>('a' + n % 26);
      n /= 26;
    } while (n > 0);
    text += (i % 20 == 19 ? ". " : " ") + word + "ton";
  }
  return text + ".";
}

TEST(KnownQuotes, ItsDefaultBoundHoldsAMillionArticleBulkLoad) {
  // A million generated articles write about 1.65 million spoken quotes; placing analyses
  // again every quote the store could not keep, so its default bound must hold them all
  // (with room for longer quotes: half as much again).
  WordingAnalyzer analyzer;
  std::vector<SpreadQuote> kinds;  // 2,000 wordings, each written by many quotes
  for (int i = 0; i < 2000; ++i) {
    kinds.push_back(quote(analyzer, "Q", made_up_text(static_cast<std::uint64_t>(i), 45)));
  }
  KnownQuotes known;
  auto add = [&](int from, int to) {
    for (int i = from; i < to; ++i) {
      SpreadQuote q = kinds[static_cast<std::size_t>(i) % kinds.size()];
      q.article_id = "https://example.org/a" + std::to_string(i / 2);
      q.id = std::string(schema::kPrefixId) + q.article_id + "#" + std::to_string(i % 2);
      known.add(q);
    }
  };
  add(0, 20000);  // the word table filled, the first buffer begun
  const std::size_t before = known.bytes();
  add(20000, 80000);
  ASSERT_EQ(known.size(), 80000u);
  const double per_quote = static_cast<double>(known.bytes() - before) / 60000;
  RecordProperty("bytes_a_quote", std::to_string(per_quote));
  EXPECT_GT(per_quote, 200.0) << "what a quote costs is not counted";
  EXPECT_LT(per_quote * 1.65e6 * 1.5, static_cast<double>(KnownQuotes::kDefaultMaxBytes))
      << per_quote << " bytes a quote";
}

}  // namespace
}  // namespace rostra
