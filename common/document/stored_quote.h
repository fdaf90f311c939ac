#pragma once
// The data kept in each quote document: what quote searches display.

#include <cstdint>
#include <string>
#include <string_view>

#include "common/model/quote.h"

namespace rostra {

/// A quote with the article it came from.
struct StoredQuote {
  std::string text;  ///< The quoted words; parts of a continued quote joined by "\n\n".
  std::string speaker;
  std::string cue;
  AttributionRule rule = AttributionRule::kNone;   ///< Evidence: the rule that gave the speaker.
  SpeakerMention mention = SpeakerMention::kNone;  ///< Evidence: how the mention was read.
  std::string as_written;                          ///< Evidence: the mention as written.
  QuoteKind kind = QuoteKind::kQuote;
  std::uint32_t start = 0;  ///< Byte offsets of the quote (first part to last) in the body.
  std::uint32_t end = 0;
  std::string article_id;
  std::string title;
  std::string url;
  std::string date;
  std::string outlet;
  std::string language;
};

/// zstd-compressed record; persisted format (see schema.h).
std::string encode_stored_quote(const StoredQuote& quote);

/// Reads records of format 2 and of format 1 (written before the evidence fields, which it
/// leaves at kNone). Throws std::runtime_error on corrupt data.
StoredQuote decode_stored_quote(std::string_view data);

}  // namespace rostra
