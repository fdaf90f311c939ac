#pragma once
// Listing the values of a facet (outlets, speakers) with their counts, optionally only
// those whose name starts with some text: what a page's "find a speaker" box asks.

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rostra {

/// One facet value: its display name and how many documents hold it.
struct FacetEntry {
  std::string name;
  std::uint64_t count = 0;
};

/// Lists the terms of `db` under `prefix` (schema::kPrefixOutlet, kPrefixSpeaker) whose
/// case-folded name, or one of its words, starts with fold_case(`starts_with`) (every term
/// when empty), by count descending then name, at most `limit` of them. The name shown is
/// the value in `slot` of the first document holding the term (the display spelling; for a
/// multi-valued slot, the entry whose fold matches), else the term's folded text. Throws
/// Xapian::Error when the database cannot be read.
std::vector<FacetEntry> list_facet(const Xapian::Database& db, std::string_view prefix,
                                   Xapian::valueno slot, std::string_view starts_with,
                                   std::size_t limit);

}  // namespace rostra
