#pragma once
// Writes articles into an open Xapian database: metadata resolution, document building and
// idempotent replacement by id. Shared by the indexer and by tests on any backend.

#include <xapian.h>

#include <string>
#include <vector>

#include "common/article.h"
#include "common/document_builder.h"
#include "common/outlet_table.h"

namespace rostra {

/// Adds or replaces articles by their unique id term, so writing the same article twice
/// leaves one document. Not thread-safe.
class ArticleWriter {
 public:
  enum class Outcome { kAdded, kReplaced };

  /// `db` and `outlets` must outlive the writer.
  ArticleWriter(Xapian::WritableDatabase& db, const OutletTable& outlets)
      : db_(db), outlets_(outlets) {}

  /// Resolves `article`'s metadata in place (see resolve_metadata), then writes it.
  /// Appends metadata warnings to `warnings`. Throws Xapian::Error on a database failure.
  Outcome write(Article& article, std::vector<std::string>& warnings);

 private:
  Xapian::WritableDatabase& db_;
  const OutletTable& outlets_;
  DocumentBuilder builder_;
};

}  // namespace rostra
