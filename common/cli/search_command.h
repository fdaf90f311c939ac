#pragma once
// What rostra-search does once its command line is parsed.

#include <cstddef>
#include <iosfwd>
#include <string>

#include "common/cli/search_output.h"
#include "common/search/cluster_lookup.h"
#include "common/search/search.h"

namespace rostra {

/// rostra-search's options as plain values.
struct SearchCommandOptions {
  std::string db_path;
  std::string outlets_path;   ///< Empty: no outlet table (see resolve_table_paths).
  std::string speakers_path;  ///< Empty: no speaker aliases.
  bool json = false;
  bool stats = false;            ///< Print database stats instead of searching.
  bool ansi = false;             ///< Bold highlights (stdout is a terminal).
  std::string batch_path;        ///< Run one query per line of this file ("-": stdin).
  unsigned threads = 0;          ///< Threads a search may be split between (0: one per core).
  std::string show_id;           ///< Print this article whole instead of searching (--show).
  bool list_speakers = false;    ///< --list-speakers: list speakers instead of searching.
  std::string speaker_prefix;    ///< --list-speakers PREFIX: those whose name starts so.
  std::size_t list_limit = 100;  ///< How many speakers --list-speakers lists at most.
  FacetView facet_view;          ///< --facet-by, --facet-limit.
  bool csv = false;              ///< --format csv: search and quote hits as CSV.
  std::string spread_id;         ///< Print this quote cluster's occurrences instead (--spread).
  GroupOrder group_order = GroupOrder::kRelevance;  ///< --group-sort (request.group: --group).
  SearchRequest request;
};

/// The largest --limit: a page is built in memory, snippets and all.
inline constexpr std::size_t kMaxSearchLimit = 10000;
/// The largest --offset: Xapian keeps offset + limit matches in memory to cut a page.
inline constexpr std::size_t kMaxSearchOffset = 1000000;

/// Parses "relevance", "newest" (or "date") and "oldest". Throws UsageError otherwise.
SortOrder parse_sort_order(const std::string& name);

/// `value` of the count option `name` (--offset, --limit), checked to lie in 0..`max`.
/// Throws UsageError otherwise ("--offset -1" was read as a huge number).
std::size_t count_option(const std::string& name, long long value, std::size_t max);

/// Throws UsageError unless `language` names a Snowball stemmer ("en", "english", "ru",
/// "de"...): "--lang xx" used to fall back to English without a word.
void check_language(const std::string& language);

/// Opens the database, runs the search (or --stats, --show, --list-speakers or --batch) and
/// prints to `out`. In batch mode each line of the batch file is one query, run with the other
/// options in one process; per query it prints the line number, hit count and latency in
/// milliseconds, its notes going to `err` with the line number; with --json one object per
/// query instead: line, query, hits, stories, returned, ms, notes, results (the page of hits as
/// --json prints them) and facets (null without --facets), or "error" for a malformed query,
/// which does not stop the batch. A summary follows: queries, malformed, matches in all, and
/// the latency's total, p50, p95 and max. Returns kExitOk, or kExitUsage when a batch query
/// was malformed; throws UsageError, QueryError or DatabaseError.
/// Notes that do not stop the search (a lower-case "or" searched as a word, an outlet: that
/// names nothing in the index) go to `err`, one "rostra-search: note: ..." line each.
int run_search_command(const SearchCommandOptions& options, std::ostream& out, std::ostream& err);

}  // namespace rostra
