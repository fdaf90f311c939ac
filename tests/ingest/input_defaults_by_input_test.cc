// Each article takes the defaults of the input (file or directory) it was read from.
#include "common/ingest/input_defaults_by_input.h"

#include <gtest/gtest.h>

namespace rostra {
namespace {

TEST(InputDefaultsByInput, AFileUnderADirectoryInputTakesThatInputsDefaults) {
  InputDefaultsByInput defaults(
      {"Run Outlet", "en"},
      {{"dumps/bbc", {"BBC", ""}}, {"dumps/reuters/", {"Reuters", ""}}, {"one.txt", {"", "ru"}}});
  EXPECT_EQ(defaults.for_file("dumps/bbc/politics/001.txt").outlet, "BBC");
  EXPECT_EQ(defaults.for_file("dumps/bbc/politics/001.txt").language, "en");
  EXPECT_EQ(defaults.for_file("dumps/reuters/a.jsonl").outlet, "Reuters");
  // A sibling whose name only starts like an input is not under it.
  EXPECT_EQ(defaults.for_file("dumps/bbc-extra/1.txt").outlet, "Run Outlet");
  // A field the input leaves empty comes from the run's defaults.
  EXPECT_EQ(defaults.for_file("one.txt").outlet, "Run Outlet");
  EXPECT_EQ(defaults.for_file("one.txt").language, "ru");
  EXPECT_EQ(defaults.for_file("other.txt").language, "en");
}

TEST(InputDefaultsByInput, WhereInputsOverlapTheLastOneGivenWinsFieldByField) {
  InputDefaultsByInput defaults({}, {{"dumps", {"All Dumps", "en"}}, {"dumps/ru", {"", "ru"}}});
  EXPECT_EQ(defaults.for_file("dumps/ru/1.txt").outlet, "All Dumps");
  EXPECT_EQ(defaults.for_file("dumps/ru/1.txt").language, "ru");
  EXPECT_EQ(defaults.for_file("dumps/en/1.txt").language, "en");
  EXPECT_EQ(defaults.for_file("./dumps/en/1.txt").outlet, "All Dumps");
}

TEST(InputDefaultsByInput, WithNoInputOfItsOwnEveryFileTakesTheRunsDefaults) {
  InputDefaultsByInput defaults({"Wire", ""}, {});
  EXPECT_EQ(defaults.for_file("-").outlet, "Wire");
  EXPECT_EQ(defaults.for_file("a/b.txt").outlet, "Wire");
}

}  // namespace
}  // namespace rostra
