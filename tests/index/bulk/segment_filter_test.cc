// The Bloom filter that spares a bulk load most lookups in earlier segments: it never rules
// out a term the segment holds, and rarely lets through one it does not.
#include "common/index/bulk/segment_filter.h"

#include <gtest/gtest.h>

#include <string>

namespace rostra {
namespace {

TEST(SegmentFilter, NeverRulesOutATermItHoldsAndRarelyLetsOthersThrough) {
  SegmentFilter filter(10000);
  for (int i = 0; i < 10000; ++i) filter.add("Qhttps://example.org/" + std::to_string(i));
  for (int i = 0; i < 10000; ++i) {
    EXPECT_TRUE(filter.may_hold("Qhttps://example.org/" + std::to_string(i)));
  }
  int through = 0;
  for (int i = 0; i < 10000; ++i) {
    through += filter.may_hold("Qhttps://other.example/" + std::to_string(i)) ? 1 : 0;
  }
  EXPECT_LT(through, 300);  // about 1% expected
}

TEST(SegmentFilter, HoldsTheIdHashAndBandTermsOfADatabase) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::Document doc;
  doc.add_boolean_term("Qa");
  doc.add_boolean_term("XHASH0123");
  doc.add_boolean_term("XSIM1abc");
  doc.add_term("word");
  db.add_document(doc);
  SegmentFilter filter = SegmentFilter::of(db);
  EXPECT_TRUE(filter.may_hold("Qa"));
  EXPECT_TRUE(filter.may_hold("XHASH0123"));
  EXPECT_TRUE(filter.may_hold("XSIM1abc"));
  EXPECT_FALSE(filter.may_hold("Qb"));
}

}  // namespace
}  // namespace rostra
