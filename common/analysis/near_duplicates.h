#pragma once
// Fingerprints for finding near-duplicate articles (syndicated wire copies with small
// edits): MinHash over word 3-grams with LSH bands. Pure.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/analysis/word_tokenizer.h"

namespace rostra {

/// 32 minimum hashes of the text's word 3-grams (words as WordTokenizer normalizes them):
/// the share of equal positions between two signatures estimates the texts' Jaccard
/// similarity. All zero for a text without words.
/// Persisted (stored in the index): never change the algorithm without a schema bump.
using MinHashSignature = std::array<std::uint32_t, 32>;
/// Reads the text's token stream (text_tokens), so the body the indexer also reads is split once.
MinHashSignature text_minhash(std::string_view text);
/// The same from tokens already made (with or without all_words).
MinHashSignature text_minhash(const TokenList& tokens);

/// Estimated Jaccard similarity of two signatures, from 0 to 1.
double minhash_similarity(const MinHashSignature& a, const MinHashSignature& b);

/// Texts at least this similar are near-duplicates.
inline constexpr double kNearDuplicateSimilarity = 0.7;

/// Candidates examined per band when looking for a near duplicate: bounds the work for
/// very common bands.
inline constexpr std::size_t kMaxBandCandidates = 64;

/// Eight LSH band keys (four signature rows each), as short strings for index terms. Texts
/// of similarity 0.8 share a band with probability 0.98, of 0.5 with probability 0.4, so
/// candidates are found by band lookups and confirmed with minhash_similarity.
std::vector<std::string> minhash_bands(const MinHashSignature& signature);

/// The signature as 256 hex digits, and back (all zero for malformed input).
std::string minhash_hex(const MinHashSignature& signature);
MinHashSignature parse_minhash_hex(std::string_view hex);

/// True for the signature of a text without words.
bool is_empty_signature(const MinHashSignature& signature);

}  // namespace rostra
