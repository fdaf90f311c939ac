#include "common/cli/search_command.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iomanip>
#include <iostream>
#include <memory>
#include <vector>

#include <xapian.h>
#include <ostream>

#include "common/base/errors.h"
#include "common/base/json_writer.h"
#include "common/base/text_util.h"
#include "common/cli/search_output.h"
#include "common/cli/show_command.h"
#include "common/index/readable_index.h"
#include "common/search/database_stats.h"

namespace rostra {

SortOrder parse_sort_order(const std::string& name) {
  if (name == "relevance") return SortOrder::kRelevance;
  if (name == "newest" || name == "date") return SortOrder::kNewest;
  if (name == "oldest") return SortOrder::kOldest;
  throw UsageError("--sort takes relevance, newest (or date) or oldest, not '" + name + "'");
}

std::size_t count_option(const std::string& name, long long value, std::size_t max) {
  if (value < 0 || static_cast<unsigned long long>(value) > max) {
    throw UsageError(name + " takes a number from 0 to " + std::to_string(max) + ", not " +
                     std::to_string(value));
  }
  return static_cast<std::size_t>(value);
}

void check_language(const std::string& language) {
  if (language.empty()) return;
  try {
    Xapian::Stem stem(language);
  } catch (const Xapian::Error&) {
    throw UsageError("--lang: no stemmer for '" + language + "' (try en, ru, de, fr, es; all: " +
                     Xapian::Stem::get_available_languages() + ")");
  }
}

namespace {

// The stats of `index`: a writer committing while they are gathered invalidates what was
// opened, so reopen on the latest commit and gather them again, as a search does.
DatabaseStats stats_of(ReadableIndex& index, const std::string& path) {
  for (int attempt = 0;; ++attempt) {
    try {
      return collect_stats(index, path);
    } catch (const Xapian::DatabaseModifiedError& e) {
      if (attempt >= 5) throw DatabaseError(path + ": stats failed: " + e.get_description());
      index.reopen();
    }
  }
}

void print_notes(std::ostream& err, const std::vector<std::string>& notes) {
  for (const std::string& note : notes) err << "rostra-search: note: " << note << "\n";
}

// Runs every query of the batch file. A batch may run for long beside an indexer: before each
// query it checks whether the index changed (a commit, or a bulk load's switch-over from its
// segments to the merged databases) and then searches a newly opened index.
int run_batch(const SearchCommandOptions& options,
              const std::function<std::unique_ptr<Searcher>()>& open_searcher, std::ostream& out) {
  std::string opened_key = index_change_key(options.db_path);
  std::unique_ptr<Searcher> searcher = open_searcher();
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
    // Checked before the clock starts: the latency reported is the search's alone.
    if (std::string key = index_change_key(options.db_path); key != opened_key) {
      opened_key = std::move(key);
      searcher = open_searcher();
    }
    auto started = std::chrono::steady_clock::now();
    std::string error;
    std::uint64_t hits = 0;
    try {
      hits = searcher->search(request).total;
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

int run_search_command(const SearchCommandOptions& options, std::ostream& out, std::ostream& err) {
  ReadableIndex index = open_index_for_reading(options.db_path);
  if (!options.show_id.empty()) {
    show_article(index, options.show_id, options.json, out);
    return kExitOk;
  }
  if (options.stats) {
    print_stats(out, stats_of(index, options.db_path), options.json);
    return kExitOk;
  }
  count_option("--limit", static_cast<long long>(options.request.limit), kMaxSearchLimit);
  OutletTable outlets = load_outlet_table(options.outlets_path);
  SpeakerAliases speakers = load_speaker_aliases(options.speakers_path);
  if (!options.batch_path.empty()) {
    return run_batch(
        options,
        [&] {
          auto searcher = std::make_unique<Searcher>(open_index_for_reading(options.db_path),
                                                     &outlets, &speakers);
          if (options.threads > 0) searcher->set_threads(options.threads);
          return searcher;
        },
        out);
  }
  Searcher searcher(index, &outlets, &speakers);
  if (options.threads > 0) searcher.set_threads(options.threads);
  SearchResults results = searcher.search(options.request);
  print_notes(err, results.notes);
  if (options.csv) {
    print_results_csv(out, options.request, results);
  } else if (options.json) {
    print_results_json(out, options.request, results, options.facet_view);
  } else {
    print_results_human(out, options.request, results,
                        options.ansi ? HighlightStyle::kAnsi : HighlightStyle::kPlain,
                        options.facet_view);
  }
  return kExitOk;
}

}  // namespace rostra
