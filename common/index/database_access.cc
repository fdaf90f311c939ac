#include "common/index/database_access.h"

#include <filesystem>

#include "common/base/errors.h"
#include "common/schema/schema.h"

namespace rostra {

void check_schema_version(const Xapian::Database& db, const std::string& path) {
  int version = stored_schema_version(db);
  if (version == schema::kSchemaVersion) return;
  if (version == 0) {
    throw DatabaseError(path +
                        ": not a Rostra database (no schema version; written by another tool?)");
  }
  throw DatabaseError(path + ": written with Rostra schema version " + std::to_string(version) +
                      ", this build reads version " + std::to_string(schema::kSchemaVersion) +
                      "; re-index the articles into a new database");
}

bool database_exists(const std::string& path) {
  return std::filesystem::exists(std::filesystem::path(path) / "iamglass");
}

Xapian::docid find_docid(const Xapian::Database& db, const std::string& term) {
  Xapian::PostingIterator it = db.postlist_begin(term);
  return it == db.postlist_end(term) ? 0 : *it;
}

int stored_schema_version(const Xapian::Database& db) {
  std::string value = db.get_metadata(std::string(schema::kSchemaVersionKey));
  if (value.empty()) return 0;
  try {
    return std::stoi(value);
  } catch (const std::exception&) {
    return -1;
  }
}

Xapian::Database open_for_reading(const std::string& path) {
  if (!std::filesystem::exists(path)) throw DatabaseError(path + ": no such database");
  try {
    Xapian::Database db(path);
    check_schema_version(db, path);
    return db;
  } catch (const Xapian::Error& e) {
    throw DatabaseError(path + ": cannot open: " + e.get_description());
  }
}

}  // namespace rostra
