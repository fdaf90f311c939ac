#include "common/input/metadata/date_parser.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace rostra {
namespace {

using Date = std::optional<std::string>;

TEST(DateParser, ReadsIsoDate) {
  EXPECT_EQ(parse_date("2022-03-04"), Date("2022-03-04"));
}

TEST(DateParser, ReadsIsoDateTimeWithZone) {
  EXPECT_EQ(parse_date("2022-03-04T10:00:00Z"), Date("2022-03-04"));
}

TEST(DateParser, ReadsSlashedYearFirstDate) {
  EXPECT_EQ(parse_date("2022/03/04"), Date("2022-03-04"));
}

TEST(DateParser, ReadsIsotDateWithTrailingSpace) {
  EXPECT_EQ(parse_date("December 31, 2017 "), Date("2017-12-31"));
}

TEST(DateParser, IgnoresSurroundingWhitespace) {
  EXPECT_EQ(parse_date(" \t November 8, 2016\n"), Date("2016-11-08"));
}

TEST(DateParser, ReadsAbbreviatedMonthWithDot) {
  EXPECT_EQ(parse_date("Dec. 31, 2017"), Date("2017-12-31"));
  EXPECT_EQ(parse_date("Sept. 5, 2019"), Date("2019-09-05"));
}

TEST(DateParser, ReadsDayMonthYear) {
  EXPECT_EQ(parse_date("31 December 2017"), Date("2017-12-31"));
  EXPECT_EQ(parse_date("1 Jan 2020"), Date("2020-01-01"));
}

TEST(DateParser, ReadsRussianGenitiveMonthWithYearAbbreviation) {
  EXPECT_EQ(parse_date("20 января 2025 г."), Date("2025-01-20"));
  EXPECT_EQ(parse_date("5 мая 2024"), Date("2024-05-05"));
  EXPECT_EQ(parse_date("1 марта 2022 года"), Date("2022-03-01"));
  EXPECT_EQ(parse_date("12 декабря 2023"), Date("2023-12-12"));
}

TEST(DateParser, ReadsRussianMonthInUpperCase) {
  EXPECT_EQ(parse_date("7 ОКТЯБРЯ 2021"), Date("2021-10-07"));
}

TEST(DateParser, ReadsDashedDateWithTwoDigitYear) {
  EXPECT_EQ(parse_date("31-Dec-17"), Date("2017-12-31"));
}

TEST(DateParser, MapsTwoDigitYearsBelowFiftyToThisCentury) {
  EXPECT_EQ(parse_date("1-Jan-49"), Date("2049-01-01"));
  EXPECT_EQ(parse_date("1-Jan-50"), Date("1950-01-01"));
  EXPECT_EQ(parse_date("5-Jan-87"), Date("1987-01-05"));
}

TEST(DateParser, ReadsTeletypeDateWithTimeAndHundredths) {
  EXPECT_EQ(parse_date("26-FEB-1987 15:01:01.79"), Date("1987-02-26"));
}

TEST(DateParser, ReadsTeletypeDateWithLeadingSpaces) {
  EXPECT_EQ(parse_date("  3-MAR-1987 09:12:45.11"), Date("1987-03-03"));
}

TEST(DateParser, ReadsDottedDayFirstDate) {
  EXPECT_EQ(parse_date("04.03.2022"), Date("2022-03-04"));
}

TEST(DateParser, ReadsMailDateWithWeekdayAndZone) {
  EXPECT_EQ(parse_date("Mon, 20 Jan 2025 10:00:00 +0000"), Date("2025-01-20"));
}

TEST(DateParser, SkipsLeadingFullWeekday) {
  EXPECT_EQ(parse_date("Monday, January 20, 2025"), Date("2025-01-20"));
}

TEST(DateParser, ReadsUnambiguousSlashDatesInEitherOrder) {
  EXPECT_EQ(parse_date("31/12/2017"), Date("2017-12-31"));
  EXPECT_EQ(parse_date("12/31/2017"), Date("2017-12-31"));
}

TEST(DateParser, RefusesAmbiguousSlashDate) {
  EXPECT_EQ(parse_date("03/04/2022"), std::nullopt);
}

TEST(DateParser, RefusesImpossibleDates) {
  EXPECT_EQ(parse_date("2025-02-30"), std::nullopt);
  EXPECT_EQ(parse_date("2023-02-29"), std::nullopt);
  EXPECT_EQ(parse_date("2024-13-01"), std::nullopt);
  EXPECT_EQ(parse_date("April 31, 2020"), std::nullopt);
  EXPECT_EQ(parse_date("32 января 2025"), std::nullopt);
}

TEST(DateParser, AcceptsLeapDay) {
  EXPECT_EQ(parse_date("2024-02-29"), Date("2024-02-29"));
}

TEST(DateParser, RefusesTextThatIsNoDate) {
  EXPECT_EQ(parse_date(""), std::nullopt);
  EXPECT_EQ(parse_date("   "), std::nullopt);
  EXPECT_EQ(parse_date("yesterday"), std::nullopt);
  EXPECT_EQ(parse_date("Putin spoke"), std::nullopt);
  EXPECT_EQ(parse_date("12345"), std::nullopt);
  EXPECT_EQ(parse_date("January 2025"), std::nullopt);
}

TEST(DateLine, AcceptsLineThatIsOnlyADate) {
  EXPECT_EQ(parse_date_line("January 20, 2025"), Date("2025-01-20"));
  EXPECT_EQ(parse_date_line("20 января 2025 г."), Date("2025-01-20"));
}

TEST(DateLine, AcceptsDateFollowedByTime) {
  EXPECT_EQ(parse_date_line("January 20, 2025 10:32 AM"), Date("2025-01-20"));
  EXPECT_EQ(parse_date_line("2025-01-20 14:05 MSK"), Date("2025-01-20"));
}

TEST(DateLine, RefusesSentenceThatStartsWithADate) {
  EXPECT_EQ(parse_date_line("January 20, 2025 was the coldest day of the winter."), std::nullopt);
  EXPECT_EQ(parse_date_line("20 января 2025 года президент провел совещание."), std::nullopt);
}

TEST(DateLine, RefusesLineWithoutDate) {
  EXPECT_EQ(parse_date_line("kremlin.ru"), std::nullopt);
  EXPECT_EQ(parse_date_line(""), std::nullopt);
}

TEST(DateFromUrl, FindsSlashSeparatedDateInPath) {
  EXPECT_EQ(date_from_url("https://www.themoscowtimes.com/2025/01/20/slug-a87671"),
            Date("2025-01-20"));
}

TEST(DateFromUrl, FindsDashSeparatedDateInPath) {
  EXPECT_EQ(date_from_url("https://www.1tv.ru/news/2022-01-01/123-slug"), Date("2022-01-01"));
}

TEST(DateFromUrl, ReturnsNulloptWithoutDate) {
  EXPECT_EQ(date_from_url("https://example.org/news/politics/some-story"), std::nullopt);
  EXPECT_EQ(date_from_url("https://example.org"), std::nullopt);
  EXPECT_EQ(date_from_url(""), std::nullopt);
}

TEST(DateFromUrl, IgnoresEightDigitRuns) {
  EXPECT_EQ(date_from_url("https://example.org/news/20250120/story"), std::nullopt);
}

TEST(DateFromUrl, IgnoresImpossibleDates) {
  EXPECT_EQ(date_from_url("https://example.org/2025/13/45/story"), std::nullopt);
  EXPECT_EQ(date_from_url("https://example.org/2025-02-30/story"), std::nullopt);
}

TEST(DateValidity, KnowsLeapYears) {
  EXPECT_TRUE(is_valid_date(2024, 2, 29));
  EXPECT_TRUE(is_valid_date(2000, 2, 29));
  EXPECT_FALSE(is_valid_date(2023, 2, 29));
  EXPECT_FALSE(is_valid_date(1900, 2, 29));
}

TEST(DateValidity, RejectsOutOfRangeParts) {
  EXPECT_FALSE(is_valid_date(999, 1, 1));
  EXPECT_FALSE(is_valid_date(3000, 1, 1));
  EXPECT_TRUE(is_valid_date(1000, 1, 1));
  EXPECT_TRUE(is_valid_date(2999, 12, 31));
  EXPECT_FALSE(is_valid_date(2025, 0, 1));
  EXPECT_FALSE(is_valid_date(2025, 13, 1));
  EXPECT_FALSE(is_valid_date(2025, 4, 31));
  EXPECT_FALSE(is_valid_date(2025, 1, 0));
}

TEST(DateFromUrl, FindsDateAtEndOfUrl) {
  EXPECT_EQ(date_from_url("https://news.example/archive/2024/11/05"), Date("2024-11-05"));
}

TEST(DateFromUrl, IgnoresDigitsInHost) {
  EXPECT_EQ(date_from_url("https://2025-01-20.example/story"), std::nullopt);
}

TEST(DateParser, ReadsMonthNamesOfOtherEuropeanLanguages) {
  EXPECT_EQ(parse_date("21. April 2020"), Date("2020-04-21"));
  EXPECT_EQ(parse_date("18. März 2020, 10:00 Uhr"), Date("2020-03-18"));
  EXPECT_EQ(parse_date("30 septembre 2018"), Date("2018-09-30"));
  EXPECT_EQ(parse_date("3 de mayo de 2022"), Date("2022-05-03"));
  EXPECT_EQ(parse_date("12 de março de 2021"), Date("2021-03-12"));
  EXPECT_EQ(parse_date("7 giugno 2019"), Date("2019-06-07"));
  EXPECT_EQ(parse_date("2 mei 2020"), Date("2020-05-02"));
  // A word that only starts like a month is none.
  EXPECT_EQ(parse_date("3 Maiglöckchen 2020"), std::nullopt);
}

TEST(DateParser, FindsTheFirstDateInABylineWithAFullYear) {
  EXPECT_EQ(find_date("Von Anna Muster | Di, 21. April 2020 - 16:40"), Date("2020-04-21"));
  EXPECT_EQ(find_date("Posted by Staff on May 10, 2022 01:52 PM"), Date("2022-05-10"));
  EXPECT_EQ(find_date("Stand: 28.04.2020 18:00 Uhr"), Date("2020-04-28"));
  EXPECT_EQ(find_date("Par Jean Dupont | Le Journal 30 septembre 2018 12:00"), Date("2018-09-30"));
  // A two-digit year in running text is not trusted, and text without a date has none.
  EXPECT_EQ(find_date("Lesezeit 04.04.20 min"), std::nullopt);
  EXPECT_EQ(find_date("No date in 2020 here, only 31 people."), std::nullopt);
}

TEST(DateParser, ReadsAnAmbiguousSlashDateDayFirstOnlyWhenAsked) {
  EXPECT_EQ(parse_date("02/10/2020"), std::nullopt);
  EXPECT_EQ(parse_date_day_first("02/10/2020 10:00"), Date("2020-10-02"));
  // Unambiguous dates read the same either way.
  EXPECT_EQ(parse_date_day_first("12/31/2017"), Date("2017-12-31"));
  EXPECT_EQ(parse_date_day_first("2022-03-04"), Date("2022-03-04"));
}

}  // namespace
}  // namespace rostra
