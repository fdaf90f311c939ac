#pragma once
// Writes prepared articles into an open index: idempotent replacement by id, quote
// documents, duplicate clusters. Shared by the indexer, the benchmarks and tests.

#include <xapian.h>

#include <cstdint>
#include <string>
#include <vector>

#include "common/index/write/article_preparer.h"
#include "common/index/write/writable_index.h"
#include "common/input/metadata/outlet_table.h"
#include "common/model/article.h"
#include "common/quotes/speaker_aliases.h"

namespace rostra {

/// Adds, replaces or skips articles by their unique id term, so writing the same article
/// twice leaves one article document and one set of quote documents. Not thread-safe:
/// all writes to one index go through one writer.
class ArticleWriter {
 public:
  enum class Outcome {
    kAdded,      ///< a new id
    kReplaced,   ///< an id the index held, with different content
    kUnchanged,  ///< the index already held exactly this record; nothing written
  };

  /// How a stored article relates to others: a duplicate joins an existing cluster.
  enum class Duplicate { kNone, kExact, kNear };

  /// `index`, `outlets` and `aliases` must outlive the writer. With `extract_quotes` false,
  /// articles are indexed without quotes or speakers (for measuring what extraction costs).
  ArticleWriter(WritableIndex& index, const OutletTable& outlets, const SpeakerAliases& aliases,
                bool extract_quotes = true)
      : index_(index), outlets_(outlets), preparer_(aliases, index.dictionary(), extract_quotes) {}

  /// Resolves `article`'s metadata in place (see resolve_metadata), appending warnings,
  /// then prepares and stores it.
  Outcome write(Article& article, std::vector<std::string>& warnings);

  /// Prepares (quotes, analysis, documents) and stores an article whose metadata is
  /// resolved; `article` receives its quotes and speakers.
  Outcome write_resolved(Article& article);

  /// Stores a prepared article: assigns its duplicate cluster (looked up in this index,
  /// unless `cluster` names one already chosen), replaces the article document and its
  /// quote documents. Throws Xapian::Error on a database failure.
  Outcome store(PreparedArticle& prepared, Duplicate* duplicate = nullptr,
                const std::string* cluster = nullptr);

  /// Deletes the article with `id` and its quotes; false when the index has no such id.
  bool erase(const std::string& id);

 private:
  WritableIndex& index_;
  const OutletTable& outlets_;
  ArticlePreparer preparer_;
};

/// Deletes the article with `id` and its quote documents from `index` (also quotes left
/// without their article); false when the index holds neither.
bool erase_article(WritableIndex& index, const std::string& id);

/// How many articles ArticleWriter::store added, replaced and found unchanged.
struct OutcomeCounts {
  std::uint64_t added = 0;
  std::uint64_t replaced = 0;
  std::uint64_t unchanged = 0;

  void count(ArticleWriter::Outcome outcome);
  OutcomeCounts& operator+=(const OutcomeCounts& other);
};

/// The cluster key of a document of `db` (other than docid `self`) holding exactly the text
/// of `prepared` (same content hash), or empty.
std::string find_exact_cluster(const Xapian::Database& db, const PreparedArticle& prepared,
                               Xapian::docid self);

/// The cluster key of a document of `db` (other than docid `self`) sharing a MinHash band
/// with `prepared` and estimated at least kNearDuplicateSimilarity alike, or empty. Examines
/// at most a bounded number of candidates per band, oldest first.
std::string find_near_cluster(const Xapian::Database& db, const PreparedArticle& prepared,
                              Xapian::docid self);

}  // namespace rostra
