#pragma once
// What a segment of a bulk load holds, as a Bloom filter over the terms a bulk load looks up
// in earlier segments for every article: its id terms, content hashes and MinHash bands.
// Nearly every lookup finds nothing, so the filter answers them without Xapian: a million
// articles make twenty segments, and each article asked each of them (a B-tree descent each).

#include <xapian.h>

#include <cstdint>
#include <string_view>
#include <vector>

namespace rostra {

/// A Bloom filter over terms: no false negatives, about 1% false positives at the size
/// it was made for. Thread-safe to read once built.
class SegmentFilter {
 public:
  /// Room for `terms` terms.
  explicit SegmentFilter(std::size_t terms);

  void add(std::string_view term);

  /// False when the segment surely does not hold `term`.
  bool may_hold(std::string_view term) const;

  /// A filter of the id (Q), content hash (XHASH) and band (XSIM) terms of `db`.
  static SegmentFilter of(const Xapian::Database& db);

 private:
  std::vector<std::uint64_t> bits_;
  std::uint64_t mask_ = 0;  // bits_.size() * 64 - 1 (a power of two)
};

}  // namespace rostra
