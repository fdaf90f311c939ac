#pragma once
// Reading quote clusters back: one cluster whole (--spread, the cluster view) and the
// clusters a quote search finds (--quotes --group).

#include <optional>
#include <string_view>
#include <vector>

#include "common/index/readable_index.h"
#include "common/search/search.h"
#include "common/spread/cluster_summary.h"
#include "common/spread/translation_link.h"

namespace rostra {

/// One cluster: its facts, its occurrences in date order, its possible translations.
struct ClusterView {
  ClusterSummary summary;
  std::vector<ClusterOccurrence> occurrences;
  std::vector<TranslationLink> links;
};

/// Cluster `id` of `index`, or nullopt when no quote holds it. Throws DatabaseError when
/// the index cannot be read or a stored record is corrupt. Thread-safety: as `index`.
std::optional<ClusterView> find_cluster(const ReadableIndex& index, std::string_view id);

/// How --group orders the clusters it found.
enum class GroupOrder { kRelevance, kFirstSaid, kCarriage };

/// Parses "relevance", "first" (first said, earliest first) and "carriage" (most articles
/// first). Throws UsageError otherwise.
GroupOrder parse_group_order(std::string_view name);

/// The clusters of the quotes `request` finds (request.quotes and request.group are set
/// here): the best-ranked quote of each cluster, its cluster's facts, and the total of
/// matching quotes. By carriage or first said, every matching cluster is ordered (by the
/// articles carrying it, most first; by its earliest dated quote, earliest first and
/// undated last; relevance breaking ties), so this reads the quotes of every cluster of the
/// match set. Quotes not placed yet stand alone (carriage 0, undated).
struct QuoteGroup {
  SearchHit hit;           ///< The cluster's best-ranked matching quote.
  ClusterSummary summary;  ///< Empty id when the quote has no cluster yet.
};
struct QuoteGroups {
  std::uint64_t total = 0;  ///< Matching quotes.
  std::vector<QuoteGroup> groups;
  std::vector<std::string> notes;
};
QuoteGroups search_quote_groups(Searcher& searcher, const ReadableIndex& index,
                                SearchRequest request, GroupOrder order);

}  // namespace rostra
