// rostra-index refuses what would damage files that are not its to change, and reaches the
// articles of an interrupted bulk load (issue #21, item 5).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "common/index/segment_directories.h"
#include "common/index/write/article_writer.h"
#include "common/index/write/writable_index.h"
#include "common/schema/schema.h"
#include "tests/support/committed_state.h"
#include "tests/support/index_fixture.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;
using testing::run_program;

std::string contents(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(IndexGuard, RefusesANonEmptyDirectoryThatIsNotAnIndexAndRemovesNothing) {
  testing::TempDir dir;
  const fs::path input = dir.path() / "in.jsonl";
  testing::write_quoted_dump(input, 0, 5);
  const fs::path other = dir.path() / "other";
  fs::create_directories(other / "segments" / "0");
  fs::create_directories(other / "merge.tmp");
  std::ofstream(other / "notes.txt") << "someone's notes\n";
  std::ofstream(other / "segments" / "0" / "keep.txt") << "keep\n";

  testing::ProgramResult run = run_program(ROSTRA_INDEX_BIN, {"--db", other.string(), input});
  EXPECT_EQ(run.exit_status, 4) << run.err;
  EXPECT_NE(run.err.find("not a Rostra index"), std::string::npos) << run.err;
  EXPECT_TRUE(fs::exists(other / "segments" / "0" / "keep.txt"));
  EXPECT_TRUE(fs::exists(other / "merge.tmp"));
  EXPECT_FALSE(fs::exists(other / "articles"));

  // An empty directory, and an index, are written to.
  fs::create_directories(dir.path() / "empty");
  EXPECT_EQ(run_program(ROSTRA_INDEX_BIN, {"-q", "--db", (dir.path() / "empty").string(), input})
                .exit_status,
            0);
  EXPECT_EQ(run_program(ROSTRA_INDEX_BIN, {"-q", "--db", (dir.path() / "empty").string(), input})
                .exit_status,
            0);
}

// --shards N, the name of --segments N before "segment" became the one word for a bulk load's
// parts, still works, with a one-line note on stderr; --help no longer lists it.
TEST(IndexGuard, TheDeprecatedShardsOptionStillWorksWithANote) {
  testing::TempDir dir;
  const fs::path input = dir.path() / "in.jsonl";
  testing::write_quoted_dump(input, 0, 5);
  for (std::vector<std::string> option :
       {std::vector<std::string>{"--shards", "1"}, std::vector<std::string>{"--shards=3"}}) {
    const std::string db = (dir.path() / ("db" + std::to_string(option.size()))).string();
    std::vector<std::string> args = {"-q", "--db", db};
    args.insert(args.end(), option.begin(), option.end());
    args.push_back(input.string());
    testing::ProgramResult run = run_program(ROSTRA_INDEX_BIN, args);
    EXPECT_EQ(run.exit_status, 0) << run.err;
    EXPECT_EQ(run.err, "rostra-index: note: --shards is deprecated; use --segments\n");
    EXPECT_EQ(testing::index_counts(db).articles, 5u);
  }
  testing::ProgramResult zero = run_program(ROSTRA_INDEX_BIN, {"--shards", "0", input.string()});
  EXPECT_NE(zero.err.find("--segments must be between 1 and 64"), std::string::npos) << zero.err;
  testing::ProgramResult help = run_program(ROSTRA_INDEX_BIN, {"--help"});
  EXPECT_NE(help.out.find("--segments"), std::string::npos);
  EXPECT_EQ(help.out.find("--shards"), std::string::npos);
}

TEST(IndexGuard, RejectsFileMayNotBeAnInputOrInTheIndexAndIsOpenedAtTheFirstReject) {
  testing::TempDir dir;
  const fs::path input = dir.path() / "in.jsonl";
  testing::write_quoted_dump(input, 0, 5);
  const std::string before = contents(input);
  const std::string db = (dir.path() / "db").string();

  testing::ProgramResult onto_input =
      run_program(ROSTRA_INDEX_BIN, {"--db", db, "--rejects", input.string(), input.string()});
  EXPECT_EQ(onto_input.exit_status, 2) << onto_input.err;
  EXPECT_EQ(contents(input), before);
  testing::ProgramResult into_index = run_program(
      ROSTRA_INDEX_BIN, {"--db", db, "--rejects", db + "/articles/x.jsonl", input.string()});
  EXPECT_EQ(into_index.exit_status, 2) << into_index.err;

  // No reject: an existing rejects file stays as it was.
  const fs::path rejects = dir.path() / "rejects.jsonl";
  std::ofstream(rejects) << "earlier\n";
  EXPECT_EQ(run_program(ROSTRA_INDEX_BIN,
                        {"-q", "--db", db, "--rejects", rejects.string(), input.string()})
                .exit_status,
            0);
  EXPECT_EQ(contents(rejects), "earlier\n");
  // A reject: written there.
  const fs::path bad = dir.path() / "bad.jsonl";
  std::ofstream(bad) << "{\"url\":\"https://x.example/no-title-no-text\"}\n";
  EXPECT_EQ(
      run_program(ROSTRA_INDEX_BIN, {"-q", "--db", db, "--rejects", rejects.string(), bad.string()})
          .exit_status,
      3);
  EXPECT_NE(contents(rejects).find("bad.jsonl"), std::string::npos) << contents(rejects);
}

TEST(IndexGuard, AbsurdThreadCountIsAUsageError) {
  testing::TempDir dir;
  const fs::path input = dir.path() / "in.jsonl";
  testing::write_quoted_dump(input, 0, 2);
  testing::ProgramResult run = run_program(
      ROSTRA_INDEX_BIN, {"--db", (dir.path() / "db").string(), "-j", "100000", input.string()});
  EXPECT_EQ(run.exit_status, 2) << run.err;
  EXPECT_NE(run.err.find("--threads must be at most"), std::string::npos) << run.err;
}

TEST(IndexGuard, MissingQuotesDatabaseIsRefusedNotRecreated) {
  testing::TempDir dir;
  const fs::path input = dir.path() / "in.jsonl";
  testing::write_quoted_dump(input, 0, 5);
  const std::string db = (dir.path() / "db").string();
  ASSERT_EQ(run_program(ROSTRA_INDEX_BIN, {"-q", "--db", db, input.string()}).exit_status, 0);
  fs::remove_all(fs::path(db) / schema::kQuotesDatabase);
  testing::ProgramResult run = run_program(ROSTRA_INDEX_BIN, {"-q", "--db", db, input.string()});
  EXPECT_EQ(run.exit_status, 4) << run.err;
  EXPECT_NE(run.err.find("quotes database is missing"), std::string::npos) << run.err;
  EXPECT_FALSE(fs::exists(fs::path(db) / schema::kQuotesDatabase));
}

TEST(IndexGuard, DeleteReachesTheSegmentsOfAnInterruptedBulkLoad) {
  testing::TempDir dir;
  const std::string db = (dir.path() / "db").string();
  const std::string id = "https://wire.example/2024/04/10/segment-story";
  {
    // What a load killed after its first committed round leaves: the article is in segment
    // 0, the main databases are empty.
    WritableIndex main = open_index_for_writing(db);
    main.articles.set_metadata(std::string(schema::kBulkWritersKey), "1");
    main.commit();
    WritableIndex segment = open_index_for_writing(segment_directory(db, 0));
    OutletTable outlets;
    ArticleWriter writer(segment, outlets, testing::project_aliases());
    Article article = testing::make_article(
        "Segment story", "\u201CWe will stay,\u201D the minister said.", id, "2024-04-10");
    std::vector<std::string> warnings;
    writer.write(article, warnings);
    segment.commit();
  }
  ASSERT_EQ(testing::index_counts(db), (testing::IndexCounts{1, 1}));
  testing::ProgramResult run = run_program(ROSTRA_INDEX_BIN, {"--db", db, "--delete", id});
  EXPECT_EQ(run.exit_status, 0) << run.err;
  EXPECT_NE(run.out.find("deleted 1"), std::string::npos) << run.out;
  EXPECT_EQ(testing::index_counts(db), (testing::IndexCounts{0, 0}));
}

}  // namespace
}  // namespace rostra
