#include "common/search/cluster_lookup.h"

#include <algorithm>
#include <cstdint>
#include <tuple>

#include "common/base/errors.h"
#include "common/spread/cluster_store.h"

namespace rostra {

std::optional<ClusterView> find_cluster(const ReadableIndex& index, std::string_view id) {
  try {
    ClusterView view;
    view.occurrences = read_cluster(index.quotes, &index.articles, id);
    if (view.occurrences.empty()) return std::nullopt;
    view.summary = summarize_cluster(std::string(id), view.occurrences);
    view.links = read_translation_links(index.quotes, id);
    return view;
  } catch (const Xapian::Error& e) {
    throw DatabaseError("reading quote cluster " + std::string(id) + ": " + e.get_description());
  } catch (const std::runtime_error& e) {
    throw DatabaseError("reading quote cluster " + std::string(id) + ": " + e.what());
  }
}

namespace {

// The occurrences of cluster `id` (none for "", a quote not placed yet), without their
// date sources.
std::vector<ClusterOccurrence> occurrences_of(const ReadableIndex& index, const std::string& id) {
  if (id.empty()) return {};
  try {
    return read_cluster(index.quotes, nullptr, id);
  } catch (const Xapian::Error& e) {
    throw DatabaseError("reading quote cluster " + id + ": " + e.get_description());
  } catch (const std::runtime_error& e) {
    throw DatabaseError("reading quote cluster " + id + ": " + e.what());
  }
}

// Orders `hits` (one per cluster, by relevance: the whole match set) by `order`, relevance
// breaking ties, and keeps the page [offset, offset + limit): by carriage, most carried
// first; by first said, earliest first, a cluster with no dated quote (or none) last.
void keep_page_in_order(const ReadableIndex& index, std::vector<SearchHit>& hits, GroupOrder order,
                        std::size_t offset, std::size_t limit) {
  // (undated, first date, carriage negated): the key of either order, the other parts 0.
  using Key = std::tuple<bool, std::string, std::int64_t>;
  std::vector<std::pair<Key, std::size_t>> keyed;  // (key, position)
  keyed.reserve(hits.size());
  for (std::size_t i = 0; i < hits.size(); ++i) {
    const std::vector<ClusterOccurrence> occurrences = occurrences_of(index, hits[i].cluster);
    Key key;
    if (order == GroupOrder::kCarriage) {
      std::get<2>(key) = -static_cast<std::int64_t>(carriage_of(occurrences));
    } else {
      std::get<1>(key) = first_date_of(occurrences);
      std::get<0>(key) = std::get<1>(key).empty();
    }
    keyed.emplace_back(std::move(key), i);
  }
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<SearchHit> page;
  for (std::size_t i = offset; i < keyed.size() && page.size() < limit; ++i) {
    page.push_back(std::move(hits[keyed[i].second]));
  }
  hits = std::move(page);
}

}  // namespace

GroupOrder parse_group_order(std::string_view name) {
  if (name == "relevance") return GroupOrder::kRelevance;
  if (name == "first" || name == "first-said") return GroupOrder::kFirstSaid;
  if (name == "carriage") return GroupOrder::kCarriage;
  throw UsageError("--group-sort takes relevance, first or carriage, not '" + std::string(name) +
                   "'");
}

QuoteGroups search_quote_groups(Searcher& searcher, const ReadableIndex& index,
                                SearchRequest request, GroupOrder order) {
  request.quotes = true;
  request.group = true;
  const std::size_t offset = request.offset;
  const std::size_t limit = request.limit;
  if (order != GroupOrder::kRelevance) {
    // Every matching cluster: each holds at least one quote document.
    request.offset = 0;
    request.limit = std::max<std::size_t>(offset + limit, index.quotes.get_doccount());
  }
  SearchResults results = searcher.search(request);
  if (order != GroupOrder::kRelevance) {
    keep_page_in_order(index, results.hits, order, offset, limit);
  }
  QuoteGroups out;
  out.total = results.total;
  out.notes = std::move(results.notes);
  std::size_t unplaced = 0;
  for (SearchHit& hit : results.hits) {
    QuoteGroup group;
    if (!hit.cluster.empty()) {
      if (auto view = find_cluster(index, hit.cluster)) group.summary = std::move(view->summary);
    } else {
      ++unplaced;
    }
    group.hit = std::move(hit);
    out.groups.push_back(std::move(group));
  }
  if (unplaced > 0) {
    out.notes.push_back(std::to_string(unplaced) + " of the quotes listed in no cluster yet " +
                        "(the index was written with --no-spread, or before quote clusters " +
                        "existed): each is listed alone; rerun rostra-index on its inputs " +
                        "without --no-spread to place them");
  }
  return out;
}

}  // namespace rostra
