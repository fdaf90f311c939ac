#include "common/input/line_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/support/test_support.h"

namespace rostra {
namespace {

using test::MemorySource;

std::vector<std::string> lines_of(const std::string& data, std::size_t chunk = 1 << 20) {
  MemorySource source(data, chunk);
  LineReader reader(source);
  std::vector<std::string> lines;
  std::string_view line;
  while (reader.next(line)) lines.emplace_back(line);
  return lines;
}

using Lines = std::vector<std::string>;

TEST(LineReader, SplitsLfTerminatedLines) {
  EXPECT_EQ(lines_of("alpha\nbeta\ngamma\n"), (Lines{"alpha", "beta", "gamma"}));
}

TEST(LineReader, StripsCrlfTerminators) {
  EXPECT_EQ(lines_of("alpha\r\nbeta\r\n"), (Lines{"alpha", "beta"}));
}

TEST(LineReader, StripsCrlfSplitAcrossReads) {
  EXPECT_EQ(lines_of("alpha\r\nbeta\r\ngamma", 1), (Lines{"alpha", "beta", "gamma"}));
}

TEST(LineReader, ReturnsFinalLineWithoutNewline) {
  EXPECT_EQ(lines_of("alpha\nbeta"), (Lines{"alpha", "beta"}));
}

TEST(LineReader, AddsNoEmptyLineAfterFinalNewline) {
  EXPECT_EQ(lines_of("alpha\n").size(), 1u);
}

TEST(LineReader, KeepsEmptyLines) {
  EXPECT_EQ(lines_of("alpha\n\n\nbeta\n"), (Lines{"alpha", "", "", "beta"}));
  EXPECT_EQ(lines_of("\n"), (Lines{""}));
}

TEST(LineReader, ReturnsNothingForEmptyInput) {
  EXPECT_TRUE(lines_of("").empty());
}

TEST(LineReader, ReadsLineLongerThanItsBuffer) {
  std::string long_line(300000, 'x');
  long_line[123456] = 'y';
  Lines lines = lines_of("first\n" + long_line + "\nlast\n", 5000);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[1], long_line);
  EXPECT_EQ(lines[2], "last");
}

TEST(LineReader, CountsLineNumbersFromOne) {
  MemorySource source("a\nb\n\nd\n");
  LineReader reader(source);
  std::string_view line;
  EXPECT_EQ(reader.line_number(), 0u);
  ASSERT_TRUE(reader.next(line));
  EXPECT_EQ(reader.line_number(), 1u);
  ASSERT_TRUE(reader.next(line));
  ASSERT_TRUE(reader.next(line));
  EXPECT_EQ(line, "");
  ASSERT_TRUE(reader.next(line));
  EXPECT_EQ(line, "d");
  EXPECT_EQ(reader.line_number(), 4u);
  EXPECT_FALSE(reader.next(line));
}

TEST(LineReader, TruncatesLinesLongerThanMaximum) {
  MemorySource source("0123456789abcdef\nshort\n");
  LineReader reader(source, 10);
  std::string_view line;
  ASSERT_TRUE(reader.next(line));
  EXPECT_EQ(line, "0123456789");
  EXPECT_TRUE(reader.truncated());
  EXPECT_EQ(reader.line_number(), 1u);
  ASSERT_TRUE(reader.next(line));
  EXPECT_EQ(line, "short");
  EXPECT_FALSE(reader.truncated());
  EXPECT_EQ(reader.line_number(), 2u);
  EXPECT_FALSE(reader.next(line));
}

TEST(LineReader, DoesNotFlagLineOfExactlyMaximumLength) {
  MemorySource source("0123456789\n");
  LineReader reader(source, 10);
  std::string_view line;
  ASSERT_TRUE(reader.next(line));
  EXPECT_EQ(line, "0123456789");
  EXPECT_FALSE(reader.truncated());
}

TEST(LineReader, SkipsRestOfGiantLineAcrossReads) {
  MemorySource source(std::string(500000, 'z') + "\nnext\n", 4096);
  LineReader reader(source, 16);
  std::string_view line;
  ASSERT_TRUE(reader.next(line));
  EXPECT_EQ(line, std::string(16, 'z'));
  EXPECT_TRUE(reader.truncated());
  ASSERT_TRUE(reader.next(line));
  EXPECT_EQ(line, "next");
  EXPECT_EQ(reader.line_number(), 2u);
}

TEST(LineReader, ReturnsCompleteLinesBeforeStreamDamage) {
  MemorySource source("first\nsecond\npartial", 4, /*damage_at_end=*/true);
  LineReader reader(source);
  std::vector<std::string> lines;
  std::string_view line;
  bool damaged = false;
  try {
    while (reader.next(line)) lines.emplace_back(line);
  } catch (const StreamDamage&) {
    damaged = true;
  }
  EXPECT_TRUE(damaged);
  ASSERT_GE(lines.size(), 2u);
  EXPECT_EQ(lines[0], "first");
  EXPECT_EQ(lines[1], "second");
}

}  // namespace
}  // namespace rostra
