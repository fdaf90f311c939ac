#include "common/spread/known_quotes.h"

#include <utility>
#include <vector>

namespace rostra {
namespace {

std::size_t string_bytes(const std::string& s) {
  return s.size() >= sizeof(std::string) ? s.capacity() + 1 : 0;  // beyond the short buffer
}

std::size_t strings_bytes(const std::vector<std::string>& strings) {
  std::size_t n = strings.capacity() * sizeof(std::string);
  for (const std::string& s : strings) n += string_bytes(s);
  return n;
}

// About the memory `q` takes in the map: its node and what its members point to.
std::size_t footprint(const SpreadQuote& q) {
  const QuoteWording& w = q.wording;
  std::size_t n = 64 + sizeof(SpreadQuote) + string_bytes(q.id) + string_bytes(q.text) +
                  string_bytes(q.date) + string_bytes(q.language) + string_bytes(q.article_id) +
                  string_bytes(q.speaker) + string_bytes(w.key) +
                  w.shingles.capacity() * sizeof(std::uint64_t) + strings_bytes(w.content) +
                  strings_bytes(w.numbers) + strings_bytes(w.names) +
                  w.sentences.capacity() * sizeof(std::vector<std::string>);
  for (const std::vector<std::string>& sentence : w.sentences) n += strings_bytes(sentence);
  return n;
}

}  // namespace

void KnownQuotes::add(SpreadQuote q) {
  const std::size_t size = footprint(q);
  auto it = quotes_.find(q.id);
  if (it != quotes_.end()) {
    bytes_ -= std::min(bytes_, footprint(it->second));
    bytes_ += size;
    it->second = std::move(q);
    return;
  }
  if (bytes_ >= max_bytes_) return;
  bytes_ += size;
  std::string id = q.id;
  quotes_.emplace(std::move(id), std::move(q));
}

bool KnownQuotes::take(const std::string& id, SpreadQuote& out) {
  auto it = quotes_.find(id);
  if (it == quotes_.end()) return false;
  bytes_ -= std::min(bytes_, footprint(it->second));
  out = std::move(it->second);
  quotes_.erase(it);
  return true;
}

}  // namespace rostra
