// Web page extraction speed: charset, HTML5 parse, metadata and main text, in MB of HTML per
// second on one core, over the pages of ../shared/html-news (skipped when absent).
#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <vector>

#include "common/input/byte_source.h"
#include "common/input/web/html_article.h"

namespace rostra::bench {
namespace {

const std::vector<std::string>& news_pages() {
  static const std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    std::filesystem::path dir =
        std::filesystem::path(ROSTRA_SOURCE_DIR) / ".." / "shared" / "html-news" / "pages";
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
      std::string page;
      read_whole_file(entry.path(), page, 64u << 20);
      out.push_back(std::move(page));
    }
    return out;
  }();
  return pages;
}

void BM_WebInput_ParseAndExtractHtml(benchmark::State& state) {
  const auto& pages = news_pages();
  if (pages.empty()) {
    state.SkipWithError("no ../shared/html-news/pages");
    return;
  }
  std::size_t bytes = 0;
  for (const std::string& page : pages) bytes += page.size();
  std::size_t with_text = 0;
  for (auto _ : state) {
    with_text = 0;
    for (const std::string& page : pages) {
      HtmlExtraction out = extract_html_article(page, {});
      with_text += !out.article.body.empty();
    }
  }
  // A broken extractor must not look fast: nearly every page has main text.
  if (with_text + 10 < pages.size()) state.SkipWithError("pages without text");
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["pages"] = static_cast<double>(pages.size());
}
BENCHMARK(BM_WebInput_ParseAndExtractHtml)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace rostra::bench
