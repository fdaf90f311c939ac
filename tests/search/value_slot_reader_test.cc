#include "common/search/value_slot_reader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "tests/support/test_support.h"

namespace rostra {
namespace {

using test::TempDir;

constexpr Xapian::valueno kSlot = 3;

// Two databases seen as one (docids interleave), with gaps: every third document has no
// value in kSlot, and one has a value only in another slot.
Xapian::Database two_databases(const TempDir& dir) {
  Xapian::Database both;
  for (int part = 0; part < 2; ++part) {
    std::string path = (dir.path() / ("part" + std::to_string(part))).string();
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
    for (int i = 0; i < 500; ++i) {
      Xapian::Document doc;
      if (i % 3 != 0) doc.add_value(kSlot, "v" + std::to_string(part) + "-" + std::to_string(i));
      if (i == 7) doc.add_value(kSlot + 1, "elsewhere");
      db.add_document(doc);
    }
    db.commit();
    both.add_database(Xapian::Database(path));
  }
  return both;
}

void expect_values_in_order(const Xapian::Database& db, const std::vector<Xapian::docid>& order) {
  ValueSlotReader reader(db, kSlot);
  for (Xapian::docid did : order) {
    ASSERT_EQ(reader.value(did), db.get_document(did).get_value(kSlot)) << "docid " << did;
  }
}

TEST(ValueSlotReader, GivesEachDocumentsValueInAscendingOrder) {
  TempDir dir;
  Xapian::Database db = two_databases(dir);
  std::vector<Xapian::docid> all;
  for (Xapian::docid did = 1; did <= db.get_lastdocid(); ++did) all.push_back(did);
  expect_values_in_order(db, all);
  // A sparse match set, as a rare term gives.
  std::vector<Xapian::docid> sparse;
  for (Xapian::docid did = 5; did <= db.get_lastdocid(); did += 97) sparse.push_back(did);
  expect_values_in_order(db, sparse);
  ValueSlotReader reader(db, kSlot);
  EXPECT_EQ(reader.value(1), "");  // the first document of part0 has none
  EXPECT_EQ(reader.value(3), "v0-1");
  EXPECT_EQ(reader.value(4), "v1-1");
  EXPECT_EQ(reader.value(db.get_lastdocid() + 5), "");  // past the stream's end
}

TEST(ValueSlotReader, GivesTheSameValuesInAnyOtherOrder) {
  TempDir dir;
  Xapian::Database db = two_databases(dir);
  std::vector<Xapian::docid> order;
  for (Xapian::docid did = db.get_lastdocid(); did >= 1; --did) order.push_back(did);
  expect_values_in_order(db, order);
  std::mt19937 rng(7);
  std::shuffle(order.begin(), order.end(), rng);
  expect_values_in_order(db, order);
  // The same document twice in a row, and again after others.
  expect_values_in_order(db, {10, 10, 11, 10, 999, 2, 2});
}

}  // namespace
}  // namespace rostra
