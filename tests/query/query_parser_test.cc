#include "common/query/query_parser.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/base/errors.h"

namespace rostra {
namespace {

// A compact rendering of a query tree: words bare, phrases quoted, operators prefixed.
std::string show(const QueryNode& node) {
  auto list = [&](const std::string& head) {
    std::string out = "(" + head;
    for (const QueryNode& child : node.children) out += " " + show(child);
    return out + ")";
  };
  switch (node.kind) {
    case QueryNode::Kind::kWord:
      return node.text;
    case QueryNode::Kind::kPhrase:
      return "\"" + node.text + "\"";
    case QueryNode::Kind::kNear:
      if (node.unit == QueryNode::Unit::kSentence) return list("W/S");
      if (node.unit == QueryNode::Unit::kParagraph) return list("W/P");
      return list((node.ordered ? "ADJ/" : "NEAR/") + std::to_string(node.window));
    case QueryNode::Kind::kAnd:
      return list("AND");
    case QueryNode::Kind::kOr:
      return list("OR");
    case QueryNode::Kind::kNot:
      return list("NOT");
    case QueryNode::Kind::kMatchAll:
      return "*";
    case QueryNode::Kind::kField:
      return std::string(query_field_info(node.field).name) + ":" +
             (node.phrase ? "\"" + node.text + "\"" : node.text);
    case QueryNode::Kind::kDateRange:
      if (node.date_from.empty() && node.date_to.empty()) return "date[unknown]";
      return "date[" + node.date_from + ".." + node.date_to + "]";
    case QueryNode::Kind::kAtLeast:
      return "atleast" + std::to_string(node.count) + "(" + node.text + ")";
  }
  return "?";
}

std::string parsed(std::string_view query) {
  return show(parse_query(query));
}

// The column of the QueryError that `query` raises, or 0 when it parses.
std::size_t error_column(std::string_view query) {
  try {
    parse_query(query);
  } catch (const QueryError& e) {
    return e.column();
  }
  return 0;
}

TEST(QueryParser, ReadsSingleWord) {
  EXPECT_EQ(parsed("putin"), "putin");
}

TEST(QueryParser, JoinsBareWordsWithImplicitAnd) {
  EXPECT_EQ(parsed("putin dialogue"), "(AND putin dialogue)");
}

TEST(QueryParser, ReadsStraightQuotedPhrase) {
  EXPECT_EQ(parsed("\"third world war\""), "\"third world war\"");
}

TEST(QueryParser, ReadsCurlyQuotedPhrase) {
  EXPECT_EQ(parsed("\xE2\x80\x9Cthird world war\xE2\x80\x9D"), "\"third world war\"");
}

TEST(QueryParser, ReadsGuillemetPhrase) {
  EXPECT_EQ(parsed("«третья мировая война»"), "\"третья мировая война\"");
}

TEST(QueryParser, ReadsPhraseAmongWords) {
  EXPECT_EQ(parsed("nato \"security guarantees\" russia"),
            "(AND nato \"security guarantees\" russia)");
}

TEST(QueryParser, ReadsExplicitAnd) {
  EXPECT_EQ(parsed("a AND b"), "(AND a b)");
}

TEST(QueryParser, ReadsOr) {
  EXPECT_EQ(parsed("a OR b OR c"), "(OR a b c)");
}

TEST(QueryParser, BindsAndTighterThanOr) {
  EXPECT_EQ(parsed("a b OR c"), "(OR (AND a b) c)");
  EXPECT_EQ(parsed("a OR b AND c"), "(OR a (AND b c))");
}

TEST(QueryParser, TreatsLowerCaseOperatorsAsWords) {
  EXPECT_EQ(parsed("war or peace"), "(AND war or peace)");
}

TEST(QueryParser, ReadsLeadingNotAsMatchAllExcept) {
  EXPECT_EQ(parsed("NOT sanctions"), "(NOT * sanctions)");
  EXPECT_EQ(parsed("-sanctions"), "(NOT * sanctions)");
}

TEST(QueryParser, ReadsInfixNotAndMinus) {
  EXPECT_EQ(parsed("putin NOT trump"), "(NOT putin trump)");
  EXPECT_EQ(parsed("putin -trump"), "(NOT putin trump)");
}

TEST(QueryParser, GroupsWithParentheses) {
  EXPECT_EQ(parsed("(putin OR kremlin) sanctions"), "(AND (OR putin kremlin) sanctions)");
  EXPECT_EQ(parsed("a (b OR (c d))"), "(AND a (OR b (AND c d)))");
}

TEST(QueryParser, ReadsNearWithDefaultWindow) {
  EXPECT_EQ(parsed("putin NEAR trump"), "(NEAR/10 putin trump)");
}

TEST(QueryParser, ReadsNearWithExplicitWindow) {
  EXPECT_EQ(parsed("putin NEAR/5 trump"), "(NEAR/5 putin trump)");
}

TEST(QueryParser, ReadsOrderedAdj) {
  EXPECT_EQ(parsed("grain ADJ/3 corridor"), "(ADJ/3 grain corridor)");
  EXPECT_EQ(parsed("grain ADJ corridor"), "(ADJ/10 grain corridor)");
}

TEST(QueryParser, BindsNearTighterThanAnd) {
  EXPECT_EQ(parsed("talks putin NEAR trump"), "(AND talks (NEAR/10 putin trump))");
}

TEST(QueryParser, ReadsFieldNamesInAnyCase) {
  EXPECT_EQ(parsed("Title:putin"), "title:putin");
  EXPECT_EQ(parsed("OUTLET:Reuters SPEAKER:Putin"), "(AND outlet:Reuters speaker:Putin)");
  EXPECT_EQ(parsed("Date:2025"), "date[2025-01-01..2025-12-31]");
  EXPECT_THROW(parse_query("Titel:putin"), QueryError);
}

TEST(QueryParser, AppliesAFieldToEveryTermOfAGroup) {
  EXPECT_EQ(parsed("title:(sanctions OR embargo)"), "(OR title:sanctions title:embargo)");
  EXPECT_EQ(parsed("title:(\"grain deal\" -russia)"), "(NOT title:\"grain deal\" title:russia)");
  EXPECT_EQ(parsed("date:(2024 OR 2025-06)"),
            "(OR date[2024-01-01..2024-12-31] date[2025-06-01..2025-06-30])");
  EXPECT_THROW(parse_query("title:(a NEAR b)"), QueryError);
  EXPECT_THROW(parse_query("title:(outlet:x)"), QueryError);
}

TEST(QueryParser, ReadsUnknownDate) {
  EXPECT_EQ(parsed("date:unknown"), "date[unknown]");
  EXPECT_EQ(parsed("outlet:unknown"), "outlet:unknown");
}

TEST(QueryParser, ReadsAnyProximityDistance) {
  EXPECT_EQ(parsed("a NEAR/1000 b"), "(NEAR/1000 a b)");
  EXPECT_EQ(parsed("a ADJ/25000 b"), "(ADJ/25000 a b)");
  EXPECT_EQ(parsed("a NEAR/1000000 b"), "(NEAR/1000000 a b)");
  EXPECT_THROW(parse_query("a NEAR/1000001 b"), QueryError);
  EXPECT_THROW(parse_query("a NEAR/99999999999999999999999 b"), QueryError);
}

TEST(QueryParser, ReadsLexisProximity) {
  EXPECT_EQ(parsed("sanctions w/5 embargo"), "(NEAR/5 sanctions embargo)");
  EXPECT_EQ(parsed("sanctions W/5 embargo"), "(NEAR/5 sanctions embargo)");
  EXPECT_EQ(parsed("sanctions pre/3 embargo"), "(ADJ/3 sanctions embargo)");
  EXPECT_EQ(parsed("w/ x"), "(AND w/ x)");  // not an operator: a word
  EXPECT_THROW(parse_query("a w/0 b"), QueryError);
}

TEST(QueryParser, ReadsWordProximityBetweenPhrasesAndGroups) {
  EXPECT_EQ(parsed("(iraq OR iran) w/10 war"), "(NEAR/10 (OR iraq iran) war)");
  EXPECT_EQ(parsed("\"white house\" pre/6 \"press secretary\""),
            "(ADJ/6 \"white house\" \"press secretary\")");
  EXPECT_THROW(parse_query("a NEAR/3 (b AND c)"), QueryError);
  EXPECT_THROW(parse_query("a w/5 title:b"), QueryError);
  EXPECT_THROW(parse_query("a NEAR/5"), QueryError);
}

TEST(QueryParser, ReadsSameSentenceAndParagraphBetweenWordsPhrasesAndGroups) {
  EXPECT_EQ(parsed("a w/s b"), "(W/S a b)");
  EXPECT_EQ(parsed("a W/P b w/p c"), "(W/P a b c)");
  EXPECT_EQ(parsed("(sanction* OR embargo) w/s \"european union\""),
            "(W/S (OR sanction* embargo) \"european union\")");
  EXPECT_THROW(parse_query("a w/s b NEAR/3 c"), QueryError);  // units and windows do not mix
  EXPECT_THROW(parse_query("a w/s (b AND c)"), QueryError);
  EXPECT_THROW(parse_query("a w/s title:b"), QueryError);
  EXPECT_THROW(parse_query("a w/seg b"), QueryError);
}

TEST(QueryParser, RefusesQueriesPastTheTermLimit) {
  std::string query;
  for (std::size_t i = 0; i < kMaxQueryTerms; ++i) query += "w" + std::to_string(i) + " ";
  EXPECT_NO_THROW(parse_query(query));
  EXPECT_THROW(parse_query(query + "one_more"), QueryError);
}

TEST(QueryParser, RefusesQueriesPastTheProximityLimit) {
  std::string query = "w0";
  for (std::size_t i = 1; i <= kMaxProximityOperators; ++i) query += " NEAR w" + std::to_string(i);
  EXPECT_NO_THROW(parse_query(query));
  EXPECT_THROW(parse_query(query + " NEAR last"), QueryError);
}

TEST(QueryParser, NotesLowerCaseOperatorsBetweenTerms) {
  std::vector<std::string> notes;
  EXPECT_EQ(show(parse_query("war or peace", &notes)), "(AND war or peace)");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_NE(notes[0].find("OR"), std::string::npos) << notes[0];
  notes.clear();
  parse_query("or peace", &notes);  // not between two terms
  parse_query("war and", &notes);
  EXPECT_TRUE(notes.empty());
  parse_query("\"a b\" near (c OR d)", &notes);
  EXPECT_EQ(notes.size(), 1u);
}

TEST(QueryParser, ReadsTitleFieldWord) {
  EXPECT_EQ(parsed("title:sanctions"), "title:sanctions");
}

TEST(QueryParser, ReadsTitleFieldPhrase) {
  QueryNode node = parse_query("title:\"grain deal\"");
  EXPECT_EQ(node.kind, QueryNode::Kind::kField);
  EXPECT_EQ(node.field, QueryField::kTitle);
  EXPECT_EQ(node.text, "grain deal");
  EXPECT_TRUE(node.phrase);
}

TEST(QueryParser, ReadsQuotedOutletFilter) {
  EXPECT_EQ(parsed("outlet:\"The Moscow Times\""), "outlet:\"The Moscow Times\"");
}

TEST(QueryParser, ReadsSpeakerFilter) {
  QueryNode node = parse_query("speaker:Putin");
  EXPECT_EQ(node.kind, QueryNode::Kind::kField);
  EXPECT_EQ(node.field, QueryField::kSpeaker);
  EXPECT_EQ(node.text, "Putin");
  EXPECT_FALSE(node.phrase);
}

TEST(QueryParser, CombinesFiltersWithWords) {
  EXPECT_EQ(parsed("sanctions outlet:Reuters date:2025"),
            "(AND sanctions outlet:Reuters date[2025-01-01..2025-12-31])");
}

TEST(QueryParser, ExpandsYearDate) {
  EXPECT_EQ(parsed("date:2025"), "date[2025-01-01..2025-12-31]");
}

TEST(QueryParser, ExpandsMonthDate) {
  EXPECT_EQ(parsed("date:2025-01"), "date[2025-01-01..2025-01-31]");
}

TEST(QueryParser, ExpandsDayDate) {
  EXPECT_EQ(parsed("date:2025-01-20"), "date[2025-01-20..2025-01-20]");
}

TEST(QueryParser, ReadsClosedDateRange) {
  EXPECT_EQ(parsed("date:2025-01-01..2025-01-31"), "date[2025-01-01..2025-01-31]");
}

TEST(QueryParser, ReadsOpenEndedDateRanges) {
  EXPECT_EQ(parsed("date:2024.."), "date[2024-01-01..]");
  EXPECT_EQ(parsed("date:..2024-06"), "date[..2024-06-30]");
}

TEST(QueryParser, ExpandsFebruaryToItsLastDay) {
  EXPECT_EQ(parsed("date:2025-02"), "date[2025-02-01..2025-02-28]");
}

TEST(QueryParser, DoesNotTakeUrlsAsFields) {
  EXPECT_EQ(parsed("http://x.y"), "http://x.y");
  EXPECT_EQ(parsed("see https://news.example/a"), "(AND see https://news.example/a)");
}

TEST(QueryParser, SeparatesWordsAtNoBreakSpace) {
  EXPECT_EQ(parsed("putin\xC2\xA0trump"), "(AND putin trump)");
}

TEST(QueryParser, RecordsNodeColumns) {
  QueryNode node = parse_query("putin  trump");
  ASSERT_EQ(node.children.size(), 2u);
  EXPECT_EQ(node.children[0].column, 1u);
  EXPECT_EQ(node.children[1].column, 8u);
}

TEST(QueryParserErrors, RejectsEmptyQuery) {
  EXPECT_THROW(parse_query(""), QueryError);
  EXPECT_THROW(parse_query("   "), QueryError);
}

TEST(QueryParserErrors, RejectsUnclosedParenthesisAtItsColumn) {
  EXPECT_THROW(parse_query("(a"), QueryError);
  EXPECT_EQ(error_column("(a"), 1u);
  EXPECT_EQ(error_column("x (a b"), 3u);
}

TEST(QueryParserErrors, RejectsUnopenedParenthesisAtItsColumn) {
  EXPECT_THROW(parse_query("a)"), QueryError);
  EXPECT_EQ(error_column("a)"), 2u);
}

TEST(QueryParserErrors, RejectsDanglingAnd) {
  EXPECT_THROW(parse_query("a AND"), QueryError);
}

TEST(QueryParserErrors, RejectsLeadingOr) {
  EXPECT_THROW(parse_query("OR a"), QueryError);
  EXPECT_EQ(error_column("OR a"), 1u);
}

TEST(QueryParserErrors, RejectsDanglingOrAndNot) {
  EXPECT_THROW(parse_query("a OR"), QueryError);
  EXPECT_THROW(parse_query("a NOT"), QueryError);
  EXPECT_THROW(parse_query("a NEAR"), QueryError);
}

TEST(QueryParserErrors, RejectsUnterminatedQuoteAtItsColumn) {
  EXPECT_THROW(parse_query("\"third world"), QueryError);
  EXPECT_EQ(error_column("war \"third world"), 5u);
}

TEST(QueryParserErrors, RejectsUnknownFieldAtItsColumn) {
  EXPECT_THROW(parse_query("foo:bar"), QueryError);
  EXPECT_EQ(error_column("putin foo:bar"), 7u);
}

TEST(QueryParserErrors, RejectsImpossibleMonth) {
  EXPECT_THROW(parse_query("date:2025-13"), QueryError);
}

TEST(QueryParserErrors, RejectsMalformedDate) {
  EXPECT_THROW(parse_query("date:yesterday"), QueryError);
  EXPECT_THROW(parse_query("date:2025-02-30"), QueryError);
  EXPECT_THROW(parse_query("date:.."), QueryError);
}

TEST(QueryParserErrors, RejectsBackwardsDateRange) {
  EXPECT_THROW(parse_query("date:2025-02-01..2025-01-01"), QueryError);
}

TEST(QueryParserErrors, RejectsZeroNearDistance) {
  EXPECT_THROW(parse_query("NEAR/0"), QueryError);
  EXPECT_EQ(error_column("a NEAR/0 b"), 3u);
}

TEST(QueryParserErrors, RejectsFieldWithoutValue) {
  EXPECT_THROW(parse_query("title:"), QueryError);
  EXPECT_THROW(parse_query("title: sanctions"), QueryError);
}

TEST(QueryParserErrors, QueryErrorIsUsageErrorWithColumnInMessage) {
  try {
    parse_query("putin foo:bar");
    FAIL() << "expected QueryError";
  } catch (const UsageError& e) {
    std::string message = e.what();
    EXPECT_NE(message.find("7"), std::string::npos) << message;
    EXPECT_EQ(message.find('\n'), std::string::npos) << message;
  }
}

TEST(ExpandDateBound, ExpandsYearMonthAndDay) {
  EXPECT_EQ(expand_date_bound("2025", false), "2025-01-01");
  EXPECT_EQ(expand_date_bound("2025", true), "2025-12-31");
  EXPECT_EQ(expand_date_bound("2025-01", false), "2025-01-01");
  EXPECT_EQ(expand_date_bound("2025-01", true), "2025-01-31");
  EXPECT_EQ(expand_date_bound("2025-01-20", false), "2025-01-20");
  EXPECT_EQ(expand_date_bound("2025-01-20", true), "2025-01-20");
}

TEST(ExpandDateBound, EndsShortMonthsOnTheirLastDay) {
  EXPECT_EQ(expand_date_bound("2025-02", true), "2025-02-28");
  EXPECT_EQ(expand_date_bound("2024-02", true), "2024-02-29");
  EXPECT_EQ(expand_date_bound("2025-04", true), "2025-04-30");
}

TEST(ExpandDateBound, ReturnsEmptyForBadBounds) {
  EXPECT_EQ(expand_date_bound("2025-13", false), "");
  EXPECT_EQ(expand_date_bound("2025-02-30", false), "");
  EXPECT_EQ(expand_date_bound("25", false), "");
  EXPECT_EQ(expand_date_bound("2025-1-1", false), "");
  EXPECT_EQ(expand_date_bound("", true), "");
  EXPECT_EQ(expand_date_bound("abcd", true), "");
}

TEST(QueryParser, ReadsSingleWordGuillemetPhrase) {
  EXPECT_EQ(parsed("«ёлочки»"), "\"ёлочки\"");
}

TEST(QueryParserErrors, RejectsDoubleNot) {
  EXPECT_THROW(parse_query("a NOT NOT b"), QueryError);
}

TEST(QueryParserErrors, RejectsEmptyParentheses) {
  EXPECT_THROW(parse_query("a ()"), QueryError);
}

TEST(QueryParser, ReadsAtLeastInEverySpelling) {
  EXPECT_EQ(parsed("atleast3(sanctions)"), "atleast3(sanctions)");
  EXPECT_EQ(parsed("AtLeast3 (sanctions)"), "atleast3(sanctions)");
  EXPECT_EQ(parsed("atleast2 sanctions"), "atleast2(sanctions)");
  EXPECT_EQ(parsed("atleast5(negotiat*) putin"), "(AND atleast5(negotiat*) putin)");
  EXPECT_EQ(parsed("-atleast2(war) peace"), "(NOT peace atleast2(war))");
  EXPECT_EQ(parsed("atleast"), "atleast") << "without N it is a word";
  EXPECT_EQ(parsed("atleastx(war)"), "(AND atleastx war)");
}

TEST(QueryParser, RefusesAtLeastWithoutOneWordOrWithBadCount) {
  EXPECT_EQ(error_column("atleast0(war)"), 1u);
  EXPECT_EQ(error_column("peace atleast100001(war)"), 7u);
  EXPECT_EQ(error_column("atleast2(war peace)"), 1u);
  EXPECT_EQ(error_column("atleast2(\"world war\")"), 1u);
  EXPECT_EQ(error_column("atleast2()"), 1u);
  EXPECT_EQ(error_column("atleast2"), 1u);
  EXPECT_EQ(error_column("title:(atleast2(war))"), 8u);
}

}  // namespace
}  // namespace rostra
