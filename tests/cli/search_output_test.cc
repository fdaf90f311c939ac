#include "common/cli/search_output.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

namespace rostra {
namespace {

SearchResults month_facets() {
  SearchResults results;
  results.total = 8;
  results.has_facets = true;
  results.facets.months = {{"2024-01", 1}, {"2024-02", 5}, {"2024-03", 2}};
  results.facets.outlets = {{"Reuters", 6}, {"BBC", 2}};
  return results;
}

// Issue #18: --facet-limit cut date buckets to the earliest N, hiding where the matches are.
TEST(SearchOutput, FacetLimitKeepsTheLargestDateBucketsInDateOrder) {
  FacetView view;
  view.limit = 2;
  std::ostringstream human;
  print_results_human(human, SearchRequest(), month_facets(), HighlightStyle::kPlain, view);
  EXPECT_NE(human.str().find("Months:\n       5  2024-02\n       2  2024-03\n  and 1 more\n"),
            std::string::npos)
      << human.str();
  EXPECT_NE(human.str().find("Outlets:\n       6  Reuters\n       2  BBC\n"), std::string::npos);
  std::ostringstream json;
  print_results_json(json, SearchRequest(), month_facets(), view);
  EXPECT_NE(json.str().find("\"month\":{\"2024-02\":5,\"2024-03\":2}"), std::string::npos)
      << json.str();
}

// What rostra-search prints for `hits` (ranks 1, 2, … given here), in plain text.
std::string human_output(std::vector<SearchHit> hits) {
  SearchResults results;
  results.total = hits.size();
  for (std::size_t i = 0; i < hits.size(); ++i) hits[i].rank = i + 1;
  results.hits = std::move(hits);
  std::ostringstream human;
  print_results_human(human, SearchRequest(), results, HighlightStyle::kPlain, FacetView());
  return human.str();
}

// An article of its headline only (a brief item kept from a web page) says it has no text
// instead of printing an empty line.
TEST(SearchOutput, AHitWithNoTextSaysSo) {
  SearchHit brief;
  brief.article.title = "Minister met the ambassador";
  SearchHit full = brief;
  full.snippet.text = "The minister said the talks went well.";
  std::string out = human_output({brief, full});
  EXPECT_NE(out.find("id \n   (no text)\n\n2. "), std::string::npos) << out;
  EXPECT_NE(out.find("   The minister said the talks went well.\n"), std::string::npos);
}

// A hit from a web archive says which record of which file it came from.
TEST(SearchOutput, AHitFromAWarcRecordNamesTheRecord) {
  SearchHit hit;
  hit.article.title = "Council votes";
  hit.article.id = hit.article.url = "https://example.org/council";
  hit.article.origin_file = "crawl.warc.gz";
  hit.article.origin_record = "<urn:uuid:1234>";
  hit.article.origin_offset = 5120;
  hit.snippet.text = "The council voted.";
  std::string out = human_output({hit});
  EXPECT_NE(out.find("id https://example.org/council · crawl.warc.gz record <urn:uuid:1234> at "
                     "byte 5120\n"),
            std::string::npos)
      << out;
}

TEST(SearchOutput, ListsSpeakersWithAliasesAndSameSurname) {
  SpeakerListing putin;
  putin.name = "Путин";
  putin.quotes = 3;
  putin.canonical = "Vladimir Putin";
  putin.same_surname = {{"vladimir putin", 7}};
  std::ostringstream human;
  print_speakers(human, {putin}, false);
  EXPECT_EQ(human.str(),
            "      3  Путин  (alias of Vladimir Putin)\n"
            "         same surname in the index: vladimir putin (7);\n"
            "1 speaker (quotes attributed to each name)\n");
  std::ostringstream json;
  print_speakers(json, {putin}, true);
  EXPECT_EQ(json.str(),
            "{\"type\":\"speaker\",\"name\":\"Путин\",\"quotes\":3,\"aliases\":[],"
            "\"alias_of\":\"Vladimir Putin\",\"same_surname\":{\"vladimir putin\":7}}\n"
            "{\"type\":\"speakers\",\"listed\":1}\n");
}

}  // namespace
}  // namespace rostra

namespace rostra {
namespace {

// Text printed on one line: a paragraph break inside a quote is a space (it printed "??"),
// escape sequences stay disarmed, and every byte keeps its offset.
TEST(PrintableText, BreaksBecomeSpacesAndControlsQuestionMarks) {
  const std::string text =
      "Thank you.\n\nWe go on.\r\n\x1b]2;x\x07 \xC2\x9B"
      "1m";
  const std::string shown = printable_text(text, false);
  EXPECT_EQ(shown, "Thank you.  We go on.  ?]2;x? ??1m");
  EXPECT_EQ(shown.size(), text.size());
  EXPECT_EQ(printable_text("a\nb", true), "a\nb");
}

}  // namespace
}  // namespace rostra
