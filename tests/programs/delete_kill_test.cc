// A --delete-list run killed (SIGKILL at a sync, injected by strace) leaves no quote of a
// deleted article behind it, and the same command run again leaves what an index of the
// kept articles alone holds.
//
// Regression (issue #21, defect 3): the articles database committed by itself (Xapian's
// flush threshold) while the quotes' deletions were pending; after a kill the rerun found
// no article with those ids and never reached their quotes, which stayed searchable.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "tests/support/committed_state.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;
using testing::index_counts;
using testing::run_program;

constexpr int kArticles = 1200;

std::string article_url(int i) {
  return "https://wire.example/2024/04/" + std::to_string(i % 28 + 10) + "/report-" +
         std::to_string(i);
}

TEST(DeleteKill, KilledDeleteLeavesNoQuoteOfADeletedArticleAndTheRerunFinishes) {
  if (!testing::strace_available()) GTEST_SKIP() << "strace is not installed";
  testing::TempDir dir;
  const fs::path dump = dir.path() / "all.jsonl";
  testing::write_quoted_dump(dump, 0, kArticles);
  const fs::path list = dir.path() / "delete.txt";
  {
    std::ofstream out(list);
    for (int i = 0; i < kArticles; i += 3) out << article_url(i) << "\n";  // 400 ids
  }
  const std::string full = (dir.path() / "full").string();
  ASSERT_EQ(run_program(ROSTRA_INDEX_BIN, {"-q", "--db", full, dump.string()}).exit_status, 0);
  // What must remain: an index of the kept articles only.
  const std::string kept = (dir.path() / "kept").string();
  ASSERT_EQ(run_program(ROSTRA_INDEX_BIN, {"-q", "--db", kept, dump.string()}).exit_status, 0);
  ASSERT_EQ(run_program(ROSTRA_INDEX_BIN, {"-q", "--db", kept, "--delete-list", list.string()})
                .exit_status,
            0);
  const testing::IndexCounts expected = index_counts(kept);
  ASSERT_EQ(expected.articles, 800u);
  ASSERT_EQ(expected.quotes, 800u);

  // Killed at the Nth sync of the run: within the first commits, between the quotes' and
  // the articles' commit of one batch, and later.
  for (int when : {1, 2, 3, 4, 5, 6, 7, 9, 12, 17, 25}) {
    SCOPED_TRACE("killed at sync " + std::to_string(when));
    const std::string db = (dir.path() / ("db" + std::to_string(when))).string();
    fs::copy(full, db, fs::copy_options::recursive);
    const std::vector<std::string> args = {"-q", "--db",          db,           "--commit-every",
                                           "50", "--delete-list", list.string()};
    testing::ProgramResult killed = testing::run_index_under_strace(
        {"trace=fdatasync", "inject=fdatasync:signal=SIGKILL:when=" + std::to_string(when)}, args);
    EXPECT_NE(killed.exit_status, 0) << "not killed: " << killed.out;
    EXPECT_EQ(testing::committed_state_problems(db), std::vector<std::string>());

    testing::ProgramResult rerun = run_program(ROSTRA_INDEX_BIN, args);
    EXPECT_EQ(rerun.exit_status, 0) << rerun.out << rerun.err;
    EXPECT_EQ(testing::committed_state_problems(db), std::vector<std::string>());
    EXPECT_EQ(index_counts(db), expected);
    fs::remove_all(db);
  }
}

}  // namespace
}  // namespace rostra
