#pragma once
// One writer of a bulk load: the thread that fills one segment (an index directory of its
// own, see schema.h) and writes it whole, so that several writers fill segments in parallel.
// What a segment holds in memory is a SegmentBuilder (segment_builder.h); the writer adds
// the thread, the queue, and the removal of replaced articles from its earlier segments.

#include <exception>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "common/base/work_queue.h"
#include "common/index/bulk/segment_builder.h"
#include "common/index/bulk/segment_filter.h"
#include "common/index/write/article_preparer.h"
#include "common/index/write/article_writer.h"
#include "common/index/write/writable_index.h"

namespace rostra {

/// Builds the segment `dir` from prepared articles on a thread of its own, in the order they
/// are queued, and writes it when asked (finish()). `earlier` are the segments this writer
/// filled before (same routing): an article whose id one of them holds is unchanged if its
/// record is the same, else removed there (committed when the segment is written) and
/// added here. Articles with the same id must go to the same writer. Calls from one thread
/// only.
class SegmentWriter {
 public:
  /// Opens the earlier segments for reading (`earlier_filters` rule out most lookups in
  /// them, one filter per segment); `dictionary` holds the word ids of the whole
  /// index (shared with the other writers and the analysis threads). Throws DatabaseError
  /// when one cannot be opened or the segment cannot be started.
  SegmentWriter(const std::string& dir, const std::vector<std::string>& earlier,
                const std::vector<std::shared_ptr<const SegmentFilter>>& earlier_filters,
                std::shared_ptr<TermDictionary> dictionary);
  /// Ends the thread; a segment not written is lost, as after a crash.
  ~SegmentWriter();
  SegmentWriter(const SegmentWriter&) = delete;
  SegmentWriter& operator=(const SegmentWriter&) = delete;

  /// Queues `prepared` to be stored in duplicate cluster `cluster`. Blocks while the queue
  /// is full.
  void store(PreparedArticle prepared, std::string cluster);

  /// Queues writing the segment; the future is ready once it is complete on disk and the
  /// removals from earlier segments are committed, and rethrows (as DatabaseError) any
  /// failure. Nothing may be stored afterwards.
  std::future<void> finish();

  /// What the writer did with the articles it was given ("unchanged": already in an earlier
  /// segment, e.g. written by an interrupted run). REQUIRES: finish() completed.
  OutcomeCounts counts() const { return counts_; }

  /// The segment's directory.
  const std::string& directory() const { return dir_; }

  /// The filter of the written segment's terms. REQUIRES: finish() completed.
  const std::shared_ptr<const SegmentFilter>& filter() const { return filter_; }

 private:
  struct Store {
    PreparedArticle prepared;
    std::string cluster;
  };
  struct Finish {
    std::shared_ptr<std::promise<void>> done;
  };
  using Job = std::variant<Store, Finish>;

  // A segment this writer filled before: read to find ids, written only to remove them.
  struct Earlier {
    std::string dir;
    Xapian::Database read;
    std::optional<WritableIndex> write;  // open from a removal until the segment is written
    std::shared_ptr<const SegmentFilter> filter;
  };

  void run();
  // What an earlier segment holds of `prepared`: kUnchanged (the same record), kReplaced
  // (another version, now removed there) or kAdded (nothing).
  ArticleWriter::Outcome remove_from_earlier(const PreparedArticle& prepared);
  void commit_earlier();

  std::string dir_;
  std::shared_ptr<TermDictionary> dictionary_;
  std::vector<Earlier> earlier_;
  SegmentBuilder segment_;
  OutcomeCounts counts_;
  std::shared_ptr<const SegmentFilter> filter_;
  std::exception_ptr failure_;  // the first failure
  WorkQueue<Job> jobs_;
  std::thread thread_;
};

}  // namespace rostra
