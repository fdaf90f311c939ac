// GlassDatabaseWriter against Xapian's own WritableDatabase: the same documents written
// both ways must read the same through every part of Xapian's public API, pass
// xapian-check, take later updates and compact alike.
#include "common/glass/glass_database_writer.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <xapian.h>

#include <csignal>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "common/base/errors.h"
#include "tests/support/glass_table_dump.h"
#include "tests/support/program_runner.h"
#include "tests/support/test_support.h"

namespace rostra {
namespace {

namespace fs = std::filesystem;
using test::TempDir;

// ---------------------------------------------------------------------------------------
// Documents that look like news articles to an index: Zipf-distributed words in English
// and Russian with stemmed copies, title terms, wdf-0 boolean terms, some very long terms,
// some large wdf; values in several slots (binary ones too, some documents without any);
// data from empty to well over a block.

struct Corpus {
  std::vector<BulkDocument> docs;
  std::vector<Xapian::docid> deleted;  // In the order to delete them.
  std::map<std::string, std::string> metadata;
};

std::vector<std::string> vocabulary() {
  const char* words[] = {"the",     "of",        "and",     "president",  "minister", "said",
                         "war",     "peace",     "talks",   "sanctions",  "election", "vote",
                         "kremlin", "moscow",    "kyiv",    "washington", "summit",   "treaty",
                         "economy", "inflation", "budget",  "parliament", "court",    "ruling",
                         "россия",  "президент", "заявил",  "переговоры", "санкции",  "выборы",
                         "война",   "мир",       "министр", "экономика",  "суд",      "ёлка"};
  std::vector<std::string> out;
  for (const char* w : words) out.emplace_back(w);
  for (int i = 0; out.size() < 6000; ++i) {
    out.push_back(std::string(words[i % std::size(words)]) + std::to_string(i / 7));
  }
  return out;
}

Corpus make_corpus(std::size_t count, std::uint32_t seed, std::size_t max_words = 400) {
  static const std::vector<std::string> words = vocabulary();
  std::mt19937 rng(seed);
  std::vector<double> weights(words.size());
  for (std::size_t i = 0; i < weights.size(); ++i) weights[i] = 1.0 / static_cast<double>(i + 1);
  std::discrete_distribution<std::size_t> zipf(weights.begin(), weights.end());
  const char* outlets[] = {"Reuters", "TASS", "Meduza", "The Moscow Times", "BBC"};

  Corpus corpus;
  for (std::size_t n = 0; n < count; ++n) {
    std::map<std::string, Xapian::termcount> terms;
    const std::size_t length = rng() % max_words;
    for (std::size_t i = 0; i < length; ++i) {
      const std::string& w = words[zipf(rng)];
      ++terms[w];
      ++terms["Z" + w.substr(0, std::max<std::size_t>(3, w.size() - 2))];
      if (i < 8) ++terms["S" + w];
    }
    terms["Q" + std::to_string(n)] = 0;
    terms["XOUTLET" + std::string(outlets[rng() % std::size(outlets)])] = 0;
    if (rng() % 7 == 0) terms["XCG" + std::string(rng() % 200 + 40, 'a' + rng() % 3)] = 1;
    if (rng() % 9 == 0) {
      std::string long_term = "Zя";
      while (long_term.size() + 2 <= 240) long_term += "я";
      terms[long_term] = 1 + rng() % 3;
    }
    if (rng() % 11 == 0) terms["XLANG" + std::to_string(rng() % 3)] = 0;
    // Zero bytes inside and at the start of a term (glass escapes them in keys).
    if (rng() % 13 == 0) terms[std::string("XH\0", 3) + std::to_string(rng() % 20)] = 2;
    if (rng() % 17 == 0) terms[std::string("\0lead", 5)] = 1;
    if (rng() % 23 == 0) terms["heavy"] = 128 + rng() % 100000;
    if (n == 5) terms.clear();  // A document without terms.
    if (n == 6) {
      terms = {{"Qonly-boolean", 0}, {"XKINDnote", 0}};  // Terms, but length zero.
    }

    BulkDocument doc;
    for (const auto& [term, wdf] : terms) doc.terms.emplace_back(term, wdf);
    std::shuffle(doc.terms.begin(), doc.terms.end(), rng);
    if (rng() % 10 != 0) {
      doc.values.emplace_back(0, std::to_string(20000101 + rng() % 250000));
      doc.values.emplace_back(1, outlets[rng() % std::size(outlets)]);
      if (rng() % 3 == 0) doc.values.emplace_back(2, "Vladimir Putin\x1fДмитрий Песков");
      doc.values.emplace_back(3, rng() % 2 ? "en" : "ru");
      std::string hash(8, '\0');
      for (char& c : hash) c = static_cast<char>(rng() % 4 == 0 ? 0 : rng());
      doc.values.emplace_back(4, hash);
      if (rng() % 5 == 0) doc.values.emplace_back(300, "slot-300");
      if (rng() % 6 == 0) doc.values.emplace_back(7, "");  // Empty: ignored, as by Xapian.
      std::shuffle(doc.values.begin(), doc.values.end(), rng);
    }
    const unsigned kind = rng() % 20;
    const std::size_t data_size = kind < 4 ? 0 : kind < 6 ? 8193 + rng() % 40000 : rng() % 2500;
    doc.data.resize(data_size);
    for (char& c : doc.data) c = static_cast<char>(rng() % 3 == 0 ? rng() : 'a' + rng() % 26);
    corpus.docs.push_back(std::move(doc));
  }
  for (Xapian::docid did = 3; did < count; did += 13) corpus.deleted.push_back(did);
  corpus.deleted.push_back(static_cast<Xapian::docid>(count));  // The last one too.
  corpus.metadata = {{"schema", "7"},
                     {"\x01binary key", std::string("\0\xff\x80", 3)},
                     {"large", std::string(12000, 'm')},
                     {"removed", ""}};
  return corpus;
}

Xapian::Document to_xapian(const BulkDocument& doc) {
  Xapian::Document out;
  for (const auto& [term, wdf] : doc.terms) out.add_term(term, wdf);
  for (const auto& [slot, value] : doc.values) out.add_value(slot, value);
  out.set_data(doc.data);
  return out;
}

void write_with_xapian(const fs::path& path, const Corpus& corpus) {
  Xapian::WritableDatabase db(path.string(),
                              Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
  for (const BulkDocument& doc : corpus.docs) db.add_document(to_xapian(doc));
  for (Xapian::docid did : corpus.deleted) db.delete_document(did);
  db.set_metadata("removed", "soon gone");
  for (const auto& [key, value] : corpus.metadata) db.set_metadata(key, value);
  db.commit();
}

void write_with_bulk_writer(const fs::path& path, const Corpus& corpus) {
  GlassDatabaseWriter writer(path.string());
  for (std::size_t i = 0; i < corpus.docs.size(); ++i) {
    ASSERT_EQ(writer.add_document(corpus.docs[i]), i + 1);
  }
  for (Xapian::docid did : corpus.deleted) writer.delete_document(did);
  writer.set_metadata("removed", "soon gone");
  for (const auto& [key, value] : corpus.metadata) writer.set_metadata(key, value);
  EXPECT_EQ(writer.doccount(), corpus.docs.size() - corpus.deleted.size());
  writer.finish();
}

// ---------------------------------------------------------------------------------------
// Comparison through the public API.

std::string xapian_check(const fs::path& path) {
  testing::ProgramResult result = testing::run_program("xapian-check", {path.string()});
  EXPECT_EQ(result.exit_status, 0) << result.out << result.err;
  return result.out;
}

std::vector<std::pair<Xapian::docid, Xapian::termcount>> postings(const Xapian::Database& db,
                                                                  const std::string& term) {
  std::vector<std::pair<Xapian::docid, Xapian::termcount>> out;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    out.emplace_back(*it, it.get_wdf());
    EXPECT_EQ(it.get_doclength(), db.get_doclength(*it)) << term;
  }
  return out;
}

void expect_same_terms(const Xapian::Database& want, const Xapian::Database& got) {
  auto w = want.allterms_begin();
  auto g = got.allterms_begin();
  std::size_t compared = 0;
  for (; w != want.allterms_end() && g != got.allterms_end(); ++w, ++g, ++compared) {
    const std::string term = *w;
    ASSERT_EQ(*g, term);
    ASSERT_EQ(g.get_termfreq(), w.get_termfreq()) << term;
    ASSERT_EQ(got.get_collection_freq(term), want.get_collection_freq(term)) << term;
    ASSERT_EQ(got.get_wdf_upper_bound(term), want.get_wdf_upper_bound(term)) << term;
    ASSERT_EQ(postings(got, term), postings(want, term)) << term;
    if (w.get_termfreq() > 500) {
      // Long lists span chunks: skipping must land on the same postings.
      for (Xapian::docid target = 1; target < want.get_lastdocid(); target += 97) {
        auto wp = want.postlist_begin(term), gp = got.postlist_begin(term);
        wp.skip_to(target);
        gp.skip_to(target);
        ASSERT_EQ(gp == got.postlist_end(term), wp == want.postlist_end(term)) << term;
        if (wp != want.postlist_end(term)) {
          ASSERT_EQ(*gp, *wp) << term << " " << target;
        }
      }
    }
  }
  EXPECT_TRUE(w == want.allterms_end());
  EXPECT_TRUE(g == got.allterms_end());
  EXPECT_EQ(compared > 0, want.get_doccount() > 0);
}

void expect_same_documents(const Xapian::Database& want, const Xapian::Database& got,
                           std::set<Xapian::valueno>& slots) {
  for (Xapian::docid did = 1; did <= want.get_lastdocid() + 1; ++did) {
    SCOPED_TRACE("docid " + std::to_string(did));
    Xapian::Document w, g;
    bool w_exists = true, g_exists = true;
    try {
      w = want.get_document(did);
    } catch (const Xapian::DocNotFoundError&) {
      w_exists = false;
    }
    try {
      g = got.get_document(did);
    } catch (const Xapian::DocNotFoundError&) {
      g_exists = false;
    }
    ASSERT_EQ(g_exists, w_exists);
    if (!w_exists) continue;
    ASSERT_EQ(g.get_data(), w.get_data());
    ASSERT_EQ(got.get_doclength(did), want.get_doclength(did));
    ASSERT_EQ(got.get_unique_terms(did), want.get_unique_terms(did));
    std::vector<std::pair<std::string, Xapian::termcount>> wt, gt;
    for (auto it = want.termlist_begin(did); it != want.termlist_end(did); ++it) {
      wt.emplace_back(*it, it.get_wdf());
    }
    for (auto it = got.termlist_begin(did); it != got.termlist_end(did); ++it) {
      gt.emplace_back(*it, it.get_wdf());
    }
    ASSERT_EQ(gt, wt);
    std::vector<std::pair<Xapian::valueno, std::string>> wv, gv;
    for (auto it = w.values_begin(); it != w.values_end(); ++it) {
      wv.emplace_back(it.get_valueno(), *it);
      slots.insert(it.get_valueno());
    }
    for (auto it = g.values_begin(); it != g.values_end(); ++it) {
      gv.emplace_back(it.get_valueno(), *it);
    }
    ASSERT_EQ(gv, wv);
  }
}

void expect_same_values(const Xapian::Database& want, const Xapian::Database& got,
                        std::set<Xapian::valueno> slots) {
  slots.insert({0, 1, 2, 3, 4, 7, 300, 1000});  // Also slots never or no longer used.
  for (Xapian::valueno slot : slots) {
    SCOPED_TRACE("slot " + std::to_string(slot));
    EXPECT_EQ(got.get_value_freq(slot), want.get_value_freq(slot));
    EXPECT_EQ(got.get_value_lower_bound(slot), want.get_value_lower_bound(slot));
    EXPECT_EQ(got.get_value_upper_bound(slot), want.get_value_upper_bound(slot));
    std::vector<std::pair<Xapian::docid, std::string>> ws, gs;
    for (auto it = want.valuestream_begin(slot); it != want.valuestream_end(slot); ++it) {
      ws.emplace_back(it.get_docid(), *it);
    }
    for (auto it = got.valuestream_begin(slot); it != got.valuestream_end(slot); ++it) {
      gs.emplace_back(it.get_docid(), *it);
    }
    EXPECT_EQ(gs, ws);
    if (ws.size() > 10) {
      auto wi = want.valuestream_begin(slot), gi = got.valuestream_begin(slot);
      const Xapian::docid target = ws[ws.size() / 2].first + 1;
      wi.skip_to(target);
      gi.skip_to(target);
      ASSERT_TRUE(wi != want.valuestream_end(slot));
      EXPECT_EQ(gi.get_docid(), wi.get_docid());
    }
  }
}

void expect_same_contents(const Xapian::Database& want, const Xapian::Database& got) {
  EXPECT_EQ(got.get_doccount(), want.get_doccount());
  EXPECT_EQ(got.get_lastdocid(), want.get_lastdocid());
  EXPECT_EQ(got.get_total_length(), want.get_total_length());
  EXPECT_EQ(got.get_avlength(), want.get_avlength());
  EXPECT_EQ(got.get_doclength_lower_bound(), want.get_doclength_lower_bound());
  EXPECT_EQ(got.get_doclength_upper_bound(), want.get_doclength_upper_bound());
  EXPECT_EQ(got.has_positions(), want.has_positions());
  EXPECT_FALSE(got.has_positions());
  expect_same_terms(want, got);
  std::set<Xapian::valueno> slots;
  expect_same_documents(want, got, slots);
  expect_same_values(want, got, slots);
  std::vector<std::pair<std::string, std::string>> wm, gm;
  for (auto it = want.metadata_keys_begin(); it != want.metadata_keys_end(); ++it) {
    wm.emplace_back(*it, want.get_metadata(*it));
  }
  for (auto it = got.metadata_keys_begin(); it != got.metadata_keys_end(); ++it) {
    gm.emplace_back(*it, got.get_metadata(*it));
  }
  EXPECT_EQ(gm, wm);
}

// ---------------------------------------------------------------------------------------

TEST(GlassDatabaseWriter, WritesADatabaseXapianOpensAndXapianCheckFindsClean) {
  TempDir dir;
  const fs::path path = dir.path() / "db";
  GlassDatabaseWriter writer(path.string());
  BulkDocument doc;
  doc.terms = {{"world", 2}, {"hello", 1}, {"Qid1", 0}};
  doc.values = {{3, "v3"}, {0, "v0"}};
  doc.data = "hello world";
  EXPECT_EQ(writer.add_document(doc), 1u);
  EXPECT_EQ(writer.doccount(), 1u);
  writer.finish();

  Xapian::Database db(path.string());
  EXPECT_EQ(db.get_doccount(), 1u);
  EXPECT_EQ(db.get_document(1).get_data(), "hello world");
  EXPECT_EQ(db.get_doclength(1), 3u);
  EXPECT_EQ(db.get_termfreq("world"), 1u);
  EXPECT_EQ(db.get_document(1).get_value(3), "v3");
  EXPECT_FALSE(db.has_positions());
  EXPECT_NE(xapian_check(path).find("No errors found"), std::string::npos);
  EXPECT_TRUE(fs::exists(path / "termlist.glass"));
  EXPECT_FALSE(fs::exists(path / "position.glass"));  // Glass creates it lazily.
}

TEST(GlassDatabaseWriter, MatchesXapiansOwnDatabaseThroughThePublicApi) {
  TempDir dir;
  const Corpus corpus = make_corpus(600, 1);
  write_with_xapian(dir.path() / "xapian", corpus);
  write_with_bulk_writer(dir.path() / "bulk", corpus);
  EXPECT_NE(xapian_check(dir.path() / "bulk").find("No errors found"), std::string::npos);
  expect_same_contents(Xapian::Database((dir.path() / "xapian").string()),
                       Xapian::Database((dir.path() / "bulk").string()));
}

// Stronger than the API: the tables hold the very same keys and tags (chunk boundaries
// included) and the version file the same statistics, e.g. the wdf upper bound that only
// shows in weighting. Only the layout of items in blocks and the compression differ.
TEST(GlassDatabaseWriter, StoresTheSameKeysAndTagsAndStatisticsAsXapian) {
  TempDir dir;
  const Corpus corpus = make_corpus(600, 7);
  write_with_xapian(dir.path() / "xapian", corpus);
  write_with_bulk_writer(dir.path() / "bulk", corpus);
  for (int table = 0; table < 3; ++table) {
    SCOPED_TRACE("table " + std::to_string(table));
    const auto want = test::read_glass_table(dir.path() / "xapian", table);
    const auto got = test::read_glass_table(dir.path() / "bulk", table);
    EXPECT_GT(want.size(), 100u);
    ASSERT_EQ(got.size(), want.size());
    for (auto w = want.begin(), g = got.begin(); w != want.end(); ++w, ++g) {
      ASSERT_EQ(g->first, w->first);
      ASSERT_EQ(g->second, w->second) << "key of " << w->first.size() << " bytes";
    }
  }
  EXPECT_EQ(test::read_glass_version(dir.path() / "bulk").stats,
            test::read_glass_version(dir.path() / "xapian").stats);
}

TEST(GlassDatabaseWriter, MatchesXapianOnLargeInputsWithDeepTreesAndMultiChunkPostlists) {
  TempDir dir;
  const Corpus corpus = make_corpus(6000, 2, 250);
  write_with_xapian(dir.path() / "xapian", corpus);
  write_with_bulk_writer(dir.path() / "bulk", corpus);
  const std::string check = xapian_check(dir.path() / "bulk");
  EXPECT_NE(check.find("No errors found"), std::string::npos) << check;
  // docdata (tags split over blocks) needs three levels; the postlist many leaf blocks.
  EXPECT_NE(check.find("levels=2"), std::string::npos) << check;
  Xapian::Database bulk((dir.path() / "bulk").string());
  EXPECT_GT(bulk.get_termfreq("the"), 4000u);  // Its postlist spans several chunks.
  expect_same_contents(Xapian::Database((dir.path() / "xapian").string()), bulk);
}

TEST(GlassDatabaseWriter, WritesAnEmptyDatabaseWhenGivenNothing) {
  TempDir dir;
  GlassDatabaseWriter((dir.path() / "empty").string()).finish();
  Xapian::Database db((dir.path() / "empty").string());
  EXPECT_EQ(db.get_doccount(), 0u);
  EXPECT_EQ(db.get_lastdocid(), 0u);
  EXPECT_TRUE(db.allterms_begin() == db.allterms_end());
  xapian_check(dir.path() / "empty");
}

TEST(GlassDatabaseWriter, MatchesXapianWhenEveryDocumentIsDeleted) {
  TempDir dir;
  Corpus corpus = make_corpus(20, 3);
  corpus.deleted.clear();
  for (Xapian::docid did = 20; did >= 1; --did) corpus.deleted.push_back(did);
  write_with_xapian(dir.path() / "xapian", corpus);
  write_with_bulk_writer(dir.path() / "bulk", corpus);
  xapian_check(dir.path() / "bulk");
  expect_same_contents(Xapian::Database((dir.path() / "xapian").string()),
                       Xapian::Database((dir.path() / "bulk").string()));
}

// Xapian's own updates on both databases: replace by id term, delete by id term, add.
void update_with_xapian(const fs::path& path, const Corpus& corpus) {
  Xapian::WritableDatabase db(path.string(), Xapian::DB_OPEN);
  for (std::size_t n = 10; n < 300; n += 29) {
    BulkDocument changed = corpus.docs[n + 1];
    changed.data = "replaced " + std::to_string(n);
    db.replace_document("Q" + std::to_string(n), to_xapian(changed));
  }
  for (std::size_t n = 20; n < 300; n += 31) db.delete_document("Q" + std::to_string(n));
  for (std::size_t n = 0; n < 40; ++n) db.add_document(to_xapian(corpus.docs[n]));
  db.set_metadata("schema", "8");
  db.commit();
}

TEST(GlassDatabaseWriter, LeavesADatabaseXapianCanUpdate) {
  TempDir dir;
  const Corpus corpus = make_corpus(300, 4);
  write_with_xapian(dir.path() / "xapian", corpus);
  write_with_bulk_writer(dir.path() / "bulk", corpus);
  update_with_xapian(dir.path() / "xapian", corpus);
  update_with_xapian(dir.path() / "bulk", corpus);
  const std::string check = xapian_check(dir.path() / "bulk");
  EXPECT_NE(check.find("No errors found"), std::string::npos) << check;
  Xapian::Database bulk((dir.path() / "bulk").string());
  EXPECT_GE(bulk.get_lastdocid(), 340u);
  EXPECT_EQ(bulk.get_metadata("schema"), "8");
  EXPECT_EQ(bulk.get_termfreq("Q51"), 0u);
  EXPECT_EQ(bulk.get_document(11).get_data(), "replaced 10");
  expect_same_contents(Xapian::Database((dir.path() / "xapian").string()), bulk);
}

TEST(GlassDatabaseWriter, CompactsLikeXapiansOwnDatabases) {
  TempDir dir;
  Xapian::Database xapian_sources, bulk_sources;
  for (std::uint32_t part = 0; part < 3; ++part) {
    const Corpus corpus = make_corpus(150 + 40 * part, 10 + part);
    const std::string name = std::to_string(part);
    write_with_xapian(dir.path() / ("xapian" + name), corpus);
    write_with_bulk_writer(dir.path() / ("bulk" + name), corpus);
    xapian_sources.add_database(Xapian::Database((dir.path() / ("xapian" + name)).string()));
    bulk_sources.add_database(Xapian::Database((dir.path() / ("bulk" + name)).string()));
  }
  xapian_sources.compact((dir.path() / "xapian-compact").string());
  bulk_sources.compact((dir.path() / "bulk-compact").string());
  const std::string check = xapian_check(dir.path() / "bulk-compact");
  EXPECT_NE(check.find("No errors found"), std::string::npos) << check;
  expect_same_contents(Xapian::Database((dir.path() / "xapian-compact").string()),
                       Xapian::Database((dir.path() / "bulk-compact").string()));
}

// The rule a caller must follow to renumber its own side data after compacting writer
// outputs: sources are concatenated in order; each source's docids are shifted so that its
// lowest remaining docid follows the previous source's highest remaining docid. Deleted
// docids before a source's first or after its last remaining document are dropped; gaps
// between remaining documents are kept.
TEST(GlassDatabaseWriter, CompactionDropsLeadingAndTrailingDeletedDocidsButKeepsGaps) {
  TempDir dir;
  auto write = [&](const std::string& name, std::size_t count, std::vector<Xapian::docid> deleted) {
    GlassDatabaseWriter writer((dir.path() / name).string());
    for (std::size_t i = 1; i <= count; ++i) {
      BulkDocument doc;
      doc.terms = {{"Q" + name + "-" + std::to_string(i), 0}, {"word", 1}};
      writer.add_document(doc);
    }
    for (Xapian::docid did : deleted) writer.delete_document(did);
    writer.finish();
  };
  write("a", 5, {5});     // lastdocid 5, the last deleted: keeps docids 1..4.
  write("b", 3, {});      // docids 1..3.
  write("c", 6, {1, 4});  // a leading and an inner gap: 2, 3, 5, 6.
  Xapian::Database sources;
  for (const char* name : {"a", "b", "c"}) {
    sources.add_database(Xapian::Database((dir.path() / name).string()));
  }
  sources.compact((dir.path() / "compact").string());
  Xapian::Database compact((dir.path() / "compact").string());
  auto docid_of = [&](const std::string& id) {
    Xapian::PostingIterator it = compact.postlist_begin("Q" + id);
    return it == compact.postlist_end("Q" + id) ? Xapian::docid{0} : *it;
  };
  EXPECT_EQ(docid_of("a-1"), 1u);
  EXPECT_EQ(docid_of("a-4"), 4u);
  EXPECT_EQ(docid_of("b-1"), 5u);  // a's deleted docid 5 is not kept.
  EXPECT_EQ(docid_of("b-3"), 7u);
  EXPECT_EQ(docid_of("c-2"), 8u);  // c's leading deleted docid 1 is dropped...
  EXPECT_EQ(docid_of("c-3"), 9u);
  EXPECT_EQ(docid_of("c-5"), 11u);  // ...but its inner gap (docid 4) is kept.
  EXPECT_EQ(docid_of("c-6"), 12u);
  EXPECT_EQ(compact.get_doccount(), 11u);
  EXPECT_EQ(compact.get_lastdocid(), 12u);
}

TEST(GlassDatabaseWriter, RefusesAPathThatIsNotAnEmptyDirectory) {
  TempDir dir;
  dir.write("file", "x");
  EXPECT_THROW(GlassDatabaseWriter((dir.path() / "file").string()), DatabaseError);
  EXPECT_THROW(GlassDatabaseWriter(dir.path().string()), DatabaseError);

  const fs::path later = dir.path() / "later";
  GlassDatabaseWriter writer(later.string());
  writer.add_document(BulkDocument{{{"term", 1}}, {}, ""});
  fs::create_directory(later);
  fs::copy_file(dir.path() / "file", later / "unrelated");
  try {
    writer.finish();
    FAIL() << "finish() wrote into a non-empty directory";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find(later.string()), std::string::npos) << e.what();
  }
  EXPECT_TRUE(fs::exists(later / "unrelated"));
  EXPECT_FALSE(fs::exists(later / "iamglass"));
}

// Lowers the file size limit for the test's lifetime, so that writes fail with EFBIG.
class FileSizeLimit {
 public:
  explicit FileSizeLimit(rlim_t bytes) {
    getrlimit(RLIMIT_FSIZE, &saved_);
    previous_handler_ = std::signal(SIGXFSZ, SIG_IGN);
    rlimit lowered = saved_;
    lowered.rlim_cur = bytes;
    setrlimit(RLIMIT_FSIZE, &lowered);
  }
  ~FileSizeLimit() {
    setrlimit(RLIMIT_FSIZE, &saved_);
    std::signal(SIGXFSZ, previous_handler_);
  }

 private:
  rlimit saved_{};
  void (*previous_handler_)(int);
};

TEST(GlassDatabaseWriter, LeavesNothingThatLooksLikeADatabaseWhenWritingFails) {
  TempDir dir;
  const fs::path path = dir.path() / "db";
  const Corpus corpus = make_corpus(200, 5);
  GlassDatabaseWriter writer(path.string());
  for (const BulkDocument& doc : corpus.docs) writer.add_document(doc);
  try {
    FileSizeLimit limit(64 * 1024);
    writer.finish();
    FAIL() << "finish() succeeded beyond the file size limit";
  } catch (const DatabaseError& e) {
    EXPECT_NE(std::string(e.what()).find(path.string()), std::string::npos) << e.what();
  }
  EXPECT_FALSE(fs::exists(path / "iamglass"));
  EXPECT_FALSE(fs::exists(path / "postlist.glass"));
  EXPECT_THROW(Xapian::Database(path.string()), Xapian::DatabaseOpeningError);
}

TEST(GlassDatabaseWriter, RejectsBadDocumentsWithoutAddingAnything) {
  TempDir dir;
  GlassDatabaseWriter writer((dir.path() / "db").string());
  EXPECT_THROW(writer.add_document(BulkDocument{{{"a", 1}, {"b", 1}, {"a", 2}}, {}, ""}),
               std::invalid_argument);
  EXPECT_THROW(writer.add_document(BulkDocument{{{std::string(246, 'x'), 1}}, {}, ""}),
               std::invalid_argument);
  EXPECT_THROW(writer.add_document(BulkDocument{{{"", 1}}, {}, ""}), std::invalid_argument);
  // 130 zero bytes make a 260-byte key: Xapian would fail at commit.
  EXPECT_THROW(writer.add_document(BulkDocument{{{std::string(130, '\0'), 1}}, {}, ""}),
               std::invalid_argument);
  EXPECT_THROW(writer.add_document(BulkDocument{{{"a", 1}}, {{2, "x"}, {2, "y"}}, ""}),
               std::invalid_argument);
  EXPECT_THROW(writer.delete_document(1), std::invalid_argument);
  EXPECT_THROW(writer.set_metadata("", "x"), std::invalid_argument);
  EXPECT_EQ(writer.add_document(BulkDocument{{{"a", 1}, {"b", 2}}, {{2, "x"}}, "d"}), 1u);
  writer.delete_document(1);
  EXPECT_THROW(writer.delete_document(1), std::invalid_argument);
  EXPECT_EQ(writer.add_document(BulkDocument{{{"a", 3}}, {}, ""}), 2u);
  writer.finish();
  EXPECT_THROW(writer.add_document(BulkDocument{}), std::logic_error);

  Xapian::Database db((dir.path() / "db").string());
  EXPECT_EQ(db.get_doccount(), 1u);
  EXPECT_EQ(db.get_termfreq("a"), 1u);
  EXPECT_EQ(db.get_collection_freq("a"), 3u);
  EXPECT_EQ(db.get_termfreq("b"), 0u);
  EXPECT_TRUE(db.allterms_begin("b") == db.allterms_end("b"));
  EXPECT_EQ(db.get_value_freq(2), 0u);
}

TEST(GlassDatabaseWriter, EstimatesTheMemoryItHolds) {
  TempDir dir;
  const Corpus corpus = make_corpus(2000, 6);
  GlassDatabaseWriter writer((dir.path() / "db").string());
  std::size_t input_bytes = 0;
  std::size_t postings = 0;
  for (const BulkDocument& doc : corpus.docs) {
    writer.add_document(doc);
    input_bytes += doc.data.size();
    postings += doc.terms.size();
    for (const auto& [slot, value] : doc.values) input_bytes += value.size();
  }
  // At least the data and values, plus a term id and some posting bytes per posting; at
  // most a few times that (buffers grow by doubling; pages are 1 MiB).
  const std::size_t floor = input_bytes + postings * 6;
  EXPECT_GE(writer.memory_bytes(), floor);
  EXPECT_LE(writer.memory_bytes(), 3 * floor + (8u << 20));
  writer.finish();
  EXPECT_LT(writer.memory_bytes(), 16u * 1024);  // finish() let everything go.
}

}  // namespace
}  // namespace rostra
