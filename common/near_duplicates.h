#pragma once
// Fingerprints for finding exact and near-duplicate articles (syndicated wire copies with
// small edits). Pure.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace rostra {

/// A 64-bit SimHash of the article text's word 3-grams (words as WordTokenizer
/// normalizes them). Texts that differ by a few words differ in a few bits.
/// Persisted (stored in the index): never change the algorithm without a schema bump.
std::uint64_t text_simhash(std::string_view text);

/// Bits that differ between two fingerprints.
int hamming_distance(std::uint64_t a, std::uint64_t b);

/// Two texts whose fingerprints differ in at most this many bits are near-duplicates.
inline constexpr int kNearDuplicateBits = 3;

/// The four 16-bit bands of a fingerprint, as short strings for index terms. Two
/// fingerprints within kNearDuplicateBits share at least one band (pigeonhole), so
/// candidates are found by band lookups.
std::array<std::string, 4> simhash_bands(std::uint64_t fingerprint);

/// The fingerprint as 16 hex digits, and back (0 for malformed input).
std::string simhash_hex(std::uint64_t fingerprint);
std::uint64_t parse_simhash_hex(std::string_view hex);

}  // namespace rostra
