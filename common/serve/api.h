#pragma once
// The JSON API of rostra-serve, /api/v1/...: answers built from a request's path and
// query-string parameters, apart from any HTTP library (http_server.h carries them).

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "common/input/metadata/outlet_table.h"
#include "common/quotes/speaker_aliases.h"
#include "common/serve/api_request.h"
#include "common/serve/column_counter.h"
#include "common/serve/index_pool.h"
#include "common/serve/serve_options.h"
#include "common/serve/value_column_cache.h"

namespace rostra {

/// One answer. A streamed answer (an export) has `stream` set instead of `body`.
struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  /// Appends the next part of the body to its argument; returns false once there is no
  /// more. Called on one thread, after handle() returned.
  std::function<bool(std::string&)> stream;
  std::string download_name;  ///< For Content-Disposition, when an export.
};

/// The endpoints (see docs/SERVER.md for each one's parameters and answer):
///   search, quotes        hits (or quotes) with snippets, the exact total, a cursor;
///                         format=csv|jsonl streams up to max_export_rows rows
///   facets                outlet, speaker, language and month counts of the match set
///   histogram             counts by day|week|month|year, with every document's count
///   article/{id}          (or article?id=) one article with its quotes marked
///   cluster/{id}          one quote cluster: its facts, occurrences, possible translations
///   speakers, outlets     names with counts, prefix=… to search them
///   stats                 what the index holds
/// A malformed query or parameter is 400 with rostra-search's one-line message, an
/// unknown article or endpoint 404, a search cut off at its deadline or an index that
/// cannot be read 503, anything else 500. Thread-safe: each call takes its own index
/// handle from a pool.
class Api {
 public:
  /// Loads the outlet and speaker tables and opens the index. Throws InputError,
  /// DatabaseError.
  explicit Api(const ServeOptions& options);

  /// Answers `endpoint` (the path after /api/v1/, decoded) with `params`. Never throws.
  ApiResponse handle(std::string_view endpoint, const ApiParams& params);

 private:
  ApiResponse dispatch(std::string_view endpoint, const ApiParams& params);
  ApiResponse search(const ApiParams& params, bool quotes);
  ApiResponse export_rows(const ApiParams& params, bool quotes, const std::string& format);
  ApiResponse facets(const ApiParams& params);
  ApiResponse histogram(const ApiParams& params);
  ApiResponse article(std::string_view id);
  ApiResponse cluster(std::string_view id);
  ApiResponse listing(const ApiParams& params, bool speakers);
  ApiResponse stats();
  // Runs `request` on `handle` with the search deadline.
  SearchResults run(IndexHandle& handle, SearchRequest request) const;
  // Runs `request` on `handle` counting its matches from the searched database's value
  // columns into the counter returned, its results into `results`; null (`results`
  // untouched) when there are no columns for the revision searched (a bulk load under way,
  // or a commit came during the search): then the caller counts from the documents.
  std::unique_ptr<ColumnCounter> run_counted(IndexHandle& handle, SearchRequest request,
                                             SearchResults& results);

  ServeOptions options_;
  OutletTable outlets_;
  SpeakerAliases speakers_;
  std::unique_ptr<IndexPool> pool_;
  ValueColumnCache article_columns_;
  ValueColumnCache quote_columns_;
};

}  // namespace rostra
