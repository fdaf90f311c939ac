#pragma once
// What a database holds: for `rostra-search --stats`.

#include <xapian.h>

#include "common/index/readable_index.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace rostra {

/// A summary of a Rostra database.
struct DatabaseStats {
  std::string path;
  int schema_version = 0;
  std::uint64_t articles = 0;
  std::uint64_t articles_with_date = 0;
  std::string first_date;  ///< Earliest known date, or empty.
  std::string last_date;
  std::vector<std::pair<std::string, std::uint64_t>> outlets;  ///< By articles, descending.
  std::vector<std::pair<std::string, std::uint64_t>> languages;
  /// Quote documents, all kinds: one per quote, a quote continued into later paragraphs
  /// counted once (what the indexer's summary counts).
  /// Quotes readers hide (those of a batch whose articles' commit failed: see
  /// ReadableIndex::hidden_quote_links) are left out of every quote count here.
  std::uint64_t quotes = 0;
  /// Quotes held but hidden from readers until the next indexer run removes them.
  std::uint64_t hidden_quotes = 0;
  /// Of `quotes`, by kind ("quote": someone's words, what --quotes lists; "title", "scare":
  /// added by --all-kinds).
  std::vector<std::pair<std::string, std::uint64_t>> quote_kinds;
  std::vector<std::pair<std::string, std::uint64_t>> speakers;  ///< By quote count, descending.
  std::uint64_t distinct_terms = 0;
  std::uint64_t size_bytes = 0;  ///< Files of the database directory.
};

/// Gathers stats from `index`, which was opened from `path`. Outlet and speaker names come
/// from the value slot of one document per facet term.
DatabaseStats collect_stats(const ReadableIndex& index, const std::string& path);

}  // namespace rostra
