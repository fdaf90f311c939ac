#include "common/input/jsonl_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "tests/support/test_support.h"

namespace rostra {
namespace {

using test::Collected;
using test::MemorySource;

Collected read(const std::string& jsonl, std::size_t chunk = 1 << 20) {
  Collected got;
  MemorySource source(jsonl, chunk);
  read_jsonl(source, "dump.jsonl", got.sink());
  return got;
}

TEST(JsonlReader, ReadsOneArticlePerLine) {
  Collected got = read(
      "{\"title\":\"First\",\"text\":\"Body one.\",\"url\":\"https://a.example/1\","
      "\"date\":\"2025-01-20\"}\n"
      "{\"headline\":\"Second\",\"content\":\"Body two.\"}\n");
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_TRUE(got.issues.empty());
  EXPECT_EQ(got.articles[0].title, "First");
  EXPECT_EQ(got.articles[0].body, "Body one.");
  EXPECT_EQ(got.articles[0].url, "https://a.example/1");
  EXPECT_EQ(got.articles[0].raw_date, "2025-01-20");
  EXPECT_EQ(got.articles[1].title, "Second");
  EXPECT_EQ(got.articles[1].body, "Body two.");
}

TEST(JsonlReader, RejectsMalformedLineWithItsNumberAndReadsOn) {
  Collected got = read(
      "{\"title\":\"One\"}\n"
      "{\"title\": \"Two\", \n"
      "{\"title\":\"Three\"}\n");
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_EQ(got.articles[1].title, "Three");
  auto rejected = got.rejected();
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].line, 2u);
  EXPECT_EQ(rejected[0].file, "dump.jsonl");
}

TEST(JsonlReader, RejectsLinesThatAreNotObjects) {
  Collected got = read("\"just a string\"\n42\n[\"a\",\"b\"]\n{\"title\":\"Kept\"}\n");
  ASSERT_EQ(got.articles.size(), 1u);
  auto rejected = got.rejected();
  ASSERT_EQ(rejected.size(), 3u);
  EXPECT_EQ(rejected[0].line, 1u);
  EXPECT_EQ(rejected[1].line, 2u);
  EXPECT_EQ(rejected[2].line, 3u);  // an array after the first record is a value, not records
  EXPECT_EQ(rejected[1].reason, "not a JSON object");
  EXPECT_EQ(rejected[1].record, "42");
}

TEST(JsonlReader, ReadsOneArrayOfArticles) {
  Collected got = read(
      "[{\"title\":\"One\",\"text\":\"A.\"}, {\"title\":\"Two\",\"text\":\"B, [c].\"},\n"
      "{\"title\":\"Three\"}]\n",
      7);
  ASSERT_EQ(got.articles.size(), 3u);
  EXPECT_TRUE(got.issues.empty());
  EXPECT_EQ(got.articles[1].body, "B, [c].");
  EXPECT_EQ(got.articles[2].title, "Three");
  EXPECT_EQ(got.articles[2].origin_line, 2u);
}

TEST(JsonlReader, ReadsPrettyPrintedObjects) {
  Collected got = read(
      "{\n  \"title\": \"One\",\n  \"source\": {\n    \"name\": \"Herald\"\n  }\n}\n"
      "{\n  \"title\": \"Two {not a brace}\",\n  \"text\": \"Body \\\" two.\"\n}\n");
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_TRUE(got.issues.empty());
  EXPECT_EQ(got.articles[0].raw_outlet, "Herald");
  EXPECT_EQ(got.articles[1].origin_line, 7u);
  EXPECT_EQ(got.articles[1].title, "Two {not a brace}");
  EXPECT_EQ(got.articles[1].body, "Body \" two.");
}

TEST(JsonlReader, TruncatedArrayKeepsEveryRecordBeforeTheCut) {
  Collected got = read("[\n  {\"title\": \"One\"},\n  {\"title\": \"Two\"},\n  {\"title\": \"Thr");
  ASSERT_EQ(got.articles.size(), 2u);
  auto rejected = got.rejected();
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].line, 4u);
  EXPECT_EQ(rejected[0].reason, "truncated JSON: the input ends inside this record");
  EXPECT_EQ(rejected[0].record, "{\"title\": \"Thr");
}

TEST(JsonlReader, BrokenObjectInAPrettyArrayCostsOnlyItself) {
  Collected got = read(
      "[\n  {\n    \"title\": \"One\"\n  },\n"
      "  {\n    \"title\": \"Broken\",\n    \"text\": \"no closing brace\n"
      "  {\n    \"title\": \"Three\"\n  },\n"
      "  {\n    \"title\": \"Four\" \"bad\"\n  }\n]\n");
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_EQ(got.articles[0].title, "One");
  EXPECT_EQ(got.articles[1].title, "Three");
  auto rejected = got.rejected();
  ASSERT_EQ(rejected.size(), 2u);
  EXPECT_EQ(rejected[0].line, 5u);
  EXPECT_NE(rejected[0].reason.find("never closed"), std::string::npos) << rejected[0].reason;
  EXPECT_NE(rejected[0].record.find("no closing brace"), std::string::npos);
  EXPECT_EQ(rejected[1].line, 11u);
  EXPECT_NE(rejected[1].reason.find("malformed JSON"), std::string::npos) << rejected[1].reason;
}

TEST(JsonlReader, RejectedRecordCopyIsCapped) {
  std::string big = "{\"title\": \"" + std::string(10000, 'x') + "\u00e9\", \n";
  Collected got = read(big + "{\"title\":\"Kept\"}\n");
  ASSERT_EQ(got.articles.size(), 1u);
  auto rejected = got.rejected();
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].record.size(), InputIssue::kMaxRecordCopy);
  EXPECT_EQ(rejected[0].record_bytes, big.size() - 1);
}

TEST(JsonlReader, ReadsNumericIdAsGivenId) {
  Collected got = read("{\"id\":55882,\"title\":\"Numbered\"}\n");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].given_id, "55882");
}

TEST(JsonlReader, IgnoresNullDateAndFallsBackToStatusDate) {
  Collected got = read(
      "{\"title\":\"A\",\"date\":null,\"status_date\":\"2024-05-01\"}\n"
      "{\"title\":\"B\",\"status_date\":\"2024-05-02\",\"date\":null}\n");
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_EQ(got.articles[0].raw_date, "2024-05-01");
  EXPECT_EQ(got.articles[1].raw_date, "2024-05-02");
}

TEST(JsonlReader, PrefersDateOverStatusDate) {
  Collected got =
      read("{\"title\":\"A\",\"status_date\":\"2024-05-02\",\"date\":\"2024-04-30\"}\n");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].raw_date, "2024-04-30");
}

TEST(JsonlReader, TakesSourceObjectNameAsOutlet) {
  Collected got =
      read("{\"title\":\"A\",\"source\":{\"id\":null,\"name\":\"The Moscow Times\"}}\n");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].raw_outlet, "The Moscow Times");
}

TEST(JsonlReader, TakesSourceStringAsOutlet) {
  Collected got = read("{\"title\":\"A\",\"source\":\"Regional Herald\"}\n");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].raw_outlet, "Regional Herald");
}

TEST(JsonlReader, JoinsAuthorsArray) {
  Collected got = read("{\"title\":\"A\",\"authors\":[\"Jane Doe\",\"Ivan Petrov\"]}\n");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].author, "Jane Doe, Ivan Petrov");
}

TEST(JsonlReader, RepairsInvalidUtf8WithWarning) {
  Collected got = read(
      "{\"title\":\"Ok\"}\n"
      "{\"title\":\"M\xFCnchen talks\",\"text\":\"Costs \xA3"
      "5.\"}\n");
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_EQ(got.articles[1].title, "M\xC3\xBCnchen talks");
  EXPECT_EQ(got.articles[1].body,
            "Costs \xC2\xA3"
            "5.");
  auto warnings = got.warnings();
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].line, 2u);
  EXPECT_TRUE(got.rejected().empty());
}

TEST(JsonlReader, SkipsBlankLinesKeepingLineNumbers) {
  Collected got = read("\n{\"title\":\"A\"}\n   \n\r\n{\"title\":\"B\"}\n\n");
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_TRUE(got.issues.empty());
  EXPECT_EQ(got.articles[0].origin_line, 2u);
  EXPECT_EQ(got.articles[1].origin_line, 5u);
  EXPECT_EQ(got.articles[1].origin_file, "dump.jsonl");
}

TEST(JsonlReader, RejectsObjectWithoutTitleOrText) {
  Collected got = read("{\"url\":\"https://a.example/1\",\"date\":\"2025-01-01\"}\n");
  EXPECT_TRUE(got.articles.empty());
  auto rejected = got.rejected();
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].line, 1u);
}

TEST(JsonlReader, IgnoresUnknownFields) {
  Collected got =
      read("{\"title\":\"A\",\"sentiment\":0.5,\"tags\":[\"x\"],\"nested\":{\"k\":1}}\n");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_TRUE(got.issues.empty());
}

TEST(JsonlReader, DecodesEscapedUnicode) {
  Collected got = read("{\"title\":\"\\u041f\\u0443\\u0442\\u0438\\u043d\"}\n");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].title, "Путин");
}

TEST(JsonlReader, ReadsCrlfLinesAndLastLineWithoutNewline) {
  Collected got = read("{\"title\":\"A\"}\r\n{\"title\":\"B\"}", 3);
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_EQ(got.articles[1].title, "B");
  EXPECT_TRUE(got.issues.empty());
}

TEST(JsonlReader, DeliversLinesBeforeStreamDamage) {
  Collected got;
  MemorySource source("{\"title\":\"A\"}\n{\"title\":\"B\"}\n{\"tit", 5, /*damage_at_end=*/true);
  EXPECT_THROW(read_jsonl(source, "dump.jsonl", got.sink()), StreamDamage);
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_EQ(got.articles[1].title, "B");
}

}  // namespace
}  // namespace rostra
