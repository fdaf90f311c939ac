#include "common/index/readable_index.h"

#include <filesystem>
#include <fstream>
#include <iterator>

#include "common/base/errors.h"
#include "common/index/segment_directories.h"
#include "common/schema/schema.h"

namespace rostra {
namespace {

std::string sub(const std::string& dir, std::string_view name) {
  return (std::filesystem::path(dir) / name).string();
}

}  // namespace

std::vector<std::string> torn_commit_quote_links(const Xapian::Database& articles,
                                                 const Xapian::Database& quotes) {
  const std::string key(schema::kCommitCountKey);
  if (quotes.get_metadata(key) == articles.get_metadata(key)) return {};
  const std::string link_prefix(schema::kPrefixArticle);
  std::vector<std::string> orphans;
  for (auto t = quotes.allterms_begin(link_prefix); t != quotes.allterms_end(link_prefix); ++t) {
    const std::string id = (*t).substr(link_prefix.size());
    // A hashed link cannot name its article's id term: such quotes are left to the rerun.
    if (id.starts_with('#')) continue;
    if (!articles.term_exists(std::string(schema::kPrefixId) + id)) orphans.push_back(*t);
  }
  return orphans;
}

Xapian::Query without_hidden_quotes(const ReadableIndex& index, Xapian::Query query) {
  if (index.hidden_quote_links.empty()) return query;
  return Xapian::Query(Xapian::Query::OP_AND_NOT, std::move(query),
                       Xapian::Query(Xapian::Query::OP_OR, index.hidden_quote_links.begin(),
                                     index.hidden_quote_links.end()));
}

void ReadableIndex::reopen() {
  // A directory's databases are opened anew: the commit that invalidated them may be a
  // bulk load's switch-over, after which the segments are gone and the main databases are
  // other ones (reopening each would mix the new main database with the old segments).
  if (!dir.empty()) {
    *this = open_index_for_reading(dir);
    return;
  }
  articles.reopen();
  quotes.reopen();
  for (Xapian::Database& db : article_databases) db.reopen();
  for (Xapian::Database& db : quote_databases) db.reopen();
  hidden_quote_links = torn_commit_quote_links(articles, quotes);
}

namespace {

// Opens `dir`'s main database `name` and, while it is empty (a bulk load into an empty index
// is under way: see segment_directories.h), the segments' `name` databases; appends them to
// `databases` and their directories to `dirs`. An exchange of the main database with the
// merged one thus switches a reader from the segments to the merged database at once.
// Throws DatabaseError when a database cannot be opened (e.g. a segment removed meanwhile)
// or the main database was switched while the segments were listed.
void open_kind(const std::string& dir, std::string_view name, std::vector<Xapian::Database>& dbs,
               std::vector<std::string>& dirs) {
  const std::string main = sub(dir, name);
  dirs.push_back(main);
  dbs.push_back(open_for_reading(main));
  if (dbs.back().get_doccount() != 0) return;
  const std::string main_uuid = dbs.back().get_uuid();
  for (const std::string& segment : list_segment_directories(dir)) {
    dirs.push_back(sub(segment, name));
    dbs.push_back(open_for_reading(dirs.back()));
  }
  // The switch-over exchanges the main database before it removes the segments, so a list
  // taken while they were being removed (a part of the index) shows as a new main database.
  if (open_for_reading(main).get_uuid() != main_uuid) {
    throw DatabaseError(main + ": switched to the merged database while opening");
  }
}

}  // namespace

std::string index_change_key(const std::string& dir) {
  std::string key;
  for (std::string_view name : {schema::kArticlesDatabase, schema::kQuotesDatabase}) {
    std::ifstream version(std::filesystem::path(sub(dir, name)) / "iamglass", std::ios::binary);
    key.append(std::istreambuf_iterator<char>(version), std::istreambuf_iterator<char>());
    key.push_back('\n');
  }
  try {
    for (const std::string& segment : list_segment_directories(dir)) key += segment + "\n";
  } catch (const std::exception&) {
    key += "?";  // unreadable now: compared again at the next search
  }
  return key;
}

ReadableIndex open_index_for_reading(const std::string& dir) {
  if (!std::filesystem::exists(dir)) throw DatabaseError(dir + ": no such database");
  if (!std::filesystem::exists(std::filesystem::path(dir) / schema::kArticlesDatabase)) {
    throw DatabaseError(dir + ": not a Rostra index (no " + std::string(schema::kArticlesDatabase) +
                        "/ inside)");
  }
  // A writer finishing a bulk load removes the segments once the merged databases are in
  // place: a reader that listed them before then opens again.
  constexpr int kAttempts = 5;
  for (int attempt = 1;; ++attempt) {
    ReadableIndex index;
    index.dir = dir;
    std::vector<std::string> article_dirs;
    std::vector<std::string> quote_dirs;
    try {
      open_kind(dir, schema::kArticlesDatabase, index.article_databases, article_dirs);
      open_kind(dir, schema::kQuotesDatabase, index.quote_databases, quote_dirs);
      // Their parts are mapped now, so a segment removed from here on stays readable.
      index.article_tokens = std::make_shared<TokenStoreReader>(article_dirs);
      index.quote_tokens = std::make_shared<TokenStoreReader>(quote_dirs);
    } catch (const DatabaseError&) {
      if (attempt >= kAttempts) throw;
      continue;
    }
    for (Xapian::Database& db : index.article_databases) index.articles.add_database(db);
    for (Xapian::Database& db : index.quote_databases) index.quotes.add_database(db);
    try {
      index.hidden_quote_links = torn_commit_quote_links(index.articles, index.quotes);
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= kAttempts) throw DatabaseError(dir + ": changed while opened, repeatedly");
      continue;
    } catch (const Xapian::Error& e) {
      throw DatabaseError(dir + ": cannot read the quotes: " + e.get_description());
    }
    return index;
  }
}

}  // namespace rostra
