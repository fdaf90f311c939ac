// Unit tests for find_quotes (common/quote_extractor.h): mark styles, apostrophes, nesting,
// interrupted, continued and unbalanced quotes, byte offsets, and quote_kind_name.
#include "common/quotes/quote_extractor.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/model/quote.h"

namespace rostra {
namespace {

std::string_view text_of(std::string_view body, const Quote& q) {
  return body.substr(q.start, q.end - q.start);
}

std::string_view marked_of(std::string_view body, const Quote& q) {
  return body.substr(q.mark_start, q.mark_end - q.mark_start);
}

std::vector<std::string> spans(std::string_view body) {
  std::vector<std::string> out;
  for (const Quote& q : find_quotes(body)) out.emplace_back(text_of(body, q));
  return out;
}

using Spans = std::vector<std::string>;

// Offsets of every quote are ordered and inside the body.
void expect_sane(std::string_view body, const std::vector<Quote>& quotes) {
  for (const Quote& q : quotes) {
    EXPECT_LE(q.mark_start, q.start);
    EXPECT_LE(q.start, q.end);
    EXPECT_LE(q.end, q.mark_end);
    EXPECT_LE(q.mark_end, body.size());
  }
}

// --- mark styles -------------------------------------------------------------------------

TEST(QuoteExtractor, FindsAStraightDoubleQuoteWithExactByteOffsets) {
  std::string_view body = "Halas said \"We will win.\" Then he left.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 1u);
  const Quote& q = quotes[0];
  EXPECT_EQ(q.mark_start, 11u);
  EXPECT_EQ(q.start, 12u);
  EXPECT_EQ(q.end, 24u);
  EXPECT_EQ(q.mark_end, 25u);
  EXPECT_EQ(text_of(body, q), "We will win.");
  EXPECT_EQ(marked_of(body, q), "\"We will win.\"");
  EXPECT_TRUE(q.closed);
  EXPECT_FALSE(q.continues);
  EXPECT_FALSE(q.continuation);
  EXPECT_EQ(q.paragraph, 0u);
  EXPECT_EQ(q.kind, QuoteKind::kQuote);
  EXPECT_TRUE(q.speaker.empty());
  EXPECT_TRUE(q.cue.empty());
}

TEST(QuoteExtractor, FindsACurlyDoubleQuoteWithMultiByteMarkOffsets) {
  std::string_view body =
      "\xE2\x80\x9CTaxes will fall,\xE2\x80\x9D Marsh said.";  // “…,” (3 bytes each)
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 1u);
  const Quote& q = quotes[0];
  EXPECT_EQ(q.mark_start, 0u);
  EXPECT_EQ(q.start, 3u);
  EXPECT_EQ(text_of(body, q), "Taxes will fall,");
  EXPECT_EQ(q.end, 3u + 16u);
  EXPECT_EQ(q.mark_end, q.end + 3u);
  EXPECT_EQ(marked_of(body, q), "\xE2\x80\x9CTaxes will fall,\xE2\x80\x9D");
  EXPECT_TRUE(q.closed);
}

TEST(QuoteExtractor, FindsAReversedCurlyQuoteOpenedByARightMark) {
  std::string body =
      "The President said: \xE2\x80\x9DWe are ready to talk.\xE2\x80\x9C Then he left.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(text_of(body, quotes[0]), "We are ready to talk.");
  EXPECT_EQ(quotes[0].mark_start, body.find("\xE2\x80\x9D"));
  EXPECT_EQ(quotes[0].mark_end, body.find("\xE2\x80\x9C") + 3);
  EXPECT_TRUE(quotes[0].closed);
}

TEST(QuoteExtractor, KeepsNestedLowQuotesInsideTheOuterGuillemetSpan) {
  std::string body = "«Он назвал это „ошибкой“ вчера», — сказал Волков.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(text_of(body, quotes[0]), "Он назвал это „ошибкой“ вчера");
  EXPECT_EQ(quotes[0].mark_start, 0u);
  EXPECT_EQ(quotes[0].start, 2u);  // « is two bytes
  EXPECT_EQ(quotes[0].mark_end, body.find("»") + 2);
}

TEST(QuoteExtractor, KeepsNestedGuillemetsInsideTheOuterGuillemetSpan) {
  std::string body = "Он сказал: «Мы смотрели «Время» вчера».";
  EXPECT_EQ(spans(body), Spans{"Мы смотрели «Время» вчера"});
}

TEST(QuoteExtractor, FindsLowDoubleQuotesAsOuterMarks) {
  std::string body = "Белова сказала: „Мы готовы снизить ставку“. Потом она ушла.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(text_of(body, quotes[0]), "Мы готовы снизить ставку");
  EXPECT_EQ(marked_of(body, quotes[0]), "„Мы готовы снизить ставку“");
}

TEST(QuoteExtractor, FindsLowDoubleQuotesInEnglishCopyWithTheCommaOutside) {
  std::string body = "„We will not sign this“, Keller said.";
  EXPECT_EQ(spans(body), Spans{"We will not sign this"});
}

TEST(QuoteExtractor, FindsSingleCurlyQuotesAsOuterMarks) {
  std::string body =
      "The farmers said: \xE2\x80\x98We will not give up.\xE2\x80\x99 Then they left.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(text_of(body, quotes[0]), "We will not give up.");
  EXPECT_EQ(marked_of(body, quotes[0]), "‘We will not give up.’");
}

TEST(QuoteExtractor, FindsStraightSingleQuotesAsOuterMarks) {
  std::string body = "The head teacher said: 'Pupils need more books.' Then she left.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(text_of(body, quotes[0]), "Pupils need more books.");
  EXPECT_EQ(marked_of(body, quotes[0]), "'Pupils need more books.'");
}

TEST(QuoteExtractor, KeepsNestedDoubleQuotesInsideAnOuterSingleCurlySpan) {
  std::string body =
      "\xE2\x80\x98They chanted \xE2\x80\x9Cnever again\xE2\x80\x9D.\xE2\x80\x99 "
      "Basta said.";
  EXPECT_EQ(spans(body), Spans{"They chanted “never again”."});
}

TEST(QuoteExtractor, KeepsNestedSingleQuotesInsideAnOuterCurlySpan) {
  std::string body = "“He told me ‘not now’ twice,” Holt said.";
  EXPECT_EQ(spans(body), Spans{"He told me ‘not now’ twice,"});
}

TEST(QuoteExtractor, KeepsNestedCurlyQuotesInsideAnOuterCurlySpan) {
  std::string body = "“They call it “reform” but it is a cut,” Drozd said.";
  EXPECT_EQ(spans(body), Spans{"They call it “reform” but it is a cut,"});
}

TEST(QuoteExtractor, KeepsNestedSingleQuotesInsideAnOuterStraightSpan) {
  std::string body = "\"The sign said 'no entry' all week,\" Novak said.";
  EXPECT_EQ(spans(body), Spans{"The sign said 'no entry' all week,"});
}

// --- apostrophes ---------------------------------------------------------------------------

TEST(QuoteExtractor, NeverTakesCurlyPossessiveApostrophesForMarks) {
  EXPECT_TRUE(
      find_quotes("Trump’s plan met Varga’s reply and the leaders’ meeting ended.").empty());
}

TEST(QuoteExtractor, NeverTakesStraightPossessiveApostrophesForMarks) {
  EXPECT_TRUE(
      find_quotes("Trump's plan met Varga's reply and the leaders' meeting ended.").empty());
}

TEST(QuoteExtractor, NeverTakesElisionApostrophesForMarks) {
  EXPECT_TRUE(find_quotes("They played rock ’n’ roll in the ’90s and don't regret it.").empty());
  EXPECT_TRUE(find_quotes("Songs of the '90s don't age, and we're sure it's true.").empty());
}

TEST(QuoteExtractor, KeepsApostrophesInsideADoubleQuotedSpan) {
  std::string body = "“Trump’s plan won’t work for the ’90s kids,” Horvat said.";
  EXPECT_EQ(spans(body), Spans{"Trump’s plan won’t work for the ’90s kids,"});
}

TEST(QuoteExtractor, KeepsApostrophesInsideASingleCurlySpan) {
  std::string body = "‘We don’t want the leaders’ money,’ Ferenc said.";
  EXPECT_EQ(spans(body), Spans{"We don’t want the leaders’ money,"});
}

TEST(QuoteExtractor, KeepsStraightApostrophesInsideAStraightSingleSpan) {
  std::string body = "'We don't accept everyone's excuses,' Tesar said.";
  EXPECT_EQ(spans(body), Spans{"We don't accept everyone's excuses,"});
}

TEST(QuoteExtractor, DoesNotPairAPluralPossessiveWithALaterSingleQuote) {
  std::string body = "The Teachers' Union met on Monday. Its head said 'classes are too big'.";
  EXPECT_EQ(spans(body), Spans{"classes are too big"});
}

TEST(QuoteExtractor, OpensAQuoteRightAfterAPossessiveApostrophe) {
  std::string body = "The broadcaster’s “Evening Hour” was cancelled.";
  EXPECT_EQ(spans(body), Spans{"Evening Hour"});
}

TEST(QuoteExtractor, KeepsAnApostropheRightAfterTheOpeningMarkInsideTheSpan) {
  std::string body = "“’80s music is back,” Horvat said.";
  EXPECT_EQ(spans(body), Spans{"’80s music is back,"});
}

// --- content ---------------------------------------------------------------------------------

TEST(QuoteExtractor, KeepsSquareBracketInsertionsInTheSpan) {
  std::string body = "“We hear [Trump’s] statements every day,” Tesar said.";
  EXPECT_EQ(spans(body), Spans{"We hear [Trump’s] statements every day,"});
}

TEST(QuoteExtractor, KeepsASquareBracketInsertionThatOpensTheSpan) {
  std::string body = "Tesar said: “[President Keller] knows the terms.”";
  EXPECT_EQ(spans(body), Spans{"[President Keller] knows the terms."});
}

TEST(QuoteExtractor, SplitsAnInterruptedQuoteIntoTwoSpans) {
  std::string body = "\"We are ready,\" he said. \"We will act.\"";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(text_of(body, quotes[0]), "We are ready,");
  EXPECT_EQ(text_of(body, quotes[1]), "We will act.");
  EXPECT_TRUE(quotes[0].closed);
  EXPECT_TRUE(quotes[1].closed);
  EXPECT_FALSE(quotes[0].continues);
  EXPECT_FALSE(quotes[1].continuation);
  EXPECT_EQ(quotes[1].mark_start, body.rfind("\"We"));
  EXPECT_EQ(quotes[1].mark_end, body.size());
}

TEST(QuoteExtractor, IgnoresEmptyQuotes) {
  EXPECT_TRUE(find_quotes("He said \"\" and then “” and «» and nothing else.").empty());
  EXPECT_TRUE(find_quotes("He said \"  \" and «   » twice.").empty());
}

TEST(QuoteExtractor, IgnoresStrayClosingMarks) {
  EXPECT_TRUE(find_quotes("The vote was final” and nobody objected.").empty());
  EXPECT_TRUE(find_quotes("Голосование окончено» и никто не возразил.").empty());
  std::string body = "The vote was final” for now. “We go on,” Keller said.";
  EXPECT_EQ(spans(body), Spans{"We go on,"});
}

TEST(QuoteExtractor, ReturnsNoQuotesForPlainText) {
  EXPECT_TRUE(find_quotes("").empty());
  EXPECT_TRUE(find_quotes("Nothing is quoted here.\n\nNor here.").empty());
}

TEST(QuoteExtractor, ReturnsSpansInBodyOrderWithTheirParagraphIndex) {
  std::string body =
      "“One,” Marsh said.\n\nNo quote here.\n\n«Два», — сказал он. “Three,” she said.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(text_of(body, quotes[0]), "One,");
  EXPECT_EQ(text_of(body, quotes[1]), "Два");
  EXPECT_EQ(text_of(body, quotes[2]), "Three,");
  EXPECT_EQ(quotes[0].paragraph, 0u);
  EXPECT_EQ(quotes[1].paragraph, 2u);
  EXPECT_EQ(quotes[2].paragraph, 2u);
  EXPECT_LT(quotes[1].mark_end, quotes[2].mark_start);
}

TEST(QuoteExtractor, ReturnsOnlyKindQuoteWithNoSpeaker) {
  for (const Quote& q : find_quotes("The show “Evening Hour” aired. So-called “reforms” failed.")) {
    EXPECT_EQ(q.kind, QuoteKind::kQuote);
    EXPECT_TRUE(q.speaker.empty());
    EXPECT_TRUE(q.cue.empty());
  }
}

// --- continued and unbalanced quotes ---------------------------------------------------------

TEST(QuoteExtractor, MarksAQuoteContinuedIntoTheNextParagraph) {
  std::string body =
      "Varga said: “We will cut the deficit this year. \n\n“We will not raise taxes,” she added.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 2u);
  const Quote& first = quotes[0];
  const Quote& second = quotes[1];
  // The first span ends at its paragraph's end, without the trailing space.
  EXPECT_EQ(text_of(body, first), "We will cut the deficit this year.");
  EXPECT_EQ(first.end, body.find(". \n\n") + 1);
  EXPECT_EQ(first.mark_end, first.end);
  EXPECT_FALSE(first.closed);
  EXPECT_TRUE(first.continues);
  EXPECT_FALSE(first.continuation);
  EXPECT_EQ(first.paragraph, 0u);
  EXPECT_EQ(text_of(body, second), "We will not raise taxes,");
  EXPECT_TRUE(second.closed);
  EXPECT_TRUE(second.continuation);
  EXPECT_FALSE(second.continues);
  EXPECT_EQ(second.paragraph, 1u);
  EXPECT_EQ(second.mark_start, body.find("\n\n") + 2);
}

TEST(QuoteExtractor, ChainsAQuoteContinuedOverThreeParagraphs) {
  std::string body = "“First part.\n\n“Second part.\n\n“Third part,” Varga said.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 3u);
  EXPECT_EQ(text_of(body, quotes[0]), "First part.");
  EXPECT_EQ(text_of(body, quotes[1]), "Second part.");
  EXPECT_EQ(text_of(body, quotes[2]), "Third part,");
  EXPECT_TRUE(quotes[0].continues);
  EXPECT_FALSE(quotes[0].continuation);
  EXPECT_TRUE(quotes[1].continues);
  EXPECT_TRUE(quotes[1].continuation);
  EXPECT_FALSE(quotes[2].continues);
  EXPECT_TRUE(quotes[2].continuation);
  EXPECT_EQ(quotes[2].paragraph, 2u);
}

TEST(QuoteExtractor, ContinuesAStraightQuoteIntoTheNextParagraph) {
  std::string body = "\"The pension age must rise.\n\n\"There is no other way,\" Varga said.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(text_of(body, quotes[0]), "The pension age must rise.");
  EXPECT_TRUE(quotes[0].continues);
  EXPECT_TRUE(quotes[1].continuation);
  EXPECT_EQ(text_of(body, quotes[1]), "There is no other way,");
}

TEST(QuoteExtractor, ContinuesAGuillemetQuoteIntoTheNextParagraph) {
  std::string body = "Волков заявил: «Мы продолжим реформу.\n\n«Другого пути нет», — добавил он.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(text_of(body, quotes[0]), "Мы продолжим реформу.");
  EXPECT_TRUE(quotes[0].continues);
  EXPECT_TRUE(quotes[1].continuation);
}

TEST(QuoteExtractor, DoesNotMarkAClosedQuoteAsContinuedByTheNextParagraph) {
  std::string body = "“We are done,” Marsh said.\n\n“We are not,” Drozd replied.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_FALSE(quotes[0].continues);
  EXPECT_FALSE(quotes[1].continuation);
}

TEST(QuoteExtractor, DoesNotContinueAnOpenQuoteIntoAParagraphOpeningWithAnApostrophe) {
  std::string body = "Novak said “this will never end \n\n'90s music was “better”, Horvat said.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(text_of(body, quotes[0]), "this will never end");
  EXPECT_EQ(text_of(body, quotes[1]), "better");
  EXPECT_FALSE(quotes[0].continues);
  EXPECT_FALSE(quotes[1].continuation);
}

TEST(QuoteExtractor, EndsAnUnbalancedQuoteAtItsParagraphEnd) {
  std::string body =
      "Novak said “this will never end \n\nThe next paragraph is plain text.\n\n"
      "“Enough,” Varga said.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 2u);
  const Quote& open = quotes[0];
  EXPECT_EQ(text_of(body, open), "this will never end");
  EXPECT_EQ(open.end, body.find(" \n\n"));
  EXPECT_EQ(open.mark_end, open.end);
  EXPECT_FALSE(open.closed);
  EXPECT_FALSE(open.continues);
  EXPECT_EQ(text_of(body, quotes[1]), "Enough,");
  EXPECT_FALSE(quotes[1].continuation);
  EXPECT_EQ(quotes[1].paragraph, 2u);
}

TEST(QuoteExtractor, EndsAnUnbalancedGuillemetAtItsParagraphEnd) {
  std::string body = "Гусев сказал: «мост откроют весной \n\nСледующий абзац без кавычек.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(text_of(body, quotes[0]), "мост откроют весной");
  EXPECT_FALSE(quotes[0].closed);
  EXPECT_FALSE(quotes[0].continues);
}

TEST(QuoteExtractor, DoesNotPairAnUnclosedStraightQuoteWithOneInALaterParagraph) {
  std::string body =
      "Novak said \"this is the end.\n\nDeputies left the hall.\n\n"
      "\"We will be back,\" Varga said.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(text_of(body, quotes[0]), "this is the end.");
  EXPECT_FALSE(quotes[0].closed);
  EXPECT_EQ(text_of(body, quotes[1]), "We will be back,");
  EXPECT_TRUE(quotes[1].closed);
  EXPECT_EQ(quotes[1].paragraph, 2u);
}

TEST(QuoteExtractor, EndsAnOpenStraightQuoteAtItsLastSentenceEndWhenAnotherOpens) {
  std::string body =
      "Novak said \"the plan is dead. The vote is over. Later Varga said \"We go on,\" firmly.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_EQ(text_of(body, quotes[0]), "the plan is dead. The vote is over.");
  EXPECT_FALSE(quotes[0].closed);
  EXPECT_EQ(quotes[0].mark_start, body.find('"'));
  EXPECT_EQ(text_of(body, quotes[1]), "We go on,");
  EXPECT_TRUE(quotes[1].closed);
  EXPECT_EQ(quotes[1].mark_start, body.find("\"We"));
}

TEST(QuoteExtractor, GivesAnUnclosedQuoteEndedByANewStraightQuoteMarkEndEqualToEnd) {
  std::string body =
      "Novak said \"the plan is dead. The vote is over. Later Varga said \"We go on,\" firmly.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 2u);
  EXPECT_FALSE(quotes[0].closed);
  EXPECT_EQ(quotes[0].mark_end, quotes[0].end);  // quote.h: "== end when unclosed"
}

// Each quote's (continuation, continues) flags, in order.
std::vector<std::pair<bool, bool>> chain_flags(std::string_view body) {
  std::vector<std::pair<bool, bool>> out;
  for (const Quote& q : find_quotes(body)) out.emplace_back(q.continuation, q.continues);
  return out;
}

TEST(QuoteExtractor, ChainsPiecesReopenedRightAfterASentenceEndAsOneQuotation) {
  using Flags = std::vector<std::pair<bool, bool>>;
  // A lost paragraph break: "A. "B. "C." are the pieces of one quotation.
  std::string body = "Lund said: \"Ten billion is needed. \"Old promises fail. \"We act now.\"";
  EXPECT_EQ(spans(body), (Spans{"Ten billion is needed.", "Old promises fail.", "We act now."}));
  EXPECT_EQ(chain_flags(body), (Flags{{false, true}, {true, true}, {true, false}}));
  // A mark inside a quote with no sentence end before it: no lost break, no chain.
  for (const auto& [continuation, continues] :
       chain_flags("He said \"the firm \"Varnia Steel\" is closing\" today.")) {
    EXPECT_FALSE(continuation || continues);
  }
  // Narrative between the sentence end and the new mark: two quotations.
  EXPECT_EQ(chain_flags("Novak said \"the plan is dead. Later Varga said \"We go on,\" firmly."),
            (Flags{{false, false}, {false, false}}));
}

TEST(QuoteExtractor, ChainsACurlyPieceReopenedAfterASentenceEndInsteadOfNestingIt) {
  std::string body =
      "“We expect little,” Roe said. “Research is never neutral.  “The next step is to see who "
      "paid,” he added.";
  EXPECT_EQ(spans(body), (Spans{"We expect little,", "Research is never neutral.",
                                "The next step is to see who paid,"}));
  EXPECT_TRUE(find_quotes(body)[2].continuation);
  // A nested curly quote that does not follow a sentence end stays inside.
  EXPECT_EQ(spans("“He called it “a trap” twice,” Roe said."),
            (Spans{"He called it “a trap” twice,"}));
}

TEST(QuoteExtractor, SplitsARussianQuoteItsAttributionInterruptsInsideTheMarks) {
  std::string body = "«Мост закроют, — сказал Ракитин. — Ремонт займет месяц!» Так и вышло.";
  EXPECT_EQ(spans(body), (Spans{"Мост закроют", "Ремонт займет месяц!"}));
  std::vector<Quote> quotes = find_quotes(body);
  expect_sane(body, quotes);
  EXPECT_TRUE(quotes[0].closed);
  EXPECT_EQ(quotes[1].mark_end, body.find("» Так") + 2);
  // A piece ending in "!" keeps it; a no-break space may stand by the dashes.
  EXPECT_EQ(spans("«Это победа!\xC2\xA0— заявил тренер,\xC2\xA0— мы ждали ее год»."),
            (Spans{"Это победа!", "мы ждали ее год"}));
}

TEST(QuoteExtractor, KeepsADashInsideRussianSpeechThatNoAttributionCloses) {
  // A dash with no second dash after a short narrative, or one before a capital: speech.
  for (std::string body : {"«Мы сделали все, что могли, — и даже больше».",
                           "«Было трудно, — Москва не помогала. — Но мы справились»."}) {
    EXPECT_EQ(find_quotes(body).size(), 1u) << body;
  }
}

// --- robustness ----------------------------------------------------------------------------

TEST(QuoteExtractor, NeverCrashesOnInvalidUtf8) {
  const std::string bodies[] = {
      "\xFF\xFE \"abc\xC3\" def",
      "\xE2\x80 truncated mark \xE2\x80\x9C open \xC2",
      "\xC2\xAB\xFF\xC2\xBB \xE2\x80\x9Chalf\xE2\x80",
      "“\x80\x80\x80”",
      std::string("\"a\0b\" \xF4\x90\x80\x80 \xED\xA0\x80", 14),
      "\xE2\x80\x9D\xE2\x80\x9C\xE2\x80\x9D\xE2\x80\x9C\xE2",
      "\n\n\n\n\xC2\xAB\n\n\xC2",
  };
  for (const std::string& body : bodies) {
    std::vector<Quote> quotes = find_quotes(body);
    expect_sane(body, quotes);
  }
}

TEST(QuoteExtractor, FindsAValidQuoteAfterInvalidBytes) {
  std::string body = "\xFF\xFE garbage. \xE2\x80\x9CWe are ready,\xE2\x80\x9D Marsh said.";
  std::vector<Quote> quotes = find_quotes(body);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(text_of(body, quotes[0]), "We are ready,");
  EXPECT_EQ(quotes[0].mark_start, body.find("\xE2\x80\x9C"));
}

// --- quote_kind_name ---------------------------------------------------------------------------

TEST(QuoteKindName, NamesEveryKind) {
  EXPECT_EQ(quote_kind_name(QuoteKind::kQuote), "quote");
  EXPECT_EQ(quote_kind_name(QuoteKind::kTitle), "title");
  EXPECT_EQ(quote_kind_name(QuoteKind::kScare), "scare");
}

}  // namespace
}  // namespace rostra
