#pragma once
// What a test of faults checks after a failed or killed indexer run: that the committed
// index is one a clean commit could have produced (every record of every document readable,
// every quote's article present, every id once), and how many articles and quotes it holds.
// Also runs the indexer under strace's fault injection.

#include <gtest/gtest.h>
#include <xapian.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "common/index/readable_index.h"
#include "common/schema/schema.h"
#include "tests/support/program_runner.h"

namespace rostra::testing {

/// Articles and quotes an index directory holds.
struct IndexCounts {
  Xapian::doccount articles = 0;
  Xapian::doccount quotes = 0;
  bool operator==(const IndexCounts&) const = default;
};

inline IndexCounts index_counts(const std::string& db) {
  ReadableIndex index = open_index_for_reading(db);
  return {index.articles.get_doccount(), index.quotes.get_doccount()};
}

/// What is wrong with the committed index `db`, one line each (empty: nothing found):
/// a document whose token record cannot be read, a quote whose article is missing, an
/// article id held twice. Test ids are short, so id terms are never hashed.
inline std::vector<std::string> committed_state_problems(const std::string& db) {
  std::vector<std::string> problems;
  ReadableIndex index;
  try {
    index = open_index_for_reading(db);
  } catch (const std::exception& e) {
    return {std::string("does not open: ") + e.what()};
  }
  auto check_records = [&](const Xapian::Database& database, TokenStoreReader& tokens,
                           const char* kind) {
    for (auto it = database.postlist_begin(""); it != database.postlist_end(""); ++it) {
      try {
        tokens.record(database.get_document(*it).get_value(schema::kSlotTokens));
      } catch (const std::exception& e) {
        problems.push_back(std::string(kind) + " " + std::to_string(*it) + ": " + e.what());
      }
    }
  };
  check_records(index.articles, *index.article_tokens, "article");
  check_records(index.quotes, *index.quote_tokens, "quote");
  const std::string id_prefix(schema::kPrefixId);
  for (auto t = index.articles.allterms_begin(id_prefix);
       t != index.articles.allterms_end(id_prefix); ++t) {
    if (t.get_termfreq() != 1) problems.push_back("article id held twice: " + *t);
  }
  const std::string link_prefix(schema::kPrefixArticle);
  for (auto t = index.quotes.allterms_begin(link_prefix);
       t != index.quotes.allterms_end(link_prefix); ++t) {
    if (!index.articles.term_exists(id_prefix + (*t).substr(link_prefix.size()))) {
      problems.push_back("quote of a missing article: " + *t);
    }
  }
  return problems;
}

/// Whether strace runs here (fault-injection tests skip without it).
inline bool strace_available() {
  return std::system("strace -o /dev/null true >/dev/null 2>&1") == 0;
}

/// Runs rostra-index with `args` under `strace -f` with the given -e options (e.g.
/// {"trace=fdatasync", "inject=fdatasync:error=EIO:when=1"}).
inline ProgramResult run_index_under_strace(const std::vector<std::string>& strace_options,
                                            const std::vector<std::string>& args) {
  std::vector<std::string> all = {"-f", "-o", "/dev/null"};
  for (const std::string& option : strace_options) {
    all.push_back("-e");
    all.push_back(option);
  }
  all.push_back(ROSTRA_INDEX_BIN);
  all.insert(all.end(), args.begin(), args.end());
  return run_program("strace", all);
}

/// A JSON Lines dump of articles `from`..`to` - 1, each quoting a minister: distinct texts,
/// one quote document each.
inline void write_quoted_dump(const std::filesystem::path& path, int from, int to) {
  std::ofstream out(path);
  for (int i = from; i < to; ++i) {
    out << "{\"url\":\"https://wire.example/2024/04/" << (i % 28 + 10) << "/report-" << i
        << "\",\"title\":\"Report number " << i << "\",\"body\":\"Officials in district " << i % 89
        << " said the plan for project " << i
        << " would be reviewed. \\u201CWe will finish project " << i
        << " this year,\\u201D the minister said. Deputies argued about the cost.\"}\n";
  }
}

}  // namespace rostra::testing
