// Rostra against stock Xapian (TermGenerator + QueryParser, their defaults) and SQLite FTS5
// (unicode61 + porter), on the same articles and queries, in one run.
//
// Corpus: $ROSTRA_BENCH_CORPUS (JSON Lines, optionally .zst, e.g. from rostra-corpus-gen),
// else 2,000 articles generated from corpus/sample. $ROSTRA_BENCH_ARTICLES caps how many are
// used; $ROSTRA_BENCH_REPS (default 5) sets how often each query runs.
//
// Each query class runs its queries in turn; counters give p50/p95/p99 latency in ms,
// queries per second, and the total hit count (checked non-zero after an untimed warm-up,
// so a broken path cannot look fast).
#include <benchmark/benchmark.h>
#include <sqlite3.h>
#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <random>
#include <sstream>

#include "common/index/database.h"
#include "common/ingest/indexer.h"
#include "common/input/input_reader.h"
#include "common/input/metadata/article_metadata.h"
#include "common/input/metadata/outlet_table.h"
#include "common/quotes/speaker_aliases.h"
#include "common/search/search.h"
#include "corpus_generator.h"

namespace rostra::bench {
namespace {

namespace fs = std::filesystem;

std::string env(const char* name, const std::string& fallback) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : fallback;
}

// ROSTRA_BENCH_WORK_DIR names the directory of the indexes: the one of an earlier run lets
// `--benchmark_filter=BM_Query` time queries again over the indexes it built.
fs::path work_dir() {
  static fs::path dir = [] {
    std::string given = env("ROSTRA_BENCH_WORK_DIR", "");
    if (!given.empty()) return fs::path(given);
    fs::path d = fs::temp_directory_path() / ("rostra-peer-bench-" + std::to_string(::getpid()));
    fs::create_directories(d);
    return d;
  }();
  return dir;
}

fs::path corpus_path() {
  static fs::path path = [] {
    std::string given = env("ROSTRA_BENCH_CORPUS", "");
    if (!given.empty()) return fs::path(given);
    fs::path generated = work_dir() / "corpus.jsonl";
    CorpusModel model = learn_corpus_model({fs::path(ROSTRA_SOURCE_DIR) / "corpus" / "sample"});
    std::ofstream out(generated);
    generate_corpus(model, 2000, 1, out);
    return generated;
  }();
  return path;
}

const std::vector<Article>& articles() {
  static std::vector<Article> all = [] {
    std::vector<Article> out;
    std::size_t cap = std::stoul(env("ROSTRA_BENCH_ARTICLES", "1000000000"));
    OutletTable outlets = load_outlet_table(ROSTRA_SOURCE_DIR "/corpus/outlets.tsv");
    ReaderSink sink;
    sink.article = [&](Article&& a) {
      if (out.size() >= cap) return;
      resolve_metadata(a, outlets);
      out.push_back(std::move(a));
    };
    sink.issue = [](InputIssue&&) {};
    InputStats stats;
    read_inputs({corpus_path()}, sink, stats);
    return out;
  }();
  return all;
}

std::size_t text_bytes() {
  static std::size_t bytes = [] {
    std::size_t total = 0;
    for (const Article& a : articles()) total += a.title.size() + a.lead.size() + a.body.size();
    return total;
  }();
  return bytes;
}

std::uint64_t directory_bytes(const fs::path& dir) {
  std::uint64_t total = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) total += entry.file_size();
  }
  return total;
}

void report_indexing(benchmark::State& state, double seconds, std::uint64_t size) {
  state.counters["articles_per_s"] = static_cast<double>(articles().size()) / seconds;
  state.counters["text_MB_per_s"] = static_cast<double>(text_bytes()) / 1e6 / seconds;
  state.counters["size_over_text"] = static_cast<double>(size) / static_cast<double>(text_bytes());
  state.counters["articles"] = static_cast<double>(articles().size());
}

// --- the three indexes -------------------------------------------------------------------

fs::path rostra_index_dir() {
  return work_dir() / "rostra";
}
fs::path xapian_index_dir() {
  return work_dir() / "xapian";
}
fs::path sqlite_path() {
  return work_dir() / "fts5.sqlite";
}

double build_rostra() {
  fs::remove_all(rostra_index_dir());
  // The real program path: the corpus file read, analyzed on both cores and written by
  // run_index (stock Xapian and FTS5 index the same articles already parsed, in memory).
  IndexOptions options;
  options.db_path = rostra_index_dir().string();
  options.outlets_path = ROSTRA_SOURCE_DIR "/corpus/outlets.tsv";
  options.speakers_path = ROSTRA_SOURCE_DIR "/corpus/speakers.tsv";
  options.inputs = {corpus_path()};
  options.quiet = true;
  std::ostringstream log;
  auto started = std::chrono::steady_clock::now();
  run_index(options, log);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

double build_xapian() {
  fs::remove_all(xapian_index_dir());
  auto started = std::chrono::steady_clock::now();
  Xapian::WritableDatabase db(xapian_index_dir().string(), Xapian::DB_CREATE);
  Xapian::TermGenerator generator;
  generator.set_stemmer(Xapian::Stem("en"));
  for (const Article& a : articles()) {
    Xapian::Document doc;
    generator.set_document(doc);
    generator.index_text(a.title, 1, "S");
    generator.index_text(a.title);
    generator.increase_termpos();
    generator.index_text(a.body);
    doc.add_value(0, a.date);
    doc.set_data(a.title + "\n" + a.body);
    std::string id(1, 'Q');  // two steps: GCC 12 -O3 warns (-Wrestrict) on "Q" + s
    id += a.id.substr(0, 200);
    doc.add_boolean_term(id);
    db.replace_document(id, doc);
  }
  db.commit();
  db.close();
  {
    // "compacted", as in the issue's reference figures.
    Xapian::Database compact_source(xapian_index_dir().string());
    compact_source.compact((work_dir() / "xapian.compact").string());
  }
  fs::remove_all(xapian_index_dir());
  fs::rename(work_dir() / "xapian.compact", xapian_index_dir());
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

void sqlite_exec(sqlite3* db, const std::string& sql) {
  char* error = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    std::string message = error ? error : "?";
    sqlite3_free(error);
    throw std::runtime_error("sqlite: " + message);
  }
}

double build_sqlite() {
  fs::remove(sqlite_path());
  auto started = std::chrono::steady_clock::now();
  sqlite3* db = nullptr;
  sqlite3_open(sqlite_path().c_str(), &db);
  sqlite_exec(db, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;");
  sqlite_exec(db,
              "CREATE VIRTUAL TABLE articles USING fts5(title, body, date UNINDEXED, "
              "tokenize='porter unicode61')");
  sqlite_exec(db, "BEGIN");
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO articles(title, body, date) VALUES (?, ?, ?)", -1, &insert,
                     nullptr);
  for (const Article& a : articles()) {
    sqlite3_bind_text(insert, 1, a.title.c_str(), static_cast<int>(a.title.size()), SQLITE_STATIC);
    sqlite3_bind_text(insert, 2, a.body.c_str(), static_cast<int>(a.body.size()), SQLITE_STATIC);
    sqlite3_bind_text(insert, 3, a.date.c_str(), static_cast<int>(a.date.size()), SQLITE_STATIC);
    sqlite3_step(insert);
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  sqlite_exec(db, "COMMIT");
  sqlite_exec(db, "INSERT INTO articles(articles) VALUES('optimize')");
  sqlite3_close(db);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

void BM_Index_Rostra(benchmark::State& state) {
  double seconds = 0;
  for (auto _ : state) seconds = build_rostra();
  report_indexing(state, seconds, directory_bytes(rostra_index_dir()));
}
BENCHMARK(BM_Index_Rostra)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Index_XapianStock(benchmark::State& state) {
  double seconds = 0;
  for (auto _ : state) seconds = build_xapian();
  report_indexing(state, seconds, directory_bytes(xapian_index_dir()));
}
BENCHMARK(BM_Index_XapianStock)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_Index_Fts5(benchmark::State& state) {
  double seconds = 0;
  for (auto _ : state) seconds = build_sqlite();
  report_indexing(state, seconds, fs::file_size(sqlite_path()));
}
BENCHMARK(BM_Index_Fts5)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// --- queries -------------------------------------------------------------------------------

struct QueryClass {
  std::string name;
  std::vector<std::string> rostra;  // Rostra query language
  std::vector<std::string> xapian;  // Xapian QueryParser syntax ("" = not supported)
  std::vector<std::string> fts5;    // FTS5 MATCH syntax ("" = not supported)
};

std::vector<std::string> words_of(const std::string& sentence) {
  std::vector<std::string> words;
  std::string word;
  for (char c : sentence) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      word.push_back(static_cast<char>(c | 0x20));
    } else if (!word.empty()) {
      words.push_back(word);
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(word);
  return words;
}

const std::vector<QueryClass>& query_classes() {
  static std::vector<QueryClass> classes = [] {
    std::mt19937_64 rng(42);
    std::vector<std::vector<std::string>> sentences;
    for (const Article& a : articles()) {
      if (a.language != "en") continue;
      std::size_t cut = a.body.find(". ", a.body.size() / 3);
      std::string part = a.body.substr(cut == std::string::npos ? 0 : cut + 2, 200);
      std::vector<std::string> w = words_of(part);
      if (w.size() >= 8) sentences.push_back(w);
      if (sentences.size() >= 2000) break;
    }
    auto sentence = [&]() -> const std::vector<std::string>& {
      return sentences[std::uniform_int_distribution<std::size_t>(0, sentences.size() - 1)(rng)];
    };
    auto long_word = [&](const std::vector<std::string>& s) {
      for (int tries = 0; tries < 20; ++tries) {
        const std::string& w = s[std::uniform_int_distribution<std::size_t>(0, s.size() - 1)(rng)];
        if (w.size() >= 5) return w;
      }
      return s.front();
    };
    QueryClass one{"one_term", {}, {}, {}}, two{"two_term_and", {}, {}, {}},
        phrase{"phrase", {}, {}, {}}, stop{"stopword_phrase", {}, {}, {}}, near{"near", {}, {}, {}},
        date{"date_range_by_date", {}, {}, {}};
    for (int i = 0; i < 20 && !sentences.empty(); ++i) {
      const auto& s = sentence();
      std::string a = long_word(s);
      std::string b = long_word(s);
      one.rostra.push_back(a);
      one.xapian.push_back(a);
      one.fts5.push_back(a);
      two.rostra.push_back(a + " " + b);
      two.xapian.push_back(a + " AND " + b);
      two.fts5.push_back(a + " AND " + b);
      std::size_t len = 2 + static_cast<std::size_t>(i % 3);
      std::size_t at = std::uniform_int_distribution<std::size_t>(0, s.size() - len)(rng);
      std::string p;
      for (std::size_t k = at; k < at + len; ++k) p += (p.empty() ? "" : " ") + s[k];
      phrase.rostra.push_back("\"" + p + "\"");
      phrase.xapian.push_back("\"" + p + "\"");
      phrase.fts5.push_back("\"" + p + "\"");
      near.rostra.push_back(s[at] + " NEAR/5 " + s[at + 1]);
      near.xapian.push_back(s[at] + " NEAR/5 " + s[at + 1]);
      near.fts5.push_back("NEAR(" + s[at] + " " + s[at + 1] + ", 5)");
      date.rostra.push_back(a + " date:2018..2019");
      date.xapian.push_back(a);  // value range applied below for Xapian; FTS5 by SQL
      date.fts5.push_back(a);
    }
    for (const char* p : {"one of the", "secretary of state", "as well as", "at the same time",
                          "in the end", "on the other hand"}) {
      stop.rostra.push_back(std::string("\"") + p + "\"");
      stop.xapian.push_back(std::string("\"") + p + "\"");
      stop.fts5.push_back(std::string("\"") + p + "\"");
    }
    return std::vector<QueryClass>{one, two, phrase, stop, near, date};
  }();
  return classes;
}

void ensure_indexes() {
  static bool built = [] {
    if (!fs::exists(rostra_index_dir() / "articles")) build_rostra();
    if (!fs::exists(xapian_index_dir())) build_xapian();
    if (!fs::exists(sqlite_path())) build_sqlite();
    return true;
  }();
  (void)built;
}

struct Percentiles {
  std::vector<double> ms;
  void report(benchmark::State& state, std::uint64_t hits) {
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
      return ms.empty()
                 ? 0.0
                 : ms[std::min(ms.size() - 1,
                               static_cast<std::size_t>(q * static_cast<double>(ms.size())))];
    };
    double total = 0;
    for (double m : ms) total += m;
    state.counters["p50_ms"] = at(0.50);
    state.counters["p95_ms"] = at(0.95);
    state.counters["p99_ms"] = at(0.99);
    state.counters["qps"] = total > 0 ? 1000.0 * static_cast<double>(ms.size()) / total : 0;
    state.counters["hits"] = static_cast<double>(hits);
  }
};

int reps() {
  return std::stoi(env("ROSTRA_BENCH_REPS", "5"));
}

// Runs each query once untimed (its hits summed and required to be non-zero, so a broken
// path cannot look fast), then reps() times timed, and reports the percentiles.
void time_queries(benchmark::State& state, const std::vector<std::string>& queries,
                  const std::function<std::uint64_t(const std::string&)>& run) {
  std::uint64_t hits = 0;
  for (const std::string& q : queries) hits += run(q);
  if (hits == 0) state.SkipWithError("no hits: the query path is broken");
  Percentiles p;
  for (auto _ : state) {
    for (int r = 0; r < reps(); ++r) {
      for (const std::string& q : queries) {
        auto started = std::chrono::steady_clock::now();
        benchmark::DoNotOptimize(run(q));
        p.ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
                .count());
      }
    }
  }
  p.report(state, hits);
}

// mode 0: count all matches; mode 1: top 10 with stored data.
void run_rostra(benchmark::State& state, const QueryClass& c, bool top10) {
  ensure_indexes();
  ReadableIndex index = open_index_for_reading(rostra_index_dir().string());
  Searcher searcher(index, nullptr);
  auto request_for = [&](const std::string& q) {
    SearchRequest r;
    r.query = q;
    r.limit = top10 ? 10 : 0;
    r.exact_total = !top10;
    r.snippets = false;  // baselines fetch stored data but cut no snippets
    if (c.name == "date_range_by_date") r.sort = SortOrder::kNewest;
    return r;
  };
  time_queries(state, c.rostra,
               [&](const std::string& q) { return searcher.search(request_for(q)).total; });
}

void run_xapian(benchmark::State& state, const QueryClass& c, bool top10) {
  ensure_indexes();
  Xapian::Database db(xapian_index_dir().string());
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(Xapian::Stem("en"));
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  auto run = [&](const std::string& q) {
    Xapian::Query query = parser.parse_query(q, Xapian::QueryParser::FLAG_DEFAULT);
    if (c.name == "date_range_by_date") {
      query = Xapian::Query(
          Xapian::Query::OP_FILTER, query,
          Xapian::Query(Xapian::Query::OP_VALUE_RANGE, 0, "2018-01-01", "2019-12-31"));
    }
    Xapian::Enquire enquire(db);
    enquire.set_query(query);
    if (c.name == "date_range_by_date") enquire.set_sort_by_value_then_relevance(0, true);
    Xapian::MSet mset = enquire.get_mset(0, top10 ? 10 : 0, top10 ? 0 : db.get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it)
      benchmark::DoNotOptimize(it.get_document().get_data());
    return static_cast<std::uint64_t>(mset.get_matches_estimated());
  };
  time_queries(state, c.xapian, run);
}

void run_fts5(benchmark::State& state, const QueryClass& c, bool top10) {
  ensure_indexes();
  sqlite3* db = nullptr;
  sqlite3_open_v2(sqlite_path().c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  std::string where = "articles MATCH ?";
  if (c.name == "date_range_by_date") where += " AND date BETWEEN '2018-01-01' AND '2019-12-31'";
  std::string sql =
      top10 ? "SELECT rowid, title, body FROM articles WHERE " + where +
                  (c.name == "date_range_by_date" ? " ORDER BY date DESC" : " ORDER BY rank") +
                  " LIMIT 10"
            : "SELECT count(*) FROM articles WHERE " + where;
  sqlite3_stmt* stmt = nullptr;
  sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr);
  auto run = [&](const std::string& q) {
    sqlite3_bind_text(stmt, 1, q.c_str(), static_cast<int>(q.size()), SQLITE_TRANSIENT);
    std::uint64_t n = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      n += top10 ? 1 : static_cast<std::uint64_t>(sqlite3_column_int64(stmt, 0));
    }
    sqlite3_reset(stmt);
    return n;
  };
  time_queries(state, c.fts5, run);
  sqlite3_finalize(stmt);
  sqlite3_close(db);
}

void register_query_benchmarks() {
  for (std::size_t i = 0; i < query_classes().size(); ++i) {
    for (bool top10 : {false, true}) {
      std::string suffix = query_classes()[i].name + (top10 ? "_Top10" : "_Count");
      benchmark::RegisterBenchmark(
          ("BM_Query_Rostra_" + suffix).c_str(),
          [i, top10](benchmark::State& s) { run_rostra(s, query_classes()[i], top10); })
          ->Iterations(1)
          ->Unit(benchmark::kMillisecond);
      benchmark::RegisterBenchmark(
          ("BM_Query_Xapian_" + suffix).c_str(),
          [i, top10](benchmark::State& s) { run_xapian(s, query_classes()[i], top10); })
          ->Iterations(1)
          ->Unit(benchmark::kMillisecond);
      benchmark::RegisterBenchmark(
          ("BM_Query_Fts5_" + suffix).c_str(),
          [i, top10](benchmark::State& s) { run_fts5(s, query_classes()[i], top10); })
          ->Iterations(1)
          ->Unit(benchmark::kMillisecond);
    }
  }
  // Classes only Rostra answers: quotes by speaker, and facets.
  static QueryClass quote{"quote_with_speaker", {}, {}, {}};
  static QueryClass facets{"faceted", {}, {}, {}};
  SpeakerAliases aliases = load_speaker_aliases(ROSTRA_SOURCE_DIR "/corpus/speakers.tsv");
  for (const char* speaker : {"Vladimir Putin", "Donald Trump", "Elena Varga", "Sergey Lavrov"}) {
    quote.rostra.push_back(std::string("speaker:\"") + speaker + "\" quote:the");
  }
  for (const auto& q : query_classes()[0].rostra) facets.rostra.push_back(q);
  benchmark::RegisterBenchmark("BM_Query_Rostra_quote_with_speaker_Count",
                               [](benchmark::State& s) { run_rostra(s, quote, false); })
      ->Iterations(1)
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark(
      "BM_Query_Rostra_faceted_Count",
      [](benchmark::State& s) {
        ensure_indexes();
        ReadableIndex index = open_index_for_reading(rostra_index_dir().string());
        Searcher searcher(index, nullptr);
        std::uint64_t hits = 0;
        Percentiles p;
        for (auto _ : s) {
          for (int r = 0; r < reps(); ++r) {
            for (const std::string& q : facets.rostra) {
              SearchRequest req;
              req.query = q;
              req.facets = true;
              req.limit = 10;
              auto started = std::chrono::steady_clock::now();
              SearchResults res = searcher.search(req);
              if (r == 0) hits += res.total;
              p.ms.push_back(std::chrono::duration<double, std::milli>(
                                 std::chrono::steady_clock::now() - started)
                                 .count());
            }
          }
        }
        if (hits == 0) s.SkipWithError("no hits");
        p.report(s, hits);
      })
      ->Iterations(1)
      ->Unit(benchmark::kMillisecond);
}

const bool registered = (register_query_benchmarks(), true);

}  // namespace
}  // namespace rostra::bench
