#pragma once
// Documents that look like news articles to an index, written by Xapian and by the bulk glass
// writer, and the comparison of two databases through every part of Xapian's public API: what
// the glass writer's tests and its golden-database tests share.

#include <gtest/gtest.h>
#include <xapian.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "common/glass/glass_database_writer.h"
#include "tests/support/program_runner.h"

namespace rostra::test {

namespace fs = std::filesystem;

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

inline std::vector<std::string> vocabulary() {
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

inline Corpus make_corpus(std::size_t count, std::uint32_t seed, std::size_t max_words = 400) {
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

inline Xapian::Document to_xapian(const BulkDocument& doc) {
  Xapian::Document out;
  for (const auto& [term, wdf] : doc.terms) out.add_term(term, wdf);
  for (const auto& [slot, value] : doc.values) out.add_value(slot, value);
  out.set_data(doc.data);
  return out;
}

inline void write_with_xapian(const fs::path& path, const Corpus& corpus) {
  Xapian::WritableDatabase db(path.string(),
                              Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
  for (const BulkDocument& doc : corpus.docs) db.add_document(to_xapian(doc));
  for (Xapian::docid did : corpus.deleted) db.delete_document(did);
  db.set_metadata("removed", "soon gone");
  for (const auto& [key, value] : corpus.metadata) db.set_metadata(key, value);
  db.commit();
}

inline void write_with_bulk_writer(const fs::path& path, const Corpus& corpus,
                                   GlassBackend backend = GlassBackend::kOwnWriter) {
  GlassDatabaseWriter writer(path.string(), backend);
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

inline std::string xapian_check(const fs::path& path) {
  rostra::testing::ProgramResult result =
      rostra::testing::run_program("xapian-check", {path.string()});
  EXPECT_EQ(result.exit_status, 0) << result.out << result.err;
  return result.out;
}

inline std::vector<std::pair<Xapian::docid, Xapian::termcount>> postings(const Xapian::Database& db,
                                                                         const std::string& term) {
  std::vector<std::pair<Xapian::docid, Xapian::termcount>> out;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) {
    out.emplace_back(*it, it.get_wdf());
    EXPECT_EQ(it.get_doclength(), db.get_doclength(*it)) << term;
  }
  return out;
}

inline void expect_same_terms(const Xapian::Database& want, const Xapian::Database& got) {
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

inline void expect_same_documents(const Xapian::Database& want, const Xapian::Database& got,
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

inline void expect_same_values(const Xapian::Database& want, const Xapian::Database& got,
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

inline void expect_same_contents(const Xapian::Database& want, const Xapian::Database& got) {
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

}  // namespace rostra::test
