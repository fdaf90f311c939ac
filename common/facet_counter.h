#pragma once
// Exact facet counts over a whole match set.

#include <xapian.h>

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace rostra {

/// Counts by outlet, speaker (multi-valued) and month ("YYYY-MM") of every document it
/// sees. Unknown values count under "(unknown)". Run the Enquire with check_at_least at
/// least the database size so that it sees the whole match set.
class FacetCounter : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override { return "rostra::FacetCounter"; }

  const std::map<std::string, std::uint64_t>& outlets() const { return outlets_; }
  const std::map<std::string, std::uint64_t>& speakers() const { return speakers_; }
  const std::map<std::string, std::uint64_t>& months() const { return months_; }
  /// Distinct duplicate clusters per outlet: unique stories, beside total carriage.
  std::map<std::string, std::uint64_t> outlet_stories() const;

 private:
  std::map<std::string, std::uint64_t> outlets_;
  std::map<std::string, std::uint64_t> speakers_;
  std::map<std::string, std::uint64_t> months_;
  std::map<std::string, std::set<std::string>> outlet_clusters_;
};

/// `counts` ordered by count, descending, then by name.
std::vector<std::pair<std::string, std::uint64_t>> by_count(
    const std::map<std::string, std::uint64_t>& counts);

}  // namespace rostra
