#pragma once
// One database of an index (articles/ or quotes/, or a standalone one): whether it exists,
// opening it for reading with the schema-version check, and small lookups. Shared by the
// reading and the writing side.

#include <xapian.h>

#include <string>

namespace rostra {

/// Whether `path` holds a (glass) database.
bool database_exists(const std::string& path);

/// Opens one database for reading. Throws DatabaseError naming the path when it does not
/// exist, cannot be opened, or carries no or another schema version.
Xapian::Database open_for_reading(const std::string& path);

/// Throws DatabaseError naming `path` when `db` carries no or another schema version.
void check_schema_version(const Xapian::Database& db, const std::string& path);

/// The docid of the first document of `db` holding `term` (for a unique id term: the
/// document), or 0 when none does.
Xapian::docid find_docid(const Xapian::Database& db, const std::string& term);

/// The schema version stored in `db`, or 0 when it has none.
int stored_schema_version(const Xapian::Database& db);

}  // namespace rostra
