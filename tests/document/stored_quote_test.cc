// The stored quote record: a round trip keeps every field, the evidence included.
#include "common/document/stored_quote.h"

#include <gtest/gtest.h>

#include "common/base/record_codec.h"

namespace rostra {
namespace {

TEST(StoredQuote, KeepsTheEvidenceOfTheAttributionThroughARoundTrip) {
  StoredQuote q;
  q.text = "We will not retreat.";
  q.speaker = "Lena Farr";
  q.cue = "said";
  q.rule = AttributionRule::kInterrupted;
  q.mention = SpeakerMention::kPronoun;
  q.as_written = "she";
  q.start = 12;
  q.end = 32;
  q.article_id = "a1";
  q.language = "en";
  StoredQuote back = decode_stored_quote(encode_stored_quote(q));
  EXPECT_EQ(back.text, q.text);
  EXPECT_EQ(back.speaker, q.speaker);
  EXPECT_EQ(back.cue, q.cue);
  EXPECT_EQ(back.rule, AttributionRule::kInterrupted);
  EXPECT_EQ(back.mention, SpeakerMention::kPronoun);
  EXPECT_EQ(back.as_written, "she");
  EXPECT_EQ(back.start, 12u);
  EXPECT_EQ(back.end, 32u);
  EXPECT_EQ(back.article_id, "a1");
}

// An index written before the evidence fields (format 1) still reads: its quotes keep their
// speaker and cue, with no evidence.
TEST(StoredQuote, ReadsARecordWrittenBeforeTheEvidenceFields) {
  RecordWriter old(1);
  for (std::string_view field : {"We stay.", "Lena Farr", "said"}) old.add(field);
  old.add(std::uint64_t{0});  // kind: quote
  old.add(std::uint64_t{4});
  old.add(std::uint64_t{12});
  for (std::string_view field : {"a1", "Title", "", "2024-01-02", "Wire", "en"}) old.add(field);
  StoredQuote back = decode_stored_quote(old.compressed());
  EXPECT_EQ(back.text, "We stay.");
  EXPECT_EQ(back.speaker, "Lena Farr");
  EXPECT_EQ(back.cue, "said");
  EXPECT_EQ(back.kind, QuoteKind::kQuote);
  EXPECT_EQ(back.end, 12u);
  EXPECT_EQ(back.outlet, "Wire");
  EXPECT_EQ(back.rule, AttributionRule::kNone);
  EXPECT_EQ(back.mention, SpeakerMention::kNone);
  EXPECT_EQ(back.as_written, "");
}

TEST(StoredQuote, KeepsTheLastAttributionRuleThroughARoundTrip) {
  StoredQuote q;
  q.speaker = "Lena Farr";
  q.rule = AttributionRule::kContext;
  q.mention = SpeakerMention::kName;
  StoredQuote back = decode_stored_quote(encode_stored_quote(q));
  EXPECT_EQ(back.rule, AttributionRule::kContext);
  EXPECT_EQ(attribution_rule_name(back.rule), "context");
}

TEST(StoredQuote, RejectsDataThatIsNotARecord) {
  EXPECT_THROW(decode_stored_quote("not a record"), std::runtime_error);
}

}  // namespace
}  // namespace rostra
