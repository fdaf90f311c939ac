#pragma once
// Opening Rostra databases with the schema-version check of schema.h.

#include <xapian.h>

#include <string>

namespace rostra {

/// Opens (creating it and its parent directories if needed) a database for writing. A new database
/// gets the current schema version; an existing one must carry it. Throws DatabaseError naming the
/// path when the database is locked by another writer, of another schema version, or unusable.
Xapian::WritableDatabase open_for_writing(const std::string& path);

/// Opens a database for reading. Throws DatabaseError naming the path when it does not
/// exist, is not a Rostra database, or was written with another schema version.
Xapian::Database open_for_reading(const std::string& path);

/// The schema version stored in `db`, or 0 when it has none.
int stored_schema_version(const Xapian::Database& db);

}  // namespace rostra
