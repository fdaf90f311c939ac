#include "common/index/write/writable_index.h"

#include <filesystem>

#include "common/base/errors.h"
#include "common/index/write/document_store.h"
#include "common/index/write/index_lock.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

std::string sub(const std::string& dir, std::string_view name) {
  return (std::filesystem::path(dir) / name).string();
}

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
    check_schema_version(db, path);
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

WritableIndex::WritableIndex(Xapian::WritableDatabase articles_db,
                             Xapian::WritableDatabase quotes_db,
                             std::shared_ptr<TermDictionary> dictionary,
                             TokenStoreWriter article_tokens, TokenStoreWriter quote_tokens)
    : articles(std::move(articles_db)),
      quotes(std::move(quotes_db)),
      dictionary_(std::move(dictionary)),
      article_tokens_(std::move(article_tokens)),
      quote_tokens_(std::move(quote_tokens)) {}

Xapian::docid WritableIndex::store(Xapian::WritableDatabase& db, TokenStoreWriter& tokens,
                                   RecordedWords& recorded, const std::string& id_term,
                                   IndexedDocument& doc) {
  struct Target {
    Xapian::WritableDatabase& db;
    const std::string& id_term;
    std::string metadata(const std::string& key) { return db.get_metadata(key); }
    void set_metadata(const std::string& key, const std::string& value) {
      db.set_metadata(key, value);
    }
    Xapian::docid add(const IndexedDocument& d) {
      return db.replace_document(id_term, to_xapian_document(d));
    }
  } target{db, id_term};
  return store_document_with_record(target, tokens, recorded, doc);
}

Xapian::docid WritableIndex::replace_article(const std::string& id_term, IndexedDocument& doc) {
  return store(articles, article_tokens_, article_words_, id_term, doc);
}

Xapian::docid WritableIndex::replace_quote(const std::string& id_term, IndexedDocument& doc) {
  return store(quotes, quote_tokens_, quote_words_, id_term, doc);
}

void WritableIndex::begin_batch() {
  if (article_memory_) return;  // the in-memory backend has no transactions (nor a disk)
  quotes.begin_transaction();
  articles.begin_transaction();
}

void WritableIndex::commit_quotes() {
  article_tokens_.sync();
  quote_tokens_.sync();
  quotes.set_metadata(std::string(schema::kCommitCountKey), std::to_string(commits_ + 1));
  if (article_memory_) {
    quotes.commit();
  } else {
    quotes.commit_transaction();
  }
}

void WritableIndex::commit() {
  commit_quotes();
  articles.set_metadata(std::string(schema::kCommitCountKey), std::to_string(commits_ + 1));
  ++commits_;
  if (article_memory_) {
    articles.commit();
    return;
  }
  articles.commit_transaction();
  begin_batch();
}

void check_index_directory(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(dir, error) || fs::is_empty(dir, error)) return;
  for (std::string_view entry : {schema::kArticlesDatabase, std::string_view(kWriterLockFile)}) {
    if (fs::exists(fs::path(dir) / entry, error)) return;
  }
  throw DatabaseError(dir + ": not a Rostra index (a directory holding other files); give " +
                      "an index directory, a new path or an empty directory");
}

void WritableIndex::remove_quotes_of_torn_commit() {
  const std::string key(schema::kCommitCountKey);
  const std::string count = articles.get_metadata(key);
  if (quotes.get_metadata(key) == count) return;
  for (const std::string& link : torn_commit_quote_links(articles, quotes)) {
    quotes.delete_document(link);
  }
  quotes.set_metadata(key, count);
  quotes.commit();
}

WritableIndex open_index_for_writing(const std::string& dir,
                                     std::shared_ptr<TermDictionary> dictionary,
                                     const std::string& part_prefix) {
  if (database_exists(dir)) {
    throw DatabaseError(dir + ": a single Xapian database, not a Rostra index directory");
  }
  // Quotes are created first: an articles database without one lost it.
  if (database_exists(sub(dir, schema::kArticlesDatabase)) &&
      !database_exists(sub(dir, schema::kQuotesDatabase))) {
    throw DatabaseError(dir + ": the quotes database is missing (" +
                        sub(dir, schema::kQuotesDatabase) + "); restore it or index again");
  }
  if (!dictionary) dictionary = std::make_shared<TermDictionary>();
  // Quotes first: a reader takes a directory with an articles database for a whole index.
  const std::string quotes_path = sub(dir, schema::kQuotesDatabase);
  const std::string articles_path = sub(dir, schema::kArticlesDatabase);
  Xapian::WritableDatabase quotes = open_for_writing(quotes_path);
  Xapian::WritableDatabase articles = open_for_writing(articles_path);
  WritableIndex index(std::move(articles), std::move(quotes), dictionary,
                      TokenStoreWriter(articles_path, part_prefix),
                      TokenStoreWriter(quotes_path, part_prefix));
  index.article_dir_ = articles_path;
  index.quote_dir_ = quotes_path;
  try {
    dictionary->load_from(index.quotes, quotes_path);
    dictionary->load_from(index.articles, articles_path);
    index.quote_words_.load_from(index.quotes, quotes_path);
    index.article_words_.load_from(index.articles, articles_path);
  } catch (const Xapian::Error& e) {
    throw DatabaseError(dir + ": cannot read the word dictionary: " + e.get_description());
  }
  try {
    index.remove_quotes_of_torn_commit();
    const std::string count = index.articles.get_metadata(std::string(schema::kCommitCountKey));
    index.commits_ = count.empty() ? 0 : std::stoull(count);
  } catch (const Xapian::Error& e) {
    throw DatabaseError(dir + ": cannot repair an interrupted commit: " + e.get_description());
  } catch (const std::exception& e) {
    throw DatabaseError(dir + ": bad commit count: " + e.what());
  }
  index.begin_batch();
  return index;
}

WritableIndex in_memory_index() {
  auto article_memory = std::make_shared<MemoryTokenParts>();
  auto quote_memory = std::make_shared<MemoryTokenParts>();
  WritableIndex index(Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY),
                      Xapian::WritableDatabase(std::string(), Xapian::DB_BACKEND_INMEMORY),
                      std::make_shared<TermDictionary>(), TokenStoreWriter(article_memory, "m"),
                      TokenStoreWriter(quote_memory, "m"));
  index.article_memory_ = std::move(article_memory);
  index.quote_memory_ = std::move(quote_memory);
  for (Xapian::WritableDatabase* db : {&index.articles, &index.quotes}) {
    db->set_metadata(std::string(schema::kSchemaVersionKey),
                     std::to_string(schema::kSchemaVersion));
  }
  return index;
}

ReadableIndex read_view(const WritableIndex& index) {
  ReadableIndex view;
  view.articles = index.articles;
  view.quotes = index.quotes;
  view.article_databases = {index.articles};
  view.quote_databases = {index.quotes};
  if (index.article_memory()) {
    view.article_tokens = std::make_shared<TokenStoreReader>(index.article_memory());
    view.quote_tokens = std::make_shared<TokenStoreReader>(index.quote_memory());
  } else {
    view.article_tokens =
        std::make_shared<TokenStoreReader>(std::vector<std::string>{index.article_dir()});
    view.quote_tokens =
        std::make_shared<TokenStoreReader>(std::vector<std::string>{index.quote_dir()});
  }
  return view;
}

}  // namespace rostra
