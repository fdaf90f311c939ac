#pragma once
// Builds the prefixed terms of schema.h. The indexer and the query builder both call these,
// so no other file writes a prefix.

#include <string>
#include <string_view>

#include "common/schema/schema.h"

namespace rostra {

/// "Q" + id, or "Q" + "#" + hash of the id when the id is too long for a Xapian term.
std::string id_term(std::string_view id);

/// "XCG" + first + "\x1f" + second: the pair term of two adjacent words (common_grams.h).
/// REQUIRES: is_common_pair(first, second), so the term fits.
std::string common_gram_term(std::string_view first, std::string_view second);

/// "S" + normalized title word.
std::string title_term(std::string_view word);

/// "XOUTLET" + the outlet name through fold_case.
std::string outlet_term(std::string_view outlet);

/// "XSPEAKER" + the speaker name through fold_case.
std::string speaker_term(std::string_view speaker);

/// "XARTICLE" + an article id (hashed like id_term when too long): links quotes to it.
std::string article_term(std::string_view article_id);

/// "XKIND" + "quote", "title" or "scare".
std::string quote_kind_term(std::string_view kind);

/// "XHASH" + content hash; "XSIM" + a MinHash LSH band.
std::string content_hash_term(std::string_view hash);
std::string minhash_band_term(std::string_view band);

/// "XLANG" + language code.
std::string language_term(std::string_view language);

/// Calls fn(name) for each name of a multi-valued slot's value (kSlotSpeakers: names joined
/// by kValueSeparator), in order; none for an empty value. The one reading of that joining.
template <typename Fn>
void for_each_joined_value(std::string_view value, Fn&& fn) {
  for (std::size_t start = 0; start < value.size();) {
    std::size_t end = value.find(schema::kValueSeparator, start);
    if (end == std::string_view::npos) end = value.size();
    fn(value.substr(start, end - start));
    start = end + 1;
  }
}

}  // namespace rostra
