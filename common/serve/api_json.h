#pragma once
// The JSON of the API's answers: hits, quotes, facets, histograms, articles.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/search/article_lookup.h"
#include "common/search/date_histogram.h"
#include "common/search/facet_listing.h"
#include "common/search/search.h"

namespace rostra {

/// A snippet as a JSON array of runs, [{"text":"…","mark":false},…]: a page puts each
/// run in a text node (never HTML), marked runs inside <mark>.
std::string snippet_json(const Snippet& snippet);

/// One article hit: rank, id, score, title, date, outlet, url, language, collapsed,
/// snippet (runs). Unknown values are null.
std::string hit_json(const SearchHit& hit);

/// One quote hit: rank, score, text, snippet (runs), speaker, cue, kind, date, outlet,
/// title, url, article_id, start, end.
std::string quote_json(const SearchHit& hit);

/// [{"name":…,"count":…},…] in the given order.
std::string counts_json(const std::vector<std::pair<std::string, std::uint64_t>>& counts);
std::string entries_json(const std::vector<FacetEntry>& entries);

/// [{"key":…,"count":…,"total":…},…].
std::string buckets_json(const std::vector<HistogramBucket>& buckets);

/// An article view: metadata, provenance (file name and line), lead, the body as runs
/// [{"text":…} or {"text":…,"quote":i}] (i indexes "quotes"), and its quotes (speaker,
/// cue, kind), in body order.
std::string article_json(const ArticleWithQuotes& article);

/// {"error":{"status":…,"message":…}}.
std::string error_json(int status, const std::string& message);

}  // namespace rostra
