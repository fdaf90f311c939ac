// Query latency per class on the sample corpus: the database is built once, each query is
// warmed up untimed, and its hit count is checked so a broken path cannot look fast.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "bench_corpus.h"
#include "common/index/write/article_writer.h"
#include "common/index/write/writable_index.h"
#include "common/quotes/speaker_aliases.h"
#include "common/search/search.h"

namespace rostra::bench {
namespace {

constexpr std::size_t kCopies = 20;

const ReadableIndex& bench_index() {
  static ReadableIndex index = [] {
    std::filesystem::path dir = std::filesystem::temp_directory_path() / "rostra-bench-search";
    std::filesystem::remove_all(dir);
    {
      WritableIndex writable = open_index_for_writing(dir.string());
      OutletTable outlets;
      SpeakerAliases aliases = load_speaker_aliases(ROSTRA_SOURCE_DIR "/corpus/speakers.tsv");
      ArticleWriter writer(writable, outlets, aliases);
      for (Article a : sample_articles(kCopies)) writer.write_resolved(a);
      writable.commit();
    }
    return open_index_for_reading(dir.string());
  }();
  return index;
}

void run_query(benchmark::State& state, const std::string& query, std::uint64_t expected_hits,
               bool facets, bool quotes = false) {
  Searcher searcher(bench_index(), nullptr);
  SearchRequest request;
  request.query = query;
  request.facets = facets;
  request.quotes = quotes;
  SearchResults warm = searcher.search(request);  // untimed warm-up
  if (warm.total != expected_hits) {
    state.SkipWithError(("hit count " + std::to_string(warm.total) + " != expected " +
                         std::to_string(expected_hits))
                            .c_str());
    return;
  }
  for (auto _ : state) {
    SearchResults r = searcher.search(request);
    benchmark::DoNotOptimize(r.total);
  }
  state.counters["hits"] = static_cast<double>(expected_hits);
}

// Expected counts: matches in the 38-article sample, times kCopies.
void BM_Search_OneTerm(benchmark::State& state) {
  run_query(state, "parliament", 8 * kCopies, false);
}
BENCHMARK(BM_Search_OneTerm)->Unit(benchmark::kMicrosecond);

void BM_Search_Phrase(benchmark::State& state) {
  run_query(state, "\"prevent a second winter war\"", 1 * kCopies, false);
}
BENCHMARK(BM_Search_Phrase)->Unit(benchmark::kMicrosecond);

void BM_Search_QuoteWithSpeaker(benchmark::State& state) {
  run_query(state, "speaker:\"Miroslav Tesar\" quote:\"winter war\"", 2 * kCopies, false);
}
BENCHMARK(BM_Search_QuoteWithSpeaker)->Unit(benchmark::kMicrosecond);

void BM_Search_QuotesMode(benchmark::State& state) {
  run_query(state, "speaker:\"Miroslav Tesar\" winter", 2 * kCopies, true, true);
}
BENCHMARK(BM_Search_QuotesMode)->Unit(benchmark::kMicrosecond);

void BM_Search_FacetsDateRange(benchmark::State& state) {
  run_query(state, "date:2025", 20 * kCopies, true);
}
BENCHMARK(BM_Search_FacetsDateRange)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace rostra::bench
