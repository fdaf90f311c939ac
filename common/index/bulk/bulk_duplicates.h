#pragma once
// Duplicate clusters during a bulk load, whose articles are spread over segments that other
// threads write.

#include <xapian.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/index/bulk/segment_filter.h"
#include "common/index/write/article_preparer.h"
#include "common/index/write/article_writer.h"

namespace rostra {

/// Chooses each article's duplicate cluster the way ArticleWriter::store does for a single
/// database, over every segment: an exact duplicate's cluster, else a near duplicate's, else
/// a new cluster keyed by the article's id. Looks in each segment's last commit (read-only
/// handles, reopened by refresh()) and then among the articles assigned since, so the
/// result depends only on the input order and the commit interval, not on thread timing.
/// Memory is bounded by the articles assigned between two refreshes. Not thread-safe.
class BulkDuplicates {
 public:
  /// `writers`: how many writers fill the segments (segment n belongs to writer
  /// n % writers, see schema.h).
  explicit BulkDuplicates(std::size_t writers) : writers_(writers) {}

  /// Adds the next segments, in segment order, each already holding committed databases,
  /// with their filters (see SegmentFilter: a lookup the filter rules out never reaches the
  /// segment). Throws DatabaseError when one cannot be opened.
  void add_segments(const std::vector<std::string>& dirs,
                    const std::vector<std::shared_ptr<const SegmentFilter>>& filters);

  /// The cluster for `prepared`, which goes to writer `writer`; sets *duplicate.
  std::string assign(const PreparedArticle& prepared, std::size_t writer,
                     ArticleWriter::Duplicate* duplicate);

  /// Call after every writer committed: reopens the segments and forgets the articles
  /// assigned before, which the segments now hold.
  void refresh();

 private:
  std::string assign_once(const PreparedArticle& prepared, std::size_t writer,
                          ArticleWriter::Duplicate* duplicate);

  struct Pending {
    std::string id;
    MinHashSignature minhash{};
    std::string cluster;
  };

  std::size_t writers_;
  std::vector<Xapian::Database> committed_;                    // segment n's articles
  std::vector<std::shared_ptr<const SegmentFilter>> filters_;  // segment n's terms
  std::vector<Pending> pending_;
  std::unordered_map<std::string, std::size_t> pending_exact_;  // content hash -> pending_
  std::unordered_map<std::string, std::vector<std::size_t>> pending_bands_;  // band -> pending_
};

}  // namespace rostra
