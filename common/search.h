#pragma once
// Running a query against a Rostra database: ranking, sorting, paging, facets, snippets.

#include <xapian.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/article.h"
#include "common/database.h"
#include "common/outlet_table.h"
#include "common/snippet.h"
#include "common/speaker_aliases.h"
#include "common/stored_quote.h"

namespace rostra {

enum class SortOrder { kRelevance, kNewest, kOldest };

/// One search.
struct SearchRequest {
  std::string query;
  std::size_t offset = 0;
  std::size_t limit = 10;
  SortOrder sort = SortOrder::kRelevance;
  bool facets = false;
  std::string language = "en";  ///< Stemmer for Latin-script query words.
  bool quotes = false;          ///< Search quote documents instead of articles.
  bool all_kinds = false;       ///< With `quotes`: also titles and scare quotes, not only quotes.
  bool collapse = false;        ///< One result per duplicate cluster (exact and near copies).
  bool exact_total = true;      ///< Count every match; false: Xapian's estimate (faster top-k).
  bool snippets = true;         ///< Load each hit's stored text and cut a snippet.
};

/// One result.
struct SearchHit {
  std::size_t rank = 0;         ///< 1-based, counting from the first match (not the page).
  double score = 0;             ///< BM25 weight.
  Article article;              ///< Article searches: as stored (text, metadata).
  StoredQuote quote;            ///< Quote searches: the quote and its article's metadata.
  std::uint64_t collapsed = 0;  ///< With collapse: how many more copies of this story matched.
  Snippet snippet;              ///< Articles: a passage; quotes: the quote, cut when long.
};

/// Facet counts: outlets and speakers by count descending, months in date order.
struct FacetResults {
  std::vector<std::pair<std::string, std::uint64_t>> outlets;
  std::vector<std::pair<std::string, std::uint64_t>> speakers;
  std::vector<std::pair<std::string, std::uint64_t>> months;
  /// Distinct duplicate clusters (stories) per outlet, beside `outlets` (total carriage).
  std::vector<std::pair<std::string, std::uint64_t>> outlet_stories;
};

/// The page of results and exact totals.
struct SearchResults {
  std::uint64_t total = 0;    ///< Exact number of matching articles (or quotes).
  std::uint64_t stories = 0;  ///< With collapse: distinct stories among them.
  std::vector<SearchHit> hits;
  bool has_facets = false;
  FacetResults facets;
};

/// Searches one database. Not thread-safe; cheap to create.
class Searcher {
 public:
  /// `outlets` and `speakers` (may be null) resolve outlet: and speaker: names given as
  /// hosts or aliases. Both must outlive the searcher.
  Searcher(const ReadableIndex& index, const OutletTable* outlets,
           const SpeakerAliases* speakers = nullptr);

  /// Parses and runs `request`. Throws QueryError for a malformed query and
  /// DatabaseError when the database cannot be read.
  SearchResults search(const SearchRequest& request);

 private:
  SearchResults search_once(const SearchRequest& request);

  ReadableIndex index_;
  const OutletTable* outlets_;
  const SpeakerAliases* speakers_;
  SnippetMaker snippets_;
};

}  // namespace rostra
