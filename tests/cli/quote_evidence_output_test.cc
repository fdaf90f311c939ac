// Quote hits show the evidence of their attribution (rule, mention, the words as written) in
// the human and JSON output, and quotes stored before the evidence existed still display.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "common/cli/search_output.h"

namespace rostra {
namespace {

SearchResults one_quote(const StoredQuote& q) {
  SearchResults results;
  results.total = 1;
  SearchHit& hit = results.hits.emplace_back();
  hit.rank = 1;
  hit.quote = q;
  hit.snippet.text = q.text;
  return results;
}

StoredQuote attributed_by_pronoun() {
  StoredQuote q;
  q.text = "We will hold the line.";
  q.speaker = "Lena Farr";
  q.cue = "said";
  q.rule = AttributionRule::kCueAfter;
  q.mention = SpeakerMention::kPronoun;
  q.as_written = "she";
  q.title = "Harbour vote";
  return q;
}

SearchRequest quote_request() {
  SearchRequest request;
  request.quotes = true;
  return request;
}

TEST(QuoteEvidenceOutput, ShowsTheCueRuleAndMentionBesideTheSpeaker) {
  std::ostringstream out;
  print_results_human(out, quote_request(), one_quote(attributed_by_pronoun()),
                      HighlightStyle::kPlain);
  EXPECT_NE(out.str().find("Lena Farr (said; cue-after, pronoun \u201Cshe\u201D)"),
            std::string::npos)
      << out.str();
}

TEST(QuoteEvidenceOutput, PutsTheEvidenceInTheJsonLine) {
  std::ostringstream out;
  print_results_json(out, quote_request(), one_quote(attributed_by_pronoun()));
  EXPECT_NE(out.str().find("\"cue\":\"said\",\"rule\":\"cue-after\",\"mention\":\"pronoun\","
                           "\"as_written\":\"she\""),
            std::string::npos)
      << out.str();
}

TEST(QuoteEvidenceOutput, ShowsAQuoteStoredWithoutEvidenceWithItsCueAlone) {
  StoredQuote old = attributed_by_pronoun();
  old.rule = AttributionRule::kNone;
  old.mention = SpeakerMention::kNone;
  old.as_written.clear();
  std::ostringstream human;
  print_results_human(human, quote_request(), one_quote(old), HighlightStyle::kPlain);
  EXPECT_NE(human.str().find("Lena Farr (said) \u00B7 "), std::string::npos) << human.str();
  std::ostringstream json;
  print_results_json(json, quote_request(), one_quote(old));
  EXPECT_NE(json.str().find("\"rule\":\"none\",\"mention\":\"none\",\"as_written\":null"),
            std::string::npos)
      << json.str();
}

}  // namespace
}  // namespace rostra
