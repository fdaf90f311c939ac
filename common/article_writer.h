#pragma once
// Writes articles into an open index: quote extraction, document building and idempotent
// replacement by id. Shared by the indexer, the benchmarks and tests on any backend.

#include <xapian.h>

#include <string>
#include <vector>

#include "common/article.h"
#include "common/database.h"
#include "common/document_builder.h"
#include "common/outlet_table.h"
#include "common/speaker_aliases.h"

namespace rostra {

/// Adds or replaces articles by their unique id term, so writing the same article twice
/// leaves one article document and one set of quote documents. Not thread-safe.
class ArticleWriter {
 public:
  enum class Outcome { kAdded, kReplaced };

  /// `index`, `outlets` and `aliases` must outlive the writer. With `extract_quotes` false,
  /// articles are indexed without quotes or speakers (for measuring what extraction costs).
  ArticleWriter(WritableIndex& index, const OutletTable& outlets, const SpeakerAliases& aliases,
                bool extract_quotes = true)
      : index_(index), outlets_(outlets), aliases_(aliases), extract_quotes_(extract_quotes) {}

  /// Resolves `article`'s metadata in place (see resolve_metadata), appending warnings,
  /// then writes it as write_resolved does.
  Outcome write(Article& article, std::vector<std::string>& warnings);

  /// Extracts and attributes the article's quotes (filling quotes and speakers), then
  /// writes the article document and its quote documents, replacing earlier versions.
  /// REQUIRES: metadata resolved. Throws Xapian::Error on a database failure.
  Outcome write_resolved(Article& article);

 private:
  WritableIndex& index_;
  const OutletTable& outlets_;
  const SpeakerAliases& aliases_;
  bool extract_quotes_;
  DocumentBuilder builder_;
};

/// Fills article.quotes from its body and article.speakers with the distinct speakers of
/// its kind-quote quotes, in order of first appearance.
void analyze_quotes(Article& article, const SpeakerAliases& aliases);

}  // namespace rostra
