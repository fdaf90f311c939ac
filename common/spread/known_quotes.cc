#include "common/spread/known_quotes.h"

#include <algorithm>

#include "common/base/text_util.h"
#include "common/base/varint.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

// Room of one buffer of packed quotes: large, so that buffers cost nothing to keep apart, and
// a buffer never grows (a growing one would copy what it holds).
constexpr std::size_t kChunkBytes = std::size_t{4} << 20;

// What a word of the table costs besides its letters: its string, map entry and bucket.
constexpr std::size_t kWordBytes = 96;
// What a quote's place costs: its map node and bucket.
constexpr std::size_t kPlaceBytes = 48;

void put_text(std::string& out, std::string_view s) {
  put_varint(out, s.size());
  out.append(s);
}

// Reads what a packed quote holds, in the order pack wrote it; `ok` turns false at the first
// field cut off (only a bug would cut one: the buffers are this object's own).
class Unpacker {
 public:
  explicit Unpacker(std::string_view data) : p_(data.data()), end_(data.data() + data.size()) {}

  std::uint64_t number() {
    std::uint64_t n = 0;
    ok_ = ok_ && get_varint(p_, end_, n);
    return n;
  }
  std::string text() {
    const std::uint64_t n = number();
    if (!ok_ || n > static_cast<std::uint64_t>(end_ - p_)) {
      ok_ = false;
      return {};
    }
    std::string out(p_, n);
    p_ += n;
    return out;
  }
  bool ok() const { return ok_ && p_ == end_; }
  // What is left to read.
  std::string_view rest() const {
    return ok_ ? std::string_view(p_, end_ - p_) : std::string_view();
  }

 private:
  const char* p_;
  const char* end_;
  bool ok_ = true;
};

}  // namespace

std::uint32_t KnownQuotes::word_number(std::string_view word) {
  if (auto it = numbers_.find(word); it != numbers_.end()) return it->second;
  const auto n = static_cast<std::uint32_t>(words_.size());
  const std::string& kept = words_.emplace_back(word);
  numbers_.emplace(kept, n);
  bytes_ += kWordBytes + (kept.size() >= sizeof(std::string) ? kept.capacity() + 1 : 0);
  return n;
}

void KnownQuotes::pack(const SpreadQuote& q, std::string& out) {
  const QuoteWording& w = q.wording;
  auto put_words = [&](const std::vector<std::string>& words) {
    put_varint(out, words.size());
    for (const std::string& word : words) put_varint(out, word_number(word));
  };
  out.clear();
  put_text(out, q.article_id);
  // A quote's id is mostly its article's id with a prefix and a number: only the rest kept.
  const std::string_view id = q.id;
  const bool derived = id.starts_with(schema::kPrefixId) &&
                       id.substr(schema::kPrefixId.size()).starts_with(q.article_id);
  put_varint(out, derived ? 1 : 0);
  put_text(out, derived ? id.substr(schema::kPrefixId.size() + q.article_id.size()) : id);
  put_text(out, q.date);
  put_varint(out, word_number(q.language));
  put_varint(out, word_number(q.speaker));
  put_varint(out, w.length);
  put_text(out, w.key);
  put_varint(out, w.shingles.size());
  std::uint64_t previous = 0;
  for (std::uint64_t s : w.shingles) {  // sorted: deltas
    put_varint(out, s - previous);
    previous = s;
  }
  put_words(w.content);
  put_varint(out, w.sentences.size());
  for (const std::vector<std::string>& sentence : w.sentences) {
    // A sentence's stems are among the quote's (sorted): each is its position there; one that
    // is not (no wording made by quote_wording has one) is the word table's number after them.
    put_varint(out, sentence.size());
    for (const std::string& stem : sentence) {
      auto at = std::lower_bound(w.content.begin(), w.content.end(), stem);
      put_varint(out, at != w.content.end() && *at == stem
                          ? static_cast<std::uint64_t>(at - w.content.begin())
                          : w.content.size() + word_number(stem));
    }
  }
  put_words(w.numbers);
  put_words(w.names);
}

std::string KnownQuotes::word(std::uint64_t n) const {
  return n < words_.size() ? words_[n] : std::string();
}

bool KnownQuotes::unpack_head(std::string_view data, SpreadQuote& q,
                              std::string_view& wording) const {
  Unpacker in(data);
  q.article_id = in.text();
  const bool derived = in.number() == 1;
  q.id = derived ? std::string(schema::kPrefixId) + q.article_id + in.text() : in.text();
  q.text.clear();
  q.date = in.text();
  q.language = word(in.number());
  q.speaker = word(in.number());
  wording = in.rest();
  return !wording.empty();
}

bool KnownQuotes::unpack_wording(std::string_view data, QuoteWording& w) const {
  Unpacker in(data);
  auto words = [&] {
    std::vector<std::string> out(std::min<std::uint64_t>(in.number(), data.size()));
    for (std::string& each : out) each = word(in.number());
    return out;
  };
  w.length = in.number();
  w.key = in.text();
  w.shingles.resize(std::min<std::uint64_t>(in.number(), data.size()));
  std::uint64_t previous = 0;
  for (std::uint64_t& s : w.shingles) s = previous += in.number();
  w.content = words();
  w.sentences.resize(std::min<std::uint64_t>(in.number(), data.size()));
  for (std::vector<std::string>& sentence : w.sentences) {
    sentence.resize(std::min<std::uint64_t>(in.number(), data.size()));
    for (std::string& stem : sentence) {
      const std::uint64_t n = in.number();
      stem = n < w.content.size() ? w.content[n] : word(n - w.content.size());
    }
  }
  w.numbers = words();
  w.names = words();
  return in.ok();
}

void KnownQuotes::add(const SpreadQuote& q) {
  const std::uint64_t id = hash64(q.id);
  auto it = where_.find(id);
  if (bytes_ >= max_bytes_) {
    // Full: a quote written again is forgotten (placing reads it back from the index), so
    // rewrites cannot grow the store past its bound with copies of the old places.
    if (it != where_.end()) where_.erase(it);
    return;
  }
  pack(q, buffer_);
  if (chunks_.empty() || chunks_.back().size() + buffer_.size() > chunks_.back().capacity()) {
    chunks_.emplace_back().reserve(std::max(kChunkBytes, buffer_.size()));
    bytes_ += chunks_.back().capacity();
  }
  const Place place{static_cast<std::uint32_t>(chunks_.size() - 1),
                    static_cast<std::uint32_t>(chunks_.back().size()),
                    static_cast<std::uint32_t>(buffer_.size())};
  chunks_.back() += buffer_;
  // A quote written again takes the new place; its old one stays unused until all is freed.
  if (it != where_.end()) {
    it->second = place;
  } else {
    where_.emplace(id, place);
    bytes_ += kPlaceBytes;
  }
}

KnownQuotes::Places::iterator KnownQuotes::find_head(const std::string& id, SpreadQuote& q,
                                                     std::string_view& wording) {
  auto it = where_.find(hash64(id));
  if (it == where_.end()) return it;
  const Place& place = it->second;
  const std::string_view data =
      std::string_view(chunks_[place.chunk]).substr(place.offset, place.size);
  // Two ids of one hash: the place is the other's, and this quote is read back instead.
  if (!unpack_head(data, q, wording) || q.id != id) return where_.end();
  return it;
}

bool KnownQuotes::take(const std::string& id, SpreadQuote& out) {
  SpreadQuote q;
  std::string_view wording;
  auto it = find_head(id, q, wording);
  if (it == where_.end() || !unpack_wording(wording, q.wording)) return false;
  where_.erase(it);
  out = std::move(q);
  return true;
}

bool KnownQuotes::take_head(const std::string& id, SpreadQuote& out, std::string_view& wording) {
  SpreadQuote q;
  auto it = find_head(id, q, wording);
  if (it == where_.end()) return false;
  where_.erase(it);
  q.wording = std::move(out.wording);  // left as it was
  out = std::move(q);
  return true;
}

}  // namespace rostra
