#include "common/document/stored_quote.h"

#include <stdexcept>

#include "common/base/record_codec.h"

namespace rostra {
namespace {

// Persisted: the layout version of the stored quote record. Format 2 added the evidence
// (rule, mention, as written) after the fields of format 1.
constexpr char kStoredFormat = 2;
constexpr char kFormatWithoutEvidence = 1;

template <typename Enum>
Enum bounded_enum(std::uint64_t value, Enum last, const char* what) {
  if (value > static_cast<std::uint64_t>(last)) {
    throw std::runtime_error(std::string("stored quote: bad ") + what);
  }
  return static_cast<Enum>(value);
}

StoredQuote decode_fields(RecordReader& in, bool evidence) {
  StoredQuote q;
  q.text = in.string();
  q.speaker = in.string();
  q.cue = in.string();
  q.kind = bounded_enum(in.number(), QuoteKind::kTurn, "kind");
  q.start = static_cast<std::uint32_t>(in.number());
  q.end = static_cast<std::uint32_t>(in.number());
  q.article_id = in.string();
  q.title = in.string();
  q.url = in.string();
  q.date = in.string();
  q.outlet = in.string();
  q.language = in.string();
  if (evidence) {
    q.rule = bounded_enum(in.number(), AttributionRule::kContext, "rule");
    q.mention = bounded_enum(in.number(), SpeakerMention::kDescription, "mention");
    q.as_written = in.string();
  }
  return q;
}

}  // namespace

std::string encode_stored_quote(const StoredQuote& q) {
  RecordWriter out(kStoredFormat);
  out.add(q.text);
  out.add(q.speaker);
  out.add(q.cue);
  out.add(static_cast<std::uint64_t>(q.kind));
  out.add(q.start);
  out.add(q.end);
  out.add(q.article_id);
  out.add(q.title);
  out.add(q.url);
  out.add(q.date);
  out.add(q.outlet);
  out.add(q.language);
  out.add(static_cast<std::uint64_t>(q.rule));
  out.add(static_cast<std::uint64_t>(q.mention));
  out.add(q.as_written);
  return out.compressed();
}

StoredQuote decode_stored_quote(std::string_view data) {
  // The format byte is inside the compressed frame: try the current format first, and read
  // an index written before the evidence fields as format 1.
  try {
    RecordReader in(data, kStoredFormat);
    return decode_fields(in, true);
  } catch (const std::runtime_error& current) {
    try {
      RecordReader in(data, kFormatWithoutEvidence);
      return decode_fields(in, false);
    } catch (const std::runtime_error&) {
      throw current;
    }
  }
}

}  // namespace rostra
