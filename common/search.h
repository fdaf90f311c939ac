#pragma once
// Running a query against a Rostra database: ranking, sorting, paging, facets, snippets.

#include <xapian.h>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "common/article.h"
#include "common/outlet_table.h"
#include "common/snippet.h"

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
};

/// One result.
struct SearchHit {
  std::size_t rank = 0;  ///< 1-based, counting from the first match (not the page).
  double score = 0;      ///< BM25 weight.
  Article article;       ///< As stored (text, metadata).
  Snippet snippet;
};

/// Facet counts: outlets and speakers by count descending, months in date order.
struct FacetResults {
  std::vector<std::pair<std::string, std::uint64_t>> outlets;
  std::vector<std::pair<std::string, std::uint64_t>> speakers;
  std::vector<std::pair<std::string, std::uint64_t>> months;
};

/// The page of results and exact totals.
struct SearchResults {
  std::uint64_t total = 0;  ///< Exact number of matching articles.
  std::vector<SearchHit> hits;
  bool has_facets = false;
  FacetResults facets;
};

/// Searches one database. Not thread-safe; cheap to create.
class Searcher {
 public:
  /// `outlets` (may be null) resolves outlet: names given as hosts or aliases.
  Searcher(Xapian::Database db, const OutletTable* outlets);

  /// Parses and runs `request`. Throws QueryError for a malformed query and
  /// DatabaseError when the database cannot be read.
  SearchResults search(const SearchRequest& request);

 private:
  Xapian::Database db_;
  const OutletTable* outlets_;
  SnippetMaker snippets_;
};

}  // namespace rostra
