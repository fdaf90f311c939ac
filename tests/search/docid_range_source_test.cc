#include "common/search/docid_range_source.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rostra {
namespace {

// Ten documents, all holding "all"; "some" in documents 2, 6 and 9; document 5 deleted.
Xapian::WritableDatabase ten_documents() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (Xapian::docid did = 1; did <= 10; ++did) {
    Xapian::Document doc;
    doc.add_term("all");
    if (did == 2 || did == 6 || did == 9) doc.add_term("some");
    db.add_document(doc);
  }
  db.delete_document(5);
  db.commit();
  return db;
}

std::vector<Xapian::docid> matches(const Xapian::Database& db, const std::string& term,
                                   Xapian::docid first, Xapian::docid last) {
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(term),
                                  Xapian::Query((new DocidRangeSource(first, last))->release())));
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::MSet mset = enquire.get_mset(0, db.get_doccount(), db.get_doccount());
  std::vector<Xapian::docid> out;
  for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
  EXPECT_EQ(mset.get_matches_estimated(), out.size());
  return out;
}

using Ids = std::vector<Xapian::docid>;

TEST(DocidRangeSource, FiltersToTheRangeSkippingDeletedDocuments) {
  Xapian::WritableDatabase db = ten_documents();
  EXPECT_EQ(matches(db, "all", 3, 7), (Ids{3, 4, 6, 7}));
  EXPECT_EQ(matches(db, "all", 1, 1), (Ids{1}));
  EXPECT_EQ(matches(db, "all", 0, 2), (Ids{1, 2}));
}

TEST(DocidRangeSource, ClipsToTheLastDocidAndMayBeEmpty) {
  Xapian::WritableDatabase db = ten_documents();
  EXPECT_EQ(matches(db, "all", 8, 1000), (Ids{8, 9, 10}));
  EXPECT_EQ(matches(db, "all", 11, 20), Ids{});
  EXPECT_EQ(matches(db, "all", 7, 6), Ids{});
}

TEST(DocidRangeSource, SparseQueriesSkipIntoTheRange) {
  Xapian::WritableDatabase db = ten_documents();
  EXPECT_EQ(matches(db, "some", 3, 8), (Ids{6}));
  EXPECT_EQ(matches(db, "some", 1, 10), (Ids{2, 6, 9}));
  EXPECT_EQ(matches(db, "some", 7, 8), Ids{});
}

TEST(DocidRangeSource, SplitRangesPartitionTheMatches) {
  Xapian::WritableDatabase db = ten_documents();
  Ids joined;
  for (auto [first, last] : {std::pair<Xapian::docid, Xapian::docid>{1, 3}, {4, 6}, {7, 10}}) {
    Ids part = matches(db, "all", first, last);
    joined.insert(joined.end(), part.begin(), part.end());
  }
  EXPECT_EQ(joined, matches(db, "all", 1, 10));
  EXPECT_EQ(joined.size(), db.get_doccount());
}

}  // namespace
}  // namespace rostra
