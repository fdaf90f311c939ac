#include "common/cli/search_command.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <vector>

#include <xapian.h>
#include <ostream>

#include "common/base/errors.h"
#include "common/base/json_writer.h"
#include "common/base/text_util.h"
#include "common/cli/cluster_output.h"
#include "common/cli/search_output.h"
#include "common/cli/show_command.h"
#include "common/index/readable_index.h"
#include "common/search/database_stats.h"
#include "common/search/speaker_listing.h"

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

// One query of a batch and what became of it.
struct BatchQuery {
  std::size_t line = 0;
  std::string query;
  std::string error;  // a malformed query's message; then `results` is empty
  SearchResults results;
  double ms = 0;
};

// What --batch --json prints for one query: one JSON object holding what a script needs:
// the counts, the notes, the page of hits and the facets exactly as a search's own --json
// lines give them (each of those lines is one JSON object).
std::string batch_query_json(const BatchQuery& q, const SearchCommandOptions& options) {
  JsonObject o;
  o.add("type", "query").add("line", static_cast<std::uint64_t>(q.line)).add("query", q.query);
  if (!q.error.empty()) return o.add("error", q.error).add("ms", q.ms).str();
  std::ostringstream lines;
  print_results_json(lines, options.request, q.results, options.facet_view);
  std::string hits = "[";
  std::string facets = "null";
  std::istringstream in(lines.str());
  for (std::string line; std::getline(in, line);) {
    if (line.starts_with("{\"type\":\"facets\"")) facets = line;
    if (line.starts_with("{\"type\":\"hit\"") || line.starts_with("{\"type\":\"quote\"")) {
      hits += (hits.size() > 1 ? "," : "") + line;
    }
  }
  return o.add("hits", q.results.total)
      .add("stories", options.request.collapse ? q.results.stories : q.results.total)
      .add("returned", static_cast<std::uint64_t>(q.results.hits.size()))
      .add("ms", q.ms)
      .add_raw("notes", json_string_array(q.results.notes))
      .add_raw("results", hits + "]")
      .add_raw("facets", facets)
      .str();
}

// The value at fraction `p` of the sorted `values` (nearest rank), 0 when empty.
double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  const auto rank = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
  return values[std::min(rank, values.size() - 1)];
}

// The batch's totals: queries, malformed ones, matches over all, latency.
void print_batch_summary(std::ostream& out, bool json, const std::vector<double>& ms,
                         std::size_t failed, std::uint64_t matches) {
  double total_ms = 0;
  for (double m : ms) total_ms += m;
  const double p50 = percentile(ms, 0.5);
  const double p95 = percentile(ms, 0.95);
  const double max = percentile(ms, 1.0);
  if (json) {
    out << JsonObject()
               .add("type", "batch")
               .add("queries", static_cast<std::uint64_t>(ms.size()))
               .add("failed", static_cast<std::uint64_t>(failed))
               .add("matches", matches)
               .add("total_ms", total_ms)
               .add("p50_ms", p50)
               .add("p95_ms", p95)
               .add("max_ms", max)
               .str()
        << "\n";
    return;
  }
  out << ms.size() << " queries, " << failed << " malformed, " << matches << " matches in all; "
      << std::fixed << std::setprecision(1) << total_ms << " ms (p50 " << std::setprecision(3)
      << p50 << ", p95 " << p95 << ", max " << max << " ms)\n";
}

// Runs every query of the batch file. A batch may run for long beside an indexer: before each
// query it checks whether the index changed (a commit, or a bulk load's switch-over from its
// segments to the merged databases) and then searches a newly opened index.
int run_batch(const SearchCommandOptions& options,
              const std::function<std::unique_ptr<Searcher>()>& open_searcher, std::ostream& out,
              std::ostream& err) {
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
  std::size_t failed = 0;
  std::uint64_t matches = 0;
  std::vector<double> latencies;
  for (std::string line; std::getline(*in, line);) {
    ++number;
    std::string_view query = trim(line);
    if (query.empty() || query.front() == '#') continue;
    BatchQuery q;
    q.line = number;
    q.query = std::string(query);
    SearchRequest request = options.request;
    request.query = q.query;
    // Checked before the clock starts: the latency reported is the search's alone.
    if (std::string key = index_change_key(options.db_path); key != opened_key) {
      opened_key = std::move(key);
      searcher = open_searcher();
    }
    auto started = std::chrono::steady_clock::now();
    try {
      q.results = searcher->search(request);
    } catch (const QueryError& e) {
      q.error = e.what();
      ++failed;
    }
    q.ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
               .count();
    latencies.push_back(q.ms);
    matches += q.results.total;
    if (options.json) {
      out << batch_query_json(q, options) << "\n";
      continue;
    }
    for (const std::string& note : q.results.notes) {
      err << "rostra-search: note: line " << q.line << ": " << note << "\n";
    }
    out << q.line << "\t"
        << (q.error.empty() ? std::to_string(q.results.total) : "error: " + q.error) << "\t"
        << std::fixed << std::setprecision(3) << q.ms << " ms\t" << q.query << "\n";
  }
  print_batch_summary(out, options.json, latencies, failed, matches);
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
  if (options.list_speakers) {
    SpeakerAliases aliases = load_speaker_aliases(options.speakers_path);
    print_speakers(
        out, list_speakers(index.quotes, &aliases, options.speaker_prefix, options.list_limit),
        options.json);
    return kExitOk;
  }
  const ClusterFormat cluster_format = options.csv    ? ClusterFormat::kCsv
                                       : options.json ? ClusterFormat::kJson
                                                      : ClusterFormat::kHuman;
  if (!options.spread_id.empty()) {
    std::optional<ClusterView> view = find_cluster(index, options.spread_id);
    if (!view) throw UsageError("no quote cluster " + options.spread_id + " in the index");
    print_spread(out, *view, cluster_format);
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
        out, err);
  }
  Searcher searcher(index, &outlets, &speakers);
  if (options.threads > 0) searcher.set_threads(options.threads);
  if (options.request.group) {
    QuoteGroups groups = search_quote_groups(searcher, index, options.request, options.group_order);
    print_notes(err, groups.notes);
    print_quote_groups(out, groups, cluster_format);
    return kExitOk;
  }
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
