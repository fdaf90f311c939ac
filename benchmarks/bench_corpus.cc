#include "bench_corpus.h"

#include <map>
#include <stdexcept>

#include "common/input/input_reader.h"
#include "common/input/metadata/article_metadata.h"
#include "common/input/metadata/outlet_table.h"

namespace rostra::bench {

const std::vector<Article>& sample_articles(std::size_t copies) {
  static std::map<std::size_t, std::vector<Article>> cache;
  auto found = cache.find(copies);
  if (found != cache.end()) return found->second;
  std::vector<Article> base;
  OutletTable outlets = load_outlet_table(ROSTRA_SOURCE_DIR "/corpus/outlets.tsv");
  ReaderSink sink;
  sink.article = [&](Article&& a) {
    resolve_metadata(a, outlets);
    base.push_back(std::move(a));
  };
  sink.issue = [](InputIssue&& issue) {
    if (issue.kind == InputIssue::Kind::kRejected) throw std::runtime_error(issue.message());
  };
  InputStats stats;
  read_inputs({std::filesystem::path(ROSTRA_SOURCE_DIR) / "corpus" / "sample"}, sink, stats);
  std::vector<Article>& out = cache[copies];
  for (std::size_t copy = 0; copy < copies; ++copy) {
    for (Article a : base) {
      // Distinct ids survive the writer's own metadata resolution.
      std::string suffix(1, '#');  // built in two steps: GCC 12 -O3 warns on "#" + s
      suffix += std::to_string(copy);
      a.given_id = a.id + suffix;
      if (!a.url.empty()) a.url += suffix;
      a.id += suffix;
      out.push_back(std::move(a));
    }
  }
  return out;
}

std::size_t text_bytes(const std::vector<Article>& articles) {
  std::size_t total = 0;
  for (const Article& a : articles) total += a.title.size() + a.lead.size() + a.body.size();
  return total;
}

}  // namespace rostra::bench
