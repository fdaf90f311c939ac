#include "common/spread/cluster_summary.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "common/analysis/quote_wording.h"

namespace rostra {
namespace {

void sort_by_date(std::vector<ClusterOccurrence>& occurrences) {
  std::stable_sort(occurrences.begin(), occurrences.end(),
                   [](const ClusterOccurrence& a, const ClusterOccurrence& b) {
                     const StoredQuote& x = a.quote;
                     const StoredQuote& y = b.quote;
                     return std::tuple(x.date.empty(), x.date, x.outlet, x.article_id, x.start) <
                            std::tuple(y.date.empty(), y.date, y.outlet, y.article_id, y.start);
                   });
}

std::vector<ClusterVariant> variants_of(const std::vector<ClusterOccurrence>& occurrences) {
  WordingAnalyzer analyzer;
  std::map<std::string, ClusterVariant> by_key;
  std::vector<std::string> order;
  for (const ClusterOccurrence& o : occurrences) {
    QuoteWording w = analyzer.analyze(o.quote.text, o.quote.language);
    auto [it, fresh] = by_key.try_emplace(w.key);
    if (fresh) {
      it->second.text = o.quote.text;
      it->second.words = w.length;
      order.push_back(w.key);
    }
    ++it->second.count;
  }
  std::vector<ClusterVariant> out;
  for (const std::string& key : order) out.push_back(by_key[key]);
  std::stable_sort(out.begin(), out.end(), [](const ClusterVariant& a, const ClusterVariant& b) {
    return a.count > b.count;
  });
  return out;
}

std::string canonical_of(const std::vector<ClusterVariant>& variants) {
  const ClusterVariant* best = nullptr;
  for (bool attested : {true, false}) {
    for (const ClusterVariant& v : variants) {
      if (attested && v.count < 2) continue;
      if (best == nullptr || v.words > best->words) best = &v;
    }
    if (best != nullptr) break;
  }
  return best != nullptr ? best->text : std::string();
}

}  // namespace

ClusterSummary summarize_cluster(std::string id, std::vector<ClusterOccurrence>& occurrences) {
  sort_by_date(occurrences);
  ClusterSummary s;
  s.id = std::move(id);
  s.quotes = occurrences.size();
  std::map<std::string, std::size_t> speakers;
  std::set<std::string> outlets;
  std::map<std::string, std::size_t> days;
  for (const ClusterOccurrence& o : occurrences) {
    const StoredQuote& q = o.quote;
    if (!q.speaker.empty()) ++speakers[q.speaker];
    if (!q.outlet.empty()) outlets.insert(q.outlet);
    if (q.date.empty()) continue;
    ++days[q.date];
    if (s.first_date.empty()) {
      s.first_date = q.date;
      s.first_outlet = q.outlet;
      s.first_article = q.article_id;
      s.first_date_source = o.date_source;
    }
    s.last_date = q.date;
  }
  std::size_t most = 0;
  for (const auto& [name, count] : speakers) {
    if (count > most) {
      most = count;
      s.speaker = name;
    }
  }
  s.articles = carriage_of(occurrences);
  s.outlets = outlets.size();
  s.timeline.assign(days.begin(), days.end());
  s.variants = variants_of(occurrences);
  s.canonical = canonical_of(s.variants);
  return s;
}

std::size_t carriage_of(const std::vector<ClusterOccurrence>& occurrences) {
  std::set<std::string> articles;
  for (const ClusterOccurrence& o : occurrences) {
    articles.insert(o.duplicate_key.empty() ? "a:" + o.quote.article_id : "d:" + o.duplicate_key);
  }
  return articles.size();
}

std::string first_date_of(const std::vector<ClusterOccurrence>& occurrences) {
  std::string first;
  for (const ClusterOccurrence& o : occurrences) {
    if (!o.quote.date.empty() && (first.empty() || o.quote.date < first)) first = o.quote.date;
  }
  return first;
}

}  // namespace rostra
