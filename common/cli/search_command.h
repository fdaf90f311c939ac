#pragma once
// What rostra-search does once its command line is parsed.

#include <cstddef>
#include <iosfwd>
#include <string>

#include "common/search/search.h"

namespace rostra {

/// rostra-search's options as plain values.
struct SearchCommandOptions {
  std::string db_path;
  std::string outlets_path;   ///< Empty: default_outlets_path(), if it exists.
  std::string speakers_path;  ///< Empty: default_speakers_path(), if it exists.
  bool json = false;
  bool stats = false;      ///< Print database stats instead of searching.
  bool ansi = false;       ///< Bold highlights (stdout is a terminal).
  std::string batch_path;  ///< Run one query per line of this file ("-": stdin).
  unsigned threads = 0;    ///< Threads a search may be split between (0: one per core).
  SearchRequest request;
};

/// Parses "relevance", "newest" (or "date") and "oldest". Throws UsageError otherwise.
SortOrder parse_sort_order(const std::string& name);

/// Opens the database, runs the search (or --stats, or --batch) and prints to `out`.
/// In batch mode each line of the batch file is one query, run with the other options in
/// one process; per query it prints the line number, hit count and latency in
/// milliseconds (a JSON object per line with --json, including "error" for a malformed
/// query, which does not stop the batch), then a summary. Returns kExitOk, or kExitUsage
/// when a batch query was malformed; throws UsageError, QueryError or DatabaseError.
int run_search_command(const SearchCommandOptions& options, std::ostream& out);

}  // namespace rostra
