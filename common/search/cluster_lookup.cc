#include "common/search/cluster_lookup.h"

#include <algorithm>

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

// The articles carrying cluster `id` (0 for "", a quote not placed yet).
std::size_t carriage(const ReadableIndex& index, const std::string& id) {
  if (id.empty()) return 0;
  try {
    return carriage_of(read_cluster(index.quotes, nullptr, id));
  } catch (const Xapian::Error& e) {
    throw DatabaseError("reading quote cluster " + id + ": " + e.get_description());
  } catch (const std::runtime_error& e) {
    throw DatabaseError("reading quote cluster " + id + ": " + e.what());
  }
}

// Orders `hits` (one per cluster, by relevance: the whole match set) by the articles
// carrying their clusters, most first, relevance breaking ties, and keeps the page
// [offset, offset + limit).
void keep_most_carried(const ReadableIndex& index, std::vector<SearchHit>& hits, std::size_t offset,
                       std::size_t limit) {
  std::vector<std::pair<std::size_t, std::size_t>> order;  // (carriage, position)
  order.reserve(hits.size());
  for (std::size_t i = 0; i < hits.size(); ++i)
    order.emplace_back(carriage(index, hits[i].cluster), i);
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<SearchHit> page;
  for (std::size_t i = offset; i < order.size() && page.size() < limit; ++i) {
    page.push_back(std::move(hits[order[i].second]));
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
    request.offset = 0;
    request.limit = std::max(kGroupPool, offset + limit);
  }
  // Every matching cluster: each holds at least one quote document.
  if (order == GroupOrder::kCarriage) {
    request.limit = std::max<std::size_t>(request.limit, index.quotes.get_doccount());
  }
  SearchResults results = searcher.search(request);
  if (order == GroupOrder::kCarriage) keep_most_carried(index, results.hits, offset, limit);
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
  if (order != GroupOrder::kFirstSaid) return out;
  auto first = [](const QuoteGroup& g) {
    return std::pair(g.summary.first_date.empty(), g.summary.first_date);
  };
  std::stable_sort(out.groups.begin(), out.groups.end(),
                   [&](const QuoteGroup& a, const QuoteGroup& b) { return first(a) < first(b); });
  const std::size_t begin = std::min(offset, out.groups.size());
  const std::size_t end = std::min(begin + limit, out.groups.size());
  out.groups = std::vector<QuoteGroup>(out.groups.begin() + static_cast<std::ptrdiff_t>(begin),
                                       out.groups.begin() + static_cast<std::ptrdiff_t>(end));
  return out;
}

}  // namespace rostra
