// The flat string table behind the analysis caches: numbers in insertion order, found again
// after growing, distinct strings kept apart even when their hashes collide.
#include "common/base/string_index.h"

#include <gtest/gtest.h>

#include <string>

namespace rostra {
namespace {

TEST(StringIndex, NumbersStringsInOrderAndFindsThemAfterGrowing) {
  StringIndex index;
  for (int i = 0; i < 5000; ++i) {
    std::string key = "w" + std::to_string(i);
    ASSERT_EQ(index.find(key, string_hash(key)), StringIndex::kNone);
    EXPECT_EQ(index.insert(key, string_hash(key)), static_cast<std::uint32_t>(i));
  }
  EXPECT_EQ(index.size(), 5000u);
  for (int i = 0; i < 5000; ++i) {
    std::string key = "w" + std::to_string(i);
    EXPECT_EQ(index.find(key, string_hash(key)), static_cast<std::uint32_t>(i));
    EXPECT_EQ(index.key(static_cast<std::uint32_t>(i)), key);
  }
  EXPECT_EQ(index.find("", string_hash("")), StringIndex::kNone);
  index.clear();
  EXPECT_EQ(index.size(), 0u);
  EXPECT_EQ(index.find("w1", string_hash("w1")), StringIndex::kNone);
}

TEST(StringIndex, KeepsStringsWithTheSameHashApart) {
  StringIndex index;
  // Forced collisions: the caller's hash decides the slot, the bytes decide the match.
  EXPECT_EQ(index.insert("alpha", 42), 0u);
  EXPECT_EQ(index.insert("beta", 42), 1u);
  EXPECT_EQ(index.insert("", 42), 2u);
  EXPECT_EQ(index.find("alpha", 42), 0u);
  EXPECT_EQ(index.find("beta", 42), 1u);
  EXPECT_EQ(index.find("", 42), 2u);
  EXPECT_EQ(index.find("gamma", 42), StringIndex::kNone);
  EXPECT_NE(string_hash("alpha"), string_hash("alphb"));
  EXPECT_NE(string_hash("12345678a"), string_hash("12345678b"));
}

}  // namespace
}  // namespace rostra
