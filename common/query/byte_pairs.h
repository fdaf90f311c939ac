#pragma once
// Finding the places of a byte stream where two given bytes stand a given distance apart,
// for a few such pairs at once, 64 bytes a step with AVX-512BW or 32 with AVX2 (whichever
// the processor has, asked once; otherwise a byte at a time). It is how a token stream
// (token_record.h) is searched for a word's or a phrase's encoding: the first and last
// bytes of an encoding turn away nearly every place at once, where a search for the first
// byte alone stops at every word sharing it (a word id of two bytes or more starts with one
// of 128 bytes).

#include <cstddef>
#include <string_view>

namespace rostra {

/// The pairs looked for: place `at` is a candidate when, for some k < count,
/// s[at] == first[k] and s[at + distance[k]] == last[k].
struct BytePairs {
  static constexpr std::size_t kMax = 8;  ///< Pairs in one scan (more: scan again).
  unsigned char first[kMax] = {};
  unsigned char last[kMax] = {};
  std::size_t distance[kMax] = {};
  std::size_t count = 0;
  std::size_t max_distance = 0;

  /// Adds the first and last bytes of `encoding`. REQUIRES: count < kMax, encoding not
  /// empty.
  void add(std::string_view encoding);
};

/// How many candidates next_byte_pairs() reports at most at once.
inline constexpr std::size_t kBytePairBatch = 64;

/// The instructions next_byte_pairs() scans with: the widest the processor has (kBest), at
/// most AVX2, or a byte at a time (the last two for tests comparing them with kBest). A set
/// the processor lacks falls back to the next narrower one.
enum class BytePairScan { kBest, kAvx2, kBytes };

/// The next candidate places of `stream[at, to)` (each with its whole pair inside that
/// range), in increasing order, into `out`: returns how many (0: none is left; a few at a
/// time, so that a caller stopping at the first one has not scanned far past it), and moves
/// `at` past the bytes it examined, so that calling again continues. REQUIRES: at <= to <=
/// stream.size(). Thread-safe.
std::size_t next_byte_pairs(std::string_view stream, std::size_t& at, std::size_t to,
                            const BytePairs& pairs, std::size_t (&out)[kBytePairBatch],
                            BytePairScan scan = BytePairScan::kBest);

/// Calls `visit(at)` (returning true to stop) for each candidate place of `stream[from,
/// to)`, in increasing order, once each. Returns whether `visit` stopped the scan. REQUIRES:
/// from <= to <= stream.size().
template <typename Visit>
bool find_byte_pairs(std::string_view stream, std::size_t from, std::size_t to,
                     const BytePairs& pairs, Visit&& visit,
                     BytePairScan scan = BytePairScan::kBest) {
  std::size_t places[kBytePairBatch];
  std::size_t at = from;
  for (std::size_t n; (n = next_byte_pairs(stream, at, to, pairs, places, scan)) != 0;) {
    for (std::size_t i = 0; i < n; ++i) {
      if (visit(places[i])) return true;
    }
  }
  return false;
}

}  // namespace rostra
