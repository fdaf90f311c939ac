// Inputs the fuzzers (fuzz/) found that crashed or exhausted memory, pinned so they stay
// fixed. Each names its finding in fuzz/findings/.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include "common/base/errors.h"
#include "common/input/byte_source.h"
#include "common/query/query_parser.h"
#include "common/tokens/token_record.h"

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

// fuzz_token_record-varint-ending-in-zero.bin: a word whose varint ended in 0x00 was read
// as a word by for_each_word but never found by a phrase search. Such a stream is malformed.
TEST(FuzzRegression, AWordEndingInAZeroByteMakesTheStreamMalformed) {
  std::ifstream in(finding("fuzz_token_record-varint-ending-in-zero.bin"), std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GT(bytes.size(), 4u);
  TokenRecordView record;
  ASSERT_TRUE(parse_token_record(std::string_view(bytes).substr(4), record, false));
  EXPECT_FALSE(for_each_word(record.text, [](std::uint32_t, WordId) {}));
  EXPECT_FALSE(for_each_word(std::string("\xac\x00", 2), [](std::uint32_t, WordId) {}));
  EXPECT_TRUE(for_each_word(std::string("\x2c\x00\x2c", 3), [](std::uint32_t, WordId) {}));
}

}  // namespace
}  // namespace rostra
