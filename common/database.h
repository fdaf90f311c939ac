#pragma once
// Opening Rostra index directories (articles/ and quotes/ glass databases, see schema.h)
// with the schema-version check.

#include <xapian.h>

#include <string>

namespace rostra {

/// An index directory open for writing. Commit both together with commit().
struct WritableIndex {
  Xapian::WritableDatabase articles;
  Xapian::WritableDatabase quotes;

  /// Commits quotes, then articles: after a crash between the two, the articles database
  /// never refers to quotes that are missing.
  void commit() {
    quotes.commit();
    articles.commit();
  }
};

/// An index directory open for reading.
struct ReadableIndex {
  Xapian::Database articles;
  Xapian::Database quotes;
  std::string dir;  ///< The directory it was opened from; empty for one made otherwise.
};

/// Opens (creating it and its parents if needed) an index directory for writing. New
/// databases get the current schema version; existing ones must carry it. Throws
/// DatabaseError naming the path when the index is locked by another writer, of another
/// schema version, or unusable.
WritableIndex open_index_for_writing(const std::string& dir);

/// Opens an index directory for reading: its main databases, and the shards of a bulk load
/// under way (see index_shards.h), searched as one. Throws DatabaseError naming the path when it
/// does not exist, is not a Rostra index, or was written with another schema version.
ReadableIndex open_index_for_reading(const std::string& dir);

/// An in-memory index, for tests.
WritableIndex in_memory_index();

/// Opens one database of an index (or a standalone one) for writing, with the same checks.
Xapian::WritableDatabase open_for_writing(const std::string& path);

/// Whether `path` holds a (glass) database.
bool database_exists(const std::string& path);

/// Opens one database for reading, with the same checks.
Xapian::Database open_for_reading(const std::string& path);

/// The docid of the first document of `db` holding `term` (for a unique id term: the
/// document), or 0 when none does.
Xapian::docid find_docid(const Xapian::Database& db, const std::string& term);

/// The schema version stored in `db`, or 0 when it has none.
int stored_schema_version(const Xapian::Database& db);

}  // namespace rostra
