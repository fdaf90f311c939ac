#pragma once
// A bulk load: how an indexing run fills an empty index fast (see schema.h, "segments").

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/index/bulk/bulk_duplicates.h"
#include "common/index/bulk/segment_filter.h"
#include "common/index/bulk/segment_writer.h"
#include "common/index/write/article_preparer.h"
#include "common/index/write/article_writer.h"
#include "common/index/write/writable_index.h"

namespace rostra {

/// The rounds of a bulk load into the index directory `dir`. Articles are routed by id to
/// `writers` SegmentWriters, each building a segment in memory on its own thread; a round
/// ends when the run commits (finish_round: every writer writes its segment whole), and
/// the load ends with merge(), which compacts every segment into the main databases. The
/// main articles database meanwhile keeps only the run's input progress and the number of
/// writers (kBulkWritersKey), so a killed load resumes with the same routing after the last
/// round it committed. Not thread-safe: the run's writing thread drives it.
class BulkLoad {
 public:
  /// The bulk load of `index` (open on `dir`, under the writer lock): the interrupted one
  /// whose segments are on disk (its uncommitted segments removed first), else a new one
  /// with `writers` writers when `may_start` and the index is empty, else null (the run
  /// writes directly). `segment_articles`: articles per writer and round. Throws
  /// DatabaseError when the stored number of writers is bad or a segment cannot be read.
  static std::unique_ptr<BulkLoad> resume_or_start(WritableIndex& index, const std::string& dir,
                                                   unsigned writers, bool may_start,
                                                   std::uint64_t segment_articles);

  /// Routes `prepared` (whose id hashes to `id_hash`) to its writer, opening a round when
  /// none is open, and sets `duplicate` to what it duplicates among the load's articles.
  /// Blocks while that writer's queue is full; throws DatabaseError when a segment cannot
  /// be started.
  void store(PreparedArticle&& prepared, std::uint64_t id_hash,
             ArticleWriter::Duplicate& duplicate);
  /// Whether the open round holds its share of articles: time to commit.
  bool round_full() const;
  /// Writes the open round's segments, all writers at once, and lets the duplicate finder
  /// read them; nothing when no round is open. Call before each commit of the index.
  /// Throws DatabaseError.
  void finish_round();
  /// What the writers did with the articles of the rounds finished so far.
  const OutcomeCounts& outcomes() const { return outcomes_; }
  /// After the run's last commit: closes `index` (whose databases the merged ones replace,
  /// progress record included) and merges every segment into the main databases. Throws
  /// DatabaseError; a merge killed or failed is finished by the next writer.
  void merge(WritableIndex& index);

 private:
  BulkLoad(WritableIndex& index, std::string dir, unsigned writers, std::uint64_t segment_articles);
  void open_round();

  std::string dir_;
  unsigned writers_;
  std::uint64_t segment_articles_;
  std::shared_ptr<TermDictionary> dictionary_;
  std::vector<std::unique_ptr<SegmentWriter>> segments_;       // the open round's, if any
  std::vector<std::shared_ptr<const SegmentFilter>> filters_;  // of segment n
  std::optional<BulkDuplicates> duplicates_;                   // released before the merge
  OutcomeCounts outcomes_;
  std::uint64_t next_round_ = 0;
  std::uint64_t round_articles_ = 0;  // routed into the open round
};

}  // namespace rostra
