#pragma once
// The query-string parameters of the JSON API, turned into a SearchRequest.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "common/search/search.h"

namespace rostra {

/// A request's query-string parameters (a repeated name keeps its first value).
using ApiParams = std::multimap<std::string, std::string>;

/// The value of `name` in `params`, or `fallback`.
std::string param(const ApiParams& params, std::string_view name, std::string_view fallback = "");

/// Parses a whole number parameter within [`min`, `max`]; `fallback` when absent. Throws
/// UsageError naming the parameter otherwise.
std::size_t number_param(const ApiParams& params, std::string_view name, std::size_t fallback,
                         std::size_t min, std::size_t max);

/// The query a request runs: `q`, then `from`/`to` as a date: filter, `outlet` and
/// `speaker` as field filters (in rostra-search's query language, so the parser checks
/// them and its errors are the command line's). Throws UsageError when all are empty.
std::string compose_query(const ApiParams& params);

/// Limits of one page.
inline constexpr std::size_t kDefaultPageSize = 10;
inline constexpr std::size_t kMaxPageSize = 100;

/// A cursor is where the next page starts, opaque to clients ("o" and an offset).
std::string make_cursor(std::size_t offset);
/// Throws UsageError for a cursor make_cursor did not make.
std::size_t parse_cursor(std::string_view cursor);

/// The search `params` ask for: the composed query, sort, lang (the stemmer of Latin-script
/// query words, as rostra-search --lang), collapse, size (up to `max_size`) and cursor;
/// `quotes` searches quote documents. Exact totals. Throws UsageError on a bad parameter.
SearchRequest search_request(const ApiParams& params, bool quotes, std::size_t max_size);

}  // namespace rostra
