#include "common/input/csv_reader.h"

#include <gtest/gtest.h>

#include <string>

#include "common/input/metadata/date_parser.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

using test::Collected;
using test::MemorySource;

Collected read(const std::string& csv, std::size_t chunk = 1 << 20) {
  Collected got;
  MemorySource source(csv, chunk);
  read_csv(source, "dump.csv", got.sink());
  return got;
}

TEST(CsvReader, MapsIsotLayout) {
  Collected got = read(
      "title,text,subject,date\n"
      "Senate passes bill,The Senate passed the bill on Friday.,politicsNews,"
      "\"December 31, 2017 \"\n");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_TRUE(got.issues.empty());
  const Article& a = got.articles[0];
  EXPECT_EQ(a.title, "Senate passes bill");
  EXPECT_EQ(a.body, "The Senate passed the bill on Friday.");
  EXPECT_EQ(a.raw_date.rfind("December 31, 2017", 0), 0u) << a.raw_date;
  EXPECT_EQ(parse_date(a.raw_date), std::optional<std::string>("2017-12-31"));
}

TEST(CsvReader, Maps1tvLayout) {
  Collected got = read(
      "url,title,date_extracted,content,category\n"
      "https://www.1tv.ru/news/2022-01-01/123-slug,Новогоднее обращение,2022-01-01,"
      "Текст новости.,Политика\n");
  ASSERT_EQ(got.articles.size(), 1u);
  const Article& a = got.articles[0];
  EXPECT_EQ(a.url, "https://www.1tv.ru/news/2022-01-01/123-slug");
  EXPECT_EQ(a.title, "Новогоднее обращение");
  EXPECT_EQ(a.raw_date, "2022-01-01");
  EXPECT_EQ(a.body, "Текст новости.");
}

TEST(CsvReader, ReadsQuotedFieldWithCommas) {
  Collected got = read("title,text\n\"Moscow, Kyiv, and Minsk\",\"One, two, three.\"\n");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].title, "Moscow, Kyiv, and Minsk");
  EXPECT_EQ(got.articles[0].body, "One, two, three.");
}

TEST(CsvReader, ReadsDoubledQuotes) {
  Collected got = read("title,text\n\"He said \"\"no\"\"\",\"A \"\"quoted\"\" word.\"\n");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].title, "He said \"no\"");
  EXPECT_EQ(got.articles[0].body, "A \"quoted\" word.");
}

TEST(CsvReader, ReadsEmbeddedNewlines) {
  Collected got = read("title,text\nHeadline,\"First paragraph.\n\nSecond paragraph.\"\n");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].body, "First paragraph.\n\nSecond paragraph.");
}

TEST(CsvReader, ReadsQuotedFieldsAcrossOneByteReads) {
  Collected got = read("title,text\n\"A, \"\"B\"\"\",\"x\ny\"\r\nC,D\r\n", 1);
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_EQ(got.articles[0].title, "A, \"B\"");
  EXPECT_EQ(got.articles[0].body, "x\ny");
  EXPECT_EQ(got.articles[1].title, "C");
  EXPECT_EQ(got.articles[1].body, "D");
}

TEST(CsvReader, HandlesCrlfLineEndings) {
  Collected got = read("title,text\r\nHeadline,Body text\r\n");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].title, "Headline");
  EXPECT_EQ(got.articles[0].body, "Body text");
}

TEST(CsvReader, ReadsLastRecordWithoutNewline) {
  Collected got = read("title,text\nHeadline,Body");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].body, "Body");
}

TEST(CsvReader, RejectsWrongFieldCountWithStartLineAndReadsNextRecord) {
  Collected got = read(
      "title,text,date\n"                                // line 1
      "First,\"Body spanning\ntwo lines\",2020-01-01\n"  // lines 2-3
      "Broken,only two\n"                                // line 4
      "Third,Body three,2020-01-03\n");                  // line 5
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_EQ(got.articles[0].title, "First");
  EXPECT_EQ(got.articles[1].title, "Third");
  auto rejected = got.rejected();
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].line, 4u);
  EXPECT_EQ(rejected[0].file, "dump.csv");
}

TEST(CsvReader, RejectsMultilineRecordAtTheLineItStartsOn) {
  Collected got = read(
      "title,text\n"                 // line 1
      "Good,Body\n"                  // line 2
      "Bad,\"multi\nline\",extra\n"  // lines 3-4
      "Good again,Body\n");          // line 5
  ASSERT_EQ(got.articles.size(), 2u);
  auto rejected = got.rejected();
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].line, 3u);
  EXPECT_EQ(got.articles[1].title, "Good again");
}

TEST(CsvReader, SkipsRepeatedHeaderLine) {
  Collected got = read(
      "title,text,subject,date\n"
      "One,Body one,News,2017-12-30\n"
      "title,text,subject,date\n"
      "Two,Body two,News,2017-12-31\n");
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_TRUE(got.issues.empty());
  EXPECT_EQ(got.articles[1].title, "Two");
}

TEST(CsvReader, RejectsUnterminatedQuoteAtEnd) {
  Collected got = read(
      "title,text\n"
      "Good,Body\n"
      "Bad,\"never closed\nstill open\n");
  ASSERT_EQ(got.articles.size(), 1u);
  auto rejected = got.rejected();
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].line, 3u);
}

TEST(CsvReader, RejectsRecordWithoutTitleOrText) {
  Collected got = read(
      "title,text,date\n"
      ",,2020-01-01\n"
      "Kept,Body,2020-01-02\n");
  ASSERT_EQ(got.articles.size(), 1u);
  auto rejected = got.rejected();
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].line, 2u);
}

TEST(CsvReader, RepairsInvalidUtf8WithWarning) {
  Collected got = read(
      "title,text\nPrices,It costs \xA3"
      "5.\n");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].body,
            "It costs \xC2\xA3"
            "5.");
  auto warnings = got.warnings();
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0].line, 2u);
}

TEST(CsvReader, RecordsOriginFileAndLine) {
  Collected got = read("title,text\nA,B\nC,\"D\nE\"\nF,G\n");
  ASSERT_EQ(got.articles.size(), 3u);
  EXPECT_EQ(got.articles[0].origin_file, "dump.csv");
  EXPECT_EQ(got.articles[0].origin_line, 2u);
  EXPECT_EQ(got.articles[1].origin_line, 3u);
  EXPECT_EQ(got.articles[2].origin_line, 5u);
}

TEST(CsvReader, MatchesHeaderNamesCaseInsensitively) {
  Collected got = read("Title,Text,Date\nHeadline,Body,2020-05-05\n");
  ASSERT_EQ(got.articles.size(), 1u);
  EXPECT_EQ(got.articles[0].title, "Headline");
  EXPECT_EQ(got.articles[0].raw_date, "2020-05-05");
}

TEST(CsvReader, DeliversRecordsBeforeStreamDamage) {
  Collected got;
  MemorySource source("title,text\nA,B\nC,D\nE,", 3, /*damage_at_end=*/true);
  EXPECT_THROW(read_csv(source, "dump.csv", got.sink()), StreamDamage);
  ASSERT_GE(got.articles.size(), 2u);
  EXPECT_EQ(got.articles[0].title, "A");
  EXPECT_EQ(got.articles[1].title, "C");
}

TEST(CsvReader, ReadsTsvWithAHeaderLikeCsv) {
  Collected got;
  MemorySource source(
      "title\ttext\tdate\toutlet\n"
      "Talks resume\tMinisters met, again, on Monday.\t2024-03-01\tHerald\n"
      "\"Quoted\ttab\"\t\"Line one\nline two\"\t2024-03-02\tHerald\n"
      "Short row\tonly two\n");
  read_csv(source, "dump.tsv", got.sink(), '\t');
  ASSERT_EQ(got.articles.size(), 2u);
  EXPECT_EQ(got.articles[0].body, "Ministers met, again, on Monday.");
  EXPECT_EQ(got.articles[0].raw_outlet, "Herald");
  EXPECT_EQ(got.articles[1].title, "Quoted\ttab");
  EXPECT_EQ(got.articles[1].body, "Line one\nline two");
  auto rejected = got.rejected();
  ASSERT_EQ(rejected.size(), 1u);
  EXPECT_EQ(rejected[0].line, 5u);
  EXPECT_EQ(rejected[0].record, "Short row\tonly two");
}

}  // namespace
}  // namespace rostra
