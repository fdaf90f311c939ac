#pragma once
// Facet and date counts of a match set, from ValueColumns.

#include <xapian.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "common/serve/value_columns.h"

namespace rostra {

/// A match spy counting every match by outlet, speaker, date and language through
/// `columns` (which must be of the searched database at the revision searched): the same counts as
/// FacetCounter (outlets, speakers, months), DateCounter (days, undated) and a
/// Xapian::ValueCountMatchSpy on the language slot, at the cost of an array increment per value.
/// Not thread-safe: one per search.
class ColumnCounter : public Xapian::MatchSpy {
 public:
  explicit ColumnCounter(std::shared_ptr<const ValueColumns> columns);

  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override { return "rostra::ColumnCounter"; }

  using Counts = std::vector<std::pair<std::string, std::uint64_t>>;
  /// By count descending, then name; "(unknown)" counts matches without an outlet.
  Counts outlets() const;
  /// By count descending, then name.
  Counts speakers() const;
  /// The `limit` most frequent languages, by count descending, then code; matches without
  /// a language are not counted (as ValueCountMatchSpy).
  Counts languages(std::size_t limit) const;
  /// By "YYYY-MM", in order; a date shorter than that, or none, counts as "(unknown)".
  Counts months() const;
  /// Matches by date as stored, in order; undated ones apart.
  std::map<std::string, std::uint64_t> days() const;
  std::uint64_t undated() const;
  const ValueColumns& columns() const { return *columns_; }

 private:
  std::shared_ptr<const ValueColumns> columns_;
  std::vector<std::uint64_t> outlets_;  ///< By number in columns_->outlets(); so the others.
  std::vector<std::uint64_t> speakers_;
  std::vector<std::uint64_t> dates_;
  std::vector<std::uint64_t> languages_;
};

}  // namespace rostra
