// Every kind of damaged input the archival issue names, in one run of the real indexer:
// each is reported with file and line or byte offset, skipped (or read up to the damage),
// counted, written to --rejects, and never costs the rest of the run.
#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <fstream>

#include "tests/support/index_fixture.h"
#include "tests/support/program_runner.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;
using testing::ProgramResult;
using testing::run_program;

void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string jsonl(int from, int to, const std::string& tag) {
  std::string out;
  for (int i = from; i < to; ++i) {
    out += "{\"url\":\"https://" + tag + ".example/a" + std::to_string(i) + "\",\"title\":\"Item " +
           tag + " " + std::to_string(i) +
           "\",\"body\":\"Ministers met in the capital to discuss item " + std::to_string(i) +
           " of the " + tag + " agenda.\"}\n";
  }
  return out;
}

std::string zstd(const std::string& data) {
  std::string out(ZSTD_compressBound(data.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), data.data(), data.size(), 3));
  return out;
}

std::string gzip(const std::string& data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

class BadInput : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    fs::path in = dir_->path() / "in";
    fs::create_directories(in);
    // Good articles around every kind of damage.
    write_file(in / "a_good.jsonl", jsonl(0, 5, "good"));
    write_file(in / "b_malformed.jsonl",
               jsonl(0, 2, "mal") + "{\"title\": \"broken\n" + jsonl(2, 4, "mal"));
    write_file(in / "c_broken_quoting.csv",
               "title,text,subject,date\n"
               "\"Fine row\",\"Text of a fine row about the budget.\",politics,\"March 1, 2024\"\n"
               "\"Broken row,\"Text with \"bad\" quoting\",politics,\n"
               "\"Last row\",\"Text of the last row.\",politics,\"March 2, 2024\"\n");
    write_file(in / "d_empty_body.jsonl",
               "{\"url\":\"https://e.example/1\",\"title\":\"Only a title\",\"body\":\"\"}\n" +
                   jsonl(0, 1, "empty"));
    std::string huge(50u << 20, 'a');
    for (std::size_t i = 100; i < huge.size(); i += 100) huge[i] = ' ';
    write_file(in / "e_huge.jsonl",
               "{\"url\":\"https://h.example/1\",\"title\":\"Huge\",\"body\":\"" + huge + "\"}\n" +
                   jsonl(0, 1, "huge"));
    write_file(in / "f_binary.bin", std::string("\x7f"
                                                "ELF\x02\x01\x01\0\0\0binary",
                                                16));
    // Large enough for several compressed blocks: a stream is readable block by block.
    std::string z = zstd(jsonl(0, 3000, "zst"));
    write_file(in / "g_truncated.jsonl.zst", z.substr(0, z.size() * 2 / 3));
    std::string g = gzip(jsonl(0, 3000, "gz"));
    write_file(in / "h_truncated.jsonl.gz", g.substr(0, g.size() * 2 / 3));
    write_file(in / "i_latin1.txt",
               "Caf\xe9 owners protest\n\nThe owners of the caf\xe9 said prices "
               "rose by \xa3"
               "5 this week.\n");
    // One JSON array cut short, and a pretty-printed array with an object left open in
    // the middle: the records around each are indexed.
    write_file(in / "j_truncated_array.json",
               "[{\"title\":\"Array arr one\",\"body\":\"First of the array.\"},\n"
               " {\"title\":\"Array arr two\",\"body\":\"Second of the array.\"},\n"
               " {\"title\":\"Array arr three\",\"body\":\"Cut sh");
    write_file(in / "k_pretty_broken.json",
               "[\n  {\n    \"title\": \"Pretty pp one\",\n    \"body\": \"Fine.\"\n  },\n"
               "  {\n    \"title\": \"Pretty pp broken\",\n    \"body\": \"Never closed.\"\n"
               "  {\n    \"title\": \"Pretty pp three\",\n    \"body\": \"Fine again.\"\n  }\n]\n");
    db_ = (dir_->path() / "db").string();
    rejects_ = (dir_->path() / "rejects.jsonl").string();
    run_ = new ProgramResult(
        run_program(ROSTRA_INDEX_BIN, {"--db", db_, "--rejects", rejects_, in.string()}));
  }
  static void TearDownTestSuite() {
    delete run_;
    delete dir_;
  }

  static testing::TempDir* dir_;
  static std::string db_;
  static std::string rejects_;
  static ProgramResult* run_;
};

testing::TempDir* BadInput::dir_ = nullptr;
std::string BadInput::db_;
std::string BadInput::rejects_;
ProgramResult* BadInput::run_ = nullptr;

TEST_F(BadInput, RunEndsAsPartialAndIndexesEverythingGood) {
  EXPECT_EQ(run_->exit_status, 1) << run_->out << run_->err;  // partial
  ProgramResult r = run_program(ROSTRA_SEARCH_BIN, {"--db", db_, "--json", "--limit", "0", "good"});
  EXPECT_NE(r.out.find("\"matches\":5"), std::string::npos) << r.out;
  r = run_program(ROSTRA_SEARCH_BIN, {"--db", db_, "--json", "--limit", "0", "mal"});
  EXPECT_NE(r.out.find("\"matches\":4"), std::string::npos) << r.out;
  r = run_program(ROSTRA_SEARCH_BIN, {"--db", db_, "--json", "--limit", "0", "arr"});
  EXPECT_NE(r.out.find("\"matches\":2"), std::string::npos) << r.out;
  r = run_program(ROSTRA_SEARCH_BIN, {"--db", db_, "--json", "--limit", "0", "pp"});
  EXPECT_NE(r.out.find("\"matches\":2"), std::string::npos) << r.out;
  for (const char* tag : {"empty", "huge"}) {
    r = run_program(ROSTRA_SEARCH_BIN, {"--db", db_, "--json", "--limit", "0", tag});
    EXPECT_NE(r.out.find("\"matches\":1"), std::string::npos) << tag << r.out;
  }
}

TEST_F(BadInput, EachProblemIsReportedWithFileAndLineOrOffset) {
  const std::string& err = run_->err;
  EXPECT_NE(err.find("b_malformed.jsonl:3: malformed JSON"), std::string::npos) << err;
  EXPECT_NE(err.find("c_broken_quoting.csv:3: expected 4 fields"), std::string::npos) << err;
  EXPECT_EQ(err.find("d_empty_body.jsonl:1:"), std::string::npos) << err;  // indexed
  EXPECT_NE(err.find("j_truncated_array.json:3: truncated JSON"), std::string::npos) << err;
  EXPECT_NE(err.find("k_pretty_broken.json:6: malformed JSON: record never closed"),
            std::string::npos)
      << err;
  EXPECT_NE(err.find("e_huge.jsonl:1: article text larger than 16 MiB"), std::string::npos) << err;
  EXPECT_NE(err.find("f_binary.bin: binary file"), std::string::npos) << err;
  EXPECT_NE(err.find("g_truncated.jsonl.zst: truncated zstd stream at byte"), std::string::npos)
      << err;
  EXPECT_NE(err.find("h_truncated.jsonl.gz: truncated gzip stream at byte"), std::string::npos)
      << err;
  EXPECT_NE(err.find("i_latin1.txt: invalid UTF-8 (3 bytes decoded as Windows-1252)"),
            std::string::npos)
      << err;
}

TEST_F(BadInput, TruncatedStreamsAreIndexedUpToTheDamage) {
  for (const char* tag : {"zst", "gz"}) {
    ProgramResult r = run_program(ROSTRA_SEARCH_BIN, {"--db", db_, "--json", "--limit", "0", tag});
    std::size_t at = r.out.find("\"matches\":");
    ASSERT_NE(at, std::string::npos) << r.out;
    int matches = std::stoi(r.out.substr(at + 10));
    // Two thirds of the stream: the articles of every block before the damage (zstd decodes
    // in blocks of 128 KiB, gzip nearly byte by byte).
    EXPECT_GT(matches, 500) << tag;
    EXPECT_LT(matches, 3000) << tag;
  }
}

TEST_F(BadInput, RepairedTextIsIndexedAsWhatItMeant) {
  ProgramResult r = run_program(ROSTRA_SEARCH_BIN, {"--db", db_, "--json", "\"café owners\""});
  EXPECT_NE(r.out.find("\"matches\":1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("£5"), std::string::npos) << r.out;
}

TEST_F(BadInput, TitleOnlyArticleIsIndexedAndCountedApart) {
  EXPECT_NE(run_->out.find("; 1 with a title and no text"), std::string::npos) << run_->out;
  ProgramResult r =
      run_program(ROSTRA_SEARCH_BIN, {"--db", db_, "--json", "--limit", "0", "title:\"only a\""});
  EXPECT_NE(r.out.find("\"matches\":1"), std::string::npos) << r.out;
}

TEST_F(BadInput, SummaryCountsAndRejectsFileListEveryReject) {
  EXPECT_NE(run_->out.find("rejected 8"), std::string::npos) << run_->out;
  std::ifstream in(rejects_);
  std::string line;
  int lines = 0;
  while (std::getline(in, line)) {
    ++lines;
    EXPECT_NE(line.find("\"file\":"), std::string::npos) << line;
    EXPECT_NE(line.find("\"reason\":"), std::string::npos) << line;
    EXPECT_NE(line.find("\"record\":"), std::string::npos) << line;
    // The rejected record itself: the broken CSV row, the cut array element, the JSON line
    // of 50 MiB (cut to 4 KiB).
    if (line.find("c_broken_quoting") != std::string::npos) {
      EXPECT_NE(line.find("Broken row"), std::string::npos) << line;
    }
    if (line.find("j_truncated_array") != std::string::npos) {
      EXPECT_NE(line.find("Array arr three"), std::string::npos) << line;
    }
    EXPECT_LT(line.size(), 6000u);
  }
  EXPECT_EQ(lines, 8);
}

TEST_F(BadInput, ThreadCountDoesNotChangeTheIndex) {
  testing::TempDir other;
  fs::path in = dir_->path() / "in";
  std::string one = (other.path() / "one").string();
  std::string two = (other.path() / "two").string();
  ProgramResult a = run_program(ROSTRA_INDEX_BIN, {"--db", one, "-j", "1", "-q", in.string()});
  ProgramResult b = run_program(ROSTRA_INDEX_BIN, {"--db", two, "-j", "2", "-q", in.string()});
  EXPECT_EQ(a.exit_status, b.exit_status);
  ReadableIndex x = open_index_for_reading(one);
  ReadableIndex y = open_index_for_reading(two);
  ASSERT_EQ(x.articles.get_doccount(), y.articles.get_doccount());
  for (Xapian::docid id = 1; id <= x.articles.get_lastdocid(); ++id) {
    EXPECT_EQ(x.articles.get_document(id).get_data(), y.articles.get_document(id).get_data()) << id;
  }
}

}  // namespace
}  // namespace rostra
