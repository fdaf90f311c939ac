#include "common/search/facet_counter.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "common/schema/schema.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

using test::TempDir;

// Documents in `parts` databases searched as one: outlets, clusters (16 hex digits as the
// indexer writes them, another key, or none), dates (some unknown) and speakers (0-2).
Xapian::Database databases(const TempDir& dir, int parts) {
  Xapian::Database all;
  const char* outlets[] = {"Reuters", "TASS", "", "BBC"};
  const char* speakers[] = {"", "Vladimir Putin", "Donald Trump", "Elena Varga"};
  for (int part = 0; part < parts; ++part) {
    std::string path = (dir.path() / ("part" + std::to_string(part))).string();
    Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
    for (int i = 0; i < 400; ++i) {
      Xapian::Document doc;
      if (i % 2 == 0 || i % 7 == 0) doc.add_term("match");
      doc.add_value(schema::kSlotOutlet, outlets[(i + part) % 4]);
      char hex[17];
      std::snprintf(hex, sizeof hex, "%016x", static_cast<unsigned>(i % 37) * 2654435761u);
      if (i % 5 == 1) {
        doc.add_value(schema::kSlotCluster, "story-" + std::to_string(i % 11));
      } else if (i % 5 != 2) {
        doc.add_value(schema::kSlotCluster, hex);
      }
      if (i % 9 != 0) {
        doc.add_value(schema::kSlotDate,
                      "20" + std::to_string(18 + i % 3) + "-0" + std::to_string(1 + i % 9) + "-15");
      }
      std::string names = speakers[i % 4];
      if (i % 6 == 0) names += std::string(1, schema::kValueSeparator) + speakers[1];
      if (!names.empty() && names[0] != schema::kValueSeparator) {
        doc.add_value(schema::kSlotSpeakers, names);
      }
      db.add_document(doc);
    }
    db.commit();
    all.add_database(Xapian::Database(path));
  }
  return all;
}

// One database (read through value streams) and two searched as one (read per document,
// since a MatchSpy's document ids are those of its own database).
class FacetCounterOver : public ::testing::TestWithParam<int> {};

TEST_P(FacetCounterOver, CountsWhatEachMatchingDocumentsValuesSay) {
  TempDir dir;
  Xapian::Database db = databases(dir, GetParam());
  ASSERT_EQ(db.size(), static_cast<std::size_t>(GetParam()));
  FacetCounter counter(db);
  Xapian::Enquire enquire(db);
  enquire.set_query(Xapian::Query("match"));
  enquire.add_matchspy(&counter);
  Xapian::MSet mset = enquire.get_mset(0, 10, db.get_doccount());

  // The same counts, document by document through Document::get_value.
  FacetCounter::Counts outlets, months, speakers, stories;
  std::map<std::string, std::set<std::string>> clusters;
  std::uint64_t total = 0;
  for (auto it = db.postlist_begin("match"); it != db.postlist_end("match"); ++it) {
    Xapian::Document doc = db.get_document(*it);
    ++total;
    std::string outlet = doc.get_value(schema::kSlotOutlet);
    if (outlet.empty()) outlet = "(unknown)";
    ++outlets[outlet];
    std::string cluster = doc.get_value(schema::kSlotCluster);
    clusters[outlet].insert(cluster.empty() ? "doc " + std::to_string(*it) : cluster);  // unique
    std::string date = doc.get_value(schema::kSlotDate);
    ++months[date.empty() ? "(unknown)" : date.substr(0, 7)];
    std::string names = doc.get_value(schema::kSlotSpeakers);
    for (std::size_t start = 0; start < names.size();) {
      std::size_t end = names.find(schema::kValueSeparator, start);
      if (end == std::string::npos) end = names.size();
      ++speakers[names.substr(start, end - start)];
      start = end + 1;
    }
  }
  for (const auto& [outlet, keys] : clusters) stories[outlet] = keys.size();

  EXPECT_EQ(mset.get_matches_estimated(), total);
  EXPECT_EQ(counter.outlets(), outlets);
  EXPECT_EQ(counter.months(), months);
  EXPECT_EQ(counter.speakers(), speakers);
  EXPECT_EQ(counter.outlet_stories(), stories);
  EXPECT_EQ(outlets.size(), 4u);  // three outlets and "(unknown)"
  EXPECT_EQ(speakers.size(), 3u);
  EXPECT_LT(stories["Reuters"], outlets["Reuters"]);  // some matches share a story
}

INSTANTIATE_TEST_SUITE_P(Databases, FacetCounterOver, ::testing::Values(1, 2));

}  // namespace
}  // namespace rostra
