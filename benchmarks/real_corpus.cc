#include "real_corpus.h"

#include <algorithm>
#include <ostream>
#include <random>
#include <stdexcept>
#include <string>

#include "common/base/json_writer.h"
#include "common/input/input_reader.h"
#include "common/input/metadata/article_metadata.h"
#include "common/input/metadata/outlet_table.h"

namespace rostra::bench {
namespace {

bool from_bbc_dump(const Article& a) {
  return a.origin_file.find("bbc-news") != std::string::npos;
}

}  // namespace

std::vector<Article> load_real_articles(const std::vector<std::filesystem::path>& inputs) {
  std::vector<Article> out;
  OutletTable outlets = load_outlet_table(ROSTRA_SOURCE_DIR "/corpus/outlets.tsv");
  ReaderSink sink;
  sink.article = [&](Article&& a) {
    resolve_metadata(a, outlets);
    if (a.outlet.empty() && from_bbc_dump(a)) a.outlet = "BBC News";
    out.push_back(std::move(a));
  };
  sink.issue = [](InputIssue&&) {};  // rejected records are skipped; they are not articles
  InputStats stats;
  read_inputs(inputs, sink, stats);
  if (out.empty()) throw std::runtime_error("no articles in the real-text sources");
  // Sorted first, so the order depends on the articles only, not on the reading order.
  std::stable_sort(out.begin(), out.end(),
                   [](const Article& x, const Article& y) { return x.id < y.id; });
  std::mt19937_64 rng(23);
  std::shuffle(out.begin(), out.end(), rng);
  return out;
}

void write_real_range(const std::vector<Article>& base, std::uint64_t first, std::uint64_t count,
                      std::ostream& out) {
  for (std::uint64_t n = first; n < first + count; ++n) {
    const Article& a = base[n % base.size()];
    std::uint64_t copy = n / base.size();
    std::string suffix;
    if (copy > 0) suffix = "#r" + std::to_string(copy + 1);
    out << JsonObject()
               .add("id", a.id + suffix)
               .add_or_null("url", a.url.empty() ? a.url : a.url + suffix)
               .add_or_null("title", a.title)
               .add_or_null("lead", a.lead)
               .add("body", a.body)
               .add_or_null("date", a.date)
               .add_or_null("outlet", a.outlet)
               .add_or_null("author", a.author)
               .add_or_null("language", a.language)
               .str()
        << '\n';
  }
}

}  // namespace rostra::bench
