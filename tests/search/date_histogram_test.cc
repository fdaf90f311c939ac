#include "common/search/date_histogram.h"

#include <gtest/gtest.h>

#include "common/base/errors.h"

namespace rostra {
namespace {

TEST(DateHistogram, BucketsADateByDayIsoWeekMonthAndYear) {
  EXPECT_EQ(date_bucket("2025-03-05", DateInterval::kDay), "2025-03-05");
  EXPECT_EQ(date_bucket("2025-03-05", DateInterval::kWeek), "2025-03-03");  // a Wednesday
  EXPECT_EQ(date_bucket("2025-03-03", DateInterval::kWeek), "2025-03-03");  // a Monday
  EXPECT_EQ(date_bucket("2025-03-09", DateInterval::kWeek), "2025-03-03");  // a Sunday
  EXPECT_EQ(date_bucket("2025-01-01", DateInterval::kWeek), "2024-12-30");  // across a year
  EXPECT_EQ(date_bucket("1969-12-31", DateInterval::kWeek), "1969-12-29");  // before 1970
  EXPECT_EQ(date_bucket("2025-03-05", DateInterval::kMonth), "2025-03");
  EXPECT_EQ(date_bucket("2025-03-05", DateInterval::kYear), "2025");
  EXPECT_EQ(date_bucket("2025-02-30", DateInterval::kDay), "");
  EXPECT_EQ(date_bucket("2025-3-5", DateInterval::kDay), "");
  EXPECT_EQ(date_bucket("", DateInterval::kYear), "");
}

TEST(DateHistogram, FillsEmptyBucketsBetweenMatchesAndKeepsEachBucketsTotal) {
  const std::map<std::string, std::uint64_t> matches = {
      {"2024-11-20", 2}, {"2025-01-02", 1}, {"2025-01-31", 3}, {"bad", 9}};
  const std::map<std::string, std::uint64_t> all = {{"2024-10-01", 5},
                                                    {"2024-11-20", 4},
                                                    {"2024-12-24", 7},
                                                    {"2025-01-02", 2},
                                                    {"2025-01-31", 3}};
  std::vector<HistogramBucket> months = date_histogram(matches, all, DateInterval::kMonth);
  ASSERT_EQ(months.size(), 3u);
  EXPECT_EQ(months[0].key, "2024-11");
  EXPECT_EQ(months[0].matches, 2u);
  EXPECT_EQ(months[0].total, 4u);
  EXPECT_EQ(months[1].key, "2024-12");
  EXPECT_EQ(months[1].matches, 0u);
  EXPECT_EQ(months[1].total, 7u);
  EXPECT_EQ(months[2].key, "2025-01");
  EXPECT_EQ(months[2].matches, 4u);
  EXPECT_EQ(months[2].total, 5u);
  std::vector<HistogramBucket> days = date_histogram(matches, all, DateInterval::kDay);
  EXPECT_EQ(days.size(), 73u);  // 2024-11-20 to 2025-01-31
  std::vector<HistogramBucket> years = date_histogram(matches, all, DateInterval::kYear);
  ASSERT_EQ(years.size(), 2u);
  EXPECT_EQ(years[1].total, 5u);
  EXPECT_TRUE(date_histogram({}, all, DateInterval::kYear).empty());
}

TEST(DateHistogram, ParsesIntervalsAndRefusesOthers) {
  EXPECT_EQ(parse_date_interval("week"), DateInterval::kWeek);
  EXPECT_THROW(parse_date_interval("fortnight"), UsageError);
}

}  // namespace
}  // namespace rostra
