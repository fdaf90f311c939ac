#pragma once
// The speakers of an index with their quote counts and the other names the same person may
// go by: what an archivist reads to grow the speaker alias table (corpus/speakers.tsv).

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/quotes/speaker_aliases.h"
#include "common/search/facet_listing.h"

namespace rostra {

/// One speaker name of the index.
struct SpeakerListing {
  std::string name;          ///< As shown (the display spelling of the first quote).
  std::uint64_t quotes = 0;  ///< Quote documents attributed to it.
  /// The names the alias table maps to this one (fold_case'd, the name itself left out).
  std::vector<std::string> aliases;
  /// The name the alias table maps this one to, when another ("Путин" -> "Vladimir Putin":
  /// stored before the table listed it); speaker: finds both under either. Else empty.
  std::string canonical;
  /// The other names of the index with the same last word (the surname alone, or the full
  /// names ending in it), with their quote counts, most quoted first: the candidates for a line
  /// of the alias table. Empty for a description, whose last word is in lower case
  /// ("spokesman", "Theresa's spokesman").
  std::vector<FacetEntry> same_surname;
};

/// The speakers of the quote database `quotes` whose name or one of its words starts with
/// `prefix` (all when empty), and when `prefix` is an alias in `aliases` ("путин") or starts
/// one ("пут": SpeakerAliases::canonicals_starting) those whose name starts with the name it
/// stands for, most quoted first, at most `limit`,
/// each with its aliases in `aliases` (may be null) and the names sharing its surname. Reads
/// the speaker term list of `quotes` once. Throws Xapian::Error as the database does.
std::vector<SpeakerListing> list_speakers(const Xapian::Database& quotes,
                                          const SpeakerAliases* aliases, std::string_view prefix,
                                          std::size_t limit);

/// The last word of a folded name: what a surname alone is matched against.
std::string_view last_name_word(std::string_view name);

}  // namespace rostra
