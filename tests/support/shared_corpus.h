#pragma once
// Real articles from ../shared/corpus for tests that compare against a brute-force check on
// real text. Their licence allows testing only: tests read them, never copy them.

#include <filesystem>
#include <vector>

#include "common/input/input_reader.h"
#include "common/input/metadata/article_metadata.h"
#include "common/model/article.h"

namespace rostra {

/// The articles (metadata resolved) of a fixed mix of ../shared/corpus: BBC, Reuters (ISOT),
/// kremlin-en-full and ru-news; read once per test run. Empty when ../shared is absent.
inline const std::vector<Article>& shared_corpus_articles() {
  static const std::vector<Article> articles = [] {
    namespace fs = std::filesystem;
    const fs::path corpus = fs::path(ROSTRA_SOURCE_DIR) / ".." / "shared" / "corpus";
    std::vector<Article> out;
    if (!fs::exists(corpus)) return out;
    const OutletTable outlets = load_outlet_table(ROSTRA_SOURCE_DIR "/corpus/outlets.tsv");
    ReaderSink sink;
    sink.article = [&](Article&& a) {
      resolve_metadata(a, outlets);
      out.push_back(std::move(a));
    };
    sink.issue = [](InputIssue&&) {};
    InputStats stats;
    std::vector<fs::path> inputs;
    for (const char* part : {"bbc-news", "isot-fake-news", "kremlin-en-full", "ru-news"}) {
      if (fs::exists(corpus / part)) inputs.push_back(corpus / part);
    }
    read_inputs(inputs, sink, stats);
    return out;
  }();
  return articles;
}

}  // namespace rostra
