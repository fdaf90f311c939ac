// The bulk glass writer against golden databases committed in tests/fixtures/glass/: one
// written by Xapian 1.4.22's own WritableDatabase and one by the bulk writer, from the same
// documents (make_corpus(60, 21, 150) with data cut at 9,000 bytes, 5 of them deleted, with
// metadata). Two kinds of test:
// - "Xapian reads it correctly" holds on any Xapian version: the Rostra-written golden reads,
//   through every part of the public API, exactly like the Xapian-written one and like the
//   same documents written today by whatever Xapian runs the test.
// - "byte-identical to what 1.4.22 writes" holds on the tested versions only (see
//   glass_compatibility.h): today's writer writes the keys, tags and statistics of both
//   goldens. On another version the writer is not used (it falls back to Xapian's API), so
//   those tests skip.
// Regenerate the goldens (only after a deliberate format change, on Xapian 1.4.22):
//   ROSTRA_GOLDEN_OUT=tests/fixtures/glass build/tests/rostra_tests
//     --gtest_also_run_disabled_tests --gtest_filter='GlassGolden.DISABLED_*' (one line)
#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "common/glass/glass_compatibility.h"
#include "common/glass/glass_database_writer.h"
#include "tests/support/glass_table_dump.h"
#include "tests/support/glass_test_corpus.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;
using namespace rostra::test;  // NOLINT: the shared corpus and comparisons

const fs::path kGoldenDir = fs::path(ROSTRA_SOURCE_DIR) / "tests" / "fixtures" / "glass";
const fs::path kXapianGolden = kGoldenDir / "xapian-1.4.22";
const fs::path kRostraGolden = kGoldenDir / "rostra";

// Small enough to commit: data over one block (8 KiB) is kept, but cut at 9,000 bytes.
Corpus golden_corpus() {
  Corpus corpus = make_corpus(60, 21, 150);
  for (BulkDocument& doc : corpus.docs)
    doc.data.resize(std::min<std::size_t>(doc.data.size(), 9000));
  return corpus;
}

void expect_same_tables(const fs::path& want, const fs::path& got) {
  for (int table = 0; table < 3; ++table) {
    SCOPED_TRACE("table " + std::to_string(table) + " of " + got.string());
    const auto w = read_glass_table(want, table);
    const auto g = read_glass_table(got, table);
    ASSERT_EQ(g.size(), w.size());
    EXPECT_TRUE(g == w);
  }
  EXPECT_EQ(read_glass_version(got).stats, read_glass_version(want).stats);
}

TEST(GlassGolden, DISABLED_WritesTheGoldenDatabases) {
  const char* out = std::getenv("ROSTRA_GOLDEN_OUT");
  if (out == nullptr) GTEST_SKIP() << "set ROSTRA_GOLDEN_OUT to the folder to write";
  ASSERT_TRUE(glass_writer_tested_with(Xapian::version_string()));
  const Corpus corpus = golden_corpus();
  fs::remove_all(fs::path(out) / "xapian-1.4.22");
  fs::remove_all(fs::path(out) / "rostra");
  write_with_xapian(fs::path(out) / "xapian-1.4.22", corpus);
  write_with_bulk_writer(fs::path(out) / "rostra", corpus);
  fs::remove(fs::path(out) / "xapian-1.4.22" / "flintlock");
}

// Any version.
TEST(GlassGolden, XapianReadsTheRostraGoldenExactlyLikeTheXapianGolden) {
  ASSERT_TRUE(fs::exists(kRostraGolden / "iamglass")) << kRostraGolden;
  expect_same_contents(Xapian::Database(kXapianGolden.string()),
                       Xapian::Database(kRostraGolden.string()));
  EXPECT_NE(xapian_check(kRostraGolden).find("No errors found"), std::string::npos);
}

// Any version: the goldens hold what the corpus says, as today's Xapian writes it.
TEST(GlassGolden, TheGoldensHoldTheDocumentsTodaysXapianWrites) {
  TempDir dir;
  write_with_xapian(dir.path() / "today", golden_corpus());
  expect_same_contents(Xapian::Database((dir.path() / "today").string()),
                       Xapian::Database(kRostraGolden.string()));
}

// Any version: whichever backend the gate picks writes what the goldens hold.
TEST(GlassGolden, TheDefaultBackendWritesWhatTheGoldensHold) {
  TempDir dir;
  write_with_bulk_writer(dir.path() / "today", golden_corpus(), default_glass_backend());
  expect_same_contents(Xapian::Database(kXapianGolden.string()),
                       Xapian::Database((dir.path() / "today").string()));
}

// Tested versions only.
TEST(GlassGolden, TodaysWriterWritesTheBytesOfBothGoldens) {
  if (!glass_writer_tested_with(Xapian::version_string())) {
    GTEST_SKIP() << "byte identity holds for the tested Xapian versions only";
  }
  TempDir dir;
  write_with_bulk_writer(dir.path() / "today", golden_corpus(), GlassBackend::kOwnWriter);
  expect_same_tables(kXapianGolden, dir.path() / "today");
  expect_same_tables(kRostraGolden, dir.path() / "today");
}

}  // namespace
}  // namespace rostra
