#pragma once
// Builds small databases from hand-written articles, on the in-memory or glass backend, so
// that round-trip tests run against both (as Xapian's own suite does).

#include <xapian.h>

#include <filesystem>
#include <string>
#include <vector>

#include "common/index/write/article_writer.h"
#include "common/index/write/writable_index.h"
#include "common/input/metadata/outlet_table.h"
#include "common/model/article.h"
#include "common/quotes/speaker_aliases.h"
#include "tests/support/test_support.h"

namespace rostra::testing {

enum class Backend { kInMemory, kGlass };

inline std::string backend_name(Backend backend) {
  return backend == Backend::kInMemory ? "InMemory" : "Glass";
}

/// A fresh temporary directory, removed with its contents (shared with the unit tests).
using TempDir = rostra::test::TempDir;

/// An article with the given fields; the rest left unknown.
inline Article make_article(std::string title, std::string body, std::string url = "",
                            std::string date = "", std::string outlet = "") {
  Article a;
  a.title = std::move(title);
  a.body = std::move(body);
  a.url = std::move(url);
  a.raw_date = std::move(date);
  a.raw_outlet = std::move(outlet);
  return a;
}

/// The project's speaker alias table (corpus/speakers.tsv) with its office table
/// (corpus/offices.tsv), as the programs load them.
inline const SpeakerAliases& project_aliases() {
  static const SpeakerAliases aliases = [] {
    SpeakerAliases table = load_speaker_aliases(ROSTRA_SOURCE_DIR "/corpus/speakers.tsv");
    table.set_offices(load_office_table(ROSTRA_SOURCE_DIR "/corpus/offices.tsv"));
    return table;
  }();
  return aliases;
}

/// Writes `articles` into a new index on `backend` (glass under `dir`) and returns it
/// open for writing; reads see everything written.
inline WritableIndex build_index(Backend backend, const TempDir& dir, std::vector<Article> articles,
                                 const OutletTable& outlets = OutletTable()) {
  WritableIndex index = backend == Backend::kInMemory
                            ? in_memory_index()
                            : open_index_for_writing((dir.path() / "db").string());
  ArticleWriter writer(index, outlets, project_aliases());
  std::vector<std::string> warnings;
  for (Article& article : articles) writer.write(article, warnings);
  index.commit();
  return index;
}

/// An in-memory index of `articles` written without quote extraction: the baseline that
/// shows quotes do not change article ranking.
inline WritableIndex in_memory_index_without_quotes(std::vector<Article> articles) {
  WritableIndex index = in_memory_index();
  OutletTable outlets;
  ArticleWriter writer(index, outlets, project_aliases(), /*extract_quotes=*/false);
  std::vector<std::string> warnings;
  for (Article& article : articles) writer.write(article, warnings);
  index.commit();
  return index;
}

/// A read view of a writable index.
inline ReadableIndex readable(const WritableIndex& index) {
  return read_view(index);
}

}  // namespace rostra::testing
