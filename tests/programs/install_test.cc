// `cmake --install` into a temporary prefix, then the installed programs run from another
// directory: they print their versions, find the outlet and speaker tables in
// PREFIX/share/rostra (an entry added to the installed copy is used, so it is not the
// source tree's), index a small corpus and search it; the man pages are there.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/support/index_fixture.h"
#include "tests/support/program_runner.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;
using testing::ProgramResult;
using testing::run_program;

const char* const kPrograms[] = {"rostra-index", "rostra-search", "rostra-serve"};

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs `program` with `args` from the directory `cwd`.
ProgramResult run_in(const fs::path& cwd, const fs::path& program,
                     const std::vector<std::string>& args) {
  const fs::path before = fs::current_path();
  fs::current_path(cwd);
  ProgramResult result = run_program(program.string(), args);
  fs::current_path(before);
  return result;
}

class Install : public ::testing::Test {
 protected:
  void SetUp() override {
    // The environment must not name a table: the installed programs must find their own.
    unsetenv("ROSTRA_OUTLETS");
    unsetenv("ROSTRA_SPEAKERS");
    unsetenv("ROSTRA_OFFICES");
    prefix_ = prefix_dir_.path() / "usr";
    installed_ = run_program(ROSTRA_CMAKE_COMMAND,
                             {"--install", ROSTRA_BINARY_DIR, "--prefix", prefix_.string()});
  }

  fs::path bin(const std::string& name) const { return prefix_ / "bin" / name; }

  testing::TempDir prefix_dir_;
  testing::TempDir work_;  // another directory, where the installed programs are run
  fs::path prefix_;
  ProgramResult installed_;
};

TEST_F(Install, PutsProgramsTablesAndManPagesUnderThePrefix) {
  ASSERT_EQ(installed_.exit_status, 0) << installed_.out << installed_.err;
  for (const char* program : kPrograms) {
    EXPECT_TRUE(fs::exists(bin(program))) << program;
    const fs::path page = prefix_ / "share" / "man" / "man1" / (std::string(program) + ".1");
    ASSERT_TRUE(fs::exists(page)) << page;
    const std::string man = read_all(page);
    EXPECT_NE(man.find(".TH "), std::string::npos) << page;
    EXPECT_NE(man.find(std::string(program) + " \\- Rostra"), std::string::npos) << man;
    EXPECT_NE(man.find("\\-\\-db"), std::string::npos) << program << ": no --db in its man page";
  }
  EXPECT_TRUE(fs::exists(prefix_ / "share" / "rostra" / "outlets.tsv"));
  EXPECT_TRUE(fs::exists(prefix_ / "share" / "rostra" / "speakers.tsv"));
}

TEST_F(Install, InstalledProgramsPrintTheirVersions) {
  ASSERT_EQ(installed_.exit_status, 0) << installed_.err;
  for (const char* program : kPrograms) {
    ProgramResult version = run_in(work_.path(), bin(program), {"--version"});
    EXPECT_EQ(version.exit_status, 0) << program << version.err;
    // "rostra-index 0.1.0 (schema N, Xapian 1.4.22, ICU 72.1)"
    EXPECT_EQ(version.out.rfind(std::string(program) + " ", 0), 0u) << version.out;
    for (const char* part : {"(schema ", ", Xapian ", ", ICU "}) {
      EXPECT_NE(version.out.find(part), std::string::npos) << program << ": " << version.out;
    }
  }
}

TEST_F(Install, InstalledProgramsIndexAndSearchWithTheInstalledTables) {
  ASSERT_EQ(installed_.exit_status, 0) << installed_.err;
  // An outlet only the installed table knows.
  std::ofstream(prefix_ / "share" / "rostra" / "outlets.tsv", std::ios::app)
      << "host\tinstall-check.example\tInstall Check Gazette\n";
  work_.write("articles.jsonl",
              R"({"id":"install-1","url":"https://install-check.example/2024/03/01/budget",)"
              R"("title":"Budget vote delayed","date":"2024-03-01","language":"en",)"
              R"("body":"The finance committee delayed the budget vote until next week."})"
              "\n");
  ProgramResult indexed = run_in(work_.path(), bin("rostra-index"),
                                 {"--db", "db", "articles.jsonl",
                                  (fs::path(ROSTRA_SOURCE_DIR) / "corpus" / "sample").string()});
  ASSERT_EQ(indexed.exit_status, 0) << indexed.out << indexed.err;
  ASSERT_TRUE(fs::exists(work_.path() / "db" / "articles"));

  ProgramResult by_outlet = run_in(work_.path(), bin("rostra-search"),
                                   {"--db", "db", "--json", "outlet:\"Install Check Gazette\""});
  EXPECT_EQ(by_outlet.exit_status, 0) << by_outlet.err;
  EXPECT_NE(by_outlet.out.find("\"matches\":1,"), std::string::npos) << by_outlet.out;
  EXPECT_NE(by_outlet.out.find("Budget vote delayed"), std::string::npos) << by_outlet.out;
  EXPECT_NE(by_outlet.out.find("Install Check Gazette"), std::string::npos) << by_outlet.out;

  // The sample corpus's outlets and speakers resolve through the installed tables too.
  ProgramResult sample = run_in(work_.path(), bin("rostra-search"),
                                {"--db", "db", "--json", "outlet:\"The Northern Ledger\""});
  EXPECT_EQ(sample.exit_status, 0) << sample.err;
  EXPECT_NE(sample.out.find("The Northern Ledger"), std::string::npos) << sample.out;
}

TEST_F(Install, ACopiedProgramSaysItFoundNoTables) {
  ASSERT_EQ(installed_.exit_status, 0) << installed_.err;
  work_.write("note.txt", "The council met on Monday and agreed on the budget.\n");
  ProgramResult at_home = run_in(work_.path(), bin("rostra-index"), {"--dump", "note.txt"});
  EXPECT_EQ(at_home.exit_status, 0) << at_home.err;
  EXPECT_EQ(at_home.err.find("warning: no table"), std::string::npos) << at_home.err;
  // Copied away from its prefix (and its build tree), it finds no table and says so once.
  const fs::path copy = work_.path() / "rostra-index";
  fs::copy_file(bin("rostra-index"), copy);
  ProgramResult away = run_in(work_.path(), copy, {"--dump", "note.txt"});
  EXPECT_EQ(away.exit_status, 0) << away.err;
  EXPECT_NE(away.err.find("rostra-index: warning: no table outlets.tsv, speakers.tsv, "
                          "offices.tsv found"),
            std::string::npos)
      << away.err;
  EXPECT_NE(away.out.find("The council met on Monday"), std::string::npos) << away.out;
}

}  // namespace
}  // namespace rostra
