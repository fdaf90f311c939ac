#include "common/base/csv_field.h"

#include <gtest/gtest.h>

namespace rostra {
namespace {

TEST(CsvField, QuotesOnlyWhatNeedsIt) {
  EXPECT_EQ(csv_field("Reuters"), "Reuters");
  EXPECT_EQ(csv_field("12"), "12");
  EXPECT_EQ(csv_field(""), "");
  EXPECT_EQ(csv_field("a, b"), "\"a, b\"");
  EXPECT_EQ(csv_field("he said \"no\""), "\"he said \"\"no\"\"\"");
  EXPECT_EQ(csv_field("two\nlines"), "\"two\nlines\"");
}

TEST(CsvField, NeverLetsASpreadsheetRunAFieldAsAFormula) {
  // Both the command line's CSV and the server's exports write titles and quotes through it.
  EXPECT_EQ(csv_field("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(csv_field("+1"), "\"'+1\"");
  EXPECT_EQ(csv_field("-2"), "\"'-2\"");
  EXPECT_EQ(csv_field("@SUM(A1)"), "\"'@SUM(A1)\"");
  EXPECT_EQ(csv_field("a=b"), "a=b");
}

}  // namespace
}  // namespace rostra
