#pragma once
// Common grams (after Lucene's CommonGramsFilter): pairs of adjacent words of which at least
// one is a very common word ("of the", "secretary of", "у нас") are indexed as one pair term
// at the first word's position. A phrase holding a common word is then rewritten into an
// exact phrase over pair terms, which never reads the huge position lists of "the" or "в".
// Pure: no Xapian; the terms themselves are built by common_gram_term (index_terms.h).

#include <string>
#include <string_view>
#include <vector>

namespace rostra {

/// Whether `word` (already normalized by WordTokenizer) is on the fixed list of common
/// English and Russian function words.
/// WARNING: the list is persisted in every index (it decides which pair terms exist);
/// changing it requires bumping schema::kSchemaVersion.
bool is_common_word(std::string_view word);

/// Whether the pair term of words of `first_bytes` and `second_bytes` bytes fits under
/// schema::kMaxTermBytes.
bool common_pair_fits(std::size_t first_bytes, std::size_t second_bytes);

/// Whether the adjacent words `first`, `second` are indexed as a pair term: at least one of
/// them is common and the term fits (common_pair_fits). The indexer and the query
/// rewrite both decide with this function, so they always agree.
bool is_common_pair(std::string_view first, std::string_view second);

/// One term of a rewritten phrase: the single word `first`, or the pair term of `first`
/// followed by `second`. Views into the words given to rewrite_phrase.
struct PhraseUnit {
  std::string_view first;
  std::string_view second;  ///< Empty for a single word.
  bool is_pair() const { return !second.empty(); }
};

/// Rewrites the phrase `words` (normalized, non-empty) into units that, as an exact
/// phrase at consecutive positions, match exactly where the words do. Unit i (for i below
/// n-1) stands at word i's position: the pair (w[i], w[i+1]) when is_common_pair holds for
/// them, else the single word w[i]. The last word is covered by a pair unit ending in it,
/// so it gets a unit of its own only when the last pair was not a pair term. A phrase
/// without common pairs comes back word for word.
/// The result views into `words`: it is valid while `words` is.
std::vector<PhraseUnit> rewrite_phrase(const std::vector<std::string>& words);

}  // namespace rostra
