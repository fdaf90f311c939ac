#pragma once
// The values the facets and histogram endpoints count (outlet, speakers, date, language) of
// every document of one database revision, held as small numbers by docid.

#include <xapian.h>

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "common/search/date_histogram.h"

namespace rostra {

/// One value slot of every document: `ids[did]` numbers the value of document `did` in
/// `names` (the values as stored, each once; "" for a document without one). A
/// multi-valued slot (names joined by kValueSeparator) keeps each document's names at
/// `ids[starts[did]]` .. `ids[starts[did + 1]]`; a single-valued one has no `starts`.
struct ValueColumn {
  std::vector<std::string> names;
  std::vector<std::uint32_t> ids;
  std::vector<std::uint32_t> starts;
};

/// The outlet, speakers, date and language of every document of one database (not several
/// searched as one: a MatchSpy there sees docids of the sub-databases), read once from its
/// value streams, with every document's count by date. Counting a match set from these
/// costs a few array increments a match, where reading values from each matching document
/// costs a B-tree lookup a value, and the columns of one revision serve every request on it
/// (ValueColumnCache). Immutable once made; thread-safe to read.
class ValueColumns {
 public:
  /// Reads the four value streams of `db` at its current revision. REQUIRES: db.size() == 1.
  /// Throws Xapian::Error when the database cannot be read (e.g. DatabaseModifiedError).
  explicit ValueColumns(const Xapian::Database& db);

  /// The revision read and the database's UUID: a search whose database is still at this
  /// revision (of this database) sees exactly these values.
  Xapian::rev revision() const { return revision_; }
  const std::string& uuid() const { return uuid_; }
  /// The highest docid held; documents above it (none at this revision) have no values.
  Xapian::docid last_docid() const { return last_docid_; }

  const ValueColumn& outlets() const { return outlets_; }
  const ValueColumn& speakers() const { return speakers_; }
  const ValueColumn& dates() const { return dates_; }
  const ValueColumn& languages() const { return languages_; }
  /// Every document by ISO date as stored (the dates column's names without ""), in date
  /// order: the totals a histogram shows its matches against.
  const std::map<std::string, std::uint64_t>& all_days() const { return all_days_; }
  /// all_days() summed by bucket of `interval` (bucket_counts), once per revision rather
  /// than once a histogram.
  const BucketCounts& bucket_totals(DateInterval interval) const {
    return bucket_totals_[static_cast<std::size_t>(interval)];
  }

 private:
  Xapian::rev revision_;
  std::string uuid_;
  Xapian::docid last_docid_;
  ValueColumn outlets_;
  ValueColumn speakers_;
  ValueColumn dates_;
  ValueColumn languages_;
  std::map<std::string, std::uint64_t> all_days_;
  std::array<BucketCounts, 4> bucket_totals_;  ///< By DateInterval.
};

}  // namespace rostra
