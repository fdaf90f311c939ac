#pragma once
// Reading a Rostra index directory (articles/ and quotes/ glass databases, see schema.h):
// what searches open. Holds no writer types; the writing side is index/write/.

#include <xapian.h>

#include <memory>
#include <string>
#include <vector>

#include "common/index/database_access.h"
#include "common/tokens/token_store.h"

namespace rostra {

/// An index directory open for reading.
struct ReadableIndex {
  Xapian::Database articles;
  Xapian::Database quotes;
  std::string dir;  ///< The directory it was opened from; empty for one made otherwise.
  /// Each database of `articles` (and `quotes`) alone: the main one, then any segments of a
  /// bulk load under way. Their metadata holds the dictionary (see Vocabulary).
  std::vector<Xapian::Database> article_databases;
  std::vector<Xapian::Database> quote_databases;
  /// The token records of the articles and quotes databases. Shared by copies of this
  /// index, so use copies on one thread only.
  std::shared_ptr<TokenStoreReader> article_tokens;
  std::shared_ptr<TokenStoreReader> quote_tokens;
  /// The article link terms of quotes a reader must not show: quotes committed in a batch
  /// whose articles' commit failed (see torn_commit_quote_links). Empty in any other state.
  std::vector<std::string> hidden_quote_links;

  /// Reopens every database on its latest commit (after Xapian::DatabaseModifiedError): an
  /// index opened from a directory is opened from it again (as open_index_for_reading, whose
  /// errors it throws), so a bulk load's switch-over meanwhile leaves no removed segment in
  /// it; views from a writer reopen their databases. Token readers are replaced: records
  /// read before are invalid afterwards.
  void reopen();
};

/// The article link terms (kPrefixArticle + id) of `quotes` whose article `articles` lacks,
/// when the quotes database's commit count (kCommitCountKey) differs from the articles
/// database's: the quotes of a batch whose quotes committed but whose articles' commit
/// failed or was killed (see WritableIndex::commit). Empty when the counts agree (then a
/// quote without its article is damage, not a torn commit). Links hashed from long ids
/// cannot name their article and are not listed. Cost: one pass over the link terms, only
/// in that state. Throws Xapian::Error.
std::vector<std::string> torn_commit_quote_links(const Xapian::Database& articles,
                                                 const Xapian::Database& quotes);

/// `query` over `index`'s quotes without the quotes it hides (hidden_quote_links): what
/// every quote search must run, so that no reader shows a quote whose article is absent.
Xapian::Query without_hidden_quotes(const ReadableIndex& index, Xapian::Query query);

/// Opens an index directory for reading: its main databases, and, while a main database is
/// empty, the segments of a bulk load under way (see segment_directories.h), searched as one. A
/// reader thus sees a finishing bulk load before or after its switch-over, never both;
/// segments removed while it opens them make it open again (a few times). Throws DatabaseError
/// naming the path when it does not exist, is not a Rostra index, or was written with another
/// schema version.
ReadableIndex open_index_for_reading(const std::string& dir);

/// What a long-running reader compares to know that it must open `dir` anew: the version
/// files of the main databases (a commit or a switch-over changes them) and the list of the
/// segments of a bulk load under way. Cheap (two small files and a directory listing); never
/// throws (a missing part reads as empty).
std::string index_change_key(const std::string& dir);

}  // namespace rostra
