// A real indexing run killed with SIGKILL mid-way: the index must open, search and hold
// what was committed, and the same command must resume and finish without duplicates.
// Also: a second writer is refused with the holder named; readers keep answering.
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <thread>

#include "common/index/readable_index.h"
#include "tests/support/index_fixture.h"
#include "tests/support/program_runner.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;
using testing::run_program;

constexpr int kArticles = 6000;

// A JSON Lines dump of kArticles distinct articles.
void write_dump(const fs::path& path) {
  std::ofstream out(path);
  for (int i = 0; i < kArticles; ++i) {
    out << "{\"url\":\"https://wire.example/2024/03/" << (i % 28 + 1 < 10 ? "0" : "")
        << (i % 28 + 1) << "/story-" << i << "\",\"title\":\"Story number " << i
        << "\",\"body\":\"Officials in region " << i % 97 << " said the budget for item " << i
        << " would grow. \\u201CWe expect progress on item " << i
        << ",\\u201D the minister said. Parliament debated the plan for hours.\"}\n";
  }
}

pid_t start_index(const std::vector<std::string>& args) {
  pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv;
    std::string program = ROSTRA_INDEX_BIN;
    argv.push_back(program.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    int devnull = ::open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    dup2(devnull, 2);
    execv(program.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

std::uint64_t committed_articles(const std::string& db) {
  try {
    return open_index_for_reading(db).articles.get_doccount();
  } catch (const std::exception&) {
    return 0;
  }
}

TEST(CrashResume, KilledRunLeavesAUsableIndexAndResumesWithoutDuplicates) {
  testing::TempDir dir;
  fs::path dump = dir.path() / "dump.jsonl";
  write_dump(dump);
  std::string db = (dir.path() / "db").string();
  // Segments of 150 articles per writer: the kill and the resume cross new rounds of them.
  std::vector<std::string> args = {"--db",           db,    "--commit-every", "200",
                                   "--segment-size", "150", "--threads",      "2",
                                   dump.string()};

  pid_t pid = start_index(args);
  ASSERT_GT(pid, 0);
  // Wait for some commits, then pull the plug.
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (committed_articles(db) < 400 && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  // While it writes: a second writer is refused and names the holder; readers answer.
  testing::ProgramResult second = run_program(ROSTRA_INDEX_BIN, {"--db", db, dump.string()});
  testing::ProgramResult reader = run_program(ROSTRA_SEARCH_BIN, {"--db", db, "--json", "budget"});
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the run finished before it could be killed";

  EXPECT_EQ(second.exit_status, 4) << second.err;
  EXPECT_NE(second.err.find("locked"), std::string::npos) << second.err;
  EXPECT_NE(second.err.find("pid " + std::to_string(pid)), std::string::npos) << second.err;
  EXPECT_EQ(reader.exit_status, 0) << reader.err;

  std::uint64_t before = committed_articles(db);
  EXPECT_GE(before, 400u);
  EXPECT_LT(before, static_cast<std::uint64_t>(kArticles));
  testing::ProgramResult after_kill =
      run_program(ROSTRA_SEARCH_BIN, {"--db", db, "--json", "\"story number 1\""});
  EXPECT_EQ(after_kill.exit_status, 0) << after_kill.err;

  std::cout << "killed pid " << pid << " with " << before << " of " << kArticles
            << " articles committed\n";
  testing::ProgramResult resumed = run_program(ROSTRA_INDEX_BIN, args);
  std::cout << resumed.out;
  ASSERT_EQ(resumed.exit_status, 0) << resumed.out << resumed.err;
  EXPECT_NE(resumed.out.find("resumed past "), std::string::npos) << resumed.out;
  EXPECT_EQ(committed_articles(db), static_cast<std::uint64_t>(kArticles)) << resumed.out;
  ReadableIndex index = open_index_for_reading(db);
  EXPECT_EQ(index.quotes.get_doccount(), static_cast<std::uint64_t>(kArticles));

  // A completed run leaves nothing to resume: running again changes nothing.
  testing::ProgramResult again = run_program(ROSTRA_INDEX_BIN, args);
  EXPECT_NE(again.out.find("(0 new, 0 replaced, " + std::to_string(kArticles) + " unchanged)"),
            std::string::npos)
      << again.out;
}

}  // namespace
}  // namespace rostra
