// Runs the real rostra-index and rostra-search on the sample corpus and, when present,
// the seeds in ../shared/seeds, and checks what they print.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "common/schema/schema.h"
#include "tests/support/index_fixture.h"
#include "tests/support/program_runner.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;
using testing::ProgramResult;
using testing::run_program;

const fs::path kSource = ROSTRA_SOURCE_DIR;
const fs::path kSeeds = kSource / ".." / "shared" / "seeds";

ProgramResult index(const std::vector<std::string>& args) {
  return run_program(ROSTRA_INDEX_BIN, args);
}
ProgramResult search(const std::vector<std::string>& args) {
  return run_program(ROSTRA_SEARCH_BIN, args);
}

// The sample corpus (and the seeds when present) indexed once for the whole suite.
class EndToEnd : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    db_ = (dir_->path() / "db").string();
    std::vector<std::string> args = {"--db", db_, (kSource / "corpus" / "sample").string()};
    has_seeds_ = fs::exists(kSeeds);
    if (has_seeds_) args.push_back(kSeeds.string());
    first_run_ = new ProgramResult(index(args));
    second_run_ = new ProgramResult(index(args));
  }
  static void TearDownTestSuite() {
    delete first_run_;
    delete second_run_;
    delete dir_;
  }

  static testing::TempDir* dir_;
  static std::string db_;
  static bool has_seeds_;
  static ProgramResult* first_run_;
  static ProgramResult* second_run_;
};

testing::TempDir* EndToEnd::dir_ = nullptr;
std::string EndToEnd::db_;
bool EndToEnd::has_seeds_ = false;
ProgramResult* EndToEnd::first_run_ = nullptr;
ProgramResult* EndToEnd::second_run_ = nullptr;

TEST_F(EndToEnd, IndexesTheWholeSampleCorpusCleanly) {
  ASSERT_EQ(first_run_->exit_status, 0) << first_run_->out << first_run_->err;
  std::string expected = has_seeds_ ? "indexed 40 articles (40 new, 0 replaced, 0 unchanged)"
                                    : "indexed 38 articles (38 new, 0 replaced, 0 unchanged)";
  EXPECT_NE(first_run_->out.find(expected), std::string::npos) << first_run_->out;
  EXPECT_NE(first_run_->out.find("rejected 0"), std::string::npos) << first_run_->out;
}

TEST_F(EndToEnd, ReindexingTheSameInputChangesNothingAndSaysSo) {
  ASSERT_EQ(second_run_->exit_status, 0) << second_run_->err;
  std::string expected =
      has_seeds_ ? "(0 new, 0 replaced, 40 unchanged)" : "(0 new, 0 replaced, 38 unchanged)";
  EXPECT_NE(second_run_->out.find(expected), std::string::npos) << second_run_->out;
  EXPECT_NE(second_run_->out.find(has_seeds_ ? "database holds 40" : "database holds 38"),
            std::string::npos)
      << second_run_->out;
}

TEST_F(EndToEnd, TranslatedQuoteIsFoundUnderEachWording) {
  ProgramResult a = search({"--db", db_, "--json", "\"prevent a second winter war\""});
  ASSERT_EQ(a.exit_status, 0) << a.err;
  ASSERT_EQ(a.lines_with("\"type\":\"hit\"").size(), 1u) << a.out;
  EXPECT_NE(a.out.find("\"outlet\":\"The Northern Ledger\""), std::string::npos) << a.out;
  EXPECT_NE(a.out.find("\"date\":\"2025-02-11\""), std::string::npos) << a.out;
  EXPECT_NE(a.out.find("<mark>prevent a second winter war</mark>"), std::string::npos) << a.out;

  ProgramResult b = search({"--db", db_, "--json", "\"stop another Winter War from happening\""});
  ASSERT_EQ(b.lines_with("\"type\":\"hit\"").size(), 1u) << b.out;
  EXPECT_NE(b.out.find("\"outlet\":\"The Harbor Times\""), std::string::npos) << b.out;
}

TEST_F(EndToEnd, ReadsEveryInputFormatOfTheSample) {
  struct Fact {
    const char* phrase;
    const char* date;    // null: unknown
    const char* outlet;  // null: unknown
  };
  const Fact facts[] = {
      {"trading at 7.42", "2025-03-03", "The Northern Ledger"},          // date from URL
      {"Sunlight is the best procurement policy", nullptr, nullptr},     // nothing known
      {"никогда не закрывала дверь", "2025-05-22", "Вечерний вестник"},  // Russian date line
      {"A trade war between friends is still a trade war", "2025-03-04", "Meridian Press Agency"},
      {"The president has the power to ask questions", "2024-12-31", "Capital Wire"},  // CSV
      {"Дороги нам обещают каждый февраль", "2024-02-07", "Вечерний вестник"},         // .jsonl.gz
  };
  for (const Fact& fact : facts) {
    ProgramResult r = search({"--db", db_, "--json", std::string("\"") + fact.phrase + "\""});
    ASSERT_EQ(r.exit_status, 0) << r.err;
    ASSERT_EQ(r.lines_with("\"type\":\"hit\"").size(), 1u) << fact.phrase << "\n" << r.out;
    std::string date = fact.date ? std::string("\"date\":\"") + fact.date + "\"" : "\"date\":null";
    std::string outlet =
        fact.outlet ? std::string("\"outlet\":\"") + fact.outlet + "\"" : "\"outlet\":null";
    EXPECT_NE(r.out.find(date), std::string::npos) << fact.phrase << "\n" << r.out;
    EXPECT_NE(r.out.find(outlet), std::string::npos) << fact.phrase << "\n" << r.out;
  }
}

TEST_F(EndToEnd, FacetsAndDateSortPrintExactCounts) {
  ProgramResult r = search({"--db", db_, "--json", "--facets", "--limit", "2", "--sort", "newest",
                            "date:2025-01..2025-12"});
  ASSERT_EQ(r.exit_status, 0) << r.err;
  EXPECT_EQ(r.lines_with("\"type\":\"hit\"").size(), 2u);
  ASSERT_EQ(r.lines_with("\"type\":\"facets\"").size(), 1u) << r.out;
  ASSERT_EQ(r.lines_with("\"type\":\"total\"").size(), 1u) << r.out;
  EXPECT_NE(r.out.find("\"sort\":\"newest\""), std::string::npos);
  EXPECT_NE(r.out.find("\"month\":{\"2025-01\""), std::string::npos) << r.out;
}

TEST_F(EndToEnd, FacetsByYearOrDayAndTopN) {
  ProgramResult years = search({"--db", db_, "-n", "0", "--facets", "--facet-by", "year",
                                "--facet-limit", "2", "date:2024..2025"});
  ASSERT_EQ(years.exit_status, 0) << years.err;
  EXPECT_NE(years.out.find("Years:\n"), std::string::npos) << years.out;
  EXPECT_NE(years.out.find("  2024\n"), std::string::npos) << years.out;
  EXPECT_NE(years.out.find(" more\nDistinct stories:"), std::string::npos) << years.out;
  ProgramResult days =
      search({"--db", db_, "-n", "0", "--json", "--facets", "--facet-by", "day", "date:2025-01"});
  EXPECT_NE(days.out.find("\"day\":{\"2025-01-"), std::string::npos) << days.out;
  EXPECT_EQ(search({"--db", db_, "--facets", "--facet-by", "week", "x"}).exit_status, 2);
}

TEST_F(EndToEnd, CsvHasAHeaderAndOneQuotedRowPerHit) {
  ProgramResult r = search({"--db", db_, "-n", "2", "--format", "csv", "date:2024.."});
  ASSERT_EQ(r.exit_status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("rank,id,score,date,outlet,title,url,language,snippet\r\n", 0), 0u)
      << r.out;
  EXPECT_EQ(r.lines_with("\r").size(), 3u) << r.out;  // the header and two hits
  EXPECT_NE(r.out.find("\r\n1,"), std::string::npos) << r.out;
  ProgramResult quotes =
      search({"--db", db_, "-n", "3", "--quotes", "--format", "csv", "date:2024.."});
  ASSERT_EQ(quotes.exit_status, 0) << quotes.err;
  EXPECT_EQ(
      quotes.out.rfind("rank,score,date,outlet,speaker,cue,kind,text,title,url,article_id", 0), 0u)
      << quotes.out;
  EXPECT_GT(quotes.lines_with("\r").size(), 1u) << quotes.out;
  EXPECT_EQ(search({"--db", db_, "--format", "xml", "x"}).exit_status, 2);
}

TEST_F(EndToEnd, StatsDescribeTheDatabase) {
  ProgramResult r = search({"--db", db_, "--stats", "--json"});
  ASSERT_EQ(r.exit_status, 0) << r.err;
  EXPECT_NE(r.out.find(has_seeds_ ? "\"articles\":40" : "\"articles\":38"), std::string::npos)
      << r.out;
  std::string version = std::to_string(schema::kSchemaVersion);
  EXPECT_NE(r.out.find("\"schema_version\":" + version), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"first_date\":\"2024-"), std::string::npos) << r.out;
  ProgramResult human = search({"--db", db_, "--stats"});
  EXPECT_NE(human.out.find("schema version: " + version), std::string::npos) << human.out;
}

// Regression: the indexer's summary counted quoted spans (208 on the sample), --stats quote
// documents (206: a quote continued into the next paragraph is one) and --quotes only
// someone's words (190). Now the first two agree and --stats says what --quotes lists.
TEST_F(EndToEnd, QuoteTotalsAgree) {
  auto number_before = [](const std::string& text, const std::string& label) {
    const std::size_t at = text.find(label);
    if (at == std::string::npos) return std::string("?");
    std::size_t from = at;
    while (from > 0 && std::isdigit(static_cast<unsigned char>(text[from - 1]))) --from;
    return text.substr(from, at - from);
  };
  const std::string summary = number_before(first_run_->out, " quotes;");
  ProgramResult stats = search({"--db", db_, "--stats", "--json"});
  EXPECT_NE(stats.out.find("\"quotes\":" + summary + ","), std::string::npos) << summary << "\n"
                                                                              << stats.out;
  ProgramResult all =
      search({"--db", db_, "--quotes", "--all-kinds", "-n", "0", "date:1900.. OR date:unknown"});
  EXPECT_EQ(number_before(all.out, " quotes,"), summary) << all.out;
  ProgramResult words = search({"--db", db_, "--quotes", "-n", "0", "date:1900.. OR date:unknown"});
  EXPECT_NE(stats.out.find("\"quote_kinds\":{\"quote\":" + number_before(words.out, " quotes,")),
            std::string::npos)
      << words.out << stats.out;
}

TEST_F(EndToEnd, MalformedQueryIsAOneLineErrorWithStatus2) {
  for (const char* query : {"(putin", "\"open", "speeker:putin", "date:2025-13", "AND"}) {
    ProgramResult r = search({"--db", db_, query});
    EXPECT_EQ(r.exit_status, 2) << query;
    EXPECT_EQ(r.out, "") << query;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
    EXPECT_EQ(r.err.rfind("rostra-search: error: ", 0), 0u) << r.err;
  }
}

TEST_F(EndToEnd, MissingDatabaseIsStatus4AndBadOptionStatus2) {
  ProgramResult r = search({"--db", (dir_->path() / "nope").string(), "putin"});
  EXPECT_EQ(r.exit_status, 4) << r.err;
  EXPECT_NE(r.err.find("no such database"), std::string::npos) << r.err;
  EXPECT_EQ(search({"--db", db_, "--sort", "sideways", "x"}).exit_status, 2);
  EXPECT_EQ(search({"--db", db_, "--no-such-option", "x"}).exit_status, 2);
  EXPECT_EQ(index({"--db", db_}).exit_status, 2);
}

// Regressions: "--offset -1" was read as a huge number, "--lang xx" fell back to English
// without a word, and NEAR/1000 matched nothing.
TEST_F(EndToEnd, RefusesBadCountsAndLanguagesAndTakesAnyDistance) {
  for (const std::vector<std::string>& bad : {std::vector<std::string>{"--offset", "-1"},
                                              {"--limit", "10001"},
                                              {"--limit", "-5"},
                                              {"--lang", "xx"}}) {
    std::vector<std::string> args = {"--db", db_};
    args.insert(args.end(), bad.begin(), bad.end());
    args.push_back("putin");
    ProgramResult r = search(args);
    EXPECT_EQ(r.exit_status, 2) << bad[0] << " " << bad[1] << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << r.err;
  }
  EXPECT_EQ(search({"--db", db_, "--lang", "de", "putin"}).exit_status, 0);
  // Words of our sample corpus, so that the check holds without ../shared/seeds.
  ProgramResult near = search({"--db", db_, "--json", "-n", "0", "varga NEAR/1000 drozd"});
  ProgramResult wide = search({"--db", db_, "--json", "-n", "0", "varga NEAR/999 drozd"});
  ASSERT_EQ(near.exit_status, 0) << near.err;
  EXPECT_EQ(near.lines_with("\"type\":\"total\"")[0].substr(0, 40),
            wide.lines_with("\"type\":\"total\"")[0].substr(0, 40));
  EXPECT_EQ(near.out.find("\"matches\":0,"), std::string::npos) << near.out;
  EXPECT_EQ(search({"--db", db_, "putin NEAR/9999999 trump"}).exit_status, 2);
}

TEST_F(EndToEnd, SaysWhatItDidNotFindInsteadOfReturningZeroSilently) {
  ProgramResult r = search({"--db", db_, "outlet:Meridain"});
  EXPECT_EQ(r.exit_status, 0) << r.err;
  EXPECT_NE(r.err.find("rostra-search: note: outlet:Meridain names nothing in the index; did "
                       "you mean: meridian press agency"),
            std::string::npos)
      << r.err;
  r = search({"--db", db_, "war or peace"});
  EXPECT_EQ(r.exit_status, 0) << r.err;
  EXPECT_NE(r.err.find("'or'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("OR"), std::string::npos) << r.err;
  r = search({"--db", db_, "speaker:ilves"});
  EXPECT_NE(r.err.find("speaker:ilves taken as the only speaker of that surname: marta ilves"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.out.find("0 matches"), std::string::npos) << r.out;
  r = search({"--db", db_, "Title:election"});
  EXPECT_EQ(r.exit_status, 0) << r.err;
  EXPECT_EQ(r.out.find("0 matches"), std::string::npos) << r.out;
}

// Regression: a table named by ROSTRA_OUTLETS or ROSTRA_SPEAKERS that does not exist was
// ignored in silence (searches returned 0), while --outlets with the same path is an error.
TEST_F(EndToEnd, ATableTheEnvironmentNamesMustExistLikeOneGivenAsAnOption) {
  const std::string missing = (dir_->path() / "no-such-table.tsv").string();
  for (const char* variable : {"ROSTRA_OUTLETS=", "ROSTRA_SPEAKERS="}) {
    ProgramResult searched =
        run_program("/usr/bin/env", {variable + missing, ROSTRA_SEARCH_BIN, "--db", db_, "putin"});
    EXPECT_EQ(searched.exit_status, 3) << variable << searched.err;
    EXPECT_NE(searched.err.find(missing), std::string::npos) << searched.err;
    ProgramResult indexed =
        run_program("/usr/bin/env", {variable + missing, ROSTRA_INDEX_BIN, "--extract",
                                     (kSource / "corpus" / "sample" / "articles.jsonl").string()});
    EXPECT_EQ(indexed.exit_status, 3) << variable << indexed.err;
  }
  ProgramResult option = search({"--db", db_, "--outlets", missing, "putin"});
  EXPECT_EQ(option.exit_status, 3) << option.err;
}

// An installed program finds its tables in PREFIX/share/rostra/, wherever it is run from
// and whatever the source tree holds.
TEST_F(EndToEnd, AnInstalledProgramReadsTheTablesOfItsPrefix) {
  testing::TempDir prefix;
  fs::create_directories(prefix.path() / "bin");
  fs::create_directories(prefix.path() / "share" / "rostra");
  fs::copy_file(ROSTRA_SEARCH_BIN, prefix.path() / "bin" / "rostra-search");
  std::ofstream(prefix.path() / "share" / "rostra" / "outlets.tsv")
      << "alias\tmeridian press agency\tMeridian Press Agency\nalias\tmpa-test\tMeridian Press "
         "Agency\n";
  ProgramResult installed = run_program((prefix.path() / "bin" / "rostra-search").string(),
                                        {"--db", db_, "-n", "0", "outlet:mpa-test"});
  EXPECT_EQ(installed.exit_status, 0) << installed.err;
  EXPECT_EQ(installed.out.find("0 matches"), std::string::npos) << installed.out << installed.err;
  ProgramResult build_tree = search({"--db", db_, "-n", "0", "outlet:mpa-test"});
  EXPECT_NE(build_tree.out.find("0 matches"), std::string::npos) << build_tree.out;
}

TEST_F(EndToEnd, ShowsAFoundArticleWholeByTheIdEachHitShows) {
  ProgramResult hits = search({"--db", db_, "-n", "1", "pension reform"});
  ASSERT_EQ(hits.exit_status, 0) << hits.err;
  std::vector<std::string> ids = hits.lines_with("   id ");
  ASSERT_EQ(ids.size(), 1u) << hits.out;
  const std::string id = ids[0].substr(6);
  ProgramResult shown = search({"--db", db_, "--show", id});
  ASSERT_EQ(shown.exit_status, 0) << shown.err;
  EXPECT_NE(shown.out.find("id:       " + id), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("read from "), std::string::npos) << shown.out;
  EXPECT_NE(shown.out.find("\u27E6"), std::string::npos) << shown.out;  // a quote marked
  EXPECT_NE(shown.out.find("[1] "), std::string::npos) << shown.out;
  ProgramResult json = search({"--db", db_, "--json", "--show", id});
  EXPECT_NE(json.out.find("\"type\":\"article\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"quotes\":[{\"start\":"), std::string::npos) << json.out;
  EXPECT_EQ(search({"--db", db_, "--show", "no-such-id"}).exit_status, 3);
}

TEST_F(EndToEnd, BothProgramsSayTheirVersion) {
  const std::string version = "(schema " + std::to_string(schema::kSchemaVersion) + ", Xapian ";
  ProgramResult searcher = search({"--version"});
  EXPECT_EQ(searcher.exit_status, 0);
  EXPECT_EQ(searcher.out.rfind("rostra-search ", 0), 0u) << searcher.out;
  EXPECT_NE(searcher.out.find(version), std::string::npos) << searcher.out;
  ProgramResult help = search({"--help-query"});
  EXPECT_EQ(help.exit_status, 0);
  EXPECT_LE(std::count(help.out.begin(), help.out.end(), '\n'), 25) << help.out;
  for (const char* operator_name :
       {"w/5", "pre/5", "negotiat*", "wom?n", "title:", "outlet:unknown"}) {
    EXPECT_NE(help.out.find(operator_name), std::string::npos) << operator_name;
  }
  ProgramResult indexer = index({"--version"});
  EXPECT_EQ(indexer.out.rfind("rostra-index ", 0), 0u) << indexer.out;
  EXPECT_NE(indexer.out.find(", ICU "), std::string::npos) << indexer.out;
}

// Issue #18: --batch printed only each query's count and latency; a script needs the totals,
// the notes, the hits and the facets of each query.
TEST_F(EndToEnd, BatchReportsTotalsAndWhatAScriptNeeds) {
  const fs::path batch = dir_->path() / "queries.txt";
  std::ofstream(batch) << "varga\n# a comment\n\nspeaker:varga (quote:war\nwar or peace\n";
  ProgramResult json = search({"--db", db_, "--batch", batch.string(), "--json", "--facets",
                               "--facet-limit", "1", "-n", "2"});
  EXPECT_EQ(json.exit_status, 2) << "one malformed line: " << json.err;
  std::vector<std::string> queries = json.lines_with("\"type\":\"query\"");
  ASSERT_EQ(queries.size(), 3u) << json.out;
  EXPECT_NE(queries[0].find("\"line\":1,\"query\":\"varga\",\"hits\":13,"), std::string::npos)
      << queries[0];
  EXPECT_NE(queries[0].find("\"returned\":2,"), std::string::npos) << queries[0];
  EXPECT_NE(queries[0].find("\"results\":[{\"type\":\"hit\",\"rank\":1,"), std::string::npos);
  EXPECT_NE(queries[0].find("\"facets\":{\"type\":\"facets\""), std::string::npos);
  EXPECT_NE(queries[1].find("\"line\":4,"), std::string::npos) << queries[1];
  EXPECT_NE(queries[1].find("\"error\":"), std::string::npos) << queries[1];
  EXPECT_NE(queries[2].find("\"notes\":[\"'or' (column 5) is searched as a word"),
            std::string::npos)
      << queries[2];
  std::vector<std::string> summary = json.lines_with("\"type\":\"batch\"");
  ASSERT_EQ(summary.size(), 1u);
  EXPECT_NE(summary[0].find("\"queries\":3,\"failed\":1,\"matches\":"), std::string::npos)
      << summary[0];
  EXPECT_NE(summary[0].find("\"p95_ms\":"), std::string::npos) << summary[0];
  ProgramResult human = search({"--db", db_, "--batch", batch.string(), "-n", "0"});
  EXPECT_EQ(human.lines_with("3 queries, 1 malformed, ").size(), 1u) << human.out;
  EXPECT_EQ(human.lines_with(" matches in all; ").size(), 1u) << human.out;
  EXPECT_NE(human.err.find("rostra-search: note: line 5: 'or'"), std::string::npos) << human.err;
}

TEST_F(EndToEnd, ListsSpeakersWithQuoteCountsAliasesAndSurnames) {
  ProgramResult r = search({"--db", db_, "--list-speakers", "varg"});
  EXPECT_EQ(r.exit_status, 0) << r.err;
  EXPECT_EQ(r.out.find("Elena Varga"), 9u) << "most quoted first, after its count: " << r.out;
  EXPECT_NE(r.out.find("aliases: mrs varga; varga; варга;"), std::string::npos) << r.out;
  ProgramResult json = search({"--db", db_, "--json", "--list-speakers=varg", "-n", "1"});
  ASSERT_EQ(json.lines_with("\"type\":\"speaker\"").size(), 1u) << json.out;
  EXPECT_NE(json.out.find("\"name\":\"Elena Varga\",\"quotes\":"), std::string::npos);
  EXPECT_NE(json.out.find("{\"type\":\"speakers\",\"listed\":1}"), std::string::npos);
}

TEST_F(EndToEnd, AtLeastAndFieldStemsRunFromTheCommandLine) {
  ProgramResult all = search({"--db", db_, "--json", "varga"});
  ProgramResult some = search({"--db", db_, "--json", "atleast3(varga)"});
  ASSERT_EQ(some.exit_status, 0) << some.err;
  EXPECT_NE(all.out.find("\"matches\":13,"), std::string::npos) << all.out;
  EXPECT_NE(some.out.find("\"matches\":6,"), std::string::npos) << some.out;
  EXPECT_EQ(search({"--db", db_, "atleast0(varga)"}).exit_status, 2);
}

// Regression: "rostra-search --db DB -sanctions pension" failed as an unknown option -s.
TEST_F(EndToEnd, AQueryWordStartingWithADashIsNotAnOption) {
  ProgramResult dashed = search({"--db", db_, "-n", "0", "-pension", "reform"});
  ProgramResult quoted = search({"--db", db_, "-n", "0", "reform -pension"});
  ASSERT_EQ(dashed.exit_status, 0) << dashed.err;
  EXPECT_EQ(dashed.out, quoted.out);
  EXPECT_EQ(search({"--db", db_, "-n", "0", "-путин", "reform"}).exit_status, 0);
}

// Regression: a title holding terminal escape sequences reached the terminal raw.
TEST_F(EndToEnd, TerminalEscapesInTitlesNeverReachTheTerminal) {
  testing::TempDir dir;
  const fs::path input = dir.path() / "escapes.jsonl";
  std::ofstream(input)
      << "{\"url\":\"https://e.example/1\",\"title\":\"Evil \\u001b]2;pwned\\u0007 "
         "title \\u009b31m red\",\"body\":\"An escapade of escapes.\"}\n";
  const std::string db = (dir.path() / "db").string();
  ASSERT_EQ(index({"--db", db, input.string()}).exit_status, 0);
  ProgramResult r = search({"--db", db, "escapade"});
  ASSERT_EQ(r.exit_status, 0) << r.err;
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find('\x07'), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("\xC2\x9B"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Evil ?]2;pwned? title ??31m red"), std::string::npos) << r.out;
  ProgramResult shown = search({"--db", db, "--show", "https://e.example/1"});
  EXPECT_EQ(shown.out.find('\x1b'), std::string::npos) << shown.out;
}

TEST_F(EndToEnd, BadInputIsReportedWithFileAndLineAndTheRestIsIndexed) {
  testing::TempDir dir;
  fs::path jsonl = dir.path() / "mixed.jsonl";
  {
    std::ofstream out(jsonl);
    out << "{\"title\":\"Good one\",\"body\":\"First good article about tariffs.\"}\n"
        << "{\"title\": broken\n"
        << "{\"title\":\"Good two\",\"body\":\"Second good article about tariffs.\"}\n";
  }
  std::string db = (dir.path() / "db").string();
  ProgramResult r = index({"--db", db, jsonl.string(), (dir.path() / "missing.csv").string()});
  EXPECT_EQ(r.exit_status, 1) << r.out << r.err;  // partial
  EXPECT_NE(r.err.find(jsonl.string() + ":2: malformed JSON"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("missing.csv: no such file or directory"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("indexed 2 articles"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("rejected 2"), std::string::npos) << r.out;
  ProgramResult s = search({"--db", db, "--json", "tariffs"});
  EXPECT_EQ(s.lines_with("\"type\":\"hit\"").size(), 2u) << s.out;
}

TEST_F(EndToEnd, ExtractPrintsEachArticlesQuotesAsJsonLines) {
  ProgramResult r =
      index({"--extract", (kSource / "corpus" / "sample" / "articles.jsonl").string()});
  ASSERT_EQ(r.exit_status, 0) << r.err;
  std::vector<std::string> lines = r.lines_with("\"quotes\":[");
  ASSERT_EQ(lines.size(), 11u) << r.out;
  for (const std::string& line : lines) {
    for (const char* key : {"{\"id\":", "\"title\":", "\"date\":", "\"outlet\":", "\"url\":"}) {
      EXPECT_NE(line.find(key), std::string::npos) << key << " in " << line;
    }
  }
  // The translated-quote pair: line 1 of articles.jsonl, said by Tesar.
  EXPECT_NE(lines[0].find("\"text\":\"Our duty is to stop another Winter War from happening. "),
            std::string::npos)
      << lines[0];
  EXPECT_NE(lines[0].find("\"speaker\":\"Miroslav Tesar\""), std::string::npos) << lines[0];
  EXPECT_NE(lines[0].find("\"kind\":\"quote\""), std::string::npos) << lines[0];
  EXPECT_NE(r.err.find("extracted "), std::string::npos) << r.err;
}

TEST_F(EndToEnd, InputDefaultsApplyToTheInputsAfterThem) {
  testing::TempDir dir;
  fs::create_directories(dir.path() / "alpha");
  fs::create_directories(dir.path() / "beta");
  dir.write("alpha/one.txt", "Ministers meet\n\nThe ministers met on Monday to talk.\n");
  dir.write("beta/two.txt", "Talks end\n\nThe talks ended on Tuesday without a deal.\n");
  dir.write("three.txt", "Vote held\n\nThe vote was held on Wednesday as planned.\n");
  ProgramResult r = index({"--dump", "--default-outlet", "Alpha Daily",
                           (dir.path() / "alpha").string(), "--default-outlet", "Beta Wire",
                           "--default-language", "ru", (dir.path() / "beta").string(),
                           (dir.path() / "three.txt").string(), "--default-language", "en"});
  ASSERT_EQ(r.exit_status, 0) << r.err;
  std::vector<std::string> one = r.lines_with("one.txt");
  std::vector<std::string> two = r.lines_with("two.txt");
  std::vector<std::string> three = r.lines_with("three.txt");
  ASSERT_EQ(one.size(), 1u) << r.out;
  ASSERT_EQ(two.size(), 1u) << r.out;
  ASSERT_EQ(three.size(), 1u) << r.out;
  EXPECT_NE(one[0].find("\"outlet\":\"Alpha Daily\""), std::string::npos) << one[0];
  // Given after the last input, --default-language is for the inputs with none of their own.
  EXPECT_NE(one[0].find("\"language\":\"en\""), std::string::npos) << one[0];
  EXPECT_NE(two[0].find("\"outlet\":\"Beta Wire\""), std::string::npos) << two[0];
  EXPECT_NE(two[0].find("\"language\":\"ru\""), std::string::npos) << two[0];
  EXPECT_NE(three[0].find("\"outlet\":\"Beta Wire\""), std::string::npos) << three[0];
  EXPECT_NE(three[0].find("\"language\":\"ru\""), std::string::npos) << three[0];
}

TEST_F(EndToEnd, AnEditedTextFileReplacesItselfFromAnyWorkingDirectory) {
  testing::TempDir dir;
  fs::create_directories(dir.path() / "in");
  const std::string db = (dir.path() / "db").string();
  dir.write("in/a.txt", "Ministers meet\n\nThe ministers met on Monday to talk.\n");
  ProgramResult first = index({"-q", "--db", db, (dir.path() / "in").string()});
  ASSERT_EQ(first.exit_status, 0) << first.err;
  dir.write("in/a.txt", "Ministers meet\n\nThe ministers met on Monday to talk about taxes.\n");
  ProgramResult edited = index({"-q", "--db", db, (dir.path() / "in").string()});
  EXPECT_NE(edited.out.find("0 new, 1 replaced"), std::string::npos) << edited.out;
  EXPECT_NE(edited.out.find("database holds 1 articles"), std::string::npos) << edited.out;
  // The same file named relatively from another working directory, and through a link.
  fs::create_directory_symlink(dir.path() / "in", dir.path() / "link");
  ProgramResult elsewhere = run_program(
      "/bin/sh", {"-c", "cd " + testing::shell_quote(dir.path().string()) + " && exec " +
                            testing::shell_quote(ROSTRA_INDEX_BIN) + " -q --db db link/a.txt"});
  EXPECT_NE(elsewhere.out.find("1 unchanged"), std::string::npos) << elsewhere.out;
  EXPECT_NE(elsewhere.out.find("database holds 1 articles"), std::string::npos) << elsewhere.out;
  ProgramResult found = search({"--db", db, "--json", "ministers"});
  EXPECT_NE(found.out.find("\"id\":\"file:"), std::string::npos) << found.out;
  EXPECT_NE(found.out.find("taxes"), std::string::npos) << found.out;
}

TEST_F(EndToEnd, QuotesModeListsWhoSaidIt) {
  ProgramResult r = search({"--db", db_, "--quotes", "--json", "--sort", "oldest", "winter war"});
  ASSERT_EQ(r.exit_status, 0) << r.err;
  std::vector<std::string> quotes = r.lines_with("\"type\":\"quote\"");
  ASSERT_EQ(quotes.size(), 2u) << r.out;
  for (const std::string& q : quotes) {
    EXPECT_NE(q.find("\"speaker\":\"Miroslav Tesar\""), std::string::npos) << q;
    EXPECT_NE(q.find("\"date\":\"2025-02-11\""), std::string::npos) << q;
  }
  ProgramResult human = search({"--db", db_, "--quotes", "winter war"});
  EXPECT_NE(human.out.find("Miroslav Tesar"), std::string::npos) << human.out;
  EXPECT_NE(human.out.find("2 quotes"), std::string::npos) << human.out;
}

TEST_F(EndToEnd, SeedQuoteSearchNeedsTheSpeakersOwnWords) {
  if (!has_seeds_) GTEST_SKIP() << "../shared/seeds not present";
  // Seed 003 quotes Putin saying "World War III".
  ProgramResult r = search(
      {"--db", db_, "--quotes", "--json", "speaker:\"Vladimir Putin\" quote:\"World War III\""});
  ASSERT_EQ(r.lines_with("\"type\":\"quote\"").size(), 1u) << r.out;
  EXPECT_NE(r.out.find("\"outlet\":\"The Moscow Times\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("<mark>World War III</mark>"), std::string::npos) << r.out;
  // Seed 000 says "third world war" in its narrative, not inside a quote.
  EXPECT_EQ(
      search({"--db", db_, "--json", "\"third world war\""}).lines_with("\"type\":\"hit\"").size(),
      1u);
  EXPECT_EQ(search({"--db", db_, "--json", "quote:\"third world war\""})
                .lines_with("\"type\":\"hit\"")
                .size(),
            0u);
  EXPECT_EQ(search({"--db", db_, "--json", "speaker:Путин quote:\"World War III\""})
                .lines_with("\"type\":\"hit\"")
                .size(),
            1u);
}

TEST_F(EndToEnd, SeedPhrasesFindTheRightSeed) {
  if (!has_seeds_) GTEST_SKIP() << "../shared/seeds not present";
  ProgramResult third = search({"--db", db_, "--json", "\"third world war\""});
  ASSERT_EQ(third.lines_with("\"type\":\"hit\"").size(), 1u) << third.out;
  EXPECT_NE(third.out.find("Putin congratulates Trump, invites new US administration"),
            std::string::npos)
      << third.out;

  ProgramResult wwiii = search({"--db", db_, "--json", "\"World War III\""});
  ASSERT_EQ(wwiii.lines_with("\"type\":\"hit\"").size(), 1u) << wwiii.out;
  EXPECT_NE(wwiii.out.find("Putin Congratulates Trump Ahead of Inauguration"), std::string::npos);
  EXPECT_NE(wwiii.out.find("\"outlet\":\"The Moscow Times\""), std::string::npos) << wwiii.out;
  EXPECT_NE(wwiii.out.find("\"date\":\"2025-01-20\""), std::string::npos) << wwiii.out;
}

}  // namespace
}  // namespace rostra
