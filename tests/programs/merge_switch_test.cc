// A bulk load killed (SIGKILL injected by strace) while it moves the merged databases into
// place: a reader then sees the old state or the new one, never doubled articles and never
// "not a Rostra index", and the same command run again finishes the load.
//
// Regression (issue #21, defect 4): the main databases were replaced one after the other by
// two renames each, with the segments still there, so readers and a killed run saw both
// the merged databases and the segments, or no articles database at all.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/schema/schema.h"
#include "tests/support/committed_state.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;
using testing::index_counts;
using testing::run_program;

// How many times the main thread of a clean run of `args` calls `syscall` (strace counts
// the calls of each thread apart, and the merge runs on the main thread).
int count_calls(const std::string& syscall, const std::vector<std::string>& args,
                const fs::path& trace) {
  std::vector<std::string> all = {"-o", trace.string(), "-e", "trace=" + syscall, ROSTRA_INDEX_BIN};
  all.insert(all.end(), args.begin(), args.end());
  run_program("strace", all);
  std::ifstream in(trace);
  int calls = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.find(syscall + "(") != std::string::npos) ++calls;
  }
  return calls;
}

TEST(MergeSwitch, AKillWhileMovingTheMergeInLeavesTheOldOrTheNewStateForReaders) {
  if (!testing::strace_available()) GTEST_SKIP() << "strace is not installed";
  testing::TempDir dir;
  const fs::path dump = dir.path() / "all.jsonl";
  testing::write_quoted_dump(dump, 0, 600);
  auto args_for = [&](const std::string& db) {
    return std::vector<std::string>{"-q", "--db", db, "--segment-size", "100", dump.string()};
  };
  const std::string counted = (dir.path() / "counted").string();
  const int renames = count_calls("rename", args_for(counted), dir.path() / "trace");
  fs::remove_all(counted);
  const int unlinks = count_calls("unlinkat", args_for(counted), dir.path() / "trace");
  ASSERT_EQ(index_counts(counted), (testing::IndexCounts{600, 600}));
  ASSERT_GE(renames, 2);
  ASSERT_GE(unlinks, 4);

  // Killed before the last two renames of the main thread (the merge's), before each
  // exchange of a main database with the merged one, and while the segments are removed.
  std::vector<std::vector<std::string>> kills;
  auto kill_at = [&](const std::string& syscall, int when) {
    kills.push_back(
        {"trace=" + syscall, "inject=" + syscall + ":signal=SIGKILL:when=" + std::to_string(when)});
  };
  kill_at("rename", renames - 1);
  kill_at("rename", renames);
  kill_at("renameat2", 1);
  kill_at("renameat2", 2);
  kill_at("unlinkat", unlinks - 3);
  int trial = 0;
  for (const std::vector<std::string>& kill : kills) {
    SCOPED_TRACE(kill[1]);
    const std::string db = (dir.path() / ("db" + std::to_string(++trial))).string();
    std::vector<std::string> strace = {"-o",    "/dev/null",     "-e", kill[0], "-e",
                                       kill[1], ROSTRA_INDEX_BIN};
    for (const std::string& arg : args_for(db)) strace.push_back(arg);
    testing::ProgramResult killed = run_program("strace", strace);
    EXPECT_NE(killed.exit_status, 0) << "not killed: " << killed.out;
    EXPECT_EQ(testing::committed_state_problems(db), std::vector<std::string>());
    EXPECT_EQ(index_counts(db), (testing::IndexCounts{600, 600}));

    testing::ProgramResult rerun = run_program(ROSTRA_INDEX_BIN, args_for(db));
    EXPECT_EQ(rerun.exit_status, 0) << rerun.out << rerun.err;
    EXPECT_EQ(testing::committed_state_problems(db), std::vector<std::string>());
    EXPECT_EQ(index_counts(db), (testing::IndexCounts{600, 600}));
    EXPECT_FALSE(fs::exists(fs::path(db) / schema::kSegmentsDirectory));
    EXPECT_FALSE(fs::exists(fs::path(db) / schema::kMergedDirectory));
  }
}

}  // namespace
}  // namespace rostra
