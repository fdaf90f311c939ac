#pragma once
// Counts of a match set by day, week, month or year, beside the counts of the whole
// database in the same buckets (so a share can be shown as well as a count).

#include <xapian.h>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace rostra {

enum class DateInterval { kDay, kWeek, kMonth, kYear };

/// Parses "day", "week", "month" or "year". Throws UsageError otherwise.
DateInterval parse_date_interval(std::string_view name);

/// The bucket of ISO date `date` ("YYYY-MM-DD"): the date itself, the Monday of its ISO
/// week ("YYYY-MM-DD"), "YYYY-MM" or "YYYY". Empty when `date` is not a valid ISO date.
std::string date_bucket(std::string_view date, DateInterval interval);

/// Counts matching documents by their date (value slot kSlotDate), one entry per day.
/// Documents without a date are counted apart. Add it to an Enquire whose check_at_least
/// is the database size so that it sees every match. Not thread-safe.
class DateCounter : public Xapian::MatchSpy {
 public:
  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override { return "rostra::DateCounter"; }

  /// Matches by ISO date, in date order.
  const std::map<std::string, std::uint64_t>& days() const { return days_; }
  std::uint64_t undated() const { return undated_; }

 private:
  std::map<std::string, std::uint64_t> days_;
  std::uint64_t undated_ = 0;
};

/// Every document of `db` by ISO date (read from the date value stream). Throws
/// Xapian::Error when the database cannot be read.
std::map<std::string, std::uint64_t> count_all_days(const Xapian::Database& db);

/// One bucket: its key (see date_bucket), the matches in it and all documents in it.
struct HistogramBucket {
  std::string key;
  std::uint64_t matches = 0;
  std::uint64_t total = 0;
};

/// Most buckets date_histogram fills in between the first and last match.
inline constexpr std::size_t kMaxFilledBuckets = 20000;

/// Counts by bucket of some interval, keyed by the bucket's first day (days since
/// 1970-01-01).
using BucketCounts = std::map<long, std::uint64_t>;

/// `days` (by ISO date) summed into buckets of `interval`; dates that are not valid ISO
/// dates are left out. What date_histogram does with the totals: a caller that keeps them
/// (a server, per index revision) sums them once.
BucketCounts bucket_counts(const std::map<std::string, std::uint64_t>& days, DateInterval interval);

/// As date_histogram below, with every document's counts already summed by bucket_counts.
std::vector<HistogramBucket> date_histogram(const std::map<std::string, std::uint64_t>& match_days,
                                            const BucketCounts& totals, DateInterval interval);

/// `match_days` and `all_days` (by ISO date) summed into buckets of `interval`, in date
/// order, from the first bucket holding a match to the last; buckets in between without a
/// match are included (matches 0) unless there would be more than kMaxFilledBuckets.
/// Dates that are not valid ISO dates are left out.
std::vector<HistogramBucket> date_histogram(const std::map<std::string, std::uint64_t>& match_days,
                                            const std::map<std::string, std::uint64_t>& all_days,
                                            DateInterval interval);

}  // namespace rostra
