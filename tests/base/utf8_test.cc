#include "common/base/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace rostra {
namespace {

TEST(Utf8, AcceptsAsciiAndMultibyteText) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ascii"));
  EXPECT_TRUE(is_valid_utf8("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"));  // Привет
  EXPECT_TRUE(is_valid_utf8("\xE2\x82\xAC 5"));                                    // € 5
  EXPECT_TRUE(is_valid_utf8("\xF0\x9F\x98\x80"));                                  // emoji
}

TEST(Utf8, RejectsLoneContinuationByte) {
  EXPECT_FALSE(is_valid_utf8("a\x80z"));
}

TEST(Utf8, RejectsLoneLatin1Byte) {
  EXPECT_FALSE(
      is_valid_utf8("price \xA3"
                    "5"));
}

TEST(Utf8, RejectsOverlongEncoding) {
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));
}

TEST(Utf8, RejectsEncodedSurrogate) {
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));
}

TEST(Utf8, RejectsTruncatedSequenceAtEnd) {
  EXPECT_FALSE(is_valid_utf8("euro \xE2\x82"));
}

TEST(Utf8, RepairLeavesValidTextUnchangedAndReturnsZero) {
  std::string text =
      "Valid \xD1\x82\xD0\xB5\xD0\xBA\xD1\x81\xD1\x82 and \xE2\x80\x9Cquotes\xE2\x80\x9D";
  const std::string original = text;
  EXPECT_EQ(repair_utf8(text), 0u);
  EXPECT_EQ(text, original);
}

TEST(Utf8, RepairsLonePoundByteAsPoundSign) {
  std::string text =
      "costs \xA3"
      "40 million";
  EXPECT_EQ(repair_utf8(text), 1u);
  EXPECT_EQ(text,
            "costs \xC2\xA3"
            "40 million");
}

TEST(Utf8, RepairsLatin1UUmlaut) {
  std::string text = "M\xFCnchen";
  EXPECT_EQ(repair_utf8(text), 1u);
  EXPECT_EQ(text, "M\xC3\xBCnchen");
}

TEST(Utf8, RepairsWindows1252CurlyQuotes) {
  std::string text = "\x93Quoted\x94";
  EXPECT_EQ(repair_utf8(text), 2u);
  EXPECT_EQ(text, "\xE2\x80\x9CQuoted\xE2\x80\x9D");
}

TEST(Utf8, RepairsUndefinedWindows1252ByteAsReplacementCharacter) {
  std::string text = "a\x81z";
  EXPECT_EQ(repair_utf8(text), 1u);
  EXPECT_EQ(text, "a\xEF\xBF\xBDz");
}

TEST(Utf8, RepairKeepsValidSequencesAroundBadBytes) {
  std::string text = "\xD0\xBC\xD0\xB8\xD1\x80 \xFC \xD0\xBC\xD0\xB8\xD1\x80";  // мир ü мир
  EXPECT_EQ(repair_utf8(text), 1u);
  EXPECT_EQ(text, "\xD0\xBC\xD0\xB8\xD1\x80 \xC3\xBC \xD0\xBC\xD0\xB8\xD1\x80");
}

TEST(Utf8, RepairedTextIsAlwaysValid) {
  std::string text;
  for (int b = 0; b < 256; ++b) text.push_back(static_cast<char>(b));
  text += "\xE2\x82";  // truncated sequence at the end
  EXPECT_GT(repair_utf8(text), 0u);
  EXPECT_TRUE(is_valid_utf8(text));
}

TEST(Utf8, AppendsEveryEncodingLength) {
  std::string out;
  append_utf8(out, U'A');
  append_utf8(out, U'\u00E9');
  append_utf8(out, U'\u20AC');
  append_utf8(out, U'\U0001F600');
  EXPECT_EQ(out, "A\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
}

}  // namespace
}  // namespace rostra
