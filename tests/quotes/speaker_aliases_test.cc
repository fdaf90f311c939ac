// Unit tests for the speaker alias table (common/speaker_aliases.h): loading, lookups that
// fold case, whitespace and Cyrillic inflection, inflection_key and the default table.
#include "common/quotes/speaker_aliases.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <optional>
#include <string>

#include "common/base/errors.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

using test::contains;
using test::TempDir;

// Sets or unsets an environment variable for one scope, restoring it afterwards.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = std::string(old);
    if (value != nullptr) {
      setenv(name, value, 1);
    } else {
      unsetenv(name);
    }
  }
  ~ScopedEnv() {
    if (old_) {
      setenv(name_, old_->c_str(), 1);
    } else {
      unsetenv(name_);
    }
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> old_;
};

// --- load --------------------------------------------------------------------------------------

TEST(SpeakerAliases, LoadsAliasLinesAndSkipsCommentsAndBlankLines) {
  TempDir dir;
  auto path = dir.write("speakers.tsv",
                        "# Speaker aliases for the test\n"
                        "\n"
                        "Путин\tVladimir Putin\n"
                        "   \n"
                        "# Mr Putin\tNot An Entry\n"
                        "Mr Putin\tVladimir Putin\n"
                        "Кремль\tKremlin\n");
  SpeakerAliases aliases = SpeakerAliases::load(path);
  EXPECT_EQ(aliases.canonical("Путин"), "Vladimir Putin");
  EXPECT_EQ(aliases.canonical("Mr Putin"), "Vladimir Putin");
  EXPECT_EQ(aliases.canonical("Кремль"), "Kremlin");
  EXPECT_EQ(aliases.canonical("# Mr Putin"), std::nullopt);
  EXPECT_EQ(aliases.canonical("Not An Entry"), std::nullopt);
  EXPECT_GE(aliases.size(), 3u);
}

TEST(SpeakerAliases, LoadsAnEmptyFileAsAnEmptyTable) {
  TempDir dir;
  SpeakerAliases aliases = SpeakerAliases::load(dir.write("empty.tsv", "# only a comment\n\n"));
  EXPECT_EQ(aliases.size(), 0u);
  EXPECT_EQ(aliases.canonical("Путин"), std::nullopt);
}

TEST(SpeakerAliases, LoadsAFileWithoutATrailingNewline) {
  TempDir dir;
  SpeakerAliases aliases = SpeakerAliases::load(dir.write("s.tsv", "Келлер\tJonas Keller"));
  EXPECT_EQ(aliases.canonical("Келлер"), "Jonas Keller");
}

TEST(SpeakerAliases, FindsTheCanonicalNameItselfAfterLoading) {
  TempDir dir;
  SpeakerAliases aliases = SpeakerAliases::load(dir.write("s.tsv", "Путин\tVladimir Putin\n"));
  EXPECT_EQ(aliases.canonical("Vladimir Putin"), "Vladimir Putin");
}

TEST(SpeakerAliases, RejectsALineWithoutATabNamingTheFileAndLine) {
  TempDir dir;
  auto path = dir.write("bad.tsv",
                        "# header\n"
                        "Путин\tVladimir Putin\n"
                        "\n"
                        "Волков Arseny Volkov\n");
  try {
    SpeakerAliases::load(path);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    std::string what = e.what();
    EXPECT_TRUE(contains(what, path.string())) << what;
    EXPECT_TRUE(contains(what, ":4") || contains(what, "line 4")) << what;
  }
}

TEST(SpeakerAliases, RejectsALineWithAnEmptyAliasOrCanonicalName) {
  TempDir dir;
  auto no_alias = dir.write("no_alias.tsv", "Путин\tVladimir Putin\n\tArseny Volkov\n");
  auto no_name = dir.write("no_name.tsv", "Волков\t  \n");
  try {
    SpeakerAliases::load(no_alias);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    std::string what = e.what();
    EXPECT_TRUE(contains(what, no_alias.string())) << what;
    EXPECT_TRUE(contains(what, ":2") || contains(what, "line 2")) << what;
  }
  try {
    SpeakerAliases::load(no_name);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    std::string what = e.what();
    EXPECT_TRUE(contains(what, no_name.string())) << what;
    EXPECT_TRUE(contains(what, ":1") || contains(what, "line 1")) << what;
  }
}

TEST(SpeakerAliases, RejectsAMissingFileNamingIt) {
  TempDir dir;
  std::filesystem::path missing = dir.path() / "missing.tsv";
  try {
    SpeakerAliases::load(missing);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_TRUE(contains(e.what(), missing.string())) << e.what();
  }
}

// --- lookups -----------------------------------------------------------------------------------

TEST(SpeakerAliases, AnswersNulloptForANameItDoesNotList) {
  SpeakerAliases aliases;
  aliases.add("Путин", "Vladimir Putin");
  EXPECT_EQ(aliases.canonical("Арсений Волков"), std::nullopt);
  EXPECT_EQ(aliases.canonical(""), std::nullopt);
}

TEST(SpeakerAliases, LooksUpNamesRegardlessOfCase) {
  SpeakerAliases aliases;
  aliases.add("Mr Putin", "Vladimir Putin");
  aliases.add("Путин", "Vladimir Putin");
  EXPECT_EQ(aliases.canonical("MR PUTIN"), "Vladimir Putin");
  EXPECT_EQ(aliases.canonical("mr putin"), "Vladimir Putin");
  EXPECT_EQ(aliases.canonical("ПУТИН"), "Vladimir Putin");
  EXPECT_EQ(aliases.canonical("vladimir PUTIN"), "Vladimir Putin");
}

TEST(SpeakerAliases, LooksUpNamesRegardlessOfWhitespace) {
  SpeakerAliases aliases;
  aliases.add("Mr Putin", "Vladimir Putin");
  EXPECT_EQ(aliases.canonical("  Mr   Putin "), "Vladimir Putin");
  EXPECT_EQ(aliases.canonical("Mr\tPutin"), "Vladimir Putin");
  EXPECT_EQ(aliases.canonical("Mr\xC2\xA0Putin"), "Vladimir Putin");  // no-break space
}

TEST(SpeakerAliases, MatchesWholeNamesOnly) {
  SpeakerAliases aliases;
  aliases.add("Vladimir Putin", "Vladimir Putin");
  EXPECT_EQ(aliases.canonical("Vladimir"), std::nullopt);
  EXPECT_EQ(aliases.canonical("Vladimir Putin Jr"), std::nullopt);
}

TEST(SpeakerAliases, FindsAnInflectedCyrillicFormOfAnAlias) {
  SpeakerAliases aliases;
  aliases.add("Путин", "Vladimir Putin");
  aliases.add("Марина Лисицына", "Marina Lisitsyna");
  EXPECT_EQ(aliases.canonical("Путина"), "Vladimir Putin");
  EXPECT_EQ(aliases.canonical("Путину"), "Vladimir Putin");
  EXPECT_EQ(aliases.canonical("ПУТИНЫМ"), "Vladimir Putin");
  EXPECT_EQ(aliases.canonical("Марины Лисицыной"), "Marina Lisitsyna");
}

TEST(SpeakerAliases, FindsTheGenitiveOfAnOvSurnameAlias) {
  SpeakerAliases aliases;
  aliases.add("Волков", "Arseny Volkov");
  EXPECT_EQ(aliases.canonical("Волкова"), "Arseny Volkov");
  EXPECT_EQ(aliases.canonical("Волкову"), "Arseny Volkov");
}

// --- inflection_key ----------------------------------------------------------------------------

TEST(InflectionKey, GivesCaseFormsOfACyrillicNameTheSameKey) {
  EXPECT_EQ(inflection_key("Путина"), inflection_key("Путин"));
  EXPECT_EQ(inflection_key("Владимира Путина"), inflection_key("Владимир Путин"));
  EXPECT_EQ(inflection_key("Лисицыной"), inflection_key("Лисицына"));
  EXPECT_EQ(inflection_key("Келлера"), inflection_key("Келлер"));
}

TEST(InflectionKey, GivesTheGenitiveOfAnOvSurnameTheSameKey) {
  EXPECT_EQ(inflection_key("Волкова"), inflection_key("Волков"));
  EXPECT_EQ(inflection_key("Арсения Волкова"), inflection_key("Арсений Волков"));
}

TEST(InflectionKey, FoldsCaseAndWhitespace) {
  EXPECT_EQ(inflection_key("ВЛАДИМИР ПУТИН"), inflection_key("владимир путин"));
  EXPECT_EQ(inflection_key("  Владимир   Путин "), inflection_key("Владимир Путин"));
  EXPECT_EQ(inflection_key("Elena VARGA"), inflection_key("elena varga"));
}

TEST(InflectionKey, KeepsDifferentNamesApart) {
  EXPECT_NE(inflection_key("Путин"), inflection_key("Волков"));
  EXPECT_NE(inflection_key("Владимир Путин"), inflection_key("Путин"));
  EXPECT_EQ(inflection_key(""), "");
}

// --- the default table ---------------------------------------------------------------------------

TEST(SpeakerAliases, LoadsTheProjectTable) {
  SpeakerAliases aliases =
      load_speaker_aliases(std::filesystem::path(ROSTRA_SOURCE_DIR) / "corpus" / "speakers.tsv");
  EXPECT_GT(aliases.size(), 0u);
  EXPECT_EQ(aliases.canonical("Путин"), "Vladimir Putin");
}

// The library reads no environment: which table to use is the programs' choice
// (default_table_path in common/cli/cli_options.h).
TEST(SpeakerAliases, AnEmptyPathIsAnEmptyTableWhateverTheEnvironment) {
  TempDir dir;
  auto path = dir.write("env.tsv", "Тесар\tMiroslav Tesar\n");
  ScopedEnv env("ROSTRA_SPEAKERS", path.c_str());
  SpeakerAliases aliases = load_speaker_aliases("");
  EXPECT_EQ(aliases.size(), 0u);
}

TEST(SpeakerAliases, RejectsANamedTableThatCannotBeRead) {
  TempDir dir;
  EXPECT_THROW(load_speaker_aliases(dir.path() / "missing.tsv"), InputError);
}

TEST(SpeakerAliases, LoadsANamedTable) {
  TempDir dir;
  auto path = dir.write("named.tsv", "Сомов\tGleb Somov\n");
  SpeakerAliases aliases = load_speaker_aliases(path);
  EXPECT_EQ(aliases.canonical("Сомов"), "Gleb Somov");
}

}  // namespace
}  // namespace rostra
