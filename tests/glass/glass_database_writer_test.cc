// GlassDatabaseWriter against Xapian's own WritableDatabase: the same documents written
// both ways must read the same through every part of Xapian's public API, pass
// xapian-check, take later updates and compact alike.
#include "common/glass/glass_database_writer.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>
#include <xapian.h>

#include <csignal>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "common/base/errors.h"
#include "tests/support/glass_table_dump.h"
#include "tests/support/glass_test_corpus.h"
#include "tests/support/program_runner.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;
using test::TempDir;
using namespace rostra::test;  // NOLINT: the shared corpus and comparisons

// ---------------------------------------------------------------------------------------

TEST(GlassDatabaseWriter, WritesADatabaseXapianOpensAndXapianCheckFindsClean) {
  TempDir dir;
  const fs::path path = dir.path() / "db";
  GlassDatabaseWriter writer(path.string());
  BulkDocument doc;
  doc.terms = {{"world", 2}, {"hello", 1}, {"Qid1", 0}};
  doc.values = {{3, "v3"}, {0, "v0"}};
  doc.data = "hello world";
  EXPECT_EQ(writer.add_document(doc), 1u);
  EXPECT_EQ(writer.doccount(), 1u);
  writer.finish();

  Xapian::Database db(path.string());
  EXPECT_EQ(db.get_doccount(), 1u);
  EXPECT_EQ(db.get_document(1).get_data(), "hello world");
  EXPECT_EQ(db.get_doclength(1), 3u);
  EXPECT_EQ(db.get_termfreq("world"), 1u);
  EXPECT_EQ(db.get_document(1).get_value(3), "v3");
  EXPECT_FALSE(db.has_positions());
  EXPECT_NE(xapian_check(path).find("No errors found"), std::string::npos);
  EXPECT_TRUE(fs::exists(path / "termlist.glass"));
  EXPECT_FALSE(fs::exists(path / "position.glass"));  // Glass creates it lazily.
}

TEST(GlassDatabaseWriter, MatchesXapiansOwnDatabaseThroughThePublicApi) {
  TempDir dir;
  const Corpus corpus = make_corpus(600, 1);
  write_with_xapian(dir.path() / "xapian", corpus);
  write_with_bulk_writer(dir.path() / "bulk", corpus);
  EXPECT_NE(xapian_check(dir.path() / "bulk").find("No errors found"), std::string::npos);
  expect_same_contents(Xapian::Database((dir.path() / "xapian").string()),
                       Xapian::Database((dir.path() / "bulk").string()));
}

// Stronger than the API: the tables hold the very same keys and tags (chunk boundaries
// included) and the version file the same statistics, e.g. the wdf upper bound that only
// shows in weighting. Only the layout of items in blocks and the compression differ.
TEST(GlassDatabaseWriter, StoresTheSameKeysAndTagsAndStatisticsAsXapian) {
  if (!glass_writer_tested_with(Xapian::version_string())) {
    GTEST_SKIP() << "byte identity holds for the tested Xapian versions only";
  }
  TempDir dir;
  const Corpus corpus = make_corpus(600, 7);
  write_with_xapian(dir.path() / "xapian", corpus);
  write_with_bulk_writer(dir.path() / "bulk", corpus);
  for (int table = 0; table < 3; ++table) {
    SCOPED_TRACE("table " + std::to_string(table));
    const auto want = test::read_glass_table(dir.path() / "xapian", table);
    const auto got = test::read_glass_table(dir.path() / "bulk", table);
    EXPECT_GT(want.size(), 100u);
    ASSERT_EQ(got.size(), want.size());
    for (auto w = want.begin(), g = got.begin(); w != want.end(); ++w, ++g) {
      ASSERT_EQ(g->first, w->first);
      ASSERT_EQ(g->second, w->second) << "key of " << w->first.size() << " bytes";
    }
  }
  EXPECT_EQ(test::read_glass_version(dir.path() / "bulk").stats,
            test::read_glass_version(dir.path() / "xapian").stats);
}

TEST(GlassDatabaseWriter, MatchesXapianOnLargeInputsWithDeepTreesAndMultiChunkPostlists) {
  TempDir dir;
  const Corpus corpus = make_corpus(6000, 2, 250);
  write_with_xapian(dir.path() / "xapian", corpus);
  write_with_bulk_writer(dir.path() / "bulk", corpus);
  const std::string check = xapian_check(dir.path() / "bulk");
  EXPECT_NE(check.find("No errors found"), std::string::npos) << check;
  // docdata (tags split over blocks) needs three levels; the postlist many leaf blocks.
  EXPECT_NE(check.find("levels=2"), std::string::npos) << check;
  Xapian::Database bulk((dir.path() / "bulk").string());
  EXPECT_GT(bulk.get_termfreq("the"), 4000u);  // Its postlist spans several chunks.
  expect_same_contents(Xapian::Database((dir.path() / "xapian").string()), bulk);
}

// The version gate's fallback: the same calls, made on Xapian's own WritableDatabase, give the
// database the contract describes (deletions, gaps, the last docid, metadata included).
TEST(GlassDatabaseWriter, ThroughXapianMatchesXapiansOwnDatabaseThroughThePublicApi) {
  TempDir dir;
  const Corpus corpus = make_corpus(600, 9);
  write_with_xapian(dir.path() / "xapian", corpus);
  write_with_bulk_writer(dir.path() / "fallback", corpus, GlassBackend::kThroughXapian);
  EXPECT_NE(xapian_check(dir.path() / "fallback").find("No errors found"), std::string::npos);
  expect_same_contents(Xapian::Database((dir.path() / "xapian").string()),
                       Xapian::Database((dir.path() / "fallback").string()));
}

TEST(GlassDatabaseWriter, UsesItsOwnWriterOnlyWithATestedXapian) {
  EXPECT_TRUE(glass_writer_tested_with("1.4.22"));
  EXPECT_FALSE(glass_writer_tested_with("1.4.21"));
  EXPECT_FALSE(glass_writer_tested_with("2.0.0"));
  const bool tested = glass_writer_tested_with(Xapian::version_string()) &&
                      glass_writer_tested_with(xapian_build_version());
  EXPECT_EQ(default_glass_backend(),
            tested ? GlassBackend::kOwnWriter : GlassBackend::kThroughXapian);
  EXPECT_EQ(glass_fallback_reason().empty(), tested);
  EXPECT_EQ(GlassDatabaseWriter("/nonexistent/unused").backend(), default_glass_backend());
}

TEST(GlassDatabaseWriter, WritesAnEmptyDatabaseWhenGivenNothing) {
  TempDir dir;
  GlassDatabaseWriter((dir.path() / "empty").string()).finish();
  Xapian::Database db((dir.path() / "empty").string());
  EXPECT_EQ(db.get_doccount(), 0u);
  EXPECT_EQ(db.get_lastdocid(), 0u);
  EXPECT_TRUE(db.allterms_begin() == db.allterms_end());
  xapian_check(dir.path() / "empty");
}

TEST(GlassDatabaseWriter, MatchesXapianWhenEveryDocumentIsDeleted) {
  TempDir dir;
  Corpus corpus = make_corpus(20, 3);
  corpus.deleted.clear();
  for (Xapian::docid did = 20; did >= 1; --did) corpus.deleted.push_back(did);
  write_with_xapian(dir.path() / "xapian", corpus);
  write_with_bulk_writer(dir.path() / "bulk", corpus);
  xapian_check(dir.path() / "bulk");
  expect_same_contents(Xapian::Database((dir.path() / "xapian").string()),
                       Xapian::Database((dir.path() / "bulk").string()));
}

// Xapian's own updates on both databases: replace by id term, delete by id term, add.
void update_with_xapian(const fs::path& path, const Corpus& corpus) {
  Xapian::WritableDatabase db(path.string(), Xapian::DB_OPEN);
  for (std::size_t n = 10; n < 300; n += 29) {
    BulkDocument changed = corpus.docs[n + 1];
    changed.data = "replaced " + std::to_string(n);
    db.replace_document("Q" + std::to_string(n), to_xapian(changed));
  }
  for (std::size_t n = 20; n < 300; n += 31) db.delete_document("Q" + std::to_string(n));
  for (std::size_t n = 0; n < 40; ++n) db.add_document(to_xapian(corpus.docs[n]));
  db.set_metadata("schema", "8");
  db.commit();
}

TEST(GlassDatabaseWriter, LeavesADatabaseXapianCanUpdate) {
  TempDir dir;
  const Corpus corpus = make_corpus(300, 4);
  write_with_xapian(dir.path() / "xapian", corpus);
  write_with_bulk_writer(dir.path() / "bulk", corpus);
  update_with_xapian(dir.path() / "xapian", corpus);
  update_with_xapian(dir.path() / "bulk", corpus);
  const std::string check = xapian_check(dir.path() / "bulk");
  EXPECT_NE(check.find("No errors found"), std::string::npos) << check;
  Xapian::Database bulk((dir.path() / "bulk").string());
  EXPECT_GE(bulk.get_lastdocid(), 340u);
  EXPECT_EQ(bulk.get_metadata("schema"), "8");
  EXPECT_EQ(bulk.get_termfreq("Q51"), 0u);
  EXPECT_EQ(bulk.get_document(11).get_data(), "replaced 10");
  expect_same_contents(Xapian::Database((dir.path() / "xapian").string()), bulk);
}

TEST(GlassDatabaseWriter, CompactsLikeXapiansOwnDatabases) {
  TempDir dir;
  Xapian::Database xapian_sources, bulk_sources;
  for (std::uint32_t part = 0; part < 3; ++part) {
    const Corpus corpus = make_corpus(150 + 40 * part, 10 + part);
    const std::string name = std::to_string(part);
    write_with_xapian(dir.path() / ("xapian" + name), corpus);
    write_with_bulk_writer(dir.path() / ("bulk" + name), corpus);
    xapian_sources.add_database(Xapian::Database((dir.path() / ("xapian" + name)).string()));
    bulk_sources.add_database(Xapian::Database((dir.path() / ("bulk" + name)).string()));
  }
  xapian_sources.compact((dir.path() / "xapian-compact").string());
  bulk_sources.compact((dir.path() / "bulk-compact").string());
  const std::string check = xapian_check(dir.path() / "bulk-compact");
  EXPECT_NE(check.find("No errors found"), std::string::npos) << check;
  expect_same_contents(Xapian::Database((dir.path() / "xapian-compact").string()),
                       Xapian::Database((dir.path() / "bulk-compact").string()));
}

// The rule a caller must follow to renumber its own side data after compacting writer
// outputs: sources are concatenated in order; each source's docids are shifted so that its
// lowest remaining docid follows the previous source's highest remaining docid. Deleted
// docids before a source's first or after its last remaining document are dropped; gaps
// between remaining documents are kept.
TEST(GlassDatabaseWriter, CompactionDropsLeadingAndTrailingDeletedDocidsButKeepsGaps) {
  TempDir dir;
  auto write = [&](const std::string& name, std::size_t count, std::vector<Xapian::docid> deleted) {
    GlassDatabaseWriter writer((dir.path() / name).string());
    for (std::size_t i = 1; i <= count; ++i) {
      BulkDocument doc;
      doc.terms = {{"Q" + name + "-" + std::to_string(i), 0}, {"word", 1}};
      writer.add_document(doc);
    }
    for (Xapian::docid did : deleted) writer.delete_document(did);
    writer.finish();
  };
  write("a", 5, {5});     // lastdocid 5, the last deleted: keeps docids 1..4.
  write("b", 3, {});      // docids 1..3.
  write("c", 6, {1, 4});  // a leading and an inner gap: 2, 3, 5, 6.
  Xapian::Database sources;
  for (const char* name : {"a", "b", "c"}) {
    sources.add_database(Xapian::Database((dir.path() / name).string()));
  }
  sources.compact((dir.path() / "compact").string());
  Xapian::Database compact((dir.path() / "compact").string());
  auto docid_of = [&](const std::string& id) {
    Xapian::PostingIterator it = compact.postlist_begin("Q" + id);
    return it == compact.postlist_end("Q" + id) ? Xapian::docid{0} : *it;
  };
  EXPECT_EQ(docid_of("a-1"), 1u);
  EXPECT_EQ(docid_of("a-4"), 4u);
  EXPECT_EQ(docid_of("b-1"), 5u);  // a's deleted docid 5 is not kept.
  EXPECT_EQ(docid_of("b-3"), 7u);
  EXPECT_EQ(docid_of("c-2"), 8u);  // c's leading deleted docid 1 is dropped...
  EXPECT_EQ(docid_of("c-3"), 9u);
  EXPECT_EQ(docid_of("c-5"), 11u);  // ...but its inner gap (docid 4) is kept.
  EXPECT_EQ(docid_of("c-6"), 12u);
  EXPECT_EQ(compact.get_doccount(), 11u);
  EXPECT_EQ(compact.get_lastdocid(), 12u);
}

TEST(GlassDatabaseWriter, RefusesAPathThatIsNotAnEmptyDirectory) {
  TempDir dir;
  dir.write("file", "x");
  EXPECT_THROW(GlassDatabaseWriter((dir.path() / "file").string()), DatabaseError);
  EXPECT_THROW(GlassDatabaseWriter(dir.path().string()), DatabaseError);

  const fs::path later = dir.path() / "later";
  GlassDatabaseWriter writer(later.string());
  writer.add_document(BulkDocument{{{"term", 1}}, {}, ""});
  fs::create_directory(later);
  fs::copy_file(dir.path() / "file", later / "unrelated");
  try {
    writer.finish();
    FAIL() << "finish() wrote into a non-empty directory";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find(later.string()), std::string::npos) << e.what();
  }
  EXPECT_TRUE(fs::exists(later / "unrelated"));
  EXPECT_FALSE(fs::exists(later / "iamglass"));
}

// Lowers the file size limit for the test's lifetime, so that writes fail with EFBIG.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    getrlimit(RLIMIT_FSIZE, &saved_);
    previous_handler_ = std::signal(SIGXFSZ, SIG_IGN);
    rlimit lowered = saved_;
    lowered.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &lowered);
  }
  ~FileSizeLimit() {
    setrlimit(RLIMIT_FSIZE, &saved_);
    std::signal(SIGXFSZ, previous_handler_);
  }

 private:
  rlimit saved_{};
  void (*previous_handler_)(int);
};

// Both backends: the writer's own and the version gate's fallback through Xapian's API.
TEST(GlassDatabaseWriter, LeavesNothingThatLooksLikeADatabaseWhenWritingFails) {
  const Corpus corpus = make_corpus(200, 5);
  for (GlassBackend backend : {GlassBackend::kOwnWriter, GlassBackend::kThroughXapian}) {
    SCOPED_TRACE(backend == GlassBackend::kOwnWriter ? "own writer" : "through Xapian");
    TempDir dir;
    const fs::path path = dir.path() / "db";
    GlassDatabaseWriter writer(path.string(), backend);
    for (const BulkDocument& doc : corpus.docs) writer.add_document(doc);
    try {
      FileSizeLimit limit(64 * 1024);
      writer.finish();
      FAIL() << "finish() succeeded beyond the file size limit";
    } catch (const DatabaseError& e) {
      EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
    }
    EXPECT_FALSE(fs::exists(path / "iamglass"));
    EXPECT_FALSE(fs::exists(path / "postlist.glass"));
    EXPECT_THROW(Xapian::Database(path.string()), Xapian::DatabaseOpeningError);
  }
}

TEST(GlassDatabaseWriter, RejectsBadDocumentsWithoutAddingAnything) {
  TempDir dir;
  GlassDatabaseWriter writer((dir.path() / "db").string());
  EXPECT_THROW(writer.add_document(BulkDocument{{{"a", 1}, {"b", 1}, {"a", 2}}, {}, ""}),
               std::invalid_argument);
  EXPECT_THROW(writer.add_document(BulkDocument{{{std::string(246, 'x'), 1}}, {}, ""}),
               std::invalid_argument);
  EXPECT_THROW(writer.add_document(BulkDocument{{{"", 1}}, {}, ""}), std::invalid_argument);
  // 130 zero bytes make a 260-byte key: Xapian would fail at commit.
  EXPECT_THROW(writer.add_document(BulkDocument{{{std::string(130, '\0'), 1}}, {}, ""}),
               std::invalid_argument);
  EXPECT_THROW(writer.add_document(BulkDocument{{{"a", 1}}, {{2, "x"}, {2, "y"}}, ""}),
               std::invalid_argument);
  EXPECT_THROW(writer.delete_document(1), std::invalid_argument);
  EXPECT_THROW(writer.set_metadata("", "x"), std::invalid_argument);
  EXPECT_EQ(writer.add_document(BulkDocument{{{"a", 1}, {"b", 2}}, {{2, "x"}}, "d"}), 1u);
  writer.delete_document(1);
  EXPECT_THROW(writer.delete_document(1), std::invalid_argument);
  EXPECT_EQ(writer.add_document(BulkDocument{{{"a", 3}}, {}, ""}), 2u);
  writer.finish();
  EXPECT_THROW(writer.add_document(BulkDocument{}), std::logic_error);

  Xapian::Database db((dir.path() / "db").string());
  EXPECT_EQ(db.get_doccount(), 1u);
  EXPECT_EQ(db.get_termfreq("a"), 1u);
  EXPECT_EQ(db.get_collection_freq("a"), 3u);
  EXPECT_EQ(db.get_termfreq("b"), 0u);
  EXPECT_TRUE(db.allterms_begin("b") == db.allterms_end("b"));
  EXPECT_EQ(db.get_value_freq(2), 0u);
}

TEST(GlassDatabaseWriter, EstimatesTheMemoryItHolds) {
  TempDir dir;
  const Corpus corpus = make_corpus(2000, 6);
  GlassDatabaseWriter writer((dir.path() / "db").string());
  std::size_t input_bytes = 0;
  std::size_t postings = 0;
  for (const BulkDocument& doc : corpus.docs) {
    writer.add_document(doc);
    input_bytes += doc.data.size();
    postings += doc.terms.size();
    for (const auto& [slot, value] : doc.values) input_bytes += value.size();
  }
  // At least the data and values, plus a term id and some posting bytes per posting; at
  // most a few times that (buffers grow by doubling; pages are 1 MiB).
  const std::size_t floor = input_bytes + postings * 6;
  EXPECT_GE(writer.memory_bytes(), floor);
  EXPECT_LE(writer.memory_bytes(), 3 * floor + (8u << 20));
  writer.finish();
  EXPECT_LT(writer.memory_bytes(), 16u * 1024);  // finish() let everything go.
}

}  // namespace
}  // namespace rostra
