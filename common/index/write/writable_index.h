#pragma once
// Writing a Rostra index directory: the index open for writing (its two databases, token
// parts and word dictionary), the write protocol and the paired commit. Readers use
// readable_index.h, which knows nothing of this.

#include <xapian.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common/document/indexed_document.h"
#include "common/index/readable_index.h"
#include "common/tokens/term_dictionary.h"
#include "common/tokens/token_store.h"

namespace rostra {

/// An index directory open for writing: its two databases, the token parts this writer
/// appends records to, and the index's word dictionary. Not thread-safe, except that the
/// dictionary may be shared with analysis threads.
class WritableIndex {
 public:
  Xapian::WritableDatabase articles;
  Xapian::WritableDatabase quotes;

  /// Nothing open: assign an opened index before use.
  WritableIndex() = default;
  WritableIndex(Xapian::WritableDatabase articles_db, Xapian::WritableDatabase quotes_db,
                std::shared_ptr<TermDictionary> dictionary, TokenStoreWriter article_tokens,
                TokenStoreWriter quote_tokens);

  /// Stores `doc` as the article (or quote) document holding `id_term`, replacing it:
  /// appends its token record, points kSlotTokens at it, and adds the dictionary entries
  /// the database lacks. Returns its docid. Throws Xapian::Error or DatabaseError.
  Xapian::docid replace_article(const std::string& id_term, IndexedDocument& doc);
  Xapian::docid replace_quote(const std::string& id_term, IndexedDocument& doc);

  /// Syncs the token parts, then commits quotes, then articles, and starts the next batch.
  /// Every change between two commits is one Xapian transaction per database, so nothing
  /// is committed anywhere else: not by Xapian's automatic flushes, and not when the index
  /// is destroyed or closed after a failure (its pending changes are then discarded, as
  /// are the token records appended for them). Quotes go first, so that a crash between the
  /// two leaves the articles' old state, which a rerun resumes from: an added article's
  /// quotes then have no article until it is written again, a deleted one's article is
  /// still there to delete. Throws Xapian::Error or DatabaseError; the index must then not
  /// be written any more.
  void commit();

  /// The first half of commit(): syncs the token parts and commits the quotes' batch only,
  /// leaving the articles' batch pending. commit() is this, then the articles' commit; on
  /// its own it makes the state a failure between the two leaves (readers hide the quotes
  /// of that batch, the next writer removes them). Same errors as commit().
  void commit_quotes();

  /// The index's word ids, shared with the threads that analyze articles for this index.
  TermDictionary& dictionary() { return *dictionary_; }
  const std::shared_ptr<TermDictionary>& shared_dictionary() const { return dictionary_; }

  /// The databases' directories (empty for an in-memory index).
  const std::string& article_dir() const { return article_dir_; }
  const std::string& quote_dir() const { return quote_dir_; }

  /// An in-memory index's token parts (null for one on disk), for read_view.
  const std::shared_ptr<MemoryTokenParts>& article_memory() const { return article_memory_; }
  const std::shared_ptr<MemoryTokenParts>& quote_memory() const { return quote_memory_; }

 private:
  friend WritableIndex in_memory_index();
  friend WritableIndex open_index_for_writing(const std::string& dir,
                                              std::shared_ptr<TermDictionary> dictionary,
                                              const std::string& part_prefix);
  // Starts the transactions of the next batch of changes (see commit()).
  void begin_batch();
  // After a commit of quotes whose articles' commit never happened: deletes the quotes whose
  // article is missing (added in that batch), so readers never see them; the rerun writes
  // the batch's articles and their quotes again.
  void remove_quotes_of_torn_commit();
  static Xapian::docid store(Xapian::WritableDatabase& db, TokenStoreWriter& tokens,
                             RecordedWords& recorded, const std::string& id_term,
                             IndexedDocument& doc);

  std::shared_ptr<TermDictionary> dictionary_;
  TokenStoreWriter article_tokens_;
  TokenStoreWriter quote_tokens_;
  RecordedWords article_words_;
  RecordedWords quote_words_;
  std::shared_ptr<MemoryTokenParts> article_memory_;
  std::shared_ptr<MemoryTokenParts> quote_memory_;
  std::string article_dir_;
  std::string quote_dir_;
  std::uint64_t commits_ = 0;  // commits of the pair so far (kCommitCountKey)
};

/// Opens (creating it and its parents if needed) an index directory for writing. New
/// databases get the current schema version; existing ones must carry it. The word ids its
/// databases record are loaded into `dictionary` (a new one when null), which checks that
/// they agree with the ids it holds. New token records go to new parts named
/// `part_prefix` + a number (see token_store.h; segments of a bulk load use their own
/// prefix). Throws DatabaseError naming the path when the index is locked by another
/// writer, of another schema version, inconsistent (an articles database without its
/// quotes database) or unusable.
WritableIndex open_index_for_writing(const std::string& dir,
                                     std::shared_ptr<TermDictionary> dictionary = nullptr,
                                     const std::string& part_prefix = "m");

/// Throws DatabaseError when `dir` is a directory that holds files but is not a Rostra
/// index (neither an articles database nor a writer's lock file): writing there would mix
/// an index into, or remove, someone else's files. A missing or empty directory passes.
void check_index_directory(const std::string& dir);

/// An in-memory index, for tests.
WritableIndex in_memory_index();

/// A read view of `index` (in memory or on disk) that sees what it has written so far.
ReadableIndex read_view(const WritableIndex& index);

/// Opens one database of an index (or a standalone one) for writing, with the same checks.
Xapian::WritableDatabase open_for_writing(const std::string& path);

}  // namespace rostra
