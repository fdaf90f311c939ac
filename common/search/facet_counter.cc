#include "common/search/facet_counter.h"

#include <algorithm>

#include "common/schema/index_terms.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

constexpr std::string_view kUnknown = "(unknown)";

// `key` as the number its 16 lowercase hex digits spell (how hash_hex writes it), when it is
// exactly that: one number per such key, so counting numbers counts the keys.
bool parse_hex64(std::string_view key, std::uint64_t& out) {
  if (key.size() != 16) return false;
  out = 0;
  for (char c : key) {
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (digit < 0) return false;
    out = out << 4 | static_cast<std::uint64_t>(digit);
  }
  return true;
}

}  // namespace

template <typename Value>
Value& FacetCounter::entry(ByName<Value>& map, std::string_view key) {
  auto it = map.find(key);
  if (it == map.end()) it = map.emplace(std::string(key), Value{}).first;
  return it->second;
}

FacetCounter::FacetCounter(const Xapian::Database& db)
    : use_streams_(db.size() == 1),
      outlet_reader_(db, schema::kSlotOutlet),
      cluster_reader_(db, schema::kSlotCluster),
      date_reader_(db, schema::kSlotDate),
      speakers_reader_(db, schema::kSlotSpeakers) {}

std::string FacetCounter::value(const Xapian::Document& doc, ValueSlotReader& reader,
                                Xapian::valueno slot) {
  return use_streams_ ? reader.value(doc.get_docid()) : doc.get_value(slot);
}

void FacetCounter::operator()(const Xapian::Document& doc, double) {
  const std::string outlet = value(doc, outlet_reader_, schema::kSlotOutlet);
  OutletTally& tally = entry(outlets_, outlet.empty() ? kUnknown : std::string_view(outlet));
  const std::string cluster = value(doc, cluster_reader_, schema::kSlotCluster);
  tally.add(cluster);
  all_.add(cluster);
  const std::string date = value(doc, date_reader_, schema::kSlotDate);
  ++entry(days_, date.size() >= 7 ? std::string_view(date) : kUnknown);
  const std::string speakers = value(doc, speakers_reader_, schema::kSlotSpeakers);
  for_each_joined_value(speakers, [&](std::string_view name) { ++entry(speakers_, name); });
}

void FacetCounter::OutletTally::add(const std::string& cluster) {
  ++matches;
  std::uint64_t number = 0;
  if (parse_hex64(cluster, number)) {
    clusters.insert(number);
  } else if (cluster.empty()) {
    ++unclustered;  // no cluster recorded: a story of its own
  } else {
    other_clusters.insert(cluster);
  }
}

void FacetCounter::OutletTally::merge(const OutletTally& other) {
  matches += other.matches;
  clusters.insert(other.clusters.begin(), other.clusters.end());
  other_clusters.insert(other.other_clusters.begin(), other.other_clusters.end());
  unclustered += other.unclustered;
}

std::uint64_t FacetCounter::stories() const {
  return all_.stories();
}

void FacetCounter::merge(const FacetCounter& other) {
  for (const auto& [outlet, theirs] : other.outlets_) entry(outlets_, outlet).merge(theirs);
  all_.merge(other.all_);
  for (const auto& [speaker, count] : other.speakers_) entry(speakers_, speaker) += count;
  for (const auto& [day, count] : other.days_) entry(days_, day) += count;
}

FacetCounter::Counts FacetCounter::dates_cut(std::size_t length) const {
  Counts out;
  for (const auto& [date, count] : days_) {
    out[date == kUnknown ? date : date.substr(0, length)] += count;
  }
  return out;
}

FacetCounter::Counts FacetCounter::outlets() const {
  Counts out;
  for (const auto& [outlet, tally] : outlets_) out[outlet] = tally.matches;
  return out;
}

FacetCounter::Counts FacetCounter::outlet_stories() const {
  Counts out;
  for (const auto& [outlet, tally] : outlets_) out[outlet] = tally.stories();
  return out;
}

std::vector<std::pair<std::string, std::uint64_t>> by_count(const FacetCounter::Counts& counts) {
  std::vector<std::pair<std::string, std::uint64_t>> out(counts.begin(), counts.end());
  std::stable_sort(out.begin(), out.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return out;
}

}  // namespace rostra
