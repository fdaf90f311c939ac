// Indexing throughput and index size: Rostra's writer against stock Xapian (TermGenerator,
// add_document), on the same articles, into fresh glass databases.
#include <benchmark/benchmark.h>
#include <xapian.h>

#include <filesystem>

#include "bench_corpus.h"
#include "common/index/write/article_preparer.h"
#include "common/index/write/article_writer.h"
#include "common/index/write/writable_index.h"
#include "common/quotes/speaker_aliases.h"

namespace rostra::bench {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kCopies = 20;

fs::path fresh_dir(const char* name) {
  fs::path dir = fs::temp_directory_path() / name;
  fs::remove_all(dir);
  return dir;
}

std::uint64_t directory_bytes(const fs::path& dir) {
  std::uint64_t total = 0;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) total += entry.file_size();
  }
  return total;
}

void report(benchmark::State& state, const std::vector<Article>& articles, std::uint64_t size) {
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * articles.size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text_bytes(articles)));
  state.counters["index_size_over_text"] =
      static_cast<double>(size) / static_cast<double>(text_bytes(articles));
}

void index_rostra(benchmark::State& state, bool extract_quotes) {
  std::vector<Article> articles = sample_articles(kCopies);
  OutletTable outlets;
  SpeakerAliases aliases = load_speaker_aliases(ROSTRA_SOURCE_DIR "/corpus/speakers.tsv");
  std::uint64_t size = 0;
  for (auto _ : state) {
    fs::path dir = fresh_dir("rostra-bench-index");
    {
      WritableIndex index = open_index_for_writing(dir.string());
      ArticleWriter writer(index, outlets, aliases, extract_quotes);
      for (Article a : articles) writer.write_resolved(a);
      index.commit();
      if (index.articles.get_doccount() != articles.size()) {
        state.SkipWithError("document count mismatch");
      }
      if (extract_quotes == (index.quotes.get_doccount() == 0)) {
        state.SkipWithError("quote documents missing or unexpected");
      }
    }
    size = directory_bytes(dir);
  }
  report(state, articles, size);
}

void BM_Index_Rostra(benchmark::State& state) {
  index_rostra(state, true);
}
BENCHMARK(BM_Index_Rostra)->Unit(benchmark::kMillisecond);

// The same without quote extraction: what extraction and the quote index cost.
void BM_Index_RostraNoQuotes(benchmark::State& state) {
  index_rostra(state, false);
}
BENCHMARK(BM_Index_RostraNoQuotes)->Unit(benchmark::kMillisecond);

// Prepares every sample article (quote extraction, analysis, the documents; no database), as
// the indexer's worker threads do, with or without keeping the spoken quotes' wordings for
// placing them in clusters. The pair, in one run, gives what the wordings add to the indexing
// stage: a wording costs the difference of the two times over the wordings of one iteration
// (the sample articles times `wordings_per_article`).
void prepare_articles(benchmark::State& state, bool keep_wordings) {
  const std::vector<Article>& articles = sample_articles();
  const SpeakerAliases aliases = load_speaker_aliases(ROSTRA_SOURCE_DIR "/corpus/speakers.tsv");
  TermDictionary dictionary;
  ArticlePreparer preparer(aliases, dictionary, true, keep_wordings);
  std::size_t quotes = 0;
  std::size_t wordings = 0;
  for (auto _ : state) {
    for (const Article& a : articles) {
      PreparedArticle prepared = preparer.prepare(a);
      quotes += prepared.quote_documents.size();
      wordings += prepared.quote_wordings.size();
    }
  }
  if (keep_wordings == (wordings == 0)) state.SkipWithError("wordings missing or unexpected");
  const auto prepared = static_cast<double>(state.iterations() * articles.size());
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * articles.size()));
  state.counters["quotes_per_article"] = static_cast<double>(quotes) / prepared;
  state.counters["wordings_per_article"] = static_cast<double>(wordings) / prepared;
}

BENCHMARK_CAPTURE(prepare_articles, Articles, false)
    ->Name("BM_Prepare_Articles")
    ->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(prepare_articles, ArticlesKeepingWordings, true)
    ->Name("BM_Prepare_ArticlesKeepingWordings")
    ->Unit(benchmark::kMillisecond);

// Baseline: stock Xapian with TermGenerator defaults and the text stored as document data.
void BM_Index_XapianStock(benchmark::State& state) {
  const std::vector<Article>& articles = sample_articles(kCopies);
  std::uint64_t size = 0;
  for (auto _ : state) {
    fs::path dir = fresh_dir("rostra-bench-stock");
    {
      Xapian::WritableDatabase db(dir.string(), Xapian::DB_CREATE);
      Xapian::TermGenerator generator;
      generator.set_stemmer(Xapian::Stem("en"));
      for (const Article& a : articles) {
        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(a.title, 3);
        generator.increase_termpos();
        generator.index_text(a.body);
        doc.set_data(a.title + "\n" + a.body);
        doc.add_boolean_term("Q" + a.id);
        db.replace_document("Q" + a.id, doc);
      }
      db.commit();
      if (db.get_doccount() != articles.size()) state.SkipWithError("document count mismatch");
    }
    size = directory_bytes(dir);
  }
  report(state, articles, size);
}
BENCHMARK(BM_Index_XapianStock)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace rostra::bench
