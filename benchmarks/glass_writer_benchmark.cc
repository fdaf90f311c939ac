// Writing a glass database in bulk: GlassDatabaseWriter against Xapian's WritableDatabase on
// the same generated documents (5,000 documents of 600 distinct Zipf-distributed terms with
// wdf 1 to 3, an id term, 6 values and 2 KB of incompressible data; no positions on either
// side). Both report documents/s and postings/s; the writer also reports its speed-up over
// the baseline when both run in one process (the baseline runs first).
#include <benchmark/benchmark.h>
#include <malloc.h>
#include <xapian.h>

#include <chrono>
#include <filesystem>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "common/glass/glass_database_writer.h"

namespace rostra::bench {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kDocuments = 5000;
constexpr std::size_t kTermsPerDocument = 600;
constexpr std::size_t kVocabulary = 200000;
constexpr std::size_t kDataBytes = 2048;

// A word for each Zipf rank: letters from the rank's digits, 3 to 12 bytes, a few with a
// field prefix as Rostra's schema writes them.
std::string word_for_rank(std::size_t rank) {
  static const char* prefixes[] = {"", "", "", "Z", "S"};
  std::string word = prefixes[rank % 5];
  std::uint64_t x = rank * 0x9e3779b97f4a7c15ull + 1;
  const std::size_t length = 3 + (x >> 60) % 10;
  for (std::size_t i = 0; i < length; ++i, x /= 26) word += static_cast<char>('a' + x % 26);
  return word + std::to_string(rank % 97);
}

const std::vector<BulkDocument>& documents() {
  static const std::vector<BulkDocument> docs = [] {
    std::vector<std::string> words;
    words.reserve(kVocabulary);
    for (std::size_t r = 0; r < kVocabulary; ++r) words.push_back(word_for_rank(r));
    std::vector<double> weights(kVocabulary);
    for (std::size_t r = 0; r < kVocabulary; ++r) weights[r] = 1.0 / static_cast<double>(r + 1);
    std::discrete_distribution<std::size_t> zipf(weights.begin(), weights.end());
    std::mt19937_64 rng(2025);
    std::vector<BulkDocument> out(kDocuments);
    std::unordered_set<std::size_t> chosen;
    for (std::size_t n = 0; n < kDocuments; ++n) {
      BulkDocument& doc = out[n];
      chosen.clear();
      while (chosen.size() < kTermsPerDocument) {
        const std::size_t rank = zipf(rng);
        if (chosen.insert(rank).second) doc.terms.emplace_back(words[rank], 1 + rng() % 3);
      }
      doc.terms.emplace_back("Q" + std::to_string(n), 0);
      for (Xapian::valueno slot = 0; slot < 6; ++slot) {
        doc.values.emplace_back(slot, std::to_string(rng() % 100000));
      }
      doc.data.resize(kDataBytes);
      for (char& c : doc.data) c = static_cast<char>(rng());
    }
    return out;
  }();
  return docs;
}

std::size_t posting_count() {
  std::size_t n = 0;
  for (const BulkDocument& doc : documents()) n += doc.terms.size();
  return n;
}

fs::path fresh_dir(const char* name) {
  fs::path dir = fs::temp_directory_path() / name;
  fs::remove_all(dir);
  return dir;
}

std::uint64_t directory_bytes(const fs::path& dir) {
  std::uint64_t total = 0;
  for (const auto& entry : fs::directory_iterator(dir)) total += entry.file_size();
  return total;
}

std::size_t heap_in_use() {
  struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;
}

// Documents per second of wall-clock time in the timed parts, measured here as well so the
// writer can report its ratio to the baseline.
double g_xapian_documents_per_second = 0;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void report(benchmark::State& state, std::uint64_t db_bytes) {
  const auto docs = static_cast<double>(kDocuments);
  state.counters["documents/s"] =
      benchmark::Counter(docs, benchmark::Counter::kIsIterationInvariantRate);
  state.counters["postings/s"] = benchmark::Counter(static_cast<double>(posting_count()),
                                                    benchmark::Counter::kIsIterationInvariantRate);
  state.counters["db_MB"] = static_cast<double>(db_bytes) / 1e6;
}

// Untimed: checks the written database holds the documents (so a broken path cannot look
// fast) and returns its size on disk.
std::uint64_t check_database(benchmark::State& state, const fs::path& dir) {
  state.PauseTiming();
  {
    Xapian::Database db(dir.string());
    if (db.get_doccount() != kDocuments || db.get_termfreq("Q0") != 1) {
      state.SkipWithError("the written database does not hold the documents");
    }
  }
  const std::uint64_t bytes = directory_bytes(dir);
  state.ResumeTiming();
  return bytes;
}

// Baseline: Xapian's WritableDatabase, one commit (the documents are built beforehand, so
// only the database's own work is timed).
void BM_GlassWriter_XapianWritable(benchmark::State& state) {
  std::vector<Xapian::Document> xapian_docs;
  for (const BulkDocument& doc : documents()) {
    Xapian::Document x;
    for (const auto& [term, wdf] : doc.terms) x.add_term(term, wdf);
    for (const auto& [slot, value] : doc.values) x.add_value(slot, value);
    x.set_data(doc.data);
    xapian_docs.push_back(std::move(x));
  }
  std::uint64_t db_bytes = 0;
  double seconds = 0;
  for (auto _ : state) {
    const fs::path dir = fresh_dir("rostra-bench-glass-xapian");
    const auto start = std::chrono::steady_clock::now();
    {
      Xapian::WritableDatabase db(dir.string(),
                                  Xapian::DB_CREATE_OR_OVERWRITE | Xapian::DB_BACKEND_GLASS);
      for (const Xapian::Document& doc : xapian_docs) db.add_document(doc);
      db.commit();
    }
    seconds += seconds_since(start);
    db_bytes = check_database(state, dir);
  }
  report(state, db_bytes);
  g_xapian_documents_per_second = static_cast<double>(kDocuments * state.iterations()) / seconds;
}

void BM_GlassWriter_Write(benchmark::State& state) {
  std::uint64_t db_bytes = 0;
  double estimate = 0, held = 0, seconds = 0, add_seconds = 0;
  (void)documents();  // Generated before the timing starts.
  for (auto _ : state) {
    const fs::path dir = fresh_dir("rostra-bench-glass-bulk");
    const std::size_t heap_before = heap_in_use();
    auto start = std::chrono::steady_clock::now();
    GlassDatabaseWriter writer(dir.string());
    for (const BulkDocument& doc : documents()) writer.add_document(doc);
    add_seconds += seconds_since(start);
    seconds += seconds_since(start);
    state.PauseTiming();
    estimate = static_cast<double>(writer.memory_bytes());
    held = static_cast<double>(heap_in_use() - heap_before);
    state.ResumeTiming();
    start = std::chrono::steady_clock::now();
    writer.finish();
    seconds += seconds_since(start);
    db_bytes = check_database(state, dir);
  }
  report(state, db_bytes);
  state.counters["memory_estimate_MB"] = estimate / 1e6;
  state.counters["heap_held_MB"] = held / 1e6;
  state.counters["add_share"] = add_seconds / seconds;  // The rest is finish().
  if (g_xapian_documents_per_second > 0) {
    state.counters["speedup_vs_xapian"] = static_cast<double>(kDocuments * state.iterations()) /
                                          seconds / g_xapian_documents_per_second;
  }
}

BENCHMARK(BM_GlassWriter_XapianWritable)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(BM_GlassWriter_Write)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace rostra::bench
