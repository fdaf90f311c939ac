// The stored quote record: a round trip keeps every field, the evidence included.
#include "common/document/stored_quote.h"

#include <gtest/gtest.h>

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

TEST(StoredQuote, RejectsDataThatIsNotARecord) {
  EXPECT_THROW(decode_stored_quote("not a record"), std::runtime_error);
}

}  // namespace
}  // namespace rostra
