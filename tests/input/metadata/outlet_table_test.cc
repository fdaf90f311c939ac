#include "common/input/metadata/outlet_table.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <cstdlib>
#include <stdexcept>
#include <string>

#include "common/base/errors.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

using test::contains;
using test::TempDir;

OutletTable sample_table() {
  OutletTable table;
  table.add("host", "themoscowtimes.com", "The Moscow Times");
  table.add("alias", "moscow times", "The Moscow Times");
  table.add("host", "kremlin.ru", "President of Russia");
  table.add("host", "reuters.com", "Reuters");
  table.add("wire", "Reuters", "Reuters");
  table.add("wire", "Capital Wire", "Capital Wire Service");
  return table;
}

TEST(OutletTable, LoadsFileSkippingCommentsAndBlankLines) {
  TempDir dir;
  auto path = dir.write("outlets.tsv",
                        "# Outlet table for a test\n"
                        "\n"
                        "host\tthemoscowtimes.com\tThe Moscow Times\n"
                        "   \n"
                        "# another comment\n"
                        "wire\tReuters\tReuters\n"
                        "alias\tmoscow times\tThe Moscow Times\n");
  OutletTable table = OutletTable::load(path);
  EXPECT_EQ(table.by_host("themoscowtimes.com"), std::optional<std::string>("The Moscow Times"));
  EXPECT_EQ(table.by_wire("Reuters"), std::optional<std::string>("Reuters"));
  EXPECT_EQ(table.canonical_name("moscow times"), "The Moscow Times");
  EXPECT_GT(table.size(), 0u);
}

TEST(OutletTable, MalformedLineThrowsInputErrorNamingFileAndLine) {
  TempDir dir;
  auto path = dir.write("broken-outlets.tsv",
                        "# comment\n"
                        "host\tkremlin.ru\tPresident of Russia\n"
                        "\n"
                        "host kremlin.ru without tabs\n");
  try {
    OutletTable::load(path);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    std::string message = e.what();
    EXPECT_TRUE(contains(message, "broken-outlets.tsv")) << message;
    EXPECT_TRUE(contains(message, ":4")) << message;
  }
}

TEST(OutletTable, UnknownKindInFileThrowsInputErrorWithLine) {
  TempDir dir;
  auto path = dir.write("kinds.tsv", "host\ta.example\tA\nsite\tb.example\tB\n");
  try {
    OutletTable::load(path);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    std::string message = e.what();
    EXPECT_TRUE(contains(message, "kinds.tsv")) << message;
    EXPECT_TRUE(contains(message, ":2")) << message;
  }
}

TEST(OutletTable, MissingFileThrowsInputError) {
  TempDir dir;
  EXPECT_THROW(OutletTable::load(dir.path() / "absent.tsv"), InputError);
}

TEST(OutletTable, AddRejectsUnknownKind) {
  OutletTable table;
  EXPECT_THROW(table.add("domain", "x.example", "X"), std::invalid_argument);
}

TEST(OutletTable, FindsListedHost) {
  EXPECT_EQ(sample_table().by_host("themoscowtimes.com"),
            std::optional<std::string>("The Moscow Times"));
}

TEST(OutletTable, FindsHostIgnoringWwwAndCase) {
  EXPECT_EQ(sample_table().by_host("WWW.TheMoscowTimes.COM"),
            std::optional<std::string>("The Moscow Times"));
}

TEST(OutletTable, FindsHostThroughParentDomain) {
  EXPECT_EQ(sample_table().by_host("en.kremlin.ru"),
            std::optional<std::string>("President of Russia"));
  EXPECT_EQ(sample_table().by_host("static.news.kremlin.ru"),
            std::optional<std::string>("President of Russia"));
}

TEST(OutletTable, PrefersMoreSpecificHostEntry) {
  OutletTable table = sample_table();
  table.add("host", "en.kremlin.ru", "President of Russia (English)");
  EXPECT_EQ(table.by_host("en.kremlin.ru"),
            std::optional<std::string>("President of Russia (English)"));
  EXPECT_EQ(table.by_host("kremlin.ru"), std::optional<std::string>("President of Russia"));
}

TEST(OutletTable, NeverMatchesBareTopLevelDomain) {
  OutletTable table;
  table.add("host", "ru", "Everything Russian");
  EXPECT_EQ(table.by_host("unlisted.ru"), std::nullopt);
  EXPECT_EQ(table.by_host("deep.unlisted.ru"), std::nullopt);
}

TEST(OutletTable, UnknownHostIsNullopt) {
  EXPECT_EQ(sample_table().by_host("unknown.example"), std::nullopt);
  EXPECT_EQ(sample_table().by_host(""), std::nullopt);
}

TEST(OutletTable, FindsWireCaseInsensitively) {
  OutletTable table = sample_table();
  EXPECT_EQ(table.by_wire("reuters"), std::optional<std::string>("Reuters"));
  EXPECT_EQ(table.by_wire("REUTERS"), std::optional<std::string>("Reuters"));
  EXPECT_EQ(table.by_wire("capital wire"), std::optional<std::string>("Capital Wire Service"));
}

TEST(OutletTable, UnknownWireIsNullopt) {
  EXPECT_EQ(sample_table().by_wire("AFP"), std::nullopt);
}

TEST(OutletTable, CanonicalNameResolvesAlias) {
  EXPECT_EQ(sample_table().canonical_name("Moscow Times"), "The Moscow Times");
}

TEST(OutletTable, CanonicalNameResolvesDisplayNameInOtherCase) {
  EXPECT_EQ(sample_table().canonical_name("THE MOSCOW TIMES"), "The Moscow Times");
  EXPECT_EQ(sample_table().canonical_name("president of russia"), "President of Russia");
}

TEST(OutletTable, CanonicalNameFoldsCyrillicCaseAndWhitespace) {
  OutletTable table;
  table.add("alias", "вечерний вестник", "Вечерний вестник");
  EXPECT_EQ(table.canonical_name("ВЕЧЕРНИЙ   ВЕСТНИК"), "Вечерний вестник");
  EXPECT_EQ(sample_table().canonical_name("moscow \u00a0 times"), "The Moscow Times");
}

TEST(OutletTable, CanonicalNameResolvesHostAndWire) {
  OutletTable table = sample_table();
  EXPECT_EQ(table.canonical_name("themoscowtimes.com"), "The Moscow Times");
  EXPECT_EQ(table.canonical_name("capital wire"), "Capital Wire Service");
}

TEST(OutletTable, CanonicalNameReturnsUnknownNameTrimmed) {
  EXPECT_EQ(sample_table().canonical_name("  Some Local Blog \t"), "Some Local Blog");
}

// The library reads no environment and knows no default path (the programs choose).
TEST(OutletTable, LoadWithEmptyPathGivesEmptyTable) {
  EXPECT_EQ(load_outlet_table("").size(), 0u);
}

TEST(OutletTable, LoadWithNamedMissingFileThrowsInputError) {
  TempDir dir;
  EXPECT_THROW(load_outlet_table(dir.path() / "missing.tsv"), InputError);
}

TEST(OutletTable, LoadsBundledTable) {
  OutletTable table =
      load_outlet_table(std::filesystem::path(ROSTRA_SOURCE_DIR) / "corpus" / "outlets.tsv");
  EXPECT_GT(table.size(), 0u);
}

}  // namespace
}  // namespace rostra
