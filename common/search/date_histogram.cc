#include "common/search/date_histogram.h"

#include <charconv>
#include <cstdio>
#include <optional>

#include "common/base/errors.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

struct Civil {
  int year;
  unsigned month;
  unsigned day;
};

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
long days_from_civil(Civil c) {
  const int y = c.year - (c.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (c.month + (c.month > 2 ? -3 : 9)) + 2) / 5 + c.day - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Civil civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned day = doy - (153 * mp + 2) / 5 + 1;
  const unsigned month = mp < 10 ? mp + 3 : mp - 9;
  return Civil{static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0)), month, day};
}

std::optional<unsigned> digits(std::string_view s) {
  unsigned value = 0;
  auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (error != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return value;
}

std::optional<Civil> parse_iso(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  auto y = digits(date.substr(0, 4));
  auto m = digits(date.substr(5, 2));
  auto d = digits(date.substr(8, 2));
  if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1 || *d > 31) return std::nullopt;
  Civil c{static_cast<int>(*y), *m, *d};
  // Reject 2025-02-30 and the like: the day must survive a round trip.
  Civil back = civil_from_days(days_from_civil(c));
  if (back.month != c.month || back.day != c.day) return std::nullopt;
  return c;
}

std::string format_civil(Civil c, DateInterval interval) {
  char buffer[16];
  switch (interval) {
    case DateInterval::kYear:
      std::snprintf(buffer, sizeof buffer, "%04d", c.year);
      break;
    case DateInterval::kMonth:
      std::snprintf(buffer, sizeof buffer, "%04d-%02u", c.year, c.month);
      break;
    case DateInterval::kDay:
    case DateInterval::kWeek:
      std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", c.year, c.month, c.day);
      break;
  }
  return buffer;
}

// The first day of the bucket holding `c`.
long bucket_start(Civil c, DateInterval interval) {
  switch (interval) {
    case DateInterval::kDay:
      return days_from_civil(c);
    case DateInterval::kWeek: {
      const long days = days_from_civil(c);
      // 1970-01-01 was a Thursday: Monday-based weekday is (days + 3) mod 7.
      return days - ((days % 7 + 7 + 3) % 7);
    }
    case DateInterval::kMonth:
      return days_from_civil(Civil{c.year, c.month, 1});
    case DateInterval::kYear:
      break;
  }
  return days_from_civil(Civil{c.year, 1, 1});
}

// The first day of the bucket after the one starting on `start`.
long next_bucket(long start, DateInterval interval) {
  Civil c = civil_from_days(start);
  switch (interval) {
    case DateInterval::kDay:
      return start + 1;
    case DateInterval::kWeek:
      return start + 7;
    case DateInterval::kMonth:
      return c.month == 12 ? days_from_civil(Civil{c.year + 1, 1, 1})
                           : days_from_civil(Civil{c.year, c.month + 1, 1});
    case DateInterval::kYear:
      break;
  }
  return days_from_civil(Civil{c.year + 1, 1, 1});
}

}  // namespace

BucketCounts bucket_counts(const std::map<std::string, std::uint64_t>& days,
                           DateInterval interval) {
  BucketCounts out;
  for (const auto& [date, count] : days) {
    if (auto c = parse_iso(date)) out[bucket_start(*c, interval)] += count;
  }
  return out;
}

DateInterval parse_date_interval(std::string_view name) {
  if (name == "day") return DateInterval::kDay;
  if (name == "week") return DateInterval::kWeek;
  if (name == "month") return DateInterval::kMonth;
  if (name == "year") return DateInterval::kYear;
  throw UsageError("interval takes day, week, month or year, not '" + std::string(name) + "'");
}

std::string date_bucket(std::string_view date, DateInterval interval) {
  auto c = parse_iso(date);
  if (!c) return {};
  return format_civil(civil_from_days(bucket_start(*c, interval)), interval);
}

void DateCounter::operator()(const Xapian::Document& doc, double) {
  std::string date = doc.get_value(schema::kSlotDate);
  if (date.empty()) {
    ++undated_;
  } else {
    ++days_[date];
  }
}

std::map<std::string, std::uint64_t> count_all_days(const Xapian::Database& db) {
  std::map<std::string, std::uint64_t> days;
  for (auto it = db.valuestream_begin(schema::kSlotDate);
       it != db.valuestream_end(schema::kSlotDate); ++it) {
    ++days[*it];
  }
  return days;
}

std::vector<HistogramBucket> date_histogram(const std::map<std::string, std::uint64_t>& match_days,
                                            const std::map<std::string, std::uint64_t>& all_days,
                                            DateInterval interval) {
  return date_histogram(match_days, bucket_counts(all_days, interval), interval);
}

std::vector<HistogramBucket> date_histogram(const std::map<std::string, std::uint64_t>& match_days,
                                            const BucketCounts& totals, DateInterval interval) {
  const BucketCounts matches = bucket_counts(match_days, interval);
  std::vector<HistogramBucket> out;
  if (matches.empty()) return out;
  auto total_of = [&](long start) {
    auto it = totals.find(start);
    return it == totals.end() ? std::uint64_t{0} : it->second;
  };
  const long first = matches.begin()->first;
  const long last = matches.rbegin()->first;
  std::size_t filled = 0;
  for (long start = first; start <= last && filled <= kMaxFilledBuckets;
       start = next_bucket(start, interval)) {
    ++filled;
  }
  if (filled > kMaxFilledBuckets) {
    for (const auto& [start, count] : matches) {
      out.push_back({format_civil(civil_from_days(start), interval), count, total_of(start)});
    }
    return out;
  }
  for (long start = first; start <= last; start = next_bucket(start, interval)) {
    auto it = matches.find(start);
    out.push_back({format_civil(civil_from_days(start), interval),
                   it == matches.end() ? 0 : it->second, total_of(start)});
  }
  return out;
}

}  // namespace rostra
