#pragma once
// Running a query against a Rostra database: ranking, sorting, paging, facets, snippets.

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "common/base/part_runner.h"
#include "common/document/stored_quote.h"
#include "common/index/readable_index.h"
#include "common/input/metadata/outlet_table.h"
#include "common/model/article.h"
#include "common/query/query_ast.h"
#include "common/query/query_builder.h"
#include "common/quotes/speaker_aliases.h"
#include "common/search/facet_counter.h"
#include "common/search/snippet.h"

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
  bool group = false;           ///< With `quotes`: one result per quote cluster (common/spread).
  bool exact_total = true;      ///< Count every match; false: Xapian's estimate (faster top-k).
  bool snippets = true;         ///< Load each hit's stored text and cut a snippet.
  /// Also shown every match (e.g. a date histogram, a deadline); not owned. A search with
  /// spies runs on the calling thread alone, so a spy needs no locking and sees the docids
  /// of the searched database.
  std::vector<Xapian::MatchSpy*> spies;
};

/// One result.
struct SearchHit {
  std::size_t rank = 0;         ///< 1-based, counting from the first match (not the page).
  double score = 0;             ///< BM25 weight.
  Article article;              ///< Article searches: as stored (text, metadata).
  StoredQuote quote;            ///< Quote searches: the quote and its article's metadata.
  std::uint64_t collapsed = 0;  ///< With collapse: how many more copies of this story matched.
  std::string cluster;          ///< Quote searches: the quote's cluster ("" when not placed yet).
  Snippet snippet;              ///< Articles: a passage; quotes: the quote, cut when long.
};

/// Facet counts: outlets and speakers by count descending, months in date order.
struct FacetResults {
  std::vector<std::pair<std::string, std::uint64_t>> outlets;
  std::vector<std::pair<std::string, std::uint64_t>> speakers;
  std::vector<std::pair<std::string, std::uint64_t>> months;
  std::vector<std::pair<std::string, std::uint64_t>> years;  ///< In date order, like months.
  std::vector<std::pair<std::string, std::uint64_t>> days;   ///< In date order.
  /// Distinct duplicate clusters (stories) per outlet, beside `outlets` (total carriage): a
  /// story carried by two outlets counts under each.
  std::vector<std::pair<std::string, std::uint64_t>> outlet_stories;
  /// Distinct stories among all matches (what SearchResults::stories counts with collapse).
  std::uint64_t stories = 0;
};

/// The page of results and exact totals.
struct SearchResults {
  std::uint64_t total = 0;    ///< Exact number of matching articles (or quotes).
  std::uint64_t stories = 0;  ///< With collapse: distinct stories among them.
  std::vector<SearchHit> hits;
  bool has_facets = false;
  FacetResults facets;
  /// What the user should be told that did not stop the search, one line each: a lower-case
  /// "or" searched as a word, an outlet: or speaker: naming nothing in the index (with the
  /// closest names), a surname taken as the one speaker who has it.
  std::vector<std::string> notes;
};

/// Below this many documents a search is not split between threads (see
/// Searcher::set_threads).
inline constexpr Xapian::doccount kParallelSearchMinDocuments = 20000;

/// Searches one database. Not thread-safe (it may run threads of its own, see
/// set_threads); cheap to create.
class Searcher {
 public:
  /// `outlets` and `speakers` (may be null) resolve outlet: and speaker: names given as
  /// hosts or aliases. Both must outlive the searcher.
  Searcher(const ReadableIndex& index, const OutletTable* outlets,
           const SpeakerAliases* speakers = nullptr);

  /// Parses and runs `request`. Throws QueryError for a malformed query and
  /// DatabaseError when the database cannot be read.
  SearchResults search(const SearchRequest& request);

  /// Splits a search of a database of at least `min_documents` documents into `threads`
  /// docid ranges, searched by the calling thread and `threads` - 1 helper threads (a
  /// PartRunner: whichever thread is free takes the next range, each through its own handle
  /// on the database); totals and facets are summed and the page is cut from the merged
  /// matches, in the order one thread gives. Collapsing searches, an index not opened from a
  /// directory (ReadableIndex::dir) or with a bulk load under way, and handles on
  /// different revisions run on the calling thread alone. Default: one thread per core.
  void set_threads(unsigned threads, Xapian::doccount min_documents = kParallelSearchMinDocuments);

  /// How many threads the last search ran on.
  unsigned threads_used() const { return threads_used_; }

 private:
  SearchResults search_once(const SearchRequest& request);
  // The query for `request` over `index`, quote kinds filtered; with `defer_positional`,
  // required phrases are left to a match decider (QueryBuilder::set_defer_positional).
  BuiltQuery build_query(const QueryNode& parsed, const SearchRequest& request,
                         ReadableIndex& index, const Vocabulary& vocabulary, bool ranked,
                         bool defer_positional) const;
  // The database `request` searches in `index`.
  static Xapian::Database& database_of(ReadableIndex& index, const SearchRequest& request);
  // A match, held until the page is cut.
  struct Match {
    Xapian::docid docid;
    double weight;
    Xapian::doccount collapsed;
    Xapian::Document document;
    std::string sort_key;  ///< Xapian's sort key: the date when sorting by it, else "".
  };
  // What one thread found: its totals, facets and first matches.
  struct Part {
    std::uint64_t total = 0;
    std::uint64_t stories = 0;
    std::vector<Match> matches;
    std::unique_ptr<FacetCounter> facets;  ///< Only when the request asks for facets.
    HighlightTerms highlights;             ///< What its query marks in snippets.
    std::vector<std::string> notes;        ///< What building its query found worth saying.
  };
  // One index handle per thread `request` may use, the first this searcher's own; all on
  // its revision.
  std::vector<ReadableIndex*> handles_for(const SearchRequest& request);
  // The matches of docids `first`..`last` of `index` (all when `first` is 0): totals,
  // facets and `wanted` matches from `skip` on, ordered as `request` sorts.
  Part search_part(const QueryNode& parsed, const SearchRequest& request, ReadableIndex& index,
                   Xapian::docid first, Xapian::docid last, std::size_t skip, std::size_t wanted);
  // The page `request` asks for, from every part's first offset + limit matches.
  static std::vector<Match> merge_parts(std::vector<Part>& parts, const SearchRequest& request);

  ReadableIndex index_;
  const OutletTable* outlets_;
  const SpeakerAliases* speakers_;
  SnippetMaker snippets_;
  unsigned threads_;
  Xapian::doccount parallel_min_documents_ = kParallelSearchMinDocuments;
  unsigned threads_used_ = 0;
  std::vector<ReadableIndex> helpers_;  ///< More handles on index_.dir, one per extra thread.
  std::unique_ptr<PartRunner> runner_;  ///< Its helper threads, started at the first split search.
};

}  // namespace rostra
