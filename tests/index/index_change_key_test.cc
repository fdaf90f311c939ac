// index_change_key: what a long-running reader (rostra-search --batch) compares to know that
// it must open the index anew. A batch that kept its first handles never saw a finished bulk
// load: the merged databases replace the main ones and the segments go.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "common/rostra.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

void write_articles(const std::filesystem::path& path, int first, int count) {
  std::ofstream out(path);
  for (int i = first; i < first + count; ++i) {
    out << "{\"id\":\"k" << i << "\",\"title\":\"Title " << i << "\",\"body\":\"Body words " << i
        << " and more words.\"}\n";
  }
}

TEST(IndexChangeKey, ChangesWithEveryCommitAndStaysOtherwise) {
  test::TempDir dir;
  write_articles(dir.path() / "first.jsonl", 0, 40);
  write_articles(dir.path() / "second.jsonl", 40, 5);
  IndexOptions options;
  options.db_path = (dir.path() / "db").string();
  options.inputs = {dir.path() / "first.jsonl"};
  std::ostringstream log;
  run_index(options, log);  // a bulk load, merged at the end
  const std::string after_load = index_change_key(options.db_path);
  EXPECT_FALSE(after_load.empty());
  EXPECT_EQ(index_change_key(options.db_path), after_load);

  options.inputs = {dir.path() / "second.jsonl"};
  run_index(options, log);  // an incremental load: a commit
  const std::string after_commit = index_change_key(options.db_path);
  EXPECT_NE(after_commit, after_load);
  EXPECT_EQ(index_change_key(options.db_path), after_commit);
  EXPECT_EQ(open_index_for_reading(options.db_path).articles.get_doccount(), 45u);
  EXPECT_EQ(index_change_key((dir.path() / "missing").string()), "\n\n");
}

}  // namespace
}  // namespace rostra
