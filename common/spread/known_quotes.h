#pragma once
// The spoken quotes an indexing run wrote, as placing them in clusters needs them: their id,
// date, language, article, speaker and wording, the wording made by the document builder from
// the tokens and stems it indexed the quote by. Handed to placing (cluster_store.h), so that a
// quote is analysed once, while it is indexed, and placing neither reads its record back nor
// analyses it again.

#include <cstddef>
#include <string>
#include <unordered_map>

#include "common/spread/quote_clusterer.h"

namespace rostra {

/// Quotes by their id term. A quote written twice in one run is kept as last written (as the
/// index holds it). Bounded: once it holds about `max_bytes`, it keeps no more, and placing
/// reads and analyses the quotes it lacks itself. Not thread-safe.
class KnownQuotes {
 public:
  static constexpr std::size_t kDefaultMaxBytes = std::size_t{512} << 20;

  explicit KnownQuotes(std::size_t max_bytes = kDefaultMaxBytes) : max_bytes_(max_bytes) {}

  /// Keeps `q` (q.text may be empty: placing reads only its wording), replacing a quote of
  /// the same id, while there is room.
  void add(SpreadQuote q);

  /// Moves the quote `id` into `out` and forgets it; false when none is kept.
  bool take(const std::string& id, SpreadQuote& out);

  std::size_t size() const { return quotes_.size(); }
  /// About how much memory the kept quotes take.
  std::size_t bytes() const { return bytes_; }

 private:
  std::size_t max_bytes_;
  std::size_t bytes_ = 0;
  std::unordered_map<std::string, SpreadQuote> quotes_;
};

}  // namespace rostra
