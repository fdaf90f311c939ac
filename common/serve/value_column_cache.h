#pragma once
// ValueColumns kept for the revision the server reads.

#include <xapian.h>

#include <memory>
#include <mutex>

#include "common/serve/value_columns.h"

namespace rostra {

/// The ValueColumns of one database (articles or quotes), read on first use for each
/// revision and shared by every request on it: what the facets and histogram endpoints
/// count does not depend on the query, so it is read once per commit, not once a request.
/// Holds the last revision asked for only (memory stays one set of columns). Thread-safe:
/// callers asking while the columns are read wait for them instead of reading them too.
class ValueColumnCache {
 public:
  /// The columns of `db` at its current revision, or null when `db` is several databases
  /// searched as one (a bulk load under way), which columns cannot describe. Throws
  /// Xapian::Error when the database cannot be read.
  std::shared_ptr<const ValueColumns> columns(const Xapian::Database& db);

 private:
  std::mutex mutex_;
  std::shared_ptr<const ValueColumns> columns_;
};

}  // namespace rostra
