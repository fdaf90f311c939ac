// json_quote and JsonObject: escapes, control characters and bad UTF-8 in every position of
// a string (the quoting copies runs between escapes, so each edge of a run is checked).
#include "common/base/json_writer.h"

#include <gtest/gtest.h>

#include <string>

#include "common/base/utf8.h"

namespace rostra {
namespace {

TEST(JsonWriter, QuotesPlainAndMultibyteTextAsIs) {
  EXPECT_EQ(json_quote(""), "\"\"");
  EXPECT_EQ(json_quote("plain"), "\"plain\"");
  EXPECT_EQ(json_quote("\xD0\x9C\xD0\xB8\xD1\x80 \xE2\x82\xAC"),
            "\"\xD0\x9C\xD0\xB8\xD1\x80 \xE2\x82\xAC\"");
}

TEST(JsonWriter, EscapesQuotesBackslashesAndControlCharactersAtEitherEndAndInside) {
  EXPECT_EQ(json_quote("\"a\""), "\"\\\"a\\\"\"");
  EXPECT_EQ(json_quote("a\\b"), "\"a\\\\b\"");
  EXPECT_EQ(json_quote("\n\r\t"), "\"\\n\\r\\t\"");
  EXPECT_EQ(json_quote(std::string("x\x01y\x1f", 4)), "\"x\\u0001y\\u001f\"");
  EXPECT_EQ(json_quote(std::string("\0", 1)), "\"\\u0000\"");
  EXPECT_EQ(json_quote("say \"no\"\n"), "\"say \\\"no\\\"\\n\"");
}

TEST(JsonWriter, RepairsInvalidUtf8BeforeEscaping) {
  std::string bad = "caf\xE9 \"x\"";  // Latin-1 é
  std::string repaired = bad;
  repair_utf8(repaired);
  const std::string quoted = json_quote(bad);
  EXPECT_TRUE(is_valid_utf8(quoted));
  EXPECT_EQ(quoted, "\"" + repaired.substr(0, repaired.size() - 3) + "\\\"x\\\"\"");
}

TEST(JsonWriter, ObjectQuotesKeysAndValues) {
  EXPECT_EQ(JsonObject().add("k\"", "v\n").add("n", 3).add("b", true).add_null("z").str(),
            "{\"k\\\"\":\"v\\n\",\"n\":3,\"b\":true,\"z\":null}");
}

}  // namespace
}  // namespace rostra
