// Case folding and the lower-case test used to tell descriptions from names.
#include "common/base/case_fold.h"

#include <gtest/gtest.h>

namespace rostra {
namespace {

TEST(CaseFold, FoldsAnyScriptAndCollapsesSpaces) {
  EXPECT_EQ(fold_case("  ВЕСТНИК\u00A0 Daily "), "вестник daily");
}

TEST(CaseFold, StartsLowerCaseOnlyForALowerCaseLetter) {
  EXPECT_TRUE(starts_lower_case("spokesman"));
  EXPECT_TRUE(starts_lower_case("источник"));
  EXPECT_FALSE(starts_lower_case("Putin"));
  EXPECT_FALSE(starts_lower_case("Путин"));
  EXPECT_FALSE(starts_lower_case("\u4E60\u8FD1\u5E73"));  // a caseless script
  EXPECT_FALSE(starts_lower_case("2nd"));
  EXPECT_FALSE(starts_lower_case(""));
  EXPECT_FALSE(starts_lower_case("\xD0"));  // a cut multibyte character
}

}  // namespace
}  // namespace rostra
