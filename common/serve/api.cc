#include "common/serve/api.h"

#include <chrono>
#include <sstream>

#include "common/base/errors.h"
#include "common/base/json_writer.h"
#include "common/cli/cluster_output.h"
#include "common/cli/search_output.h"
#include "common/schema/schema.h"
#include "common/search/database_stats.h"
#include "common/search/speaker_listing.h"
#include "common/serve/api_export.h"
#include "common/serve/api_json.h"
#include "common/serve/deadline_spy.h"

namespace rostra {
namespace {

/// An endpoint or article that does not exist: 404.
class NotFound : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

ApiResponse json_response(std::string body) {
  ApiResponse response;
  response.body = std::move(body);
  return response;
}

ApiResponse error_response(int status, const std::string& message) {
  ApiResponse response;
  response.status = status;
  response.body = error_json(status, message);
  return response;
}

bool quote_mode(const ApiParams& params) {
  const std::string mode = param(params, "mode", "articles");
  if (mode == "articles") return false;
  if (mode == "quotes") return true;
  throw UsageError("mode takes articles or quotes, not '" + mode + "'");
}

std::string top_counts(const std::vector<std::pair<std::string, std::uint64_t>>& counts,
                       std::size_t limit) {
  if (counts.size() <= limit) return counts_json(counts);
  return counts_json({counts.begin(), counts.begin() + static_cast<std::ptrdiff_t>(limit)});
}

}  // namespace

Api::Api(const ServeOptions& options)
    : options_(options),
      outlets_(load_outlet_table(options.outlets_path)),
      speakers_(load_speaker_aliases(options.speakers_path)),
      pool_(std::make_unique<IndexPool>(options.db_path, &outlets_, &speakers_,
                                        concurrent_searches(options))) {}

ApiResponse Api::handle(std::string_view endpoint, const ApiParams& params) {
  try {
    return dispatch(endpoint, params);
  } catch (const UsageError& e) {
    return error_response(400, e.what());
  } catch (const NotFound& e) {
    return error_response(404, e.what());
  } catch (const SearchTimeout& e) {
    return error_response(503, e.what());
  } catch (const DatabaseError& e) {
    return error_response(503, e.what());
  } catch (const Xapian::Error& e) {
    return error_response(503, "index: " + e.get_description());
  } catch (const std::exception& e) {
    return error_response(500, std::string("internal error: ") + e.what());
  }
}

ApiResponse Api::dispatch(std::string_view endpoint, const ApiParams& params) {
  if (endpoint == "search" || endpoint == "quotes") {
    const bool quotes = endpoint == "quotes";
    const std::string format = param(params, "format", "json");
    if (format == "json") return search(params, quotes);
    if (format == "csv" || format == "jsonl") return export_rows(params, quotes, format);
    throw UsageError("format takes json, csv or jsonl, not '" + format + "'");
  }
  if (endpoint == "facets") return facets(params);
  if (endpoint == "histogram") return histogram(params);
  if (endpoint == "article") return article(param(params, "id"));
  if (endpoint.substr(0, 8) == "article/") return article(endpoint.substr(8));
  if (endpoint.substr(0, 8) == "cluster/") return cluster(endpoint.substr(8));
  if (endpoint == "speakers") return listing(params, true);
  if (endpoint == "outlets") return listing(params, false);
  if (endpoint == "stats") return stats();
  throw NotFound("no endpoint /api/v1/" + std::string(endpoint) +
                 " (search, quotes, facets, histogram, article/ID, cluster/ID, speakers, outlets, "
                 "stats)");
}

SearchResults Api::run(IndexHandle& handle, SearchRequest request) const {
  DeadlineSpy deadline{std::chrono::milliseconds(options_.search_timeout_ms)};
  request.spies.push_back(&deadline);
  return handle.searcher->search(request);
}

ApiResponse Api::search(const ApiParams& params, bool quotes) {
  SearchRequest request = search_request(params, quotes, kMaxPageSize);
  auto started = std::chrono::steady_clock::now();
  IndexPool::Lease handle = pool_->acquire();
  SearchResults results = run(*handle, request);
  const double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  std::string hits = "[";
  for (const SearchHit& hit : results.hits) {
    if (hits.size() > 1) hits += ",";
    hits += quotes ? quote_json(hit) : hit_json(hit);
  }
  hits += "]";
  const std::size_t next = request.offset + results.hits.size();
  JsonObject out;
  out.add("query", request.query).add("total", results.total);
  if (request.collapse) out.add("stories", results.stories);
  out.add("offset", static_cast<std::uint64_t>(request.offset))
      .add_raw(quotes ? "quotes" : "hits", hits);
  if (next < results.total && !results.hits.empty()) {
    out.add("next_cursor", make_cursor(next));
  } else {
    out.add_null("next_cursor");
  }
  return json_response(
      out.add_raw("notes", json_string_array(results.notes)).add("took_ms", ms).str());
}

ApiResponse Api::export_rows(const ApiParams& params, bool quotes, const std::string& format) {
  SearchRequest request = search_request(params, quotes, options_.max_export_rows);
  if (param(params, "size").empty()) request.limit = options_.max_export_rows;
  ApiResponse response;
  response.content_type = format == "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson";
  response.download_name = std::string(quotes ? "quotes." : "articles.") + format;
  response.stream =
      ExportStream(request, format == "csv" ? ExportFormat::kCsv : ExportFormat::kJsonLines,
                   // A handle per page, not for the whole download: a slow reader must not
                   // hold one of the few search slots (IndexPool) while it reads.
                   [this](const SearchRequest& page) { return run(*pool_->acquire(), page); });
  return response;
}

std::unique_ptr<ColumnCounter> Api::run_counted(IndexHandle& handle, SearchRequest request,
                                                SearchResults& results) {
  const Xapian::Database& db = request.quotes ? handle.index.quotes : handle.index.articles;
  std::shared_ptr<const ValueColumns> columns =
      (request.quotes ? quote_columns_ : article_columns_).columns(db);
  if (!columns) return nullptr;
  auto counter = std::make_unique<ColumnCounter>(columns);
  request.spies.push_back(counter.get());
  SearchResults found = run(handle, request);
  // The searcher reopens its databases (shared with the handle's) when a writer's commit
  // overtook it: then the columns no longer describe the documents it counted.
  if (db.get_revision() != columns->revision()) return nullptr;
  results = std::move(found);
  return counter;
}

ApiResponse Api::facets(const ApiParams& params) {
  SearchRequest request = search_request(params, quote_mode(params), kMaxPageSize);
  request.limit = 0;
  request.snippets = false;
  const std::size_t limit = number_param(params, "limit", 10, 1, 1000);
  IndexPool::Lease handle = pool_->acquire();
  SearchResults results;
  ColumnCounter::Counts outlets, speakers, languages, months;
  if (std::unique_ptr<ColumnCounter> counter = run_counted(*handle, request, results)) {
    outlets = counter->outlets();
    speakers = counter->speakers();
    languages = counter->languages(limit);
    months = counter->months();
  } else {
    request.facets = true;
    Xapian::ValueCountMatchSpy language_spy(schema::kSlotLanguage);
    request.spies.push_back(&language_spy);
    results = run(*handle, request);
    for (auto it = language_spy.top_values_begin(limit); it != language_spy.top_values_end(limit);
         ++it) {
      languages.emplace_back(*it, it.get_termfreq());
    }
    outlets = std::move(results.facets.outlets);
    speakers = std::move(results.facets.speakers);
    months = std::move(results.facets.months);
  }
  return json_response(JsonObject()
                           .add("query", request.query)
                           .add("total", results.total)
                           .add_raw("outlets", top_counts(outlets, limit))
                           .add_raw("speakers", top_counts(speakers, limit))
                           .add_raw("languages", counts_json(languages))
                           .add_raw("months", counts_json(months))
                           .add_raw("notes", json_string_array(results.notes))
                           .str());
}

ApiResponse Api::histogram(const ApiParams& params) {
  const bool quotes = quote_mode(params);
  SearchRequest request = search_request(params, quotes, kMaxPageSize);
  request.limit = 0;
  request.snippets = false;
  const DateInterval interval = parse_date_interval(param(params, "interval", "month"));
  IndexPool::Lease handle = pool_->acquire();
  SearchResults results;
  std::vector<HistogramBucket> buckets;
  std::uint64_t undated = 0;
  if (std::unique_ptr<ColumnCounter> counter = run_counted(*handle, request, results)) {
    buckets = date_histogram(counter->days(), counter->columns().bucket_totals(interval), interval);
    undated = counter->undated();
  } else {
    DateCounter days;
    request.spies.push_back(&days);
    results = run(*handle, request);
    buckets = date_histogram(days.days(), handle->all_days(quotes), interval);
    undated = days.undated();
  }
  return json_response(JsonObject()
                           .add("query", request.query)
                           .add("interval", param(params, "interval", "month"))
                           .add("total", results.total)
                           .add("undated", undated)
                           .add_raw("buckets", buckets_json(buckets))
                           .add_raw("notes", json_string_array(results.notes))
                           .str());
}

ApiResponse Api::cluster(std::string_view id) {
  if (id.empty()) throw UsageError("cluster needs an id: /api/v1/cluster/ID");
  IndexPool::Lease handle = pool_->acquire();
  std::optional<ClusterView> found = find_cluster(handle->index, id);
  if (!found) throw NotFound("no quote cluster '" + std::string(id) + "'");
  return json_response(cluster_view_json(*found));
}

ApiResponse Api::article(std::string_view id) {
  if (id.empty()) throw UsageError("article needs an id: /api/v1/article/ID or article?id=ID");
  IndexPool::Lease handle = pool_->acquire();
  std::optional<ArticleWithQuotes> found = find_article(handle->index, id);
  if (!found) throw NotFound("no article with id '" + std::string(id) + "'");
  return json_response(article_json(*found));
}

ApiResponse Api::listing(const ApiParams& params, bool speakers) {
  const std::string prefix = param(params, "prefix");
  const std::size_t limit = number_param(params, "limit", 50, 1, 1000);
  IndexPool::Lease handle = pool_->acquire();
  std::vector<FacetEntry> entries;
  if (speakers) {
    // As --list-speakers: a prefix in another script ("пут") finds the speaker its alias names.
    for (SpeakerListing& listing : list_speakers(handle->index.quotes, &speakers_, prefix, limit)) {
      entries.push_back({std::move(listing.name), listing.quotes});
    }
  } else {
    entries = list_facet(handle->index.articles, schema::kPrefixOutlet, schema::kSlotOutlet, prefix,
                         limit);
  }
  return json_response(JsonObject()
                           .add("prefix", prefix)
                           .add_raw(speakers ? "speakers" : "outlets", entries_json(entries))
                           .str());
}

ApiResponse Api::stats() {
  IndexPool::Lease handle = pool_->acquire();
  std::ostringstream out;
  print_stats(out, collect_stats(handle->index, pool_->dir()), true);
  std::string body = out.str();
  while (!body.empty() && body.back() == '\n') body.pop_back();
  return json_response(std::move(body));
}

}  // namespace rostra
