#include "common/search_command.h"

#include <filesystem>
#include <ostream>

#include "common/database.h"
#include "common/database_stats.h"
#include "common/errors.h"
#include "common/search_output.h"

namespace rostra {

SortOrder parse_sort_order(const std::string& name) {
  if (name == "relevance") return SortOrder::kRelevance;
  if (name == "newest" || name == "date") return SortOrder::kNewest;
  if (name == "oldest") return SortOrder::kOldest;
  throw UsageError("--sort takes relevance, newest (or date) or oldest, not '" + name + "'");
}

int run_search_command(const SearchCommandOptions& options, std::ostream& out) {
  ReadableIndex index = open_index_for_reading(options.db_path);
  if (options.stats) {
    print_stats(out, collect_stats(index, options.db_path), options.json);
    return kExitOk;
  }
  if (options.request.limit > 10000) throw UsageError("--limit is at most 10000");
  OutletTable outlets = load_outlet_table(options.outlets_path);
  SpeakerAliases speakers = load_speaker_aliases(options.speakers_path);
  Searcher searcher(index, &outlets, &speakers);
  SearchResults results = searcher.search(options.request);
  if (options.json) {
    print_results_json(out, options.request, results);
  } else {
    print_results_human(out, options.request, results,
                        options.ansi ? HighlightStyle::kAnsi : HighlightStyle::kPlain);
  }
  return kExitOk;
}

}  // namespace rostra
