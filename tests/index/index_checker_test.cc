// The index checker (index_checker.h): a healthy index of the sample corpus passes, and each
// kind of damage done on purpose to a copy of it is reported, by check_index and by
// `rostra-index --check`.
#include "common/index/index_checker.h"

#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <memory>
#include <string>

#include "common/schema/index_terms.h"
#include "common/schema/schema.h"
#include "common/tokens/term_dictionary.h"
#include "tests/support/index_fixture.h"
#include "tests/support/program_runner.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;
using testing::run_program;

class IndexChecker : public ::testing::Test {
 protected:
  // One healthy index of corpus/sample, written directly (--segments 1), for all the tests.
  static void SetUpTestSuite() {
    healthy_dir_ = std::make_unique<testing::TempDir>();
    testing::ProgramResult built = run_program(
        ROSTRA_INDEX_BIN, {"--db", healthy().string(), "--segments", "1", "--quiet",
                           (fs::path(ROSTRA_SOURCE_DIR) / "corpus" / "sample").string()});
    ASSERT_EQ(built.exit_status, 0) << built.out << built.err;
  }
  static void TearDownTestSuite() { healthy_dir_.reset(); }
  static fs::path healthy() { return healthy_dir_->path() / "db"; }

  // A copy of the healthy index to damage.
  fs::path copy() {
    fs::path db = scratch_.path() / "db";
    fs::copy(healthy(), db, fs::copy_options::recursive);
    return db;
  }

  static std::string articles(const fs::path& db) {
    return (db / schema::kArticlesDatabase).string();
  }

  // The id of an article that has at least one quote.
  static std::string quoted_article(const fs::path& db) {
    Xapian::Database quotes((db / schema::kQuotesDatabase).string());
    const std::string prefix(schema::kPrefixArticle);
    auto it = quotes.allterms_begin(prefix);
    return it == quotes.allterms_end(prefix) ? "" : (*it).substr(prefix.size());
  }

  testing::TempDir scratch_;

 private:
  static std::unique_ptr<testing::TempDir> healthy_dir_;
};

std::unique_ptr<testing::TempDir> IndexChecker::healthy_dir_;

TEST_F(IndexChecker, HealthySampleIndexPasses) {
  IndexCheckReport report = check_index(healthy().string());
  EXPECT_EQ(report.status(), CheckStatus::kHealthy) << format_check_report(report);
  EXPECT_EQ(report.articles, 38u);
  EXPECT_GT(report.quotes, 100u);
  EXPECT_EQ(report.records, report.articles + report.quotes);
  EXPECT_GT(report.words, 10000u);
  EXPECT_GT(report.forms, 1000u);
  EXPECT_EQ(check_exit_status(report), 0);
}

TEST_F(IndexChecker, ReportsADeletedTokenPart) {
  fs::path db = copy();
  std::uint64_t removed = 0;
  for (const auto& entry : fs::directory_iterator(articles(db))) {
    if (entry.path().filename().string().starts_with(schema::kTokenPartPrefix)) {
      removed += fs::remove(entry.path());
    }
  }
  ASSERT_GT(removed, 0u);
  IndexCheckReport report = check_index(db.string());
  EXPECT_EQ(report.status(), CheckStatus::kDamaged);
  EXPECT_EQ(report.count("token_record_missing"), 38u) << format_check_report(report);
  EXPECT_EQ(check_exit_status(report), kExitCheckDamaged);
}

TEST_F(IndexChecker, ReportsATruncatedTokenPart) {
  fs::path db = copy();
  for (const auto& entry : fs::directory_iterator(articles(db))) {
    if (entry.path().filename().string().starts_with(schema::kTokenPartPrefix)) {
      fs::resize_file(entry.path(), fs::file_size(entry.path()) / 2);
    }
  }
  IndexCheckReport report = check_index(db.string());
  EXPECT_GT(report.count("token_record_missing"), 0u) << format_check_report(report);
  EXPECT_LT(report.count("token_record_missing"), 38u) << "the first half still reads";
}

TEST_F(IndexChecker, ReportsTheQuotesOfARemovedArticle) {
  fs::path db = copy();
  const std::string id = quoted_article(db);
  ASSERT_FALSE(id.empty());
  Xapian::doccount quotes = 0;
  {
    quotes =
        Xapian::Database((db / schema::kQuotesDatabase).string()).get_termfreq(article_term(id));
    Xapian::WritableDatabase writable(articles(db), Xapian::DB_OPEN);
    writable.delete_document(id_term(id));
    writable.commit();
  }
  IndexCheckReport report = check_index(db.string());
  EXPECT_EQ(report.status(), CheckStatus::kDamaged);
  EXPECT_EQ(report.count("orphan_quote"), quotes) << format_check_report(report);
  EXPECT_EQ(report.articles, 37u);
}

TEST_F(IndexChecker, ReportsAWordFormDroppedFromTheDictionary) {
  fs::path db = copy();
  std::string stem;
  std::string dropped;
  {
    Xapian::WritableDatabase writable(articles(db), Xapian::DB_OPEN);
    const std::string prefix(schema::kMetaStemForm);
    auto key = writable.metadata_keys_begin(prefix);
    ASSERT_NE(key, writable.metadata_keys_end(prefix));
    stem = (*key).substr(prefix.size());
    auto forms = parse_stem_forms(writable.get_metadata(*key));
    ASSERT_FALSE(forms.empty());
    dropped = forms.back().first;
    forms.pop_back();
    std::string list;
    for (const auto& [word, id] : forms) append_stem_form(list, word, id);
    writable.set_metadata(*key, list);
    writable.commit();
  }
  IndexCheckReport report = check_index(db.string());
  EXPECT_EQ(report.status(), CheckStatus::kDamaged);
  ASSERT_EQ(report.count("stem_form_missing"), 1u) << format_check_report(report);
  EXPECT_EQ(report.findings.front().examples.front(), "articles: " + stem + " <- " + dropped);
}

TEST_F(IndexChecker, ReportsAnArticleIdHeldTwice) {
  fs::path db = copy();
  {
    Xapian::WritableDatabase writable(articles(db), Xapian::DB_OPEN);
    writable.add_document(writable.get_document(1));
    writable.commit();
  }
  IndexCheckReport report = check_index(db.string());
  EXPECT_EQ(report.status(), CheckStatus::kDamaged);
  EXPECT_EQ(report.count("duplicate_article_id"), 1u) << format_check_report(report);
  EXPECT_EQ(report.articles, 39u);
}

TEST_F(IndexChecker, ReportsAnotherSchemaVersion) {
  fs::path db = copy();
  {
    Xapian::WritableDatabase writable((db / schema::kQuotesDatabase).string(), Xapian::DB_OPEN);
    writable.set_metadata(std::string(schema::kSchemaVersionKey), "5");
    writable.commit();
  }
  IndexCheckReport report = check_index(db.string());
  EXPECT_EQ(report.count("schema_version"), 1u) << format_check_report(report);
  EXPECT_EQ(report.status(), CheckStatus::kDamaged);
}

TEST_F(IndexChecker, CallsAHalfMergeUnfinishedAndNoIndexNotAnIndex) {
  fs::path db = copy();
  fs::create_directories(db / schema::kMergeTempDirectory);
  IndexCheckReport report = check_index(db.string());
  EXPECT_EQ(report.status(), CheckStatus::kUnfinished) << format_check_report(report);
  EXPECT_EQ(report.count("interrupted_merge"), 1u);
  EXPECT_EQ(check_exit_status(report), kExitCheckUnfinished);

  fs::create_directories(scratch_.path() / "empty");
  IndexCheckReport none = check_index((scratch_.path() / "empty").string());
  EXPECT_EQ(none.status(), CheckStatus::kNotAnIndex);
  EXPECT_EQ(check_exit_status(none), 4);
}

TEST_F(IndexChecker, RostraIndexCheckPrintsTheReportAndExitsByStatus) {
  testing::ProgramResult ok = run_program(ROSTRA_INDEX_BIN, {"--check", healthy().string()});
  EXPECT_EQ(ok.exit_status, 0) << ok.out << ok.err;
  EXPECT_NE(ok.out.find("status: healthy"), std::string::npos) << ok.out;

  fs::path db = copy();
  {
    Xapian::WritableDatabase writable(articles(db), Xapian::DB_OPEN);
    writable.delete_document(id_term(quoted_article(db)));
    writable.commit();
  }
  testing::ProgramResult bad = run_program(ROSTRA_INDEX_BIN, {"--check", db.string()});
  EXPECT_EQ(bad.exit_status, kExitCheckDamaged) << bad.out << bad.err;
  EXPECT_NE(bad.out.find("damage: orphan_quote: "), std::string::npos) << bad.out;
  testing::ProgramResult json = run_program(ROSTRA_INDEX_BIN, {"--check", db.string(), "--json"});
  EXPECT_EQ(json.exit_status, kExitCheckDamaged);
  EXPECT_NE(json.out.find("\"status\":\"damaged\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("{\"kind\":\"orphan_quote\",\"severity\":\"damage\""), std::string::npos)
      << json.out;
}

}  // namespace
}  // namespace rostra
