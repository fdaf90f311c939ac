// The pair table behind the common-gram cache: values found again after growing, pairs
// that differ only in order or in one number kept apart, cleared completely.
#include "common/base/number_pair_index.h"

#include <gtest/gtest.h>

namespace rostra {
namespace {

TEST(NumberPairIndex, FindsEveryPairAfterGrowing) {
  NumberPairIndex index;
  std::uint32_t value = 0;
  for (std::uint32_t a = 0; a < 100; ++a) {
    for (std::uint32_t b = 0; b < 100; ++b) {
      ASSERT_EQ(index.find(a, b), NumberPairIndex::kNone);
      index.insert(a, b, value++);
    }
  }
  EXPECT_EQ(index.size(), 10000u);
  value = 0;
  for (std::uint32_t a = 0; a < 100; ++a) {
    for (std::uint32_t b = 0; b < 100; ++b) EXPECT_EQ(index.find(a, b), value++);
  }
  EXPECT_EQ(index.find(100, 0), NumberPairIndex::kNone);
  EXPECT_EQ(index.find(0, 100), NumberPairIndex::kNone);
}

TEST(NumberPairIndex, KeepsOrderAndExtremeNumbersApart) {
  NumberPairIndex index;
  index.insert(1, 2, 7);
  index.insert(2, 1, 8);
  index.insert(0, 0, 9);
  index.insert(0xfffffffeu, 0xffffffffu, 10);
  EXPECT_EQ(index.find(1, 2), 7u);
  EXPECT_EQ(index.find(2, 1), 8u);
  EXPECT_EQ(index.find(0, 0), 9u);
  EXPECT_EQ(index.find(0xfffffffeu, 0xffffffffu), 10u);
  EXPECT_EQ(index.find(0xffffffffu, 0xfffffffeu), NumberPairIndex::kNone);
  index.clear();
  EXPECT_EQ(index.size(), 0u);
  EXPECT_EQ(index.find(1, 2), NumberPairIndex::kNone);
  index.insert(1, 2, 3);
  EXPECT_EQ(index.find(1, 2), 3u);
}

}  // namespace
}  // namespace rostra
