#include "common/query/wildcard.h"

#include <gtest/gtest.h>

#include "common/base/errors.h"

namespace rostra {
namespace {

TEST(Wildcard, TruncationMatchesAnyEnding) {
  const WildcardPattern star = parse_wildcard("Negotiat*", 1);
  EXPECT_EQ(star.prefix, "negotiat");
  EXPECT_TRUE(star.matches("negotiation"));
  EXPECT_TRUE(star.matches("negotiat"));
  EXPECT_FALSE(star.matches("negotiable"));
  const WildcardPattern bang = parse_wildcard("negotiat!", 1);
  EXPECT_TRUE(bang.matches("negotiators"));
}

TEST(Wildcard, QuestionMarkIsExactlyOneCharacterInAnyScript) {
  const WildcardPattern p = parse_wildcard("wom?n", 1);
  EXPECT_EQ(p.prefix, "wom");
  EXPECT_TRUE(p.matches("woman"));
  EXPECT_TRUE(p.matches("women"));
  EXPECT_FALSE(p.matches("womn"));
  EXPECT_FALSE(p.matches("womaan"));
  const WildcardPattern cyrillic = parse_wildcard("Путин?", 1);
  EXPECT_TRUE(cyrillic.matches("путина"));
  EXPECT_FALSE(cyrillic.matches("путин"));
  EXPECT_TRUE(parse_wildcard("ёлк*", 1).matches("елка"));
}

TEST(Wildcard, RecognizesWildcardWords) {
  EXPECT_TRUE(is_wildcard("negotiat*"));
  EXPECT_TRUE(is_wildcard("negotiat!"));
  EXPECT_TRUE(is_wildcard("wom?n"));
  EXPECT_FALSE(is_wildcard("yes!" + std::string("x")));
  EXPECT_FALSE(is_wildcard("putin"));
}

TEST(Wildcard, RefusesFewerThanTwoLettersBeforeTheWildcard) {
  EXPECT_THROW(parse_wildcard("*", 1), QueryError);
  EXPECT_THROW(parse_wildcard("a*", 1), QueryError);
  EXPECT_THROW(parse_wildcard("?ar", 1), QueryError);
  EXPECT_NO_THROW(parse_wildcard("ab*", 1));
}

}  // namespace
}  // namespace rostra
