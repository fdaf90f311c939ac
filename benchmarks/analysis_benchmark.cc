// Text analysis speed: Rostra's tokenizer (+ stemmer) against Xapian's TermGenerator, the
// baseline, on the same text in the same run.
#include <benchmark/benchmark.h>
#include <xapian.h>

#include "bench_corpus.h"
#include "common/analysis/term_stemmer.h"
#include "common/analysis/word_tokenizer.h"

namespace rostra::bench {
namespace {

void BM_Analysis_RostraTokenize(benchmark::State& state) {
  const auto& articles = sample_articles();
  WordTokenizer tokenizer;
  TokenList tokens;
  std::size_t count = 0;
  for (auto _ : state) {
    for (const Article& a : articles) {
      tokens.clear();
      tokenizer.tokenize(a.body, tokens);
      count += tokens.size();
    }
  }
  if (count == 0) state.SkipWithError("no tokens");
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text_bytes(articles)));
}
BENCHMARK(BM_Analysis_RostraTokenize);

void BM_Analysis_RostraTokenizeAndStem(benchmark::State& state) {
  const auto& articles = sample_articles();
  WordTokenizer tokenizer;
  TermStemmer stemmer;
  TokenList tokens;
  std::size_t bytes = 0;
  for (auto _ : state) {
    for (const Article& a : articles) {
      tokens.clear();
      tokenizer.tokenize(a.body, tokens);
      stemmer.set_language(a.language);
      for (const Token& t : tokens) bytes += stemmer.stem(tokens.text(t), t.script).size();
    }
  }
  benchmark::DoNotOptimize(bytes);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text_bytes(articles)));
}
BENCHMARK(BM_Analysis_RostraTokenizeAndStem);

// Baseline: stock Xapian TermGenerator with an English stemmer (its defaults otherwise).
void BM_Analysis_XapianTermGenerator(benchmark::State& state) {
  const auto& articles = sample_articles();
  Xapian::TermGenerator generator;
  generator.set_stemmer(Xapian::Stem("en"));
  std::size_t terms = 0;
  for (auto _ : state) {
    for (const Article& a : articles) {
      Xapian::Document doc;
      generator.set_document(doc);
      generator.index_text(a.body);
      terms += doc.termlist_count();
    }
  }
  if (terms == 0) state.SkipWithError("no terms");
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text_bytes(articles)));
}
BENCHMARK(BM_Analysis_XapianTermGenerator);

}  // namespace
}  // namespace rostra::bench
