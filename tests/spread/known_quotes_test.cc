// The quotes an indexing run keeps for placing: taken by id once, the last written of an id
// kept, and no new one kept once the bound is reached.
#include "common/spread/known_quotes.h"

#include <gtest/gtest.h>

#include <string>

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
  // A quote written again still replaces the one kept: what the index holds.
  known.add(quote(analyzer, "Qa#0", "The first statement of the day, again."));
  SpreadQuote q;
  EXPECT_FALSE(known.take("Qa#1", q));
  ASSERT_TRUE(known.take("Qa#0", q));
  EXPECT_EQ(q.wording, analyzer.analyze("The first statement of the day, again.", "en"));
}

}  // namespace
}  // namespace rostra
