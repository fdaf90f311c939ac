#include "common/cli/search_command.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <ostream>

#include "common/base/errors.h"
#include "common/base/json_writer.h"
#include "common/base/text_util.h"
#include "common/cli/search_output.h"
#include "common/index/database.h"
#include "common/search/database_stats.h"

namespace rostra {

SortOrder parse_sort_order(const std::string& name) {
  if (name == "relevance") return SortOrder::kRelevance;
  if (name == "newest" || name == "date") return SortOrder::kNewest;
  if (name == "oldest") return SortOrder::kOldest;
  throw UsageError("--sort takes relevance, newest (or date) or oldest, not '" + name + "'");
}

namespace {

int run_batch(const SearchCommandOptions& options, Searcher& searcher, std::ostream& out) {
  std::ifstream file;
  std::istream* in = &std::cin;
  if (options.batch_path != "-") {
    file.open(options.batch_path);
    if (!file) throw InputError(options.batch_path + ": cannot read the batch file");
    in = &file;
  }
  std::size_t number = 0;
  std::size_t queries = 0;
  std::size_t failed = 0;
  double total_ms = 0;
  for (std::string line; std::getline(*in, line);) {
    ++number;
    std::string_view query = trim(line);
    if (query.empty() || query.front() == '#') continue;
    SearchRequest request = options.request;
    request.query = std::string(query);
    auto started = std::chrono::steady_clock::now();
    std::string error;
    std::uint64_t hits = 0;
    try {
      hits = searcher.search(request).total;
    } catch (const QueryError& e) {
      error = e.what();
      ++failed;
    }
    double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    ++queries;
    total_ms += ms;
    if (options.json) {
      JsonObject o;
      o.add("type", "query").add("line", static_cast<std::uint64_t>(number)).add("query", query);
      if (error.empty()) {
        o.add("hits", hits);
      } else {
        o.add("error", error);
      }
      out << o.add("ms", ms).str() << "\n";
    } else {
      out << number << "\t" << (error.empty() ? std::to_string(hits) : "error: " + error) << "\t"
          << std::fixed << std::setprecision(3) << ms << " ms\t" << query << "\n";
    }
  }
  if (options.json) {
    out << JsonObject()
               .add("type", "batch")
               .add("queries", static_cast<std::uint64_t>(queries))
               .add("failed", static_cast<std::uint64_t>(failed))
               .add("total_ms", total_ms)
               .str()
        << "\n";
  } else {
    out << queries << " queries, " << failed << " malformed, " << std::fixed << std::setprecision(1)
        << total_ms << " ms\n";
  }
  return failed > 0 ? kExitUsage : kExitOk;
}

}  // namespace

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
  if (options.threads > 0) searcher.set_threads(options.threads);
  if (!options.batch_path.empty()) return run_batch(options, searcher, out);
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
