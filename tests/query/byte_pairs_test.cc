// find_byte_pairs against a plain loop over every place: random bytes from a small alphabet
// (so pairs occur often), ranges of every length around the 32- and 64-byte steps, several
// pairs at once, a visitor that stops at a chosen place, and each way of scanning.
#include "common/query/byte_pairs.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace rostra {
namespace {

class BytePairsByScan : public ::testing::TestWithParam<BytePairScan> {};

TEST_P(BytePairsByScan, FindsWhatAPlainLoopFinds) {
  std::mt19937 rng(7);
  auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  };
  std::size_t found = 0;
  for (int round = 0; round < 2000; ++round) {
    std::string bytes(pick(300), '\0');
    for (char& c : bytes) c = static_cast<char>(0x7e + pick(4));  // around the 0x80 edge
    BytePairs pairs;
    std::vector<std::string> encodings(1 + pick(BytePairs::kMax));
    for (std::string& e : encodings) {
      e.resize(1 + pick(4));
      for (char& c : e) c = static_cast<char>(0x7e + pick(4));
      pairs.add(e);
    }
    const std::size_t from = pick(bytes.size() + 1);
    const std::size_t to = from + pick(bytes.size() - from + 1);
    std::vector<std::size_t> expected;
    for (std::size_t at = from; at < to; ++at) {
      for (const std::string& e : encodings) {
        if (at + e.size() <= to && bytes[at] == e.front() && bytes[at + e.size() - 1] == e.back()) {
          expected.push_back(at);
          break;
        }
      }
    }
    // Stop at a random one of them (or never), as a phrase search stops at its first match.
    const std::size_t stop = pick(expected.size() + 1);
    std::vector<std::size_t> seen;
    const bool stopped = find_byte_pairs(
        bytes, from, to, pairs,
        [&](std::size_t at) {
          seen.push_back(at);
          return seen.size() == stop;
        },
        GetParam());
    SCOPED_TRACE("round " + std::to_string(round));
    EXPECT_EQ(stopped, stop >= 1 && stop <= expected.size());
    if (stop >= 1 && stop <= expected.size()) expected.resize(stop);
    EXPECT_EQ(seen, expected);
    found += expected.size();
  }
  EXPECT_GT(found, 1000u);  // the comparison is not between empty lists
}

INSTANTIATE_TEST_SUITE_P(Scans, BytePairsByScan,
                         ::testing::Values(BytePairScan::kBest, BytePairScan::kAvx2,
                                           BytePairScan::kBytes));

}  // namespace
}  // namespace rostra
