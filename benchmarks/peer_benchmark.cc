// Rostra against stock Xapian (TermGenerator + QueryParser, their defaults) and SQLite FTS5
// (unicode61 + porter), on the same articles and queries, in one run.
//
// Corpus: $ROSTRA_BENCH_CORPUS (JSON Lines, optionally .zst, e.g. from rostra-corpus-gen),
// else 2,000 articles generated from corpus/sample. $ROSTRA_BENCH_ARTICLES caps how many are
// used; $ROSTRA_BENCH_REPS (default 5) sets how often each query runs. Queries:
// $ROSTRA_BENCH_QUERIES (a TSV file, see load_query_file), else drawn from the corpus.
//
// Each query class runs its queries in turn, in three modes: Count (every match counted),
// Top10 (ten best with an estimated total, no snippets) and Top10Full (ten best with an
// exact total and a snippet each). Rostra searches on one thread ("Rostra") and on two
// ("Rostra2"). Counters give p50/p95/p99 latency in ms, queries per second, and the total
// hit count (checked non-zero after an untimed warm-up, so a broken path cannot look fast).
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
#include <set>
#include <sstream>

#include "common/index/readable_index.h"
#include "common/ingest/indexer.h"
#include "common/input/input_reader.h"
#include "common/input/metadata/article_metadata.h"
#include "common/input/metadata/outlet_table.h"
#include "common/quotes/speaker_aliases.h"
#include "common/schema/schema.h"
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

// "XO" and the outlet's display name in lower case (ASCII letters folded).
std::string xapian_outlet_term(const std::string& outlet) {
  std::string term = "XO";
  for (char c : outlet) term.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c | 0x20) : c);
  return term;
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
    // The outlet as a boolean term, for the `outlet:` filter (QueryParser boolean prefix).
    if (!a.outlet.empty()) doc.add_boolean_term(xapian_outlet_term(a.outlet));
    // The article text as document data: what a stock Xapian application that shows
    // snippets stores (MSet::snippet works on the text it is given).
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
              "CREATE VIRTUAL TABLE articles USING fts5(title, body, outlet, date UNINDEXED, "
              "tokenize='porter unicode61')");
  sqlite_exec(db, "BEGIN");
  sqlite3_stmt* insert = nullptr;
  sqlite3_prepare_v2(db, "INSERT INTO articles(title, body, outlet, date) VALUES (?, ?, ?, ?)", -1,
                     &insert, nullptr);
  for (const Article& a : articles()) {
    sqlite3_bind_text(insert, 1, a.title.c_str(), static_cast<int>(a.title.size()), SQLITE_STATIC);
    sqlite3_bind_text(insert, 2, a.body.c_str(), static_cast<int>(a.body.size()), SQLITE_STATIC);
    sqlite3_bind_text(insert, 3, a.outlet.c_str(), static_cast<int>(a.outlet.size()),
                      SQLITE_STATIC);
    sqlite3_bind_text(insert, 4, a.date.c_str(), static_cast<int>(a.date.size()), SQLITE_STATIC);
    sqlite3_step(insert);
    sqlite3_reset(insert);
  }
  sqlite3_finalize(insert);
  sqlite_exec(db, "COMMIT");
  sqlite_exec(db, "INSERT INTO articles(articles) VALUES('optimize')");
  sqlite3_close(db);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

// Where the article database's stored records go: all of them, and those of duplicates
// (documents whose duplicate cluster an earlier document already opened), which the
// replicated corpus has many of. Byte counts are of the stored (compressed) records.
void report_rostra_documents(benchmark::State& state) {
  Xapian::Database db((rostra_index_dir() / "articles").string());
  std::set<std::string> clusters;
  double stored = 0, duplicate_stored = 0, duplicates = 0;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    Xapian::Document doc = db.get_document(*it);
    double bytes = static_cast<double>(doc.get_data().size());
    stored += bytes;
    std::string cluster = doc.get_value(schema::kSlotCluster);
    if (!cluster.empty() && !clusters.insert(cluster).second) {
      duplicates += 1;
      duplicate_stored += bytes;
    }
  }
  state.counters["documents"] = static_cast<double>(db.get_doccount());
  state.counters["stored_bytes"] = stored;
  state.counters["duplicate_documents"] = duplicates;
  state.counters["duplicate_stored_bytes"] = duplicate_stored;
  state.counters["text_bytes"] = static_cast<double>(text_bytes());
}

void BM_Index_Rostra(benchmark::State& state) {
  double seconds = 0;
  for (auto _ : state) seconds = build_rostra();
  report_indexing(state, seconds, directory_bytes(rostra_index_dir()));
  report_rostra_documents(state);
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
  std::vector<std::string> xapian;  // Xapian QueryParser syntax (none: not supported)
  std::vector<std::string> fts5;    // FTS5 MATCH syntax (none: not supported)
  bool every_query_hits = false;    // A chosen query set: each query must match (warm-up).
};

// Query classes from a TSV file: class, Rostra query, Xapian QueryParser query, FTS5 MATCH
// query; "-" where an engine has no equivalent; empty lines and lines starting with '#'
// are comments. Classes keep the order of their first line. Throws std::runtime_error for
// an unreadable file or a line without four fields.
std::vector<QueryClass> load_query_file(const fs::path& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read query file " + path.string());
  std::vector<QueryClass> classes;
  std::size_t number = 0;
  for (std::string line; std::getline(in, line);) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream split(line);
    for (std::string field; std::getline(split, field, '\t');) fields.push_back(field);
    if (fields.size() != 4) {
      throw std::runtime_error(path.string() + ":" + std::to_string(number) +
                               ": expected 4 tab-separated fields");
    }
    auto found = std::find_if(classes.begin(), classes.end(),
                              [&](const QueryClass& c) { return c.name == fields[0]; });
    if (found == classes.end())
      found = classes.insert(classes.end(), {fields[0], {}, {}, {}, true});
    auto add = [](std::vector<std::string>& to, const std::string& q) {
      if (q != "-") to.push_back(q);
    };
    add(found->rostra, fields[1]);
    add(found->xapian, fields[2]);
    add(found->fts5, fields[3]);
  }
  return classes;
}

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

// Queries drawn from the corpus itself (the generated corpus has no fixed query set).
std::vector<QueryClass> drawn_query_classes() {
  {
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
  }
}

const std::vector<QueryClass>& query_classes() {
  static std::vector<QueryClass> classes = [] {
    std::string file = env("ROSTRA_BENCH_QUERIES", "");
    return file.empty() ? drawn_query_classes() : load_query_file(file);
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

// Runs each query once untimed (its hits summed and required to be non-zero, per query
// for a chosen query set, so a broken path cannot look fast), then reps() times timed, and
// reports the percentiles.
void time_queries(benchmark::State& state, const QueryClass& c,
                  const std::vector<std::string>& queries,
                  const std::function<std::uint64_t(const std::string&)>& run) {
  std::uint64_t hits = 0;
  for (const std::string& q : queries) {
    std::uint64_t n = run(q);
    if (n == 0 && c.every_query_hits) {
      state.SkipWithError(("no hits for " + q).c_str());
      return;
    }
    hits += n;
  }
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

// Count: every match counted, no page. Top10: the ten best with their stored data and an
// estimated total. Top10Full: the ten best with an exact total and a snippet each.
enum class Mode { kCount, kTop10, kTop10Full };
constexpr Mode kModes[] = {Mode::kCount, Mode::kTop10, Mode::kTop10Full};

const char* mode_name(Mode mode) {
  switch (mode) {
    case Mode::kCount:
      return "Count";
    case Mode::kTop10:
      return "Top10";
    case Mode::kTop10Full:
      return "Top10Full";
  }
  return "?";
}

const OutletTable& outlet_table() {
  static OutletTable table = load_outlet_table(ROSTRA_SOURCE_DIR "/corpus/outlets.tsv");
  return table;
}

void run_rostra(benchmark::State& state, const QueryClass& c, Mode mode, unsigned threads) {
  ensure_indexes();
  ReadableIndex index = open_index_for_reading(rostra_index_dir().string());
  Searcher searcher(index, &outlet_table());
  searcher.set_threads(threads);
  auto request_for = [&](const std::string& q) {
    SearchRequest r;
    r.query = q;
    r.limit = mode == Mode::kCount ? 0 : 10;
    r.exact_total = mode != Mode::kTop10;
    r.snippets = mode == Mode::kTop10Full;
    if (c.name == "date_range_by_date") r.sort = SortOrder::kNewest;
    return r;
  };
  time_queries(state, c, c.rostra,
               [&](const std::string& q) { return searcher.search(request_for(q)).total; });
  state.counters["threads_used"] = searcher.threads_used();
}

// Stock Xapian: QueryParser defaults (AND), the outlet as a boolean prefix. Top10 keeps
// get_mset's default check_at_least (an estimated total); Top10Full asks for every match
// to be counted and cuts MSet::snippet from each hit's stored text.
void run_xapian(benchmark::State& state, const QueryClass& c, Mode mode) {
  ensure_indexes();
  Xapian::Database db(xapian_index_dir().string());
  Xapian::Stem stemmer("en");
  Xapian::QueryParser parser;
  parser.set_database(db);
  parser.set_stemmer(stemmer);
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser.set_default_op(Xapian::Query::OP_AND);
  parser.add_boolean_prefix("outlet", "XO");
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
    Xapian::MSet mset = mode == Mode::kTop10
                            ? enquire.get_mset(0, 10)
                            : enquire.get_mset(0, mode == Mode::kCount ? 0 : 10, db.get_doccount());
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      std::string data = it.get_document().get_data();
      if (mode == Mode::kTop10Full) data = mset.snippet(data, 220, stemmer);
      benchmark::DoNotOptimize(data);
    }
    return static_cast<std::uint64_t>(mset.get_matches_estimated());
  };
  time_queries(state, c, c.xapian, run);
}

// A prepared statement, finalized on scope exit.
struct Statement {
  sqlite3_stmt* stmt = nullptr;
  Statement(sqlite3* db, const std::string& sql) {
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
      throw std::runtime_error(std::string("sqlite: ") + sqlite3_errmsg(db));
  }
  ~Statement() { sqlite3_finalize(stmt); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  // Runs with `q` bound to the MATCH; the sum of column 0 over the rows (counts), or the
  // number of rows when `count_rows`.
  std::uint64_t run(const std::string& q, bool count_rows) {
    sqlite3_bind_text(stmt, 1, q.c_str(), static_cast<int>(q.size()), SQLITE_TRANSIENT);
    std::uint64_t n = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      if (count_rows) {
        ++n;
        benchmark::DoNotOptimize(sqlite3_column_text(stmt, 2));
      } else {
        n += static_cast<std::uint64_t>(sqlite3_column_int64(stmt, 0));
      }
    }
    sqlite3_reset(stmt);
    return n;
  }
};

// SQLite FTS5: Count is count(*); Top10 the ten best by rank with their text; Top10Full
// the ten best with snippet() and a separate count(*) for the exact total.
void run_fts5(benchmark::State& state, const QueryClass& c, Mode mode) {
  ensure_indexes();
  sqlite3* db = nullptr;
  sqlite3_open_v2(sqlite_path().c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  std::string where = "articles MATCH ?";
  bool by_date = c.name == "date_range_by_date";
  if (by_date) where += " AND date BETWEEN '2018-01-01' AND '2019-12-31'";
  std::string order = by_date ? " ORDER BY date DESC LIMIT 10" : " ORDER BY rank LIMIT 10";
  std::string text =
      mode == Mode::kTop10Full ? "snippet(articles, 1, '<b>', '</b>', '...', 36)" : "body";
  {
    Statement count(db, "SELECT count(*) FROM articles WHERE " + where);
    Statement page(db, "SELECT rowid, title, " + text + " FROM articles WHERE " + where + order);
    time_queries(state, c, c.fts5, [&](const std::string& q) -> std::uint64_t {
      if (mode == Mode::kCount) return count.run(q, false);
      std::uint64_t rows = page.run(q, true);
      return mode == Mode::kTop10Full ? count.run(q, false) : rows;
    });
  }
  sqlite3_close(db);
}

void register_query(const std::string& name, std::function<void(benchmark::State&)> run) {
  benchmark::RegisterBenchmark(name.c_str(), std::move(run))
      ->Iterations(1)
      ->Unit(benchmark::kMillisecond);
}

// Classes only Rostra answers: quotes by speaker, and facets.
void register_rostra_only_benchmarks() {
  static QueryClass quote{"quote_with_speaker", {}, {}, {}};
  static QueryClass facets{"faceted", {}, {}, {}};
  SpeakerAliases aliases = load_speaker_aliases(ROSTRA_SOURCE_DIR "/corpus/speakers.tsv");
  for (const char* speaker : {"Vladimir Putin", "Donald Trump", "Elena Varga", "Sergey Lavrov"}) {
    quote.rostra.push_back(std::string("speaker:\"") + speaker + "\" quote:the");
  }
  for (const auto& q : query_classes()[0].rostra) facets.rostra.push_back(q);
  register_query("BM_Query_Rostra_quote_with_speaker_Count",
                 [](benchmark::State& s) { run_rostra(s, quote, Mode::kCount, 1); });
  benchmark::RegisterBenchmark(
      "BM_Query_Rostra_faceted_Count",
      [](benchmark::State& s) {
        ensure_indexes();
        ReadableIndex index = open_index_for_reading(rostra_index_dir().string());
        Searcher searcher(index, &outlet_table());
        searcher.set_threads(1);
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

void register_query_benchmarks() {
  for (std::size_t i = 0; i < query_classes().size(); ++i) {
    const QueryClass& c = query_classes()[i];
    for (Mode mode : kModes) {
      std::string suffix = c.name + "_" + mode_name(mode);
      if (!c.rostra.empty()) {
        register_query("BM_Query_Rostra_" + suffix, [i, mode](benchmark::State& s) {
          run_rostra(s, query_classes()[i], mode, 1);
        });
        register_query("BM_Query_Rostra2_" + suffix, [i, mode](benchmark::State& s) {
          run_rostra(s, query_classes()[i], mode, 2);
        });
      }
      if (!c.xapian.empty()) {
        register_query("BM_Query_Xapian_" + suffix,
                       [i, mode](benchmark::State& s) { run_xapian(s, query_classes()[i], mode); });
      }
      if (!c.fts5.empty()) {
        register_query("BM_Query_Fts5_" + suffix,
                       [i, mode](benchmark::State& s) { run_fts5(s, query_classes()[i], mode); });
      }
    }
  }
  register_rostra_only_benchmarks();
}

const bool registered = (register_query_benchmarks(), true);

}  // namespace
}  // namespace rostra::bench
