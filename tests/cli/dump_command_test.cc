#include "common/cli/dump_command.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/support/test_support.h"

namespace rostra {
namespace {

TEST(DumpCommand, WritesEachParsedArticleWithItsDateSourceAndOrigin) {
  test::TempDir dir;
  std::string paragraph =
      "<p>The committee published its report on Thursday and said that the new rules would "
      "take effect at the start of next year, after a period of consultation.</p>";
  dir.write("2024-note.html",
            "<html lang=\"en\"><head><title>Report out</title>"
            "<meta property=\"article:published_time\" content=\"2024-02-01\">"
            "</head><body><article>" +
                paragraph + paragraph + "</article></body></html>");
  IndexOptions options;
  options.inputs = {dir.path() / "2024-note.html"};
  options.quiet = true;
  std::ostringstream out;
  std::ostringstream log;
  IndexSummary summary = run_dump(options, out, log);
  EXPECT_EQ(summary.indexed, 1u);
  std::string line = out.str();
  EXPECT_NE(line.find("\"title\":\"Report out\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"date\":\"2024-02-01\",\"date_source\":\"meta article:published_time\""),
            std::string::npos)
      << line;
  EXPECT_NE(line.find("consultation.\\n\\nThe committee"), std::string::npos) << line;
  EXPECT_NE(line.find("\"origin\":{\"file\":\"" + (dir.path() / "2024-note.html").string()),
            std::string::npos)
      << line;
}

}  // namespace
}  // namespace rostra
