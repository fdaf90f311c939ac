#include "common/database.h"

#include <filesystem>

#include "common/errors.h"
#include "common/index_shards.h"
#include "common/schema.h"

namespace rostra {
namespace {

void check_version(const Xapian::Database& db, const std::string& path) {
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

}  // namespace

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

namespace {

// Makes a new, empty database at `path` holding the schema version. It is built at PATH.new
// and renamed into place, so a reader never sees one without its version, and a writer
// killed while making it leaves only PATH.new, which the next one replaces.
void create_database(const std::string& path) {
  namespace fs = std::filesystem;
  std::string fresh = path + ".new";
  fs::remove_all(fresh);
  {
    Xapian::WritableDatabase db(fresh, Xapian::DB_CREATE | Xapian::DB_BACKEND_GLASS);
    db.set_metadata(std::string(schema::kSchemaVersionKey), std::to_string(schema::kSchemaVersion));
    db.commit();
  }
  std::error_code error;
  fs::rename(fresh, path, error);  // replaces an empty directory, never a non-empty one
  if (error) {
    fs::remove_all(fresh);
    throw DatabaseError(path + ": exists but is not a database (" + error.message() + ")");
  }
}

}  // namespace

Xapian::WritableDatabase open_for_writing(const std::string& path) {
  std::error_code ignored;  // Xapian reports what matters if this fails
  std::filesystem::path parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ignored);
  try {
    if (!database_exists(path)) create_database(path);
    Xapian::WritableDatabase db(path, Xapian::DB_OPEN | Xapian::DB_BACKEND_GLASS);
    check_version(db, path);
    return db;
  } catch (const std::filesystem::filesystem_error& e) {
    throw DatabaseError(path + ": cannot create: " + e.what());
  } catch (const Xapian::DatabaseLockError& e) {
    throw DatabaseError(path + ": database is locked: another rostra-index is writing to it (" +
                        e.get_msg() + ")");
  } catch (const Xapian::Error& e) {
    throw DatabaseError(path + ": cannot open for writing: " + e.get_description());
  }
}

namespace {

std::string sub(const std::string& dir, std::string_view name) {
  return (std::filesystem::path(dir) / name).string();
}

}  // namespace

WritableIndex open_index_for_writing(const std::string& dir) {
  if (database_exists(dir)) {
    throw DatabaseError(dir + ": a single Xapian database, not a Rostra index directory");
  }
  // Quotes first: a reader takes a directory with an articles database for a whole index.
  Xapian::WritableDatabase quotes = open_for_writing(sub(dir, schema::kQuotesDatabase));
  Xapian::WritableDatabase articles = open_for_writing(sub(dir, schema::kArticlesDatabase));
  return WritableIndex{std::move(articles), std::move(quotes)};
}

ReadableIndex open_index_for_reading(const std::string& dir) {
  if (!std::filesystem::exists(dir)) throw DatabaseError(dir + ": no such database");
  if (!std::filesystem::exists(std::filesystem::path(dir) / schema::kArticlesDatabase)) {
    throw DatabaseError(dir + ": not a Rostra index (no " + std::string(schema::kArticlesDatabase) +
                        "/ inside)");
  }
  ReadableIndex index{open_for_reading(sub(dir, schema::kArticlesDatabase)),
                      open_for_reading(sub(dir, schema::kQuotesDatabase)), dir};
  for (const std::string& shard : list_shard_directories(dir)) {
    index.articles.add_database(open_for_reading(sub(shard, schema::kArticlesDatabase)));
    index.quotes.add_database(open_for_reading(sub(shard, schema::kQuotesDatabase)));
  }
  return index;
}

WritableIndex in_memory_index() {
  WritableIndex index{Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY),
                      Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY)};
  for (Xapian::WritableDatabase* db : {&index.articles, &index.quotes}) {
    db->set_metadata(std::string(schema::kSchemaVersionKey),
                     std::to_string(schema::kSchemaVersion));
  }
  return index;
}

Xapian::Database open_for_reading(const std::string& path) {
  if (!std::filesystem::exists(path)) throw DatabaseError(path + ": no such database");
  try {
    Xapian::Database db(path);
    check_version(db, path);
    return db;
  } catch (const Xapian::Error& e) {
    throw DatabaseError(path + ": cannot open: " + e.get_description());
  }
}

}  // namespace rostra
