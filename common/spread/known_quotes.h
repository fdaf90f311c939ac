#pragma once
// The spoken quotes an indexing run wrote, as placing them in clusters needs them: their id,
// date, language, article, speaker and wording, the wording made by the document builder from
// the tokens and stems it indexed the quote by. Handed to placing (cluster_store.h), so that a
// quote is analysed once, while it is indexed, and placing neither reads its record back nor
// analyses it again.

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/spread/quote_clusterer.h"

namespace rostra {

/// Quotes by their id term. A quote written twice in one run is kept as last written (as the
/// index holds it). Bounded: once it holds about `max_bytes`, it keeps no more, and placing
/// reads and analyses the quotes it lacks itself. Each quote is kept packed (about 400 bytes
/// where its SpreadQuote takes 2 KB): its words (stems, names, numbers, speaker, language)
/// as numbers of one word table, its sentences as positions in its content stems, its
/// shingles as varint deltas, all in large shared buffers; a quote's text is not kept.
/// Not thread-safe.
class KnownQuotes {
 public:
  /// The default bound: a million-article bulk load (about 1.65 million quotes, about 700 MB
  /// packed) is kept whole with room to spare, so its placing analyses nothing again; a
  /// larger load keeps its first 3-4 million quotes and reads the rest back.
  static constexpr std::size_t kDefaultMaxBytes = std::size_t{1536} << 20;

  explicit KnownQuotes(std::size_t max_bytes = kDefaultMaxBytes) : max_bytes_(max_bytes) {}

  /// Keeps `q` (its text is dropped: placing reads only its wording), replacing a quote of
  /// the same id, while there is room.
  void add(const SpreadQuote& q);

  /// Moves the quote `id` into `out` (text empty) and forgets it; false when none is kept.
  bool take(const std::string& id, SpreadQuote& out);

  /// As take, but moves only the quote's id, article, date, language and speaker into `out`
  /// (its wording left as it was) and sets `wording` to where its wording lies packed, for
  /// unpack_wording: unpacking a wording is most of what taking a quote costs, and placing
  /// has it done on its clustering threads. `wording` stays valid while this object does.
  bool take_head(const std::string& id, SpreadQuote& out, std::string_view& wording);

  /// The wording that take_head left packed in `wording`, into `out`; false when it is cut
  /// off (only a bug would cut it). Thread-safe with other calls of it and of take_head and
  /// take on other threads: it reads only the word table, which only add changes.
  bool unpack_wording(std::string_view wording, QuoteWording& out) const;

  std::size_t size() const { return where_.size(); }
  /// About how much memory the kept quotes take (with the word table, and the room of
  /// quotes replaced or taken: their buffers are freed with the whole).
  std::size_t bytes() const { return bytes_; }

 private:
  // Where a packed quote lies.
  struct Place {
    std::uint32_t chunk = 0;
    std::uint32_t offset = 0;
    std::uint32_t size = 0;
  };

  std::uint32_t word_number(std::string_view word);
  void pack(const SpreadQuote& q, std::string& out);
  using Places = std::unordered_map<std::uint64_t, Place>;  // hash64 of the id -> its place

  // The place of quote `id`, its head unpacked into `q` and `wording` set to its packed
  // wording; where_.end() when none is kept (or the place is another id's of the same hash).
  Places::iterator find_head(const std::string& id, SpreadQuote& q, std::string_view& wording);
  bool unpack_head(std::string_view data, SpreadQuote& out, std::string_view& wording) const;
  std::string word(std::uint64_t n) const;  // the word table's word `n`, "" past its end

  std::size_t max_bytes_;
  std::size_t bytes_ = 0;
  std::deque<std::string> words_;  // number -> word (a deque: the table's views stay valid)
  std::unordered_map<std::string_view, std::uint32_t> numbers_;  // word -> number
  std::vector<std::string> chunks_;                              // the packed quotes
  Places where_;                                                 // the kept quotes
  std::string buffer_;                                           // reused by add
};

}  // namespace rostra
