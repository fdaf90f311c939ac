#include "common/facet_counter.h"

#include <algorithm>

#include "common/schema.h"

namespace rostra {
namespace {
constexpr const char* kUnknown = "(unknown)";
}

void FacetCounter::operator()(const Xapian::Document& doc, double) {
  std::string outlet = doc.get_value(schema::kSlotOutlet);
  if (outlet.empty()) outlet = kUnknown;
  ++outlets_[outlet];
  std::string cluster = doc.get_value(schema::kSlotCluster);
  outlet_clusters_[outlet].insert(cluster.empty() ? std::to_string(doc.get_docid()) : cluster);
  std::string date = doc.get_value(schema::kSlotDate);
  ++months_[date.size() >= 7 ? date.substr(0, 7) : kUnknown];
  std::string speakers = doc.get_value(schema::kSlotSpeakers);
  for (std::size_t start = 0; start < speakers.size();) {
    std::size_t end = speakers.find(schema::kValueSeparator, start);
    if (end == std::string::npos) end = speakers.size();
    ++speakers_[speakers.substr(start, end - start)];
    start = end + 1;
  }
}

std::map<std::string, std::uint64_t> FacetCounter::outlet_stories() const {
  std::map<std::string, std::uint64_t> out;
  for (const auto& [outlet, clusters] : outlet_clusters_) out[outlet] = clusters.size();
  return out;
}

std::vector<std::pair<std::string, std::uint64_t>> by_count(
    const std::map<std::string, std::uint64_t>& counts) {
  std::vector<std::pair<std::string, std::uint64_t>> out(counts.begin(), counts.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

}  // namespace rostra
