#pragma once
// Exact facet counts over a whole match set.

#include <xapian.h>

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "common/search/value_slot_reader.h"

namespace rostra {

/// Counts by outlet, speaker (multi-valued) and month ("YYYY-MM") of every document it
/// sees. Unknown values count under "(unknown)". Run the Enquire with check_at_least at
/// least the database size so that it sees the whole match set.
class FacetCounter : public Xapian::MatchSpy {
 public:
  /// `db`: the database the Enquire searches (it must outlive the counter). A single
  /// database's values are read from its value streams (see ValueSlotReader); for several
  /// searched as one, from each document, since a MatchSpy gets the document's id in its
  /// own database (Xapian::Document::get_docid), not the id the streams use.
  explicit FacetCounter(const Xapian::Database& db);

  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override { return "rostra::FacetCounter"; }

  /// Adds what `other` counted, over documents this counter did not see (one search split
  /// between threads by docid range): stories seen by both count once.
  void merge(const FacetCounter& other);

  /// Counts by name, in name order.
  using Counts = std::map<std::string, std::uint64_t>;

  Counts outlets() const;
  Counts speakers() const { return Counts(speakers_.begin(), speakers_.end()); }
  /// Counts by date at one of three lengths: "YYYY-MM-DD", "YYYY-MM", "YYYY".
  Counts days() const { return Counts(days_.begin(), days_.end()); }
  Counts months() const { return dates_cut(7); }
  Counts years() const { return dates_cut(4); }
  /// Distinct duplicate clusters per outlet: unique stories, beside total carriage. A story
  /// carried by two outlets counts under each.
  Counts outlet_stories() const;
  /// Distinct duplicate clusters among all the documents seen: what --collapse shows, one
  /// result per story. Never more than the documents seen.
  std::uint64_t stories() const;

 private:
  // One outlet's matches and the distinct clusters among them. A cluster key of 16 hex
  // digits (what the indexer writes: hash_hex, in ArticleWriter) is kept as its 64-bit
  // number, any other key as itself: both exact, and the first needs no allocation.
  struct OutletTally {
    std::uint64_t matches = 0;
    std::unordered_set<std::uint64_t> clusters;
    std::unordered_set<std::string> other_clusters;
    std::uint64_t unclustered = 0;  ///< Matches without a cluster key: a story each.

    void add(const std::string& cluster);
    void merge(const OutletTally& other);
    std::uint64_t stories() const { return clusters.size() + other_clusters.size() + unclustered; }
  };

  // Hashes strings and string_views alike, so lookups by a view make no string.
  struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  template <typename Value>
  using ByName = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;
  // The entry for `key` in `map`, made (zero) when missing; no copy of `key` when present.
  template <typename Value>
  static Value& entry(ByName<Value>& map, std::string_view key);

  // The value in `slot` of `doc`, through `reader` when streams can be used.
  std::string value(const Xapian::Document& doc, ValueSlotReader& reader, Xapian::valueno slot);

  ByName<OutletTally> outlets_;
  OutletTally all_;  ///< every outlet's clusters together
  ByName<std::uint64_t> speakers_;
  ByName<std::uint64_t> days_;  ///< by "YYYY-MM-DD" (or a shorter date as stored)
  // days_ summed by their first `length` bytes (unknown dates stay "(unknown)").
  Counts dates_cut(std::size_t length) const;
  bool use_streams_;
  ValueSlotReader outlet_reader_;
  ValueSlotReader cluster_reader_;
  ValueSlotReader date_reader_;
  ValueSlotReader speakers_reader_;
};

/// `counts` ordered by count, descending, then by name.
std::vector<std::pair<std::string, std::uint64_t>> by_count(const FacetCounter::Counts& counts);

}  // namespace rostra
