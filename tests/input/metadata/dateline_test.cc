#include "common/input/metadata/dateline.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace rostra {
namespace {

TEST(Dateline, RecognizesWireDateline) {
  std::string_view text = "WASHINGTON (Reuters) - The Senate voted on Tuesday.";
  auto dateline = parse_dateline(text);
  ASSERT_TRUE(dateline.has_value());
  EXPECT_EQ(dateline->place, "WASHINGTON");
  EXPECT_EQ(dateline->agency, "Reuters");
  EXPECT_EQ(dateline->length, std::string_view("WASHINGTON (Reuters) - ").size());
  EXPECT_EQ(text.substr(dateline->length), "The Senate voted on Tuesday.");
}

TEST(Dateline, RecognizesCompoundPlaceWithSlashAndComma) {
  std::string_view text = "WEST PALM BEACH, Fla./WASHINGTON (Reuters) - The president said.";
  auto dateline = parse_dateline(text);
  ASSERT_TRUE(dateline.has_value());
  EXPECT_EQ(dateline->place, "WEST PALM BEACH, Fla./WASHINGTON");
  EXPECT_EQ(dateline->agency, "Reuters");
  EXPECT_EQ(text.substr(dateline->length), "The president said.");
}

TEST(Dateline, AcceptsEmptyAgency) {
  std::string_view text = "WASHINGTON () - Lawmakers met.";
  auto dateline = parse_dateline(text);
  ASSERT_TRUE(dateline.has_value());
  EXPECT_EQ(dateline->place, "WASHINGTON");
  EXPECT_EQ(dateline->agency, "");
  EXPECT_EQ(text.substr(dateline->length), "Lawmakers met.");
}

TEST(Dateline, RecognizesCyrillicDatelineWithEmDash) {
  std::string_view text = "ЛЕВЕНСК (Северинформ) — Совет собрался утром.";
  auto dateline = parse_dateline(text);
  ASSERT_TRUE(dateline.has_value());
  EXPECT_EQ(dateline->place, "ЛЕВЕНСК");
  EXPECT_EQ(dateline->agency, "Северинформ");
  EXPECT_EQ(text.substr(dateline->length), "Совет собрался утром.");
}

TEST(Dateline, AcceptsEnDash) {
  std::string_view text = "LONDON (AP) \xE2\x80\x93 Talks resumed.";
  auto dateline = parse_dateline(text);
  ASSERT_TRUE(dateline.has_value());
  EXPECT_EQ(dateline->agency, "AP");
  EXPECT_EQ(text.substr(dateline->length), "Talks resumed.");
}

TEST(Dateline, SkipsLeadingWhitespace) {
  std::string_view text = "  MOSCOW (Capital Wire) - Officials said.";
  auto dateline = parse_dateline(text);
  ASSERT_TRUE(dateline.has_value());
  EXPECT_EQ(dateline->place, "MOSCOW");
  EXPECT_EQ(dateline->agency, "Capital Wire");
  EXPECT_EQ(text.substr(dateline->length), "Officials said.");
}

TEST(Dateline, RefusesSentenceWithParentheses) {
  EXPECT_FALSE(parse_dateline("The senator (a Republican) said the bill would pass."));
  EXPECT_FALSE(parse_dateline("Officials in Kyiv (and in Warsaw) were cautious - for now."));
}

TEST(Dateline, RefusesPlaceStartingLowerCase) {
  EXPECT_FALSE(parse_dateline("washington (Reuters) - Text."));
}

TEST(Dateline, RefusesPlaceWithDigits) {
  EXPECT_FALSE(parse_dateline("WASHINGTON 2017 (Reuters) - Text."));
}

TEST(Dateline, RefusesMissingDash) {
  EXPECT_FALSE(parse_dateline("WASHINGTON (Reuters) The Senate voted."));
}

TEST(Dateline, RefusesPlaceLongerThanEightyBytes) {
  std::string text = std::string(81, 'A') + " (Reuters) - Text.";
  EXPECT_FALSE(parse_dateline(text));
}

TEST(Dateline, RefusesAgencyLongerThanFortyBytes) {
  std::string text = "WASHINGTON (" + std::string(41, 'R') + ") - Text.";
  EXPECT_FALSE(parse_dateline(text));
}

TEST(Dateline, RefusesEmptyText) {
  EXPECT_FALSE(parse_dateline(""));
  EXPECT_FALSE(parse_dateline("   "));
}

}  // namespace
}  // namespace rostra
