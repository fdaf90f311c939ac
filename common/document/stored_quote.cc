#include "common/document/stored_quote.h"

#include <stdexcept>

#include "common/base/record_codec.h"

namespace rostra {
namespace {

// Persisted: the layout version of the stored quote record.
constexpr char kStoredFormat = 1;

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
  return out.compressed();
}

StoredQuote decode_stored_quote(std::string_view data) {
  RecordReader in(data, kStoredFormat);
  StoredQuote q;
  q.text = in.string();
  q.speaker = in.string();
  q.cue = in.string();
  std::uint64_t kind = in.number();
  if (kind > static_cast<std::uint64_t>(QuoteKind::kScare)) {
    throw std::runtime_error("stored quote: bad kind");
  }
  q.kind = static_cast<QuoteKind>(kind);
  q.start = static_cast<std::uint32_t>(in.number());
  q.end = static_cast<std::uint32_t>(in.number());
  q.article_id = in.string();
  q.title = in.string();
  q.url = in.string();
  q.date = in.string();
  q.outlet = in.string();
  q.language = in.string();
  return q;
}

}  // namespace rostra
