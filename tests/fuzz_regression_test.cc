// Inputs the fuzzers (fuzz/) found that crashed or exhausted memory, pinned so they stay
// fixed. Each names its finding in fuzz/findings/.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/byte_source.h"
#include "common/errors.h"
#include "common/query_parser.h"

namespace rostra {
namespace {

std::filesystem::path finding(const char* name) {
  return std::filesystem::path(ROSTRA_SOURCE_DIR) / "fuzz" / "findings" / name;
}

// fuzz_query_parser-deep-parentheses.txt: 4,000 "(" overflowed the stack of the recursive
// descent parser. Nesting is now bounded.
TEST(FuzzRegression, DeeplyNestedParenthesesAreAQueryErrorNotAStackOverflow) {
  std::ifstream in(finding("fuzz_query_parser-deep-parentheses.txt"));
  std::stringstream query;
  query << in.rdbuf();
  ASSERT_GT(query.str().size(), 1000u);
  EXPECT_THROW(parse_query(query.str()), QueryError);
  EXPECT_NO_THROW(parse_query("((((a OR b) c) d) e)"));
}

// fuzz_compressed_stream-zstd-2gib-window.zst: a 10-byte zstd frame header asking for a
// 2 GiB window made the decoder allocate it. Windows above 128 MiB are now damage.
TEST(FuzzRegression, ZstdFrameAskingForAHugeWindowIsDamageNotAnAllocation) {
  std::string out;
  EXPECT_THROW(
      read_whole_file(finding("fuzz_compressed_stream-zstd-2gib-window.zst"), out, 1 << 20),
      StreamDamage);
}

}  // namespace
}  // namespace rostra
