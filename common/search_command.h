#pragma once
// What rostra-search does once its command line is parsed.

#include <cstddef>
#include <iosfwd>
#include <string>

#include "common/search.h"

namespace rostra {

/// rostra-search's options as plain values.
struct SearchCommandOptions {
  std::string db_path;
  std::string outlets_path;   ///< Empty: default_outlets_path(), if it exists.
  std::string speakers_path;  ///< Empty: default_speakers_path(), if it exists.
  bool json = false;
  bool stats = false;  ///< Print database stats instead of searching.
  bool ansi = false;   ///< Bold highlights (stdout is a terminal).
  SearchRequest request;
};

/// Parses "relevance", "newest" (or "date") and "oldest". Throws UsageError otherwise.
SortOrder parse_sort_order(const std::string& name);

/// Opens the database, runs the search (or --stats) and prints to `out`.
/// Returns kExitOk; throws UsageError, QueryError or DatabaseError.
int run_search_command(const SearchCommandOptions& options, std::ostream& out);

}  // namespace rostra
